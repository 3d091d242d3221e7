"""NewsML-G2 2.35: the ``newsml`` format (writer in ``newsml_write``, strict reader in ``newsml_read``).

The mapping of every model field to its XPath, native G2 or the ``nk`` extension namespace, is
``docs/mapping.md``; the profile the output conforms to is ``schemas/newsml-kit-g2.xsd``.
"""

from __future__ import annotations

from newsml_kit.formats.base import DEFAULT_OPTIONS, Format, ReadOptions, ReadResult
from newsml_kit.formats.g2.agency_read import is_own_document, read_foreign
from newsml_kit.formats.g2.names import G2, NK, PROFILE_XSD
from newsml_kit.formats.g2.read import profile_schema, read_newsml
from newsml_kit.formats.g2.write import filled_version_created, write_newsml
from newsml_kit.model import NewsItem
from newsml_kit.xmlsafe import parse_xml

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
    return read_foreign(data, document, options, lambda item_bytes: _read_own_item(item_bytes, options))


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
