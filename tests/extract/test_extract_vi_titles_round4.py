"""The Vietnamese pack's titles and people, fourth round on general forms the unannotated articles
showed missed (issue 12, round vititle4): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, person


def test_a_bare_post_before_a_name_is_one_more_title_of_a_titled_person() -> None:
    item = extract_text("Đại sứ Peter Hall, Đặc phái viên của Tổng thống Mỹ về Khí hậu, tuần này tới Hà Nội.")
    assert sorted(person(item, "Peter Hall").titles) == [
        "Đại sứ",
        "Đặc phái viên của Tổng thống Mỹ về Khí hậu",
    ]
    item = extract_text(
        "Ông Lê Văn Tâm, Chủ nhiệm Văn phòng Quốc hội, cho biết. Bộ trưởng Lê Văn Tâm nói thêm."
    )
    assert sorted(person(item, "Lê Văn Tâm").titles) == ["Bộ trưởng", "Chủ nhiệm Văn phòng Quốc hội"]


def test_a_bare_post_is_no_title_beside_the_same_post_written_with_its_body() -> None:
    item = extract_text("Thủ tướng Chính phủ Trần Văn Phúc chủ trì. Sau đó Thủ tướng Trần Văn Phúc nói.")
    assert person(item, "Trần Văn Phúc").titles == ["Thủ tướng Chính phủ"]
    item = extract_text("Ông Lê Văn Sáu, nguyên Bộ trưởng Bộ Y tế, cho biết. Bộ trưởng Lê Văn Sáu nói thêm.")
    assert person(item, "Lê Văn Sáu").titles == ["nguyên Bộ trưởng Bộ Y tế"]
