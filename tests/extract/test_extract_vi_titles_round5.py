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
