"""The Vietnamese pack, names and periods cut short (issue 12): days of one month with the month
said once, organisation names that keep lower-case words, venues named whole. One construction
per test, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import dates, extract_text, organisations, places

# --- dates ---------------------------------------------------------------------------------------


def test_from_a_day_to_a_day_of_the_same_month_is_one_range_in_the_header_year() -> None:
    item = extract_text("Triển lãm sách mở cửa từ ngày 3 đến 8/5 ở Đà Nẵng.")
    assert dates(item) == ["2022-05-03/2022-05-08"]


def test_two_days_of_one_month_joined_by_and_are_one_range() -> None:
    item = extract_text("Trong hai ngày 20 và 21/5, các đội bóng thi đấu vòng loại ở Huế.")
    assert dates(item) == ["2022-05-20/2022-05-21"]


def test_a_multi_day_event_takes_the_range_of_its_days() -> None:
    item = extract_text(
        "Từ ngày 9 tới ngày 11/5, Bộ Công Thương tổ chức hội chợ hàng Việt tại Cần Thơ.", date="2022-05"
    )
    assert item.event is not None
    assert (str(item.event.start), str(item.event.end)) == ("2022-05-09", "2022-05-11")


def test_a_number_before_and_is_no_day_without_the_word_for_days() -> None:
    item = extract_text("Có 15 và 16/5 học sinh đạt giải.")
    assert "2022-05-15/2022-05-16" not in dates(item)


# --- organisations -------------------------------------------------------------------------------


def test_an_association_keeps_its_lower_case_size_words_before_a_verb() -> None:
    item = extract_text("Bà Lê Thị Hoa, Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nam Định, đã ký.")
    assert "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nam Định" in organisations(item)
    item = extract_text("Hiệp hội Doanh nghiệp nhỏ và vừa vừa gửi kiến nghị lên Chính phủ.")
    assert "Hiệp hội Doanh nghiệp nhỏ và vừa" in organisations(item)


def test_a_federation_names_its_members_in_the_plural_after_its_head() -> None:
    item = extract_text("Liên hiệp các Hội Văn học Nghệ thuật Hải Phòng vừa ra mắt tạp chí mới.")
    assert "Liên hiệp các Hội Văn học Nghệ thuật Hải Phòng" in organisations(item)


def test_the_plural_word_after_a_complete_name_starts_no_continuation() -> None:
    item = extract_text("Bộ Tài chính đề nghị các Sở Tài chính rà soát ngân sách.")
    assert "Bộ Tài chính" in organisations(item)
    assert not [o for o in organisations(item) if "các" in o]


# --- places --------------------------------------------------------------------------------------


def test_a_venue_written_with_a_capitalised_head_is_a_place() -> None:
    item = extract_text("Năm nay, khách xếp hàng dài trước Trung tâm Hội nghị Quốc gia để vào xem.")
    assert "Trung tâm Hội nghị Quốc gia" in places(item)


def test_a_venue_keeps_the_lower_case_syllable_of_a_name_word() -> None:
    item = extract_text("Năm nay, khách xếp hàng dài trước Trung tâm hội nghị Quốc gia để vào xem.")
    assert "Trung tâm hội nghị Quốc gia" in places(item)
    assert "Trung tâm hội nghị Quốc" not in places(item)


def test_a_venue_takes_no_lower_case_word_that_is_not_part_of_a_name() -> None:
    item = extract_text("Du khách thích leo núi Bà Đen hơn những núi Ba Vì khác.")
    assert "núi Ba Vì" in places(item)


def test_the_word_for_meeting_inside_a_venue_names_no_event() -> None:
    item = extract_text(
        "Chiều 12/5, hội nghị diễn ra tại Trung tâm hội nghị Quốc gia, Hà Nội.", date="2022-05"
    )
    assert item.event is not None
    assert item.event.name == "hội nghị"
    place = next(p.name for p in item.places if p.id == item.event.place_id)
    assert place == "Trung tâm hội nghị Quốc gia"
