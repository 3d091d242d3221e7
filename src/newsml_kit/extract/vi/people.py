"""People: named after a rank (``Thượng tướng Trần Quốc Tỏ``), an honorific (``ông``, ``bà``), an
academic prefix or a position (``Thứ trưởng Nguyễn Duy Ngọc``); their titles follow the name as
appositions (``, Thứ trưởng Bộ Công an`` or `` - Giám đốc Học viện ...``)."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.vi.grammar import NAME, NAME_AT_WORD, NAME_RE, UPPER, is_vietnamese_syllable
from newsml_kit.extract.vi.phrases import phrase_end, without_trailing_connector
from newsml_kit.extract.vi.vocab import Vocab, vocab

_SPACED_NAME_RE = re.compile(rf" ({NAME})")
_APPOSITIVE_RE = re.compile(rf"({NAME_AT_WORD})(?:, | - | \u2013 )")
_SEPARATOR_RE = re.compile(r", | - | \u2013 ")
_NAME_AT_WORD_RE = re.compile(NAME_AT_WORD)
_SPACE_UPPER_RE = re.compile(rf" [{UPPER}]")
# Any personal name, Vietnamese or foreign: up to four capitalised words, with initials ("Taraji
# P. Henson"), hyphens ("Youn Yuh-Jung") and the particles of Western names ("de", "van").
_WORD = rf"(?:[{UPPER}]\.(?= [{UPPER}])|[{UPPER}](?:[\w'\u2019-]*\w)?)"
_ANY_NAME_RE = re.compile(rf" ({_WORD}(?: {_WORD}){{0,3}})(?![\w'\u2019-])")
_ACRONYM_WORD_RE = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?!\w)")
_MODIFIER_RE = re.compile(r" (?:\d+ tuổi|U\d0)(?!\w)")
_JOINED_CUE_RE = re.compile(r"(?:,| kiêm| và) ")
_ITEM = rf"{_WORD}(?: {_WORD}){{1,3}}"
_LIST_RE = re.compile(
    rf"(?<![\w.]){_ITEM}(?:, {_ITEM})*(?:,? và {_ITEM})(?![\w'\u2019-])|(?<![\w.]){_ITEM}(?:, {_ITEM})+"
)
_ITEM_RE = re.compile(rf"(?:^|, |,? và )({_ITEM})")
_STREET_PHRASES = ("quảng trường", "công viên", "tượng đài", "thành phố", "Thành phố", "thị xã", "thị trấn")


def find_people(ex: Extraction) -> None:
    v = vocab()
    for index, view in enumerate(ex.views):
        text = view.text
        for match in v.ranks.finditer(text):
            cluster = _person(ex, Span(index, match.start(2), match.end(2)), v)
            cluster.rank = cluster.rank or match.group(1)
        for match in v.honorific_name.finditer(text):
            if looks_like_person(match.group(1), v):
                _person(ex, Span(index, match.start(1), match.end(1)), v)
        for match in v.title_heads.finditer(text):
            bounds = _name_after_title(text, match.end(), v)
            if bounds is not None:
                cluster = _person(ex, Span(index, *bounds), v)
                title = text[match.start() : bounds[0]].strip()
                complete = without_trailing_connector(
                    text, match.start(), bounds[0], v
                ) == match.start() + len(title)
                if complete and title != match.group() and title not in cluster.titles:
                    cluster.titles.append(title)  # "Bộ trưởng Bộ Tư pháp Lê Thành Long"
        for match in v.academic.finditer(text):
            name = NAME_RE.match(text, match.end())
            if name and looks_like_person(name.group(), v):
                _person(ex, Span(index, name.start(), name.end()), v)
        for match in _APPOSITIVE_RE.finditer(text):
            after = text[match.end() :]
            if (
                match.group(1).split(" ")[0] in v.surnames
                and v.title_heads.match(after)
                and looks_like_person(match.group(1), v)
            ):
                _person(ex, Span(index, match.start(1), match.end(1)), v)
        _after_cues(ex, v, index, text)
        for match in v.foreign_names.finditer(text):
            if not _is_other_entity(match.group(), v) and not _SPACE_UPPER_RE.match(text, match.end()):
                _person(ex, Span(index, match.start(), match.end()), v)
        _full_names(ex, v, index, text)
    more_mentions(ex, "person")
    if _listed_with_people(ex, v):
        more_mentions(ex, "person")
    for cluster in ex.of_kind("person"):
        _titles(ex, v, cluster)


def _after_cues(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """``nữ diễn viên 24 tuổi Zendaya``, ``thủ môn Hoàng Việt``, ``anh Lê Bá Nhật Minh``: a name
    right after a word for what a person is, past an age, a nationality or a second role."""
    for cue in v.person_cues.finditer(text):
        position = _past_modifiers(text, cue.end(), v)
        name = _ANY_NAME_RE.match(text, position)
        if name is None:
            continue
        found = name.group(1)
        words = found.split(" ")
        vietnamese = all(is_vietnamese_syllable(w) for w in words)
        if cue.group() in v.address_words:
            # "anh", "chị", "em" are pronouns too: only a full Vietnamese name counts after them.
            if len(words) < 2 or not vietnamese:
                continue
        elif len(words) == 1 and (vietnamese or len(found) < 3):
            continue  # a bare given name is optional; a single foreign name counts
        if _is_other_entity(found, v):
            continue
        start = name.start(1)
        _person(ex, Span(index, start, start + len(found)), v)


def _past_modifiers(text: str, position: int, v: Vocab) -> int:
    """After a cue: ``, biên kịch kiêm diễn viên``, `` 32 tuổi``, `` người Anh``."""
    while True:
        modifier = _MODIFIER_RE.match(text, position)
        if modifier is not None:
            position = modifier.end()
            continue
        if text.startswith(" người ", position):
            place = v.places_re.match(text, position + len(" người "))
            if place is not None:
                position = place.end()
                continue
        joined = _JOINED_CUE_RE.match(text, position)
        if joined is not None:
            cue = v.person_cues.match(text, joined.end())
            if cue is not None:
                position = cue.end()
                continue
        return position


def _is_other_entity(name: str, v: Vocab) -> bool:
    """A place, an organisation (also written in title case: "Cao Đẳng Công Thương"), a title, a
    news source, or a phrase with an acronym ("ĐH Tôn Đức Thắng")."""
    first, _, rest = name.partition(" ")
    return (
        not looks_like_person(name, v)
        or v.org_heads.match(f"{first} {rest.lower()}") is not None
        or _ACRONYM_WORD_RE.search(name) is not None
        or v.title_heads.match(name) is not None
        or v.places_re.match(name) is not None
        or name in v.news_sources
    )


def _full_names(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """``Phạm Văn Nam tung cú sút``: three or four Vietnamese syllables starting with a family
    name are a person wherever they stand, unless a capitalised word or a word for a street, a
    school or an administrative unit comes before (``đường Trần Hưng Đạo``)."""
    for match in _NAME_AT_WORD_RE.finditer(text):
        words = match.group().split(" ")
        if len(words) < 3 or words[0] not in v.surnames or _SPACE_UPPER_RE.match(text, match.end()):
            continue
        if not all(is_vietnamese_syllable(w) for w in words) or _is_other_entity(match.group(), v):
            continue
        before = text[: match.start()].rstrip()
        previous = before.rsplit(" ", 1)[-1] if before else ""
        if previous[:1].isupper() and before[-1:] not in ".:!?\"'(":
            continue
        if (
            previous in v.street_words
            or before.endswith(_STREET_PHRASES)
            or words[0].lower() in v.street_words
        ):
            continue
        _person(ex, Span(index, match.start(), match.end()), v)


def _listed_with_people(ex: Extraction, v: Vocab) -> bool:
    """``Frances McDormand, Viola Davis, Carey Mulligan và Vanessa Kirby``: names listed with a known
    person are people too. True when a person was added."""
    added = False
    known = {(span.block, span.start, span.end) for c in ex.of_kind("person") for span in c.spans}
    for index, view in enumerate(ex.views):
        for listing in _LIST_RE.finditer(view.text):
            items = [
                (m.start(1) + listing.start(), m.end(1) + listing.start())
                for m in _ITEM_RE.finditer(listing.group())
            ]
            if not any((index, s, e) in known for s, e in items):
                continue
            names = [view.text[s:e] for s, e in items]
            if any(
                _is_other_entity(name, v)
                or v.title_heads.match(view.text, s)
                or _ACRONYM_WORD_RE.search(name)
                for (s, _), name in zip(items, names, strict=True)
            ):
                continue
            for (s, e), name in zip(items, names, strict=True):
                if (index, s, e) not in known and len(name.split(" ")) >= 2:
                    _person(ex, Span(index, s, e), v)
                    added = True
    return added


def _name_after_title(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    """``Thứ trưởng Nguyễn Duy Ngọc`` or ``Bộ trưởng Bộ Tư pháp Lê Thành Long``: a name starting
    with a family name, right after the title or at the end of the organisation that follows it."""
    direct = _SPACED_NAME_RE.match(text, position)
    if direct and direct.group(1).split(" ")[0] in v.surnames and looks_like_person(direct.group(1), v):
        return direct.start(1), direct.end(1)
    end = phrase_end(text, position, v, allow_titles=True)
    phrase = text[position:end]
    words = phrase.split(" ")
    for cut in range(max(1, len(words) - 4), len(words) - 1):
        name = " ".join(words[cut:])
        if words[cut] in v.surnames and NAME_RE.fullmatch(name) and looks_like_person(name, v):
            return end - len(name), end
    # "Bộ trưởng Quốc phòng Indonesia Prabowo Subianto": a foreign name ends the phrase.
    foreign = 0
    while foreign < min(3, len(words) - 1) and _is_foreign_word(words[-1 - foreign], v):
        foreign += 1
    if foreign >= 2:
        name = " ".join(words[-foreign:])
        return end - len(name), end
    return None


def _is_foreign_word(word: str, v: Vocab) -> bool:
    """A capitalised word no Vietnamese syllable spells, and no place ("Subianto", not "Indonesia")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and not is_vietnamese_syllable(word)
        and word not in v.places
        and word not in v.ambiguous_places
    )


def looks_like_person(name: str, v: Vocab) -> bool:
    return name not in v.places and not v.org_heads.match(name) and not v.org_standalone.match(name)


def _person(ex: Extraction, span: Span, v: Vocab) -> Cluster:
    # "Ông Lê Văn Hoạt" at the start of a sentence: the honorific is not part of the name.
    honorific = v.honorific.match(ex.view_text(span))
    if honorific and len(ex.view_text(span).split(" ")) > 2:
        span = Span(span.block, span.start + honorific.end(), span.end)
    return ex.add("person", ex.view_text(span), span, ex.surface(span))


def more_mentions(ex: Extraction, kind: str) -> None:
    """Every other place where a found name stands as a whole."""
    for cluster in ex.of_kind(kind):
        pattern = re.compile(rf"(?<![\w.]){re.escape(cluster.key)}(?![\w])")
        for index, view in enumerate(ex.views):
            for match in pattern.finditer(view.text):
                span = Span(index, match.start(), match.end())
                if span not in cluster.spans:
                    cluster.spans.append(span)
                    cluster.surfaces.append(ex.surface(span))


def _titles(ex: Extraction, v: Vocab, cluster: Cluster) -> None:
    """Appositions after a mention: ``Name, Title Org, Title Org - Title Org``."""
    for span in cluster.spans:
        text = ex.views[span.block].text
        position = span.end
        while True:
            separator = _SEPARATOR_RE.match(text, position)
            if separator is None:
                break
            head = v.title_heads.match(text, separator.end())
            if head is None:
                break
            end = phrase_end(text, head.end(), v, allow_titles=True)
            if end == head.end() and not _complete_title(head.group(), v):
                break
            title = text[separator.end() : end]
            if title not in cluster.titles:
                cluster.titles.append(title)
            position = end


def _complete_title(head: str, v: Vocab) -> bool:
    """A head that names its organisation itself (``Ủy viên Bộ Chính trị``, ``Chủ tịch nước``)."""
    return v.org_standalone.search(head) is not None or head.endswith(" nước")
