"""Legacy plain-text articles: header and paragraphs, kept verbatim.

Layouts read here (DESIGN.md 4.1):

* corpus layout: `` date YYYY-MM `` then the first paragraph on the same line, paragraphs
  separated by one blank line, no trailing newline;
* comment-header layout: ``# key = value`` lines (``doc_id``, ``url``, ``date = YYYYMMDD``,
  ``headline``), then one paragraph per line;
* no header at all: paragraphs separated by blank lines.

A UTF-8 BOM and CRLF line endings are accepted. The text of every paragraph is kept exactly as
written; entity extraction is a separate step.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath
from urllib.parse import quote

from pydantic import ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.errors import Diagnostic, Location, ParseError
from newsml_kit.formats.base import DEFAULT_OPTIONS, Format, ReadOptions, ReadResult, model_error
from newsml_kit.model import ILLEGAL_TEXT_RE, Block, NewsItem, SourceId, TextLayout

GUID_PREFIX = "urn:newsml-kit"

_CORPUS_HEADER_RE = re.compile(r" date (\d{4}(?:-\d{2}){0,2}) ")
_COMMENT_RE = re.compile(r"# ?([A-Za-z_][\w.-]*) ?= ?(.*)")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SOURCE_ID_KEYS = ("doc_id", "url")


def decode_text(data: bytes, options: ReadOptions) -> str:
    """Bytes to text: the given codec or UTF-8, a BOM dropped, CRLF and CR turned into LF."""
    encoding = options.encoding or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ParseError(f"unknown encoding {encoding!r}", Location(file=options.source)) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"cannot decode byte 0x{data[exc.start]:02X} at offset {exc.start} as {encoding}; "
            "if the file uses another encoding, name it with --encoding (e.g. --encoding cp1258)",
            Location(file=options.source),
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    bad = ILLEGAL_TEXT_RE.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise ParseError(
            f"control character U+{ord(bad.group()):04X} cannot be carried in a news record",
            Location(options.source, line, column),
        )
    return text


def read_text(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Read one plain-text article into a NewsItem holding its header fields and paragraphs."""
    text = decode_text(data, options)
    warnings: list[Diagnostic] = []
    header: dict[str, str] = {}
    if _CORPUS_HEADER_RE.match(text):
        layout = TextLayout.CORPUS
        match = _CORPUS_HEADER_RE.match(text)
        assert match is not None
        header["date"] = match.group(1)
        paragraphs = _split_blank_lines(text[match.end() :])
    elif text.startswith("#"):
        layout = TextLayout.COMMENT_HEADER
        lines = text.split("\n")
        count = 0
        for number, line in enumerate(lines, start=1):
            comment = _COMMENT_RE.fullmatch(line)
            if comment is None:
                break
            count += 1
            key, value = comment.group(1), comment.group(2)
            if key in header:
                warnings.append(
                    _warning(f"header field {key!r} repeated; the last value wins", options, number)
                )
            header[key] = value
        paragraphs = [line for line in lines[count:] if line.strip()]
    else:
        layout = TextLayout.BARE
        paragraphs = _split_blank_lines(text)
    try:
        item = _build_item(header, paragraphs, layout, options.source)
    except ValidationError as exc:
        raise model_error(exc, options.source) from None
    known = {"date", "headline", *_SOURCE_ID_KEYS}
    for key in header.keys() - known:
        warnings.append(
            _warning(f"header field {key!r} has no place in the model yet; ignored", options, None)
        )
    return ReadResult(items=(item,), warnings=tuple(warnings))


def _build_item(
    header: dict[str, str], paragraphs: list[str], layout: TextLayout, source: str | None
) -> NewsItem:
    return NewsItem(
        guid=_mint_guid(header, source),
        content_created=_header_date(header.get("date"), source),
        source_ids=[SourceId(type=key, value=header[key]) for key in _SOURCE_ID_KEYS if header.get(key)],
        text_layout=layout,
        headline=header.get("headline") or None,
        body=[Block(text=paragraph) for paragraph in paragraphs],
    )


def _split_blank_lines(text: str) -> list[str]:
    return [part for part in re.split(r"\n[ \t]*\n", text.strip("\n")) if part.strip()]


def _header_date(value: str | None, source: str | None) -> PartialDate | None:
    if not value:
        return None
    compact = _COMPACT_DATE_RE.fullmatch(value)
    try:
        if compact:
            return PartialDate(*(int(part) for part in compact.groups()))
        return PartialDate.parse(value)
    except ValueError as exc:
        raise ParseError(f"header date {value!r}: {exc}", Location(file=source)) from None


def _mint_guid(header: dict[str, str], source: str | None) -> str:
    """A URN from the source's identity (doc_id, url, or file name plus date), never from the body,
    so a corrected article keeps its guid."""
    if header.get("doc_id"):
        return f"{GUID_PREFIX}:doc:{_urn_part(header['doc_id'])}"
    if header.get("url"):
        return f"{GUID_PREFIX}:url:{_urn_part(header['url'])}"
    name = PurePath(source).stem if source and source != "-" else "stdin"
    date = header.get("date") or "undated"
    return f"{GUID_PREFIX}:file:{_urn_part(name)}:{_urn_part(date)}"


def _urn_part(value: str) -> str:
    return quote(value.strip(), safe="-._~")


def _warning(message: str, options: ReadOptions, line: int | None) -> Diagnostic:
    return Diagnostic("warning", message, Location(file=options.source, line=line))


FORMAT = Format(name="text", title="plain text", reader=read_text, extension=".txt")
