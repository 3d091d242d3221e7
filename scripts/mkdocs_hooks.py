"""MkDocs hook (mkdocs.yml `hooks:`): the reference pages that come from the code, made at build time.

- ``reference/model.md``: every definition of the canonical JSON Schema (what ``newsml-kit schema
  --json`` prints), field by field, with its type, default and constraints;
- ``reference/api.md``: one mkdocstrings entry per name of ``newsml_kit.__all__`` and of
  ``newsml_kit.batch.__all__``, grouped by the module that defines it;
- ``reference/codes.md``: the catalogue of diagnostic codes (``newsml_kit.codes``), area by area,
  each code with what it means and what to do about it.

They are never committed, so they cannot drift from the code: a new public name or model field
appears at the next build.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

MODEL_PAGE = "reference/model.md"
API_PAGE = "reference/api.md"
CODES_PAGE = "reference/codes.md"

# The JSON Schema pattern of "legal XML 1.0 text" is long and unreadable; it is named instead.
_LEGAL_TEXT_NOTE = "legal XML 1.0 text"

# The document definitions are a model class plus the format marker (`$schema`, `type`).
_DOCUMENT_CLASSES = {"ItemDocument": "NewsItem", "MessageDocument": "Message"}

# Where each module's public names go on the API page, in this order.
_API_SECTIONS: list[tuple[str, str, str]] = [
    ("newsml_kit.api", "Reading and writing", "`read` and `write` are the whole conversion API."),
    ("newsml_kit.formats", "", ""),
    ("newsml_kit.model", "The model", "The classes of the canonical model (frozen pydantic v2 models)."),
    ("newsml_kit.dates", "Dates", ""),
    ("newsml_kit.errors", "Errors and diagnostics", "Every failure is a `NewsmlKitError` with a location."),
]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, MODEL_PAGE, content=model_page()))
    files.append(File.generated(config, API_PAGE, content=api_page()))
    files.append(File.generated(config, CODES_PAGE, content=codes_page()))
    return files


# --- the diagnostic codes -------------------------------------------------------------------------


def codes_page() -> str:
    from newsml_kit.codes import AREAS, CATALOGUE

    lines = [
        "# Diagnostic codes",
        "",
        "Generated from `newsml_kit.codes` when the site is built. Every warning and error newsml-kit",
        "prints or reports carries one of these codes: at the end of a text line",
        "(`feed.xml:12: warning: ... [NK-NITF-121]`), as `code` in `validate --format json` and in the",
        "batch report, in JUnit and GitHub annotations. Codes are stable: a code keeps its meaning and is",
        "never renumbered; one that is no longer emitted is marked retired.",
        "",
        "## Choosing what is reported",
        "",
        "`newsml-kit validate` and `newsml-kit convert` (one file or `--out-dir`) take `--select CODE`",
        "and `--ignore CODE`, each repeatable. CODE is a code (`NK-G2-104`), an area (`NK-G2`) or the",
        "start of a number (`NK-G2-1`: every `NK-G2-1xx`), in any case.",
        "",
        "- A **warning** is reported when no `--select` is given or one matches it, and no `--ignore`",
        "  matches it. An ignored warning is not printed, not in the report, and does not count for",
        "  `--strict`.",
        "- An **error** is reported unless `--ignore` names its exact code: a prefix or `--select` never",
        "  hides an error. An ignored error is not printed and does not set the exit status: `validate`",
        "  does not count it against the file, and `convert` still does not convert the file (there is",
        "  nothing to write) but the run does not fail for it.",
        "- A code or prefix that names nothing in this catalogue is a usage error (exit status 2).",
        "",
        "In Python, `newsml_kit.read(..., select=[...], ignore=[...])` and",
        "`newsml_kit.batch.ConvertOptions(select=..., ignore=...)` do the same.",
        "",
    ]
    for area, title in AREAS.items():
        entries = [entry for entry in CATALOGUE if entry.area == area]
        lines += [
            f"## {area}: {title}",
            "",
            "| code | name | level | meaning | what to do |",
            "|---|---|---|---|---|",
        ]
        for entry in entries:
            retired = " (retired)" if entry.retired else ""
            lines.append(
                f'| <span id="{entry.code.lower()}">`{entry.code}`</span> | {entry.slug}{retired} '
                f"| {entry.level} | {_table_safe(entry.meaning)} | {_table_safe(entry.action)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


# --- the API --------------------------------------------------------------------------------------


def api_page() -> str:
    newsml_kit = importlib.import_module("newsml_kit")
    lazy: dict[str, str] = newsml_kit._LAZY
    public = [name for name in newsml_kit.__all__ if name != "__version__"]
    lines = [
        "# Python API",
        "",
        "Generated from the docstrings when the site is built: every name that `newsml_kit` exports",
        "(`newsml_kit.__all__`), then the batch API of `newsml_kit.batch`. Import them from the package:",
        "`from newsml_kit import read, NewsItem`.",
        "",
        f"`newsml_kit.__version__` is the version of the installed package (`{newsml_kit.__version__}` when",
        "this page was built).",
        "",
    ]
    placed: set[str] = set()
    for module, title, intro in _API_SECTIONS:
        names = [name for name in public if lazy.get(name) == module]
        if not names:
            continue
        if title:
            lines += [f"## {title}", ""]
            if intro:
                lines += [intro, ""]
        lines += [_api_entry(f"newsml_kit.{name}") for name in names]
        placed.update(names)
    missing = sorted(set(public) - placed)
    if missing:  # a new module exporting names: the page must show them, not drop them
        raise RuntimeError(f"scripts/mkdocs_hooks.py: no API section for {missing}; add their module")
    batch = importlib.import_module("newsml_kit.batch")
    lines += [
        "## Batch conversion",
        "",
        "`from newsml_kit.batch import convert_batch, ConvertOptions`: many files at once, in parallel",
        "or on a Dask cluster, resumable, with a report (what `newsml-kit convert --out-dir` runs).",
        "",
    ]
    lines += [_api_entry(f"newsml_kit.batch.{name}") for name in batch.__all__]
    return "\n".join(lines) + "\n"


def _api_entry(path: str) -> str:
    return f"::: {path}\n"


# --- the model ------------------------------------------------------------------------------------


def model_page() -> str:
    from newsml_kit.formats.json import json_schema

    schema = json_schema()
    definitions: dict[str, dict[str, Any]] = schema["$defs"]
    lines = [
        "# The model",
        "",
        "Generated from the JSON Schema of canonical JSON when the site is built (`newsml-kit schema",
        "--json` prints the same schema; `schemas/newsml-kit.schema.json` is its committed copy). Field",
        "names are those of the Python classes and of canonical JSON. A field that is not required may",
        "be left out; canonical JSON leaves out every field that holds its default.",
        "",
        f"- schema: `{schema['$id']}`",
        f"- {schema['description']}",
        "",
        "## The document",
        "",
        "A canonical JSON document is one of these, told apart by its `type`:",
        "",
    ]
    discriminator = schema["discriminator"]["mapping"]
    for value, ref in sorted(discriminator.items()):
        lines.append(f'- `"type": "{value}"`: {_type_of({"$ref": ref})}')
    lines.append("")
    for name in _definition_order(definitions, [ref for _, ref in sorted(discriminator.items())]):
        lines += _definition_section(name, definitions[name])
    return "\n".join(lines) + "\n"


def _definition_order(definitions: dict[str, dict[str, Any]], roots: list[str]) -> list[str]:
    """The definitions in the order a reader meets them: the documents, then what each field refers
    to, depth first; anything unreachable (there should be none) at the end, by name."""
    order: list[str] = []

    def visit(name: str) -> None:
        if name in order:
            return
        order.append(name)
        for ref in _refs(definitions[name]):
            visit(ref)

    for ref in roots:
        visit(_ref_name(ref))
    order += sorted(set(definitions) - set(order))
    return order


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield _ref_name(value)
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _anchor(name: str) -> str:
    return name.lower()


def _definition_section(name: str, definition: dict[str, Any]) -> list[str]:
    lines = [f"## {name} {{#{_anchor(name)}}}", ""]
    if "description" in definition:
        lines += [_one_line(definition["description"]), ""]
    python_name = _DOCUMENT_CLASSES.get(name, name)
    if python_name in importlib.import_module("newsml_kit").__all__:
        lines += [f"Python: [`newsml_kit.{python_name}`]({_api_link(python_name)}).", ""]
    if "enum" in definition:
        lines += ["One of: " + ", ".join(f"`{json.dumps(value)}`" for value in definition["enum"]) + ".", ""]
        return lines
    properties: dict[str, dict[str, Any]] = definition.get("properties", {})
    if not properties:
        lines += [f"Type: {_type_of(definition)}.", ""]
        return lines
    required = set(definition.get("required", []))
    closed = definition.get("additionalProperties") is False
    lines += [
        "| field | type | required | default | constraints |",
        "|---|---|---|---|---|",
    ]
    for field, spec in properties.items():
        default = f"`{json.dumps(spec['default'], ensure_ascii=False)}`" if "default" in spec else ""
        lines.append(
            f"| `{field}` | {_type_of(spec)} | {'yes' if field in required else ''} | {default} "
            f"| {_constraints(spec)} |"
        )
    lines.append("")
    if closed:
        lines += ["No other field is allowed.", ""]
    return lines


def _api_link(name: str) -> str:
    return f"api.md#newsml_kit.{name}"


def _type_of(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = _ref_name(spec["$ref"])
        return f"[{name}](#{_anchor(name)})"
    for combinator in ("anyOf", "oneOf"):
        if combinator in spec:
            return " or ".join(_type_of(option) for option in spec[combinator])
    if "const" in spec:
        return f"`{json.dumps(spec['const'])}`"
    kind = spec.get("type")
    if kind == "array":
        return f"list of {_type_of(spec.get('items', {}))}"
    if kind == "null":
        return "null"
    if kind is None:
        return "any"
    fmt = spec.get("format")
    return f"{kind} ({fmt})" if fmt else str(kind)


def _constraints(spec: dict[str, Any]) -> str:
    found: list[str] = []
    for option in [spec, *spec.get("anyOf", []), *spec.get("oneOf", [])]:
        found += _own_constraints(option)
        if option.get("type") == "array":
            found += [f"each item: {c}" for c in _own_constraints(option.get("items", {}))]
    return "; ".join(dict.fromkeys(found))


def _own_constraints(spec: dict[str, Any]) -> list[str]:
    from newsml_kit.model import LEGAL_TEXT_PATTERN

    found = []
    if spec.get("minLength") == 1:
        found.append("not empty")
    for key, label in [
        ("minLength", "at least {} characters"),
        ("maxLength", "at most {} characters"),
        ("minimum", ">= {}"),
        ("maximum", "<= {}"),
        ("exclusiveMinimum", "> {}"),
        ("exclusiveMaximum", "< {}"),
        ("minItems", "at least {} items"),
        ("maxItems", "at most {} items"),
    ]:
        if key in spec and not (key == "minLength" and spec[key] == 1):
            found.append(label.format(spec[key]))
    pattern = spec.get("pattern")
    if pattern == LEGAL_TEXT_PATTERN:
        found.append(_LEGAL_TEXT_NOTE)
    elif pattern is not None:
        found.append(f"matches <code>{_table_safe(pattern)}</code>")
    return found


def _table_safe(text: str) -> str:
    """Text for a table cell inside <code>: HTML-escaped, and every character Markdown would read as
    markup (a pipe splits a cell, brackets make a link) as a character reference."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "|\\*_[]`":  # characters Markdown would read as markup
        escaped = escaped.replace(char, f"&#{ord(char)};")
    return escaped


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
