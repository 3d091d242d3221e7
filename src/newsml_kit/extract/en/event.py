"""The main event: the first event noun the report names (talks, summit, visit, conference,
debate, hearing, ceremony, launch, meeting...), read in its sentence and the paragraphs around it:

- the place: the first place named after it in its sentence, else one introduced by "in"/"at";
- the organiser: an organisation written right before the noun ("EU summit", "Labour's spring
  conference") or heading the sentence ("Sony, IBM and Toshiba ... unveiled");
- the chair: the host of talks, the person met ("met Deputy Prime Minister John Prescott",
  "talks with X", "hosted by X", "chaired by X");
- the guest of honour: the visitor, the person the sentence of a visit is about;
- the date: a full date in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.en.grammar import is_taken, sentence_bounds, sentence_starts, taken_spans
from newsml_kit.extract.en.vocab import vocab
from newsml_kit.model import DateRole, EventKind, ParticipantRole

_KINDS = {
    "talks": EventKind.MEETING,
    "meeting": EventKind.MEETING,
    "summit": EventKind.MEETING,
    "visit": EventKind.OFFICIAL_VISIT,
    "mission": EventKind.OFFICIAL_VISIT,
    "trip": EventKind.OFFICIAL_VISIT,
    "conference": EventKind.CONFERENCE,
    "convention": EventKind.CONFERENCE,
    "congress": EventKind.CONFERENCE,
    "forum": EventKind.CONFERENCE,
    "ceremony": EventKind.CEREMONY,
    "service": EventKind.CEREMONY,
    "commemoration": EventKind.CEREMONY,
    "reception": EventKind.CEREMONY,
    "dinner": EventKind.CEREMONY,
    "banquet": EventKind.CEREMONY,
    "gala": EventKind.CEREMONY,
    "funeral": EventKind.CEREMONY,
    "inauguration": EventKind.CEREMONY,
    "vigil": EventKind.CEREMONY,
    "seminar": EventKind.CONFERENCE,
    "workshop": EventKind.CONFERENCE,
    "symposium": EventKind.CONFERENCE,
}
# Sittings of a chamber: held in the chamber that holds them.
_SITTINGS = frozenset(
    [
        "debate",
        "second reading",
        "third reading",
        "question time",
        "prime minister's questions",
        "pmqs",
        "hearing",
    ]
)
# Event heads of what one speaker or one firm does alone: nobody chairs them.
_UNCHAIRED = frozenset(
    ["statement", "launch", "launched", "poster launch", "unveil", "unveiled", "unveiling"]
)
_HOST_RE = re.compile(r"m(?<!\wm)(?:eets?|et|eeting with) |t(?<!\wt)alks with ")
# "Mr Blair will host talks with ...", "Mr Blair will host him at Chequers", "Mr Blair welcomed the
# leaders to Downing Street" (or "to a summit"), "Mr Blair
# invited them to the Treasury for talks": the one who hosts is the person before the verb (not
# before "was invited": the guest).
_HOSTS_RE = re.compile(
    r"h(?<!\wh)ost(?:s|ed|ing)? (?:[\w'-]+ ){0,2}(?:talks|meeting|summit)\b"
    r"|h(?<!\wh)ost(?:s|ed|ing)? [^.;:]{1,80}? for (?:talks|a meeting|a summit)\b"
    r"|h(?<!\wh)ost(?:s|ed|ing)? (?:him|her|them|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) (?:at|in) "
    r"|w(?<!\ww)elcom(?:es?|ed|ing) [^.,;:]{1,60}? to (?:(?:the )?[A-Z]"
    r"|(?:a|an|the) (?:[\w'-]+ ){0,3}?(?:talks|meeting|summit)\b)"
    r"|i(?<!\wi)(?<!was i)(?<!were i)(?<!been i)(?<!be i)(?<!is i)(?<!are i)"
    r"nvit(?:es|ed|ing) [^.;:]{1,80}? (?:to|for) (?:talks|a meeting|a summit)\b"
    r"|r(?<!\wr)(?<!was r)(?<!were r)(?<!been r)(?<!be r)(?<!is r)(?<!are r)"
    r"eceiv(?:es|ed|ing) (?!by )[^.;:]{1,80}? for (?:talks|a meeting|a summit)\b"
    # "X summoned union leaders to a meeting", "X brought together EU leaders for a summit"
    r"|s(?<!\ws)(?<!was s)(?<!were s)(?<!been s)(?<!be s)(?<!is s)(?<!are s)"
    r"ummon(?:s|ed|ing) [^.;:]{1,80}? to (?:talks|(?:a|an) (?:[\w-]+ )?(?:meeting|summit))\b"
    r"|b(?<!\wb)r(?:ought|ings?|inging) together [^.;:]{1,80}? for "
    r"(?:talks|(?:a|an) (?:[\w-]+ )?(?:meeting|summit))\b"
)
# "X was received by Y", "X was greeted by Y at Downing Street": Y receives the guest, and hosts.
_RECEIVED_BY_RE = re.compile(r"(?:r(?<!\wr)eceived|g(?<!\wg)reeted) by ")
# "hosted by", "organised by", "called by", "held by the TUC", "under the auspices of the UN", "at the
# invitation of the Italian government": who holds the event.
# Written from the "by" or "of" back (lookbehinds): the regex engine stops at those letters only,
# three times quicker than at the first letter of each verb.
_HOSTED_BY_RE = re.compile(
    r"(?:b(?:(?<=\bhosted b)|(?<=\bcalled b)|(?<=\borganised b)|(?<=\borganized b)|(?<=\bconvened b)"
    r"|(?<=\bstaged b)|(?<=\bheld b)|(?<=\bsponsored b))y"
    r"|o(?:(?<=\bauspices o)|(?<=\binvitation o))f) (?:the )?"
)
# "The conference, run by the IoD,", "a meeting arranged by X": verbs that say who holds the event
# only right after its noun ("a firm run by X" is no event's); the cue is looked for from its "by"
# (see ``_HOSTED_BY_RE``), the noun read back from there.
_RUN_BY_RE = re.compile(r"b(?:(?<=\brun b)|(?<=\barranged b)|(?<=\bput on b)|(?<=\bset up b))y (?:the )?")
_RUN_BY_NOUN_RE = re.compile(
    r"\b(?:talks|meeting|summit|conference|forum|congress|convention|ceremony|event|reception),?"
    r" (?:(?:which|that) )?(?:(?:was|were|is|are|will be|has been|had been|being) )?(?:jointly )?"
    r"(?:run|arranged|put on|set up) $"
)
_POSSESSIVE_BEFORE_RE = re.compile(r"['\u2019]s (?:[a-z-]+ ){0,2}")
_VISIT_HOSTED_BY_RE = re.compile(r"b(?<=\bhosted b)y (?:the )?")
_MADE_BY_RE = re.compile(
    r"\b(?:unveiled|launched|developed|designed|made|built|created|produced) by (?:the )?"
)
_CHAIRED_BY_RE = re.compile(r"(?:c(?<!\wc)haired|p(?<!\wp)resided over) by |c(?<!\wc)hairmanship of ")
# "The conference was opened by X", "the talks, led by X,": the passive of the verbs of
# ``_CHAIRED_RE`` after the event's noun (``_OPENED_BY_NOUN_RE``, read back from the cue; the cue
# is looked for from its "by": see ``_HOSTED_BY_RE``).
_OPENED_BY_RE = re.compile(r"b(?:(?<=opened b)|(?<=led b))y (?:the )?")
_OPENED_BY_NOUN_RE = re.compile(
    r"\b(?:talks|meeting|summit|conference|forum|congress|convention|ceremony|event|inquiry)"
    r"(?: (?:into|on|over) [\w' -]{1,40}?)?,?"
    r" (?:(?:was|were|is|are|will be|has been|had been) )?(?:formally |officially )?(?:opened|led) $"
)
# After the name, or after its apposition: "X, Luxembourg's prime minister, chaired the summit".
# "X was in the chair", "X, who hosted them", "X, the host,": the same, told by the seat or the
# host.
# "X will chair the talks", "X played host to them", "X, the chairman of the meeting,", "X called
# an emergency meeting": the same.
# "X opened the conference", "X led the talks", "X hosted a Downing Street summit": who opens,
# leads or hosts the event in its own name (its object is the event's noun, a few words of its
# name before it, none that says it is another's: "led a delegation to the talks").
_CHAIRED_RE = re.compile(
    r"(?:, [^,.;:\"]{1,80}?,)?,? (?:who |which )?"
    r"(?:chaired|chairs|chairing|presided over|presiding over|(?:was|is|will be) (?:in the chair|chairing)"
    r"|play(?:s|ed|ing)? host to"
    r"|hosted (?:it|them|the (?:talks|meeting|summit|conference))"
    r"|(?:called|calling) (?:a|an) (?:[\w'-]+ ){0,2}?(?:talks|meeting|summit|conference)"
    r"|(?:(?:is|was|will be) )?(?:opened|opening|led|leading|hosted|hosting|convened|convening"
    r"|(?:will|would|is to|was to|is due to|is set to|is expected to) (?:chair|preside over|open|lead|host))"
    r" (?:the|a|an) "
    r"(?:(?!(?:to|at|in|of|for|from|with|by|on|before|after|during|ahead) )[\w'-]+ ){0,3}?"
    r"(?:talks|meeting|summit|conference|forum|congress|convention|ceremony|reception|debate|event)"
    # "X will chair talks with union leaders": talks need no article
    r"|(?:(?:is|was|will be) )?(?:led|leading|hosted|hosting"
    r"|(?:will|would|is to|was to|is due to|is set to|is expected to) (?:chair|preside over|lead|host))"
    r" talks)\b"
    r"|, (?:the|as) host,"
    r"|, the (?:chairman|chairwoman|chair|host) of the (?:[\w'-]+ ){0,3}?"
    r"(?:talks|meeting|summit|conference|forum|congress|convention|ceremony|debate),"
    r"|, the (?:talks|meeting|summit|conference|forum|congress|convention)['\u2019]s"
    r" (?:host|chairman|chairwoman|chair),"
)
_GUEST_RE = re.compile(r"g(?<!\wg)uest of honour,? (?:was )?")
_GUEST_AFTER_RE = re.compile(r",? (?:[a-z][\w ,'-]{0,80}?,? )?(?:was|is|were) (?:the )?guest of honour\b")
_MET_RE = re.compile(r"m(?<!\wm)et (?:with )?")
# A cue's word boundary is checked after its first letter ("m(?<!\wm)et"), not with "\b" before it:
# the regex engine then skips ahead to that letter, where "\b" is tried at every position of the
# text (the five cues cost half the findall pass each; now a tenth at most).
# "Launching the initiative, Mr Blair ...": the person a participle of the event's verb opens on.
_LAUNCHING_RE = re.compile(
    r"(?:^|[.!?] )(?:Launching|Opening|Unveiling|Inaugurating|Visiting) [^,.]{1,80}, $"
)
# "As host of the summit, Mr Blair ...", "As chairman, X": the person the sentence opens on after it.
_AS_HOST_RE = re.compile(
    r"(?:^|[.!?] )As (?:the )?(?:host|chairman|chairwoman|chair)"
    r"(?: of the (?:[\w'-]+ ){0,3}?"
    r"(?:talks|meeting|summit|conference|forum|congress|convention|ceremony))?, $"
)
# Words each cue read after a person cannot do without: a paragraph without any has no such cue.
_NEEDLES = {
    _CHAIRED_RE: (
        *("chair", "presided", "presiding", "preside ", "host"),
        *("opened ", "opening ", " open ", " led ", " lead ", " leading ", "called ", "convened "),
        "convening ",
    ),
    _GUEST_AFTER_RE: ("guest of honour",),
    _LAUNCHING_RE: ("Launching", "Opening", "Unveiling", "Inaugurating", "Visiting"),
    _AS_HOST_RE: ("As host", "As the host", "As chair", "As the chair"),
}
# Words a cue read before an entity cannot do without, for the cues read in the whole report.
_CUE_NEEDLES = {
    _HOSTED_BY_RE: (
        *("hosted by", "called by", "organised by", "organized by", "convened by", "staged by"),
        *("held by", "sponsored by", "auspices of", "invitation of"),
    ),
    _GUEST_RE: ("guest of honour",),
    _CHAIRED_BY_RE: ("chaired by", "presided over by", "chairmanship of"),
    _OPENED_BY_RE: ("opened by", "led by"),
    _HOST_RE: ("met", "meet", "talks with"),
    _RECEIVED_BY_RE: ("received by", "greeted by"),
}
_NAMED_RE = re.compile(r"(?:[A-Z][\w'-]* (?:(?:and|of|for|&) )?)+$")
_AT_RE = re.compile(r"\b(?:in|at|visited|visiting|(?:visit|trip|mission) to) (?:the )?$")
# "EU summit", "Labour's spring conference", "the Tories' spring forum": words that qualify the
# noun, not a verb or a function word ("Sony, IBM and Toshiba will unveil": the firms are equal,
# the first-named organises).
_ORGANISER_BEFORE_RE = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019])?"
    r" (?:(?!(?:will|would|shall|should|can|could|may|might|must|and|or) )[a-z-]+ ){0,2}$"
)


def find_event(ex: Extraction) -> None:
    head = _first_head(ex, vocab().event_heads)
    if head is None:
        # "Mr Blair set out his plans in a speech in London": a speech, a dinner, a show, when the
        # report names no talks, conference or other event of the main list
        head = _first_head(ex, vocab().event_heads_late)
    if head is None:
        return
    index, match = head
    mentions = _Mentions(ex)
    text = ex.views[index].text
    start, end = sentence_bounds(text, match.start())
    word = match.group()
    kind = _kind(word)
    named = _named(text, match)
    span = Span(index, named[0], match.end()) if named else Span(index, match.start(), match.end())
    found = EventFinding(name=named[1] if named else word, kind=kind, span=span)
    window = [(index, start, len(text))]
    if index + 1 < len(ex.views):
        window.append((index + 1, 0, len(ex.views[index + 1].text)))
    earlier = [(index, 0, start)] + ([(index - 1, 0, len(ex.views[index - 1].text))] if index else [])
    institution = _institution(ex, mentions, index, match.end(), end)
    found.place = _place(
        ex, mentions, index, match.end(), end, alone=word.lower() in _UNCHAIRED
    ) or _place_before(ex, mentions, index, span.start)
    # A named event opening on an organisation's name is its own ("the Financial Times New Media
    # and Broadcasting Conference"); else the organisation written before or after the noun.
    organiser = _name_opener(mentions, span) if named else None
    organiser = organiser or _organiser(ex, mentions, index, start, span.start, match.end())
    if organiser is None and not named:
        # "the start of the meeting ... at the PLP meeting": another mention of the same noun names
        # whose it is.
        organiser = _organiser_elsewhere(ex, mentions, word, (index, match.start()))
    if institution is not None:
        # A statement to the Scottish Parliament is held by it and takes place in its chamber: the
        # institution is both the organiser and the venue (the model's place may be an organisation).
        organiser = organiser or institution[1]
        found.place = found.place or institution[1]
    elif found.place is None:
        # After the noun in its own sentence only a close place is the event's (``_place``).
        # Then the sentences before it in its paragraph ("They met at Number 10. The talks ...").
        around = [(index, start, match.start()), (index, end, len(text)), *window[1:], (index, 0, start)]
        around.extend(earlier[1:])  # last, the paragraph before: "MPs visited Peterhead. ... The visit"
        found.place = _premises_at(ex, mentions, index, match.end(), end)
        found.place = found.place or _introduced_place(ex, mentions, around)
        # Then where the report refers back to it: "... Speaking after the talks in Brussels, she"
        found.place = found.place or _place_elsewhere(ex, mentions, word, (index, match.start()))
    if found.place is not None and found.place[0] == "place" and institution is None:
        # "Labour's spring conference in Gateshead ... delegates at the Sage Centre": the building
        # named after the town is where the event is held.
        found.place = _building_in_town(ex, mentions, found.place, window) or found.place
    if (
        organiser is not None
        and (found.place is None or word.lower() in _SITTINGS)
        and _is_institution(ex, organiser)
    ):
        # "Members of the House of Lords debated": it sits in its own chamber; a sitting of a chamber
        # (a debate, a reading, question time) is held there, whatever place its sentence names.
        found.place = organiser
    sitting_in = found.place if word.lower() in _SITTINGS else None
    if organiser is None and sitting_in is not None and sitting_in[0] == "organisation":
        # "the second reading in the House of Lords": the chamber holds its own sitting
        organiser = sitting_in if _is_institution(ex, sitting_in) else None
    if organiser is None and found.place is None and word.lower() in _SITTINGS:
        # "Peers gave the bill a second reading. ... Lord X told the House of Lords": a sitting is
        # held in the one chamber the report names
        organiser = found.place = _only_institution(ex)
    if organiser is None and word.lower() in _UNCHAIRED and word.lower() != "statement":
        # "will be unveiled by IBM", "the chip, developed by Sony, IBM and Toshiba, will be unveiled":
        # a launch is the maker's (the first-named of equal makers)
        organiser = _after_cue(ex, mentions, [(index, start, end)], _MADE_BY_RE, ("organisation",))
    if organiser is None and word.lower().endswith(("speech", "lecture")):
        # "in a speech to the Institute for Public Policy Research": the body addressed holds it
        to = _TO_RE.match(text, match.end())
        body = mentions.within(("organisation",), index, to.end(), to.end() + 1) if to else []
        organiser = body[0][1] if body else None
    if organiser is None and kind is EventKind.OFFICIAL_VISIT:
        # "Members of the X committee have been in Scotland ... The visit": the body whose members the
        # report's lead sentence is about makes the visit.
        organiser = _members_of(ex, mentions)
    if organiser is None and word.lower().endswith(("summit", "summit meeting")):
        organiser = _summit_body(ex, mentions, index, start, end)
    if organiser is not None:
        found.organisers.append(organiser)
    host = _after_cue(ex, mentions, window, _HOSTED_BY_RE, ("organisation",))
    host = host or _organised_it(ex, mentions, kind)
    if host is None and ("run by" in ex.article or "arranged by" in ex.article or "set up by" in ex.article):
        host = _after_cue(ex, mentions, window, _RUN_BY_RE, ("organisation",), _RUN_BY_NOUN_RE)
    if host is not None and not found.organisers:
        found.organisers.append(host)
    # Words that say who chaired or was guest of honour are read anywhere in the report.
    everywhere = [(block, 0, len(view.text)) for block, view in enumerate(ex.views)]
    chair = None
    if word.lower() not in _UNCHAIRED:
        # A statement, a launch or an unveiling has no chair: "the group, chaired by X" is a firm's.
        chair = _after_cue(ex, mentions, everywhere, _CHAIRED_BY_RE, ("person",))
        chair = chair or _before_cue(ex, mentions, everywhere, _CHAIRED_RE, kind=kind)
        chair = chair or _after_cue(ex, mentions, everywhere, _OPENED_BY_RE, ("person",), _OPENED_BY_NOUN_RE)
        chair = chair or _before_cue(ex, mentions, everywhere, _AS_HOST_RE, after=False)
    if chair is None and kind in (EventKind.MEETING, EventKind.OFFICIAL_VISIT):
        chair = _host(ex, mentions, everywhere)
        chair = chair or _after_cue(ex, mentions, window, _RECEIVED_BY_RE, ("person",))
    if chair is None and kind is EventKind.MEETING:
        # Whom one person met is also told before the noun: "Ruth Calder met X and Y on Monday.
        # The talks ..." (its sentences before in its paragraph, and the paragraph before).
        chair = _receiving(ex, mentions, [*window, *earlier])
    if chair is None and kind in (EventKind.MEETING, EventKind.OFFICIAL_VISIT):
        # A visit frames the whole report: the visitor meets the host anywhere in it; talks are
        # held by the person met near them.
        met = _met_at(ex, mentions, everywhere if kind is EventKind.OFFICIAL_VISIT else window)
        if met is not None:
            # "met Prime Minister Tony Blair at 10 Downing Street": the host of talks, where they were;
            # at an official residence its holder hosts, whoever met whom ("Mr Blair met the Italian
            # prime minister at Downing Street").
            found.place = met[1] or found.place
            resident = _resident(ex, found.place) if found.place is not None else None
            chair = resident or met[0]
    if chair is None and kind is EventKind.OFFICIAL_VISIT:
        # "X arrived for a three-day visit. He held talks with Prime Minister Y at Downing Street",
        # "Mr X will meet Y at Chequers": whom the visitor holds talks with hosts the visit (a
        # person or "he" before the verb: "MPs held talks with the minister" is a body's errand).
        met = _met_at(ex, mentions, everywhere, _VISITOR_MEETS_RE)
        if met is not None:
            found.place = met[1] or found.place
            resident = _resident(ex, found.place) if found.place is not None else None
            chair = resident or met[0]
    if chair is None and kind is EventKind.MEETING:
        chair = _after_cue(ex, mentions, window, _HOST_RE, ("person",))
        if chair is not None and found.place is not None:
            # "Prime Minister X held talks with his Spanish counterpart Y at Downing Street": at an
            # official residence its holder hosts, whoever holds talks with whom
            chair = _resident(ex, found.place) or chair
    if chair is None and kind is EventKind.MEETING:
        # "talks between five unions and Deputy Prime Minister X": the one person among the parties
        # receives the others; "X held talks with union leaders", "X met union leaders. The meeting
        # ...": the one holding talks with, or meeting, no one named hosts them
        chair = _one_between(ex, mentions, index, match.end(), end)
        chair = chair or _holding(ex, mentions, [*window, *earlier])
    if chair is None and kind is not EventKind.OFFICIAL_VISIT and word.lower() not in _UNCHAIRED:
        chair = _after_cue(ex, mentions, window, _HOSTED_BY_RE, ("person",))  # "hosted by X"
    if chair is None and kind is EventKind.OFFICIAL_VISIT and "hosted by" in ex.article:
        # "The visit, hosted by X,": its host, not whoever called, sponsored or held it
        chair = _after_cue(ex, mentions, window, _VISIT_HOSTED_BY_RE, ("person",))
    if chair is None and word.lower() not in _UNCHAIRED:
        chair = _event_chair(ex, word)
    if chair is None and word.lower() == "inquiry":
        # "Lord Hutton's inquiry": an inquiry is its chairman's
        chair = next(
            (
                ref
                for seen, ref in mentions.within(
                    ("person",), index, max(0, match.start() - 80), match.start()
                )
                if _POSSESSIVE_BEFORE_RE.fullmatch(text, seen.end, match.start())
            ),
            None,
        )
    if chair is None and word.lower() in _SITTINGS and word.lower() != "hearing":
        # "The Speaker, X, called for order": the chamber's sitting is the Speaker's (a committee's
        # hearing is its chairman's)
        chair = _speaker(ex)
    if chair is None and found.organisers and word.lower() not in _UNCHAIRED:
        chair = _committee_chair(ex, found.organisers[0])
    if chair is None and found.organisers and kind is EventKind.MEETING and "presidency" in ex.article:
        # "EU leaders met in Brussels ... Luxembourg's prime minister X, who holds the EU presidency":
        # the leader whose country holds a body's presidency chairs the body's summit
        chair = _presidency_holder(ex, mentions, found.organisers[0])
    if chair is None and found.place is not None and kind is EventKind.MEETING:
        chair = _resident(ex, found.place)
        if chair is None and _is_residence(ex, found.place):
            # "Mr Blair is holding talks with the Italian and German leaders at Downing Street": the
            # one holding talks at an official residence, no one named after "with", receives there.
            chair = _holder_at(ex, mentions, index, start, match.start())
            if chair is not None and _with_someone(ex, mentions, index, match.end(), end):
                # "X held talks at the White House with Y": either may live there
                chair = None
    if chair is not None:
        found.participants.append((chair, ParticipantRole.CHAIR))
    guest = _after_cue(ex, mentions, everywhere, _GUEST_RE, ("person",)) or _before_cue(
        ex, mentions, everywhere, _GUEST_AFTER_RE
    )
    if guest is not None and guest != chair:
        found.participants.append((guest, ParticipantRole.GUEST_OF_HONOUR))
    if guest is None and kind is not EventKind.MEETING:
        guest = _before_cue(ex, mentions, everywhere, _LAUNCHING_RE, after=False)
        if guest is not None and guest != chair:
            found.participants.append((guest, ParticipantRole.GUEST_OF_HONOUR))
    if kind is EventKind.OFFICIAL_VISIT and guest is None:
        guest = _last_person(ex, mentions, index, start, match.start())
        if guest is None and _HIS_RE.search(text, max(0, match.start() - 40), match.start()):
            # "Speaking during his first official visit to Britain, Gen X said": the visitor is the
            # one the sentence goes on to name
            after = mentions.within(("person",), index, match.end(), end)
            opened = after and _SUBJECT_AFTER_RE.fullmatch(text, match.end(), after[0][0].start)
            guest = after[0][1] if opened else None
        if guest is not None and guest != chair:
            found.participants.append((guest, ParticipantRole.GUEST_OF_HONOUR))
    found.start = _date(ex, index, start, end)
    ex.event = found


def _kind(word: str) -> EventKind:
    return next((k for w, k in _KINDS.items() if word.lower().endswith(w)), EventKind.OTHER)


def _first_head(ex: Extraction, heads: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
    """The first event noun of the report, passing one that its sentence only plans ("is due to join
    Mr X for a poster launch this week") when a later one follows: the report is about what
    happened, and what is due is mentioned in passing."""
    planned = None
    bodies = None  # the organisations' spans, looked up only for a noun that may be a body's
    for index, view in enumerate(ex.views):
        text = view.text
        plans = None  # whether the paragraph says what is due: asked once a noun is found in it
        for match in heads.finditer(text):
            word = match.group()
            if word.lower() in _STANDING:
                bodies = taken_spans(ex, ("organisation",)) if bodies is None else bodies
                if is_taken(Span(index, match.start(), match.end()), bodies) or _STANDING_BEFORE_RE.search(
                    text, max(0, match.start() - 16), match.start()
                ):
                    continue  # "the National Weather Service", "the civil service": a body, no event
            if word == "statement" and _SAID_IN_RE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "the firm said in a statement": how it was said, no event
            if plans is None:
                plans = (
                    "due to" in text or "expected to" in text or "set to" in text
                )  # quicker than the pattern
            if plans and _PLANNED_RE.search(text, sentence_bounds(text, match.start())[0], match.start()):
                planned = planned or (index, match)
                continue
            return index, match
    return planned


# Event nouns that also name standing bodies: inside an organisation's name ("Prison Service",
# "Trades Union Congress") or after a word of a body ("the civil service") they are no event.
_STANDING = frozenset(["service", "congress", "convention"])
_STANDING_BEFORE_RE = re.compile(
    r"\b(?:civil|health|public|national|secret|security|prison|probation|diplomatic|social|postal|"
    r"customer|financial|news|intelligence|fire|ambulance|emergency|military|community|passport|"
    r"immigration|prosecution|foreign|world|broadcasting|online|mobile|legal|party|trades union) $",
    re.IGNORECASE,
)
# Words that put an event in the future as an aside: "is due to", "is expected to".
_PLANNED_RE = re.compile(r"\b(?:is|are|was|were) (?:due|expected|set) to\b")
# A statement that is only how something was said: "said in a statement", "in a joint statement".
_SAID_IN_RE = re.compile(r"\b(?:in|issued|released) (?:a|an|its|their|his|her) (?:[a-z]+ )?$")


class _Mentions:
    """The mentions of the entities found before the event, in text order, by kinds; built once
    per kinds (the event finder runs last: nothing is added while it reads them)."""

    def __init__(self, ex: Extraction) -> None:
        self._ex = ex
        self._sorted: dict[tuple[str, ...], list[tuple[Span, Ref]]] = {}
        # The (block, start) of each mention, in the same order: what ``within`` bisects.
        self._keys: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def within(self, kinds: tuple[str, ...], block: int, start: int, end: int) -> list[tuple[Span, Ref]]:
        """The mentions of ``kinds`` starting in ``[start, end)`` of ``block``, in text order (a slice
        found by bisection, not a scan of every mention of the article)."""
        found = self(kinds)
        keys = self._keys[kinds]
        return found[bisect_left(keys, (block, start)) : bisect_left(keys, (block, end))]

    def __call__(self, kinds: tuple[str, ...]) -> list[tuple[Span, Ref]]:
        found = self._sorted.get(kinds)
        if found is None:
            found = [
                (span, (cluster.kind, cluster.key))
                for kind in kinds
                for cluster in self._ex.of_kind(kind)
                for span in cluster.spans
            ]
            found.sort(key=lambda item: (item[0].block, item[0].start))  # stable: ties keep kind order
            self._sorted[kinds] = found
            self._keys[kinds] = [(span.block, span.start) for span, _ in found]
        return found


def _place(
    ex: Extraction, mentions: _Mentions, block: int, start: int, end: int, *, alone: bool = False
) -> Ref | None:
    """The first place named after the event's noun in its sentence, close to it: a place many
    plain words later belongs to another phrase ("launched a plan to let clubs in England ...").
    What one firm or speaker does ``alone`` (a launch, an unveiling) is done at the gathering the
    sentence names, wherever it stands in it ("will unveil the chip at a conference in X")."""
    text = ex.views[block].text
    first = None
    found = mentions.within(("place",), block, start, end)
    if alone:
        # "unveiled at a conference in San Francisco": where it was done, past a place nearer the
        # noun ("launched its service in Germany at a ceremony in Dusseldorf": its market)
        for span, ref in found:
            if _GATHERING_IN_RE.search(text, max(0, span.start - 40), span.start):
                return ref
    for span, ref in found:
        if _HELD_IN_RE.search(text, max(0, span.start - 24), span.start):
            return ref  # "the conference, organised by X, will be held in Y": said of the event
        if len(_PLAIN_WORD_RE.findall(text, start, span.start)) > _PLACE_REACH:
            break
        if _CLAUSE_RE.search(text, start, span.start):
            break  # "delegates at the conference heard that China ...": what is said, not where
        at = _AT_RE.search(text, max(0, span.start - 16), span.start)
        if at is not None:
            # "talks with the leaders of Italy and Germany at Downing Street"; "the meeting at the
            # Treasury in London": the building the town situates
            return _venue_in(ex, mentions, block, at.start()) or ref
        if text.startswith(("'s ", "\u2019s "), span.end):
            continue  # "talks on Turkey's bid": a possessive place qualifies the topic
        if _TOPIC_RE.search(text, max(0, span.start - 16), span.start):
            continue  # "talks with Iran", "a summit on Iraq": a party or a topic, not the venue
        first = first or ref
    return first


# A gathering and where it is: "at a technology conference in San Francisco".
_GATHERING_IN_RE = re.compile(
    r"\bat (?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:conference|show|exhibition|fair|summit|forum|convention|event|ceremony|expo|festival)"
    r" (?:in|at) (?:the )?$"
)
# Verbs that say where the event itself is: past any distance in its sentence, the place is its.
_HELD_IN_RE = re.compile(
    r"\b(?:(?:be|being|was|were|is|are) held|(?:take|takes|took|taking) place|opened|opens|(?:will )?open)"
    r" (?:in|at) (?:the )?$"
)
# A clause of what is said or thought: a place in it is no venue ("said Turkey should join").
_CLAUSE_RE = re.compile(r" (?:that|said|says|told|added|warned|insisted|argued|heard|believes|thinks) ")
_TOPIC_RE = re.compile(r"\b(?:on|over|about|with|between|and|from|against|for|of) (?:the )?$")
_PLAIN_WORD_RE = re.compile(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*")
_PLACE_REACH = 7


def _place_before(ex: Extraction, mentions: _Mentions, block: int, head_start: int) -> Ref | None:
    """A place written right before the event's noun: "the Brussels summit", "London's conference"."""
    text = ex.views[block].text
    # a place ending a possessive and a word before the noun starts within a name's reach of it
    for span, ref in mentions.within(("place",), block, max(0, head_start - 120), head_start):
        if _PLACE_BEFORE_RE.fullmatch(text, span.end, head_start):
            return ref
    return None


_PLACE_BEFORE_RE = re.compile(r"(?:['\u2019]s)? (?:[a-z-]+ )?")


def _institution(
    ex: Extraction, mentions: _Mentions, block: int, start: int, end: int
) -> tuple[Span, Ref] | None:
    """An institution named after the event noun in its sentence, where its own events take place
    ("a statement ... to the Scottish Parliament")."""
    for span, ref in mentions.within(("organisation",), block, start, end):
        if _venue_name(ex.surface(span)):
            return span, ref
    return None


def _introduced_place(ex: Extraction, mentions: _Mentions, window: list[tuple[int, int, int]]) -> Ref | None:
    """The first place introduced by "in (the)", "at (the)", "visited": a place, or an institution
    where its own events are held ("in the Commons", "at Hartwell College")."""
    for block, start, end in window:
        text = ex.views[block].text
        for span, ref in mentions.within(("place", "organisation"), block, start, end):
            at = _AT_RE.search(text, max(0, span.start - 16), span.start)  # "in (the) X", "visited X"
            if at is None:
                continue
            if ref[0] == "place":
                return _venue_in(ex, mentions, block, at.start()) or ref
            if _is_institution(ex, ref) or (at.group().startswith("at ") and _is_premises(ex, ref)):
                return ref  # "in the Commons", "They met at the Treasury."
    return None


def _premises_at(ex: Extraction, mentions: _Mentions, block: int, start: int, end: int) -> Ref | None:
    """A seat of government named "at (the)" after the event's noun in its sentence ("talks at the
    White House", "a meeting at the Treasury"): where the talks are, not who holds them."""
    text = ex.views[block].text
    for span, ref in mentions.within(("organisation",), block, start, end):
        if _AT_THE_RE.search(text, max(0, span.start - 8), span.start) and _is_premises(ex, ref):
            return ref
    return None


_AT_THE_RE = re.compile(r"\bat (?:the )?$")


def _is_premises(ex: Extraction, ref: Ref) -> bool:
    """An official residence or a ministry known by its building (the Kremlin, the Treasury)."""
    found = ex.find(*ref)
    if found is None:
        return False
    name = found.preferred_name()
    return (
        name in vocab().residences
        or vocab().organisations.get(name, name) in vocab().ministry_venues
        or name.startswith(_MINISTRY_OPENERS)  # "talks at the Department of Health"
    )


# A government department's name, a building of its own: "at the Department for Work and Pensions".
_MINISTRY_OPENERS = ("Department of ", "Department for ", "Ministry of ", "Office of the ")


def _building_in_town(
    ex: Extraction, mentions: _Mentions, town: Ref, window: list[tuple[int, int, int]]
) -> Ref | None:
    """A building the report places something "at" after the event's sentence ("at the Sage
    Centre", "at the city's Albert Hall"), when the event's place is a town, not a building or a
    street."""
    v = vocab()
    found = ex.find(*town)
    if found is None or found.preferred_name().split(" ")[-1] in v.venue_heads:
        return None
    for block, start, end in window:
        text = ex.views[block].text
        for span, ref in mentions.within(("place",), block, start, end):
            if ex.surface(span).split(" ")[-1] in v.building_heads and _AT_BUILDING_RE.search(
                text, max(0, span.start - 30), span.start
            ):
                return ref
    return None


_AT_BUILDING_RE = re.compile(r"\b(?:at|in) (?:the )?(?:[\w-]+['\u2019]s )?$")


def _is_institution(ex: Extraction, ref: Ref) -> bool:
    """An organisation whose own events are held on its premises: a chamber, a court, a college."""
    found = ex.find(*ref)
    return found is not None and _venue_name(found.preferred_name())


def _venue_name(name: str) -> bool:
    """An institution's name whose own events take place on its premises, also by its known other
    name ("Holyrood", "Stormont": the Scottish Parliament, the Northern Ireland Assembly). A
    congress is one only as a chamber ("US Congress"): "the 3GSM World Congress" is a gathering,
    the "Trades Union Congress" a body."""
    v = vocab()
    words = v.organisations.get(name, name).split(" ")
    if words[-1] not in v.institution_venues:
        return False
    return words[-1] != "Congress" or (len(words) <= 2 and words[0] != "World")


def _only_institution(ex: Extraction) -> Ref | None:
    """The one institution that holds its own events named in the report, if only one is."""
    found = [(c.kind, c.key) for c in ex.of_kind("organisation") if _is_institution(ex, (c.kind, c.key))]
    return found[0] if len(found) == 1 else None


def _venue_in(ex: Extraction, mentions: _Mentions, block: int, cue: int) -> Ref | None:
    """The institution a place locates ("at Waverley Sports College in Southwark"): the venue,
    which the place only situates."""
    # the names ending right before the cue start within a name's reach of it
    for span, ref in mentions.within(("organisation",), block, max(0, cue - 120), cue):
        if span.end == cue - 1 and (_venue_name(ex.surface(span)) or _is_premises(ex, ref)):
            return ref
    return None


_HOLDER_COMPOUND_RE = re.compile(
    r"-(?:organised|organized|sponsored|hosted|convened|staged|run) (?:[a-z-]+ ){0,2}"
)


def _organiser(
    ex: Extraction, mentions: _Mentions, block: int, sentence_start: int, head_start: int, head_end: int
) -> Ref | None:
    """The organisation written right before the noun ("EU summit", "Labour's conference"), else
    the one it is "of" ("a meeting of the PLP"), else the one the sentence opens on."""
    text = ex.views[block].text
    opening = None
    for span, ref in mentions.within(("organisation",), block, sentence_start, head_start):
        if span.end > head_start:
            if span.end <= head_end:
                return ref  # "the Tory party conference": the name ends on the noun's first word
            continue
        if _HOLDER_COMPOUND_RE.fullmatch(text, span.end, head_start):
            return ref  # "a TUC-organised rally", "UN-sponsored talks"
        if _ORGANISER_BEFORE_RE.fullmatch(text, span.end, head_start):
            if _AT_THE_RE.search(text, max(0, span.start - 8), span.start) and _is_premises(ex, ref):
                continue  # "met them at the Treasury for talks": where they met, not whose talks
            return ref
        if (
            opening is None
            and _SUBJECT_LEAD_RE.fullmatch(text, sentence_start, span.start)
            and not text.startswith("-", span.end)  # "The Labour-run council": the council is
        ):
            # The sentence is about what the organisation does ("Members of the X committee
            # visited"); a name qualifying the next ("the Commons ... committee") gives way to it.
            following = [
                r for s, r in mentions(("organisation",)) if s.block == block and s.start == span.end + 1
            ]
            opening = following[0] if following else ref
    found = _organiser_after(ex, mentions, block, head_end) or opening
    if found is None and _PARTYS_RE.search(text, max(0, head_start - 40), head_start):
        found = _last_party(ex, mentions, block, head_start)
        # "Tory leader X told the party's spring forum ... the Tories": the party of a post before
        found = found or _party_in_sentence(ex, mentions, text, sentence_start, head_start)
    if found is None and (
        _BODYS_RE.search(text, max(0, head_start - 40), head_start)
        or _BODY_ITS_RE.fullmatch(text, sentence_start, head_start)
    ):
        # "Acme said ... Shareholders at the firm's annual meeting", "The company will hold its AGM":
        # the organisation named last before holds it
        found = _last_organisation(mentions, block, head_start)
    if found is None:
        found = _party_of_adjective(ex, mentions, text, head_start)
    return found


# "the Tory conference", "the Liberal Democrat spring conference": a party adjective before the noun.
_ADJECTIVE_BEFORE_RE = re.compile(r"((?:[A-Z][a-z]+ ){1,2})(?:[Pp]arty )?(?:[a-z-]+ ){0,2}$")


def _party_of_adjective(ex: Extraction, mentions: _Mentions, text: str, head_start: int) -> Ref | None:
    """The party a party adjective before the noun names, when the report names it as a party
    ("the Tory conference ... the Tories"; "Liberal Democrat" and "the Liberal Democrats")."""
    before = _ADJECTIVE_BEFORE_RE.search(text, max(0, head_start - 60), head_start)
    adjective = before.group(1).strip() if before else ""
    return _party_named(ex, mentions, adjective) if adjective in vocab().party_adjectives else None


def _party_in_sentence(ex: Extraction, mentions: _Mentions, text: str, start: int, end: int) -> Ref | None:
    """The party a party adjective in ``text[start:end]`` names ("Tory leader X"), when the report
    names that party and the words name one party only."""
    adjectives = vocab().party_adjectives
    named = {
        ref
        for word in _PARTY_WORD_RE.findall(text, start, end)
        if word in adjectives and (ref := _party_named(ex, mentions, word)) is not None
    }
    return named.pop() if len(named) == 1 else None


_PARTY_WORD_RE = re.compile(r"[A-Z][a-z]+(?: Dem(?:ocrat)?\b)?")


def _party_named(ex: Extraction, mentions: _Mentions, adjective: str) -> Ref | None:
    """The organisation the report names as the party of ``adjective`` ("the Tories", "Labour"),
    by any of its forms ("Tory leader" and "the Conservatives")."""
    party_of = vocab().party_of
    party = party_of.get(adjective, adjective)
    named_party = f"{adjective.lower()} party"  # "the Labour party"
    for span, ref in mentions(("organisation",)):
        name = ex.surface(span)
        single = name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")
        if party in (party_of.get(name), party_of.get(single)) or name.lower() == named_party:
            return ref
    return None


def _organiser_elsewhere(ex: Extraction, mentions: _Mentions, word: str, head: tuple[int, int]) -> Ref | None:
    """The organisation written right before or after another mention of the event's noun ``word``
    in the report ("the PLP meeting", "a meeting of the PLP")."""
    for block, view in enumerate(ex.views):
        text = view.text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            plain = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if plain and (block, at) != head:
                # an organisation ending right before the noun, with two words at most between
                for span, ref in mentions.within(("organisation",), block, max(0, at - 80), at):
                    if span.end <= at and _ORGANISER_BEFORE_RE.fullmatch(text, span.end, at):
                        return ref
                after = _organiser_after(ex, mentions, block, end)
                if after is not None:
                    return after
            at = text.find(word, at + 1)
    return _named_elsewhere(ex, mentions, word)


def _named_elsewhere(ex: Extraction, mentions: _Mentions, word: str) -> Ref | None:
    """The organisation opening a capitalised name that another mention of the noun ends ("told a
    conference in London ... at the Financial Times New Media and Broadcasting Conference")."""
    capital = word[:1].upper() + word[1:]
    if capital == word or capital not in ex.article:
        return None
    for block, view in enumerate(ex.views):
        text = view.text
        at = text.find(capital)
        while at >= 0:
            end = at + len(capital)
            follows = text[end : end + 2]
            # a whole word, ending the name ("the Sony Conference Centre" is a venue's)
            if not follows[:1].isalnum() and not (follows[:1] == " " and follows[1:].isupper()):
                before = _NAMED_RE.search(text, 0, at)
                if before is not None and before.group().split(" ")[0] not in vocab().stop_words:
                    opener = _name_opener(mentions, Span(block, before.start(), end))
                    if opener is not None:
                        return opener
            at = text.find(capital, at + 1)
    return None


def _place_elsewhere(ex: Extraction, mentions: _Mentions, word: str, head: tuple[int, int]) -> Ref | None:
    """The place, or the institution, right after another mention of the event's noun ``word`` that
    refers back to it ("after the talks in Brussels", "at the summit at Gleneagles"; not "a meeting
    in Paris last year", another one)."""
    for block, view in enumerate(ex.views):
        text = view.text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            back = _BACK_REF_RE.search(text, max(0, at - 30), at) if (block, at) != head else None
            cue = _AT_AFTER_RE.match(text, end) if back is not None else None
            if cue is not None:
                for _, ref in mentions.within(("place", "organisation"), block, cue.end(), cue.end() + 1):
                    if ref[0] == "place" or _is_institution(ex, ref):
                        return ref
            at = text.find(word, end)
    return None


# "the talks", "this week's summit", "Monday's meeting": a mention that refers back to the event.
_BACK_REF_RE = re.compile(r"\b(?:the|this|that|(?:[A-Z][a-z]+day|week|weekend)['\u2019]s) (?:[\w-]+ ){0,2}$")
_AT_AFTER_RE = re.compile(r" (?:in|at) (?:the )?")


# "at the party's spring conference": the party the report named last holds it.
_PARTYS_RE = re.compile(r"\b(?:the|its|their|his|her) party['\u2019]s (?:[a-z-]+ ){0,2}$")


# "the firm's annual meeting", "The company will hold its AGM": a body referred back to (the
# sentence about it, not one about someone else's: "the minister will address its conference").
_BODY_NOUNS = (
    r"(?:firm|company|group|bank|union|association|federation|organisation|society"
    r"|committee|council|commission|board)"
)
_BODYS_RE = re.compile(rf"\b(?:the|its) {_BODY_NOUNS}['\u2019]s (?:[a-z-]+ ){{0,2}}$")
_BODY_ITS_RE = re.compile(rf"[Tt]he {_BODY_NOUNS} (?:[^.;:]+ )?its (?:[a-z-]+ ){{0,2}}")


def _last_organisation(mentions: _Mentions, block: int, before: int) -> Ref | None:
    """The organisation named last before ``before`` in ``block`` or earlier."""
    found = [ref for span, ref in mentions(("organisation",)) if (span.block, span.start) < (block, before)]
    return found[-1] if found else None


def _last_party(ex: Extraction, mentions: _Mentions, block: int, before: int) -> Ref | None:
    """The party named last before ``before`` in ``block`` or earlier: an organisation named as a
    party ("Labour", "the Tories", "Lib Dems", "Scottish National Party")."""
    adjectives = vocab().party_adjectives
    chosen = None
    for span, ref in mentions(("organisation",)):
        if (span.block, span.start) >= (block, before):
            break
        name = ex.surface(span)
        single = name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")
        if name in adjectives or single in adjectives or name.endswith((" Party", " party")):
            chosen = ref
    return chosen


def _members_of(ex: Extraction, mentions: _Mentions) -> Ref | None:
    """The body a sentence of the lead (the first two of the first paragraph, or of the second after
    a standfirst) opens on its members or a delegation of: "Members of the X committee", "A
    delegation from X" ("A group of MPs has been to X. Members of the Y committee ...")."""
    for block in range(min(2, len(ex.views))):
        text = ex.views[block].text
        _, first = sentence_bounds(text, 0)
        opening = min((p for p in sentence_starts(text) if p >= first), default=len(text))
        _, end = sentence_bounds(text, opening) if opening < len(text) else (0, first)
        for span, ref in mentions.within(("organisation",), block, 0, end):
            sentence = 0 if span.start < first else opening
            if _MEMBERS_RE.fullmatch(text, sentence, span.start) is not None:
                following = mentions.within(("organisation",), block, span.end + 1, span.end + 2)
                return following[0][1] if following else ref  # "the Commons ... committee": the committee
    return None


_MEMBERS_RE = re.compile(
    r"(?:Members|MPs|MSPs|MEPs|Peers|Delegates|Representatives|Officials|A delegation|A team)"
    r" (?:of|from|on) (?:the )?"
)

_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:The|the) "
    r"|(?:Members|MPs|Delegates|Representatives|Officials|A delegation|A team) (?:of|from|on) (?:the )?)?"
)


def _name_opener(mentions: _Mentions, name: Span) -> Ref | None:
    for span, ref in mentions(("organisation",)):
        if span.block == name.block and span.start == name.start and span.end < name.end:
            return ref
    return None


def _organiser_after(ex: Extraction, mentions: _Mentions, block: int, head_end: int) -> Ref | None:
    """The organisation whose event it is, named after the noun: "a meeting of the parliamentary
    Labour party", "the annual conference of the TUC"."""
    text = ex.views[block].text
    of = _OF_RE.match(text, head_end)
    if of is None:
        return None
    # "a hearing of the Senate foreign relations committee": a chamber's word may stand before it
    qualifier = _QUALIFIER_RE.match(text, of.end())
    # the body the chamber's word qualifies first: "the Commons" is a name of its own there
    starts = (qualifier.end(), of.end()) if qualifier is not None else (of.end(),)
    for at in starts:
        found = mentions.within(("organisation",), block, at, at + 1)
        if found:
            return found[0][1]
    return None


_QUALIFIER_RE = re.compile(r"[A-Z][a-z]+ (?=[a-z])")
_TO_RE = re.compile(r" to (?:the )?")


# "a meeting of the PLP"; "talks between Qatar Petroleum and CNOOC": the first-named of equal
# parties organises (as the conventions say).
_OF_RE = re.compile(r" (?:of|between) (?:the |its |their )?")


def _resident(ex: Extraction, place: Ref) -> Ref | None:
    """Talks at an official residence are hosted by the one person holding its post ("talks at
    Downing Street": the prime minister, not the "Italian Prime Minister")."""
    found = ex.find(*place)
    post = vocab().residences.get(found.preferred_name()) if found is not None else None
    if post is None:
        return None
    holders = [
        cluster
        for cluster in ex.of_kind("person")
        if any(title.casefold() in (post, f"uk {post}", f"british {post}") for title in cluster.titles)
    ]
    return (holders[0].kind, holders[0].key) if len(holders) == 1 else None


def _is_residence(ex: Extraction, place: Ref) -> bool:
    found = ex.find(*place)
    return found is not None and found.preferred_name() in vocab().residences


# "The TUC, which organised it, said ...": the body before a relative clause that holds the event.
_ORGANISED_IT_RE = re.compile(
    r", (?:which|who) (?:organised|organized|staged|convened|hosted) (?:(it|them|the event)\b|the )"
)


def _organised_it(ex: Extraction, mentions: _Mentions, kind: EventKind) -> Ref | None:
    """The organisation a clause "which organised it" (or "the conference", an event of the
    report's kind) follows, anywhere in the report."""
    if all(needle not in ex.article for needle in ("rganise", "rganize", "staged", "onvened", "hosted")):
        return None  # none of the verbs anywhere in the report
    for span, ref in mentions(("organisation",)):
        text = ex.views[span.block].text
        cue = _ORGANISED_IT_RE.match(text, span.end)
        if cue is None:
            continue
        if cue.group(1):
            return ref
        head = _object_head(text, cue.end())
        if head is not None and _kind(head.group()) is kind:
            return ref
    return None


def _committee_chair(ex: Extraction, organiser: Ref) -> Ref | None:
    """A committee's own event is chaired by its chairman: the one person whose post is the
    committee's chair ("committee chairman Michael Jack"); any other body's by the one whose post
    names it as its chair ("PLP chairman Ann Lee", "chairwoman of the Federation of ...")."""
    body = ex.find(*organiser)
    if body is None:
        return None
    posts = [
        (cluster, [title for title in cluster.titles if "hair" in title and _CHAIR_POST_RE.search(title)])
        for cluster in ex.of_kind("person")
    ]
    posts = [(cluster, titles) for cluster, titles in posts if titles]
    if posts and not body.preferred_name().casefold().endswith("committee"):
        names = {name for name in [*body.names(), body.abbreviation] if name}
        words = {word.casefold() for name in names for word in name.split(" ")}
        named = [
            (c, t)
            for c, t in posts
            if any(_names_in(name, title) or _of_words(title, words) for title in t for name in names)
        ]
        # "Its chairman, Tom Ward", "the association's chairman": a bare chair's post, no body
        # named in it, is the organiser's when no post names the organiser.
        posts = named or [(c, t) for c, t in posts if any(title in _BARE_CHAIRS for title in t)]
    return (posts[0][0].kind, posts[0][0].key) if len(posts) == 1 else None


# "who holds the EU presidency", "Luxembourg, which currently holds the rotating presidency".
_PRESIDENCY_RE = re.compile(
    r"(?<!will )(?<!to )\bhold(?:s|ing)? the (?:current |rotating |six-month )*"
    r"(?:([A-Z][\w ]*?) )?presidency\b"
)
# A country's leader named after its possessive and post: "Luxembourg's prime minister, X".
_COUNTRYS_POST_RE = re.compile(r"(?:['\u2019]s)? (?:[a-z-]+ ){1,3}?(?:minister|president|premier|leader),? ")


def _presidency_holder(ex: Extraction, mentions: _Mentions, organiser: Ref) -> Ref | None:
    """The person said to hold the presidency of the summit's body (its name, if written, is the
    organiser's), or the leader of the country said to hold it."""
    body = ex.find(*organiser)
    if body is None or body.preferred_name() not in vocab().summit_bodies:
        return None
    names = {name for name in [*body.names(), body.abbreviation] if name}
    for block, view in enumerate(ex.views):
        text = view.text
        if "presidency" not in text:
            continue  # a substring test, quicker than the pattern (which opens on lookbehinds)
        for cue in _PRESIDENCY_RE.finditer(text):
            if cue.group(1) and cue.group(1) not in names:
                continue  # another body's presidency
            start, _ = sentence_bounds(text, cue.start())
            before = mentions.within(("person", "place"), block, start, cue.start())
            if not before:
                continue
            kind, key = before[-1][1]
            if kind == "person":
                return before[-1][1]
            return _country_leader(ex, mentions, (kind, key))
    return None


def _country_leader(ex: Extraction, mentions: _Mentions, country: Ref) -> Ref | None:
    """The one person named right after the country's name and a leader's post ("Luxembourg's prime
    minister, X", "the Luxembourg prime minister X")."""
    leaders: set[Ref] = set()
    for span, ref in mentions(("place",)):
        post = _COUNTRYS_POST_RE.match(ex.views[span.block].text, span.end) if ref == country else None
        if post is not None:
            leaders.update(
                person for _, person in mentions.within(("person",), span.block, post.end(), post.end() + 1)
            )
    return next(iter(leaders)) if len(leaders) == 1 else None


_CHAIR_WORDS = frozenset(["chair", "chairman", "chairwoman", "of", "the"])


def _of_words(title: str, words: set[str]) -> bool:
    """The words of ``title`` besides its chair's are words of the body's name ("chairwoman of the
    parliamentary party" for the Parliamentary Labour Party; one word, "of the party", may name
    another body of that word)."""
    rest = [w for w in title.casefold().split(" ") if w not in _CHAIR_WORDS]
    return len(rest) > 1 and all(w in words for w in rest)


def _event_chair(ex: Extraction, word: str) -> Ref | None:
    """The one person whose post is the chair of an event of the noun ("conference chairman X",
    "the summit's chairman")."""
    noun = word.casefold().split(" ")[-1]
    if not any(f"{noun[1:]}{mark} {head}" in ex.article for mark in _MARKS for head in _EVENT_CHAIRS):
        return None  # no such post written anywhere ("onference chairman": either case of its capital)
    posts = {f"{noun}{mark} {head}" for mark in _MARKS for head in _EVENT_CHAIR_POSTS}
    people = ex.of_kind("person")
    holders = [cluster for cluster in people if any(title.casefold() in posts for title in cluster.titles)]
    return (holders[0].kind, holders[0].key) if len(holders) == 1 else None


def _speaker(ex: Extraction) -> Ref | None:
    """The one person whose post is a chamber's Speaker or presiding officer ("Commons Speaker X",
    "the Speaker, X,"): who chairs its sittings. None for a deputy, or when two hold such posts."""
    if "Speaker" not in ex.article and "Presiding Officer" not in ex.article:
        return None
    holders = [
        cluster
        for cluster in ex.of_kind("person")
        if any(_SPEAKER_POST_RE.fullmatch(title) for title in cluster.titles)
    ]
    return (holders[0].kind, holders[0].key) if len(holders) == 1 else None


# A chamber's Speaker, by the chamber's name before it or after "of the".
_SPEAKER_POST_RE = re.compile(
    r"(?:(?:Commons|House|Lords|Assembly|Senate|Dail) )?(?:Lord )?(?:Speaker|Presiding Officer)"
    r"(?: of the [A-Z][\w ]+)?"
)


def _names_in(name: str, title: str) -> bool:
    """``name`` is written in ``title`` as whole words."""
    at = title.find(name)
    end = at + len(name)
    return (
        at >= 0
        and (at == 0 or not title[at - 1].isalnum())
        and (end == len(title) or not title[end].isalnum())
    )


# The heads of a post that chairs the event its noun names ("conference chairman", "summit host").
_EVENT_CHAIR_POSTS = ("chairman", "chairwoman", "chair", "host")
_EVENT_CHAIRS = ("chair", "host")  # what the posts begin with: a needle for them all
_MARKS = ("", "'s", "\u2019s")
_BARE_CHAIRS = frozenset(["chairman", "chairwoman", "chair", "Chairman", "Chairwoman", "Chair"])
_CHAIR_POST_RE = re.compile(r"\b(?:chair|chairman|chairwoman)\b", re.IGNORECASE)


def _summit_body(ex: Extraction, mentions: _Mentions, block: int, start: int, end: int) -> Ref | None:
    """A body that holds summits (the EU, the UN, Nato), named in the summit's sentence."""
    bodies = vocab().summit_bodies
    for span, ref in mentions.within(("organisation",), block, start, end):
        if ex.surface(span) in bodies:
            return ref
    return None


def _met_at(
    ex: Extraction, mentions: _Mentions, window: list[tuple[int, int, int]], cue_re: re.Pattern[str] = _MET_RE
) -> tuple[Ref, Ref | None] | None:
    """The person met ("met Prime Minister Tony Blair") and the place "at" which, if named; with
    ``_VISITOR_MEETS_RE``, met or held talks with by a person (or "he", "she") the sentence opens on."""
    needles = ("met ",) if cue_re is _MET_RE else ("meet", "talks with")
    if all(needle not in ex.article for needle in needles):
        return None  # no cue anywhere in the report: one test, not one a paragraph
    for block, start, end in window:
        text = ex.views[block].text
        if all(needle not in text for needle in needles):
            continue  # no cue in the paragraph: a substring test is quicker than the pattern
        for cue in cue_re.finditer(text, start, end):
            person = next(iter(mentions.within(("person",), block, cue.end(), cue.end() + 41)), None)
            if person is None:
                continue
            if cue_re is not _MET_RE and not _by_a_person(ex, mentions, block, cue.start()):
                continue
            at = text.find(" at ", person[0].end, person[0].end + 4)
            place = (
                next((r for _, r in mentions.within(("place",), block, at + 4, at + 10)), None)
                if at >= 0
                else None
            )
            return person[1], place
    return None


# "He held talks with X", "Mr Y will meet X", "has had talks with X" (not "met": ``_MET_RE``).
_VISITOR_MEETS_RE = re.compile(
    r"(?:h(?<!\wh)(?:eld|olds?|olding|ad|ave|as had)|w(?<!\ww)ill have) talks with |m(?<!\wm)eets? (?:with )?"
)
_SUBJECT_PRONOUN_RE = re.compile(r"(?:He|She)\b")


def _by_a_person(ex: Extraction, mentions: _Mentions, block: int, cue: int) -> bool:
    """The sentence of the cue at ``cue`` opens on a person's name or on "He" / "She", and names no
    one else before the cue (``_met_at``)."""
    text = ex.views[block].text
    opening, _ = sentence_bounds(text, cue)
    before = mentions.within(("person",), block, opening, cue)
    if before:
        return before[0][0].start <= opening + 4 and len({ref for _, ref in before}) == 1
    return _SUBJECT_PRONOUN_RE.match(text, opening) is not None


def _receiving(ex: Extraction, mentions: _Mentions, window: list[tuple[int, int, int]]) -> Ref | None:
    """The one person who holds talks with several ("Mr Blair held talks with Ana Rossi and Jan
    Berg"): one meeting several equal guests receives them, and hosts; the person named before
    the cue in its sentence. With one person after the cue either side may be the host."""
    people = mentions(("person",))
    for block, start, end in window:
        text = ex.views[block].text
        if "met" not in text and "meet" not in text and "talks with" not in text:
            continue  # neither "meet(s)", "met", "meeting" nor "talks with": no cue in the paragraph
        for cue in _RECEIVING_RE.finditer(text, start, end):
            after = mentions.within(("person",), block, cue.end(), cue.end() + 41)
            if not after:
                continue
            first_span, first = after[0]
            joined = any(
                s.block == block and r != first and _JOINED_RE.fullmatch(text, first_span.end, s.start)
                for s, r in people
            )
            if not joined:
                return None
            opening, _ = sentence_bounds(text, cue.start())
            before = mentions.within(("person",), block, opening, cue.start())
            return before[-1][1] if before else None
    return None


# "talks with X and Y", "will meet X, Y and Z": another person joined to the first, perhaps after
# the words of a post ("X and German Chancellor Y").
_JOINED_RE = re.compile(r"(?:,? and|,) (?:[\w'-]+ ){0,4}")
_RECEIVING_RE = re.compile(r"m(?<!\wm)(?:eets?|et|eeting)(?: with)? |t(?<!\wt)alks with ")


def _one_between(ex: Extraction, mentions: _Mentions, block: int, head_end: int, end: int) -> Ref | None:
    """The one person named among the parties "between" whom the talks are held, right after the
    noun ("talks between five public sector unions and Deputy Prime Minister X")."""
    text = ex.views[block].text
    if not text.startswith(" between ", head_end):
        return None
    people = {ref for _, ref in mentions.within(("person",), block, head_end, min(end, head_end + 120))}
    return next(iter(people)) if len(people) == 1 else None


# "X held talks with union leaders"; "X met union leaders" (its object a common noun: not "met
# in Paris", "met him").
# the public one meets around an event, not the parties to it: "X met reporters afterwards"
_PUBLIC = (
    r"reporters|journalists|the press|the media|protesters|demonstrators|supporters|well-wishers"
    r"|crowds|fans|pupils|students|families|relatives|survivors|victims|residents|voters|staff|troops"
)
_HOLDING_RE = re.compile(
    r"h(?<!\wh)(?:eld|olds?|olding) (?:talks|(?:a|an) (?:[\w-]+ )?(?:meeting|summit)) with "
    rf"(?!(?:{_PUBLIC})\b)"
    r"|(m)(?<!\wm)(?:et(?: with)?|eets) (?!(?:in|at|on|of|for|to|by|after|before|during|again|privately"
    rf"|yesterday|today|last|this|next|up|him|her|them|us|each|one|his|their|{_PUBLIC})\b)"
    r"(?=[a-z])"
)


def _holding(ex: Extraction, mentions: _Mentions, window: list[tuple[int, int, int]]) -> Ref | None:
    """The person holding talks with, or meeting, others no name is given for ("X held talks with
    union leaders", "X met union leaders"): the last one named before the cue in its sentence (the
    one named there, for "met": "X and Y met union leaders" are two)."""
    for block, start, end in window:
        text = ex.views[block].text
        if all(cue not in text for cue in ("talks with", "met", "meet", "summit with")):
            continue
        for cue in _HOLDING_RE.finditer(text, start, end):
            if mentions.within(("person",), block, cue.end(), cue.end() + 41):
                continue  # "held talks with X": X hosts (``_HOST_RE``)
            opening, _ = sentence_bounds(text, cue.start())
            before = mentions.within(("person",), block, opening, cue.start())
            if before and (cue.group(1) is None or len({ref for _, ref in before}) == 1):
                return before[-1][1]
    return None


_HOSTS_NEEDLES = ("host", "welcom", "invit", "receiv", "summon", " together ")


def _host(ex: Extraction, mentions: _Mentions, window: list[tuple[int, int, int]]) -> Ref | None:
    """The person who hosts the talks: the last one named before "host(s/ed) talks" in its sentence."""
    if all(word not in ex.article for word in _HOSTS_NEEDLES):
        return None  # none of the words anywhere in the report: one test, not one a paragraph
    for block, start, end in window:
        text = ex.views[block].text
        if all(word not in text for word in _HOSTS_NEEDLES):
            continue
        for cue in _HOSTS_RE.finditer(text, start, end):
            opening, _ = sentence_bounds(text, cue.start())
            before = mentions.within(("person",), block, opening, cue.start())
            if before:
                return before[-1][1]
    return None


def _named(text: str, head: re.Match[str]) -> tuple[int, str] | None:
    """The event's own name when the noun ends a capitalised name ("Four Nations Flood Summit")."""
    if not head.group()[:1].isupper():
        return None
    before = _NAMED_RE.search(text, 0, head.start())
    if before is None or before.group().split(" ")[0] in vocab().stop_words:
        return None
    return before.start(), text[before.start() : head.end()]


def _with_cue_words(
    ex: Extraction, window: list[tuple[int, int, int]], needles: tuple[str, ...]
) -> list[tuple[int, int, int]]:
    """The parts of ``window`` in views that hold one of ``needles``, the words a cue cannot do
    without (a substring test is quicker than the cue's regex). For a window of many views, each
    needle is searched for once in the article (no needle holds a line break), not once a view."""
    views = ex.views
    if len(window) <= 2:
        return [part for part in window if any(needle in views[part[0]].text for needle in needles)]
    article, starts = ex.article, ex.block_starts
    holding: set[int] = set()
    for needle in needles:
        at = article.find(needle)
        while at >= 0:
            block = bisect_right(starts, at) - 1
            holding.add(block)
            at = article.find(needle, starts[block + 1]) if block + 1 < len(starts) else -1
    return [part for part in window if part[0] in holding]


def _after_cue(
    ex: Extraction,
    mentions: _Mentions,
    window: list[tuple[int, int, int]],
    cue_re: re.Pattern[str],
    kinds: tuple[str, ...],
    before_re: re.Pattern[str] | None = None,
) -> Ref | None:
    """The first entity of ``kinds`` named right after a cue ("talks with", "hosted by"); with
    ``before_re``, of a cue that the text before it ends as that pattern says."""
    needles = _CUE_NEEDLES.get(cue_re)
    for block, start, end in window if needles is None else _with_cue_words(ex, window, needles):
        text = ex.views[block].text
        for cue in cue_re.finditer(text, start, end):
            if before_re is not None and not before_re.search(text, max(0, cue.start() - 60), cue.start()):
                continue
            # The first mention within reach of the cue's end.
            after = mentions.within(kinds, block, cue.end(), cue.end() + 41)
            if after:
                return after[0][1]
    return None


def _before_cue(
    ex: Extraction,
    mentions: _Mentions,
    window: list[tuple[int, int, int]],
    cue_re: re.Pattern[str],
    *,
    after: bool = True,
    kind: EventKind | None = None,
) -> Ref | None:
    """The person a cue follows ("Thomas Reed, who chaired the talks", "X was guest of honour"),
    or with ``after=False`` the person a cue ends right before ("Launching the plan, Mr Blair").
    With ``kind``, a cue whose object is an event of another kind is passed: "Mr Brown, who chaired
    the meeting" in a report on a conference chaired that meeting, not the conference."""
    for block, start, end in _with_cue_words(ex, window, _NEEDLES[cue_re]):
        text = ex.views[block].text
        for span, ref in mentions.within(("person",), block, start, end):
            if not after:
                if cue_re.search(text[max(0, span.start - 100) : span.start]):
                    return ref
                continue
            cue = cue_re.match(text, span.end)  # right after the name
            # The cue is about this person when no other person is named before it.
            if (
                cue is not None
                and not mentions.within(("person",), block, span.end + 1, cue.end())
                and (kind is None or not _of_another_kind(text, cue.end(), kind))
            ):
                return ref
    return None


# The object of a verb ends at the next punctuation ("chaired the TUC meeting, which ...").
_OBJECT_END_RE = re.compile(r"[,.;:]")


def _object_head(text: str, at: int) -> re.Match[str] | None:
    """The event noun in the object of a verb ending at ``at``, if any."""
    stop = _OBJECT_END_RE.search(text, at, at + 50)
    return vocab().event_heads.search(text, at, stop.start() if stop else at + 50)


def _of_another_kind(text: str, at: int, kind: EventKind) -> bool:
    head = _object_head(text, at)
    return head is not None and _kind(head.group()) is not kind


# "X told a Downing Street summit", "X, speaking at the talks at Number 10,": one who speaks at
# or attends the event, not one who holds it.
_SPEAKING_RE = re.compile(
    r"\b(?:told|tells|addressed|addresses|spoke|speaks|speaking|said|says|attended|attends|attending"
    r"|joined|joins|arrived|arrives|briefed|urged|warned)\b"
)


def _holder_at(ex: Extraction, mentions: _Mentions, block: int, start: int, end: int) -> Ref | None:
    """The first person named before the event's noun in its sentence, unless the words between
    them say that person only speaks at it or attends it."""
    first = next(iter(mentions.within(("person",), block, start, end)), None)
    if first is None or _SPEAKING_RE.search(ex.views[block].text, first[0].end, end):
        return None
    return first[1]


_HIS_RE = re.compile(r"\b(?:his|her) (?:[\w-]+ ){0,3}$")
# The rest of an opening phrase up to its subject's name, perhaps after a rank or a post.
_SUBJECT_AFTER_RE = re.compile(r"[^,.;:\"]*, (?:[A-Z][\w.'-]* ){0,3}")
_WITH_RE = re.compile(r" with (?:[\w'-]+ ){0,4}")


def _with_someone(ex: Extraction, mentions: _Mentions, block: int, start: int, end: int) -> bool:
    """A person is named after "with" (and a few words of a post) in ``[start, end)`` of ``block``."""
    text = ex.views[block].text
    at = text.find(" with ", start, end)
    if at < 0:
        return False
    return any(
        _WITH_RE.fullmatch(text, at, span.start) for span, _ in mentions.within(("person",), block, at, end)
    )


def _last_person(ex: Extraction, mentions: _Mentions, block: int, start: int, end: int) -> Ref | None:
    chosen = None
    for span, ref in mentions(("person",)):
        if span.block == block and start <= span.start < end:
            chosen = ref
    return chosen


def _date(ex: Extraction, block: int, start: int, end: int) -> PartialDate | None:
    """A full date in the event's sentence, else the day the dates finder knows for an event (the
    day an anniversary is marked on)."""
    for finding in ex.dates.values():
        for span in finding.spans:
            if span.block == block and start <= span.start < end and finding.value.day is not None:
                return finding.value
    marked = [d.value for d in ex.dates.values() if d.role is DateRole.EVENT and d.value.day is not None]
    return marked[0] if len(marked) == 1 else None
