"""Photo credits and the byline: ``(Ảnh: X)`` closing a caption, ``Ảnh: X`` as a caption line,
and the author's name (or names) as the article's last line."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import NAME, NAME_RE, is_vietnamese_syllable
from newsml_kit.extract.vi.vocab import vocab
from newsml_kit.model import BlockKind, PersonRole

# "(Ảnh: X)", "(ảnh: AFP/Getty)" closing a caption; "Ảnh: X" as its own line or after the caption's
# last sentence ("Toàn cảnh hội nghị. Ảnh: Minh Anh").
_CREDIT_RE = re.compile(r"\((?:[Ảả]nh|[Ảả]nh minh họa|[Nn]guồn): ?([^()]{1,60}?)\)\.?$")
_CREDIT_LINE_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:[Ảả]nh|Nguồn ảnh): ?([^.()]{1,40})$")
# The most characters either can span (with a closing newline): only the block's end is searched.
_CREDIT_LONGEST = 80
_CREDIT_LINE_LONGEST = 56
_BYLINE_PART_RE = re.compile(NAME)
# "Theo Reuters", "Theo The Verge/PA", "Theo TS": a closing line that names where the story is from.
_SOURCE_LINE_RE = re.compile(r"Theo [^\s,.]+(?: [^\s,.]+){0,4}$")
_COMPILED_RE = re.compile(r"\s*\([Tt]ổng hợp\)")
_AGENCY_SUFFIX_RE = re.compile(r"/[A-ZĐ][A-ZĐ0-9]{1,7}$")


def find_credits_and_byline(ex: Extraction) -> None:
    for index, view in enumerate(ex.views):
        text = view.text
        match = _closing_credit(text)
        if match is None:
            continue
        credit = Span(index, match.start(1), match.end(1))
        ex.mark_credit(credit)
        if _credit_is_person(match.group(1)):
            cluster = ex.add("person", match.group(1), credit, ex.surface(credit))
            if PersonRole.PHOTOGRAPHER not in cluster.roles:
                cluster.roles.append(PersonRole.PHOTOGRAPHER)
    _news_sources(ex)
    if len(ex.views) > 1:
        _byline(ex)


def _closing_credit(text: str) -> re.Match[str] | None:
    """The credit that closes a caption, group 1 its text."""
    # (The credit in parentheses closes the block: without a ")" at its end, no search.)
    found = _CREDIT_RE.search(text, max(0, len(text) - _CREDIT_LONGEST)) if ")" in text[-3:] else None
    if found is not None:
        return found
    line_start = max(0, len(text) - _CREDIT_LINE_LONGEST)
    # A credit line holds "nh:" ("Ảnh:", "Nguồn ảnh:"): without it, the regex (which has no
    # literal to skip ahead to, and tries each of the last characters) is not run.
    if text.find("nh:", line_start) < 0:
        return None
    return _CREDIT_LINE_RE.search(text, line_start)


def _byline(ex: Extraction) -> None:
    """The author's name (or names: "Thanh Hải - Minh Anh") as the last line, or as the line before
    a closing source line ("Theo Reuters"), or glued to it ("T.ThủyTheo The Verge/PA"); a trailing
    "(tổng hợp)" is not part of it."""
    last = len(ex.views) - 1
    text = ex.views[last].text
    source = _SOURCE_LINE_RE.search(text)
    if source is not None and source.start() == 0:
        last -= 1
        text = ex.views[last].text
        end = len(text)
    else:
        end = source.start() if source is not None else len(text)
    compiled = _COMPILED_RE.search(text, 0, end)
    end = compiled.start() if compiled is not None else end
    byline = text[:end].rstrip(" ,.")
    # "Trí Dũng/TTXVN": the agency stays in the byline, which is kept whole; the names are before it.
    agency = _AGENCY_SUFFIX_RE.search(byline)
    authors = byline[: agency.start()] if agency is not None else byline
    names = list(_BYLINE_PART_RE.finditer(authors))
    if (
        last > 0
        and 0 < len(byline) <= 60
        and names
        and ex.blocks[last].kind is BlockKind.PARAGRAPH
        and _only_names(authors, names)
    ):
        for name in names:
            span = Span(last, name.start(), name.end())
            cluster = ex.add("person", name.group(), span, ex.surface(span))
            if PersonRole.AUTHOR not in cluster.roles:
                cluster.roles.append(PersonRole.AUTHOR)
        ex.byline = ex.surface(Span(last, 0, len(byline)))


def _news_sources(ex: Extraction) -> None:
    """Well-known news sources, wherever cited ("Theo Reuters", "hãng tin AFP", "(Ảnh: AP)")."""
    v = vocab()
    for index in sorted(ex.blocks_matching(v.news_sources_re, v.capitals_gate)):
        view = ex.views[index]
        for match in v.news_sources_re.finditer(view.text):
            if _inside_a_name(view.text, match.start()):
                continue
            span = Span(index, match.start(), match.end())
            canonical = v.news_sources[match.group()]
            ex.add("organisation", canonical.casefold(), span, ex.surface(span))


# Heads of the media: "Báo Nhân Dân", "Đài VTV" still cite the source.
_MEDIA_HEADS = frozenset(
    ("Báo", "báo", "Tạp chí", "tạp chí", "Đài", "đài", "Truyền hình", "truyền hình", "Thông tấn xã")
)


def _inside_a_name(text: str, start: int) -> bool:
    """A source's name right after another body's head is part of that body's name ("Bệnh viện
    Nhân Dân 115", "Nhà xuất bản Lao Động"), not the source."""
    words = text[max(0, start - 30) : start].split()
    v = vocab()
    return any(
        (head := " ".join(words[-size:])) not in _MEDIA_HEADS and v.org_heads.fullmatch(head) is not None
        for size in (1, 2, 3)
        if len(words) >= size
    )


def _only_names(text: str, names: list[re.Match[str]]) -> bool:
    """``text`` is nothing but these names, joined by `` - ``, ``, `` or `` và ``."""
    rest = _BYLINE_PART_RE.sub("", text)
    return re.fullmatch(r"(?:\s*(?:-|\u2013|,|và)\s*)*", rest) is not None and len(names) <= 3


def _credit_is_person(credit: str) -> bool:
    """A credit names a photographer when it has the shape of a Vietnamese name: capitalised
    syllables that Vietnamese spelling allows ("Minh Khang", "M.Quân"), which agencies and sites
    ("Getty Images", "travelade") are not."""
    if NAME_RE.fullmatch(credit) is None:
        return False
    syllables = re.split(r"[ .]+", credit)
    return all(is_vietnamese_syllable(s) for s in syllables if len(s) > 1)
