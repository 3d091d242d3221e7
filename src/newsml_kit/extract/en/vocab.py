"""The English vocabularies (``extract/data/en/*.txt``), compiled once into the patterns the
finders use. Every word list lives in one data file; this module only builds lookups from them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from newsml_kit.extract.en.grammar import table_keys
from newsml_kit.extract.vocab import aliases, alternation, entries

LANG = "en"


def words(name: str) -> tuple[str, ...]:
    """The entries of the English table ``name``."""
    return entries(LANG, name)


# The end of a whole word: no letter or hyphen goes on, nor a contraction ("Labour'll"); a
# possessive "'s" may follow.
_WORD_END = r"(?![\w-]|['\u2019]\w\w)"
_WORD_CHAR = r"[\w-]"


def _table(items: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """Any of ``items`` as whole words (not inside a longer word or a hyphenated one)."""
    return re.compile(rf"(?:{_at_word(items)}){_WORD_END}")


def _at_word(items: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``items`` matching only at the start of a word (not after a hyphen)."""
    return alternation(items, word_start=True, after=r"[\w-]")


def _lower_words(items: tuple[str, ...] | list[str], after: str = r"\w") -> str:
    """An alternation of mostly lower-case ``items`` at the start of a word (not after ``after``).

    For words of small letters the boundary is checked before the alternation: one cheap test
    at each position, where the check after the first letter (``alternation(word_start=True)``)
    would enter the alternation at nearly every letter of the text; three times faster."""
    return rf"(?<!{after})(?:{alternation(items)})"


def _both_cases(items: tuple[str, ...]) -> list[str]:
    """Each entry as written and with a capital first letter (a sentence's first word)."""
    return [*items, *(item[:1].upper() + item[1:] for item in items)]


def _needles(names: list[str]) -> tuple[str, ...]:
    """Words one of which each of ``names`` holds (their last words, none holding another): a
    text without any of them has none of the names, a quicker test than the pattern."""
    last = {name.split(" ")[-1] for name in names}
    return tuple(sorted(word for word in last if not any(other != word and other in word for other in last)))


@dataclass(frozen=True)
class Vocab:
    honorifics: frozenset[str]
    name_styles: frozenset[str]
    style_titles: frozenset[str]
    ranks: frozenset[str]
    rank_re: re.Pattern[str]
    title_heads: frozenset[str]
    title_words: frozenset[str]
    given_names: frozenset[str]
    places: dict[str, str]
    places_re: re.Pattern[str]
    # The words the names of a table of capitalised names open on (``grammar.table_matches``).
    places_keys: frozenset[str] | None
    # Names in lower case ("the Netherlands"), as for organisations below.
    places_lower_re: re.Pattern[str]
    places_lower_needles: tuple[str, ...]
    organisations: dict[str, str]
    organisations_re: re.Pattern[str]
    organisations_keys: frozenset[str] | None
    # Names written in lower case ("home affairs committee", "eBay"): a table of their own, read
    # only in a paragraph holding one of their last words; in the main table their small first
    # letters would make the regex engine stop at most words of the text (2.5 times slower).
    organisations_lower_re: re.Pattern[str]
    organisations_lower_needles: tuple[str, ...]
    org_heads: frozenset[str]
    org_starts: frozenset[str]
    venue_heads: frozenset[str]
    building_heads: frozenset[str]
    # Cue words after a space (a literal first character is the quickest to scan for; a cue in
    # lower case does not open a paragraph): only the end of a match is used.
    place_cues: re.Pattern[str]
    months: dict[str, int]
    weekdays: frozenset[str]
    event_heads: re.Pattern[str]
    event_heads_late: re.Pattern[str]  # read only when the report names none of ``event_heads``
    award_verbs: re.Pattern[str]
    award_names: dict[str, str]
    award_names_re: re.Pattern[str]
    award_names_keys: frozenset[str] | None
    # The names in lower case ("knighted", "life peerage"), as for organisations: in the main table
    # their small first letters make the regex engine stop at most words of the text.
    award_names_lower_re: re.Pattern[str]
    award_names_lower_needles: tuple[str, ...]
    document_types: re.Pattern[str]
    news_agencies: frozenset[str]
    stop_words: frozenset[str]
    institution_venues: frozenset[str]
    award_heads: re.Pattern[str]
    award_head_needles: tuple[str, ...]
    referring_post: re.Pattern[str]
    org_cues: re.Pattern[str]  # after a space, as place_cues
    party_adjectives: frozenset[str]
    party_of: dict[str, str]  # a party adjective's form -> the party's first form ("Tory": "Conservative")
    summit_bodies: frozenset[str]
    # The post whose holder hosts talks at an official residence ("Downing Street": prime minister).
    residences: dict[str, str]
    # Ministries known by their building, where talks are held ("talks at the Treasury").
    ministry_venues: frozenset[str]
    # The words a name can open on without a post before it: words of address, styles, the first
    # word of a rank ("Lt" of "Lt Col"), given names.
    name_openers: frozenset[str]
    name_opener_re: re.Pattern[str]
    name_opener_keys: frozenset[str] | None
    # A post's head followed by a capitalised word, or by a comma and one ("the chairman, Ann
    # Lee,"): after a space (a literal first character is
    # the quickest to scan for), and at the start of a block.
    title_head_re: re.Pattern[str]
    title_head_first_re: re.Pattern[str]
    # Letters written after a name for a seat or a standing ("Michael Jack MP", "Jane Roe QC").
    post_nominals: frozenset[str]
    # Posts abroad, which keep their country's possessive ("Britain's ambassador to the US").
    envoy_heads: frozenset[str]
    # Posts that after a person's possessive are a relation, not an office ("his boss").
    relational_posts: frozenset[str]


@cache
def vocab() -> Vocab:
    places = aliases(LANG, "places")
    organisations = aliases(LANG, "organisations")
    lower_places = [name for name in places if name[:1].islower()]
    upper_places = [name for name in places if not name[:1].islower()]
    lower_organisations = [name for name in organisations if name[:1].islower()]
    upper_organisations = [name for name in organisations if not name[:1].islower()]
    months = {form: n for n, line in enumerate(words("months"), start=1) for form in line.split(" | ")}
    award_names = aliases(LANG, "award_names")
    lower_awards = [name for name in award_names if name[:1].islower()]
    upper_awards = [name for name in award_names if not name[:1].islower()]
    title_heads = frozenset(words("title_heads"))
    openers = {*words("honorifics"), *words("name_honorifics"), *words("given_names")}
    openers.update(rank.split(" ")[0].rstrip(".") for rank in words("ranks"))
    return Vocab(
        honorifics=frozenset(words("honorifics")),
        name_styles=frozenset(words("name_honorifics")),
        style_titles=frozenset(words("name_honorific_titles")),
        ranks=frozenset(words("ranks")),
        rank_re=re.compile(rf"(?:{alternation(words('ranks'))})(?= )"),
        title_heads=title_heads,
        title_words=frozenset(words("title_words")),
        given_names=frozenset(words("given_names")),
        places=places,
        places_re=_table(upper_places),
        places_keys=table_keys(upper_places),
        places_lower_re=_table(lower_places),
        places_lower_needles=tuple(sorted({name.split(" ")[-1] for name in lower_places})),
        organisations=organisations,
        organisations_re=_table(upper_organisations),
        organisations_keys=table_keys(upper_organisations),
        # The word's boundary checked before its first small letter: quicker for such words (see
        # ``_lower_words``); the same matches as ``_table``.
        organisations_lower_re=re.compile(_lower_words(lower_organisations, _WORD_CHAR) + _WORD_END),
        organisations_lower_needles=tuple(sorted({name.split(" ")[-1] for name in lower_organisations})),
        org_heads=frozenset(words("org_heads")),
        org_starts=frozenset(words("org_starts")),
        venue_heads=frozenset(words("venue_heads")),
        building_heads=frozenset(words("building_heads")),
        place_cues=re.compile(rf" (?:{alternation(words('place_cues'))}) (?:the )?(?=[A-Z])"),
        months=months,
        weekdays=frozenset(words("weekdays")),
        event_heads=re.compile(_lower_words(_both_cases(words("event_heads")), r"[\w-]") + r"(?![\w-])"),
        event_heads_late=re.compile(
            _lower_words(_both_cases(words("event_heads_late")), r"[\w-]") + r"(?![\w-])"
        ),
        award_verbs=re.compile(rf"{_lower_words(words('award_verbs'))}(?!\w)"),
        award_names=award_names,
        award_names_re=_table(upper_awards),
        award_names_keys=table_keys(upper_awards),
        award_names_lower_re=_table(lower_awards),
        award_names_lower_needles=_needles(lower_awards),
        document_types=re.compile(
            rf"({alternation(words('document_types'), word_start=True)})"
            r"(?: No\.?)? (\d+(?:/\d+)*(?:/[A-Z]+)?)(?![\w/])"
        ),
        news_agencies=frozenset(words("news_agencies")),
        stop_words=frozenset(words("stop_words")),
        institution_venues=frozenset(words("institution_venues")),
        # "the prime minister", "The chancellor", "The Easyjet founder": lower-case post words ending
        # in a referring head, after one or two capitalised words of a qualifier or none ("The Lib
        # Dem leader"), not followed by what the post is of or by a name. The post words are a trie
        # (``alternation``): a plain alternation of them is tried word by word at every "the". The
        # match opens on "he " and checks the "T" or "t" behind it: the regex engine skips ahead to
        # a literal quicker than it tests a class of letters at each character.
        referring_post=re.compile(
            rf"he (?<=[Tt]he )(?<!\w[Tt]he )((?:[A-Z][\w&-]+ ){{0,2}}"
            rf"(?:(?:{alternation(words('title_words'))}) ){{0,2}}"
            rf"(?:{alternation([*words('referring_posts'), *_capitalised(words('referring_posts'))])}))"
            rf"\b(?! (?:(?:of|to|for|at|on)\b|[A-Z])|['\u2019](?!s )|-)"  # a possessive refers too
        ),
        party_adjectives=frozenset(aliases(LANG, "party_adjectives")),
        party_of=aliases(LANG, "party_adjectives"),
        summit_bodies=frozenset(words("summit_bodies")),
        residences={
            place: line.split(" = ")[1]
            for line in words("residences")
            for place in line.split(" = ")[0].split(" | ")
        },
        ministry_venues=frozenset(words("ministry_venues")),
        org_cues=re.compile(rf" (?:{alternation(words('org_cues'))}) (?:the )?(?=[A-Z])"),
        name_openers=frozenset(openers),
        name_opener_re=re.compile(rf"(?:{alternation(openers, word_start=True)})(?![\w-])"),
        name_opener_keys=table_keys(openers),
        title_head_re=re.compile(rf" (?:{alternation(title_heads)}),? (?=[A-Z])"),
        title_head_first_re=re.compile(rf"(?:{alternation(title_heads)}),? (?=[A-Z])"),
        post_nominals=frozenset(words("post_nominals")),
        envoy_heads=frozenset(words("envoy_heads")),
        relational_posts=frozenset(words("relational_posts")),
        award_head_needles=_needles(list(words("award_heads"))),
        award_heads=re.compile(
            # "the Duke of Edinburgh's Award": "of" may join the capitalised words of its name
            rf"[A-Z](?<![\w'\u2019-][A-Z])[\w'\u2019-]* (?:(?:of (?:the )?)?[A-Z][\w'\u2019-]* ){{0,4}}"
            rf"(?:{alternation(words('award_heads'))})(?![\w-])"
        ),
    )


def _capitalised(posts: Iterable[str]) -> list[str]:
    """The posts as a report may capitalise them ("The Chancellor", "The Chief Executive")."""
    return [post.title() for post in posts]
