"""The Vietnamese pack's organisations and titles, third round on general forms the unannotated
articles showed missed (issue 12): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, person


def test_a_posts_short_form_between_the_post_and_its_holder_is_skipped() -> None:
    item = extract_text("Cả đội của Giám đốc kỹ thuật (GĐKT) Trịnh Văn Lâm đã mất 5 điểm vì trọng tài.")
    assert person(item, "Trịnh Văn Lâm").titles == ["Giám đốc kỹ thuật"]


def test_a_bare_post_right_before_a_foreign_name_is_its_title() -> None:
    item = extract_text("Tại Hàn Quốc, Thủ tướng Han Min-soo muốn tăng ngân sách. Ông Han Min-soo nói vậy.")
    assert person(item, "Han Min-soo").titles == ["Thủ tướng"]


def test_a_lower_case_post_before_a_name_is_a_title_only_after_a_form_of_address() -> None:
    item = extract_text("Chiều qua, thầy hiệu trưởng Lê Văn Khải dẫn các em xuống núi.")
    assert person(item, "Lê Văn Khải").titles == ["hiệu trưởng"]
    other = extract_text("Phút 20, đội trưởng Lê Văn Khải sút bóng vào lưới.")
    assert not [p for p in other.people if p.titles == ["đội trưởng"]]
