"""The Vietnamese pack's titles and people, fourth round on general forms the unannotated articles
showed missed (issue 12, round vititle4): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, people, person, places


def test_a_bare_post_before_a_name_is_one_more_title_of_a_titled_person() -> None:
    item = extract_text("Đại sứ Peter Hall, Đặc phái viên của Tổng thống Mỹ về Khí hậu, tuần này tới Hà Nội.")
    assert sorted(person(item, "Peter Hall").titles) == [
        "Đại sứ",
        "Đặc phái viên của Tổng thống Mỹ về Khí hậu",
    ]
    item = extract_text(
        "Ông Lê Văn Tâm, Chủ nhiệm Văn phòng Quốc hội, cho biết. Bộ trưởng Lê Văn Tâm nói thêm."
    )
    assert sorted(person(item, "Lê Văn Tâm").titles) == ["Bộ trưởng", "Chủ nhiệm Văn phòng Quốc hội"]


def test_a_bare_post_is_no_title_beside_the_same_post_written_with_its_body() -> None:
    item = extract_text("Thủ tướng Chính phủ Trần Văn Phúc chủ trì. Sau đó Thủ tướng Trần Văn Phúc nói.")
    assert person(item, "Trần Văn Phúc").titles == ["Thủ tướng Chính phủ"]
    item = extract_text("Ông Lê Văn Sáu, nguyên Bộ trưởng Bộ Y tế, cho biết. Bộ trưởng Lê Văn Sáu nói thêm.")
    assert person(item, "Lê Văn Sáu").titles == ["nguyên Bộ trưởng Bộ Y tế"]


def test_a_given_name_after_two_words_in_a_longer_run_starts_another_person() -> None:
    item = extract_text("Cố vấn an ninh của Tổng thống Mỹ John Carter Robert O\u2019Neil cho hay như vậy.")
    assert "John Carter" in people(item)
    assert "John Carter Robert" not in people(item)


def test_a_name_after_a_cue_is_no_person_when_its_last_word_opens_a_field() -> None:
    item = extract_text("Ông Lê Văn Hà (SN 1980, giảng viên Khoa Khoa học máy tính, trường ĐH X) bị bắt.")
    assert people(item) == ["Lê Văn Hà"]


def test_the_republic_of_china_is_a_place_not_a_person_after_a_post() -> None:
    item = extract_text("Ngôi nhà từng là nơi ở của cựu tổng thống Trung Hoa Dân Quốc.")
    assert people(item) == []
    assert "Trung Hoa Dân Quốc" in places(item)


def test_an_office_whose_head_holds_its_field_goes_on_to_its_body_before_the_holder() -> None:
    item = extract_text("Trưởng ban Tuyên giáo Tỉnh ủy Hoàng Văn Lộc cho biết như vậy.")
    assert person(item, "Hoàng Văn Lộc").titles == ["Trưởng ban Tuyên giáo Tỉnh ủy"]
    item = extract_text("Trưởng Ban Quản lý dự án Đỗ Văn Lực cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Trưởng Ban Quản lý dự án"]


def test_an_office_whose_head_holds_its_body_s_first_words_takes_the_lower_case_rest() -> None:
    item = extract_text("Ông Đỗ Văn Lực, Trưởng Ban Quản lý khu kinh tế tỉnh Hà Tĩnh, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Trưởng Ban Quản lý khu kinh tế tỉnh Hà Tĩnh"]


def test_an_office_whose_head_holds_its_field_goes_on_through_a_dash_in_apposition() -> None:
    item = extract_text("Ông Đỗ Văn Lực, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"]


def test_where_an_envoy_or_a_representative_is_posted_belongs_to_the_title() -> None:
    item = extract_text("Trưởng đại diện UNICEF tại Việt Nam Rana Moore nói vậy.")
    assert person(item, "Rana Moore").titles == ["Trưởng đại diện UNICEF tại Việt Nam"]
    item = extract_text("Ông Tanaka Hiroshi, Đại sứ Nhật Bản tại Việt Nam, cho biết như vậy.")
    assert person(item, "Tanaka Hiroshi").titles == ["Đại sứ Nhật Bản tại Việt Nam"]


def test_a_title_opening_a_clause_before_an_apposed_name_is_its_title() -> None:
    item = extract_text("Trong thư gửi sinh viên, Hiệu trưởng của trường, Mark Olsen, cảnh báo về học phí.")
    assert person(item, "Mark Olsen").titles == ["Hiệu trưởng của trường"]
    item = extract_text("Báo chí dẫn lời trưởng nhóm nghiên cứu, Giáo sư Karl Brenner, cho biết như vậy.")
    assert person(item, "Karl Brenner").titles == ["trưởng nhóm nghiên cứu"]


def test_a_title_closing_another_person_s_name_is_not_the_next_name_s() -> None:
    item = extract_text("Dự có ông Lê Văn Bình, Giám đốc Sở Y tế, Nguyễn Văn An, Bí thư Đảng ủy xã.")
    assert person(item, "Nguyễn Văn An").titles != ["Giám đốc Sở Y tế"]


def test_names_listed_with_a_van_name_are_people_too() -> None:
    item = extract_text("Đội khách có Minh Khôi, Văn Lợi, Trịnh Văn Hải, Anh Đức ở hàng tiền vệ.")
    assert sorted(people(item)) == ["Anh Đức", "Minh Khôi", "Trịnh Văn Hải", "Văn Lợi"]


def test_a_list_is_no_cue_for_a_country_before_a_foreign_name() -> None:
    item = extract_text("Hai ứng viên Văn Lợi và Mỹ John Carter tranh luận.")
    assert "Mỹ John Carter" not in people(item)


def test_a_lower_case_office_before_a_body_ending_in_lower_case_is_the_holder_s_title() -> None:
    item = extract_text("Theo phó trưởng ban Dân vận Tỉnh ủy Hồ Văn Lâm, tỉnh đã làm tốt việc này.")
    assert person(item, "Hồ Văn Lâm").titles == ["phó trưởng ban Dân vận Tỉnh ủy"]
    item = extract_text("Theo giám đốc Hồ Văn Lâm, tỉnh đã làm tốt việc này.")
    assert person(item, "Hồ Văn Lâm").titles == []


def test_a_lower_case_post_before_a_body_named_by_its_unit_takes_the_holder() -> None:
    item = extract_text("Sau đó, phó giám đốc Công an tỉnh Lò Văn Tám đã chỉ đạo lực lượng.")
    assert person(item, "Lò Văn Tám").titles == ["phó giám đốc Công an tỉnh"]
    assert "Công an tỉnh Lò Văn Tám" not in organisations(item)
    item = extract_text("Sau đó, chủ tịch UBND thành phố Lò Văn Tám đã chỉ đạo lực lượng.")
    assert person(item, "Lò Văn Tám").titles == ["chủ tịch UBND thành phố"]


def test_a_former_title_is_whole_before_a_tense_or_passive_word() -> None:
    item = extract_text("Ông Lò Văn Tám - nguyên Giám đốc Sở Y tế bị khởi tố hôm qua.")
    assert person(item, "Lò Văn Tám").titles == ["nguyên Giám đốc Sở Y tế"]
    item = extract_text("Ông Lò Văn Tám, nguyên Chủ tịch UBND huyện bị khởi tố hôm qua.")
    assert person(item, "Lò Văn Tám").titles == ["nguyên Chủ tịch UBND huyện"]


def test_a_lower_case_former_post_keeps_its_prefix() -> None:
    item = extract_text("Nguyên thứ trưởng Bộ Y tế Lò Văn Tám bị bắt.")
    assert person(item, "Lò Văn Tám").titles == ["Nguyên thứ trưởng Bộ Y tế"]


def test_a_vietnamese_name_ending_in_one_foreign_word_is_a_person() -> None:
    item = extract_text("Phút 30, đường chuyền để Phạm Tuấn Mabry dứt điểm chéo góc.")
    assert people(item) == ["Phạm Tuấn Mabry"]
    item = extract_text("Khách sạn ở Hồ Chí Minh City rất đông khách.")
    assert people(item) == []


def test_a_district_department_keeps_its_lower_case_field_before_its_parent_body() -> None:
    item = extract_text("Ông Đỗ Văn Lực, Trưởng phòng Kinh tế hạ tầng UBND huyện Ba Vì, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Trưởng phòng Kinh tế hạ tầng UBND huyện Ba Vì"]


def test_a_department_s_code_in_a_title_goes_on_to_the_body_it_belongs_to() -> None:
    item = extract_text("Ông Đỗ Văn Lực, Phó trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh, cho biết.")
    assert person(item, "Đỗ Văn Lực").titles == ["Phó trưởng phòng Cảnh sát kinh tế (PC03) Công an tỉnh"]


def test_a_title_written_before_the_next_person_s_name_is_not_the_one_before_s() -> None:
    item = extract_text("Dự lễ có ông Trần Văn Tư, Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Lò Văn Tám.")
    assert person(item, "Trần Văn Tư").titles == ["Giám đốc Sở Y tế"]
    assert person(item, "Lò Văn Tám").titles == ["Phó Chủ tịch UBND tỉnh"]
    item = extract_text("Dự lễ có ông Trần Văn Tư, Giám đốc Sở Y tế, Chủ tịch UBND tỉnh Bắc Ninh Lò Văn Tám.")
    assert person(item, "Trần Văn Tư").titles == ["Giám đốc Sở Y tế"]


def test_the_head_of_a_teaching_department_written_with_a_capital_is_a_title() -> None:
    item = extract_text("Ông Đỗ Văn Lực, Trưởng Bộ môn Sinh lý Trường Đại học Y Huế, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Trưởng Bộ môn Sinh lý Trường Đại học Y Huế"]


def test_an_age_or_a_birth_year_set_off_by_commas_comes_before_the_title() -> None:
    item = extract_text("Ông Đỗ Văn Lực, 52 tuổi, Giám đốc Công ty Minh Long, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["Giám đốc Công ty Minh Long"]
    item = extract_text("Ông Đỗ Văn Lực, sinh năm 1970, Giám đốc Công ty Minh Long, bị bắt.")
    assert person(item, "Đỗ Văn Lực").titles == ["Giám đốc Công ty Minh Long"]


def test_a_coach_opening_a_clause_before_an_apposed_name_is_his_title() -> None:
    item = extract_text("Huấn luyện viên của Leeds, Marco Bielsa, rất hài lòng.")
    assert person(item, "Marco Bielsa").titles == ["Huấn luyện viên của Leeds"]


def test_a_coach_in_apposition_after_a_name_is_a_title_up_to_its_close() -> None:
    item = extract_text("Ông Đỗ Văn Lực, HLV trưởng CLB Quảng Nam, cho biết như vậy.")
    assert person(item, "Đỗ Văn Lực").titles == ["HLV trưởng CLB Quảng Nam"]
