"""The canonical model of a news item about an institutional event: the one source of truth.

Every reader produces these classes and every writer consumes them. Instances are frozen and
reject unknown fields; invariants that span fields (ids resolve, spans cover their mention) are
checked when a ``NewsItem`` is built, and every failure names the field path.

Text offsets (``Mention.start``/``end``, ``Block.credit``) count Unicode code points in the
block's verbatim text, as Python slices do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Annotated, Any, Final

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, SchemaValidator, core_schema

from newsml_kit.dates import FixedDateTime, PartialDate, check_fixed_offset

MODEL_VERSION = "1.0"

# Characters XML 1.0 forbids, plus the C1 controls and DEL that it merely discourages: a control
# character in a news record is always damage (a bad decode, a stray escape), never content.
ILLEGAL_TEXT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
ILLEGAL_TEXT_CHARS_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
LEGAL_TEXT_PATTERN = f"^[^{ILLEGAL_TEXT_CHARS_CLASS}]*$"
"""Legal XML 1.0 text as a JSON Schema (ECMA-262) pattern."""

XML_TEXT_ERROR = "xml_text"
"""The pydantic error type of a string holding an illegal character; ``illegal_text_problem`` says which."""


def illegal_text_problem(value: str) -> str | None:
    """Which character of ``value`` XML 1.0 text cannot carry, and where; None when there is none."""
    bad = ILLEGAL_TEXT_RE.search(value)
    if bad is None:
        return None
    return f"character U+{ord(bad.group()):04X} at offset {bad.start()} is not allowed in XML 1.0 text"


def check_xml_text(value: str) -> str:
    """Refuse a string with a character that XML 1.0 text cannot carry (or a control character)."""
    problem = illegal_text_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


# pydantic-core checks the pattern in Rust, with no Python call per string (a Python validator per
# string was more than half the time of validating an item read from NewsML-G2). Rust strings cannot
# hold a lone surrogate: pydantic-core refuses one before the pattern is tried, and the custom error
# reports that too.
_LEGAL_TEXT_SCHEMA = core_schema.custom_error_schema(
    core_schema.str_schema(pattern=LEGAL_TEXT_PATTERN.replace(r"\ud800-\udfff", "")),
    custom_error_type=XML_TEXT_ERROR,
    custom_error_message="a character is not allowed in XML 1.0 text (a control character, a lone "
    "surrogate, U+FFFE or U+FFFF)",
)


class _XmlText:
    """Annotation: a string of legal XML 1.0 text, then the constraints written before it.

    Checked in three native steps: a string at all (a type error stays a type error), legal
    characters (before any length, so that a lone surrogate is an XML text error, not pydantic-core's
    failure to count it), then the constraints (StringConstraints placed before this annotation).
    """

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.chain_schema([core_schema.str_schema(), _LEGAL_TEXT_SCHEMA, handler(source)])

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        while schema["type"] != "chain":  # inside a later annotation's schema (``_Deferrable``)
            schema = schema["schema"]
        json_schema = handler(schema["steps"][-1])  # the constraints; pydantic would describe step 0
        json_schema["pattern"] = LEGAL_TEXT_PATTERN
        return json_schema


XML_TEXT = _XmlText()

Text = Annotated[str, XML_TEXT]
"""Any string the model holds: legal XML 1.0 text, kept verbatim."""

NonEmptyText = Annotated[str, StringConstraints(min_length=1), XML_TEXT]


class DeferredText:
    """A text made the first time it is asked for: a reader's no-loss carriage (``raw_g2``), which
    costs a serialisation that most reads never need.

    It stands for its text everywhere the model shows a value: attribute access gives the text
    (``_TextOnAccess``), dumps and JSON give the text, and it compares, hashes, prints, copies and
    pickles as the text. ``make`` must always return the same text, legal XML 1.0 text: the model
    does not check it (the reader that defers it has made sure, see ``formats/g2/agency_read``)."""

    __slots__ = ("_make", "_text")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make: Callable[[], str] | None = make
        self._text = ""

    def text(self) -> str:
        make = self._make
        if make is not None:
            self._text = make()
            self._make = None  # frees what it was made from
        return self._text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredText):
            other = other.text()
        return self.text() == other if isinstance(other, str) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.text())

    def __repr__(self) -> str:
        return repr(self.text())

    def __str__(self) -> str:
        return self.text()

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        return str, (self.text(),)

    def __copy__(self) -> DeferredText:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> DeferredText:
        return self


def _keep_deferred(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
    return value if isinstance(value, DeferredText) else handler(value)


def _as_text(value: str | DeferredText) -> str:
    return value.text() if isinstance(value, DeferredText) else value


class _Deferrable:
    """Annotation: a text that a reader may hand over as a ``DeferredText``, kept as it is until
    asked for; anything else is validated as the annotations before this one say. The JSON Schema
    is theirs: a dump always holds the text."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_wrap_validator_function(
            _keep_deferred,
            handler(source),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _as_text, return_schema=core_schema.str_schema()
            ),
        )


class _TextOnAccess:
    """Attribute access to a field that may hold a ``DeferredText``: the text, which then takes
    its place in the instance (a data descriptor, so it comes before the instance's ``__dict__``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> str | None:
        if instance is None:
            raise AttributeError(self.name)  # as for any other field: no class attribute
        fields = instance.__dict__
        value = fields[self.name]
        if isinstance(value, DeferredText):
            value = fields[self.name] = value.text()
        return value  # type: ignore[no-any-return]

    def __set__(self, instance: object, value: object) -> None:
        # Reached only past pydantic's own check, which refuses assignment to a frozen model.
        raise AttributeError(f"{self.name} is read-only")


RawXml = Annotated[str, XML_TEXT, _Deferrable()]
"""XML that a reader carries for a writer (``raw_g2``): legal XML 1.0 text, possibly deferred."""

LocalId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_.-]{0,127}$")]
"""A local id for an entity in one item: an XML NCName subset, so it can become an XML id as is."""

Guid = Annotated[str, StringConstraints(min_length=1, max_length=2048, pattern=r"^\S+$"), XML_TEXT]
"""A globally unique item id: ``tag:`` URI, URN or an agency's bare id; never empty, never whitespace."""

QCODE_SCHEME: Final = r"[A-Za-z0-9_.-]+"
"""A QCode's scheme alias, as the model takes it (G2 allows any character but white space and ``:``;
aliases in use are these)."""
QCODE_RE: Final = re.compile(rf"({QCODE_SCHEME}):(\S+)")
r"""A whole QCode (``fullmatch``), as NewsML-G2 defines it (``QCodeType``: ``[^\s:]+:[^\s]+``): a scheme
alias, a colon and a code; no white space; the code is required and may hold colons."""

QCode = Annotated[str, StringConstraints(pattern=rf"^{QCODE_SCHEME}:\S*$", max_length=1024)]
"""An IPTC QCode ``scheme:code`` (``QCODE_RE``), or a scheme alone (``scheme:``, a code left empty),
which has no G2 QCode form: the G2 writer gives it as a ``uri`` (``formats/g2/names.EMPTY_CODE_URI``)."""

LANGUAGE_TAG: Final = r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"
"""The shape of a BCP 47 language tag (the XML Schema ``xs:language`` form)."""
LANGUAGE_TAG_RE: Final = re.compile(LANGUAGE_TAG)
"""``LANGUAGE_TAG`` compiled: readers check a tag with ``fullmatch`` before they carry it."""

LanguageTag = Annotated[str, StringConstraints(pattern=rf"^{LANGUAGE_TAG}$")]
"""A BCP 47 language tag (the XML Schema ``xs:language`` form)."""

DateOrDateTime = FixedDateTime | PartialDate


def empty_list() -> Any:
    """An empty list default made by a factory: pydantic-core deep-copies a literal ``[]`` default
    for every instance, which was a tenth of reading an item. The JSON Schema keeps ``default: []``."""
    return Field(default_factory=list, json_schema_extra={"default": []})


class Model(BaseModel):
    """Base of every model class: frozen and closed.

    Defaults are not validated: each is a valid value (None, an empty list, an enum member), and
    validating the thirty defaults of an item read with few fields was two fifths of building it."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=False, use_enum_values=False)


# --- body -------------------------------------------------------------------------------------


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    CAPTION = "caption"


class TextRange(Model):
    """A half-open range ``[start, end)`` of code points inside one block's text."""

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> TextRange:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} must be greater than start {self.start}")
        return self


class Block(Model):
    """One paragraph or photo caption of the body, its text verbatim.

    A caption's photo credit is a range into that same text, never a rewrite of it.
    """

    kind: BlockKind = BlockKind.PARAGRAPH
    text: Text
    # A field validator, not a model validator, so that the check runs for a block with a credit
    # only (a model validator would cost a Python call per block, and most blocks have no credit).
    credit: TextRange | None = None

    @field_validator("credit")
    @classmethod
    def _credit_inside(cls, credit: TextRange | None, info: ValidationInfo) -> TextRange | None:
        text = info.data.get("text")  # absent when the text itself was refused
        if credit is not None and text is not None and credit.end > len(text):
            raise ValueError(f"credit ends at {credit.end}, past the end of the text ({len(text)})")
        return credit


class Mention(Model):
    """Where an entity is named: ``body[block].text[start:end] == text``."""

    block: Annotated[int, Field(ge=0)]
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: NonEmptyText


# --- entities ---------------------------------------------------------------------------------


class PersonRole(StrEnum):
    AUTHOR = "author"
    PHOTOGRAPHER = "photographer"
    PARTICIPANT = "participant"
    RECIPIENT = "recipient"
    OTHER = "other"


class Entity(Model):
    id: LocalId
    mentions: list[Mention] = empty_list()


class Person(Entity):
    """A person as the text names them; rank and titles are kept as written."""

    name: NonEmptyText
    rank: Text | None = None
    titles: list[NonEmptyText] = empty_list()
    roles: list[PersonRole] = empty_list()
    organisation_ids: list[LocalId] = empty_list()


class Organisation(Entity):
    name: NonEmptyText
    abbreviation: Text | None = None
    aliases: list[NonEmptyText] = empty_list()
    parent_id: LocalId | None = None


class Place(Entity):
    name: NonEmptyText
    kind: Text | None = None
    parent_id: LocalId | None = None


class ParticipantRole(StrEnum):
    CHAIR = "chair"
    GUEST_OF_HONOUR = "guest_of_honour"
    SPEAKER = "speaker"
    ATTENDEE = "attendee"
    ORGANISER = "organiser"


FullQCode = Annotated[str, StringConstraints(pattern=rf"^{QCODE_SCHEME}:\S+$", max_length=1024)]
"""A QCode with its code (``QCODE_RE``), as a G2 ``qcode`` attribute holds it."""


class Participant(Model):
    """A person or organisation taking part in the event, with its role; ``role_qcodes`` are the
    source's own role codes beside it (an agency's EventsML-G2 ``participant/@role``)."""

    entity_id: LocalId
    role: ParticipantRole = ParticipantRole.ATTENDEE
    role_qcodes: list[FullQCode] = empty_list()


class ConceptCode(Model):
    """The source's own QCode for the event or for one of its places or parties (an agency's
    EventsML-G2 ``conceptId``, ``sameAs``, location, organiser or participant ``qcode``), by the
    model's id of what it names: the model's ids are local, the agency's codes are kept beside them."""

    id: LocalId
    qcode: FullQCode


class EventKind(StrEnum):
    CONFERENCE = "conference"
    MEETING = "meeting"
    CEREMONY = "ceremony"
    AWARD_CEREMONY = "award_ceremony"
    OFFICIAL_VISIT = "official_visit"
    OTHER = "other"


class Event(Entity):
    """The institutional event the item reports. Dates are absent when the text gives none."""

    name: NonEmptyText
    kind: EventKind = EventKind.OTHER
    start: DateOrDateTime | None = None
    end: DateOrDateTime | None = None
    # A place, or an organisation that is the venue: an institution holding the event on its own
    # premises (a statement to a parliament, a launch at a college).
    place_id: LocalId | None = None
    organiser_ids: list[LocalId] = empty_list()
    participants: list[Participant] = empty_list()
    codes: list[ConceptCode] = empty_list()


class Document(Entity):
    """A cited document, e.g. Nghị quyết 12-NQ/TW of 16/3/2022 issued by Bộ Chính trị."""

    kind: NonEmptyText
    number: Text | None = None
    date: PartialDate | None = None
    title: Text | None = None
    issuer_id: LocalId | None = None


class DateRole(StrEnum):
    EVENT = "event"
    DOCUMENT = "document"
    PERIOD = "period"
    OTHER = "other"


class DateMention(Entity):
    """A date the text gives: a day, a month or a year, or a range ``value``..``end``."""

    value: PartialDate
    end: PartialDate | None = None
    role: DateRole = DateRole.OTHER


class Recipient(Model):
    """An award recipient as written, optionally linked to a person or organisation."""

    text: NonEmptyText
    entity_id: LocalId | None = None


class Award(Entity):
    name: NonEmptyText
    giver_id: LocalId | None = None
    recipients: list[Recipient] = empty_list()
    reason: Text | None = None


# --- editorial --------------------------------------------------------------------------------


class PubStatus(StrEnum):
    USABLE = "usable"
    WITHHELD = "withheld"
    CANCELED = "canceled"


class ReviewStatus(StrEnum):
    """Where a person's review of what a conversion extracted stands (``newsml-kit review``).

    Canonical JSON carries it; NewsML-G2 and ninjs do not (it is the archive's workflow, not the
    news): an item with no status is as a conversion wrote it."""

    EXTRACTED = "extracted"
    CORRECTED = "corrected"
    APPROVED = "approved"


class Subject(Model):
    """A subject code (IPTC Media Topic or another scheme) with its label."""

    qcode: QCode
    name: Text | None = None


class Rights(Model):
    copyright_holder: Text | None = None
    copyright_notice: Text | None = None
    usage_terms: Text | None = None


class Rendition(Model):
    """A remote content reference (a photo, a video, another rendition of the item)."""

    href: NonEmptyText
    rendition: Text | None = None
    content_type: Text | None = None
    width: Annotated[int, Field(ge=0)] | None = None
    height: Annotated[int, Field(ge=0)] | None = None
    size: Annotated[int, Field(ge=0)] | None = None


class SourceId(Model):
    """An identifier the source gave the item (the legacy ``doc_id``, its ``url``, an agency id)."""

    type: NonEmptyText
    value: NonEmptyText


class TextLayout(StrEnum):
    """How a plain-text source laid out its header, so the text writer can lay it out the same way."""

    CORPUS = "corpus"
    COMMENT_HEADER = "comment_header"
    HEADLINE = "headline"
    BARE = "bare"


# --- the item ---------------------------------------------------------------------------------


class NewsItem(Model):
    """One news item: identity, text, the event and its entities, editorial status."""

    guid: Guid
    version: Annotated[int, Field(ge=1)] = 1
    language: LanguageTag | None = None
    version_created: FixedDateTime | None = None
    first_created: FixedDateTime | None = None
    content_created: DateOrDateTime | None = None
    provider: Text | None = None
    source_ids: list[SourceId] = empty_list()
    text_layout: TextLayout | None = None

    headline: Text | None = None
    dateline: Text | None = None
    byline: Text | None = None
    creditline: Text | None = None
    description: Text | None = None
    body: list[Block] = empty_list()

    event: Event | None = None
    people: list[Person] = empty_list()
    organisations: list[Organisation] = empty_list()
    places: list[Place] = empty_list()
    documents: list[Document] = empty_list()
    awards: list[Award] = empty_list()
    dates: list[DateMention] = empty_list()

    pub_status: PubStatus | None = None
    review_status: ReviewStatus | None = None
    embargo: FixedDateTime | None = None
    urgency: Annotated[int, Field(ge=1, le=9)] | None = None
    signals: list[QCode] = empty_list()
    rights: Rights | None = None
    subjects: list[Subject] = empty_list()
    renditions: list[Rendition] = empty_list()

    raw_g2: RawXml | None = None
    """What an imported NewsML-G2 item held beyond the fields above: the item's XML with every
    element the fields map replaced by an ``nk:slot`` that keeps the element's other attributes
    and children (docs/g2-import.md). The NewsML-G2 writer fills the slots from the fields, so an
    edit shows in the output and nothing else is lost. None for items of any other origin. The
    reader may defer it (``DeferredText``): it is then made when first asked for."""

    def entities(self) -> Iterator[tuple[str, Entity]]:
        """Every entity with the field path it sits at, the event first."""
        for name, group in self._entity_groups():
            for index, entity in enumerate(group):
                yield _entity_path(name, index), entity

    def _entity_groups(self) -> list[tuple[str, Sequence[Entity]]]:
        """The fields that hold entities, with their entities; the event is a group of at most one."""
        return [
            ("event", () if self.event is None else (self.event,)),
            ("people", self.people),
            ("organisations", self.organisations),
            ("places", self.places),
            ("documents", self.documents),
            ("awards", self.awards),
            ("dates", self.dates),
        ]

    @model_validator(mode="after")
    def _check_references(self, info: ValidationInfo) -> NewsItem:
        problems = _reference_problems(self, mentions=info.context is not MENTIONS_FROM_BODY)
        if problems:
            shown = "; ".join(problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise ValueError(shown + more)
        return self


class MessageHeader(Model):
    """The header of a NewsML-G2 ``newsMessage``."""

    sent: FixedDateTime | None = None
    sender: Text | None = None
    transmit_id: Text | None = None
    priority: Annotated[int, Field(ge=1, le=9)] | None = None
    origin: Text | None = None


class Message(Model):
    """Several items sent together (a NewsML-G2 ``newsMessage``)."""

    header: MessageHeader = MessageHeader()
    items: list[NewsItem] = empty_list()
    raw_g2: RawXml | None = None
    """What an imported ``newsMessage`` held beyond its header fields and news items (other
    header elements, package or concept items ...), as XML with ``nk:slot`` placeholders, like
    ``NewsItem.raw_g2``."""


# A reader may defer ``raw_g2`` (``DeferredText``): reading the attribute gives its text.
for _model in (NewsItem, Message):
    setattr(_model, "raw_g2", _TextOnAccess("raw_g2"))  # noqa: B010 - after pydantic built the class


# --- cross-field invariants ------------------------------------------------------------------


def _entity_path(group: str, index: int) -> str:
    return group if group == "event" else f"{group}.{index}"


MENTIONS_FROM_BODY: Final = object()
"""The validation context of a builder whose every mention is the body's own text at its offsets,
sliced from it (the G2 reader, ``formats/g2/read``, and the extractor, ``extract/core``): the
mentions need no check that they cover their text.

Nothing else is taken on trust: a mention's text must still be non-empty, and ids and references
are checked. Only code holding this object can pass it."""


def _reference_problems(item: NewsItem, mentions: bool = True) -> list[str]:
    """Every broken invariant of ``item`` as ``field.path: what is wrong``; without ``mentions``,
    all but whether each mention covers its text.

    Runs on every item built, so the common case is kept cheap: field paths and messages are
    only formatted for a problem."""
    if item.event is None and not (
        item.people or item.organisations or item.places or item.documents or item.awards or item.dates
    ):
        return []  # no entity, so no id or mention to check (an agency item, most often)
    problems: list[str] = []
    kinds: dict[str, str] = {}
    for name, group in item._entity_groups():
        for index, entity in enumerate(group):
            if entity.id in kinds:
                problems.append(
                    f"{_entity_path(name, index)}.id: id {entity.id!r} is already used by another entity"
                )
            else:
                kinds[entity.id] = name
            if mentions and entity.mentions:
                _mention_problems(item.body, name, index, entity.mentions, problems)

    def expect(ref: str | None, allowed: tuple[str, ...], *path: str | int) -> None:
        if ref is None:
            return
        kind = kinds.get(ref)
        if kind in allowed:
            return
        where = ".".join(map(str, path))
        if kind is None:
            problems.append(f"{where}: id {ref!r} does not exist")
        else:
            problems.append(f"{where}: id {ref!r} names an entity in {kind}, expected {' or '.join(allowed)}")

    agents = ("people", "organisations")
    organisations = ("organisations",)
    for i, person in enumerate(item.people):
        for j, ref in enumerate(person.organisation_ids):
            expect(ref, organisations, "people", i, "organisation_ids", j)
    for i, org in enumerate(item.organisations):
        expect(org.parent_id, organisations, "organisations", i, "parent_id")
    for i, place in enumerate(item.places):
        expect(place.parent_id, ("places",), "places", i, "parent_id")
    if item.event is not None:
        # The venue may be an institution whose own premises hold the event ("a statement to the
        # Scottish Parliament", "a launch at Waverley Sports College"): an organisation, not a place.
        expect(item.event.place_id, ("places", "organisations"), "event", "place_id")
        for j, ref in enumerate(item.event.organiser_ids):
            expect(ref, agents, "event", "organiser_ids", j)
        for j, participant in enumerate(item.event.participants):
            expect(participant.entity_id, agents, "event", "participants", j, "entity_id")
        for j, concept_code in enumerate(item.event.codes):
            expect(concept_code.id, ("event", "people", "organisations", "places"), "event", "codes", j, "id")
    for i, document in enumerate(item.documents):
        expect(document.issuer_id, agents, "documents", i, "issuer_id")
    for i, award in enumerate(item.awards):
        expect(award.giver_id, agents, "awards", i, "giver_id")
        for j, recipient in enumerate(award.recipients):
            expect(recipient.entity_id, agents, "awards", i, "recipients", j, "entity_id")
    return problems


def _mention_problems(
    body: list[Block], group: str, index: int, mentions: list[Mention], problems: list[str]
) -> None:
    """Add to ``problems`` each mention that does not cover exactly its text in the body."""
    for j, mention in enumerate(mentions):
        # The common case compares in place, without a slice.
        if mention.block < len(body):
            text = body[mention.block].text
            start, end, covered = mention.start, mention.end, mention.text
            if (
                0 <= start < end <= len(text)
                and end - start == len(covered)
                and text.startswith(covered, start)
            ):
                continue
        problems.append(_mention_problem(body, f"{_entity_path(group, index)}.mentions.{j}", mention))


def _mention_problem(body: list[Block], where: str, mention: Mention) -> str:
    """What is wrong with a mention that does not cover its text in the body."""
    if mention.block >= len(body):
        return f"{where}.block: block {mention.block} does not exist (the body has {len(body)})"
    text = body[mention.block].text
    if not mention.start < mention.end <= len(text):
        return (
            f"{where}: span [{mention.start}, {mention.end}) is not inside block {mention.block} "
            f"(length {len(text)})"
        )
    return (
        f"{where}: span [{mention.start}, {mention.end}) covers "
        f"{text[mention.start : mention.end]!r}, not {mention.text!r}"
    )


# --- a reader's own validation ----------------------------------------------------------------


def _without_reader_checks(schema: Any, built_items: bool = False, offsets: bool = True) -> Any:
    """``schema`` (a core schema, as dicts and lists) without the checks a reader's validator
    leaves out: the legal-XML-text step of every text, with ``offsets`` the fixed-offset check of
    every datetime, and with ``built_items`` the item-wide check of a ``NewsItem`` given as an
    instance (which pydantic runs again on an instance: its reader built it, so validated it, just
    before)."""
    if isinstance(schema, list):
        return [_without_reader_checks(each, built_items, offsets) for each in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "chain" and any(
        isinstance(step, dict) and step.get("custom_error_type") == XML_TEXT_ERROR for step in schema["steps"]
    ):
        return _without_reader_checks(schema["steps"][-1], built_items, offsets)  # the constraints after it
    check = schema["function"].get("function") if schema.get("type") == "function-after" else None
    if check is not None and (
        (offsets and check is check_fixed_offset)
        or (built_items and getattr(check, "__name__", "") == "_check_references")
    ):
        return _without_reader_checks(schema["schema"], built_items, offsets)
    return {key: _without_reader_checks(value, built_items, offsets) for key, value in schema.items()}


@functools.cache
def reader_validator() -> SchemaValidator:
    """A validator of ``NewsItem`` for a reader that has established two things itself: every text
    is legal XML 1.0 text, and every datetime is in its fixed zone (``dates.fixed_zone``) of whole
    minutes within +-14:00. Everything else is validated as ``NewsItem.model_validate`` does, into
    the same class (the lenient G2 reader, for bytes without control characters)."""
    return _own_validator(_without_reader_checks(NewsItem.__pydantic_core_schema__))


@functools.cache
def legal_text_reader_validator() -> SchemaValidator:
    """A validator of ``NewsItem`` for a reader that has established one thing itself: every text
    is legal XML 1.0 text (the strict G2 reader: its parser refuses what XML 1.0 forbids, and the
    bytes show no DEL or C1 control, which XML allows and the model does not). Everything else is
    validated as ``NewsItem.model_validate`` does, the fixed offsets and item-wide check included;
    without the legal-text step of every text, a strict read's model stage costs about a fifth less."""
    return _own_validator(_without_reader_checks(NewsItem.__pydantic_core_schema__, offsets=False))


@functools.cache
def resolved_reader_validator() -> SchemaValidator:
    """``legal_text_reader_validator`` without the item-wide check of ids and references, for a
    reader that has found every entity id unique and every reference resolved to an entity of a
    kind it may name (the strict G2 reader, ``formats/g2/read.references_resolve``), and slices
    every mention from the body: the check would find nothing."""
    return _own_validator(
        _without_reader_checks(NewsItem.__pydantic_core_schema__, built_items=True, offsets=False)
    )


@functools.cache
def entity_free_reader_validator() -> SchemaValidator:
    """``reader_validator`` for an item that holds no entity (the lenient G2 reader maps none): each
    entity field takes nothing but its empty default (None, an empty list), so the item-wide check
    of ids and references, which has nothing to look at in such an item, is left out (a Python call
    an item)."""
    schema = _without_reader_checks(NewsItem.__pydantic_core_schema__, built_items=True)
    assert schema["type"] == "model", "the item-wide check is the only step around the model"
    fields = schema["schema"]["fields"]
    for name, _ in NewsItem.model_construct(guid="urn:x:1")._entity_groups():
        empty = core_schema.none_schema() if name == "event" else core_schema.list_schema(max_length=0)
        fields[name]["schema"]["schema"] = empty  # inside the field's default
    return _own_validator(schema)


@functools.cache
def reader_message_validator() -> SchemaValidator:
    """The same for a ``Message`` whose items the reader has just built with ``reader_validator``
    (or ``NewsItem.model_validate``): its header as ``reader_validator`` would, its items taken as
    they are, their item-wide check not run again."""
    return _own_validator(_without_reader_checks(Message.__pydantic_core_schema__, built_items=True))


def _own_validator(schema: Any) -> SchemaValidator:
    """A validator built from all of ``schema``. By default pydantic-core validates a nested model
    (a block, a subject, the rights, a message's header and items) with that class's own validator,
    which still holds every check taken out of ``schema``: a block's text was checked for legal
    text all the same (some 0.45 us a block, most of a trusted read's model stage), and a message's
    items had their item-wide check run again. Without them agency reads cost some 4% less."""
    return SchemaValidator(schema, _use_prebuilt=False)
