"""English forms round en23 added, each on sentences written for these tests: the host of a visit
as the one the visitor holds talks with; the holder of an official residence hosting talks held
there; titles and event roles in further positions."""

from __future__ import annotations

from newsml_kit import read
from newsml_kit.extract import extract
from newsml_kit.model import NewsItem, ParticipantRole


def _read(*paragraphs: str) -> NewsItem:
    """An English article: a headline, then the paragraphs (read as English whatever the words)."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(read(text.encode(), format="text", extract=False).item, "en")


def _names(item: NewsItem) -> dict[str, str]:
    return {entity.id: entity.name for entity in [*item.people, *item.places, *item.organisations]}


def _role(role: ParticipantRole, *paragraphs: str) -> str | None:
    item = _read(*paragraphs)
    assert item.event is not None
    names = _names(item)
    found = [names[p.entity_id] for p in item.event.participants if p.role is role]
    return found[0] if found else None


def _chair(*paragraphs: str) -> str | None:
    return _role(ParticipantRole.CHAIR, *paragraphs)


def test_whom_the_visitor_holds_talks_with_hosts_the_visit() -> None:
    visit = "Ivan Sokolov arrived in London for a three-day visit on Monday."
    assert _chair(visit, "He held talks with Prime Minister Paul Berg at Downing Street.") == "Paul Berg"
    assert _role(ParticipantRole.GUEST_OF_HONOUR, visit, "He held talks with Paul Berg.") == "Ivan Sokolov"
    visit = "President Ivan Sokolov is on his first official visit to Britain."
    assert _chair(visit, "Mr Sokolov will meet Paul Berg for talks at Chequers.") == "Paul Berg"
    assert _chair("Paul Berg is on a visit to Moscow, where he will hold talks with Ivan Sokolov.") == (
        "Ivan Sokolov"
    )


def test_a_body_holding_talks_on_its_visit_names_no_host() -> None:
    # A committee's errand: the minister its members meet is not the visit's host.
    visit = "Members of the Commons farming committee began a visit to Scotland on Monday."
    assert _chair(visit, "The MPs held talks with Ruth Calder, the fisheries minister.") is None


def test_the_holder_of_a_residence_hosts_talks_held_there() -> None:
    assert (
        _chair(
            "Prime Minister Paul Berg has held talks with his Spanish counterpart Ivan Sokolov"
            " at Downing Street."
        )
        == "Paul Berg"
    )
    assert (
        _chair("Ivan Sokolov has held talks with Prime Minister Paul Berg at Downing Street.") == "Paul Berg"
    )
    # Away from a residence the one talks are held with hosts, as before.
    assert _chair("Ivan Sokolov has held talks with Paul Berg in Leeds.") == "Paul Berg"


def test_talks_at_a_residence_with_someone_named_give_no_host_from_the_order() -> None:
    # Neither holds a post: who lives there is not told by who is named first.
    assert _chair("Paul Berg held talks at the White House with Ivan Sokolov on Tuesday.") is None
    assert _chair("Mr Berg is holding talks at Downing Street with Italian and German leaders.") == "Mr Berg"


def _titles(*paragraphs: str) -> dict[str, list[str]]:
    return {person.name: person.titles for person in _read(*paragraphs).people}


def test_an_ex_holder_in_an_apposition() -> None:
    assert _titles("Paul Berg, the ex-chairman of Widgetco, said sales rose.") == {
        "Paul Berg": ["ex-chairman of Widgetco"]
    }
    assert _titles("Paul Berg, ex-chairman of Widgetco, said sales rose.") == {
        "Paul Berg": ["ex-chairman of Widgetco"]
    }
    # "ex-" before a word that is no post makes none.
    assert _titles("Paul Berg, ex-husband of Ann Bexley, said it was over.")["Paul Berg"] == []


def test_a_post_of_two_words_before_a_name_in_lower_case() -> None:
    assert _titles("The attorney general, Paul Berg, said the advice was sound.") == {
        "Paul Berg": ["attorney general"]
    }
    assert _titles("The solicitor general, Ann Bexley, said the advice was sound.") == {
        "Ann Bexley": ["solicitor general"]
    }


def _organisations(*paragraphs: str) -> list[str]:
    return [organisation.name for organisation in _read(*paragraphs).organisations]


def test_fed_up_is_no_federal_reserve() -> None:
    assert _organisations("Fed up with the delays, Paul Berg resigned on Monday.") == []
    assert _organisations("Voters are fed up, said Paul Berg. The Fed raised rates.") == ["Fed"]


def test_a_list_of_posts_and_names_is_no_apposition() -> None:
    titles = _titles(
        "Foreign Secretary Paul Berg, Home Secretary Ann Bexley and Defence Secretary Ruth Calder attended."
    )
    assert titles == {
        "Paul Berg": ["Foreign Secretary"],
        "Ann Bexley": ["Home Secretary"],
        "Ruth Calder": ["Defence Secretary"],
    }


def test_the_visitor_named_after_his_visit() -> None:
    paragraphs = (
        "Ivan Sokolov, the Freedonian leader, said women must not hide.",
        "Speaking during his first official visit to Britain, Gen Sokolov said his country had changed.",
        "He held talks with Prime Minister Paul Berg at 10 Downing Street on Monday.",
    )
    assert _role(ParticipantRole.GUEST_OF_HONOUR, *paragraphs) == "Ivan Sokolov"
    assert _chair(*paragraphs) == "Paul Berg"
    # The one named after "her visit" in another phrase is not the visitor.
    paragraph = "During her state visit to Freedonia, the Queen met President Ivan Sokolov."
    assert _role(ParticipantRole.GUEST_OF_HONOUR, paragraph) is None


def test_a_body_after_a_persons_name_and_of() -> None:
    assert _organisations("The report was written by Professor Alan Wild of Leeds University.") == [
        "Leeds University"
    ]
    assert _organisations("Sir Paul Berg of the Royal Society said the study was sound.") == ["Royal Society"]
    assert _organisations("Lord Berg of Thoroton said the bill was needed.") == []


def _organiser(*paragraphs: str) -> list[str]:
    item = _read(*paragraphs)
    assert item.event is not None
    names = _names(item)
    return [names[i] for i in item.event.organiser_ids]


def test_the_organiser_from_the_event_named_elsewhere_in_capitals() -> None:
    assert _organiser(
        "Paul Berg told a conference in London that Freedonia was the biggest market.",
        "He was speaking at the Financial Times New Media and Broadcasting Conference.",
    ) == ["Financial Times"]
    # A venue named after the noun is not the event's name.
    assert (
        _organiser(
            "Paul Berg told a conference in London that Freedonia was the biggest market.",
            "It was held at the Microsoft Conference Centre.",
        )
        == []
    )


def test_commissioners_portfolios_and_a_vice_premier() -> None:
    assert _titles("EU external relations commissioner Ann Bexley said the talks went well.") == {
        "Ann Bexley": ["EU external relations commissioner"]
    }
    assert _titles("China's vice-premier Wu Yi said the talks went well.") == {"Wu Yi": ["vice-premier"]}


def test_the_one_holding_a_meeting_with_others_unnamed_hosts_it() -> None:
    assert _chair("Paul Berg held a meeting with union leaders on Monday.") == "Paul Berg"
    assert _chair("Paul Berg will hold a summit with European leaders in Leeds.") == "Paul Berg"
    # A meeting with the press is no one's hosting of the event.
    assert _chair("Paul Berg held a meeting with reporters after the summit.") is None


def test_the_one_who_summons_or_brings_others_together_hosts() -> None:
    assert _chair("Paul Berg summoned the union leaders to a meeting on Monday.") == "Paul Berg"
    assert _chair("Paul Berg brought together European leaders for a summit in Leeds.") == "Paul Berg"
    # Summoned by someone named after: the one summoned does not host.
    assert _chair("Ann Bexley was summoned to a meeting with Paul Berg.") == "Paul Berg"


def _awards(*paragraphs: str) -> list[str]:
    return [award.name for award in _read(*paragraphs).awards]


def test_the_field_an_award_is_for_is_part_of_its_name() -> None:
    assert _awards("Widgetco was given the Queen's Award for Enterprise on Monday.") == [
        "Queen's Award for Enterprise"
    ]
    assert _awards("Ann Bexley won the Nobel Prize for Literature in 2004.") == ["Nobel Prize for Literature"]
    # The person the award is for is its recipient, not part of its name.
    assert _awards("The council presented the Harbour Safety Award for Paul Berg.") == [
        "Harbour Safety Award"
    ]


def test_a_post_a_sentence_opens_on_with_as() -> None:
    assert _titles("As chancellor, Paul Berg has presided over ten years of growth.") == {
        "Paul Berg": ["chancellor"]
    }
    assert _titles("As chairman of the committee, Ann Bexley said the hearing was useful.") == {
        "Ann Bexley": ["chairman of the committee"]
    }
    # No post: "As expected", "As the chancellor said".
    assert _titles("As expected, Paul Berg said it would work.") == {"Paul Berg": []}
    assert _titles("As the chancellor said, Paul Berg agreed.") == {"Paul Berg": []}


def test_the_leader_whose_country_holds_the_presidency_chairs_the_bodys_summit() -> None:
    summit = "EU leaders have failed to agree a budget at their summit in Brussels."
    assert (
        _chair(
            summit,
            "Luxembourg, which holds the EU presidency, said talks would go on.",
            "Luxembourg's prime minister, Paul Berg, said the gap was too wide.",
        )
        == "Paul Berg"
    )
    assert _chair(summit, "Paul Berg, whose country holds the EU presidency, said the gap was wide.") == (
        "Paul Berg"
    )
    # A presidency to come, or another body's, says nothing of this summit's chair.
    assert _chair(summit, "Freedonia will hold the presidency next year, said Paul Berg.") is None
    assert _chair(summit, "Paul Berg, whose country holds the G8 presidency, said the gap was wide.") is None


def test_a_chair_post_in_the_words_of_the_bodys_name() -> None:
    meeting = "Paul Berg told a meeting of the Parliamentary Labour Party that the party was united."
    assert _chair(meeting, "Ann Bexley, chairwoman of the parliamentary party, said it went well.") == (
        "Ann Bexley"
    )
    # "chairwoman of the party" may be another body's chair (the party's, not its MPs').
    assert _chair(meeting, "Ann Bexley, chairwoman of the party, said it went well.") is None


def _people(*paragraphs: str) -> list[str]:
    return [person.name for person in _read(*paragraphs).people]


def test_the_one_met_is_a_person_whatever_the_given_name() -> None:
    assert _people("Ann Bexley met Seb Coe in London on Monday.") == ["Ann Bexley", "Seb Coe"]
    assert _people("Paul Berg held talks with Ivo Sanader on Monday.") == ["Paul Berg", "Ivo Sanader"]
    # A body or a place met is no person.
    assert _people("Paul Berg met Scotland Yard on Monday.") == ["Paul Berg"]
    assert _people("Paul Berg met Thomas Gate in York.") == ["Paul Berg"]


def test_a_seat_or_post_and_another_post_of_a_body_are_two_titles() -> None:
    assert _titles("Paul Berg, Labour MP for Leeds North and chairman of the health committee, spoke.") == {
        "Paul Berg": ["Labour MP for Leeds North", "chairman of the health committee"]
    }
    assert _titles("Ann Bexley, president of the Royal Society and head of the science panel, spoke.") == {
        "Ann Bexley": ["president of the Royal Society", "head of the science panel"]
    }
    # "and" inside what the post is of joins no second post.
    assert _titles("Paul Berg, head of research and development at Widgetco, spoke.") == {
        "Paul Berg": ["head of research and development at Widgetco"]
    }
