"""Names shared by the NewsML-G2 writer and reader: namespaces, schemes, codes (docs/mapping.md)."""

from __future__ import annotations

from typing import Final
from urllib.parse import quote, unquote

from newsml_kit.model import EventKind, ParticipantRole, PersonRole

G2: Final = "http://iptc.org/std/nar/2006-10-01/"
XHTML: Final = "http://www.w3.org/1999/xhtml"
NK: Final = "https://newsml-kit.github.io/ns/1"
"""The project's extension namespace: what G2 has no element for (schemas/newsml-kit-ext.xsd)."""
XML: Final = "http://www.w3.org/XML/1998/namespace"
NSMAP: Final = {None: G2, "nk": NK}

IPTC_CATALOG: Final = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
PROFILE_XSD: Final = "newsml-kit-g2.xsd"

# The project's own schemes, declared in the inline catalog of every item.
ID_SCHEME: Final = "nkid"  # entities of this item, coded by their local id
CODE_SCHEME: Final = "nk"  # fixed codes: roles, provider markers
SOURCE_SCHEME: Final = "nksrc"  # source id types, percent-encoded
SCHEMES: Final = {
    ID_SCHEME: f"{NK}/id/",
    CODE_SCHEME: f"{NK}/code/",
    SOURCE_SCHEME: f"{NK}/source-id-type/",
}
EMPTY_CODE_URI: Final = f"{NK}/scheme/"
"""A model QCode with an empty code (``scheme:``) has no G2 QCode form (G2 wants ``[^\\s:]+:[^\\s]+``):
it is written as the ``uri`` ``EMPTY_CODE_URI + scheme``."""

PROVIDER_GIVEN: Final = f"{CODE_SCHEME}:provider"
PROVIDER_UNKNOWN: Final = f"{CODE_SCHEME}:unknown-provider"
ITEM_CLASS: Final = "ninat:text"
XHTML_TYPE: Final = "application/xhtml+xml"

NAME_SHORT: Final = "nrol:short"
NAME_ALTERNATE: Final = "nrol:alternate"

CONCEPT_TYPES: Final = {
    "event": "cpnat:event",
    "people": "cpnat:person",
    "organisations": "cpnat:organisation",
    "places": "cpnat:geoArea",
}

CAPTION_CLASS: Final = "caption"
MENTION_CLASS: Final = "mention"
CREDIT_CLASS: Final = "credit"


def g2(name: str) -> str:
    return f"{{{G2}}}{name}"


def nk(name: str) -> str:
    return f"{{{NK}}}{name}"


def xhtml(name: str) -> str:
    return f"{{{XHTML}}}{name}"


def entity_qcode(local_id: str) -> str:
    """Local ids are NCNames, so they are QCode codes as they are."""
    return f"{ID_SCHEME}:{local_id}"


def code(value: PersonRole | ParticipantRole | EventKind) -> str:
    return f"{CODE_SCHEME}:{value.value}"


def source_type_qcode(source_type: str) -> str:
    """A source id type as a QCode: percent-encoded UTF-8, so whitespace and colons cannot break it
    and ``unquote`` gives the exact text back."""
    return f"{SOURCE_SCHEME}:{quote(source_type, safe='-._~')}"


def source_type_of(qcode: str) -> str:
    return unquote(qcode.removeprefix(f"{SOURCE_SCHEME}:"), errors="strict")


# Clark names of the G2 elements more than one reader or writer looks for, built once.
G2_AFFILIATION: Final = g2("affiliation")
G2_ALT_ID: Final = g2("altId")
G2_ASSERT: Final = g2("assert")
G2_BROADER: Final = g2("broader")
G2_BY: Final = g2("by")
G2_CONTENT_CREATED: Final = g2("contentCreated")
G2_CONTENT_META: Final = g2("contentMeta")
G2_CONTENT_SET: Final = g2("contentSet")
G2_COPYRIGHT_HOLDER: Final = g2("copyrightHolder")
G2_COPYRIGHT_NOTICE: Final = g2("copyrightNotice")
G2_CREDITLINE: Final = g2("creditline")
G2_DATELINE: Final = g2("dateline")
G2_DESCRIPTION: Final = g2("description")
G2_EMBARGOED: Final = g2("embargoed")
G2_FIRST_CREATED: Final = g2("firstCreated")
G2_HEADLINE: Final = g2("headline")
G2_INLINE_REF: Final = g2("inlineRef")
G2_INLINE_XML: Final = g2("inlineXML")
G2_ITEM_META: Final = g2("itemMeta")
G2_NAME: Final = g2("name")
G2_PERSON_DETAILS: Final = g2("personDetails")
G2_PROVIDER: Final = g2("provider")
G2_PUB_STATUS: Final = g2("pubStatus")
G2_RIGHTS_INFO: Final = g2("rightsInfo")
G2_SIGNAL: Final = g2("signal")
G2_SUBJECT: Final = g2("subject")
G2_URGENCY: Final = g2("urgency")
G2_USAGE_TERMS: Final = g2("usageTerms")
G2_VERSION_CREATED: Final = g2("versionCreated")
