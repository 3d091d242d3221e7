"""The Vietnamese pack's entity finders on constructions the unannotated articles showed missing
(issue 12, sixth round): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, person


def test_more_heads_of_schools_companies_and_associations() -> None:
    item = extract_text(
        "Sáng nay, CTCP Thực phẩm Bình Minh ký kết hợp tác với ĐH Hòa Bình, Cao Đẳng Kỹ thuật Tây Đô, "
        "Trường trung cấp Nghề Long Xuyên và Tổng hội Dược học Việt Nam."
    )
    found = organisations(item)
    for name in (
        "CTCP Thực phẩm Bình Minh",
        "ĐH Hòa Bình",
        "Cao Đẳng Kỹ thuật Tây Đô",
        "Trường trung cấp Nghề Long Xuyên",
        "Tổng hội Dược học Việt Nam",
    ):
        assert name in found
    assert not item.people  # "Cao Đẳng Kỹ thuật" is no family name and given name


def test_a_power_company_and_a_general_school_mid_clause() -> None:
    item = extract_text(
        "Ông Lã Văn Khải, Giám đốc Điện lực huyện Mường Tè cho biết đã cấp điện cho trường phổ thông "
        "DTNT Ka Lăng."
    )
    assert "Điện lực huyện Mường Tè" in organisations(item)
    assert "trường phổ thông DTNT Ka Lăng" in organisations(item)


def test_a_number_before_a_question_mark_or_a_parenthesis_closes_the_name() -> None:
    item = extract_text("Vì sao Bệnh viện Quân y 211 ngừng nhận bệnh nhân?")
    assert "Bệnh viện Quân y 211" in organisations(item)
    item = extract_text("Học viên ở Trường trung cấp Cảnh sát nhân dân 9 (tỉnh Long An) đã tốt nghiệp.")
    assert "Trường trung cấp Cảnh sát nhân dân 9" in organisations(item)


def test_a_news_source_inside_another_name_is_not_the_source() -> None:
    found = organisations(extract_text("Bệnh viện Nhân Dân 209 vừa khai trương khoa mới."))
    assert found == ["Bệnh viện Nhân Dân 209"]
    assert "Nhân Dân" in organisations(extract_text("Ông Hà cho biết như vậy với báo Nhân Dân."))


def test_a_company_after_a_person_cue_is_not_a_person() -> None:
    item = extract_text("Các bác sĩ Vinamilk đã tư vấn miễn phí cho phụ huynh.")
    assert not item.people
    assert "Vinamilk" in organisations(item)


def test_levels_of_education_and_forecasting_fields_in_official_names() -> None:
    item = extract_text(
        "Ông Đinh Văn Hào, Vụ trưởng Vụ Giáo dục tiểu học cho biết. Theo Trung tâm Dự báo khí tượng "
        "thủy văn Quốc gia, trời sẽ rét."
    )
    assert "Vụ Giáo dục tiểu học" in organisations(item)
    assert "Trung tâm Dự báo khí tượng thủy văn Quốc gia" in organisations(item)
    assert person(item, "Đinh Văn Hào").titles == ["Vụ trưởng Vụ Giáo dục tiểu học"]


def test_a_dash_before_the_body_above_ends_the_name_and_the_acting_title() -> None:
    item = extract_text("Bà Phùng Thị Lan, quyền Vụ trưởng Vụ Giáo dục đại học \u2013 Bộ GD&ĐT cho biết.")
    assert person(item, "Phùng Thị Lan").titles == ["quyền Vụ trưởng Vụ Giáo dục đại học"]
    assert "Vụ Giáo dục đại học" in organisations(item)
    assert "Bộ GD&ĐT" in organisations(item)


def test_a_dash_after_a_lower_case_syllable_closes_the_name() -> None:
    item = extract_text("Ông Phạm Quân làm việc cho Công ty Smart it \u2013 một hãng phần mềm.")
    assert "Công ty Smart it" in organisations(item)


def test_a_full_name_whose_family_name_is_a_head_after_a_form_of_address() -> None:
    item = extract_text("Anh Đoàn Văn Khởi, giám đốc công ty TNHH Hưng Long, cho biết đã trả nợ.")
    assert person(item, "Đoàn Văn Khởi").titles == ["giám đốc công ty TNHH Hưng Long"]


def test_a_nickname_in_parentheses_before_the_title() -> None:
    item = extract_text("Ông Trần Quốc Hưng (bầu Hưng) - Chủ tịch HĐQT Công ty cổ phần Sao Khuê công bố.")
    assert person(item, "Trần Quốc Hưng").titles == ["Chủ tịch HĐQT Công ty cổ phần Sao Khuê"]


def test_a_clause_of_purpose_after_the_title_is_no_part_of_it() -> None:
    item = extract_text(
        "Hội đồng đình chỉ ông Vũ Đình Lâm, Hiệu trưởng trường ĐH Nam Sơn để kiểm điểm, xem xét kỷ luật."
    )
    assert person(item, "Vũ Đình Lâm").titles == ["Hiệu trưởng trường ĐH Nam Sơn"]


def test_a_lower_case_position_and_its_body_before_the_name() -> None:
    item = extract_text("Trả lời báo chí, thứ trưởng Bộ GD&ĐT Lương Văn Định cho biết sẽ sửa quy chế.")
    assert person(item, "Lương Văn Định").titles == ["thứ trưởng Bộ GD&ĐT"]
    assert organisations(item) == ["Bộ GD&ĐT"]


def test_a_university_named_after_a_person_after_a_position() -> None:
    item = extract_text("Hội đồng trường họp bàn về hiệu trưởng ĐH Phan Bội Châu trong chiều nay.")
    assert not item.people


def test_a_title_written_in_lower_case_and_capitalised_is_kept_once() -> None:
    item = extract_text(
        "Theo thứ trưởng Bộ Y tế Đỗ Xuân Tuyên, dịch đã được khống chế.\n"
        "Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên phát biểu."
    )
    assert person(item, "Đỗ Xuân Tuyên").titles == ["Thứ trưởng Bộ Y tế"]


def test_business_registration_and_a_national_qualifier_in_official_names() -> None:
    item = extract_text("Theo Cục Quản lý Đăng ký kinh doanh, số doanh nghiệp mới tăng.")
    assert organisations(item) == ["Cục Quản lý Đăng ký kinh doanh"]
    item = extract_text("Viện trưởng Viện Tim mạch quốc gia Phạm Văn Đông phát biểu.")
    assert person(item, "Phạm Văn Đông").titles == ["Viện trưởng Viện Tim mạch quốc gia"]


def test_a_department_of_a_body_named_after_of() -> None:
    item = extract_text("Ông Lê Văn Dũng, Trưởng phòng Truyền thông của Tập đoàn Sao Mai cho biết.")
    assert person(item, "Lê Văn Dũng").titles == ["Trưởng phòng Truyền thông của Tập đoàn Sao Mai"]


def test_a_lower_case_head_between_the_position_and_the_body_s_name() -> None:
    item = extract_text("Ông Lê Văn Dũng, Tổng Biên tập báo Đời Sống cho biết.")
    assert person(item, "Lê Văn Dũng").titles == ["Tổng Biên tập báo Đời Sống"]
    item = extract_text("Hiệu trưởng trường Lê Quý Đôn Nguyễn Văn Hải cho biết.")
    assert person(item, "Nguyễn Văn Hải").titles == ["Hiệu trưởng trường Lê Quý Đôn"]


def test_a_foreign_name_before_a_comma_and_a_position() -> None:
    item = extract_text("Trong khi đó, Adeeba Kamarulzaman, chủ tịch Hiệp hội Thận học Quốc tế, cho biết.")
    assert person(item, "Adeeba Kamarulzaman").titles == ["chủ tịch Hiệp hội Thận học Quốc tế"]
    assert not extract_text("Theo Nhà Trắng, Thủ tướng Anh đã đến.").people


def test_investigating_bodies_research_institutes_and_football_clubs() -> None:
    item = extract_text(
        "Cơ quan điều tra Công an tỉnh Phú Yên đã làm việc với Viện nghiên cứu Hudson. "
        "CLB bóng đá Bình Phước vô địch V-League năm ngoái."
    )
    found = organisations(item)
    assert "Cơ quan điều tra Công an tỉnh Phú Yên" in found
    assert "Viện nghiên cứu Hudson" in found
    assert "CLB bóng đá Bình Phước" in found


def test_a_former_or_acting_post_before_the_name_keeps_its_prefix() -> None:
    item = extract_text("Nguyên Bộ trưởng Bộ GD&ĐT Phạm Văn Khải phát biểu tại hội thảo.")
    assert person(item, "Phạm Văn Khải").titles == ["Nguyên Bộ trưởng Bộ GD&ĐT"]
    item = extract_text("Theo quyền Giám đốc Sở Y tế Lê Văn Nam, dịch đã lui.")
    assert person(item, "Lê Văn Nam").titles == ["quyền Giám đốc Sở Y tế"]


def test_a_head_after_and_opens_another_body_even_before_lower_case_words() -> None:
    item = extract_text("Công ty gửi văn bản cho Tổng cục Thủy lợi Việt Nam và Cục quản lý đê điều.")
    assert "Tổng cục Thủy lợi Việt Nam" in organisations(item)
    item = extract_text("Trung tâm Kiểm soát và Phòng ngừa dịch bệnh cho biết.")
    assert organisations(item) == ["Trung tâm Kiểm soát và Phòng ngừa dịch bệnh"]


def test_the_city_written_capitalised_after_a_body_s_head() -> None:
    item = extract_text("Đại diện Công an Thành phố tổ chức họp báo.")
    assert organisations(item) == ["Công an Thành phố"]


def test_a_post_of_another_post_before_the_name_is_one_title() -> None:
    item = extract_text("Đặc phái viên của Tổng thống Pháp về Khí hậu Pierre Dumont nhấn mạnh điều đó.")
    assert person(item, "Pierre Dumont").titles == ["Đặc phái viên của Tổng thống Pháp về Khí hậu"]


def test_an_apposition_ends_where_the_next_person_is_named() -> None:
    item = extract_text(
        "PGS.TS Lê Thị Hương, Giám đốc Trung tâm Cấp cứu và BSCK2 Trần Văn Long, Trưởng khoa Hồi sức "
        "Cấp cứu, Bệnh viện Nhi Trung ương."
    )
    assert person(item, "Lê Thị Hương").titles == ["Giám đốc Trung tâm Cấp cứu"]
    assert person(item, "Trần Văn Long").titles == ["Trưởng khoa Hồi sức Cấp cứu"]
    assert "Trung tâm Cấp cứu" in organisations(item)


def test_two_syllables_closing_a_company_s_name_after_a_post_are_no_person() -> None:
    item = extract_text("Ông Lý Văn Quang - Chủ tịch Đầu tư Phạm Gia cũng có tên trong danh sách.")
    assert [p.name for p in item.people] == ["Lý Văn Quang"]


def test_a_national_qualifier_closes_a_name_before_any_word() -> None:
    item = extract_text("Ông Phạm Văn Đông, Viện trưởng Viện Tim mạch quốc gia gửi thông điệp.")
    assert person(item, "Phạm Văn Đông").titles == ["Viện trưởng Viện Tim mạch quốc gia"]
    assert organisations(item) == ["Viện Tim mạch quốc gia"]


def test_members_of_mass_associations_in_their_names() -> None:
    item = extract_text("Hội Nông dân và Hội Cựu chiến binh Việt Nam ký kết chương trình phối hợp.")
    assert "Hội Nông dân" in organisations(item)


def test_more_news_sources_and_their_short_names() -> None:
    item = extract_text("Theo Guardian, số người nhập viện tăng. Tờ Corriere dello Sport cũng đưa tin.")
    assert organisations(item) == ["Guardian", "Corriere dello Sport"]


def test_a_deputy_head_before_a_capitalised_unit() -> None:
    item = extract_text("Ông Lê Văn Dũng, Phó trưởng Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An cho biết.")
    assert person(item, "Lê Văn Dũng").titles == ["Phó trưởng Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An"]


def test_the_state_as_a_qualifier_and_a_second_post_after_kiem() -> None:
    item = extract_text("GS.TS Lê Văn Dũng, Chủ tịch Hội đồng Giáo sư nhà nước cho biết.")
    assert organisations(item) == ["Hội đồng Giáo sư nhà nước"]
    item = extract_text("Ông Lê Dũng, Phó Chủ tịch UBND tỉnh Nghệ An kiêm Trưởng Ban Chỉ đạo tỉnh cho biết.")
    assert organisations(item) == ["UBND tỉnh Nghệ An"]


def test_a_field_after_a_company_post_is_no_company() -> None:
    item = extract_text("Bà Lê Thị Hoa, Giám đốc Quốc gia của Grab Việt Nam cho biết.")
    assert "Quốc gia" not in organisations(item)


def test_the_host_or_the_visitor_of_a_match_with_a_score_is_a_club() -> None:
    item = extract_text("Bình Định nhận trận thua 0-1 trước chủ nhà Hà Tĩnh ở vòng 5.")
    assert "Hà Tĩnh" in organisations(item)


def test_a_second_police_body_after_and_is_not_run_on() -> None:
    item = extract_text("Công an thành phố Sơn La và Công an phường Chiềng Lề đang truy tìm đối tượng.")
    assert organisations(item) == ["Công an thành phố Sơn La", "Công an phường Chiềng Lề"]
