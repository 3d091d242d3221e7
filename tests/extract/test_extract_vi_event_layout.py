"""The Vietnamese event finder's package: its modules import one another in one direction only (the
order its ``__init__`` docstring gives), and ``find_event`` is where the pack imports it from."""

from __future__ import annotations

import ast
from pathlib import Path

import newsml_kit.extract.vi.event as event_package
from newsml_kit.extract.vi import RULER

PACKAGE = "newsml_kit.extract.vi.event"
# From the bottom: a module may import only from those before it.
LAYERS = (
    "patterns",
    "found",
    "reporting",
    "name",
    "when",
    "where",
    "organisers",
    "roles",
    "finding",
    "visits",
    "frames",
    "lede",
    "__init__",
)


def _siblings_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.module.removeprefix(f"{PACKAGE}.")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(f"{PACKAGE}.")
    }


def test_every_module_has_a_layer() -> None:
    folder = Path(event_package.__file__).parent
    # (a new module takes its place in LAYERS)
    assert {path.stem for path in folder.glob("*.py")} <= set(LAYERS)


def test_modules_import_downwards_only() -> None:
    folder = Path(event_package.__file__).parent
    for rank, module in enumerate(LAYERS):
        if not (folder / f"{module}.py").exists():
            continue
        imported = _siblings_imported(folder / f"{module}.py")
        assert imported <= set(LAYERS[:rank]), (module, imported - set(LAYERS[:rank]))


def test_find_event_is_the_packs_event_finder() -> None:
    from newsml_kit.extract.vi.event import find_event

    assert RULER.get("event") is find_event
