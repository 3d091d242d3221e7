"""Vietnamese awards: lucky draws, prizes handed out as rewards, and the winners of awards that open
their sentence (issue 12, round viorg6), on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import awards, extract_text


def recipients(body: str) -> list[list[str]]:
    return [[r.text for r in award.recipients] for award in extract_text(body).awards]


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("Ông Đỗ Minh Khoa là khách hàng may mắn trúng giải Đặc biệt.", "giải Đặc biệt"),
        ("Bà Hà Thị Quyên đã trúng thưởng giải Nhì đợt quay số tháng 5.", "giải Nhì đợt quay số tháng 5"),
        ("Hội đồng đã trao thưởng giải Ba cho nhóm tác giả Phan Văn Lộc.", "giải Ba"),
        ("Cô Vũ Thị Nhàn được khen tặng Bằng khen của Bộ Công Thương.", "Bằng khen của Bộ Công Thương"),
    ],
)
def test_a_lucky_draw_s_win_a_reward_and_a_commendation_are_awards(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


def test_the_winner_of_a_lucky_draw_is_its_subject() -> None:
    assert recipients("Ông Đỗ Minh Khoa trúng giải Đặc biệt.") == [["Đỗ Minh Khoa"]]


@pytest.mark.parametrize(
    "body",
    [
        "Ông Hồ Văn Sáu trúng cử Hội đồng nhân dân tỉnh.",  # an election, no prize
        "Công ty Hải Long trúng thầu gói thầu số 7.",  # a tender
    ],
)
def test_winning_an_election_or_a_tender_is_no_award(body: str) -> None:
    assert awards(extract_text(body)) == []


def test_a_prize_s_value_is_no_part_of_its_name() -> None:
    body = "Chị Lâm Thị Gấm trúng giải Nhất trị giá 200 triệu đồng."
    assert awards(extract_text(body)) == ["giải Nhất"]


def test_the_awards_counted_before_another_in_a_list_are_not_its_winner() -> None:
    body = "Ban giám khảo trao 1 giải Nhất, 2 giải Nhì và 4 giải Ba."
    assert awards(extract_text(body)) == ["giải Nhất", "giải Nhì", "giải Ba"]
    assert recipients(body) == [[], [], []]


@pytest.mark.parametrize(
    ("body", "winner"),
    [
        ("Giải Nhất thuộc về nhóm sinh viên Trường Đại học Vinh.", "nhóm sinh viên Trường Đại học Vinh"),
        ("Giải Vàng có giá trị 30 triệu đồng thuộc về anh Tạ Quang Vinh.", "anh Tạ Quang Vinh"),
        ("Giải đặc biệt đã tìm được chủ nhân là chị Kiều Thị Loan, ở Hải Dương.", "chị Kiều Thị Loan"),
        ("Huân chương Lao động hạng Ba đã được trao tặng cho Bệnh viện Thanh Nhàn.", "Bệnh viện Thanh Nhàn"),
        ("Chung cuộc, giải Nhì thuộc về đội Quảng Trị với 87 điểm.", "đội Quảng Trị"),
    ],
)
def test_an_award_opening_its_sentence_names_its_winner_after_the_verb(body: str, winner: str) -> None:
    assert recipients(body) == [[winner]]


@pytest.mark.parametrize(
    ("body", "winner"),
    [
        ("Bệnh viện Hữu Nghị được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.", "Bệnh viện Hữu Nghị"),
        ("Ông Trịnh Văn Cường được Bộ Quốc phòng tặng Bằng khen.", "Trịnh Văn Cường"),
    ],
)
def test_who_is_given_an_award_by_a_named_giver_stands_before_duoc(body: str, winner: str) -> None:
    item = extract_text(body)
    assert [[r.text for r in award.recipients] for award in item.awards] == [[winner]]
    giver = next((o.name for o in item.organisations if o.id == item.awards[0].giver_id), None)
    assert giver != winner


def test_a_title_one_is_commended_as_is_an_award() -> None:
    body = "Em Đào Minh Trí được tuyên dương là Học sinh tiêu biểu toàn quốc."
    assert awards(extract_text(body)) == ["Học sinh tiêu biểu toàn quốc"]


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("CLB Bình Phước giành chức vô địch Hạng Nhất 2022.", "chức vô địch Hạng Nhất 2022"),
        ("Ca sĩ Lưu Minh Hằng đoạt ngôi Quán quân Tiếng hát Mùa xuân.", "ngôi Quán quân Tiếng hát Mùa xuân"),
    ],
)
def test_a_championship_won_and_named_by_its_competition_is_an_award(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


@pytest.mark.parametrize(
    "body",
    [
        "Chung cuộc, đội Kiên Giang giành chức vô địch.",  # no competition named
        "Hai đội giành suất tranh ngôi vô địch Hạng Nhất.",  # a place in the race, not the title
        "Đội bóng đặt mục tiêu giành chức vô địch Hạng Nhất.",  # wished for
    ],
)
def test_a_championship_unnamed_raced_for_or_wished_for_is_no_award(body: str) -> None:
    assert awards(extract_text(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Sở đề nghị xét tặng danh hiệu Nhà giáo Ưu tú cho cô Đặng Thị Huệ.",
        "Bà Ngô Thị Lụa được đề xuất trao tặng Huân chương Lao động hạng Ba.",
    ],
)
def test_an_award_only_proposed_is_not_conferred(body: str) -> None:
    assert awards(extract_text(body)) == []


def test_an_award_conferred_on_a_proposal_is_conferred() -> None:
    body = "Xét đề nghị của Bộ trưởng, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Công ty Hà Long."
    assert awards(extract_text(body)) == ["Huân chương Lao động hạng Nhì"]


def test_a_modal_verb_ends_an_award_s_name() -> None:
    body = "Ông Phí Văn Hòa vừa được phong tặng danh hiệu Nghệ nhân Ưu tú phải mất 30 năm theo nghề."
    assert awards(extract_text(body)) == ["danh hiệu Nghệ nhân Ưu tú"]


@pytest.mark.parametrize(
    ("body", "award", "winner"),
    [
        (
            "Giải Cánh diều Vàng năm nay đã gọi tên phim Mùa len trâu.",
            "Giải Cánh diều Vàng",
            "phim Mùa len trâu",
        ),
        (
            "Huy chương Vàng đã về tay vận động viên Lò Thị Hoàng.",
            "Huy chương Vàng",
            "vận động viên Lò Thị Hoàng",
        ),
    ],
)
def test_an_award_that_calls_its_winner_s_name_or_falls_to_them(body: str, award: str, winner: str) -> None:
    assert awards(extract_text(body)) == [award]
    assert recipients(body) == [[winner]]


def test_an_award_that_will_call_a_name_is_not_conferred() -> None:
    assert awards(extract_text("Giải Nhất sẽ gọi tên ai trong đêm chung kết?")) == []
