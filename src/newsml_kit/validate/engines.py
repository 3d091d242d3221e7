"""The two XSD engines, both validating a tree already parsed by ``xmlsafe`` (never at parse time).

* ``lxml`` (default): libxml2's validator, each schema compiled once per process; libxml2 does not check
  that IDREFs point at an id, so :func:`idref_errors` adds that.
* ``xmlschema``: slower to load, richer messages; imported only when chosen. Its schemas are built with
  ``allow='local'`` and ``defuse='always'``, and it gets lxml elements, never a string it could take for
  a path or a URL.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from lxml import etree

from newsml_kit.errors import Diagnostic, Location, SchemaError
from newsml_kit.validate.schemas import XsdInfo

if TYPE_CHECKING:
    import xmlschema

ENGINES: Final = ("lxml", "xmlschema")
MAX_ERRORS: Final = 100
"""Errors reported per document; the rest are counted in one last line."""

XML_ID: Final = "{http://www.w3.org/XML/1998/namespace}id"
_NAMESPACE_IN_MESSAGE: Final = re.compile(r"\{[^{}\s]*\}")

Engine = Callable[[XsdInfo, etree._Element, str], list[Diagnostic]]


def engine(name: str) -> Engine:
    if name == "lxml":
        return validate_lxml
    if name == "xmlschema":
        return validate_xmlschema
    raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")


def one_line(message: str, namespace: str = "") -> str:
    """A message on one line, namespaces dropped from element names (``{ns}name`` -> ``name``).

    ``namespace`` (``{uri}``, the one most messages name) is dropped with a plain replace, and the pattern
    runs only when another brace is left: the same result, as such a ``{uri}`` is exactly what it matches.
    """
    message = message.strip()
    short = message.replace(namespace, "") if namespace else message
    if "{" in short:
        short = _NAMESPACE_IN_MESSAGE.sub("", message)
    return short.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _capped(diagnostics: list[Diagnostic], source: str, total: int) -> list[Diagnostic]:
    """The first MAX_ERRORS of ``total`` errors (``diagnostics`` holds at least those), the rest counted."""
    if total <= MAX_ERRORS:
        return diagnostics
    more = total - MAX_ERRORS
    return [
        *diagnostics[:MAX_ERRORS],
        Diagnostic("error", f"... and {more} more errors", Location(source), "NK-VAL-004"),
    ]


# --- lxml -----------------------------------------------------------------------------------------------


@functools.cache
def lxml_schema(path: Path) -> etree.XMLSchema:
    """The compiled schema at ``path`` (already inspected: its imports are local), once per process."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        return etree.XMLSchema(etree.parse(str(path), parser))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as exc:
        raise SchemaError(f"schema cannot be compiled: {one_line(str(exc))}", Location(str(path))) from None


def validate_lxml(info: XsdInfo, root: etree._Element, source: str) -> list[Diagnostic]:
    schema = lxml_schema(info.path)
    diagnostics: list[Diagnostic] = []
    logged = 0
    if not schema.validate(root):
        log = schema.error_log
        logged = len(log)
        diagnostics = _log_diagnostics(log, info.target_namespace, source)
    references = idref_errors(info, root, source)
    diagnostics += references
    return _capped(diagnostics, source, logged + len(references))


def _log_diagnostics(log: etree._ListErrorLog, namespace: str | None, source: str) -> list[Diagnostic]:
    """The first MAX_ERRORS entries of libxml2's error log as diagnostics; the others are only counted."""
    known = _braced(namespace)
    located: dict[tuple[int, int], Location] = {}  # errors often share a line: one (immutable) Location
    diagnostics: list[Diagnostic] = []
    for entry in itertools.islice(log, MAX_ERRORS):
        line, column = entry.line, entry.column
        location = located.get((line, column))
        if location is None:
            location = located[line, column] = Location(source, line or None, column or None)
        diagnostics.append(Diagnostic("error", one_line(entry.message, known), location, "NK-VAL-005"))
    return diagnostics


@functools.cache
def _braced(namespace: str | None) -> str:
    """``{namespace}`` as libxml2 writes it in messages, or "" when :func:`one_line` cannot shortcut it."""
    braced = f"{{{namespace}}}"
    return braced if namespace and _NAMESPACE_IN_MESSAGE.fullmatch(braced) else ""


def idref_errors(info: XsdInfo, root: etree._Element, source: str) -> list[Diagnostic]:
    """Every IDREF/IDREFS value on an element of the schema's namespace must name an element of the document.

    Only the elements the schema declares these attributes on are visited, each for the names declared on
    it (lxml filters them by tag, in C). What names an element: see :func:`_unresolved`.
    """
    if not info.idref_attributes:
        return []
    values = _reference_values(info, root)
    if not values:
        return []
    missing = _unresolved(root, " ".join(values))
    if not missing and all(map(str.strip, values)):
        return []
    errors: list[Diagnostic] = []
    for element, name, value in _references(info, root):
        if not value.split() and name in info.idref_lists:  # libxml2 accepts an empty IDREFS list
            local = etree.QName(element).localname
            message = f"Element '{local}', attribute '{name}': an IDREFS list needs at least one id"
            errors.append(Diagnostic("error", message, Location(source, element.sourceline), "NK-VAL-006"))
        for token in value.split():
            if token in missing:
                local = etree.QName(element).localname
                message = f"Element '{local}', attribute '{name}': '{token}' is the id of no element"
                errors.append(
                    Diagnostic("error", one_line(message), Location(source, element.sourceline), "NK-VAL-006")
                )
    return errors


def _references(info: XsdInfo, root: etree._Element) -> list[tuple[etree._Element, str, str]]:
    """(element, attribute name, value) of every IDREF/IDREFS attribute in the document, in order."""
    names_of: dict[Any, tuple[str, ...]] | None = info.idref_tags  # by tag: element.tag needs no str()
    if names_of is None:
        every = tuple(sorted(info.idref_attributes))
        return [
            (element, name, value)
            for element in _any_holder(info, root)
            for name in every
            if (value := element.get(name)) is not None
        ]
    if not names_of:
        return []  # root.iter() with no tag would visit everything
    return [
        (element, name, value)
        for element in root.iter(*names_of)
        for name in names_of[element.tag]
        if (value := element.get(name)) is not None
    ]


def _reference_values(info: XsdInfo, root: etree._Element) -> list[str]:
    """The values of :func:`_references`, without its tuples: what the check needs while all is well."""
    names_of: dict[Any, tuple[str, ...]] | None = info.idref_tags
    if names_of is None or not names_of:
        return [value for _, _, value in _references(info, root)]
    shared = info.idref_shared_names
    if shared is not None:  # element.tag costs as much as a get(): skip it when it tells nothing
        return [
            value
            for element in root.iter(*names_of)
            for name in shared
            if (value := element.get(name)) is not None
        ]
    return [
        value
        for element in root.iter(*names_of)
        for name in names_of[element.tag]
        if (value := element.get(name)) is not None
    ]


def _unresolved(root: etree._Element, listed: str) -> set[str]:
    """The ids in ``listed`` (separated by whitespace) that name no element. An id names one when
    libxml2's ID table holds it (the values XSD validation typed xs:ID, whatever the attribute's name, and
    every xml:id, registered at parse time) or when it is the value of an ``id`` or ``xml:id`` attribute
    anywhere (ids in lax content, such as an XHTML body, are typed by nothing). Cheapest first: one C call
    for the ID table, then one walk for the ``id`` values."""
    tokens = set(listed.split())
    if _all_in_id_table(root, listed, len(tokens)):
        return set()
    missing = tokens - set(map(str.strip, _ID_VALUES(root)))
    if not missing or _all_in_id_table(root, " ".join(missing), len(missing)):
        return set()
    missing -= set(map(str.strip, _XML_ID_VALUES(root)))  # for a tree that was not parsed
    return {token for token in missing if not _all_in_id_table(root, token, 1)}


def _all_in_id_table(root: etree._Element, listed: str, distinct: int) -> bool:
    """Whether XPath ``id()`` resolves all ``distinct`` ids of ``listed``, in one C call: distinct ids name
    distinct elements, so as many elements as ids means all resolve (fewer: some do not, or one element has
    two ids and the caller looks further)."""
    found = _COUNT_BY_ID_TABLE(root, listed=listed)
    return isinstance(found, float) and int(found) == distinct


_COUNT_BY_ID_TABLE: Final = etree.XPath("count(id($listed))")
_ID_VALUES: Final = etree.XPath("descendant-or-self::*/@id", smart_strings=False)
_XML_ID_VALUES: Final = etree.XPath("descendant-or-self::*/@xml:id", smart_strings=False)


def _any_holder(info: XsdInfo, root: etree._Element) -> Iterator[etree._Element]:
    prefix = f"{{{info.target_namespace}}}" if info.target_namespace else ""
    for element in root.iter(etree.Element):
        tag = element.tag
        if isinstance(tag, str) and (tag.startswith(prefix) if prefix else not tag.startswith("{")):
            yield element


# --- xmlschema ------------------------------------------------------------------------------------------


@functools.cache
def xmlschema_schema(path: Path) -> xmlschema.XMLSchema:
    import xmlschema

    try:
        return xmlschema.XMLSchema(str(path), allow="local", defuse="always")
    except (xmlschema.XMLSchemaException, OSError, ValueError) as exc:
        raise SchemaError(f"schema cannot be built: {one_line(str(exc))}", Location(str(path))) from None


def validate_xmlschema(info: XsdInfo, root: etree._Element, source: str) -> list[Diagnostic]:
    schema = xmlschema_schema(info.path)
    diagnostics: list[Diagnostic] = []
    for error in schema.iter_errors(root):  # type: ignore[arg-type]  # lxml elements are supported
        diagnostics.append(
            Diagnostic("error", _xmlschema_message(error), _xmlschema_location(error, source), "NK-VAL-005")
        )
        if len(diagnostics) > MAX_ERRORS:
            break
    if len(diagnostics) > MAX_ERRORS:
        diagnostics = [
            *diagnostics[:MAX_ERRORS],
            Diagnostic("error", "... and more errors", Location(source), "NK-VAL-004"),
        ]
    return diagnostics


def _xmlschema_message(error: Any) -> str:
    reason = error.reason or error.message
    element = getattr(error, "elem", None)
    name = etree.QName(element).localname if isinstance(element, etree._Element) else None
    path = getattr(error, "path", None)
    where = f"Element '{name}': " if name else ""
    suffix = f" (at {path})" if path else ""
    return one_line(f"{where}{reason}{suffix}")


def _xmlschema_location(error: Any, source: str) -> Location:
    element = getattr(error, "elem", None)
    line = element.sourceline if isinstance(element, etree._Element) else None
    return Location(source, line or None)
