"""The Vietnamese event finder's general constructions of issue 12's second round (meetings named
by their verb, organisers, guests, venues), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsml_kit.model import ParticipantRole
from support.extraction import event_of, event_place, extract_text, guests, names_of


@pytest.mark.parametrize(
    ("body", "name", "place"),
    [
        (
            "Chiều 3/5, Chủ tịch Quốc hội Trần Văn Bình đã hội đàm với Chủ tịch Thượng viện Pháp"
            " Gérard Larcher tại Paris.",
            "hội đàm với Chủ tịch Thượng viện Pháp Gérard Larcher",
            "Paris",
        ),
        (
            "Sáng 3/5, tại Hà Nội, Thủ tướng Lê Minh Quang tiếp Đại sứ Australia Andrew Goledzinowski.",
            "tiếp Đại sứ Australia Andrew Goledzinowski",
            "Hà Nội",
        ),
        (
            "Sáng 3/5, Bộ trưởng Ngoại giao Trần Quốc Hưng vừa điện đàm với Ngoại trưởng Nhật Bản.",
            "điện đàm với Ngoại trưởng Nhật Bản",
            None,
        ),
    ],
)
def test_a_meeting_told_by_its_verb_is_named_by_its_verb_phrase(
    body: str, name: str, place: str | None
) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, str(event.start)) == (name, "2023-05-03")
    assert event_place(item) == place


@pytest.mark.parametrize(
    "body",
    [
        "Sáng 3/5, ông Trần Văn Bình tiếp tục kiểm tra công trình.",  # "tiếp tục": goes on
        "Sáng 3/5, nhà trường tiếp Đoàn thanh tra.",  # no named host before the verb
    ],
)
def test_tiep_without_a_host_and_a_guest_is_no_meeting(body: str) -> None:
    assert extract_text(body, date="2023-05").event is None


def test_a_head_office_after_tai_is_where_the_event_takes_place() -> None:
    item = extract_text(
        "Sáng 3/5, tại trụ sở Bộ Tài chính, Bộ Tài chính tổ chức Hội nghị tổng kết công tác thuế.",
        date="2023-05",
    )
    assert event_place(item) == "trụ sở Bộ Tài chính"
    assert names_of(item, event_of(item).organiser_ids) == ["Bộ Tài chính"]


@pytest.mark.parametrize("verb", ["dự và phát động", "dự và cắt băng", "dự và bấm nút"])
def test_an_official_who_attends_and_launches_is_the_guest_of_honour(verb: str) -> None:
    item = extract_text(
        f"Sáng 3/5, UBND tỉnh Bạc Liêu tổ chức Lễ khởi công cầu Cái Cùng. Phó Thủ tướng Trần Lưu Quang {verb}"
        " công trình.",
        date="2023-05",
    )
    assert guests(item) == ["Trần Lưu Quang"]


@pytest.mark.parametrize(
    ("body", "name", "organiser"),
    [
        (
            "Chiều 3/5, UBND tỉnh Cà Mau triệu tập cuộc họp khẩn về phòng chống cháy rừng.",
            "cuộc họp khẩn về phòng chống cháy rừng",
            "UBND tỉnh Cà Mau",
        ),
        (
            "Sáng 3/5, Trường Đại học Cần Thơ đăng cai Hội thảo quốc gia về nông nghiệp xanh.",
            "Hội thảo quốc gia về nông nghiệp xanh",
            "Trường Đại học Cần Thơ",
        ),
    ],
)
def test_a_body_that_convenes_or_hosts_the_event_is_its_organiser(
    body: str, name: str, organiser: str
) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, [organiser])
    assert event_place(item) is None  # not "Cần Thơ", which ends the host's name


def test_the_programme_named_again_with_its_organiser() -> None:
    item = extract_text(
        "Sáng 3/5, tại Cần Thơ, đã diễn ra Lễ phát động Tháng hành động vì môi trường.\n\n"
        "Chương trình do Sở Tài nguyên và Môi trường phối hợp với Tỉnh đoàn Hậu Giang tổ chức.",
        date="2023-05",
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Sở Tài nguyên và Môi trường"]


def test_a_session_s_ordinal_and_its_body_after_a_comma_name_the_event() -> None:
    item = extract_text(
        "Sáng 3/5, Kỳ họp thứ 12, Hội đồng nhân dân tỉnh Bình Phước đã khai mạc.", date="2023-05"
    )
    event = event_of(item)
    assert event.name == "Kỳ họp thứ 12, Hội đồng nhân dân tỉnh Bình Phước"
    assert names_of(item, event.organiser_ids) == ["Hội đồng nhân dân tỉnh Bình Phước"]


def test_a_person_after_the_ordinal_s_comma_opens_a_clause() -> None:
    item = extract_text(
        "Sáng 3/5, UBND tỉnh Bình Phước tổ chức Hội nghị lần thứ 3, Chủ tịch UBND tỉnh Trần Tuệ Hiền"
        " chủ trì.",
        date="2023-05",
    )
    assert event_of(item).name == "Hội nghị lần thứ 3"


@pytest.mark.parametrize("chair", ["Chủ tịch UBND tỉnh Trần Tuệ Hiền", "ông Trần Tuệ Hiền"])
def test_a_titled_person_after_a_comma_opens_a_clause(chair: str) -> None:
    item = extract_text(
        f"Sáng 3/5, UBND tỉnh Bình Phước tổ chức Hội nghị xúc tiến đầu tư, {chair} chủ trì.", date="2023-05"
    )
    assert event_of(item).name == "Hội nghị xúc tiến đầu tư"


@pytest.mark.parametrize(
    "attends",
    [
        "Về dự buổi lễ có Phó Thủ tướng Trần Lưu Quang.",
        "Buổi lễ diễn ra với sự có mặt của Phó Thủ tướng Trần Lưu Quang.",
    ],
)
def test_an_official_who_comes_to_the_ceremony_is_the_guest_of_honour(attends: str) -> None:
    item = extract_text(
        f"Sáng 3/5, UBND tỉnh Bạc Liêu tổ chức Lễ khởi công cầu Cái Cùng.\n\n{attends}", date="2023-05"
    )
    assert guests(item) == ["Trần Lưu Quang"]


@pytest.mark.parametrize(
    "body",
    [
        "Tại TP Hồ Chí Minh, sáng 3/5, Sở Y tế tổ chức Hội nghị tổng kết công tác tiêm chủng.",
        "Sáng 3/5, ở TP Hồ Chí Minh, Sở Y tế tổ chức Hội nghị tổng kết công tác tiêm chủng.",
        "Sáng 3/5, Sở Y tế tổ chức Hội nghị tổng kết công tác tiêm chủng.\n\n"
        "Hội nghị được tổ chức ở TP Hồ Chí Minh.",
    ],
)
def test_where_the_event_takes_place_after_tai_or_o(body: str) -> None:
    assert event_place(extract_text(body, date="2023-05")) == "TP Hồ Chí Minh"


def test_a_club_that_hosts_a_match_holds_no_meeting() -> None:
    assert (
        extract_text("Chiều 3/5, CLB Hải Phòng tiếp Đông Á Thanh Hóa trên sân nhà.", date="2023-05").event
        is None
    )


def test_an_inauguration_named_by_its_verb_phrase() -> None:
    item = extract_text(
        "Sáng 3/5, Tập đoàn Hòa Phát khánh thành Nhà máy Thép Dung Quất 2 tại Quảng Ngãi.", date="2023-05"
    )
    event = event_of(item)
    assert (event.name, event_place(item)) == ("khánh thành Nhà máy Thép Dung Quất 2", "Quảng Ngãi")
    assert names_of(item, event.organiser_ids) == ["Tập đoàn Hòa Phát"]  # the whole name, not the one inside


def test_a_court_opens_a_trial_and_its_presiding_judge_chairs_it() -> None:
    item = extract_text(
        "Sáng 3/5, TAND tỉnh Cà Mau mở phiên tòa xét xử vụ án tham ô tài sản.\n\n"
        "Thẩm phán Lê Văn Sáu làm chủ tọa phiên tòa.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (
        "phiên tòa xét xử vụ án tham ô tài sản",
        ["TAND tỉnh Cà Mau"],
    )
    chairs = [p.entity_id for p in event.participants if p.role is ParticipantRole.CHAIR]
    assert names_of(item, chairs) == ["Lê Văn Sáu"]


def test_a_session_presided_over_by_its_chair() -> None:
    item = extract_text(
        "Sáng 3/5, Phó Chủ tịch Quốc hội Trần Thanh Mẫn chủ tọa phiên họp thứ 22 của Ủy ban Thường vụ"
        " Quốc hội.",
        date="2023-05",
    )
    event = event_of(item)
    chairs = [p.entity_id for p in event.participants if p.role is ParticipantRole.CHAIR]
    assert names_of(item, chairs) == ["Trần Thanh Mẫn"]
    assert names_of(item, event.organiser_ids) == ["Ủy ban Thường vụ Quốc hội"]


def test_a_body_that_meets_with_others_holds_the_meeting_its_agenda_names() -> None:
    item = extract_text(
        "Chiều 3/5, UBND tỉnh Cà Mau họp khẩn với các sở, ngành để bàn về công tác phòng chống cháy rừng.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "họp khẩn với các sở, ngành để bàn về công tác phòng chống cháy rừng"
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Cà Mau"]


def test_meeting_each_other_without_a_named_body_is_no_event() -> None:
    assert extract_text("Sáng 3/5, các bộ họp với nhau về giá xăng.", date="2023-05").event is None


@pytest.mark.parametrize(
    "body",
    [
        "Tối 30/4, tại Huế, Lễ hội Áo dài 2023 đã chính thức khai mạc và kéo dài đến ngày 7/5.",
        "Tối 30/4, tại Huế, Lễ hội Áo dài 2023 đã chính thức khai mạc.\n\nLễ hội kéo dài đến hết ngày 7/5.",
    ],
)
def test_how_long_the_event_lasts_gives_its_last_day(body: str) -> None:
    event = event_of(extract_text(body, date="2023-05"))
    assert (str(event.start), str(event.end)) == ("2023-04-30", "2023-05-07")


def test_a_body_that_hosts_the_event_as_its_chair_is_its_organiser() -> None:
    item = extract_text(
        "Sáng 3/5, Hội thảo quốc gia về nông nghiệp xanh do Viện Khoa học Thủy lợi Việt Nam chủ trì"
        " đã diễn ra tại Cần Thơ.",
        date="2023-05",
    )
    event = event_of(item)
    assert names_of(item, event.organiser_ids) == ["Viện Khoa học Thủy lợi Việt Nam"]
    assert [p for p in event.participants if p.role is ParticipantRole.CHAIR] == []


def test_who_confers_an_order_on_the_state_s_behalf_is_the_guest_of_honour() -> None:
    item = extract_text(
        "Sáng 3/5, Bộ Tư pháp tổ chức Đại hội Thi đua yêu nước lần thứ V.\n\n"
        "Thừa ủy quyền Chủ tịch nước, Phó Thủ tướng Trần Lưu Quang trao Huân chương Lao động hạng Nhất"
        " cho ngành tư pháp.",
        date="2023-05",
    )
    assert guests(item) == ["Trần Lưu Quang"]


def test_a_minister_who_gives_his_own_certificates_is_no_guest() -> None:
    item = extract_text(
        "Sáng 3/5, Bộ Tư pháp tổ chức Đại hội Thi đua yêu nước lần thứ V.\n\n"
        "Bộ trưởng Lê Thành Long trao Bằng khen cho 20 tập thể.",
        date="2023-05",
    )
    assert guests(item) == []
