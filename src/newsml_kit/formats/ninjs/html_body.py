"""The body as HTML, both ways: blocks -> ``<p>`` elements, and an agency's HTML -> blocks.

Agency HTML is rarely well-formed XML (``<br>``, ``&nbsp;``, unclosed ``<p>``), so it is read with
the standard library's HTML tokenizer (``html.parser``), not with the XML parser: the tokenizer
never fails, loads nothing, expands nothing but the HTML character references, and hands over
every character of text. Text is kept verbatim; only whitespace between block elements (HTML
layout, not content) is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Final

from newsml_kit.formats.g2.names import CAPTION_CLASS, CREDIT_CLASS
from newsml_kit.model import Block, BlockKind, TextRange, check_xml_text

# Elements that start and end a block of text. A block holding only layout whitespace is left out,
# except a <p> closed by its own end tag: that is the writer's element, and an empty paragraph is
# one of the model's blocks (a <p> cut short by a nested block, as in <p><figure>, is not).
PARAGRAPH: Final = "p"
BLOCK_TAGS: Final = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
SKIPPED_TAGS: Final = frozenset({"script", "style", "template"})
"""Elements whose content is code, not text: left out, and the reader says so."""
_LAYOUT_SPACE: Final = " \t\n\r\f"  # HTML's inter-element whitespace (not NBSP: that is text)
_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def blocks_to_html(blocks: Sequence[Block]) -> str:
    """One ``<p>`` per block, a caption as ``<p class="caption">`` with its credit in a
    ``<span class="credit">``; CR as a character reference, so that no HTML parser normalises it."""
    return "\n".join(_block_html(block) for block in blocks)


def _block_html(block: Block) -> str:
    if block.kind is not BlockKind.CAPTION:
        return f"<p>{_escape(block.text)}</p>"
    text, credit = block.text, block.credit
    if credit is None:
        inner = _escape(text)
    else:
        inner = (
            f'{_escape(text[: credit.start])}<span class="{CREDIT_CLASS}">'
            f"{_escape(text[credit.start : credit.end])}</span>{_escape(text[credit.end :])}"
        )
    return f'<p class="{CAPTION_CLASS}">{inner}</p>'


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


@dataclass(frozen=True)
class HtmlBody:
    """The blocks read from an HTML fragment, and the names of the elements left out."""

    blocks: tuple[Block, ...]
    skipped: tuple[str, ...] = ()


def html_to_blocks(html: str) -> HtmlBody:
    """The blocks of an HTML fragment; ValueError when its text holds a character the model refuses."""
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return HtmlBody(tuple(parser.blocks), tuple(sorted(set(parser.skipped))))


def html_text(html: str) -> str:
    """The text of an HTML fragment, its blocks joined by line breaks (for a description)."""
    return "\n".join(block.text for block in html_to_blocks(html).blocks)


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.skipped: list[str] = []
        self._skipping: str | None = None
        self._reset(None, ())

    def _reset(self, tag: str | None, attrs: Sequence[tuple[str, str | None]]) -> None:
        self._text: list[str] = []
        self._length = 0
        self._tag = tag
        self._caption = tag == "figcaption" or (tag == PARAGRAPH and CAPTION_CLASS in _classes(attrs))
        self._spans: list[bool] = []  # the open <span>s, True for a caption's credit
        self._credit_start: int | None = None
        self._credit: TextRange | None = None

    def _flush(self, closing: str | None = None) -> None:
        text = "".join(self._text)
        if (closing == PARAGRAPH and self._tag == PARAGRAPH) or text.strip(_LAYOUT_SPACE):
            check_xml_text(text)
            kind = BlockKind.CAPTION if self._caption else BlockKind.PARAGRAPH
            credit = self._credit if kind is BlockKind.CAPTION else None
            self.blocks.append(Block(kind=kind, text=text, credit=credit))

    def _add(self, text: str) -> None:
        self._text.append(text)
        self._length += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is not None:
            return
        if tag in SKIPPED_TAGS:
            self._skipping = tag
            self.skipped.append(tag)
        elif tag == "br":
            self._add("\n")
        elif tag in BLOCK_TAGS:
            self._flush()
            self._reset(tag, attrs)
        elif tag == "span":
            credit = self._caption and self._credit is None and self._credit_start is None
            credit = credit and CREDIT_CLASS in _classes(attrs)
            self._spans.append(credit)
            if credit:
                self._credit_start = self._length

    def handle_endtag(self, tag: str) -> None:
        if self._skipping is not None:
            if tag == self._skipping:
                self._skipping = None
            return
        if tag in BLOCK_TAGS:
            self._flush(closing=tag)
            self._reset(None, ())
        elif tag == "span" and self._spans and self._spans.pop() and self._credit_start is not None:
            if self._length > self._credit_start:
                self._credit = TextRange(start=self._credit_start, end=self._length)
            self._credit_start = None

    def handle_data(self, data: str) -> None:
        if self._skipping is None:
            self._add(data)

    def close(self) -> None:
        super().close()
        self._flush(closing=self._tag)  # an unclosed last <p> ends with the input
        self._reset(None, ())


def _classes(attrs: Sequence[tuple[str, str | None]]) -> list[str]:
    return [name for key, value in attrs if key == "class" and value for name in value.split()]
