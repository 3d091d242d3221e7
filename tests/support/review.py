"""Folders to review, for the review tests: team-written samples, a hostile article, and (when the
shared data is there) a handful of articles of the Vietnamese corpus converted into the folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from newsml_kit.cli import main
from newsml_kit.formats.json import write_json
from newsml_kit.model import Block, Mention, NewsItem, Person
from support.paths import REPO

SAMPLES = REPO / "samples"
HOSTILE_NAME = "hostile.json"
HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert('x')</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2">'


def hostile_item() -> NewsItem:
    """An article whose text, headline and names are markup: the page must show them as text."""
    text = f"Ông {HOSTILE_IMG} dự họp. {HOSTILE_SCRIPT} Kết thúc &amp; <b>đậm</b>\r\nhết."
    return NewsItem(
        guid="urn:newsml-kit:test:hostile",
        language="vi",
        headline=f"Tin {HOSTILE_SCRIPT}",
        body=[Block(text=text)],
        people=[
            Person(
                id="per1",
                name=HOSTILE_IMG,
                titles=[HOSTILE_SCRIPT],
                mentions=[Mention(block=0, start=4, end=4 + len(HOSTILE_IMG), text=HOSTILE_IMG)],
            )
        ],
    )


def sample_folder(folder: Path) -> Path:
    """The team-written samples' canonical JSON and the hostile article, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for sample in sorted(SAMPLES.glob("*.json")):
        shutil.copyfile(sample, folder / sample.name)
    (folder / HOSTILE_NAME).write_bytes(write_json(hostile_item()))
    return folder


def convert_corpus(shared: Path, folder: Path, count: int = 5) -> list[str]:
    """The first ``count`` articles of the shared Vietnamese corpus converted into ``folder`` (with the
    batch report), as an archivist would; the relative paths of the items written."""
    sources = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt"))[:count]
    assert sources, "the shared Vietnamese corpus has no articles"
    inputs = folder.parent / f"{folder.name}-inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for source in sources:
        shutil.copyfile(source, inputs / source.name)
    result = CliRunner().invoke(
        main, ["convert", str(inputs), "--to", "json", "--out-dir", str(folder), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    return sorted(source.with_suffix(".json").name for source in sources)
