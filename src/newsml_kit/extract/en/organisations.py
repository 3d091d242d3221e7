"""Organisations: well-known names (``organisations.txt``), capitalised names ending in an
organisation's head ("Secondary Heads Association", "Meta Group") or starting with one and "of"
("Ministry of Defence"), and acronyms the text defines ("Electronic Arts (EA)"), wherever the
acronym recurs."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.en.grammar import (
    ACRONYM_RE,
    CAP_RUN_RE,
    cap_word_runs,
    is_taken,
    table_matches,
    taken_spans,
)
from newsml_kit.extract.en.vocab import Vocab, vocab
from newsml_kit.extract.en.vocab import words as word_table
from newsml_kit.extract.vocab import alternation

_JOINERS = frozenset(["of", "and", "for", "the"])
# Words that open a former post, not a name: "Former Metropolitan Police commissioner".
_FORMER = frozenset(["Former", "Ex", "Outgoing", "Retiring"])
_DEFINED_RE = re.compile(r" \(([A-Z][A-Za-z0-9&]{1,7})\)")


def find_organisations(ex: Extraction) -> None:
    v = vocab()
    people = taken_spans(ex, ("person",))
    for index, view in enumerate(ex.views):
        text = view.text
        runs = cap_word_runs(text)  # one word is no name with a head
        skip = False
        for k, match in enumerate(runs):
            if skip:
                skip = False
                continue
            following = runs[k + 1] if k + 1 < len(runs) and text.startswith(", ", match.end()) else None
            if following is not None and _listed(text, match, following):
                # "State Administration of Radio, Film and Television": a list inside one name
                _headed_words(
                    ex, v, index, match.start(), text[match.start() : following.end()].split(" "), people
                )
                skip = True
                continue
            _headed(ex, v, index, match, people)
    taken = taken_spans(ex, ("person", "organisation"))
    for index, view in enumerate(ex.views):
        _portfolio_committees(ex, v, index, view.text, taken)
        for table in _tables(v, view.text):
            for match in table:
                span = Span(index, match.start(), match.end())
                if _IDIOM_RE.match(view.text, match.start()):
                    continue  # "Fed up with the delays, ...": a word of a phrase, not the Federal Reserve
                if not is_taken(span, taken):
                    ex.add("organisation", v.organisations[match.group()].casefold(), span, match.group())
                    taken.setdefault(index, []).append(span)
        _compounds(ex, v, index, view.text, taken)
        _after_cues(ex, v, index, view.text, taken)
        _before_cues(ex, v, index, view.text, taken)
        _chamber_committees(ex, v, index, view.text, taken)
    _acronyms(ex, v)
    taken = taken_spans(ex, ("person", "organisation"))
    for index, view in enumerate(ex.views):
        _speakers(ex, v, index, view.text, taken)


# A short name that is also an English word, in a phrase it makes with the next word.
_IDIOM_RE = re.compile(r"Fed up\b")


def _compounds(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """A known organisation's name before a participle of what it does to something ("a
    TUC-organised rally", "a Labour-run council", "UN-sponsored talks"): the organisation. The
    participle is looked for first (rare), the name read back from it."""
    for verb in _COMPOUND_VERB_RE.finditer(text):
        before = _NAME_BEFORE_HYPHEN_RE.search(text, max(0, verb.start() - 80), verb.start())
        if before is None:
            continue
        start, name = before.start(), before.group()
        while name not in v.organisations and " " in name:  # "The Labour-run council": "Labour"
            first, name = name.split(" ", 1)
            start += len(first) + 1
        span = Span(index, start, verb.start())
        if name in v.organisations and not is_taken(span, taken):
            ex.add("organisation", v.organisations[name].casefold(), span, name)
            taken.setdefault(index, []).append(span)


_COMPOUND_VERB_RE = re.compile(
    r"-(?:organised|organized|sponsored|hosted|convened|staged|run|led|backed|funded|controlled)\b"
)
_NAME_BEFORE_HYPHEN_RE = re.compile(r"(?<![\w-])[A-Z][\w&]*(?: [A-Z][\w&]*){0,3}$")


def _listed(text: str, run: re.Match[str], following: re.Match[str]) -> bool:
    """``following`` goes on a list that ``run`` opens inside one name: "Department for Culture,
    Media and Sport" (a run of "X of/for A", a comma, then "B and C")."""
    return (
        following.start() == run.end() + 2
        and text[run.end()] == ","
        and (" of " in run.group() or " for " in run.group())
        and " and " in following.group()
        and " the " not in following.group()
    )


def _tables(v: Vocab, text: str) -> list[list[re.Match[str]]]:
    """The well-known names of ``text``, by table: the names in lower case only where one of their
    last words is written."""
    names = table_matches(v.organisations_re, v.organisations_keys, text)
    if any(needle in text for needle in v.organisations_lower_needles):
        return [list(v.organisations_lower_re.finditer(text)), names]  # the longer name first
    return [names]


def _headed(ex: Extraction, v: Vocab, index: int, match: re.Match[str], taken: dict[int, list[Span]]) -> None:
    words = match.group().split(" ")
    if v.org_heads.isdisjoint(words) and v.org_starts.isdisjoint(words):
        return  # no head and no opening word: no name of an organisation (most runs; a set test in C)
    if words[-1] == "Center" and len(words) <= 2 and _at_the(ex.views[index].text, match.start()):
        return  # "at the Moscone Center": a venue, a place (as "at the Sage Centre")
    _headed_words(ex, v, index, match.start(), words, taken)


def _at_the(text: str, start: int) -> bool:
    return text.endswith(" at the ", 0, start)


def _headed_words(
    ex: Extraction, v: Vocab, index: int, begin: int, words: list[str], taken: dict[int, list[Span]]
) -> None:
    # "Manchester United and Blackburn Rovers", "the Home Office and the Treasury": two names joined
    # by "and", both ending in a head, or the second opening on "the" ("Financial Times New Media
    # and Broadcasting Conference" is one name, of a conference).
    for k, word in enumerate(words[1:-1], start=1):
        if word == "the" and words[k - 1] not in _JOINERS and words[k - 1] != "&":
            # "told MPs the Government will": a name does not go on with a bare "the"
            _headed_words(ex, v, index, begin, words[:k], taken)
            _headed_words(
                ex, v, index, begin + sum(len(w) + 1 for w in words[: k + 1]), words[k + 1 :], taken
            )
            return
        if word in ("and", "&") and (
            (words[k - 1] in v.org_heads and words[-1] in v.org_heads)
            or words[k + 1] == "the"
            # "Qatar Petroleum and China National Offshore Oil Corporation": two firms, each opening
            # on its country's name
            or (words[0] in v.places and words[k + 1] in v.places and words[-1] in v.org_heads)
        ):
            _headed_words(ex, v, index, begin, words[:k], taken)
            _headed_words(
                ex, v, index, begin + sum(len(w) + 1 for w in words[: k + 1]), words[k + 1 :], taken
            )
            return
    heads = [i for i, w in enumerate(words) if w in v.org_heads]
    first = 0
    while first < len(words) and (
        words[first] in v.stop_words or words[first] in _JOINERS or words[first] in _FORMER
    ):
        first += 1
    if first + 2 < len(words) and words[first + 1] == "of" and words[first] in _member_nouns():
        first += 3 if words[first + 2] == "the" else 2  # "Members of the Brantwell Union"
    if heads and heads[-1] > first and heads[-1] == len(words) - 1:
        last = heads[-1]
    elif first < len(words) - 2 and words[first] in v.org_starts and words[first + 1] in ("of", "for"):
        last = len(words) - 1
    elif _head_of(v, words, first):
        last = len(words) - 1  # "Royal Society of Arts", "World Congress of Mobile Makers"
    else:
        return
    name_words = words[first : last + 1]
    if name_words[-1][-1] in "'\u2019":
        # "the Institute of Directors' conference": a plural possessive ends the run, not the name
        # (inside it, "Workers' Union", the apostrophe stays)
        name_words[-1] = name_words[-1][:-1]
    if all(w in v.title_words or w.lower() in v.title_words or w in v.title_heads for w in name_words[:-1]):
        return  # "Chief Executive" is a post
    if name_words[-1] == "Government" and all(
        w in v.party_adjectives or w.endswith("ed") for w in name_words[:-1]
    ):
        return  # "the Conservative Government", "Leaked Government papers": a government described
    start = begin + sum(len(w) + 1 for w in words[:first])
    name = " ".join(name_words)
    span = Span(index, start, start + len(name))
    if is_taken(span, taken) and "of" in name_words[1:-1]:
        # "Professor Alan Wild of Leeds University": a person's name, then the body they are of
        k = name_words.index("of")
        _headed_words(
            ex, v, index, start + sum(len(w) + 1 for w in name_words[: k + 1]), name_words[k + 1 :], taken
        )
        return
    if is_taken(span, taken) or name in v.places:
        return
    canonical = v.organisations.get(name, name)
    ex.add("organisation", canonical.casefold(), span, name)


def _head_of(v: Vocab, words: list[str], first: int) -> bool:
    """The second word of the name is a head or an opening word that "of" or "for" follows, and
    the run goes on with capitalised words, none of them a post's ("Royal Institute of British
    Architects", not "Royal Bank of Scotland Chairman X")."""
    return (
        first + 3 < len(words)
        and words[first + 2] in ("of", "for")
        and (words[first + 1] in v.org_heads or words[first + 1] in v.org_starts)
        and not any(w in v.title_heads or w in v.honorifics or w in v.given_names for w in words[first + 3 :])
    )


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(word_table("member_nouns"))


def _after_cues(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """A capitalised name right after a noun for what an organisation is ("chip maker Intel")."""
    for cue in v.org_cues.finditer(text):
        run = CAP_RUN_RE.match(text, cue.end())
        if run is None:
            continue
        words = run.group().split(" ")
        if "and" in words and run.group() not in v.organisations:
            words = words[: words.index("and")]  # "utility Gail and Japanese conglomerate Hitachi"
        while words and words[-1] in _JOINERS:
            words.pop()
        name = " ".join(words)
        span = Span(index, run.start(), run.start() + len(name))
        if not name or len(words) > 4 or is_taken(span, taken) or name in v.places or name in v.stop_words:
            continue
        ex.add("organisation", v.organisations.get(name, name).casefold(), span, name)
        taken.setdefault(index, []).append(span)


def _chamber_committees(
    ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]
) -> None:
    """A committee of a chamber named in lower case by its portfolio ("the Commons transport
    committee", "the Lords science and technology committee"): the words between the chamber and
    "committee" are all words of a portfolio."""
    if "committee" not in text:
        return  # most paragraphs name no committee: a quick test first
    for match in _COMMITTEE_RE.finditer(text):
        words = [w.rstrip(",") for w in match.group(1).split(" ")[:-1]]
        if not all(w in v.title_words or w in _COMMITTEE_WORDS for w in words) or words[0] == "and":
            continue
        span = Span(index, match.start(1), match.end(1))
        if not is_taken(span, taken):
            name = match.group(1)
            ex.add("organisation", v.organisations.get(name, name).casefold(), span, name)
            taken.setdefault(index, []).append(span)


def _portfolio_committees(
    ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]
) -> None:
    """A committee named by its capitalised portfolio and "committee" in lower case ("the Treasury
    select committee", "the Senate Foreign Relations committee"): read before the table of names,
    whose "Treasury" would take the committee's first word. The chamber before it is left out."""
    if "ommittee" not in text:
        return  # most paragraphs name no committee: a quick test first
    for match in _CAPITAL_COMMITTEE_RE.finditer(text):
        words = match.group().split(" ")
        start = match.start()
        while words and words[0].lower() not in v.title_words and words[0].lower() not in _COMMITTEE_WORDS:
            start += len(words[0]) + 1
            words.pop(0)  # "Commons", "Senate": the chamber, not the committee's name
        if len(words) < 2 or words[0] == "and" or {w.lower() for w in words[:-1]} <= _GENERIC_COMMITTEE:
            continue  # "the Cabinet committee": no portfolio names it
        if not all(w.lower() in v.title_words or w.lower() in _COMMITTEE_WORDS for w in words[:-1]):
            continue
        span = Span(index, start, match.end())
        if not is_taken(span, taken):
            name = " ".join(words)
            ex.add("organisation", v.organisations.get(name, name).casefold(), span, name)
            taken.setdefault(index, []).append(span)


_GENERIC_COMMITTEE = frozenset(["cabinet", "select", "staff", "joint", "and"])
_CAPITAL_COMMITTEE_RE = re.compile(r"(?:[A-Z][a-z]+ (?:and )?){1,5}(?:select )?[Cc]ommittee\b")

_COMMITTEE_RE = re.compile(
    r"\b(?:Commons|Lords|Assembly|Parliament|Senate|House)(?:['\u2019]s)? ((?:[a-z-]+,? ){1,7}?committee)\b"
)
# Words of committees' portfolios beyond those of posts (``title_words``).
_COMMITTEE_WORDS = frozenset(
    [
        "and",
        "accounts",
        "administration",
        "standards",
        "privileges",
        "procedure",
        "liaison",
        "select",
        "relations",
        "judiciary",
        "armed",
        "appropriations",
        "ethics",
    ]
)


def _speakers(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """An unknown capitalised name that says, announces or plans ("Easymobile said", "Orange
    claims") and is no person's name nor a place: an organisation speaking for itself."""
    for verb in _SPEAKS_RE.finditer(text):
        # The run's last word starts after the last space (no space is in a word): when that is
        # no capital ("he said", "officials said"), no run ends here and the search, which tries
        # each of the 60 characters before the verb, is left out.
        if not "A" <= text[text.rfind(" ", 0, verb.start()) + 1] <= "Z":
            continue
        run = _RUN_BEFORE_RE.search(text, max(0, verb.start() - 60), verb.start())
        if run is None:
            continue
        words = run.group(1).split(" ")
        while words and (words[0] in v.stop_words or words[0] in _JOINERS):
            words.pop(0)
        if len(words) == 1 and words[0][:-1] in v.places:
            continue  # "The Australian claimed": a person referred to by nationality (or a paper)
        name = " ".join(words)
        start = run.end(1) - len(name)
        span = Span(index, start, run.end(1))
        if (
            not name
            or len(words) > 3
            or is_taken(span, taken)
            or name in v.places
            or words[0] in v.given_names
            or any(w in v.title_heads or w in v.honorifics or w in v.months or w in v.weekdays for w in words)
        ):
            continue
        ex.add("organisation", v.organisations.get(name, name).casefold(), span, name)
        taken.setdefault(index, []).append(span)


def _before_cues(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """A capitalised name right before a noun only an organisation has ("the Easygroup website",
    "a Widgetco spokesman"), when it is no person's name nor a place."""
    if not any(noun in text for noun in _OWNED_NOUNS):
        return
    for match in _OWNED_RE.finditer(text):
        name = match.group(1)
        words = name.split(" ")
        span = Span(index, match.start(1), match.end(1))
        if (
            is_taken(span, taken)
            or name in v.places
            or any(w in v.stop_words or w in v.title_heads or w in v.months or w in v.weekdays for w in words)
        ):
            continue
        ex.add("organisation", v.organisations.get(name, name).casefold(), span, name)
        taken.setdefault(index, []).append(span)


# "the X website": a determiner, one to three capitalised words, a noun an organisation owns.
_OWNED_NOUNS = ("website", "brand", "spokes", "shares", "subsidiary", "shareholders")
_OWNED_RE = re.compile(
    r"(?:t(?<!\wt)he|a(?<!\wa)n?) ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
    r" (?:website|brand|spokesman|spokeswoman|spokesperson|shares|subsidiary|shareholders)\b"
)
# Verbs an organisation speaks with ("Easymobile said"): a trie (``alternation``), which the regex
# engine enters once at each space, where a plain alternation is tried word by word.
_SPEAKING_VERBS = (
    *("said", "says", "claims", "claimed", "announced", "confirmed", "denied", "reported"),
    *("plans", "planned", "wants", "warned", "insisted"),
)
_SPEAKS_RE = re.compile(rf" (?:{alternation(_SPEAKING_VERBS)})\b")
_RUN_BEFORE_RE = re.compile(
    r"(?:^|[.!?;] |, |\b(?:but|and|that|while) )((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,2})$"
)


def _acronyms(ex: Extraction, v: Vocab) -> None:
    """ "Parliamentary Labour Party (PLP)": the acronym names the organisation before it, here and
    wherever else it stands; a capitalised name whose initials it spells is an organisation too."""
    defined: dict[str, Cluster] = {}
    for index, view in enumerate(ex.views):
        for match in _DEFINED_RE.finditer(view.text) if " (" in view.text else ():
            acronym = match.group(1)
            cluster = _organisation_ending_at(ex, index, match.start())
            if cluster is None:
                run = _run_before(view.text, match.start())
                if (
                    run is None
                    or not _spells(acronym, run[1])
                    or run[1] in v.places
                    or run[1] in v.award_names
                ):
                    continue
                span = Span(index, run[0], match.start())
                cluster = ex.add("organisation", run[1].casefold(), span, run[1])
            if cluster.abbreviation is None:
                cluster.abbreviation = acronym
            defined[acronym] = cluster
            # The acronym's mentions are named by the full name: the organisation keeps it.
            full = cluster.preferred_name()
            ex.add(cluster.kind, cluster.key, Span(index, match.start(1), match.end(1)), full)
    if not defined:
        return
    taken = taken_spans(ex, ("person", "organisation", "place"))
    for index, view in enumerate(ex.views):
        if not any(acronym in view.text for acronym in defined):
            continue  # a substring test for the few acronyms defined, quicker than the pattern
        for match in ACRONYM_RE.finditer(view.text):
            cluster = defined.get(match.group())
            span = Span(index, match.start(), match.end())
            if cluster is not None and not is_taken(span, taken):
                ex.add(cluster.kind, cluster.key, span, cluster.preferred_name())


def _organisation_ending_at(ex: Extraction, index: int, end: int) -> Cluster | None:
    for cluster in ex.of_kind("organisation"):
        if any(s.block == index and s.end == end for s in cluster.spans):
            return cluster
    return None


def _run_before(text: str, end: int) -> tuple[int, str] | None:
    best = None
    for match in CAP_RUN_RE.finditer(text, max(0, end - 80), end):
        if match.end() == end:
            best = (match.start(), match.group())
    if best is None:
        return None
    start, run = best
    words = run.split(" ")
    while words and words[0] in ("The", "the", "A", "An"):
        start += len(words[0]) + 1
        words.pop(0)
    return (start, " ".join(words)) if words else None


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters start with the initials of the name's capitalised words."""
    initials = "".join(w[0] for w in name.split(" ") if w[:1].isupper())
    letters = "".join(ch for ch in acronym if ch.isalpha()).upper()
    return len(letters) >= 2 and (initials.startswith(letters) or initials.endswith(letters))
