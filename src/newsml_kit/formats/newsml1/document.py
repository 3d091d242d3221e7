"""A NewsML 1.x document: the ``NewsEnvelope`` as a message header, each ``NewsItem`` as an item, the
subject names its ``TopicSet``s give, and one sweep naming whatever was not carried."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from pydantic import ValidationError

from newsml_kit.errors import Diagnostic, Location, ParseError
from newsml_kit.formats.base import ReadOptions, ReadResult, model_error
from newsml_kit.formats.newsml1.item import ItemReader, rights_of
from newsml_kit.formats.newsml1.names import ID_ATTRIBUTES, formal_name, kid, kids, name, text_of
from newsml_kit.formats.nitf import repair_declared_encoding
from newsml_kit.formats.nitf.head import parse_nitf_date
from newsml_kit.formats.nitf.ledger import XML_LANG, Element, Ledger
from newsml_kit.model import Message, MessageHeader, NewsItem
from newsml_kit.xmlsafe import parse_xml

_SUBJECT_SCHEME: Final = "iptcsubjectcodes"


def read_newsml1(data: bytes, options: ReadOptions) -> ReadResult:
    """A NewsML 1.x document as a message of its news items, with a warning for every repair and for
    everything not carried."""
    data, repairs = repair_declared_encoding(data, options.source)
    document = parse_xml(data, source=options.source)
    root = document.root
    if name(root) != "NewsML":
        raise ParseError(
            f"not a NewsML 1.x document: the root element is <{root.tag!s}>, not <NewsML>",
            Location(file=options.source, line=root.sourceline),
        )
    ledger = Ledger(
        options.source,
        vocabulary="NewsML",
        ignored=ID_ATTRIBUTES,
        sweep_codes=("NK-NEWSML1-120", "NK-NEWSML1-121", "NK-NEWSML1-122"),
    )
    ledger.take(root, "Version")
    topics = _Topics(root, ledger)
    header = _header(kid(root, "NewsEnvelope"), ledger)
    items: list[NewsItem] = []
    body_warnings: list[Diagnostic] = []
    for element in _news_items(root, ledger):
        reader = ItemReader(element, ledger, topics.names, options.source)
        fields = reader.read()
        rights_of(fields)
        topics.used(subject.qcode.removeprefix("subj:") for subject in fields.get("subjects", ()))
        try:
            items.append(NewsItem(**fields))
        except ValidationError as exc:
            raise model_error(exc, options.source) from None
        body_warnings.extend(reader.content.warnings)
    if not items:
        raise ParseError("the NewsML document holds no <NewsItem>", Location(options.source, root.sourceline))
    swept = sorted([*ledger.diagnostics(root), *body_warnings], key=lambda d: d.location.line or 0)
    message = Message(header=header, items=items)
    return ReadResult(items=tuple(items), warnings=(*repairs, *document.warnings, *swept), message=message)


def _news_items(root: Element, ledger: Ledger) -> list[Element]:
    """The NewsItems of the document in document order: those of the root, and those a NewsComponent
    holds (a package), each an item of the message; that they were nested is named in a warning."""
    found: list[Element] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or name(element) != "NewsItem":
            continue
        parent = element.getparent()
        if parent is not None and parent is not root:
            ledger.warn(
                "NK-NEWSML1-102",
                f"NewsML <NewsItem> inside a <{name(parent)}> read as an item of the message; "
                "its place in the package is not carried",
                element,
            )
        found.append(element)
    return found


def _header(envelope: Element | None, ledger: Ledger) -> MessageHeader:
    """DateAndTime (when it has a zone), TransmissionId, the Party of SentFrom and Priority; NewsService,
    NewsProduct and SentTo are left to the sweep."""
    if envelope is None:
        return MessageHeader()
    ledger.take(envelope)
    fields: dict[str, object] = {}
    sent_element = kid(envelope, "DateAndTime")
    sent = text_of(ledger, sent_element)
    if sent is not None:
        try:
            date = parse_nitf_date(sent)
        except ValueError as exc:
            ledger.warn("NK-NEWSML1-103", f"NewsML <DateAndTime>: {exc}; not carried", sent_element)
        else:
            if date.moment is not None:
                fields["sent"] = date.moment
            else:
                ledger.warn(
                    "NK-NEWSML1-104",
                    f"NewsML <DateAndTime> {sent!r} has no time zone: not carried rather than guessing one",
                    sent_element,
                )
    fields["transmit_id"] = text_of(ledger, kid(envelope, "TransmissionId"))
    sent_from = kid(envelope, "SentFrom")
    sender = formal_name(ledger, kid(sent_from, "Party"))
    if sender is not None and sent_from is not None:
        ledger.take(sent_from)
        fields["sender"] = sender
    priority_element = kid(envelope, "Priority")
    priority = formal_name(ledger, priority_element)
    if priority is not None:
        if priority.isdigit() and 1 <= int(priority) <= 9:
            fields["priority"] = int(priority)
        else:
            ledger.warn(
                "NK-NEWSML1-105",
                f"NewsML <Priority> {priority!r} is not a priority from 1 to 9: not carried",
                priority_element,
            )
    return MessageHeader(**{key: value for key, value in fields.items() if value is not None})


class _Topics:
    """The names the document's TopicSets give IPTC subject codes (the English ``Name`` description,
    else the first ``Name``); a topic is carried once an item's subject uses its code."""

    def __init__(self, root: Element, ledger: Ledger) -> None:
        self.ledger = ledger
        self.names: dict[str, str] = {}
        self._elements: dict[str, list[tuple[Element, Element | None, Element | None]]] = {}
        for topic in root.iter():
            if not isinstance(topic.tag, str) or name(topic) != "Topic":
                continue
            formal = kid(topic, "FormalName")
            scheme = (formal.get("Scheme") or "") if formal is not None else ""
            code = "".join(formal.itertext()).strip() if formal is not None else ""
            if not code or scheme.strip().lower() != _SUBJECT_SCHEME:
                continue
            described = [d for d in kids(topic, "Description") if (d.get("Variant") or "").lower() == "name"]
            english = [d for d in described if (d.get(XML_LANG) or "").lower().startswith("en")]
            label = (english or described)[0] if described else None
            if label is not None and "".join(label.itertext()).strip():
                self.names.setdefault(code, "".join(label.itertext()).strip())
            self._elements.setdefault(code, []).append((topic, formal, label))

    def used(self, codes: Iterable[str]) -> None:
        for code in codes:
            for topic, formal, label in self._elements.get(str(code), ()):
                self.ledger.take(topic)
                parent = topic.getparent()
                if parent is not None:
                    self.ledger.take(parent, "FormalName")
                topic_type = kid(topic, "TopicType")
                if topic_type is not None:
                    self.ledger.take(topic_type, "FormalName", "Scheme")
                if formal is not None:
                    self.ledger.take(formal, "Scheme")
                    self.ledger.take_text(formal)
                if label is not None and self.names.get(str(code)) == "".join(label.itertext()).strip():
                    self.ledger.take(label, "Variant", XML_LANG)
                    self.ledger.take_text(label)
