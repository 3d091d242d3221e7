"""The Vietnamese event finder on articles that open on what was said at the event and report it
after, on organisers named inside longer names and on bodies that host an event on their premises
(issue 12, events round 3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import event_of, event_place, extract_text, guests, names_of, organisations


@pytest.mark.parametrize(
    ("opening", "report", "name"),
    [
        (
            "Ông Trần Văn Hải, Giám đốc Sở Y tế, phát biểu tại hội nghị.",
            "Sáng 5/5, Sở Y tế tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác y tế dự phòng.",
            "hội nghị tổng kết công tác y tế dự phòng",
        ),
        (
            "Tại lễ ký kết, hai bên cam kết hợp tác lâu dài.",
            "Lễ ký kết thỏa thuận hợp tác giữa Công ty Minh Phát và Trường Đại học Vinh diễn ra sáng 5/5.",
            "Lễ ký kết thỏa thuận hợp tác giữa Công ty Minh Phát và Trường Đại học Vinh",
        ),
    ],
)
def test_a_bare_head_reported_in_full_after_is_the_full_report(opening: str, report: str, name: str) -> None:
    item = extract_text(f"{opening}\n\nNhiều ý kiến được nêu ra.\n\n{report}", date="2023-05")
    event = event_of(item)
    assert (event.name, str(event.start)) == (name, "2023-05-05")


def test_a_bare_head_reported_in_full_later_in_its_own_paragraph() -> None:
    item = extract_text(
        "Ông Trần Văn Hải phát biểu tại hội nghị. Sáng 5/5, Sở Y tế tỉnh Hà Tĩnh tổ chức hội nghị tổng kết"
        " công tác y tế dự phòng.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("hội nghị tổng kết công tác y tế dự phòng", "2023-05-05")


def test_a_bare_head_keeps_its_day_when_the_later_report_is_of_another_event() -> None:
    item = extract_text(
        "Phát biểu tại hội nghị chiều 5/5, ông Trần Văn Hải cho biết tỉnh đã hoàn thành kế hoạch.\n\n"
        "Sáng 6/5, Sở Y tế tổ chức lễ ra quân tiêm chủng.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("hội nghị", "2023-05-05")


def test_the_organiser_is_the_whole_name_not_a_name_inside_it() -> None:
    item = extract_text(
        "Ngày 24/4, Tập đoàn Hưng Thịnh đã tổ chức lễ khởi công dự án Khu đô thị mới.", date="2023-04"
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Tập đoàn Hưng Thịnh"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Sáng 5/5, Hội thảo khoa học về kinh tế số được tổ chức tại Trường Đại học Kinh tế Quốc dân.",
            "Trường Đại học Kinh tế Quốc dân",
        ),
        ("Sáng 5/5, tại Bệnh viện Bạch Mai, Bộ Y tế tổ chức Hội nghị tập huấn.", "Bệnh viện Bạch Mai"),
    ],
)
def test_a_body_whose_premises_hold_the_event_is_its_place(body: str, place: str) -> None:
    assert event_place(extract_text(body, date="2023-05")) == place


@pytest.mark.parametrize(
    "attended",
    [
        "Tham dự có Bộ trưởng Bộ Giao thông vận tải Trần Văn Thắng.",
        "Có mặt tại buổi lễ có Bộ trưởng Bộ Giao thông vận tải Trần Văn Thắng.",
        "Buổi lễ có sự hiện diện của Bộ trưởng Bộ Giao thông vận tải Trần Văn Thắng.",
    ],
)
def test_more_ways_an_official_attends_as_guest(attended: str) -> None:
    item = extract_text(
        f"Sáng 24/4, UBND tỉnh Hà Tĩnh tổ chức lễ khánh thành cầu Cửa Hội. {attended}", date="2023-04"
    )
    assert guests(item) == ["Trần Văn Thắng"]


@pytest.mark.parametrize("holds", ["là đơn vị tổ chức hội thảo", "tổ chức hội thảo"])
def test_the_event_of_the_first_sentence_that_reports_one_and_who_holds_it_after(holds: str) -> None:
    item = extract_text(
        f'Sáng 5/5, Hội thảo "Du lịch xanh" đã diễn ra tại TP Hội An. Sở Du lịch tỉnh Quảng Nam {holds}.',
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, event_place(item)) == ('Hội thảo "Du lịch xanh"', "Hội An")
    assert names_of(item, event.organiser_ids) == ["Sở Du lịch tỉnh Quảng Nam"]


def test_a_full_stop_after_a_syllable_ends_a_name() -> None:
    item = extract_text("Đoàn khách đến TP Hội An. Sở Du lịch tỉnh Quảng Nam đón đoàn.")
    assert "Sở Du lịch tỉnh Quảng Nam" in organisations(item)


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Khai mạc Hội chợ Du lịch quốc tế Việt Nam năm 2023", "Hội chợ Du lịch quốc tế Việt Nam năm 2023"),
        ("Hà Giang: Tổ chức Lễ hội Hoa Tam giác mạch lần thứ 8", "Lễ hội Hoa Tam giác mạch lần thứ 8"),
        ("Bế mạc Đại hội Thể thao toàn quốc lần thứ IX", "Đại hội Thể thao toàn quốc lần thứ IX"),
    ],
)
def test_an_event_named_by_a_headline_that_opens_on_its_verb(headline: str, name: str) -> None:
    item = extract_text(f"{headline}\n\nHàng nghìn người dân đã đến tham quan các gian hàng.")
    assert event_of(item).name == name


def test_a_headline_event_the_lede_reports_takes_the_lede_s_day_place_and_organiser() -> None:
    item = extract_text(
        "Khai mạc Lễ hội Hoa Đà Lạt lần thứ 9\n\nTối 5/5, tại Quảng trường Lâm Viên, UBND tỉnh Lâm Đồng khai"
        " mạc Lễ hội Hoa Đà Lạt lần thứ 9.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start), event_place(item)) == (
        "Lễ hội Hoa Đà Lạt lần thứ 9",
        "2023-05-05",
        "Quảng trường Lâm Viên",
    )
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Lâm Đồng"]


def test_a_headline_that_opens_on_another_verb_names_no_event() -> None:
    assert extract_text("Tổ chức lại bộ máy của các sở\n\nTỉnh sẽ giảm 10 phòng.").event is None


@pytest.mark.parametrize(
    "body",
    [
        "Rạng sáng 21/4, Samsung đã chính thức ra mắt Galaxy Tab mới tại sự kiện Galaxy Unpacked.",
        "Tại sự kiện Galaxy Unpacked diễn ra rạng sáng 21/4, Samsung đã trình làng Galaxy Tab mới.",
    ],
)
def test_a_maker_that_unveils_its_products_at_a_named_event_holds_it(body: str) -> None:
    item = extract_text(body, date="2023-04")
    event = event_of(item)
    assert (event.name, str(event.start)) == ("sự kiện Galaxy Unpacked", "2023-04-21")
    assert names_of(item, event.organiser_ids) == ["Samsung"]


def test_an_event_cited_back_then_at_which_a_maker_unveiled_is_no_event() -> None:
    item = extract_text("Tại sự kiện Galaxy Unpacked diễn ra hồi tháng 2, Samsung đã trình làng Galaxy S23.")
    assert item.event is None


def test_an_aside_and_a_theme_between_the_event_and_its_organiser() -> None:
    item = extract_text(
        'Chiều 24/4, Hội thảo trực tuyến (webinar) với chủ đề "Học tập số" do Trường Đại học Vinh tổ chức'
        " đã thu hút 500 người tham dự.",
        date="2023-04",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("Hội thảo trực tuyến", "2023-04-24")
    assert names_of(item, event.organiser_ids) == ["Trường Đại học Vinh"]


@pytest.mark.parametrize(
    ("venue", "place"),
    [
        ("Trung tâm Triển lãm Giảng Võ", "Trung tâm Triển lãm Giảng Võ"),
        ("Bảo tàng Hà Nội", "Bảo tàng Hà Nội"),
        ("Khu di tích Kim Liên", "Khu di tích Kim Liên"),
    ],
)
def test_halls_museums_and_grounds_are_where_the_event_takes_place(venue: str, place: str) -> None:
    item = extract_text(f"Sáng 5/5, Hội chợ Sách Việt Nam được tổ chức tại {venue}.", date="2023-05")
    assert event_place(item) == place


def test_an_acronym_in_parentheses_and_a_year_stay_in_the_name() -> None:
    item = extract_text(
        "Từ ngày 4/5 đến 6/5, Hội chợ Du lịch quốc tế Việt Nam (VITM) 2023 được tổ chức tại Hà Nội.",
        date="2023-05",
    )
    assert event_of(item).name == "Hội chợ Du lịch quốc tế Việt Nam (VITM) 2023"
    item = extract_text(
        "Sáng 5/5, Hội nghị các nhà phát triển (DevCon) được tổ chức tại Hà Nội.", date="2023-05"
    )
    assert event_of(item).name == "Hội nghị các nhà phát triển"  # no year: the aside closes the name
