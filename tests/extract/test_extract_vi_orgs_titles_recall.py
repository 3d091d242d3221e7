"""The Vietnamese pack's organisations and titles on constructions the unannotated articles showed
missed or cut (issue 12, organisation and title recall round): one rule at a time, on sentences
written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, person


def test_a_party_abroad_written_with_a_lower_case_head() -> None:
    item = extract_text("Bà Lan cho rằng ứng viên của đảng Dân chủ sẽ thắng ở bang này.")
    assert "đảng Dân chủ" in organisations(item)


def test_a_bare_lower_case_party_word_is_no_organisation() -> None:
    item = extract_text("Các đảng Xanh và nhiều nhóm khác đều phản đối kế hoạch.")
    assert not [o for o in organisations(item) if o.startswith("đảng")]


def test_a_post_after_and_is_no_part_of_the_club() -> None:
    item = extract_text("Trận đấu có mặt HLV của CLB Bình Phước và Giám đốc kỹ thuật của CLB Long An.")
    found = organisations(item)
    assert "CLB Bình Phước" in found
    assert not [o for o in found if "Giám đốc" in o]


def test_a_numbered_district_before_the_sentence_end() -> None:
    item = extract_text("Bệnh nhân được chuyển tới Bệnh viện Quận 8. Sau đó gia đình đã đến thăm.")
    assert "Bệnh viện Quận 8" in organisations(item)


def test_a_post_written_with_every_word_capitalised() -> None:
    item = extract_text("Bà Đặng Thị Hoa, Vụ Trưởng Vụ Pháp chế Bộ Xây dựng cho biết đã nhận được hồ sơ.")
    assert person(item, "Đặng Thị Hoa").titles == ["Vụ Trưởng Vụ Pháp chế Bộ Xây dựng"]
    assert not [o for o in organisations(item) if o.startswith("Vụ Trưởng")]
