"""The Vietnamese gates (``Vocab.capitals_gate``, ``Vocab.names_after_gate``): a gated search finds
every block the scan of the whole article finds, for each of the eight patterns they gate."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsml_kit.extract.core import Extraction
from newsml_kit.extract.vi.vocab import vocab, words
from newsml_kit.extract.vocab import aliases
from newsml_kit.model import Block, NewsItem

# Entries of the gated tables in several cases, names, and words and marks to put around them.
POOL = sorted(
    {
        *words("ranks")[:6],
        *words("academic_titles")[:6],
        *words("title_heads")[:6],
        *list(aliases("vi", "companies"))[:6],
        *list(aliases("vi", "news_sources"))[:6],
        "tvN",
        *words("honorifics"),
        *(word.lower() for word in words("honorifics")),
        *list(aliases("vi", "administrative_units"))[:6],
        *words("venue_heads")[:6],
        *(word.capitalize() for word in words("venue_heads")[:6]),
        *words("name_words")[:4],
        "Nguyễn Văn An",
        "Lê",
        "Hà Nội",
        "và",
        "của",
        ",",
        "(",
        ".",
        "  ",
        "x",
    }
)
BLOCKS = st.lists(st.lists(st.sampled_from(POOL), min_size=1, max_size=8).map(" ".join), max_size=5)


@given(BLOCKS)
def test_the_gates_let_through_every_block_a_gated_pattern_matches_in(blocks: list[str]) -> None:
    v = vocab()
    item = NewsItem(guid="urn:test:gates", headline="Tin", body=[Block(text=text) for text in blocks])
    extraction = Extraction(item)
    for pattern in (v.ranks, v.academic, v.title_heads, v.companies, v.news_sources_re):
        assert extraction.blocks_matching(pattern, v.capitals_gate) == extraction.blocks_matching(pattern)
    for pattern in (v.honorific_name, v.administrative, v.venues):
        assert extraction.blocks_matching(pattern, v.names_after_gate) == extraction.blocks_matching(pattern)
