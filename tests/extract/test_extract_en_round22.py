"""English forms a later round added, each on sentences written for these tests: the short and
upper-case names of well-known bodies ("the Fed", "OPEC", "NATO", "Group of Eight"); talks at a
seat of government ("at the White House", "at the Treasury") held there."""

from __future__ import annotations

from newsml_kit import read
from newsml_kit.extract import extract
from newsml_kit.model import NewsItem


def _read(*paragraphs: str) -> NewsItem:
    """An English article: a headline, then the paragraphs (read as English whatever the words)."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(read(text.encode(), format="text", extract=False).item, "en")


def _organisations(*paragraphs: str) -> list[str]:
    return [organisation.name for organisation in _read(*paragraphs).organisations]


def test_short_and_upper_case_names_of_known_bodies() -> None:
    assert _organisations("The Fed raised interest rates on Tuesday, said Ann Bexley.") == ["Fed"]
    assert _organisations("OPEC ministers will meet in Vienna, said Ann Bexley.") == ["OPEC"]
    assert _organisations("NATO leaders met in Brussels on Monday.") == ["NATO"]
    assert _organisations("The Group of Eight summit opened in Scotland.") == ["Group of Eight"]


def _place(*paragraphs: str) -> str | None:
    item = _read(*paragraphs)
    assert item.event is not None
    names = {entity.id: entity.name for entity in [*item.places, *item.organisations]}
    return names.get(item.event.place_id) if item.event.place_id else None


def test_talks_at_a_seat_of_government_take_place_there() -> None:
    assert _place("Paul Berg met Ivan Sokolov for talks at the Kremlin on Monday.") == "Kremlin"
    assert _place("Ann Bexley will hold talks at the White House on Friday.") == "White House"
    assert _place("Ruth Calder chaired a meeting at the Treasury with bank chiefs.") == "Treasury"
    assert (
        _place("Paul Berg hosted talks at the Foreign Office with Freedonian ministers.") == "Foreign Office"
    )


def test_a_seat_of_government_that_speaks_or_sends_people_is_no_venue() -> None:
    assert _place("The White House said the talks in Geneva would go ahead.") == "Geneva"
    assert _place("Officials from the Treasury attended the conference in Leeds.") == "Leeds"


def test_a_government_described_is_no_name() -> None:
    assert _organisations("The Conservative Government cut taxes in 1992, said Ann Bexley.") == []
    assert _organisations("Leaked Government documents show the plan, said Ann Bexley.") == []
    assert _organisations("The Labour Government raised taxes, said Ann Bexley.") == ["Labour"]
    assert _organisations("The Scottish Government agreed.") == ["Scottish Government"]


def _titles(*paragraphs: str) -> dict[str, list[str]]:
    return {person.name: person.titles for person in _read(*paragraphs).people}


def test_a_party_post_goes_to_the_one_who_may_hold_it() -> None:
    titles = _titles(
        "Prime Minister Paul Berg clashed with Ann Bexley in the Commons. The Tory leader accused him."
    )
    assert titles == {"Paul Berg": ["Prime Minister"], "Ann Bexley": ["Tory leader"]}
    titles = _titles(
        "Prime Minister Paul Berg met Ruth Calder and Ann Bexley. The Labour leader said it went well."
    )
    assert titles == {"Paul Berg": ["Prime Minister"], "Ruth Calder": [], "Ann Bexley": []}
    # A post no party qualifies may be another's, not named: left to no one.
    titles = _titles(
        "Chancellor Paul Berg met Ann Bexley on Monday. The prime minister said she was welcome."
    )
    assert titles == {"Paul Berg": ["Chancellor"], "Ann Bexley": []}


def test_a_post_a_country_or_firm_qualifies_goes_to_the_one_who_may_hold_it() -> None:
    titles = _titles(
        "Prime Minister Paul Berg met Ivan Sokolov in Berlin.", "The German chancellor said it went well."
    )
    assert titles == {"Paul Berg": ["Prime Minister"], "Ivan Sokolov": ["German chancellor"]}
    titles = _titles("Foreign Secretary Paul Berg met Ivan Sokolov. The Freedonian president was pleased.")
    assert titles["Ivan Sokolov"] == ["Freedonian president"]
    # Neither holds a post, or no one else is named: the post may be of someone not yet named.
    titles = _titles("Paul Berg met Ivan Sokolov in Berlin.", "The German chancellor said it went well.")
    assert titles == {"Paul Berg": [], "Ivan Sokolov": []}
    assert _titles("Ann Bexley spoke on Monday. The Freedonian president was pleased.") == {"Ann Bexley": []}


def test_one_partys_leader_is_not_anothers() -> None:
    titles = _titles(
        "Tory leader Paul Berg clashed with Ivan Sokolov in the Commons.",
        "The Lib Dem leader called for a vote.",
    )
    assert titles == {"Paul Berg": ["Tory leader"], "Ivan Sokolov": ["Lib Dem leader"]}
    titles = _titles(
        "Tory leader Paul Berg and Ivan Sokolov attacked the plans.", "The Lib Dem leader called for a vote."
    )
    assert titles == {"Paul Berg": ["Tory leader"], "Ivan Sokolov": ["Lib Dem leader"]}


def test_a_nationality_that_speaks_is_no_organisation() -> None:
    assert _organisations("The Australian claimed on Monday that he had been provoked.") == []
    assert _organisations("The Kenyan said he would appeal against the ban.") == []
