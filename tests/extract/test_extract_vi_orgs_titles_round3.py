"""The Vietnamese pack's organisations and titles, third round on general forms the unannotated
articles showed missed (issue 12): one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, person


def test_a_posts_short_form_between_the_post_and_its_holder_is_skipped() -> None:
    item = extract_text("Cả đội của Giám đốc kỹ thuật (GĐKT) Trịnh Văn Lâm đã mất 5 điểm vì trọng tài.")
    assert person(item, "Trịnh Văn Lâm").titles == ["Giám đốc kỹ thuật"]


def test_a_bare_post_right_before_a_foreign_name_is_its_title() -> None:
    item = extract_text("Tại Hàn Quốc, Thủ tướng Han Min-soo muốn tăng ngân sách. Ông Han Min-soo nói vậy.")
    assert person(item, "Han Min-soo").titles == ["Thủ tướng"]


def test_a_lower_case_word_for_a_role_before_a_name_is_no_bare_post() -> None:
    item = extract_text("Phút 20, đội trưởng Lê Văn Khải sút bóng vào lưới.")
    assert not [p for p in item.people if p.titles == ["đội trưởng"]]


def test_an_organisation_goes_on_with_the_lower_case_words_its_holders_title_gives_it() -> None:
    item = extract_text(
        "Ông Phan Văn Tú, nguyên Viện trưởng Viện Nghiên cứu rừng và đất ngập nước nhận định vậy."
    )
    assert person(item, "Phan Văn Tú").titles == ["nguyên Viện trưởng Viện Nghiên cứu rừng và đất ngập nước"]
    assert "Viện Nghiên cứu rừng và đất ngập nước" in organisations(item)


def test_a_title_gives_no_lower_case_words_to_an_organisation_named_elsewhere() -> None:
    item = extract_text("Ông Phan Văn Tú, Giám đốc Sở Y tế cho biết. Sau đó Sở Y tế kiểm tra lại.")
    assert organisations(item) == ["Sở Y tế"]


def test_posts_and_telecommunications_in_lower_case_stay_in_a_name() -> None:
    item = extract_text("Các đội thi tại Học viện Công nghệ Bưu chính viễn thông (Hà Nội).")
    assert "Học viện Công nghệ Bưu chính viễn thông" in organisations(item)


def test_teams_listed_after_a_number_and_a_word_for_a_team_are_clubs_each() -> None:
    item = extract_text("Theo thỏa thuận giữa 2 đội Bình Định và Long An, tiền vệ này được cho mượn.")
    found = organisations(item)
    assert "Bình Định" in found
    assert "Long An" in found
    assert not [o for o in found if " và " in o]
    listed = extract_text("Các CLB Quảng Ninh, Hải Phòng và SHB Đà Nẵng đã gửi đơn lên ban tổ chức.")
    assert {"Quảng Ninh", "Hải Phòng", "SHB Đà Nẵng"} <= set(organisations(listed))


def test_a_bank_named_by_one_word_ending_in_bank() -> None:
    item = extract_text("Tại Kienlongbank và OceanBank, lãi suất kỳ hạn 1 tháng giảm còn 3,5%/năm.")
    found = organisations(item)
    assert "Kienlongbank" in found
    assert "OceanBank" in found


def test_bank_alone_is_no_bank_name() -> None:
    item = extract_text("Khoản vay từ Bank và quỹ đầu tư được giải ngân sớm.")
    assert "Bank" not in organisations(item)


def test_a_posts_lower_case_field_then_its_organisation_in_apposition() -> None:
    item = extract_text("Ông Đặng Văn Lực, Giám đốc kỹ thuật Công ty Sông Hồng, cho biết máy đã sửa xong.")
    assert person(item, "Đặng Văn Lực").titles == ["Giám đốc kỹ thuật Công ty Sông Hồng"]


def test_a_posts_seniority_is_a_field_of_the_post() -> None:
    item = extract_text("Bà Karen Holt, giám đốc cấp cao Nordlake châu Á, giới thiệu sản phẩm mới.")
    assert person(item, "Karen Holt").titles == ["giám đốc cấp cao Nordlake châu Á"]


def test_radio_and_television_joined_by_a_dash_are_one_field_of_a_name() -> None:
    item = extract_text("Ông Hà Văn Bảy, Giám đốc Đài Phát thanh - Truyền hình Cao Bằng cho biết như vậy.")
    assert "Đài Phát thanh - Truyền hình Cao Bằng" in organisations(item)
    assert person(item, "Hà Văn Bảy").titles == ["Giám đốc Đài Phát thanh - Truyền hình Cao Bằng"]
    centre = extract_text(
        "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình huyện Gia Lâm thông báo."
    )
    assert organisations(centre) == [
        "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình huyện Gia Lâm"
    ]


def test_an_ampersand_inside_the_organisation_of_a_title_joins_its_name() -> None:
    item = extract_text("Ông Lại Văn Sáu, Giám đốc Trường ĐH Kinh tế & Quản trị Miền Đông cho biết như vậy.")
    assert person(item, "Lại Văn Sáu").titles == ["Giám đốc Trường ĐH Kinh tế & Quản trị Miền Đông"]
    posts = extract_text("Ông Lại Văn Sáu, Chủ tịch HĐQT & Tổng giám đốc Công ty Sao Mai, cho biết.")
    assert person(posts, "Lại Văn Sáu").titles == ["Chủ tịch HĐQT", "Tổng giám đốc Công ty Sao Mai"]


def test_a_countrys_armed_forces_are_an_organisation() -> None:
    item = extract_text("Đoàn xe của lực lượng vũ trang Moldova bị phá hủy trong đêm.")
    assert "lực lượng vũ trang Moldova" in organisations(item)


def test_a_scholarship_fund_named_after_a_person_is_not_cut_at_the_name() -> None:
    item = extract_text("Quỹ Học bổng Lê Văn Tám đã trao 50 suất cho học sinh nghèo.")
    assert "Quỹ Học bổng Lê Văn Tám" in organisations(item)


def test_support_is_a_word_of_a_funds_name() -> None:
    item = extract_text("Quỹ Hỗ trợ Nông dân tỉnh Hà Tĩnh cho hộ nghèo vay vốn.")
    assert "Quỹ Hỗ trợ Nông dân tỉnh Hà Tĩnh" in organisations(item)


def test_a_steering_committee_keeps_its_lower_case_purpose_before_the_diseases_name() -> None:
    item = extract_text(
        "Theo Tiểu ban Điều trị Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19, ca bệnh đã ổn định."
    )
    assert "Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19" in organisations(item)


def test_heads_of_stations_and_border_posts_with_the_units_word_after_truong() -> None:
    item = extract_text("Trưởng trạm Y tế xã Hòa Bình Lê Thị Thu cho biết số ca đã giảm.")
    assert person(item, "Lê Thị Thu").titles == ["Trưởng trạm Y tế xã Hòa Bình"]
    post = extract_text("Ông Vũ Văn Tám, Trưởng đồn Biên phòng Nậm Cắn cho biết như vậy.")
    assert person(post, "Vũ Văn Tám").titles == ["Trưởng đồn Biên phòng Nậm Cắn"]


def test_a_foreign_name_after_a_body_known_by_its_whole_name_starts_after_the_body() -> None:
    item = extract_text("Phát ngôn viên Điện Kremlin Pavel Orlov nói rằng cuộc gặp sẽ diễn ra.")
    assert person(item, "Pavel Orlov").titles == ["Phát ngôn viên Điện Kremlin"]


def test_a_title_before_a_name_goes_on_with_the_body_its_committee_belongs_to() -> None:
    item = extract_text("Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Văn Lâm phát biểu tại phiên họp.")
    assert person(item, "Hoàng Văn Lâm").titles == ["Chủ nhiệm Ủy ban Pháp luật của Quốc hội"]


def test_emulation_and_rewards_written_with_a_comma_stay_one_name() -> None:
    item = extract_text("Khoản thưởng được trích từ Quỹ Thi đua, Khen thưởng của tỉnh Hà Nam.")
    assert "Quỹ Thi đua, Khen thưởng" in organisations(item)


def test_a_chain_of_titles_goes_on_past_a_country_and_a_semicolon() -> None:
    item = extract_text(
        "TS. Lương Văn Kiên (Giảng viên Đại học Leeds, Anh; người sáng lập và Giám đốc điều hành của "
        "Medisol) cho rằng thị trường còn rộng."
    )
    assert person(item, "Lương Văn Kiên").titles == [
        "Giảng viên Đại học Leeds",
        "người sáng lập và Giám đốc điều hành của Medisol",
    ]


def test_the_head_of_an_organising_committee_runs_to_the_verb_of_saying() -> None:
    item = extract_text(
        "Chị Đỗ Thu Trang, Trưởng BTC cuộc thi Khởi nghiệp xanh tại Đức năm 2022 cho biết, cuộc thi "
        "sẽ kéo dài."
    )
    assert person(item, "Đỗ Thu Trang").titles == ["Trưởng BTC cuộc thi Khởi nghiệp xanh tại Đức năm 2022"]


def test_a_foreign_paper_by_the_end_word_of_its_name() -> None:
    item = extract_text(
        "Theo trang Borneo Daily, công ty đã thay đổi quy định. Theo Korea Herald, dự án bị hoãn."
    )
    found = organisations(item)
    assert "Borneo Daily" in found
    assert "Korea Herald" in found


def test_belonging_to_closes_a_numbered_bodys_name() -> None:
    item = extract_text("Ông Lê Văn Tư, Phó Giám đốc Trung tâm Cấp cứu 115 thuộc Sở Y tế Cần Thơ, cho biết.")
    assert "Trung tâm Cấp cứu 115" in organisations(item)
    assert person(item, "Lê Văn Tư").titles == ["Phó Giám đốc Trung tâm Cấp cứu 115"]


def test_a_number_with_a_letter_closes_a_bodys_name() -> None:
    item = extract_text("Bệnh nhân được chuyển tới Bệnh viện Quân y 4B, sau đó về Hà Nội.")
    assert "Bệnh viện Quân y 4B" in organisations(item)


def test_an_academic_prefix_between_a_title_and_its_holder_belongs_to_neither_name() -> None:
    item = extract_text("Giám đốc Bệnh viện Hữu Nghị PGS.TS Đào Văn Lộc cho biết bệnh nhân đã ổn định.")
    assert person(item, "Đào Văn Lộc").titles == ["Giám đốc Bệnh viện Hữu Nghị"]
    assert organisations(item) == ["Bệnh viện Hữu Nghị"]


def test_a_title_opening_a_clause_then_a_comma_and_a_prefixed_name() -> None:
    item = extract_text(
        "Theo Giám đốc Bệnh viện Đa khoa Sơn Tây, TS.BS Phan Đình Mạnh, bệnh nhân đã ổn định."
    )
    assert person(item, "Phan Đình Mạnh").titles == ["Giám đốc Bệnh viện Đa khoa Sơn Tây"]


def test_a_title_after_a_dash_in_a_list_goes_to_the_name_before_it_only() -> None:
    item = extract_text(
        "Dự có TS Lê Thu Hà \u2013 Phó Chủ tịch Hội Nông dân tỉnh, PGS Đỗ Văn Kha \u2013 "
        "Chủ tịch Hội Làm vườn."
    )
    assert person(item, "Đỗ Văn Kha").titles == ["Chủ tịch Hội Làm vườn"]


def test_a_title_opening_a_clause_then_a_comma_and_a_man_or_woman_named() -> None:
    item = extract_text("Theo Giám đốc Sở Công Thương Hà Tĩnh, ông Nguyễn Văn Bảy, giá xăng sẽ giảm.")
    assert person(item, "Nguyễn Văn Bảy").titles == ["Giám đốc Sở Công Thương Hà Tĩnh"]
    listed = extract_text(
        "Có mặt có bà Lê Thu Hà - Chủ tịch Hội Nông dân tỉnh, ông Đỗ Văn Kha - Chủ tịch Hội Làm vườn."
    )
    assert person(listed, "Đỗ Văn Kha").titles == ["Chủ tịch Hội Làm vườn"]


def test_a_head_word_inside_a_capitalised_name_starts_no_organisation() -> None:
    item = extract_text("Trận đấu diễn ra trên sân \u201cLâu Đài Gió\u201d của đội chủ nhà.")
    assert not [o for o in organisations(item) if o.startswith("Đài")]
    post = extract_text("Bà Lê Thị Sen, Vụ Trưởng Vụ Pháp chế Ngân hàng Nhà nước cho biết.")
    assert "Vụ Pháp chế Ngân hàng Nhà nước" in organisations(post)


def test_the_front_and_the_labour_federation_by_their_acronyms_before_a_unit() -> None:
    item = extract_text(
        "Sở phối hợp với UBMTTQVN tỉnh Hậu Giang và LĐLĐ tỉnh Bình Dương để hỗ trợ công nhân."
    )
    found = organisations(item)
    assert "UBMTTQVN tỉnh Hậu Giang" in found
    assert "LĐLĐ tỉnh Bình Dương" in found


def test_a_hospital_by_its_short_head() -> None:
    item = extract_text("Ông Lê Văn Ba, Giám đốc BV Xanh Pôn cho biết. Bệnh nhân được chuyển lên BV Chợ Rẫy.")
    found = organisations(item)
    assert "BV Xanh Pôn" in found
    assert "BV Chợ Rẫy" in found
    assert person(item, "Lê Văn Ba").titles == ["Giám đốc BV Xanh Pôn"]


def test_companies_and_cooperatives_by_their_short_heads() -> None:
    item = extract_text(
        "Cty TNHH Minh Long bị phạt. Ông Lê Văn Ba, Giám đốc HTX Nông nghiệp Tân Lộc cho biết."
    )
    found = organisations(item)
    assert "Cty TNHH Minh Long" in found
    assert "HTX Nông nghiệp Tân Lộc" in found


def test_an_embassy_by_its_short_head_goes_on_with_where_it_sits() -> None:
    item = extract_text("ĐSQ Việt Nam tại Hàn Quốc khuyến cáo công dân không ra đường.")
    assert "ĐSQ Việt Nam tại Hàn Quốc" in organisations(item)


def test_posts_by_the_short_forms_the_press_writes() -> None:
    item = extract_text(
        "Ông Lý Văn Tư, Phó TGĐ Công ty Hòa An, cho biết. Bà Mai Thị Lan, PCT UBND tỉnh Phú Yên, dự."
    )
    assert person(item, "Lý Văn Tư").titles == ["Phó TGĐ Công ty Hòa An"]
    assert person(item, "Mai Thị Lan").titles == ["PCT UBND tỉnh Phú Yên"]


def test_a_brand_after_a_short_company_post_is_the_company() -> None:
    item = extract_text("Ông Lê Văn Ba, Phó TGĐ Sunhouse cho biết doanh thu tăng.")
    assert "Sunhouse" in organisations(item)
