"""The scorer: every rule of the gold format, on small hand-built golds and items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsml_kit.cli import main
from newsml_kit.dates import PartialDate
from newsml_kit.evaluate import (
    CATEGORIES,
    EVENT_FIELDS,
    Counts,
    Evaluation,
    doc_key,
    evaluate,
    evaluate_dirs,
    normalise,
    predictions,
    score_article,
)
from newsml_kit.model import (
    Award,
    Block,
    BlockKind,
    DateMention,
    Document,
    Event,
    NewsItem,
    Organisation,
    Participant,
    ParticipantRole,
    Person,
    Place,
    TextRange,
)


def item(**fields: Any) -> NewsItem:
    return NewsItem(guid="test", **fields)


def counts(gold: dict[str, Any], news: NewsItem, category: str) -> Counts:
    return score_article(gold, news).counts[category]


def caption(text: str, credit: str) -> Block:
    """A caption ``text (Ảnh: credit)`` whose credit range covers ``credit``."""
    full = f"{text} (Ảnh: {credit})"
    start = full.index(credit, len(text))
    return Block(kind=BlockKind.CAPTION, text=full, credit=TextRange(start=start, end=start + len(credit)))


# --- normalisation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Le\u0302 Va\u0306n", "Lê Văn"),  # NFD -> NFC
        ("\u00d0o\u0302\u0303 Triệu", "Đỗ Triệu"),  # Icelandic eth read as Vietnamese D with stroke
        ("  Hà \t\n Nội  ", "Hà Nội"),
        ('("Hà Nội").', "Hà Nội"),
        ("'Bộ Công an';:", "Bộ Công an"),
        ("TP.HCM", "TP.HCM"),  # inner punctuation stays
        (" ,.;: ", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_doc_key_ignores_case_spaces_and_hyphens() -> None:
    assert doc_key("12-NQ/TW") == doc_key("12 nq/tw") == doc_key("12NQ / TW") == "12nq/tw"
    assert doc_key("12-NQ/TW") != doc_key("12-NQ/TƯ")


# --- counts -----------------------------------------------------------------------------------


def test_precision_and_recall_conventions() -> None:
    assert (Counts().precision, Counts().recall) == (1.0, 1.0)
    assert (Counts(gold=2).precision, Counts(gold=2).recall) == (0.0, 0.0)
    assert (Counts(false_positives=1).precision, Counts(false_positives=1).recall) == (0.0, 1.0)
    c = Counts(correct=3, false_positives=1, matched=2, gold=4)
    assert (c.precision, c.recall, c.false_negatives) == (0.75, 0.5, 2)
    assert c + c == Counts(6, 2, 4, 8)


# --- entities ---------------------------------------------------------------------------------

PER_GOLD: dict[str, Any] = {
    "PER": [
        {
            "canonical": "Trần Văn An",
            "aliases": ["Trần Văn An", "ông An"],
            "rank": "Đại tá",
            "titles": ["Giám đốc"],
        },
        {"canonical": "Lê Thị Bình", "aliases": [], "rank": None, "titles": ["Chủ tịch", "Bí thư"]},
        {"canonical": "Minh Châu", "aliases": ["Minh Châu"], "rank": None, "titles": [], "role": "author"},
    ],
    "PER_optional": ["Giám đốc Sở"],
}


def test_people_match_canonical_or_alias_and_optional_is_ignored() -> None:
    news = item(
        people=[
            Person(id="a", name="ông An"),  # an alias
            Person(id="b", name="Le\u0302 Thi\u0323 Bi\u0300nh"),  # canonical, NFD
            Person(id="c", name="Giám đốc Sở"),  # optional: ignored
            Person(id="d", name="Nguyễn Văn Dũng"),  # false positive
        ]
    )
    assert counts(PER_GOLD, news, "PER") == Counts(correct=2, false_positives=1, matched=2, gold=3)


def test_duplicate_predictions_are_each_correct_but_match_one_gold_entity() -> None:
    news = item(people=[Person(id="a", name="Trần Văn An"), Person(id="b", name="ông An")])
    c = counts(PER_GOLD, news, "PER")
    assert c == Counts(correct=2, false_positives=0, matched=1, gold=3)
    assert (c.precision, c.recall) == (1.0, 1 / 3)


def test_organisation_matches_through_abbreviation_or_alias() -> None:
    gold = {
        "ORG": [
            {"canonical": "Bộ Công an", "aliases": ["Bộ Công an", "BCA"]},
            {"canonical": "Học viện Kỹ thuật Mật mã", "aliases": []},
        ],
        "ORG_optional": ["Cục"],
    }
    news = item(
        organisations=[
            Organisation(id="o1", name="Bộ Công An (Việt Nam)", abbreviation="BCA"),
            Organisation(id="o2", name="Học viện KTMM", aliases=["Học viện Kỹ thuật Mật mã"]),
            Organisation(id="o3", name="Cục", aliases=["Cục X"]),  # only an optional name: ignored
            Organisation(id="o4", name="Sở Y tế"),
        ]
    )
    assert counts(gold, news, "ORG") == Counts(correct=2, false_positives=1, matched=2, gold=2)


def test_places_use_the_name_only() -> None:
    gold = {"LOC": [{"canonical": "Thừa Thiên - Huế", "aliases": ["Huế"]}], "LOC_optional": ["Mỹ Đình"]}
    news = item(
        places=[Place(id="l1", name="Huế"), Place(id="l2", name="Mỹ Đình"), Place(id="l3", name="Đà Nẵng")]
    )
    assert counts(gold, news, "LOC") == Counts(correct=1, false_positives=1, matched=1, gold=1)


def test_rank_and_title_pairs_count_only_for_matched_people() -> None:
    news = item(
        people=[
            Person(id="a", name="ông An", rank="Đại tá", titles=["Giám đốc", "Phó Giám đốc"]),
            Person(id="b", name="Lê Thị Bình", rank="Thiếu tá", titles=["Chủ tịch"]),
            # Unmatched: its rank and title are neither rewarded nor penalised.
            Person(id="c", name="Nguyễn Văn Dũng", rank="Đại tá", titles=["Bí thư"]),
        ]
    )
    assert counts(PER_GOLD, news, "RANK") == Counts(correct=1, false_positives=1, matched=1, gold=1)
    assert counts(PER_GOLD, news, "TITLE") == Counts(correct=2, false_positives=1, matched=2, gold=3)


def test_a_title_of_another_person_is_wrong() -> None:
    news = item(people=[Person(id="a", name="Trần Văn An", titles=["Chủ tịch"])])
    assert counts(PER_GOLD, news, "TITLE") == Counts(correct=0, false_positives=1, matched=0, gold=3)


# --- dates, documents, photos, awards, byline ---------------------------------------------------


def test_dates_are_sets_of_values_with_ranges() -> None:
    gold = {
        "DATE": [{"canonical": "2021-04-29", "surface": "ngày 29/4", "role": "event"}, "2021/2026", "2022"]
    }
    news = item(
        dates=[
            DateMention(id="d1", value=PartialDate.parse("2021-04-29")),
            DateMention(id="d2", value=PartialDate.parse("2021-04-29")),  # same value: one prediction
            DateMention(id="d3", value=PartialDate(2021), end=PartialDate(2026)),
            DateMention(id="d4", value=PartialDate(2021)),  # not the range: false positive
        ]
    )
    assert predictions(news).dates == {"2021-04-29", "2021/2026", "2021"}
    assert counts(gold, news, "DATE") == Counts(correct=2, false_positives=1, matched=2, gold=3)


def test_documents_match_by_number_ignoring_case_spaces_and_hyphens() -> None:
    gold = {
        "DOC": [{"type": "Nghị quyết", "number": "12-NQ/TW"}, {"type": "Kế hoạch", "number": "118-KH/ĐUCA"}]
    }
    news = item(
        documents=[
            Document(id="x1", kind="Nghị quyết", number="12 nq/tw"),
            Document(id="x2", kind="Kế hoạch", number="118-KH/\u00d0UCA"),
            Document(id="x3", kind="Quyết định", number="99/QĐ-TTg"),
            Document(id="x4", kind="Luật"),  # no number: not a numbered document
        ]
    )
    assert counts(gold, news, "DOC") == Counts(correct=2, false_positives=1, matched=2, gold=2)


def test_photo_credits_match_one_caption_each() -> None:
    gold = {
        "PHOTO": [
            {"caption": "Ông A phát biểu", "credit": "Tiến Dũng"},
            {"caption": "Toàn cảnh", "credit": "Tiến Dũng"},
            {"caption": "Đại biểu", "credit": "M.Quân"},
        ]
    }
    news = item(
        body=[
            Block(text="Một đoạn văn."),
            caption("Ông A phát biểu tại hội nghị", "Tiến Dũng"),
            caption("Quang cảnh", "Hoàng Long"),
            Block(kind=BlockKind.CAPTION, text="Ảnh không ghi nguồn"),  # no credit: not a photo prediction
        ]
    )
    assert predictions(news).photo_credits == ("Tiến Dũng", "Hoàng Long")
    assert counts(gold, news, "PHOTO") == Counts(correct=1, false_positives=1, matched=1, gold=3)


def test_award_found_when_predicted_name_contains_the_gold_award() -> None:
    gold = {"AWARD": [{"award": "Cờ thi đua Bộ Công an"}, {"award": "Bằng khen của Bộ Công an"}]}
    news = item(
        awards=[
            Award(id="w1", name="Cờ thi đua Bộ Công an năm 2022"),
            Award(id="w2", name="Bằng khen"),  # contained in the gold, not containing it
            Award(id="w3", name="Cờ thi đua Bộ Công an"),
        ]
    )
    assert counts(gold, news, "AWARD") == Counts(correct=2, false_positives=1, matched=1, gold=2)


@pytest.mark.parametrize(
    ("gold_byline", "predicted", "expected"),
    [
        ("Nguyễn Dương", " Nguyễn  Dương.", Counts(1, 0, 1, 1)),
        ("Nguyễn Dương", "Dương", Counts(0, 1, 0, 1)),
        ("Nguyễn Dương", None, Counts(0, 0, 0, 1)),
        (None, "Nguyễn Dương", Counts(0, 1, 0, 0)),
        (None, None, Counts(0, 0, 0, 0)),
    ],
)
def test_byline(gold_byline: str | None, predicted: str | None, expected: Counts) -> None:
    assert counts({"byline": gold_byline}, item(byline=predicted), "BYLINE") == expected


def test_absent_gold_keys_mean_none() -> None:
    news = item(byline="Thế Kha", body=[caption("Hội nghị", "M.Quân")])
    assert counts({}, news, "BYLINE") == Counts(0, 1, 0, 0)
    assert counts({}, news, "PHOTO") == Counts(0, 1, 0, 0)


# --- event ------------------------------------------------------------------------------------

EVENT_GOLD: dict[str, Any] = {
    "event": {
        "name": "Hội nghị tổng kết",
        "date": "2022-12-28",
        "place": "Hà Nội",
        "organizer": "Bộ Công an",
        "chair": None,
        "guest_of_honour": "Trần Văn An",
    },
    "LOC": [{"canonical": "Hà Nội", "aliases": ["Thủ đô Hà Nội"]}],
    "ORG": [{"canonical": "Bộ Công an", "aliases": ["BCA"]}],
}


def event_item(participants: list[Participant], **event: Any) -> NewsItem:
    return item(
        people=[Person(id="p1", name="Trần Văn An"), Person(id="p2", name="Lê Văn Bình")],
        organisations=[Organisation(id="o1", name="Công an Hà Nội", abbreviation="BCA")],
        places=[Place(id="l1", name="Thủ đô Hà Nội")],
        event=Event(id="e", name="Hội nghị tổng kết.", participants=participants, **event),
    )


def test_event_fields_are_scored_separately() -> None:
    from datetime import datetime, timedelta, timezone

    start = datetime(2022, 12, 28, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    news = event_item(
        [
            Participant(entity_id="p2", role=ParticipantRole.CHAIR),  # gold chair is null: false positive
            Participant(entity_id="p1", role=ParticipantRole.GUEST_OF_HONOUR),
            Participant(entity_id="p2", role=ParticipantRole.GUEST_OF_HONOUR),
        ],
        start=start,
        place_id="l1",  # an alias of the gold place
        organiser_ids=["o1"],  # matched through its abbreviation, an alias of the gold organizer
    )
    got = score_article(EVENT_GOLD, news).counts
    assert got["EVENT.name"] == Counts(1, 0, 1, 1)
    assert got["EVENT.date"] == Counts(1, 0, 1, 1)
    assert got["EVENT.place"] == Counts(1, 0, 1, 1)
    assert got["EVENT.organizer"] == Counts(1, 0, 1, 1)
    assert got["EVENT.chair"] == Counts(0, 1, 0, 0)
    assert got["EVENT.guest_of_honour"] == Counts(1, 1, 1, 1)


def test_event_wrong_or_missing_values() -> None:
    news = event_item([], start=PartialDate(2022, 12))
    got = score_article(EVENT_GOLD, news).counts
    assert got["EVENT.date"] == Counts(0, 1, 0, 1)
    assert got["EVENT.place"] == Counts(0, 0, 0, 1)
    assert got["EVENT.chair"] == Counts(0, 0, 0, 0)
    assert got["EVENT.chair"].precision == got["EVENT.chair"].recall == 1.0


def test_a_gold_range_is_compared_with_the_event_start_and_end() -> None:
    gold = {"event": {**EVENT_GOLD["event"], "date": "2021-04-27/2021-04-29"}}
    both = event_item([], start=PartialDate(2021, 4, 27), end=PartialDate(2021, 4, 29))
    assert counts(gold, both, "EVENT.date") == Counts(1, 0, 1, 1)
    # The start alone is not the range; a wrong end is not either.
    start_only = event_item([], start=PartialDate(2021, 4, 27))
    assert counts(gold, start_only, "EVENT.date") == Counts(0, 1, 0, 1)
    wrong_end = event_item([], start=PartialDate(2021, 4, 27), end=PartialDate(2021, 4, 28))
    assert counts(gold, wrong_end, "EVENT.date") == Counts(0, 1, 0, 1)


def test_a_single_gold_date_is_compared_with_the_event_start_even_when_it_has_an_end() -> None:
    gold = {"event": {**EVENT_GOLD["event"], "date": "2021-04-27"}}
    news = event_item([], start=PartialDate(2021, 4, 27), end=PartialDate(2021, 4, 29))
    assert counts(gold, news, "EVENT.date") == Counts(1, 0, 1, 1)


def test_null_gold_event_is_not_scored() -> None:
    got = score_article({"event": None}, event_item([], start=PartialDate(2022))).counts
    assert not [name for name in got if name.startswith("EVENT.")]


# --- aggregation ------------------------------------------------------------------------------


def test_counts_are_micro_averaged_over_articles() -> None:
    gold = {"LOC": [{"canonical": "Hà Nội", "aliases": []}, {"canonical": "Huế", "aliases": []}]}
    result = evaluate(
        [
            ("a", gold, item(places=[Place(id="l", name="Hà Nội")])),
            ("b", gold, item(places=[Place(id="l", name="Huế"), Place(id="m", name="Vinh")])),
        ]
    )
    assert [a.name for a in result.articles] == ["a", "b"]
    assert result.totals["LOC"] == Counts(correct=2, false_positives=1, matched=2, gold=4)
    lines = result.table().splitlines()
    assert lines[0] == "2 article(s) scored"
    assert lines[1].split() == ["category", "TP", "FP", "FN", "gold", "P", "R"]
    loc = next(line for line in lines if line.startswith("LOC "))
    assert loc.split() == ["LOC", "2", "1", "2", "4", "0.667", "0.500"]
    assert len(lines) == 2 + len(CATEGORIES)


# --- real gold files --------------------------------------------------------------------------


def gold_files(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "vi" / "gold").glob("*.json"))


def perfect_item(gold: dict[str, Any]) -> NewsItem:
    """The item a perfect extractor would build from the article the gold describes."""
    people = [
        Person(id=f"p{i}", name=p["canonical"], rank=p.get("rank"), titles=p.get("titles", []))
        for i, p in enumerate(gold.get("PER", []))
    ]
    orgs = [
        Organisation(id=f"o{i}", name=o["canonical"], aliases=o.get("aliases", []))
        for i, o in enumerate(gold.get("ORG", []))
    ]
    places = [Place(id=f"l{i}", name=p["canonical"]) for i, p in enumerate(gold.get("LOC", []))]
    dates = []
    for i, d in enumerate(gold.get("DATE", [])):
        value, _, end = (d["canonical"] if isinstance(d, dict) else d).partition("/")
        dates.append(DateMention(id=f"d{i}", value=value, end=end or None))
    return NewsItem(
        guid="perfect",
        byline=gold.get("byline"),
        body=[caption(p["caption"], p["credit"]) for p in gold.get("PHOTO", [])],
        people=people,
        organisations=orgs,
        places=places,
        dates=dates,
        documents=[
            Document(id=f"x{i}", kind=d["type"], number=d["number"])
            for i, d in enumerate(gold.get("DOC", []))
        ],
        awards=[Award(id=f"w{i}", name=a["award"]) for i, a in enumerate(gold.get("AWARD", []))],
        event=perfect_event(gold, [*people, *orgs, *places]),
    )


def perfect_event(gold: dict[str, Any], entities: list[Person | Organisation | Place]) -> Event | None:
    event = gold.get("event")
    if event is None:
        return None
    ids = {normalise(e.name): e.id for e in entities}

    def role(key: str, kind: ParticipantRole) -> list[Participant]:
        return [Participant(entity_id=ids[normalise(event[key])], role=kind)] if event.get(key) else []

    # A multi-day event's gold date is the range "start/end".
    start, _, end = (event.get("date") or "").partition("/")
    return Event(
        id="event",
        name=event["name"],
        start=start or None,
        end=end or None,
        place_id=ids[normalise(event["place"])] if event.get("place") else None,
        organiser_ids=[ids[normalise(event["organizer"])]] if event.get("organizer") else [],
        participants=role("chair", ParticipantRole.CHAIR)
        + role("guest_of_honour", ParticipantRole.GUEST_OF_HONOUR),
    )


def load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_shared_gold_set_is_present(shared: Path) -> None:
    assert len(gold_files(shared)) >= 4


def test_a_perfect_prediction_scores_one_everywhere(shared: Path) -> None:
    for path in gold_files(shared):
        gold = load(path)
        got = score_article(gold, perfect_item(gold)).counts
        expected = (
            set(CATEGORIES) if gold.get("event") else set(CATEGORIES) - {f"EVENT.{f}" for f in EVENT_FIELDS}
        )
        assert set(got) == expected, path.name
        for name, c in got.items():
            assert (c.precision, c.recall, c.false_positives) == (1.0, 1.0, 0), (path.name, name, c)
        assert got["PER"].gold == len(gold["PER"]) == got["PER"].correct


def test_an_empty_item_finds_nothing(shared: Path) -> None:
    for path in gold_files(shared):
        gold = load(path)
        got = score_article(gold, NewsItem(guid="empty")).counts
        for name, c in got.items():
            assert (c.correct, c.false_positives, c.matched) == (0, 0, 0), (path.name, name)
            assert c.recall == (0.0 if c.gold else 1.0), (path.name, name)


def test_the_seed_gold_counts(shared: Path) -> None:
    gold = load(shared / "corpus" / "vi" / "gold" / "000_c3cdf694cfdd003e.json")
    got = score_article(gold, NewsItem(guid="empty")).counts
    gold_counts = {name: c.gold for name, c in got.items()}
    assert gold_counts == {
        "PER": 3,
        "ORG": 9,
        "LOC": 1,
        "RANK": 2,
        "TITLE": 4,
        "DATE": 5,
        "DOC": 2,
        "PHOTO": 3,
        "AWARD": 4,
        "BYLINE": 0,
        "EVENT.name": 1,
        "EVENT.date": 1,
        "EVENT.place": 1,
        "EVENT.organizer": 1,
        "EVENT.chair": 1,
        "EVENT.guest_of_honour": 1,
    }


def test_evaluate_dirs_pairs_gold_with_articles_by_stem(shared: Path) -> None:
    vi = shared / "corpus" / "vi"
    seen: list[Path] = []

    def read(path: Path) -> NewsItem:
        seen.append(path)
        return NewsItem(guid=path.stem)

    result = evaluate_dirs(vi / "gold", [shared / "seed", vi / "unc"], read=read)
    assert [p.name for p in seen] == [f"{p.stem}.txt" for p in gold_files(shared)]
    assert seen[0].parent == shared / "seed"
    assert all(p.parent == vi / "unc" for p in seen[1:])
    assert result.missing == ()
    assert isinstance(result, Evaluation)


def test_evaluate_dirs_lists_gold_without_article(shared: Path, tmp_path: Path) -> None:
    result = evaluate_dirs(shared / "corpus" / "vi" / "gold", [tmp_path], read=lambda p: NewsItem(guid="x"))
    assert result.articles == ()
    assert len(result.missing) == len(gold_files(shared))


def test_cli_eval_prints_the_table_and_json(shared: Path) -> None:
    vi = shared / "corpus" / "vi"
    args = ["eval", str(vi / "gold"), str(shared / "seed"), str(vi / "unc")]
    table = CliRunner().invoke(main, args)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0] == f"{len(gold_files(shared))} article(s) scored"
    as_json = CliRunner().invoke(main, [*args, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert set(data["totals"]) == set(CATEGORIES)
    assert data["totals"]["PER"]["gold"] == sum(len(load(p)["PER"]) for p in gold_files(shared))


def test_two_captions_with_one_credit_find_one_gold_photo() -> None:
    gold = {"PHOTO": [{"caption": "Đại biểu", "credit": "M.Quân"}]}
    news = item(body=[caption("Đại biểu dự hội nghị", "M.Quân"), caption("Toàn cảnh", "M. Quân")])
    assert counts(gold, news, "PHOTO") == Counts(correct=1, false_positives=1, matched=1, gold=1)
    news = item(body=[caption("Đại biểu", "M.Quân"), caption("Toàn cảnh", "M.Quân")])
    assert counts(gold, news, "PHOTO") == Counts(correct=1, false_positives=1, matched=1, gold=1)


# --- details: what a person improving rules reads ---------------------------------------------


def test_details_name_each_miss_and_false_positive_per_category() -> None:
    news = event_item([], start=PartialDate(2022, 12, 27))
    news = news.model_copy(update={"places": [Place(id="l1", name="Huế")], "byline": "Minh Anh"})
    score = score_article({**EVENT_GOLD, "byline": "Thế Kha"}, news)
    assert score.details["LOC"].misses == ("Hà Nội",)
    assert score.details["LOC"].false_positives == ("Huế",)
    assert score.details["PER"].false_positives == ("Trần Văn An", "Lê Văn Bình")  # in item order
    assert score.details["BYLINE"].misses == ("Thế Kha",)
    assert score.details["BYLINE"].false_positives == ("Minh Anh",)
    assert score.details["EVENT.date"].misses == ("2022-12-28",)
    assert score.details["EVENT.date"].false_positives == ("2022-12-27",)
    assert not score.details["EVENT.name"]  # "Hội nghị tổng kết." equals the gold name
    # The details agree with the counts everywhere.
    for category, found in score.details.items():
        assert len(found.misses) == score.counts[category].false_negatives, category
        assert len(found.false_positives) == score.counts[category].false_positives, category


def test_cli_eval_details_lists_misses_per_article(shared: Path) -> None:
    vi = shared / "corpus" / "vi"
    args = ["eval", "--details", str(vi / "gold"), str(shared / "seed"), str(vi / "unc")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    headers = [line for line in result.output.splitlines() if line.startswith("== ")]
    assert len(headers) == len(gold_files(shared))
    as_json = CliRunner().invoke(main, [*args, "--format", "json"])
    data = json.loads(as_json.output)
    for article in data["articles"]:
        for category, found in article["details"].items():
            counted = article["counts"][category]
            assert len(found["misses"]) == counted["false_negatives"], (article["name"], category)
            assert len(found["false_positives"]) == counted["false_positives"], (article["name"], category)
