"""A lower bound for the strict reader's walk (``bench/newsml.py --bound``): no part of the package.

``cheapest_fields`` gives the same arguments of ``NewsItem`` as ``read.item_fields`` for items laid
out as ``write_newsml`` writes them, doing as little as a Python walk over lxml can: it checks
nothing (no comment strip, no id or reference check, no exact-name match, no scheme check) and
finds the sections by position, as the writer places them; the body is walked by the reader's own
``body_blocks``, already as cheap as such a loop gets. It is wrong on anything else the profile
accepts, so ``newsml.py`` checks on every item it times that its item is the reader's. What it
still costs is what any walk costs: lxml's element proxies, the text of every mapped element, and
the dicts and lists the model is built from.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lxml import etree

from newsml_kit.dates import PartialDate
from newsml_kit.formats.g2.names import EMPTY_CODE_URI, PROVIDER_GIVEN, XML, g2, nk, source_type_of
from newsml_kit.formats.g2.read import body_blocks

Fields = dict[str, Any]
_ID = len("nkid:")  # an entity QCode's local id starts here
_KINDS = {
    "cpnat:person": "people",
    "cpnat:organisation": "organisations",
    "cpnat:geoArea": "places",
    "cpnat:event": "event",
}
_LANG = f"{{{XML}}}lang"
_SUBJECT = g2("subject")
_NAME = g2("name")
_BROADER = g2("broader")
_ALT_ID = g2("altId")
_ASSERT = g2("assert")
_INLINE_REF = g2("inlineRef")
_RIGHTS = g2("rightsInfo")
_PROVIDER = g2("provider")
_VERSION_CREATED = g2("versionCreated")
_FIRST_CREATED = g2("firstCreated")
_EMBARGOED = g2("embargoed")
_PUB_STATUS = g2("pubStatus")
_SIGNAL = g2("signal")
_URGENCY = g2("urgency")
_CONTENT_CREATED = g2("contentCreated")
_HEADLINE = g2("headline")
_DATELINE = g2("dateline")
_BY = g2("by")
_CREDITLINE = g2("creditline")
_DESCRIPTION = g2("description")
_AFFILIATION = g2("affiliation")
_START = g2("start")
_HOLDER = g2("copyrightHolder")
_NOTICE = g2("copyrightNotice")
_FILLED = nk("versionCreatedFilled")
_DATE = nk("date")
_DOCUMENT = nk("document")
_AWARD = nk("award")
_RENDITION = nk("rendition")
_LAYOUT = nk("textLayout")
_NK_CREDITLINE = nk("creditline")
_TITLE = nk("title")
_ROLE = nk("role")
_KIND = nk("kind")
_NUMBER = nk("number")
_ISSUER = nk("issuer")
_NK_NAME = nk("name")
_GIVER = nk("giver")
_RECIPIENT = nk("recipient")


def _date(text: str) -> datetime | PartialDate:
    return datetime.fromisoformat(text) if "T" in text else PartialDate.parse(text)


def cheapest_fields(root: etree._Element) -> Fields:
    """``item_fields(root)`` for an item as ``write_newsml`` lays it out, with no check."""
    top = root[:]
    fields: Fields = {
        "guid": root.get("guid"),
        "version": int(root.get("version", "1")),
        "language": root.get(_LANG),
    }
    blocks, spans = body_blocks(top[-1][0][0][1])  # contentSet/inlineXML/html/body: as the reader
    fields["body"] = blocks
    mentions: dict[str, list[Fields]] = {}
    details: dict[str, etree._Element] = {}
    metas = []
    for element in top[2:-1]:
        tag = element.tag
        if tag == _INLINE_REF:
            idrefs = element.get("idrefs", "")
            piece = spans.get(idrefs)
            if piece is None:  # several spans
                tokens = idrefs.split()
                block, start, _ = spans[tokens[0]]
                end = spans[tokens[-1]][2]
            else:
                block, start, end = piece
            mention = {"block": block, "start": start, "end": end, "text": blocks[block]["text"][start:end]}
            mentions.setdefault(element.get("qcode", "")[_ID:], []).append(mention)
        elif tag == _ASSERT:
            details[element.get("qcode", "")[_ID:]] = element[0]
        elif tag == _RIGHTS:
            fields["rights"] = _rights(element)
        else:
            metas.append(element)
    _item_meta(metas[0], fields)
    _content_meta(metas[1], fields, mentions, details)
    return fields


def _item_meta(item_meta: etree._Element, fields: Fields) -> None:
    created = None
    signals = fields["signals"] = []
    for element in item_meta[:]:
        tag = element.tag
        if tag == _VERSION_CREATED:
            created = element.text or ""
        elif tag == _FILLED:
            created = None
        elif tag == _PROVIDER:
            fields["provider"] = element[0].text if element.get("qcode") == PROVIDER_GIVEN else None
        elif tag == _SIGNAL:
            signals.append(_qcode(element))
        elif tag == _FIRST_CREATED:
            fields["first_created"] = datetime.fromisoformat(element.text or "")
        elif tag == _EMBARGOED:
            fields["embargo"] = datetime.fromisoformat(element.text or "")
        elif tag == _PUB_STATUS:
            fields["pub_status"] = element.get("qcode", "")[len("stat:") :]
    fields["version_created"] = None if created is None else datetime.fromisoformat(created)


def _qcode(element: etree._Element) -> str:
    uri = element.get("uri")
    return element.get("qcode", "") if uri is None else uri[len(EMPTY_CODE_URI) :] + ":"


def _names(subject: etree._Element) -> tuple[list[tuple[str, str | None]], str | None]:
    """A concept's names with their role, restored from nk:exactName, and its broader's local id."""
    names: list[tuple[str, str | None]] = []
    broader = None
    for child in subject[:]:
        tag = child.tag
        if tag == _NAME:
            names.append((child.text or "", child.get("role")))
        elif tag == _BROADER:
            broader = child.get("qcode", "")[_ID:]
        else:
            index = int(child.get("index", "0"))
            names[index] = (child.text or "", names[index][1])
    return names, broader


def _content_meta(
    content: etree._Element, fields: Fields, mentions: dict[str, list[Fields]], details: dict[str, Any]
) -> None:
    people: list[Fields] = []
    organisations: list[Fields] = []
    places: list[Fields] = []
    subjects: list[Fields] = []
    source_ids: list[Fields] = []
    dates: list[Fields] = []
    fields.update(
        event=None,
        people=people,
        organisations=organisations,
        places=places,
        subjects=subjects,
        source_ids=source_ids,
        dates=dates,
        documents=[],
        awards=[],
        renditions=[],
    )
    for element in content[:]:
        tag = element.tag
        if tag == _SUBJECT:
            kind = _KINDS.get(element.get("type", ""))
            if kind is None:
                names = element[:]
                subjects.append({"qcode": _qcode(element), "name": names[0].text if names else None})
                continue
            local = element.get("qcode", "")[_ID:]
            children = element[:]
            if len(children) == 1:
                name, broader, named = children[0].text, None, None
            else:
                named, broader = _names(element)
                name = named[0][0]
            entity: Fields = {"id": local, "name": name, "mentions": mentions.get(local, [])}
            if kind == "people":
                entity.update(_person(details[local]))
                people.append(entity)
            elif kind == "organisations":
                entity["abbreviation"] = next((t for t, r in named or () if r == "nrol:short"), None)
                entity["aliases"] = [t for t, r in named or () if r == "nrol:alternate"]
                entity["parent_id"] = broader
                organisations.append(entity)
            elif kind == "places":
                place = details.get(local)
                entity["kind"] = None if place is None else place.text or ""
                entity["parent_id"] = broader
                places.append(entity)
            else:
                entity.update(_event(details[local]))
                fields["event"] = entity
        elif tag == _ALT_ID:
            source_ids.append({"type": source_type_of(element.get("type", "")), "value": element.text or ""})
        elif tag == _DATE:
            local = element.get("qcode", "")[_ID:]
            value = element[0]
            end = element[1].text if len(element) > 1 else None
            dates.append(
                {
                    "id": local,
                    "value": PartialDate.parse(value.text or ""),
                    "end": None if end is None else PartialDate.parse(end),
                    "role": element.get("role"),
                    "mentions": mentions.get(local, []),
                }
            )
        elif tag == _CONTENT_CREATED:
            fields["content_created"] = _date(element.text or "")
        elif tag == _LAYOUT:
            fields["text_layout"] = element.text
        elif tag == _DOCUMENT:
            fields["documents"].append(_document(element, mentions))
        elif tag == _AWARD:
            fields["awards"].append(_award(element, mentions))
        elif tag == _RENDITION:
            fields["renditions"].append(_rendition(element))
        else:
            _text_field(tag, element.text or "", fields)


_TEXT_FIELDS: dict[object, str] = {
    _HEADLINE: "headline",
    _DATELINE: "dateline",
    _BY: "byline",
    _DESCRIPTION: "description",
    _CREDITLINE: "creditline",
    _NK_CREDITLINE: "creditline",
}


def _text_field(tag: object, text: str, fields: Fields) -> None:
    if tag == _URGENCY:
        fields["urgency"] = int(text)
    elif tag in _TEXT_FIELDS:
        fields[_TEXT_FIELDS[tag]] = text


def _person(person: etree._Element) -> Fields:
    found: Fields = {"rank": None, "titles": [], "roles": [], "organisation_ids": []}
    for child in person[:]:
        tag = child.tag
        if tag == _TITLE:
            found["titles"].append(child.text or "")
        elif tag == _ROLE:
            found["roles"].append(child.text or "")
        elif tag == _AFFILIATION:
            found["organisation_ids"].append(child.get("qcode", "")[_ID:])
        else:
            found["rank"] = child.text or ""
    return found


# eventDetails' children and nk:eventDetails' alike, by their local name.
_EVENT_PARTS: dict[object, str] = {
    make(name): name for name in ("eventKind", "dates", "location", "organiser") for make in (g2, nk)
}


def _event(event: etree._Element) -> Fields:
    found: Fields = {"kind": None, "start": None, "end": None, "place_id": None}
    organisers: list[str] = []
    participants: list[Fields] = []
    for child in event[:]:
        local = _EVENT_PARTS.get(child.tag)
        if local == "eventKind":
            found["kind"] = child.text
        elif local == "dates":
            for date in child[:]:
                found["start" if date.tag == _START else "end"] = _date(date.text or "")
        elif local == "location":
            found["place_id"] = child.get("qcode", "")[_ID:]
        elif local == "organiser":
            organisers.append(child.get("qcode", "")[_ID:])
        else:
            role = child.get("role", "").partition(":")[2]
            participants.append({"entity_id": child.get("qcode", "")[_ID:], "role": role})
    found["organiser_ids"] = organisers
    found["participants"] = participants
    return found


def _document(element: etree._Element, mentions: dict[str, list[Fields]]) -> Fields:
    local = element.get("qcode", "")[_ID:]
    found: Fields = {"id": local, "number": None, "date": None, "title": None, "issuer_id": None}
    for child in element[:]:
        tag = child.tag
        if tag == _KIND:
            found["kind"] = child.text
        elif tag == _NUMBER:
            found["number"] = child.text
        elif tag == _ISSUER:
            found["issuer_id"] = child.get("qcode", "")[_ID:]
        elif tag == _DATE:
            found["date"] = PartialDate.parse(child.text or "")
        else:
            found["title"] = child.text
    found["mentions"] = mentions.get(local, [])
    return found


def _award(element: etree._Element, mentions: dict[str, list[Fields]]) -> Fields:
    local = element.get("qcode", "")[_ID:]
    recipients: list[Fields] = []
    found: Fields = {"id": local, "giver_id": None, "recipients": recipients, "reason": None}
    for child in element[:]:
        tag = child.tag
        if tag == _NK_NAME:
            found["name"] = child.text
        elif tag == _GIVER:
            found["giver_id"] = child.get("qcode", "")[_ID:]
        elif tag == _RECIPIENT:
            qcode = child.get("qcode")
            recipients.append({"text": child.text or "", "entity_id": qcode[_ID:] if qcode else None})
        else:
            found["reason"] = child.text
    found["mentions"] = mentions.get(local, [])
    return found


_RENDITION_PARTS: dict[object, str] = {
    nk(tag): field
    for tag, field in (
        ("href", "href"),
        ("name", "rendition"),
        ("contentType", "content_type"),
        ("width", "width"),
        ("height", "height"),
        ("size", "size"),
    )
}


def _rendition(element: etree._Element) -> Fields:
    found: Fields = dict.fromkeys(("href", "rendition", "content_type", "width", "height", "size"))
    for child in element[:]:
        name = _RENDITION_PARTS[child.tag]
        text = child.text or ""
        found[name] = int(text) if name in ("width", "height", "size") else text
    return found


def _rights(element: etree._Element) -> Fields:
    found: Fields = dict.fromkeys(("copyright_holder", "copyright_notice", "usage_terms"))
    for child in element[:]:
        tag = child.tag
        if tag == _HOLDER:
            names = _names(child)[0] if len(child) else []
            found["copyright_holder"] = names[0][0] if names else None
        elif tag == _NOTICE:
            found["copyright_notice"] = child.text or ""
        else:
            found["usage_terms"] = child.text or ""
    return found
