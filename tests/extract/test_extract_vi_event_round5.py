"""The Vietnamese event finder, issue 12's events round vievt4: where a name ends, verbs that hold an
event, a headline's event reported with a longer head, organisers and guests of honour; on
sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import event_of, event_place, extract_text, guests, names_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Trường Đại học Bách khoa tổ chức cuộc thi Sinh viên sáng tạo năm 2023.",
            "cuộc thi Sinh viên sáng tạo năm 2023",
        ),
        (
            "Tối 12/5, Công ty Minh Phát tổ chức hội thảo về giải pháp tối ưu chi phí vận hành.",
            "hội thảo về giải pháp tối ưu chi phí vận hành",
        ),
        (
            "Sáng 12/5, Bộ Tư pháp tổ chức hội nghị tập huấn về chiều hướng cải cách hành chính.",
            "hội nghị tập huấn về chiều hướng cải cách hành chính",
        ),
        (
            "Sáng 12/5, Bộ Khoa học và Công nghệ tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo quốc gia 2023"
            " tại Hà Nội.",
            "Ngày hội Khởi nghiệp đổi mới sáng tạo quốc gia 2023",
        ),
    ],
)
def test_a_word_that_begins_with_a_time_of_day_stays_in_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tại cuộc họp báo chiều tối ngày 12/5, ông Trần Văn Hải cho biết như vậy.", "cuộc họp báo"),
        ("Tại hội nghị sáng cùng ngày, ông Trần Văn Hải cho biết như vậy.", "hội nghị"),
        ("Phát biểu tại buổi lễ sáng nay, ông Trần Văn Hải cho biết như vậy.", "buổi lễ"),
    ],
)
def test_a_time_of_day_still_ends_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize("verb", ["khai mạc", "bế mạc"])
def test_to_chuc_khai_mac_is_one_verb_whose_subject_organises(verb: str) -> None:
    item = extract_text(
        f"Tối 12/5, tại TP Cao Lãnh, UBND tỉnh Đồng Tháp tổ chức {verb} Tuần lễ Văn hóa Du lịch Đồng Tháp"
        " năm 2023.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "Tuần lễ Văn hóa Du lịch Đồng Tháp năm 2023"
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Đồng Tháp"]


def test_a_headlines_event_reported_with_a_longer_head() -> None:
    item = extract_text(
        "Thủ tướng chủ trì hội nghị Chính phủ với địa phương\n\nSáng 12/5, tại Hà Nội, Thủ tướng Phạm Minh"
        " Chính chủ trì Hội nghị trực tuyến Chính phủ với các địa phương.",
        date="2023-05",
    )
    event = event_of(item)
    assert event.name == "Hội nghị trực tuyến Chính phủ với các địa phương"
    assert str(event.start) == "2023-05-12"


def test_a_headlines_event_is_not_another_kind_the_lede_reports() -> None:
    item = extract_text(
        "Thủ tướng dự hội thảo về kinh tế số\n\nSáng 12/5, tại Hà Nội, Bộ Tài chính tổ chức họp báo về"
        " kết quả thu ngân sách.",
        date="2023-05",
    )
    assert event_of(item).name == "hội thảo về kinh tế số"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Công ty Minh Phát tổ chức quay số mở thưởng chương trình khuyến mại"
            ' "Mua xe trúng quà".',
            'quay số mở thưởng chương trình khuyến mại "Mua xe trúng quà"',
        ),
        (
            "Sáng 12/5, Công ty Minh Phát tổ chức bốc thăm trúng thưởng chương trình"
            ' "Vui hè cùng Minh Phát".',
            'bốc thăm trúng thưởng chương trình "Vui hè cùng Minh Phát"',
        ),
    ],
)
def test_a_lucky_draw_held_is_named_by_its_verb(body: str, name: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, ["Công ty Minh Phát"])


def test_how_many_take_part_is_no_part_of_the_name() -> None:
    item = extract_text(
        "Sáng 12/5, UBND TP Đà Nẵng tổ chức Ngày hội Văn hóa các dân tộc với hơn 2.000 nghệ nhân.",
        date="2023-05",
    )
    assert event_of(item).name == "Ngày hội Văn hóa các dân tộc"


@pytest.mark.parametrize(
    "witness",
    [
        "Thủ tướng Phạm Minh Chính chứng kiến lễ ký kết.",
        "Chứng kiến lễ ký kết có Thủ tướng Phạm Minh Chính.",
        "Buổi lễ diễn ra dưới sự chứng kiến của Thủ tướng Phạm Minh Chính.",
    ],
)
def test_an_official_who_witnesses_a_signing_is_the_guest_of_honour(witness: str) -> None:
    item = extract_text(
        "Sáng 12/5, tại Hà Nội, Tập đoàn Minh Phát và Tập đoàn Hoàng Long tổ chức lễ ký kết thỏa thuận hợp"
        f" tác chiến lược. {witness}",
        date="2023-05",
    )
    assert guests(item) == ["Phạm Minh Chính"]


def test_people_who_witness_are_no_guest_of_honour_without_an_official() -> None:
    item = extract_text(
        "Sáng 12/5, Công ty Minh Phát tổ chức lễ ký kết hợp đồng. Nhiều khách hàng chứng kiến lễ ký kết.",
        date="2023-05",
    )
    assert guests(item) == []


def test_a_title_that_says_around_the_name_what_the_lede_says_names_the_ledes_event() -> None:
    item = extract_text(
        "Phó Thủ tướng dự Hội nghị xúc tiến đầu tư tỉnh Bình Định\n\nSáng 12/5, tại TP Quy Nhơn, UBND tỉnh"
        " Bình Định tổ chức Hội nghị xúc tiến đầu tư năm 2023.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("Hội nghị xúc tiến đầu tư năm 2023", "2023-05-12")
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Bình Định"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Bộ Y tế tổ chức trực tuyến Hội nghị tổng kết công tác phòng chống dịch.",
            "Hội nghị tổng kết công tác phòng chống dịch",
        ),
        (
            "Sáng 12/5, Bộ Y tế tổ chức trang trọng Lễ kỷ niệm 70 năm ngày Thầy thuốc Việt Nam.",
            "Lễ kỷ niệm 70 năm ngày Thầy thuốc Việt Nam",
        ),
    ],
)
def test_how_the_event_is_held_may_stand_between_the_verb_and_its_head(body: str, name: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, ["Bộ Y tế"])


def test_with_phoi_hop_alone_the_first_body_named_organises() -> None:
    item = extract_text(
        "Sáng 12/5, Bộ Y tế phối hợp Bộ Công an tổ chức hội nghị triển khai đề án dữ liệu dân cư.",
        date="2023-05",
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Bộ Y tế"]


def test_a_body_holds_the_session_it_tien_hanh() -> None:
    item = extract_text(
        "Sáng 12/5, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 23 tại Nhà Quốc hội.", date="2023-05"
    )
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (
        "phiên họp thứ 23",
        ["Ủy ban Thường vụ Quốc hội"],
    )


def test_tien_hanh_without_an_event_head_is_no_event() -> None:
    item = extract_text(
        "Sáng 12/5, Công an tỉnh tiến hành kiểm tra các cơ sở kinh doanh karaoke.", date="2023-05"
    )
    assert item.event is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, tại Hà Nội, Chủ tịch Quốc hội Trần Văn Bình tiếp đoàn đại biểu Hội Cựu chiến binh"
            " tỉnh Nghệ An.",
            "tiếp đoàn đại biểu Hội Cựu chiến binh tỉnh Nghệ An",
        ),
        (
            "Sáng 12/5, Chủ tịch nước Trần Văn Bình gặp mặt đại biểu người có công tiêu biểu tỉnh Hà Nam.",
            "gặp mặt đại biểu người có công tiêu biểu tỉnh Hà Nam",
        ),
        (
            "Sáng 12/5, Chủ tịch nước Trần Văn Bình gặp gỡ bà con Việt kiều tại Lào.",
            "gặp gỡ bà con Việt kiều",
        ),
    ],
)
def test_an_official_receives_or_meets_named_by_the_verb_phrase(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


def test_a_body_that_meets_voters_organises_the_meeting() -> None:
    item = extract_text("Sáng 12/5, Đoàn ĐBQH tỉnh Nam Định tiếp xúc cử tri huyện Hải Hậu.", date="2023-05")
    event = event_of(item)
    assert event.name == "tiếp xúc cử tri huyện Hải Hậu"
    assert names_of(item, event.organiser_ids) == ["Đoàn ĐBQH tỉnh Nam Định"]


def test_a_speech_that_directs_at_the_event_names_it_and_its_guest() -> None:
    item = extract_text(
        "Phó Thủ tướng Trần Văn Bình: Cần đẩy nhanh chuyển đổi số\n\nPhát biểu chỉ đạo tại hội nghị trực"
        " tuyến toàn quốc về chuyển đổi số do Bộ Thông tin và Truyền thông tổ chức sáng 12/5, Phó Thủ tướng"
        " Trần Văn Bình yêu cầu các bộ, ngành đẩy nhanh tiến độ.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("hội nghị trực tuyến toàn quốc về chuyển đổi số", "2023-05-12")
    assert names_of(item, event.organiser_ids) == ["Bộ Thông tin và Truyền thông"]
    assert guests(item) == ["Trần Văn Bình"]


def test_a_headlines_festival_is_the_one_whose_opening_the_lede_reports() -> None:
    item = extract_text(
        "Lễ hội Hoa ban 2023 chính thức khai mạc\n\nTối 12/5, tại TP Điện Biên Phủ, UBND tỉnh Điện Biên tổ"
        " chức Lễ khai mạc Lễ hội Hoa ban lần thứ 8 năm 2023.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, str(event.start)) == ("Lễ khai mạc Lễ hội Hoa ban lần thứ 8 năm 2023", "2023-05-12")
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Điện Biên"]


@pytest.mark.parametrize(
    "rest",
    [
        "thu hút 200 doanh nghiệp tham gia",
        "quy tụ hơn 200 doanh nghiệp",
        "kéo dài đến ngày 18/5",
        "gồm 300 gian hàng",
    ],
)
def test_how_many_take_part_or_how_long_it_lasts_ends_the_name(rest: str) -> None:
    item = extract_text(
        f"Sáng 12/5, Sở Công Thương tổ chức Hội chợ hàng Việt năm 2023 {rest}.", date="2023-05"
    )
    assert event_of(item).name == "Hội chợ hàng Việt năm 2023"


def test_a_topic_that_begins_with_thu_hut_stays_in_the_name() -> None:
    item = extract_text("Sáng 12/5, Sở Kế hoạch tổ chức hội thảo thu hút đầu tư nước ngoài.", date="2023-05")
    assert event_of(item).name == "hội thảo thu hút đầu tư nước ngoài"


@pytest.mark.parametrize("kind", ["đại biểu", "toàn thể"])
def test_a_bodys_congress_of_delegates_is_held_by_the_body(kind: str) -> None:
    item = extract_text(
        f"Sáng 12/5, Đại hội {kind} Hội Nông dân tỉnh Nghệ An lần thứ XI đã khai mạc.", date="2023-05"
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Hội Nông dân tỉnh Nghệ An"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ngày 12/5, Hội Nhà báo Việt Nam khai mạc Hội báo toàn quốc năm 2023 tại Hà Nội.",
            "Hội báo toàn quốc năm 2023",
        ),
        ("Sáng 12/5, Sở Văn hóa tỉnh Cà Mau tổ chức Hội sách Cà Mau lần thứ 5.", "Hội sách Cà Mau lần thứ 5"),
        (
            "Sáng 12/5, Tỉnh đoàn Quảng Nam tổ chức Hội trại Tòng quân năm 2023.",
            "Hội trại Tòng quân năm 2023",
        ),
        (
            "Sáng 12/5, Sở Lao động tỉnh Bình Dương tổ chức phiên giao dịch việc làm lưu động.",
            "phiên giao dịch việc làm lưu động",
        ),
    ],
)
def test_fairs_camps_and_job_fairs_are_events(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


def test_an_association_of_the_press_is_no_press_fair() -> None:
    item = extract_text("Sáng 12/5, Hội Báo chí tỉnh Cà Mau tổ chức hội nghị tổng kết.", date="2023-05")
    assert names_of(item, event_of(item).organiser_ids) == ["Hội Báo chí tỉnh Cà Mau"]


@pytest.mark.parametrize(
    ("body", "name", "organiser"),
    [
        (
            "Sáng 12/5, tại Đồng Nai, Bộ Giao thông vận tải khởi công dự án cao tốc Biên Hòa - Vũng Tàu.",
            "khởi công dự án cao tốc Biên Hòa - Vũng Tàu",
            "Bộ Giao thông vận tải",
        ),
        (
            "Sáng 12/5, Tổng công ty Đường sắt Việt Nam chính thức khai trương tuyến tàu du lịch Huế"
            " - Đà Nẵng.",
            "khai trương tuyến tàu du lịch Huế - Đà Nẵng",
            "Tổng công ty Đường sắt Việt Nam",
        ),
        (
            "Sáng 12/5, tại Hà Nội, Ngân hàng Minh Phát và Tập đoàn Hoàng Long ký kết thỏa thuận hợp tác"
            " toàn diện.",
            "ký kết thỏa thuận hợp tác toàn diện",
            "Ngân hàng Minh Phát",
        ),
    ],
)
def test_a_launch_or_signing_named_by_its_verb_phrase(body: str, name: str, organiser: str) -> None:
    item = extract_text(body, date="2023-05")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, [organiser])


@pytest.mark.parametrize(
    "body",
    [
        "Sáng 12/5, Công ty Minh Phát khởi công nhà xưởng mới.",  # nothing named is launched
        "Sáng 12/5, Công ty Minh Phát ký kết với nhiều khách hàng.",  # nothing signed
    ],
)
def test_a_launch_or_signing_of_nothing_named_is_no_event(body: str) -> None:
    assert extract_text(body, date="2023-05").event is None


@pytest.mark.parametrize("verb", ["phát lệnh khởi công", "bấm nút khởi công", "cắt băng khánh thành"])
def test_an_official_who_gives_the_order_is_the_launchs_guest_of_honour(verb: str) -> None:
    item = extract_text(
        f"Sáng 12/5, Thủ tướng Trần Văn Bình {verb} dự án cao tốc Biên Hòa - Vũng Tàu.", date="2023-05"
    )
    event = event_of(item)
    assert event.name == f"{verb.split()[-2]} {verb.split()[-1]} dự án cao tốc Biên Hòa - Vũng Tàu"
    assert (guests(item), event.organiser_ids) == (["Trần Văn Bình"], [])


def test_another_name_for_the_head_in_parentheses_keeps_the_topic_in_the_name() -> None:
    item = extract_text(
        "Sáng 12/5, Sở Công Thương tổ chức hội thảo trực tuyến (webinar) về thương mại điện tử.",
        date="2023-05",
    )
    assert event_of(item).name == "hội thảo trực tuyến (webinar) về thương mại điện tử"


def test_a_number_in_parentheses_still_ends_the_name() -> None:
    item = extract_text(
        "Sáng 12/5, Sở Công Thương tổ chức hội thảo (lần 2) về thương mại điện tử.", date="2023-05"
    )
    assert event_of(item).name == "hội thảo"


@pytest.mark.parametrize(
    "when",
    ["hôm 12/5", "từ 12/5 đến 14/5", "vừa qua", "cuối tuần qua", "tuần trước", "hôm thứ Hai", "đầu tháng 5"],
)
def test_a_time_said_after_the_name_ends_it(when: str) -> None:
    item = extract_text(f"Bộ Y tế vừa tổ chức Hội nghị khoa học toàn quốc {when}.", date="2023-05")
    assert event_of(item).name == "Hội nghị khoa học toàn quốc"


def test_a_period_named_in_the_name_stays_in_it() -> None:
    item = extract_text("Sáng 12/5, Bộ Y tế tổ chức Hội nghị tổng kết công tác năm vừa qua.", date="2023-05")
    assert event_of(item).name == "Hội nghị tổng kết công tác năm vừa qua"


def test_ngay_hom_qua_is_the_day_before_the_articles() -> None:
    item = extract_text("Bộ Y tế tổ chức Hội nghị khoa học toàn quốc ngày hôm qua.", date="2023-05-13")
    event = event_of(item)
    assert (event.name, str(event.start)) == ("Hội nghị khoa học toàn quốc", "2023-05-12")


@pytest.mark.parametrize("verb", ["đăng cai", "phát động"])
def test_a_body_that_hosts_or_launches_the_event_after_do_organises_it(verb: str) -> None:
    item = extract_text(
        f"Sáng 12/5, Hội thảo quốc tế về văn học do Trường Đại học Sư phạm Hà Nội {verb} đã khai mạc.",
        date="2023-05",
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Trường Đại học Sư phạm Hà Nội"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sáng 12/5, Trường Đại học Sư phạm tổ chức hội thảo khoa học về chuyển đổi số trong giáo dục.",
            "hội thảo khoa học về chuyển đổi số trong giáo dục",
        ),
        (
            "Sáng 12/5, Hội Liên hiệp Phụ nữ tổ chức tọa đàm về vai trò của phụ nữ trong phát triển kinh tế.",
            "tọa đàm về vai trò của phụ nữ trong phát triển kinh tế",
        ),
    ],
)
def test_trong_inside_a_topic_stays_in_the_name(body: str, name: str) -> None:
    assert event_of(extract_text(body, date="2023-05")).name == name


@pytest.mark.parametrize(
    "rest",
    [
        "trong khuôn khổ Tuần lễ Y tế",
        "trong 2 ngày",
        "trong bối cảnh dịch bệnh",
        "trong không khí trang trọng",
    ],
)
def test_trong_before_a_frame_or_a_time_ends_the_name(rest: str) -> None:
    item = extract_text(f"Sáng 12/5, Bộ Y tế tổ chức hội nghị tổng kết {rest}.", date="2023-05")
    assert event_of(item).name == "hội nghị tổng kết"


def test_who_attends_and_directs_after_cua_is_the_guest_not_the_chair_before() -> None:
    item = extract_text(
        "Sáng 12/5, Bộ trưởng Bộ Y tế Lê Thu Hà chủ trì hội nghị tổng kết với sự tham dự và chỉ đạo của Phó"
        " Thủ tướng Trần Văn Bình.",
        date="2023-05",
    )
    roles = [(names_of(item, [p.entity_id])[0], p.role.value) for p in event_of(item).participants]
    assert roles == [("Lê Thu Hà", "chair"), ("Trần Văn Bình", "guest_of_honour")]


@pytest.mark.parametrize(
    ("body", "name", "guest"),
    [
        (
            "Sáng 12/5, Thủ tướng Trần Văn Bình thăm Bệnh viện Bạch Mai.",
            "thăm Bệnh viện Bạch Mai",
            "Trần Văn Bình",
        ),
        (
            "Ngày 12/5, Chủ tịch nước Lê Văn Hùng bắt đầu thăm chính thức Lào.",
            "thăm chính thức Lào",
            "Lê Văn Hùng",
        ),
    ],
)
def test_an_officials_bare_visit_is_named_by_its_verb_phrase(body: str, name: str, guest: str) -> None:
    item = extract_text(body, date="2023-05")
    assert (event_of(item).name, guests(item)) == (name, [guest])


def test_a_visit_by_someone_with_no_office_is_no_event() -> None:
    assert extract_text("Sáng 12/5, anh Trần Văn Bình thăm Hội An.", date="2023-05").event is None


def test_an_officials_working_trip_is_a_visit_with_its_place_and_guest() -> None:
    item = extract_text(
        "Sáng 12/5, Thứ trưởng Bộ Y tế Trần Văn Bình đã có chuyến công tác tại tỉnh Sóc Trăng.",
        date="2023-05",
    )
    event = event_of(item)
    assert (event.name, event_place(item), guests(item)) == (
        "chuyến công tác tại tỉnh Sóc Trăng",
        "Sóc Trăng",
        ["Trần Văn Bình"],
    )
