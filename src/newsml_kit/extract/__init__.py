"""Plain text -> model metadata: a language-independent core and one pack per language.

``extract(item)`` returns the item with the people, organisations, places, dates, documents,
awards, photo credits, byline and main event its body names; the body text stays as it was.
"""

from __future__ import annotations

import re
import unicodedata

from newsml_kit.extract import vi
from newsml_kit.extract.core import Extraction, Pack
from newsml_kit.model import NewsItem

PACKS: dict[str, Pack] = {"vi": vi.extract}

# Letters only Vietnamese uses among Latin-script languages: enough of them marks a Vietnamese text.
_VIETNAMESE_RE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


_LETTER_RE = re.compile(r"[^\W\d_]")
_WORD_RE = re.compile(r"[a-z]+")
_ENGLISH_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "for", "on", "is", "was", "at", "by", "with", "that"]
)


def detect_language(item: NewsItem) -> str | None:
    """The item's language, or a guess from its body (``vi`` when Vietnamese letters abound)."""
    if item.language:
        return item.language.split("-")[0].lower()
    # NFC first: in NFD text the letters below are split into base letters and marks.
    sample = unicodedata.normalize("NFC", " ".join(block.text for block in item.body[:5])[:2000])
    letters = len(_LETTER_RE.findall(sample))
    if letters and len(_VIETNAMESE_RE.findall(sample)) / letters > 0.03:
        return "vi"
    words = _WORD_RE.findall(sample.lower())
    if words and sum(word in _ENGLISH_WORDS for word in words) / len(words) > 0.08:
        return "en"  # no English pack yet, but the item gets its language tag
    return None


def extract(item: NewsItem) -> NewsItem:
    """The item enriched by the pack for its language; unchanged when no pack applies."""
    language = detect_language(item)
    pack = PACKS.get(language or "")
    if pack is None:
        return _with_language(item, language)
    extraction = Extraction(item)
    pack(extraction)
    return extraction.build(language)


def _with_language(item: NewsItem, language: str | None) -> NewsItem:
    if item.language is not None or language is None:
        return item
    return NewsItem(**{**dict(item), "language": language})
