"""English forms round en25 added, each on sentences written for these tests: where a gathering is
held when the gazetteer does not know the town, and who chairs talks or a conference by a verb in
the future or without an article; a committee's hearing is the committee's; the party of a post
holds "the party's conference"."""

from __future__ import annotations

from support.extraction import (
    chairs,
    event_place,
    organisations,
    organisers,
    people,
    places,
    read_english,
)


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


def test_a_hearing_of_a_chambers_committee_is_the_committees() -> None:
    item = read_english(
        "At a hearing of the Commons transport committee, chairman Ann Lee said the railway was late."
    )
    assert organisers(item) == ["transport committee"]
    assert chairs(item) == ["Ann Lee"]


def test_the_party_of_a_post_before_holds_the_partys_conference() -> None:
    forum = "Tory leader Paul Berg told the party's spring forum in Harrogate that taxes would fall."
    assert organisers(read_english(forum, "The Tories are ahead in the polls.")) == ["Tories"]
    assert organisers(read_english(forum, "The Conservatives are ahead in the polls.")) == ["Conservatives"]
    kennedy = "Lib Dem leader Ann Lee told her party's conference in Brighton that the war was wrong."
    assert organisers(read_english(kennedy, "The Liberal Democrats are third.")) == ["Liberal Democrats"]


def test_no_party_holds_the_conference_when_no_post_or_two_posts_name_one() -> None:
    assert organisers(read_english("Mr Berg told the party's conference that the Tories would lose.")) == []
    both = "Tory leader Paul Berg and Lib Dem leader Ann Lee spoke before the party's conference."
    assert organisers(read_english(both, "The Tories and the Lib Dems disagreed.")) == []


def test_who_will_welcome_the_guest_to_a_place_for_talks_hosts_them() -> None:
    item = read_english("President Ivan Sokolov will welcome Paul Berg to the Kremlin for talks on Thursday.")
    assert chairs(item) == ["Ivan Sokolov"]


def test_a_committee_referred_back_to_holds_its_hearing_and_its_chairman_chairs_it() -> None:
    item = read_english(
        "The Commons transport committee said the railway was late. Committee chairman Ann Lee said "
        "ministers had failed.",
        "Transport Secretary Paul Berg told the committee's hearing on Tuesday that trains were faster.",
    )
    assert organisers(item) == ["transport committee"]
    assert chairs(item) == ["Ann Lee"]


def test_a_government_department_met_at_is_the_venue_of_talks_not_their_organiser() -> None:
    item = read_english("Ministers met union leaders at the Department for Farming for talks on Monday.")
    assert event_place(item) == "Department for Farming"
    assert organisers(item) == []
    item = read_english("The meeting at the Ministry of Roads in Leeds lasted three hours.")
    assert event_place(item) == "Ministry of Roads"
    item = read_english("Talks were held at the Scotland Office on Friday.")
    assert event_place(item) == "Scotland Office"
    item = read_english("Paul Berg held talks with union leaders at the Treasury in London on Monday.")
    assert event_place(item) == "Treasury"


def test_a_department_named_before_its_own_conference_organises_it() -> None:
    item = read_english("The Department of Farming's annual conference in Leeds heard from farmers.")
    assert organisers(item) == ["Department of Farming"]
    assert event_place(item) == "Leeds"


def test_a_plural_possessive_apostrophe_is_no_part_of_a_persons_name() -> None:
    item = read_english("Dame Ann Jones' husband spoke. Paul Berg's wife and Ivan Sokolov\u2019 aide agreed.")
    assert people(item) == ["Ann Jones", "Paul Berg", "Ivan Sokolov"]


def test_two_names_a_place_cue_introduces_are_two_places() -> None:
    item = read_english("The minister visited Kilbarran and Glenmoray. He then visited Trinidad and Tobago.")
    assert places(item) == ["Kilbarran", "Glenmoray", "Trinidad and Tobago"]


def test_a_name_listed_after_a_place_a_word_of_place_introduces_is_a_place() -> None:
    item = read_english("She met head teachers in Bradford and Kilbarran. Leeds and Ann Lee agreed.")
    assert places(item) == ["Bradford", "Kilbarran", "Leeds"]
    item = read_english("Talks in London and Monday's vote in Leeds and May were delayed.")
    assert places(item) == ["London", "Leeds"]


def test_a_known_body_before_organised_or_sponsored_holds_the_event() -> None:
    item = read_english("Paul Berg told a TUC-organised rally in Leeds that poverty must end.")
    assert organisers(item) == ["TUC"]
    assert event_place(item) == "Leeds"
    assert organisers(read_english("Ann Lee spoke at a UN-sponsored conference in Geneva.")) == ["UN"]


def test_a_known_body_before_run_or_backed_is_an_organisation_not_an_organiser() -> None:
    item = read_english("The Labour-run council backed a CBI-backed summit on skills in Leeds.")
    assert organisations(item) == ["Labour", "CBI"]
    assert organisers(item) == []
    assert organisations(read_english("US-led forces and Acme-organised talks went on.")) == []


def test_more_given_names_open_a_persons_name() -> None:
    item = read_english("Evan Okoro said the plan was wrong. Heinrich Maas and Kamal Aziz agreed.")
    assert people(item) == ["Evan Okoro", "Heinrich Maas", "Kamal Aziz"]


def test_a_launch_is_held_at_the_event_or_ceremony_its_sentence_names() -> None:
    item = read_english("Acme unveiled its new phone at a launch event in Seattle on Monday.")
    assert event_place(item) == "Seattle"
    item = read_english("Acme launched its service in Germany at a ceremony in Dusseldorf.")
    assert event_place(item) == "Dusseldorf"
