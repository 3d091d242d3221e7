"""Vietnamese extraction: scored against the hand-written gold, robust on the whole corpus,
indifferent to NFD and old tone placement, deterministic, spans exact."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from newsml_kit import read
from newsml_kit.evaluate import evaluate_dirs
from newsml_kit.extract.normalise import normalise
from newsml_kit.formats.json import write_json
from newsml_kit.model import BlockKind, NewsItem, ParticipantRole, PersonRole
from support.extraction import assert_above_floor, assert_perfect, quality_bench
from support.strategies import texts


def test_gold_articles_hold_the_regression_floor(shared: Path) -> None:
    """Quality is a benchmark (bench/extract_quality.py); CI holds its floor, on each half and the
    whole: measured figures minus a small margin, raised as quality rises."""
    bench = quality_bench()
    results = bench.evaluations(shared)
    assert not results["whole"].missing
    assert_above_floor(results, bench.FLOOR)


def test_the_seed_scores_one_everywhere(shared: Path) -> None:
    seed = "000_c3cdf694cfdd003e.json"
    evaluation = evaluate_dirs(shared / "corpus" / "vi" / "gold", [shared / "seed"], only=[seed])
    assert [a.name for a in evaluation.articles] == ["000_c3cdf694cfdd003e.txt"]
    assert_perfect(evaluation)


def test_the_split_is_fixed_and_new_gold_files_land_in_a_half_by_name(shared: Path) -> None:
    bench = quality_bench()
    assert not set(bench.HALF_A) & set(bench.HALF_B)
    names = {p.name for p in (shared / "corpus" / "vi" / "gold").glob("*.json")}
    assert set(bench.HALF_A) | set(bench.HALF_B) <= names, "a listed gold file is gone"
    # Each half mixes desks.
    for half in (bench.HALF_A, bench.HALF_B):
        assert len({name.split("_")[1] for name in half if name.startswith("news_")}) >= 5
    assert all(bench.half_of(n) == "A" for n in bench.HALF_A)
    assert all(bench.half_of(n) == "B" for n in bench.HALF_B)
    unlisted = [f"news_x_{i:03}.json" for i in range(40)]
    first = [bench.half_of(n) for n in unlisted]
    assert first == [bench.half_of(n) for n in unlisted]  # deterministic
    assert {"A", "B"} == set(first)  # and both halves receive new files


def test_the_seed_event_and_its_people(seed_path: Path) -> None:
    item = read(seed_path).item
    people = {person.id: person for person in item.people}
    event = item.event
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác năm 2022, triển khai công tác năm 2023"
    assert str(event.start) == "2022-12-28"
    roles = {role: people[p.entity_id].name for p in event.participants for role in [p.role]}
    assert roles == {ParticipantRole.CHAIR: "Đỗ Triệu Phong", ParticipantRole.GUEST_OF_HONOUR: "Trần Quốc Tỏ"}
    to = next(p for p in item.people if p.name == "Trần Quốc Tỏ")
    assert to.rank == "Thượng tướng"
    assert to.titles == [
        "Ủy viên Trung ương Đảng",
        "Phó Bí thư Đảng ủy Công an Trung ương",
        "Thứ trưởng Bộ Công an",
    ]


def test_the_seed_documents_and_organisation_clusters(seed_path: Path) -> None:
    item = read(seed_path).item
    orgs = {org.id: org for org in item.organisations}
    resolution = next(doc for doc in item.documents if doc.number == "12-NQ/TW")
    assert (resolution.kind, str(resolution.date)) == ("Nghị quyết", "2022-03-16")
    assert resolution.issuer_id is not None
    assert orgs[resolution.issuer_id].name == "Bộ Chính trị"
    # The short reference "Nghị quyết số 12 của Bộ Chính trị" is the same document.
    assert any(m.text == "Nghị quyết số 12" for m in resolution.mentions)
    cluster = next(org for org in item.organisations if org.name == "Cục Truyền thông CAND")
    assert "Cục Truyền thông Công an nhân dân" in cluster.aliases


def test_photo_credits_are_spans_into_the_verbatim_caption(seed_path: Path) -> None:
    item = read(seed_path).item
    captions = [block for block in item.body if block.kind is BlockKind.CAPTION]
    assert len(captions) == 3
    for block in captions:
        assert block.credit is not None
        assert block.text[block.credit.start : block.credit.end] == "Tiến Dũng"
    photographer = next(p for p in item.people if p.name == "Tiến Dũng")
    assert photographer.roles == [PersonRole.PHOTOGRAPHER]


def _entities(item: NewsItem) -> dict[str, list[str]]:
    """What was found, names in the normalised view (NFC, new tone placement), as the copies
    differ only in how the same names are written."""

    def nfc(text: str) -> str:
        return normalise(text).text

    return {
        "people": sorted(nfc(p.name) for p in item.people),
        "organisations": sorted(nfc(o.name) for o in item.organisations),
        "places": sorted(nfc(p.name) for p in item.places),
        "dates": sorted(str(d.value) + "/" + str(d.end) for d in item.dates),
        "documents": sorted(str(d.number) for d in item.documents),
        "awards": sorted(nfc(a.name) for a in item.awards),
        "event": [nfc(item.event.name)] if item.event else [],
    }


_OLD_TONES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
    "Ủy": "Uỷ", "Úy": "Uý", "Òa": "Oà", "Hòa": "Hoà",
}  # fmt: skip


def _old_tone_placement(text: str) -> str:
    """The text as older archives spell it: ``Ủy`` as ``Uỷ``, ``hòa`` as ``hoà`` (open syllables)."""
    return re.sub("(" + "|".join(_OLD_TONES) + r")(?!\w)", lambda m: _OLD_TONES[m.group()], text)


def test_every_corpus_article_extracts_and_copies_agree(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt"))
    assert paths, "no articles in corpus/vi/unc"
    changed = 0
    for path in paths:
        original = path.read_text(encoding="utf-8")
        item = read(original.encode(), source=path.name).item
        expected = _entities(item)
        nfd = read(unicodedata.normalize("NFD", original).encode(), source=path.name).item
        assert _entities(nfd) == expected, f"NFD copy of {path.name}"
        old_text = _old_tone_placement(original)
        changed += old_text != original
        old = read(old_text.encode(), source=path.name).item
        assert _entities(old) == expected, f"old-tone copy of {path.name}"
        # Body text survives unchanged in every copy.
        assert "\n".join(b.text for b in nfd.body) == unicodedata.normalize(
            "NFD", "\n".join(b.text for b in item.body)
        )
    assert changed > 20  # the old-tone copies really differ


def test_extraction_is_deterministic(seed_path: Path) -> None:
    first = write_json(read(seed_path).item)
    assert all(write_json(read(seed_path).item) == first for _ in range(3))


def test_extraction_can_be_switched_off(seed_path: Path) -> None:
    item = read(seed_path, extract=False).item
    assert (item.people, item.organisations, item.event, item.language) == ([], [], None, None)
    assert all(block.kind is BlockKind.PARAGRAPH for block in item.body)


_WORDS = st.sampled_from(
    [
        "Thượng tướng",
        "Trần Quốc Tỏ",
        ",",
        "Bộ Công an",
        "tổ chức",
        "Hội nghị",
        "ngày 28/12",
        "(Ảnh: Tiến Dũng)",
        "Nghị quyết số 12-NQ/TW",
        "của",
        "trao",
        "Bằng khen",
        "cho",
        "tại",
        "Hà Nội",
        ".",
        "2021-2025",
        "Uỷ ban",
        "Ông",
        "- Giám đốc",
        "Sở Y tế",
        "năm 2022",
        "(CAND)",
        "Công an nhân dân",
    ]
)


@given(
    st.lists(
        st.lists(st.one_of(_WORDS, texts), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4
    )
)
def test_any_text_extracts_without_error_and_mentions_are_exact(paragraphs: list[str]) -> None:
    body = "\n\n".join(p.strip().replace("\r", " ").replace("\n", " ") for p in paragraphs if p.strip())
    data = (" date 2022-12 " + (body or "x")).encode()
    result = read(data, format="text")
    item = result.item
    for _, entity in item.entities():
        for mention in entity.mentions:
            assert item.body[mention.block].text[mention.start : mention.end] == mention.text
    assert write_json(read(data, format="text").item) == write_json(item)


_DATE_WORDS = ["ngày", "Ngày", "sáng", "Chiều", "tối", "đêm", "Hôm", "từ", "đến", "lễ", "cuối", "xngày"]
_DATE_PIECES = st.lists(
    st.one_of(
        st.sampled_from(_DATE_WORDS),
        st.from_regex(r"[0-9]{1,3}([/-][0-9]{1,3}){0,2}", fullmatch=True),
        st.sampled_from([" ", "  ", ", ", "/", "-", "a", "Hà Nội"]),
    ),
    max_size=12,
)


@given(_DATE_PIECES)
@example(["Ngày", "27/4", "và", "sáng", "28-4,", "tối", "5/123"])
@example(["xngày", "1/2", "từ", "3/4", "đến", "5/4/2021"])
def test_day_and_month_found_from_the_numbers_as_the_regex_finds_them(pieces: list[str]) -> None:
    """The dates finder finds ``ngày 27/4``, ``sáng 28-4`` from the numbers, for speed; it must find
    exactly what a scan with the day-month regex finds."""
    from newsml_kit.extract.vi.dates import _day_month_matches
    from newsml_kit.extract.vi.vocab import vocab

    text = " ".join(pieces)
    expected = [(m.span(), m.groups()) for m in vocab().day_month.finditer(text)]
    assert [(m.span(), m.groups()) for m in _day_month_matches(text)] == expected
