"""The language-independent builder: cluster names and the ids minted for found entities."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsml_kit.extract.core import Cluster, Extraction, Gate, Span, WordStarts
from newsml_kit.model import Block, NewsItem

FORMS = ["Hà Nội", "HN", "Thủ đô Hà Nội", "Ha Noi", "hn"]
SURFACES = st.lists(st.sampled_from(FORMS), min_size=1, max_size=9)


@given(SURFACES)
def test_the_preferred_name_is_the_most_used_then_the_shortest_form(surfaces: list[str]) -> None:
    """The builder counts forms in a dict (cheaper than a Counter): the choice is the one a Counter
    gives, and one surface is its own name without counting."""
    cluster = Cluster("place", "key", surfaces=surfaces)
    counts = Counter(surfaces)
    preferred = min(counts, key=lambda surface: (-counts[surface], len(surface), surface))
    assert cluster.preferred_name() == preferred
    assert cluster.names() == [preferred, *sorted(set(surfaces) - {preferred})]


KINDS = ("person", "organisation", "place")
PREFIXES = {"person": "per", "organisation": "org", "place": "loc"}
BLOCK = "Một hai ba bốn năm sáu bảy tám chín mười."

# Mentions of up to six entities: (kind, entity number, block, start); several may start at one place.
MENTIONS = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(0, 5), st.integers(0, 2), st.integers(0, 30)),
    min_size=1,
    max_size=25,
)


@given(MENTIONS)
def test_ids_are_minted_per_kind_in_order_of_first_mention(mentions: list[tuple[str, int, int, int]]) -> None:
    """One sort numbers every kind: the ids and the order of each group are those of sorting each
    kind by its first mention, ties in order of creation; the item's own fields are kept."""
    item = NewsItem(guid="urn:test:core", headline="Tin", body=[Block(text=BLOCK)] * 3)
    extraction = Extraction(item)
    for kind, number, block, start in mentions:
        extraction.add(kind, f"{kind}{number}", Span(block, start, start + 3))
    built = extraction.build()
    for kind, group in zip(KINDS, (built.people, built.organisations, built.places), strict=True):
        created = [cluster for cluster in extraction.clusters.values() if cluster.kind == kind]
        expected = sorted(created, key=lambda cluster: min(cluster.spans)[:2])
        assert [entity.id for entity in group] == [f"{PREFIXES[kind]}{n}" for n in range(1, len(group) + 1)]
        assert [entity.mentions[0].start for entity in group] == [min(c.spans).start for c in expected]
        assert [entity.name for entity in group] == [c.preferred_name() for c in expected]
        assert [c.local_id for c in expected] == [entity.id for entity in group]
    unchanged = {"people", "organisations", "places"}
    assert built.model_dump(exclude=unchanged) == item.model_dump(exclude=unchanged)


GATED_WORDS = ["ông", "Ông", "bà", "Nam", "Hà", "không", "x", "(Ông", "Bà"]
ARTICLES = st.lists(st.lists(st.sampled_from(GATED_WORDS), min_size=1, max_size=6).map(" ".join), max_size=6)


@given(ARTICLES)
def test_a_gate_lets_through_every_block_the_pattern_matches_in(blocks: list[str]) -> None:
    """A gated search finds the blocks the scan of the article finds: the gate's pattern (forward,
    or over the reversed text) or one of its words occurs in every block the pattern matches in."""
    pattern = re.compile(r"(?<!\w)(?:ông|bà|Ông) [A-ZĐ]\w*")
    forward = Gate(re.compile("Ông"), words=("ông", "bà"))
    backwards = Gate(re.compile(r"[A-ZĐ] +(?:gnô|àb|gnÔ)"), backwards=True)
    item = NewsItem(guid="urn:test:gate", headline="Tin", body=[Block(text=text) for text in blocks])
    extraction = Extraction(item)
    expected = extraction.blocks_matching(pattern)
    assert extraction.blocks_matching(pattern, forward) == expected
    assert extraction.blocks_matching(pattern, backwards) == expected
    assert extraction.gated(forward) >= expected  # found once, then kept for the article


WORD_START_TEXTS = st.text(
    alphabet=st.sampled_from(list("ab .,(\n\u201c_1\u00e0\U0001d400\U0001f600")), max_size=30
)


@given(WORD_START_TEXTS, st.sampled_from(["", "."]))
def test_word_starts_are_the_matches_of_the_pattern_behind_a_lookbehind(text: str, excluded: str) -> None:
    """The scan from separators (a word character beyond the Basic Multilingual Plane, U+1D400, is
    none; an emoji is one) and the match at the start find what one scan with a lookbehind finds,
    in the same order and with the same overlaps left out."""
    pattern = r"(?:ab|a b|b\.a|a)(?!\w)"
    behind = re.compile(rf"(?<![\w{re.escape(excluded)}])(?:{pattern})")
    starts = WordStarts.of(pattern, excluded=excluded)
    assert [m.span(1) for m in starts.finditer(text)] == [m.span() for m in behind.finditer(text)]


def test_blocks_starting_lists_the_blocks_a_word_start_match_is_in() -> None:
    item = NewsItem(
        guid="urn:test:starts", headline="Tin", body=[Block(text=t) for t in ("ab", "xab (ab", "cab", "b ab")]
    )
    starts = WordStarts.of(r"ab(?!\w)")
    assert Extraction(item).blocks_starting(starts) == {0, 1, 3}


def test_starts_by_block_gives_each_match_at_its_offset_in_its_view() -> None:
    item = NewsItem(
        guid="urn:test:starts", headline="Tin", body=[Block(text=t) for t in ("ab", "x", "c (ab ab.")]
    )
    starts = WordStarts.of(r"ab(?!\w)")
    assert Extraction(item).starts_by_block(starts) == {0: [(0, "ab")], 2: [(3, "ab"), (6, "ab")]}
