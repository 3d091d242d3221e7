"""Vietnamese awards: only what is conferred (issue 12, awards round 4). An award yet to be given,
wished for or not won is no award; a generic head opening its sentence names none. On sentences
written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import awards, extract_text


@pytest.mark.parametrize(
    "body",
    [
        "Ban giám khảo sẽ trao giải Nhất cho bài dự thi hay nhất.",
        "Giải Nhất sẽ được trao cho nhóm có ý tưởng khả thi nhất.",
        "Đội thắng chung cuộc sẽ nhận Cúp vô địch và 200 triệu đồng.",
        "Cả đội mong muốn giành Huy chương Vàng ở giải đấu năm sau.",
        "Ban huấn luyện đặt mục tiêu giành HCV tại đại hội.",
        "Tuyển thủ trẻ không giành được Huy chương Vàng như kỳ vọng.",
    ],
)
def test_an_award_yet_to_be_given_wished_for_or_not_won_is_no_award(body: str) -> None:
    assert awards(extract_text(body, date="2023-05")) == []


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("Đội tuyển vượt qua 30 đối thủ để giành Huy chương Vàng.", "Huy chương Vàng"),
        ("Nhóm sinh viên đã giành giải Nhất cuộc thi lập trình.", "giải Nhất cuộc thi lập trình"),
        ("Giải Nhất được trao cho nhóm sinh viên Trường Đại học Vinh.", "Giải Nhất"),
    ],
)
def test_an_award_won_is_still_found(body: str, award: str) -> None:
    assert awards(extract_text(body, date="2023-05")) == [award]


@pytest.mark.parametrize(
    "body",
    [
        "Giải thưởng được trao vào cuối tháng 12.",
        "Danh hiệu được trao cho các tập thể có thành tích xuất sắc.",
    ],
)
def test_a_generic_head_opening_its_sentence_names_no_award(body: str) -> None:
    assert awards(extract_text(body, date="2023-05")) == []
