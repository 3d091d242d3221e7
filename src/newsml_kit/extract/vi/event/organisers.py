"""Who holds the event: the body or person named right before the verb (the first of those
that work together), the clause's own body, the maker who unveils at its own event, and an
organiser said in the event's name or in a later sentence that names the event again."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.event.found import _entity_ending_at
from newsml_kit.extract.vi.event.patterns import (
    _BEFORE_HEAD_RE,
    _BY_ORGANISER_RE,
    _ORDINAL_END_RE,
    _ORGANISE_RE,
    _ORGANISED_BY_RE,
    _REPORTING,
)
from newsml_kit.extract.vi.event.reporting import _named_again, _report, _reporting_sentences
from newsml_kit.extract.vi.grammar import LOWER, UPPER, entity_starting_at, first_person, sentence_bounds
from newsml_kit.extract.vi.vocab import Vocab, vocab, words
from newsml_kit.extract.vocab import alternation

_PARTNER_RE = re.compile(r" (?:phối hợp(?: với| cùng)?|kết hợp với|kết hợp cùng|cùng với|cùng) ")
# Two bodies named together: "Bộ Y tế và Bộ Công an", "Bộ Y tế, Bộ Công an".
_JOINED_RE = re.compile(r"(?:,| và| cùng| cùng với) ")

# "Ninh Bình tiếp tục đăng cai tổ chức ...": the place that hosts the event, right before the verb.
_WHERE_BEFORE_RE = re.compile(r"\btại (?:trụ sở |hội trường )?$")
# "Dưới sự chỉ đạo của Bộ Y tế, Sở Y tế tỉnh X tổ chức ...", "với sự tài trợ của Công ty Y, ...": the
# body that directs, sponsors or supports the event is no organiser of it.
_BACKING_BEFORE_RE = re.compile(r"\bsự (?:chỉ đạo|bảo trợ|tài trợ|hỗ trợ|đồng hành|cho phép|giúp đỡ) của $")

# A word of an official name: capitalised, an acronym or a number, or a lower-case syllable.
_NAME_TOKEN_RE = re.compile(rf"[{UPPER}\d][\w&.-]*|[{LOWER}]+")


def _subject_body(ex: Extraction, v: Vocab, index: int, text: str, start: int, verb: int) -> Ref | None:
    """The body that holds the event when no finder named it: the whole clause before the verb,
    when it is an organisation head and a name ("Sáng 27/4, Bộ Kế hoạch và Đầu tư tổ chức ...":
    the name runs from the head to the verb, with no comma, person or more than two lower-case
    syllables in a row)."""
    clause = max(start, text.rfind(", ", start, verb) + 2)
    head = v.org_starts.match(text, clause)
    if head is None or not text[clause].isupper():
        return None
    tokens = text[head.end() : verb].split()
    if not any(t[0].isupper() for t in tokens) or any(not _NAME_TOKEN_RE.fullmatch(t) for t in tokens):
        return None
    lower_run = 0
    for token in tokens:
        lower_run = lower_run + 1 if token.islower() else 0
        if lower_run > 2 or (token in v.function_words and token != "và"):
            return None
    if first_person(ex, index, clause, verb) is not None:
        return None
    span = Span(index, clause, verb)
    cluster = ex.add("organisation", text[clause:verb].casefold(), span, ex.surface(span))
    return ("organisation", cluster.key)


# "Apple ra mắt iPad Pro mới tại sự kiện Spring Loaded", "Tại sự kiện X, Samsung giới thiệu ...": a
# maker unveils its products at its own event.
_UNVEILS_RE = re.compile(r" (?:(?:đã|vừa|chính thức) )*(?:ra mắt|giới thiệu|trình làng) ")


def _unveiler(ex: Extraction, index: int, text: str, start: int, end: int) -> Ref | None:
    """The organisation that unveils something in the sentence: the subject of the verb, named
    right before it in its clause."""
    unveils = _UNVEILS_RE.search(text, start, end)
    if unveils is None:
        return None
    clause = max(start, text.rfind(", ", start, unveils.start()) + 2)
    maker = _organisers_before(ex, index, text, clause, unveils.start(), kinds=("organisation",))
    return maker[0] if maker else None


def _organisers_before(
    ex: Extraction,
    index: int,
    text: str,
    start: int,
    verb: int,
    kinds: tuple[str, ...] = ("organisation", "person"),
) -> list[Ref]:
    """The organisation (or person) right before the verb, and those it works with
    (``Bộ Y tế phối hợp với Bộ Công an tổ chức``)."""
    found: list[tuple[int, int, Ref]] = []
    # Nor a body inside a venue's name: "tại Hội trường UBND tỉnh, UBND tỉnh X tổ chức".
    venues = [
        (span.start, span.end)
        for place in ex.of_kind("place")
        for span in place.spans
        if span.block == index and start <= span.start < verb
    ]
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            found.extend(
                (span.end, span.start, (kind, cluster.key))
                for span in cluster.spans
                if span.block == index
                and start <= span.start
                and span.end <= verb
                # not an owner in parentheses: "Vụ Trang thiết bị (Bộ Y tế) đã đồng tổ chức"
                and text.count("(", start, span.start) <= text.count(")", start, span.start)
                # nor a parent body: "trung tâm X, thuộc Tổng cục Y ... đã tổ chức"
                and "thuộc " not in text[max(start, text.rfind(", ", start, span.start)) : span.start]
                # nor where it happens: "tại trụ sở Bộ Ngoại giao, Thứ trưởng X đã có cuộc hội đàm"
                and _WHERE_BEFORE_RE.search(text, max(start, span.start - 16), span.start) is None
                and _BACKING_BEFORE_RE.search(text, max(start, span.start - 24), span.start) is None
                and not any(a < span.start and span.end <= b for a, b in venues)
            )
    # Not a name inside a longer one found too ("Hưng Thịnh" inside "Tập đoàn Hưng Thịnh").
    found = [f for f in found if not any(o[1] <= f[1] and f[0] <= o[0] and o[:2] != f[:2] for o in found)]
    if not found:
        return []
    found.sort()
    # With several organisers the first named is the organiser: "Bộ Y tế và Bộ Công an (đồng) tổ
    # chức", "Bộ Y tế phối hợp với Bộ Công an tổ chức".
    last = len(found) - 1
    while last > 0 and _JOINED_RE.fullmatch(text, found[last - 1][0], found[last][1]):
        last -= 1
    organisers = [found[last][2]]
    partner = _PARTNER_RE.search(text, start, verb)
    if partner is not None:
        first = next((ref for end, _, ref in found if end <= partner.start()), None)
        if first is not None:
            organisers = [first]
    return organisers


def _organiser_elsewhere(ex: Extraction, finding: EventFinding) -> None:
    """An organiser named in the event's name, right after its head ("cuộc họp báo Chính phủ
    thường kỳ") or after "của"; or after it: "Hội nghị ... do Sở Y tế tổ chức"."""
    if finding.organisers:
        return
    block, text = finding.span.block, ex.views[finding.span.block].text
    head = vocab().event_heads.match(text, finding.span.start)
    positions = [head.end() + 1] if head is not None else []
    if head is not None and (qualified := _event_modifiers().match(text, head.end())) is not None:
        positions.append(qualified.end())  # "họp báo thường kỳ Bộ Ngoại giao"
    owner = text.find(" của ", finding.span.start, finding.span.end)
    if owner >= 0:
        positions.append(owner + len(" của "))
    comma = text.find(", ", finding.span.start, finding.span.end)
    if comma >= 0 and _ORDINAL_END_RE.search(text, finding.span.start, comma):
        positions.append(comma + len(", "))  # "Kỳ họp thứ 5, Quốc hội khóa XV": the body it belongs to
    by = _ORGANISED_BY_RE.match(text, finding.span.end)
    rest = text[by.end() : sentence_bounds(text, by.end())[1]] if by is not None else ""
    if by is not None and any(verb in rest for verb in (" tổ chức", " chủ trì", " đăng cai", " phát động")):
        # "do Bộ Y tế tổ chức", "do Viện X chủ trì", "do Trường X đăng cai": a body that hosts it
        positions.append(by.end())
    for position in positions:
        organiser = entity_starting_at(ex, block, position, ("organisation",))
        if organiser is not None:
            finding.organisers.append(organiser)
            return
    if finding.name.lower().startswith("sự kiện "):
        # "Tại sự kiện X diễn ra ..., Apple trình làng ...": the maker's own launch event
        maker = _unveiler(ex, block, text, finding.span.end, sentence_bounds(text, finding.span.start)[1])
        if maker is not None:
            finding.organisers.append(maker)
            return
    _organiser_said_again(ex, finding)


def _organiser_said_again(ex: Extraction, finding: EventFinding) -> None:
    """A sentence after the event's own that names it again with its organiser: "Hội nghị do Sở Y
    tế tổ chức ...", "Sở Y tế đã tổ chức hội nghị ...", or as "the event" or "the programme": "Sự
    kiện được tổ chức bởi Sở Y tế", "Chương trình do Sở Y tế phối hợp với ... tổ chức"."""
    named_again = re.compile(rf"{_named_again(finding).pattern}|(?<!\w)(?:sự kiện|chương trình)(?!\w)")
    # Anywhere in the report: a sentence that names the event again and says who holds it.
    holding = [i for i in _report(ex, finding) if " tổ chức" in ex.views[i].text]
    for index, text, start, end in _reporting_sentences(ex, finding, holding, after=_REPORTING):
        if index == finding.span.block and start <= finding.span.start < end:
            continue
        if " tổ chức" not in text[start:end] or not named_again.search(text[start:end].lower()):
            continue
        for organise in _ORGANISE_RE.finditer(text, start, end):
            quantified = _BEFORE_HEAD_RE.match(text, organise.end())
            again = named_again.match(text.lower(), quantified.end() if quantified else organise.end())
            before = _organisers_before(ex, index, text, start, organise.start())[:1] if again else []
            if before:
                finding.organisers.extend(before)
                return  # (none before: "Đơn vị tổ chức hội nghị là X", named as such below)
        by = _BY_ORGANISER_RE.search(text, start, end)
        if by is not None and named_again.search(text[start : by.start()].lower()):
            organiser = entity_starting_at(ex, index, by.end(), ("organisation", "person"))
            if organiser is not None:
                finding.organisers.append(organiser)
                return
    _organiser_named_as(ex, finding)


# "Đơn vị tổ chức là Công ty X", "Đơn vị tổ chức chương trình là X": who organises, named as such;
# and the other way round, "Công ty X là đơn vị tổ chức ...", "Sở Y tế là cơ quan chủ trì tổ chức ...".
_ORGANISER_IS_RE = re.compile(r"\b[Đđ]ơn vị (?:đứng ra )?tổ chức (?:[^.;,]{1,40} )?là ")
_IS_ORGANISER_RE = re.compile(r" (?:cũng |chính )?là (?:đơn vị|cơ quan) (?:đứng ra |chủ trì )?tổ chức\b")


def _organiser_named_as(ex: Extraction, finding: EventFinding) -> None:
    """An organiser named as "đơn vị tổ chức" in a sentence of the event's paragraph or the next two."""
    holding = [i for i in _report(ex, finding) if "tổ chức" in ex.views[i].text]
    for index, text, start, end in _reporting_sentences(ex, finding, holding):
        named = _ORGANISER_IS_RE.search(text, start, end)
        organiser = entity_starting_at(ex, index, named.end(), ("organisation",)) if named else None
        if organiser is None:
            named = _IS_ORGANISER_RE.search(text, start, end)
            ending = _entity_ending_at(ex, index, named.start()) if named else None
            organiser = ending if ending is not None and ending[0] == "organisation" else None
        if organiser is not None:
            finding.organisers.append(organiser)
            return


@cache
def _event_modifiers() -> re.Pattern[str]:
    """How or how often a meeting is held, or its ordinal, between its head and its body."""
    return re.compile(rf"(?: (?:{alternation(words('event_name_modifiers'))}|(?:lần )?thứ \w+))+ ")
