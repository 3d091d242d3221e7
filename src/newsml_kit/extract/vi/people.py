"""People: named after a rank (``Thượng tướng Trần Quốc Tỏ``), an honorific (``ông``, ``bà``), an
academic prefix or a position (``Thứ trưởng Nguyễn Duy Ngọc``); their titles follow the name as
appositions (``, Thứ trưởng Bộ Công an`` or `` - Giám đốc Học viện ...``)."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.vi.grammar import NAME, NAME_AT_WORD, NAME_RE
from newsml_kit.extract.vi.phrases import phrase_end, without_trailing_connector
from newsml_kit.extract.vi.vocab import Vocab, vocab

_SPACED_NAME_RE = re.compile(rf" ({NAME})")
_APPOSITIVE_RE = re.compile(rf"({NAME_AT_WORD})(?:, | - | \u2013 )")
_SEPARATOR_RE = re.compile(r", | - | \u2013 ")


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
    more_mentions(ex, "person")
    for cluster in ex.of_kind("person"):
        _titles(ex, v, cluster)


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
    return None


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
