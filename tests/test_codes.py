"""The catalogue of diagnostic codes against the source: every code used is catalogued, every code
catalogued is used (or retired), no diagnostic is built without a code, and --select/--ignore
choose what they say."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsml_kit
from newsml_kit.codes import AREAS, BY_CODE, CATALOGUE, Selection, matches
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError, UnknownCodeError

SRC = Path(newsml_kit.__file__).resolve().parent
CATALOGUE_MODULE = SRC / "codes.py"
CODE_RE = re.compile(r"\bNK-[A-Z0-9]+-\d{3}\b")
# The helpers that build a warning from a code given as their first argument (ledgers, contexts).
WARN_HELPERS = {"warn", "_note", "_warning"}


def _sources() -> Iterator[Path]:
    yield from (path for path in sorted(SRC.rglob("*.py")) if path != CATALOGUE_MODULE)


def _codes_in_source() -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for code in CODE_RE.findall(line):
                used.setdefault(code, []).append(f"{path.relative_to(SRC)}:{number}")
    return used


def test_the_catalogue_is_well_formed() -> None:
    assert len(BY_CODE) == len(CATALOGUE), "a code is catalogued twice"
    slugs = [(entry.area, entry.slug) for entry in CATALOGUE]
    assert len(set(slugs)) == len(slugs), "a name is used twice in one area"
    for entry in CATALOGUE:
        assert CODE_RE.fullmatch(entry.code), entry.code
        assert entry.area in AREAS, entry.code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.slug), entry.code
        assert entry.meaning.strip(), entry.code
        assert entry.action.strip(), entry.code
        assert "\n" not in entry.meaning + entry.action, entry.code
    assert all(any(entry.area == area for entry in CATALOGUE) for area in AREAS), "an area without codes"


def test_every_code_the_source_uses_is_catalogued() -> None:
    unknown = {code: places for code, places in _codes_in_source().items() if code not in BY_CODE}
    assert not unknown, f"codes used but not catalogued: {unknown}"


def test_every_catalogued_code_is_used_or_retired() -> None:
    used = _codes_in_source()
    unused = [entry.code for entry in CATALOGUE if not entry.retired and entry.code not in used]
    retired_but_used = [entry.code for entry in CATALOGUE if entry.retired and entry.code in used]
    assert not unused, f"catalogued codes no source emits (use them or mark them retired): {unused}"
    assert not retired_but_used, f"retired codes still emitted: {retired_but_used}"


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    yield from (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_no_diagnostic_is_built_without_a_code_and_at_its_level() -> None:
    """mypy refuses a Diagnostic without a code; this also checks that a literal code is at the
    level the catalogue says, and that the warning helpers are given a code first."""
    problems: list[str] = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            where = f"{path.relative_to(SRC)}:{call.lineno}"
            name = _name(call)
            if name == "Diagnostic":
                keywords = {keyword.arg: keyword.value for keyword in call.keywords}
                code = call.args[3] if len(call.args) > 3 else keywords.get("code")
                level = call.args[0] if call.args else keywords.get("level")
                if code is None:
                    problems.append(f"{where}: Diagnostic without a code")
                elif (text := _literal(code)) is not None and (lvl := _literal(level)) is not None:
                    entry = BY_CODE.get(text)
                    if entry is not None and entry.level != lvl:
                        problems.append(f"{where}: {text} is catalogued as a {entry.level}, built as a {lvl}")
            elif name in WARN_HELPERS and call.args:
                first = call.args[0]
                text = _literal(first)
                if text is not None and not CODE_RE.fullmatch(text):
                    problems.append(f"{where}: {name}() without a code first")
                if text is not None and text in BY_CODE and BY_CODE[text].level != "warning":
                    problems.append(f"{where}: {text} is not a warning code")
    assert not problems, "\n".join(problems)


def _all_error_classes() -> set[type[NewsmlKitError]]:
    for module in pkgutil.walk_packages(newsml_kit.__path__, "newsml_kit."):
        if module.name.endswith("__main__"):
            continue
        if module.name.startswith(("newsml_kit.review", "newsml_kit.batch.dask")):
            try:
                importlib.import_module(module.name)
            except ImportError:  # an optional extra that is not installed
                continue
        else:
            importlib.import_module(module.name)
    found: set[type[NewsmlKitError]] = set()
    todo: list[type[NewsmlKitError]] = [NewsmlKitError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def test_every_error_class_has_a_catalogued_error_code() -> None:
    classes = _all_error_classes()
    assert len(classes) > 6
    wrong = [
        f"{cls.__module__}.{cls.__name__}: {cls.code}"
        for cls in classes
        if cls.code not in BY_CODE or BY_CODE[cls.code].level != "error"
    ]
    assert not wrong, wrong


# --- selection ----------------------------------------------------------------------------------


def _warning(code: str) -> Diagnostic:
    return Diagnostic("warning", "w", Location("f"), code)


def _error(code: str) -> Diagnostic:
    return Diagnostic("error", "e", Location("f"), code)


@pytest.mark.parametrize(
    ("code", "pattern", "expected"),
    [
        ("NK-G2-104", "NK-G2-104", True),
        ("NK-G2-104", "NK-G2", True),
        ("NK-G2-104", "NK", True),
        ("NK-G2-104", "NK-G2-1", True),
        ("NK-G2-104", "NK-G2-10", True),
        ("NK-G2-104", "NK-G2-2", False),
        ("NK-G2-104", "NK-G", False),
        ("NK-G2-104", "NK-NITF", False),
        ("NK-NITF-104", "NK-NITF-10", True),
    ],
)
def test_a_pattern_matches_a_code_by_area_or_number_start(code: str, pattern: str, expected: bool) -> None:
    assert matches(code, pattern) is expected


def test_ignore_drops_warnings_by_prefix_but_errors_only_by_exact_code() -> None:
    selection = Selection.of(ignore=["nk-g2", "NK-VAL-005"])
    assert selection.ignore == ("NK-G2", "NK-VAL-005")
    assert not selection.keeps(_warning("NK-G2-104"))
    assert selection.keeps(_warning("NK-NITF-121"))
    assert not selection.keeps(_error("NK-VAL-005"))
    assert selection.keeps(_error("NK-VAL-006"))
    assert Selection.of(ignore=["NK-VAL"]).keeps(_error("NK-VAL-005"))


def test_select_keeps_only_the_selected_warnings_and_every_error() -> None:
    selection = Selection.of(select=["NK-TXT-10"])
    assert selection.keeps(_warning("NK-TXT-102"))
    assert not selection.keeps(_warning("NK-G2-104"))
    assert selection.keeps(_error("NK-ERR-002"))
    both = Selection.of(select=["NK-TXT"], ignore=["NK-TXT-102"])
    assert [d.code for d in both.filter([_warning("NK-TXT-101"), _warning("NK-TXT-102")])] == ["NK-TXT-101"]


@pytest.mark.parametrize("pattern", ["NK-NOPE", "NK-G2-999", "G2", "", "NK-G2-1x"])
def test_a_pattern_naming_nothing_is_refused(pattern: str) -> None:
    with pytest.raises(UnknownCodeError, match="no diagnostic code") as caught:
        Selection.of(ignore=[pattern])
    assert caught.value.code == "NK-ERR-008"


def test_a_diagnostic_and_an_error_print_their_code_last() -> None:
    assert str(_warning("NK-G2-104")) == "f: warning: w [NK-G2-104]"
    error = NewsmlKitError("bad", Location("f", 3), code="NK-BATCH-004")
    assert str(error) == "f:3: error: bad [NK-BATCH-004]"
    assert error.diagnostic() == Diagnostic("error", "bad", Location("f", 3), "NK-BATCH-004")
