"""English forms round en25 added, each on sentences written for these tests: where a gathering is
held when the gazetteer does not know the town, and who chairs talks or a conference by a verb in
the future or without an article."""

from __future__ import annotations

from support.extraction import chairs, event_place, places, read_english


def test_a_town_after_a_gathering_and_in_is_a_place() -> None:
    item = read_english("Delegates at the conference in Glenmoray on Friday voted for the motion.")
    assert places(item) == ["Glenmoray"]
    assert event_place(item) == "Glenmoray"
    item = read_english("The party leader told the conference in Glenmoray that the party would win.")
    assert event_place(item) == "Glenmoray"
    assert event_place(read_english("Union leaders will hold talks in Kilbarran next week.")) == "Kilbarran"


def test_a_month_or_a_day_after_a_gathering_and_in_is_no_place() -> None:
    item = read_english("The summit in May and the meeting in Monday's papers were discussed in Leeds.")
    assert places(item) == ["Leeds"]


def test_towns_where_parties_and_unions_meet_are_in_the_gazetteer() -> None:
    item = read_english("Speaking in Llandudno, Ann Lee said the party would win in Sedgefield and Aviemore.")
    assert places(item) == ["Llandudno", "Sedgefield", "Aviemore"]


def test_who_will_chair_lead_or_open_the_event_chairs_it() -> None:
    assert chairs(read_english("Ruth Calder will chair talks with unions on Monday.")) == ["Ruth Calder"]
    assert chairs(read_english("Paul Berg is to lead talks with the unions next week.")) == ["Paul Berg"]
    assert chairs(read_english("Paul Berg will lead the talks with the unions next week.")) == ["Paul Berg"]
    assert chairs(read_english("Paul Berg will open the conference in Leeds on Monday.")) == ["Paul Berg"]


def test_who_opened_talks_or_led_a_delegation_to_them_does_not_chair_them() -> None:
    assert chairs(read_english("Union leaders said Paul Berg had opened talks with them on Monday.")) == []
    assert chairs(read_english("Ann Lee led a delegation to talks in Geneva on Friday.")) == []
