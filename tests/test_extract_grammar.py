"""The Vietnamese pack's grammar, one construction at a time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsml_kit import NewsItem, read
from newsml_kit.model import ParticipantRole


def extract_text(body: str, date: str = "2023-01") -> NewsItem:
    return read(f" date {date} {body}".encode(), format="text").item


def person(item: NewsItem, name: str) -> tuple[str | None, list[str]]:
    found = next(p for p in item.people if p.name == name)
    return found.rank, found.titles


def test_rank_then_academic_prefix_then_name() -> None:
    item = extract_text("Trung tướng, GS.TS Nguyễn Văn Sơn, Thứ trưởng Bộ Công an dự và chỉ đạo.")
    assert person(item, "Nguyễn Văn Sơn") == ("Trung tướng", ["Thứ trưởng Bộ Công an"])


def test_titles_after_a_dash_and_before_a_name() -> None:
    item = extract_text(
        "Đại tá Lê Văn Tâm - Giám đốc Công an tỉnh Nghệ An cho biết."
        " Bộ trưởng Bộ Tư pháp Lê Thành Long phát biểu."
    )
    assert person(item, "Lê Văn Tâm") == ("Đại tá", ["Giám đốc Công an tỉnh Nghệ An"])
    assert person(item, "Lê Thành Long") == (None, ["Bộ trưởng Bộ Tư pháp"])


def test_a_bare_position_before_a_name_is_no_title() -> None:
    item = extract_text("Thứ trưởng Trần Văn Hòa phát biểu tại buổi lễ.")
    assert person(item, "Trần Văn Hòa") == (None, [])


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Cục Cảnh sát giao thông tổ chức hội thi.", "Cục Cảnh sát giao thông"),
        ("Bộ Giao thông vận tải phối hợp thực hiện.", "Bộ Giao thông vận tải"),
        ("Ủy ban nhân dân tỉnh Quảng Bình ban hành kế hoạch.", "Ủy ban nhân dân tỉnh Quảng Bình"),
        ("Đại diện Bộ Lao động - Thương binh và Xã hội phát biểu.", "Bộ Lao động - Thương binh và Xã hội"),
        ("Bộ Công Thương phối hợp với các địa phương.", "Bộ Công Thương"),
    ],
)
def test_organisation_names_end_where_the_sentence_goes_on(sentence: str, organisation: str) -> None:
    assert [o.name for o in extract_text(sentence).organisations] == [organisation]


def test_an_acronym_defined_in_parentheses_clusters_both_forms() -> None:
    item = extract_text(
        "Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức hội nghị. Sau đó, Sở GD&ĐT công bố kết quả.", date="2023-05"
    )
    # "GD&ĐT" spells "Giáo dục và Đào tạo" ("và" is "&"): the long and short names are one body.
    assert [sorted([o.name, *o.aliases]) for o in item.organisations] == [
        ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"]
    ]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Ngày 28/12, hội nghị diễn ra.", ["2022-12-28"]),  # December, reported in January: last year
        ("Ngày 10 tháng 2 năm 2023, ông phát biểu.", ["2023-02-10"]),
        ("Từ ngày 24-27/4/2021, đoàn làm việc.", ["2021-04-24/2021-04-27"]),
        ("Nhiệm kỳ 2021-2026 bắt đầu.", ["2021/2026"]),
        ("Ngày 04-01-2023, cục tặng giấy khen.", ["2023-01-04"]),
        ("Sáng 20-12, hội nghị khai mạc.", ["2022-12-20"]),
        ("Từ ngày 27-28/12, đoàn làm việc.", ["2022-12-27/2022-12-28"]),
        ("Tỷ lệ đạt 85.157.192/98.713.820 nhân khẩu.", []),
    ],
)
def test_date_forms(sentence: str, dates: list[str]) -> None:
    found = [str(d.value) + (f"/{d.end}" if d.end else "") for d in extract_text(sentence).dates]
    assert found == dates


def test_a_document_and_its_short_reference_are_one_document() -> None:
    item = extract_text(
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
        " Nghị quyết số 57 của Bộ Chính trị là nền tảng."
    )
    assert [(d.kind, d.number, str(d.date), len(d.mentions)) for d in item.documents] == [
        ("Nghị quyết", "57-NQ/TW", "2024-12-22", 2)
    ]


def test_receiving_an_award_makes_the_subject_the_recipient() -> None:
    item = extract_text("Học viện Tư pháp vinh dự đón nhận Huân chương Lao động hạng Nhất.")
    award = item.awards[0]
    assert (award.name, award.giver_id, [r.text for r in award.recipients]) == (
        "Huân chương Lao động hạng Nhất",
        None,
        ["Học viện Tư pháp"],
    )


def test_an_event_that_takes_place_with_its_organiser_in_its_name() -> None:
    item = extract_text(
        "Sáng 15/3, Hội nghị tổng kết năm 2022 của Bộ Tư pháp đã diễn ra tại Hà Nội."
        " Dự và chỉ đạo Hội nghị có đồng chí Nguyễn Văn Bình, Ủy viên Bộ Chính trị.",
        date="2023-03",
    )
    event = item.event
    assert event is not None
    names = {entity.id: getattr(entity, "name", "") for _, entity in item.entities()}
    assert (event.name, str(event.start), names[event.place_id or ""]) == (
        "Hội nghị tổng kết năm 2022 của Bộ Tư pháp",
        "2023-03-15",
        "Hà Nội",
    )
    assert [names[ref] for ref in event.organiser_ids] == ["Bộ Tư pháp"]
    assert [(names[p.entity_id], p.role) for p in event.participants] == [
        ("Nguyễn Văn Bình", ParticipantRole.GUEST_OF_HONOUR)
    ]


def test_an_event_without_a_date_in_the_text_has_none() -> None:
    item = extract_text("Bộ Y tế tổ chức Hội thảo về an toàn thực phẩm tại Hà Nội.")
    assert item.event is not None
    assert item.event.start is None


def test_several_authors_in_the_byline() -> None:
    item = extract_text("Bộ Y tế tổ chức hội thảo.\n\nThanh Hải - Minh Anh")
    assert item.byline == "Thanh Hải - Minh Anh"
    assert [p.name for p in item.people if p.roles] == ["Thanh Hải", "Minh Anh"]


@pytest.mark.parametrize(
    ("credit", "is_person"), [("Minh Khang", True), ("M.Quân", True), ("Getty Images", False)]
)
def test_photo_credits_name_photographers_only_when_they_are_names(credit: str, is_person: bool) -> None:
    item = extract_text(f"Quang cảnh hội nghị (Ảnh: {credit}).")
    assert item.body[0].credit is not None
    assert ([p.name for p in item.people] == [credit]) is is_person


def test_a_dashed_count_is_no_date() -> None:
    assert extract_text("Mỗi đơn vị cử từ 5-7 người tham gia.").dates == []


# --- the finders, one at a time -----------------------------------------------------------------


def test_the_ruler_lists_the_finders_in_order_and_runs_one_alone() -> None:
    from newsml_kit.extract.core import Extraction
    from newsml_kit.extract.vi import RULER

    assert RULER.names() == [
        "credits",
        "people",
        "places",
        "organisations",
        "dates",
        "documents",
        "awards",
        "event",
    ]
    item = read(" date 2023-04 Ngày 27/4, Bộ Y tế tổ chức hội nghị tại Hà Nội.".encode(), extract=False).item
    alone = Extraction(item)
    RULER.run(alone, only=["dates"])
    built = alone.build()
    assert [d.value.isoformat() for d in built.dates] == ["2023-04-27"]
    assert not built.places
    assert not built.organisations
    with pytest.raises(KeyError, match="no finder named"):
        RULER.run(Extraction(item), only=["nonsense"])
    RULER.get("places")(alone)
    assert [p.name for p in alone.build().places] == ["Hà Nội"]
