"""Vietnamese organisations: subcommittees, arms of the forces, incident response and a unit named
before its parent (issue 12, round viorg7), on sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import extract_text, organisations


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tiểu ban Văn kiện đã họp phiên đầu tiên vào sáng qua.", "Tiểu ban Văn kiện"),
        ("Theo Tiểu ban Nhân sự, danh sách sẽ được công bố sau.", "Tiểu ban Nhân sự"),
        ("Sư đoàn Phòng không 363 đã hoàn thành đợt huấn luyện.", "Sư đoàn Phòng không 363"),
        ("Quân chủng Phòng không - Không quân tổ chức hội thao.", "Quân chủng Phòng không - Không quân"),
        ("Trung đoàn Không quân 935 bay tuần tra.", "Trung đoàn Không quân 935"),
        ("Bộ Phòng vệ Nhật Bản không bình luận về vụ việc.", "Bộ Phòng vệ Nhật Bản"),
        (
            "Ban Chỉ huy Ứng phó sự cố thiên tai và Tìm kiếm cứu nạn tỉnh Thái Bình ra công điện.",
            "Ban Chỉ huy Ứng phó sự cố thiên tai và Tìm kiếm cứu nạn tỉnh Thái Bình",
        ),
    ],
)
def test_subcommittees_arms_of_the_forces_and_response_bodies_are_named_whole(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


def test_a_unit_named_before_its_parent_s_lower_case_head_ends_before_it() -> None:
    body = "Theo Tiểu ban Điều trị Ban chỉ đạo phòng chống dịch tỉnh Long An, bệnh nhân đã khỏi."
    assert organisations(extract_text(body)) == [
        "Tiểu ban Điều trị",
        "Ban chỉ đạo phòng chống dịch tỉnh Long An",
    ]


def test_a_parent_named_in_capitals_stays_in_the_unit_s_name() -> None:
    body = "Tiểu ban Tổng hợp Ban Chấp hành Trung ương đã họp."
    assert organisations(extract_text(body))[0] == "Tiểu ban Tổng hợp Ban Chấp hành Trung ương"


def test_a_lone_office_word_still_ends_on_a_verb() -> None:
    # "Phòng" heads an office; "không" after it is no arm of the forces when a verb follows
    assert organisations(extract_text("Phòng Tài chính không cấp kinh phí cho dự án.")) == ["Phòng Tài chính"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Phe đối lập vẫn kiểm soát Hạ viện và Thượng viện.", ["Hạ viện", "Thượng viện"]),
        ("Thượng viện Canada đã thông qua dự luật.", ["Thượng viện Canada"]),
    ],
)
def test_a_foreign_chamber_is_named_alone_or_with_its_country(body: str, names: list[str]) -> None:
    assert organisations(extract_text(body)) == names


def test_a_head_cut_back_to_itself_still_names_nothing() -> None:
    # (a bare head that is no name of its own: "UBND thành phố" before a person is cut to nothing)
    body = "Bà Đặng Thu Hà, Phó Chủ tịch UBND thành phố Vũ Hồng Nam, cho biết."
    assert organisations(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Startup Heron Labs vừa gọi được 3 triệu USD.", "Heron Labs"),
        ("Quỹ đầu tư Lotus Ventures đã rót vốn vào dự án.", "Lotus Ventures"),
        ("Theo trang công nghệ GadgetHub (Đức), máy sẽ ra mắt vào tháng 9.", "GadgetHub"),
        ("Trang tin CryptoWire cho biết giá tiếp tục giảm.", "CryptoWire"),
        ("Thông tin được chuyên trang Let\u2019s Play Tech đăng tải.", "Let\u2019s Play Tech"),
    ],
)
def test_a_young_company_a_fund_and_a_news_site_are_named_after_their_cue(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Các startup Việt Nam gặp nhiều khó khăn trong năm nay.",
        "Một quỹ đầu tư Nhật Bản đã mua lại cổ phần.",  # a country, not the fund's name
        "Trang phục Hàn Quốc được nhiều bạn trẻ ưa chuộng.",
    ],
)
def test_a_cue_before_no_name_names_nothing(body: str) -> None:
    assert organisations(extract_text(body)) == []


def test_crime_and_drugs_are_fields_of_a_body_s_name() -> None:
    body = "Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm đã công bố báo cáo."
    assert organisations(extract_text(body)) == ["Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tòa Đại sứ Hàn Quốc đã gửi thư chia buồn.", "Tòa Đại sứ Hàn Quốc"),
        ("Theo Tòa đại sứ Pháp tại Hà Nội, lễ kỷ niệm sẽ bị hoãn.", "Tòa đại sứ Pháp tại Hà Nội"),
    ],
)
def test_an_embassy_s_building_stands_for_the_embassy(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


def test_a_source_s_letters_hyphenated_into_a_test_s_name_are_no_source() -> None:
    body = "Mẫu bệnh phẩm của bệnh nhân được xét nghiệm bằng phương pháp RT-PCR."
    assert organisations(extract_text(body)) == []


def test_a_source_cited_before_a_comma_is_still_found() -> None:
    assert organisations(extract_text("Theo RT, Moscow đã phản đối quyết định này.")) == ["RT"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Đội Quản lý thị trường số 12 đã kiểm tra cửa hàng.", "Đội Quản lý thị trường số 12"),
        ("Trung tâm Kiểm soát bệnh tật số 2 lấy mẫu xét nghiệm.", "Trung tâm Kiểm soát bệnh tật số 2"),
        (
            "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp đã phê duyệt kế hoạch.",
            "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
        ),
    ],
)
def test_a_unit_numbered_after_a_lower_case_field_and_a_known_long_name(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


def test_a_count_after_a_field_is_no_unit_number() -> None:
    body = "Năm nay Cục Quản lý thị trường tỉnh Nam Định đã xử lý số 1.200 vụ vi phạm."
    assert organisations(extract_text(body)) == ["Cục Quản lý thị trường tỉnh Nam Định"]
    body = "Đội Quản lý thị trường số 1.200 vụ vi phạm."
    assert not any("1.200" in name for name in organisations(extract_text(body)))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Trung tâm Đổi mới sáng tạo Quốc gia vừa ra mắt.", "Trung tâm Đổi mới sáng tạo Quốc gia"),
        (
            "Mạng lưới Đổi mới sáng tạo Việt Nam tại Pháp tổ chức diễn đàn.",
            "Mạng lưới Đổi mới sáng tạo Việt Nam tại Pháp",
        ),
        ("Trung tâm Phát triển Cộng đồng Yên Bái hỗ trợ 50 hộ.", "Trung tâm Phát triển Cộng đồng Yên Bái"),
        ("Trung tâm Cảnh báo Bão Liên hợp của Mỹ dự báo bão mạnh lên.", "Trung tâm Cảnh báo Bão Liên hợp"),
        ("Theo Ủy hội sông Mê Kông quốc tế, mực nước đang giảm.", "Ủy hội sông Mê Kông quốc tế"),
    ],
)
def test_innovation_community_joint_centres_and_the_river_commission(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


def test_a_verb_after_a_ministry_is_not_its_field() -> None:
    body = "Bộ Khoa học và Công nghệ sáng tạo ra cơ chế mới."
    assert organisations(extract_text(body)) == ["Bộ Khoa học và Công nghệ"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Người dân đã gửi đơn tới ủy ban nhân dân xã Phú Cường.", "ủy ban nhân dân xã Phú Cường"),
        ("Vụ án đã được tòa án nhân dân huyện Gia Lâm thụ lý.", "tòa án nhân dân huyện Gia Lâm"),
        ("Hồ sơ do viện kiểm sát nhân dân tỉnh Tây Ninh giữ.", "viện kiểm sát nhân dân tỉnh Tây Ninh"),
        ("Cháu bé được đưa đến trung tâm y tế huyện Mê Linh cấp cứu.", "trung tâm y tế huyện Mê Linh"),
        ("Anh được đưa vào phòng khám đa khoa An Bình kiểm tra.", "phòng khám đa khoa An Bình"),
    ],
)
def test_a_state_body_written_in_lower_case_before_its_unit_and_place(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Các cơ sở y tế huyện Mê Linh đang quá tải.",  # facilities, not the health centre
        "Bà Hà Thị Vân là cán bộ trung tâm y tế.",  # no unit or place after the head
        "Người dân phản ánh ủy ban nhân dân chậm trễ.",
    ],
)
def test_a_lower_case_body_with_no_unit_and_place_names_nothing(body: str) -> None:
    assert organisations(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Theo Cổng Thông tin điện tử Chính phủ, Thủ tướng đã ký quyết định.",
            "Cổng Thông tin điện tử Chính phủ",
        ),
        ("Theo báo Dân Việt, giá lúa tăng mạnh trong tuần.", "Dân Việt"),
        ("Theo CNA, Singapore ghi nhận thêm ca nhiễm mới.", "CNA"),
        ("Nhà báo Lê Hải Yến của The Atlantic nhận định như vậy.", "The Atlantic"),
        ("Phóng viên báo Dân Trí đã có mặt tại hiện trường.", "Dân Trí"),
    ],
)
def test_more_sources_as_the_press_cites_them(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


def test_the_government_s_portal_holds_no_second_body() -> None:
    body = "Thông tin được đăng trên Cổng TTĐT Chính phủ sáng nay."
    assert organisations(extract_text(body)) == ["Cổng TTĐT Chính phủ"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Hãng Procter & Gamble tăng giá nhiều sản phẩm.", "Procter & Gamble"),
        ("Theo Standard & Poor's, triển vọng tín nhiệm được nâng lên.", "Standard & Poor's"),
        ("Theo Moody's, triển vọng của ngân hàng là ổn định.", "Moody's"),
    ],
)
def test_a_cited_or_cued_name_goes_on_through_an_ampersand_and_a_possessive(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]
