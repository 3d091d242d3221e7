"""NewsML 1.x ``ContentItem``s: a ``DataContent`` body as blocks, a referenced file as a rendition.

A body is told by what it is, then by what it says it is:

* elements inside ``DataContent``: XHTML (an ``<html>`` in the XHTML namespace or none) is read by the
  HTML reader, as any HTML; an NITF document or NITF blocks (``<nitf>``, ``<body>``, ``<body.content>``,
  ``<p>`` ... in no namespace or the NITF one) by the NITF reader's body code; any other vocabulary
  keeps its text as paragraphs, with a warning naming it;
* text inside ``DataContent`` (often a CDATA section): HTML when its ``MediaType``, ``Format`` or
  ``MimeType`` says HTML or it holds HTML block tags, else plain text, one block per line.

What the NITF holds beyond its body text is reported by the NITF ledger (its own warnings, with lines);
what the NewsML envelope of the content holds (``Characteristics`` other than the size and dimensions of
a rendition, ``Encoding``, ``Notation`` ...) is left to the NewsML ledger's sweep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from newsml_kit.errors import Diagnostic
from newsml_kit.formats.newsml1.names import formal_name, kid, kids, text_of
from newsml_kit.formats.ninjs.html_body import html_to_blocks
from newsml_kit.formats.nitf.embedded_body import read_nitf_body
from newsml_kit.formats.nitf.ledger import NITF_NS, Element, Ledger, local
from newsml_kit.model import Block, Rendition

XHTML_NS: Final = "http://www.w3.org/1999/xhtml"
_HTML_TAG_RE: Final = re.compile(r"<\s*(p|br|div|h[1-6]|li|table|blockquote)\b", re.I)
_LINE_BREAK_RE: Final = re.compile(r"\r\n|\r|\n")
_NITF_NAMES: Final = frozenset({"nitf", "body", "body.content"})


@dataclass
class Content:
    """What the ContentItems of one NewsItem gave: body blocks, renditions, and the warnings of the
    bodies read by another format's code."""

    blocks: list[Block] = field(default_factory=list)
    renditions: list[Rendition] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    bodies: int = 0


def read_content_item(item: Element, ledger: Ledger, content: Content, source: str | None) -> None:
    """One ContentItem into ``content``: its DataContent as body blocks, its Href as a rendition."""
    ledger.take(item)
    media_type = formal_name(ledger, kid(item, "MediaType"))
    format_name = formal_name(ledger, kid(item, "Format"))
    mime_type = formal_name(ledger, kid(item, "MimeType"))
    href = ledger.attribute(item, "Href")
    if href is not None:
        content.renditions.append(_rendition(item, href, mime_type, ledger))
    data = kid(item, "DataContent")
    if data is None:
        return
    said = " ".join(filter(None, (media_type, format_name, mime_type))).lower()
    blocks = _body(data, said, ledger, content, source)
    if blocks is not None:
        content.bodies += 1
        content.blocks.extend(blocks)


def _body(
    data: Element, said: str, ledger: Ledger, content: Content, source: str | None
) -> list[Block] | None:
    children = [node for node in data if isinstance(node.tag, str)]
    ledger.take(data)
    if children:
        ledger.delegate(data)  # the body's reader accounts for all of it
        namespace = etree.QName(children[0]).namespace
        if namespace == XHTML_NS or (namespace is None and local(children[0]) == "html"):
            return _xhtml(data, children)
        if namespace in (None, NITF_NS):
            root = children[0] if len(children) == 1 and local(children[0]) in _NITF_NAMES else data
            body = read_nitf_body(root, source)
            content.warnings.extend(body.warnings)
            content.renditions.extend(body.renditions)
            return list(body.blocks)
        ledger.warn(
            "NK-NEWSML1-101",
            f"NewsML <DataContent> holds {etree.QName(children[0]).text} elements, a vocabulary newsml-kit "
            "does not read: their text is kept as paragraphs",
            data,
        )
        return _xhtml(data, children)
    text = text_of(ledger, data)
    if text is None:
        return []
    if "html" in said or _HTML_TAG_RE.search(text):
        return list(html_to_blocks(text).blocks)
    return [Block(text=line) for line in _LINE_BREAK_RE.split(text) if line.strip()]


def _xhtml(data: Element, children: list[Element]) -> list[Block]:
    """XHTML (or a vocabulary read as such) through the HTML reader: the same blocks as any HTML."""
    markup = (data.text or "") + "".join(
        etree.tostring(child, encoding="unicode", with_tail=True) for child in children
    )
    return list(html_to_blocks(_strip_namespaces(markup)).blocks)


_PREFIXED_TAG_RE: Final = re.compile(r"<(/?)[A-Za-z_][\w.-]*:")


def _strip_namespaces(markup: str) -> str:
    """``<x:p>`` as ``<p>``: the HTML tokenizer knows elements by their local name."""
    return _PREFIXED_TAG_RE.sub(r"<\1", markup)


def _rendition(item: Element, href: str, mime_type: str | None, ledger: Ledger) -> Rendition:
    sizes: dict[str, int] = {}
    characteristics = kid(item, "Characteristics")
    if characteristics is not None:
        ledger.take(characteristics)
        size = kid(characteristics, "SizeInBytes")
        value = text_of(ledger, size) if size is not None else None
        if value is not None and value.isdigit():
            sizes["size"] = int(value)
        for prop in kids(characteristics, "Property"):
            key = (prop.get("FormalName") or "").strip().lower()
            number = (prop.get("Value") or "").strip()
            if key in {"width", "height"} and number.isdigit():
                ledger.take(prop, "FormalName", "Value")
                sizes[key] = int(number)
    return Rendition(href=href, content_type=mime_type, **sizes)
