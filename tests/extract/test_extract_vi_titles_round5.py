"""The Vietnamese pack's titles and people, fifth round on general forms the unannotated articles
and the fourth round showed missed (issue 12, round vititle5): sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, people, person


def test_a_foreign_name_opening_a_clause_before_a_coach_is_a_person() -> None:
    item = extract_text("Park Ji Hoon, HLV trưởng đội tuyển Lào, cho biết đội sẽ tập từ tuần sau.")
    assert person(item, "Park Ji Hoon").titles == ["HLV trưởng đội tuyển Lào"]
    item = extract_text("Sau trận, Mark Dunlop, HLV CLB Hải Phòng, nói rằng đội đã chơi tốt.")
    assert person(item, "Mark Dunlop").titles == ["HLV CLB Hải Phòng"]


def test_a_news_source_before_a_coach_is_no_person() -> None:
    item = extract_text("Theo Reuters, HLV trưởng đội tuyển Anh cho biết ông hài lòng.")
    assert people(item) == []


def test_a_unit_s_word_cut_after_its_first_syllable_goes_on_to_the_body() -> None:
    item = extract_text("Ông Trần Văn Bình, Giám đốc khối Khách hàng doanh nghiệp của Ngân hàng Á Châu, nói.")
    assert person(item, "Trần Văn Bình").titles == [
        "Giám đốc khối Khách hàng doanh nghiệp của Ngân hàng Á Châu"
    ]
    item = extract_text("Bà Lê Thị Hoa, trưởng nhóm Di truyền Tiến hóa tại Viện Sinh học Miền Nam, cho biết.")
    assert person(item, "Lê Thị Hoa").titles == ["trưởng nhóm Di truyền Tiến hóa tại Viện Sinh học Miền Nam"]


def test_a_proper_name_before_a_lower_case_verb_is_not_cut_into() -> None:
    item = extract_text("Ông Trần Văn Bình, Giám đốc Công ty Minh Phát bán hàng của Tập đoàn Hòa Bình, nói.")
    assert person(item, "Trần Văn Bình").titles == ["Giám đốc Công ty Minh Phát"]
