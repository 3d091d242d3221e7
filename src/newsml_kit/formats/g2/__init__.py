"""NewsML-G2 2.35: the ``newsml`` format's registry entry.

The parts: ``write`` (the native writer), ``read`` (the strict reader of what ``write`` wrote),
``agency_read`` (the lenient reader of agency G2), ``agency_write`` (imported items written back),
``slots`` (what those two share) and ``names`` (namespaces, schemes, codes). The mapping of every
model field to its XPath, native G2 or the ``nk`` extension namespace, is ``docs/mapping.md``; the
profile the output conforms to is ``schemas/newsml-kit-g2.xsd``.
"""

from __future__ import annotations

import re

from newsml_kit.errors import Diagnostic, Location, UnsupportedFormatError
from newsml_kit.formats.base import DEFAULT_OPTIONS, Format, ReadOptions, ReadResult, Validation
from newsml_kit.formats.detect import Head
from newsml_kit.formats.g2.agency_read import is_own_document, read_foreign
from newsml_kit.formats.g2.names import G2, NK, PROFILE_XSD, XSD_ENV
from newsml_kit.formats.g2.read import profile_schema, read_newsml
from newsml_kit.formats.g2.write import filled_version_created, write_newsml
from newsml_kit.model import NewsItem
from newsml_kit.xmlsafe import XmlDocument, parse_xml

# Every document the native writer makes declares the extension namespace on its root start tag.
_OWN_MARKER = f'xmlns:nk="{NK}"'.encode()


def read_g2(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Any NewsML-G2: the project's own items strictly (``read_newsml``), agency files leniently."""
    # The root start tag (after the XML declaration), found without copying the head of the data.
    declaration_end = data.find(b"?>", 0, 4096)
    begin = 0 if declaration_end < 0 else declaration_end + 2
    tag_end = data.find(b">", begin, 4096)
    start_tag = data[begin : tag_end if tag_end >= 0 else 4096].lstrip()
    if start_tag.startswith(b"<newsItem") and _OWN_MARKER in start_tag:
        return read_newsml(data, options)
    document = parse_xml(data, source=options.source)
    if is_own_document(document.root):
        return read_newsml(data, options)
    if document.root.tag in G2_ROOTS:
        data, document = _with_g2_namespace(data, document, options)
    return read_foreign(data, document, options, lambda item_bytes: _read_own_item(item_bytes, options))


def _with_g2_namespace(data: bytes, document: XmlDocument, options: ReadOptions) -> tuple[bytes, XmlDocument]:
    """A G2 root without its namespace (seen in agency feeds): the G2 namespace declared as the
    default on the root start tag, so the document reads (and is carried, and written) as G2, with a
    warning. Lines stay where they were: the declaration goes inside the start tag."""
    root = document.root
    name = str(root.tag)
    start = re.search(rb"<" + name.encode() + rb"(?=[\s/>])", data)
    if start is None:  # not ASCII-compatible bytes (UTF-16): left as it is, refused as not G2
        return data, document
    fixed = data[: start.end()] + f' xmlns="{G2}"'.encode() + data[start.end() :]
    repaired = parse_xml(fixed, source=options.source)
    note = Diagnostic(
        "warning",
        f"NewsML-G2 without its namespace: the root {name} is read as G2 (namespace {G2})",
        Location(options.source, root.sourceline),
        "NK-G2-109",
    )
    return fixed, XmlDocument(repaired.root, (note, *repaired.warnings), repaired.doctype)


def _read_own_item(data: bytes, options: ReadOptions) -> NewsItem:
    return read_newsml(data, options).item


G2_ROOTS = frozenset(
    {"newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem"}
)
# Parts of an item that agencies and the IPTC's own listings show on their own.
G2_FRAGMENTS = frozenset(
    {"contentSet", "contentMeta", "itemMeta", "inlineXML", "itemSet", "header", "rightsInfo"}
)


def sniff_g2(head: Head) -> bool:
    """A G2 item or message; a G2 fragment on its own is refused by name."""
    root = head.root
    if root.local in G2_ROOTS and root.namespace in (G2, None):
        return True  # without its namespace too: the reader says so (``_with_g2_namespace``)
    if root.local in G2_FRAGMENTS and root.namespace in (None, G2):
        raise UnsupportedFormatError(
            f"unsupported format: a NewsML-G2 {root.local} fragment on its own; newsml-kit reads whole "
            "newsItem and newsMessage documents",
            head.where,
        )
    return False


FORMAT = Format(
    name="newsml",
    title="NewsML-G2",
    reader=read_g2,
    writer=write_newsml,
    extension=".xml",
    syntax="xml",
    sniff=sniff_g2,
    validation=Validation(
        "xsd", profile=PROFILE_XSD, env=XSD_ENV, fallback="official-g2", checks=("g2-lints", "model")
    ),
)

__all__ = [
    "FORMAT",
    "G2",
    "NK",
    "PROFILE_XSD",
    "filled_version_created",
    "profile_schema",
    "read_g2",
    "read_newsml",
    "write_newsml",
]
