"""English forms round en24 added, each on sentences written for these tests: a name no table knows
after a post's two-word head ("director general"), a surname that is a building's word before an
apposition with no article, lower-case auditor general; prizes written with their kind in lower
case, an award's name going on with "of", "elevated to the peerage", a title won for a year in
lower case."""

from __future__ import annotations

from support.extraction import read_english as _read


def _titles(*paragraphs: str) -> dict[str, list[str]]:
    return {person.name: person.titles for person in _read(*paragraphs).people}


def _awards(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [(a.name, [r.text for r in a.recipients]) for a in _read(*paragraphs).awards]


def test_a_name_after_a_two_word_head_whose_last_word_is_no_head() -> None:
    assert _titles("WTO director general Zoltan Okonkwo said the talks had failed.") == {
        "Zoltan Okonkwo": ["WTO director general"]
    }
    assert _titles("Acme Director General Zoltan Okonkwo opened the plant.") == {
        "Zoltan Okonkwo": ["Acme Director General"]
    }
    # the two-word head still needs its first word: "General" alone is a rank
    assert _titles("General Zoltan Okonkwo inspected the troops.") == {"Zoltan Okonkwo": []}


def test_a_building_word_as_surname_before_a_post_without_an_article() -> None:
    assert _titles("Ann Hill, vice-president of marketing at Widgetco, said sales rose.") == {
        "Ann Hill": ["vice-president of marketing at Widgetco"]
    }
    assert _titles("Tom Park, chief executive of Widgetco, said sales rose.") == {
        "Tom Park": ["chief executive of Widgetco"]
    }
    # a park that is home to something is no person
    assert _titles("Fans gathered at Victoria Park, home to the club, on Monday.") == {}


def test_the_auditor_general_in_lower_case() -> None:
    assert _titles("Sir Ivo Marsh, the auditor general, criticised the department.") == {
        "Ivo Marsh": ["auditor general"]
    }


def test_prizes_written_with_their_kind_in_lower_case() -> None:
    assert _awards("Ann Lee has been awarded the Nobel peace prize.") == [("Nobel peace prize", ["Ann Lee"])]
    assert _awards("Paul Berg won the Booker prize for his third novel.") == [("Booker prize", ["Paul Berg"])]
    # a nomination confers nothing
    assert _awards("Paul Berg was shortlisted for the Turner prize.") == []


def test_an_awards_name_goes_on_with_of_and_a_capital() -> None:
    assert _awards("Ann Lee was awarded the Presidential Medal of Freedom.") == [
        ("Presidential Medal of Freedom", ["Ann Lee"])
    ]
    # a body after "of" is no part of the name
    found = _awards("Ann Lee won the Innovation Award of Widgetco Group.")
    assert found == [("Innovation Award", ["Ann Lee"])]


def test_elevated_to_the_peerage() -> None:
    assert _awards("Paul Berg was elevated to the peerage in 2001.") == [("peerage", ["Paul Berg"])]


def test_a_title_won_for_a_year_in_lower_case() -> None:
    assert _awards("Ann Lee was named businesswoman of the year.") == [
        ("businesswoman of the year", ["Ann Lee"])
    ]
    assert _awards("Paul Berg was voted European manager of the year by readers.") == [
        ("European manager of the year", ["Paul Berg"])
    ]
    # a ranking is no title conferred, nor a year named after other words
    assert _awards("The car was named the most reliable model of the year.") == []
    assert _awards("Paul Berg named the year of the flood as the worst.") == []


def test_a_participle_and_as_before_the_post_of_an_apposition() -> None:
    assert _titles("Mr Okafor, speaking as foreign secretary, said the talks were useful.") == {
        "Mr Okafor": ["foreign secretary"]
    }
    assert _titles("Ann Lee, writing as chairman of the trust, defended the sale.") == {
        "Ann Lee": ["chairman of the trust"]
    }
    assert _titles("Mr Okafor, speaking as a parent, said the plan was wrong.") == {"Mr Okafor": []}


def test_counted_wins_keep_their_plural() -> None:
    assert _awards("The studio's new film won six Baftas at the ceremony.") == [("Baftas", [])]
    assert _awards("Ann Lee has won the Pulitzer for her reporting.") == [("Pulitzer", ["Ann Lee"])]


def test_a_posts_spokesman_speaking_of_the_person_named_after_him() -> None:
    spoken = "The prime minister's official spokesman said Mr Okafor was confident."
    assert _titles(spoken) == {"Mr Okafor": ["prime minister"]}
    # not the person of the sentence before, who holds no such post
    assert _titles("Ann Lee will report next week.", spoken) == {
        "Ann Lee": [],
        "Mr Okafor": ["prime minister"],
    }
    assert _titles(f"Paul Okafor said the plan was right. Ann Lee will report next week. {spoken}") == {
        "Paul Okafor": ["prime minister"],
        "Ann Lee": [],
    }


def test_the_post_someone_resigned_from() -> None:
    assert _titles("Paul Okafor has resigned as home secretary after an inquiry.") == {
        "Paul Okafor": ["home secretary"]
    }
    assert _titles("Ann Lee quit as chief executive of Widgetco on Monday.") == {
        "Ann Lee": ["chief executive of Widgetco"]
    }
    assert _titles("Ann Lee resigned as the row grew.") == {"Ann Lee": []}


def test_an_honour_keeps_the_word_written_before_it() -> None:
    assert _awards("Paul Berg has been given a life peerage.") == [("life peerage", ["Paul Berg"])]
    assert _awards("Paul Berg was one of 20 people to receive an honorary knighthood.") == [
        ("honorary knighthood", ["Paul Berg"])
    ]
    # a plural is still named in the singular
    assert _awards("There are OBEs for the broadcaster Ann Lee.") == [("OBE", ["Ann Lee"])]


def test_a_rebel_is_a_journalists_word_for_the_holder() -> None:
    assert _titles("Rebel Labour MP Ann Lee voted against the bill.") == {"Ann Lee": ["Labour MP"]}
    assert _titles("Ann Lee, a rebel Labour MP, voted against the bill.") == {"Ann Lee": ["Labour MP"]}


def test_members_of_the_welsh_and_northern_ireland_assemblies() -> None:
    assert _titles("Plaid Cymru AM Leanne Okafor said the plan was wrong.") == {
        "Leanne Okafor": ["Plaid Cymru AM"]
    }
    assert _titles("Leanne Okafor, the Plaid Cymru AM for Cardiff Central, said the plan was wrong.") == {
        "Leanne Okafor": ["Plaid Cymru AM for Cardiff Central"]
    }
    assert _titles("DUP MLA Corin Vasquez said the plan was wrong.") == {"Corin Vasquez": ["DUP MLA"]}
    # one capitalised word after a seat's letters is no name
    assert _titles("Listeners to BBC AM Radio said the signal was clear.") == {}


def test_a_past_win_the_text_states() -> None:
    assert _awards("Nobel prize-winning economist Paul Okafor criticised the plans.") == [
        ("Nobel prize", ["Paul Okafor"])
    ]
    assert _awards("Ann Lee, the Turner Prize-winning artist, backed the bid.") == [
        ("Turner Prize", ["Ann Lee"])
    ]
    assert _awards("Paul Okafor, the Nobel Prize winner, criticised the plans.") == [
        ("Nobel Prize", ["Paul Okafor"])
    ]
    assert _awards("Nobel laureate Paul Okafor criticised the plans.") == [("Nobel Prize", ["Paul Okafor"])]
    assert _awards("Ann Lee, who holds the George Cross, backed the bid.") == [("George Cross", ["Ann Lee"])]


def test_no_award_without_a_win() -> None:
    assert _awards("The award-winning writer Ann Lee backed the bid.") == []
    assert _awards("The winner of the Turner Prize will be announced on Monday.") == []
    assert _awards("Six writers are on the shortlist for the Booker Prize.") == []
    assert _awards("Ann Lee holds talks with Nobel Peace Prize committee members.") == []
    assert _awards("Ann Lee, a former Booker Prize judge, backed the bid.") == []


def test_posts_told_by_a_verb_with_is_has_been_or_a_change_of_post() -> None:
    assert _titles("Paul Okafor is Leader of the House of Commons.") == {
        "Paul Okafor": ["Leader of the House of Commons"]
    }
    assert _titles("Ann Lee has been chief executive since 2001.") == {"Ann Lee": ["chief executive"]}
    assert _titles("Ann Lee was promoted to chief executive in May.") == {"Ann Lee": ["chief executive"]}
    assert _titles("Ann Lee was sacked as chief executive on Monday.") == {"Ann Lee": ["chief executive"]}
    assert _titles("Ann Lee was re-elected leader of the party.") == {"Ann Lee": ["leader of the party"]}
    assert _titles("Ann Lee is to become chief executive of Widgetco.") == {
        "Ann Lee": ["chief executive of Widgetco"]
    }
    # no post after the verb
    assert _titles("Ann Lee was Widgetco's biggest shareholder.") == {"Ann Lee": []}
    assert _titles("Ann Lee has been in Brussels since Monday.") == {"Ann Lee": []}


def test_a_post_held_as_after_a_verb_and_its_object() -> None:
    assert _titles("Paul Okafor returned to the cabinet as Chancellor of the Duchy of Lancaster.") == {
        "Paul Okafor": ["Chancellor of the Duchy of Lancaster"]
    }
    assert _titles("Paul Okafor returned to the cabinet as work and pensions secretary.") == {
        "Paul Okafor": ["work and pensions secretary"]
    }
    assert _titles("Viktor Okafor was sworn in as president on Sunday.") == {"Viktor Okafor": ["president"]}
    assert _titles("Ann Lee returned as chairman and said she would stay.") == {"Ann Lee": ["chairman"]}
    assert _titles("Ann Lee, speaking in her role as chairman of the trust, said it would stay.") == {
        "Ann Lee": ["chairman of the trust"]
    }
    # no post after "as"
    assert _titles("Ann Lee served as a soldier in Iraq.") == {"Ann Lee": []}
    assert _titles("The row continues as Mr Okafor prepares for the vote.") == {"Mr Okafor": []}


def test_two_capitalised_posts_joined_by_and() -> None:
    assert _titles("Paul Okafor is Leader of the House of Commons and Welsh Secretary.") == {
        "Paul Okafor": ["Leader of the House of Commons", "Welsh Secretary"]
    }
    assert _titles("Ann Lee, the Leader of the House and Lord Privy Seal, said no.") == {
        "Ann Lee": ["Leader of the House", "Lord Privy Seal"]
    }
    # "and" inside a portfolio's name
    assert _titles("Ann Lee, Minister for Trade and Industry, said no.") == {
        "Ann Lee": ["Minister for Trade and Industry"]
    }


def test_titles_and_status_conferred_on_places_and_sought_ones() -> None:
    assert _awards("Liverpool was named European Capital of Culture for 2008.") == [
        ("European Capital of Culture", [])
    ]
    assert _awards("The Jurassic Coast was made a World Heritage Site in 2001.") == [
        ("World Heritage Site", [])
    ]
    # sought, not conferred
    assert _awards("Newcastle lost out in the race to become European Capital of Culture.") == []
    assert _awards("Paul Okafor hopes to win the Turner Prize.") == []


def test_award_names_with_of_or_a_lower_case_field() -> None:
    assert _awards("The Prince of Wales handed Paul Okafor the Duke of Edinburgh's Award.") == [
        ("Duke of Edinburgh's Award", ["Paul Okafor"])
    ]
    assert _awards("Paul Okafor was awarded the Nobel prize for literature.") == [
        ("Nobel prize for literature", ["Paul Okafor"])
    ]
