"""Vietnamese awards in more of the forms the press confers them in (issue 12, second round), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import awards, extract_text


def test_a_caption_that_opens_with_its_verb_confers_the_award() -> None:
    item = extract_text("Trao Bằng khen của Bộ trưởng Bộ Công Thương cho 8 tập thể.")
    assert awards(item) == ["Bằng khen của Bộ trưởng Bộ Công Thương"]


@pytest.mark.parametrize(
    ("body", "award"),
    [
        (
            "Huân chương Lao động hạng Nhì đã được trao cho Bệnh viện Bạch Mai.",
            "Huân chương Lao động hạng Nhì",
        ),
        (
            "Giải thưởng Trần Văn Giàu năm 2023 được trao tặng cho PGS Lê Văn Tâm.",
            "Giải thưởng Trần Văn Giàu",
        ),
    ],
)
def test_an_award_conferred_in_the_passive_at_the_start_of_its_sentence(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


def test_an_award_whose_winner_it_belongs_to_ends_before_the_verb() -> None:
    assert awards(extract_text("Giải Nhì thuộc về nhóm học sinh Trường THPT Lê Quý Đôn.")) == ["Giải Nhì"]


def test_an_award_only_mentioned_at_the_start_of_its_sentence_is_not_conferred() -> None:
    assert awards(extract_text("Giải thưởng Trần Văn Giàu năm 2023 nhận hồ sơ đến hết tháng 5.")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Bộ phim đoạt 2 giải Cánh diều, trong đó có giải Đạo diễn xuất sắc nhất.",
        "Bộ phim đoạt giải Cánh diều và giải Đạo diễn xuất sắc nhất.",
    ],
)
def test_the_awards_of_a_list_share_its_verb(body: str) -> None:
    assert awards(extract_text(body)) == ["giải Cánh diều", "giải Đạo diễn xuất sắc nhất"]


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("Nữ diễn viên chiến thắng ở hạng mục Nữ chính xuất sắc nhất.", "hạng mục Nữ chính xuất sắc nhất"),
        ('Ban nhạc được vinh danh ở hạng mục "Album của năm".', 'hạng mục "Album của năm"'),
    ],
)
def test_a_prize_s_category_won_is_an_award(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


@pytest.mark.parametrize(
    "body",
    [
        "Nữ diễn viên được đề cử ở hạng mục Nữ chính xuất sắc nhất.",  # a nomination
        "Bộ phim chiến thắng ở hạng mục này.",  # no name
    ],
)
def test_a_category_named_without_a_win_or_a_name_is_no_award(body: str) -> None:
    assert awards(extract_text(body)) == []


def test_medals_counted_by_their_acronyms() -> None:
    assert awards(extract_text("Đội tuyển điền kinh giành 4 HCV, 2 HCB và 1 HCĐ.")) == ["HCV", "HCB", "HCĐ"]


def test_an_author_honoured_with_a_prize_won_it() -> None:
    item = extract_text("Nhà thơ Lê Thị Mây được tôn vinh với Giải thưởng Văn học Sông Mê Kông.")
    assert awards(item) == ["Giải thưởng Văn học Sông Mê Kông"]


@pytest.mark.parametrize("verb", ["là chủ nhân giải", "là chủ nhân của giải"])
def test_the_owner_of_a_prize_won_it(verb: str) -> None:
    item = extract_text(f"Nhạc sĩ Trần Quang Lộc {verb} Cống hiến năm 2022.")
    assert awards(item) == ["giải Cống hiến"]
    assert item.awards[0].giver_id is None
    assert [r.text for r in item.awards[0].recipients] == ["Trần Quang Lộc"]


@pytest.mark.parametrize(
    ("body", "award"),
    [
        (
            "Đà Lạt được vinh danh là “Điểm đến xanh hàng đầu châu Á” năm 2022.",
            "“Điểm đến xanh hàng đầu châu Á”",
        ),
        (
            "Quần thể Tràng An được UNESCO công nhận là Di sản văn hóa và thiên nhiên thế giới.",
            "Di sản văn hóa và thiên nhiên thế giới",
        ),
    ],
)
def test_a_title_its_holder_is_recognised_as_is_an_award(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Bà được công nhận là Hà Nội.", []),  # a place, not a title
        ("Bệnh nhân được công nhận là khỏi bệnh.", []),  # no name
        (
            "Trường tổ chức lễ đón nhận danh hiệu Trường chuẩn quốc gia. Trường được công nhận là"
            " Trường chuẩn quốc gia.",
            ["danh hiệu Trường chuẩn quốc gia"],  # named already
        ),
    ],
)
def test_no_title_or_one_already_named_is_no_new_award(body: str, found: list[str]) -> None:
    assert awards(extract_text(body)) == found


@pytest.mark.parametrize(
    ("body", "award"),
    [
        (
            "Diễn viên Lê Văn Bình được xướng tên ở hạng mục Nam chính xuất sắc nhất.",
            "hạng mục Nam chính xuất sắc nhất",
        ),
        ("Nữ đạo diễn giành tượng vàng Oscar cho Đạo diễn xuất sắc nhất.", "tượng vàng Oscar"),
        ("Tiến sĩ Lê Văn Hòa nhận giải thưởng VinFuture dành cho nhà khoa học trẻ.", "giải thưởng VinFuture"),
        ("Cô giành giải Nữ chính xuất sắc nhất nhờ vai diễn người mẹ.", "giải Nữ chính xuất sắc nhất"),
    ],
)
def test_more_ways_a_prize_is_won_and_where_its_name_ends(body: str, award: str) -> None:
    assert awards(extract_text(body)) == [award]


def test_a_golden_statuette_without_a_name_is_no_award() -> None:
    assert awards(extract_text("Bà nhận tượng vàng trong đêm trao giải.")) == []


def test_every_title_of_a_list_named_by_the_table_is_an_award() -> None:
    item = extract_text("Nhiều nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú.")
    assert awards(item) == ["danh hiệu Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú"]


def test_medals_counted_after_a_total() -> None:
    assert awards(extract_text("Đội tuyển bắn súng giành tổng cộng 5 HCV, 3 HCB.")) == ["HCV", "HCB"]


def test_who_wins_a_category_is_its_recipient_not_its_giver() -> None:
    item = extract_text("Diễn viên Trần Văn Nam giành chiến thắng ở hạng mục Nam phụ xuất sắc nhất.")
    assert item.awards[0].giver_id is None
    assert [r.text for r in item.awards[0].recipients] == ["Trần Văn Nam"]


@pytest.mark.parametrize(
    ("line", "award", "winner"),
    [
        ("Giải Nhất: Nguyễn Văn An (Trường THPT Chu Văn An)", "Giải Nhất", "Nguyễn Văn An"),
        ("- Huy chương Vàng: đội tuyển Hà Nội", "Huy chương Vàng", "đội tuyển Hà Nội"),
    ],
)
def test_a_line_of_a_list_of_winners_confers_its_award(line: str, award: str, winner: str) -> None:
    item = extract_text(f"Kết quả cuộc thi như sau.\n\n{line}")
    assert awards(item) == [award]
    assert [r.text for r in item.awards[0].recipients] == [winner]


@pytest.mark.parametrize("line", ["Giải pháp: Tăng cường kiểm tra.", "Giải thưởng: chưa công bố."])
def test_a_line_that_opens_on_a_head_without_a_name_confers_nothing(line: str) -> None:
    assert awards(extract_text(f"Kết quả cuộc thi như sau.\n\n{line}")) == []


@pytest.mark.parametrize(
    "body",
    [
        "Ông Trần Văn An trao cờ đăng cai cho tỉnh Quảng Ninh.",
        "Ban tổ chức trao Cờ đăng cai Đại hội cho tỉnh Quảng Ninh.",
    ],
)
def test_a_flag_handed_over_is_no_award(body: str) -> None:
    assert awards(extract_text(body)) == []


def test_the_emulation_flag_is_still_an_award() -> None:
    assert awards(extract_text("Công an tỉnh được tặng Cờ thi đua của Chính phủ.")) == [
        "Cờ thi đua của Chính phủ"
    ]
