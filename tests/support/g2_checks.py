"""The check that a NewsML-G2 document is valid against the profile and, when the shared data is
there, the official 2.35 XSD, with both engines, and that every idref resolves."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from newsml_kit.formats.g2 import G2
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml
from support.xsd import lxml_schema, xmlschema_schema

OFFICIAL = Path("standards/newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd")
NS = {"g": G2}


def _shared_official() -> Path | None:
    from conftest import shared_dir

    shared = shared_dir()
    return None if shared is None else shared / OFFICIAL


def schemas() -> list[Path]:
    """The profile, and the official 2.35 XSD when the shared data is there."""
    official = _shared_official()
    return [schema_path("newsml-kit-g2.xsd"), *([official] if official is not None else [])]


def assert_valid(data: bytes, *, with_xmlschema: bool = True) -> None:
    root = parse_xml(data).root
    for path in schemas():
        schema = lxml_schema(path)
        assert schema.validate(root), f"{path.name}: {schema.error_log}"
        if with_xmlschema:
            errors = list(xmlschema_schema(path).iter_errors(etree.ElementTree(root)))
            assert not errors, f"{path.name}: {errors[0]}"
    assert_idrefs_resolve(root)


def assert_idrefs_resolve(root: etree._Element) -> None:
    """libxml2 does not check IDREF targets: every idrefs token must name an id of the document."""
    ids = {element.get("id") for element in root.iter() if element.get("id") is not None}
    for ref in root.iterfind("g:inlineRef", NS):
        for token in ref.get("idrefs", "").split():
            assert token in ids, f"idref {token!r} has no target"
