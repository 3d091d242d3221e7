"""Vietnamese awards: the short "được thưởng" (issue 12, round viorg7), on sentences written for
these tests."""

from __future__ import annotations

from support.extraction import awards, extract_text


def test_the_short_form_of_being_awarded_confers_an_order() -> None:
    body = "Đại úy Khổng Văn Lâm được thưởng Huân chương Chiến công hạng Nhì."
    assert awards(extract_text(body)) == ["Huân chương Chiến công hạng Nhì"]


def test_a_cash_reward_is_no_award() -> None:
    assert awards(extract_text("Tổ công tác được thưởng nóng 20 triệu đồng.")) == []


def test_a_representative_heritage_keeps_its_whole_name() -> None:
    body = "Nghệ thuật Hát Xoan được UNESCO công nhận là Di sản văn hóa phi vật thể đại diện của nhân loại."
    assert awards(extract_text(body)) == ["Di sản văn hóa phi vật thể đại diện của nhân loại"]


def test_the_category_of_a_commendation_still_ends_its_name() -> None:
    body = "Anh Lò Văn Tâm được tặng Bằng khen diện đột xuất."
    assert awards(extract_text(body)) == ["Bằng khen"]


def test_a_title_defended_was_won() -> None:
    item = extract_text("Đội tuyển nữ Việt Nam bảo vệ thành công HCV SEA Games.")
    assert awards(item) == ["HCV SEA Games"]
    assert item.awards[0].giver_id is None  # (the subject defends it: no giver)


def test_the_awards_listed_after_an_unnamed_one_right_after_its_verb_are_won() -> None:
    body = "Cả bốn em đều đoạt huy chương, gồm 2 HCV, 1 HCB và 1 HCĐ."
    assert awards(extract_text(body)) == ["HCV", "HCB", "HCĐ"]


def test_an_unnamed_award_then_a_list_that_does_not_follow_it_names_nothing() -> None:
    body = "Ba học sinh đoạt giải tại kỳ thi năm nay, trong đó có các em lớp 11."
    assert awards(extract_text(body)) == []


def test_a_runner_up_s_place_named_by_its_competition_is_an_award() -> None:
    assert awards(extract_text("Cô giành ngôi Á quân Sao Mai 2019.")) == ["ngôi Á quân Sao Mai 2019"]
    assert awards(extract_text("Đội bạn giành ngôi Á quân.")) == []
