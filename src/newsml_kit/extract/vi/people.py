"""People: named after a rank (``Thượng tướng Trần Quốc Tỏ``), an honorific (``ông``, ``bà``), an
academic prefix or a position (``Thứ trưởng Nguyễn Duy Ngọc``); their titles follow the name as
appositions (``, Thứ trưởng Bộ Công an`` or `` - Giám đốc Học viện ...``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from newsml_kit.extract.core import Cluster, Extraction, Span
from newsml_kit.extract.vi.grammar import (
    ACRONYM,
    LOWER,
    NAME,
    NAME_AT_WORD,
    NAME_RE,
    SYLLABLE,
    UPPER,
    holds_any,
    inside_a_word,
    is_vietnamese_syllable,
)
from newsml_kit.extract.vi.phrases import (
    AT_EVENT_VERBS,
    past_lower_words,
    phrase_end,
    without_trailing_connector,
)
from newsml_kit.extract.vi.short_names import AT_WORDS, middle_name_van, short_names
from newsml_kit.extract.vi.vocab import Vocab, vocab

_SPACED_NAME_RE = re.compile(rf" ({NAME})")
_SEPARATOR_RE = re.compile(r", | - | \u2013 ")
# Before a title in apposition: a comma, a dash or a parenthesis; group 1 starts the title, which
# may be a former, acting, new or late one ("nguyên Bí thư ...", "quyền Giám đốc ...", "tân Bộ
# trưởng ...", "cố Thủ tướng ..."; not "cố vấn", a post of its own): GOLD-FORMAT keeps such prefixes.
# A post held now may be said so ("X, hiện là Giám đốc ...", "..., nay là Phó Chủ tịch ..."): the
# post is the title.
_TITLE_SEPARATOR_RE = re.compile(
    r"(?:, |; | ?- | ?\u2013 | \(| & )(?:(?:hiện|nay|hiện nay|hiện đang) là )?"
    r"((?:[Nn]guyên |[Cc]ựu |[Qq]uyền |tân |cố (?!vấn\b))?)"
)
# Between two titles of one chain: "Chủ tịch HĐQT - Tổng giám đốc ...", "Chủ tịch HĐQT & Tổng ...".
_NEXT_TITLE_RE = re.compile(r" [-\u2013&] ")
# "giám đốc pháp lý của Trump Organization", "đồng sáng lập của Edmit": a few lower-case words
# and "của" between a title's head and its organisation.
_OF_ORGANISATION_RE = re.compile(rf"((?: [{LOWER}]+){{0,8}}) của(?= [{UPPER}])")
# (or by a dash before the body above: "quyền Vụ trưởng Vụ X - Bộ GD&ĐT").
# A short aside in parentheses right after a name, before a dash or a comma and a title.
_ASIDE_RE = re.compile(r" \([^()]{1,30}\)(?=,| [-\u2013] )")
# A birth year or an age opening a parenthesis, before a comma ("(SN 1981, giảng viên ...)").
_BORN_RE = re.compile(r" \((?:(?:SN|[Ss]inh năm) \d{4}|\d{1,3} tuổi)(?=, )")
# An age or a birth year set off by commas between a name and its title.
_AGE_APPOSED_RE = re.compile(r", (?:\d{1,3} tuổi|(?:SN|[Ss]inh năm) \d{4})(?=, )")
_TERM_RE = re.compile(r" (?:khóa|khoá) [IVXLC]+(?![\w-])")
_TITLE_CLOSED_RE = re.compile(rf"[,;)]| \(|[.]?$| [-\u2013] [{UPPER}]")
_NAME_AT_WORD_RE = re.compile(NAME_AT_WORD)
_SPACE_UPPER_RE = re.compile(rf" [{UPPER}]")
# Any personal name, Vietnamese or foreign: up to four capitalised words, with initials ("Taraji
# P. Henson"), hyphens ("Youn Yuh-Jung") and the particles of Western names ("de", "van").
_WORD = rf"(?:[{UPPER}]\.(?= [{UPPER}])|[{UPPER}](?:[\w'\u2019-]*\w)?)"
_ANY_NAME_RE = re.compile(rf" ({_WORD}(?: {_WORD}){{0,3}})(?![\w'\u2019-])")
_NAME_HERE_RE = re.compile(rf"{_WORD}(?: {_WORD}){{0,3}}(?![\w'\u2019-])")
_ACRONYM_WORD_RE = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?!\w)")
# A capitalised word after a space (the text's first word is looked at apart: "(?:^| )" would
# double the cost of the scan).
_NAME_START_RE = re.compile(rf" ([{UPPER}]\w*)")
_FIRST_WORD_RE = re.compile(r"\w+")
_HAS_DIGIT_RE = re.compile(r"\d")
# The dot of a closing initial: no letter or dot after it ("H." but not "N.V.K", "TP.HCM").
_INITIAL_DOT_RE = re.compile(r"\.(?![\w.])")
_LOWER_AFTER_RE = re.compile(rf" [{LOWER}]")
_AGE_BEFORE_RE = re.compile(r"(?: \d+ tuổi| U\d0)$")
_ITEM = rf"{_WORD}(?: {_WORD}){{1,3}}"
# A list of two names or more. The word boundary is checked after the first capital, which lets
# the regex engine skip ahead to capitals.
_FIRST_ITEM = rf"[{UPPER}](?<![\w.][{UPPER}])(?:\.(?= [{UPPER}])|(?:[\w'\u2019-]*\w)?)(?: {_WORD}){{1,3}}"
_LIST_RE = re.compile(rf"{_FIRST_ITEM}(?:(?:, |,? và ){_ITEM})+(?![\w'\u2019-])")
_ITEM_RE = re.compile(rf"(?:^|, |,? và )({_ITEM})")
_NEXT_WORD_RE = re.compile(r" (\w+)")
_STREET_PHRASES = ("quảng trường", "công viên", "tượng đài", "thành phố", "Thành phố", "thị xã", "thị trấn")


_CANDIDATES = ("ứng viên ", "ứng cử viên ", "Ứng viên ", "Ứng cử viên ")


def find_people(ex: Extraction) -> None:
    v = vocab()
    # "Thủ tướng Nguyễn Văn A", "Chủ tịch UBND tỉnh Nguyễn Văn A": a bare position, or a title whose
    # body is named by its unit alone, is the person's title when the article writes no fuller one
    # (GOLD-FORMAT: titles are the positions written next to the name).
    unit_titles: dict[str, str] = {}
    # Where a post written before a name starts, by the block and the position right after it.
    posts: dict[tuple[int, int], int] = {}
    # (The blocks each rare table matches in, from one scan of the article each.)
    capitals, names_after = v.capitals_gate, v.names_after_gate
    with_ranks, with_academic = (
        ex.blocks_matching(v.ranks, capitals),
        ex.blocks_matching(v.academic, capitals),
    )
    with_titles = ex.blocks_matching(v.title_heads, capitals)
    with_honorifics = ex.blocks_matching(v.honorific_name, names_after)
    for index, view in enumerate(ex.views):
        text = view.text
        for match in v.ranks.finditer(text) if index in with_ranks else ():
            cluster = _person(ex, Span(index, match.start(2), match.end(2)), v)
            cluster.rank = cluster.rank or match.group(1)
        for match in v.honorific_name.finditer(text) if index in with_honorifics else ():
            if looks_like_person(match.group(1), v):
                _person(ex, Span(index, match.start(1), match.end(1)), v)
        previous: re.Match[str] | None = None
        # The holders a title before them already reached: a head inside that title ("Trưởng đoàn
        # ĐBQH tỉnh X Nguyễn Văn A", "Công ty Giám đốc Xanh") is part of it, no title of its own.
        reached: set[tuple[int, int]] = set()
        for match in v.title_heads.finditer(text) if index in with_titles else ():
            if text.endswith(_CANDIDATES, 0, match.start()):
                continue  # "ứng cử viên Tổng thống X": a candidate for the post does not hold it
            # "Đặc phái viên của Tổng thống Mỹ X": the second post is the owner's; the title is whole.
            first = match
            if previous is not None and previous.end() + 5 == match.start():
                first = previous if text.startswith(" của ", previous.end()) else match
            owner_of = first is not match
            previous = match
            posts[(index, match.end() + 1)] = match.start()
            bounds = _name_after_title(text, match.end(), v)
            if bounds is None and (office := _shorter_head_end(match, v.title_heads)) is not None:
                bounds = _name_after_title(text, office, v)  # "Trưởng ban Tuyên giáo Tỉnh ủy X"
            title_end = _before_prefix(text, bounds[0], v) if bounds is not None else 0
            if bounds is not None and not owner_of and bounds in reached:
                continue
            if bounds is not None:
                reached.add(bounds)
            if bounds is not None and owner_of:
                cluster = _person(ex, Span(index, *bounds), v)
                title = text[first.start() : title_end].strip()
                if title not in cluster.titles:
                    cluster.titles.append(title)
            elif bounds is not None:
                cluster = _person(ex, Span(index, *bounds), v)
                title = _without_short_form(text[match.start() : title_end].strip())
                complete = without_trailing_connector(
                    text, match.start(), match.start() + len(title), v
                ) == match.start() + len(title)
                if complete and title != match.group():
                    # "Bộ trưởng Bộ Tư pháp Lê Thành Long"; "Bí thư Đảng ủy - Giám đốc Công an tỉnh X
                    # Nguyễn Văn A" holds two titles.
                    start = _former_start(text, match.start())
                    for part in _split_titles(text, start, match.start() + len(title), v):
                        if part not in cluster.titles:
                            cluster.titles.append(part)
                elif title == match.group() or _UNIT_OF_BODY_RE.search(title) is not None:
                    unit_titles.setdefault(
                        cluster.key, text[_former_start(text, match.start()) : title_end].strip()
                    )
            else:
                _title_before_comma(ex, v, index, text, match)
        for match in v.academic.finditer(text) if index in with_academic else ():
            name = NAME_RE.match(text, match.end())
            if name and looks_like_person(name.group(), v):
                _person(ex, Span(index, name.start(), name.end()), v)
        _after_cues(ex, v, index, text)
        _names_by_shape(ex, v, index, text)
    more_mentions(ex, "person")
    if _listed_with_people(ex, v):
        more_mentions(ex, "person")
    _roles_before_names(ex, v)
    _titles_before_apposed_names(ex, v)
    _without_cut_names(ex)
    _without_short_club_names(ex, v)
    short_names(ex, v)
    if middle_name_van(ex, v) and _listed_with_people(ex, v):
        more_mentions(ex, "person")  # "Tuấn Anh, Văn Toàn, Vũ Văn Thanh": listed with a "Văn" name
    starts: dict[int, list[int]] = {}
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            starts.setdefault(span.block, []).append(span.start)
    for cluster in ex.of_kind("person"):
        _titles(ex, v, cluster, starts, unit_titles)
        if not cluster.titles and cluster.key in unit_titles:
            cluster.titles.append(unit_titles[cluster.key])
        _without_cut_titles(cluster, v)
    if posts:
        _bare_posts_before(ex, posts)


def _shorter_head_end(head: re.Match[str], heads: re.Pattern[str]) -> int | None:
    """Where the shorter head of ``heads`` that ``head`` begins with ends ("Trưởng ban" in "Trưởng
    ban Tuyên giáo", whose next words are the body's name: "... Tuyên giáo Tỉnh ủy X"), or None."""
    words = head.group().split(" ")
    for size in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:size])
        if heads.fullmatch(prefix) is not None:
            return head.start() + len(prefix)
    return None


def _without_cut_names(ex: Extraction) -> None:
    """Drop a person found only inside another person's longer name: the longer name was cut
    where one path reads no further ("Giáo sư Dirk Schulze-Makuch": "Dirk Schulze"; "Trung tướng
    Thomas A. Bussiere": "Thomas A", whose rank goes to the whole name)."""
    people = ex.of_kind("person")
    keys = [person.key for person in people]
    for cluster in people:
        key = cluster.key
        if not any(key in other and key != other for other in keys):
            continue  # (a name inside no other name: no mention to test)
        holders = [_holder_of(span, cluster, people) for span in cluster.spans]
        if all(holders):
            holder = holders[0]
            if holder is not None and holder.rank is None:
                holder.rank = cluster.rank
            ex.discard(cluster)


def _without_short_club_names(ex: Extraction, v: Vocab) -> None:
    """Drop a one-word person the article also writes before an English organisation word:
    "cựu HLV Muangthong" is the coach of "Muangthong United", a club named short (unless a
    person's full name ends with the word: "ông Trump" of "Donald Trump", beside "Trump
    Organization")."""
    article, people = ex.article, ex.of_kind("person")
    surnames = {person.key.rsplit(" ", 1)[-1] for person in people if " " in person.key}
    for cluster in people:
        key = cluster.key
        if " " in key or key in surnames:
            continue
        found = article.find(key + " ")
        while found >= 0:
            after = _NEXT_WORD_RE.match(article, found + len(key))
            if (
                after
                and after.group(1) in v.foreign_org_ends
                and (found == 0 or not article[found - 1].isalnum())
            ):
                ex.discard(cluster)
                break
            found = article.find(key + " ", found + 1)


def _holder_of(span: Span, cluster: Cluster, people: list[Cluster]) -> Cluster | None:
    """The other person whose longer mention holds ``span``, if any."""
    for person in people:
        if person is not cluster:
            for other in person.spans:
                if (
                    other != span
                    and other.block == span.block
                    and other.start <= span.start
                    and span.end <= other.end
                ):
                    return person
    return None


def _bare_posts_before(ex: Extraction, posts: dict[tuple[int, int], int]) -> None:
    """``Tổng thống Moon Jae-in``: a post written right before a mention is the title of a person who
    has none (GOLD-FORMAT: titles are the positions written next to the name), unless a longer name
    that ends with this one already holds a title ("Trump" beside "Donald Trump", "Tổng thống Mỹ")."""
    people = ex.of_kind("person")
    titled = [cluster.key for cluster in people if cluster.titles]
    for cluster in people:
        if any(key.endswith(" " + cluster.key) for key in titled):
            continue
        # "Đại sứ X, Đặc phái viên ...": a bare post is one more title of a titled person, unless
        # one of the titles is that post written with its body ("Thủ tướng Chính phủ").
        heads = [_unprefixed(title).casefold() + " " for title in cluster.titles]
        for span in cluster.spans:
            start = posts.get((span.block, span.start))
            if start is not None:
                text = ex.views[span.block].text
                post = text[_former_start(text, start) : span.start - 1]
                bare = _unprefixed(post).casefold() + " "
                if not any(head.startswith(bare) for head in heads):
                    cluster.titles.append(post)
                break


_FORMER_RE = re.compile(r"(?:[Nn]guyên|[Cc]ựu|[Qq]uyền|[Tt]ân|[Cc]ố) ")


def _unprefixed(title: str) -> str:
    """``title`` without a leading "nguyên", "cựu", "quyền", "tân" or "cố"."""
    former = _FORMER_RE.match(title)
    return title[former.end() :] if former is not None else title


# "Nguyên Bộ trưởng Bộ GD&ĐT Nguyễn Minh Hiển": a former or acting post, the prefix kept; so are
# "tân" (new) and "cố" (late), capitalised only where a sentence opens ("Tân" is also a given
# name: "Nguyễn Văn Tân Giám đốc ..." is no new director).
_FORMER_BEFORE_RE = re.compile(
    r"(?:(?<![\w.])(?:[Nn]guyên|[Cc]ựu|[Qq]uyền|tân|cố)"
    r"|(?:^|(?<=[.:;!?(\"\u201c] )|(?<=^[(\"\u201c]))(?:Tân|Cố)) $"
)


def _former_start(text: str, start: int) -> int:
    """``start``, or where "nguyên ", "quyền ", "tân " or the like right before it starts."""
    former = _FORMER_BEFORE_RE.search(text, max(0, start - 7), start)
    return former.start() if former is not None else start


def _without_cut_titles(cluster: Cluster, v: Vocab) -> None:
    """A title cut inside a word of its name ("Phó khoa Phẫu" beside "Phó khoa Phẫu thuật tạo
    hình", written whole at another mention) is dropped: the other title goes on from it with
    lower-case words only, none a function word (not "... Tôn Đức Thắng để kiểm điểm")."""
    if len(cluster.titles) < 2:
        return

    def cut(title: str) -> bool:
        for other in cluster.titles:
            rest = other[len(title) + 1 :].split(" ") if other.startswith(title + " ") else []
            if rest and all(w.islower() and w not in v.function_words for w in rest):
                return True
        return False

    cluster.titles = [title for title in cluster.titles if not cut(title)]
    # "Chủ tịch HĐQT kiêm Tổng giám đốc X Lê Văn A": the second post is read again from its own
    # head; it is part of the whole title, not one of its own.
    cluster.titles = [t for t in cluster.titles if not any(o.endswith(" kiêm " + t) for o in cluster.titles)]
    # "thứ trưởng Bộ GD&ĐT" in the body, "Thứ trưởng Bộ GD&ĐT" in a caption: one title, as capitalised.
    titles = cluster.titles
    cluster.titles = [t for t in titles if t[:1].isupper() or t[:1].upper() + t[1:] not in titles]


_ROLE_PUNCTUATION_RE = re.compile('[,.;:()"\u201c\u201d]')


def _roles_before_names(ex: Extraction, v: Vocab) -> None:
    """``người phát ngôn hải quân Indonesia Julius Widjojono``, ``người đứng đầu lực lượng hải
    quân Indonesia, Đô đốc Yudo Margono``: a descriptive role before the person it names is a
    title, up to the name or to a comma followed by the name (past a rank)."""
    if not holds_any(ex, v.role_tails):
        return
    starts: dict[int, list[tuple[int, Cluster]]] = {}
    ends: set[tuple[int, int]] = set()
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            starts.setdefault(span.block, []).append((span.start, cluster))
            ends.add((span.block, span.end))
    for index, view in enumerate(ex.views):
        text = view.text
        if index not in starts or not any(tail in text for tail in v.role_tails):
            continue
        for role in v.role_heads.finditer(text):
            separator = _TITLE_SEPARATOR_RE.search(text, max(0, role.start() - 3), role.start())
            if separator and separator.end() == role.start() and (index, separator.start()) in ends:
                continue  # "bà X - Nhà sáng lập Y, ông Z": the role is said of the name before it
            previous = text.rfind(" ", 0, max(0, role.start() - 1)) + 1
            inner = v.apposition_heads.match(text, previous) if previous < role.start() else None
            if inner is not None and inner.end() >= role.end():
                continue  # "Trưởng đại diện UNICEF ...": the role's words end a longer post
            following = [(s, c) for s, c in starts[index] if role.end() < s <= role.end() + 80]
            if not following:
                continue
            start, cluster = min(following, key=lambda item: item[0])
            gap = text[role.end() : start]
            comma = gap.rfind(", ")
            if comma >= 0:
                end = role.end() + comma
                # ", Đô đốc X", ", ông X" or ", X": a rank or a form of address may come first.
                rank = v.ranks.match(text, end + 2)
                after = text[end + 2 : start].strip()
                if after and after not in v.address_forms and (rank is None or rank.start(2) != start):
                    continue
            else:
                end = start - 1
                # Straight before the name: a few words, no form of address ("... cho biết ông X").
                if len(gap.split()) > 4 or any(w in v.address_forms for w in gap.split()):
                    continue
            title = text[role.start() : end].rstrip()
            if end > role.start() and not _ROLE_PUNCTUATION_RE.search(title) and title not in cluster.titles:
                cluster.titles.append(title)


# Where the words before an apposed name may open: a sentence's or a clause's end, or a comma.
_OPENS_BEFORE_RE = re.compile(r"[.:;!?] |, ")
_APPOSED_TITLE_WORDS = 12


def _titles_before_apposed_names(ex: Extraction, v: Vocab) -> None:
    """``Huấn luyện viên của Arsenal, Mikel Arteta, rất hy vọng``, ``dẫn lời trưởng nhóm nghiên cứu,
    Giáo sư X, cho biết``: a title opening a clause (or after a lower-case word), a comma, then the
    name of a person with no title, set off by a comma or followed by a verb of saying; the title
    runs to the comma (not after a comma that closes another person's name)."""
    ends = {(span.block, span.end) for cluster in ex.of_kind("person") for span in cluster.spans}
    for cluster in ex.of_kind("person"):
        if cluster.titles:
            continue
        for span in cluster.spans:
            text = ex.views[span.block].text
            start = _before_prefix(text, span.start, v)
            sir = _SIR_BEFORE_RE.search(text, max(0, start - 4), start)
            comma = (sir.start() if sir is not None else start) - 2
            if comma < 1 or not text.startswith(", ", comma):
                continue
            if not (text.startswith(",", span.end) or _SAYING_RE.match(text, span.end)):
                continue
            title = _title_opening_before(text, comma, span.block, ends, v)
            if title is not None:
                cluster.titles.append(title)
                break


_SIR_BEFORE_RE = re.compile(r"(?<![\w.])(?:ông|bà) $")


def _title_opening_before(
    text: str, comma: int, block: int, ends: set[tuple[int, int]], v: Vocab
) -> str | None:
    """The title that opens the clause ending at ``comma``, at its start or after a lower-case word,
    whole up to the comma; None when there is none."""
    opens = [m.end() for m in _OPENS_BEFORE_RE.finditer(text, max(0, comma - 120), comma)]
    start = opens[-1] if opens else (0 if comma <= 120 else comma)
    if text.startswith(", ", start - 2) and (block, start - 2) in ends:
        return None  # "ông A, Giám đốc Sở X, ông B": the title is A's
    words = text[start:comma].split(" ")
    if len(words) > _APPOSED_TITLE_WORDS + 4 or any(q in text[start:comma] for q in _QUOTES):
        return None
    position = start
    for index, word in enumerate(words):
        if index == 0 or words[index - 1].islower():
            head = (
                v.apposition_heads.match(text, position)
                or v.role_heads.match(text, position)
                or _cue_title_end(text, position, v)
            )
            if head and len(words) - index <= _APPOSED_TITLE_WORDS:
                return text[_former_start(text, position) : comma]
        position += len(word) + 1
    return None


def _cue_title_end(text: str, position: int, v: Vocab) -> int | None:
    """Where the longest person cue that is a title too ("HLV trưởng", "Huấn luyện viên"), starting
    at ``position`` as whole words, ends; None when none does."""
    ends = [
        position + len(cue)
        for title in v.cue_titles
        for cue in (title, title[:1].upper() + title[1:])
        if text.startswith(cue, position)
    ]
    return max((end for end in ends if not text[end : end + 1].isalnum()), default=None)


def _after_cues(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """``nữ diễn viên 24 tuổi Zendaya``, ``thủ môn Hoàng Việt``, ``anh Lê Bá Nhật Minh``: a name
    right after a word for what a person is, past an age or a nationality.

    Read backwards from each capitalised word: capitals are far fewer than the places where one
    of a hundred cue words could start."""
    nationalities = " người " in text
    given_names, cue_last_words, rfind = v.given_names, v.cue_last_words, text.rfind
    first = _FIRST_WORD_RE.match(text)
    if first is not None:
        first_word = first.group()
        if first_word in given_names:
            _foreign_name(ex, v, index, text, 0)  # "Susan Prescott cho biết ..." opens the paragraph
        elif first_word[1:2].islower() and not is_vietnamese_syllable(first_word):
            _foreign_subject(ex, v, index, text, 0)
    for start in _NAME_START_RE.finditer(text):
        word = start.group(1)
        end = start.start()
        if word in given_names:
            _foreign_name(ex, v, index, text, end + 1)
        elif len(word) == 1 and _INITIAL_DOT_RE.match(text, end + 2):
            _name_with_an_initial(ex, v, index, text, end + 1)
        if text[end - 1] in ".!?" and word[1:2].islower() and not is_vietnamese_syllable(word):
            _foreign_subject(ex, v, index, text, end + 1)
        # Most capitalised words follow no cue: decide that from the word before, cheaply.
        if text[rfind(" ", 0, end) + 1 : end] not in cue_last_words and not (
            nationalities and text.find(" người ", max(0, end - 30), end) >= 0
        ):
            continue
        cue = _cue_before(text, end, v)
        if cue is None:
            continue
        name = _ANY_NAME_RE.match(text, start.start())
        if name is None or v.title_heads.match(text, name.start(1)):
            continue  # ("ứng viên Phó Tổng thống X": a post after the cue, not a name)
        found = name.group(1)
        if _HAS_DIGIT_RE.search(found):
            continue  # "Ngôi sao U60": an age group, not a name
        words = found.split(" ")
        shift = 0
        country = v.places_re.match(found) if len(words) >= 2 else None
        if (
            country is not None
            and found.startswith(" ", country.end())
            and not is_vietnamese_syllable(words[-1])
        ):
            # "Ngoại trưởng Mỹ Antony Blinken", "Tổng thống Hàn Quốc Moon Jae-in": the country, then
            # the foreign name (or surname alone: "Tổng thống Nga Putin").
            shift = country.end() + 1
            found = found[shift:]
            words = found.split(" ")
        elif len(words) >= 3 and v.companies.fullmatch(words[0]) is not None:
            # "Nhà sáng lập Facebook Mark Zuckerberg": the company, then its founder
            shift = len(words[0]) + 1
            found = found[shift:]
            words = words[1:]
        end = name.start(1) + shift + len(found)
        second = next((i for i in range(2, len(words)) if words[i] in given_names), 0)
        if second and _SPACE_UPPER_RE.match(text, end):
            # "Tổng thống Mỹ Donald Trump Robert O'Brien": a given name after two words, in a run
            # that goes on, starts another person's name.
            words = words[:second]
            found = " ".join(words)
        field = v.name_words.match(text, end - len(words[-1]))
        if field is not None and field.end() > end:
            continue  # "giảng viên Khoa Khoa học thể thao": the last word opens a field's name
        vietnamese = all(is_vietnamese_syllable(w) for w in words)
        if cue in v.address_words:
            # "anh", "chị", "em" are pronouns too: only a full Vietnamese name counts after them.
            if len(words) < 2 or not vietnamese:
                continue
        elif len(words) == 1 and (vietnamese or len(found) < 3):
            continue  # a bare given name is optional; a single foreign name counts
        if _is_other_entity(found, v, after_cue=True) or (len(words) > 1 and words[-1] in v.foreign_org_ends):
            # ("nhà sản xuất Galaxy Media": a company, named by its English end word)
            continue
        begin = name.start(1) + shift
        cluster = _person(ex, Span(index, begin, begin + len(found)), v)
        if (cue in v.cue_titles or cue[:1].lower() + cue[1:] in v.cue_titles) and cue not in cluster.titles:
            cluster.titles.append(cue)  # "HLV Nguyễn Đức Thắng": a coach's title is the cue itself


def _foreign_name(ex: Extraction, v: Vocab, index: int, text: str, position: int) -> None:
    """``Susan Prescott``, ``Julius Widjojono``: a common foreign given name and a surname."""
    match = v.foreign_names.match(text, position)
    if match and not _is_other_entity(match.group(), v) and not _SPACE_UPPER_RE.match(text, match.end()):
        _person(ex, Span(index, match.start(), match.end()), v)


def _foreign_subject(ex: Extraction, v: Vocab, index: int, text: str, position: int) -> None:
    """``. Marlee Matlin diện ...``: two or three capitalised words that no Vietnamese syllable
    spells, opening a sentence before a lower-case word, are a foreign person (not a known place,
    organisation or source: "Deutsche Bank", "New York Times")."""
    name = _NAME_HERE_RE.match(text, position)
    if name is None or not _LOWER_AFTER_RE.match(text, name.end()):
        return
    found = name.group()
    words = [w for w in found.replace(".", " ").split(" ") if len(w) > 1]
    if not 2 <= len(found.split(" ")) <= 3 or any(is_vietnamese_syllable(w) for w in words):
        return
    if words[-1] in v.foreign_org_ends or _is_other_entity(found, v) or v.companies.match(found):
        return
    _person(ex, Span(index, name.start(), name.end()), v)


def _cue_before(text: str, end: int, v: Vocab) -> str | None:
    """The cue word that ends at ``end`` past an age (``32 tuổi``) or a nationality (``người
    Anh``), as written; None when there is none."""
    while True:
        age = _AGE_BEFORE_RE.search(text, max(0, end - 12), end)
        if age is not None:
            end = age.start()
            continue
        nationality = text.rfind(" người ", max(0, end - 30), end)
        if nationality >= 0 and v.places_re.fullmatch(text, nationality + len(" người "), end):
            end = nationality
            continue
        break
    words = text[max(0, end - 40) : end].split(" ")
    if end > 40:
        words = words[1:]  # the first may be cut
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if phrase in v.cue_words or phrase[:1].lower() + phrase[1:] in v.cue_words:
            return phrase
    return None


def _is_other_entity(name: str, v: Vocab, *, after_cue: bool = False) -> bool:
    """A place, an organisation (also written in title case: "Cao Đẳng Công Thương"), a title, a
    news source, a well-known company, or a phrase with an acronym ("ĐH Tôn Đức Thắng"). After a
    cue, a name may start with a one-syllable country that is also a given name ("ca sĩ Mỹ Linh")."""
    first, _, rest = name.partition(" ")
    place = v.places_re.match(name)
    return (
        not looks_like_person(name, v)
        or (
            v.org_heads.match(f"{first} {rest.lower()}") is not None
            # ("Đoàn Văn Tuân" is a name; "Đoàn Hội Nông ..." a delegation of an association)
            and (not _surname_and_given_name(name, v) or v.org_heads.match(rest) is not None)
        )
        or _ACRONYM_WORD_RE.search(name) is not None
        or v.title_heads.match(name) is not None
        or (place is not None and not (after_cue and rest and place.group() in v.ambiguous_places))
        or name in v.news_sources
        or v.companies.fullmatch(name) is not None  # "bác sĩ NutiFood": the doctors of a company
    )


def _names_by_shape(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """Names known by their shape: a family name and a given name followed by a title as an
    apposition (``Lê Văn Tâm - Giám đốc ...``), or three or four Vietnamese syllables starting with
    a family name wherever they stand (``Phạm Văn Nam tung cú sút``), unless a capitalised word or
    a word for a street, a school or an administrative unit comes before (``đường Trần Hưng
    Đạo``)."""
    for match in _NAME_AT_WORD_RE.finditer(text):
        words = match.group().split(" ")
        if words[0] not in v.surnames:
            if text.startswith(", ", match.end()):
                _foreign_name_before_title(ex, v, index, text, match, words)
            continue
        separator = _SEPARATOR_RE.match(text, match.end())
        if separator is not None and v.title_heads.match(text, separator.end()):
            if looks_like_person(match.group(), v):
                _person(ex, Span(index, match.start(), match.end()), v)
            continue
        if len(words) < 3 or _SPACE_UPPER_RE.match(text, match.end()):
            continue
        if not all(is_vietnamese_syllable(w) for w in words[:-1]) or _is_other_entity(match.group(), v):
            continue
        if not is_vietnamese_syllable(words[-1]) and not _foreign_last_name_word(words, v):
            continue
        before = text[max(0, match.start() - 60) : match.start()].rstrip()  # a window, not a copy
        previous = before.rsplit(" ", 1)[-1] if before else ""
        if previous[:1].isupper() and before[-1:] not in ".:!?\"'(":
            if before[-1:].isalnum():  # (not after a comma: a list of names)
                _after_lower_case_title(ex, v, index, text, match)
            continue
        if (
            previous in v.street_words
            or previous in AT_WORDS  # "tại Kim Mã Hà Nội", "ở Lê Văn Lương": where, not who
            or before.endswith(_STREET_PHRASES)
            or words[0].lower() in v.street_words
        ):
            if _UNIT_OF_BODY_RE.search(text, max(0, match.start() - 40), match.start() - 1):
                # "phó giám đốc Công an tỉnh Trần Văn Bình": the body named by its unit, then the holder
                _after_lower_case_title(ex, v, index, text, match, with_body=True)
            continue
        if previous.islower() and previous[-1:].isalnum():
            # "phó trưởng ban Tuyên giáo Tỉnh ủy Nguyễn Văn An": a body's name ending in lower case
            _after_lower_case_title(ex, v, index, text, match, with_body=True)
        _person(ex, Span(index, match.start(), match.end()), v)


def _foreign_last_name_word(words: list[str], v: Vocab) -> bool:
    """``Đinh Hoàng Max``, ``Hoàng Vũ Samson``: a Vietnamese family name and given name, then one
    foreign word (a naturalised player's or a performer's name), unless the Vietnamese words name
    a place or a body ("Hồ Chí Minh City") or the last word ends an organisation's name (a longer
    run is rather a body's: "Trần Văn Minh Hospital")."""
    last = words[-1]
    return (
        len(words) == 3
        and last not in v.foreign_org_ends
        and last not in v.places
        and last not in v.ambiguous_places
        and not _is_other_entity(" ".join(words[:-1]), v)
    )


def _after_lower_case_title(
    ex: Extraction, v: Vocab, index: int, text: str, name: re.Match[str], *, with_body: bool = False
) -> None:
    """``thứ trưởng Bộ GD&ĐT Nguyễn Văn Phúc``: a name after a body's name that a lower-case
    position opens is that position's holder (the capitalised heads are read in ``find_people``;
    ``with_body``: only when a body stands between, a bare lower-case post being no title)."""
    for head in v.apposition_heads.finditer(text, max(0, name.start() - 80), name.start()):
        first = head.start()
        if text[first].isupper() or inside_a_word(text, first):
            continue
        if with_body and name.start() - 1 <= head.end():
            continue  # "giám đốc Nguyễn Văn A": a bare lower-case post
        if _name_after_title(text, head.end(), v) == name.span():
            cluster = _person(ex, Span(index, *name.span()), v)
            title = text[_former_start(text, first) : name.start()].rstrip()
            if title not in cluster.titles:
                cluster.titles.append(title)
            return


def _foreign_name_before_title(
    ex: Extraction, v: Vocab, index: int, text: str, name: re.Match[str], words: list[str]
) -> None:
    """``Adeeba Kamarulzaman, chủ tịch Hiệp hội ...``, ``Park Hang Seo, HLV trưởng ...``: two or three
    capitalised words, one of them no Vietnamese syllable, at a clause's start and followed by a
    comma and a position (a post, or a cue that is a title too: "HLV")."""
    before = text[max(0, name.start() - 2) : name.start()]
    if (
        len(words) not in (2, 3)
        or (before and not before.endswith((", ", ". ", '"', "“")))
        or all(is_vietnamese_syllable(w) for w in words)
        or words[-1] in v.foreign_org_ends
        or (v.apposition_heads.match(text, name.end() + 2) or _cue_title_end(text, name.end() + 2, v)) is None
        or _is_other_entity(name.group(), v)
        or v.companies.match(name.group())
        or v.news_sources_re.search(name.group())  # "Theo Reuters, Phó cố vấn ...": a source
    ):
        return
    _person(ex, Span(index, name.start(), name.end()), v)


# A closing initial: "Phan Thị Mai H." (a name the press shortens to keep a private person private).
_NAME_BEFORE_INITIAL_RE = re.compile(rf"(?<![\w.])({SYLLABLE}(?: {SYLLABLE}){{1,2}}) $")


def _name_with_an_initial(ex: Extraction, v: Vocab, index: int, text: str, initial: int) -> None:
    """``Phan Thị Mai H.``, ``Hoàng Văn H.``: a family name, one or two Vietnamese syllables and the
    closing initial at ``initial``."""
    before = _NAME_BEFORE_INITIAL_RE.search(text, max(0, initial - 24), initial)
    if before is None:
        return
    words = before.group(1).split(" ")
    if words[0] in v.surnames and all(is_vietnamese_syllable(w) for w in words):
        _person(ex, Span(index, before.start(1), initial + 2), v)


def _listed_with_people(ex: Extraction, v: Vocab) -> bool:
    """``Frances McDormand, Viola Davis, Carey Mulligan và Vanessa Kirby``: names listed with a known
    person are people too. True when a person was added."""
    added = False
    known = {(span.block, span.start, span.end) for c in ex.of_kind("person") for span in c.spans}
    blocks = {block for block, _, _ in known}
    for index, view in enumerate(ex.views):
        if index not in blocks or (", " not in view.text and " và " not in view.text):
            continue
        for listing in _LIST_RE.finditer(view.text):
            items = [
                (m.start(1) + listing.start(), m.end(1) + listing.start())
                for m in _ITEM_RE.finditer(listing.group())
            ]
            if not any((index, s, e) in known for s, e in items):
                continue
            names = [view.text[s:e] for s, e in items]
            # (a list of people is a cue for two Vietnamese syllables: "Anh Đức" after "Văn Toàn, "
            # is a name, not England's; "Mỹ Donald Trump" is no name)
            if any(
                _is_other_entity(name, v, after_cue=_vietnamese_pair(name))
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


def _vietnamese_pair(name: str) -> bool:
    """Two Vietnamese syllables: the way a person is named short ("Anh Đức", "Tuấn Anh")."""
    words = name.split(" ")
    return len(words) == 2 and all(is_vietnamese_syllable(word) for word in words)


# The family names most Vietnamese bear: one of them after another family name starts the name.
_MAJOR_SURNAMES = frozenset(
    ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô")
)


# "Chủ tịch UBND tỉnh", "Giám đốc Công an huyện": a body named by its unit alone ends a title.
_UNIT_OF_BODY_RE = re.compile(
    r"(?:(?<![\w.])[A-ZĐ]{2,}|Công an|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy)"
    r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$"
)


def _title_before_comma(ex: Extraction, v: Vocab, index: int, text: str, head: re.Match[str]) -> None:
    """``Phó Giám đốc Công an tỉnh X, Đại tá Nguyễn Văn A``: a title with its organisation, a comma,
    then a rank and the name it belongs to (after ", ông" or an academic prefix only when the title
    opens a clause: in a list the title belongs to the name before it)."""
    comma = text.find(", ", head.end(), head.end() + 100)
    rank = v.ranks.match(text, comma + 2) if comma > head.end() else None
    if rank is None:
        _title_before_comma_and_prefix(ex, v, index, text, head, comma)
        return
    if phrase_end(text, head.end(), v, allow_titles=True) != comma:
        return
    end = comma
    cluster = _person(ex, Span(index, rank.start(2), rank.end(2)), v)
    cluster.rank = cluster.rank or rank.group(1)
    title = text[head.start() : end]
    if title not in cluster.titles:
        cluster.titles.append(title)


_SIR_RE = re.compile(r"(?:ông|bà) ")
# Where a clause starts: the text's start, a sentence's end, or a lower-case word ("Theo", "của").
_CLAUSE_BEFORE_RE = re.compile(rf"(?:^|[.:!?] |[{LOWER}] )$")


def _title_before_comma_and_prefix(
    ex: Extraction, v: Vocab, index: int, text: str, head: re.Match[str], comma: int
) -> None:
    """``Phó Giám đốc Sở Y tế TP.HCM, BS Nguyễn Hữu Hưng cho biết``, ``Theo Giám đốc Sở X, ông Y``: a
    title opening a clause, a comma, then an academic prefix (also spelt out in lower case: "tiến
    sĩ") or "ông"/"bà" and the name it belongs
    to (not a title that is itself an apposition: "A - Giám đốc X, PGS B - ..." lists people, each
    after his name)."""
    prefix = (
        (
            v.academic.match(text, comma + 2)
            or v.academic_lower.match(text, comma + 2)
            or _SIR_RE.match(text, comma + 2)
        )
        if comma > head.end()
        else None
    )
    holder = NAME_RE.match(text, prefix.end()) if prefix is not None else None
    if (
        holder is None
        or holder.group().split(" ")[0] not in v.surnames
        or not looks_like_person(holder.group(), v)
        or _CLAUSE_BEFORE_RE.search(text, max(0, head.start() - 2), head.start()) is None
        or phrase_end(text, head.end(), v, allow_titles=True) != comma
    ):
        return
    start = _former_start(text, head.start())
    cluster = _person(ex, Span(index, *holder.span()), v)
    if text[start:comma] not in cluster.titles:
        cluster.titles.append(text[start:comma])


def _lower_head_of_name(text: str, position: int, v: Vocab) -> re.Match[str] | None:
    """A body's head in lower case right after a position, before the body's capitalised name
    ("Tổng biên tập báo Tuổi Trẻ", "Hiệu trưởng trường Lê Quý Đôn"), or one of the heads that name
    a body even alone ("Giám đốc công ty ...")."""
    head = v.org_heads.match(text, position + 1) if text.startswith(" ", position) else None
    if head is None or not text[position + 1].islower():
        return None
    if phrase_end(text, head.end(), v, allow_titles=True) > head.end():
        return head
    return v.org_heads_midclause.match(text, position + 1)


# The head of an office ("Trưởng ban", "trưởng phòng", "Trưởng đoàn") may name its field in lower case
# before the capitalised name of the body or of the holder ("trưởng Ban trọng tài VFF").
_OFFICE_ENDS = (" ban", " Ban", " phòng", " Phòng", " khoa", " Khoa", " đoàn", " Đoàn")
_FIELD_WORDS_RE = re.compile(rf"(?: [{LOWER}]+){{1,3}}(?= [{UPPER}])")


def _office_field_end(text: str, position: int, v: Vocab) -> int:
    """Past the lower-case field after an office's head ending at ``position`` (up to three words,
    no function word, before a capitalised word), or ``position``."""
    if not text.endswith(_OFFICE_ENDS, 0, position):
        return position
    field = _FIELD_WORDS_RE.match(text, position)
    if field is None or any(word in v.function_words for word in field.group().split()):
        return position
    return field.end()


def _post_field_before_name(text: str, position: int, v: Vocab) -> int:
    """Past the post's field in lower case at ``position`` ("Giám đốc kỹ thuật Công ty X",
    "giám đốc cấp cao Aruba") when a capitalised name follows it, or ``position``."""
    field = v.post_fields.match(text, position + 1) if text.startswith(" ", position) else None
    if field is None or not _SPACE_UPPER_RE.match(text, field.end()):
        return position
    return field.end()


# A word for the holder's standing in the post, written after it ("Tổng thống đắc cử X").
_POST_MODIFIER_RE = re.compile(r" (?:đương nhiệm|đắc cử|sắp mãn nhiệm|mãn nhiệm|tạm quyền)(?= )")


def _name_after_title(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    """``Thứ trưởng Nguyễn Duy Ngọc`` or ``Bộ trưởng Bộ Tư pháp Lê Thành Long``: a name starting
    with a family name, right after the title or at the end of the organisation that follows it."""
    modifier = _POST_MODIFIER_RE.match(text, position)
    if modifier is not None:
        position = modifier.end()  # "Tổng thống đương nhiệm Donald Trump": the modifier is the title's
    position = _office_field_end(text, position, v)  # "Trưởng ban trọng tài Dương Văn A"
    country = _name_after_country(text, position, v)
    if country is not None:
        return country
    direct = _SPACED_NAME_RE.match(text, position)
    if direct and direct.group(1).split(" ")[0] in v.surnames and looks_like_person(direct.group(1), v):
        return direct.start(1), direct.end(1)
    field = v.post_fields.match(text, position + 1) if text.startswith(" ", position) else None
    if field is not None and text.startswith(" ", field.end()):
        # "Giám đốc kỹ thuật Nguyễn Văn Sỹ": the post's field in lower case, then the holder (past
        # the post's short form: "Giám đốc kỹ thuật (GĐKT) Nguyễn Văn Sỹ")
        short = _POST_ACRONYM_RE.match(text, field.end())
        holder = NAME_RE.match(text, (short.end() if short else field.end()) + 1)
        if holder and holder.group().split(" ")[0] in v.surnames and looks_like_person(holder.group(), v):
            return holder.span()
    end = phrase_end(text, position, v, allow_titles=True)
    if end == position and (lower := _lower_head_of_name(text, position, v)) is not None:
        end = phrase_end(text, lower.end(), v, allow_titles=True)  # "Tổng biên tập báo Tuổi Trẻ X"
    if end > position and text.startswith(" của ", end) and v.org_starts.match(text, end + 5):
        # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh": the body the committee belongs to
        end = max(end, phrase_end(text, end + 4, v, allow_titles=True))
    posted = _posted_holder(text, end, v) if end > position else None
    if posted is not None:
        return posted  # "Trưởng đại diện UNICEF tại Việt Nam Rana Flowers"
    prefix = v.academic.match(text, end + 1) if end > position and text.startswith(" ", end) else None
    holder = NAME_RE.match(text, prefix.end()) if prefix is not None else None
    if (
        holder is not None
        and looks_like_person(holder.group(), v)
        and holder.group().split(" ")[0] in v.surnames
    ):
        return holder.span()  # "Giám đốc Bệnh viện Bạch Mai PGS.TS Nguyễn Quang Tuấn": past the prefix
    # "Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF) Trần Quốc Tuấn": past the body's short form
    short = _POST_ACRONYM_RE.match(text, end) if end > position else None
    after_short = _holder_after_short_form(text, short.end(), v) if short is not None else None
    if after_short is not None:
        return after_short
    phrase = text[position:end]
    joined = phrase.find(" và ")
    if joined > 0:
        # "Thứ trưởng Bộ Y tế Nguyễn Văn A và Cục trưởng ...": the name closes the first title.
        first = _name_after_title(text[: position + joined], position, v)
        if first is not None:
            return first
    words = phrase.split(" ")
    for cut in range(max(1, len(words) - 4), len(words) - 1):
        name = " ".join(words[cut:])
        if cut + 2 < len(words) and words[cut + 1] in _MAJOR_SURNAMES:
            continue  # "Bệnh viện Bạch Mai Nguyễn Quang Tuấn": the name starts at the later family name
        if (
            len(words) - cut < 3
            and cut > 0
            and not words[cut - 1][-1:].isupper()
            and not any(" ".join(words[max(0, cut - size) : cut]) in v.places for size in (1, 2, 3))
        ):
            # "Chủ tịch Tài chính Hoàng Huy": two syllables after a name end a company's name (not
            # after a country: "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị")
            continue
        if words[cut] in v.surnames and NAME_RE.fullmatch(name) and looks_like_person(name, v):
            owner = " ".join(words[:cut]).strip()
            if _owner_name_goes_on(owner, words[cut + 1 :], v):
                continue  # "Bệnh viện Bạch Mai Đào Xuân Cơ": "Bạch Mai", then "Đào Xuân Cơ"
            if (
                not owner.split(" ")[0].isupper() and v.org_heads.fullmatch(owner)
            ) or owner.casefold() in v.org_heads_for_people:
                return None  # "Hiệu trưởng Trường THCS Nguyễn Du", "ĐH Tôn Đức Thắng": the school's name
            return end - len(name), end
    # "Bộ trưởng Quốc phòng Indonesia Prabowo Subianto": a foreign name ends the phrase.
    foreign = 0
    while foreign < min(3, len(words) - 1) and (
        _is_foreign_word(words[-1 - foreign], v) or (foreign and words[-1 - foreign] in v.given_names)
    ):
        foreign += 1
    if not foreign and len(words) > 2 and words[-2] in v.given_names and _is_name_word(words[-1], v):
        foreign = (
            2  # "Chủ tịch Tập đoàn Alibaba Jack Ma": a foreign given name, then a surname of any spelling
        )
    if foreign == 3 and len(words) > 3 and words[-4] in v.given_names:
        return None  # "Tổng thống Mỹ Donald Trump Robert O'Brien": two names side by side
    if foreign == 3 and (v.companies.fullmatch(words[-3]) or _body_ends_at(words[:-2], v)):
        # "Giám đốc điều hành Apple Tim Cook", "Phát ngôn viên Điện Kremlin Dmitry Peskov": the
        # company or the body, then the name
        foreign = 2
    if foreign >= 2:
        name = " ".join(words[-foreign:])
        if (
            name in v.places  # "Giám đốc Công an tỉnh Đắk Lắk": a highland province, not a name
            or words[-1] in v.foreign_org_ends
            or v.companies.match(name)
            or v.org_heads.fullmatch(" ".join(words[:-foreign]))
        ):
            return None  # "Tổng giám đốc (Công ty) Intracom Group": a company, not a person
        return end - len(name), end
    return None


def _posted_holder(text: str, end: int, v: Vocab) -> tuple[int, int] | None:
    """The holder named right after where the body at ``end`` sits ("UNICEF tại Việt Nam Rana
    Flowers"): two to four capitalised words, no place, company or acronym; or None."""
    posted = _POSTED_AT_RE.match(text, end)
    where = v.places_re.match(text, posted.end()) if posted is not None else None
    if where is None or not text.startswith(" ", where.end()):
        return None
    name = _NAME_HERE_RE.match(text, where.end() + 1)
    if name is None:
        return None
    found = name.group()
    words = found.split(" ")
    if not 2 <= len(words) <= 4 or any(w.isupper() or w in v.foreign_org_ends for w in words):
        return None
    if v.places_re.match(found) or v.companies.match(found) or not looks_like_person(found, v):
        return None
    return name.span()


def _owner_name_goes_on(owner: str, rest: list[str], v: Vocab) -> bool:
    """Four syllables after a body whose own name is one syllable ("Bệnh viện Bạch"), the last three
    a family name and a given name: the first goes with the body, whose names rarely have one
    syllable, and the holder's name is the usual three."""
    if len(rest) != 3 or rest[0] not in v.surnames or not looks_like_person(" ".join(rest), v):
        return False
    head = v.org_heads.match(owner)
    return head is not None and " " not in owner[head.end() + 1 :] and head.end() + 1 < len(owner)


def _body_ends_at(words: list[str], v: Vocab) -> bool:
    """``words`` end with a body known by its whole name ("... Điện Kremlin") or with a known place
    ("Thống đốc bang New York Andrew Cuomo": the state, then the name)."""
    return any(
        v.org_standalone.fullmatch(joined := " ".join(words[-size:])) or joined in v.places
        for size in (1, 2, 3)
        if size <= len(words)
    )


_POSTED_AT_RE = re.compile(r" tại ")
# A post's short form in parentheses between the post and its holder: " (GĐKT)".
_POST_ACRONYM_RE = re.compile(rf" \({ACRONYM}\)(?= )")


def _before_prefix(text: str, name_start: int, v: Vocab) -> int:
    """Where the academic prefix right before the name at ``name_start`` starts ("... Bạch Mai
    PGS.TS Nguyễn Quang Tuấn": the prefix is the person's, not the title's), or ``name_start``."""
    for prefix in v.academic.finditer(text, max(0, name_start - 25), name_start):
        if prefix.end() == name_start and (prefix.start() == 0 or text[prefix.start() - 1] == " "):
            return prefix.start()
    return name_start


def _holder_after_short_form(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    """The name right after a body's short form: a Vietnamese one opening with a family name, or two
    to four foreign words ("(WHO) Tedros Adhanom Ghebreyesus")."""
    holder = _SPACED_NAME_RE.match(text, position)
    if (
        holder is not None
        and holder.group(1).split(" ")[0] in v.surnames
        and looks_like_person(holder.group(1), v)
    ):
        return holder.span(1)
    foreign = _ANY_NAME_RE.match(text, position)
    words = foreign.group(1).split(" ") if foreign is not None else []
    if (
        foreign is not None
        and len(words) > 1
        and all(_is_foreign_word(w, v) or w in v.given_names for w in words)
    ):
        return foreign.span(1)
    return None


def _without_short_form(title: str) -> str:
    """``title`` without the short form in parentheses it ends with ("Giám đốc kỹ thuật (GĐKT)"):
    the post is the words, its acronym only repeats them."""
    short = _POST_ACRONYM_RE.search(title + " ")
    return title[: short.start()] if short is not None and short.end() == len(title) else title


def _name_after_country(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    """``Thủ tướng Thái Lan Prayut Chan-o-cha``, ``Thủ tướng Campuchia Hun Sen``: a country right
    after the position belongs to the title, and two to four capitalised words after it, hyphens
    kept, are the person (not "Thái Lan Prayut", whose "Thái" is also a family name); an envoy's
    title goes on with where he is posted ("Đại sứ Mỹ tại Việt Nam Marc Knapper")."""
    place = v.places_re.match(text, position + 1) if text.startswith(" ", position) else None
    if place is None or not text.startswith(" ", place.end()):
        return None
    after = place.end() + 1
    posted = _POSTED_AT_RE.match(text, place.end())
    if posted is not None and (where := v.places_re.match(text, posted.end())) is not None:
        after = where.end() + 1  # "Đại sứ Mỹ tại Việt Nam Marc Knapper": where the envoy is posted
    name = _NAME_HERE_RE.match(text, after)
    if name is None:
        return None
    words = name.group().split(" ")
    if len(words) == 1 and _is_foreign_word(words[0], v) and words[0] not in v.foreign_org_ends:
        # "Tổng thống Nga Putin", "Thủ tướng Nhật Bản Suga": a foreign surname used alone
        return None if v.companies.fullmatch(words[0]) else name.span()
    if place.group() in v.ambiguous_places and posted is None:
        return None
    if not 2 <= len(words) <= 4 or any(w.isupper() or w in v.foreign_org_ends for w in words):
        return None
    found = name.group()
    if v.places_re.match(found) or v.companies.match(found) or not looks_like_person(found, v):
        return None
    return name.start(), name.end()


def _is_name_word(word: str, v: Vocab) -> bool:
    """A capitalised word that may end a name: no acronym, place or organisation's end word."""
    return (
        word[1:2].islower()
        and word not in v.places
        and word not in v.ambiguous_places
        and word not in v.foreign_org_ends
    )


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
    head = v.org_heads.match(name)
    if head is not None and head.group() in v.surnames and _surname_and_given_name(name, v):
        head = None  # "Đoàn Ngọc Hải": a family name that is also a head ("Đoàn Thanh niên")
    return name not in v.places and head is None and not v.org_standalone.match(name)


def _surname_and_given_name(name: str, v: Vocab) -> bool:
    """Three or four Vietnamese syllables whose second is no head's next word: a personal name."""
    words = name.split(" ")
    return (
        3 <= len(words) <= 4
        and all(is_vietnamese_syllable(word) for word in words)
        and v.org_heads.fullmatch(" ".join(words[:2])) is None
    )


def _person(ex: Extraction, span: Span, v: Vocab) -> Cluster:
    # "Ông Lê Văn Hoạt" at the start of a sentence: the honorific is not part of the name.
    honorific = v.honorific.match(ex.view_text(span))
    if honorific and len(ex.view_text(span).split(" ")) > 2:
        span = Span(span.block, span.start + honorific.end(), span.end)
    return ex.add("person", ex.view_text(span), span, ex.surface(span))


def more_mentions(ex: Extraction, kind: str) -> None:
    """Every other place where a found name stands as a whole. The blocks are searched as one
    text, joined by line breaks (no name spans one), and each hit is mapped back to its block:
    one search per name rather than one per name and block."""
    article = ex.article
    starts = list(accumulate((len(view.text) + 1 for view in ex.views[:-1]), initial=0))
    for cluster in ex.of_kind(kind):
        key = cluster.key
        if "\n" in key:
            continue
        found = article.find(key)
        while found >= 0:
            index = bisect_right(starts, found) - 1
            text = ex.views[index].text
            start = found - starts[index]
            end = start + len(key)
            # A whole word: no letter, digit or dot before, no letter or digit after.
            before_ok = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._")
            if before_ok and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                span = Span(index, start, end)
                if span not in cluster.spans:
                    cluster.spans.append(span)
                    cluster.surfaces.append(ex.surface(span))
            found = article.find(key, found + 1)


def _titles(
    ex: Extraction, v: Vocab, cluster: Cluster, starts: dict[int, list[int]], unit_titles: dict[str, str]
) -> None:
    """Appositions after a mention: ``Name, Title Org, Title Org - Title Org``, up to the next
    person named (``X, Giám đốc Trung tâm Y và BS Z, Trưởng khoa ...``: the rest is Z's)."""
    for span in cluster.spans:
        text = ex.views[span.block].text
        others = [start for start in starts.get(span.block, ()) if start > span.end]
        position = span.end
        aside = _ASIDE_RE.match(text, position)
        if aside is not None and not v.apposition_heads.match(text, aside.start() + 2):
            position = aside.end()  # "Đoàn Nguyên Đức (bầu Đức) - Chủ tịch ...": past a nickname
        elif (born := _BORN_RE.match(text, position) or _AGE_APPOSED_RE.match(text, position)) is not None:
            # "X (SN 1981, giảng viên ...)", "X, 45 tuổi, Giám đốc ...": the title follows the age
            position = born.end()
        while True:
            separator = _TITLE_SEPARATOR_RE.match(text, position)
            if separator is None:
                break
            role = _role_after(text, separator.end(), v)
            if role is not None:
                if text[separator.start(1) : role] not in cluster.titles:
                    cluster.titles.append(text[separator.start(1) : role])
                break
            head = v.apposition_heads.match(text, separator.end())
            if head is None:
                break
            end = phrase_end(text, head.end(), v, allow_titles=True)
            if end == head.end() and (office := _shorter_head_end(head, v.apposition_heads)) is not None:
                # "Trưởng Ban Quản lý khu công nghiệp tỉnh X", "Trưởng ban Kinh tế - Ngân sách HĐND
                # tỉnh": the head holds its body's first words, the body goes on (read from the office)
                end = max(past_lower_words(text, end, v), phrase_end(text, office, v, allow_titles=True))
            company = _lower_head_of_name(text, head.end(), v) if end == head.end() else None
            if company is not None:
                # "Giám đốc điều hành công ty X": a lower-case company head, then its name (or the
                # head alone closing the apposition: "Giám đốc bệnh viện cho biết").
                end = max(end, phrase_end(text, company.end(), v, allow_titles=True))
            elif end == head.end() and (owner := _OF_ORGANISATION_RE.match(text, head.end())) is not None:
                end = max(end, phrase_end(text, owner.end(), v, allow_titles=True))
            elif (
                end == head.end()
                and (body := v.org_heads_lower.match(text, head.end() + 1)) is not None
                and _CLOSED_BY_SAYING_RE.match(text, body.end())
            ):
                end = body.end()  # "Giám đốc bệnh viện cho biết": the body named by its head
            elif end == head.end() and (field := _office_field_end(text, end, v)) > end:
                end = phrase_end(text, field, v, allow_titles=True)  # "trưởng Ban trọng tài VFF"
            elif end == head.end() and (field := _post_field_before_name(text, end, v)) > end:
                end = phrase_end(text, field, v, allow_titles=True)  # "Giám đốc kỹ thuật Công ty X"
            bare = end == head.end()
            if bare and _lower_tail_end(text, end) > end:
                # "Ông X, Giám đốc kinh doanh, cho biết": the post's field in lower case closes it.
                end = _lower_tail_end(text, end)
                bare = False
            if bare and not _complete_title(head.group(), v) and not _another_title(text, end, v):
                break
            if end > head.end() and v.org_heads.fullmatch(text, head.end() + 1, end):
                longer = past_lower_words(text, end, v)  # "Tổng giám đốc Công ty quản lý Quỹ X"
                if (
                    longer == end
                    and _lower_tail_end(text, end) == end
                    and _LOWER_AFTER_RE.match(text, end)
                    and not _CLOSED_BY_SAYING_RE.match(text, end)
                ):
                    break  # a bare head cut before its lower-case words: the title is not whole
                end = longer
            if end > head.end():
                end = _lower_tail_end(text, end)
                owner = _OF_ORGANISATION_RE.match(text, end)
                if owner is not None and not owner.group(1):
                    # "Trưởng phòng Truyền thông của Tập đoàn X": the body the department belongs to
                    end = max(end, phrase_end(text, owner.end(), v, allow_titles=True))
            if end > head.end():
                end = _past_cut_word(text, end, v)  # "Giám đốc khối Khách hàng cá nhân của Ngân hàng X,"
            end = _past_posting(text, end, v)  # "Đại sứ Nhật Bản tại Việt Nam, cho biết"
            term = _TERM_RE.match(text, end)
            if term is not None:
                end = term.end()  # "Đại biểu Quốc hội khóa XIV": the body's term is the post's
            end = _next_title_start(text, head.end(), end, v)
            if (
                separator.group(1)
                and not _TITLE_CLOSED_RE.match(text, end)
                and not _SAYING_RE.match(text, end)
                and not _CLOSED_BY_VERB_RE.match(text, end)
            ):
                break  # a former title is kept only whole, up to a comma, a parenthesis or a verb of saying
            other = min((start for start in others if head.end() < start <= end), default=None)
            joined = text.rfind(" và ", head.end(), other) if other is not None else -1
            if other is not None and joined >= 0 and _only_forms_of_address(text, joined + 4, other, v):
                end = joined
            elif other is not None and _titled_there(
                ex, span.block, other, text[head.start() : other].strip(), unit_titles
            ):
                break  # "A, Giám đốc Sở X, Phó Chủ tịch UBND tỉnh B": the last title is B's, before him
            else:
                other = None
            title = text[separator.start(1) : end]
            if title not in cluster.titles:
                cluster.titles.append(title)
            if other is not None:
                break
            # "(nguyên Bí thư Tỉnh ủy Ninh Bình)": a title in parentheses, and the chain goes on.
            position = end + 1 if separator.group().startswith(" (") and text.startswith(")", end) else end
            position = _past_country(text, position, v)


# Lower-case syllables that end a capitalised word of a unit's name, then the body it belongs to or
# sits in: " hàng cá nhân của Ngân hàng", " hóa tại Bảo tàng".
_CUT_WORD_RE = re.compile(rf"((?: [{LOWER}]+){{1,3}}) (?:của|tại)(?= [{UPPER}])")


def _past_cut_word(text: str, end: int, v: Vocab) -> int:
    """Past the rest of a title whose unit's name was cut after the first syllable of a word
    (``Giám đốc khối Khách`` + ``hàng cá nhân của Ngân hàng X``, ``... Sinh học Tiến`` + ``hóa tại
    Bảo tàng Y``): a capitalised syllable after a lower-case one, lower-case ones (no function word,
    no verb), then "của"/"tại" and a body, the whole closed by a comma, a parenthesis or a verb of
    saying; else ``end``."""
    cut = _CUT_WORD_RE.match(text, end)
    space = text.rfind(" ", 0, end)
    last, before = text[space + 1 : end], text[text.rfind(" ", 0, space) + 1 : space]
    # (the syllable before is lower case, the end of a word or a unit: "khối Khách", "học Tiến"; a
    # run of capitals is a proper name whose next word may be a verb: "Công ty Minh Phát bán ...")
    if cut is None or not last[:1].isupper() or last.isupper() or not before[:1].islower():
        return end
    if v.clause_verbs.match(text, end):
        return end
    if any(word in v.function_words for word in cut.group(1).split()):
        return end
    if v.org_starts.match(text, cut.end() + 1) is None:
        return end
    body_end = phrase_end(text, cut.end(), v, allow_titles=True)
    closed = _CLOSED_BY_SAYING_RE.match(text, body_end) or _CLOSED_BY_VERB_RE.match(text, body_end)
    return body_end if body_end > cut.end() and closed else end


def _titled_there(ex: Extraction, block: int, start: int, title: str, unit_titles: dict[str, str]) -> bool:
    """The person named at ``start`` holds ``title``, read before his name (or kept for him as a
    post whose body is named by its unit alone)."""
    return any(
        (title in person.titles or unit_titles.get(person.key) == title)
        and any(s.block == block and s.start == start for s in person.spans)
        for person in ex.of_kind("person")
    )


def _past_posting(text: str, end: int, v: Vocab) -> int:
    """Past " tại <place>" after a title when the apposition closes there ("Đại sứ Nhật Bản tại
    Việt Nam, ..."): where the holder is posted is part of the title; else ``end``."""
    posted = _POSTED_AT_RE.match(text, end)
    where = v.places_re.match(text, posted.end()) if posted is not None else None
    if where is None:
        return end
    closed = _TITLE_CLOSED_RE.match(text, where.end()) or _SAYING_RE.match(text, where.end())
    return where.end() if closed else end


def _past_country(text: str, position: int, v: Vocab) -> int:
    """Past ", Anh" after a title ("Giảng viên Đại học Oxford, Anh; nhà sáng lập ..."): where the
    body sits, before the next title of the chain; else ``position``."""
    place = v.places_re.match(text, position + 2) if text.startswith(", ", position) else None
    if place is None or not text.startswith(("; ", ", ", ")"), place.end()):
        return position
    return place.end()


# A descriptive role after a name holds no quotation and fifteen words at most (a longer run is
# a clause, not a role).
_ROLE_WORDS = 15
_QUOTES = ('"', "\u201c", "\u201d")


def _role_after(text: str, start: int, v: Vocab) -> int | None:
    """``Ryan Williams, người phát ngôn chiến dịch của ông X, nhận định``: where a descriptive role
    written after the name ends (a comma, a parenthesis, the sentence's end or a verb of saying),
    or None when none starts at ``start`` (GOLD-FORMAT counts such roles as titles)."""
    role = v.role_heads.match(text, start)
    # ("X, HLV trưởng CLB Y, cho biết": a cue that is a title reads as a role after the name)
    role_end = role.end() if role is not None else _cue_title_end(text, start, v)
    if role_end is None:
        return None
    close = _CLOSED_BY_SAYING_RE.search(text, role_end)
    ends = [
        m.start()
        for m in (close, _SAYING_RE.search(text, role_end), _ROLE_CLOSED_RE.search(text, role_end))
        if m
    ]
    end = min(ends, default=len(text))
    phrase = text[start:end]
    if len(phrase.split()) > _ROLE_WORDS or any(quote in phrase for quote in _QUOTES):
        return None
    return end


def _only_forms_of_address(text: str, start: int, end: int, v: Vocab) -> bool:
    """Nothing but academic prefixes and forms of address in ``text[start:end]`` ("BSCK2 ")."""
    while start < end:
        prefix = v.academic.match(text, start) or v.honorific.match(text, start)
        if prefix is None or prefix.end() <= start:
            return False
        start = prefix.end()
    return True


# The lower-case end of an official name in a title ("Trưởng khoa Chẩn đoán hình ảnh, ...",
# "Vụ trưởng Vụ Giáo dục trung học (Bộ ...)"): up to four lower-case words that close the
# apposition, before a comma, a parenthesis, the sentence's end or a verb of saying.
_LOWER_TAIL_RE = re.compile(
    # (a numbered ward or district keeps its number: "Trưởng Công an phường 7,")
    rf"((?: [{LOWER}]+){{1,4}}?(?:(?:(?<=quận)|(?<=phường)) \d{{1,2}})?)"
    r"(?=[,;)(]| \(|[.](?:\s|$)|$| (?:cho biết|cho rằng|cho hay|chia sẻ|nói"
    r"|nhận định|khẳng định|nhấn mạnh|thông tin|phát biểu|giải thích|trả lời|đánh giá"
    r"|bị|được|đã|đang|sẽ|vừa)\b)"  # (a tense or passive word: the clause's verb follows)
)
# A longer lower-case end joined by "và", closed by a verb of saying: "Phó trưởng phòng Quản lý thi
# và kiểm định chất lượng cho biết".
_SAYING = (
    r"cho biết|cho rằng|cho hay|chia sẻ|nhận định|khẳng định|nhấn mạnh|thông tin|phát biểu"
    r"|công bố|thông báo|tuyên bố|bày tỏ|nhận xét|lưu ý|cảnh báo|khuyến cáo"
)
_LOWER_AND_TAIL_RE = re.compile(rf"((?: [{LOWER}]+){{1,3}} và(?: [{LOWER}]+){{1,4}}?)(?= (?:{_SAYING})\b)")
_AT_EVENT_RE = re.compile(rf" (?:{AT_EVENT_VERBS})\b")
_SAYING_RE = re.compile(rf" (?:{_SAYING}|nói|giải thích|trả lời|đánh giá)\b")
# A title closed by a comma, a parenthesis, the sentence's end or a verb of saying.
_CLOSED_BY_SAYING_RE = re.compile(rf"[,;)]| \(|[.](?:\s|$)|$| (?:{_SAYING}|{AT_EVENT_VERBS})\b")
# A tense word or a dash closes a role written after the name ("X, nhà sáng lập Y đã nói",
# "(Nhà sáng lập Y - ứng dụng ...)").
# A tense or a passive word after a title: the clause's verb follows, the title is whole ("X - nguyên
# Chủ tịch UBND huyện bị khởi tố").
_CLOSED_BY_VERB_RE = re.compile(r" (?:bị|được|đã|đang|sẽ|vừa) ")
_ROLE_CLOSED_RE = re.compile(r" (?:đã|sẽ|đang|vừa)\b| [-\u2013] ")
_DASH_RE = re.compile(" [-\u2013] ")
# (and the particles that open a clause of purpose, time or cause: "... Tôn Đức Thắng để kiểm điểm")
_TAIL_STOP_WORDS = frozenset(
    (
        *("cho", "và", "của", "đã", "đang", "sẽ", "vừa", "là", "thì", "cũng", "được", "bị", "cùng"),
        *("để", "với", "khi", "theo", "từ", "do", "mà", "nên", "này", "đó", "rằng", "nhưng", "vì", "nếu"),
    )
)


def _split_titles(text: str, start: int, end: int, v: Vocab) -> list[str]:
    """The titles of ``text[start:end]``, split where a dash opens another title."""
    parts = []
    while (cut := _next_title_start(text, start, end, v)) < end:
        parts.append(text[start:cut])
        start = cut + 3  # past " - "
    return [*parts, text[start:end]]


def _next_title_start(text: str, start: int, end: int, v: Vocab) -> int:
    """``end``, or where a dash inside ``[start, end)`` opens a second title: "Bí thư Đảng ủy -
    Giám đốc Công ty X" is two titles (GOLD-FORMAT splits them at " - "), while the dash of
    "Bộ Lao động - Thương binh và Xã hội" is inside one name."""
    for dash in _DASH_RE.finditer(text, start, end):
        if v.apposition_heads.match(text, dash.end()) is not None:
            return dash.start()
    return end


def _lower_tail_end(text: str, end: int) -> int:
    """``end`` moved past the lower-case words that finish the name of a title's organisation (none
    after a national or central qualifier, which closes the name: "Viện X quốc gia gửi ...")."""
    if text.endswith((" quốc gia", " trung ương"), 0, end):
        return end
    tail = _LOWER_TAIL_RE.match(text, end)
    if tail is not None and (_SAYING_RE.match(text, end) or _AT_EVENT_RE.match(text, end)):
        # "Tổng giám đốc X chia sẻ.", "Phó Chủ tịch UBND tỉnh chủ trì hội nghị.": the verb closes
        # the title, it is no part of it
        return end
    if tail is None or any(word in _TAIL_STOP_WORDS for word in tail.group(1).split()):
        joined = _LOWER_AND_TAIL_RE.match(text, end)
        if joined is not None and not any(
            word in _TAIL_STOP_WORDS for word in joined.group(1).split() if word != "và"
        ):
            return joined.end(1)
        return end
    return tail.end(1)


def _another_title(text: str, end: int, v: Vocab) -> bool:
    """A second title follows at ``end`` ("Chủ tịch Hội đồng quản trị - Tổng giám đốc X"): the
    bare position before it is a title of its own (GOLD-FORMAT splits titles at " - " and "&")."""
    separator = _NEXT_TITLE_RE.match(text, end)
    return separator is not None and v.apposition_heads.match(text, separator.end()) is not None


def _complete_title(head: str, v: Vocab) -> bool:
    """A head that names its organisation itself (``Ủy viên Bộ Chính trị``, ``Chủ tịch nước``,
    ``UV BCT``) or is a position of its own (``Phó bí thư thường trực``, ``Tỉnh ủy viên``)."""
    return (
        v.org_standalone.search(head) is not None
        or head.endswith((" nước", "hường trực", " ủy viên"))  # "Phó Bí thư Thường trực" stands alone
        or head.startswith("UV")
    )
