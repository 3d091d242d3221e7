"""One NewsML 1.x ``NewsItem`` as keyword arguments for the model's ``NewsItem`` (docs/newsml1.md).

Identification gives the guid (``PublicIdentifier``, else the URN its parts make) and the version
(``RevisionId``); NewsManagement the dates, status and urgency; the NewsLines of the item's main
NewsComponent the headline, subheadline (as the description), byline, dateline, creditline and
copyright; its metadata the provider, language, subjects and usage rights; its ContentItems, in
document order through nested NewsComponents, the body and the renditions.
"""

from __future__ import annotations

import re
from typing import Any, Final

from newsml_kit.formats.newsml1.content import Content, read_content_item
from newsml_kit.formats.newsml1.names import formal_name, kid, kids, name, text_of
from newsml_kit.formats.nitf.head import NitfDate, parse_nitf_date
from newsml_kit.formats.nitf.ledger import XML_LANG, Element, Ledger
from newsml_kit.model import LANGUAGE_TAG_RE, PubStatus, Rights, SourceId, Subject

_STATUS: Final = {
    "usable": PubStatus.USABLE,
    "withheld": PubStatus.WITHHELD,
    "canceled": PubStatus.CANCELED,
    "cancelled": PubStatus.CANCELED,
}
_IPTC_CODE_RE: Final = re.compile(r"\d{8}")
_SUBJECT_LEVELS: Final = ("Subject", "SubjectMatter", "SubjectDetail")


class ItemReader:
    """Reads one NewsItem; ``topics`` are the subject names the document's TopicSets give, by code."""

    def __init__(self, item: Element, ledger: Ledger, topics: dict[str, str], source: str | None) -> None:
        self.item = item
        self.ledger = ledger
        self.topics = topics
        self.source = source
        self.fields: dict[str, Any] = {}
        self.content = Content()

    def read(self) -> dict[str, Any]:
        self.ledger.take(self.item)
        self._identification()
        language = self.ledger.attribute(self.item, XML_LANG)
        if language is not None:
            self._set_language(language, self.item)
        self._management()
        component = kid(self.item, "NewsComponent")
        if component is None:
            self.ledger.warn(
                "NK-NEWSML1-106",
                "NewsML <NewsItem> without a <NewsComponent>: the item has no content",
                self.item,
            )
        else:
            self._component(component, top=True)
        if self.content.bodies == 0:
            self.ledger.warn(
                "NK-NEWSML1-107",
                "NewsML <NewsItem> has no text <DataContent>: the item has no body",
                self.item,
            )
        self.fields["body"] = self.content.blocks
        self.fields["renditions"] = self.content.renditions
        return self.fields

    # --- identification and management --------------------------------------------------------------

    def _identification(self) -> None:
        identification = kid(self.item, "Identification")
        identifier = kid(identification, "NewsIdentifier")
        for element in (identification, identifier):
            if element is not None:
                self.ledger.take(element)
        parts = {key: text_of(self.ledger, kid(identifier, key)) for key in _IDENTIFIER_PARTS}
        revision = kid(identifier, "RevisionId")
        public = parts.pop("PublicIdentifier")
        guid = public if public is not None and not any(c.isspace() for c in public) else None
        if guid is None:
            made = [parts.get(key) or "" for key in ("ProviderId", "DateId", "NewsItemId")]
            if not all(made):
                raise _error("NewsML <NewsItem> has no PublicIdentifier and no complete NewsIdentifier", self)
            guid = "urn:newsml:" + ":".join([*made, parts.get("RevisionId") or "1"])
            if any(c.isspace() for c in guid):
                raise _error(f"NewsML <NewsIdentifier> parts give no usable identifier ({guid!r})", self)
            self.ledger.warn(
                "NK-NEWSML1-108",
                f"NewsML <NewsIdentifier> has no usable PublicIdentifier: guid {guid} made of its parts",
                identifier if identifier is not None else self.item,
            )
        self.fields["guid"] = guid
        if public is not None and guid != public:
            self.fields["source_ids"] = [SourceId(type="newsml1:PublicIdentifier", value=public)]
        revision_text = parts.get("RevisionId")
        if revision_text is not None:
            if revision_text.isdigit() and int(revision_text) >= 1:
                self.fields["version"] = int(revision_text)
            elif revision_text != "0":
                self.ledger.warn(
                    "NK-NEWSML1-109",
                    f"NewsML <RevisionId> {revision_text!r} is not a whole number: read as version 1",
                    revision,
                )
            # RevisionId 0 is the first revision in some feeds: version 1 (the default) says the same.
        if revision is not None:
            self.ledger.take(revision, "PreviousRevision", "Update")  # revision bookkeeping, not content

    def _management(self) -> None:
        management = kid(self.item, "NewsManagement")
        if management is None:
            self.ledger.warn("NK-NEWSML1-110", "NewsML <NewsItem> has no <NewsManagement>", self.item)
            return
        self.ledger.take(management)
        kind = formal_name(self.ledger, kid(management, "NewsItemType"))
        if kind is not None and kind.lower() != "news":
            self.ledger.warn(
                "NK-NEWSML1-111", f"NewsML <NewsItemType> {kind!r}: read as a news item", management
            )
        first = self._date(kid(management, "FirstCreated"))
        this = self._date(kid(management, "ThisRevisionCreated"))
        if first is not None and first.moment is not None:
            self.fields["first_created"] = first.moment
        if this is not None:
            if this.moment is not None:
                self.fields["version_created"] = this.moment
            self.fields["content_created"] = this.moment or this.day
        status = formal_name(self.ledger, kid(management, "Status"))
        if status is not None:
            folded = status.lower()
            if folded in _STATUS:
                self.fields["pub_status"] = _STATUS[folded]
            elif folded == "embargoed":
                self.fields["pub_status"] = PubStatus.WITHHELD
                self.ledger.warn(
                    "NK-NEWSML1-112",
                    "NewsML <Status> 'Embargoed' without an embargo time the model can place: "
                    "the item is marked withheld rather than released early",
                    management,
                )
            else:
                self.ledger.warn(
                    "NK-NEWSML1-113",
                    f"NewsML <Status> {status!r} is none of Usable, Withheld, Canceled: not carried",
                    management,
                )
        urgency_element = kid(management, "Urgency")
        urgency = formal_name(self.ledger, urgency_element)
        if urgency is not None:
            if urgency.isdigit() and 1 <= int(urgency) <= 9:
                self.fields["urgency"] = int(urgency)
            else:
                self.ledger.warn(
                    "NK-NEWSML1-105",
                    f"NewsML <Urgency> {urgency!r} is not an urgency from 1 to 9: not carried",
                    urgency_element,
                )

    def _date(self, element: Element | None) -> NitfDate | None:
        text = text_of(self.ledger, element)
        if element is None or text is None:
            return None
        try:
            date = parse_nitf_date(text)
        except ValueError as exc:
            self.ledger.warn("NK-NEWSML1-103", f"NewsML <{name(element)}>: {exc}; not carried", element)
            return None
        if date.moment is None:
            self.ledger.warn(
                "NK-NEWSML1-104",
                f"NewsML <{name(element)}> {text!r} has no time zone: only its day is kept where the model "
                "takes a day, rather than guessing the zone",
                element,
            )
        return date

    # --- the news component ----------------------------------------------------------------------------

    def _component(self, component: Element, *, top: bool) -> None:
        self.ledger.take(component)
        if top:
            formal_name(self.ledger, kid(component, "Role"))  # the main component: the item itself
            self._news_lines(kid(component, "NewsLines"))
            self._administrative(kid(component, "AdministrativeMetadata"))
            self._rights(kid(component, "RightsMetadata"))
            self._descriptive(kid(component, "DescriptiveMetadata"))
        # A nested component's own metadata describes that part alone: the sweep names what it holds.
        equivalents = (component.get("EquivalentsList") or "").strip().lower() == "yes"
        text_items = 0
        for child in component:
            if not isinstance(child.tag, str):
                continue
            kind = name(child)
            if kind == "NewsComponent":
                self._component(child, top=False)
            elif kind == "ContentItem":
                has_text = kid(child, "DataContent") is not None
                if equivalents and has_text and text_items:
                    self.ledger.warn(
                        "NK-NEWSML1-114",
                        "NewsML <ContentItem>: an equivalent form of the body already read, not kept",
                        child,
                    )
                    self.ledger.delegate(child)  # this warning names all of it
                    continue
                read_content_item(child, self.ledger, self.content, self.source)
                text_items += has_text
        for attribute in ("Essential", "EquivalentsList"):
            self.ledger.take(component, attribute)  # how the parts relate: the model has one body

    def _news_lines(self, lines: Element | None) -> None:
        if lines is None:
            return
        self.ledger.take(lines)
        for element_name, field in _NEWS_LINES:
            elements = kids(lines, element_name)
            value = text_of(self.ledger, elements[0]) if elements else None
            if value is not None:
                self._language_attribute(elements[0])
                self.fields[field] = value
            for extra in elements[1:]:
                self.ledger.warn("NK-NEWSML1-115", f"a second NewsML <{element_name}>: not kept", extra)
                self.ledger.take_text(extra)
        rights: dict[str, str] = {}
        for element_name, key in (("CopyrightLine", "copyright_notice"), ("RightsLine", "usage_terms")):
            value = text_of(self.ledger, kid(lines, element_name))
            if value is not None:
                rights[key] = value
        if rights:
            self.fields["rights"] = rights

    def _administrative(self, metadata: Element | None) -> None:
        """The provider: the Party of ``Provider``, else of ``Source``; the rest is left to the sweep."""
        if metadata is None:
            return
        self.ledger.take(metadata)
        for holder in ("Provider", "Source"):
            element = kid(metadata, holder)
            party = formal_name(self.ledger, kid(element, "Party"))
            if party is not None and element is not None:
                self.ledger.take(element)
                self.fields["provider"] = party
                return

    def _rights(self, metadata: Element | None) -> None:
        usage = kid(kid(metadata, "UsageRights"), "UsageType")
        value = text_of(self.ledger, usage)
        if value is None or metadata is None:
            return
        self.ledger.take(metadata)
        usage_rights = kid(metadata, "UsageRights")
        if usage_rights is not None:
            self.ledger.take(usage_rights)
        rights = dict(self.fields.get("rights", {}))
        if "usage_terms" in rights:
            self.ledger.warn(
                "NK-NEWSML1-116",
                "NewsML <UsageType> as well as a <RightsLine>: the RightsLine is kept",
                usage,
            )
        else:
            rights["usage_terms"] = value
        self.fields["rights"] = rights

    def _descriptive(self, metadata: Element | None) -> None:
        if metadata is None:
            return
        self.ledger.take(metadata)
        language = formal_name(self.ledger, kid(metadata, "Language"))
        if language is not None and "language" not in self.fields:
            self._set_language(language, metadata)
        elif language is not None and language.lower() != str(self.fields["language"]).lower():
            self.ledger.warn(
                "NK-NEWSML1-117",
                f"NewsML <Language> {language!r} differs from the item's xml:lang: not kept",
                metadata,
            )
        subjects: list[Subject] = []
        seen: set[str] = set()
        for code_set in kids(metadata, "SubjectCode"):
            self.ledger.take(code_set)
            for element in code_set:
                if not isinstance(element.tag, str) or name(element) not in _SUBJECT_LEVELS:
                    continue
                code = self.ledger.attribute(element, "FormalName")
                scheme = (element.get("Scheme") or "IptcSubjectCodes").strip()
                if code is None:
                    continue
                if not _IPTC_CODE_RE.fullmatch(code) or scheme.lower() != "iptcsubjectcodes":
                    self.ledger.warn(
                        "NK-NEWSML1-118",
                        f"NewsML <{name(element)}> {code!r} in scheme {scheme!r} is no IPTC subject code: "
                        "not carried",
                        element,
                    )
                    continue
                self.ledger.take(element, "FormalName", "Scheme")
                if code not in seen:
                    seen.add(code)
                    subjects.append(Subject(qcode=f"subj:{code}", name=self.topics.get(code)))
        if subjects:
            self.fields["subjects"] = subjects

    def _set_language(self, value: str, where: Element) -> None:
        tag = value.strip().replace("_", "-")
        if not LANGUAGE_TAG_RE.fullmatch(tag):
            self.ledger.warn(
                "NK-NEWSML1-119", f"NewsML <Language> {value!r} is not a BCP 47 tag: not carried", where
            )
            return
        self.fields["language"] = tag.lower() if "-" not in tag else tag

    def _language_attribute(self, element: Element) -> None:
        value = (element.get(XML_LANG) or "").strip()
        if value and value.lower() == str(self.fields.get("language", value)).lower():
            self.ledger.attribute(element, XML_LANG)


_IDENTIFIER_PARTS: Final = ("ProviderId", "DateId", "NewsItemId", "RevisionId", "PublicIdentifier")
_NEWS_LINES: Final = (
    ("HeadLine", "headline"),
    ("SubHeadLine", "description"),
    ("ByLine", "byline"),
    ("DateLine", "dateline"),
    ("CreditLine", "creditline"),
)


def _error(message: str, reader: ItemReader) -> Exception:
    from newsml_kit.errors import Location, ParseError

    return ParseError(message, Location(file=reader.source, line=reader.item.sourceline))


def rights_of(fields: dict[str, Any]) -> None:
    """``fields["rights"]`` as the model's Rights (it is gathered as a dict from several places)."""
    if "rights" in fields:
        fields["rights"] = Rights(**fields["rights"])
