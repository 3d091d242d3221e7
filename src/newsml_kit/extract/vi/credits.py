"""Photo credits and the byline: ``(Ảnh: X)`` closing a caption, ``Ảnh: X`` as a caption line,
and the author's name (or names) as the article's last line."""

from __future__ import annotations

import re
import unicodedata

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import NAME, NAME_RE
from newsml_kit.model import Block, BlockKind, PersonRole, TextRange

_CREDIT_RE = re.compile(r"\((?:Ảnh|Ảnh minh họa|Nguồn): ?([^()]{1,60}?)\)\.?$")
_CREDIT_LINE_RE = re.compile(r"^(?:Ảnh|Nguồn ảnh): ?([^.()]{1,40})$")
_BYLINE_PART_RE = re.compile(NAME)


def find_credits_and_byline(ex: Extraction) -> None:
    for index, view in enumerate(ex.views):
        text = view.text
        match = _CREDIT_RE.search(text) or _CREDIT_LINE_RE.match(text)
        if match is None:
            continue
        credit = Span(index, match.start(1), match.end(1))
        begin, finish = view.to_original(credit.start, credit.end)
        ex.blocks[index] = Block(
            kind=BlockKind.CAPTION, text=ex.blocks[index].text, credit=TextRange(start=begin, end=finish)
        )
        if _credit_is_person(match.group(1)):
            cluster = ex.add("person", match.group(1), credit, ex.surface(credit))
            if PersonRole.PHOTOGRAPHER not in cluster.roles:
                cluster.roles.append(PersonRole.PHOTOGRAPHER)
    if len(ex.views) > 1:
        last = len(ex.views) - 1
        text = ex.views[last].text
        names = list(_BYLINE_PART_RE.finditer(text))
        if (
            len(text) <= 60
            and names
            and ex.blocks[last].kind is BlockKind.PARAGRAPH
            and _only_names(text, names)
        ):
            # The last line is the author, or several ("Thanh Hải - Minh Anh").
            for name in names:
                span = Span(last, name.start(), name.end())
                cluster = ex.add("person", name.group(), span, ex.surface(span))
                if PersonRole.AUTHOR not in cluster.roles:
                    cluster.roles.append(PersonRole.AUTHOR)
            ex.byline = ex.item.body[last].text


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
    return all(_VIETNAMESE_SYLLABLE_RE.fullmatch(_bare(s)) for s in syllables if len(s) > 1)


# A Vietnamese syllable without its marks: initial consonant(s), one to three vowels, a final.
_VIETNAMESE_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _bare(syllable: str) -> str:
    """Lower case, without tone and vowel marks (``Đ`` as ``d``)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
