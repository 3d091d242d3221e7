"""English forms round en26 added, each on sentences written for these tests: a given name that is
also a place's name opening a person's name; newspapers and investment arms by the word that ends
their names; a body named "X Society of Y" in full; "new" or "current" inside a body's possessive
post; the post in "who as home secretary introduced ..."; a body's award in lower case after a verb
that confers it."""

from __future__ import annotations

from support.extraction import awards, organisations, people, places, read_english, titles


def test_a_given_name_that_is_a_place_opens_a_persons_name() -> None:
    for name in ("Chad Varah", "Jordan Henderson", "Sydney Smith", "Denzel Washington"):
        item = read_english(f"{name}, who founded the group, said it would go on.")
        assert people(item) == [name]
        assert places(item) == []
    assert people(read_english("Ann Lee met Chelsea Clinton in Leeds.")) == ["Ann Lee", "Chelsea Clinton"]


def test_a_place_opening_a_name_after_the_or_a_word_of_place_is_no_person() -> None:
    item = read_english("Ann Lee sang at the Sydney Opera House and fans of the Sydney Roosters cheered.")
    assert people(item) == ["Ann Lee"]
    assert places(read_english("He flew from Jordan to Sydney on Monday.")) == ["Jordan", "Sydney"]


def test_a_newspaper_is_named_by_the_word_that_ends_its_name() -> None:
    item = read_english("The Irish Times and the Yorkshire Post reported that the minister would resign.")
    assert organisations(item) == ["Irish Times", "Yorkshire Post"]
    assert organisations(read_english("The Jordan Times reported the talks.")) == ["Jordan Times"]


def test_an_investment_arm_named_capital_is_its_own_firm() -> None:
    assert organisations(read_english("Analysts at Barclays Capital said shares would rise.")) == [
        "Barclays Capital"
    ]


def test_a_head_then_of_or_for_goes_on_to_the_end_of_the_name() -> None:
    item = read_english("Ann Lee, director of the Royal Society of Arts, said the plan was sound.")
    assert organisations(item) == ["Royal Society of Arts"]
    item = read_english(
        "The Royal Institute of British Architects and the National Union of Teachers agreed."
    )
    assert organisations(item) == ["Royal Institute of British Architects", "National Union of Teachers"]
    assert organisations(read_english("The Royal Society said it would review the paper.")) == [
        "Royal Society"
    ]


def test_a_post_or_a_name_after_the_body_is_no_part_of_it() -> None:
    item = read_english("Royal Bank of Scotland chairman Ann Lee said profits rose.")
    assert organisations(item) == ["Royal Bank of Scotland"]
    assert people(item) == ["Ann Lee"]


def test_new_or_current_inside_a_bodys_possessive_post_is_the_reporters_word() -> None:
    item = read_english("Paul Berg, Acme's new chief executive, said the firm would survive.")
    assert titles(item, "Paul Berg") == ["Acme's chief executive"]
    item = read_english("Ann Lee, Royal Mail's current chairman, said the firm would survive.")
    assert titles(item, "Ann Lee") == ["Royal Mail's chairman"]


def test_the_post_in_a_who_as_clause_is_the_persons() -> None:
    item = read_english("Paul Berg, who as home secretary introduced the bill, said it was fair.")
    assert titles(item, "Paul Berg") == ["home secretary"]
    item = read_english("Ann Lee, who, as chief executive, cut the firm's costs, said it would grow.")
    assert titles(item, "Ann Lee") == ["chief executive"]


def test_a_who_as_clause_without_a_whole_post_gives_none() -> None:
    assert titles(read_english("Ann Lee, who as a child lived in Leeds, said it."), "Ann Lee") == []
    item = read_english("Ann Lee, who as chairman of the committee wrote the report, said it.")
    assert titles(item, "Ann Lee") == []


def test_a_bodys_award_in_lower_case_after_a_verb_that_confers_it() -> None:
    item = read_english("The programme won a Royal Television Society award last year.")
    assert awards(item) == ["Royal Television Society award"]
    item = read_english("Ann Lee received two Royal Society prizes in 2003.")
    assert awards(item) == ["Royal Society prizes"]
    assert [r.text for r in item.awards[0].recipients] == ["Ann Lee"]


def test_a_lower_case_prize_without_a_body_or_a_verb_is_no_award() -> None:
    assert awards(read_english("The Tory prize seat of Leeds fell to Labour.")) == []
    assert awards(read_english("Ann Lee won a Leeds prize draw on Monday.")) == []
