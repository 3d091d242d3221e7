"""English rules written from the grammar of English news (not from the dev articles), each on
sentences written for these tests: names told by their post, posts that hold a list of
portfolios, posts that refer back to a person, and the event's roles."""

from __future__ import annotations

from newsml_kit import read
from newsml_kit.extract import extract
from newsml_kit.model import NewsItem


def _read(*paragraphs: str) -> NewsItem:
    """An English article: a headline, then the paragraphs (read as English whatever the words)."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(read(text.encode(), format="text", extract=False).item, "en")


def _titles(item: NewsItem) -> dict[str, list[str]]:
    return {person.name: person.titles for person in item.people}


def test_a_name_no_table_knows_is_told_by_the_post_in_its_apposition() -> None:
    item = _read(
        "Corin Vasquez, chief executive of Brantwell Foods, said sales rose. Sales fell, said Ilse "
        "Brandt, the bank's chief executive. Mr Vasquez said more.",
        "Tarquin Oyelaran, a keen sailor, said nothing. Brantwell Foods, led by its chief executive, "
        "grew. Halvard Steel, whose chairman resigned, fell.",
    )
    assert _titles(item) == {
        "Corin Vasquez": ["chief executive of Brantwell Foods"],
        "Ilse Brandt": ["chief executive"],
    }
    vasquez = next(p for p in item.people if p.name == "Corin Vasquez")
    assert [m.text for m in vasquez.mentions] == ["Corin Vasquez", "Mr Vasquez"]


def test_a_post_holds_a_list_of_portfolios_before_and_after_the_name() -> None:
    item = _read(
        "Culture, Media and Sport Secretary Nora Pell spoke first. Owen Tarrant, the Environment, "
        "Food and Rural Affairs Secretary, replied.",
        "Ada Quist, chairman of the environment, food and rural affairs committee, said so. In "
        "Leeds, Work and Pensions Secretary Ben Oduya agreed with Nora Pell, Owen Tarrant and others.",
    )
    assert _titles(item) == {
        "Nora Pell": ["Culture, Media and Sport Secretary"],
        "Owen Tarrant": ["Environment, Food and Rural Affairs Secretary"],
        "Ada Quist": ["chairman of the environment, food and rural affairs committee"],
        "Ben Oduya": ["Work and Pensions Secretary"],
    }


def test_a_list_of_people_after_a_post_is_no_list_of_portfolios() -> None:
    item = _read(
        "Honours went to Tom Ward, chairman of the Arts Council, and Ann Lee, head of the Royal "
        "Opera House, and to Paul Berg, the Foreign Secretary, Ada Quist and Ben Oduya."
    )
    titles = _titles(item)
    assert titles["Tom Ward"] == ["chairman of the Arts Council"]
    assert titles["Ann Lee"] == ["head of the Royal Opera House"]
    assert titles["Paul Berg"] == ["Foreign Secretary"]


def test_a_post_that_speaks_after_a_clause_refers_to_the_person_before() -> None:
    def title_of(second: str) -> list[str]:
        return _titles(_read("Ruth Calder set out her plans on Monday.", second))["Ruth Calder"]

    assert title_of("Speaking in Leeds, the chancellor said taxes would not rise.") == ["chancellor"]
    assert title_of("In a speech to business leaders, the chancellor said so.") == ["chancellor"]
    assert title_of("Taxes will not rise, the chancellor said.") == ["chancellor"]
    assert title_of("Taxes will not rise, said the chancellor.") == ["chancellor"]
    # A clause naming someone else leaves the post unattributed; so does a post that does not speak.
    assert title_of("Asked about Tom Ward, the chancellor said nothing.") == []
    assert title_of("In Leeds, the chancellor of the university spoke.") == []


def test_us_states_provinces_and_residences_are_places() -> None:
    item = _read("Ruth Calder flew from Montana to Manitoba, then on to Chequers and New South Wales.")
    assert [p.name for p in item.places] == ["Montana", "Manitoba", "Chequers", "New South Wales"]


def _roles(item: NewsItem) -> dict[str, str | list[str] | None]:
    """The event's place, organisers and participants by role, as names."""
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.people, *item.places, *item.organisations]}
    found: dict[str, str | list[str] | None] = {
        "place": names.get(event.place_id or ""),
        "organisers": [names[i] for i in event.organiser_ids],
    }
    found.update({p.role.value: names[p.entity_id] for p in event.participants})
    return found


def test_the_partys_conference_is_held_by_the_party_named_before() -> None:
    item = _read("Ruth Calder rallied Labour activists at the party's spring conference in Carlisle.")
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Labour"]}


def test_the_person_to_be_met_hosts_the_talks() -> None:
    item = _read("Union leaders will meet Deputy Prime Minister Ruth Calder in Leeds for talks on pay.")
    assert _roles(item) == {"place": "Leeds", "organisers": [], "chair": "Ruth Calder"}


def test_another_mention_of_the_event_noun_names_its_organiser() -> None:
    item = _read(
        "Ruth Calder arrived at the start of the meeting, which lasted an hour.",
        "Several members spoke at the Coastal Fisheries Association meeting.",
    )
    assert _roles(item)["organisers"] == ["Coastal Fisheries Association"]


def test_the_place_of_an_event_may_be_told_in_the_paragraph_before() -> None:
    item = _read(
        "Members of a Commons committee were in Peterhead on Monday to hear from fishermen.",
        "Ruth Calder said the visit had been useful.",
    )
    assert _roles(item)["place"] == "Peterhead"


def test_a_firms_chairman_does_not_chair_its_launch() -> None:
    item = _read(
        "Brantwell Holdings has unveiled a recovery plan in Leeds.",
        "Brantwell Holdings chairman Tom Ward backed the plan.",
    )
    assert _roles(item) == {"place": "Leeds", "organisers": ["Brantwell Holdings"]}


def test_well_known_unions_firms_and_bodies_without_a_head_are_organisations() -> None:
    item = _read(
        "Usdaw and Aslef wrote to Centrica, Carphone Warehouse and the Bundesbank, and M&S replied.",
        "A YouGov poll for the Daily Record put them ahead.",
    )
    found = {o.name: [m.text for m in o.mentions] for o in item.organisations}
    assert found == {
        "Usdaw": ["Usdaw"],
        "Aslef": ["Aslef"],
        "Centrica": ["Centrica"],
        "Carphone Warehouse": ["Carphone Warehouse"],
        "Bundesbank": ["Bundesbank"],
        "M&S": ["M&S"],
        "YouGov": ["YouGov"],
        "Daily Record": ["Daily Record"],
    }


def test_a_visit_is_made_by_the_body_whose_members_the_lead_is_about() -> None:
    item = _read(
        "Members of the Commons transport committee have been in Wales to hear from bus firms.",
        "Committee chairman Ruth Calder said the visit had been useful.",
    )
    roles = _roles(item)
    assert roles["organisers"] == ["transport committee"]
    assert roles["chair"] == "Ruth Calder"


def test_one_of_several_is_no_post() -> None:
    item = _read("Dr Tom Ward, one of the chip's chief architects, said it was fast.")
    assert _titles(item) == {"Tom Ward": []}


def test_places_told_by_a_cue_or_by_a_list_with_a_known_place() -> None:
    item = _read(
        "Talks in the Welsh town of Llandrefon and the port of Carrowby on Monday. Fishermen in "
        "Kinlochmorrow and Lerwick agreed; so did Tom Ward in Brantwell Foods and London."
    )
    assert [p.name for p in item.places] == ["Llandrefon", "Carrowby", "Kinlochmorrow", "Lerwick", "London"]


def test_committees_named_by_a_capitalised_portfolio_and_the_body_of_a_hearing() -> None:
    item = _read("At a hearing of the Senate foreign relations committee, Tom Ward spoke first.")
    assert _roles(item)["organisers"] == ["foreign relations committee"]
    item = _read("The Commons Treasury select committee and the Cabinet committee will hold an inquiry.")
    assert [o.name for o in item.organisations] == ["Commons", "Treasury select committee"]
    assert _roles(item)["organisers"] == ["Treasury select committee"]


def test_a_partys_name_ending_on_the_event_noun_holds_it() -> None:
    item = _read("The Tory party conference in Carlisle ended on Thursday.")
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Tory party"]}


def test_gates_drives_and_stations_are_places_not_people() -> None:
    item = _read("He drove through the Thomas Gate towards 24 Sussex Drive and King's Cross Station.")
    assert item.people == []
    assert [p.name for p in item.places] == ["Thomas Gate", "24 Sussex Drive", "King's Cross Station"]


def test_a_knights_style_between_rank_and_name_and_police_ranks_abbreviated() -> None:
    item = _read("Lt Gen Sir Tom Ward met Det Supt Ann Lee and Det Ch Insp Paul Berg.")
    found = {p.name: (p.rank, [m.text for m in p.mentions]) for p in item.people}
    assert found == {
        "Tom Ward": ("Lt Gen", ["Sir Tom Ward"]),
        "Ann Lee": ("Det Supt", ["Ann Lee"]),
        "Paul Berg": ("Det Ch Insp", ["Paul Berg"]),
    }


def test_whose_post_it_is_told_by_a_pronoun_or_a_common_nouns_possessive_is_no_part_of_it() -> None:
    item = _read(
        "Ann Lee, its chief executive, spoke. Tom Ward, their leader, and Paul Berg, the party's "
        "general secretary, agreed with Ruth Calder, Acme's chairman."
    )
    assert _titles(item) == {
        "Ann Lee": ["chief executive"],
        "Tom Ward": ["leader"],
        "Paul Berg": ["general secretary"],
        "Ruth Calder": ["Acme's chairman"],
    }


def test_places_joined_by_hyphens_name_each_place() -> None:
    item = _read("The Iran-Pakistan-India pipeline and UK-based Acme-Holdings firms were discussed.")
    assert [p.name for p in item.places] == ["Iran", "Pakistan", "India"]


def test_a_launch_is_its_makers() -> None:
    item = _read("The chip, developed by Toshiba, Acme Holdings and IBM, will be unveiled in Leeds.")
    assert _roles(item) == {"place": "Leeds", "organisers": ["Toshiba"]}
    item = _read("The new phone will be launched by Acme Holdings in Leeds in May.")
    assert _roles(item) == {"place": "Leeds", "organisers": ["Acme Holdings"]}


def test_the_full_name_of_someone_also_called_mr_x_is_a_person_not_an_organisation() -> None:
    item = _read(
        "Saeb Orkelan said the plan was unacceptable. Mr Orkelan said talks would go on.",
        "Labour Orkelan supporters and Tory Orkelan critics were not asked.",
    )
    assert [(p.name, [m.text for m in p.mentions]) for p in item.people] == [
        ("Saeb Orkelan", ["Saeb Orkelan", "Mr Orkelan"])
    ]
    assert "Saeb Orkelan" not in {o.name for o in item.organisations}


def test_the_speaker_named_after_a_quotation_is_a_person() -> None:
    item = _read('"We will not accept this," said Saeb Orkelan. "Nor will we," said Goldman Sachs.')
    assert [p.name for p in item.people] == ["Saeb Orkelan"]


def test_a_place_opening_an_exchanges_or_a_colleges_name_is_no_place() -> None:
    item = _read("Shares fell in Tokyo Stock Exchange trading; Transport for London and the LSE agreed.")
    assert item.places == []
    assert [o.name for o in item.organisations] == ["Tokyo Stock Exchange", "Transport for London", "LSE"]


def test_a_persons_possessive_is_no_part_of_a_post_in_an_apposition() -> None:
    item = _read(
        "Tom Ward, Mr Berg's former communications director, and Ann Lee, Paul Berg's press "
        "secretary, said so."
    )
    titles = _titles(item)
    assert titles["Tom Ward"] == ["former communications director"]
    assert titles["Ann Lee"] == ["press secretary"]


def test_a_surname_that_is_a_place_is_the_person_unless_a_word_of_place_stands_before_it() -> None:
    item = _read(
        "US envoy Tom Bolton arrived on Monday. Bolton said talks in Bolton and Washington went well."
    )
    bolton = next(p for p in item.people if p.name == "Tom Bolton")
    assert [m.text for m in bolton.mentions] == ["Tom Bolton", "Bolton"]
    assert [(p.name, [m.text for m in p.mentions]) for p in item.places] == [
        ("Bolton", ["Bolton"]),
        ("Washington", ["Washington"]),
    ]


def test_who_or_an_age_after_a_name_no_table_knows_tells_a_person() -> None:
    item = _read(
        "Saeb Orkelan, who leads the team, and Kweku Adabor, 31, spoke. Carphone Warehouse, who "
        "sell phones, did not."
    )
    assert [p.name for p in item.people] == ["Saeb Orkelan", "Kweku Adabor"]


def test_ages_and_journalists_words_for_the_holder_are_no_part_of_a_post() -> None:
    item = _read(
        "Tom Ward, the 60-year-old chief executive, spoke. Ann Lee, the veteran Labour MP, agreed. "
        "Paul Berg, who took over as chairman last year, and Ruth Calder, the firm's recently "
        "appointed finance director, did not."
    )
    assert _titles(item) == {
        "Tom Ward": ["chief executive"],
        "Ann Lee": ["Labour MP"],
        "Paul Berg": ["chairman"],
        "Ruth Calder": ["finance director"],
    }


def test_made_a_peer_and_recognised_with_an_honour_are_awards() -> None:
    item = _read("Tom Ward has been made a peer. Ann Lee was recognised with an MBE.")
    assert [(a.name, [r.text for r in a.recipients]) for a in item.awards] == [
        ("peerage", ["Tom Ward"]),
        ("MBE", ["Ann Lee"]),
    ]


def test_the_one_person_among_the_parties_of_talks_or_holding_them_with_others_hosts() -> None:
    item = _read("Talks between five unions and Deputy Prime Minister Ruth Calder ended in Leeds.")
    assert _roles(item)["chair"] == "Ruth Calder"
    item = _read("Ruth Calder held talks with union leaders in Leeds on Monday.")
    assert _roles(item)["chair"] == "Ruth Calder"
    item = _read("Talks between Ruth Calder and Tom Ward ended in Leeds.")
    assert "chair" not in _roles(item)  # two equal parties: no host


def test_the_one_who_chaired_after_an_apposition_chairs() -> None:
    item = _read("Ruth Calder, the Freedonian prime minister, chaired the summit in Leeds.")
    assert _roles(item)["chair"] == "Ruth Calder"


def test_a_building_named_after_the_town_is_where_the_event_is() -> None:
    item = _read(
        "Ruth Calder told Labour's spring conference in Carlisle that the party would win.",
        "Speaking at the Lanes Centre, she said taxes would not rise.",
    )
    assert _roles(item) == {"place": "Lanes Centre", "organisers": ["Labour"]}
    # A street or a residence named after the town is no building the event is held in.
    item = _read("Ruth Calder held talks in Carlisle on Monday. They met at Castle Street.")
    assert _roles(item)["place"] == "Carlisle"


def test_a_towns_possessive_before_a_building_is_a_place_of_its_own() -> None:
    item = _read(
        "Ruth Calder told Labour's spring conference that the party would win.",
        "Speaking in Carlisle's Lanes Centre, she said taxes would not rise.",
    )
    assert [p.name for p in item.places] == ["Carlisle", "Lanes Centre"]
    assert _roles(item)["place"] == "Lanes Centre"


def test_a_place_in_what_is_said_is_not_where_the_event_is() -> None:
    item = _read("Delegates at the Brantwell Media Conference heard that China was ready.")
    assert _roles(item)["place"] is None
    item = _read("Ruth Calder, who is hosting the talks, said Turkey should join.")
    assert _roles(item)["place"] is None


def test_a_chamber_holds_the_sitting_held_in_it() -> None:
    item = _read("Peers debate a bill", "The bill's second reading in the House of Lords comes on Friday.")
    assert _roles(item) == {"place": "House of Lords", "organisers": ["House of Lords"]}


def test_members_named_in_the_second_sentence_of_the_lead_make_the_visit() -> None:
    item = _read(
        "A group of MPs has been on a fact-finding mission. Members of the Commons transport "
        "committee were in Carlisle on Monday."
    )
    assert _roles(item)["organisers"] == ["transport committee"]


def test_an_initial_without_its_dot_opens_a_name_a_post_tells() -> None:
    item = _read("J Brantwell, the corporate vice-president in charge of games, said so.")
    assert _titles(item) == {"J Brantwell": ["corporate vice-president in charge of games"]}


def test_a_plural_possessive_before_the_event_noun_holds_it() -> None:
    item = _read("Speaking in Carlisle at the Conservatives' spring forum, Ruth Calder said so.")
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Conservatives"]}


def test_the_one_in_the_chair_chairs() -> None:
    item = _read(
        "The Coastal Fisheries Association held its annual conference in Carlisle on Monday. Its "
        "president, Ruth Calder, was in the chair."
    )
    assert _roles(item) == {
        "place": "Carlisle",
        "organisers": ["Coastal Fisheries Association"],
        "chair": "Ruth Calder",
    }


def test_the_body_that_called_a_meeting_organises_it() -> None:
    item = _read("The meeting, called by the Coastal Fisheries Association, took place in Carlisle.")
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Coastal Fisheries Association"]}


def test_one_who_chaired_an_event_of_another_kind_does_not_chair_the_reports() -> None:
    opening = "Ruth Calder told the Coastal Fisheries Association's annual conference in Carlisle that "
    item = _read(opening + "catches fell. Tom Ward, who chaired the board meeting last week, stayed away.")
    assert "chair" not in _roles(item)
    item = _read(opening + "catches fell. Tom Ward, the association's president, chaired the conference.")
    assert _roles(item)["chair"] == "Tom Ward"


def test_a_party_adjective_before_the_conference_names_the_party_that_holds_it() -> None:
    item = _read(
        "Ruth Calder told the Tory conference in Carlisle that taxes would not rise. The Tories "
        "trail in the polls."
    )
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Tories"]}
    item = _read(
        "Ruth Calder told the Liberal Democrat spring conference in Carlisle that taxes would rise. "
        "The Liberal Democrats hope to gain seats."
    )
    assert _roles(item) == {"place": "Carlisle", "organisers": ["Liberal Democrats"]}
    # No party named in the report: the adjective alone is no organisation.
    item = _read("Ruth Calder told the Tory conference in Carlisle that taxes would not rise.")
    assert _roles(item) == {"place": "Carlisle", "organisers": []}


def test_a_month_before_a_given_name_and_a_surname_is_a_given_name() -> None:
    item = _read("Jan Peter Vrielink, the Dutch finance minister, spoke in Leeds.")
    assert _titles(item) == {"Jan Peter Vrielink": ["Dutch finance minister"]}
    # After a day it is the month of a date.
    item = _read("The vote on 12 Jan Peter Vrielink called close was lost.")
    assert [p.name for p in item.people] == ["Peter Vrielink"]


def test_the_one_who_invites_others_to_talks_hosts_them() -> None:
    item = _read("Ruth Calder invited union leaders to Carlisle for talks on pay.")
    assert _roles(item)["chair"] == "Ruth Calder"
    # The one invited is a guest: "was invited" names no host.
    item = _read("Ruth Calder was invited to Carlisle for talks on pay.")
    assert "chair" not in _roles(item)


def test_number_10_is_the_prime_ministers_residence_where_talks_are_held() -> None:
    item = _read("Prime Minister Ruth Calder held talks with union leaders at Number 10 on Monday.")
    assert _roles(item) == {"place": "Number 10", "organisers": [], "chair": "Ruth Calder"}
    item = _read("Ruth Calder held talks at Downing Street. No 10 said they went well.")
    assert len(item.places) == 1  # one residence, by either name


def test_a_bare_chairman_chairs_the_organisers_meeting_when_no_post_names_it() -> None:
    opening = "The Coastal Fisheries Association held its annual meeting in Carlisle. "
    item = _read(opening + "Its chairman, Tom Ward, said catches fell.")
    assert _roles(item)["chair"] == "Tom Ward"
    item = _read(
        opening + "Tom Ward, the association's chairman, said catches fell. Ann Lee, chairman of the "
        "Brantwell Trust, agreed."
    )
    assert _roles(item)["chair"] == "Tom Ward"
    # Two bare chairs: which body each chairs is not told.
    item = _read(opening + "Tom Ward, the chairman, and Ann Lee, the chairwoman, spoke.")
    assert "chair" not in _roles(item)


def test_the_one_who_hosted_them_hosts_the_talks() -> None:
    item = _read("Talks were held in Carlisle on Monday. Ruth Calder, who hosted them, said they went well.")
    assert _roles(item)["chair"] == "Ruth Calder"
    item = _read("Talks were held in Carlisle on Monday. Ruth Calder, who hosted a dinner, said so.")
    assert "chair" not in _roles(item)


def test_the_body_which_organised_it_organises_the_event() -> None:
    opening = "The conference was held in Carlisle. The Coastal Fisheries Association, which "
    item = _read(opening + "organised it, said it went well.")
    assert _roles(item)["organisers"] == ["Coastal Fisheries Association"]
    item = _read(opening + "staged the conference, said it went well.")
    assert _roles(item)["organisers"] == ["Coastal Fisheries Association"]
    item = _read(opening + "organised the protest, said it went well.")
    assert _roles(item)["organisers"] == []


def test_the_host_the_one_chairing_and_the_chairmanship_name_the_chair() -> None:
    opening = "The summit in Carlisle ended on Monday. "
    for told in ("Ruth Calder, the host, said it went well.", "Ruth Calder, who was chairing it, agreed."):
        assert _roles(_read(opening + told))["chair"] == "Ruth Calder"
    item = _read("The meeting in Carlisle, under the chairmanship of Ruth Calder, ended on Monday.")
    assert _roles(item)["chair"] == "Ruth Calder"
    item = _read(opening + "Ruth Calder, the host of a radio show, said it went well.")
    assert "chair" not in _roles(item)


def test_a_title_won_for_a_year_is_an_award() -> None:
    item = _read("Ruth Calder was named European Footballer of the Year in Carlisle.")
    found = [(a.name, [r.text for r in a.recipients]) for a in item.awards]
    assert found == [("European Footballer of the Year", ["Ruth Calder"])]
    item = _read("Ruth Calder was named chairman of the Coastal Fisheries Association.")
    assert item.awards == []


def test_a_body_referred_back_to_holds_its_meeting() -> None:
    said = "Acme Holdings said on Monday that profits rose."
    assert _roles(_read(said, "Shareholders at the firm's annual meeting backed the plan."))[
        "organisers"
    ] == ["Acme Holdings"]
    held = _roles(_read(said, "The company will hold its annual general meeting in Perth."))
    assert held == {"place": "Perth", "organisers": ["Acme Holdings"]}
    # "its" in a sentence about someone else refers to no body of ours
    other = _read("Tom Ward of Acme Holdings said the minister would address its conference in Perth.")
    assert _roles(other)["organisers"] == []


def test_an_institution_by_its_other_name_is_the_venue_and_a_gathering_called_congress_is_none() -> None:
    holyrood = _roles(_read("Ruth Calder made a statement to MSPs at Holyrood on Thursday."))
    assert holyrood == {"place": "Holyrood", "organisers": ["Holyrood"]}
    show = _roles(_read("Ruth Calder will unveil the phone at the 3GSM World Congress in Cannes."))
    assert show == {"place": "Cannes", "organisers": []}


def test_london_houses_where_governments_meet_are_places() -> None:
    assert _roles(_read("The summit at Lancaster House lasted an hour."))["place"] == "Lancaster House"
    assert (
        _roles(_read("Bankers gathered at the Mansion House for the ceremony."))["place"] == "Mansion House"
    )
    # the town alone stays the town
    assert (
        _roles(_read("Tom Ward said the conference in Lancaster would open on Monday."))["place"]
        == "Lancaster"
    )


def test_the_old_bailey_is_a_court_that_holds_its_own_hearings() -> None:
    item = _read("The hearing at the Old Bailey heard that Tom Ward had lied.")
    assert _roles(item) == {"place": "Old Bailey", "organisers": ["Old Bailey"]}


def test_a_plural_possessive_ends_the_run_not_the_organisations_name() -> None:
    item = _read("Ruth Calder spoke at the Institute of Directors' annual convention in Perth.")
    assert _roles(item) == {"place": "Perth", "organisers": ["Institute of Directors"]}
    union = _read("Ruth Calder spoke at the Transport and General Workers' Union in Perth.")
    assert [org.name for org in union.organisations] == ["Transport and General Workers' Union"]


def test_who_runs_or_arranges_the_event_organises_it() -> None:
    run = _read("The conference, run by the Institute of Directors, opened in Perth.")
    assert _roles(run)["organisers"] == ["Institute of Directors"]
    arranged = _read("Ruth Calder spoke at a meeting arranged by the Fabian Society.")
    assert _roles(arranged)["organisers"] == ["Fabian Society"]
    # what a body runs that is no event does not make it the organiser
    scheme = _read("Ruth Calder spoke at a conference in Perth on a scheme run by the Fabian Society.")
    assert _roles(scheme)["organisers"] == []


def test_the_place_is_told_where_the_report_refers_back_to_the_event() -> None:
    said = "Ruth Calder said the talks had been useful."
    rebate = "She said Britain would keep its rebate."
    after = _read(said, rebate, "Speaking after the talks in Brussels, she said a deal was close.")
    assert _roles(after)["place"] == "Brussels"
    # another meeting of the same kind is no reference back
    other = _read(
        "Ruth Calder said the meeting had been useful.", rebate, "A meeting in Paris last year had failed."
    )
    assert _roles(other)["place"] is None


def test_a_speech_a_dinner_or_a_show_is_the_event_when_the_report_names_no_other() -> None:
    speech = _read("Ruth Calder set out her plans in a speech to the Fabian Society in Perth on Tuesday.")
    assert _roles(speech) == {"place": "Perth", "organisers": ["Fabian Society"]}
    show = _read("Acme showed its new console at the trade show in Los Angeles.")
    assert show.event is not None
    assert show.event.name == "trade show"
    # a report on talks keeps the talks as its event, whatever speech it mentions first
    talks = _read("Ruth Calder made a speech in Perth.", "The talks in Geneva went on all day.")
    assert talks.event is not None
    assert talks.event.name == "talks"


def test_a_center_after_at_the_is_a_venue() -> None:
    item = _read("Brantwell unveiled the chip at a conference at the Moscone Center in San Francisco.")
    assert {"Moscone Center", "San Francisco"} <= {p.name for p in item.places}
    assert "Moscone Center" not in {o.name for o in item.organisations}
    # Elsewhere a Center is an institution.
    item = _read("Ann Lee, founder of the Simon Wiesenthal Center, spoke, and the Carter Center agreed.")
    assert {"Simon Wiesenthal Center", "Carter Center"} <= {o.name for o in item.organisations}
    assert item.places == []
