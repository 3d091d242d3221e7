"""Vietnamese organisations and awards: committees named by a purpose of prevention, written with
its official comma (issue 12, round viaward8), on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import extract_text, organisations


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 vừa gửi công văn tới các địa phương.",
            "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19",
        ),
        (
            "Theo Ban chỉ đạo Quốc gia phòng, chống dịch, số ca mắc mới đang giảm.",
            "Ban chỉ đạo Quốc gia phòng, chống dịch",
        ),
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp phiên thứ 12.",
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
        ),
        (
            "Ủy ban Quốc gia phòng, chống AIDS đã tổng kết công tác năm qua.",
            "Ủy ban Quốc gia phòng, chống AIDS",
        ),
        (
            "Ban Chỉ đạo phòng, chống dịch tỉnh Hà Tĩnh cho biết đã cách ly 30 người.",
            "Ban Chỉ đạo phòng, chống dịch tỉnh Hà Tĩnh",
        ),
        (
            "Ban chỉ đạo phòng chống dịch Covid-19 TP Cần Thơ yêu cầu các quận kiểm tra.",
            "Ban chỉ đạo phòng chống dịch Covid-19 TP Cần Thơ",
        ),
        (
            "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Phú Yên ra công điện.",
            "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Phú Yên",
        ),
    ],
)
def test_a_committee_named_by_its_purpose_of_prevention_keeps_its_comma(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Sở Y tế phòng chống dịch hiệu quả trong năm qua.", ["Sở Y tế"]),
        ("Bộ Y tế chỉ đạo phòng, chống dịch tại các bệnh viện.", ["Bộ Y tế"]),
    ],
)
def test_prevention_after_a_named_body_is_its_verb(body: str, names: list[str]) -> None:
    assert organisations(extract_text(body)) == names
