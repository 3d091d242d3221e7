"""English extraction: the regression floor on the shared English gold set, each finder's grammar
on sentences written for these tests, and robustness (spans exact, deterministic) on any text."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsml_kit import read
from newsml_kit.cli import main
from newsml_kit.extract import detect_language, enrich
from newsml_kit.extract.core import Extraction
from newsml_kit.extract.en import RULER
from newsml_kit.formats.json import write_json
from newsml_kit.model import Block, NewsItem, ParticipantRole, Person, PersonRole, Place
from support.extraction import assert_above_floor, quality_bench
from support.strategies import texts


def _read(*paragraphs: str) -> NewsItem:
    """An English article: a headline, then the paragraphs."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return read(text.encode(), format="text").item


def _person(item: NewsItem, name: str) -> tuple[str | None, list[str], list[str]]:
    person = next(p for p in item.people if p.name == name)
    return person.rank, person.titles, [m.text for m in person.mentions]


def test_english_gold_articles_hold_the_regression_floor(shared: Path) -> None:
    """bench/extract_quality.py --language en: each half and the whole at or above EN_FLOOR."""
    bench = quality_bench()
    results = bench.evaluations(shared, "en")
    assert not results["whole"].missing
    assert results["whole"].articles
    assert_above_floor(results, bench.EN_FLOOR)


def test_the_english_table_lists_event_names_as_not_scored(shared: Path) -> None:
    """English gold names its events descriptively (SOURCES.md): the table must not print a 0.000
    row with a target for them, as if the extractor had failed."""
    bench = quality_bench()
    rows = {
        line.split()[0]: line
        for line in bench.table(bench.evaluations(shared, "en"), bench.EN_UNSCORED).splitlines()
    }
    assert "not scored" in rows["EVENT.name"]
    assert "0.85/0.85" not in rows["EVENT.name"]
    assert "0.85/0.85" in rows["EVENT.date"]


def test_the_english_split_is_fixed_and_halves_are_disjoint(shared: Path) -> None:
    bench = quality_bench()
    assert not set(bench.EN_HALF_A) & set(bench.EN_HALF_B)
    names = bench.gold_names(shared, "en")
    assert set(bench.EN_HALF_A) | set(bench.EN_HALF_B) <= set(names)
    assert bench.half_of("bbc_politics_018.json", "en") == "A"
    assert bench.half_of("bbc_politics_035.json", "en") == "B"
    assert bench.half_of("new_article.json", "en") in ("A", "B")


def test_language_detection_picks_the_english_pack() -> None:
    item = _read("The minister said on Monday that the plan was a good one for the country and its people.")
    assert item.language == "en"
    assert detect_language(item) == "en"


def test_people_after_posts_words_of_address_styles_and_ranks() -> None:
    item = _read(
        "Home Secretary Ruth Calder met Gen Okafor in London. Mr Okafor later met Lord Penhallow.",
        "Ms Calder said General Okafor was welcome, and Calder thanked Sir Miles Dunmore.",
    )
    rank, titles, mentions = _person(item, "Ruth Calder")
    assert (rank, titles) == (None, ["Home Secretary"])
    assert mentions == ["Ruth Calder", "Ms Calder", "Calder"]
    rank, _, mentions = _person(item, "Okafor")
    assert rank == "Gen"
    assert mentions == ["Okafor", "Mr Okafor", "Okafor"]
    assert {p.name for p in item.people} == {"Ruth Calder", "Okafor", "Lord Penhallow", "Miles Dunmore"}


def test_posts_in_an_apposition_and_with_their_organisation() -> None:
    item = _read(
        "Nina Patel, chief executive of the Child Support Agency, said the changes would help.",
        "Gordon Ashby, the chancellor, agreed. Shadow spokesman for transport Owen Marsh did not.",
    )
    assert _person(item, "Nina Patel")[1] == ["chief executive of the Child Support Agency"]
    assert _person(item, "Gordon Ashby")[1] == ["chancellor"]
    assert _person(item, "Owen Marsh")[1] == ["Shadow spokesman for transport"]
    assert "Child Support Agency" in {o.name for o in item.organisations}


def test_organisations_by_head_by_table_and_by_defined_acronym() -> None:
    item = _read(
        "The Coastal Fisheries Association (CFA) wrote to Labour and to Brightwater Holdings.",
        "The CFA said the European Commission had not replied.",
    )
    orgs = {o.name: o for o in item.organisations}
    assert orgs["Coastal Fisheries Association"].abbreviation == "CFA"
    assert [m.text for m in orgs["Coastal Fisheries Association"].mentions] == [
        "Coastal Fisheries Association",
        "CFA",
        "CFA",
    ]
    assert {"Labour", "Brightwater Holdings", "European Commission"} <= set(orgs)


def test_places_from_the_gazetteer_buildings_and_cues() -> None:
    item = _read(
        "The delegation will visit Tarnowice before a reception at Lancaster Hall in Edinburgh.",
        "Talks in Britain and the UK follow, then a trip to the island of Isla Brava.",
    )
    places = {p.name: p for p in item.places}
    assert {"Tarnowice", "Lancaster Hall", "Edinburgh", "UK", "Isla Brava"} <= set(places)
    assert [m.text for m in places["UK"].mentions] == ["Britain", "UK"]


def test_dates_need_a_year_the_text_gives() -> None:
    item = _read(
        "The body met on 3 May 2011 and on June 4, 2012, reported in March 2013, and plans cuts for "
        "2007-2013 and beyond 2020. Prices last rose like this in the 1970s. It meets again on 5 May."
    )
    values = [d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates]
    assert values == ["2011-05-03", "2012-06-04", "2013-03", "2007/2013", "2020", "1970/1979"]


def test_awards_conferred() -> None:
    item = _read("The scientist Helen Marsh was knighted in the New Year Honours list.")
    found = [(a.name, [r.text for r in a.recipients]) for a in item.awards]
    assert found == [("knighthood", ["Helen Marsh"])]


def test_dateline_byline_and_photo_credit() -> None:
    item = _read(
        "By Tom Aldous",
        "GENEVA (AFP) - Negotiators resumed talks on Tuesday.",
        "Delegates arrive for the talks (Photo: Reuters)",
    )
    assert item.byline == "Tom Aldous"
    assert PersonRole.AUTHOR in next(p for p in item.people if p.name == "Tom Aldous").roles
    assert "Geneva" in {p.name for p in item.places}
    assert {"AFP", "Reuters"} <= {o.name for o in item.organisations}
    caption = item.body[2]
    assert caption.credit is not None
    assert caption.text[caption.credit.start : caption.credit.end] == "Reuters"


def test_the_event_with_place_organiser_chair_and_guest() -> None:
    item = _read(
        "Ministers met at the Northern Energy Summit in Glasgow on 2 March 2022, hosted by the "
        "Scottish Executive.",
        "Energy Secretary Maria Lund, who chaired the talks, thanked Helen Kerr, who was guest of honour.",
    )
    event = item.event
    assert event is not None
    assert event.name == "Northern Energy Summit"
    assert event.start is not None
    assert event.start.isoformat() == "2022-03-02"
    names = {e.id: e.name for e in [*item.people, *item.places, *item.organisations]}
    assert names[event.place_id or ""] == "Glasgow"
    assert [names[i] for i in event.organiser_ids] == ["Scottish Executive"]
    roles = {p.role: names[p.entity_id] for p in event.participants}
    assert roles == {ParticipantRole.CHAIR: "Maria Lund", ParticipantRole.GUEST_OF_HONOUR: "Helen Kerr"}


def test_a_finder_runs_alone() -> None:
    item = _read("Foreign Secretary Jack Straw flew to Paris in 2004.")
    extraction = Extraction(item)
    RULER.run(extraction, only=["dates"])
    built = extraction.build()
    assert (built.people, [d.value.isoformat() for d in built.dates]) == ([], ["2004"])
    assert RULER.names() == [
        "credits",
        "people",
        "organisations",
        "places",
        "dates",
        "documents",
        "awards",
        "event",
    ]


_WORDS = st.sampled_from(
    [
        "Foreign Secretary",
        "Jack Straw",
        "Mr",
        "Straw",
        ",",
        "the chancellor",
        "Labour",
        "Party",
        "(PLP)",
        "talks",
        "summit",
        "in",
        "London",
        "Hall",
        "27 January 2005",
        "the 1980s",
        "2007-2013",
        "was knighted",
        "By",
        "(Photo: AP)",
        "LONDON (Reuters) -",
        "Gen",
        "hosted by",
        "who chaired",
        ".",
        "of the",
    ]
)


@given(
    st.lists(
        st.lists(st.one_of(_WORDS, texts), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4
    )
)
def test_any_english_text_extracts_without_error_and_mentions_are_exact(paragraphs: list[str]) -> None:
    body = "\n\n".join(p.strip().replace("\r", " ").replace("\n", " ") for p in paragraphs if p.strip())
    data = ("Headline\n\n" + (body or "x") + "\n").encode()
    item = read(data, format="text").item
    if item.language != "en":
        item = NewsItem(**{**dict(read(data, format="text", extract=False).item), "language": "en"})
        from newsml_kit.extract import extract

        item = extract(item)
    for _, entity in item.entities():
        for mention in entity.mentions:
            assert item.body[mention.block].text[mention.start : mention.end] == mention.text
    assert write_json(read(data, format="text").item) == write_json(read(data, format="text").item)


def test_enrich_adds_beside_the_agency_metadata_and_renames_clashing_ids() -> None:
    agency = NewsItem(
        guid="urn:test:agency:1",
        language="en-GB",
        byline="Agency Desk",
        body=[
            Block(
                text="Foreign Secretary Jack Straw met Nina Patel at Lancaster Hall in London on "
                "4 May 2004 for talks with the Coastal Fisheries Association."
            )
        ],
        people=[Person(id="per1", name="Agency Person")],
        places=[Place(id="loc1", name="London")],
    )
    enriched = enrich(agency)
    assert enriched.people[0] == agency.people[0]
    assert enriched.places[0] == agency.places[0]
    assert enriched.byline == "Agency Desk"
    assert enriched.language == "en-GB"
    assert enriched.body == agency.body
    names = [p.name for p in enriched.people]
    assert names == ["Agency Person", "Jack Straw", "Nina Patel"]
    ids = [e.id for _, e in enriched.entities()]
    assert len(ids) == len(set(ids))
    # London was sent by the agency: the found mention is the agency's entity, not a second London.
    assert [p.name for p in enriched.places].count("London") == 1
    assert enriched.event is not None
    names_by_id = {e.id: e.name for e in [*enriched.people, *enriched.places, *enriched.organisations]}
    assert names_by_id[enriched.event.place_id or ""] == "Lancaster Hall"
    assert enrich(agency) == enriched


def test_enrich_leaves_an_agency_event_and_languages_without_a_pack_alone() -> None:
    german = NewsItem(guid="urn:test:de", language="de", body=[Block(text="Der Minister Jack Straw sprach.")])
    assert enrich(german) == german


def test_convert_extract_runs_the_pack_on_an_imported_item(shared: Path) -> None:
    path = shared / "corpus" / "ninjs" / "ninjsExMediumText1.json"
    plain = CliRunner().invoke(main, ["convert", str(path), "--to", "json"])
    extracted = CliRunner().invoke(main, ["convert", str(path), "--to", "json", "--extract"])
    assert plain.exit_code == extracted.exit_code == 0
    before, after = json.loads(plain.stdout), json.loads(extracted.stdout)
    for group in ("people", "organisations", "places"):
        assert after.get(group, [])[: len(before.get(group, []))] == before.get(group, [])
    assert len(after["places"]) > len(before["places"])
    assert after["body"] == before["body"]


def test_convert_language_picks_the_pack_and_no_extract_excludes_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nForeign Secretary Jack Straw flew to Paris.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(article), "--to", "json", "--language", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["language"], [p["name"] for p in data["people"]]) == ("en", ["Jack Straw"])
    clash = CliRunner().invoke(main, ["convert", str(article), "--to", "json", "--no-extract", "--extract"])
    assert clash.exit_code == 2
    assert "--no-extract" in clash.output


def test_the_extract_help_names_both_languages() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Vietnamese (vi)" in result.output
    assert "English (en)" in result.output


def test_posts_stop_at_another_name_and_keep_their_and() -> None:
    item = _read("Work and Pensions Secretary Alan Reeve and Trade and Industry Secretary Joan Hale met.")
    assert [(p.name, p.titles) for p in item.people] == [
        ("Alan Reeve", ["Work and Pensions Secretary"]),
        ("Joan Hale", ["Trade and Industry Secretary"]),
    ]


def test_a_post_opening_a_sentence_names_the_person_before_it() -> None:
    item = _read(
        "Tony Reeve has promised more money for schools. The prime minister spoke in Leeds.",
        "Critics said they did not trust the prime minister, Mr Hale replied.",
    )
    assert _person(item, "Tony Reeve")[1] == ["prime minister"]
    # A post inside a sentence, before a comma, is no apposition of the name after it.
    assert all(not p.titles for p in item.people if p.name != "Tony Reeve")


def test_the_person_met_at_a_place_hosts_the_talks() -> None:
    item = _read(
        "The Pakistani president began a visit to Britain on Monday.",
        "He met Prime Minister Tony Reeve at 10 Downing Street.",
    )
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.people, *item.places]}
    assert names[event.place_id or ""] == "10 Downing Street"
    assert {p.role: names[p.entity_id] for p in event.participants} == {ParticipantRole.CHAIR: "Tony Reeve"}


def test_a_post_opening_a_paragraph_names_the_person_of_the_paragraph_before() -> None:
    item = _read(
        "Tony Reeve has promised more money for schools.",
        "The prime minister launched the plan in Leeds.",
    )
    assert _person(item, "Tony Reeve")[1] == ["prime minister"]


def test_a_deputys_post_is_another_post() -> None:
    item = _read(
        "Deputy Prime Minister Joan Hale met union leaders. Later Tony Reeve spoke.",
        "The prime minister said the talks had gone well.",
    )
    assert _person(item, "Joan Hale")[1] == ["Deputy Prime Minister"]
    assert _person(item, "Tony Reeve")[1] == ["prime minister"]


def test_a_post_qualified_by_a_known_organisation_and_after_a_quotation() -> None:
    item = _read(
        "Founder Alan Reeve will fight the case in court.",
        '"We will not give up our name," he said. The Easyjet founder also said he would appeal.',
        "Ruth Calder met the president. The Pakistani president said little.",
    )
    assert _person(item, "Alan Reeve")[1] == ["Founder", "Easyjet founder"]
    # A qualifier that is no known organisation (a nationality) makes no post of its own.
    assert all("Pakistani president" not in p.titles for p in item.people)


def test_an_anniversary_dates_the_day_it_is_marked_on() -> None:
    item = _read(
        "The minister will visit Tarnowice for the 50th anniversary of the town's liberation.",
        "Veterans recall the 1955 liberation of the town. The ceremony is on 12 March.",
    )
    values = [d.value.isoformat() for d in item.dates]
    assert values == ["1955", "2005-03-12"]
    assert item.event is not None
    assert item.event.start is not None
    assert item.event.start.isoformat() == "2005-03-12"


def test_without_an_anniversary_a_day_and_month_stay_undated() -> None:
    item = _read("The 50th meeting of the board is on 12 March, in the town it was founded in in 1955.")
    assert [d.value.isoformat() for d in item.dates] == ["1955"]


def test_a_name_before_a_noun_only_an_organisation_has() -> None:
    item = _read(
        "Customers of the Widgetco brand can read the news on the Brightfone website, "
        "a Widgetco spokesman said. The London website and the Tony Reeve website are no firms."
    )
    assert {o.name for o in item.organisations} == {"Widgetco", "Brightfone"}


def test_convert_extract_to_newsml_of_a_carried_agency_item_fails_clearly(
    shared: Path, tmp_path: Path
) -> None:
    """The agency's NewsML-G2 is written back as it came and cannot take found entities yet: the
    error names the file and the field and says what to do instead; no output file is left."""
    path = shared / "corpus" / "newsmlg2" / "ap.xml"
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(main, ["convert", str(path), "--to", "newsml", "--extract", "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{path}: error: " in result.output
    assert "cannot take organisations yet" in result.output
    assert "convert it without --extract, or to json or ninjs" in result.output
    assert not out.exists()
    ninjs = CliRunner().invoke(main, ["convert", str(path), "--to", "ninjs", "--extract", "-o", str(out)])
    assert ninjs.exit_code == 0, ninjs.output
    first = json.loads(out.read_text(encoding="utf-8"))[0]  # ap.xml is a feed of several items
    assert first["organisations"]  # ninjs takes what was found


def test_the_one_who_hosts_talks_chairs_them() -> None:
    item = _read(
        "Premier Alan Cardew will host talks with Italian Prime Minister Bruno Valli at Marlowe House."
    )
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role is ParticipantRole.CHAIR]
    assert chairs == [next(p.id for p in item.people if p.name == "Alan Cardew")]


def test_a_knight_named_by_his_given_name_is_the_same_person() -> None:
    item = _read(
        "Mr Halvey, permanent secretary at the Home Office since 2001, became Sir Peter. Peter Halvey smiled."
    )
    _, titles, mentions = _person(item, "Peter Halvey")
    assert titles == ["permanent secretary at the Home Office"]  # the time phrase is no part of it
    assert mentions == ["Mr Halvey", "Sir Peter", "Peter Halvey"]
    assert len(item.people) == 1


def test_a_post_after_who_was_and_a_former_post_opening_a_name() -> None:
    item = _read(
        "Doug Hensley, who was chief executive of the Rural Payments Agency until last year, was honoured.",
        "Former Metropolitan Police commissioner Lord Garside was made a peer.",
    )
    assert _person(item, "Doug Hensley")[1] == ["chief executive of the Rural Payments Agency"]
    assert _person(item, "Lord Garside")[1] == ["Former Metropolitan Police commissioner"]
    orgs = {o.name for o in item.organisations}
    assert "Metropolitan Police" in orgs
    assert "Former Metropolitan Police" not in orgs


def test_an_honour_with_its_abbreviation_is_an_award_not_an_organisation() -> None:
    item = _read("Ann Dorsey was made a Companion of the Bath (CB) in the New Year Honours.")
    assert "Companion of the Bath" not in {o.name for o in item.organisations}
    assert item.places == []  # the Bath of the honour is no place
    assert [a.name for a in item.awards] == ["CB"]


def test_chief_officers_are_posts() -> None:
    item = _read(
        "Sony's chief technology officer Ken Osaki said that the chip was ready, and the work and "
        "pensions secretary Rita Vance said that it was a good day for the country."
    )
    assert _person(item, "Ken Osaki")[1] == ["Sony's chief technology officer"]
    assert _person(item, "Rita Vance")[1] == ["work and pensions secretary"]


def test_a_referring_post_before_told_and_one_a_party_qualifies() -> None:
    item = _read(
        "Tom Avery said he was confident about the plan. The prime minister told MPs it would work.",
        "Ruth Benton attacked the plans on Monday. The Tory leader said they would fail.",
    )
    assert _person(item, "Tom Avery")[1] == ["prime minister"]
    assert _person(item, "Ruth Benton")[1] == ["Tory leader"]


def test_select_committees_and_company_suffixes() -> None:
    item = _read(
        "The Commons environment, food and rural affairs committee heard from Brenner Logistik GmbH "
        "and from the Immigration and Nationality Directorate about the new rules for the trade."
    )
    orgs = {o.name.casefold() for o in item.organisations}  # named as the text writes them
    assert {
        "environment, food and rural affairs committee",
        "brenner logistik gmbh",
        "immigration and nationality directorate",
    } <= orgs


def _event_place(item: NewsItem) -> str | None:
    assert item.event is not None
    return next((p.name for p in item.places if p.id == item.event.place_id), None)


def test_the_event_place_is_close_to_its_noun_or_right_before_it() -> None:
    near = _read("Leaders gathered for the Lisbon summit on Thursday to discuss the budget of the union.")
    assert _event_place(near) == "Lisbon"
    far = _read(
        "The minister launched a plan to allow the sports clubs of every small town in Wales to open "
        "for longer, and said that it was a good day."
    )
    assert _event_place(far) is None
    topic = _read("Ministers opened a conference on climate change and energy security in Leeds on Monday.")
    assert _event_place(topic) == "Leeds"  # a topic of a few words between the noun and its place


def test_a_summit_is_held_by_the_body_its_sentence_names() -> None:
    item = _read(
        "Speaking after a summit meeting, the minister said that the EU would not agree on the budget "
        "this year."
    )
    assert item.event is not None
    assert [o.name for o in item.organisations if o.id in item.event.organiser_ids] == ["EU"]


def test_posts_in_a_closed_apposition_before_the_name() -> None:
    item = _read(
        "The head of the civil service, Sir Alan Prewitt, was given a peerage, while the chairman of "
        "the Audit Commission, Joan Strand, was knighted. He did not trust the chancellor, Mr Prewitt said."
    )
    assert _person(item, "Alan Prewitt")[1] == ["head of the civil service"]
    assert _person(item, "Joan Strand")[1] == ["chairman of the Audit Commission"]


def test_a_countrys_possessive_is_dropped_from_a_post_in_apposition() -> None:
    item = _read(
        "Peter Calloway, Gibraltar's chief minister, said that the talks had gone well for the people."
    )
    assert _person(item, "Peter Calloway")[1] == ["chief minister"]


def test_a_ranks_word_inside_a_name_and_a_county_are_no_people() -> None:
    item = _read(
        "The deal involves Norvell General Chemicals and the flooded Alexander County, where Gen Tom "
        "Raines and the mayor met on Monday to talk about the river."
    )
    assert [p.name for p in item.people] == ["Tom Raines"]
    assert _person(item, "Tom Raines")[0] == "Gen"
    assert "Alexander County" in {p.name for p in item.places}


def test_the_organisation_an_event_is_of_organises_it() -> None:
    item = _read(
        "Labour MPs voiced their fears at a meeting of the parliamentary Labour party on Monday night, "
        "and the party said it would listen."
    )
    assert item.event is not None
    organisers = [o.name for o in item.organisations if o.id in item.event.organiser_ids]
    assert organisers == ["parliamentary Labour party"]


def test_a_committees_fact_finding_mission_its_place_organiser_and_chair() -> None:
    item = _read(
        "Members of the Commons home affairs committee visited Dundee on a fact-finding mission. "
        "Committee chairman Alan Brereton said that the police there were worried."
    )
    assert item.event is not None
    assert item.event.name == "fact-finding mission"
    assert _event_place(item) == "Dundee"
    assert [o.name for o in item.organisations if o.id in item.event.organiser_ids] == [
        "home affairs committee"
    ]
    chairs = [p.entity_id for p in item.event.participants if p.role is ParticipantRole.CHAIR]
    assert chairs == [next(p.id for p in item.people if p.name == "Alan Brereton")]


def test_talks_are_chaired_by_the_person_met_near_them_not_anywhere() -> None:
    item = _read(
        "Union leaders held talks on pensions with the minister on Friday, and said the talks were useful.",
        "The unions want the retirement age to stay at 60 for all of their members.",
        "Later in the week, the union leader Joe Marr met Anna Kell, a local councillor, at a school.",
    )
    assert item.event is not None
    assert item.event.participants == []


def test_posts_of_two_words_that_hold_a_ranks_word_and_church_and_law_offices() -> None:
    item = _read(
        "Attorney General Lord Penwith advised the cabinet, and Solicitor General Mike Danby agreed. "
        "Iran's oil minister Bijan Tavari said the deal was signed.",
        "The Archbishop of Canterbury, Dr Rowan Ashe, said the law was unfair. "
        "Lord Advocate Colin Marr agreed.",
    )
    assert _person(item, "Lord Penwith")[:2] == (None, ["Attorney General"])
    assert _person(item, "Mike Danby")[:2] == (None, ["Solicitor General"])
    assert _person(item, "Bijan Tavari")[1] == ["oil minister"]
    assert _person(item, "Rowan Ashe")[1] == ["Archbishop of Canterbury"]
    assert _person(item, "Colin Marr")[1] == ["Lord Advocate"]


def test_a_post_opening_a_sentence_after_one_naming_no_one_names_the_next_sentences_person() -> None:
    item = _read(
        "Labour's posters say that the economy is strong. They urge voters to stay the course.",
        "The prime minister faced questions from his own MPs on Monday. Mr Dalton told them to unite. "
        "Ruth Penner said the mood was calm.",
    )
    assert _person(item, "Mr Dalton")[1] == ["prime minister"]
    assert _person(item, "Ruth Penner")[1] == []


def test_two_organisations_joined_by_and_are_two() -> None:
    item = _read(
        "Talks between Harwell United and Blackburn Rovers involved the Department for Work and "
        "Pensions and the Transport and General Workers' Union, with the Norland Gas Corporation "
        "and Tamsin Power Company.",
        "State-owned gas utility Gailor and Japanese conglomerate Hitama signed the deal.",
    )
    orgs = {o.name for o in item.organisations}
    assert {
        "Harwell United",
        "Blackburn Rovers",
        "Department for Work and Pensions",
        "Transport and General Workers' Union",
        "Norland Gas Corporation",
        "Tamsin Power Company",
        "Gailor",
        "Hitama",
    } <= orgs
    assert not any(
        " and " in name and "Work and Pensions" not in name and "General" not in name for name in orgs
    )


def test_a_place_naming_a_post_is_no_place_of_the_report() -> None:
    item = _read(
        "Europe minister Dan Hale and Northern Ireland Secretary Paula Moran met UK Prime Minister "
        "Tom Avery in Scotland and Wales on Monday."
    )
    assert {p.name for p in item.places} == {"Scotland", "Wales"}
    assert _person(item, "Paula Moran")[1] == ["Northern Ireland Secretary"]


def test_awards_conferred_by_becomes_and_is_made() -> None:
    item = _read(
        "Bill Jenner becomes a CB for his work on the system. Mr Hale is made a CBE for services to industry."
    )
    assert [(a.name, [r.text for r in a.recipients]) for a in item.awards] == [
        ("CB", ["Bill Jenner"]),
        ("CBE", ["Mr Hale"]),
    ]


def test_financial_years_short_ranges_and_decades_after_a_hyphen() -> None:
    item = _read(
        "The plan runs from 2005/06 and 2003-4, after prices rose in the mid-1990s; "
        "the 24/7 line opened in 2004."
    )
    values = [d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates]
    assert values == ["2005/2006", "2003/2004", "1990/1999", "2004"]


def test_names_with_particles_and_family_names_first() -> None:
    item = _read(
        "The French Prime Minister Dominique de Vallon said that he had met Wen Jiabo, while Peter van "
        "der Berk said that the plan was fine."
    )
    assert {p.name for p in item.people} == {"Dominique de Vallon", "Wen Jiabo", "Peter van der Berk"}


def test_a_named_conference_opening_on_an_organisation_is_its_own_and_one_name() -> None:
    item = _read(
        "Media chiefs told the Financial Times New Media and Broadcasting Conference in London that "
        "the market was ripe for growth."
    )
    assert item.event is not None
    assert item.event.name == "Financial Times New Media and Broadcasting Conference"
    assert [o.name for o in item.organisations] == ["Financial Times"]
    assert [o.name for o in item.organisations if o.id in item.event.organiser_ids] == ["Financial Times"]


def test_talks_at_an_official_residence_are_hosted_by_the_holder_of_its_post() -> None:
    item = _read(
        "Prime Minister Tom Avery said the talks at Downing Street with Italian Prime Minister Carlo "
        "Bruni went well."
    )
    assert _person(item, "Carlo Bruni")[1] == ["Italian Prime Minister"]  # no link before the post
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role is ParticipantRole.CHAIR]
    assert chairs == [next(p.id for p in item.people if p.name == "Tom Avery")]


def test_a_year_after_mid_pre_or_post() -> None:
    item = _read("The election is expected in mid-2005, under the pre-1997 rules, with 2004-05 figures.")
    values = [d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates]
    assert values == ["2005", "1997", "2004/2005"]


def _event_venue(item: NewsItem) -> str | None:
    """The event's place, a place or an institution (an organisation) where it is held."""
    assert item.event is not None
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    return names.get(item.event.place_id or "")


def test_an_institution_a_statement_is_made_to_is_its_organiser_and_venue() -> None:
    item = _read(
        "The details emerged during a statement by the first minister to the Welsh Assembly on Tuesday "
        "about the floods in the valleys."
    )
    assert item.event is not None
    assert _event_venue(item) == "Welsh Assembly"
    assert [o.name for o in item.organisations if o.id in item.event.organiser_ids] == ["Welsh Assembly"]


def test_an_institution_a_place_situates_is_the_events_venue() -> None:
    item = _read(
        "The education secretary launched a plan for school music on Friday.",
        "Launching the plan, she sang with pupils from the Hartwell Music College in Leeds, in the north.",
    )
    assert _event_venue(item) == "Hartwell Music College"
    plain = _read(
        "The education secretary launched a plan for school music on Friday.",
        "Launching the plan, she sang with pupils in Leeds, in the north.",
    )
    assert _event_venue(plain) == "Leeds"


def test_a_name_in_a_closed_apposition_after_a_posts_comma_and_letters_after_a_name() -> None:
    item = _read(
        "The Kenyan trade minister, Amina Odhiambo, said the deal was close to being signed.",
        "The panel's chairman, Colin Tarrant MP, led the visit.",
        "Colin Tarrant MP, the panel chairman, spoke later.",
        "He said the minister, Tembo Ashdown went too far.",
    )
    assert _person(item, "Amina Odhiambo")[1] == ["Kenyan trade minister"]
    assert _person(item, "Colin Tarrant")[1] == ["chairman", "panel chairman"]
    assert "Tembo Ashdown" not in {p.name for p in item.people}  # no comma closes the name: no apposition


def test_a_post_opening_an_article_is_not_the_person_its_sentence_names_after_it() -> None:
    item = _read(
        "The prime minister clashed with opposition leader Ruth Okonjo over hospital waiting lists.",
        "Tony Marsh told MPs the figures were improving.",
    )
    assert _person(item, "Ruth Okonjo")[1] == ["opposition leader"]
    assert _person(item, "Tony Marsh")[1] == ["prime minister"]


def test_an_envoys_country_stays_in_the_post_and_a_judges_style_is_a_title() -> None:
    item = _read(
        "Norway's Ambassador to Britain, Dr Ingrid Solberg, met Kenya's Chief Justice Omondi Wekesa.",
        "Ruth Okafor, Ghana's envoy to the UN, spoke after Mr Justice Pelham and Lord Justice Crane.",
    )
    assert _person(item, "Ingrid Solberg")[1] == ["Norway's Ambassador to Britain"]
    assert _person(item, "Omondi Wekesa")[1] == ["Chief Justice"]  # a country's is dropped elsewhere
    assert _person(item, "Ruth Okafor")[1] == ["Ghana's envoy to the UN"]
    assert _person(item, "Pelham")[1] == ["Mr Justice"]
    assert _person(item, "Crane")[1] == ["Lord Justice"]


def test_two_posts_joined_by_and_are_two_a_post_named_with_and_is_one() -> None:
    item = _read(
        "Peter Lomax, Commons leader and Welsh secretary, spoke first.",
        "Then came Work and Pensions Secretary Ann Hurst.",
        "Helen Venn, chief executive of Marks and Spencer, and CEO Ian Pell agreed.",
    )
    assert _person(item, "Peter Lomax")[1] == ["Commons leader", "Welsh secretary"]
    assert _person(item, "Ann Hurst")[1] == ["Work and Pensions Secretary"]
    assert _person(item, "Helen Venn")[1] == ["chief executive of Marks and Spencer"]
    assert _person(item, "Ian Pell")[1] == ["CEO"]


def test_an_honour_written_in_lower_case_or_by_its_order_and_appointed() -> None:
    item = _read(
        "Civil servant Tom Reeve becomes a companion of the Order of the Bath in the honours list.",
        "Nurse Jane Pike was appointed OBE. The Order of the Bath dates from the year 1725.",
    )
    assert [(a.name, [r.text for r in a.recipients]) for a in item.awards] == [
        ("CB", ["Tom Reeve"]),
        ("OBE", ["Jane Pike"]),
    ]
    assert "Bath" not in {p.name for p in item.places}


def test_an_institution_introduced_by_in_or_holding_its_own_sitting_is_the_venue() -> None:
    questions = _read(
        "During prime minister's questions in the Commons on Wednesday, Tony Marsh was asked about "
        "the cost of the new hospital wing."
    )
    assert _event_venue(questions) == "Commons"
    sitting = _read("Members of the House of Lords held a long debate on the future of the railways.")
    assert _event_venue(sitting) == "House of Lords"


def test_the_place_introduced_by_at_is_the_events_not_the_one_its_guests_come_from() -> None:
    item = _read(
        "Ruth Calder will host talks with the leaders of Italy and Spain at Downing Street on Monday "
        "about the budget."
    )
    assert _event_venue(item) == "Downing Street"


def _chair(item: NewsItem) -> str | None:
    assert item.event is not None
    ids = [p.entity_id for p in item.event.participants if p.role is ParticipantRole.CHAIR]
    return next((p.name for p in item.people if p.id in ids), None)


def test_the_host_who_welcomes_guests_or_hosts_talks_chairs_them() -> None:
    welcomed = _read(
        "Ruth Calder welcomed the Dutch and Danish leaders to Downing Street for talks on Poland's "
        "plans for the new budget."
    )
    assert _chair(welcomed) == "Ruth Calder"
    assert _event_venue(welcomed) == "Downing Street"  # not Poland: a possessive place is the topic
    hosted = _read(
        "Energy ministers from six countries held talks in Nairobi on Friday, hosted by Kenya's "
        "energy minister, Amina Odhiambo."
    )
    assert _chair(hosted) == "Amina Odhiambo"


def test_at_an_official_residence_its_holder_hosts_whoever_met_whom() -> None:
    item = _read(
        "Prime Minister Ruth Calder met Italian Prime Minister Carlo Benedetti for talks at Downing "
        "Street on Monday about the budget."
    )
    assert _chair(item) == "Ruth Calder"


def test_posts_of_two_lower_case_words_after_is_and_without_when_they_were_taken() -> None:
    item = _read(
        "Lord Penhallow, the attorney general, gave his advice. Ann Hurst is the health secretary.",
        "Nina Patel, the new transport secretary, met Tom Reeve, who is foreign secretary.",
        "The paper's political editor Andrew Lyle said the row was serious.",
    )
    assert _person(item, "Lord Penhallow")[1] == ["attorney general"]
    assert _person(item, "Ann Hurst")[1] == ["health secretary"]
    assert _person(item, "Nina Patel")[1] == ["transport secretary"]
    assert _person(item, "Tom Reeve")[1] == ["foreign secretary"]
    assert _person(item, "Andrew Lyle")[1] == []  # a journalist's tag is no official post


def test_a_month_after_a_lone_given_name_is_a_surname_but_not_a_bare_mention() -> None:
    item = _read(
        "Home Secretary Helen June spoke first. Prime Minister Ruth May said the vote was due in May.",
        "Mrs Calder will reply on 5 June 2005, after Ruth May has left.",
    )
    assert _person(item, "Ruth May")[1] == ["Prime Minister"]
    mentions = _person(item, "Ruth May")[2]
    assert mentions == ["Ruth May", "Ruth May"]  # "in May" is a month, not Mrs May
    assert "Helen June" in {p.name for p in item.people}


def test_a_post_that_goes_on_and_a_ranks_word_in_a_name_after_a_line_break() -> None:
    item = _read(
        "Security was tightened around the Governor General or the premier after the attack.",
        "The group sold its stakes in Harlow Techwin and\nHarlow General Plastics last year.",
    )
    assert {p.name for p in item.people} == set()


def test_plural_subjects_do_not_speak_as_organisations_nor_does_a_run_with_a_bare_the() -> None:
    item = _read(
        "Traders said oil prices would rise. Analysts said the market was calm.",
        "The minister told MPs the Government would publish the figures.",
    )
    assert {o.name for o in item.organisations} == set()


def test_a_statement_has_no_chair_though_its_firm_is_chaired_by_someone() -> None:
    item = _read(
        "Harlow made a statement to the stock exchange on Wednesday: the sale will be completed next year.",
        "The family-run group, chaired by Tom Reeve, has sold several of its units.",
    )
    assert _chair(item) is None
    meeting = _read(
        "Union leaders held a meeting on pensions on Wednesday.",
        "The meeting was chaired by Tom Reeve, who spoke for an hour.",
    )
    assert _chair(meeting) == "Tom Reeve"


def test_an_ex_post_before_a_name() -> None:
    item = _read("Ex-minister Helen Marsh and the party's ex-chairman Tom Reeve attacked the plan on Monday.")
    assert _person(item, "Helen Marsh")[1] == ["Ex-minister"]
    assert _person(item, "Tom Reeve")[1] == ["ex-chairman"]  # a lower-case possessive is dropped


def test_honours_by_their_full_names_each_to_the_person_before_its_own_verb() -> None:
    item = _read(
        "Civil servant Anne Hollis becomes a Dame Commander of the Order of the British Empire, "
        "and Tom Reeve is made a Knight Commander of the Order of the Bath.",
        "Two judges were made knights in the same list.",
    )
    assert [(a.name, [r.text for r in a.recipients]) for a in item.awards] == [
        ("DBE", ["Anne Hollis"]),
        ("KCB", ["Tom Reeve"]),
        ("knighthood", []),
    ]
    assert {p.name for p in item.people} == {"Anne Hollis", "Tom Reeve"}  # no "Dame Commander"


def test_a_posts_head_deep_in_an_apposition_and_a_committee_in_a_post_before_a_name() -> None:
    item = _read(
        "Nora Quill, the Liberal Democrat home affairs spokesman, said the bill was weak.",
        "Commons transport committee chairman Idris Vale said the bill was weaker still.",
    )
    assert _person(item, "Nora Quill")[1] == ["Liberal Democrat home affairs spokesman"]
    assert _person(item, "Idris Vale")[1] == ["Commons transport committee chairman"]


def test_an_age_between_a_name_and_its_post_and_a_post_set_off_by_dashes() -> None:
    item = _read(
        "Alan Tendell, 61, chairman of the Lakeland Housing Trust, becomes a knight.",
        "Helen Farrow - the chief executive of the Coastal Ferries Board - said she was pleased.",
        "Martin Oduya, 44, said the awards were deserved.",
    )
    assert _person(item, "Alan Tendell")[1] == ["chairman of the Lakeland Housing Trust"]
    assert _person(item, "Helen Farrow")[1] == ["chief executive of the Coastal Ferries Board"]
    assert _person(item, "Martin Oduya")[1] == []


def test_a_lower_case_post_at_a_named_body_before_a_name_and_a_spokesman_on_a_subject() -> None:
    item = _read(
        "The permanent secretary at the Treasury Office, Sir Hugo Brandt, said the figures were right.",
        "The Tory spokesman on Europe, Lena Marsh, said they were not.",
        "The guest at the Treasury Office, Sir Peter Lowe, said nothing.",
    )
    assert _person(item, "Hugo Brandt")[1] == ["permanent secretary at the Treasury Office"]
    assert _person(item, "Lena Marsh")[1] == ["Tory spokesman on Europe"]
    assert _person(item, "Peter Lowe")[1] == []


def test_a_referring_post_after_a_linking_word_opening_its_sentence() -> None:
    item = _read("Sarah Talbot spoke to farmers in Leeds. But the chancellor said the budget was set.")
    assert _person(item, "Sarah Talbot")[1] == ["chancellor"]


def test_also_and_now_before_a_post_and_a_time_phrase_after_it_are_not_the_post() -> None:
    item = _read(
        "Ruth Penrose, who is also the party chairman, said the plan was weak.",
        "Alan Greaves, now Labour's chief whip, agreed. Helen Sturrock, who became health secretary "
        "last year, did not.",
    )
    assert _person(item, "Ruth Penrose")[1] == ["party chairman"]
    assert _person(item, "Alan Greaves")[1] == ["Labour's chief whip"]
    assert _person(item, "Helen Sturrock")[1] == ["health secretary"]


def test_posts_holding_of_a_secretary_general_and_a_chief_of_staff() -> None:
    item = _read(
        "Bank of Wessex governor Martin Pryce said rates would rise.",
        "UN Secretary General Peter Okonjo and Downing Street chief of staff Sarah Lind disagreed.",
        "The talks at Downing Street with Prime Minister Alan Roe ended.",
    )
    assert _person(item, "Martin Pryce")[1] == ["Bank of Wessex governor"]
    assert _person(item, "Peter Okonjo")[:2] == (None, ["UN Secretary General"])
    assert _person(item, "Sarah Lind")[1] == ["Downing Street chief of staff"]
    assert _person(item, "Alan Roe")[1] == ["Prime Minister"]


def test_one_person_holding_talks_with_several_hosts_them() -> None:
    item = _read(
        "Ruth Penrose will hold talks with Peter Okonjo and Alan Roe in Leeds on the budget.",
        "The three discussed the plan.",
    )
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Ruth Penrose"]


def test_the_one_who_hosted_the_meeting_chairs_it() -> None:
    item = _read(
        "Ministers of three countries held talks in Leeds on Monday.",
        "Ruth Penrose hosted the meeting at the Civic Hall.",
    )
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Ruth Penrose"]


def test_broadcasters_by_their_head_and_names_holding_an_irregular_plurals_possessive() -> None:
    item = _read(
        "Harbour Central Television and Kestrel Media Group signed a deal with Vantage TV.",
        "The Western Fishermen's Federation and the Northern Children's Society welcomed it.",
    )
    assert {
        "Harbour Central Television",
        "Kestrel Media Group",
        "Vantage TV",
        "Western Fishermen's Federation",
        "Northern Children's Society",
    } <= {o.name for o in item.organisations}


def test_churches_named_by_denomination_are_organisations_and_more_places_are_known() -> None:
    item = _read("The Catholic Church and the Methodist Church objected in Aberdeenshire and Zhejiang.")
    assert {"Catholic Church", "Methodist Church"} <= {o.name for o in item.organisations}
    assert {p.name for p in item.places} == {"Aberdeenshire", "Zhejiang"}


def test_one_meeting_several_named_with_their_posts_hosts_them() -> None:
    item = _read(
        "Ruth Penrose will meet Italian Prime Minister Peter Okonjo and German Chancellor Alan Roe "
        "in Leeds on Monday for talks."
    )
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Ruth Penrose"]


def test_the_one_who_hosts_guests_for_talks_chairs_them() -> None:
    item = _read("Ruth Penrose will host the Italian and German leaders at the Civic Hall for talks.")
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Ruth Penrose"]


def test_a_chambers_committee_named_in_lower_case_organises_its_members_mission() -> None:
    item = _read(
        "MPs on the Commons transport committee are visiting Aberdeen on a fact-finding mission.",
        "Committee chairman Alan Roe said the trip would help. The Commons has set up a committee on it.",
    )
    orgs = {o.name: o for o in item.organisations}
    assert "transport committee" in orgs
    assert "set up a committee" not in " ".join(orgs)
    assert item.event is not None
    assert item.event.organiser_ids == [orgs["transport committee"].id]
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Alan Roe"]


def test_a_year_before_1800_after_in_or_of_at_the_end_of_its_phrase_but_not_a_count() -> None:
    item = _read(
        "The charter was granted in 1689 and renewed by the Statute of Lindley of 1722.",
        "Officers handled more than 1200 files, and in 1500 cases nothing was found.",
    )
    assert sorted(d.value.isoformat() for d in item.dates) == ["1689", "1722"]


def test_honours_made_a_dame_or_sir_a_knight_bachelor_a_life_peer_and_no_nomination() -> None:
    item = _read(
        "Ann Lee is made a Dame and Tom Hale becomes Sir Tom. Peter Okonjo is to be made a life peer.",
        "Alan Roe is appointed Knight Bachelor. Ruth Penrose won a Bafta and was nominated for an Oscar "
        "and shortlisted for the Harbour Design Prize.",
    )
    assert sorted(a.name for a in item.awards) == ["Bafta", "damehood", "knighthood", "knighthood", "peerage"]


def test_a_countrys_possessive_right_before_a_name_does_not_stop_the_extraction() -> None:
    """Regression: "Britain's Alan Roe" (a country's possessive, no post after it) raised a
    ValueError in the post finder and lost the whole article's extraction."""
    item = _read("Ted Hale said Britain's Alan Roe was right, and Hamish Doyle agreed.")
    assert {p.name for p in item.people} == {"Ted Hale", "Alan Roe", "Hamish Doyle"}
    assert _person(item, "Alan Roe")[1] == []
    assert {p.name for p in item.places} == {"Britain"}


def test_the_one_holding_talks_at_an_official_residence_with_no_one_named_receives_there() -> None:
    item = _read(
        "Alan Roe is meeting Ruth Penrose at Downing Street for talks on the budget.",
        "Ms Penrose said she was pleased.",
    )
    assert item.event is not None
    chairs = [p.entity_id for p in item.event.participants if p.role == ParticipantRole.CHAIR]
    assert [next(p.name for p in item.people if p.id == c) for c in chairs] == ["Alan Roe"]


def test_a_place_the_event_is_on_or_with_is_no_venue() -> None:
    item = _read("The summit on Iraq ended without a deal, and talks with Iran were put off.")
    assert item.event is not None
    assert item.event.place_id is None


def test_posts_of_consulates_colleges_and_private_offices_and_an_apposition_closing_a_sentence() -> None:
    item = _read(
        "The British Consul-General in Valdora, Irene Marlowe, said the visit would go ahead.",
        "The Provost of Kingsmere College, Sir Hugo Penrith, said the students were ready.",
        "The tour was announced by the Queen's private secretary, Sir Alan Rudd.",
        "The petition was handed to the shadow transport secretary, Nadia Okoro.",
    )
    assert _person(item, "Irene Marlowe")[1] == ["British Consul-General in Valdora"]
    assert _person(item, "Hugo Penrith")[1] == ["Provost of Kingsmere College"]
    assert _person(item, "Alan Rudd")[1] == ["Queen's private secretary"]
    assert _person(item, "Nadia Okoro")[1] == ["shadow transport secretary"]


def test_where_an_event_is_held_and_who_holds_it_under_its_auspices_or_by_invitation() -> None:
    item = _read(
        "The conference, held under the auspices of the United Nations and attended by delegates "
        "from forty countries, opened in Nairobi on Monday."
    )
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    assert names[event.place_id or ""] == "Nairobi"
    assert [names[i] for i in event.organiser_ids] == ["United Nations"]


def test_the_post_of_a_quotations_speaker_named_in_the_sentence_before() -> None:
    item = _read(
        'Helen Marsh spoke to party members in Carlisle. "We will win this time," said the chancellor.',
        'Owen Tate met farmers in Perth. "They deserve better," the environment secretary said.',
    )
    assert _person(item, "Helen Marsh")[1] == ["chancellor"]
    assert _person(item, "Owen Tate")[1] == ["environment secretary"]


def test_an_organisation_opening_on_its_kind_and_for() -> None:
    item = _read(
        "The Department for Rural Housing and the Centre for Coastal Studies published a report.",
        "Ann Blake, the former director at the Agency for Road Safety, welcomed it.",
    )
    assert {"Department for Rural Housing", "Centre for Coastal Studies", "Agency for Road Safety"} <= {
        o.name for o in item.organisations
    }


def test_given_names_from_abroad_open_a_name_with_its_post_in_an_apposition() -> None:
    item = _read(
        "The airline group said members would lose money. Its director general, Giovanni Ferrante, "
        "called on governments to cut taxes.",
        "Willie Dunmore, chief executive of Harlow Air, said fares would rise.",
    )
    assert _person(item, "Giovanni Ferrante")[1] == ["director general"]
    assert _person(item, "Willie Dunmore")[1] == ["chief executive of Harlow Air"]


def test_honours_of_the_bath_written_without_the_order_and_medals_of_the_lists() -> None:
    item = _read(
        "In the New Year Honours, the permanent secretary Ann Hope becomes a Knight Commander of the "
        "Bath, and the fire officer Tom Reddy receives the QFSM.",
        "The lollipop man Joe Grant was awarded the BEM, and Dame Ruth Ames is made a DCVO.",
    )
    assert sorted(a.name for a in item.awards) == ["BEM", "DCVO", "KCB", "QFSM"]


def test_an_organisation_right_before_the_event_noun_organises_it() -> None:
    item = _read("Media executives speaking at a Financial Times conference in Beijing said it was time.")
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    assert [names[i] for i in event.organiser_ids] == ["Financial Times"]
    assert names[event.place_id or ""] == "Beijing"


def test_an_event_the_report_says_is_due_gives_way_to_the_one_that_took_place() -> None:
    item = _read(
        "The minister is due to join party officials for a poster launch this week. On Monday she "
        "spoke at a meeting of the Federation of Small Businesses in Leeds."
    )
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    assert [names[i] for i in event.organiser_ids] == ["Federation of Small Businesses"]
    assert names[event.place_id or ""] == "Leeds"


def test_a_bodys_own_meeting_is_chaired_by_the_one_whose_post_names_it_as_its_chair() -> None:
    item = _read(
        "Party members voiced their fears at a meeting of the Parliamentary Green Group (PGG) on "
        "Monday. PGG chairman Ann Clwyd said the mood was calm, and Tom Reece, the group's treasurer, "
        "agreed."
    )
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.people, *item.organisations]}
    assert {p.role: names[p.entity_id] for p in event.participants} == {ParticipantRole.CHAIR: "Ann Clwyd"}


def test_the_place_a_sentence_before_the_event_noun_introduces_in_its_paragraph() -> None:
    item = _read("The two ministers met at Lancaster Hall on Monday evening. The talks focused on trade.")
    event = item.event
    assert event is not None
    assert {p.id: p.name for p in item.places}[event.place_id or ""] == "Lancaster Hall"


def test_a_statement_that_is_only_how_something_was_said_is_no_event() -> None:
    item = _read(
        "The council said in a statement that the road would close. The closure was announced at a "
        "meeting of the Harbour Trust in Whitby."
    )
    event = item.event
    assert event is not None
    assert event.name == "meeting"
    assert {p.id: p.name for p in item.places}[event.place_id or ""] == "Whitby"


def test_posts_of_local_government_and_of_negotiations() -> None:
    item = _read(
        "Labour councillor Ann Lovell said the plans were fair, and chief negotiator Tom Reece agreed "
        "that they would be kept."
    )
    assert _person(item, "Ann Lovell")[1] == ["Labour councillor"]
    assert _person(item, "Tom Reece")[1] == ["chief negotiator"]


def test_a_known_firm_opening_on_a_given_name_newspapers_and_a_list_inside_a_name() -> None:
    item = _read(
        "Analysts at Morgan Stanley said the Guardian had the story first.",
        "The Ministry of Roads, Rivers and Railways (MRRR) said the Agency for Ports, Docks and "
        "Harbours Authority would reply.",
    )
    assert not item.people
    orgs = {o.name for o in item.organisations}
    assert {"Morgan Stanley", "Guardian", "Ministry of Roads, Rivers and Railways"} <= orgs


def test_a_service_or_congress_that_is_a_standing_body_is_no_event() -> None:
    item = _read(
        "The former head of the civil service, Sir Ralph Denton, and the Trades Union Congress warned "
        "the Prison Service about cuts. He spoke at a memorial service in Coventry Cathedral."
    )
    event = item.event
    assert event is not None
    assert event.name == "service"
    assert {p.id: p.name for p in item.places}[event.place_id or ""] == "Coventry Cathedral"


def test_a_report_whose_only_statement_is_how_something_was_said_has_no_event() -> None:
    item = _read("The bank said in a brief statement on Friday that its profits had risen by a fifth.")
    assert item.event is None


def test_the_one_who_met_several_in_a_sentence_before_the_event_noun_hosts_them() -> None:
    item = _read(
        "Ruth Calder met Ana Rossi and Marta Berg in Leeds on Monday evening.",
        "The talks focused on trade, and the three agreed to meet again in the spring.",
    )
    assert _chair(item) == "Ruth Calder"


def test_a_bare_surname_takes_the_post_of_its_apposition() -> None:
    item = _read(
        "General Tomas Okafor arrived in London on Monday.",
        "Okafor, the army chief of staff, met ministers in the afternoon.",
    )
    assert _person(item, "Tomas Okafor")[1] == ["army chief of staff"]


def test_a_bills_reading_is_held_in_the_chamber_that_gives_it_whatever_place_it_is_about() -> None:
    item = _read(
        "The House of Lords gave the Coastal Fishing Bill an unopposed second reading on Friday after "
        "peers heard from fishermen in Scotland."
    )
    event = item.event
    assert event is not None
    assert event.name == "second reading"
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    assert names[event.place_id or ""] == "House of Lords"
    assert [names[i] for i in event.organiser_ids] == ["House of Lords"]


def test_a_post_someone_was_appointed_to_or_serves_as_in_an_apposition() -> None:
    item = _read(
        "Ann Blake, who was appointed chief executive of Harlow Air in 2003, said fares would rise.",
        "Tom Reece, who serves as finance director, agreed with her on Monday.",
    )
    assert _person(item, "Ann Blake")[1] == ["chief executive of Harlow Air"]
    assert _person(item, "Tom Reece")[1] == ["finance director"]


def test_a_surname_that_ends_buildings_names_before_a_verb_of_saying_or_an_apposition() -> None:
    item = _read(
        "Tony Hall, the director of news, said the plan was sound, and David Hill said so too.",
        "The concert was held at the Albert Hall, the largest venue in the city, on Monday.",
    )
    assert {p.name for p in item.people} == {"Tony Hall", "David Hill"}
    assert _person(item, "Tony Hall")[1] == ["director of news"]
    assert "Albert Hall" in {p.name for p in item.places}


def test_honours_opening_a_sentence_and_going_to_their_recipients() -> None:
    item = _read(
        "Knighthoods go to the novelist Ann Lowry and the surgeon Tom Reece, while a CBE goes to the "
        "singer Amy Ford in the New Year list."
    )
    assert sorted({a.name for a in item.awards}) == ["CBE", "knighthood"]


def test_an_unveiling_is_done_at_the_gathering_its_sentence_names_by_the_first_named_firm() -> None:
    item = _read(
        "Sony, IBM and Toshiba will unveil the details of their new games chip at a technology "
        "conference in San Francisco next week."
    )
    event = item.event
    assert event is not None
    names = {e.id: e.name for e in [*item.places, *item.organisations]}
    assert names[event.place_id or ""] == "San Francisco"
    assert [names[i] for i in event.organiser_ids] == ["Sony"]


def test_a_place_ending_a_royal_noble_or_church_style_is_no_place_of_the_report() -> None:
    item = _read(
        "The Prince of Wales and the Archbishop of Canterbury met Baroness Ashby of Upholland in "
        "Leeds on Monday."
    )
    assert [p.name for p in item.places] == ["Leeds"]


def test_parties_by_their_short_and_national_names() -> None:
    item = _read(
        "The Greens, Plaid and Scottish Labour opposed the plan, and the Tory party was split over it."
    )
    assert {"Greens", "Plaid", "Scottish Labour", "Tory party"} <= {o.name for o in item.organisations}


def test_a_referring_post_qualified_by_a_party_of_two_words() -> None:
    item = _read(
        "Nora Quill attacked the plans in the Commons on Monday.",
        "The Lib Dem leader said they would fail, and Owen Tate agreed.",
    )
    assert _person(item, "Nora Quill")[1] == ["Lib Dem leader"]


def test_a_referring_post_is_not_given_to_one_named_with_another_post_or_joined_to_another() -> None:
    item = _read(
        "Nora Quill and Owen Tate have clashed over pensions in the Commons.",
        'The Tory leader accused the prime minister of failing pensioners. Ms Quill said: "Not so."',
        "Liberal Democrat leader Ian Rowe asked about council tax. The prime minister said help was coming.",
    )
    assert _person(item, "Nora Quill")[1] == []
    assert _person(item, "Owen Tate")[1] == []
    assert _person(item, "Ian Rowe")[1] == ["Liberal Democrat leader"]


def test_the_host_of_a_ceremony_chairs_it() -> None:
    item = _read(
        "The deal was signed at a ceremony in Valdora hosted by Energy Minister Ivan Petrov, and "
        "three firms from abroad joined it."
    )
    assert _chair(item) == "Ivan Petrov"


def test_a_lower_case_post_of_a_countrys_body_before_a_name() -> None:
    item = _read("Jack Marsh will meet the head of Valdora's trade negotiating team, Ivan Petrov, on Monday.")
    assert _person(item, "Ivan Petrov")[1] == ["head of Valdora's trade negotiating team"]


def test_two_firms_each_opening_on_a_country_and_the_first_named_organises_their_talks() -> None:
    item = _read(
        "The agreement was signed in Doha on Tuesday at talks between Valdora Gas Corporation and "
        "China Coastal Oil Company."
    )
    event = item.event
    assert event is not None
    orgs = {o.id: o.name for o in item.organisations}
    assert set(orgs.values()) == {"Valdora Gas Corporation", "China Coastal Oil Company"}
    assert [orgs[i] for i in event.organiser_ids] == ["Valdora Gas Corporation"]
    joined = _read("Shares in Norway Gas and China Coastal Oil Company rose sharply on Monday.")
    assert {o.name for o in joined.organisations} == {"China Coastal Oil Company"}


def test_knighted_is_its_own_verb_and_honours_the_person_before_it() -> None:
    item = _read(
        "The rower Tom Pendle is also knighted, while the actor Amy Ford receives a CBE in the list."
    )
    recipients = {a.name: [r.text for r in a.recipients] for a in item.awards}
    assert recipients == {"knighthood": ["Tom Pendle"], "CBE": ["Amy Ford"]}


def test_research_firms_that_reports_quote_are_organisations() -> None:
    item = _read("Analysts at Jupiter Research and Screen Digest said sales of the console would double.")
    assert {"Jupiter Research", "Screen Digest"} <= {o.name for o in item.organisations}


def test_think_tanks_and_trade_bodies_are_organisations() -> None:
    item = _read(
        "The Institute for Public Policy Research and the British Retail Consortium both backed the plan."
    )
    assert {"Institute for Public Policy Research", "British Retail Consortium"} <= {
        o.name for o in item.organisations
    }


def test_games_chip_and_internet_firms_are_organisations() -> None:
    item = _read("Ubisoft, Activision and Baidu reported higher sales, while shares in Infineon fell.")
    assert {"Ubisoft", "Activision", "Baidu", "Infineon"} <= {o.name for o in item.organisations}


def test_a_regnal_number_goes_on_a_name_and_an_acronym_does_not() -> None:
    item = _read("Pope John Paul II received Camilla Parker Bowles and John Smith MBA staff in Rome.")
    names = {p.name for p in item.people}
    assert "John Paul II" in names
    assert "Camilla Parker Bowles" in names
    assert "John Smith" in names


def _awarded(item: NewsItem) -> dict[str, list[str]]:
    return {a.name: [r.text for r in a.recipients] for a in item.awards}


def test_an_honour_for_the_person_named_after_for_with_no_verb() -> None:
    item = _read("There are knighthoods for the Treasury's permanent secretary Paul Berg and others.")
    assert _awarded(item) == {"knighthood": ["Paul Berg"]}
    assert _awarded(_read("There is a CBE for Ann Bexley, the head teacher.")) == {"CBE": ["Ann Bexley"]}
    # Its reason after "for", or "for" naming no one, confers nothing.
    assert _awarded(_read("Paul Berg said the OBE for services to sport was rare.")) == {}
    assert _awarded(_read("Ann Bexley campaigned for Oscar reform.")) == {}


def test_honours_in_the_plural_by_their_full_names_and_collected() -> None:
    assert _awarded(_read("Ann Bexley and Paul Berg receive OBEs.")) == {"OBE": ["Paul Berg"]}
    assert _awarded(_read("Two civil servants, Ann Bexley and Paul Berg, become CBs.")) == {
        "CB": ["Paul Berg"]
    }
    assert _awarded(_read("Ann Bexley was made a Commander of the Royal Victorian Order.")) == {
        "CVO": ["Ann Bexley"]
    }
    assert _awarded(_read("Paul Berg becomes a Knight of the Garter.")) == {
        "Order of the Garter": ["Paul Berg"]
    }
    assert _awarded(_read("Ann Bexley was awarded the Freedom of the City of Leeds.")) == {
        "Freedom of the City": ["Ann Bexley"]
    }
    assert _awarded(_read("Paul Berg was given the Legion d'Honneur.")) == {"Legion of Honour": ["Paul Berg"]}
    assert _awarded(_read("Paul Berg collected his OBE from the Queen.")) == {"OBE": ["Paul Berg"]}


def test_an_agency_writing_the_byline_is_no_person() -> None:
    item = _read("By The Associated Press", "Negotiators resumed talks on Tuesday.")
    assert item.byline == "The Associated Press"
    assert item.people == []
    assert "Associated Press" in {o.name for o in item.organisations}


def test_a_governor_general_abbreviated_holds_no_rank() -> None:
    item = _read("Gov. Gen. Ann Bexley was not at home at the time.")
    assert [(p.name, p.rank) for p in item.people] == [("Ann Bexley", None)]
    item = _read("Gen. Paul Berg was not at home at the time.")
    assert [(p.name, p.rank) for p in item.people] == [("Paul Berg", "Gen")]


def test_bodies_and_parties_whose_names_carry_no_head() -> None:
    item = _read(
        "The General Medical Council, Abbey National and Marks and Spencer backed the plan, as did "
        "Fatah and the Ulster Unionists."
    )
    assert {
        "General Medical Council",
        "Abbey National",
        "Marks and Spencer",
        "Fatah",
        "Ulster Unionists",
    } <= {o.name for o in item.organisations}


def test_a_speaker_no_table_knows_after_a_clause() -> None:
    item = _read("The plan was wrong, said Zoltan Abernethy.")
    assert [p.name for p in item.people] == ["Zoltan Abernethy"]
    # A firm's or a place's name after the verb is no person.
    assert _read("The plan was wrong, said Brantwell Group.").people == []
    assert _read("Shares fell, said Downing Street.").people == []


def test_creative_commons_is_no_chamber() -> None:
    item = _read("The work is published under Creative Commons, the licence's body.")
    assert [o.name for o in item.organisations] == ["Creative Commons"]


def test_an_honour_held_after_his_her_or_a_persons_possessive() -> None:
    item = _read("Paul Berg led the agency for six years.", "His knighthood comes after a row over visas.")
    assert [a.name for a in item.awards] == ["knighthood"]
    assert _awarded(_read("Ann Bexley said her OBE was a surprise.")) == {"OBE": ["Ann Bexley"]}
    assert _awarded(
        _read("Paul Berg's knighthood has been criticised by the unions and the opposition.")
    ) == {"knighthood": ["Paul Berg"]}
    # A country's or a party's possessive holds no honour.
    assert _awarded(_read("Labour's knighthood row grew as Britain's OBE holders met.")) == {}
    assert _awarded(_read("Ann Bexley and Paul Berg are made Companions of the Bath.")) == {
        "CB": ["Paul Berg"]
    }


def test_english_counties_and_towns_of_the_gazetteer() -> None:
    item = _read("Floods hit Shropshire, Cheshire and the West Country, and Scunthorpe and Poole too.")
    assert {"Shropshire", "Cheshire", "West Country", "Scunthorpe", "Poole"} <= {p.name for p in item.places}


def test_chinese_media_firms_and_provinces() -> None:
    item = _read("Tencent and PCCW expanded in Hunan, Dalian and Harbin.")
    assert {"Tencent", "PCCW"} <= {o.name for o in item.organisations}
    assert {"Hunan", "Dalian", "Harbin"} <= {p.name for p in item.places}
