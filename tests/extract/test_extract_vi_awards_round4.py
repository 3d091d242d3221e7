"""The Vietnamese pack's awards, round viorg4 (issue 12): an award named after a person after a
lower-case head, and a name of the award table a holder is honoured as; on sentences written for
these tests."""

from __future__ import annotations

from support.extraction import awards, extract_text


def test_an_award_named_after_a_person_after_a_lower_case_head() -> None:
    item = extract_text(
        "Năm 2021, chị được trao tặng giải thưởng Lê Văn Thiêm vì những đóng góp cho toán học."
    )
    assert "giải thưởng Lê Văn Thiêm" in awards(item)


def test_a_recipient_after_cho_is_still_no_part_of_the_award() -> None:
    item = extract_text("Hội đồng trao giải thưởng cho Lê Văn Thiêm vì những đóng góp cho toán học.")
    assert not [a for a in awards(item) if "Thiêm" in a]


def test_a_name_of_the_award_table_its_holder_is_honoured_as() -> None:
    item = extract_text("Năm nay, sữa Hòa Bình được vinh danh là Thương hiệu Quốc gia.")
    assert "Thương hiệu Quốc gia" in awards(item)


def test_an_award_inside_a_longer_award_is_part_of_its_name() -> None:
    item = extract_text("Phần mềm của công ty đoạt Giải Vàng Giải thưởng Sao Khuê 2022.")
    assert awards(item) == ["Giải Vàng Giải thưởng Sao Khuê 2022"]


def test_what_a_poll_chose_one_as() -> None:
    item = extract_text("Tiền vệ này được bầu chọn là Cầu thủ xuất sắc nhất trận.")
    assert "Cầu thủ xuất sắc nhất trận" in awards(item)


def test_verbs_of_the_sport_and_entertainment_desks_that_win_an_award() -> None:
    item = extract_text(
        "Bộ phim rinh về giải Kịch bản hay nhất, còn nữ chính ẵm trọn giải Diễn viên của năm."
    )
    found = awards(item)
    assert "giải Kịch bản hay nhất" in found
    assert "giải Diễn viên của năm" in found
