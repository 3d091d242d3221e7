"""Vietnamese awards: the short "được thưởng" (issue 12, round viorg7), on sentences written for
these tests."""

from __future__ import annotations

from support.extraction import awards, extract_text


def test_the_short_form_of_being_awarded_confers_an_order() -> None:
    body = "Đại úy Khổng Văn Lâm được thưởng Huân chương Chiến công hạng Nhì."
    assert awards(extract_text(body)) == ["Huân chương Chiến công hạng Nhì"]


def test_a_cash_reward_is_no_award() -> None:
    assert awards(extract_text("Tổ công tác được thưởng nóng 20 triệu đồng.")) == []
