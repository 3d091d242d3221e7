"""Recognise a format by content, never by file name: agency files often have no extension."""

from __future__ import annotations

import json
import re

from newsml_kit.errors import Location, UnsupportedFormatError

G2_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
NEWSML1_NAMESPACE = "http://iptc.org/std/NewsML/2003-10-10/"
G2_ROOTS = {
    "newsItem",
    "newsMessage",
    "packageItem",
    "conceptItem",
    "knowledgeItem",
    "planningItem",
    "catalogItem",
}
# Parts of an item that agencies and the IPTC's own listings show on their own.
NITF_CARRIERS = {"contentSet", "inlineXML"}
_NITF_START_RE = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?nitf[\s/>]")
G2_FRAGMENTS = {"contentSet", "contentMeta", "itemMeta", "inlineXML", "itemSet", "header", "rightsInfo"}
NINJS_KEYS = {
    # 1.x and 2.x (lower case) and 3.x (camel case) property names that only ninjs uses together.
    "uri", "guid", "headline", "headlines", "headline_main", "body_html", "body_text", "body_xhtml",
    "body_main", "bodies", "description_text", "slugline", "renditions", "associations",
    "versioncreated", "firstcreated", "versionCreated", "firstCreated", "pubStatus", "eventDetails",
    "copyrightHolder", "copyrightNotice",
}  # fmt: skip

_HEAD_BYTES = 64 * 1024
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# The prolog may hold an XML declaration, comments, processing instructions and a DOCTYPE.
_PROLOG_RE = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.S)
_ROOT_RE = re.compile(r"<([A-Za-z_][\w.\-]*)(?::([A-Za-z_][\w.\-]*))?([^>]*)")
_XMLNS_RE = re.compile(r"""xmlns(?::([\w.\-]+))?\s*=\s*["']([^"']*)["']""")


def detect_format(data: bytes, source: str | None = None, *, fragments: bool = True) -> str:
    """The registry name of the format ``data`` is in; UnsupportedFormatError when there is none.

    With ``fragments`` (reading), a G2 ``contentSet`` or ``inlineXML`` fragment that holds an NITF
    document is ``nitf``, read by the NITF reader; without (validating), it is no document.

    Names: ``json`` (canonical), ``ninjs``, ``newsml`` (NewsML-G2), ``newsml1`` (NewsML 1.x), ``nitf``,
    ``text``.
    """
    where = Location(file=source)
    head = _decoded_head(data)
    stripped = head.lstrip()
    if not stripped:
        return "text"
    if stripped.startswith("<"):
        return _detect_xml(stripped, where, fragments)
    if stripped[0] in "{[":
        return _detect_json(head, data, where)
    if "\x00" in head:
        raise UnsupportedFormatError("unsupported format: binary data, not a news document", where)
    return "text"


def _decoded_head(data: bytes) -> str:
    head = data[:_HEAD_BYTES]
    if head.startswith(_BOMS[1:]):
        return head.decode("utf-16", errors="replace")
    return head.removeprefix(_BOMS[0]).decode("utf-8", errors="replace")


def _detect_xml(text: str, where: Location, fragments: bool) -> str:
    prolog = _PROLOG_RE.match(text)
    rest = text[prolog.end() if prolog else 0 :]
    root = _ROOT_RE.match(rest)
    if root is None:
        raise UnsupportedFormatError("unsupported format: XML without a root element", where)
    prefix, local = (root.group(1), root.group(2)) if root.group(2) else (None, root.group(1))
    namespaces = {key or None: value for key, value in _XMLNS_RE.findall(root.group(3))}
    namespace = namespaces.get(prefix)
    if local in G2_ROOTS and (namespace == G2_NAMESPACE or (namespace is None and prefix is None)):
        return "newsml"  # without its namespace too: the reader says so (``newsml.read_g2``)
    if local == "nitf":
        return "nitf"
    carrier = fragments and local in NITF_CARRIERS and namespace in (None, G2_NAMESPACE)
    if carrier and _NITF_START_RE.search(rest):
        return "nitf"  # a G2 contentSet fragment holding an NITF document: the NITF reader takes it
    if local in G2_FRAGMENTS and namespace in (None, G2_NAMESPACE):
        raise UnsupportedFormatError(
            f"unsupported format: a NewsML-G2 {local} fragment on its own; newsml-kit reads whole "
            "newsItem and newsMessage documents",
            where,
        )
    if local == "NewsML" and namespace in (None, NEWSML1_NAMESPACE):
        return "newsml1"
    qname = f"{{{namespace}}}{local}" if namespace else local
    raise UnsupportedFormatError(f"unsupported format: XML with root element {qname}", where)


def _detect_json(head: str, data: bytes, where: Location) -> str:
    from newsml_kit.formats.json import SCHEMA_ID

    # The canonical writer puts the marker first: recognise it without parsing the whole document.
    if re.match(r'\s*\{\s*"\$schema"\s*:\s*"' + re.escape(SCHEMA_ID) + '"', head):
        return "json"
    try:
        tree = json.loads(data.removeprefix(_BOMS[0]))
    except (ValueError, RecursionError):
        # Not parseable here: let the canonical JSON reader report where it breaks.
        return "json"
    if isinstance(tree, dict) and tree.get("$schema") == SCHEMA_ID:
        return "json"
    if _looks_like_ninjs(tree):
        return "ninjs"
    raise UnsupportedFormatError(
        "unsupported format: JSON that is neither newsml-kit canonical JSON nor ninjs", where
    )


def _looks_like_ninjs(tree: object) -> bool:
    """A ninjs object has ninjs keys; a collection is a JSON array of them; the BBC's API wraps a list
    of them in ``{"item": [...]}``, AP's Media API one in ``{"data": {"item": ...}}`` and a feed of them in
    ``{"data": {"items": [{"item": ...}, ...]}}``."""
    if isinstance(tree, list):
        return bool(tree) and all(_looks_like_ninjs(entry) for entry in tree)
    if not isinstance(tree, dict):
        return False
    data = tree.get("data")
    if isinstance(data, dict) and "uri" not in tree:
        if isinstance(data.get("item"), dict):
            return _looks_like_ninjs(data["item"])
        entries = data.get("items")
        if isinstance(entries, list) and entries and all(isinstance(entry, dict) for entry in entries):
            return all(_looks_like_ninjs(entry.get("item", entry)) for entry in entries)
    standard = tree.get("standard")
    declared = isinstance(standard, dict) and str(standard.get("name", "")).lower() == "ninjs"
    if declared or "ninjs" in str(tree.get("$schema", "")) or len(NINJS_KEYS & tree.keys()) >= 2:
        return True
    wrapped = tree.get("item", tree.get("items"))
    return isinstance(wrapped, list) and bool(wrapped) and all(_looks_like_ninjs(entry) for entry in wrapped)
