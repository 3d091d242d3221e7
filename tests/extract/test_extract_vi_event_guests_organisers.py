"""The Vietnamese event's organiser and guest of honour (issue 12, round vititle6): wordings that
name them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import event_of, extract_text, guests, names_of


@pytest.mark.parametrize("noun", ["hội nghị", "sự kiện"])
def test_the_organising_unit_named_with_the_event_after_it(noun: str) -> None:
    item = extract_text(
        "Ngày 12/5, Hội nghị xúc tiến đầu tư năm 2023 diễn ra tại TP Quy Nhơn."
        f" Đơn vị tổ chức {noun} là Sở Kế hoạch và Đầu tư tỉnh Bình Định.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "Hội nghị xúc tiến đầu tư năm 2023"
    assert names_of(item, event.organiser_ids) == ["Sở Kế hoạch và Đầu tư tỉnh Bình Định"]


@pytest.mark.parametrize(
    "body",
    [
        "Sáng 12/5, dưới sự chỉ đạo của Bộ Y tế, Sở Y tế tỉnh Nghệ An tổ chức Hội thảo khoa học về hồi sức"
        " cấp cứu.",
        "Sáng 12/5, với sự tài trợ của Công ty Minh Phát, Sở Y tế tỉnh Nghệ An tổ chức Hội thảo khoa học về"
        " hồi sức cấp cứu.",
        "Sáng 12/5, Sở Y tế tỉnh Nghệ An, với sự hỗ trợ của Công ty Minh Phát, tổ chức Hội thảo khoa học về"
        " hồi sức cấp cứu.",
    ],
)
def test_a_body_that_directs_or_sponsors_the_event_is_no_organiser(body: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert event.name == "Hội thảo khoa học về hồi sức cấp cứu"
    assert names_of(item, event.organiser_ids) == ["Sở Y tế tỉnh Nghệ An"]


@pytest.mark.parametrize(
    "attends",
    [
        "Phó Thủ tướng Lê Văn Hòa dự hội nghị và phát biểu.",
        "Phó Thủ tướng Lê Văn Hòa dự lễ và trao Cờ thi đua cho các đơn vị.",
        "Phó Thủ tướng Lê Văn Hòa đã dự và có bài phát biểu.",
    ],
)
def test_an_official_who_attends_and_speaks_or_confers_is_the_guest(attends: str) -> None:
    item = extract_text(
        f"Sáng 12/5, Bộ Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2022. {attends}", date="2023-05"
    )
    assert guests(item) == ["Lê Văn Hòa"]
