"""The Vietnamese pack's general knowledge, the knowledge round of issue 12: fuller tables of
title heads, organisation heads, places and awards, and the grammar around them. One
construction per test, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import awards, extract_text, organisations, people, places, titles

# --- titles --------------------------------------------------------------------------------------


def test_a_unit_commander_s_title_names_the_unit() -> None:
    item = extract_text("Tiểu đoàn trưởng Tiểu đoàn Trinh sát Hoàng Văn Lực báo cáo kết quả.")
    assert titles(item, "Hoàng Văn Lực") == ["Tiểu đoàn trưởng Tiểu đoàn Trinh sát"]


def test_a_ship_s_commander_is_a_title_before_the_name() -> None:
    item = extract_text("Hạm trưởng Trần Quốc Việt kiểm tra con tàu trước chuyến đi.")
    assert titles(item, "Trần Quốc Việt") == ["Hạm trưởng"]


def test_a_hamlet_head_is_a_title_in_apposition() -> None:
    item = extract_text("Ông Lê Văn Tâm, Trưởng bản Na Hang, đón đoàn khách từ sáng sớm.")
    assert titles(item, "Lê Văn Tâm") == ["Trưởng bản Na Hang"]


def test_a_deputy_head_shortened_by_the_press_is_a_title() -> None:
    item = extract_text("Ông Trần Minh Đức, Hiệu phó Trường THCS Quang Trung, cho biết điều đó.")
    assert titles(item, "Trần Minh Đức") == ["Hiệu phó Trường THCS Quang Trung"]


def test_a_country_after_the_position_belongs_to_the_title() -> None:
    item = extract_text("Thủ tướng Thái Lan Prayut Chan-o-cha đã phát biểu tại hội nghị.")
    assert people(item) == ["Prayut Chan-o-cha"]
    assert titles(item, "Prayut Chan-o-cha") == ["Thủ tướng Thái Lan"]
    assert "Thái Lan" in places(item)


def test_a_city_after_the_position_belongs_to_the_title() -> None:
    item = extract_text("Bí thư Hà Nội Đinh Văn Lợi cho biết thành phố đã sẵn sàng.")
    assert titles(item, "Đinh Văn Lợi") == ["Bí thư Hà Nội"]


def test_a_name_of_two_vietnamese_syllables_after_a_country_is_the_person() -> None:
    item = extract_text("Thủ tướng Campuchia Hun Sen đã tiếp đoàn đại biểu.")
    assert titles(item, "Hun Sen") == ["Thủ tướng Campuchia"]


def test_a_title_holding_two_posts_joined_by_kiem_is_one_title() -> None:
    item = extract_text("Ông Lê Văn Hòa, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty CP Minh Phú, cho biết.")
    assert titles(item, "Lê Văn Hòa") == ["Chủ tịch HĐQT kiêm Tổng giám đốc Công ty CP Minh Phú"]
    item = extract_text("Chủ tịch HĐQT kiêm Tổng giám đốc Công ty CP Minh Phú Lê Văn Hòa cho biết.")
    assert titles(item, "Lê Văn Hòa") == ["Chủ tịch HĐQT kiêm Tổng giám đốc Công ty CP Minh Phú"]


def test_a_post_in_charge_of_a_body_right_after_the_head() -> None:
    item = extract_text("Ông Lê Văn Hòa, Phó Giám đốc phụ trách Sở Y tế, cho biết.")
    assert titles(item, "Lê Văn Hòa") == ["Phó Giám đốc phụ trách Sở Y tế"]


def test_the_head_coach_is_a_title() -> None:
    item = extract_text("Tối qua, HLV trưởng Park Hang-seo đã công bố danh sách đội tuyển.")
    assert titles(item, "Park Hang-seo") == ["HLV trưởng"]


def test_a_post_with_its_field_in_lower_case_is_a_title_in_apposition() -> None:
    item = extract_text("Ông Lê Văn An, Giám đốc kinh doanh, cho biết doanh số đã tăng.")
    assert titles(item, "Lê Văn An") == ["Giám đốc kinh doanh"]
    item = extract_text("Ông Lê Văn An, Giám đốc, cho biết doanh số đã tăng.")
    assert titles(item, "Lê Văn An") == []


def test_a_country_of_two_words_before_a_foreign_name_after_a_cue() -> None:
    item = extract_text("Tổng thống Hàn Quốc Moon Jae-in đã tiếp đoàn đại biểu.")
    assert people(item) == ["Moon Jae-in"]
    item = extract_text("Tác phẩm của nhà thơ Hy Lạp Homer vẫn được đọc.")
    assert people(item) == ["Homer"]


def test_an_envoy_s_title_goes_on_with_where_he_is_posted() -> None:
    item = extract_text("Đại sứ Việt Nam tại Ai Cập Trần Thanh Công đã dự buổi lễ.")
    assert titles(item, "Trần Thanh Công") == ["Đại sứ Việt Nam tại Ai Cập"]
    item = extract_text("Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink đã dự buổi lễ.")
    assert titles(item, "Daniel Kritenbrink") == ["Đại sứ Mỹ tại Việt Nam"]


# --- organisations -------------------------------------------------------------------------------


def test_a_party_is_named_by_its_head() -> None:
    item = extract_text("Đoàn đại biểu Đảng Nhân dân Campuchia thăm Hà Nội trong tuần.")
    assert "Đảng Nhân dân Campuchia" in organisations(item)


def test_a_verb_of_visiting_ends_a_body_s_name() -> None:
    item = extract_text("Đoàn Hội Nông dân Lào gặp Hội Cựu chiến binh Việt Nam.")
    assert "Đoàn Hội Nông dân Lào" in organisations(item)


def test_a_provincial_youth_union_is_an_organisation() -> None:
    item = extract_text("Chị Lý Thu Hà, Phó Bí thư Tỉnh đoàn Lạng Sơn, cho biết điều đó.")
    assert "Tỉnh đoàn Lạng Sơn" in organisations(item)
    assert titles(item, "Lý Thu Hà") == ["Phó Bí thư Tỉnh đoàn Lạng Sơn"]


def test_a_trade_union_and_a_branch_campus_are_organisations() -> None:
    item = extract_text("Công đoàn Ngân hàng Việt Nam trao quà cho Phân hiệu Đại học Thái Nguyên.")
    assert "Công đoàn Ngân hàng Việt Nam" in organisations(item)
    assert "Phân hiệu Đại học Thái Nguyên" in organisations(item)


def test_an_acronym_head_with_the_place_it_serves_is_an_organisation() -> None:
    item = extract_text("Theo CDC Hà Giang, tỉnh ghi nhận thêm 5 ca mắc trong ngày.")
    assert "CDC Hà Giang" in organisations(item)


def test_a_court_acronym_with_its_unit_and_place_is_an_organisation() -> None:
    item = extract_text("TAND tỉnh Bình Dương đã mở phiên tòa xét xử vụ án.")
    assert "TAND tỉnh Bình Dương" in organisations(item)


def test_a_verb_of_leaving_ends_a_body_s_name() -> None:
    item = extract_text("Đội phản ứng nhanh của CDC Sóc Trăng rời thôn Trung Hòa lúc nửa đêm.")
    assert "CDC Sóc Trăng" in organisations(item)


def test_a_board_written_with_a_lower_case_second_word_is_an_organisation() -> None:
    item = extract_text("Ban quản lý Khu kinh tế Dung Quất đã họp với các nhà đầu tư.")
    assert "Ban quản lý Khu kinh tế Dung Quất" in organisations(item)


def test_a_yearly_event_s_year_closes_the_board_s_name() -> None:
    item = extract_text("Ban chỉ đạo Năm Văn hóa Hà Giang 2024 đã họp phiên đầu tiên.")
    assert "Ban chỉ đạo Năm Văn hóa Hà Giang 2024" in organisations(item)


def test_the_head_of_a_board_with_a_lower_case_word_is_a_title() -> None:
    item = extract_text("Dự họp có ông Lê Văn Thành, Trưởng Ban chỉ đạo Hội chợ Mùa Xuân 2024.")
    assert titles(item, "Lê Văn Thành") == ["Trưởng Ban chỉ đạo Hội chợ Mùa Xuân 2024"]


def test_a_document_word_that_is_a_name_word_goes_on_in_a_name() -> None:
    item = extract_text("Theo Sở Kế hoạch và Đầu tư tỉnh Yên Bái, vốn đăng ký đã tăng.")
    assert "Sở Kế hoạch và Đầu tư tỉnh Yên Bái" in organisations(item)


def test_a_lower_case_field_after_a_name_word_stays_in_the_name() -> None:
    item = extract_text("Quỹ Bảo trợ trẻ em tỉnh Phú Thọ đã trao 200 suất học bổng.")
    assert "Quỹ Bảo trợ trẻ em tỉnh Phú Thọ" in organisations(item)
    item = extract_text("Công ty TNHH Một thành viên Xổ số kiến thiết Phú Yên đã trả thưởng.")
    assert "Công ty TNHH Một thành viên Xổ số kiến thiết Phú Yên" in organisations(item)


def test_a_world_body_written_with_a_lower_case_word() -> None:
    item = extract_text("Theo Tổ chức Y tế thế giới, số ca mắc đã giảm.")
    assert "Tổ chức Y tế thế giới" in organisations(item)


def test_a_body_named_by_a_number() -> None:
    item = extract_text("Bệnh nhân được chuyển tới Bệnh viện Quân y 121 trong đêm.")
    assert "Bệnh viện Quân y 121" in organisations(item)
    item = extract_text("Ông Lê Văn Hòa, Chính ủy Quân khu 9, cho biết đơn vị đã sẵn sàng.")
    assert titles(item, "Lê Văn Hòa") == ["Chính ủy Quân khu 9"]
    assert "Quân khu 9" in organisations(item)


def test_a_numbered_unit_in_a_title_before_the_name() -> None:
    item = extract_text("Sư đoàn trưởng Sư đoàn 312 Trần Văn Minh báo cáo kết quả huấn luyện.")
    assert titles(item, "Trần Văn Minh") == ["Sư đoàn trưởng Sư đoàn 312"]
    assert "Sư đoàn 312" in organisations(item)


def test_a_parliament_or_government_abroad_is_named_with_its_country() -> None:
    item = extract_text("Quốc hội Mỹ đã thông qua dự luật, Chính phủ Nhật Bản hoan nghênh.")
    assert {"Quốc hội Mỹ", "Chính phủ Nhật Bản"} <= set(organisations(item))


def test_a_city_s_delegation_to_the_national_assembly_keeps_the_assembly_bare() -> None:
    item = extract_text("Đoàn đại biểu Quốc hội Hà Nội đã tiếp xúc cử tri quận Hoàn Kiếm.")
    assert "Quốc hội Hà Nội" not in organisations(item)
    item = extract_text("Chính phủ Việt Nam luôn ủng hộ sáng kiến này.")
    assert "Chính phủ" in organisations(item)


def test_a_specialised_school_named_after_a_person_is_no_person() -> None:
    item = extract_text("Trường THPT chuyên Nguyễn Bỉnh Khiêm có 20 học sinh đoạt giải quốc gia.")
    assert organisations(item) == ["Trường THPT chuyên Nguyễn Bỉnh Khiêm"]
    assert people(item) == []
    item = extract_text("Em Lê Văn An, học sinh lớp 12 trường chuyên Lê Quý Đôn, đoạt giải nhất.")
    assert "trường chuyên Lê Quý Đôn" in organisations(item)
    assert people(item) == ["Lê Văn An"]


def test_a_department_whose_name_holds_a_comma_is_named_whole() -> None:
    item = extract_text("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh tổ chức lễ khai mạc.")
    assert organisations(item) == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh"]
    item = extract_text("Ông Lê Văn An, Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Hà Tĩnh, cho biết.")
    assert titles(item, "Lê Văn An") == ["Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Hà Tĩnh"]


# --- awards --------------------------------------------------------------------------------------


def test_a_colloquial_verb_of_winning_confers_the_award() -> None:
    item = extract_text("Năm ngoái, anh ẵm giải Quả bóng vàng Việt Nam sau một mùa xuất sắc.")
    assert awards(item) == ["giải Quả bóng vàng Việt Nam"]


def test_a_count_after_a_verb_of_bringing_home_is_no_recipient() -> None:
    item = extract_text("Bộ phim mang về 3 giải Cánh diều vàng cho đoàn làm phim.")
    assert awards(item) == ["giải Cánh diều vàng"]


def test_a_well_known_prize_is_an_award_without_its_head() -> None:
    item = extract_text("Nữ diễn viên từng đoạt Oscar với vai diễn đầu tay.")
    assert awards(item) == ["Oscar"]


def test_a_title_of_honour_conferred_by_the_state_is_an_award() -> None:
    item = extract_text("Bà được phong tặng Nhà giáo Ưu tú sau 30 năm đứng lớp.")
    assert awards(item) == ["Nhà giáo Ưu tú"]


def test_a_title_of_honour_before_a_name_confers_nothing() -> None:
    item = extract_text("Nghệ sĩ Nhân dân Lê Thu Hằng đến dự buổi ra mắt phim.")
    assert awards(item) == []
    assert people(item) == ["Lê Thu Hằng"]


def test_an_award_is_not_cut_inside_its_giver_s_name() -> None:
    item = extract_text("Cô nhận Bằng khen của Bộ Giáo dục và Đào tạo vì thành tích học tập.")
    assert awards(item) == ["Bằng khen của Bộ Giáo dục và Đào tạo"]


# --- places --------------------------------------------------------------------------------------


def test_more_districts_of_the_centrally_run_cities_are_places() -> None:
    item = extract_text("Mưa lớn gây ngập ở Chương Mỹ, Sơn Trà và Ninh Kiều trong đêm qua.")
    assert {"Chương Mỹ", "Sơn Trà", "Ninh Kiều"} <= set(places(item))


def test_capitals_abroad_are_places() -> None:
    item = extract_text("Phái đoàn đã đến Ankara sau chặng dừng ở Nairobi và Lisbon.")
    assert {"Ankara", "Nairobi", "Lisbon"} <= set(places(item))


def test_an_old_name_of_a_country_is_that_country() -> None:
    item = extract_text("Ông từng học tập tại Liên Xô và công tác ở Miến Điện.")
    assert {"Liên Xô", "Miến Điện"} <= set(places(item))


def test_a_country_named_alone_is_no_person() -> None:
    item = extract_text("Tiền đạo này đã khoác áo đội tuyển Gabon trong 10 năm.")
    assert "Gabon" in places(item)
    assert "Gabon" not in people(item)


def test_a_heritage_site_named_alone_is_a_place() -> None:
    item = extract_text("Du khách đổ về Tràng An và Yên Tử trong dịp nghỉ lễ.")
    assert {"Tràng An", "Yên Tử"} <= set(places(item))


# --- people --------------------------------------------------------------------------------------


def test_a_foreign_actor_named_without_a_cue_is_a_person() -> None:
    item = extract_text("Trên thảm đỏ, Charlize Winters diện chiếc váy đen giản dị.")
    assert "Charlize Winters" in people(item)


def test_a_foreign_player_named_without_a_cue_is_a_person() -> None:
    item = extract_text("Bàn thắng duy nhất do Erling Johansen ghi ở phút 80.")
    assert "Erling Johansen" in people(item)


def test_and_between_two_fields_stays_in_the_award_s_name() -> None:
    item = extract_text("Ông vừa được trao Giải thưởng Nhà nước về Khoa học và Công nghệ.")
    assert awards(item) == ["Giải thưởng Nhà nước về Khoa học và Công nghệ"]
    item = extract_text("Anh giành Huy chương vàng và Huy chương bạc ở hai nội dung.")
    assert awards(item) == ["Huy chương vàng", "Huy chương bạc"]


def test_the_owner_of_an_award_won_it() -> None:
    item = extract_text("Cô là chủ nhân của giải Nữ diễn viên chính xuất sắc năm nay.")
    assert awards(item) == ["giải Nữ diễn viên chính xuất sắc"]


def test_the_national_brand_is_conferred() -> None:
    item = extract_text("Sản phẩm của công ty được vinh danh Thương hiệu Quốc gia.")
    assert awards(item) == ["Thương hiệu Quốc gia"]
