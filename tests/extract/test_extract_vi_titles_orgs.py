"""The Vietnamese pack's people, titles and organisations (issue 12, fifth round): one
construction at a time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import extract_text, guests, organisations, person


def test_a_title_head_with_its_later_words_in_lower_case() -> None:
    item = extract_text("Ông Trịnh Văn Lộc, Phó tổng giám đốc Công ty Sao Mai, cho biết như vậy.")
    assert person(item, "Trịnh Văn Lộc").titles == ["Phó tổng giám đốc Công ty Sao Mai"]


def test_a_lower_case_title_head_before_the_name() -> None:
    item = extract_text("Phó chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Kiên đã đến thăm trường.")
    assert person(item, "Hoàng Văn Kiên").titles == ["Phó chủ tịch UBND tỉnh Lạng Sơn"]


def test_a_company_after_a_title_is_not_a_foreign_name() -> None:
    item = extract_text("Tổng giám đốc Horizon Group đã ký biên bản với đối tác.")
    assert not item.people


def test_a_name_goes_on_over_two_lower_case_syllables() -> None:
    item = extract_text("Hội Răng hàm mặt Việt Nam vừa công bố khuyến cáo mới.")
    assert "Hội Răng hàm mặt Việt Nam" in organisations(item)


def test_a_verb_before_another_organisation_ends_the_name() -> None:
    item = extract_text("Hội Nông dân Hưng Yên phối hợp Sở Công Thương tổ chức phiên chợ.")
    assert "Hội Nông dân Hưng Yên" in organisations(item)
    assert "Sở Công Thương" in organisations(item)


def test_a_family_name_that_is_also_an_organisation_head() -> None:
    item = extract_text("Ông Đoàn Minh Khôi đã ủng hộ quỹ 10 triệu đồng.")
    assert [p.name for p in item.people] == ["Đoàn Minh Khôi"]
    assert "Đoàn Thanh niên Hà Tĩnh" in organisations(extract_text("Đoàn Thanh niên Hà Tĩnh ra quân."))


def test_a_numbered_district_ends_the_name_and_a_former_title_before_a_parenthesis() -> None:
    item = extract_text("Ông Lý Văn Tài, nguyên Chủ tịch UBND Quận 5 (TP.HCM) vẫn chạy bộ mỗi sáng.")
    assert "UBND Quận 5" in [o.split(" (")[0] for o in organisations(item)]
    assert person(item, "Lý Văn Tài").titles == ["nguyên Chủ tịch UBND Quận 5"]


def test_a_lower_case_end_joined_by_and_runs_to_the_verb_of_saying() -> None:
    item = extract_text("Bà Vũ Thị Hằng, Trưởng phòng Tổ chức cán bộ và thanh tra cho biết sẽ kiểm tra.")
    assert person(item, "Vũ Thị Hằng").titles == ["Trưởng phòng Tổ chức cán bộ và thanh tra"]


def test_a_bare_position_before_a_dash_or_an_ampersand_is_a_title_of_its_own() -> None:
    item = extract_text(
        "Ông Hà Quang Vinh - Chủ tịch Hội đồng quản trị - Tổng giám đốc Tập đoàn Sông Xanh, phát biểu. "
        "Bà Mai Thu Trang - Chủ tịch HĐQT & Giám đốc Công ty Lúa Vàng cũng có mặt."
    )
    assert person(item, "Hà Quang Vinh").titles == [
        "Chủ tịch Hội đồng quản trị",
        "Tổng giám đốc Tập đoàn Sông Xanh",
    ]
    assert person(item, "Mai Thu Trang").titles == ["Chủ tịch HĐQT", "Giám đốc Công ty Lúa Vàng"]


def test_a_head_of_two_words_with_lower_case_words_before_the_name() -> None:
    item = extract_text("Ban Quản lý khu công nghệ cao Đà Nẵng vừa cấp phép cho ba dự án.")
    assert "Ban Quản lý khu công nghệ cao Đà Nẵng" in organisations(item)


def test_a_one_word_head_with_a_lower_case_word_is_an_ordinary_word() -> None:
    item = extract_text("Hội nghị Trung ương lần này bàn về nhân sự. Bộ trưởng Lê Minh Hà dự.")
    assert "Hội nghị Trung ương" not in organisations(item)
    assert not [o for o in organisations(item) if o.startswith("Bộ trưởng")]


def test_a_title_cut_at_a_bare_organisation_head_is_not_kept() -> None:
    item = extract_text("Ông Đặng Quốc Huy, Giám đốc Công ty xây lắp điện số 3, cho biết như vậy.")
    assert person(item, "Đặng Quốc Huy").titles == []


def test_the_name_after_a_company_position_is_the_company() -> None:
    item = extract_text("Bà Lưu Thị Nga, Tổng giám đốc MekoFarm, cho biết doanh thu tăng mạnh.")
    assert "MekoFarm" in organisations(item)
    founder = extract_text("Ông Peter Hall, nhà sáng lập của Sao Kim Tech, phát biểu.")
    assert "Sao Kim Tech" in organisations(founder)


def test_a_department_after_a_position_is_no_company() -> None:
    item = extract_text("Ông Vương Đình Khải, Giám đốc Marketing, đã giới thiệu sản phẩm.")
    assert "Marketing" not in organisations(item)


def test_a_verb_of_saying_after_the_title_is_no_part_of_it() -> None:
    item = extract_text("Ông Tạ Văn Long, Chủ tịch UBND tỉnh Hòa Bình khẳng định sẽ hỗ trợ.")
    assert person(item, "Tạ Văn Long").titles == ["Chủ tịch UBND tỉnh Hòa Bình"]


def test_a_company_position_before_a_rank_names_no_company() -> None:
    item = extract_text("- Giám đốc Thượng tướng")
    assert organisations(item) == []


def test_states_and_regions_abroad_are_places() -> None:
    item = extract_text("Đoàn khảo sát đi từ Minnesota tới Đông Java rồi sang Sabah.")
    assert {"Minnesota", "Đông Java", "Sabah"} <= {p.name for p in item.places}
    assert "Java" not in {p.name for p in item.places}


def test_months_listed_before_a_year_each_take_that_year() -> None:
    item = extract_text("Khảo sát vào tháng 5 và tháng 6/2021, rồi tháng 3, 4 năm 2022.", date="2022-05")
    assert sorted(d.value.isoformat() for d in item.dates) == ["2021-05", "2021-06", "2022-03", "2022-04"]


def test_a_club_known_by_a_name_that_is_no_city() -> None:
    item = extract_text("Hậu vệ này có thể rời West Ham để sang Man Utd trong mùa hè.")
    assert {"West Ham", "Man Utd"} <= set(organisations(item))


def test_a_long_lower_case_description_before_the_organisation() -> None:
    item = extract_text(
        "Bà Emma Brooks, Phó chủ tịch phụ trách phát triển quan hệ toàn cầu của Orbix, cho biết."
    )
    assert person(item, "Emma Brooks").titles == [
        "Phó chủ tịch phụ trách phát triển quan hệ toàn cầu của Orbix"
    ]


def test_an_acting_title_closed_by_a_verb_of_saying() -> None:
    item = extract_text("Bà Trịnh Thu Hà, quyền Vụ trưởng Vụ Pháp chế cho biết đã nhận hồ sơ.")
    assert person(item, "Trịnh Thu Hà").titles == ["quyền Vụ trưởng Vụ Pháp chế"]


def test_a_position_with_its_body_named_by_a_lower_case_head() -> None:
    item = extract_text("Ông Lương Văn Tới, Giám đốc bệnh viện cho biết ca mổ thành công.")
    assert person(item, "Lương Văn Tới").titles == ["Giám đốc bệnh viện"]


def test_a_title_cut_inside_a_word_gives_way_to_the_whole_title() -> None:
    item = extract_text(
        "Bác sĩ Hồ Văn Lâm, Phó khoa Gây mê hồi sức cho biết ca mổ kéo dài. "
        "Bác sĩ Hồ Văn Lâm, Phó khoa Gây mê hồi sức đang theo dõi bệnh nhân."
    )
    assert person(item, "Hồ Văn Lâm").titles == ["Phó khoa Gây mê hồi sức"]


def test_an_organisation_after_a_province_and_and_is_no_second_place() -> None:
    item = extract_text("Đợt tiêm diễn ra tại tỉnh Bạc Liêu và Trung tâm Y tế các huyện.")
    assert "Trung" not in {p.name for p in item.places}
    assert "Bạc Liêu" in {p.name for p in item.places}


def test_a_name_holds_a_word_with_a_hyphenated_number() -> None:
    item = extract_text("Bệnh viện Điều trị Covid-19 Hòa Vang đã xuất viện 30 bệnh nhân.")
    assert "Bệnh viện Điều trị Covid-19 Hòa Vang" in organisations(item)


def test_the_name_after_a_word_for_a_paper_or_a_company_is_an_organisation() -> None:
    item = extract_text("Theo tờ Daily Courier, hãng Nordvik đã mua lại nhà máy ở Đà Nẵng.")
    assert {"Daily Courier", "Nordvik"} <= set(organisations(item))
    assert "Đà Nẵng" not in organisations(extract_text("Hãng Đà Nẵng thì không có."))


def test_a_name_does_not_run_over_the_end_of_its_sentence() -> None:
    item = extract_text("Đó là Tổng Thư ký NATO Carl Lindqvist. Ngoại trưởng Mỹ Daniel Hart thì im lặng.")
    assert person(item, "Carl Lindqvist").titles == ["Tổng Thư ký NATO"]
    assert person(item, "Daniel Hart").titles == ["Ngoại trưởng Mỹ"]


# --- issue 12, generalisation round: titles and organisation names as the press writes them -----


def test_a_title_head_with_only_some_later_words_in_lower_case() -> None:
    item = extract_text(
        "Bà Hồ Thị Lan, Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam, cho biết như vậy."
        " Ông Kiều Văn Phúc, Phó trưởng Ban Kinh tế Trung ương, cũng có mặt."
    )
    assert person(item, "Hồ Thị Lan").titles == ["Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam"]
    assert person(item, "Kiều Văn Phúc").titles == ["Phó trưởng Ban Kinh tế Trung ương"]
    assert "Phó Tổng" not in [p.name for p in item.people]


def test_a_name_keeps_a_word_of_three_syllables_and_a_lower_case_second_syllable() -> None:
    item = extract_text(
        "Chương trình Phát triển Liên hợp quốc và Trường Đại học Kinh tế Quốc dân ký kết thỏa thuận."
    )
    assert "Trường Đại học Kinh tế Quốc dân" in organisations(item)
    # ("Chương trình" heads no organisation; the word reaches the end of a name that has a head.)
    item = extract_text("Ông Hà Văn Tâm, cán bộ Quỹ Dân số Liên hợp quốc, cho biết.")
    assert "Quỹ Dân số Liên hợp quốc" in organisations(item)
    item = extract_text("Ngày 6/4, Hội Chữ thập đỏ huyện Yên Dũng trao quà cho người dân.")
    assert organisations(item) == ["Hội Chữ thập đỏ huyện Yên Dũng"]


def test_a_lower_case_field_ends_a_name_before_the_verb_that_follows() -> None:
    item = extract_text("Cuộc khảo sát do Hiệp hội Doanh nghiệp Việt Nam toàn cầu thực hiện trong năm.")
    assert "Hiệp hội Doanh nghiệp Việt Nam toàn cầu" in organisations(item)


def test_a_name_right_after_a_bare_organisation_head_is_the_organisation_s() -> None:
    item = extract_text("Cô Phan Thị Hạnh, Hiệu trưởng Trường THCS Lê Quý Đôn, cho biết như vậy.")
    assert [p.name for p in item.people] == ["Phan Thị Hạnh"]
    assert person(item, "Phan Thị Hạnh").titles == ["Hiệu trưởng Trường THCS Lê Quý Đôn"]
    item = extract_text("Theo Tổng giám đốc Công ty Cổ phần Hoàng Long, doanh thu đã tăng.")
    assert "Hoàng Long" not in [p.name for p in item.people]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Ông Lê Văn Hòa, Chủ tịch UBND tỉnh đến dự và cắt băng khánh thành.", "Chủ tịch UBND tỉnh"),
        ("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.", "Phó Chủ tịch UBND tỉnh"),
        ("Ông Lê Văn Hòa, Giám đốc bệnh viện tham dự buổi lễ.", "Giám đốc bệnh viện"),
        ("Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh trao Bằng khen cho các tập thể.", "Giám đốc Sở Y tế tỉnh"),
    ],
)
def test_what_an_official_does_at_the_event_closes_the_title(body: str, title: str) -> None:
    assert person(extract_text(body), "Lê Văn Hòa").titles == [title]


def test_an_official_named_with_a_title_who_comes_to_the_event_is_its_guest() -> None:
    item = extract_text(
        "Sáng 24/4, UBND tỉnh Hà Tĩnh tổ chức lễ khánh thành cầu Cửa Hội. Ông Lê Văn Hòa, Chủ tịch UBND"
        " tỉnh đến dự và cắt băng khánh thành.",
        date="2023-04",
    )
    assert guests(item) == ["Lê Văn Hòa"]
