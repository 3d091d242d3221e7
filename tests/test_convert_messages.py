"""`convert` of a message (issue 15): --to ninjs writes a collection to stdout or one document per item
with --out-dir, and errors in reading and in writing name the file, never ``<input>``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner, Result

from newsml_kit import api
from newsml_kit.cli import main
from newsml_kit.model import Block, Message, MessageHeader, NewsItem

G2_NS = "http://iptc.org/std/nar/2006-10-01/"
WHEN = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def two_item_message(tmp_path: Path) -> Path:
    items = [
        NewsItem(guid=f"urn:test:{n}", version_created=WHEN, headline=h, body=[Block(text=f"{h} body.")])
        for n, h in ((1, "Harbour opens"), (2, "Ferry timetable"))
    ]
    path = tmp_path / "feed.xml"
    path.write_bytes(api.write(Message(header=MessageHeader(sent=WHEN), items=items), "newsml"))
    return path


def test_a_message_to_ninjs_on_stdout_is_a_collection_valid_item_by_item(tmp_path: Path) -> None:
    feed = two_item_message(tmp_path)
    result = run("convert", str(feed), "--to", "ninjs")
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert [document["headlines"][0]["value"] for document in collection] == [
        "Harbour opens",
        "Ferry timetable",
    ]
    out = tmp_path / "collection.json"
    out.write_text(result.stdout)
    validated = run("validate", str(out))
    assert validated.exit_code == 0, validated.output
    # And the collection reads back as the message's items.
    assert [item.guid for item in api.read(out).items] == ["urn:test:1", "urn:test:2"]


def test_a_message_to_ninjs_with_out_dir_is_one_document_per_item(tmp_path: Path) -> None:
    feed = two_item_message(tmp_path)
    out = tmp_path / "out"
    result = run("convert", str(feed), "--to", "ninjs", "--out-dir", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == ["feed.1.ninjs.json", "feed.2.ninjs.json"]
    assert json.loads((out / "feed.2.ninjs.json").read_text())["uri"] == "urn:test:2"


def test_a_write_error_names_the_input_file(tmp_path: Path) -> None:
    """Regression: the error of a message ninjs cannot hold said ``<input>``."""
    package_only = tmp_path / "package.xml"
    package_only.write_text(
        f'<newsMessage xmlns="{G2_NS}"><header><sent>2024-05-01T10:00:00Z</sent></header><itemSet>'
        '<packageItem guid="urn:p:1" version="1" standard="NewsML-G2" standardversion="2.35">'
        '<itemMeta><itemClass qcode="ninat:composite"/><provider literal="x"/>'
        "<versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta></packageItem></itemSet></newsMessage>"
    )
    result = run("convert", str(package_only), "--to", "ninjs")
    assert result.exit_code == 1
    error = result.output.strip().splitlines()[-1]
    assert error.startswith(f"{package_only}: error: items: the message holds no news item")
    assert "<input>" not in result.output


def test_a_read_error_names_the_input_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text(f'<newsItem xmlns="{G2_NS}"><itemMeta>')
    result = run("convert", str(broken), "--to", "ninjs")
    assert result.exit_code == 1
    assert result.output.startswith(f"{broken}:")
    assert "<input>" not in result.output
