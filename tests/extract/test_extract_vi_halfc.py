"""The Vietnamese pack on forms that blind annotation of unannotated articles showed missing (issue
12, half C): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import dates, event_of, event_place, extract_text, organisations, people, places


def test_a_road_named_by_its_number_is_a_place() -> None:
    found = places(
        extract_text(
            "Xe khách lật trên quốc lộ 1A, đoạn qua huyện Diễn Châu. Quốc lộ 5 và tỉnh lộ 10 ùn tắc; "
            "đường tỉnh 830 và đoạn QL14 qua Đắk Nông bị sạt lở."
        )
    )
    for road in ("quốc lộ 1A", "Quốc lộ 5", "tỉnh lộ 10", "đường tỉnh 830", "QL14"):
        assert road in found


def test_a_road_word_without_a_number_is_no_place() -> None:
    found = places(extract_text("Các quốc lộ 2019 đã được nâng cấp, nhiều tỉnh lộ xuống cấp."))
    assert not any("lộ" in place for place in found)


def test_a_toll_station_is_a_place_named_by_the_ends_of_its_road() -> None:
    found = places(
        extract_text(
            "Cử tri đề nghị dỡ bỏ trạm thu phí BOT Pháp Vân - Cầu Giẽ. Trạm thu phí Cai Lậy đã tạm "
            "dừng thu phí từ tháng trước."
        )
    )
    assert "trạm thu phí BOT Pháp Vân - Cầu Giẽ" in found
    assert "Trạm thu phí Cai Lậy" in found


def test_a_venue_named_by_an_acronym_alone_is_no_place() -> None:
    found = places(extract_text("Nhân viên trạm thu phí BOT trên quốc lộ 3 nghỉ việc; ở đường IV có họp."))
    assert found == ["quốc lộ 3"]


def test_a_dash_before_a_city_abbreviation_ends_the_venue() -> None:
    found = places(extract_text("Đoàn khách nghỉ tại khách sạn Rex - TP.HCM trong hai ngày."))
    assert "khách sạn Rex" in found
    assert "TP.HCM" in found


def test_an_address_in_parentheses_opens_with_its_ward() -> None:
    text = "Bà Nguyễn Thị Hoa (Dịch Vọng, quận Cầu Giấy, Hà Nội) và ông Lê Nam (Ninh Kiều, TP Cần Thơ) đến."
    assert {"Dịch Vọng", "Ninh Kiều"} <= set(places(extract_text(text)))


def test_a_company_or_a_bare_name_opening_a_parenthesis_is_no_ward() -> None:
    found = places(extract_text("Anh Nguyễn Văn Tài (Vinamilk, Hà Nội) cho biết. Cô Hoa (Lan, bạn cô) đến."))
    assert found == ["Hà Nội"]


def test_the_national_retail_chains_are_companies() -> None:
    found = organisations(extract_text("Máy được bán tại FPT Shop, CellphoneS và Viettel Store từ hôm nay."))
    assert found == ["FPT Shop", "CellphoneS", "Viettel Store"]


def test_a_month_opening_a_sentence_is_read() -> None:
    found = dates(extract_text("Tháng 3/2019, công ty ra đời. Tháng 10 năm 2020, nhà máy hoạt động."))
    assert found == ["2019-03", "2020-10"]


def test_a_month_without_its_year_is_of_the_header_year() -> None:
    item = extract_text("Đầu tháng 9, hãng mở lại đường bay. Hồi tháng 3 vừa qua, vé rẻ.", date="2020-11")
    assert dates(item) == ["2020-09", "2020-03"]


def test_a_length_a_rate_a_lunar_month_or_a_relative_year_is_no_month() -> None:
    item = extract_text(
        "Sau 3 tháng 5 ngày, họ về; mỗi tháng 2 lần, đoàn đến. Dịp rằm tháng 7, chùa làm lễ. Tháng 9 "
        "năm ngoái, anh nghỉ việc. Bé sinh tháng 4.",
        date="2020-11",
    )
    assert dates(item) == []


def test_the_day_of_a_longer_event_reports_the_event() -> None:
    event = event_of(
        extract_text("Sáng 3/11, Quốc hội tiến hành ngày làm việc thứ hai của Kỳ họp thứ 10.", date="2020-11")
    )
    assert (event.name, str(event.start)) == ("Kỳ họp thứ 10", "2020-11-03")
    event = event_of(
        extract_text("Ngày 30/10, chùa Vĩnh Nghiêm tổ chức ngày cuối cùng của đại lễ Vu Lan.", date="2020-11")
    )
    assert event.name == "đại lễ Vu Lan"


def test_a_venue_name_may_end_with_its_number_not_a_count_after_it() -> None:
    found = places(extract_text("Lễ diễn ra ở chùa Kỳ Quang 2, quận Gò Vấp. Đoàn ở khách sạn Rex 2 đêm."))
    assert found == ["chùa Kỳ Quang 2", "Gò Vấp", "khách sạn Rex"]


def test_a_supermodel_and_a_great_singer_are_cues_before_a_name() -> None:
    item = extract_text("Siêu mẫu Thu Hằng về nước. Tối qua, danh ca Bảo Yến hát hai bài.")
    assert people(item) == ["Thu Hằng", "Bảo Yến"]


def test_a_paper_credited_by_its_short_name_is_an_organisation() -> None:
    item = extract_text("Thứ trưởng phát biểu tại hội nghị\n(Ảnh: Giáo dục thời đại).")
    assert "Giáo dục thời đại" in organisations(item)


def test_a_venue_that_holds_an_event_is_its_place() -> None:
    item = extract_text("Tối 2/11, khách sạn Metropole tiếp tục tổ chức đêm nhạc Trịnh.", date="2020-11")
    assert event_place(item) == "khách sạn Metropole"
    assert event_place(extract_text("Ngày 5/11, Hà Nội tổ chức hội nghị xúc tiến.", date="2020-11")) is None


def test_a_resolution_cited_by_its_bare_number_is_a_document() -> None:
    item = extract_text("Theo Nghị quyết 29, ngành làm theo Nghị định 100 và Kế hoạch 5 năm, Luật 2020.")
    assert [(d.kind, d.number) for d in item.documents] == [("Nghị quyết", "29"), ("Nghị định", "100")]


def test_the_occasion_after_an_event_ends_its_name() -> None:
    item = extract_text("Ngày 31/10, chùa Từ Đàm tổ chức đại lễ cầu siêu dịp rằm tháng 7.", date="2020-11")
    assert event_of(item).name == "đại lễ cầu siêu"
