"""An NITF body met inside another format (a ninjs body of type ``text/vnd.IPTC.NITF``, a NewsML 1.2
``DataContent``), read into blocks by the NITF reader's own body code.

The fragment may be a whole ``<nitf>`` document, its ``<body>``, a ``<body.content>``, or any element
whose children are NITF blocks (``<p>``, ``<media>``, ``<table>`` ...). Whatever is not carried (an NITF
head, markup, a foreign element) is reported by the NITF ledger's sweep, once per kind, with its line.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsml_kit.errors import Diagnostic
from newsml_kit.formats.nitf.body_text import BodyReader, Entities
from newsml_kit.formats.nitf.ledger import Element, Ledger, child, elements, local
from newsml_kit.model import Block, Rendition

_STRAY = "text directly inside NITF {name} kept as a paragraph"


@dataclass(frozen=True)
class NitfBody:
    blocks: tuple[Block, ...]
    renditions: tuple[Rendition, ...]
    warnings: tuple[Diagnostic, ...]


def read_nitf_body(root: Element, source: str | None, *, entities: Entities | None = None) -> NitfBody:
    """The blocks of the NITF content at ``root`` (text directly inside an element that is no NITF
    container is expected there: it becomes a paragraph without a warning)."""
    ledger = Ledger(source)
    reader = BodyReader(ledger, entities)
    name = local(root)
    if name == "nitf":
        ledger.take(root)
        body = child(root, "body")
        if body is None:
            ledger.warn("NK-NITF-101", "the NITF document has no <body>", root)
        _body(body, ledger, reader)
    elif name == "body":
        _body(root, ledger, reader)
    else:
        reader.container(root, stray=_STRAY if name == "body.content" else None)
    return NitfBody(tuple(reader.blocks), tuple(reader.renditions), tuple(ledger.diagnostics(root)))


def _body(body: Element | None, ledger: Ledger, reader: BodyReader) -> None:
    if body is None:
        return
    ledger.take(body)
    for part in elements(body):
        if local(part) in {"body.content", "body.end"}:
            reader.container(part, stray=_STRAY)
