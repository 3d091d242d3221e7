"""The Vietnamese event and date finders, issue 12's round vievt7: where an event's name ends (a tense
marker, a purpose clause after a quoted title) and numbers in a series that are no year; on sentences
written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import dates, event_of, extract_text, guests, names_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ban tổ chức Hội chợ Nông sản an toàn Bắc Ninh 2023 vừa thông báo hội chợ sẽ diễn ra tại TP Bắc"
            " Ninh từ ngày 20/5.",
            "Hội chợ Nông sản an toàn Bắc Ninh 2023",
        ),
        (
            "Sáng 12/5, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Bình lần thứ 8 đã bàn và thông qua nghị quyết"
            " về du lịch, hội nghị diễn ra tại TP Hòa Bình.",
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Bình lần thứ 8",
        ),
        (
            "Ban tổ chức Hội sách Hà Nội lần thứ 7 đang hoàn tất khâu chuẩn bị, hội sách sẽ khai mạc vào sáng"
            " 20/5.",
            "Hội sách Hà Nội lần thứ 7",
        ),
    ],
)
def test_a_tense_marker_opens_the_predicate_and_ends_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Chiều 12/5, Hội thảo Hỗ trợ doanh nghiệp nhỏ và vừa xuất khẩu nông sản diễn ra tại Cần Thơ.",
            "Hội thảo Hỗ trợ doanh nghiệp nhỏ và vừa xuất khẩu nông sản",
        ),
        (
            "Sáng 12/5, Diễn đàn các nước đang phát triển về năng lượng sạch khai mạc tại Hà Nội.",
            "Diễn đàn các nước đang phát triển về năng lượng sạch",
        ),
        (
            "Sáng 12/5, Hội nghị tổng kết năm vừa qua của Sở Tài chính diễn ra tại Vĩnh Long.",
            "Hội nghị tổng kết năm vừa qua của Sở Tài chính",
        ),
    ],
)
def test_names_that_hold_vua_or_dang_keep_them(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Tối 12/5, Hội Chữ thập đỏ tỉnh Bến Tre tổ chức chương trình “Mái ấm yêu thương” trao 50 căn nhà"
            " cho hộ nghèo.",
            "chương trình “Mái ấm yêu thương”",
        ),
        (
            "Sáng 12/5, Bảo tàng Hải Phòng khai mạc triển lãm “Dấu ấn thương cảng” giới thiệu gần 300 tư liệu"
            " và hiện vật.",
            "triển lãm “Dấu ấn thương cảng”",
        ),
        (
            "Tối 12/5, Nhà hát Lớn Hà Nội tổ chức đêm nhạc “Khúc ca mùa hạ” gây quỹ cho trẻ em vùng cao.",
            "đêm nhạc “Khúc ca mùa hạ”",
        ),
    ],
)
def test_a_verb_after_a_quoted_title_opens_a_purpose_clause(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Trường Đại học Cần Thơ tổ chức hội thảo “Nông nghiệp thông minh” lần thứ 4 tại thành"
            " phố.",
            "hội thảo “Nông nghiệp thông minh” lần thứ 4",
        ),
        (
            "Tối 12/5, Sở Văn hóa tỉnh Hà Tĩnh tổ chức Liên hoan “Hát ví, hát giặm” năm 2023.",
            "Liên hoan “Hát ví, hát giặm” năm 2023",
        ),
    ],
)
def test_an_ordinal_or_year_after_a_quoted_title_stays_in_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    "body",
    [
        "Bệnh nhân 1987 là nữ, 34 tuổi, trú tại huyện Đông Anh.",
        "Ca bệnh 2014 là F1 của BN 2011, đã được cách ly từ trước.",
        "Đoạn Km 1985 - Km 1999 của tuyến đường bị sạt lở nghiêm trọng.",
        "Sư đoàn 2003 vừa hoàn thành diễn tập.",
        "Ông Hùng thuê Phòng 2008 của khách sạn trong ba đêm.",
    ],
)
def test_a_number_after_the_head_of_a_series_is_a_label_not_a_year(body: str) -> None:
    assert dates(extract_text(body, date="2021-05")) == []


def test_a_year_after_a_name_stays_a_year() -> None:
    item = extract_text("Phòng Giáo dục huyện dự Hội khỏe Phù Đổng 2020 tại tỉnh.", date="2021-05")
    assert dates(item) == ["2020"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Hội thao ngành điện diễn ra ngày 17 và 18/5 tại Thái Nguyên.", ["2021-05-17/2021-05-18"]),
        ("Ngày 17, 18/5, Sở Nội vụ tập huấn cho cán bộ cấp xã.", ["2021-05-17/2021-05-18"]),
        ("Giải cờ vua diễn ra ngày 21 đến 23/5 tại nhà thi đấu tỉnh.", ["2021-05-21/2021-05-23"]),
        ("Ngày 3 và 4/6/2020, đoàn kiểm tra làm việc tại huyện.", ["2020-06-03/2020-06-04"]),
    ],
)
def test_days_of_one_month_after_ngay_are_a_period(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


def test_a_fraction_after_a_day_is_no_second_day() -> None:
    assert dates(extract_text("Ngày 17, 3/4 số hộ dân đã nhận tiền hỗ trợ.", date="2021-05")) == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Đội bóng trụ hạng thành công ở mùa giải 2019/2020.", ["2019/2020"]),
        ("Năm học 2021/2022, trường tuyển 500 học sinh lớp 10.", ["2021/2022"]),
        ("Sản lượng đạt tỷ lệ 1990/2000 so với kế hoạch.", []),
        ("Thông tư 26/2020/TT-BGDĐT sửa đổi quy chế đánh giá.", []),
    ],
)
def test_two_years_in_a_row_joined_by_a_slash_are_a_season(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Cô từng đóng chính trong phim “Mùa hoa gạo” (2012) và “Phố cũ” (2016).", ["2012", "2016"]),
        ("Anh Trần Văn Khoa (1991) và em trai bị thương nhẹ.", ["1991"]),
        ("Gọi tổng đài (1900) 5678 để được hỗ trợ.", []),
    ],
)
def test_a_year_alone_in_parentheses_is_a_year(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


@pytest.mark.parametrize(
    ("body", "guest"),
    [
        (
            "Sáng 12/5, Bộ Xây dựng tổ chức hội nghị tổng kết công tác quy hoạch. Chỉ đạo tại hội nghị,"
            " Phó Thủ tướng Trần Hồng Hà yêu cầu các địa phương rà soát quy hoạch.",
            ["Trần Hồng Hà"],
        ),
        (
            "Sáng 12/5, Tỉnh ủy Đồng Nai tổ chức Đại hội Đảng bộ tỉnh lần thứ XI. Chỉ đạo tại đại hội, Thường"
            " trực Ban Bí thư Trương Thị Mai đề nghị Đảng bộ tỉnh phát huy truyền thống.",
            ["Trương Thị Mai"],
        ),
        (
            "Sáng 12/5, Bộ Xây dựng tổ chức hội nghị tổng kết công tác quy hoạch. Theo chỉ đạo tại hội nghị,"
            " Giám đốc Sở Xây dựng Lê Văn Hải cho biết sở sẽ rà soát quy hoạch.",
            [],
        ),
    ],
)
def test_who_directs_at_the_event_is_the_guest_of_honour(body: str, guest: list[str]) -> None:
    assert guests(extract_text(body, date="2023-05")) == guest


@pytest.mark.parametrize(
    "body",
    [
        "Hợp tác xã Tân Phú là đơn vị tổ chức Hội chợ Nông sản Tây Ninh 2023, khai mạc sáng 12/5.",
        "Hội chợ Nông sản Tây Ninh 2023 khai mạc sáng 12/5 tại TP Tây Ninh. Hợp tác xã Tân Phú là đơn vị"
        " tổ chức hội chợ.",
    ],
)
def test_a_body_that_is_the_organising_unit_is_the_organiser(body: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert event.name == "Hội chợ Nông sản Tây Ninh 2023"
    assert names_of(item, event.organiser_ids) == ["Hợp tác xã Tân Phú"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Lượng khách quốc tế giảm tới 2/3 so với cùng kỳ năm trước.", []),
        ("Có tới 3/4 người lao động được hỏi muốn đổi việc.", []),
        ("Diện tích rừng chiếm đến 1/3 diện tích tỉnh.", []),
        ("Chưa tới 1/3 số học sinh trở lại trường.", []),
        ("Chưa đến 2/5 doanh nghiệp có lãi.", []),
        ("Người dân có đến 30/6 để hoàn tất thủ tục.", ["2021-06-30"]),
        ("Chương trình ưu đãi kéo dài tới 1/7.", ["2021-07-01"]),
    ],
)
def test_a_proper_fraction_after_a_verb_of_amount_is_no_day(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Chiến lược phát triển ngành điện giai đoạn 2021-2030, tầm nhìn 2050.", ["2021/2030", "2050"]),
        ("Quy hoạch vùng Tây Bắc, tầm nhìn đến 2045 vừa được phê duyệt.", ["2045"]),
        ("Công ty xây dựng kế hoạch với tầm nhìn 10 năm.", []),
    ],
)
def test_the_year_a_strategy_looks_to_is_a_year(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Số hộ nghèo của huyện giảm mạnh từ 2015 đến nay.", ["2015"]),
        ("Tỷ lệ thất nghiệp giảm từ 4% trong 2019 xuống 3% trong 2020.", ["2019", "2020"]),
        ("Công trình được xây từ năm 1925 đến 1928, nay là di tích.", ["1925", "1928"]),
        ("Hỗ trợ vay vốn cho đến 2000 doanh nghiệp nhỏ.", []),
        ("Quỹ đã hỗ trợ từ 1500 đến 2000 người mỗi năm.", []),
        ("Trong 2000 doanh nghiệp được khảo sát, gần một nửa thiếu vốn.", []),
        ("Từ 2018, tỉnh không còn xã đặc biệt khó khăn.", ["2018"]),
    ],
)
def test_a_year_alone_after_a_word_of_time_is_a_year(body: str, found: list[str]) -> None:
    assert dates(extract_text(body, date="2021-05")) == found


@pytest.mark.parametrize(
    "body",
    [
        "Sở Nội vụ tỉnh Hà Nam vừa tổ chức hội nghị tập huấn công tác văn thư. Chiều 12/5, phát biểu tại hội"
        " nghị, Giám đốc Sở Trần Văn Nam cho biết toàn tỉnh đã số hóa 80% hồ sơ.",
        "Sở Nội vụ tỉnh Hà Nam vừa tổ chức hội nghị tập huấn công tác văn thư.\nNgày 12/5, tại hội nghị,"
        " Giám đốc Sở Trần Văn Nam cho biết toàn tỉnh đã số hóa 80% hồ sơ.",
    ],
)
def test_a_day_opening_a_sentence_that_names_the_event_again_is_its_day(body: str) -> None:
    assert str(event_of(extract_text(body, date="2023-05")).start) == "2023-05-12"


def test_a_day_inside_a_later_sentence_is_not_the_event_day() -> None:
    body = (
        "Sở Nội vụ tỉnh Hà Nam vừa tổ chức hội nghị tập huấn công tác văn thư. Phát biểu tại hội nghị, Giám"
        " đốc Sở Trần Văn Nam cho biết đến ngày 12/5 toàn tỉnh đã số hóa 80% hồ sơ."
    )
    assert event_of(extract_text(body, date="2023-05")).start is None
