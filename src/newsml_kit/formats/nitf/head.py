"""NITF metadata (``head`` and ``body.head``) as model fields: identity, dates, editorial status,
rights, subjects, language, headline, byline, dateline, and the people, organisations and places
the metadata names. docs/nitf.md is the table of what goes where and what is not carried."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final

from lxml import etree

from newsml_kit.dates import PartialDate, check_fixed_offset
from newsml_kit.formats.base import windows_1252_controls
from newsml_kit.formats.nitf.body_text import BodyReader, Entities, Inline, TextBuilder
from newsml_kit.formats.nitf.ledger import (
    XML_LANG,
    Element,
    Ledger,
    child,
    children,
    display_name,
    elements,
    local,
)
from newsml_kit.formats.text import _mint_guid
from newsml_kit.model import (
    LANGUAGE_TAG_RE,
    DateOrDateTime,
    PersonRole,
    PubStatus,
    Rendition,
    Rights,
    SourceId,
    Subject,
)

# --- dates ------------------------------------------------------------------------------------

# ISO 8601 as NITF feeds write it: basic (20131020T192751+1100, the NITF 3.x "norm" form, also
# without the T: 20020226000000-0500) or extended (2016-05-12T00:05:13+02:00, 2016-04-13 04:52:21+00:00),
# seconds and zone optional.
_DATE: Final = re.compile(
    r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:[T ]?(?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?"
    r" ?(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?"
)


@dataclass(frozen=True)
class NitfDate:
    """A NITF date: its day, and its time when given, with a fixed offset (``moment``) or without one
    (``local``: a wall time nobody can place in time without guessing the zone)."""

    raw: str
    day: PartialDate
    moment: datetime | None = None
    local: datetime | None = None

    def at_or_before(self, other: NitfDate) -> bool | None:
        """Whether this is no later than ``other``; None when one has a zone and the other not."""
        if self.moment is not None and other.moment is not None:
            return self.moment <= other.moment
        if self.local is not None and other.local is not None:
            return self.local <= other.local
        if self.moment is None and self.local is None and other.moment is None and other.local is None:
            return self.day <= other.day
        return None


def parse_nitf_date(text: str) -> NitfDate:
    """Read a NITF date leniently; ValueError saying why when it is none."""
    raw = text.strip()
    match = _DATE.fullmatch(raw)
    if match is None:
        raise ValueError(f"{raw!r} is not an ISO 8601 date")
    try:
        return _date_of(raw, match.groupdict())
    except ValueError as exc:  # a month 13, an hour 25, an offset beyond +-14:00 ...
        raise ValueError(f"{raw!r} is not a valid date: {exc}") from None


def _date_of(raw: str, parts: dict[str, str | None]) -> NitfDate:
    def number(name: str) -> int:
        return int(parts[name] or 0)

    day = PartialDate(number("year"), number("month"), number("day"))
    if parts["hour"] is None:
        return NitfDate(raw, day)
    fraction = int((parts["fraction"] or "")[:6].ljust(6, "0"))
    wall = datetime(
        day.year, number("month"), number("day"), number("hour"), number("minute"), number("second"), fraction
    )
    zone = parts["zone"]
    if zone is None:
        return NitfDate(raw, day, local=wall)
    return NitfDate(raw, day, moment=check_fixed_offset(wall.replace(tzinfo=_offset(zone))))


def _offset(zone: str) -> timezone:
    if zone == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timezone(timedelta(minutes=-minutes if zone[0] == "-" else minutes))


# --- status -----------------------------------------------------------------------------------

_STATUS: Final = {
    "usable": PubStatus.USABLE,
    "embargoed": PubStatus.USABLE,  # usable once the embargo (date.release) is over
    "withheld": PubStatus.WITHHELD,
    "canceled": PubStatus.CANCELED,
    "cancelled": PubStatus.CANCELED,
}
SIGNAL_CORRECTION: Final = "sig:correction"
SIGNAL_UPDATE: Final = "sig:update"
_SCHEME_JUNK: Final = re.compile(r"[^A-Za-z0-9_.-]+")
_EVLOC_PARTS: Final = (  # broadest first: each names the parent of the next
    ("iso-cc", "country (ISO 3166 code)"),
    ("state-prov", "state or province"),
    ("county-dist", "county or district"),
    ("city", "city"),
)
_DATELINE_PARTS: Final = frozenset(
    {"location", "story.date", "city", "state", "region", "country", "sublocation", "alt-code"}
)


class HeadReader:
    """Reads the metadata of one NITF document into keyword arguments for ``NewsItem``."""

    def __init__(self, root: Element, ledger: Ledger, entities: Entities, source: str | None) -> None:
        self.root = root
        self.ledger = ledger
        self.entities = entities
        self.source = source
        self.fields: dict[str, Any] = {}
        self.inline = Inline(ledger, entities=False)
        self.renditions: list[Rendition] = []
        self.head = child(root, "head")
        body = child(root, "body")
        self.body_head = child(body, "body.head")
        self.docdata = child(self.head, "docdata")
        for element in (root, self.head, body, self.body_head, self.docdata):
            if element is not None:
                ledger.take(element)

    def read(self) -> dict[str, Any]:
        self._language()
        issue = self._dates_and_status()
        self._identity(issue)
        self._urgency()
        self._subjects()
        self._rights()
        self._named_in_metadata()
        self._body_head()
        return self.fields

    # --- language -----------------------------------------------------------------------------

    def _language(self) -> None:
        """The document's language: xml:lang or baselang of the root, else of head or body, else the
        one language the document's elements declare, if they declare only one."""
        value: str | None = None
        for element, name in (
            (self.root, XML_LANG),
            (self.root, "baselang"),
            (self.root, "lang"),
            (self.head, XML_LANG),
            (child(self.root, "body"), XML_LANG),
        ):
            value = self.ledger.attribute(element, name)
            if value is not None:
                break
        if value is None:
            declared = [e for e in self.root.iter(etree.Element) if (e.get(XML_LANG) or "").strip()]
            values = {e.get(XML_LANG, "").strip() for e in declared}
            if len(values) != 1:
                return
            value = values.pop()
            self.ledger.warn(
                "NK-NITF-102",
                f"the document declares no language of its own; {value!r}, the only language its elements "
                f"declare (first on {display_name(declared[0])}), is taken as the item's",
                declared[0],
            )
        tag = value.replace("_", "-")
        if not LANGUAGE_TAG_RE.fullmatch(tag):
            self.ledger.warn("NK-NITF-103", f"language {value!r} is not a BCP 47 tag; not carried", self.root)
            return
        if tag != value:
            self.ledger.warn("NK-NITF-104", f"language {value!r} read as {tag!r}", self.root)
        self.fields["language"] = tag
        for element in self.root.iter(etree.Element):
            if (element.get(XML_LANG) or "").strip() == value:
                self.ledger.attribute(element, XML_LANG)

    # --- dates and editorial status -----------------------------------------------------------

    def _date(self, element: Element | None) -> NitfDate | None:
        norm = None if element is None else element.get("norm")
        if element is None or norm is None or not norm.strip():
            return None
        self.ledger.take(element, "norm")
        try:
            return parse_nitf_date(norm)
        except ValueError as exc:
            self.ledger.warn("NK-NITF-105", f"NITF {display_name(element)} norm: {exc}; ignored", element)
            return None

    def _dates_and_status(self) -> NitfDate | None:
        issue_element = child(self.docdata, "date.issue")
        issue = self._date(issue_element)
        release_element = child(self.docdata, "date.release")
        release = self._date(release_element)
        story_element = child(child(self.body_head, "dateline"), "story.date")
        story = self._date(story_element)
        if issue is not None:
            assert issue_element is not None
            self.fields["version_created"] = issue.moment
            if issue.moment is None:
                missing = "time zone" if issue.local is not None else "time of day"
                kept = "its day is kept as contentCreated" if story is None else "its day is not carried"
                self.ledger.warn(
                    "NK-NITF-106",
                    f"NITF <date.issue> {issue.raw!r} has no {missing}: versionCreated is left empty rather "
                    f"than guessing one; {kept}",
                    issue_element,
                )
        if story is not None:
            if story.moment is None and story.local is not None:
                self.ledger.warn(
                    "NK-NITF-107",
                    f"NITF <story.date> {story.raw!r} has no time zone: only its day is kept",
                    story_element,
                )
            self.fields["content_created"] = _moment_or_day(story)
        elif issue is not None:
            self.fields["content_created"] = _moment_or_day(issue)
        self._status(issue, release, release_element)
        return issue

    def _status(
        self, issue: NitfDate | None, release: NitfDate | None, release_element: Element | None
    ) -> None:
        status_text = self.ledger.attribute(self.docdata, "management-status")
        status = status_text.lower() if status_text is not None else None
        if status is not None:
            if status in _STATUS:
                self.fields["pub_status"] = _STATUS[status]
            else:
                self.ledger.warn(
                    "NK-NITF-108",
                    f"NITF <docdata> management-status {status_text!r} is none of usable, embargoed, "
                    "withheld, canceled; not carried",
                    self.docdata,
                )
        held = None
        if release is not None:
            assert release_element is not None
            before_issue = None if issue is None else release.at_or_before(issue)
            if before_issue and status != "embargoed":
                pass  # released on issue: no embargo to carry
            elif release.moment is not None:
                self.fields["embargo"] = release.moment
            else:
                held = (
                    f"NITF <date.release> {release.raw!r} has no time zone, "
                    "so the embargo cannot be placed in time"
                )
        elif status == "embargoed":
            held = "NITF <docdata> management-status is 'embargoed' without a <date.release>"
        if held is not None and self.fields.get("pub_status") is not PubStatus.CANCELED:
            self.fields["pub_status"] = PubStatus.WITHHELD
            self.ledger.warn(
                "NK-NITF-109",
                f"{held}: the item is marked withheld rather than released early",
                release_element,
            )
        signals: list[str] = []
        correction = child(self.docdata, "correction")
        if correction is not None:
            self.ledger.take(correction)  # its info and id-string are left to the sweep
            signals.append(SIGNAL_CORRECTION)
        if self.docdata is not None and (self.docdata.get("management-doc-idref") or "").strip():
            signals.append(SIGNAL_UPDATE)  # the document it updates is reported by the sweep
        if signals:
            self.fields["signals"] = signals

    def _urgency(self) -> None:
        element = child(self.docdata, "urgency")
        if element is None and child(self.head, "urgency") is not None:
            element = child(self.head, "urgency")
            assert element is not None
            self.ledger.warn(
                "NK-NITF-110", "NITF <urgency> outside <docdata> read as the item's urgency", element
            )
        value = self.ledger.attribute(element, "ed-urg")
        if element is None or value is None:
            return
        self.ledger.take(element)
        if value.isdigit() and 1 <= int(value) <= 9:
            self.fields["urgency"] = int(value)
        else:
            self.ledger.warn(
                "NK-NITF-111",
                f"NITF <urgency> ed-urg {value!r} is not an urgency from 1 to 9; not carried",
                element,
            )

    # --- identity -----------------------------------------------------------------------------

    def _identity(self, issue: NitfDate | None) -> None:
        """The guid is the doc-id as the agency gave it (else the root's uno); without either, a URN
        from the file name and the issue day, never from the text."""
        doc_id = child(self.docdata, "doc-id")
        id_string = self.ledger.attribute(doc_id, "id-string")
        uno = self.ledger.attribute(self.root, "uno")
        source_ids: list[SourceId] = []
        guid: str | None = None
        for value, kind in ((id_string, "nitf:doc-id"), (uno, "nitf:uno")):
            if value is None:
                continue
            if guid is None and not any(c.isspace() for c in value):
                guid = value
            else:
                source_ids.append(SourceId(type=kind, value=value))
        if doc_id is not None and id_string is not None:
            self.ledger.take(doc_id)
        if guid is None:
            guid = _mint_guid({"date": issue.day.isoformat() if issue else ""}, self.source)
            self.ledger.warn(
                "NK-NITF-112",
                f"no usable NITF <doc-id> id-string or uno: guid {guid} minted "
                "from the file name and issue date",
                doc_id if doc_id is not None else self.root,
            )
        for name, attribute in (("du-key", "key"), ("fixture", "fix-id")):
            for element in children(self.docdata, name):
                value = self.ledger.attribute(element, attribute)
                if value is not None:
                    self.ledger.take(element)
                    source_ids.append(SourceId(type=f"nitf:{name}", value=value))
        self.fields["guid"] = guid
        if source_ids:
            self.fields["source_ids"] = source_ids

    # --- subjects, rights, entities -----------------------------------------------------------

    def _subjects(self) -> None:
        """IPTC subject codes (tobject.subject.ipr IPTC, the default) as ``subj:`` QCodes; another
        provider's codes in a scheme named after it. The name is the most specific label given (type
        and matter name the broader codes)."""
        tobject = child(self.head, "tobject")
        subjects: dict[str, Subject] = {}
        for element in children(tobject, "tobject.subject"):
            refnum = self.ledger.attribute(element, "tobject.subject.refnum")
            if refnum is None:
                continue
            self.ledger.take(element)
            ipr = self.ledger.attribute(element, "tobject.subject.ipr") or "IPTC"
            scheme = "subj" if ipr.upper() == "IPTC" else _scheme(ipr)
            labels = [
                self.ledger.attribute(element, f"tobject.subject.{level}")
                for level in ("detail", "matter", "type")
            ]
            if any(c.isspace() for c in refnum):
                self.ledger.warn(
                    "NK-NITF-113",
                    f"NITF <tobject.subject> refnum {refnum!r} holds whitespace; not carried",
                    element,
                )
                continue
            qcode = f"{scheme}:{refnum}"
            subjects.setdefault(qcode, Subject(qcode=qcode, name=next((x for x in labels if x), None)))
        if tobject is not None and subjects:
            self.ledger.take(tobject)
        if subjects:
            self.fields["subjects"] = list(subjects.values())

    def _rights(self) -> None:
        copyright_element = child(self.docdata, "doc.copyright")
        holder = self.ledger.attribute(copyright_element, "holder")
        year = self.ledger.attribute(copyright_element, "year")
        if copyright_element is not None:
            self.ledger.take(copyright_element)
        terms: list[str] = []
        doc_rights = child(self.docdata, "doc.rights")
        rights = child(self.body_head, "rights")
        owners: list[tuple[Element, str | None]] = []
        if doc_rights is not None:
            self.ledger.take(doc_rights)
            terms += [t for name in ("type", "limitations") if (t := self.ledger.attribute(doc_rights, name))]
            owners.append((doc_rights, doc_rights.get("owner")))
        if rights is not None:
            self.ledger.take_text(rights)
            for part in elements(rights):
                name = local(part)
                if name in {"rights.type", "rights.limitations"} and (text := self.inline.text_of(part)):
                    terms.append(text)
                elif name == "rights.owner":
                    owners.append((part, _plain(part)))
        for element, owner in owners:
            owner = (owner or "").strip() or None
            if owner is None or (holder is not None and owner != holder):
                continue  # another owner than the holder: left to the sweep
            holder = owner
            if element.get("owner") is not None:
                self.ledger.attribute(element, "owner")
            else:
                self.inline.text_of(element)
        notice = " ".join(part for part in ("©", year, holder) if part) if year else None
        if holder or notice or terms:
            self.fields["rights"] = Rights(
                copyright_holder=holder, copyright_notice=notice, usage_terms="\n".join(terms) or None
            )

    def _named_in_metadata(self) -> None:
        """People, organisations and places that identified-content and evloc name (no mentions)."""
        kinds = {"person": "person", "org": "organisation", "location": "place"}
        for content in children(self.docdata, "identified-content"):
            self.ledger.take(content)
            for element in elements(content):
                kind = kinds.get(local(element) or "")
                if kind is not None and _plain(element):
                    self.entities.add(kind, self.inline.text_of(element))
        for evloc in children(self.docdata, "evloc"):
            parent: str | None = None
            for attribute, place_kind in _EVLOC_PARTS:
                name = self.ledger.attribute(evloc, attribute)
                if name is None:
                    continue
                self.ledger.take(evloc)
                place = self.entities.add("place", name)
                if place.place_kind is None and not place.mentions:
                    place.place_kind = place_kind
                if parent is not None and parent != name and place.parent is None:
                    place.parent = parent
                parent = name

    # --- body.head ----------------------------------------------------------------------------

    def _body_head(self) -> None:
        hedline = child(self.body_head, "hedline")
        if hedline is not None:
            self.ledger.take(hedline)
        headlines = children(hedline, "hl1")
        headline = (self.inline.text_of(headlines[0]) if headlines else "") or None
        title = child(self.head, "title")
        if title is not None and (headline is None or _plain(title) == headline):
            title_text = self.inline.text_of(title)
            headline = headline or title_text
        if headline:
            self.fields["headline"] = headline
        description = self._abstract()
        for subtitle in children(hedline, "hl2"):
            text = _plain(subtitle)
            if text and text == headline:
                self.inline.text_of(subtitle)  # a repeat of the headline: carried by it
            elif text and description is None:
                description = self.inline.text_of(subtitle)
        if description:
            self.fields["description"] = description
        self._byline()
        provider = self._text_of_all("distributor", quiet=frozenset({"org"}))
        if provider is None and (doc_id := child(self.docdata, "doc-id")) is not None:
            provider = self.ledger.attribute(doc_id, "regsrc")
        if provider:
            self.fields["provider"] = provider
        dateline = self._text_of_all("dateline", quiet=_DATELINE_PARTS)
        if dateline:
            self.fields["dateline"] = dateline

    def _abstract(self) -> str | None:
        texts: list[str] = []
        for abstract in children(self.body_head, "abstract"):
            reader = BodyReader(self.ledger, None)
            reader.container(abstract)
            texts += [block.text for block in reader.blocks]
            self.renditions += reader.renditions
        return "\n".join(texts) or None

    def _byline(self) -> None:
        inline = Inline(
            self.ledger, entities=False, quiet=frozenset({"person", "byttl"}), spaced=frozenset({"byttl"})
        )
        bylines: list[str] = []
        for byline in children(self.body_head, "byline"):
            text = inline.text_of(byline)
            if text:
                bylines.append(text)
            titles = [t for element in children(byline, "byttl") if (t := _plain(element))]
            for person in children(byline, "person"):
                name = _plain(person)
                if name:
                    author = self.entities.add("person", name)
                    author.roles += [PersonRole.AUTHOR] if PersonRole.AUTHOR not in author.roles else []
                    author.titles += [t for t in titles if t not in author.titles]
        if bylines:
            self.fields["byline"] = "\n".join(bylines)

    def _text_of_all(self, name: str, quiet: frozenset[str]) -> str | None:
        inline = Inline(self.ledger, entities=False, quiet=quiet)
        texts = [text for element in children(self.body_head, name) if (text := inline.text_of(element))]
        return "\n".join(texts) or None


def _scheme(provider: str) -> str:
    """A QCode scheme alias named after a provider of subject codes other than the IPTC."""
    return _SCHEME_JUNK.sub("-", provider.lower()).strip("-") or "nitf"


def _moment_or_day(date: NitfDate) -> DateOrDateTime:
    """The date as the model can hold it: with its time when it has a zone, else its day alone."""
    return date.moment if date.moment is not None else date.day


def _plain(element: Element) -> str:
    """The laid-out text of ``element``, without marking it carried (to compare before taking)."""
    builder = TextBuilder()
    builder.text(windows_1252_controls("".join(element.itertext())))
    return builder.result()
