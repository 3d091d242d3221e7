"""Plain text -> model metadata: a language-independent core and one pack per language.

``extract(item)`` returns the item with the people, organisations, places, dates, documents,
awards, photo credits, byline and main event its body names; the body text stays as it was.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsml_kit.extract import en, vi
from newsml_kit.extract.core import Extraction, Pack
from newsml_kit.model import NewsItem

# A pack is its ruler: its finders, in order (docs/architecture.md, "Adding a language").
PACKS: dict[str, Pack] = {"vi": vi.RULER.run, "en": en.RULER.run}

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
        return "en"
    return None


def extract(item: NewsItem, language: str | None = None) -> NewsItem:
    """The item enriched by the pack for its language (``language`` overrides the detected one);
    unchanged when no pack applies."""
    language = language or detect_language(item)
    pack = PACKS.get(language or "")
    if pack is None:
        return _with_language(item, language)
    extraction = Extraction(item)
    pack(extraction)
    return extraction.build(language)


def enrich(item: NewsItem, language: str | None = None) -> NewsItem:
    """An imported item (NewsML-G2, NITF, ninjs) with what the pack for its language finds in its
    body added beside what the agency sent: the agency's entities, dates, event, byline, language
    and body stay as they are; a found entity the agency already names (same kind and name) is
    the agency's; found ids that clash with the agency's are renamed."""
    language = language or detect_language(item)
    pack = PACKS.get(language or "")
    if pack is None or not item.body:
        return item
    bare = item.model_copy(
        update={
            "people": [],
            "organisations": [],
            "places": [],
            "dates": [],
            "documents": [],
            "awards": [],
            "event": None,
            "byline": None,
        }
    )
    extraction = Extraction(bare)
    pack(extraction)
    found = extraction.build()
    return merge_found(item, found, language)


_GROUPS = ("people", "organisations", "places", "dates", "documents", "awards")


def merge_found(agency: NewsItem, found: NewsItem, language: str | None) -> NewsItem:
    """``agency`` with the entities of ``found`` (extracted from the same body) added."""
    taken = {entity.id for _, entity in agency.entities()}
    known = {
        (group, entity.name.casefold()): entity.id
        for group in ("people", "organisations", "places")
        for entity in getattr(agency, group)
    }
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    for group in ("people", "organisations", "places"):
        for entity in getattr(found, group):
            same = known.get((group, entity.name.casefold()))
            if same is not None:
                renamed[entity.id] = same
                dropped.add(entity.id)
    for _, entity in found.entities():
        if entity.id in renamed:
            continue
        new_id, n = entity.id, 1
        while new_id in taken:
            new_id, n = f"x{n}.{entity.id}", n + 1
        renamed[entity.id] = new_id
        taken.add(new_id)
    data = _renamed(found.model_dump(mode="python"), renamed)
    fields = dict(agency)
    for group in _GROUPS:
        added = [entry for entry in data[group] if entry["id"] not in {renamed[i] for i in dropped}]
        fields[group] = [*getattr(agency, group), *added]
    if agency.event is None and data["event"] is not None:
        fields["event"] = data["event"]
    if agency.byline is None:
        fields["byline"] = found.byline
    if agency.language is None:
        fields["language"] = language
    return NewsItem.model_validate(fields)


_ID_KEYS = frozenset(["id", "entity_id", "place_id", "issuer_id", "giver_id", "parent_id"])


def _renamed(value: Any, renamed: dict[str, str]) -> Any:
    """``value`` (a dumped model) with every id and id reference mapped through ``renamed``."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, entry in value.items():
            if key in _ID_KEYS and isinstance(entry, str):
                out[key] = renamed.get(entry, entry)
            elif key in ("organiser_ids", "organisation_ids") and isinstance(entry, list):
                out[key] = [renamed.get(ref, ref) for ref in entry]
            else:
                out[key] = _renamed(entry, renamed)
        return out
    if isinstance(value, list):
        return [_renamed(entry, renamed) for entry in value]
    return value


def _with_language(item: NewsItem, language: str | None) -> NewsItem:
    if item.language is not None or language is None:
        return item
    return NewsItem(**{**dict(item), "language": language})
