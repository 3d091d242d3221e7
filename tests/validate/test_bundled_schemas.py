"""The official schemas ship with the package, unmodified and attributed, and `newsml-kit validate` uses them
with no flags and no environment variables: agency NewsML-G2 and ninjs, and everything newsml-kit writes."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsml_kit import api
from newsml_kit.cli import main
from newsml_kit.formats.g2.events import write_event_item
from newsml_kit.formats.g2.names import XSD_ENV as G2_ENV
from newsml_kit.formats.ninjs.names import SCHEMA_ENV as NINJS_ENV
from newsml_kit.formats.nitf import XSD_ENV as NITF_ENV
from newsml_kit.resources import schema_path
from newsml_kit.validate import fetch as fetch_module
from newsml_kit.validate import validate_bytes
from newsml_kit.validate.bundled import G2_XSD, NINJS_VERSIONS, ninjs_version
from support.paths import REPO

SAMPLE = REPO / "samples" / "conference-danang.txt"


@pytest.fixture(autouse=True)
def no_configured_schemas(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No env variables and an empty cache: only what ships with the package."""
    for variable in (G2_ENV, NITF_ENV, NINJS_ENV, fetch_module.URL_ENV):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


# --- what ships ---------------------------------------------------------------------------------------------


def test_bundled_g2_xsd_is_the_official_one_byte_for_byte() -> None:
    """The same SHA-256 that `schemas fetch` pins for IPTC's download: unmodified."""
    folder = schema_path(G2_XSD).parent
    for name, digest in fetch_module.PINNED.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_bundled_ninjs_schemas_are_the_official_ones(shared: Path) -> None:
    official = shared / "standards" / "ninjs"
    for version in NINJS_VERSIONS:
        name = f"ninjs-schema_{version}.json"
        assert schema_path(f"iptc/ninjs/{name}").read_bytes() == (official / "schema" / name).read_bytes()
    geojson = official / "third_party" / "geojson" / "GeoJSON.json"
    assert schema_path("third-party/geojson/GeoJSON.json").read_bytes() == geojson.read_bytes()


def test_every_bundled_third_party_schema_has_its_licence_and_is_named_in_the_notice() -> None:
    notice = (REPO / "NOTICE").read_text()
    root = schema_path(G2_XSD).parents[2]  # the schemas/ folder
    for folder in ("iptc/newsml-g2-2.35", "iptc/ninjs", "third-party/geojson"):
        licences = [p for p in (root / folder).iterdir() if p.name.startswith("LICENSE")]
        assert licences, f"{folder} ships without its licence"
        assert f"schemas/{folder}/" in notice, f"NOTICE does not name {folder}"
    assert "CC BY 4.0" in notice
    assert "NITF" in notice  # and says why the NITF XSD is not shipped


def test_the_nitf_xsd_does_not_ship() -> None:
    shipped = [p.name.lower() for p in schema_path(G2_XSD).parents[2].rglob("*")]
    assert [name for name in shipped if "nitf" in name] == []


# --- which ninjs schema a document goes against ----------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "version"),
    [
        ({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#", "uri": "urn:x"}, "2.1"),
        ({"standard": {"name": "ninjs", "version": "3.0"}, "uri": "urn:x"}, "3.0"),
        ({"standard": {"name": "ninjs", "version": "2"}, "uri": "urn:x"}, "2.2"),
        ({"uri": "urn:x", "versionCreated": "2024-01-02T03:04:05Z"}, "3.1"),
        ({"uri": "urn:x", "headlines": [{"value": "H"}]}, "2.2"),
        ({"uri": "urn:x", "headline": "H", "versioncreated": "2024-01-02T03:04:05Z"}, "1.6"),
        ({"guid": "x", "body_html": "<p>a</p>"}, "1.6"),
    ],
)
def test_ninjs_version_from_declaration_or_property_names(document: dict[str, object], version: str) -> None:
    assert ninjs_version(document) == version


def test_a_ninjs_collection_is_validated_entry_by_entry() -> None:
    good = {"uri": "urn:x:1", "versionCreated": "2024-01-02T03:04:05Z"}
    bad = {"uri": "urn:x:2", "versionCreated": "yesterday"}
    result = validate_bytes(json.dumps([good, bad]).encode(), "feed.json")
    assert result.format == "ninjs"
    assert result.status == "invalid"
    assert [d.location.field for d in result.errors] == ["/1/versionCreated"]
    assert validate_bytes(json.dumps([good, good]).encode(), "feed.json").status == "valid"


def test_an_ap_media_api_envelope_is_validated_by_its_item() -> None:
    item = {"uri": "http://api.example/content/1", "versioncreated": "2024-01-02T03:04:05Z", "version": 1}
    envelope = {"api_version": "2", "id": "abc", "data": {"item": item}}
    result = validate_bytes(json.dumps(envelope).encode(), "ap.json")
    assert result.format == "ninjs"
    # ninjs 1.x types version as a string: AP's number is an error, located inside the envelope.
    assert [d.location.field for d in result.errors] == ["/data/item/version"]


# --- validate with no set-up --------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["newsmlg2", "ninjs"])
def test_every_corpus_file_gets_a_verdict_without_flags(shared: Path, folder: str) -> None:
    files = files_of(shared / "corpus" / folder)
    result = run("validate", str(shared / "corpus" / folder))
    assert result.exit_code in {0, 1}, result.output
    for path in files:
        assert re.search(rf"^{re.escape(str(path))}: (valid|invalid)\b", result.output, re.M), path.name
    assert "without a schema" not in result.output


def _own_outputs(shared: Path) -> dict[str, bytes]:
    item = api.read(SAMPLE).item
    agency = api.read(shared / "corpus" / "newsmlg2" / "dpa.xml")
    nitf = api.read(shared / "corpus" / "nitf" / "aap.xml").item
    events = api.read(shared / "corpus" / "newsmlg2" / "NewsMsg_withEvents_2.28.xml")
    return {
        "own.xml": api.write(item, "newsml"),
        "own-3.1.json": api.write(item, "ninjs"),
        "own-2.2.json": api.write(item, "ninjs", ninjs_version="2.2"),
        "agency-back.xml": api.write(agency.message or agency.item, "newsml"),
        "agency.json": api.write(agency.item, "ninjs"),
        "nitf-as-g2.xml": api.write(nitf, "newsml"),
        "nitf-as-ninjs.json": api.write(nitf, "ninjs"),
        "event-item.xml": write_event_item(events.events[0]),
    }


def test_everything_newsml_kit_writes_is_valid_without_flags(shared: Path, tmp_path: Path) -> None:
    for name, data in _own_outputs(shared).items():
        (tmp_path / name).write_bytes(data)
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in _own_outputs(shared):
        assert re.search(rf"^{re.escape(str(tmp_path / name))}: valid\b", result.output, re.M), name


def test_the_pre_commit_hooks_need_no_schema_option(shared: Path) -> None:
    hooks_file = (REPO / ".pre-commit-hooks.yaml").read_text()
    entries = re.findall(r"^\s*entry:\s*(.+?)\s*$", hooks_file, re.M)
    assert entries
    assert not re.search(r"^\s*args:.*--schema", hooks_file, re.M)
    corpus = shared / "corpus"
    for entry in entries:
        words = entry.split()
        assert words[:2] == ["newsml-kit", "validate"]
        assert "--schema" not in words
        # As pre-commit runs it: the entry, then the staged files (agency G2 and ninjs among them).
        staged = [str(corpus / "newsmlg2" / "dpa.xml"), str(corpus / "ninjs" / "ninjs1.json")]
        result = run(*words[1:], *staged)
        assert result.exit_code in {0, 1}, result.output
        assert "no schema" not in result.output
