"""The Vietnamese pack's organisations and titles on constructions the unannotated articles showed
missed or cut (issue 12, organisation and title recall round): one rule at a time, on sentences
written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, person


def test_a_party_abroad_written_with_a_lower_case_head() -> None:
    item = extract_text("Bà Lan cho rằng ứng viên của đảng Dân chủ sẽ thắng ở bang này.")
    assert "đảng Dân chủ" in organisations(item)


def test_a_bare_lower_case_party_word_is_no_organisation() -> None:
    item = extract_text("Các đảng Xanh và nhiều nhóm khác đều phản đối kế hoạch.")
    assert not [o for o in organisations(item) if o.startswith("đảng")]


def test_a_post_after_and_is_no_part_of_the_club() -> None:
    item = extract_text("Trận đấu có mặt HLV của CLB Bình Phước và Giám đốc kỹ thuật của CLB Long An.")
    found = organisations(item)
    assert "CLB Bình Phước" in found
    assert not [o for o in found if "Giám đốc" in o]


def test_a_numbered_district_before_the_sentence_end() -> None:
    item = extract_text("Bệnh nhân được chuyển tới Bệnh viện Quận 8. Sau đó gia đình đã đến thăm.")
    assert "Bệnh viện Quận 8" in organisations(item)


def test_a_post_written_with_every_word_capitalised() -> None:
    item = extract_text("Bà Đặng Thị Hoa, Vụ Trưởng Vụ Pháp chế Bộ Xây dựng cho biết đã nhận được hồ sơ.")
    assert person(item, "Đặng Thị Hoa").titles == ["Vụ Trưởng Vụ Pháp chế Bộ Xây dựng"]
    assert not [o for o in organisations(item) if o.startswith("Vụ Trưởng")]


def test_a_descriptive_role_after_the_name_runs_to_the_verb_of_saying() -> None:
    item = extract_text(
        "Peter Vance, người phát ngôn chiến dịch của ông Tom Reyes nhận định cuộc đua còn dài."
    )
    assert person(item, "Peter Vance").titles == ["người phát ngôn chiến dịch của ông Tom Reyes"]


def test_a_founder_after_the_name_stops_at_a_dash_or_a_tense_word() -> None:
    item = extract_text(
        "Tiến sĩ Lê Minh Khoa (Nhà sáng lập Sao Khuê - nền tảng học trực tuyến) đã phát biểu. "
        "Ông Phan Văn Đạt, đồng sáng lập Gạo Ngon đã chia sẻ kinh nghiệm."
    )
    assert person(item, "Lê Minh Khoa").titles == ["Nhà sáng lập Sao Khuê"]
    assert person(item, "Phan Văn Đạt").titles == ["đồng sáng lập Gạo Ngon"]


def test_the_owner_of_a_business_named_after_the_name() -> None:
    item = extract_text("Bà Trần Thị Mơ, chủ quán phở Bà Mơ, cho biết giá bán không đổi.")
    assert person(item, "Trần Thị Mơ").titles == ["chủ quán phở Bà Mơ"]


def test_a_role_with_a_quotation_is_no_title() -> None:
    item = extract_text("Ông Lại Văn Bình, người đứng đầu nhóm “Bạn đồng hành” cho biết sẽ tiếp tục.")
    assert person(item, "Lại Văn Bình").titles == []


def test_clubs_known_by_a_sponsor_and_their_place() -> None:
    item = extract_text("Trên sân Pleiku, HA Gia Lai thắng SHB Đà Nẵng với tỷ số 2-1.")
    found = organisations(item)
    assert "HA Gia Lai" in found
    assert "SHB Đà Nẵng" in found


def test_a_foreign_body_by_the_english_word_for_its_kind() -> None:
    item = extract_text(
        "Khoản vay được bán lại cho Harbor Capital Group, theo báo cáo của American Society of Nephrology."
    )
    found = organisations(item)
    assert "Harbor Capital Group" in found
    assert "American Society of Nephrology" in found


def test_a_product_or_an_idea_with_an_english_name_is_no_body() -> None:
    item = extract_text("Hãng giới thiệu giải pháp Zero Trust cho các Data Center của doanh nghiệp.")
    assert not [o for o in organisations(item) if o in ("Zero Trust", "Data Center")]


def test_an_adviser_is_a_post() -> None:
    item = extract_text("Phó cố vấn an ninh quốc gia Nhà Trắng Kevin Moore ngày 3/5 nói rằng Mỹ sẽ đáp trả.")
    assert person(item, "Kevin Moore").titles == ["Phó cố vấn an ninh quốc gia Nhà Trắng"]


def test_a_news_source_before_a_comma_and_a_post_is_no_person() -> None:
    item = extract_text("Theo Reuters, Phó cố vấn an ninh quốc gia Nhà Trắng Kevin Moore đã lên tiếng.")
    assert "Theo Reuters" not in [p.name for p in item.people]


def test_a_verb_of_what_the_body_does_ends_its_name() -> None:
    item = extract_text("Chiều qua, UBND tỉnh Phú Thọ khởi công Dự án cầu Ngọc Tháp.")
    assert "UBND tỉnh Phú Thọ" in organisations(item)
    item = extract_text("Công ty Cổ phần Hồng Phát ký kết Hợp đồng với Tập đoàn Bình An.")
    assert "Công ty Cổ phần Hồng Phát" in organisations(item)


def test_an_official_name_keeps_its_lower_case_words() -> None:
    item = extract_text("Cơ quan Cảnh sát điều tra Công an tỉnh Yên Bái khởi tố Lò Văn Páo.")
    assert "Cơ quan Cảnh sát điều tra Công an tỉnh Yên Bái" in organisations(item)


def test_heads_of_local_branches_and_stations() -> None:
    item = extract_text(
        "Ông Mã Văn Tường, Hạt trưởng Hạt Kiểm lâm huyện Quan Hóa cho biết. "
        "Theo ông Giang Văn Toàn, Chi cục trưởng Chi cục Thú y tỉnh Yên Bái, dịch đã được khống chế."
    )
    assert person(item, "Mã Văn Tường").titles == ["Hạt trưởng Hạt Kiểm lâm huyện Quan Hóa"]
    assert person(item, "Giang Văn Toàn").titles == ["Chi cục trưởng Chi cục Thú y tỉnh Yên Bái"]
    assert "Hạt Kiểm lâm huyện Quan Hóa" in organisations(item)


def test_a_deputy_head_of_an_office_as_the_press_shortens_it() -> None:
    item = extract_text("Bà Lò Thị Hiên, Phó phòng Kế toán Công ty Sông Đà cho biết.")
    assert person(item, "Lò Thị Hiên").titles == ["Phó phòng Kế toán Công ty Sông Đà"]


def test_the_field_of_an_office_inside_a_post_is_no_body() -> None:
    item = extract_text("Trưởng ban Tổ chức Tỉnh ủy Lục Văn Hòa đã dự buổi lễ.")
    assert "Tổ chức Tỉnh ủy" not in organisations(item)


def test_a_short_form_defined_inside_a_name_that_goes_on_with_its_place() -> None:
    item = extract_text(
        "Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Giang Nguyễn Văn Sính cho biết. "
        "Bà Mùa Thị Dua, Phó Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Lai Châu, cũng có mặt."
    )
    assert person(item, "Nguyễn Văn Sính").titles == [
        "Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Giang"
    ]
    assert person(item, "Mùa Thị Dua").titles == ["Phó Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Lai Châu"]
    found = {o.name: o.abbreviation for o in item.organisations}
    assert found["Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Giang"] == "CDC"


def test_a_body_whose_name_reaches_its_place_ends_there() -> None:
    item = extract_text("Ban Quản lý Khu kinh tế tỉnh Quảng Trị cấp phép cho dự án.")
    assert "Ban Quản lý Khu kinh tế tỉnh Quảng Trị" in organisations(item)
    item = extract_text("UBND tỉnh Thái Bình giao Sở Xây dựng kiểm tra.")
    found = organisations(item)
    assert "UBND tỉnh Thái Bình" in found
    assert "Sở Xây dựng" in found


def test_a_foreign_paper_or_label_by_its_english_name() -> None:
    item = extract_text("Theo tờ báo Manila Daily News, hãng đĩa Blue Harbor Records đã ký hợp đồng với cô.")
    found = organisations(item)
    assert "Manila Daily News" in found
    assert "Blue Harbor Records" in found


def test_according_to_is_no_part_of_a_foreign_name() -> None:
    item = extract_text("Theo Manila Daily News, cơn bão đã đổ bộ.")
    assert "Manila Daily News" in organisations(item)


def test_the_sides_of_a_match_named_by_their_places_are_clubs() -> None:
    item = extract_text(
        "Sau trận Bình Dương - Hải Phòng, ban huấn luyện đã họp. Trận HA Gia Lai - Hà Tĩnh hoãn."
    )
    found = organisations(item)
    assert "Bình Dương" in found
    assert "Hải Phòng" in found
    assert "Hà Tĩnh" in found


def test_media_the_entertainment_desk_cites() -> None:
    item = extract_text("Theo Soompi, bộ phim sẽ lên sóng trên đài MBC vào tháng tới, Tân Hoa Xã cho biết.")
    found = organisations(item)
    for name in ("Soompi", "MBC", "Tân Hoa Xã"):
        assert name in found


def test_a_title_after_the_birth_year_in_parentheses() -> None:
    item = extract_text(
        "Cơ quan điều tra đã bắt ông Hà Văn Sáu (SN 1975, Phó Giám đốc Công ty Hưng Long) để điều tra. "
        "Bà Tòng Thị Lả (45 tuổi, chủ quán ăn Bản Mường) cũng bị triệu tập."
    )
    assert person(item, "Hà Văn Sáu").titles == ["Phó Giám đốc Công ty Hưng Long"]
    assert person(item, "Tòng Thị Lả").titles == ["chủ quán ăn Bản Mường"]


def test_schools_and_firms_of_law() -> None:
    item = extract_text("Sinh viên Trường Đại học Luật Huế thực tập tại Công ty Luật Minh Tâm.")
    found = organisations(item)
    assert "Trường Đại học Luật Huế" in found
    assert "Công ty Luật Minh Tâm" in found
    assert not organisations(extract_text("Theo Bộ Luật Hình sự năm 2015, hành vi này bị xử lý."))


def test_a_field_that_begins_like_an_award_or_an_event_head() -> None:
    item = extract_text("Công ty Giải pháp Số Thành Đô ký hợp đồng với Trung tâm Hội chợ Triển lãm Cần Thơ.")
    found = organisations(item)
    assert "Công ty Giải pháp Số Thành Đô" in found
    assert "Trung tâm Hội chợ Triển lãm Cần Thơ" in found


def test_names_with_a_number_a_slash_or_a_shared_lower_case_field() -> None:
    item = extract_text(
        "Công ty Cổ phần Cơ khí Số 5 phối hợp với Trung tâm Phòng chống HIV/AIDS tỉnh Tây Ninh, "
        "Quỹ Vì người nghèo huyện Gò Dầu và Văn phòng Đăng ký đất đai tỉnh Long An."
    )
    found = organisations(item)
    for name in (
        "Công ty Cổ phần Cơ khí Số 5",
        "Trung tâm Phòng chống HIV/AIDS tỉnh Tây Ninh",
        "Quỹ Vì người nghèo huyện Gò Dầu",
        "Văn phòng Đăng ký đất đai tỉnh Long An",
    ):
        assert name in found
