"""The ninjs reader: IPTC ninjs 1.x to 3.x, and the Superdesk and BBC variants, into the model.

Property names match whatever their case: 3.x's camel case is 2.x's lower case (``versionCreated``,
``versioncreated``), and the real renames (``embargoedUntil``/``embargoed``, ``by``/``byline``,
``people``/``person``/``authors``, ``bodies``/``body_html``, ...) are read under each name. A
BBC API envelope (``{"item": [...], "total": ...}``) gives its items. Every value the model cannot
carry is named in a warning with its JSON path, and so is every repair (a missing time zone, an
offset without a colon); wrong types and bad dates are errors with the JSON path (docs/ninjs.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from pydantic import TypeAdapter, ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.errors import ModelValidationError, NewsmlKitError
from newsml_kit.formats.base import DEFAULT_OPTIONS, ReadOptions, ReadResult, model_error
from newsml_kit.formats.json import _load as load_json
from newsml_kit.formats.ninjs.html_body import html_text, html_to_blocks
from newsml_kit.formats.ninjs.json_paths import (
    EMPTY,
    JsonContext,
    JsonObject,
    is_digits,
    json_object,
    json_text,
    kind_of,
    parse_datetime,
    pointer,
    whole_number,
)
from newsml_kit.formats.ninjs.names import (
    CREDITLINE_ROLE,
    HEADLINE_ROLE,
    ITEM_TYPE,
    PROVIDER_ROLE,
    from_uri,
)
from newsml_kit.formats.nitf.embedded_body import read_nitf_body
from newsml_kit.model import (
    Block,
    Event,
    Message,
    NewsItem,
    Organisation,
    Person,
    PersonRole,
    Place,
    PubStatus,
    Rendition,
    Rights,
    SourceId,
    Subject,
)
from newsml_kit.model import Guid as GuidType
from newsml_kit.model import LanguageTag as LanguageTagType
from newsml_kit.model import LocalId as LocalIdType
from newsml_kit.xmlsafe import parse_xml

_BOM: Final = b"\xef\xbb\xbf"
_ENVELOPE_KEYS: Final = ("item", "items")
_MARKERS: Final = frozenset({"standard", "$schema", "$standard"})  # say which ninjs, carry no content
_PARTIAL_DATE_RE: Final = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_IPTC_SUBJECT_CODE_RE: Final = re.compile(r"\d{8}")
_LINE_BREAK_RE: Final = re.compile(r"\r\n|\r|\n")
_AUTHOR_ROLES: Final = {
    "author": PersonRole.AUTHOR,
    "writer": PersonRole.AUTHOR,
    "journalist": PersonRole.AUTHOR,
    "reporter": PersonRole.AUTHOR,
    "photographer": PersonRole.PHOTOGRAPHER,
}
_SUMMARY_ROLES: Final = frozenset({"", "summary", "text", "abstract", "description", "main", "teaser"})
_HTML_BODY_ROLES: Final = frozenset({"richtext", "html", "xhtml"})
# The model's own definitions decide what is a usable id, guid or language tag.
_GUID: Final = TypeAdapter(GuidType)
_LANGUAGE: Final = TypeAdapter(LanguageTagType)
_LOCAL_ID: Final = TypeAdapter(LocalIdType)


def _valid(adapter: TypeAdapter[str], value: str) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def read_ninjs(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Read a ninjs document (or a collection or an API envelope of them) into items, with warnings
    for what was repaired or could not be carried."""
    context = JsonContext(options.source)
    tree = load_json(data.removeprefix(_BOM), options.source)
    envelope = _envelope(tree, context)
    objects = envelope if envelope is not None else [("", tree)]
    items = tuple(_ItemReader(json_object(value, path, context), context).item() for path, value in objects)
    message = Message(items=list(items)) if envelope is not None and len(items) != 1 else None
    return ReadResult(items=items, warnings=tuple(context.warnings), message=message)


def _envelope(tree: Any, context: JsonContext) -> list[tuple[str, Any]] | None:
    """The items of a collection (ninjs 3.x: a JSON array of ninjs objects), of an AP Media API
    envelope (``data.item``, or ``data.items[].item`` in a feed) or of a BBC API envelope
    (``item``/``items``); None for a plain ninjs object."""
    if isinstance(tree, list):
        if not tree:
            raise context.error("", "the collection holds no ninjs object")
        return [(pointer("", index), value) for index, value in enumerate(tree)]
    if not isinstance(tree, dict):
        raise context.error("", f"a ninjs document is a JSON object, not {kind_of(tree)}")
    if "uri" in tree or "guid" in tree:
        return None
    data = tree.get("data")
    if isinstance(data, dict) and (isinstance(data.get("item"), dict) or isinstance(data.get("items"), list)):
        return _ap_envelope(tree, data, context)
    if not any(isinstance(tree.get(key), list) for key in _ENVELOPE_KEYS):
        return None
    key = next(key for key in _ENVELOPE_KEYS if isinstance(tree.get(key), list))
    entries = [(pointer(pointer("", key), index), value) for index, value in enumerate(tree[key])]
    if not entries:
        raise context.error(pointer("", key), "the envelope holds no ninjs object")
    _warn_envelope(tree, {key}, "", context)
    return entries


def _ap_envelope(tree: dict[str, Any], data: dict[str, Any], context: JsonContext) -> list[tuple[str, Any]]:
    """AP Media API: one item (``{"data": {"item": ...}}``) or a feed (``{"data": {"items": [{"item":
    ...}]}}``); the request's echo and the paging around them are named in a warning."""
    _warn_envelope(tree, {"data"}, "", context)
    data_path = pointer("", "data")
    if isinstance(data.get("item"), dict):
        _warn_envelope(data, {"item"}, data_path, context)
        return [(pointer(data_path, "item"), data["item"])]
    _warn_envelope(data, {"items"}, data_path, context)
    entries: list[tuple[str, Any]] = []
    for index, entry in enumerate(data["items"]):
        path = pointer(pointer(data_path, "items"), index)
        if isinstance(entry, dict) and isinstance(entry.get("item"), dict):
            _warn_envelope(entry, {"item"}, path, context)
            entries.append((pointer(path, "item"), entry["item"]))
        else:
            entries.append((path, entry))
    if not entries:
        raise context.error(pointer(data_path, "items"), "the feed holds no ninjs object")
    return entries


def _warn_envelope(envelope: dict[str, Any], kept: set[str], path: str, context: JsonContext) -> None:
    others = [name for name, value in envelope.items() if name not in kept and value not in EMPTY]
    if others:
        listed = ", ".join(repr(name) for name in others)
        context.warn(
            "NK-NINJS-106", path, f"envelope properties not carried by the model, not kept: {listed}"
        )


# --- one item ---------------------------------------------------------------------------------------------


@dataclass
class _Concept:
    """A person, organisation, place or event as read, before it gets its local id."""

    obj: JsonObject
    name: str
    literal: str | None
    literal_path: str
    roles: list[PersonRole] = field(default_factory=list)
    id: str = ""  # given by _assign_ids


class _ItemReader:
    def __init__(self, obj: JsonObject, context: JsonContext) -> None:
        self.obj = obj
        self.context = context
        self.fields: dict[str, Any] = {}

    def item(self) -> NewsItem:
        self._identity()
        self._dates()
        self._texts()
        self._body()
        self._entities()
        self._subjects()
        self._status()
        self._renditions()
        self._type()
        for marker in _MARKERS:
            self.obj.raw(marker)
        self.obj.warn_unread()
        try:
            return NewsItem(**self.fields)
        except ValidationError as exc:
            raise model_error(exc, self.context.source) from None

    # identity --------------------------------------------------------------------------------------------

    def _identity(self) -> None:
        obj = self.obj
        uri, guid = obj.text("uri"), obj.text("guid")
        if uri is not None:
            value, path = from_uri(uri, "guid"), obj.at("uri")
        elif guid is not None:
            value, path = guid, obj.at("guid")
        elif obj.has("_id"):
            # A content API's database id (Superdesk): an identifier of last resort.
            value, path = _id_text(obj.raw("_id"), obj.at("_id"), self.context), obj.at("_id")
            self.context.warn("NK-NINJS-107", path, f"no uri or guid: the _id {value!r} is taken as the guid")
        else:
            raise self.context.error(obj.path, "a ninjs object needs a uri (Superdesk: a guid or an _id)")
        if not _valid(_GUID, value):
            raise ModelValidationError(
                "an identifier needs 1 to 2048 characters and no whitespace", self.context.where(path)
            )
        self.fields["guid"] = value
        sources: list[SourceId] = []
        if uri is not None and guid not in (None, "", value):
            sources.append(SourceId(type="guid", value=str(guid)))
        bbc_id = obj.raw("id")
        if isinstance(bbc_id, int | str) and not isinstance(bbc_id, bool) and str(bbc_id):
            sources.append(SourceId(type="id", value=json_text(str(bbc_id), obj.at("id"), self.context)))
        elif bbc_id is not None:
            raise self.context.error(obj.at("id"), f"expected a string or a number, got {kind_of(bbc_id)}")
        sources.extend(self._alt_ids())
        self.fields["source_ids"] = sources
        version = self._version()
        if version is not None:
            self.fields["version"] = version

    def _alt_ids(self) -> Iterator[SourceId]:
        obj = self.obj
        for key, path, value in obj.entries("altids"):
            if key is not None:  # ninjs 1.x: {"role": "value", ...}
                key_text = json_text(key, path, self.context)
                yield from self._source_id(key_text, json_text(value, path, self.context), path)
                continue
            entry = json_object(value, path, self.context)
            role, text = entry.text("role"), entry.text("value")
            entry.warn_unread_together()
            yield from self._source_id(role, text, path)

    def _source_id(self, role: str | None, value: str | None, path: str) -> Iterator[SourceId]:
        if role and value:
            yield SourceId(type=role, value=value)
        elif value:
            self.context.warn("NK-NINJS-108", path, f"alternative id {value!r} has no role: not kept")

    def _version(self) -> int | None:
        value = self.obj.raw("version")
        path = self.obj.at("version")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise self.context.error(path, f"expected a string, got {kind_of(value)}")
        text = str(value).strip()
        if is_digits(text) and int(text) >= 1:
            return int(text)
        self.context.warn(
            "NK-NINJS-109", path, f"version {value!r} is not a whole number from 1: not kept (read as 1)"
        )
        return None

    # dates ------------------------------------------------------------------------------------------------

    def _dates(self) -> None:
        for name, key in (("versioncreated", "version_created"), ("firstcreated", "first_created")):
            self._put(key, self._datetime(name))
        embargo_key = "embargoeduntil" if self.obj.has("embargoeduntil") else "embargoed"
        self._put("embargo", self._datetime(embargo_key))
        self._alternative(embargo_key, "embargoed", "embargoeduntil")
        created = self.obj.raw("contentcreated")
        path = self.obj.at("contentcreated")
        if isinstance(created, str) and _PARTIAL_DATE_RE.fullmatch(created.strip()):
            try:
                self.fields["content_created"] = PartialDate.parse(created.strip())
            except ValueError as exc:
                raise self.context.error(path, f"{created!r} is not a date: {exc}") from None
            self.context.warn(
                "NK-NINJS-110", path, f"{created!r} is a date without a time: kept as a partial date"
            )
        else:
            self._put("content_created", self._datetime("contentcreated"))

    def _datetime(self, name: str) -> datetime | None:
        text = self.obj.text(name)
        return None if text is None else parse_datetime(text, self.obj.at(name), self.context)

    # text fields --------------------------------------------------------------------------------------------

    def _texts(self) -> None:
        obj = self.obj
        self._put("language", self._language())
        self._put("headline", self._headline())
        by_key = "by" if obj.has("by") else "byline"
        self._put("byline", obj.text(by_key))
        self._alternative(by_key, "by", "byline")
        self._put("dateline", obj.text("located"))
        self._descriptions()
        self._provider()
        rights = {
            "copyright_holder": obj.text("copyrightholder"),
            "copyright_notice": obj.text("copyrightnotice"),
            "usage_terms": obj.text("usageterms"),
        }
        if any(value is not None for value in rights.values()):
            self.fields["rights"] = Rights(**rights)

    def _language(self) -> str | None:
        value = self.obj.text("language")
        path = self.obj.at("language")
        if value is None or _valid(_LANGUAGE, value):
            return value
        repaired = value.strip().replace("_", "-")
        if _valid(_LANGUAGE, repaired):
            self.context.warn("NK-NINJS-111", path, f"language {value!r} read as the BCP 47 tag {repaired!r}")
            return repaired
        self.context.warn("NK-NINJS-112", path, f"language {value!r} is not a BCP 47 tag: not kept")
        return None

    def _headline(self) -> str | None:
        obj = self.obj
        # ninjs 1.x: headline, or headline_main and other headline_* properties.
        keys = _ordered(("headline", "headline_main"), obj.names_starting("headline_"))
        if not obj.present("headlines"):
            return self._first_text(keys)
        chosen = self._pick_role(list(obj.objects("headlines")), "headline", HEADLINE_ROLE)
        self._alternative("headlines", *keys)
        return chosen

    def _pick_role(self, entries: list[JsonObject], what: str, role: str) -> str | None:
        """The value of the entry with ``role`` (else the first without a role, else the first);
        a warning for each other entry."""
        roles = [entry.text("role") for entry in entries]
        index = next((i for i, r in enumerate(roles) if r == role), None)
        if index is None:
            index = next((i for i, r in enumerate(roles) if not r), 0)
        chosen = None
        for i, entry in enumerate(entries):
            if i != index:
                entry.skip()
                self.context.warn(
                    "NK-NINJS-113", entry.path, f"a second {what} (role {roles[i]!r}): not kept"
                )
                continue
            chosen = self._value_of(entry)
            entry.warn_unread_together()
        return chosen

    def _value_of(self, entry: JsonObject) -> str | None:
        value = entry.text("value")
        content_type = (entry.text("contenttype") or "").lower()
        return html_text(value) if value is not None and "html" in content_type else value

    def _descriptions(self) -> None:
        obj = self.obj
        description: str | None = None
        creditline: str | None = None
        for entry in obj.objects("descriptions"):
            role = (entry.text("role") or "").lower()
            if role == CREDITLINE_ROLE and creditline is None:
                creditline = self._value_of(entry)
            elif role in _SUMMARY_ROLES and description is None:
                description = self._value_of(entry)
            else:
                entry.skip()
                self.context.warn("NK-NINJS-114", entry.path, f"a description with role {role!r}: not kept")
                continue
            entry.warn_unread_together()
        # ninjs 1.x: description_text, description_html and other description_* properties.
        keys = _ordered(("description_text",), obj.names_starting("description_"))
        if description is None:
            description = self._first_text(keys)
        else:
            self._alternative("descriptions", *keys)
        self._put("description", description)
        self._put("creditline", creditline)

    def _provider(self) -> None:
        obj = self.obj
        provider = obj.text("source")  # Superdesk
        for entry in obj.objects("infosources"):
            role = entry.text("role")
            name = entry.text("name")
            if role == PROVIDER_ROLE and provider is None and name is not None:
                provider = name
                entry.warn_unread_together()
            else:
                entry.skip()
                self.context.warn(
                    "NK-NINJS-115", entry.path, f"an info source (role {role!r}) is not carried: not kept"
                )
        self._put("provider", provider)

    # body ---------------------------------------------------------------------------------------------------

    def _body(self) -> None:
        candidates = list(self._body_candidates())
        if not candidates:
            return
        # The richest form: NITF, then HTML, then plain text; the first of its kind.
        chosen = min(candidates, key=lambda c: (_BODY_RANK[c[1]], candidates.index(c)))
        path = chosen[0]
        self.fields["body"] = self._blocks(*chosen)
        words = _words(self.fields["body"])
        for other in candidates:
            if other is chosen:
                continue
            try:
                other_words = _words(self._blocks(*other, quiet=True))
            except ModelValidationError:
                other_words = None
            if other_words == words:
                self.context.warn(
                    "NK-NINJS-116", other[0], f"an alternative form of the body (read from {path}): not kept"
                )
                continue
            lost = None if other_words is None else sum((other_words - words).values())
            missing = "" if lost is None else f" ({lost} words not in it)"
            self.context.warn(
                "NK-NINJS-117",
                other[0],
                f"a body with other words than the one read from {path}{missing}: not kept",
            )

    def _blocks(self, path: str, kind: str, text: str, *, quiet: bool = False) -> list[Block]:
        """The blocks of one form of the body; its warnings only when it is the one kept."""
        try:
            if kind == "nitf":
                return self._nitf_blocks(path, text, quiet)
            if kind == "html":
                parsed = html_to_blocks(text)
                for tag in () if quiet else parsed.skipped:
                    self.context.warn(
                        "NK-NINJS-118", path, f"the content of <{tag}> elements is code, not text: not kept"
                    )
                return list(parsed.blocks)
            return [Block(text=line) for line in _LINE_BREAK_RE.split(text) if line.strip()]
        except ValueError as exc:
            raise ModelValidationError(str(exc), self.context.where(path)) from None

    def _nitf_blocks(self, path: str, text: str, quiet: bool) -> list[Block]:
        """An NITF body, parsed by the hardened parser and read by the NITF reader's body code; NITF
        that is not well-formed XML is read as HTML, with a warning."""
        # The JSON string is already text: an encoding its XML declaration names no longer applies.
        unicode_text = _DECLARED_ENCODING_RE.sub(r"\1", text, count=1)
        try:
            root = parse_xml(unicode_text.encode("utf-8"), source=self.context.source).root
        except NewsmlKitError as exc:
            if not quiet:
                self.context.warn(
                    "NK-NINJS-119",
                    path,
                    f"the NITF body is not well-formed XML ({exc.message}): read as HTML",
                )
            return list(html_to_blocks(text).blocks)
        body = read_nitf_body(root, self.context.source)
        if not quiet:
            for warning in body.warnings:
                line = warning.location.line
                where = f" (line {line} of the NITF body)" if line else ""
                self.context.warn(warning.code, path, warning.message + where)
            for rendition in body.renditions:
                self.context.warn(
                    "NK-NINJS-120", path, f"the NITF body references media {rendition.href!r}: not kept"
                )
        return list(body.blocks)

    def _body_candidates(self) -> Iterator[tuple[str, str, str]]:
        """(path, kind, text) of each form of the body, in document order; kind is ``nitf``,
        ``html`` or ``text``, by the content type (or the property name) given."""
        obj = self.obj
        for entry in obj.objects("bodies"):
            value = entry.text("value")
            content_type = (entry.text("contenttype") or "").lower()
            role = (entry.text("role") or "").lower()
            for key in ("charcount", "wordcount"):
                entry.raw(key)  # counts of this very text
            entry.warn_unread_together()
            if value is not None:
                yield entry.at("value"), _body_kind(content_type, role), value
        for key in obj.names_starting("body_"):
            value = obj.text(key)
            if value is not None:
                yield obj.at(key), _body_kind(key, key), value

    # entities -----------------------------------------------------------------------------------------------

    def _entities(self) -> None:
        people = self._concepts(("people", "person"), "rel") + self._concepts(("authors",), "role")
        organisations = self._concepts(("organisations", "organisation"))
        places = self._concepts(("places", "place"))
        events = self._concepts(("events", "event"))
        for extra in events[1:]:
            self.context.warn("NK-NINJS-121", extra.obj.path, "a second event: the model holds one, not kept")
        groups = {"per": people, "org": organisations, "loc": places, "event": events[:1]}
        _assign_ids(groups, self.context)
        self.fields["people"] = [Person(id=c.id, name=c.name, roles=c.roles) for c in people]
        self.fields["organisations"] = [Organisation(id=c.id, name=c.name) for c in organisations]
        self.fields["places"] = [Place(id=c.id, name=c.name) for c in places]
        if events:
            self.fields["event"] = Event(id=events[0].id, name=events[0].name)

    def _concepts(self, names: tuple[str, ...], role_key: str | None = None) -> list[_Concept]:
        found = (self._concept(entry, role_key) for name in names for entry in self.obj.objects(name))
        return [concept for concept in found if concept is not None]

    def _concept(self, entry: JsonObject, role_key: str | None = None) -> _Concept | None:
        name = entry.text("name")
        # An identifier of this item's concept; a code in a scheme identifies it elsewhere (warned unread).
        keys = ("literal", "id") if entry.present("scheme") else ("literal", "id", "code")
        literal_key = next((key for key in keys if entry.present(key)), "literal")
        literal = entry.text(literal_key)
        roles: list[PersonRole] = []
        if role_key is not None:
            roles = self._roles(entry, role_key)
        if not name:
            entry.warn_unread_together()
            self.context.warn("NK-NINJS-122", entry.path, "an entity without a name: not kept")
            return None
        concept = _Concept(entry, name, literal, entry.at(literal_key), roles)
        entry.warn_unread_together()
        return concept

    def _roles(self, entry: JsonObject, key: str) -> list[PersonRole]:
        text = entry.text(key)
        if not text:
            return []
        roles: list[PersonRole] = []
        lost: list[str] = []
        for token in text.split():
            role = _AUTHOR_ROLES.get(token.lower()) if key == "role" else None
            if role is None and token in PersonRole.__members__.values():
                role = PersonRole(token)
            if role is None:
                lost.append(token)
            else:
                roles.append(role)
        if lost:
            self.context.warn(
                "NK-NINJS-123", entry.at(key), f"{key} {' '.join(lost)!r} is not carried: not kept"
            )
        return roles

    # subjects, status, renditions ---------------------------------------------------------------------------

    def _subjects(self) -> None:
        subjects = []
        for name in ("subjects", "subject"):
            for entry in self.obj.objects(name):
                subject = self._subject(entry)
                entry.warn_unread_together()
                if subject is not None:
                    subjects.append(subject)
        self.fields["subjects"] = subjects

    def _subject(self, entry: JsonObject) -> Subject | None:
        label = entry.text("name")
        candidates: list[tuple[str, str]] = []  # (qcode, the property it came from)
        literal, code, scheme, uri = (entry.text(k) for k in ("literal", "code", "scheme", "uri"))
        if code and scheme:
            joined = scheme + code if "://" in scheme else f"{scheme}:{code}"
            candidates.append((joined, "code"))
        for key, value in (("literal", literal), ("code", None if scheme else code)):
            if value and ":" in value:
                candidates.append((value, key))
            elif value and _IPTC_SUBJECT_CODE_RE.fullmatch(value):
                candidates.append((f"subj:{value}", key))
                self.context.warn(
                    "NK-NINJS-124",
                    entry.at(key),
                    f"{value!r} has no scheme: read as IPTC subject subj:{value}",
                )
        if uri:
            candidates.append((uri, "uri"))
        for qcode, key in candidates:
            try:
                subject = Subject(qcode=qcode, name=label)
            except ValidationError:
                continue
            others = [k for _, k in candidates if k != key]
            if others:
                self.context.warn(
                    "NK-NINJS-125", entry.path, f"subject read from {key!r}; {', '.join(others)} not kept"
                )
            return subject
        if literal or code or uri:
            self.context.warn(
                "NK-NINJS-126", entry.path, "a subject without a usable code (scheme:code): not kept"
            )
        else:
            self.context.warn("NK-NINJS-126", entry.path, "a subject without a code: not kept")
        return None

    def _status(self) -> None:
        obj = self.obj
        status = obj.text("pubstatus")
        path = obj.at("pubstatus")
        if status is not None:
            folded = status.strip().lower().replace("cancelled", "canceled")
            if folded in PubStatus.__members__.values():
                if folded != status:
                    self.context.warn("NK-NINJS-127", path, f"pubstatus {status!r} read as {folded!r}")
                self.fields["pub_status"] = PubStatus(folded)
            else:
                self.context.warn(
                    "NK-NINJS-128",
                    path,
                    f"pubstatus {status!r} is not usable, withheld or canceled: not kept",
                )
        self._put("urgency", whole_number(obj.raw("urgency"), obj.at("urgency"), self.context, 1, 9))

    def _renditions(self) -> None:
        renditions = []
        for key, path, value in self.obj.entries("renditions"):
            entry = json_object(value, path, self.context)
            name = entry.text("name")
            if name is None and key is not None:  # ninjs 1.x: renditions keyed by name
                name = json_text(key, path, self.context)
            href = entry.text("href")
            content_type = entry.text("contenttype" if entry.has("contenttype") else "mimetype")
            width = whole_number(entry.raw("width"), entry.at("width"), self.context)
            height = whole_number(entry.raw("height"), entry.at("height"), self.context)
            size = whole_number(entry.raw("sizeinbytes"), entry.at("sizeinbytes"), self.context)
            entry.warn_unread_together()
            if not href:
                self.context.warn("NK-NINJS-129", path, "a rendition without an href: not kept")
                continue
            renditions.append(
                Rendition(
                    href=from_uri(href, "href"),
                    rendition=name or None,
                    content_type=content_type,
                    width=width,
                    height=height,
                    size=size,
                )
            )
        self.fields["renditions"] = renditions

    def _type(self) -> None:
        kind = self.obj.raw("type")
        if kind not in (None, ITEM_TYPE):
            self.context.warn(
                "NK-NINJS-130", self.obj.at("type"), f"type {kind!r}: the model holds news items, not kept"
            )

    # helpers ------------------------------------------------------------------------------------------------

    def _put(self, name: str, value: object) -> None:
        if value is not None:
            self.fields[name] = value

    def _first_text(self, keys: list[str]) -> str | None:
        """The first of ``keys`` present (as text, when its name says HTML); a warning for the others."""
        chosen: str | None = None
        for key in keys:
            if chosen is None and self.obj.has(key):
                chosen = key
        if chosen is None:
            return None
        self._alternative(chosen, *keys)
        text = self.obj.text(chosen)
        return html_text(text) if text is not None and "html" in chosen else text

    def _alternative(self, chosen: str, *names: str) -> None:
        """A warning for each other spelling of a property that is present too."""
        for name in names:
            if name != chosen and self.obj.has(name):
                self.obj.raw(name)
                if not self.obj.present(name):
                    continue  # an empty alternative loses nothing
                self.context.warn(
                    "NK-NINJS-131", self.obj.at(name), f"{self.obj.at(chosen)} was read instead: not kept"
                )


def _ordered(first: tuple[str, ...], names: list[str]) -> list[str]:
    """``first``, then the other ``names`` in document order."""
    return [*first, *(name for name in names if name not in first)]


def _assign_ids(groups: dict[str, list[_Concept]], context: JsonContext) -> None:
    """A local id for every concept: its literal when that is a usable id not yet taken, else a new
    one, the group's prefix and a number."""
    taken: set[str] = set()
    for concept in (concept for group in groups.values() for concept in group):
        if concept.literal is None:
            continue
        if _valid(_LOCAL_ID, concept.literal) and concept.literal not in taken:
            concept.id = concept.literal
            taken.add(concept.id)
        else:
            context.warn(
                "NK-NINJS-132",
                concept.literal_path,
                f"{concept.literal!r} is not a usable local id: not kept",
            )
    for prefix, group in groups.items():
        counter = 0
        for concept in group:
            if concept.id:
                continue
            counter += 1
            while f"{prefix}{counter}" in taken:
                counter += 1
            concept.id = f"{prefix}{counter}"
            taken.add(concept.id)


_BODY_RANK: Final = {"nitf": 0, "html": 1, "text": 2}
_DECLARED_ENCODING_RE: Final = re.compile(r"""\A(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def _body_kind(content_type: str, role: str) -> str:
    if "nitf" in content_type:
        return "nitf"
    if "html" in content_type or role in _HTML_BODY_ROLES or "richtext" in role:
        return "html"
    return "text"


_WORD_RE: Final = re.compile(r"\w+")


def _words(blocks: list[Block]) -> Counter[str]:
    return Counter(word for block in blocks for word in _WORD_RE.findall(block.text))


def _id_text(value: Any, path: str, context: JsonContext) -> str:
    if isinstance(value, int | str) and not isinstance(value, bool) and str(value):
        return json_text(str(value), path, context)
    raise context.error(path, f"expected a string or a number, got {kind_of(value)}")
