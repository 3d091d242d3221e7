"""English forms of posts and event roles that British reports write, each on sentences written
for these tests: who opens, leads or hosts an event chairs it, one who only speaks at a summit
at a residence does not; a member's seat in brackets; one of the holders of a post; the post one
acts "in his role as"."""

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


def _chair(*paragraphs: str) -> str | None:
    item = _read(*paragraphs)
    assert item.event is not None
    names = {person.id: person.name for person in item.people}
    return next((names[p.entity_id] for p in item.event.participants if p.role.value == "chair"), None)


def test_who_opens_leads_or_hosts_the_event_chairs_it() -> None:
    assert _chair("Ann Bexley opened the conference at the Regent Hall in Leeds.") == "Ann Bexley"
    assert _chair("Foreign Secretary Paul Berg led the talks with Freedonian officials.") == "Paul Berg"
    assert _chair("Ruth Calder, the mayor, opened the annual trade forum in Derby.") == "Ruth Calder"


def test_who_leads_a_delegation_to_the_event_does_not_chair_it() -> None:
    assert _chair("Paul Berg led a delegation to the talks in Geneva.") is None
    assert _chair("Ann Bexley opened a shop before the conference in Leeds.") is None


def test_one_who_speaks_at_a_summit_at_a_residence_does_not_chair_it() -> None:
    assert _chair("Paul Berg told a Downing Street summit that the plan would work.") is None
    assert _chair("Ann Bexley attended a Downing Street summit on housing.") is None


def test_a_members_seat_in_brackets_is_one_place() -> None:
    item = _read("Mr Tom Reed (Labour, Hull West) asked about the budget.")
    assert [place.name for place in item.places] == ["Hull West"]
    item = _read("Ann Bexley (Conservative, Ruislip Northwood) agreed.")
    assert [place.name for place in item.places] == ["Ruislip Northwood"]
    # Brackets holding no party hold no seat.
    assert [p.name for p in _read("Ann Bexley (pictured, Hull West) agreed.").places] == ["Hull"]


def test_one_of_the_holders_of_a_post_holds_it() -> None:
    assert _titles("Ann Bexley, one of Labour's deputy chief whips, voted against it.") == {
        "Ann Bexley": ["Labour's deputy chief whips"]
    }
    assert _titles("Ann Bexley, one of her party's deputy chief whips, voted against it.") == {
        "Ann Bexley": ["deputy chief whips"]
    }
    # Not a post: one of a firm's architects, one of the most senior members.
    assert _titles("Ann Bexley, one of the chip's chief architects, said so.") == {"Ann Bexley": []}
    assert _titles("Ann Bexley, one of the most senior ministers, said so.") == {"Ann Bexley": []}


def test_the_post_one_acts_in_is_a_title() -> None:
    assert _titles("Speaking in his role as chancellor, Paul Berg defended the plan.") == {
        "Paul Berg": ["chancellor"]
    }
    assert _titles("Paul Berg, in his role as chancellor, spoke to MPs.") == {"Paul Berg": ["chancellor"]}
    assert _titles("Ann Bexley said in her role as party chairman she would act.") == {
        "Ann Bexley": ["party chairman"]
    }
    # A role that is no post, and a post someone holds already, add nothing.
    assert _titles("Ann Bexley said in her role as a mother she was worried.") == {"Ann Bexley": []}
    assert _titles("Chancellor Paul Berg acted in his role as chancellor.") == {"Paul Berg": ["Chancellor"]}


def _roles(*paragraphs: str) -> tuple[str | None, list[str], str | None]:
    """The event's place, organisers and chair, as names."""
    item = _read(*paragraphs)
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.people, *item.places, *item.organisations]}
    chair = next((names[p.entity_id] for p in event.participants if p.role.value == "chair"), None)
    return names.get(event.place_id or ""), [names[i] for i in event.organiser_ids], chair


def test_who_the_event_was_opened_or_led_by_or_who_chairs_it_in_a_participle_chairs_it() -> None:
    assert _chair("The conference was opened by Tom Reed, the trade minister.") == "Tom Reed"
    assert _chair("The talks were led by Ann Bexley, Freedonia's oil minister.") == "Ann Bexley"
    assert _chair("Ann Bexley, Freedonia's oil minister, chairing the talks, said a deal was near.") == (
        "Ann Bexley"
    )
    assert _chair("Delegates at the trade conference heard Tom Reed, who opened the event, speak.") == (
        "Tom Reed"
    )
    # A march led by someone is no event of the report's: the conference keeps no chair.
    assert _chair("The conference in Leeds was picketed by a march led by Tom Reed.") is None


def test_the_body_which_organised_the_event_organises_it() -> None:
    assert _roles(
        "Ann Bexley spoke at the annual trade conference in Leeds. The Brantwell Trust, which organised "
        "the event, said it was the biggest yet."
    ) == ("Leeds", ["Brantwell Trust"], None)


def test_a_building_at_a_town_is_the_place_of_the_event() -> None:
    assert _roles("The summit was held at the Guildhall in York.") == ("Guildhall", [], None)
    assert _roles("The conference was held at Lancaster House in London.") == ("Lancaster House", [], None)
    assert _roles("Ministers met for talks at the Excel exhibition centre in London.")[0] == (
        "Excel exhibition centre"
    )
    # A conference's or a show's name is no building, nor one lone word without "the" (a firm).
    assert _roles("The chip was unveiled at the Solid Circuits Conference in San Francisco.")[0] == (
        "San Francisco"
    )
    assert _roles("The car was launched at the Brantwell Motor Show in Geneva.")[0] == "Geneva"
    item = _read("Ann Bexley worked at Brantwell in Leeds before the summit.")
    assert [place.name for place in item.places] == ["Leeds"]


def test_a_judges_style_is_the_title_whatever_describes_the_judge_before_it() -> None:
    assert _titles("Appeal court judge Lord Justice Hartwell is knighted.") == {"Hartwell": ["Lord Justice"]}
    assert _titles("High Court judge Mr Justice Oyelaran is knighted.") == {"Oyelaran": ["Mr Justice"]}


def test_a_post_held_until_recently_is_written_without_the_time() -> None:
    assert _titles("Tom Reed, who was until recently the head of the civil service, said so.") == {
        "Tom Reed": ["head of the civil service"]
    }


def test_a_peers_post_follows_the_territory_of_the_title() -> None:
    assert _titles("Lord Reed of Hartwell, a former Labour minister, said so.") == {
        "Lord Reed": ["former Labour minister"]
    }
    # Without a comma after it, "of" goes on to something else: no post.
    assert _titles("Lord Reed of the Lords committee said so.") == {"Lord Reed": []}


def test_the_members_of_a_body_are_no_part_of_its_name() -> None:
    item = _read("Members of the Brantwell Union voted to strike. Leaders of the Hartley Federation agreed.")
    assert [org.name for org in item.organisations] == ["Brantwell Union", "Hartley Federation"]


def test_a_sitting_is_held_in_the_one_chamber_the_report_names() -> None:
    assert _roles(
        "Peers have given a second reading to a bill on the succession.",
        "Lord Reed told the House of Lords the law was outdated.",
    ) == ("House of Lords", ["House of Lords"], None)
    # Two chambers named: neither is taken.
    assert _roles(
        "Peers have given a second reading to a bill on the succession.",
        "Lord Reed told the House of Lords the law was outdated; the Scottish Parliament agreed.",
    ) == (None, [], None)


def test_a_post_after_is_or_was_is_a_title_up_to_the_clause_that_goes_on() -> None:
    assert _titles("Paul Berg is chairman and chief executive of Brantwell Bank.") == {
        "Paul Berg": ["chairman", "chief executive of Brantwell Bank"]
    }
    assert _titles("Paul Berg was chief executive when the bank collapsed.") == {
        "Paul Berg": ["chief executive"]
    }
    assert _titles("Paul Berg was director general of the Brantwell Trust until he resigned.") == {
        "Paul Berg": ["director general of the Brantwell Trust"]
    }
    assert _titles("Paul Berg is president of the Brantwell Trust and has been since 2001.") == {
        "Paul Berg": ["president of the Brantwell Trust"]
    }
    # No post: a state, a plan, a figure of speech.
    for sentence in (
        "Paul Berg is happy with the result.",
        "Paul Berg is expected to become chairman.",
        "Paul Berg is chief among the critics of the plan.",
        "Paul Berg was head and shoulders above the rest.",
    ):
        assert _titles(sentence) == {"Paul Berg": []}, sentence


def test_the_one_whose_post_chairs_the_event_of_its_noun_chairs_it() -> None:
    assert (
        _chair(
            "Delegates gathered in London for the annual media conference.",
            "Conference chairman Tom Reed welcomed them.",
        )
        == "Tom Reed"
    )
    # The chairman of another kind of event does not chair this one.
    assert (
        _chair(
            "Delegates gathered in London for the annual media conference.",
            "Committee chairman Tom Reed welcomed them.",
        )
        is None
    )


def test_a_name_no_table_knows_after_a_partys_possessive_is_a_member_who_speaks() -> None:
    assert _titles("Labour's Okonkwo Adebayo said the bill was wrong.") == {"Okonkwo Adebayo": []}
    # A body or a plan of the party is no person.
    assert _titles("Labour's Home Office said the bill was wrong.") == {}
    assert _titles("Labour's Brantwell Plan is wrong.") == {}


def test_who_will_chair_or_plays_host_or_welcomes_guests_to_talks_chairs_them() -> None:
    assert _chair("Ruth Calder will chair a meeting of finance ministers in Geneva.") == "Ruth Calder"
    assert _chair("Ruth Calder is to preside over the summit in Brussels.") == "Ruth Calder"
    assert _chair("Ruth Calder played host to European leaders at the summit in Perth.") == "Ruth Calder"
    assert _chair("Ruth Calder welcomed the visiting ministers to a summit in Perth.") == "Ruth Calder"


def test_who_will_chair_something_other_than_an_event_does_not_chair_it() -> None:
    assert _chair("Ruth Calder, who will chair the new body, attended the summit in Brussels.") is None
    assert _chair("Ruth Calder welcomed the decision to hold talks in Geneva.") is None


def test_the_chairman_or_host_of_the_event_in_an_apposition_chairs_it() -> None:
    assert _chair("Tom Ward, the chairman of the meeting, said it had gone well.") == "Tom Ward"
    assert _chair("Ruth Calder, the summit's host, set the agenda.") == "Ruth Calder"
    # the chairman of a body named after the noun is no chair of the event
    assert _chair("Tom Ward, the chairman of the conference organisers, spoke at the meeting.") is None


def test_a_chambers_speaker_chairs_its_sitting() -> None:
    debate = "MPs held a debate on the bill in the Commons."
    assert _chair(debate, "Speaker Tom Ward called for order.") == "Tom Ward"
    officer = "The Presiding Officer, Tom Ward, said the debate in the Scottish Parliament would resume."
    assert _chair(officer) == "Tom Ward"
    # a deputy, or a Speaker when the sitting is a committee's hearing, does not
    assert _chair(debate, "Deputy Speaker Tom Ward called for order.") is None
    assert _chair("House Speaker Tom Ward attended the Senate committee hearing.") is None


def test_who_receives_or_greets_a_guest_for_talks_chairs_them() -> None:
    assert _chair("Tom Ward was received by Ruth Calder at Downing Street for talks.") == "Ruth Calder"
    assert _chair("Ruth Calder received Tom Ward at her office for talks on Monday.") == "Ruth Calder"
    assert _chair("Tom Ward was greeted by Ruth Calder before the talks began.") == "Ruth Calder"


def test_who_meets_others_no_name_is_given_for_hosts_the_meeting() -> None:
    assert (
        _chair("Ruth Calder met union leaders on Monday.", "The meeting lasted two hours.") == "Ruth Calder"
    )
    # two who meet them, or one who only meets somewhere, host nothing
    assert _chair("Ruth Calder and Tom Ward met union leaders.", "The meeting lasted two hours.") is None
    assert (
        _chair("Ruth Calder met in Paris on Monday with officials.", "The meeting lasted two hours.") is None
    )
    # the public met around the event are not its parties
    assert _chair("Ruth Calder met reporters after the meeting.") is None


def test_who_is_hosting_or_leading_the_event_chairs_it_and_one_who_tells_a_meeting_does_not() -> None:
    lead = "Ruth Calder has urged rich nations to cancel debt as ministers meet in London."
    assert (
        _chair(lead, "Ms Calder, who is hosting the two-day meeting, said action was needed.")
        == "Ruth Calder"
    )
    assert _chair("Ruth Calder, who is leading the talks, said progress was slow.") == "Ruth Calder"
    assert (
        _chair("Ruth Calder has told a meeting of European socialists in Brussels that taxes must fall.")
        is None
    )


def test_who_calls_or_convenes_the_event_chairs_it() -> None:
    assert _chair("Ruth Calder called an emergency meeting of ministers on Monday.") == "Ruth Calder"
    assert _chair("Ruth Calder convened the talks in Geneva.") == "Ruth Calder"
    # calling for talks, or calling the meeting something, is not holding it
    assert _chair("Ruth Calder called for talks with the unions.") is None
    assert _chair("Ruth Calder called the meeting a success.") is None


def test_who_hosts_a_guest_somewhere_or_hosts_the_visit_chairs_it() -> None:
    arrived = "Tom Ward arrived in London on Monday for a three-day visit."
    assert _chair(arrived, "Ruth Calder will host him at Chequers on Tuesday.") == "Ruth Calder"
    assert _chair("Ruth Calder hosted Tom Ward at Chequers.", "The talks lasted two hours.") == "Ruth Calder"
    assert _chair("The visit, hosted by Ruth Calder, began on Monday.") == "Ruth Calder"


def test_the_person_a_sentence_opens_on_as_the_events_host_chairs_it() -> None:
    assert _chair("As host of the summit, Ruth Calder set the agenda.") == "Ruth Calder"
    # the chairman of a body is no host of the event
    assert _chair("As chairman of Acme, Ruth Calder spoke at the conference in Perth.") is None


def test_an_inquiry_is_chaired_by_the_one_whose_it_is_or_who_leads_it() -> None:
    assert _chair("Lord Ward's inquiry into the war will report next month.") == "Lord Ward"
    assert _chair("The inquiry into the war, led by Lord Ward, will report next month.") == "Lord Ward"
    assert _chair("The talks on pay, led by Ruth Calder, went on all night.") == "Ruth Calder"
