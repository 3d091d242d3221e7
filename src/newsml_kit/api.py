"""The public functions: read anything into the model, write the model into any format."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from newsml_kit.codes import Selection
from newsml_kit.errors import Location, NewsmlKitError, ParseError, UnsupportedFormatError
from newsml_kit.fileio import read_input
from newsml_kit.formats import ReadOptions, ReadResult, WriteOptions, detect_format, get_format
from newsml_kit.model import Message, NewsItem


def read(
    data_or_path: bytes | str | os.PathLike[str],
    *,
    format: str | None = None,
    source: str | None = None,
    strict: bool = False,
    encoding: str | None = None,
    extract: bool = True,
    nfc: bool = False,
    language: str | None = None,
    enrich: bool = False,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> ReadResult:
    """Read one input into the canonical model.

    ``data_or_path`` is the content as ``bytes``, or a path (``str`` or ``os.PathLike``). The
    format is detected from the content unless ``format`` names it. ``source`` names the input in
    warnings and errors (default: the path). With ``strict``, the first warning is raised as an
    error. ``extract=False`` keeps a plain-text article to its header and paragraphs, without
    finding the event and its entities; ``nfc=True`` composes its text to Unicode NFC.
    ``language`` picks the extraction pack instead of the detected language; ``enrich=True`` runs
    it on imported items too (NewsML-G2, NITF, ninjs), adding what it finds beside what the agency
    sent (``newsml_kit.extract.enrich``). ``select`` and ``ignore`` choose the warnings returned by
    code or prefix (``newsml_kit.codes``: ``ignore=["NK-NITF-121"]``, ``select=["NK-TXT"]``), before
    ``strict`` looks at them. Every failure is a ``NewsmlKitError`` with a location and a code.
    """
    selection = Selection.of(select, ignore)
    if isinstance(data_or_path, bytes):
        data = data_or_path
    else:
        source = source or os.fspath(data_or_path)
        data = read_input(data_or_path)
    try:
        name = format or detect_format(data, source)
        fmt = get_format(name, source=source)
        if fmt.reader is None:
            raise _cannot("read", name, source)
        options = ReadOptions(
            source=source, strict=strict, encoding=encoding, extract=extract, nfc=nfc, language=language
        )
        result = fmt.reader(data, options)
        if enrich:
            result = _enriched(result, language)
    except NewsmlKitError as exc:
        raise exc.with_file(source) from None
    warnings = tuple(warning.with_file(source) for warning in selection.filter(result.warnings))
    if strict and warnings:
        first = warnings[0]
        raise ParseError(f"strict mode: {first.message}", first.location, code=first.code)
    return ReadResult(
        items=result.items,
        warnings=warnings,
        message=result.message,
        encoding=result.encoding,
        repairs=result.repairs,
        events=result.events,
    )


def _enriched(result: ReadResult, language: str | None) -> ReadResult:
    """Imported items with what the extraction pack for their language finds added; plain-text
    items were extracted when read."""
    from newsml_kit.extract import enrich  # imported here: only enrichment needs the packs

    done: dict[int, NewsItem] = {}  # a message's items are the result's items: enrich each once

    def one(item: NewsItem) -> NewsItem:
        if item.text_layout is not None:
            return item
        if id(item) not in done:
            done[id(item)] = enrich(item, language)
        return done[id(item)]

    message = result.message
    if message is not None:
        message = message.model_copy(update={"items": [one(item) for item in message.items]})
    items = tuple(one(item) for item in result.items)
    return ReadResult(items=items, warnings=result.warnings, message=message, events=result.events)


def write(value: NewsItem | Message, format: str, *, ninjs_version: str | None = None) -> bytes:
    """The bytes of ``value`` (an item or a message) in the registered ``format``.

    ``ninjs_version`` picks the ninjs version written: ``"3.1"`` (the default) or ``"2.2"``; the
    other formats ignore it.
    """
    fmt = get_format(format)
    if fmt.writer is None:
        raise _cannot("write", format, None)
    options = WriteOptions() if ninjs_version is None else WriteOptions(ninjs_version=ninjs_version)
    return fmt.writer(value, options)


def events_to_convert(result: ReadResult, format: str) -> tuple[NewsItem, ...]:
    """The event items a conversion to ``format`` writes instead of the news items: those of an
    input whose news items have no body (a concept, knowledge or planning item; a news item whose
    inlineXML holds events, as IPTC's LISTING_16), so that its events are its content; else none.
    Plain text has no place for an event: ``text`` writes the news items. Nor has an EventsML-G2
    ``conceptItem`` for an event without its start date: ``newsml`` then writes the source item
    back as it came, so that nothing is lost."""
    if format == "text" or not result.events or any(item.body for item in result.items):
        return ()
    if format == "newsml" and any(e.event is None or e.event.start is None for e in result.events):
        return ()
    return result.events


def write_events(items: Sequence[NewsItem], format: str, *, ninjs_version: str | None = None) -> bytes:
    """Event items in one document of ``format``: for ``newsml`` an EventsML-G2 ``conceptItem``, or
    for several a ``newsMessage`` of them; otherwise the item, or a message of the items, as
    ``write`` gives it (for ninjs a collection array)."""
    if format == "newsml":
        from newsml_kit.formats.g2 import filled_version_created
        from newsml_kit.formats.g2.events import write_event_item, write_event_message

        if len(items) == 1:
            return write_event_item(items[0])
        return write_event_message(items, filled_version_created())
    value = items[0] if len(items) == 1 else Message(items=list(items))
    return write(value, format, ninjs_version=ninjs_version)


def _cannot(verb: str, name: str, source: str | None) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        f"unsupported format: newsml-kit cannot {verb} {name}", Location(file=source)
    )
