"""Layout parts of agency and archive copy: the dateline ("LONDON (Reuters) -"), the byline ("By
Jane Smith") and photo credits ("(Photo: AP)", "Picture: Jane Smith")."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.en.vocab import Vocab, vocab
from newsml_kit.model import PersonRole

_DATELINE_RE = re.compile(
    r"^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
    r" \(([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2})\) ?[-\u2013\u2014]+ "
)
_BYLINE_RE = re.compile(r"^By ([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3})(?:(?:,| -) [^.]{1,60})?$")
_CREDIT_RE = re.compile(r"\((?:Photo|Photograph|Picture|Pictured|Image)(?: by)?:? ([^()]{2,60})\)\.?$")
_CREDIT_LINE_RE = re.compile(r"^(?:Photo|Photograph|Picture|Image)(?: by)?:? ([A-Z][^()]{1,60})$")
_PERSON_CREDIT_RE = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}")


def find_credits_and_byline(ex: Extraction) -> None:
    v = vocab()
    dated = False
    for index, view in enumerate(ex.views):
        text = view.text
        if index <= 1 and not dated:
            dated = _dateline(ex, v, index, text)
        byline = _BYLINE_RE.match(text)
        if byline is not None and ex.byline is None:
            span = Span(index, byline.start(1), byline.end(1))
            author = byline.group(1)
            # "By The Associated Press": an agency writes it, no person
            if (
                not author.startswith("The ")
                and author not in v.organisations
                and author not in v.news_agencies
            ):
                _person(ex, span, PersonRole.AUTHOR)
            ex.byline = ex.surface(span)
            continue
        credit = _CREDIT_RE.search(text) or _CREDIT_LINE_RE.match(text)
        if credit is None:
            continue
        span = Span(index, credit.start(1), credit.end(1))
        ex.mark_credit(span)
        _credited(ex, v, span, credit.group(1))


def _dateline(ex: Extraction, v: Vocab, index: int, text: str) -> bool:
    """The dateline opening the first paragraph (after a byline), "LONDON (Reuters) -": the place
    the story is filed from, and the agency."""
    match = _DATELINE_RE.match(text)
    if match is None:
        return False
    written = match.group(1)
    name = " ".join(w.capitalize() for w in written.split(" "))
    ex.add("place", v.places.get(name, name), Span(index, match.start(1), match.end(1)), name)
    agency = match.group(2)
    canonical = v.organisations.get(agency, agency).casefold()
    ex.add("organisation", canonical, Span(index, match.start(2), match.end(2)), agency)
    return True


def _credited(ex: Extraction, v: Vocab, span: Span, credit: str) -> None:
    """A credit names an agency ("AP", "Reuters/Jane Smith"), a photographer, or both."""
    for part_match in re.finditer(r"[^/]+", credit):
        part = part_match.group().strip()
        start = span.start + part_match.start() + (len(part_match.group()) - len(part_match.group().lstrip()))
        part_span = Span(span.block, start, start + len(part))
        if part in v.news_agencies or part in v.organisations:
            ex.add("organisation", v.organisations.get(part, part).casefold(), part_span, part)
        elif _PERSON_CREDIT_RE.fullmatch(part) and not any(w in v.org_heads for w in part.split(" ")):
            _person(ex, part_span, PersonRole.PHOTOGRAPHER)


def _person(ex: Extraction, span: Span, role: PersonRole) -> None:
    name = ex.surface(span)
    cluster = ex.add("person", name, span, name)
    if role not in cluster.roles:
        cluster.roles.append(role)
