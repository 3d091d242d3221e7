"""English titles as British news writes them, each form on sentences written for these tests:
posts of a campaign, seats in Parliament and posts of local bodies, posts given by a verb, posts
that speak unnamed, a secretary of state's portfolio, posts taken from someone, posts referring
back over sentences and paragraphs that name no one, a shadow who is not the holder; a place
inside another name ("New Belgium"); a month that is a given name before one surname, an award's
name that is no person, a body named after a year inside a post ("1922 Committee"), a post after
"is" opening on a possessive."""

from __future__ import annotations

from newsml_kit import read
from newsml_kit.extract import extract
from newsml_kit.model import NewsItem


def _read(*paragraphs: str) -> NewsItem:
    """An English article: a headline, then the paragraphs (read as English whatever the words)."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(read(text.encode(), format="text", extract=False).item, "en")


def _titles(*paragraphs: str) -> dict[str, list[str]]:
    return {person.name: person.titles for person in _read(*paragraphs).people}


def test_a_partys_campaign_post_keeps_its_campaign_word() -> None:
    assert _titles("Labour's election co-ordinator Corin Vasquez met donors.") == {
        "Corin Vasquez": ["Labour's election co-ordinator"]
    }
    assert _titles("Ilse Brandt, the Tories' campaign chief, flew north.") == {
        "Ilse Brandt": ["Tories' campaign chief"]
    }


def test_peers_and_backbenchers_hold_their_seat_as_a_title() -> None:
    assert _titles("Tory peer Lord Oyelaran voted against the bill.") == {"Lord Oyelaran": ["Tory peer"]}
    assert _titles("Labour backbencher Halvard Steel voted against it too.") == {
        "Halvard Steel": ["Labour backbencher"]
    }
    assert _titles("Shadow frontbencher Ruth Calder spoke next.") == {"Ruth Calder": ["Shadow frontbencher"]}


def test_a_post_of_a_local_body_keeps_the_body() -> None:
    assert _titles("Roads were shut, county board chairman Tarquin Oyelaran said.") == {
        "Tarquin Oyelaran": ["county board chairman"]
    }
    assert _titles("City council leader Ann Bexley opened the bridge.") == {
        "Ann Bexley": ["City council leader"]
    }


def test_an_occupation_is_still_no_title() -> None:
    assert _titles("Paul Berg, senior analyst at Brantwell Bank, said so.") == {"Paul Berg": []}


def test_initials_with_dots_stay_in_the_post() -> None:
    assert _titles("Markets fell as U.S. President Corin Vasquez spoke.") == {
        "Corin Vasquez": ["U.S. President"]
    }
    assert _titles("Rain fell in the U.S. Paul Berg stayed home.") == {"Paul Berg": []}


def test_a_ranks_words_before_of_are_a_post_not_a_name() -> None:
    assert _titles("Chief Inspector of Prisons Ann Bexley wrote the report.") == {
        "Ann Bexley": ["Chief Inspector of Prisons"]
    }
    assert _titles("Paul Berg, Chief Constable of Wessex, said so.") == {
        "Paul Berg": ["Chief Constable of Wessex"]
    }


def test_a_post_that_speaks_unnamed_is_the_title_of_whom_the_next_sentence_names() -> None:
    assert _titles(
        "It follows a warning. Freedonia's High Commissioner to Britain said some families felt cut off. "
        "Dr Ann Bexley said they should feel at home."
    ) == {"Ann Bexley": ["Freedonia's High Commissioner to Britain"]}
    assert _titles(
        "Brantwell's chief executive said profits fell. Paul Berg said the firm would recover."
    ) == {"Paul Berg": ["Brantwell's chief executive"]}
    # A country's possessive is dropped from a post at home.
    assert _titles("France's foreign minister said no. Paul Berg said the talks would go on.") == {
        "Paul Berg": ["foreign minister"]
    }


def test_an_unnamed_post_is_nobodys_when_the_next_sentence_opens_on_no_new_name() -> None:
    # Another sentence between them, or a person named before: no title.
    assert _titles("Brantwell's chief executive said profits fell. Analysts agreed. Paul Berg said so.") == {
        "Paul Berg": []
    }
    assert _titles(
        "Paul Berg, a trader, spoke. Brantwell's chief executive said profits fell. Mr Berg said more."
    ) == {"Paul Berg": []}


def test_a_name_broken_by_a_hard_line_wrap_is_one_name() -> None:
    item = _read(
        "Curbs ordered by President Paul\nBerg hit shares, while the city of Alexander\nCounty, "
        "the smallest, flooded."
    )
    assert [(person.name, person.titles) for person in item.people] == [("Paul Berg", ["President"])]


def test_a_post_given_by_a_verb_after_the_name() -> None:
    assert _titles("Paul Berg was appointed chief executive in 2003.") == {"Paul Berg": ["chief executive"]}
    assert _titles("Paul Berg was named chairman of Brantwell Foods in May.") == {
        "Paul Berg": ["chairman of Brantwell Foods"]
    }
    assert _titles("Paul Berg took over as Brantwell's chief executive on Monday.") == {
        "Paul Berg": ["Brantwell's chief executive"]
    }
    assert _titles("Paul Berg - who is also chairman of Brantwell Foods - spoke.") == {
        "Paul Berg": ["chairman of Brantwell Foods"]
    }


def test_a_verb_before_no_post_gives_none() -> None:
    assert _titles("Paul Berg became angry when the chairman left.") == {"Paul Berg": []}
    assert _titles("Paul Berg was named in the report by the chairman.") == {"Paul Berg": []}


def test_new_before_a_place_makes_another_name_unless_the_pair_is_a_place() -> None:
    def places(text: str) -> list[str]:
        return [place.name for place in _read(text).places]

    assert places("New Freedonia Ales raised prices. New Belgium raised prices in Belgium.") == ["Belgium"]
    assert places("Talks moved from New Delhi to New Mexico.") == ["New Delhi", "New Mexico"]


def test_one_office_is_written_once_in_full() -> None:
    assert _titles("U.S. President Paul Berg flew in. Talks with President Paul Berg began.") == {
        "Paul Berg": ["U.S. President"]
    }
    assert _titles("Former President Paul Berg flew in. As a boy, President Paul Berg ran.") == {
        "Paul Berg": ["Former President", "President"]
    }


def test_a_seat_and_a_post_joined_by_and_are_two_titles() -> None:
    assert _titles("Ann Lee, Labour MP for Fenland and shadow health secretary, spoke.") == {
        "Ann Lee": ["Labour MP for Fenland", "shadow health secretary"]
    }
    # "and" inside a firm's name or a portfolio keeps one post.
    assert _titles("Paul Berg, chief executive of Marks and Spencer, spoke.") == {
        "Paul Berg": ["chief executive of Marks and Spencer"]
    }


def test_a_secretary_of_state_keeps_his_portfolio_before_the_name() -> None:
    assert _titles("The shadow secretary of state for transport, Lena Harrow, said fares rose.") == {
        "Lena Harrow": ["shadow secretary of state for transport"]
    }
    assert _titles("Secretary of state for Wales Owen Pryce opened the road.") == {
        "Owen Pryce": ["Secretary of state for Wales"]
    }


def test_a_post_taken_from_someone_is_the_takers() -> None:
    assert _titles("Nadia Forde, who replaced Colin Ashe as education secretary, spoke.") == {
        "Nadia Forde": ["education secretary"],
        "Colin Ashe": [],
    }
    assert _titles("Ivo Brandt, who took over from Mr Ashe as party chairman in May, spoke.") == {
        "Ivo Brandt": ["party chairman"],
        "Mr Ashe": [],
    }


def test_a_post_refers_back_over_sentences_that_name_no_one() -> None:
    assert _titles(
        "Ruth Calder set out her budget on Monday. Duty on fuel would be frozen, she said. "
        "Asked about pensions, the chancellor said they would rise."
    ) == {"Ruth Calder": ["chancellor"]}
    # Two people joined further back leave the post unattributed.
    assert _titles(
        "Ruth Calder and Tom Ward met on Monday. Duty on fuel would be frozen, they said. "
        "Asked about pensions, the chancellor said they would rise."
    ) == {"Ruth Calder": [], "Tom Ward": []}


def test_a_post_refers_back_over_paragraphs_that_name_no_one() -> None:
    assert _titles(
        "Ruth Calder has set out her budget.",
        '"We will not raise taxes," she said.',
        "The chancellor also promised more money for schools.",
    ) == {"Ruth Calder": ["chancellor"]}


def test_a_shadow_is_not_the_holder_of_the_post_a_report_refers_to() -> None:
    assert _titles("The shadow chancellor, Tom Ward, spoke. But the chancellor said so.") == {
        "Tom Ward": ["shadow chancellor"]
    }


def test_a_referring_posts_possessive_refers_back_too() -> None:
    assert _titles("Ruth Calder set out her budget. The chancellor's plans were attacked.") == {
        "Ruth Calder": ["chancellor"]
    }


def test_a_post_inside_a_sentence_naming_no_one_refers_back() -> None:
    assert _titles("Ruth Calder arrived in Leeds. Crowds cheered the chancellor as she spoke.") == {
        "Ruth Calder": ["chancellor"]
    }
    # Only of whom the report is about: not of someone named once before it.
    assert _titles(
        "Ruth Calder set out her budget. Ms Calder said taxes would not rise.",
        "Tom Ward called it a con. Business leaders warned the chancellor about debt.",
    ) == {"Ruth Calder": [], "Tom Ward": []}
    # After a pronoun that stands for her, or inside her own words, the post is another's.
    assert _titles("Ruth Calder arrived. She said she trusted the prime minister.") == {"Ruth Calder": []}
    assert _titles('Ruth Calder arrived. "I trust the prime minister," she said.') == {"Ruth Calder": []}


def test_a_post_is_written_once_with_what_it_is_of() -> None:
    assert _titles(
        "Sir Tom Ward, permanent secretary at the Treasury, was knighted. Sir Tom, who has been "
        "permanent secretary since 2001, was pleased."
    ) == {"Tom Ward": ["permanent secretary at the Treasury"]}


def test_a_hyphenated_post_before_a_name_is_no_part_of_it() -> None:
    assert _titles("Ex-minister Tom Ward, now a backbencher, said so.") == {
        "Tom Ward": ["Ex-minister", "backbencher"]
    }


def test_a_spokesman_speaking_of_a_post_speaks_for_its_holder() -> None:
    assert _titles("Ms Calder's official spokesman said the prime minister would attend.") == {
        "Ms Calder": ["prime minister"]
    }


def test_a_post_replying_is_not_the_one_it_answers() -> None:
    assert _titles("Mr Ward said wards were dirty. The prime minister retorted that they were not.") == {
        "Mr Ward": []
    }
    assert _titles("Ms Calder spoke first. The chancellor replied to critics later.") == {
        "Ms Calder": ["chancellor"]
    }


def test_new_after_whose_post_it_is_is_no_part_of_it() -> None:
    assert _titles("Brantwell Foods said Ann Lee, its new chief executive, would start.") == {
        "Ann Lee": ["chief executive"]
    }


def test_the_heads_before_names_are_found_where_the_whole_pattern_finds_them() -> None:
    # The backward scan and its windows stand for the pattern: the same ends, also where heads
    # follow one another, a comma stands between, or a head of two words holds another.
    from newsml_kit.extract.en.people import _title_head_ends
    from newsml_kit.extract.en.vocab import vocab

    v = vocab()
    for text in [
        "Talks with Foreign Secretary Jack Ward and the chief executive, Ann Lee, ended.",
        "The General Secretary General Corin Vasquez and minister Secretary General Ilse Brandt met.",
        "A minister Foreign Secretary Tom Ward, then President President Ann Lee, spoke.",
        "No post here precedes a name, only Ward and Lee.",
        "Secretary Ward",
        " president X",
        "",
    ]:
        assert _title_head_ends(v, text) == [match.end() for match in v.title_head_re.finditer(text)]


def test_a_month_that_is_a_given_name_before_one_surname_that_speaks() -> None:
    assert _titles("Jan Kowalczyk, the Polish foreign minister, arrived in Leeds.") == {
        "Jan Kowalczyk": ["Polish foreign minister"]
    }
    assert _titles("Jan Kowalczyk said the deal was off.") == {"Jan Kowalczyk": []}
    # A word of time before it keeps the month a month.
    assert _titles("Since Jan Lowe said so, nobody has agreed.") == {}
    assert _titles("Sales rose in Jan. Kowalczyk said so.") == {}


def test_an_awards_name_is_no_person() -> None:
    item = _read("Sergeant Tom Reddy was awarded the Victoria Cross for his bravery.")
    assert [p.name for p in item.people] == ["Tom Reddy"]
    assert [a.name for a in item.awards] == ["Victoria Cross"]
    item = _read("Paul Berg collected the George Cross at the palace.")
    assert [p.name for p in item.people] == ["Paul Berg"]


def test_a_body_named_after_a_year_is_an_organisation_inside_a_post() -> None:
    item = _read("The chairman of the 1922 Committee, Sir Ruth Calder, said the vote would be held.")
    assert [o.name for o in item.organisations] == ["1922 Committee"]
    assert {p.name: p.titles for p in item.people} == {"Ruth Calder": ["chairman of the 1922 Committee"]}
    assert _titles("Paul Berg, the 1922 Committee chairman, said the vote would be held.") == {
        "Paul Berg": ["1922 Committee chairman"]
    }
    assert _titles("1922 Committee chairman Paul Berg said the vote would be held.") == {
        "Paul Berg": ["1922 Committee chairman"]
    }
    # A year before a post opens no body's name.
    assert _titles("In 2004 Labour leader Paul Berg said no.") == {"Paul Berg": ["Labour leader"]}
    assert _titles("Paul Berg, 2003 winner of the prize, said no.") == {"Paul Berg": []}


def test_a_post_after_is_may_open_on_a_possessive() -> None:
    assert _titles("Ann Bexley is Freedonia's ambassador to the United States.") == {
        "Ann Bexley": ["Freedonia's ambassador to the United States"]
    }
    assert _titles("Ann Bexley is Labour's deputy leader.") == {"Ann Bexley": ["Labour's deputy leader"]}
    assert _titles("Ann Bexley was Brantwell's chief executive until 2003.") == {
        "Ann Bexley": ["Brantwell's chief executive"]
    }
    # What the possessive goes on to is no post.
    assert _titles("Ann Bexley is Brantwell's biggest shareholder.") == {"Ann Bexley": []}
    assert _titles("Ann Bexley is Britain's best known chef.") == {"Ann Bexley": []}


def test_a_journalists_word_for_the_holder_before_a_name_is_no_part_of_the_post() -> None:
    assert _titles("Veteran Labour MP Paul Flynn said so.") == {"Paul Flynn": ["Labour MP"]}
    assert _titles("Leading Labour backbencher Paul Flynn said so.") == {"Paul Flynn": ["Labour backbencher"]}
    assert _titles("Newly-elected Tory MP Paul Flynn said so.") == {"Paul Flynn": ["Tory MP"]}
    assert _titles("New chief executive Paul Berg said so.") == {"Paul Berg": ["chief executive"]}
    # The word opens another name: a firm's, a country's.
    assert _titles("Leading Edge chief executive Paul Berg said so.") == {
        "Paul Berg": ["Leading Edge chief executive"]
    }
    assert _titles("New Zealand Prime Minister Ann Bexley said so.") == {
        "Ann Bexley": ["New Zealand Prime Minister"]
    }


def test_two_joined_posts_after_two_joined_people_when_one_holds_one() -> None:
    lead = "MPs criticised Paul Berg and Ann Bexley over the row."
    assert _titles(
        lead, "Mr Berg, the prime minister, said it was over.", "The prime minister and chancellor met."
    ) == {
        "Paul Berg": ["prime minister"],
        "Ann Bexley": ["chancellor"],
    }
    assert _titles(
        lead, "Mr Berg, the chancellor, said so.", "It follows rows between prime minister and chancellor."
    ) == {
        "Paul Berg": ["chancellor"],
        "Ann Bexley": ["prime minister"],
    }
    # No holder: the order of the posts tells nothing.
    assert _titles(lead, "The prime minister and chancellor faced questions.") == {
        "Paul Berg": [],
        "Ann Bexley": [],
    }
    # Two partners, or a partner with a post of their own: nothing is given.
    assert _titles(
        "MPs criticised Paul Berg and Ann Bexley, as did Ruth Calder and Paul Berg.",
        "Mr Berg, the prime minister, said it was over.",
        "The prime minister and chancellor faced questions.",
    ) == {"Paul Berg": ["prime minister"], "Ann Bexley": [], "Ruth Calder": []}
    assert _titles(
        "MPs criticised Paul Berg and Ann Bexley, the party chairman, over the row.",
        "Mr Berg, the prime minister, said it was over.",
        "The prime minister and chancellor faced questions.",
    ) == {"Paul Berg": ["prime minister"], "Ann Bexley": ["party chairman"]}


def test_a_referring_post_may_be_capitalised() -> None:
    assert _titles(
        "Paul Berg has urged voters to back Labour.", "The Chancellor said growth was strong."
    ) == {"Paul Berg": ["Chancellor"]}
    assert _titles("Ann Bexley has unveiled the question.", "The Foreign Secretary said it was fair.") == {
        "Ann Bexley": ["Foreign Secretary"]
    }
    # A post qualified by a country is another's; a post held already is not taken again.
    assert _titles("Ann Bexley has unveiled the question.", "The Freedonian President said it was fair.") == {
        "Ann Bexley": []
    }
    assert _titles(
        "Paul Berg, the chancellor, spoke first.", "Ann Bexley spoke next.", "The Chancellor said so."
    ) == {
        "Paul Berg": ["chancellor"],
        "Ann Bexley": [],
    }


def test_a_post_given_after_as() -> None:
    assert _titles("Brantwell has appointed Paul Berg as chief executive.") == {
        "Paul Berg": ["chief executive"]
    }
    assert _titles("The receivers appointed retail veteran Paul Berg as interim chief executive.") == {
        "Paul Berg": ["interim chief executive"]
    }
    assert _titles("Brantwell named Ann Bexley as its new chairman on Monday.") == {
        "Ann Bexley": ["chairman"]
    }
    assert _titles("Paul Berg succeeds Ann Bexley as chief executive.") == {
        "Paul Berg": ["chief executive"],
        "Ann Bexley": [],
    }
    assert _titles("Paul Berg will take over as chairman in May.") == {"Paul Berg": ["chairman"]}
    # No verb gives the post, or what follows "as" is no post.
    assert _titles("Ann Bexley worked with Paul Berg as chairman of the board.") == {
        "Ann Bexley": [],
        "Paul Berg": [],
    }
    assert _titles("The party picked Paul Berg as its candidate.") == {"Paul Berg": []}


def test_a_capitalised_co_post_opening_a_sentence() -> None:
    assert _titles("Co-founder Paul Berg said so.") == {"Paul Berg": ["Co-founder"]}
    assert _titles("Co-chairman Ann Bexley said so.") == {"Ann Bexley": ["Co-chairman"]}


def test_a_referring_post_after_two_joined_people_goes_to_the_one_who_may_hold_it() -> None:
    assert _titles(
        "Prime Minister Paul Berg spoke first.",
        "Mr Berg and Ann Bexley met on Monday.",
        "The chancellor said the talks went well.",
    ) == {"Paul Berg": ["Prime Minister"], "Ann Bexley": ["chancellor"]}
    # Either could hold it: nothing is given.
    assert _titles("Paul Berg and Ann Bexley met on Monday.", "The chancellor said the talks went well.") == {
        "Paul Berg": [],
        "Ann Bexley": [],
    }


def test_two_joined_posts_in_the_apposition_of_two_joined_names_go_one_to_each() -> None:
    assert _titles("Paul Berg and Ann Bexley, the prime minister and chancellor, met on Monday.") == {
        "Paul Berg": ["prime minister"],
        "Ann Bexley": ["chancellor"],
    }
    assert _titles("Paul Berg and Ann Bexley - the prime minister and chancellor - met on Monday.") == {
        "Paul Berg": ["prime minister"],
        "Ann Bexley": ["chancellor"],
    }
    # One name: both posts are its own.
    assert _titles("Ann Bexley, the Commons leader and Welsh secretary, spoke.") == {
        "Ann Bexley": ["Commons leader", "Welsh secretary"]
    }
