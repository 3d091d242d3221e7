"""English forms round en26 added, each on sentences written for these tests: a given name that is
also a place's name opening a person's name; newspapers and investment arms by the word that ends
their names."""

from __future__ import annotations

from support.extraction import organisations, people, places, read_english


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
