"""The Vietnamese pack's people and places: general forms the gold half A and the unannotated
articles showed missed (issue 12), one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, people


def test_the_two_syllable_given_name_of_a_full_name_alone_is_a_person() -> None:
    found = people(extract_text("Trung vệ Lê Văn Quý ra sân từ đầu. Đến phút 60, Văn Quý đánh đầu ghi bàn."))
    assert "Lê Văn Quý" in found
    assert "Văn Quý" in found


def test_the_given_name_inside_another_full_name_is_no_short_name() -> None:
    found = people(extract_text("Ông Lê Văn Quý và ông Trần Văn Quý cùng dự họp."))
    assert "Văn Quý" not in found


def test_a_given_name_that_is_also_a_place_is_no_short_name() -> None:
    found = people(extract_text("Ông Nguyễn Hà Nam đến dự. Đội bóng Hà Nam thua 0-2."))
    assert "Hà Nam" not in found


def test_the_given_name_followed_by_a_capitalised_word_is_no_short_name() -> None:
    found = people(extract_text("Chị Phạm Minh Châu phát biểu. Cửa hàng Minh Châu Mart mở cửa."))
    assert "Minh Châu" not in found
