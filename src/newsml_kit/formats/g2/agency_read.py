"""Lenient NewsML-G2 reader for agency files: ``newsMessage`` and ``newsItem``, G2 2.x, any prefix.

What the model has a field for is mapped (identity, dates, editorial status, headline and the other
text fields, subjects, source ids, rights, the body, remote renditions); everything else stays in
``raw_g2`` where it came from (docs/g2-import.md). Repairs (whitespace in a date, a ``+hhmm``
offset, a missing time zone, an empty ``versionCreated``, C1 control characters) are warnings with
their line. Items other than news items (package, concept, knowledge, planning) are carried raw in
the message, each with a warning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from lxml import etree
from pydantic import ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.errors import Diagnostic, Location, ParseError
from newsml_kit.formats.base import C1_CONTROLS, ReadOptions, ReadResult, model_error, windows_1252_controls
from newsml_kit.formats.g2.events import read_events
from newsml_kit.formats.g2.foreign_body import paragraph_elements, taken_note
from newsml_kit.formats.g2.names import (
    EMPTY_CODE_URI,
    G2,
    G2_ALT_ID,
    G2_BY,
    G2_CONTENT_CREATED,
    G2_CONTENT_META,
    G2_CONTENT_SET,
    G2_COPYRIGHT_HOLDER,
    G2_COPYRIGHT_NOTICE,
    G2_CREDITLINE,
    G2_DATELINE,
    G2_DESCRIPTION,
    G2_EMBARGOED,
    G2_FIRST_CREATED,
    G2_HEADLINE,
    G2_INLINE_XML,
    G2_ITEM_META,
    G2_NAME,
    G2_PROVIDER,
    G2_PUB_STATUS,
    G2_RIGHTS_INFO,
    G2_SIGNAL,
    G2_SUBJECT,
    G2_URGENCY,
    G2_USAGE_TERMS,
    G2_VERSION_CREATED,
    NK,
    g2,
)
from newsml_kit.formats.g2.slots import (
    LEXICAL,
    PLAIN_TEXT_BODY,
    PUB_STATUS_SCHEME,
    XML_LANG,
    DateError,
    has_element_children,
    lexical_form,
    make_slot,
    placeholder,
    read_datetime,
    text_content,
)
from newsml_kit.formats.xmlnames import first_child as _child
from newsml_kit.formats.xmlnames import local_name as _local
from newsml_kit.model import (
    LANGUAGE_TAG_RE,
    QCODE_RE,
    DeferredText,
    Message,
    NewsItem,
    PubStatus,
    Subject,
    entity_free_reader_validator,
    reader_message_validator,
)
from newsml_kit.xmlsafe import XmlDocument, parse_xml

Element = etree._Element
Fields = dict[str, Any]
Names = Iterable[str]

# Clark names, built once.
_EVENT_DETAILS = g2("eventDetails")
_GROUP = g2("group")
_GROUP_REF = g2("groupRef")
_HEADER = g2("header")
_ITEM_REF = g2("itemRef")
_INLINE_DATA = g2("inlineData")
_ITEM_SET = g2("itemSet")
_LANGUAGE = g2("language")
_NEWS_ITEM = g2("newsItem")
_NEWS_MESSAGE = g2("newsMessage")
_ORIGIN = g2("origin")
_PRIORITY = g2("priority")
_REMOTE_CONTENT = g2("remoteContent")
_SENDER = g2("sender")
_SENT = g2("sent")
_TRANSMIT_ID = g2("transmitId")

OTHER_ITEMS = frozenset(
    g2(name) for name in ("packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem")
)
BLOCK_NAMES = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "pre",
        "td",
        "th",
        "caption",
        "figcaption",
        "hl1",
        "hl2",
        "media-caption",
        "tagline",
    ]
)
CAPTION_NAMES = frozenset({"figcaption", "media-caption"})
# By code: a dict look-up, where calling the enum (``PubStatus(code)``) costs a microsecond.
_PUB_STATUSES = {status.value: status for status in PubStatus}
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")
# Keyed by tag: looked up with any child's tag (a comment's is a function, found in none).
_TEXT_FIELDS: dict[object, str] = {
    G2_HEADLINE: "headline",
    G2_DATELINE: "dateline",
    G2_BY: "byline",
    G2_CREDITLINE: "creditline",
    G2_DESCRIPTION: "description",
}
_ITEM_DATES: dict[object, str] = {
    G2_VERSION_CREATED: "version_created",
    G2_FIRST_CREATED: "first_created",
    G2_EMBARGOED: "embargo",
}
_HEADER_TEXTS: dict[object, str] = {_SENDER: "sender", _TRANSMIT_ID: "transmit_id", _ORIGIN: "origin"}
_RENDITION_TEXTS = (("rendition", "rendition"), ("contenttype", "content_type"))
_RENDITION_NUMBERS = ("width", "height", "size")  # the model's names too


def is_own_document(root: Element) -> bool:
    """A document written by newsml-kit's native writer declares the project's namespace on its root."""
    return root.tag == _NEWS_ITEM and NK in root.nsmap.values()


def read_foreign(
    data: bytes, document: XmlDocument, options: ReadOptions, read_own: OwnReader, *, shortcuts: bool = True
) -> ReadResult:
    """Read an agency G2 document; ``read_own`` reads an item of the project's own (in a message).

    Two shortcuts, for a document without control characters (``may_hold_controls``): the no-loss
    carriage (``raw_g2``) is deferred, made from the same bytes by the same walk, marking this
    time, only when asked for (``_Carriage``); and the model leaves out the checks that such bytes
    and the reader establish (``model.entity_free_reader_validator``). A document that may hold
    control characters is repaired, carried at once and validated in full, and so is any document with
    ``shortcuts=False``, which gives what the shortcuts give (tests/formats/g2/test_g2_speed_paths.py)."""
    notes = _Notes(options.source, list(document.warnings))
    root = document.root
    clean = not may_hold_controls(data)
    if not clean:
        _repair_controls(root, notes)
    carriage = _Carriage(data) if clean and shortcuts else None
    # Before any marking of the tree; a byte search spares the tree walk to the many without events.
    # (rfind: a quarter cheaper than ``in`` over the corpus, and the same answer)
    maybe = data.rfind(b"eventDetails") >= 0 or b"\x00" in data[:4]  # or UTF-16, where the search cannot tell
    events = read_events(root, options.source, notes.warnings) if maybe else ()
    if root.tag == _NEWS_ITEM:
        fields = _ItemReader(root, notes, None, marks=carriage is None).read()
        if carriage is not None:
            fields["raw_g2"] = carriage.item(0)
        item = _build_item(fields, options.source, trusted=carriage is not None)
        return ReadResult(items=(item,), warnings=tuple(notes.warnings), events=events)
    if root.tag == _NEWS_MESSAGE:
        message = _MessageReader(root, notes, read_own, carriage).read()
        try:
            if carriage is None:
                built = Message.model_validate(message)
            else:  # as _build_item, and the items just built are not checked again
                built = reader_message_validator().validate_python(message)
                assert isinstance(built, Message)
        except ValidationError as exc:
            raise model_error(exc, options.source) from None
        return ReadResult(
            items=tuple(built.items), warnings=tuple(notes.warnings), message=built, events=events
        )
    tag = etree.QName(root)
    if tag.namespace != G2:
        raise ParseError(
            f"not NewsML-G2: the root element is {tag.localname!r} in namespace {tag.namespace!r}",
            Location(options.source, root.sourceline),
        )
    if root.tag in OTHER_ITEMS:
        notes.warn("NK-G2-101", _other_item_note(tag.localname, bool(events), root), root)
        return ReadResult(
            items=(), warnings=tuple(notes.warnings), message=Message(raw_g2=_serialise(root)), events=events
        )
    raise ParseError(
        f"not a NewsML-G2 item or message: the root element is {tag.localname!r} "
        "(a fragment such as a bare contentSet cannot be read on its own)",
        Location(options.source, root.sourceline),
    )


OwnReader = Callable[[bytes], NewsItem]


def _other_item_note(name: str, events: bool, element: Element | None = None) -> str:
    """The warning on a package, concept, knowledge, planning or catalog item; a package's lists
    the references of each of its groups (its structure, kept in the raw XML)."""
    if events:
        return f"a {name} is not a news item: carried as raw XML; its events are read as event items"
    groups = [] if element is None or name != "packageItem" else list(element.iter(_GROUP))
    if groups:
        return f"a packageItem is not a news item: carried as raw XML with its groups ({_groups(groups)})"
    return f"a {name} is not a news item: carried as raw XML, not mapped"


def _groups(groups: list[Element]) -> str:
    """Each group with what it refers to: other groups (groupRef idref) and items (itemRef residref)."""
    parts = []
    for group in groups:
        refs = [f"group {ref.get('idref')}" for ref in group.iter(_GROUP_REF)]
        refs += [ref.get("residref") or ref.get("href") or "?" for ref in group.iter(_ITEM_REF)]
        shown = ", ".join(refs[:5]) + (f" and {len(refs) - 5} more" if len(refs) > 5 else "")
        parts.append(f"{group.get('id') or group.get('role') or '?'}: {shown or 'empty'}")
    return "; ".join(parts)


class _Notes:
    """The warnings of one read, each with the line of the element it is about."""

    def __init__(self, source: str | None, warnings: list[Diagnostic]) -> None:
        self.source = source
        self.warnings = warnings

    def warn(self, code: str, message: str, element: Element) -> None:
        self.warnings.append(Diagnostic("warning", message, Location(self.source, element.sourceline), code))

    def error(self, message: str, element: Element) -> ParseError:
        return ParseError(message, Location(self.source, element.sourceline))


def _build_item(fields: Fields, source: str | None, trusted: bool) -> NewsItem:
    """The item of ``fields``; ``trusted``: read from bytes without control characters, so every
    text is legal XML text (lxml gives no other character XML forbids), and every datetime was read
    by ``read_datetime`` into its fixed zone: the model leaves those two checks out."""
    try:
        if trusted:
            item = entity_free_reader_validator().validate_python(fields)  # the walk maps no entity
            assert isinstance(item, NewsItem)
            _remember_subjects(fields, item)
            return item
        return NewsItem.model_validate(fields)
    except ValidationError as exc:
        raise model_error(exc, source) from None


# A feed's subjects repeat from item to item (its vocabularies are small). A trusted read
# (``_build_item``) gives the model a subject seen before as the instance built then, which
# pydantic-core takes as it is, where a dict costs a validation (some 1.6 us); instances are frozen,
# so sharing one is safe. A full validation is given dicts. Keyed by the walk's values and bounded,
# as they are the input's: some 800 bytes a subject, 1.6 MB or so in all.
_SUBJECTS: dict[tuple[str, str | None], Subject] = {}
_SUBJECTS_KEPT = 2048


def _remember_subjects(fields: Fields, item: NewsItem) -> None:
    """Keep the subjects of ``item`` that the walk gave as dicts, by the walk's values."""
    if "subjects" in fields and len(_SUBJECTS) < _SUBJECTS_KEPT:
        for given, subject in zip(fields["subjects"], item.subjects, strict=True):
            if type(given) is dict:
                _SUBJECTS[given["qcode"], given["name"]] = subject


def _serialise(element: Element) -> str:
    return etree.tostring(element, encoding="unicode")


class _Carriage:
    """The ``raw_g2`` of every item of one document and of its message, made together the first
    time one is asked for: the document parsed again and walked again, marking its slots this
    time. The same bytes and the same walk give what an eager read would have carried.

    Only for bytes without control characters (``may_hold_controls``): lxml gives no other
    character that XML 1.0 text forbids, so what is made is legal text, as the model requires."""

    def __init__(self, data: bytes) -> None:
        self._data: bytes | None = data
        self._items: list[str | None] = []
        self._message = ""

    def item(self, index: int) -> DeferredText:
        return DeferredText(functools.partial(self._item_text, index))

    def message(self) -> DeferredText:
        return DeferredText(self._message_text)

    def _item_text(self, index: int) -> str:
        self._make()
        text = self._items[index]
        assert text is not None, "an item read by the native reader has no carriage"
        return text

    def _message_text(self) -> str:
        self._make()
        return self._message

    def _make(self) -> None:
        data = self._data
        if data is None:
            return  # made already
        root = parse_xml(data).root
        notes = _Notes(None, [])
        if root.tag == _NEWS_ITEM:
            self._items = [_ItemReader(root, notes, None, marks=True).read()["raw_g2"]]
        else:
            reader = _MessageReader(root, notes, None, None)
            message = reader.read()
            self._items = reader.carried
            self._message = message["raw_g2"]
        self._data = None


_OTHER_ENCODING_RE = re.compile(
    rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=["'](?!utf-?8["'])""", re.IGNORECASE
)
# C1 controls and DEL as UTF-8 bytes or as character references.
# Each starts with a literal, which re scans for quickly; one alternation of the three did not.
_C1_UTF8_RE = re.compile(rb"\xc2[\x80-\x9f]")
# A reference may spell its number with leading zeros (``&#0150;`` is ``&#150;``), in decimal too.
_C1_REFERENCE_RE = re.compile(rb"&#(?:0*(?:12[7-9]|1[3-5]\d)|[xX]0*(?:[89][0-9a-fA-F]|7[fF]));")


def may_hold_controls(data: bytes) -> bool:
    """Whether the document may hold a C1 control character: a cheap look at the bytes of a UTF-8
    document spares the walk over every text and attribute of the tree; other encodings walk."""
    if _OTHER_ENCODING_RE.match(data) or data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        return True
    # A one-byte ``in`` is a memchr; the searches run only when their first byte is there at all
    # (a two-byte ``in`` is no memchr: ``b"&#" in data`` cost more than the search it spared).
    return (
        b"\x7f" in data
        or (b"\xc2" in data and _C1_UTF8_RE.search(data) is not None)
        or (b"&" in data and _C1_REFERENCE_RE.search(data) is not None)
    )


def _repair_controls(root: Element, notes: _Notes) -> None:
    """C1 controls in agency text are Windows-1252 punctuation read as Latin-1 (``\\x96`` for an
    en dash): the model refuses control characters, so they are decoded as cp1252, with a warning."""
    first: Element | None = None
    count = 0

    def fix(text: str | None, element: Element) -> str | None:
        nonlocal first, count
        if text is None or not C1_CONTROLS.search(text):
            return text
        first = first if first is not None else element
        count += len(C1_CONTROLS.findall(text))
        return windows_1252_controls(text)

    for element in root.iter():
        element.text = fix(element.text, element)
        element.tail = fix(element.tail, element)
        if isinstance(element.tag, str):
            for name, value in element.attrib.items():
                fixed = fix(value, element)
                if fixed != value:
                    element.set(name, fixed or "")
    if first is not None:
        notes.warn("NK-XML-006", f"{count} C1 control character(s) read as Windows-1252 punctuation", first)


class _Walk:
    """What the item and message readers share: the warnings, and whether the walk marks slots.

    A marking walk turns each element it maps into a slot (``slots``) and takes out what the
    model holds, for the carriage; the other reads the same values and leaves the tree alone."""

    def __init__(self, notes: _Notes, marks: bool) -> None:
        self.notes = notes
        self.marks = marks

    def _slot(self, element: Element, field: str, index: int | None = None, mapped: Names = ()) -> None:
        if self.marks:
            make_slot(element, field, index, mapped)

    def _holder(self, element: Element, field: str, index: int | None = None, mapped: Names = ()) -> str:
        """Map a text-holding element: its text (markup and edge whitespace left out) becomes the
        field."""
        if len(element):  # _plain_text, inline: the most frequent call of a walk
            value = text_content(element).strip()
        else:
            text = element.text
            value = "" if text is None else text.strip()
        if self.marks:
            _take(element, value, field, index, mapped)
        return value

    def _map_date(self, element: Element, field: str, fields: Fields, date_allowed: bool = False) -> None:
        """Map a date element (repairs are warnings); one that cannot be read stays as it was."""
        text = element.text or ""
        try:
            value, repairs = read_datetime(text, date_allowed=date_allowed)
        except DateError as exc:
            self.notes.warn("NK-G2-102", f"{_local(element)}: {exc}; kept as it was, not mapped", element)
            return
        for repair in repairs:
            self.notes.warn("NK-G2-103", f"{_local(element)}: {repair}", element)
        if self.marks:
            slot = make_slot(element, field)
            slot.text = None
            lexical = None if repairs else lexical_form(text, value)
            if lexical is not None:
                slot.set(LEXICAL, lexical)
        fields[field] = value

    def _number(self, element: Element, field: str, text: str) -> None:
        """A number's slot: the number is the model's, the spelling kept when it has more."""
        if self.marks:
            slot = make_slot(element, field)
            slot.text = None
            if text != text.strip():
                slot.set(LEXICAL, text)


class _ItemReader(_Walk):
    """Maps one ``newsItem`` element into model fields, turning what it maps into slots when it marks."""

    def __init__(self, root: Element, notes: _Notes, sent: datetime | None, marks: bool) -> None:
        super().__init__(notes, marks)
        self.root = root
        self.sent = sent
        self.fields: Fields = {}
        self.subjects: list[Fields | Subject] = []
        self.signals: list[str] = []
        self.source_ids: list[Fields] = []
        self.renditions: list[Fields] = []
        self.rights: Fields = {}
        self.empty_version_created: Element | None = None
        # Concepts the model takes the name of: their element is a slot, name or not.
        self.named_slots: set[str] = set()

    def read(self) -> Fields:
        self._identity()
        # The first of each container is mapped; mapping marks elements but never moves one, so
        # the children are iterated in place.
        todo = dict(_ITEM_PARTS)
        for child in self.root:
            part = todo.pop(child.tag, None)
            if part is not None:
                part(self, child)
        self._fill_version_created()
        for key, values in (
            ("subjects", self.subjects),
            ("signals", self.signals),
            ("source_ids", self.source_ids),
            ("renditions", self.renditions),
        ):
            if values:
                self.fields[key] = values
        if self.rights:
            self.fields["rights"] = self.rights
        if self.marks:
            self.fields["raw_g2"] = _serialise(self.root)
        return self.fields

    # --- identity ---------------------------------------------------------------------------

    def _identity(self) -> None:
        root = self.root
        guid = root.get("guid")
        if not guid or not guid.strip():
            raise self.notes.error("newsItem has no guid", root)
        if guid != guid.strip():
            self.notes.warn("NK-G2-104", "whitespace around the guid removed", root)
        self.fields["guid"] = guid.strip()
        mapped = ["guid"]
        version = root.get("version")
        if version is not None:
            if _is_number(version.strip()) and int(version) >= 1:
                self.fields["version"] = int(version)
                mapped.append("version")
            else:
                self.notes.warn(
                    "NK-G2-105", f"version {version!r} is not a positive integer: kept as it was", root
                )
        language = root.get(XML_LANG)
        if language is not None and (
            language in _LANGUAGE_TAGS or _new_match(LANGUAGE_TAG_RE, _LANGUAGE_TAGS, language)
        ):
            self.fields["language"] = language
            mapped.append(XML_LANG)
        if self.marks:
            for name in mapped:
                del root.attrib[name]

    # --- itemMeta ---------------------------------------------------------------------------

    def _item_meta(self, meta: Element) -> None:
        for child in meta:
            tag = child.tag  # a comment's or PI's is a function, which no name below equals
            field = _ITEM_DATES.get(tag)
            if field is not None and field not in self.fields:
                if field == "version_created" and not (child.text or "").strip():
                    self._slot(child, field)
                    self.empty_version_created = child
                    continue
                self._map_date(child, field, self.fields)
            elif tag == G2_PUB_STATUS and "pub_status" not in self.fields:
                self._pub_status(child)
            elif tag == G2_SIGNAL:
                qcode = child.get("qcode")
                mapped: tuple[str, ...] = _QCODE
                # As a subject's: a QCode seen before skips the pattern and _qcode_of's calls.
                if qcode is None or (qcode not in _QCODES and not _new_match(QCODE_RE, _QCODES, qcode)):
                    qcode, mapped = self._qcode_of(child)
                if qcode is not None:
                    if self.marks:
                        make_slot(child, "signals", len(self.signals), mapped)
                    self.signals.append(qcode)
            elif tag == G2_PROVIDER and "provider" not in self.named_slots:
                self.named_slots.add("provider")
                self._slot(child, "provider")
                name = _child(child, G2_NAME)
                if name is not None:
                    self.fields["provider"] = self._holder(name, "name")

    def _qcode_of(self, element: Element) -> tuple[str | None, tuple[str, ...]]:
        """As ``_qcode_of``, with a warning for a ``qcode`` G2 refuses (``scheme:`` without a
        code, whitespace in it): the element is kept as it was, not mapped."""
        qcode, mapped = _qcode_of(element)
        if qcode is not None:
            return qcode, mapped
        written = element.get("qcode")
        if written is not None:
            self.notes.warn(
                "NK-G2-102",
                f"{_local(element)} qcode {written!r} is not a QCode (a scheme alias, a colon and a "
                "code without whitespace): kept as it was, not mapped",
                element,
            )
        return qcode, mapped

    def _pub_status(self, element: Element) -> None:
        qcode = element.get("qcode") or ""
        status = (
            _PUB_STATUSES.get(qcode[len(PUB_STATUS_SCHEME) :])
            if qcode.startswith(PUB_STATUS_SCHEME)
            else None
        )
        if status is None:
            self.notes.warn(
                "NK-G2-106",
                f"pubStatus {qcode!r} is not one of stat:usable, withheld, canceled: kept",
                element,
            )
            return
        self._slot(element, "pub_status", mapped=_QCODE)
        self.fields["pub_status"] = status

    def _fill_version_created(self) -> None:
        empty = self.empty_version_created
        if empty is None:
            return
        content = self.fields.get("content_created")
        candidates: list[tuple[str, datetime | None]] = [
            ("firstCreated", self.fields.get("first_created")),
            ("contentCreated", content if isinstance(content, datetime) else _midnight(content)),
            ("the message's sent", self.sent),
        ]
        for source, value in candidates:
            if value is not None:
                self.fields["version_created"] = value
                self.notes.warn("NK-G2-107", f"versionCreated is empty: filled from {source}", empty)
                return
        raise self.notes.error(
            "versionCreated is empty and neither firstCreated, contentCreated nor the message's sent "
            "gives a date to fill it with",
            empty,
        )

    # --- contentMeta ------------------------------------------------------------------------

    def _content_meta(self, meta: Element) -> None:
        for child in meta:
            tag = child.tag  # a comment's or PI's is a function, which no name below equals
            field = _TEXT_FIELDS.get(tag)
            if field is not None:
                if field not in self.fields:
                    self.fields[field] = self._holder(child, field)
            elif tag == G2_SUBJECT:
                self._subject(child)
            elif tag == G2_URGENCY and "urgency" not in self.fields:
                self._urgency(child)
            elif tag == G2_CONTENT_CREATED and "content_created" not in self.fields:
                self._map_date(child, "content_created", self.fields, date_allowed=True)
            elif tag == G2_ALT_ID:
                self._alt_id(child)
            elif tag == _LANGUAGE and "language" not in self.fields:
                tag_value = child.get("tag") or ""
                if tag_value in _LANGUAGE_TAGS or _new_match(LANGUAGE_TAG_RE, _LANGUAGE_TAGS, tag_value):
                    self._slot(child, "language", mapped=_TAG)
                    self.fields["language"] = tag_value

    def _subject(self, element: Element) -> None:
        qcode = element.get("qcode")
        mapped: tuple[str, ...] = _QCODE
        # The usual case, a QCode seen before, skips the pattern and _qcode_of's calls.
        if qcode is None or (qcode not in _QCODES and not _new_match(QCODE_RE, _QCODES, qcode)):
            qcode, mapped = self._qcode_of(element)
            if qcode is None:
                return
        if self.marks:
            make_slot(element, "subjects", len(self.subjects), mapped)
        name = None
        if len(element):  # many subjects are a bare code; the others have their name first
            name = element[0]
            if name.tag != G2_NAME:
                name = _child(element, G2_NAME)
        text = None if name is None else self._holder(name, "name")
        # A walk that does not mark is a trusted read's (read_foreign): instances seen before serve.
        seen = None if self.marks else _SUBJECTS.get((qcode, text))
        self.subjects.append({"qcode": qcode, "name": text} if seen is None else seen)

    def _urgency(self, element: Element) -> None:
        text = element.text or ""
        if not _is_number(text.strip()) or not 1 <= int(text) <= 9:
            self.notes.warn(
                "NK-G2-108", f"urgency {text.strip()!r} is not 1 to 9: kept as it was, not mapped", element
            )
            return
        self._number(element, "urgency", text)
        self.fields["urgency"] = int(text)

    def _alt_id(self, element: Element) -> None:
        kind = element.get("type")
        if not kind or has_element_children(element) or not (element.text or "").strip():
            return
        value = self._holder(element, "source_ids", len(self.source_ids), mapped=("type",))
        self.source_ids.append({"type": kind, "value": value})

    # --- rightsInfo -------------------------------------------------------------------------

    def _rights(self, rights: Element) -> None:
        for child in rights:
            tag = child.tag
            if tag == G2_COPYRIGHT_HOLDER and "copyright_holder" not in self.named_slots:
                self.named_slots.add("copyright_holder")
                self._slot(child, "copyright_holder")
                name = _child(child, G2_NAME)
                if name is not None:
                    self.rights["copyright_holder"] = self._holder(name, "name")
            elif tag == G2_COPYRIGHT_NOTICE and "copyright_notice" not in self.rights:
                self.rights["copyright_notice"] = self._holder(child, "copyright_notice")
            elif tag == G2_USAGE_TERMS and "usage_terms" not in self.rights:
                self.rights["usage_terms"] = self._holder(child, "usage_terms")

    # --- contentSet -------------------------------------------------------------------------

    def _content_set(self, content_set: Element) -> None:
        body_read = False
        for child in content_set:
            tag = child.tag
            if tag == G2_INLINE_XML and not body_read:
                body_read = self._inline_xml(child)
            elif tag == _INLINE_DATA and not body_read:
                body_read = self._inline_data(child)
            elif tag == _REMOTE_CONTENT:
                self._remote_content(child)

    def _inline_xml(self, inline: Element) -> bool:
        content = [child for child in inline if isinstance(child.tag, str)]
        # Only an article is a body; other inline XML (event lists, data) stays as it is.
        if len(content) != 1 or _local(content[0]) not in ("html", "nitf"):
            if any(next(child.iter(_EVENT_DETAILS), None) is not None for child in content):
                self.notes.warn(
                    "NK-G2-111", "inlineXML holds events: read as event items, not as a body", inline
                )
            elif content:
                return self._foreign_body(inline, content)
            return False
        blocks: list[Fields] = []
        region = body_region(content[0])
        children = list(region)  # made once, for the look for direct text and for the blocks
        if _has_direct_text(region, children):
            self._block(region, _local(region), blocks)
        else:
            self._blocks(children, blocks)
        if blocks:
            self.fields["body"] = blocks
        return True

    def _foreign_body(self, inline: Element, content: list[Element]) -> bool:
        """An inline document in a vocabulary the reader does not know: its text taken into blocks by
        structure (``foreign_body``), with a warning naming the vocabulary (nothing silent: issue 15)."""
        blocks: list[Fields] = []
        for element in paragraph_elements(content):
            self._block(element, _local(element), blocks)
        if not blocks:
            return False
        self.fields["body"] = blocks
        self.notes.warn("NK-G2-112", taken_note(content, len(blocks)), inline)
        return True

    def _blocks(self, children: list[Element], blocks: list[Fields]) -> None:
        """The blocks among ``children`` and, in those that are no block, their children's."""
        for child in children:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag.rpartition("}")[2]
            if local in BLOCK_NAMES:
                self._block(child, local, blocks)
                continue
            inner = list(child)
            if _has_direct_text(child, inner):
                self._block(child, local, blocks)
            else:
                self._blocks(inner, blocks)

    def _block(self, element: Element, local: str, blocks: list[Fields]) -> None:
        value = _plain_text(element)
        if not value:
            return  # an empty element is no paragraph: it stays as it is
        if self.marks:
            _take(element, value, "body", len(blocks))
        # A paragraph is the model's default kind.
        blocks.append({"kind": "caption", "text": value} if local in CAPTION_NAMES else {"text": value})

    def _inline_data(self, inline: Element) -> bool:
        contenttype = inline.get("contenttype", "text/plain")
        if not contenttype.startswith("text/plain") or has_element_children(inline):
            return False
        text = inline.text or ""
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            return False
        if self.marks:
            slot = make_slot(inline, PLAIN_TEXT_BODY)
            if join_paragraphs(paragraphs) == text:
                slot.text = None
        self.fields["body"] = [{"text": paragraph} for paragraph in paragraphs]
        return True

    def _remote_content(self, element: Element) -> None:
        href = element.get("href")
        if not href:  # no rendition to point at; the element stays in the carried source
            return
        rendition: Fields = {"href": href}
        mapped = ["href"]
        for attribute, field in _RENDITION_TEXTS:
            value = element.get(attribute)
            if value is not None:
                rendition[field] = value
                mapped.append(attribute)
        for attribute in _RENDITION_NUMBERS:
            value = element.get(attribute)
            if value is not None and _is_number(value):
                rendition[attribute] = int(value)
                mapped.append(attribute)
        self._slot(element, "renditions", len(self.renditions), mapped=mapped)
        self.renditions.append(rendition)


# The containers of a news item that hold mapped fields: the first of each is read.
_ITEM_PARTS: dict[object, Callable[[_ItemReader, Element], None]] = {
    G2_ITEM_META: _ItemReader._item_meta,
    G2_CONTENT_META: _ItemReader._content_meta,
    G2_RIGHTS_INFO: _ItemReader._rights,
    G2_CONTENT_SET: _ItemReader._content_set,
}
_QCODE = ("qcode",)
_URI = ("uri",)


# The QCodes and language tags seen well formed, by spelling: a set look-up where the pattern
# costs some 0.6 us (a feed's vocabularies are small: subjects, signals, languages repeat from
# item to item). Bounded: the spellings are the input's.
_QCODES: set[str] = set()
_LANGUAGE_TAGS: set[str] = set()
_SEEN_KEPT = 8192


def _new_match(pattern: re.Pattern[str], seen: set[str], text: str) -> bool:
    """Whether ``pattern`` matches all of ``text`` (one not in ``seen``), which ``seen`` then
    remembers while it has room."""
    if pattern.fullmatch(text) is None:
        return False
    if len(seen) < _SEEN_KEPT:
        seen.add(text)
    return True


def _qcode_of(element: Element) -> tuple[str | None, tuple[str, ...]]:
    """The QCode an element stands for and the attribute that holds it: its ``qcode``, or the
    ``uri`` newsml-kit writes for a QCode with an empty code (``scheme:``), which G2's QCode type
    cannot hold; (None, ()) for neither."""
    qcode = element.get("qcode")
    if qcode is not None:
        return (qcode, _QCODE) if QCODE_RE.fullmatch(qcode) else (None, ())
    uri = element.get("uri") or ""
    scheme = uri.removeprefix(EMPTY_CODE_URI)
    if scheme != uri and QCODE_RE.fullmatch(scheme + ":x"):
        return scheme + ":", _URI
    return None, ()


_TAG = ("tag",)


class _MessageReader(_Walk):
    """Maps a ``newsMessage``: its header fields and news items; the rest stays in ``raw_g2``.

    With a ``carriage`` the items' and the message's ``raw_g2`` are deferred to it; without one the
    walk marks, and ``carried`` holds each item's ``raw_g2`` (None for an item of our own). Without
    ``read_own`` the items are only carried, not built (what ``_Carriage`` needs)."""

    def __init__(
        self, root: Element, notes: _Notes, read_own: OwnReader | None, carriage: _Carriage | None
    ) -> None:
        super().__init__(notes, marks=carriage is None)
        self.root = root
        self.read_own = read_own
        self.carriage = carriage
        self.carried: list[str | None] = []

    def read(self) -> Fields:
        header: Fields = {}
        items: list[NewsItem] = []
        for child in list(self.root):
            if child.tag == _HEADER:
                self._header(child, header)
            elif child.tag == _ITEM_SET:
                for item in list(child):
                    self._item(item, header.get("sent"), items)
        raw = _serialise(self.root) if self.carriage is None else self.carriage.message()
        return {"header": header, "items": items, "raw_g2": raw}

    def _header(self, element: Element, header: Fields) -> None:
        for child in element:
            tag = child.tag  # a comment's or PI's is a function, which no name below equals
            name = _HEADER_TEXTS.get(tag)
            if name is not None and name not in header:
                header[name] = self._holder(child, name)
            elif tag == _SENT and "sent" not in header:
                self._map_date(child, "sent", header)
            elif tag == _PRIORITY and "priority" not in header:
                text = (child.text or "").strip()
                if _is_number(text) and 1 <= int(text) <= 9:
                    header["priority"] = int(text)
                    self._number(child, "priority", text)

    def _item(self, element: Element, sent: datetime | None, items: list[NewsItem]) -> None:
        if not isinstance(element.tag, str):
            return
        if element.tag != _NEWS_ITEM:
            name = _local(element)
            self.notes.warn(
                "NK-G2-101",
                _other_item_note(name, next(element.iter(_EVENT_DETAILS), None) is not None, element),
                element,
            )
            return
        index = len(self.carried)
        item = None
        if NK in element.nsmap.values():  # the project's own item, or one inside its namespace
            if self.read_own is not None:
                item = self.read_own(etree.tostring(element))
            self.carried.append(None)
        else:
            fields = _ItemReader(element, self.notes, sent, self.marks).read()
            if self.carriage is not None:
                fields["raw_g2"] = self.carriage.item(index)
            self.carried.append(fields["raw_g2"] if self.marks else None)
            if self.read_own is not None:
                item = _build_item(fields, self.notes.source, trusted=self.carriage is not None)
        if self.marks:
            placeholder(element, "items", index)
        if item is not None:
            items.append(item)


# --- helpers ----------------------------------------------------------------------------------


def _take(element: Element, value: str, field: str, index: int | None = None, mapped: Names = ()) -> None:
    """Mark a text holder's slot; its text is taken out unless markup or edge whitespace make the
    content say more than the plain text ``value`` does."""
    if len(element) == 0 and element.text == value:
        element.text = None
    make_slot(element, field, index, mapped)


def _plain_text(element: Element) -> str:
    """The element's text without markup (comments and PIs left out) or edge whitespace."""
    if len(element) > 0:
        return text_content(element).strip()
    text = element.text
    return "" if text is None else text.strip()


def _is_number(text: str) -> bool:
    """Digits only, and ASCII ones: ``int`` refuses some that ``isdigit`` takes (a superscript two)."""
    return text.isascii() and text.isdigit()


def _has_direct_text(element: Element, children: list[Element]) -> bool:
    """Whether ``element`` (whose ``children`` are given) has text of its own besides whitespace."""
    text = element.text
    if text and text.strip():
        return True
    for child in children:  # a loop, not any() over a generator: a body has many children
        tail = child.tail
        if tail and tail.strip():
            return True
    return False


def body_region(content: Element) -> Element:
    """Where the blocks of an inline document are: XHTML ``body``, NITF ``body.content``."""
    namespace, brace, local = str(content.tag).rpartition("}")
    prefix = namespace + brace  # "{namespace}", or "" for none
    # Agencies put NITF and XHTML in their own namespaces, in none, or in G2's by default.
    if local == "html":
        body = _child(content, f"{prefix}body")
        return content if body is None else body
    if local == "nitf":
        body = _child(content, f"{prefix}body")
        inner = None if body is None else _child(body, f"{prefix}body.content")
        return inner if inner is not None else (body if body is not None else content)
    return content


def split_paragraphs(text: str) -> list[str]:
    """A plain-text body's paragraphs: separated by blank lines, edge whitespace left out."""
    return [part.strip() for part in _PARAGRAPH_BREAK_RE.split(text) if part.strip()]


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _midnight(value: object) -> datetime | None:
    if isinstance(value, PartialDate) and value.day is not None:
        day = value.to_date()
        return None if day is None else datetime(day.year, day.month, day.day, tzinfo=UTC)
    return None


__all__ = ["OwnReader", "is_own_document", "read_foreign", "split_paragraphs"]
