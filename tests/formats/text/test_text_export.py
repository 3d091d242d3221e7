"""Plain text from any item (issue 15): ``convert --to text`` succeeds on every agency file of the
shared corpus, the text read back holds the same body words, and what plain text cannot carry is
named in warnings (formats/text/export.py)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsml_kit import read
from newsml_kit.cli import main
from newsml_kit.formats.base import ReadOptions, ReadResult
from newsml_kit.formats.text import read_text
from newsml_kit.formats.text.export import export_text
from newsml_kit.model import Block, Message, NewsItem
from support.paths import TESTS

DATA = TESTS / "data" / "g2"
_NUMERIC_REFERENCE = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);")
AGENCY_FOLDERS = ("newsmlg2", "nitf", "ninjs", "newsml1")


def _words(item: NewsItem) -> list[str]:
    return " ".join(block.text for block in item.body).split()


def _same_words(back: ReadResult, item: NewsItem, name: str) -> None:
    """The text read back has the item's body words; a character reference the agency escaped
    twice (``&amp;#39;``) is decoded by the text reader, which says so."""
    if _words(back.item) == _words(item):
        return
    assert any("character reference" in w.message for w in back.warnings), name
    decoded = _NUMERIC_REFERENCE.sub(lambda m: html.unescape(m[0]), " ".join(_words(item)))
    assert _words(back.item) == decoded.split(), name


def _agency_files(shared: Path) -> list[Path]:
    files = [
        path
        for folder in AGENCY_FOLDERS
        for path in sorted((shared / "corpus" / folder).iterdir())
        if path.is_file() and path.suffix != ".md"
    ]
    assert files, "no agency file in the shared corpus"
    return files


def test_every_agency_file_converts_to_text_with_its_body_words(shared: Path) -> None:
    runner = CliRunner()
    for path in _agency_files(shared):
        run = runner.invoke(main, ["convert", str(path), "--to", "text"])
        assert run.exit_code == 0, (path.name, run.output)
        result = read(path)
        for item in result.items:
            data, _ = export_text(item)
            _same_words(read_text(data, ReadOptions(extract=False)), item, path.name)
        if len(result.items) == 1 and result.message is None:
            _same_words(read_text(run.stdout_bytes, ReadOptions(extract=False)), result.item, path.name)


def test_a_paragraph_with_a_line_break_is_written_with_a_warning_not_refused() -> None:
    item = NewsItem(
        guid="urn:x:1",
        headline="Harbour news",
        urgency=3,
        body=[Block(text="Berlin/Potsdam\nThe quay opens."), Block(text="Second.")],
    )
    data, notes = export_text(item)
    back = read_text(data, ReadOptions(extract=False)).item
    assert [b.text for b in back.body] == ["Berlin/Potsdam The quay opens.", "Second."]
    assert back.headline == "Harbour news"
    assert any("line breaks" in note for note in notes)
    assert any("urgency" in note for note in notes)


def test_strict_still_refuses_rather_than_lose(tmp_path: Path) -> None:
    item = NewsItem(guid="urn:x:1", body=[Block(text="a\nb")], headline="H")
    source = tmp_path / "item.json"
    source.write_bytes(__import__("newsml_kit").write(item, "json"))
    strict = CliRunner().invoke(main, ["convert", str(source), "--to", "text", "--strict"])
    assert strict.exit_code == 1
    assert "line break" in strict.output
    lenient = CliRunner().invoke(main, ["convert", str(source), "--to", "text"])
    assert lenient.exit_code == 0
    assert "a b" in lenient.stdout


def test_an_item_read_from_text_keeps_its_exact_bytes() -> None:
    data = "# doc_id = 7\n# headline = Quay\nOne.\nTwo."
    item = read_text(data.encode(), ReadOptions(extract=False)).item
    assert export_text(item) == (data.encode(), [])


def test_a_message_writes_every_item_each_with_its_header() -> None:
    message = Message(
        items=[NewsItem(guid="urn:x:1", body=[Block(text="First\nitem.")]), NewsItem(guid="urn:x:2")]
    )
    data, notes = export_text(message)
    text = data.decode()
    assert "# guid = urn:x:1" in text
    assert "# guid = urn:x:2" in text
    assert notes
    assert notes[0].startswith("items.0: ")


def test_a_contentset_fragment_holding_nitf_is_read_with_a_warning() -> None:
    """A team-written G2 contentSet fragment: refused before as an 'unsupported format'."""
    result = read(DATA / "contentset-nitf-fragment.xml")
    assert [block.text.split() for block in result.item.body][1] == [
        "Tickets",
        "stay",
        "at",
        "the",
        "winter",
        "price.",
    ]
    assert any("contentSet fragment" in w.message for w in result.warnings)
    run = CliRunner().invoke(main, ["convert", str(DATA / "contentset-nitf-fragment.xml"), "--to", "text"])
    assert run.exit_code == 0
    assert "late crossing" in run.stdout


@pytest.mark.parametrize("flag", [[], ["--strict"]])
def test_a_message_with_no_news_item_gives_a_verdict(flag: list[str], tmp_path: Path) -> None:
    source = tmp_path / "m.json"
    source.write_bytes(__import__("newsml_kit").write(Message(), "json"))
    run = CliRunner().invoke(main, ["convert", str(source), "--to", "text", *flag])
    if flag:
        assert run.exit_code == 1
    else:
        assert run.exit_code == 0
        assert "no news item" in run.output
