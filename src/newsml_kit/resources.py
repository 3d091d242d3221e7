"""Find the schema files that ship inside the package (JSON Schema, XSD).

The schemas live in the project's top-level ``schemas/`` folder. ``src/newsml_kit/schemas`` is a
symbolic link to it, so the same files are found as the package resource ``newsml_kit/schemas``:

* from a source checkout or an editable install (``pip install -e .``), through the link;
* from a wheel, where the build copies the linked files into ``newsml_kit/schemas/``;
* from an sdist, which carries a real copy of the folder in ``src/newsml_kit/schemas/``.

:func:`schema_path` gives a real file on disk, inside a real ``schemas`` folder, so that a schema
loaded from that path resolves its relative references (``xs:import schemaLocation="..."``, ``$ref``)
against its siblings. Should the package ever be imported from somewhere that is not a plain
folder (a zip file, say), the whole schema folder is copied once to a temporary folder, removed
when the interpreter exits.
"""

from __future__ import annotations

import atexit
import functools
import pathlib
import shutil
import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable

__all__ = ["schema_bytes", "schema_path"]

_PACKAGE = "newsml_kit"
_SCHEMA_DIR = "schemas"


def schema_path(name: str) -> pathlib.Path:
    """The real filesystem path of the shipped schema ``name``, e.g. ``"newsml-kit.schema.json"``.

    ``name`` is relative to the schema folder and may name a subfolder with ``/``
    (``"iptc/NewsML-G2.xsd"``). Symbolic links are resolved, so relative references inside the
    schema resolve against the folder that really holds it.

    Raises :class:`FileNotFoundError` if no such schema ships with the package, and
    :class:`ValueError` if ``name`` is not a plain relative name.
    """
    parts = _split(name)
    _require_file(name, parts)
    path = _schema_dir().joinpath(*parts)
    if not path.is_file():  # the folder was extracted before the file appeared; should not happen
        raise FileNotFoundError(f"schema {name!r} not found at {path}")
    return path


def schema_bytes(name: str) -> bytes:
    """The content of the shipped schema ``name``; same names and errors as :func:`schema_path`."""
    return _require_file(name, _split(name)).read_bytes()


def _split(name: str) -> tuple[str, ...]:
    parts = tuple(name.split("/"))
    if not name or "\\" in name or any(part in {"", ".", ".."} for part in parts):
        raise ValueError(
            f"invalid schema name {name!r}: expected a path relative to the schema folder, "
            "such as 'newsml-kit.schema.json'"
        )
    return parts


def _schema_root() -> Traversable:
    return files(_PACKAGE).joinpath(_SCHEMA_DIR)


def _require_file(name: str, parts: tuple[str, ...]) -> Traversable:
    root = _schema_root()
    resource = root
    for part in parts:
        resource = resource.joinpath(part)
    if not resource.is_file():
        if not root.is_dir():
            raise FileNotFoundError(
                f"schema {name!r} not found: the package's schema folder {root} is missing "
                "(a broken install, or a checkout whose src/newsml_kit/schemas link is not a symbolic link)"
            )
        available = ", ".join(_list(root)) or "none"
        raise FileNotFoundError(f"schema {name!r} not found in {root} (available: {available})")
    return resource


def _list(folder: Traversable, prefix: str = "") -> list[str]:
    names: list[str] = []
    for child in sorted(folder.iterdir(), key=lambda item: item.name):
        if child.is_dir():
            names.extend(_list(child, f"{prefix}{child.name}/"))
        elif child.is_file():
            names.append(prefix + child.name)
    return names


@functools.cache
def _schema_dir() -> pathlib.Path:
    """The schema folder as a real directory, extracted once if the package is not on disk."""
    root = _schema_root()
    if isinstance(root, pathlib.Path):
        return root.resolve()
    # importlib.resources.as_file() takes directories only from Python 3.12 on: copy the tree by hand.
    target = pathlib.Path(tempfile.mkdtemp(prefix="newsml-kit-schemas-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    _copy_tree(root, target)
    return target


def _copy_tree(source: Traversable, target: pathlib.Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for child in source.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        elif child.is_file():
            (target / child.name).write_bytes(child.read_bytes())
