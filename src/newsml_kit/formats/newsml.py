"""NewsML-G2 2.35: the ``newsml`` format (writer in ``newsml_write``, strict reader in ``newsml_read``).

The mapping of every model field to its XPath, native G2 or the ``nk`` extension namespace, is
``docs/mapping.md``; the profile the output conforms to is ``schemas/newsml-kit-g2.xsd``.
"""

from __future__ import annotations

import re

from newsml_kit.errors import Diagnostic, Location
from newsml_kit.formats.base import DEFAULT_OPTIONS, Format, ReadOptions, ReadResult
from newsml_kit.formats.g2_import import is_own_document, read_foreign
from newsml_kit.formats.newsml_names import G2, NK, PROFILE_XSD
from newsml_kit.formats.newsml_read import profile_schema, read_newsml
from newsml_kit.formats.newsml_write import filled_version_created, write_newsml
from newsml_kit.model import NewsItem
from newsml_kit.xmlsafe import XmlDocument, parse_xml

_BARE_ROOTS = frozenset(
    ("newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem")
)
# Every document the native writer makes declares the extension namespace on its root start tag.
_OWN_MARKER = f'xmlns:nk="{NK}"'.encode()


def read_g2(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Any NewsML-G2: the project's own items strictly (``read_newsml``), agency files leniently."""
    start_tag = data[:4096].split(b"?>", 1)[-1].lstrip().split(b">", 1)[0]
    if start_tag.startswith(b"<newsItem") and _OWN_MARKER in start_tag:
        return read_newsml(data, options)
    document = parse_xml(data, source=options.source)
    if is_own_document(document.root):
        return read_newsml(data, options)
    if document.root.tag in _BARE_ROOTS:
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
    )
    return fixed, XmlDocument(repaired.root, (note, *repaired.warnings), repaired.doctype)


def _read_own_item(data: bytes, options: ReadOptions) -> NewsItem:
    return read_newsml(data, options).item


FORMAT = Format(name="newsml", title="NewsML-G2", reader=read_g2, writer=write_newsml, extension=".xml")

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
