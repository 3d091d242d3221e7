"""Checks of NewsML-G2 that no XSD expresses, reported as warnings (``--strict`` makes them fail).

* ``standardversion`` against the version of the schema used;
* ``conformance``: 2.35 has one schema, the Power one;
* dateTimes with a time zone;
* QCode prefixes declared by a catalog: the IPTC catalog (aliases from ``data/iptc_aliases.tsv``) when the
  item references one, and the item's own inline ``catalog``;
* ``guid`` is a URI without whitespace.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib.resources import files
from typing import Final

from lxml import etree

from newsml_kit.errors import Diagnostic, Location
from newsml_kit.formats.g2.names import G2 as G2_NAMESPACE
from newsml_kit.formats.g2.names import PROFILE_XSD
from newsml_kit.model import QCODE_RE
from newsml_kit.validate.schemas import XsdInfo

G2: Final = f"{{{G2_NAMESPACE}}}"
_ITEM_ROOTS: Final = {
    f"{G2}{name}" for name in ("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem")
}
_IPTC_CATALOG: Final = re.compile(
    r"^https?://(www\.)?iptc\.org/std/catalog/catalog\.IPTC-G2-Standards_\d+\.xml$"
)
_DATETIME_NO_ZONE: Final = re.compile(r"^\s*-?\d{4,}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\s*$")
_G2_VERSION: Final = re.compile(r"^\d+\.\d+$")  # a profile's own version (newsml-kit-1) is not compared
_URI: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
# Content that is not G2 metadata: its text is the story, not values to lint.
_OPAQUE: Final = {f"{G2}inlineXML", f"{G2}inlineData"}


@functools.cache
def iptc_aliases() -> dict[str, str]:
    """The scheme aliases of the IPTC G2 Standards catalog (version 41) and their URIs."""
    text = files("newsml_kit").joinpath("data", "iptc_aliases.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return dict(pairs)


def lint_g2(root: etree._Element, schema: XsdInfo, source: str) -> list[Diagnostic]:
    """The warnings for one parsed NewsML-G2 document (an item or a newsMessage)."""
    warnings: list[Diagnostic] = []
    for item in _items(root):
        warnings += _version(item, schema, source)
        warnings += _guid(item, source)
        warnings += _qcodes(item, schema, source)
    warnings += _time_zones(root, source)
    return warnings


def _items(root: etree._Element) -> Iterator[etree._Element]:
    if root.tag in _ITEM_ROOTS:
        yield root
        return
    yield from root.iter(*_ITEM_ROOTS)


def _where(element: etree._Element, source: str) -> Location:
    return Location(source, element.sourceline)


def _version(item: etree._Element, schema: XsdInfo, source: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    declared = item.get("standardversion")
    if (
        declared
        and schema.version
        and _G2_VERSION.match(schema.version)
        and declared.strip() != schema.version
    ):
        found.append(
            Diagnostic(
                "warning",
                f"standardversion is {declared.strip()} but the document was validated against "
                f"the {schema.version} schema",
                _where(item, source),
                "NK-VAL-101",
            )
        )
    conformance = item.get("conformance")
    if conformance not in (None, "core", "power"):
        message = f'conformance is "{conformance}": NewsML-G2 knows "core" and "power"'
    elif conformance != "power" and _power_schema(schema):
        message = (
            f'conformance is "{conformance or "core"}"{"" if conformance else " (the default)"} but the '
            f'document was validated against a Power schema ({schema.path.name}): declare conformance="power"'
        )
    else:
        return found
    found.append(Diagnostic("warning", message, _where(item, source), "NK-VAL-102"))
    return found


def _power_schema(schema: XsdInfo) -> bool:
    return "power" in schema.path.name.lower() or schema.path.name == PROFILE_XSD


def _guid(item: etree._Element, source: str) -> list[Diagnostic]:
    guid = item.get("guid")
    if guid is None:
        return []  # required by the XSD, which reports it
    if not _URI.match(guid):
        shown = guid if len(guid) <= 80 else guid[:77] + "..."
        return [
            Diagnostic(
                "warning",
                f"guid {shown!r} is not a URI without whitespace (use a URN or a tag: URI)",
                _where(item, source),
                "NK-VAL-103",
            )
        ]
    return []


def _qcodes(item: etree._Element, schema: XsdInfo, source: str) -> list[Diagnostic]:
    """One warning per QCode prefix no catalog of the item declares, at its first use."""
    known: set[str] = set()
    unknown_catalog = False
    for ref in item.iter(f"{G2}catalogRef"):
        href = (ref.get("href") or "").strip()
        if _IPTC_CATALOG.match(href):
            known.update(iptc_aliases())
        else:
            unknown_catalog = True
    for scheme in item.iter(f"{G2}scheme"):
        if scheme.getparent() is not None and scheme.getparent().tag == f"{G2}catalog":  # type: ignore[union-attr]
            alias = scheme.get("alias")
            if alias:
                known.add(alias.strip())
    if unknown_catalog:
        return []  # a catalog we cannot read (never fetched) may declare any prefix
    reported: dict[str, Diagnostic] = {}
    for element in _metadata(item):
        for name in schema.qcode_attributes.intersection(element.attrib):
            for value in element.attrib[name].split():
                match = QCODE_RE.fullmatch(value)
                if match is None or match.group(2).startswith("//"):  # a URI, not a QCode
                    continue
                prefix = match.group(1)
                if prefix not in known and prefix not in reported:
                    reported[prefix] = Diagnostic(
                        "warning",
                        f"QCode {value!r}: scheme alias {prefix!r} is declared by no catalog of this item "
                        "(catalogRef or inline catalog)",
                        _where(element, source),
                        "NK-VAL-104",
                    )
    return list(reported.values())


def _metadata(root: etree._Element) -> Iterator[etree._Element]:
    """The G2 elements of ``root``, not descending into inline content."""
    stack = [root]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or not element.tag.startswith(G2):
            continue
        yield element
        if element.tag not in _OPAQUE:
            stack.extend(reversed(element))


def _time_zones(root: etree._Element, source: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for element in _metadata(root):
        local = etree.QName(element).localname
        if element.text and _DATETIME_NO_ZONE.match(element.text) and len(element) == 0:
            found.append(_no_zone(f"{local} {element.text.strip()!r}", element, source))
        for name, value in element.attrib.items():
            if _DATETIME_NO_ZONE.match(value):
                found.append(_no_zone(f"{local}/@{name} {value.strip()!r}", element, source))
    return found


def _no_zone(what: str, element: etree._Element, source: str) -> Diagnostic:
    return Diagnostic(
        "warning", f"dateTime without a time zone: {what}", _where(element, source), "NK-VAL-105"
    )
