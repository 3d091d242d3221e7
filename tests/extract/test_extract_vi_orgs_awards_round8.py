"""Vietnamese organisations and awards: committees named by a purpose of prevention, written with
its official comma, and championships told by "vô địch" as a verb (issue 12, round viaward8), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import awards, extract_text, organisations


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 vừa gửi công văn tới các địa phương.",
            "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19",
        ),
        (
            "Theo Ban chỉ đạo Quốc gia phòng, chống dịch, số ca mắc mới đang giảm.",
            "Ban chỉ đạo Quốc gia phòng, chống dịch",
        ),
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp phiên thứ 12.",
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
        ),
        (
            "Ủy ban Quốc gia phòng, chống AIDS đã tổng kết công tác năm qua.",
            "Ủy ban Quốc gia phòng, chống AIDS",
        ),
        (
            "Ban Chỉ đạo phòng, chống dịch tỉnh Hà Tĩnh cho biết đã cách ly 30 người.",
            "Ban Chỉ đạo phòng, chống dịch tỉnh Hà Tĩnh",
        ),
        (
            "Ban chỉ đạo phòng chống dịch Covid-19 TP Cần Thơ yêu cầu các quận kiểm tra.",
            "Ban chỉ đạo phòng chống dịch Covid-19 TP Cần Thơ",
        ),
        (
            "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Phú Yên ra công điện.",
            "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Phú Yên",
        ),
    ],
)
def test_a_committee_named_by_its_purpose_of_prevention_keeps_its_comma(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Sở Y tế phòng chống dịch hiệu quả trong năm qua.", ["Sở Y tế"]),
        ("Bộ Y tế chỉ đạo phòng, chống dịch tại các bệnh viện.", ["Bộ Y tế"]),
    ],
)
def test_prevention_after_a_named_body_is_its_verb(body: str, names: list[str]) -> None:
    assert organisations(extract_text(body)) == names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("CLB Thanh Hóa từng vô địch V-League 2011 dưới thời HLV Lê Thụy Hải.", "vô địch V-League 2011"),
        ("Đội tuyển Thái Lan lên ngôi vô địch AFF Cup 2020 sau hai lượt trận.", "vô địch AFF Cup 2020"),
        ("Sau khi vô địch SEA Games 31, đội được thưởng lớn.", "vô địch SEA Games 31"),
        ("Nadal vô địch Roland Garros lần thứ 13.", "vô địch Roland Garros"),
        ("Đội bóng đất Cảng đã vô địch Cúp Quốc gia năm ngoái.", "vô địch Cúp Quốc gia"),
    ],
)
def test_a_championship_told_by_its_verb_is_won(body: str, name: str) -> None:
    assert name in awards(extract_text(body))


@pytest.mark.parametrize(
    "body",
    [
        "Võ sĩ trẻ hạ gục nhà vô địch Martin Lê trong hiệp hai.",
        "Manchester City là đương kim vô địch Premier League.",
        "Đội bóng chưa từng vô địch V-League.",
        "Câu lạc bộ quyết tâm vô địch V-League 2022.",
        "Cuộc đua vô địch Ngoại hạng Anh đang rất hấp dẫn.",
        "Nhà vô địch SEA Games 31 được thưởng 1 tỷ đồng.",
        "Tân vô địch Wimbledon trả lời phỏng vấn sau trận.",
    ],
)
def test_a_champion_a_wish_or_a_race_is_no_championship_won(body: str) -> None:
    assert awards(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Cục Cảnh sát điều tra tội phạm về ma túy vừa triệt phá một đường dây lớn.",
            "Cục Cảnh sát điều tra tội phạm về ma túy",
        ),
        (
            "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Lạng Sơn đã khởi tố vụ án.",
            "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Lạng Sơn",
        ),
        (
            "Theo Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Công an tỉnh Long An,"
            " vụ việc đang được làm rõ.",
            "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Công an tỉnh Long An",
        ),
    ],
)
def test_a_crime_investigation_department_is_named_with_its_crimes(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


def test_crimes_investigated_after_a_verb_are_no_part_of_a_name() -> None:
    body = "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình đang điều tra tội phạm về ma túy."
    assert organisations(extract_text(body)) == ["Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Trung ương Đoàn TNCS Hồ Chí Minh vừa phát động chiến dịch.", "Trung ương Đoàn TNCS Hồ Chí Minh"),
        (
            "Theo Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, chiến dịch kéo dài 2 tháng.",
            "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        ),
        ("Trung ương Đoàn đã tổng kết chiến dịch.", "Trung ương Đoàn"),
    ],
)
def test_the_youth_union_s_central_committee_is_named_with_the_union(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Học sinh tỉnh Thái Bình giành 40 giải tại kỳ thi chọn học sinh giỏi quốc gia, trong đó có"
            " 2 giải Nhất, 10 giải Nhì.",
            ["giải Nhất", "giải Nhì"],
        ),
        ("Đội tuyển giành 4 huy chương tại Olympic Vật lý quốc tế, gồm 3 HCV và 1 HCB.", ["HCV", "HCB"]),
    ],
)
def test_the_awards_named_among_unnamed_ones_won_at_a_contest_are_read(body: str, names: list[str]) -> None:
    assert awards(extract_text(body)) == names


def test_a_list_in_the_next_sentence_is_not_read_as_the_same_win() -> None:
    body = "Trường giành nhiều giải tại cuộc thi. Trong đó có giải Nhất của em Lan."
    assert awards(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Nghệ thuật Ca trù được UNESCO ghi danh vào Danh sách Di sản văn hóa phi vật thể cần bảo vệ"
            " khẩn cấp.",
            "Danh sách Di sản văn hóa phi vật thể cần bảo vệ khẩn cấp",
        ),
        (
            "Quần thể danh thắng Tràng An được ghi danh là Di sản văn hóa và thiên nhiên thế giới.",
            "Di sản văn hóa và thiên nhiên thế giới",
        ),
    ],
)
def test_a_heritage_inscribed_by_unesco_is_recognised(body: str, name: str) -> None:
    assert awards(extract_text(body)) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Tên anh được ghi danh vào Sách kỷ lục Guinness.",
        "Nhiều sinh viên ghi danh vào các lớp học trực tuyến.",
        "Tên em được ghi danh vào danh sách học sinh tiêu biểu.",
    ],
)
def test_other_enrolments_are_no_inscription(body: str) -> None:
    assert awards(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tổ công tác của Thủ tướng Chính phủ đã họp.", "Tổ công tác của Thủ tướng Chính phủ"),
        ("Theo Tổ công tác của Thủ tướng, nhiều thủ tục đã được cắt giảm.", "Tổ công tác của Thủ tướng"),
    ],
)
def test_the_prime_minister_s_working_group_is_named_by_whose_it_is(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tiền vệ Văn Đức được bình chọn Cầu thủ xuất sắc nhất giải đấu.", "Cầu thủ xuất sắc nhất giải đấu"),
        ("Chị Lê Thu Hà được tuyên dương Thầy thuốc trẻ tiêu biểu.", "Thầy thuốc trẻ tiêu biểu"),
    ],
)
def test_a_title_voted_or_commended_without_la_is_conferred(body: str, name: str) -> None:
    assert awards(extract_text(body)) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Ông Trần Văn Minh được bầu chọn Chủ tịch HĐQT nhiệm kỳ mới.",
        "Sản phẩm được bình chọn trong nhóm 10 thương hiệu mạnh.",
        "Công an huyện Gia Lâm được tuyên dương vì thành tích phá án.",
    ],
)
def test_a_post_elected_to_or_an_unnamed_commendation_is_no_title(body: str) -> None:
    assert awards(extract_text(body)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ban QLDA Đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa cho biết cầu sẽ thông xe.",
            "Ban QLDA Đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa",
        ),
        (
            "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Gia Lai là chủ"
            " đầu tư.",
            "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Gia Lai",
        ),
    ],
)
def test_a_project_board_s_long_field_goes_on_to_its_place(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


def test_a_project_board_s_field_ends_before_a_verb() -> None:
    body = "Ban Quản lý dự án Đầu tư xây dựng yêu cầu nhà thầu về tỉnh Gia Lai."
    assert organisations(extract_text(body))[0] == "Ban Quản lý dự án Đầu tư"
