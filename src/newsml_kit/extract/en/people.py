"""People: names after a word of address ("Mr Blair", "Dr Maleeha Lodhi"), a style that is part
of the name ("Lord Dubs", "Sir John", "Prince Harry"), a rank ("Gen Musharraf") or a post
("Foreign Secretary Jack Straw", "President Musharraf"), and given name + surname ("Gordon Brown");
then the bare surname of a known person ("Blair"). A post written before the name or in an
apposition after it ("Gordon Brown, the chancellor,") is the person's title; a rank is kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.en.grammar import (
    CAP,
    CAP_RE,
    PLACE_WORD_BEFORE_RE,
    cap_word_runs,
    is_taken,
    sentence_bounds,
    sentence_starts,
    table_matches,
    taken_spans,
)
from newsml_kit.extract.en.vocab import Vocab, vocab, words
from newsml_kit.extract.vocab import alternation

_NAME_TOKEN_RE = re.compile(rf"(?:{CAP}|[A-Z]\.)(?=[\s,.;:!?)\"'\u2019\u201d]|$)")
# A lower-case particle inside a name, followed by its capitalised part.
_PARTICLE_RE = re.compile(
    r" (de|van|von|der|den|da|di|del|della|du|bin|ibn|al|el|ter)(?= (?:[A-Z]|der |den |la ))"
)
_LINKS = frozenset(["of", "for", "to", "the", "in", "with", "on"])
_APPOSITION_RE = re.compile(
    r"(?:, (?:who (?:(?:was|has been|had been|is) (?:appointed|named|made)(?: as)?|is|was|has been|had been"
    r"|became|becomes|will become|serves as|served as|took over as|takes over as"
    # "X, who replaced Y as home secretary,": the post X took from the one named
    r"|(?:replaced|succeeded|took over from|takes over from) (?:[A-Z][\w'\u2019-]* ){1,3}as) )?"
    # "Ann Lee is the chairman", "is chairman", "is Acme's chairman", "is Leader of the House", "has
    # been chief executive since 2001"
    r"| (?:is|was|has been|had been) (?=the |[a-z]|[A-Z])"
    r"(?!(?:appointed|named|elected|re-elected|made|promoted|sacked|ousted|to|set|expected)\b)"
    # "Ann Lee was appointed chief executive in 2003", "Ann Lee took over as chairman": a post given
    r"| (?:(?:was|has been|had been|is|will be) (?:appointed|named|elected|re-elected|promoted to)(?: as)?"
    r"|is to become"
    r"|became|becomes|will become|took over as|takes over as|will take over as"
    # "Ann Lee has resigned as home secretary": the post she held, as written
    r"|(?:has |had )?(?:resigned|quit|stepped down|stood down) as|(?:was |has been )?(?:sacked|ousted) as"
    # "Paul Berg succeeds Ann Lee as chairman": the post the first takes from the other
    r"|(?:replaced|replaces|succeeded|succeeds|will succeed|will replace) (?:[A-Z][\w'\u2019-]* ){1,3}as"
    # "Acme appointed Ann Lee as chairman": a post given, told by the verb before the name
    r"|as(?= (?:its |their |the )?[a-z])) (?=[a-zA-Z]))"
    r"(?:the |a |an )?(?:\d{1,3}-year-old )?"
    # a body named after a year opens the post: "the 1922 Committee chairman"
    r"((?:[A-Za-z]|\d{4} (?=[A-Z]))[\w'\u2019&()-]*(?: [\w'\u2019&()-]+){0,12}?)"
    r"(?=, | (?:said|says|told|has|had|is|was|who|added|warned)\b|[.;]|$)"
)
# The verb right before a name that gives it the post after "as": "Acme has appointed Ann Lee as".
_GIVER_RE = re.compile(
    r"\b(?:appointed|appoints|appoint|named|names|name|chose|chosen|picked|installed) (?:[a-z][\w-]* ){0,2}$"
)
# A post set off by dashes: "Ann Lee - the chairman of the trust - said".
_DASHED_RE = re.compile(
    r" [-\u2013\u2014] (?:who (?:is|was) )?(?:the |a |an )?"
    r"([A-Za-z][\w'\u2019&()-]*(?: [\w'\u2019&()-]+){0,12}?)(?= [-\u2013\u2014] )"
)
_DASHES = (" -", " \u2013", " \u2014")
# An age written between a name and its apposition: "Ann Lee, 58, chairman of ...".
_AGE_RE = re.compile(r", \d{1,3}(?=, )")
# A time phrase ends the post it follows: "since 2001", "until last year", "from 1997 to 2003".
_WHEN_RE = re.compile(
    r" (?:since|until|till|from|between|for|in|during) (?:\d|last\b|next\b|the (?:end|start)\b)"
    r"| (?:last|next|this|earlier this|later this) (?:year|month|week|summer|autumn|spring|winter)\b"
    r"| (?:in|on|from|until|since) (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
    r"| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A clause that goes on after a post: "was chief executive when the bank collapsed", "is
# president and spoke first", "was deputy prime minister at the time", "resigned as home secretary
# after an inquiry".
_CLAUSE_TAIL_RE = re.compile(
    r" (?:when|while|whose|until|because|after|amid|following|over|at the time"
    r"|and (?:[a-z]+ed|spoke|said|told|went|is|was|has|had))\b"
)
# Words that say when or also, before the post of an apposition: "who is also the party chairman".
_ADVERB_RE = re.compile(
    r"(?:also|now|currently|still|then|until recently|recently appointed|newly appointed)"
    r" (?:the |a |an )?(?=\S)"
)
# A participle and "as" before the post of an apposition: "speaking as foreign secretary", "speaking
# in her role as chairman".
_ACTING_AS_RE = re.compile(r"[a-z]+ing (?:in (?:his|her|their) (?:role|capacity) )?as (?:the |a |an )?")
# A surname is not alone when a hyphen or another capitalised word goes on from it.
_NOT_ALONE_RE = re.compile(r"[\w-]| [A-Z]")
_LEAD_IN_RE = re.compile(r"(?:(?:The|the|Its|His|Her|Their|A|An) )?(?:[\w-]+['\u2019]s )?")


_PLURAL_POSSESSIVES = ("s'", "s\u2019")


@dataclass
class _Mention:
    span: Span
    core: list[str]
    style: str | None = None
    rank: str | None = None
    titles: tuple[str, ...] = ()
    from_title: bool = False


def find_people(ex: Extraction) -> None:
    v = vocab()
    mentions: list[_Mention] = []
    known = taken_spans(ex, ("organisation", "place"))
    for index, view in enumerate(ex.views):
        mentions.extend(_mentions(v, index, view.text, known.get(index, [])))
    mentions.extend(_addressed_full_names(ex, v, mentions, known))
    mentions.extend(_quoted_speakers(ex, v, mentions, known))
    for m in mentions:
        if m.core and m.core[-1].endswith(_PLURAL_POSSESSIVES):
            # "Dame Joan Collins' husband": the apostrophe is the possessive's, not the name's
            m.core[-1] = m.core[-1][:-1]
            m.span = Span(m.span.block, m.span.start, m.span.end - 1)
    clusters = _cluster(ex, v, mentions)
    _bare_surnames(ex, v, clusters)
    _referring_posts(ex, v)
    _unnamed_speaker_posts(ex, v)
    _role_posts(ex, v)
    _fronted_posts(ex, v)
    _paired_posts(ex)
    for cluster in clusters:
        if len(cluster.titles) > 1:
            cluster.titles[:] = [t for t in cluster.titles if not _qualified_elsewhere(t, cluster.titles)]


# The words that go on from a post to what it is of: "permanent secretary at the Home Office".
_OF = frozenset(["of", "at", "for", "to", "in"])


def _qualified_elsewhere(title: str, titles: list[str]) -> bool:
    """``title`` is another title with a capitalised qualifier taken off ("President" beside "U.S.
    President", "French President"): one office, written once in full. A deputy's, a former
    holder's post is another ("Former President"). So is a post with what it is of taken off
    ("permanent secretary" beside "permanent secretary at the Home Office")."""
    if any(
        other.startswith(title + " ") and other.split(" ")[len(title.split(" "))] in _OF for other in titles
    ):
        return True
    return any(
        other.endswith(" " + title)
        and all(
            word[:1].isupper() and word.casefold().removeprefix("ex-") not in _OTHER_POST
            for word in other[: -len(title) - 1].split(" ")
        )
        for other in titles
    )


def _addressed_full_names(
    ex: Extraction, v: Vocab, mentions: list[_Mention], known: dict[int, list[Span]]
) -> list[_Mention]:
    """The full name of someone the report also calls "Mr X" / "Ms X" / "Dr X", where no table
    knows the given name: "Saeb Erekat said ... Mr Erekat added" (a capitalised word before the
    surname, no word of a sentence's opening, of a post or of a place)."""
    full = {m.core[-1] for m in mentions if len(m.core) >= 2}
    addressed = set()
    for m in mentions:
        if len(m.core) == 1 and m.style is None and m.core[0] not in full:
            text = ex.views[m.span.block].text
            if text[m.span.start : text.find(" ", m.span.start)] in v.honorifics:
                addressed.add(m.core[0])
    if not addressed:
        return []
    taken = [m.span for m in mentions]
    found: list[_Mention] = []
    for surname in sorted(addressed):
        for index, view in enumerate(ex.views):
            text = view.text
            at = text.find(" " + surname)
            while at > 0:
                end = at + 1 + len(surname)
                begin = text.rfind(" ", 0, at) + 1
                given = text[begin:at]
                span = Span(index, begin, end)
                if (
                    _GIVEN_RE.fullmatch(given)
                    and not _NOT_ALONE_RE.match(text, end)
                    and given not in v.stop_words
                    and given not in v.honorifics
                    and given not in v.name_styles
                    and given not in v.months
                    and given not in v.weekdays
                    and not _is_head(v, given)
                    and given not in v.places
                    and given not in v.organisations
                    and given not in v.party_adjectives
                    and not any(s.block == index and s.start < end and begin < s.end for s in taken)
                    and not is_taken(span, known)
                ):
                    found.append(_Mention(span, [given, surname]))
                    taken.append(span)
                at = text.find(" " + surname, end)
    return found


_GIVEN_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


def _quoted_speakers(
    ex: Extraction, v: Vocab, mentions: list[_Mention], known: dict[int, list[Span]]
) -> list[_Mention]:
    """The speaker named by two capitalised words whatever the table of given names knows (a
    person, not a place or an organisation): after a quotation, ending the sentence or going on to
    an apposition ('"We will not accept this," said Saeb Erekat.'), or after a clause's comma ("The
    plan is wrong, said Zoltan Abernethy."); so is the one met ("met Seb Coe in London")."""
    found: list[_Mention] = []
    for index, view in enumerate(ex.views):
        text = view.text
        matches: list[re.Match[str]] = []
        if '"' in text or "\u201d" in text:  # a quotation mark is a quick test
            matches.extend(
                m
                for pattern in _QUOTED_SPEAKER_RES
                for m in pattern.finditer(text)
                if text[m.start() - 1 : m.start()] in (",", "?", "!")
            )
        if ", sa" in text or ", add" in text:
            matches.extend(_CLAUSE_SPEAKER_RE.finditer(text))
        if "met " in text or "meet" in text or "talks with " in text:
            matches.extend(_MET_NAME_RE.finditer(text))
        spans = [(m.start(1), m.end(1)) for m in matches]
        if not spans:
            continue  # most paragraphs: no speaker of these forms
        named = [m.span for m in mentions if m.span.block == index]
        for begin, end in spans:
            words = text[begin:end].split(" ")
            span = Span(index, begin, end)
            if (
                any(s.start < span.end and span.start < s.end for s in named)
                or is_taken(span, known)
                or _other_name(v, text[begin:end])
                or any(
                    w in v.stop_words
                    or w in v.places
                    or w in v.organisations
                    or w in v.org_heads
                    or w in v.venue_heads
                    or _is_head(v, w)
                    or w in v.months
                    for w in words
                )
            ):
                continue  # "said Brantwell Group": an organisation's head
            found.append(_Mention(span, words))
            named.append(span)
    return found


_SPEAKER_NAME = r"([A-Z][a-z]+(?:-[A-Z]?[a-z]+)? [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
# Written from the closing quotation mark on (a literal first: the regex engine skips ahead to it);
# a comma, "?" or "!" must stand before it.
_QUOTED_SPEAKER_RES = tuple(
    re.compile(rf"{mark} (?:said|says|added) {_SPEAKER_NAME}(?=[.,])") for mark in ('"', "\u201d")
)
_CLAUSE_SPEAKER_RE = re.compile(rf", (?:said|says|added) {_SPEAKER_NAME}(?=[.,])")
# The one met or held talks with, ending a clause or followed by where or when: "Ms Lee met Seb Coe
# in London", "talks with Ivo Sanader on Monday".
_MET_NAME_RE = re.compile(
    # (the word's boundary checked after its first letter: the regex engine skips to an "m" or a "t")
    rf"(?:m(?<!\wm)(?:et|eets|eet|eeting with)|t(?<!\wt)alks with) {_SPEAKER_NAME}"
    r"(?=[.,;]| (?:in|at|on|for|to|during|after|before|last|this|next|yesterday|today)\b)"
)


def _mentions(v: Vocab, index: int, text: str, known: list[Span]) -> list[_Mention]:
    """The names of block ``index``, outside the organisations and places in ``known``."""
    found: dict[int, _Mention] = {}
    starts = sentence_starts(text)
    covered = 0  # the end of the last mention: names do not nest
    apposed = _apposed_candidates(text)
    for position in _candidates(v, text, apposed):
        match = CAP_RE.match(text, position)
        if match is None:
            continue
        word = match.group()
        if position < covered:
            continue
        if not _may_open_name(v, text, position, word):
            mention = _apposed(v, index, text, position, apposed[position]) if position in apposed else None
        else:
            mention = _cued(v, index, text, position, word) or _full_name(
                v, index, text, position, word, starts
            )
            if mention is None and position in apposed:
                mention = _apposed(v, index, text, position, apposed[position])
        if mention is None:
            continue
        if any(s.start < mention.span.end and mention.span.start < s.end for s in known):
            continue
        found[mention.span.start] = mention
        covered = mention.span.end
    names = [(m.span.start, m.span.end) for m in found.values()]
    for mention in found.values():
        titles = list(mention.titles)
        before = _title_before(v, text, mention.span.start, starts, names, mention.span.end)
        if before is not None:
            titles.extend(_posts(v, before))
        end = mention.span.end
        if text.startswith(" of ", end) and text[mention.span.start : mention.span.start + 8].startswith(
            _PEERS
        ):
            # "Lord Reed of Hartwell, a former minister,": the post follows the peer's territory
            territory = _TERRITORY_RE.match(text, end)
            end = territory.end() if territory is not None else end
        after = _title_after(v, text, end, mention.span.start)
        if after is not None:
            posts = _posts(v, after)
            joined = _joined_before(found, text, mention.span.start) if len(posts) == 2 else None
            if joined is not None:
                # "X and Y, the prime minister and chancellor,": one post each, in their order
                joined.titles = (*joined.titles, posts.pop(0))
            titles.extend(posts)
        mention.titles = tuple(titles)
    return list(found.values())


def _joined_before(found: dict[int, _Mention], text: str, start: int) -> _Mention | None:
    """The name joined by "and" right before the one starting at ``start`` ("X and Y"), if any."""
    if not text.endswith(" and ", 0, start):
        return None
    return next((m for m in found.values() if m.span.end == start - 5), None)


# Peers named with their territory ("Baroness Ashton of Upholland"), which ends in a comma.
_PEERS = ("Lord ", "Baroness ", "Lady ", "Viscount ", "Earl ")
_TERRITORY_RE = re.compile(rf" of {CAP}(?: {CAP})?(?=,)")


def _posts(v: Vocab, title: str) -> list[str]:
    """The posts a title joins with "and": two when a post's head ends the first part and the
    second holds one ("Commons leader and Welsh secretary"); one where "and" is inside a post's
    name ("Work and Pensions Secretary", "chief executive of Marks and Spencer")."""
    first, joined, second = title.partition(" and ")
    if (
        joined
        and (_plain_post(v, second) or _post_of(v, second) or _capital_post(v, second))
        and any(_is_head(v, word) for word in first.split(" "))
    ):
        # "Conservative MP for Fenland and shadow health secretary": a seat, then a post of its own
        # ("... and chairman of the health committee": the post, then what it is of)
        return [first, second]
    if not joined or first.split(" ")[-1] not in v.title_heads:
        return [title]
    if not any(word in v.title_heads for word in second.split(" ")):
        return [title]
    return [first, *_posts(v, second)]


_OF_PART_RE = re.compile(r" (?:of|for|at) ")


def _post_of(v: Vocab, phrase: str) -> bool:
    """``phrase`` is a post in lower case and what it is of ("chairman of the health committee")."""
    of = _OF_PART_RE.search(phrase)
    if of is None:
        return False
    post = phrase[: of.start()]
    return _plain_post(v, post) or (post in v.title_heads and post[:1].islower())


def _capital_post(v: Vocab, phrase: str) -> bool:
    """``phrase`` is a capitalised post ending in its head ("Welsh Secretary", "Lord Privy Seal")."""
    words = phrase.split(" ")
    return (
        len(words) > 1
        and (_is_head(v, words[-1]) or phrase in v.title_heads)
        and all(word[:1].isupper() for word in words)
    )


def _plain_post(v: Vocab, phrase: str) -> bool:
    """``phrase`` is a post in lower-case words alone, ending in its head ("shadow health secretary")."""
    words = phrase.split(" ")
    return (
        len(words) > 1
        and words[-1] in v.title_heads
        and words[0][:1].islower()
        and all(word in v.title_words or word in v.title_heads for word in words[:-1])
    )


def _candidates(v: Vocab, text: str, apposed: dict[int, int]) -> list[int]:
    """Where a name may start, in text order: at a word that can open one, after a post's head, or
    at two or three capitalised words before a comma (``apposed``). Scans of the text in the regex
    engine, instead of a test in Python at each capital."""
    found = {match.start() for match in table_matches(v.name_opener_re, v.name_opener_keys, text)}
    found.update(apposed)
    found.update(_title_head_ends(v, text))
    first = v.title_head_first_re.match(text)
    if first is not None:
        found.add(first.end())
    found.update(_after_party_possessives(v, text))
    return sorted(found)


def _after_party_possessives(v: Vocab, text: str) -> Iterator[int]:
    """Where a capital follows a party's possessive ("Labour's Corin Vasquez"): found from each
    apostrophe (a character search; a regex opening on a class is tried at every position), the
    party's name read back from there."""
    for mark in ("'", "\u2019"):
        at = text.find(mark)
        while at >= 0:
            if (
                text.startswith("s ", at + 1)
                and "A" <= text[at + 3 : at + 4] <= "Z"
                and _party_before(v, text, at + 3)
            ):
                yield at + 3
            at = text.find(mark, at + 1)


def _party_before(v: Vocab, text: str, position: int) -> bool:
    """A party's possessive ends right before ``position`` ("Labour's ", "Lib Dem's ")."""
    if text[position - 3 : position] not in ("'s ", "\u2019s "):
        return False
    one = text.rfind(" ", 0, position - 3) + 1
    two = text.rfind(" ", 0, max(0, one - 1)) + 1
    return text[one : position - 3] in v.party_adjectives or text[two : position - 3] in v.party_adjectives


def _party_member(v: Vocab, text: str, position: int, tokens: list[str]) -> bool:
    """Two or three words of a name no table knows after a party's possessive, then a verb of
    saying or an apposition ("Labour's Corin Vasquez said"): a member of the party."""
    return (
        _party_before(v, text, position)
        and 2 <= len(tokens) <= 3
        and not _other_name(v, " ".join(tokens))
        and not any(token in v.places or token in v.organisations for token in tokens)
        and _SPEAKS_RE.match(text, position + len(" ".join(tokens))) is not None
    )


def _title_head_ends(v: Vocab, text: str) -> list[int]:
    """Where ``v.title_head_re`` ends its matches in ``text`` (the capital after a post's head),
    found quicker: its scan enters the table of heads at every space; the reversed text is scanned
    for the heads backwards from a capital after a space (far fewer), and the pattern itself is run
    only near those capitals. A capital passed by inside the backward match of a later one lies
    within the reach of that one, which is twice a match's longest."""
    backwards, reach = _title_head_back()
    last = len(text) - 1
    windows: list[list[int]] = []  # [start, end) around the capitals found, from the text's end
    for match in backwards.finditer(text[::-1]):
        capital = last - match.start()
        if windows and capital + 1 >= windows[-1][0]:
            windows[-1][0] = max(0, capital - reach)
        else:
            windows.append([max(0, capital - reach), capital + 1])
    return [
        match.end()
        for start, end in reversed(windows)
        for match in v.title_head_re.finditer(text, start, end)
    ]


@cache
def _title_head_back() -> tuple[re.Pattern[str], int]:
    """``title_head_re`` read backwards (a capital, a space, an optional comma, a head reversed,
    a space), and the reach around a capital that holds any match ending there."""
    heads = words("title_heads")
    backwards = re.compile(rf"[A-Z] ,?(?:{alternation(head[::-1] for head in heads)}) ")
    return backwards, 2 * (max(map(len, heads)) + 3)


def _may_open_name(v: Vocab, text: str, position: int, word: str) -> bool:
    """A cheap test before the full one: only a word of address, a style, a rank's first word, a
    given name or a word right after a post's head can open a name (most capitalised words do not)."""
    if word in v.name_openers:
        return True
    if position < 2 or text[position - 1] != " ":
        return False
    return _head_before(v, text, position) or _party_before(v, text, position)


def _head_before(v: Vocab, text: str, position: int) -> bool:
    """A post's head ends right before ``position`` (and a space, after an optional comma),
    also a two-word head whose last word is no head alone ("WTO director general Ann Lee")."""
    begin = text.rfind(" ", 0, position - 1) + 1
    before = text[begin : position - 1].rstrip(",")
    if before in v.title_heads:
        return True
    if before not in _head_tails() or begin < 2:
        return False
    return f"{text[text.rfind(' ', 0, begin - 1) + 1 : begin - 1]} {before}" in v.title_heads


@cache
def _head_tails() -> frozenset[str]:
    """The last words of posts' two-word heads that are no head alone ("general" of "director
    general", "Seal" of "Lord Privy Seal")."""
    heads = frozenset(words("title_heads"))
    return frozenset(h.rsplit(" ", 1)[1] for h in heads if " " in h) - heads


# Two or three capitalised words before a comma: a name whose given name no table knows may stand
# there, if a post follows in an apposition ("Corin Vasquez, chief executive of Acme,").
# An initial written without its dot opens one too ("J Allard"): not "A" or "I", which are words.
_APPOSED_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[B-HJ-Z]")


def _apposed_candidates(text: str) -> dict[int, int]:
    """The start and end of the last two or three capitalised words of each run of them that a
    comma ends in ``text`` (the runs are scanned once for people and organisations)."""
    found: dict[int, int] = {}
    heads = vocab().title_heads
    for run in cap_word_runs(text):
        end = run.end()
        if not text.startswith(", ", end):
            continue
        words = run.group().split(" ")
        count = 0
        while (
            count < min(3, len(words))
            and _APPOSED_WORD_RE.fullmatch(words[-1 - count])
            and (count > 0 or len(words[-1]) > 1)  # an initial opens a name, never ends one
            and words[-1 - count].rpartition("-")[2] not in heads  # "Ex-minister X Y," holds a post
        ):
            count += 1
        if count >= 2 and _may_be_apposed(text, end):
            found[end - len(" ".join(words[-count:]))] = end
    return found


def _may_be_apposed(text: str, end: int) -> bool:
    """A post's head stands within reach after the comma at ``end``, or "who" or an age: what
    ``_apposed`` needs (a quick set test first, for every run a comma ends)."""
    if _WHO_OR_AGE_RE.match(text, end) is not None:
        return True
    after = text[end + 2 : end + 90].replace(",", " ").replace(".", " ")
    return not vocab().title_heads.isdisjoint(after.split(" ", _HEAD_REACH + 2))


def _apposed(v: Vocab, index: int, text: str, position: int, end: int) -> _Mention | None:
    """A name no table knows, told by the post of its apposition ("Corin Vasquez, chief executive of
    Acme, said", "said Ilse Brandt, the bank's chief economist."), or by "who" or an age after
    it ("Saeb Erekat, who ...", "Corin Vasquez, 58,"). The words are a name's (none is a
    place, an organisation or a head), and the apposition is shaped as a post is (see
    ``_post_shaped``), not a clause that only names one ("Acme Steel, led by its chief executive")."""
    who = _WHO_OR_AGE_RE.match(text, end) is not None
    name = _name_tokens(v, text, position)
    if name is None or name[0] != end or not 2 <= len(name[1]) <= 3:
        return None
    tokens = name[1]
    if _other_name(v, " ".join(tokens)) or tokens[0] in v.party_adjectives:
        return None
    if any(token in v.places or token in v.organisations for token in tokens):
        return None  # "Acme China", "Sony Ericsson": a place's or a firm's name goes on
    if who:
        return _Mention(Span(index, position, end), tokens)  # "Saeb Erekat, who ...", "X Y, 58, said"
    phrase = _title_after(v, text, end)
    if phrase is None or not _post_shaped(v, phrase):
        return None
    return _Mention(Span(index, position, end), tokens)


# What only a person's name is followed by: "who" or an age between commas.
_WHO_OR_AGE_RE = re.compile(r", (?:who\b|\d{1,3},)")


def _post_shaped(v: Vocab, phrase: str) -> bool:
    """The words of ``phrase`` up to its post's head are a post's: capitalised words, possessives,
    the words of a post's name and links ("chief executive of", "the bank's chief economist")."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        if _is_head(v, word) or (i + 1 < len(words) and f"{word} {words[i + 1]}" in v.title_heads):
            return True
        if not (
            word[:1].isupper()
            or word.endswith(("'s", "\u2019s"))
            or word in v.title_words
            or word in _LINKS
            or word in ("and", "&")
        ):
            return False
    return False


def _cued(v: Vocab, index: int, text: str, position: int, word: str) -> _Mention | None:
    """A name after a word of address, a style, a rank or a post, starting at ``position``."""
    if word in v.honorifics or word in v.name_styles:
        if word in v.name_styles and _styled_post_re().match(text, position):
            return None  # "Lord Privy Seal", "Lord Chief Justice": a post, no peer's name
        name = _name_tokens(v, text, position + len(word) + 1)
        if name is None or text[position + len(word) : position + len(word) + 1] != " ":
            return None
        end, tokens = name
        if text.startswith(" of the Order", end):
            return None  # "a Dame Commander of the Order of the British Empire": an honour's grade
        style = word if word in v.name_styles else None
        titles = (word,) if word in v.style_titles else ()
        return _Mention(Span(index, position, end), tokens, style=style, titles=titles)
    rank = _rank_at(v, text, position)
    if rank is not None and not _inside_name(v, text, position):
        after = position + len(rank) + 1
        styled = CAP_RE.match(text, after)
        if styled is not None and (styled.group() in v.name_styles or styled.group() in v.honorifics):
            # "Gen Sir Mike Jackson": a knight's style between the rank and the name
            mention = _cued(v, index, text, after, styled.group())
            if mention is not None:
                mention.rank = rank.rstrip(".")
            return mention
        name = _name_tokens(v, text, position + len(rank) + 1)
        if name is not None:
            end, tokens = name
            return _Mention(Span(index, position + len(rank) + 1, end), tokens, rank=rank.rstrip("."))
    return None


@cache
def _styled_post_re() -> re.Pattern[str]:
    """Posts whose name opens on a style ("Lord Privy Seal")."""
    styles = frozenset(words("name_honorifics"))
    posts = [head for head in words("title_heads") if head.split(" ")[0] in styles and " " in head]
    return re.compile(rf"(?:{alternation(posts)})(?![\w-])")


def _inside_name(v: Vocab, text: str, position: int) -> bool:
    """A rank's word goes on a capitalised name ("Samsung General Chemicals", "Attorney General"):
    the word before it is capitalised and neither a post ("President Gen X") nor a sentence's first
    word, or the two words are a post."""
    if position < 2 or text[position - 1] != " ":
        return False
    # The word before starts after a space or a line break ("and\nSamsung General Chemicals").
    begin = max(text.rfind(" ", 0, position - 1), text.rfind("\n", 0, position - 1)) + 1
    before = text[begin : position - 1]
    if before in ("Gov.", "Gov", "Governor"):
        return True  # "Gov. Gen. X", "Governor Gen X": agency copy's Governor General, no rank
    if f"{before} {text[position : text.find(' ', position)]}" in v.title_heads:
        return True  # "Attorney General Lord Goldsmith": a post, not a rank
    return (
        before[:1].isupper()
        and before.isalpha()
        and before not in v.title_heads
        and before not in v.stop_words
        and before not in v.honorifics
        and begin not in sentence_starts(text)
    )


def _rank_at(v: Vocab, text: str, position: int) -> str | None:
    """The longest rank written at ``position`` and followed by a space ("Lt Col", "Gen")."""
    match = v.rank_re.match(text, position)
    return match.group() if match is not None else None


def _full_name(
    v: Vocab, index: int, text: str, position: int, word: str, starts: Collection[int]
) -> _Mention | None:
    """A given name and a surname ("Jack Straw"), or any name right after a post ("President
    Musharraf", "Founder Stelios Haji-Ioannou")."""
    name = _name_tokens(v, text, position)
    if name is None:
        return None
    end, tokens = name
    if word in v.given_names and len(tokens) >= 2:
        if _other_name(v, " ".join(tokens)):
            return None  # "Morgan Stanley", "John Lewis": a known firm's name opening on a given name
        if word in v.places and _place_opens(text, position, end):
            return (
                None  # "at the Sydney Opera House", "in Chad Province"; "Jordan Henderson said" is a person
            )
        return _Mention(Span(index, position, end), tokens)
    if _party_member(v, text, position, tokens):
        return _Mention(Span(index, position, end), tokens)
    if position >= 2 and text[position - 1] == " ":
        head = text[text.rfind(" ", 0, position - 1) + 1 : position - 1]
        if head.endswith(",") and not _closed(v, text, end):
            return None  # "the chairman, Ann Lee, said": a name after a post's comma closes its own
        if f"{head} {tokens[0]}" in v.title_heads or f"{head} {tokens[0]}" in v.ranks:
            # "the Governor General or": the post goes on, no name follows it; "Chief Inspector of
            # Prisons", "Chief Constable of Kent": a rank's words are no name
            return None
        if head.isupper() and len(tokens) < 2:
            return None  # "Labour MP Ann Lee", never one word after a seat's letters ("BBC AM Radio")
        if _head_before(v, text, position) and not _other_name(v, " ".join(tokens)):
            return _Mention(Span(index, position, end), tokens, from_title=True)
    return None


def _place_opens(text: str, position: int, end: int) -> bool:
    """The given name at ``position`` is a place's name opening another name: "the" or a word of place
    before it, and no verb of saying or apposition after the name ending at ``end``."""
    before = text[max(0, position - 12) : position].rstrip() + " "  # a line may break before the name
    return (
        before.endswith(("the ", "The ")) or PLACE_WORD_BEFORE_RE.search(before) is not None
    ) and not _SPEAKS_RE.match(text, end)


def _who_as(v: Vocab, text: str, end: int) -> str | None:
    """The post in "X, who as home secretary introduced the bill," (a clause of what X did in the
    post): the longest run of lower-case words that is a post, whatever verb follows."""
    match = _WHO_AS_RE.match(text, end)
    if match is None:
        return None
    words = match.group(1).split(" ")
    posts = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    post = next((post for post in posts if post in v.title_heads or _plain_post(v, post)), None)
    if post is None or text.startswith((" of ", " for ", " at "), match.start(1) + len(post)):
        return None  # "who as chairman of the committee": what the post is of goes unread, so none
    return post


_WHO_AS_RE = re.compile(r", who,? as (?:the )?([a-z][\w-]*(?: [a-z][\w-]*){0,3})")


def _closed(v: Vocab, text: str, end: int) -> bool:
    """A comma or the sentence's end closes the name at ``end``, after the letters of a seat if any
    ("Ann Lee MP,", "hosted by the chairman, Ann Lee.")."""
    if text.startswith(" ", end):
        word_end = end + 1
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        if text[end + 1 : word_end] not in v.post_nominals:
            return False
        end = word_end
    return text.startswith((",", ".", ";"), end)


def _name_tokens(v: Vocab, text: str, position: int) -> tuple[int, list[str]] | None:
    """The capitalised words of a name starting at ``position`` (up to four), or None; a run
    that goes on into an organisation's or a building's head ("General Workers' Union") is none."""
    tokens: list[str] = []
    end = position
    while len(tokens) < 4:
        # Lower-case particles go on a name: "Dominique de Villepin", "Peter van der Berg".
        particles: list[str] = []
        at = end
        while (
            tokens
            and text[at + 1 : at + 2].islower()
            and (particle := _PARTICLE_RE.match(text, at)) is not None
        ):
            particles.append(particle.group(1))
            at = particle.end()
        match = _NAME_TOKEN_RE.match(text, at if not tokens else at + 1)
        if match is None or (tokens and text[at : at + 1] not in (" ", "\n")):
            break
        token = match.group()
        if tokens and token in v.post_nominals:
            break  # "Michael Jack MP": letters after the name, not a post it goes on into
        if tokens and (token in v.org_heads or token in v.venue_heads or token in v.title_heads):
            if (
                len(tokens) == 1
                and text[at] == " "
                and tokens[0] in v.given_names
                and token in v.venue_heads
                and (_SPEAKS_RE.match(text, match.end()) or _post_apposed(v, text, match.end()))
                and not text[max(0, position - 4) : position].lower().endswith("the ")
            ):
                # "David Hill said", "Tony Hall, the director", "Ann Hill, vice-president of": a surname
                tokens.append(token)
                end = match.end()
                break
            return None  # "Workers' Union", "Prime Minister": a name goes on into something else
        if token in v.months and _month_surname(v, text, tokens, match.end()):
            pass  # "Theresa May": a month after a lone given name, no day or year after it
        elif (
            token in v.months
            and not tokens
            and not text[max(0, match.start() - 3) : match.start()].strip(" ,").isdigit()
            and _month_given(v, token, text, match.end())
        ):
            pass  # "Jan Peter Balkenende": a given name before another and a surname
        elif (
            token in v.stop_words
            or token in v.months
            or token in v.weekdays
            or token in v.org_heads
            or token in v.venue_heads
            or token in v.title_heads
            or token in v.honorifics
            or (token.isupper() and len(token) > 1 and not (tokens and _REGNAL_RE.fullmatch(token)))
        ):
            break  # an acronym ends a name; a regnal number goes on it ("John Paul II")
        tokens.extend(particles)
        tokens.append(token)
        end = match.end()
    if not tokens or len(tokens[-1]) < 2:
        return None
    return end, tokens


# What follows a person's name and not a building's: a verb of saying, or a comma opening an
# apposition ("Tony Hall, the director of ...", "David Hill, who ...").
_SPEAKS_RE = re.compile(r" (?:said|says|told|added|argued|warned)\b|, (?:the|a|an|who|whose|\d+,)\b")


_REGNAL_RE = re.compile(r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}")
_APPOSED_POST_RE = re.compile(r", ([a-z][\w-]*)(?: ([a-z][\w-]*))?")


def _post_apposed(v: Vocab, text: str, end: int) -> bool:
    """A post with no article opens an apposition at ``end``: its head, or two words of a post
    (", chief executive of", not ", home to", a park's)."""
    match = _APPOSED_POST_RE.match(text, end)
    if match is None:
        return False
    first, second = match.groups()
    if first in v.title_heads:
        return True
    if first not in v.title_words or second is None:
        return False
    return second in v.title_heads or second in v.title_words


def _month_surname(v: Vocab, text: str, tokens: list[str], end: int) -> bool:
    return len(tokens) == 1 and tokens[0] in v.given_names and not _DAY_OR_YEAR_RE.match(text, end)


_DAY_OR_YEAR_RE = re.compile(r",? \d")


def _month_given(v: Vocab, token: str, text: str, end: int) -> bool:
    if token not in v.given_names:
        return False
    following = _TWO_NAMES_RE.match(text, end)
    if following is not None and following.group(1) in v.given_names:
        return True
    # "Jan Kowalczyk, the foreign minister," / "Jan Kowalczyk said": one surname the name closes
    # on before a verb of saying or an apposition, and no word of time before the month
    surname = _SURNAME_RE.match(text, end)
    return (
        surname is not None
        and surname.group(1) not in v.months
        and _SPEAKS_RE.match(text, surname.end()) is not None
        and _TIME_WORD_RE.search(text, max(0, end - len(token) - 8), end - len(token)) is None
    )


# Two capitalised words after a word: a given name and a surname ("Jan Peter Balkenende").
_TWO_NAMES_RE = re.compile(r" ([A-Z][a-z]+) [A-Z][a-z]+")
_SURNAME_RE = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
# A word that makes the next one a month: "in Jan", "since June".
_TIME_WORD_RE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Nn]ext|[Oo]f|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id) $"
)


def _other_name(v: Vocab, name: str) -> bool:
    """A place's, an organisation's or an award's name ("Victoria Cross", "George Cross")."""
    return name in v.places or name in v.organisations or name in v.award_names


class _Word(NamedTuple):
    """A word of the text before a name and where it starts there (read as a match is)."""

    word: str
    at: int

    def group(self) -> str:
        return self.word

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.word)


def _title_before(
    v: Vocab, text: str, start: int, starts: Collection[int], names: list[tuple[int, int]], name_end: int
) -> str | None:
    """The post written right before a name: a run of capitalised and post words ending in a post's
    head, possibly carried on by "of", "for", "to" ("Shadow spokesman for sport")."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return None
    comma = text[end - 1] == ","
    if comma:
        end -= 1  # "Microsoft chief, Bill Gates,"
    last = text[text.rfind(" ", 0, end) + 1 : end]
    if (
        last[:1].islower()
        and last.isalpha()
        and last not in v.title_words
        and last not in v.title_heads
        and last not in _LINKS
    ):
        # "said Mr Blair": a plain word right before the name, the common case
        return _plain_post_before(v, text, end, name_end) if comma else None
    window = text[max(0, end - 160) : end]
    offset = max(0, end - 160)
    # The window's words (``str.split`` splits where ``\S+`` does, quicker than matching each);
    # where a word starts is looked for only for those walked, from the right.
    tokens = window.split()
    at = len(window)
    taken: list[_Word] = []
    # Only the names that reach into the window can stop the walk (most often none).
    near = [(begin, finish) for begin, finish in names if finish > offset and begin < end]
    for position in range(len(tokens) - 1, -1, -1):
        word = tokens[position]
        at = window.rfind(word, 0, at)
        token = _Word(word, at)
        if word[-1] == "," and _listed_portfolio(v, word[:-1], taken):
            taken.insert(0, token)  # "Culture, Media and Sport Secretary": a list inside the post
            continue
        if word[-1] == "." and taken and _INITIALISM_RE.fullmatch(word):
            taken.insert(0, token)  # "U.S. President", "U.N. envoy": the dots are no sentence's end
            continue
        if word[-1] in ',;:.!?"()\u201c\u201d' or word[0] in '"(\u201c':
            break
        if near and any(begin <= offset + token.start() < finish for begin, finish in near):
            break  # another person's name: the post is not carried across it
        if word.endswith(("'s", "\u2019s")):
            if (word[:-2] in v.places and not _envoy(v, [t.group() for t in taken])) or not word[0].isupper():
                break  # "Gibraltar's Chief Minister": the country's is dropped, not an envoy's
        elif word[0].isupper():
            if (word in v.honorifics or word in v.name_styles) and taken and taken[0].group() == "Justice":
                # "Mr Justice Forbes", "(Appeal Court judge) Lord Justice Rix": a judge's style is
                # his title, whatever describes him before it
                taken.insert(0, token)
                break
            if word in v.stop_words or word in v.months or word in v.weekdays or word in v.honorifics:
                break
            if offset + token.start() in starts and not _is_head(v, word) and not taken:
                break
        elif (
            word in ("and", "&")
            and taken
            and (taken[0].group()[:1].isupper() or taken[0].group() in v.title_words)
        ):
            pass  # "Work and Pensions Secretary", "work and pensions secretary": "and" inside a post
        elif len(word) == 4 and word.isdigit() and taken and _year_body(v, f"{word} {taken[0].group()}"):
            pass  # "1922 Committee chairman": a body named after a year ("In 2004 Labour leader" no)
        elif (
            word not in v.title_words
            and not _is_head(v, word)
            and word not in _LINKS
            and not (taken and f"{word} {taken[0].group()}" in v.title_heads)  # "attorney general"
        ):
            break
        elif (
            word in _LINKS
            and any(t.group() in v.title_heads for t in taken)
            and not _inside_a_name(v, tokens, position, taken)
        ):
            break  # "talks at Downing Street with Italian Prime Minister X": a link before the post
        taken.insert(0, token)
        if len(taken) >= 9:
            break
    while taken and (taken[0].group() in _LINKS or taken[0].group() in ("and", "&")):
        taken.pop(0)
    while taken and taken[-1].group() in _LINKS:
        return None
    if not taken:
        return _plain_post_before(v, text, end, name_end) if comma else None
    # A head of two words ("Attorney General") ends on its second.
    heads = [
        i + _two_word_head(v, taken, i)
        for i, t in enumerate(taken)
        if _is_head(v, t.group()) or _two_word_head(v, taken, i)
    ]
    if not heads:
        # "the permanent secretary at the Home Office, Sir John Gieve,": the run before the comma
        # is what the post is of, the post itself is in lower case before it
        return _plain_post_before(v, text, end, name_end) if comma else None
    if heads[-1] != len(taken) - 1 and not any(t.group() in _LINKS for t in taken[heads[-1] :]):
        return None
    # "while the chairman of X, James Strachan, was", "was greeted by the chairman, Ann Lee."
    closed = text.startswith(_CLOSERS, name_end)
    if comma and not closed and not _opens_sentence(text, offset + taken[0].start(), starts):
        return None  # "... trust the prime minister, Mr Brown replied": no apposition
    if len(taken) > 2 and taken[0].group().lower() in _NOT_OF_POST and _qualifies(v, taken[1].group()):
        taken.pop(0)  # "Veteran Labour MP X": a journalist's word for the holder
    post = window[taken[0].start() : taken[-1].end()]
    before = window[: taken[0].start()].split()[-2:]
    if len(before) == 2 and f"{before[1]} " in _EARLIER:
        before = before[:1]  # "their old boss X": the walk stops at "old"
    if before and _relation(v, before[-1], post):
        return None  # "his ex-boss X", "Her deputy, X,"
    return post


# A country's or body's initials written with dots ("U.S.", "U.N.", "E.U.").
_INITIALISM_RE = re.compile(r"(?:[A-Z]\.){2,3}")


# What closes an apposition after a name: a comma, or the end of the sentence or clause.
_CLOSERS = (",", ".", ";")


def _listed_portfolio(v: Vocab, word: str, taken: list[_Word]) -> bool:
    """``word`` (before its comma) opens a list of portfolios the post goes on with ("Culture, Media
    and Sport Secretary", "Environment, Food and Rural Affairs Secretary"): a portfolio's word, and
    "and" joins the next two words of the post."""
    return (
        len(taken) >= 3
        and taken[1].group() in ("and", "&")
        and "," not in taken[0].group()
        and word.isalpha()
        and word.lower() in v.title_words
        and not any("," in t.group() for t in taken)
    )


def _inside_a_name(v: Vocab, tokens: list[str], position: int, taken: list[_Word]) -> bool:
    """The link at ``position`` joins two capitalised words of one name before the post ("Bank of
    England governor"), not a phrase to the post ("talks at Downing Street with Prime Minister")."""
    before = tokens[position - 1] if position > 0 else ""
    return (
        tokens[position] in ("of", "for")
        and before[:1].isupper()
        and before.isalpha()
        and before not in v.stop_words
        and taken[0].group()[:1].isupper()
        and taken[0].group() not in v.title_heads
    )


def _plain_post_before(v: Vocab, text: str, end: int, name_end: int) -> str | None:
    """A post of lower-case words in a closed apposition before the name: "the head of the civil
    service, Sir Andrew Turnbull," ("the leader of the opposition, X,")."""
    if not text.startswith(_CLOSERS, name_end):
        return None
    match = _PLAIN_POST_RE.search(text, max(0, end - 80), end)
    if match is None or match.group(2) not in v.title_heads:
        return None
    if any(word not in v.title_words for word in match.group(1).split()):
        return None  # "the new head of": only the words of a post's name stand before its head
    return match.group(0)


# "the head of the civil service", "the permanent secretary at the Home Office", "the head of
# Iran's negotiating team": a post's head (with the words of its name before it) and what it is
# of, at the end of the text before a name.
_PLAIN_POST_RE = re.compile(
    r"(?<=[Tt]he )((?:[a-z-]+ ){0,2}?)([a-z-]+) (?:of|at) (?:the |[A-Z][\w-]*['\u2019]s )"
    r"(?:(?:[a-z-]+ ){0,2}[a-z-]+|(?:[A-Z][\w&'-]* (?:(?:of|and|for) )?){0,4}[A-Z][\w&'-]*)$"
)


def _opens_sentence(text: str, position: int, starts: Collection[int]) -> bool:
    """``position`` starts its sentence, or only a determiner or a possessive stands before it
    there ("The firm's founder, Alan Hartley,")."""
    start = max((p for p in starts if p <= position), default=0)
    return _LEAD_IN_RE.fullmatch(text, start, position) is not None


def _envoy(v: Vocab, words: list[str]) -> bool:
    """The post is one abroad: its country's possessive names whose envoy the person is."""
    pairs = zip(words, [*words[1:], ""][: len(words)], strict=True)  # none when no word follows
    return any(word in v.envoy_heads or f"{word} {after}" in v.envoy_heads for word, after in pairs)


def _is_head(v: Vocab, word: str) -> bool:
    """A post's head, also with "ex-" before it ("Ex-minister X", "the ex-chairman")."""
    return word in v.title_heads or (word[:3] in ("Ex-", "ex-") and word[3:] in v.title_heads)


def _two_word_head(v: Vocab, taken: list[_Word], i: int) -> bool:
    return i + 1 < len(taken) and f"{taken[i].group()} {taken[i + 1].group()}" in v.title_heads


def _title_after(v: Vocab, text: str, end: int, start: int = -1) -> str | None:
    """A post in an apposition: "Gordon Brown, the chancellor,", "Rabbi Marvin Hier, founder of ..."
    (after the letters of a seat: "Ann Lee MP, the committee chairman,"); after "as" when a verb
    that gives a post stands before the name starting at ``start`` ("appointed Ann Lee as chairman")."""
    seat = text.find(",", end + 1, end + 6) if text.startswith(" ", end) else -1
    if seat > 0 and text[end + 1 : seat] in v.post_nominals:
        end = seat
    age = _AGE_RE.match(text, end) if text[end + 2 : end + 3].isdigit() else None
    if age is not None:
        end = age.end()  # "Ann Lee, 58, chairman of ...": the age between name and post
    if text.startswith((", who as ", ", who, as "), end):
        return _who_as(v, text, end)
    match = _APPOSITION_RE.match(text, end)
    if match is None and text.startswith(_DASHES, end):
        match = _DASHED_RE.match(text, end)
    if match is None:
        return None
    if (
        match.group(0).startswith(" as ")
        and _GIVER_RE.search(text, max(0, start - 40), max(0, start)) is None
    ):
        return None  # "with Ann Lee as chairman": no verb gives the post
    phrase = match.group(1)
    listed = _LIST_TAIL_RE.match(text, match.end()) if text.startswith(", ", match.end()) else None
    if listed is not None and _list_goes_on(v, phrase, listed.group(1)):
        phrase = f"{phrase}, {listed.group(1)}"  # "the Culture, Media and Sport Secretary"
    when = _WHEN_RE.search(phrase) or _CLAUSE_TAIL_RE.search(phrase)
    if when is not None:
        # "permanent secretary at the Home Office since 2001", "chief executive when the bank fell"
        phrase = phrase[: when.start()]
    adverb = _ADVERB_RE.match(phrase)
    if adverb is not None:
        phrase = phrase[adverb.end() :]  # "who is also the party chairman", "now Labour's leader"
    acting = _ACTING_AS_RE.match(phrase)
    if acting is not None and acting.end() < len(phrase):
        phrase = phrase[acting.end() :]  # "Mr Straw, speaking as foreign secretary,": the post after "as"
    words = phrase.split(" ")
    if words[0].isdigit() and not _year_body(v, " ".join(words[:2])):
        return None  # "X, 2003 winner of ...": a year opens no post but a body's name
    if len(words) > 2 and words[0] == "one" and words[1] == "of" and _plural_head(v, words[-1]):
        # "one of Labour's deputy chief whips": one of the holders of a post is its holder ("one of
        # the chip's chief architects" ends in no post)
        phrase, words = phrase[7:], words[2:]
        if words[0] in ("the", *_POSSESSIVE_PRONOUNS):
            phrase, words = phrase[len(words[0]) + 1 :], words[1:]  # "one of her party's whips"
        if words[0][:1].islower() and words[0].endswith(("'s", "\u2019s")):
            phrase, words = phrase[len(words[0]) + 1 :], words[1:]  # whose post it is, told before
    if words[0] in _NOT_OF_POST and len(words) > 1:
        phrase, words = phrase[len(words[0]) + 1 :], words[1:]  # "the new education secretary"
    if (
        len(words) > 2
        and (words[0] in v.honorifics or words[0] in v.given_names)
        and words[1].endswith(("'s", "\u2019s"))
    ):
        # "X, Mr Blair's former communications director,", "Tony Blair's press secretary": a
        # person's possessive, as before a name, is no part of the post
        phrase, words = phrase[len(words[0]) + len(words[1]) + 2 :], words[2:]
    owned = next(
        (k for k, w in enumerate(words[:3]) if w[:1].isupper() and w.endswith(("'s", "\u2019s"))), -1
    )
    if 0 <= owned < len(words) - 2 and words[owned + 1] in _NOT_OF_POST:
        # "Yukos's new chief executive": a body's possessive stays in the post, the reporter's word goes
        words = [*words[: owned + 1], *words[owned + 2 :]]
        phrase = " ".join(words)
    if len(words) > 1 and (
        words[0] in _POSSESSIVE_PRONOUNS or (words[0][:1].islower() and words[0].endswith(("'s", "\u2019s")))
    ):
        # "its chief executive", "the party's general secretary": whose post it is, told before, is
        # no part of it (as before a name: "the firm's founder, X")
        owner = words[0]
        phrase, words = phrase[len(words[0]) + 1 :], words[1:]
        adverb = _ADVERB_RE.match(phrase)
        if adverb is not None and adverb.end() < len(phrase):
            phrase = phrase[adverb.end() :]  # "the firm's recently appointed chairman"
            words = phrase.split(" ")
        if words[0] in _NOT_OF_POST and len(words) > 1:
            phrase, words = phrase[len(words[0]) + 1 :], words[1:]  # "its new chief executive"
        if _relation(v, owner, phrase):
            return None  # "X, his former boss,"
    pairs = zip(words[:_HEAD_REACH], [*words[1:_HEAD_REACH], ""], strict=True)
    if not any(_is_head(v, w) or f"{w} {after}" in v.title_heads for w, after in pairs):
        return None  # "the attorney general": a head of two words; "ex-chairman of X"
    if words[0] in v.given_names:
        return None
    if any(_is_head(v, word) and following in v.given_names for word, following in pairwise(words)):
        return None  # "X, Home Secretary Ann Lee and ...": a list of posts and names, no apposition
    if (
        match.group(0)[:1] == " "
        and not text.startswith((" is the ", " was the "), end)
        and not _post_words(v, words)
    ):
        return None  # "Ann Lee became angry when the chairman ...": no post after the verb
    if text[end : match.start(1)] in _COPULAS:
        # a post right after the verb (not "was appointed", nor "is the", which says it is one)
        while len(words) > 1 and words[-1] in ("and", "&"):
            words = words[:-1]  # "is president of the trust and has been since 2001"
            phrase = " ".join(words)
        if not _goes_on_as_a_post(v, words):
            return None  # "is chief among the critics", "was head and shoulders above the rest"
    if words[0] in _LINKS or words[0] in _NOT_A_POST:
        return None
    if words[0] in _VERBS or (words[0].endswith("ed") and words[0].islower()):
        return None  # ", met Kenya's Chief Justice X": a clause goes on, not an apposition
    possessive = words[0][-2:] in ("'s", "\u2019s") and words[0][:-2] in v.places
    if len(words) > 1 and possessive and not _envoy(v, words):
        return phrase[len(words[0]) + 1 :]  # "Gibraltar's chief minister": the country's is dropped
    return phrase


_COPULAS = frozenset(
    f" {verb} {article}".replace("  ", " ")
    for verb in ("is", "was", "has been", "had been")
    for article in ("", "a ", "an ")
)


def _qualifies(v: Vocab, following: str) -> bool:
    """A word of the holder's goes before ``following``: a word of the post or a party's name, not
    another name it opens ("Leading Edge chief executive", "New Zealand Prime Minister")."""
    return following[:1].islower() or following in v.party_adjectives or following in v.organisations


def _year_body(v: Vocab, words: str) -> bool:
    """``words`` (a year and a capitalised word) open a known body's name ("1922 Committee")."""
    return any(name.startswith(words) for name in v.organisations)


def _goes_on_as_a_post(v: Vocab, words: list[str]) -> bool:
    """After its first head, a post ends, goes on with another word of a post, with "and" and
    another post, or with what it is of ("chairman and chief executive of X", "head of the civil
    service")."""
    first = next((i for i, word in enumerate(words) if _is_head(v, word)), len(words))
    if first + 1 >= len(words):
        return True
    following = words[first + 1]
    if following in ("and", "&"):
        return first + 2 < len(words) and (words[first + 2] in v.title_words or _is_head(v, words[first + 2]))
    return following in _OF or following in v.title_words or _is_head(v, following)


def _plural_head(v: Vocab, word: str) -> bool:
    """``word`` is a post's head in the plural ("whips", "ministers", "secretaries")."""
    if word.endswith("ies"):
        return word[:-3] + "y" in v.title_heads
    return word.endswith("s") and word[:-1] in v.title_heads


def _post_words(v: Vocab, words: list[str]) -> bool:
    """Only words of a post's name (capitalised words, possessives, words of a post) come before
    its first head."""
    for word in words:
        if _is_head(v, word):
            return True
        if not (word in v.title_words or word[:1].isupper() or word.endswith(("'s", "\u2019s"))):
            return False
    return False


# The rest of a list after a comma inside a post or a body's name: "(Culture), Media and Sport
# Secretary", "(Radio), Film and Television", "(environment), food and rural affairs committee".
_LIST_TAIL_RE = re.compile(
    r", ((?:[\w-]+ ){0,2}?(?:and|&) [\w'\u2019&-]+(?: [\w'\u2019&-]+){0,5}?)"
    r"(?=, | (?:said|says|told|has|had|is|was|who|added|warned)\b|[.;]|$)"
)


def _list_goes_on(v: Vocab, phrase: str, tail: str) -> bool:
    """The apposition ``phrase`` stops at a comma inside a list of its post's portfolios, or of the
    words of a body's name, which ``tail`` ends: the word before the comma is a portfolio's or, in a
    name, capitalised with capitalised words after it; no head or given name stands at the comma
    ("Jack Straw, the Foreign Secretary, Gordon Brown and ..." lists people, not portfolios)."""
    last = phrase.split(" ")[-1]
    words = tail.split(" ")
    if last in v.title_heads or not last.isalpha() or words[0] in ("and", "&"):
        return False  # ", and Ann Lee, head of ...": the next item of a list of people
    if any(word in v.given_names for word in words):
        return False
    if last.lower() in v.title_words:
        return True
    return last[:1].isupper() and all(w[:1].isupper() or w in ("and", "&", "of") for w in words)


# How far into an apposition a post's head may stand: "the Liberal Democrat home affairs
# spokesman" holds it at its fifth word.
_HEAD_REACH = 6

# First words of an apposition that is no post: a clause ("who", "whose"), or one of several ("one
# of the chip's chief architects", "part of the team").
_NOT_A_POST = frozenset(
    ["who", "whose", "which", "that", "and", "but", "one", "part", "among", "both", "each"]
)

_POSSESSIVE_PRONOUNS = frozenset(["its", "his", "her", "their", "our", "my", "your"])
# A person's: a body's possessive ("its deputy") leaves a post a post.
_PERSONAL_POSSESSIVES = _POSSESSIVE_PRONOUNS - {"its"}

# Words before a post that say it was held before: part of a title ("former chairman"), not of a
# relation ("his former boss").
_EARLIER = ("former ", "ex-", "old ")


def _relation(v: Vocab, owner: str, post: str) -> bool:
    """``post`` after the possessive ``owner`` says how one person stands to another ("his former
    boss", "her deputy"): a relational phrase, which SOURCES.md counts as no title."""
    if owner.lower() not in _PERSONAL_POSSESSIVES:
        return False
    for earlier in _EARLIER:
        post = post.removeprefix(earlier)
    return post in v.relational_posts


# Words before a post in an apposition that say when it was taken, not what it is.
_NOT_OF_POST = frozenset(
    [
        "new",
        "current",
        "newly-appointed",
        "incoming",
        # journalists' words for the holder, not the post's
        "veteran",
        "long-serving",
        "embattled",
        "beleaguered",
        "outspoken",
        "influential",
        "powerful",
        "leading",
        "prominent",
        "respected",
        "maverick",
        "rebel",
        "left-wing",
        "right-wing",
        "newly-elected",
    ]
)

# Verbs of news reports that open a clause after a name's comma (past forms in "-ed" aside).
_VERBS = frozenset(
    # "Ann Lee, 36, is the youngest ...": after an age a verb goes on with the clause
    [
        "met",
        "said",
        "told",
        "led",
        "went",
        "saw",
        "gave",
        "took",
        "made",
        "won",
        "spoke",
        "became",
        "is",
        "was",
    ]
)


def _cluster(ex: Extraction, v: Vocab, mentions: list[_Mention]) -> list[Cluster]:
    """Mentions of one person under one key: the full name, to which a lone surname ("Mr Blair",
    "Gen Musharraf") is linked when exactly one known full name ends with it."""
    full: dict[str, list[str]] = {}
    for m in mentions:
        if len(m.core) >= 2 and (m.style is None or m.style not in ("Prince", "Princess", "King", "Queen")):
            full.setdefault(m.core[-1], [])
            key = " ".join(m.core)
            if key not in full[m.core[-1]]:
                full[m.core[-1]].append(key)
    given: dict[str, list[str]] = {}
    for names in full.values():
        for name in names:
            if name not in given.setdefault(name.split(" ")[0], []):
                given[name.split(" ")[0]].append(name)
    clusters: list[Cluster] = []
    for m in sorted(mentions, key=lambda m: (m.span.block, m.span.start)):
        if len(m.core) >= 2 and m.style not in ("Prince", "Princess", "King", "Queen"):
            key = " ".join(m.core)
        elif len(full.get(m.core[-1], [])) == 1 and m.style is None:
            key = full[m.core[-1]][0]
        elif m.style in ("Sir", "Dame") and len(m.core) == 1 and len(given.get(m.core[0], [])) == 1:
            key = given[m.core[0]][0]  # a knight is "Sir John" by his given name
        elif m.style is not None:
            key = f"{m.style} {' '.join(m.core)}"
        else:
            # No full name in the text: "Mr Straw", "Gen Musharraf" and "President Musharraf" are
            # one person, named as the text names them most often.
            key = " ".join(m.core)
            surface = key if m.from_title or m.rank else ex.surface(m.span)
            cluster = ex.add("person", key, m.span, surface)
            _learn(cluster, m)
            if cluster not in clusters:
                clusters.append(cluster)
            continue
        cluster = ex.add("person", key, m.span, key)
        _learn(cluster, m)
        if cluster not in clusters:
            clusters.append(cluster)
    return clusters


def _learn(cluster: Cluster, m: _Mention) -> None:
    """The first rank written for the person, and each post once (the lower-case repeat of a post
    is the same post)."""
    if m.rank and cluster.rank is None:
        cluster.rank = m.rank
    for title in m.titles:
        if title.casefold() not in {t.casefold() for t in cluster.titles}:
            cluster.titles.append(title)


def _bare_surnames(ex: Extraction, v: Vocab, clusters: list[Cluster]) -> None:
    """A known person's surname alone ("Blair", "Musharraf") is another mention of them, when no
    other person has that surname and it is not the start of a longer name."""
    by_surname: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        surname = cluster.key.split(" ")[-1]
        if surname[:1].isupper() and len(surname) > 2:
            by_surname.setdefault(surname, []).append(cluster)
    unique = {
        s: c[0]
        for s, c in by_surname.items()
        # "Theresa May" ("in May"); a place's name ("John Bolton ... Bolton said") only where no word
        # of place stands before it ("in Bolton")
        if len(c) == 1 and s not in v.organisations and s not in v.months
    }
    if not unique:
        return
    taken = taken_spans(ex, ("person", "organisation", "place"))
    for index, view in enumerate(ex.views):
        text = view.text
        for start in _occurrences(text, unique):
            match = CAP_RE.match(text, start)
            if match is None or match.group() not in unique or _NOT_ALONE_RE.match(text, match.end()):
                continue
            span = Span(index, match.start(), match.end())
            if is_taken(span, taken):
                continue
            if match.group() in v.places and PLACE_WORD_BEFORE_RE.search(text, max(0, start - 12), start):
                continue  # "arrived in Bolton": the town
            before = text[max(0, start - 80) : start].rstrip()
            last = before.split(" ")[-1]
            if last[:1].isupper() and last not in v.stop_words and not last.endswith(_CLOSING):
                continue  # the end of a longer capitalised name
            cluster = unique[match.group()]
            ex.add("person", cluster.key, span, cluster.key)
            after = _title_after(v, text, match.end())  # "Musharraf, the Pakistani president,"
            if after is not None:
                _learn(cluster, _Mention(span, [], titles=tuple(_posts(v, after))))


# What ends a word before a bare surname that is no part of its name ("on Monday. Bolton said").
_CLOSING = (".", "!", "?", ",", ";", ":", '"', "\u201d")


def _occurrences(text: str, words: Collection[str]) -> list[int]:
    """Where each of ``words`` is written in ``text``, in text order (``str.find`` runs in C: far
    quicker than testing every capitalised word of the text in Python)."""
    found: list[int] = []
    for word in words:
        position = text.find(word)
        while position >= 0:
            found.append(position)
            position = text.find(word, position + 1)
    return sorted(found)


def _referring_posts(ex: Extraction, v: Vocab) -> None:
    """A lower-case post with "the" opening a sentence ("Tony Blair has promised ... The prime
    minister launched ...", "The Easyjet founder said": a known organisation may qualify it) is a
    title of the person the previous sentence is about (the first person it names; after a
    quotation, its speaker), or, when no one is named before it, of the first person named after
    it. Within a sentence that names no one before it, outside a quotation and after no pronoun
    (which stands for that person already), the post refers back the same way to the person the
    report names most often. A post someone
    already holds in the article is theirs, not another's."""
    people = _people_in_order(ex)
    if not people:
        return
    most_named = _most_named(people)
    for index, view in enumerate(ex.views):
        text = view.text
        # (No substring test for the posts first: the pattern opens on a literal, which the regex
        # engine skips ahead to quicker than a dozen substring tests.)
        for match in v.referring_post.finditer(text):
            at = match.start() - 1  # the "T" of "The" (the pattern opens on "he ")
            start, _ = sentence_bounds(text, at)
            post = match.group(1)
            before_anyone = not any((s.block, s.start) < (index, at) for s, _ in people)
            # Only quotes or a linking word before it: "But the chancellor said"
            opens = _LINKING_RE.fullmatch(text[start:at].strip(_QUOTES) + " ") is not None
            # "Speaking in Leeds, the chancellor said", "Taxes will not rise, the chancellor said", "...,
            # said the chancellor": the post speaks after a clause that names no one.
            opens = opens or (
                _SPEAKER_RE.match(text, match.end()) is not None
                and _LEAD_CLAUSE_RE.fullmatch(text, start, at) is not None
                and not any(s.block == index and start <= s.start < at for s, _ in people)
            )
            # '"We will win," said the chancellor': the speaker of a quotation that opens its sentence.
            opens = opens or (
                text[start : start + 1] in _OPENING_QUOTES
                and _AFTER_QUOTE_RE.search(text, max(start, at - 30), at) is not None
            )
            # Elsewhere in a sentence that names no one before it, outside quotes and after no pronoun
            # ("Crowds cheered the chancellor as she spoke"), of the person the report is about.
            loose = not opens and (
                not any(s.block == index and start <= s.start < at for s, _ in people)
                and not _quoted(text, at)
                and _PRONOUN_RE.search(text, start, at) is None
            )
            opens = opens or loose
            spoken = _SPOKEN_FOR_RE.match(text, match.end())
            if spoken is not None:
                # "The prime minister's official spokesman said Mr Blair ...": the one spoken about
                named = _about(people, index, spoken.end(), spoken.end() + 1)
                if named is not None:
                    if not _held(ex, post) and _may_hold(named, post):
                        named.titles.append(post)
                    continue
            voice = _VOICE_RE.fullmatch(text, start, at) if not opens else None
            if voice is not None:
                # "Mr Blair's spokesman said the prime minister ...": the post is the one spoken for
                spoken_for = _about(people, index, start, at)
                if spoken_for is not None and not _held(ex, post) and _may_hold(spoken_for, post):
                    spoken_for.titles.append(post)
                continue
            if _REPLY_RE.match(text, match.end()) is not None:
                continue  # "Mr Howard said ... The prime minister replied": the one answered is another
            if _held(ex, post) or (not opens and not before_anyone):
                continue
            qualifier = post.split(" ")[0]
            pair = " ".join(post.split(" ")[:2])  # "Lib Dem leader", "Sinn Fein president"
            if (
                post[:1].isupper()
                and not _capitalised_post(v, post)
                and qualifier not in v.organisations
                and qualifier not in v.party_adjectives
                and pair not in v.organisations
                and pair not in v.party_adjectives
            ):
                # "The Easyjet founder", "The German chancellor": a post of its own, which may be of
                # someone not yet named; only the one person of the sentence before who may hold it
                holder = _qualified_holder(ex, people, index, start, post)
                if holder is not None:
                    holder.titles.append(post)
                continue
            cluster = None
            # A post a party or a body qualifies ("The Tory leader") is none of another post's holder.
            party = any(w in v.organisations or w in v.party_adjectives for w in (qualifier, pair))
            earlier = [p for p in sentence_starts(text) if p < start - 1]
            if earlier:
                if _coordinated(people, index, max(earlier), start, text):
                    # "Mr Blair and Mr Brown ... The chancellor": the one of the two who may hold it
                    cluster = _joined_holder(people, index, max(earlier), start, post)
                    if cluster is None:
                        continue
                cluster = cluster or _about(people, index, max(earlier), start)
                if cluster is not None and party and not _may_hold(cluster, post):
                    cluster = _only_holder(people, index, max(earlier), start, post)
                if cluster is None and text[max(earlier) - 1 : max(earlier)] in ('"', "\u201c"):
                    # After a quotation that names no one: its speaker, the person named last before it.
                    prior = [c for s, c in people if (s.block, s.start) < (index, max(earlier))]
                    cluster = prior[-1] if prior else None
                if cluster is None:
                    cluster = _named_further_back(ex, people, index, start, 0)
            elif index > 0:
                last = ex.views[index - 1].text
                # The last sentence of the paragraph before (a start at its very end opens none).
                opening = max(p for p in sentence_starts(last) if p < len(last) or p == 0)
                if _coordinated(people, index - 1, opening, len(last), last):
                    cluster = _joined_holder(people, index - 1, opening, len(last), post)
                    if cluster is None:
                        continue
                cluster = cluster or _about(people, index - 1, opening, len(last))
                if cluster is not None and party and not _may_hold(cluster, post):
                    cluster = _only_holder(people, index - 1, opening, len(last), post)
            if cluster is None and before_anyone:
                # Someone named later in the post's own sentence is another person, its object ("The
                # prime minister faced Tory leader X"): the first one named after that sentence.
                _, ends = sentence_bounds(text, at)
                cluster = next((c for s, c in people if (s.block, s.start) >= (index, ends)), None)
            if cluster is None:
                # "The prime minister ... faced discontent. Mr Blair told MPs": the person the next
                # sentence opens on, when the one before names no one.
                _, end = sentence_bounds(text, at)
                following = [p for p in sentence_starts(text) if p >= end]
                if following:
                    cluster = next(
                        (c for s, c in people if s.block == index and s.start == min(following)), None
                    )
            if cluster is None and not before_anyone:
                cluster = _named_further_back(ex, people, index, start, 2)
            if loose and cluster is not None and not any(c is cluster for c in most_named):
                continue  # in mid-sentence a post refers back only to whom the report is about
            if cluster is not None and _may_hold(cluster, post):
                cluster.titles.append(post)


def _capitalised_post(v: Vocab, post: str) -> bool:
    """``post`` is a post's own words capitalised ("The Foreign Secretary", "The Chancellor"), not a
    post qualified by a firm or a country ("The Easyjet founder", "The Pakistani president")."""
    return all(word.casefold() in v.title_words or _is_head(v, word.casefold()) for word in post.split(" "))


def _people_in_order(ex: Extraction) -> list[tuple[Span, Cluster]]:
    """Every mention of a person with its cluster, in the order of the text."""
    return sorted(
        ((span, cluster) for cluster in ex.of_kind("person") for span in cluster.spans),
        key=lambda item: (item[0].block, item[0].start),
    )


def _paired_posts(ex: Extraction) -> None:
    """Two posts joined by "and" ("The prime minister and chancellor faced ...") after two people
    joined by "and" ("Tony Blair and Gordon Brown"): when one of the pair holds one of the posts
    (found by the rules before), the other post is the other's, if they hold none and no one else
    holds it. Without a holder the order of the posts tells nothing, and nothing is given."""
    if not any(t.casefold().endswith(_POST_HEADS) for c in ex.of_kind("person") for t in c.titles):
        return  # no one holds a post of these heads: none to pair (a quick test first)
    for view in ex.views:
        text = view.text
        if " and " not in text:
            continue
        for match in _paired_matches(text):
            for held, other in ((match.group(1), match.group(2)), (match.group(2), match.group(1))):
                holders = [
                    c for c in ex.of_kind("person") if any(t.casefold() == held.casefold() for t in c.titles)
                ]
                if len(holders) != 1 or _held(ex, other):
                    continue
                partners = _partners(ex, holders[0])
                if len(partners) == 1 and not partners[0].titles:
                    partners[0].titles.append(other)


def _paired_matches(text: str) -> Iterator[re.Match[str]]:
    """The joined posts of ``text``, found from each " and " after a post's head (a plain search,
    quicker than the pattern run over the whole text)."""
    at = text.find(" and ")
    while at >= 0:
        if text.endswith(_POST_HEADS, 0, at):
            match = _PAIRED_POSTS_RE.search(text, max(0, at - 28), at + 32)
            if match is not None:
                yield match
        at = text.find(" and ", at + 5)


_POST_HEADS = ("minister", "chancellor", "president", "premier", "leader", "secretary")
# "the prime minister and (the) chancellor", "between prime minister and chancellor".
_PAIRED_POSTS_RE = re.compile(
    r"\b(?:[Tt]he |between )((?:deputy |prime )?(?:minister|chancellor|president|premier|leader|secretary))"
    r" and (?:the )?((?:deputy |prime )?(?:minister|chancellor|president|premier|leader|secretary))\b"
)


def _partners(ex: Extraction, cluster: Cluster) -> list[Cluster]:
    """The people joined to ``cluster``'s person by "and" anywhere in the report ("Tony Blair and
    Gordon Brown", "Mr Brown and Mr Blair")."""
    spans = _people_in_order(ex)
    found: list[Cluster] = []
    for (span, c), (after, other) in pairwise(spans):
        if span.block != after.block or c is other or (c is not cluster and other is not cluster):
            continue
        if ex.views[span.block].text[span.end : after.start] != " and ":
            continue
        partner = other if c is cluster else c
        if all(p is not partner for p in found):
            found.append(partner)
    return found


# A post that speaks with no name beside it, after a possessive ("Pakistan's High Commissioner to
# Britain said", "Acme's chief executive told"): its holder is often named in the next sentence.
_UNNAMED_SPEAKER_RE = re.compile(
    r"((?:[A-Za-z][\w-]* ){0,3}[A-Za-z][\w-]*(?: (?:to|of|for) (?:the )?[A-Z][\w-]*)?)"
    r" (?:has |had )?(?:said|says|told|warned|added)\b"
)


def _unnamed_speaker_posts(ex: Extraction, v: Vocab) -> None:
    """A post that speaks without a name ("Pakistan's High Commissioner to Britain said ...") is a
    title of the person the next sentence of the paragraph opens on ("Dr X said ..."), when that
    person is named there for the first time and holds no post yet. A country's possessive is
    dropped unless the post is one abroad."""
    people = _people_in_order(ex)
    if not people:
        return
    for index, view in enumerate(ex.views):
        text = view.text
        if "'s " not in text and "\u2019s " not in text:
            continue
        for possessive in _possessives(text):
            begin = max(text.rfind(" ", 0, possessive), text.rfind("\n", 0, possessive)) + 1
            owner = text[begin:possessive]
            if not owner[:1].isupper() or not owner.replace("-", "").isalnum():
                continue
            match = _UNNAMED_SPEAKER_RE.match(text, possessive + 3)
            if match is None:
                continue
            post = match.group(1)
            post_words = post.split(" ")
            heads = [i for i, word in enumerate(post_words) if _is_head(v, word)]
            if not heads or any(
                w not in v.title_words and not _is_head(v, w) and not w[:1].isupper() and w not in _LINKS
                for w in post_words[: heads[-1] + 1]
            ):
                continue
            if heads[-1] != len(post_words) - 1 and post_words[heads[-1] + 1] not in _LINKS:
                continue
            sentence_start, sentence_end = sentence_bounds(text, begin)
            if any(s.block == index and sentence_start <= s.start < sentence_end for s, _ in people):
                continue  # someone is named in the post's own sentence
            following = [p for p in sentence_starts(text) if p >= sentence_end]
            if not following:
                continue
            opening = min(following)
            cluster = next((c for s, c in people if s.block == index and s.start >= opening), None)
            first = next((s for s, c in people if c is cluster), None)
            if cluster is None or first is None or cluster.titles:
                continue
            if (first.block, first.start) != (index, _name_start(text, opening, first.start)):
                continue
            if owner in v.places and not _envoy(v, post_words):
                cluster.titles.append(post)
            else:
                cluster.titles.append(f"{text[begin : possessive + 2]} {post}")


# "in his role as chancellor", "in her capacity as party chairman": a post the person the sentence
# is about acts in.
_ROLE_AS_RE = re.compile(
    r"i(?<![\w-]i)n (?:his|her) (?:role|capacity) as (?:the )?((?:[\w'\u2019-]+ ){0,4}?[\w-]+)"
    r"(?=[,.;:]| (?:he|she|to|and|but|said|says|told|on|at|in)\b|$)"
)


# A verb that says a post is held, its object and "as", then the post: "Alan Milburn returned to the
# cabinet as Chancellor of the Duchy of Lancaster", "was sworn in as president", "served as a
# junior minister".
# Scanned from " as " (a literal the regex engine skips ahead to), the verb looked for before it.
_HELD_AS_RE = re.compile(
    r" as (?:the |a |an )?((?:[\w'\u2019-]+ ){0,5}?[\w-]+)"
    r"(?=[,.;:]| (?:he|she|to|but|said|says|told|on|at|in|until|since|from|after|for)\b|$)"
)
# Parts of those verbs: a paragraph holding none of them is not scanned.
_HOLDING_STEMS = frozenset(
    [
        "return",
        "brought back",
        "serve",
        "sworn in",
        "took office",
        "remain",
        "stay",
        "reinstated",
        "reappointed",
    ]
)
_HOLDING_VERB_RE = re.compile(
    r"\b(?:returned|returns|brought back|served|serves|sworn in|took office|remains|remained"
    r"|stays on|stayed on|reinstated|reappointed)(?: [\w'\u2019-]+){0,4}$"
)


def _role_posts(ex: Extraction, v: Vocab) -> None:
    """The post after "in his role as" (or after a verb that says it is held, "returned to the
    cabinet as") is a title of the last person named before it in its sentence, else of the first
    named after it there ("Speaking in his role as chancellor, X")."""
    if " as " not in ex.article:
        return  # no such phrase anywhere in the report: one test, not one a paragraph
    people: list[tuple[Span, Cluster]] | None = None  # put in order only when a post is found
    for index, view in enumerate(ex.views):
        text = view.text
        if " as " not in text:
            continue
        roles = _ROLE_AS_RE.finditer(text) if " role as " in text or " capacity as " in text else ()
        held = (
            (
                m
                for m in _HELD_AS_RE.finditer(text)
                if _HOLDING_VERB_RE.search(text, max(0, m.start() - 60), m.start())
            )
            if any(verb in text for verb in _HOLDING_STEMS)
            else ()
        )
        for match in [*roles, *held]:
            post = match.group(1)
            tail = _CLAUSE_TAIL_RE.search(post)
            post = post[: tail.start()] if tail is not None else post
            post = post.removesuffix(" and")  # "as chairman and said ...": the clause goes on
            if not _post_name(v, post.split(" ")) or _held(ex, post):
                continue
            start, end = sentence_bounds(text, match.start())
            people = people if people is not None else _people_in_order(ex)
            before = [c for s, c in people if s.block == index and start <= s.start < match.start()]
            after = [c for s, c in people if s.block == index and match.end() <= s.start < end]
            cluster = before[-1] if before else (after[0] if after else None)
            if cluster is not None:
                cluster.titles.extend(p for p in _posts(v, post) if p not in cluster.titles)


def _post_name(v: Vocab, words: list[str]) -> bool:
    """``words`` are a post's name: words of a post ending in its head, perhaps joined by "and"
    ("work and pensions secretary"), then perhaps what it is of ("Chancellor of the Duchy of
    Lancaster")."""
    link = next((i for i, word in enumerate(words) if word in _OF), len(words))
    core = [word for word in words[:link] if word not in ("and", "&")]
    return bool(core) and _is_head(v, core[-1]) and _post_words(v, core) and link != len(words) - 1


# "As chancellor, Mr Brown has ...", "As chairman of the committee, X said": a post the sentence
# opens on, then the name of its holder (perhaps after a word of address).
_FRONTED_AS_RE = re.compile(
    # (what stands before "As " is checked after it: the regex engine skips ahead to the literal)
    r"As (?:(?<=^As )|(?<=[.!?] As )|(?<=[.!?][\"\u201d\u2019] As ))(?:the |a |an )?"
    r"((?:[\w'\u2019-]+ ){0,5}?[\w'\u2019-]+), "
    r"(?:[A-Z][a-z]+ )?"
)


def _fronted_posts(ex: Extraction, v: Vocab) -> None:
    """The post of a sentence opening "As <post>," is a title of the person named right after it."""
    if "As " not in ex.article:
        return
    people = _people_in_order(ex)
    for index, view in enumerate(ex.views):
        text = view.text
        if "As " not in text:
            continue
        for match in _FRONTED_AS_RE.finditer(text):
            post = match.group(1)
            words = post.split(" ")
            head = words.index("of") if "of" in words[1:-1] else len(words)
            if not _is_head(v, words[head - 1]) or not _post_words(v, words[:head]) or _held(ex, post):
                continue
            holder = next(
                (c for s, c in people if s.block == index and match.start(1) < s.start <= match.end()), None
            )
            if holder is not None and post not in holder.titles:
                holder.titles.append(post)


def _possessives(text: str) -> list[int]:
    """Where "'s " (or with a curly apostrophe) is written in ``text``."""
    found: list[int] = []
    for mark in ("'s ", "\u2019s "):
        position = text.find(mark)
        while position >= 0:
            found.append(position)
            position = text.find(mark, position + 1)
    return sorted(found)


def _name_start(text: str, opening: int, start: int) -> int:
    """Where a name that opens a sentence at ``opening`` starts: after its word of address if any."""
    return start if _ADDRESS_RE.fullmatch(text, opening, start) else -1


_ADDRESS_RE = re.compile(r"(?:[\"'\u201c\u2018])?(?:[A-Z][a-z]{1,9}\.? )?")


def _may_hold(cluster: Cluster, post: str) -> bool:
    """A person named with a post of another head is not the one a referring post names ("Liberal
    Democrat leader X asked ... The prime minister said": not X); one named with a post of the
    same head may be ("Founder X ... The Easyjet founder said")."""
    head = post.casefold().split(" ")[-1]
    if any(_other_form(title.casefold(), post.casefold()) for title in cluster.titles):
        return False  # the shadow chancellor is not the chancellor
    if any(_other_body(title, post) for title in cluster.titles):
        return False  # the Tory leader is not the Lib Dem leader
    return not cluster.titles or any(title.casefold().split(" ")[-1] == head for title in cluster.titles)


def _other_body(held: str, wanted: str) -> bool:
    """``held`` and ``wanted`` are one head's posts of two different parties or bodies ("Tory
    leader", "Lib Dem leader")."""
    held_words, wanted_words = held.split(" "), wanted.split(" ")
    if held_words[-1].casefold() != wanted_words[-1].casefold() or held.casefold() == wanted.casefold():
        return False
    return _body(held_words[:-1]) and _body(wanted_words[:-1])


def _body(words: list[str]) -> bool:
    """``words`` name a party or a known organisation ("Tory", "Lib Dem", "Labour")."""
    v = vocab()
    name = " ".join(words)
    return name in v.organisations or name in v.party_adjectives


def _other_form(held: str, wanted: str) -> bool:
    """``held`` is a deputy's, a shadow's or a former holder's form of ``wanted``."""
    if not held.endswith(" " + wanted):
        return False
    return any(word in _OTHER_POST for word in held[: -len(wanted) - 1].split(" "))


def _held(ex: Extraction, post: str) -> bool:
    """Someone in the article already holds ``post`` ("UK Prime Minister" holds "prime minister");
    a deputy, a shadow or a former holder holds another post ("deputy prime minister")."""
    wanted = post.casefold()
    for cluster in ex.of_kind("person"):
        for title in cluster.titles:
            held = title.casefold()
            if held == wanted:
                return True
            if held.endswith(" " + wanted) and not _other_form(held, wanted):
                return True
    return False


_QUOTES = " \"'\u201c\u2018"
_OPENING_QUOTES = ('"', "'", "\u201c", "\u2018")
# The end of a quotation, with the verb of saying when it comes before the speaker.
_AFTER_QUOTE_RE = re.compile(
    r"[,.!?][\"'\u201d\u2019] (?:(?:said|says|added|adds|warned|insisted|argued|told [a-z]+) )?$"
)
# A clause before a post that speaks: a lead-in ("Speaking in Leeds, ", "In a speech to MPs, ") or
# what is said ("Taxes will not rise, "), or a verb of saying ("..., said ").
_LEAD_CLAUSE_RE = re.compile(r"[^,;:\"\u201c\u201d]{3,160}, (?:(?:said|says|added|warned|insisted) )?")
_SPEAKER_RE = re.compile(
    r" (?:said|says|told|added|warned|insisted|argued|admitted|claimed|stressed|urged)\b|[.,;]"
)
# The words that may open a sentence before its subject without naming anyone ("But the
# chancellor said", "However, the minister added").
_LINKING_RE = re.compile(r" |(?:But|And|Yet|So|However,|Meanwhile,|Instead,|Later,|Now,?) ")

# Words that make a post another one: the deputy prime minister is not the prime minister.
_OTHER_POST = frozenset(
    ["deputy", "shadow", "former", "vice", "ex", "acting", "interim", "junior", "assistant"]
)


# A post answering the one named before: "The prime minister retorted", "hit back".
_REPLY_RE = re.compile(r" (?:replied|retorted|responded|countered|hit back|shot back)\b(?! to\b)")
# Someone's spokesman speaking of a post: "Mr Blair's official spokesman said the prime minister".
_VOICE_RE = re.compile(
    r"(?:[A-Z][\w.-]* ){1,3}?[A-Z][\w-]*['\u2019]s? (?:official )?spokes(?:man|woman|person)"
    r" (?:said|says|told [a-z]+|added|stressed|insisted) (?:that )?"
)
# A post's spokesman speaking of a person named right after: "The prime minister's official
# spokesman said Mr Blair ...".
_SPOKEN_FOR_RE = re.compile(
    r"['\u2019]s (?:official )?spokes(?:man|woman|person) (?:said|says|told [a-z]+|added|stressed|insisted)"
    r" (?:that )?"
)
# A pronoun before a post in its sentence already stands for the person named before: "he did not
# trust the prime minister" is another person's post.
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir|I|[Ww]e)\b")


def _most_named(people: list[tuple[Span, Cluster]]) -> list[Cluster]:
    """The people the report names most often: whom it is about."""
    counts: dict[int, int] = {}
    for _, cluster in people:
        counts[id(cluster)] = counts.get(id(cluster), 0) + 1
    top = max(counts.values(), default=0)
    return [cluster for _, cluster in people if counts[id(cluster)] == top]


def _quoted(text: str, position: int) -> bool:
    """``position`` of ``text`` is inside a quotation: what a speaker says of a post is not theirs."""
    before = text[:position]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _named_further_back(
    ex: Extraction, people: list[tuple[Span, Cluster]], block: int, before: int, paragraphs: int
) -> Cluster | None:
    """The first person of the nearest sentence before ``before`` in ``block`` (or in up to
    ``paragraphs`` paragraphs before it) that names anyone, when the sentences after it name no one
    ("X set out his plans. Taxes would stay, he said. The chancellor added ..."): the pronouns
    between carry the same subject on. Two people joined there leave it open."""
    for index in range(block, max(block - paragraphs, 0) - 1, -1):
        text = ex.views[index].text
        end = before if index == block else len(text)
        starts = sorted(p for p in sentence_starts(text) if p < end - 1)
        if not starts:
            continue
        for sentence, following in reversed(list(zip(starts, [*starts[1:], end], strict=True))):
            if _coordinated(people, index, sentence, following, text):
                return None
            cluster = _about(people, index, sentence, following)
            if cluster is not None:
                return cluster
    return None


def _about(people: list[tuple[Span, Cluster]], block: int, start: int, end: int) -> Cluster | None:
    """The first person named in ``[start, end)`` of ``block``."""
    for span, cluster in people:
        if span.block == block and start <= span.start < end:
            return cluster
    return None


def _qualified_holder(
    ex: Extraction, people: list[tuple[Span, Cluster]], index: int, start: int, post: str
) -> Cluster | None:
    """The one person of the sentence before ``start`` who may hold ``post`` ("Prime Minister X met
    Gerhard Schroeder. The German chancellor said": Mr Schroeder), when one other is named there."""
    text = ex.views[index].text
    earlier = [p for p in sentence_starts(text) if p < start - 1]
    if earlier:
        block, begin, end = index, max(earlier), start
    elif index > 0 and start == 0:
        last = ex.views[index - 1].text
        block, begin, end = (
            index - 1,
            max(p for p in sentence_starts(last) if p < len(last) or p == 0),
            len(last),
        )
    else:
        return None
    if len({id(c) for s, c in people if s.block == block and begin <= s.start < end}) < 2:
        return None
    return _only_holder(people, block, begin, end, post)


def _only_holder(
    people: list[tuple[Span, Cluster]], block: int, start: int, end: int, post: str
) -> Cluster | None:
    """The one person named in ``[start, end)`` of ``block`` who may hold ``post`` ("Prime Minister
    Tony Blair clashed with Michael Howard. The Tory leader ...": the first named holds another
    post, so the Tory leader is Mr Howard)."""
    named = {id(c): c for s, c in people if s.block == block and start <= s.start < end}
    holders = [c for c in named.values() if _may_hold(c, post)]
    return holders[0] if len(holders) == 1 else None


def _joined_holder(
    people: list[tuple[Span, Cluster]], block: int, start: int, end: int, post: str
) -> Cluster | None:
    """Of the first person named in ``[start, end)`` of ``block`` and the one joined to them, the
    only one who may hold ``post``: the other holds a post of another head already ("Mr Blair",
    the prime minister, "and Mr Brown ... The chancellor" is Mr Brown)."""
    for k, (span, cluster) in enumerate(people):
        if span.block == block and start <= span.start < end:
            pair = [cluster, people[k + 1][1]] if k + 1 < len(people) else [cluster]
            holders = [c for c in pair if _may_hold(c, post)]
            return holders[0] if len(pair) == 2 and len(holders) == 1 else None
    return None


def _coordinated(people: list[tuple[Span, Cluster]], block: int, start: int, end: int, text: str) -> bool:
    """The first person named in ``[start, end)`` of ``block`` (whose text is ``text``) has another
    joined to them ("X and Y have clashed ... The Tory leader": either could be meant)."""
    for k, (span, cluster) in enumerate(people):
        if span.block == block and start <= span.start < end:
            following = people[k + 1] if k + 1 < len(people) else None
            return (
                following is not None
                and following[0].block == block
                and following[1] is not cluster
                and _JOINED_RE.fullmatch(text, span.end, following[0].start) is not None
            )
    return False


_JOINED_RE = re.compile(r",? and |, ")
