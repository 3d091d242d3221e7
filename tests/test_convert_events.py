"""`convert` of an input whose content is its events (issue 15): concept, knowledge and planning items
and a news item whose inlineXML holds events become EventsML-G2 ``conceptItem``s with --to newsml
(one per file with --out-dir, a ``newsMessage`` of them on stdout), valid against the official XSD
and read back equal; other formats write the event items; errors name the file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result
from lxml import etree

from newsml_kit import api
from newsml_kit.cli import main
from newsml_kit.validate import validate_bytes
from support.paths import TESTS

DATA = TESTS / "data" / "g2"
G2_NS = "http://iptc.org/std/nar/2006-10-01/"
LISTING_16 = "corpus/newsmlg2/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml"
WITH_EVENTS = "corpus/newsmlg2/NewsMsg_withEvents_2.28.xml"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _valid(data: bytes) -> None:
    result = validate_bytes(data, "events.xml")
    assert result.schema is not None
    assert "NewsML-G2_2.35" in result.schema
    assert not result.errors, result.errors


def test_a_planning_item_converts_to_one_concept_item_read_back_equal() -> None:
    path = DATA / "events-planning.xml"
    result = run("convert", str(path), "--to", "newsml")
    assert result.exit_code == 0, result.output
    data = result.stdout_bytes
    assert etree.fromstring(data).tag == f"{{{G2_NS}}}conceptItem"
    _valid(data)
    assert api.read(data).events == api.read(path).events


def test_several_events_on_stdout_are_a_news_message_of_concept_items() -> None:
    path = DATA / "events-knowledge.xml"
    result = run("convert", str(path), "--to", "newsml")
    assert result.exit_code == 0, result.output
    root = etree.fromstring(result.stdout_bytes)
    assert root.tag == f"{{{G2_NS}}}newsMessage"
    assert [etree.QName(item).localname for item in root.iterfind(f"{{{G2_NS}}}itemSet/*")] == [
        "conceptItem",
        "conceptItem",
    ]
    _valid(result.stdout_bytes)
    assert api.read(result.stdout_bytes).events == api.read(path).events


def test_events_with_out_dir_are_one_concept_item_per_file(tmp_path: Path) -> None:
    path = DATA / "events-knowledge.xml"
    out = tmp_path / "out"
    result = run("convert", str(path), "--to", "newsml", "--out-dir", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == ["events-knowledge.1.xml", "events-knowledge.2.xml"]
    expected = api.read(path).events
    for name, event in zip(written, expected, strict=True):
        data = (out / name).read_bytes()
        _valid(data)
        assert api.read(data).events == (event,)


def test_one_event_with_out_dir_is_named_after_its_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(DATA / "events-planning.xml"), "--to", "newsml", "--out-dir", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["events-planning.xml"]


def test_events_to_json_and_ninjs_carry_the_event_items() -> None:
    path = DATA / "events-knowledge.xml"
    events = api.read(path).events
    ninjs = run("convert", str(path), "--to", "ninjs")
    assert ninjs.exit_code == 0, ninjs.output
    collection = json.loads(ninjs.stdout)
    assert [document["uri"] for document in collection] == [item.guid for item in events]
    one = run("convert", str(DATA / "events-planning.xml"), "--to", "json")
    assert one.exit_code == 0, one.output
    assert api.read(one.stdout_bytes).item == api.read(DATA / "events-planning.xml").events[0]


def test_listing_16_converts_to_its_three_events(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(shared / LISTING_16), "--to", "newsml", "--out-dir", str(out))
    assert result.exit_code == 0, result.output
    files = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    assert len(files) == 3
    names = []
    for file in files:
        _valid(file.read_bytes())
        (event,) = api.read(file).events
        assert event.event is not None
        names.append(event.event.name)
    assert sorted(names) == sorted(
        ["IPTC Autumn Meeting 2018", "Annomarket text analytics EU project", "Accidental Heroes"]
    )


def test_a_message_with_articles_and_events_stays_a_message(shared: Path) -> None:
    result = run("convert", str(shared / WITH_EVENTS), "--to", "newsml")
    assert result.exit_code == 0, result.output
    assert etree.fromstring(result.stdout_bytes).tag == f"{{{G2_NS}}}newsMessage"
    assert b"<newsItem" in result.stdout_bytes or b":newsItem" in result.stdout_bytes


def test_an_event_without_a_start_date_keeps_its_source_item_in_g2(tmp_path: Path) -> None:
    # A conceptItem needs a start date; the planning item is then written back as it came, not lost.
    source = (DATA / "events-planning.xml").read_bytes()
    start = source.index(b"<dates>")
    end = source.index(b"</dates>") + len(b"</dates>")
    path = tmp_path / "no-start.xml"
    path.write_bytes(source[:start] + source[end:])
    result = run("convert", str(path), "--to", "newsml")
    assert result.exit_code == 0, result.output
    assert etree.QName(etree.fromstring(result.stdout_bytes)).localname == "planningItem"
    out = tmp_path / "out"
    batch = run("convert", str(path), "--to", "newsml", "--out-dir", str(out))
    assert batch.exit_code == 0, batch.output
    (written,) = [p for p in out.iterdir() if p.suffix == ".xml"]
    assert etree.QName(etree.fromstring(written.read_bytes())).localname == "planningItem"
    as_json = run("convert", str(path), "--to", "json")
    assert as_json.exit_code == 0, as_json.output
    assert "start" not in json.loads(as_json.stdout)["event"]


def test_plain_text_has_no_place_for_events_so_it_writes_the_news_items(shared: Path) -> None:
    result = run("convert", str(shared / LISTING_16), "--to", "text")
    assert result.exit_code == 0, result.output
    # The news item as before (its headline), not three event items.
    assert result.stdout.count("guid") == 1
    assert "qqwpiruuew4711#event" not in result.stdout
