"""Two-syllable Vietnamese names (``Anh Tú``), which nothing else marks as a name: once an article
has named ``Trần Anh Tú`` in full, the same two syllables standing alone elsewhere name a person
(GOLD-FORMAT: two-syllable names count). Whether the same person or a namesake the text cannot
tell, so the short name is a person of its own: its own name, no titles borrowed. (A Western
surname alone, "Trump" beside "Donald Trump", is left out: a person has one name here, and a
second person "Trump" would repeat the first.)"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.vi.grammar import LOWER, UPPER, is_vietnamese_syllable, overlaps
from newsml_kit.extract.vi.vocab import Vocab


def short_names(ex: Extraction, v: Vocab) -> None:
    """Add each found person's short name where it stands alone: not inside a longer capitalised
    name (a capitalised word on either side) and not a place, an organisation or a title."""
    found_people = list(ex.of_kind("person"))
    article = ex.article
    starts: list[int] | None = None
    for cluster in found_people:
        key = cluster.key
        short = key[key.rfind(" ", 0, key.rfind(" ")) + 1 :]  # the last two words
        # (Most short names stand only inside the full name: count before any closer test.)
        if short == key or article.count(short) <= article.count(key) or _short_name(key, v) is None:
            continue
        found = article.find(short)
        while found >= 0:
            if starts is None:
                starts = list(accumulate((len(view.text) + 1 for view in ex.views[:-1]), initial=0))
            index = bisect_right(starts, found) - 1
            start = found - starts[index]
            if _stands_alone(ex.views[index].text, start, start + len(short)):
                _add(ex, found_people, Span(index, start, start + len(short)))
            found = article.find(short, found + 1)


def _short_name(key: str, v: Vocab) -> str | None:
    """The two-syllable given name of a full Vietnamese name ("Trần Anh Tú": "Anh Tú"), unless it
    also names a place, a body, a post, a source or a company."""
    words = key.split(" ")
    vietnamese = [is_vietnamese_syllable(word) for word in words]
    if not (len(words) in (3, 4) and all(vietnamese) and words[0] in v.surnames):
        return None
    short = " ".join(words[-2:])  # "Trần Anh Tú": "Anh Tú"
    if (
        short in v.places
        or v.places_re.fullmatch(short)
        or v.org_heads.match(short)
        or v.title_heads.match(short)
        or short in v.news_sources
        or v.companies.fullmatch(short)
    ):
        return None
    return short


def _stands_alone(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._-"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
        return False
    before = text[max(0, start - 30) : start].rstrip(" ").rsplit(" ", 1)[-1]
    if before[:1].isupper() and before[-1:].isalnum():
        return False  # "Phạm Anh Tú": another person's full name (". Trump" opens a sentence)
    after = text[end : end + 2]
    return not (after[:1] == " " and after[1:2].isupper())


def _add(ex: Extraction, found_people: list[Cluster], span: Span) -> bool:
    """Add the person at ``span``, unless a person is already found there (the full name itself, or
    another person's name); whether one was added."""
    if any(overlaps(span, other) for person in found_people for other in person.spans):
        return False
    ex.add("person", ex.view_text(span), span, ex.surface(span))
    return True


# Words for where something is: a name right after them is a place ("tại Kim Mã", "ở Văn Giang").
AT_WORDS = frozenset(("tại", "Tại", "ở", "Ở"))
# "Văn Toàn", "Văn Quyết": the commonest middle name of men and a given name, the way the sports
# pages name players. (Preceded by a capitalised word, it is inside a full name.)
_VAN_NAME_RE = re.compile(rf"(?<![\w.])Văn [{UPPER}][{LOWER}]+(?![\w'\u2019-])(?! [{UPPER}])")


def middle_name_van(ex: Extraction, v: Vocab) -> bool:
    """Two syllables starting with the middle name "Văn", standing alone, are a person, unless a
    word for a street or "tại"/"ở" comes before, a known place follows after a comma, or they
    name a known place themselves; whether one was added."""
    added = False
    found_people = ex.of_kind("person")
    for index, view in enumerate(ex.views):
        text = view.text
        if "Văn " not in text:
            continue
        for match in _VAN_NAME_RE.finditer(text):
            name = match.group()
            if not is_vietnamese_syllable(name[4:]) or v.places_re.fullmatch(name):
                continue
            if text.startswith(", ", match.end()) and v.places_re.match(text, match.end() + 2):
                continue  # "(Văn Giang, Hưng Yên)": a district, then its province
            before = text[max(0, match.start() - 30) : match.start()].rstrip(" ")
            previous = before.rsplit(" ", 1)[-1]
            if previous[-1:].isalnum() and (previous[:1].isupper() or previous in v.street_words):
                continue  # "Nguyễn Văn Toàn", "phố Văn Cao"
            if previous in AT_WORDS:
                continue
            added = _add(ex, found_people, Span(index, match.start(), match.end())) or added
    return added
