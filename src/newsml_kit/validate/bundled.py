"""The official schemas that ship with the package, unmodified (see NOTICE), and which one a document takes.

* NewsML-G2: IPTC's 2.35 XSD (``schemas/iptc/newsml-g2-2.35/``, CC BY 4.0), with the ``xml.xsd`` it imports;
* ninjs: IPTC's JSON Schemas 1.0 to 3.1 (``schemas/iptc/ninjs/``), and the GeoJSON schema the 2.x and 3.x
  schemas reference (``schemas/third-party/geojson/``), so that no ``$ref`` reaches for the network.

The NITF XSD is not bundled: its IPTC licence cannot be passed on under Apache-2.0 (NOTICE says why).

A ninjs document goes against the version it declares (``$schema``, or ``standard.version``), else the
version its property names belong to: 3.x writes them in camel case, 2.x introduced ``headlines``,
``bodies`` and the other lists, and everything else is 1.x.
"""

from __future__ import annotations

import re
from typing import Final

from newsml_kit.validate.schemas import JsonSchemaInfo, XsdInfo, inspect_xsd, load_json_schema

G2_XSD: Final = "iptc/newsml-g2-2.35/NewsML-G2_2.35-spec-All-Power.xsd"
NINJS_FOLDER: Final = "iptc/ninjs"
NINJS_VERSIONS: Final = ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1", "2.2", "3.0", "3.1")
GEOJSON: Final = "third-party/geojson/GeoJSON.json"
LATEST: Final = {"1": "1.6", "2": "2.2", "3": "3.1"}
"""The version taken for a document known only by its major version."""

_DECLARED_RE: Final = re.compile(r"ninjs-schema_(\d+\.\d+)\.json")
# Property names only ninjs 3.x spells this way (2.x has them in lower case).
_V3_NAMES: Final = frozenset(
    {
        "versionCreated", "firstCreated", "contentCreated", "embargoedUntil", "pubStatus", "altIds",
        "copyrightHolder", "copyrightNotice", "usageTerms", "infoSources", "representationType",
    }
)  # fmt: skip
# Properties ninjs 2.0 introduced (lists with roles) or renamed; 1.x has none of them.
_V2_NAMES: Final = frozenset(
    {
        "headlines", "bodies", "descriptions", "infosources", "by", "people", "organisations", "places",
        "events", "objects", "subjects", "genres", "trustindicators", "standard",
    }
)  # fmt: skip


def g2_xsd() -> XsdInfo:
    """The official NewsML-G2 2.35 XSD shipped with the package."""
    from newsml_kit.resources import schema_path

    return inspect_xsd(schema_path(G2_XSD))


def ninjs_version(document: object) -> str:
    """The ninjs version whose schema ``document`` (one ninjs object) goes against."""
    if not isinstance(document, dict):
        return LATEST["3"]
    declared = document.get("$schema")
    if isinstance(declared, str):
        found = _DECLARED_RE.search(declared)
        if found and found[1] in NINJS_VERSIONS:
            return found[1]
    standard = document.get("standard")
    if isinstance(standard, dict):
        version = str(standard.get("version", "")).strip()
        if version in NINJS_VERSIONS:
            return version
        if version[:1] in LATEST:
            return LATEST[version[:1]]
    keys = set(document)
    if keys & _V3_NAMES:
        return LATEST["3"]
    if keys & _V2_NAMES:
        return LATEST["2"]
    return LATEST["1"]


def ninjs_schema(version: str) -> JsonSchemaInfo:
    """The shipped official schema of a ninjs version (one of ``NINJS_VERSIONS``)."""
    from newsml_kit.resources import schema_path

    return load_json_schema(schema_path(f"{NINJS_FOLDER}/ninjs-schema_{version}.json"))


def geojson_schema() -> JsonSchemaInfo:
    """The GeoJSON schema that ninjs 2.x and 3.x reference for geometries."""
    from newsml_kit.resources import schema_path

    return load_json_schema(schema_path(GEOJSON))
