"""Plain text from any item (``convert --to text`` without ``--strict``): what archives and
full-text indexes want of what agencies send.

An item plain text can carry exactly (every item read from text, and any other that fits a
layout) is written as ``write_text`` writes it, byte for byte. Any other item is written in the
comment-header layout, which the text reader reads back: the item's ``guid``, its source ids
(a key that is no plain key quoted), its date and headline as header lines, then one paragraph
per line. What that changes or leaves out is listed in warnings, never silently: a line break
inside a paragraph or a headline becomes a space (the words stay the same), an empty paragraph is
left out, and the fields plain text has no place for are named. ``write_text`` alone (``--strict``)
still refuses rather than lose anything. A message's items are all written in the comment-header
layout, one after another, so that each opens with its header (``--out-dir`` writes one per file).
"""

from __future__ import annotations

import re

from newsml_kit.errors import Diagnostic, Location, WriteError
from newsml_kit.formats.text import write_text
from newsml_kit.model import Block, Message, NewsItem, SourceId, TextLayout

_BREAKS_RE = re.compile(r"\s*[\r\n]+\s*")
_COMMENT_START_RE = re.compile(r'# ?([A-Za-z_][\w.-]*|"(?:[^"\\]|\\.)+") ?= ?')
"""What makes a first paragraph read as a header line (``text``'s comment-header layout)."""
# Fields the comment-header layout carries (guid as a source id); the rest are named in a warning.
_CARRIED = frozenset({"guid", "source_ids", "content_created", "headline", "body", "text_layout", "raw_g2"})
_DEFAULTS = NewsItem(guid="x")


def export_text(value: NewsItem | Message) -> tuple[bytes, list[str]]:
    """The plain text of an item or of each item of a message (one after another, each opening with
    its header), and what the text could not carry as it was."""
    items = [value] if isinstance(value, NewsItem) else list(value.items)
    notes: list[str] = []
    if isinstance(value, Message) and not items:
        notes.append("the message holds no news item: no plain text is written")
    if isinstance(value, NewsItem):
        return _item_text(value, notes).encode("utf-8"), notes
    # Items one after another, a blank line between, each in the comment-header layout so that it
    # opens with its header (its guid first).
    texts = []
    for index, item in enumerate(items):
        lenient, changes = _lenient(item)
        notes.extend(f"items.{index}: {change}" for change in changes)
        texts.append(write_text(lenient).decode("utf-8").rstrip("\n") + "\n")
    return "\n".join(texts).encode("utf-8"), notes


def export_text_reported(value: NewsItem | Message, source: str) -> tuple[bytes, tuple[Diagnostic, ...]]:
    """``export_text``, with what the text could not carry as warnings on ``source`` (NK-TXT-108)."""
    data, notes = export_text(value)
    return data, tuple(Diagnostic("warning", note, Location(file=source), "NK-TXT-108") for note in notes)


def _item_text(item: NewsItem, notes: list[str]) -> str:
    """The item as ``write_text`` writes it (exactly), else in the lenient layout."""
    try:
        return write_text(item).decode("utf-8")
    except WriteError:
        pass
    lenient, changes = _lenient(item)
    notes.extend(changes)
    return write_text(lenient).decode("utf-8")


def _lenient(item: NewsItem) -> tuple[NewsItem, list[str]]:
    """The item as the comment-header layout can carry it, and what that changed."""
    changes: list[str] = []
    source_ids = [SourceId(type="guid", value=item.guid)]
    for source_id in item.source_ids:
        if source_id.type in ("date", "headline", "guid"):
            changes.append(f"source id {source_id.type!r} is a header field of its own: not written")
            continue
        value = _one_line(source_id.value)
        if value != source_id.value:
            changes.append(f"source id {source_id.type!r}: line breaks written as spaces")
        if value:
            source_ids.append(SourceId(type=source_id.type, value=value))
    headline = None if item.headline is None else _one_line(item.headline)
    if headline is not None and headline != item.headline:
        changes.append("headline: line breaks and edge whitespace written as spaces")
    body: list[Block] = []
    joined = dropped = 0
    for block in item.body:
        text = _one_line(block.text)
        if not text:
            dropped += 1
            continue
        if text != block.text:
            joined += 1
        if not body and _COMMENT_START_RE.match(text):
            text = "\u2060" + text  # a word joiner: the first paragraph must not read as a header line
            changes.append("body.0: a word joiner (U+2060) opens it, or it would read as a header line")
        body.append(Block(text=text))
    if joined:
        changes.append(f"{joined} paragraph(s): line breaks and edge whitespace written as spaces")
    if dropped:
        changes.append(f"{dropped} empty paragraph(s) left out")
    kinds = sum(1 for block in item.body if block.kind.value != "paragraph" or block.credit is not None)
    if kinds:
        changes.append(f"{kinds} caption(s) or photo credit(s) written as plain paragraphs")
    others = [
        name
        for name in NewsItem.model_fields
        if name not in _CARRIED and getattr(item, name) != getattr(_DEFAULTS, name)
    ]
    if others:
        changes.append("plain text has no place for: " + ", ".join(others))
    lenient = NewsItem(
        guid=item.guid,
        source_ids=source_ids,
        content_created=item.content_created,
        headline=headline or None,
        body=body,
        text_layout=TextLayout.COMMENT_HEADER,
    )
    return lenient, changes


def _one_line(text: str) -> str:
    return _BREAKS_RE.sub(" ", text).strip()


__all__ = ["export_text"]
