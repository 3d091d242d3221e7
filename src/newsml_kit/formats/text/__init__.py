"""Legacy plain-text articles: header and paragraphs, kept verbatim, read and written.

Layouts (docs/architecture.md, "Plain-text layouts"), tried in this order when reading:

* corpus: `` date YYYY-MM `` (or ``YYYY`` / ``YYYY-MM-DD``) then the first paragraph on the same
  line, paragraphs separated by one blank line, no trailing newline;
* comment header: the first line is ``# key = value``; every such line up to the first other line
  is a header field; then one paragraph per line, no trailing newline. ``date`` (``YYYYMMDD``, a
  partial date, or an ISO datetime with offset) and ``headline`` have fields of their own; every
  other key (``doc_id``, ``url``, ...) becomes a ``SourceId`` in header order, so nothing is lost.
  A headline is only taken from ``# headline = ...``: the reader never guesses one from the body;
* headline: the first paragraph is one line of at most ``HEADLINE_MAX`` characters that does not
  end in sentence punctuation (``.!?…:;``, closing quotes and brackets ignored), and at least one
  paragraph follows it after a blank line; paragraphs separated by blank lines, one trailing
  newline;
* bare: anything else; paragraphs separated by blank lines, one trailing newline.

A blank line is a line of whitespace only. A BOM and CRLF or CR line endings are accepted. How
the bytes become text (the encoding found or named, repairs of damage, each a warning) is
``decoding``'s job. Paragraph text is kept exactly as decoded (NFD stays NFD, cp1258's
combining tones stay combining) unless ``--nfc`` asks for composition. Entity extraction is a
separate step.

The writer lays an item out by ``text_layout`` (default: comment header when the item has a
header field, else bare) and refuses, with ``WriteError`` naming the field, any model that would
not read back the same: plain text is never written lossily. Fields plain text has no place for
(people, events, rights, block kinds, ...) are not written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import PurePath
from urllib.parse import quote

from pydantic import ValidationError

from newsml_kit.dates import PartialDate, format_datetime
from newsml_kit.errors import Diagnostic, Location, ParseError, WriteError
from newsml_kit.extract import extract
from newsml_kit.formats.base import (
    DEFAULT_OPTIONS,
    DEFAULT_WRITE_OPTIONS,
    Format,
    ReadOptions,
    ReadResult,
    WriteOptions,
    model_error,
)
from newsml_kit.formats.detect import Head
from newsml_kit.formats.text.decoding import decode_text
from newsml_kit.model import (
    Block,
    DateOrDateTime,
    Message,
    NewsItem,
    SourceId,
    TextLayout,
)

GUID_PREFIX = "urn:newsml-kit"
HEADLINE_MAX = 200
"""The longest first line the reader takes for a headline in the headline layout."""

_CORPUS_HEADER_RE = re.compile(r" date (\d{4}(?:-\d{2}){0,2}) ")
_COMMENT_RE = re.compile(r'# ?([A-Za-z_][\w.-]*|"(?:[^"\\]|\\.)+") ?= ?(.*)')
_KEY_RE = re.compile(r"[A-Za-z_][\w.-]*")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_GUID_KEYS = ("doc_id", "url")
_OWN_FIELD_KEYS = ("date", "headline")
_FINAL_PUNCTUATION = ".!?…:;"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"  # closing quotes and brackets

Header = list[tuple[str, str, int]]
"""Header fields as written: key, value, 1-based line."""


# --- reading ----------------------------------------------------------------------------------


def read_text(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Read one plain-text article into a NewsItem holding its header fields and paragraphs."""
    decoded = decode_text(data, options)
    text = decoded.text
    if not text.strip():
        # An empty or blank file is a failed export or a truncated copy, never an article.
        raise ParseError("empty input: no header and no text", Location(file=options.source))
    layout, header, paragraphs = _parse(text)
    warnings = list(decoded.warnings)
    fields = _header_fields(header, options, warnings)
    try:
        item = _build_item(fields, header, paragraphs, layout, options.source)
    except ValidationError as exc:
        raise model_error(exc, options.source) from None
    if options.extract:
        item = extract(item, options.language)
    return ReadResult(
        items=(item,), warnings=tuple(warnings), encoding=decoded.encoding, repairs=decoded.repairs
    )


def _parse(text: str) -> tuple[TextLayout, Header, list[str]]:
    corpus = _CORPUS_HEADER_RE.match(text)
    if corpus is not None:
        return TextLayout.CORPUS, [("date", corpus.group(1), 1)], split_paragraphs(text[corpus.end() :])
    lines = text.split("\n")
    if _COMMENT_RE.fullmatch(lines[0]):
        header: Header = []
        for number, line in enumerate(lines, start=1):
            comment = _COMMENT_RE.fullmatch(line)
            if comment is None:
                break
            header.append((_header_key(comment.group(1)), comment.group(2), number))
        return TextLayout.COMMENT_HEADER, header, [line for line in lines[len(header) :] if line.strip()]
    paragraphs = split_paragraphs(text)
    if len(paragraphs) >= 2 and looks_like_headline(paragraphs[0]):
        return TextLayout.HEADLINE, [("headline", paragraphs[0], 1)], paragraphs[1:]
    return TextLayout.BARE, [], paragraphs


def _header_key(key: str) -> str:
    """A header key as written: plain, or quoted as a JSON string (a key with other characters)."""
    if not key.startswith('"'):
        return key
    try:
        value = json.loads(key)
    except ValueError:
        return key  # not a JSON string after all: kept as it was written
    return value if isinstance(value, str) and value else key


def split_paragraphs(text: str) -> list[str]:
    """Runs of non-blank lines, each joined back with LF; blank lines (whitespace only) separate."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def looks_like_headline(line: str) -> bool:
    """A short single line without sentence-final punctuation: what the headline layout starts with."""
    core = line.rstrip(_CLOSERS)
    return (
        0 < len(line) <= HEADLINE_MAX
        and "\n" not in line
        and line == line.strip()
        and bool(core)
        and core[-1] not in _FINAL_PUNCTUATION
    )


def _header_fields(header: Header, options: ReadOptions, warnings: list[Diagnostic]) -> dict[str, str]:
    """The last value of ``date`` and ``headline``, the first of every other key; warns about
    empty values (ignored) and repeats."""
    fields: dict[str, str] = {}
    for key, value, line in header:
        if not value:
            warnings.append(
                _warning("NK-TXT-106", f"header field {key!r} has no value; ignored", options, line)
            )
            continue
        if key in fields:
            how = "the last value wins" if key in _OWN_FIELD_KEYS else "every value is kept, in order"
            warnings.append(_warning("NK-TXT-107", f"header field {key!r} repeated; {how}", options, line))
        if key in _OWN_FIELD_KEYS or key not in fields:
            fields[key] = value
    return fields


def _build_item(
    fields: dict[str, str], header: Header, paragraphs: list[str], layout: TextLayout, source: str | None
) -> NewsItem:
    return NewsItem(
        guid=_mint_guid(fields, source),
        content_created=_header_date(fields.get("date"), source),
        source_ids=[
            SourceId(type=key, value=value)
            for key, value, _ in header
            if value and key not in _OWN_FIELD_KEYS
        ],
        text_layout=layout,
        headline=fields.get("headline"),
        body=[Block(text=paragraph) for paragraph in paragraphs],
    )


def _header_date(value: str | None, source: str | None) -> DateOrDateTime | None:
    if not value:
        return None
    compact = _COMPACT_DATE_RE.fullmatch(value)
    try:
        if compact:
            return PartialDate(*(int(part) for part in compact.groups()))
        if "T" in value:
            return _aware(datetime.fromisoformat(value))
        return PartialDate.parse(value)
    except ValueError as exc:
        raise ParseError(f"header date {value!r}: {exc}", Location(file=source)) from None


def _aware(value: datetime) -> datetime:
    if value.utcoffset() is None:
        raise ValueError("a datetime needs a time zone offset (e.g. +07:00 or Z)")
    return value


def _mint_guid(fields: dict[str, str], source: str | None) -> str:
    """A URN from the source's identity (doc_id, url, or file name plus date), never from the body,
    so a corrected article keeps its guid."""
    if fields.get("doc_id"):
        return f"{GUID_PREFIX}:doc:{_urn_part(fields['doc_id'])}"
    if fields.get("url"):
        return f"{GUID_PREFIX}:url:{_urn_part(fields['url'])}"
    name = PurePath(source).stem if source and source != "-" else "stdin"
    date = fields.get("date") or "undated"
    return f"{GUID_PREFIX}:file:{_urn_part(name)}:{_urn_part(date)}"


def _urn_part(value: str) -> str:
    # A file name that is not UTF-8 comes with its bytes as lone surrogates: percent-encode those bytes.
    return quote(value.strip(), safe="-._~", errors="surrogateescape")


def _warning(code: str, message: str, options: ReadOptions, line: int | None) -> Diagnostic:
    return Diagnostic("warning", message, Location(file=options.source, line=line), code)


# --- writing ----------------------------------------------------------------------------------


def text_layout_of(item: NewsItem) -> TextLayout:
    """The layout ``write_text`` uses: the item's own, else comment header when it has a header
    field, else bare."""
    if item.text_layout is not None:
        return item.text_layout
    has_header = bool(item.source_ids) or item.content_created is not None or item.headline is not None
    return TextLayout.COMMENT_HEADER if has_header else TextLayout.BARE


def write_text(value: NewsItem | Message, options: WriteOptions = DEFAULT_WRITE_OPTIONS) -> bytes:
    """UTF-8 plain text in the item's layout; WriteError naming the field when text cannot carry it."""
    item, prefix = _single_item(value)
    try:
        text = _LAYOUT_WRITERS[text_layout_of(item)](item)
    except WriteError as exc:
        if prefix:
            exc.location = exc.location._replace(field=prefix + (exc.location.field or ""))
        raise
    return text.encode("utf-8")


def _single_item(value: NewsItem | Message) -> tuple[NewsItem, str]:
    if isinstance(value, NewsItem):
        return value, ""
    if len(value.items) != 1:
        raise _refuse("items", f"plain text holds exactly one item, this message has {len(value.items)}")
    return value.items[0], "items.0."


def _refuse(field: str, message: str) -> WriteError:
    return WriteError(message, Location(field=field))


def _write_corpus(item: NewsItem) -> str:
    _require_absent(item, "corpus", headline=True, source_ids=True)
    date = item.content_created
    if not isinstance(date, PartialDate):
        raise _refuse("content_created", "the corpus layout needs a date YYYY, YYYY-MM or YYYY-MM-DD")
    return f" date {date.isoformat()} " + "\n\n".join(_paragraphs(item.body, one_per_line=False))


def _write_comment_header(item: NewsItem) -> str:
    lines = [_source_id_line(index, source_id) for index, source_id in enumerate(item.source_ids)]
    if item.content_created is not None:
        lines.append(f"# date = {_format_header_date(item.content_created)}")
    if item.headline is not None:
        _check_headline(item.headline)
        lines.append(f"# headline = {item.headline}")
    if not lines:
        raise _refuse("text_layout", "the comment-header layout needs a header field to be read back as one")
    paragraphs = _paragraphs(item.body, one_per_line=True)
    if paragraphs and _COMMENT_RE.fullmatch(paragraphs[0]):
        raise _refuse("body.0.text", "the first paragraph would be read as a '# key = value' header line")
    return "\n".join(lines + paragraphs)


def _write_headline(item: NewsItem) -> str:
    _require_absent(item, "headline", headline=False, source_ids=True)
    if item.headline is None:
        raise _refuse("headline", "the headline layout needs a headline")
    _check_headline(item.headline)
    _check_file_start(item.headline, "headline")
    if not looks_like_headline(item.headline):
        raise _refuse(
            "headline",
            f"in the headline layout a headline must be at most {HEADLINE_MAX} characters and not end "
            f"in sentence punctuation ({_FINAL_PUNCTUATION}), or it reads back as a paragraph",
        )
    if not item.body:
        raise _refuse("body", "the headline layout needs at least one paragraph after the headline")
    paragraphs = _paragraphs(item.body, one_per_line=False)
    return item.headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _write_bare(item: NewsItem) -> str:
    _require_absent(item, "bare", headline=True, source_ids=True)
    paragraphs = _paragraphs(item.body, one_per_line=False)
    if not paragraphs:
        # An empty file would read back as an error (empty input), not as this item.
        raise _refuse("body", "an item with neither a header nor a paragraph has no plain-text form")
    _check_file_start(paragraphs[0], "body.0.text")
    if len(paragraphs) >= 2 and looks_like_headline(paragraphs[0]):
        raise _refuse(
            "body.0.text",
            "in the bare layout a short first line without final punctuation reads back as a headline; "
            "use text_layout 'headline'",
        )
    return "\n\n".join(paragraphs) + "\n"


_LAYOUT_WRITERS: dict[TextLayout, Callable[[NewsItem], str]] = {
    TextLayout.CORPUS: _write_corpus,
    TextLayout.COMMENT_HEADER: _write_comment_header,
    TextLayout.HEADLINE: _write_headline,
    TextLayout.BARE: _write_bare,
}


def _require_absent(item: NewsItem, layout: str, *, headline: bool, source_ids: bool) -> None:
    """Refuse header fields the layout has no place for (the corpus header holds only a date)."""
    if headline and item.headline is not None:
        raise _refuse("headline", f"the {layout} layout has no headline")
    if source_ids and item.source_ids:
        raise _refuse("source_ids", f"the {layout} layout has no place for source ids")
    if layout != "corpus" and item.content_created is not None:
        raise _refuse("content_created", f"the {layout} layout has no date")


def _paragraphs(body: list[Block], *, one_per_line: bool) -> list[str]:
    """The body's texts, after checking that each reads back as exactly one paragraph."""
    for index, block in enumerate(body):
        problem = _paragraph_problem(block.text, one_per_line)
        if problem is not None:
            raise _refuse(f"body.{index}.text", problem)
    return [block.text for block in body]


def _paragraph_problem(text: str, one_per_line: bool) -> str | None:
    if not text:
        return "a paragraph cannot be empty"
    if "\r" in text:
        return "a paragraph cannot contain a carriage return (CR)"
    if text != text.strip():
        return "a paragraph cannot start or end with whitespace"
    if one_per_line and "\n" in text:
        return "a paragraph cannot contain a line break in the one-paragraph-per-line layout"
    if any(not line.strip() for line in text.split("\n")):
        return "a paragraph cannot contain a blank line"
    return None


def _check_headline(headline: str) -> None:
    if not headline:
        raise _refuse("headline", "an empty headline cannot be written")
    if "\n" in headline or "\r" in headline:
        raise _refuse("headline", "a headline must be one line")
    if headline != headline.strip():
        raise _refuse("headline", "a headline cannot start or end with whitespace")


def _check_file_start(text: str, field: str) -> None:
    """What opens a headline or bare file must not read back as a BOM or a comment header."""
    if text.startswith("\ufeff"):
        raise _refuse(field, "text at the start of the file cannot begin with U+FEFF (read as a BOM)")
    if _COMMENT_RE.fullmatch(text.split("\n")[0]):
        raise _refuse(field, "the first line would be read as a '# key = value' header line")


def _source_id_line(index: int, source_id: SourceId) -> str:
    key = source_id.type
    if not _KEY_RE.fullmatch(key):
        # Any other key (an agency's ``idType:USN``) is quoted as a JSON string: read back as itself.
        key = json.dumps(key, ensure_ascii=False)
    if source_id.type in _OWN_FIELD_KEYS:
        raise _refuse(
            f"source_ids.{index}.type", f"{source_id.type!r} is a header field of its own, not a source id"
        )
    if "\n" in source_id.value or "\r" in source_id.value:
        raise _refuse(f"source_ids.{index}.value", "a header value cannot contain a line break")
    return f"# {key} = {source_id.value}"


def _format_header_date(value: DateOrDateTime) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    if value.day is not None and value.month is not None:
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    return value.isoformat()


def sniff_text(head: Head) -> bool:
    """Whatever is neither XML nor JSON nor binary is plain text."""
    return True


FORMAT = Format(
    name="text",
    title="plain text",
    reader=read_text,
    writer=write_text,
    extension=".txt",
    syntax="text",
    sniff=sniff_text,
)
