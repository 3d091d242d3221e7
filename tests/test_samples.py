"""The bundled sample articles (written for this project): golden outputs, byte round trips, and
extraction scored against their hand-written gold with the same rules and thresholds as the
shared gold set."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsml_kit import read, write
from newsml_kit.evaluate import evaluate_dirs
from newsml_kit.formats.g2.write import filled_version_created
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml
from support.extraction import assert_perfect
from support.xsd import lxml_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLDEN_EPOCH = 1735689600  # 2025-01-01T00:00:00Z
ARTICLES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_samples_in_each_text_layout_and_language() -> None:
    items = [read(path).item for path in ARTICLES]
    assert {"corpus", "comment_header", "headline"} <= {str(item.text_layout) for item in items}
    assert {"vi", "en"} <= {item.language for item in items}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_json_output_matches_the_golden_file(article: Path) -> None:
    golden = article.with_suffix(".json")
    assert write(read(article).item, "json") == golden.read_bytes(), (
        f"{golden.name} is out of date: newsml-kit convert {article} --to json -o {golden}"
    )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_newsml_output_matches_the_golden_file(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The samples have no versionCreated: the reproducible-builds clock fills it.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(GOLDEN_EPOCH))
    filled_version_created.cache_clear()
    try:
        written = write(read(article).item, "newsml")
    finally:
        filled_version_created.cache_clear()
    golden = article.with_suffix(".newsml.xml")
    assert written == golden.read_bytes(), (
        f"{golden.name} is out of date: SOURCE_DATE_EPOCH={GOLDEN_EPOCH} newsml-kit convert {article}"
        f" --to newsml -o {golden}"
    )


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_text_round_trips_byte_for_byte_directly_and_through_newsml(article: Path) -> None:
    item = read(article).item
    assert write(item, "text") == article.read_bytes()
    through_g2 = read(write(item, "newsml")).item
    assert through_g2 == item
    assert write(through_g2, "text") == article.read_bytes()


def test_sample_extraction_scores_one_everywhere() -> None:
    evaluation = evaluate_dirs(SAMPLES / "gold", [SAMPLES])
    # Every sample has its hand-written gold, in both languages.
    assert len(evaluation.articles) == len(ARTICLES)
    assert {read(path).item.language for path in ARTICLES} == {"vi", "en"}
    assert_perfect(evaluation)


def test_the_english_sample_has_dateline_byline_and_credit() -> None:
    item = read(SAMPLES / "flood-summit-cardiff-en.txt").item
    assert item.language == "en"
    assert item.byline == "Jane Holloway"
    captions = [block for block in item.body if block.credit is not None]
    assert [c.text[c.credit.start : c.credit.end] for c in captions if c.credit] == ["AP"]
    dateline = item.body[1]
    assert dateline.text.startswith("CARDIFF (Reuters) - ")
    cardiff = next(place for place in item.places if place.name == "Cardiff")
    assert any(m.block == 1 and m.start == 0 and m.text == "CARDIFF" for m in cardiff.mentions)
    assert any(o.name == "Reuters" for o in item.organisations)


def test_newsml_goldens_are_valid_against_the_profile() -> None:
    profile = etree.XMLSchema(etree.parse(str(schema_path("newsml-kit-g2.xsd"))))
    for article in ARTICLES:
        document = parse_xml(article.with_suffix(".newsml.xml").read_bytes()).root
        assert profile.validate(document), f"{article.stem}: {profile.error_log.last_error}"


def test_newsml_goldens_are_valid_against_the_official_xsd(shared: Path) -> None:
    """A check that does not lean on the project's own schema: the official IPTC 2.35 XSD."""
    official = lxml_schema(
        shared / "standards" / "newsml-g2" / "schema" / "NewsML-G2_2.35-spec-All-Power.xsd"
    )
    goldens = sorted(SAMPLES.rglob("*.xml"))
    assert {article.with_suffix(".newsml.xml") for article in ARTICLES} <= set(goldens)
    for golden in goldens:
        document = parse_xml(golden.read_bytes()).root
        assert official.validate(document), f"{golden.name}: {official.error_log.last_error}"
