"""Which schema a document is checked against, and what the validator needs to know about an XSD.

Lookup, by format (DESIGN.md section 4; issue 5):

* NewsML-G2 written by newsml-kit (it uses the project's extension namespace): an explicit ``--schema``
  for its namespace, else the project's own profile ``newsml-kit-g2.xsd``, found with ``schema_path``;
* other NewsML-G2: ``--schema``, else ``$NEWSML_KIT_G2_XSD``, else the official XSD downloaded by
  ``newsml-kit schemas fetch``, else the official 2.35 XSD shipped with the package (``bundled``);
* NITF: ``--schema``, else ``$NEWSML_KIT_NITF_XSD`` (its licence keeps it out of the package);
* NewsML 1.x: ``--schema`` only;
* ninjs: a JSON Schema given with ``--schema``, else ``$NEWSML_KIT_NINJS_SCHEMA``, else the shipped
  official schema of the document's ninjs version;
* canonical JSON: the project's JSON Schema.

No XSD is ever loaded before :func:`inspect_xsd` has walked its ``xs:import``/``xs:include`` tree with
the hardened parser: a remote ``schemaLocation`` is refused up front, so no engine can reach the network.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from lxml import etree

from newsml_kit.errors import Location, NewsmlKitError
from newsml_kit.xmlsafe import parse_xml

XS: Final = "http://www.w3.org/2001/XMLSchema"
NK_NAMESPACE: Final = "https://newsml-kit.github.io/ns/1"
"""The project's extension namespace: a G2 document using it was written by newsml-kit."""
PROFILE_XSD: Final = "newsml-kit-g2.xsd"
G2_ENV: Final = "NEWSML_KIT_G2_XSD"
NITF_ENV: Final = "NEWSML_KIT_NITF_XSD"
NINJS_ENV: Final = "NEWSML_KIT_NINJS_SCHEMA"
CANONICAL_JSON_SCHEMA: Final = "newsml-kit.schema.json"

_IMPORTS: Final = {f"{{{XS}}}{name}" for name in ("import", "include", "redefine", "override")}
_URL_SCHEME: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # two letters at least: C:\ is a path
_MAX_SCHEMA_FILES: Final = 200


class SchemaError(NewsmlKitError):
    """A schema that cannot be used: unreadable, malformed, or importing something remote."""

    code = "NK-VAL-007"


class NoSchemaError(NewsmlKitError):
    """No schema is available for a document: a usage problem (exit 2), with how to get one."""

    code = "NK-VAL-003"


IdrefHolders = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class XsdInfo:
    """An XSD as the validator sees it: where it is, and the facts the checks beyond the XSD need."""

    path: Path
    target_namespace: str | None
    version: str | None
    global_elements: frozenset[str]
    idref_attributes: frozenset[str]  # attribute names declared xs:IDREF or xs:IDREFS, and never otherwise
    # (local name of an element that may carry some of them, those names), sorted; None: any element, any name
    idref_holders: IdrefHolders | None
    idref_lists: frozenset[str]  # those declared xs:IDREFS only (an empty value is invalid)
    qcode_attributes: frozenset[str]  # attribute names declared with a G2 QCode type somewhere

    @property
    def name(self) -> str:
        return str(self.path)

    @functools.cached_property
    def idref_tags(self) -> dict[str, tuple[str, ...]] | None:
        """``idref_holders`` keyed by lxml tag (``{namespace}local``), built once; None: any element."""
        if self.idref_holders is None:
            return None
        return {etree.QName(self.target_namespace, local).text: names for local, names in self.idref_holders}

    @functools.cached_property
    def idref_shared_names(self) -> tuple[str, ...] | None:
        """The IDREF attribute names when every holder takes the same ones (then no lookup by tag)."""
        found = {names for _, names in self.idref_holders or ()}
        return found.pop() if len(found) == 1 else None


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: load_json_schema() gives one per path
class JsonSchemaInfo:
    path: Path
    schema: dict[str, Any]

    @property
    def id(self) -> str | None:
        value = self.schema.get("$id", self.schema.get("id"))
        return value if isinstance(value, str) else None

    @property
    def name(self) -> str:
        return str(self.path)


@functools.cache
def inspect_xsd(path: Path) -> XsdInfo:
    """Read an XSD and everything it imports or includes (locally); SchemaError for anything remote."""
    real = path.resolve()
    documents = _schema_documents(real)
    root = documents[0][1]
    declared: dict[str, set[str]] = {}
    for _, doc in documents:
        for attribute in doc.iter(f"{{{XS}}}attribute"):
            name, kind = attribute.get("name"), attribute.get("type")
            if name and kind:
                declared.setdefault(name, set()).add(_type_name(attribute, kind))
    idrefs = {
        name
        for name, types in declared.items()
        if types & {f"{{{XS}}}IDREF", f"{{{XS}}}IDREFS"} and types <= {f"{{{XS}}}IDREF", f"{{{XS}}}IDREFS"}
    }
    qcodes = {
        name
        for name, types in declared.items()
        if any(kind.rsplit("}", 1)[-1] in {"QCodeType", "QCodeListType"} for kind in types)
    }
    elements = {child.get("name", "") for child in root.iterchildren(f"{{{XS}}}element")}
    holders = _holders([doc for _, doc in documents], idrefs)
    lists = {name for name in idrefs if declared[name] == {f"{{{XS}}}IDREFS"}}
    return XsdInfo(
        path=real,
        target_namespace=root.get("targetNamespace"),
        version=root.get("version"),
        global_elements=frozenset(elements - {""}),
        idref_attributes=frozenset(idrefs),
        idref_holders=holders,
        idref_lists=frozenset(lists),
        qcode_attributes=frozenset(qcodes),
    )


def _holders(documents: list[etree._Element], names: set[str]) -> IdrefHolders | None:
    """The elements on which the attributes ``names`` are declared, each with the names declared on it,
    following named complex types (and types derived from them) to the elements of those types; None when
    a declaration cannot be traced."""
    found: dict[str, set[str]] = {}
    for doc in documents:
        for attribute in doc.iter(f"{{{XS}}}attribute"):
            name = attribute.get("name")
            if name is None or name not in names:
                continue
            owners = _owners(documents, attribute, depth=0)
            if owners is None:
                return None
            for owner in owners:
                found.setdefault(owner, set()).add(name)
    return tuple((owner, tuple(sorted(found[owner]))) for owner in sorted(found))


def _owners(documents: list[etree._Element], node: etree._Element, depth: int) -> set[str] | None:
    if depth > 20:
        return None
    parent = node.getparent()
    while parent is not None and parent.get("name") is None:
        parent = parent.getparent()
    if parent is None:
        return None
    kind, name = etree.QName(parent).localname, parent.get("name", "")
    if kind == "element":
        return {name}
    if kind != "complexType":
        return None  # an attributeGroup or something rarer: walk every element
    owners: set[str] = set()
    for doc in documents:
        for element in doc.iter(f"{{{XS}}}element"):
            if element.get("type", "").rpartition(":")[2] == name and element.get("name"):
                owners.add(element.get("name", ""))
        for derived in doc.iter(f"{{{XS}}}extension", f"{{{XS}}}restriction"):
            if derived.get("base", "").rpartition(":")[2] == name:
                more = _owners(documents, derived, depth + 1)
                if more is None:
                    return None
                owners |= more
    return owners


def _type_name(element: etree._Element, value: str) -> str:
    prefix, _, local = value.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    return f"{{{namespace}}}{local}" if namespace else local


def _schema_documents(path: Path) -> list[tuple[Path, etree._Element]]:
    """The schema at ``path`` and every local schema it pulls in, each parsed once, in discovery order."""
    seen: dict[Path, etree._Element] = {}
    pending = [path]
    while pending:
        current = pending.pop(0)
        if current in seen:
            continue
        if len(seen) >= _MAX_SCHEMA_FILES:
            raise SchemaError(f"schema pulls in more than {_MAX_SCHEMA_FILES} files", Location(str(path)))
        root = _read_schema(current, path)
        seen[current] = root
        for reference in root.iter(*_IMPORTS):
            location = reference.get("schemaLocation")
            if location is None:
                continue  # a namespace-only import: engines use what they know of it, never the network
            where = Location(str(current), reference.sourceline)
            if _URL_SCHEME.match(location) and not location.startswith("file:"):
                raise SchemaError(
                    f"schema imports {location!r}: remote schemas are never fetched; "
                    "download it and point schemaLocation at the local copy",
                    where,
                )
            local = location.removeprefix("file://") if location.startswith("file:") else location
            target = (current.parent / local).resolve()
            if not target.is_file():
                raise SchemaError(f"schema imports {location!r}, which is not a readable file", where)
            pending.append(target)
    return list(seen.items())


def _read_schema(path: Path, top: Path) -> etree._Element:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemaError(f"cannot read schema: {exc.strerror or exc}", Location(str(path))) from None
    try:
        root = parse_xml(data, source=str(path)).root
    except NewsmlKitError as exc:
        raise SchemaError(f"schema is not usable XML: {exc.message}", exc.location) from None
    if root.tag != f"{{{XS}}}schema":
        raise SchemaError(
            f"not an XML Schema (root element {etree.QName(root).text}); given as a schema through {top}",
            Location(str(path)),
        )
    return root


def load_json_schema(path: Path) -> JsonSchemaInfo:
    return _load_json_schema(path.resolve())


@functools.cache
def _load_json_schema(path: Path) -> JsonSchemaInfo:
    try:
        tree = json.loads(path.read_bytes())
    except OSError as exc:
        raise SchemaError(f"cannot read schema: {exc.strerror or exc}", Location(str(path))) from None
    except (ValueError, RecursionError) as exc:
        raise SchemaError(f"JSON Schema is not valid JSON: {exc}", Location(str(path))) from None
    if not isinstance(tree, dict):
        raise SchemaError("a JSON Schema must be a JSON object", Location(str(path)))
    return JsonSchemaInfo(path, tree)


@dataclass(frozen=True)
class SchemaChoice:
    """The schemas given on the command line (``--schema``), sorted by kind."""

    xsds: tuple[XsdInfo, ...] = ()
    json_schemas: tuple[JsonSchemaInfo, ...] = ()

    @classmethod
    def from_paths(cls, paths: Sequence[str | os.PathLike[str]]) -> SchemaChoice:
        xsds: list[XsdInfo] = []
        jsons: list[JsonSchemaInfo] = []
        for given in paths:
            path = Path(given)
            if _looks_like_json(path):
                jsons.append(load_json_schema(path))
            else:
                xsds.append(inspect_xsd(path))
        return cls(tuple(xsds), tuple(jsons))

    def xsd_for(self, root: etree._Element, fmt: str) -> XsdInfo:
        """The XSD for a parsed NewsML-G2 or NITF document; NoSchemaError saying how to give one."""
        namespace = etree.QName(root).namespace
        local = etree.QName(root).localname
        explicit = self._explicit_xsd(namespace, local)
        if explicit is not None:
            return explicit
        if fmt == "newsml":
            if uses_extension_namespace(root):
                profile = project_xsd(PROFILE_XSD)
                # The profile types items; a message of them goes against the official XSD.
                if profile is not None and local in profile.global_elements:
                    return profile
            return _from_env_or_cache(G2_ENV, fetched=True, what="NewsML-G2")
        if fmt == "newsml1":
            raise NoSchemaError(
                "no schema available for NewsML 1.x: newsml-kit bundles none; give IPTC's NewsML 1.2 XSD "
                "with --schema FILE"
            )
        return _from_env_or_cache(NITF_ENV, fetched=False, what="NITF")

    def _explicit_xsd(self, namespace: str | None, local: str) -> XsdInfo | None:
        if not self.xsds:
            return None
        for match in (
            lambda xsd: xsd.target_namespace == namespace,
            lambda xsd: local in xsd.global_elements,
        ):
            found = [xsd for xsd in self.xsds if match(xsd)]
            if found:
                return found[0]
        return self.xsds[0] if len(self.xsds) == 1 else None

    def ninjs_schema(self, document: object) -> JsonSchemaInfo:
        declared = document.get("$schema") if isinstance(document, dict) else None
        if self.json_schemas:
            for schema in self.json_schemas:
                if declared and schema.id and _same_uri(schema.id, str(declared)):
                    return schema
            return self.json_schemas[0]
        configured = os.environ.get(NINJS_ENV)
        if configured:
            return load_json_schema(Path(configured))
        from newsml_kit.validate.bundled import ninjs_schema, ninjs_version

        return ninjs_schema(ninjs_version(document))


def _same_uri(left: str, right: str) -> bool:
    def norm(uri: str) -> str:
        return re.sub(r"^https?://(www\.)?", "", uri).rstrip("#/")

    return norm(left) == norm(right)


def _looks_like_json(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(256).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise SchemaError(f"cannot read schema: {exc.strerror or exc}", Location(str(path))) from None
    return head[:1] == b"{"


def uses_extension_namespace(root: etree._Element) -> bool:
    """Whether a G2 document was written by newsml-kit: it declares or uses the project's namespace."""
    if NK_NAMESPACE in root.nsmap.values():
        return True
    return any(
        isinstance(element.tag, str) and element.tag.startswith(f"{{{NK_NAMESPACE}}}")
        for element in root.iter()
    )


def project_xsd(name: str) -> XsdInfo | None:
    """A schema shipped in the project's ``schemas/`` folder, or None while it does not exist."""
    from newsml_kit.resources import schema_path

    try:
        return inspect_xsd(schema_path(name))
    except FileNotFoundError:
        return None


def _from_env_or_cache(variable: str, *, fetched: bool, what: str) -> XsdInfo:
    configured = os.environ.get(variable)
    if configured:
        return inspect_xsd(Path(configured))
    if fetched:
        from newsml_kit.validate.fetch import fetched_g2_xsd

        path = fetched_g2_xsd()
        if path is not None:
            return inspect_xsd(path)
        from newsml_kit.validate.bundled import g2_xsd

        return g2_xsd()
    raise NoSchemaError(
        f"no schema available for {what}: the official XSD is not bundled (its IPTC licence does not allow "
        f"it); give it with --schema FILE or ${variable}"
    )
