"""The Vietnamese pack's organisations and titles, second round on constructions the unannotated
articles showed missed or cut (issue 12): one rule at a time, on sentences written for these
tests."""

from __future__ import annotations

from support.extraction import extract_text, person


def test_a_foreign_name_with_an_apostrophe_after_a_post_and_a_country() -> None:
    item = extract_text("Trong buổi họp, Cố vấn an ninh quốc gia Mỹ Kevin O'Malley đã nêu quan ngại.")
    assert person(item, "Kevin O'Malley").titles == ["Cố vấn an ninh quốc gia Mỹ"]


def test_two_foreign_names_side_by_side_give_no_title_to_a_cut_name() -> None:
    item = extract_text("Báo chí dẫn lời cố vấn của Tổng thống Mỹ Donald Trump Kevin O'Malley cho hay.")
    assert not [p for p in item.people if p.name.startswith("Trump ")]
