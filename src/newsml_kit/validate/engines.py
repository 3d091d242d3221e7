"""The two XSD engines, both validating a tree already parsed by ``xmlsafe`` (never at parse time).

* ``lxml`` (default): libxml2's validator, each schema compiled once per process; libxml2 does not check
  that IDREFs point at an id, so :func:`idref_errors` adds that.
* ``xmlschema``: slower to load, richer messages; imported only when chosen. Its schemas are built with
  ``allow='local'`` and ``defuse='always'``, and it gets lxml elements, never a string it could take for
  a path or a URL.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from lxml import etree

from newsml_kit.errors import Diagnostic, Location
from newsml_kit.validate.schemas import SchemaError, XsdInfo

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


def one_line(message: str) -> str:
    """A message on one line, namespaces dropped from element names (``{ns}name`` -> ``name``)."""
    message = _NAMESPACE_IN_MESSAGE.sub("", message.strip())
    return message.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _capped(diagnostics: list[Diagnostic], source: str) -> list[Diagnostic]:
    if len(diagnostics) <= MAX_ERRORS:
        return diagnostics
    more = len(diagnostics) - MAX_ERRORS
    return [*diagnostics[:MAX_ERRORS], Diagnostic("error", f"... and {more} more errors", Location(source))]


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
    if not schema.validate(root):
        for entry in schema.error_log:
            location = Location(source, entry.line or None, entry.column or None)
            diagnostics.append(Diagnostic("error", one_line(entry.message), location))
    diagnostics.extend(idref_errors(info, root, source))
    return _capped(diagnostics, source)


def idref_errors(info: XsdInfo, root: etree._Element, source: str) -> list[Diagnostic]:
    """Every IDREF/IDREFS value on an element of the schema's namespace must be an id in the document.

    Only the elements the schema declares these attributes on are visited (lxml filters them by tag, in C);
    the ids are collected only when some reference is found.
    """
    names = info.idref_attributes
    if not names:
        return []
    ordered, tags = _search_plan(info)
    if tags == ():
        return []  # root.iter() with no tag would visit everything
    holders = root.iter(*tags) if tags is not None else _any_holder(info, root)
    references = [
        (element, name, value)
        for element in holders
        for name in ordered
        if (value := element.get(name)) is not None
    ]
    if not references:
        return []
    if _all_resolve_by_id_table(root, [value for _, _, value in references]):
        return []
    ids = {str(value).strip() for value in _ID_SEARCH(root)}
    errors: list[Diagnostic] = []
    for element, name, value in references:
        if not value.split() and name in info.idref_lists:  # libxml2 accepts an empty IDREFS list
            local = etree.QName(element).localname
            message = f"Element '{local}', attribute '{name}': an IDREFS list needs at least one id"
            errors.append(Diagnostic("error", message, Location(source, element.sourceline)))
        for token in value.split():
            if token not in ids:
                local = etree.QName(element).localname
                message = f"Element '{local}', attribute '{name}': '{token}' is the id of no element"
                errors.append(Diagnostic("error", one_line(message), Location(source, element.sourceline)))
    return errors


def _all_resolve_by_id_table(root: etree._Element, values: list[str]) -> bool:
    """The fast path: XSD validation has registered the document's xs:ID values in libxml2's ID table,
    so XPath ``id()`` resolves all tokens in one C call. Distinct ids name distinct elements, hence
    "as many elements as distinct tokens" means every token resolves. False sends the caller to the
    full check (which also reports empty lists, and ids the schema does not type as xs:ID)."""
    if not all(value.split() for value in values):
        return False
    tokens = set(" ".join(values).split())
    found = _COUNT_BY_ID_TABLE(root, tokens=" ".join(tokens))
    return isinstance(found, float) and int(found) == len(tokens)


_COUNT_BY_ID_TABLE: Final = etree.XPath("count(id($tokens))")
_ID_SEARCH: Final = etree.XPath("descendant-or-self::*/@id | descendant-or-self::*/@xml:id")


@functools.cache
def _search_plan(info: XsdInfo) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """The IDREF attribute names in order, and the tags of the elements that may carry them (None: any)."""
    names = tuple(sorted(info.idref_attributes))
    if info.idref_holders is None:
        return names, None
    return names, tuple(etree.QName(info.target_namespace, name).text for name in sorted(info.idref_holders))


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
        diagnostics.append(Diagnostic("error", _xmlschema_message(error), _xmlschema_location(error, source)))
        if len(diagnostics) > MAX_ERRORS:
            break
    if len(diagnostics) > MAX_ERRORS:
        diagnostics = [
            *diagnostics[:MAX_ERRORS],
            Diagnostic("error", "... and more errors", Location(source)),
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
