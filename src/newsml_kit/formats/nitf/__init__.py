"""NITF 3.x (News Industry Text Format): the ``nitf`` format, a reader into the model.

The metadata is mapped in ``head``, the body text in ``body_text``; ``ledger`` records what
was carried, and everything else gets a warning naming the element and its line, so nothing is lost
silently. docs/nitf.md is the mapping table.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from pydantic import ValidationError

from newsml_kit.errors import Diagnostic, Location, ParseError
from newsml_kit.formats.base import Format, ReadOptions, ReadResult, Validation, model_error
from newsml_kit.formats.detect import Head
from newsml_kit.formats.g2.names import G2 as G2_NAMESPACE
from newsml_kit.formats.nitf.body_text import BodyReader, Entities
from newsml_kit.formats.nitf.head import HeadReader
from newsml_kit.formats.nitf.ledger import Ledger, child, display_name, elements, local
from newsml_kit.model import NewsItem
from newsml_kit.xmlsafe import parse_xml

_DECLARATION: Final = re.compile(
    rb"<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"'](?P<name>[A-Za-z][A-Za-z0-9._-]*)[\"']"
)
_C1_BYTES: Final = re.compile(rb"[\x80-\x9f]")


def read_nitf(data: bytes, options: ReadOptions) -> ReadResult:
    """One NITF document as one item, with a warning for every repair and everything not carried."""
    data, repairs = repair_declared_encoding(data, options.source)
    document = parse_xml(data, source=options.source)
    root = document.root
    carried: tuple[Diagnostic, ...] = ()
    if local(root) in ("contentSet", "inlineXML"):
        inner = next((e for e in root.iter() if isinstance(e.tag, str) and local(e) == "nitf"), None)
        if inner is not None:
            where = Location(file=options.source, line=root.sourceline)
            note = f"a NewsML-G2 {local(root)} fragment: the NITF document it holds is read as the item"
            carried = (Diagnostic("warning", note, where, "NK-NITF-124"),)
            root = inner
    if local(root) != "nitf":
        raise ParseError(
            f"not an NITF document: the root element is {display_name(root)}, not <nitf>",
            Location(file=options.source, line=root.sourceline),
        )
    ledger = Ledger(options.source)
    entities = Entities()
    # Blocks and entities are models too, built while reading: a character the model refuses (a DEL
    # in a paragraph, as hypothesis found) is the same located error as one in the item's fields.
    try:
        head = HeadReader(root, ledger, entities, options.source)
        fields = head.read()
        body = BodyReader(ledger, entities)
        body_element = child(root, "body")
        if body_element is None:
            ledger.warn("NK-NITF-101", "the document has no NITF <body>", root)
        for part in elements(body_element):
            if local(part) in {"body.content", "body.end"}:
                body.container(part, stray="text directly inside NITF {name} kept as a paragraph")
        fields.update(
            body=body.blocks,
            renditions=head.renditions + body.renditions,
            people=entities.people(),
            organisations=entities.organisations(),
            places=entities.places(),
        )
        item = NewsItem(**fields)
    except ValidationError as exc:
        raise model_error(exc, options.source) from None
    warnings = (*repairs, *carried, *document.warnings, *ledger.diagnostics(root))
    return ReadResult(items=(item,), warnings=warnings)


def repair_declared_encoding(data: bytes, source: str | None) -> tuple[bytes, tuple[Diagnostic, ...]]:
    """Feeds often declare ISO-8859-1 for bytes in another encoding. Two cases are certain enough to
    repair, with a warning: bytes that are valid UTF-8 with multibyte sequences (as ISO-8859-1 they
    would read as mojibake such as "Ã¥"), and bytes 0x80-0x9F, C1 control characters in ISO-8859-1 but
    punctuation in Windows-1252 (which is why browsers read the ISO-8859-1 label as Windows-1252)."""
    declared = _DECLARATION.match(data)
    if declared is None or data.isascii():
        return data, ()
    name = declared["name"].decode("ascii")
    try:
        if codecs.lookup(name).name != "iso8859-1":
            return data, ()
    except LookupError:
        return data, ()
    try:
        data.decode("utf-8")
        actual, why = "UTF-8", "its non-ASCII bytes are all valid UTF-8 sequences"
    except UnicodeDecodeError:
        if _C1_BYTES.search(data) is None:
            return data, ()
        try:
            data.decode("windows-1252")
        except UnicodeDecodeError:
            return data, ()
        actual, why = "windows-1252", "it holds bytes 0x80-0x9F, control characters in ISO-8859-1"
    warning = Diagnostic(
        "warning",
        f"the XML declaration says encoding {name!r}, but {why}: read as {actual}",
        Location(file=source, line=1),
        "NK-XML-005",
    )
    repaired = data[: declared.start("name")] + actual.encode("ascii") + data[declared.end("name") :]
    return repaired, (warning,)


XSD_ENV = "NEWSML_KIT_NITF_XSD"
"""The environment variable that names the NITF XSD ``validate`` uses (its licence keeps it out of the
package)."""


# G2 elements that agencies send on their own holding an NITF document.
_NITF_CARRIERS = frozenset({"contentSet", "inlineXML"})
_NITF_START_RE = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?nitf[\s/>]")


def sniff_nitf(head: Head) -> bool:
    """An NITF document; when reading, also a G2 ``contentSet``/``inlineXML`` fragment holding one."""
    root = head.root
    if root.local == "nitf":
        return True
    carrier = head.fragments and root.local in _NITF_CARRIERS and root.namespace in (None, G2_NAMESPACE)
    return carrier and _NITF_START_RE.search(head.text) is not None


FORMAT = Format(
    name="nitf",
    title="NITF",
    reader=read_nitf,
    extension=".xml",
    syntax="xml",
    sniff=sniff_nitf,
    priority=5,  # before NewsML-G2, which refuses a G2 fragment that may hold an NITF document
    validation=Validation(
        "xsd",
        env=XSD_ENV,
        no_schema="no schema available for NITF: the official XSD is not bundled (its IPTC licence does "
        f"not allow it); give it with --schema FILE or ${XSD_ENV}",
    ),
)

__all__ = ["FORMAT", "read_nitf", "repair_declared_encoding"]
