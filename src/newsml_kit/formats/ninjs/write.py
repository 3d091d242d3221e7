"""The ninjs writer: one news item as an IPTC ninjs 3.1 (default) or 2.2 object, the items of a message
as a collection of them (a JSON array; docs/ninjs.md).

The output is valid against the official schema of its version with format checking on: a guid or
rendition href that is not an absolute URI is wrapped (``ninjs_names.as_uri``), datetimes carry
their offset. It is deterministic: fixed property order, two-space indent, UTF-8 with letters as
themselves, one trailing newline. What ninjs has no property for is left out (docs/ninjs.md lists it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from newsml_kit.dates import format_datetime
from newsml_kit.errors import Location, UnsupportedFormatError, WriteError
from newsml_kit.formats.base import DEFAULT_WRITE_OPTIONS, WriteOptions
from newsml_kit.formats.ninjs.html_body import blocks_to_html
from newsml_kit.formats.ninjs.names import (
    BODY_ROLE,
    BODY_TYPE,
    CREDITLINE_ROLE,
    HEADLINE_ROLE,
    ITEM_TYPE,
    NINJS_VERSIONS,
    PROVIDER_ROLE,
    SCHEMA_URI,
    SUMMARY_ROLE,
    as_uri,
    is_uri,
)
from newsml_kit.model import Event, Message, NewsItem, Organisation, Person, Place, Rendition, Subject

# ninjs 2.x spells every property in lower case; 3.0 moved to camel case and renamed one.
_V2_NAMES = {"embargoedUntil": "embargoed"}


def write_ninjs(value: NewsItem | Message, options: WriteOptions = DEFAULT_WRITE_OPTIONS) -> bytes:
    """UTF-8 ninjs bytes: one ninjs object for an item (and for a message of exactly one item), a
    collection (a JSON array of ninjs objects, one per item) for a message of several."""
    version = options.ninjs_version
    if version not in NINJS_VERSIONS:
        raise UnsupportedFormatError(
            f"unsupported format: ninjs {version} is not written (choose {' or '.join(NINJS_VERSIONS)})"
        )
    items = [value] if isinstance(value, NewsItem) else list(value.items)
    if not items:
        raise WriteError(
            "the message holds no news item: ninjs has nothing to write (what the message carried raw, such "
            "as a package item, has no ninjs form)",
            Location(field="items"),
        )
    documents = [ninjs_document(item, version) for item in items]
    document: Any = documents[0] if len(documents) == 1 else documents
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def ninjs_document(item: NewsItem, version: str) -> dict[str, Any]:
    """The ninjs object of ``item`` as JSON values, in the given ninjs version."""
    document = _document(item, version)
    return _renamed(document, _v2_name) if version.startswith("2.") else document


def _document(item: NewsItem, version: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uri": as_uri(item.guid, "guid"),
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA_URI.format(version=version)},
        "type": ITEM_TYPE,
        "version": str(item.version),
    }
    content_created = item.content_created if isinstance(item.content_created, datetime) else None
    for name, moment in (
        ("versionCreated", item.version_created),
        ("firstCreated", item.first_created),
        ("contentCreated", content_created),
        ("embargoedUntil", item.embargo),
    ):
        _put(doc, name, None if moment is None else format_datetime(moment))
    _put(doc, "pubStatus", None if item.pub_status is None else item.pub_status.value)
    _put(doc, "urgency", item.urgency)
    _put(doc, "language", item.language)
    if item.headline is not None:
        doc["headlines"] = [{"role": HEADLINE_ROLE, "value": item.headline}]
    _put(doc, "by", item.byline)
    _put(doc, "located", item.dateline)
    descriptions = [
        {"role": role, "value": text}
        for role, text in ((SUMMARY_ROLE, item.description), (CREDITLINE_ROLE, item.creditline))
        if text is not None
    ]
    _put(doc, "descriptions", descriptions)
    if item.body:
        doc["bodies"] = [{"role": BODY_ROLE, "contentType": BODY_TYPE, "value": blocks_to_html(item.body)}]
    people = [_concept(person, " ".join(role.value for role in person.roles)) for person in item.people]
    _put(doc, "people", people)
    _put(doc, "organisations", [_concept(organisation) for organisation in item.organisations])
    _put(doc, "places", [_concept(place) for place in item.places])
    _put(doc, "events", [] if item.event is None else [_concept(item.event)])
    _put(doc, "subjects", [_subject(subject) for subject in item.subjects])
    if item.provider is not None:
        doc["infoSources"] = [{"name": item.provider, "role": PROVIDER_ROLE}]
    if item.rights is not None:
        _put(doc, "copyrightHolder", item.rights.copyright_holder)
        _put(doc, "copyrightNotice", item.rights.copyright_notice)
        _put(doc, "usageTerms", item.rights.usage_terms)
    _put(doc, "renditions", [_rendition(rendition) for rendition in item.renditions])
    _put(doc, "altIds", [{"role": source.type, "value": source.value} for source in item.source_ids])
    return doc


def _put(doc: dict[str, Any], name: str, value: object) -> None:
    if value is not None and value != []:
        doc[name] = value


def _concept(entity: Person | Organisation | Place | Event, rel: str = "") -> dict[str, Any]:
    # The local id goes in "literal" (an identifier as a free-text string), so the reader keeps it.
    concept: dict[str, Any] = {"name": entity.name}
    if rel:
        concept["rel"] = rel
    concept["literal"] = entity.id
    return concept


def _subject(subject: Subject) -> dict[str, Any]:
    written: dict[str, Any] = {}
    _put(written, "name", subject.name)
    # A QCode read from a ninjs "uri" goes back there; any other QCode is a "literal".
    key = "uri" if subject.qcode.startswith(("http://", "https://")) and is_uri(subject.qcode) else "literal"
    written[key] = subject.qcode
    return written


def _rendition(rendition: Rendition) -> dict[str, Any]:
    written: dict[str, Any] = {"name": rendition.rendition or "", "href": as_uri(rendition.href, "href")}
    _put(written, "contentType", rendition.content_type)
    _put(written, "width", rendition.width)
    _put(written, "height", rendition.height)
    _put(written, "sizeInBytes", rendition.size)
    return written


def _v2_name(name: str) -> str:
    return _V2_NAMES.get(name, name.lower())


def _renamed(value: Any, rename: Callable[[str], str]) -> Any:
    """``value`` with every object key renamed (values stay as they are)."""
    if isinstance(value, dict):
        return {rename(key): _renamed(item, rename) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, rename) for item in value]
    return value
