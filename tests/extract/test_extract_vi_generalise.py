"""The Vietnamese pack's entity grammar, fourth round of issue 12: organisations, titles, places,
people and awards written the way any desk writes them. One construction per test, on sentences
written for these tests."""

from __future__ import annotations

from support.extraction import awards, extract_text, organisations, people, places, titles

# --- organisations -------------------------------------------------------------------------------


def test_a_ministry_is_named_whole_with_its_lower_case_words() -> None:
    item = extract_text("Theo Bộ Kế hoạch và Đầu tư, vốn giải ngân đã tăng trong quý.")
    assert "Bộ Kế hoạch và Đầu tư" in organisations(item)


def test_a_ministry_abroad_is_named_with_its_country() -> None:
    item = extract_text("Theo Bộ Ngoại giao Nhật Bản, cuộc gặp sẽ diễn ra vào tuần tới.")
    assert "Bộ Ngoại giao Nhật Bản" in organisations(item)


def test_a_school_written_with_its_level_mid_clause_is_an_organisation() -> None:
    item = extract_text("Nhiều học sinh trường THPT Hòa Bình Xanh đã trở lại lớp hôm nay.")
    assert "trường THPT Hòa Bình Xanh" in organisations(item)


def test_a_bare_lower_case_school_word_is_no_organisation() -> None:
    item = extract_text("Giá rau ở thị trường Mỹ Tho tăng mạnh trong tuần.")
    assert not [o for o in organisations(item) if o.startswith("trường")]


def test_a_hospital_named_after_a_person_keeps_the_name() -> None:
    item = extract_text("Bệnh nhân được chuyển đến bệnh viện Lê Văn Thịnh để điều trị.")
    assert "bệnh viện Lê Văn Thịnh" in organisations(item)


def test_a_well_known_club_named_alone_is_an_organisation() -> None:
    item = extract_text("Tối qua Arsenal thắng 2-0 trên sân nhà.")
    assert "Arsenal" in organisations(item)


def test_a_foreign_legislature_is_named_with_its_country() -> None:
    item = extract_text("Dự luật đã được Hạ viện Mỹ thông qua vào chiều qua.")
    assert "Hạ viện Mỹ" in organisations(item)


# --- titles --------------------------------------------------------------------------------------


def test_a_title_in_apposition_may_be_written_in_lower_case() -> None:
    item = extract_text("Bà Lê Thị Hoa - giám đốc Sở Y tế tỉnh Nghệ An cho biết điều đó.")
    assert titles(item, "Lê Thị Hoa") == ["giám đốc Sở Y tế tỉnh Nghệ An"]


def test_a_title_may_follow_a_hyphen_without_a_space_before_it() -> None:
    item = extract_text("Ông Trần Văn Bình- Phó Cục trưởng Cục Thuế cho biết điều đó.")
    assert titles(item, "Trần Văn Bình") == ["Phó Cục trưởng Cục Thuế"]


def test_a_title_keeps_the_lower_case_end_of_its_organisation_s_name() -> None:
    item = extract_text("Bác sĩ Phạm Thị Lan, Trưởng khoa Chẩn đoán hình ảnh cho biết thêm.")
    assert titles(item, "Phạm Thị Lan") == ["Trưởng khoa Chẩn đoán hình ảnh"]


def test_a_lower_case_tail_that_is_a_clause_stays_out_of_the_title() -> None:
    item = extract_text("Ông Đỗ Văn Hải, Giám đốc Sở Tài chính đã ký văn bản.")
    assert titles(item, "Đỗ Văn Hải") == ["Giám đốc Sở Tài chính"]


def test_a_title_reaches_a_school_written_with_its_level() -> None:
    item = extract_text("Ông Ngô Văn Tùng, Hiệu trưởng trường THPT Sông Lam cho biết.")
    assert titles(item, "Ngô Văn Tùng") == ["Hiệu trưởng trường THPT Sông Lam"]


def test_a_title_reaches_its_organisation_through_cua() -> None:
    item = extract_text("Oliver Brandt, giám đốc tài chính của Northwind Labs, cho biết điều đó.")
    assert titles(item, "Oliver Brandt") == ["giám đốc tài chính của Northwind Labs"]


def test_a_name_after_a_title_starts_at_the_later_of_two_family_names() -> None:
    item = extract_text("Giám đốc Bệnh viện Bạch Mai Lê Quang Vinh phát biểu tại buổi họp.")
    assert "Lê Quang Vinh" in people(item)
    assert titles(item, "Lê Quang Vinh") == ["Giám đốc Bệnh viện Bạch Mai"]


# --- places --------------------------------------------------------------------------------------


def test_a_station_or_a_street_is_named_with_its_head() -> None:
    item = extract_text("Đoàn tàu dừng ở ga Bình Minh, gần đường Lê Thánh Tông.")
    assert {"ga Bình Minh", "đường Lê Thánh Tông"} <= set(places(item))


def test_a_place_after_a_unit_word_and_two_spaces() -> None:
    item = extract_text("Em đang học nghề tại huyện  Sơn Trà Xanh, nơi có nhiều mưa.")
    assert "Sơn Trà Xanh" in places(item)


# --- people --------------------------------------------------------------------------------------


def test_a_name_after_a_profession_cue() -> None:
    item = extract_text("Theo luật sư Trịnh Minh Khoa, hợp đồng này không hợp lệ.")
    assert "Trịnh Minh Khoa" in people(item)


def test_a_common_foreign_given_name_starts_a_person() -> None:
    item = extract_text("Trong khi đó, Jasmine Okafor khẳng định sẽ trở lại vào năm sau.")
    assert "Jasmine Okafor" in people(item)


# --- awards --------------------------------------------------------------------------------------


def test_an_award_reached_with_dat() -> None:
    item = extract_text("Năm ngoái, em đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh.")
    assert awards(item) == ["giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh"]


def test_an_award_name_ends_before_its_year() -> None:
    item = extract_text("Bà được phong tặng danh hiệu Nhà giáo Nhân dân năm 2019.")
    assert awards(item) == ["danh hiệu Nhà giáo Nhân dân"]


def test_an_award_name_ends_before_a_second_verb() -> None:
    item = extract_text("Nhóm nhạc giành Giải Cánh Diều Vàng và nhận thêm hai đề cử khác.")
    assert awards(item) == ["Giải Cánh Diều Vàng"]


def test_a_medal_by_its_acronym() -> None:
    item = extract_text("Đội tuyển giành HCV môn bơi lội tại đại hội năm nay.")
    assert any(a.startswith("HCV") for a in awards(item))


def test_a_generic_award_head_followed_by_ordinary_words_names_no_award() -> None:
    item = extract_text("Có 30 gia đình đạt danh hiệu tiêu biểu 3 năm liền và 12 gia đình khác.")
    assert awards(item) == []


# --- titles before names -------------------------------------------------------------------------


def test_a_title_whose_body_is_named_by_its_unit_alone() -> None:
    item = extract_text("Chủ tịch UBND tỉnh Hoàng Văn Lực phát biểu khai mạc.")
    assert titles(item, "Hoàng Văn Lực") == ["Chủ tịch UBND tỉnh"]


def test_a_unit_named_title_gives_way_to_a_fuller_one() -> None:
    item = extract_text(
        "Chủ tịch UBND tỉnh Hoàng Văn Lực phát biểu. Ông Hoàng Văn Lực, Chủ tịch UBND tỉnh Sơn La Xanh,"
        " cảm ơn các đại biểu."
    )
    assert titles(item, "Hoàng Văn Lực") == ["Chủ tịch UBND tỉnh Sơn La Xanh"]


def test_two_titled_names_joined_by_va() -> None:
    item = extract_text(
        "Thứ trưởng Bộ Y tế Phan Văn Trường Giang và Cục trưởng Cục Y tế dự phòng Đỗ Thị Mai dự họp."
    )
    assert titles(item, "Phan Văn Trường Giang") == ["Thứ trưởng Bộ Y tế"]
    assert titles(item, "Đỗ Thị Mai") == ["Cục trưởng Cục Y tế dự phòng"]
    assert not [o for o in organisations(item) if "Giang" in o]


def test_a_title_before_a_comma_a_rank_and_a_name() -> None:
    item = extract_text("Phó Giám đốc Công an tỉnh Lam Sơn Xanh, Đại tá Vũ Văn Khải cho biết.")
    person = next(p for p in item.people if p.name == "Vũ Văn Khải")
    assert (person.rank, person.titles) == ("Đại tá", ["Phó Giám đốc Công an tỉnh Lam Sơn Xanh"])


def test_a_country_between_a_cue_and_a_foreign_name_is_no_part_of_the_name() -> None:
    item = extract_text("Hôm qua, ngoại trưởng Mỹ Ethan Whitfield đã gọi điện cho các đồng minh.")
    assert "Ethan Whitfield" in people(item)
    assert "Mỹ Ethan Whitfield" not in people(item)


# --- generalisation round: conferral phrasing ------------------------------------------------


def test_a_ceremony_of_receiving_an_order_confers_it_and_a_prize_giving_does_not() -> None:
    item = extract_text("Sáng 5/4, Trường THCS Hòa Bình tổ chức lễ đón nhận Huân chương Lao động hạng Ba.")
    assert awards(item) == ["Huân chương Lao động hạng Ba"]
    item = extract_text("Lễ trao tặng danh hiệu Nhà giáo Nhân dân diễn ra sáng 5/4 tại Hà Nội.")
    assert awards(item) == ["danh hiệu Nhà giáo Nhân dân"]
    assert awards(extract_text("Cô từng dự lễ trao giải Quả Cầu Vàng ở Mỹ.")) == []


def test_an_award_named_after_a_person_keeps_the_name() -> None:
    item = extract_text("Năm 2020, ông Đỗ Văn Khang được trao Giải thưởng Hồ Chí Minh về khoa học.")
    assert awards(item) == ["Giải thưởng Hồ Chí Minh về khoa học"]


def test_a_count_before_the_award_is_no_recipient_and_the_winner_is_the_subject() -> None:
    item = extract_text("Sau mười năm, Câu lạc bộ Sông Lam Nghệ An giành được 3 Cúp Vàng.")
    assert [(a.name, [r.text for r in a.recipients]) for a in item.awards] == [
        ("Cúp Vàng", ["Câu lạc bộ Sông Lam Nghệ An"])
    ]


def test_well_known_companies_named_alone_are_organisations() -> None:
    item = extract_text("Theo đại diện Circle K, chuỗi cửa hàng đã mở thêm 20 điểm; Aeon cũng vậy.")
    assert organisations(item) == ["Circle K", "Aeon"]
