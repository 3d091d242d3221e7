"""The Vietnamese event finder, issue 12's events round vievt4: where a name ends, verbs that hold an
event, a headline's event reported with a longer head, organisers and guests of honour; on
sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import event_of, extract_text, names_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Trường Đại học Bách khoa tổ chức cuộc thi Sinh viên sáng tạo năm 2023.",
            "cuộc thi Sinh viên sáng tạo năm 2023",
        ),
        (
            "Tối 12/5, Công ty Minh Phát tổ chức hội thảo về giải pháp tối ưu chi phí vận hành.",
            "hội thảo về giải pháp tối ưu chi phí vận hành",
        ),
        (
            "Sáng 12/5, Bộ Tư pháp tổ chức hội nghị tập huấn về chiều hướng cải cách hành chính.",
            "hội nghị tập huấn về chiều hướng cải cách hành chính",
        ),
        (
            "Sáng 12/5, Bộ Khoa học và Công nghệ tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo quốc gia 2023"
            " tại Hà Nội.",
            "Ngày hội Khởi nghiệp đổi mới sáng tạo quốc gia 2023",
        ),
    ],
)
def test_a_word_that_begins_with_a_time_of_day_stays_in_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tại cuộc họp báo chiều tối ngày 12/5, ông Trần Văn Hải cho biết như vậy.", "cuộc họp báo"),
        ("Tại hội nghị sáng cùng ngày, ông Trần Văn Hải cho biết như vậy.", "hội nghị"),
        ("Phát biểu tại buổi lễ sáng nay, ông Trần Văn Hải cho biết như vậy.", "buổi lễ"),
    ],
)
def test_a_time_of_day_still_ends_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize("verb", ["khai mạc", "bế mạc"])
def test_to_chuc_khai_mac_is_one_verb_whose_subject_organises(verb: str) -> None:
    item = extract_text(
        f"Tối 12/5, tại TP Cao Lãnh, UBND tỉnh Đồng Tháp tổ chức {verb} Tuần lễ Văn hóa Du lịch Đồng Tháp"
        " năm 2023.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "Tuần lễ Văn hóa Du lịch Đồng Tháp năm 2023"
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Đồng Tháp"]


def test_a_headlines_event_reported_with_a_longer_head() -> None:
    item = extract_text(
        "Thủ tướng chủ trì hội nghị Chính phủ với địa phương\n\nSáng 12/5, tại Hà Nội, Thủ tướng Phạm Minh"
        " Chính chủ trì Hội nghị trực tuyến Chính phủ với các địa phương.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "Hội nghị trực tuyến Chính phủ với các địa phương"
    assert str(event.start) == "2023-05-12"


def test_a_headlines_event_is_not_another_kind_the_lede_reports() -> None:
    item = extract_text(
        "Thủ tướng dự hội thảo về kinh tế số\n\nSáng 12/5, tại Hà Nội, Bộ Tài chính tổ chức họp báo về"
        " kết quả thu ngân sách.",
        date="2023-05",
    )
    assert event_of(item).name == "hội thảo về kinh tế số"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Công ty Minh Phát tổ chức quay số mở thưởng chương trình khuyến mại"
            ' "Mua xe trúng quà".',
            'quay số mở thưởng chương trình khuyến mại "Mua xe trúng quà"',
        ),
        (
            "Sáng 12/5, Công ty Minh Phát tổ chức bốc thăm trúng thưởng chương trình"
            ' "Vui hè cùng Minh Phát".',
            'bốc thăm trúng thưởng chương trình "Vui hè cùng Minh Phát"',
        ),
    ],
)
def test_a_lucky_draw_held_is_named_by_its_verb(body: str, name: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, ["Công ty Minh Phát"])


def test_how_many_take_part_is_no_part_of_the_name() -> None:
    item = extract_text(
        "Sáng 12/5, UBND TP Đà Nẵng tổ chức Ngày hội Văn hóa các dân tộc với hơn 2.000 nghệ nhân.",
        date="2023-05",
    )
    assert event_of(item).name == "Ngày hội Văn hóa các dân tộc"
