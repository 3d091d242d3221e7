"""The Vietnamese pack's organisations, fourth round (issue 12, round viorg4): names cut inside their
last word, clubs named by their city in a report on football, international bodies and news
sources by their full names; on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import extract_text, organisations, people, places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bệnh viện Ung bướu đã tiếp nhận hai bệnh nhân mới.", "Bệnh viện Ung bướu"),
        ("Cục Việc làm cho biết số hồ sơ tăng mạnh.", "Cục Việc làm"),
        ("Sáng nay, Viện Thủy văn đang kiểm tra mực nước.", "Viện Thủy văn"),
    ],
)
def test_a_tense_word_or_a_verb_of_saying_keeps_the_second_syllable(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_an_adverb_before_the_tense_word_is_no_syllable_of_the_name() -> None:
    item = extract_text("Công ty Pomelo hiện đã có ba nhà máy.")
    assert "Công ty Pomelo" in organisations(item)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bệnh viện Da liễu tiếp nhận bệnh nhân.", "Bệnh viện Da liễu"),
        ("Viện Dinh dưỡng khuyến cáo người dân ăn đủ chất.", "Viện Dinh dưỡng"),
        ("Quỹ Bảo vệ Thiên nhiên kêu gọi bảo vệ rừng.", "Quỹ Bảo vệ Thiên nhiên"),
        ("Cục Chăn nuôi thống kê đàn lợn.", "Cục Chăn nuôi"),
    ],
)
def test_fields_of_the_name_word_table_before_any_verb(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_one_stop_office_keeps_its_lower_case_field_and_its_province() -> None:
    item = extract_text("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh tiếp nhận hồ sơ.")
    assert "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh" in organisations(item)


def test_a_road_number_stays_in_a_companys_name() -> None:
    item = extract_text("Bộ đã gửi văn bản cho Công ty TNHH BOT Quốc lộ 9B về việc tạm dừng thu phí.")
    assert "Công ty TNHH BOT Quốc lộ 9B" in organisations(item)


_MATCH_REPORT = (
    "HLV của Liverpool hài lòng với các cầu thủ. Trước đó, Liverpool đã thua Leicester ở Premier League."
)


def test_a_city_known_for_its_club_is_the_club_in_a_report_on_football() -> None:
    found = organisations(extract_text(_MATCH_REPORT))
    assert "Liverpool" in found
    assert "Leicester" in found


def test_a_city_known_for_its_club_stays_a_place_outside_football() -> None:
    item = extract_text("Du khách đến Liverpool dịp cuối tuần để thăm bảo tàng âm nhạc.")
    assert "Liverpool" not in organisations(item)
    assert "Liverpool" in places(item)


def test_a_city_inside_a_clubs_longer_name_or_after_a_word_for_a_city_is_no_club() -> None:
    item = extract_text(
        "HLV của RB Leipzig khen các cầu thủ sau bàn thắng. Đội bay về thành phố Leipzig ngay trong đêm."
    )
    found = organisations(item)
    assert "RB Leipzig" in found
    assert "Leipzig" not in found


def test_clubs_known_by_a_name_that_is_no_city() -> None:
    found = organisations(extract_text("Barca bị Alaves cầm hòa 1-1 trên sân nhà."))
    assert "Barca" in found
    assert "Alaves" in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Chương trình Phát triển Liên Hợp Quốc (UNDP) khuyến cáo các nước tăng chi.",
            "Chương trình Phát triển Liên Hợp Quốc",
        ),
        (
            "Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc đã ghi danh khu rừng.",
            "Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc",
        ),
        ("Ủy ban Olympic quốc tế (IOC) quyết định dời kỳ đại hội.", "Ủy ban Olympic quốc tế"),
        ("Theo Diễn đàn Kinh tế Thế giới, chỉ số này tăng 5 bậc.", "Diễn đàn Kinh tế Thế giới"),
        ("Fed đã giữ nguyên lãi suất trong tháng này.", "Fed"),
        ("Lực lượng Phòng vệ Nhật Bản tham gia tìm kiếm.", "Lực lượng Phòng vệ Nhật Bản"),
    ],
)
def test_world_bodies_by_their_full_or_short_names(sentence: str, name: str) -> None:
    found = organisations(extract_text(sentence))
    assert name in found
    assert "Liên Hợp Quốc" not in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Theo tờ Asahi Shimbun, thủ tướng sẽ sang thăm châu Âu.", "Asahi Shimbun"),
        ("Hãng tin Kyodo News dẫn một nguồn tin giấu tên.", "Kyodo News"),
        ("Theo KCNA, cuộc thử nghiệm diễn ra hôm qua.", "KCNA"),
        ("Theo báo Hà Nội Mới, con đường sẽ thông xe trong tháng tới.", "Hà Nội Mới"),
    ],
)
def test_news_sources_by_the_names_they_are_cited_by(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_restaurant_named_after_its_kind_of_food() -> None:
    item = extract_text("Ông Trần Văn Hòa, chủ nhà hàng hải sản Gành Đá 12, cho biết khách đã giảm.")
    assert "Gành Đá 12" in organisations(item)


@pytest.mark.parametrize(
    "sentence",
    ["Ông mở một nhà hàng ở Hà Nội từ năm 2010.", "Bà thích nhà hàng Nhật Bản.", "Nhà hàng Việt đông khách."],
)
def test_where_a_restaurant_is_or_what_it_serves_is_no_name(sentence: str) -> None:
    assert not organisations(extract_text(sentence))


def test_a_known_name_that_opens_with_a_family_name_is_no_person() -> None:
    item = extract_text("Theo Lầu Năm Góc, hai tàu khu trục đã rời cảng.")
    assert "Lầu Năm Góc" in organisations(item)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Đảng Dân chủ Tự do (LDP) chọn chủ tịch mới.", "Đảng Dân chủ Tự do"),
        (
            "Tổng công ty Cảng hàng không Việt Nam (ACV) mở rộng nhà ga.",
            "Tổng công ty Cảng hàng không Việt Nam",
        ),
    ],
)
def test_names_not_cut_by_a_shorter_known_name_or_a_word_of_three_syllables(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi cho biết mưa đã giảm.",
            "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi",
        ),
        (
            "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang cấp phép cho dự án.",
            "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang",
        ),
        (
            "Trung tâm kiểm soát bệnh tật tỉnh Kon Tum ghi nhận ca mắc.",
            "Trung tâm kiểm soát bệnh tật tỉnh Kon Tum",
        ),
    ],
)
def test_a_field_in_lower_case_goes_on_to_the_unit_and_the_place_served(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_verb_before_the_unit_is_no_field_of_the_name() -> None:
    item = extract_text("Ban Quản lý đề nghị kiểm tra tỉnh Bắc Giang ngay trong tuần.")
    assert not [o for o in organisations(item) if o.startswith("Ban Quản lý")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bộ đội Biên phòng tỉnh An Giang bắt giữ hai đối tượng.", "Bộ đội Biên phòng tỉnh An Giang"),
        ("BĐBP tỉnh Cà Mau bắt giữ hai đối tượng.", "BĐBP tỉnh Cà Mau"),
        ("Vùng Cảnh sát biển 4 đã cứu hộ tàu cá.", "Vùng Cảnh sát biển 4"),
        ("Hải đoàn 128 đã cứu hộ tàu cá.", "Hải đoàn 128"),
        ("VKSND tối cao đã kháng nghị bản án.", "VKSND tối cao"),
        ("Ủy ban Quốc gia về Tìm kiếm cứu nạn chỉ đạo các lực lượng.", "Ủy ban Quốc gia về Tìm kiếm cứu nạn"),
    ],
)
def test_border_guards_coast_guards_courts_and_rescue_bodies(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Trường THCS - THPT Lê Lợi khai giảng năm học mới.", "Trường THCS - THPT Lê Lợi"),
        (
            "Trường TH, THCS và THPT Đinh Tiên Hoàng khai giảng năm học mới.",
            "Trường TH, THCS và THPT Đinh Tiên Hoàng",
        ),
        ("Trường Phổ thông Năng khiếu khai giảng năm học mới.", "Trường Phổ thông Năng khiếu"),
    ],
)
def test_schools_of_several_levels_named_after_a_person(sentence: str, name: str) -> None:
    item = extract_text(sentence)
    assert name in organisations(item)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Theo hãng nghiên cứu thị trường Omdia, doanh số giảm 5%.", "Omdia"),
        ("Theo hãng bảo mật Kaspersky, số vụ tấn công tăng.", "Kaspersky"),
    ],
)
def test_a_firm_what_it_does_in_lower_case_then_its_name(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_function_word_after_hang_is_no_field_of_a_firm() -> None:
    item = extract_text("Sản phẩm của hãng này Bình Minh mua về từ tháng trước.")
    assert "Bình Minh" not in organisations(item)


def test_a_hyphenated_given_name_after_a_club_is_its_chairman_not_a_club() -> None:
    item = extract_text("Đầu tuần, chủ tịch CLB Jean-Claude Blanc khẳng định đội sẽ không bán ai.")
    assert "CLB Jean-Claude Blanc" not in organisations(item)
    assert "Jean-Claude Blanc" in people(item)


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Đội khách thất bại 0-2 trước Bình Định ở vòng 5.", "Bình Định"),
        ("Sau trận hòa 1-1, Thanh Hóa sẽ tiếp Hải Phòng ở vòng sau.", "Hải Phòng"),
        ("SL Nghệ An thua 1-3 trên sân khách.", "SL Nghệ An"),
    ],
)
def test_a_side_of_a_match_named_by_its_place(sentence: str, club: str) -> None:
    assert club in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Cũng theo Kantar Worldpanel, người tiêu dùng chi ít hơn.", "Kantar Worldpanel"),
        ("Theo Statista, doanh thu quảng cáo giảm 10%.", "Statista"),
        ("Theo Economist Intelligence-Unit, tăng trưởng chậm lại.", "Economist Intelligence-Unit"),
    ],
)
def test_a_source_cited_by_a_foreign_name_after_theo(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Hiroshi Tanaka, nhà vật lý tại Tokyo, hiện tượng này hiếm gặp.",
        "Theo ThS Lê Văn An, thị trường sẽ hồi phục.",
        "Theo Nam, thị trường sẽ hồi phục.",
    ],
)
def test_a_person_after_theo_is_no_source(sentence: str) -> None:
    assert not organisations(extract_text(sentence))


# Round viorg5: fields of two syllables read whole, and a province's deputies as one body.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Cục Xúc tiến thương mại mở một hội chợ hàng nông sản.", "Cục Xúc tiến thương mại"),
        ("Tạp chí Vật lý thiên văn vừa đăng hai bài mới.", "Tạp chí Vật lý thiên văn"),
        ("Đoàn đại biểu Quốc hội tỉnh Nam Định gặp gỡ cử tri.", "Đoàn đại biểu Quốc hội tỉnh Nam Định"),
    ],
)
def test_fields_and_deputies_read_whole(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ban Chỉ đạo phòng, chống thiên tai tỉnh Hà Tĩnh đề nghị người dân không ra khơi.",
            "Ban Chỉ đạo phòng, chống thiên tai tỉnh Hà Tĩnh",
        ),
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Bắc Giang bàn giao trường học.",
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Bắc Giang",
        ),
    ],
)
def test_a_lower_case_field_with_its_official_comma_or_a_listed_field(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_clause_between_a_head_and_a_unit_is_still_no_field() -> None:
    item = extract_text("Ban Quản lý dự kiến chuyển hồ sơ lên tỉnh Bắc Giang trong tuần.")
    assert not any(name.startswith("Ban Quản lý dự") for name in organisations(item))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ủy ban Quốc gia về người khuyết tật đã gửi thư chúc mừng.", "Ủy ban Quốc gia về người khuyết tật"),
        (
            "Hội đồng Quốc gia về phát triển bền vững tổ chức phiên họp.",
            "Hội đồng Quốc gia về phát triển bền vững",
        ),
    ],
)
def test_a_national_body_keeps_its_field_after_ve(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_a_national_body_then_a_clause_after_ve_keeps_its_name_short() -> None:
    item = extract_text("Hội đồng Quốc gia về chủ trương này đã thống nhất.")
    assert "Hội đồng Quốc gia" in organisations(item)


def test_bare_bodies_listed_before_the_one_with_the_place_are_each_found() -> None:
    item = extract_text("Sáng 5/3, Tỉnh ủy, HĐND, UBND tỉnh Hà Giang tổ chức lễ mít tinh.")
    assert {"Tỉnh ủy", "HĐND", "UBND tỉnh Hà Giang"} <= set(organisations(item))


def test_a_listed_body_and_its_full_name_are_one_organisation() -> None:
    item = extract_text(
        "Huyện ủy và UBND huyện Ba Vì gặp mặt cựu chiến binh. Huyện ủy huyện Ba Vì cảm ơn họ."
    )
    names = [o for o in item.organisations if "Huyện ủy" in [o.name, *o.aliases]]
    assert len(names) == 1
    assert "Huyện ủy huyện Ba Vì" in [names[0].name, *names[0].aliases]


def test_a_body_inside_the_name_before_the_list_is_not_taken_on_its_own() -> None:
    item = extract_text("Văn phòng Tỉnh ủy, UBND tỉnh Hà Nam tổ chức họp báo.")
    assert "Tỉnh ủy" not in organisations(item)
    assert "Văn phòng Tỉnh ủy" in organisations(item)


def test_a_division_by_the_customers_it_serves_is_read_whole() -> None:
    item = extract_text("Ông Lê Văn Hòa, Giám đốc Khối Khách hàng doanh nghiệp của Ngân hàng X, cho biết.")
    assert "Khối Khách hàng doanh nghiệp" in organisations(item)
    assert item.people[0].titles == ["Giám đốc Khối Khách hàng doanh nghiệp của Ngân hàng X"]


def test_a_standards_centre_keeps_its_quality_field() -> None:
    item = extract_text("Hồ sơ gửi tới Bệnh viện Bình Dân, Trung tâm Kiểm chuẩn chất lượng xét nghiệm Y học.")
    assert "Trung tâm Kiểm chuẩn chất lượng xét nghiệm Y học" in organisations(item)


def test_a_project_board_keeps_dự_án_before_its_capitalised_name() -> None:
    item = extract_text("Ban Quản lý dự án Sông Hồng cho biết cầu sẽ thông xe trong tháng.")
    assert "Ban Quản lý dự án Sông Hồng" in organisations(item)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Cục Quản lý khám, chữa bệnh vừa ban hành hướng dẫn.", "Cục Quản lý khám, chữa bệnh"),
        ("Cục Phòng, chống tệ nạn xã hội mở lớp tập huấn.", "Cục Phòng, chống tệ nạn xã hội"),
        ("Cục Bảo vệ thực vật khuyến cáo nông dân.", "Cục Bảo vệ thực vật"),
        ("Cục Di sản văn hóa đề nghị tỉnh giữ nguyên hiện trạng.", "Cục Di sản văn hóa"),
        ("Cục Bản quyền tác giả đã nhận đơn.", "Cục Bản quyền tác giả"),
    ],
)
def test_national_departments_keep_their_lower_case_fields(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Học viện Báo chí mở ngành mới.", "Học viện Báo chí"),
        (
            "Công ty Cổ phần Phát triển bất động sản Hòa Bình thông báo tăng vốn.",
            "Công ty Cổ phần Phát triển bất động sản Hòa Bình",
        ),
        ("Trường Đại học Kinh tế đối ngoại tuyển sinh.", "Trường Đại học Kinh tế đối ngoại"),
        ("Cục Quản lý dược thu hồi một loại thuốc.", "Cục Quản lý dược"),
    ],
)
def test_fields_of_schools_firms_and_departments(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bộ Thông tin và truyền thông cho biết sẽ xử lý.", "Bộ Thông tin và truyền thông"),
        ("Viện Chiến lược và chính sách y tế đã công bố báo cáo.", "Viện Chiến lược và chính sách y tế"),
    ],
)
def test_va_joins_a_lower_case_field_of_the_table(sentence: str, name: str) -> None:
    assert name in organisations(extract_text(sentence))


def test_va_before_lower_case_words_outside_the_table_ends_the_name() -> None:
    item = extract_text("Sở Y tế và y tế tư nhân cùng tham gia.")
    assert organisations(item) == ["Sở Y tế"]
