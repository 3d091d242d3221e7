"""The Vietnamese event finder, one construction at a time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsml_kit.model import ParticipantRole
from support.extraction import event_of, event_place, extract_text, guests, names_of


def test_an_event_named_by_its_own_name_that_its_organiser_announces() -> None:
    item = extract_text("Samsung vừa công bố SDC 2023 sẽ diễn ra từ ngày 5/6 đến ngày 8/6.", date="2023-04")
    event = event_of(item)
    assert (event.name, str(event.start), str(event.end)) == ("SDC 2023", "2023-06-05", "2023-06-08")
    assert names_of(item, event.organiser_ids) == ["Samsung"]


@pytest.mark.parametrize(
    "body",
    [
        "Đợt 2 diễn ra từ ngày 4/5.",  # a count, no name
        "Trận đấu giữa CLB Hải Phòng và CLB Nam Định diễn ra chiều nay.",  # bodies, no event
    ],
)
def test_a_subject_without_an_acronym_or_a_year_is_no_headless_event(body: str) -> None:
    assert extract_text(body).event is None


def test_words_between_the_verb_and_the_event_head() -> None:
    item = extract_text("Sáng 12/4, Sở Y tế tỉnh Nam Định đã tổ chức thành công Hội nghị tổng kết năm 2022.")
    event = event_of(item)
    assert event.name == "Hội nghị tổng kết năm 2022"
    assert names_of(item, event.organiser_ids) == ["Sở Y tế tỉnh Nam Định"]
    item = extract_text("Công ty Minh Phát cho biết sẽ tổ chức thêm một buổi họp báo vào ngày 20/4.")
    assert event_of(item).name == "buổi họp báo"


def test_the_head_of_a_visiting_delegation_is_the_guest_of_honour() -> None:
    item = extract_text(
        "Đoàn công tác Bộ Tài chính làm việc với tỉnh Bạc Liêu.\n\n"
        "Giám đốc Sở Tài chính tỉnh Bạc Liêu Lê Văn Hòa báo cáo tình hình thu ngân sách.\n\n"
        "Tại buổi làm việc, Thứ trưởng Bộ Tài chính Phạm Minh Đức ghi nhận kết quả của tỉnh."
    )
    assert guests(item) == ["Phạm Minh Đức"]


def test_a_delegation_without_a_member_named_by_its_body_has_no_guest() -> None:
    item = extract_text(
        "Đoàn công tác Bộ Tài chính làm việc với tỉnh Bạc Liêu.\n\n"
        "Giám đốc Sở Tài chính tỉnh Bạc Liêu Lê Văn Hòa báo cáo tình hình thu ngân sách."
    )
    assert guests(item) == []


def test_the_place_that_hosts_the_event() -> None:
    item = extract_text(
        "Lễ khai mạc Tuần lễ Văn hóa 2023 với chủ đề về biển.\n\n"
        "Năm nay, Quảng Ninh tiếp tục đăng cai tổ chức Tuần lễ Văn hóa."
    )
    assert event_place(item) == "Quảng Ninh"


def test_a_ground_in_a_sentence_that_names_the_ceremony_again() -> None:
    item = extract_text(
        "Lễ khai mạc Giải bóng đá Hạng Nhất 2023 diễn ra chiều ngày 8/4.\n\n"
        "Trận mở màn diễn ra ngay sau buổi lễ trên sân Thiên Trường."
    )
    assert event_place(item) == "sân Thiên Trường"


def test_a_ground_in_a_sentence_about_something_else_is_no_event_place() -> None:
    item = extract_text(
        "Lễ khai mạc Giải bóng đá Hạng Nhất 2023 diễn ra chiều ngày 8/4.\n\n"
        "Tuần trước, hai đội đã tập luyện trên sân Thiên Trường."
    )
    assert event_place(item) is None


def test_what_a_meeting_is_to_discuss_is_part_of_its_name_and_a_purpose_is_not() -> None:
    item = extract_text("UBND tỉnh Cà Mau có buổi họp với các sở để bàn về công tác phòng, chống lụt bão.")
    assert event_of(item).name == "buổi họp với các sở để bàn về công tác phòng, chống lụt bão"
    item = extract_text("UBND tỉnh Cà Mau có buổi họp với các sở để rà soát công tác phòng, chống lụt bão.")
    assert event_of(item).name == "buổi họp với các sở"


@pytest.mark.parametrize(
    ("body", "name", "organiser"),
    [
        (
            "Hội nghị do Sở Tài chính tỉnh Nam Định tổ chức sáng 12/4 tại thành phố Nam Định.",
            "Hội nghị",
            "Sở Tài chính tỉnh Nam Định",
        ),
        (
            'Hội thảo "Nông nghiệp xanh" được Viện Chính sách Nông nghiệp tổ chức ngày 14/4 tại Hà Nội.',
            'Hội thảo "Nông nghiệp xanh"',
            "Viện Chính sách Nông nghiệp",
        ),
    ],
)
def test_the_organiser_named_after_the_event(body: str, name: str, organiser: str) -> None:
    item = extract_text(body)
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (name, [organiser])
    assert event_place(item) is not None


def test_an_event_after_the_verb_that_says_it_took_place() -> None:
    item = extract_text("Ngày 25/4, tại Hà Nội đã diễn ra Lễ ký kết thỏa thuận hợp tác giữa hai bộ.")
    event = event_of(item)
    assert (event.name, str(event.start), event_place(item)) == (
        "Lễ ký kết thỏa thuận hợp tác giữa hai bộ",
        "2023-04-25",
        "Hà Nội",
    )


def test_a_leader_who_visits_and_works_with_a_province() -> None:
    item = extract_text("Ngày 12/4, Phó Thủ tướng Lê Văn Hùng đến thăm và làm việc với tỉnh Hà Giang.")
    assert (event_of(item).name, event_place(item), guests(item)) == (
        "thăm và làm việc với tỉnh Hà Giang",
        "Hà Giang",
        ["Lê Văn Hùng"],
    )


def test_an_event_dated_by_a_relative_day_with_its_date_beside_it() -> None:
    item = extract_text("Sáng nay (26/4), tại Hà Nội, Hội nghị xúc tiến đầu tư năm 2023 đã khai mạc.")
    assert str(event_of(item).start) == "2023-04-26"
    assert [str(d.value) for d in item.dates] == ["2023-04-26", "2023"]


def test_who_directs_the_event_comes_before_who_attends_it() -> None:
    item = extract_text(
        "Sáng 21/4, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Đến dự có ông Phan Văn Tú, Giám đốc Bảo hiểm xã hội tỉnh.\n\n"
        "Phát biểu chỉ đạo hội nghị, Phó Chủ tịch UBND tỉnh Trần Minh Đức đề nghị ngành y tế."
    )
    assert guests(item) == ["Trần Minh Đức"]


def test_a_guest_who_only_attends_when_nobody_directs() -> None:
    item = extract_text(
        "Sáng 21/4, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Đến dự có ông Phan Văn Tú, Giám đốc Bảo hiểm xã hội tỉnh."
    )
    assert guests(item) == ["Phan Văn Tú"]


def test_a_body_named_as_where_the_meeting_is_does_not_hold_it() -> None:
    item = extract_text(
        "Chiều 28/4, tại trụ sở Bộ Ngoại giao, Thứ trưởng Lê Văn Minh đã có cuộc hội đàm với Đại sứ Nhật Bản."
    )
    assert (event_of(item).name, event_of(item).organiser_ids) == ("cuộc hội đàm với Đại sứ Nhật Bản", [])


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        (
            'Tối 22/4, chương trình nghệ thuật "Mùa xuân đất nước" đã được tổ chức tại Quảng trường Ba Đình.',
            "Quảng trường Ba Đình",
        ),
        (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh đã khai mạc sáng 18/4 tại Hội trường Tỉnh ủy.",
            "Hội trường Tỉnh ủy",
        ),
        ("Sáng 3/4, lễ hội đua thuyền đã diễn ra tại thôn Đông Hòa, xã Yên Lạc.", "thôn Đông Hòa"),
    ],
)
def test_a_venue_or_a_village_where_the_event_takes_place(body: str, venue: str) -> None:
    assert event_place(extract_text(body)) == venue


def test_a_classifier_before_a_seminar_is_part_of_its_name() -> None:
    item = extract_text(
        'Ngày 20/4, Viện Kinh tế đã tổ chức buổi tọa đàm "Kinh tế số" với sự tham gia của chuyên gia.'
    )
    assert event_of(item).name == 'buổi tọa đàm "Kinh tế số"'


def test_the_event_in_the_first_paragraph_after_a_headline_and_a_standfirst() -> None:
    item = extract_text(
        "Nông dân Hà Nam được mùa lúa xuân\n\n"
        "Năng suất lúa vụ xuân năm nay tăng so với cùng kỳ.\n\n"
        "Theo Sở Nông nghiệp, giá lúa ổn định.\n\n"
        "Sáng 12/4, Sở Nông nghiệp tỉnh Hà Nam tổ chức Hội nghị tổng kết vụ xuân."
    )
    assert (event_of(item).name, str(event_of(item).start)) == ("Hội nghị tổng kết vụ xuân", "2023-04-12")


@pytest.mark.parametrize(
    ("body", "name", "date"),
    [
        (
            "Trao đổi với cán bộ tại hội nghị cán bộ toàn quốc, Phó Thủ tướng Lê Văn Hùng nhấn mạnh yêu cầu.",
            "hội nghị cán bộ toàn quốc",
            None,
        ),
        (
            "Câu hỏi được đặt ra với người phát ngôn Bộ Ngoại giao tại cuộc họp báo chiều 6/4.",
            "cuộc họp báo",
            "2023-04-06",
        ),
        (
            "Trong buổi họp báo trực tuyến ngày 3/4, Bộ trưởng Lê Văn Minh cho biết kế hoạch.",
            "buổi họp báo trực tuyến",
            "2023-04-03",
        ),
    ],
)
def test_an_event_named_where_the_sentence_s_speech_happens(body: str, name: str, date: str | None) -> None:
    event = event_of(extract_text(body))
    assert (event.name, str(event.start) if event.start else None) == (name, date)


def test_an_event_cited_mid_sentence_as_where_something_was_once_adopted_is_not_reported() -> None:
    body = "Tuyên bố này đã được thông qua tại Hội nghị Cấp cao lần thứ 30 trong năm 2017."
    assert extract_text(body).event is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Hội chợ Nông sản an toàn năm 2023 đã bế mạc chiều 16/4.", "Hội chợ Nông sản an toàn năm 2023"),
        ("Hội thảo Vật liệu mới đã kết thúc sáng 16/4.", "Hội thảo Vật liệu mới"),
        ("Chiều 16/4, Sở Công Thương tỉnh Hà Nam bế mạc Hội chợ Thương mại 2023.", "Hội chợ Thương mại 2023"),
    ],
)
def test_an_event_that_closed_or_ended(body: str, name: str) -> None:
    event = event_of(extract_text(body))
    assert (event.name, str(event.start)) == (name, "2023-04-16")


def test_an_event_of_an_earlier_year_is_cited_not_reported() -> None:
    assert extract_text("Tại lễ trao giải năm 2019, nữ ca sĩ Lan Anh mặc một chiếc váy đỏ.").event is None
    item = extract_text("Sáng 20/4, Hội Nhà văn Hà Nội tổ chức lễ trao giải thưởng văn học năm 2022.")
    assert event_of(item).name == "lễ trao giải thưởng văn học năm 2022"


def test_the_day_a_later_sentence_says_the_event_took_place() -> None:
    item = extract_text(
        'Hội người Việt tại Lào tổ chức đêm hội "Trăng rằm".\n\n'
        "Chương trình được tổ chức vào tối ngày 9/4 tại trụ sở của hội."
    )
    assert str(event_of(item).start) == "2023-04-09"


def test_a_day_said_relative_to_the_article_s_date() -> None:
    item = extract_text("Sáng nay, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết.", date="2023-04-28")
    assert str(event_of(item).start) == "2023-04-28"
    item = extract_text("Tối hôm qua, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết.", date="2023-04-28")
    assert str(event_of(item).start) == "2023-04-27"
    # "tuần qua", "hiện nay" name no day.
    item = extract_text("Tuần qua, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết.", date="2023-04-28")
    assert event_of(item).start is None


@pytest.mark.parametrize(
    ("body", "name", "organiser"),
    [
        (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Trị lần thứ 5 đã khai mạc sáng 18/4.",
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Trị lần thứ 5",
            "Ban Chấp hành Đảng bộ tỉnh Quảng Trị",
        ),
        (
            "Lễ đặt tên đường Võ Nguyên Giáp do UBND thành phố Đà Nẵng tổ chức đã diễn ra sáng 20/4.",
            "Lễ đặt tên đường Võ Nguyên Giáp",
            "UBND thành phố Đà Nẵng",
        ),
        (
            "Phát biểu tại hội nghị sơ kết của Sở Tài chính tỉnh Nam Định, ông Lê Văn Tâm cho biết.",
            "hội nghị sơ kết của Sở Tài chính tỉnh Nam Định",
            "Sở Tài chính tỉnh Nam Định",
        ),
    ],
)
def test_an_organiser_named_in_or_right_after_the_event_s_name(body: str, name: str, organiser: str) -> None:
    item = extract_text(body)
    assert (event_of(item).name, names_of(item, event_of(item).organiser_ids)) == (name, [organiser])


def test_who_chairs_the_event_named_after_the_verb() -> None:
    item = extract_text("Phó Chủ tịch UBND tỉnh Lê Văn Hải chủ trì hội nghị trực tuyến về phòng, chống dịch.")
    event = event_of(item)
    chairs = [p.entity_id for p in event.participants if p.role is ParticipantRole.CHAIR]
    assert (event.name, names_of(item, chairs)) == (
        "hội nghị trực tuyến về phòng, chống dịch",
        ["Lê Văn Hải"],
    )


def test_an_event_a_leader_attends_named_after_the_verb() -> None:
    item = extract_text("Sáng 22/4, Thủ tướng Phạm Minh Hòa dự lễ khởi công cầu Rạch Miễu 2.")
    assert (event_of(item).name, str(event_of(item).start)) == ("lễ khởi công cầu Rạch Miễu 2", "2023-04-22")


def test_a_launch_is_named_by_its_verb_phrase() -> None:
    item = extract_text(
        "Sáng 26/4, Công ty Minh Long khai trương Trung tâm thương mại Minh Long tại tỉnh Đồng Nai."
    )
    event = event_of(item)
    assert (event.name, event_place(item), names_of(item, event.organiser_ids)) == (
        "khai trương Trung tâm thương mại Minh Long",
        "Đồng Nai",
        ["Công ty Minh Long"],
    )


def test_a_launch_without_a_named_object_is_no_event() -> None:
    assert extract_text("Công ty Minh Long cho biết cửa hàng sẽ khai trương vào tháng sau.").event is None


def test_the_body_that_holds_the_event_when_no_finder_named_it() -> None:
    item = extract_text("Chiều 18/4, tại Hà Nội, Bộ Kế hoạch và Đầu tư đã tổ chức họp báo công bố số liệu.")
    assert names_of(item, event_of(item).organiser_ids) == ["Bộ Kế hoạch và Đầu tư"]
    # Not a clause that is no name: lower-case words only, or a person in it.
    assert event_of(extract_text("Sáng 18/4, các em học sinh tổ chức lễ chào cờ.")).organiser_ids == []


def test_an_event_told_of_back_then_is_cited_not_reported() -> None:
    body = "Tại sự kiện đặc biệt diễn ra hồi tháng 2, hãng Minh Phát đã giới thiệu điện thoại mới."
    assert extract_text(body).event is None


def test_a_generic_event_noun_its_organiser_holds() -> None:
    item = extract_text(
        "Hãng Minh Phát cho biết sẽ tổ chức một sự kiện đặc biệt vào ngày 10/5.", date="2023-04"
    )
    assert (event_of(item).name, str(event_of(item).start)) == ("sự kiện đặc biệt", "2023-05-10")


def test_the_first_paragraph_that_reports_an_event_names_the_main_one() -> None:
    item = extract_text(
        "Chiều tối 3/4, tại buổi họp báo, Sở Giáo dục tỉnh Nam Định trả lời câu hỏi của phóng viên.\n\n"
        "Tháng trước, Sở Giáo dục tỉnh Nam Định tổ chức Hội nghị tổng kết năm học."
    )
    assert (event_of(item).name, str(event_of(item).start)) == ("buổi họp báo", "2023-04-03")


def test_who_directs_the_event_in_a_caption_or_with_a_comma() -> None:
    item = extract_text(
        "Sáng 21/4, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Minh Đức phát biểu chỉ đạo hội nghị (Ảnh: Lan Hương)."
    )
    assert guests(item) == ["Trần Minh Đức"]
    item = extract_text(
        "Sáng 21/4, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Minh Đức dự, chỉ đạo hội nghị."
    )
    assert guests(item) == ["Trần Minh Đức"]


def test_where_a_sentence_naming_the_event_again_says_it_takes_place() -> None:
    item = extract_text(
        "Sáng 21/4, Sở Y tế tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022.\n\n"
        "Hội nghị được tổ chức trực tiếp tại thành phố Nam Định và trực tuyến tới các huyện."
    )
    assert event_place(item) == "Nam Định"


def test_with_several_organisers_the_first_named_holds_the_event() -> None:
    item = extract_text(
        "Ngày 23/4, Học viện Ngân hàng phối hợp với Ngân hàng Nhà nước tổ chức hội thảo về tài chính số."
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Học viện Ngân hàng"]


def test_a_reception_a_leader_holds() -> None:
    item = extract_text(
        "Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế vừa có buổi tiếp và làm việc với Đại sứ Nhật Bản."
    )
    assert event_of(item).name == "buổi tiếp và làm việc với Đại sứ Nhật Bản"


def test_where_an_event_closed() -> None:
    item = extract_text(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 3 bế mạc chiều 21/4 tại Hà Tĩnh."
    )
    assert event_place(item) == "Hà Tĩnh"


def test_the_organiser_in_a_later_sentence_that_names_the_event_again() -> None:
    item = extract_text(
        "Phát biểu tại hội nghị sáng 21/4, ông Lê Văn Tâm cho biết kế hoạch năm nay.\n\n"
        "Hội nghị do Sở Tài chính tỉnh Nam Định tổ chức với sự tham gia của 200 đại biểu."
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Sở Tài chính tỉnh Nam Định"]


def test_the_final_night_of_a_contest() -> None:
    item = extract_text('Tối 22/4, đêm chung kết cuộc thi "Giọng hát hay" đã diễn ra tại thành phố Huế.')
    assert (event_of(item).name, event_place(item)) == ('đêm chung kết cuộc thi "Giọng hát hay"', "Huế")


def test_a_ceremony_named_by_its_verb_after_to_chuc() -> None:
    item = extract_text("Sáng 25/4, Trường Đại học Y Dược Huế tổ chức trao bằng tốt nghiệp cho 300 bác sĩ.")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids)) == (
        "trao bằng tốt nghiệp",
        ["Trường Đại học Y Dược Huế"],
    )


def test_a_leader_who_works_with_a_province_s_body() -> None:
    item = extract_text("Chiều 20/4, Bộ trưởng Bộ Công Thương Lê Văn Tân làm việc với UBND tỉnh Quảng Nam.")
    assert (event_of(item).name, event_place(item), guests(item)) == (
        "làm việc với UBND tỉnh Quảng Nam",
        "Quảng Nam",
        ["Lê Văn Tân"],
    )


@pytest.mark.parametrize(
    "body",
    [
        "Lực lượng y tế tiếp tục làm việc với những trường hợp F1.",
        "Qua làm việc với Đoàn kiểm tra, chủ nhà hàng khẳng định giá niêm yết.",
    ],
)
def test_working_with_people_or_without_a_subject_is_no_visit(body: str) -> None:
    assert extract_text(body).event is None


@pytest.mark.parametrize(
    "body",
    [
        "Ngày 14/4, Sở Công Thương tỉnh Hải Dương và Sở Tài chính tỉnh Hải Dương đồng tổ chức"
        " hội nghị về giá.",
        "Ngày 14/4, Sở Công Thương tỉnh Hải Dương, Sở Tài chính tỉnh Hải Dương tổ chức hội nghị về giá.",
    ],
)
def test_two_bodies_named_together_before_the_verb_the_first_holds_the_event(body: str) -> None:
    item = extract_text(body)
    assert names_of(item, event_of(item).organiser_ids) == ["Sở Công Thương tỉnh Hải Dương"]


@pytest.mark.parametrize(
    "body",
    [
        "Sáng 14/4, Hội thảo về nông nghiệp sạch được tổ chức bởi Sở Nông nghiệp tỉnh Thái Bình.",
        # a later sentence of the same paragraph, naming it again or as "the event"
        "Sáng 14/4, Hội thảo về nông nghiệp sạch đã diễn ra tại Thái Bình. Hội thảo do Sở Nông nghiệp"
        " tỉnh Thái Bình tổ chức.",
        "Sáng 14/4, Hội thảo về nông nghiệp sạch đã diễn ra tại Thái Bình. Sự kiện được tổ chức bởi"
        " Sở Nông nghiệp tỉnh Thái Bình.",
    ],
)
def test_an_organiser_after_bo_i_or_in_a_later_sentence_of_the_paragraph(body: str) -> None:
    item = extract_text(body)
    assert names_of(item, event_of(item).organiser_ids) == ["Sở Nông nghiệp tỉnh Thái Bình"]


@pytest.mark.parametrize(
    ("body", "organiser"),
    [
        ("Tại cuộc họp báo thường kỳ Bộ Tư pháp chiều 14/4, ông Lê Văn Tâm cho biết.", "Bộ Tư pháp"),
        ("Sáng 14/4, Hội nghị giao ban trực tuyến Bộ Tài chính đã diễn ra.", "Bộ Tài chính"),
        ("Sáng 14/4, kỳ họp thứ 5 HĐND tỉnh Thái Bình đã khai mạc.", "HĐND tỉnh Thái Bình"),
    ],
)
def test_the_body_after_how_often_or_how_the_meeting_is_held(body: str, organiser: str) -> None:
    item = extract_text(body)
    assert names_of(item, event_of(item).organiser_ids) == [organiser]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # the place after the name and its day
        (
            "Trong buổi họp báo ngày 14/4 tại thủ đô Viêng Chăn, ông Lê Văn Tâm cho biết kế hoạch.",
            "Viêng Chăn",
        ),
        (
            "Phát biểu tại lễ khai mạc chiều 14/4 tại Thái Bình, ông Lê Văn Tâm cho biết kế hoạch.",
            "Thái Bình",
        ),
        # a venue the entity finders did not name, its words in either case
        (
            "Sáng 14/4, tại Trung tâm Hội nghị Quốc gia, Hội nghị toàn quốc về nông thôn mới đã diễn ra.",
            "Trung tâm Hội nghị Quốc gia",
        ),
    ],
)
def test_where_the_event_is_after_its_day_or_at_a_venue(body: str, where: str) -> None:
    item = extract_text(body)
    assert event_place(item) == where


def test_a_head_inside_a_venue_s_name_is_no_event() -> None:
    item = extract_text(
        "Sáng 14/4, tại Trung tâm Hội nghị Quốc gia, Hội nghị toàn quốc về nông thôn mới đã diễn ra."
    )
    assert event_of(item).name == "Hội nghị toàn quốc về nông thôn mới"


def test_the_days_and_places_of_what_is_said_at_the_event_are_not_its_own() -> None:
    item = extract_text(
        "Tại cuộc họp báo chiều 14/4, bà Lê Thị Lan cho biết, các trường xét tuyển từ ngày 2 - 4/5"
        " tại Thái Bình."
    )
    event = event_of(item)
    assert (str(event.start), event.end, event_place(item)) == ("2023-04-14", None, None)


@pytest.mark.parametrize(
    "second",
    [
        "Hội nghị có sự tham dự của Phó Chủ tịch nước Lê Văn Tâm.",
        "Tham dự hội nghị có Phó Chủ tịch nước Lê Văn Tâm và đại diện các sở, ngành.",
        "Dự hội nghị có Phó Chủ tịch nước Lê Văn Tâm.",
        # the person after "sự tham dự của", not the chair named before it
        "Chủ tịch UBND tỉnh Hoàng Văn Minh chủ trì hội nghị với sự tham dự của Phó Chủ tịch nước Lê Văn Tâm.",
    ],
)
def test_a_guest_named_after_the_words_that_say_they_attend(second: str) -> None:
    item = extract_text(f"Sáng 14/4, UBND tỉnh Thái Bình tổ chức hội nghị xúc tiến đầu tư. {second}")
    assert guests(item) == ["Lê Văn Tâm"]


def test_a_sentence_opening_with_du_kien_names_no_guest() -> None:
    item = extract_text(
        "Sáng 14/4, UBND tỉnh Thái Bình tổ chức hội nghị xúc tiến đầu tư. Dự kiến hội nghị có ông Lê Văn Tâm."
    )
    assert guests(item) == []


def test_the_chair_after_su_chu_tri_cua() -> None:
    item = extract_text(
        "Sáng 14/4, bà Lê Thị Lan phát biểu tại hội nghị về nông thôn mới diễn ra dưới sự chủ trì của"
        " Chủ tịch UBND tỉnh Hoàng Văn Minh."
    )
    roles = event_of(item).participants
    chairs = names_of(item, [p.entity_id for p in roles if p.role is ParticipantRole.CHAIR])
    assert chairs == ["Hoàng Văn Minh"]


def test_a_comma_before_a_body_or_a_person_ends_the_event_s_name() -> None:
    item = extract_text(
        "Sáng 14/4, hưởng ứng Ngày hội Sách Thái Bình 2023, Công ty Minh Phát khai trương nhà sách mới."
    )
    assert event_of(item).name == "Ngày hội Sách Thái Bình 2023"
    # a comma that goes on in lower case is inside the name
    item = extract_text(
        "Sáng 14/4, Sở Tư pháp tổ chức Hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023."
    )
    assert event_of(item).name == "Hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023"
    # nor a comma in a list of bodies the name holds
    item = extract_text(
        "Sáng 14/4, Sở Tư pháp tổ chức Hội nghị giao ban giữa Bộ Tư pháp, Bộ Công an và Bộ Quốc phòng."
    )
    assert event_of(item).name == "Hội nghị giao ban giữa Bộ Tư pháp, Bộ Công an và Bộ Quốc phòng"


def test_a_meeting_a_leader_chairs_named_with_its_classifier() -> None:
    item = extract_text("Sáng 14/4, Phó Chủ tịch UBND tỉnh Lê Văn Hải chủ trì cuộc họp với các doanh nghiệp.")
    event = event_of(item)
    chairs = [p.entity_id for p in event.participants if p.role is ParticipantRole.CHAIR]
    assert (event.name, names_of(item, chairs)) == ("cuộc họp với các doanh nghiệp", ["Lê Văn Hải"])


def test_a_comma_after_a_quoted_title_ends_the_event_s_name() -> None:
    item = extract_text(
        'Chiều 14/4, Sở Tư pháp tổ chức Hội thảo "Pháp luật và đời sống", thu hút 200 đại biểu.'
    )
    assert event_of(item).name == 'Hội thảo "Pháp luật và đời sống"'


def test_a_place_in_the_sentence_s_opening_time_phrase() -> None:
    item = extract_text("Tối 14/4 tại Thái Bình, Công ty Minh Phát tổ chức lễ ra mắt sản phẩm mới.")
    assert event_place(item) == "Thái Bình"


def test_a_later_paragraph_names_the_event_again_by_its_shortest_head() -> None:
    item = extract_text(
        "Sở Y tế tỉnh Thái Bình vừa tổ chức hội nghị trực tuyến về tiêm chủng.\n\n"
        "Hội nghị được tổ chức vào sáng 14/4 tại Thái Bình với sự tham gia của 8 huyện."
    )
    assert event_place(item) == "Thái Bình"


def test_a_guest_who_only_attends_has_an_official_title() -> None:
    item = extract_text(
        "Tối 14/4, Công ty Minh Phát tổ chức lễ trao giải Ngôi sao 2023."
        " Tham dự lễ trao giải có ca sĩ Lê Văn Tâm."
    )
    assert guests(item) == []


def test_a_visit_s_name_ends_before_its_days() -> None:
    item = extract_text("Chủ tịch nước Lê Văn Tâm đang có chuyến thăm chính thức Lào từ ngày 14/4 đến 16/4.")
    event = event_of(item)
    assert (event.name, str(event.start), str(event.end)) == (
        "chuyến thăm chính thức Lào",
        "2023-04-14",
        "2023-04-16",
    )


def test_a_venue_s_whole_name_where_the_place_finder_cut_it_short() -> None:
    item = extract_text(
        "Sáng 14/4, tại Trung tâm hội nghị Quốc gia, Sở Tư pháp tổ chức Hội nghị tổng kết năm 2022."
    )
    assert event_place(item) == "Trung tâm hội nghị Quốc gia"


def test_those_who_attend_a_working_visit_are_its_hosts_not_its_guest() -> None:
    item = extract_text(
        "Ngày 14/4, Đoàn công tác của Bộ Tư pháp đã có buổi làm việc tại tỉnh Thái Bình.\n\n"
        "Tham dự buổi làm việc có ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Thái Bình."
    )
    assert guests(item) == []


@pytest.mark.parametrize("days", ["từ ngày 12 đến 14/4", "từ 12 đến ngày 14/4", "trong ba ngày 12 và 14/4"])
def test_the_days_of_a_multi_day_event_with_the_month_said_once(days: str) -> None:
    event = event_of(extract_text(f"Hội thảo về nông nghiệp sạch diễn ra {days} tại Thái Bình."))
    assert (str(event.start), str(event.end)) == ("2023-04-12", "2023-04-14")


def test_the_organiser_named_again_further_on_in_the_report() -> None:
    item = extract_text(
        "Tại buổi họp báo sáng 14/4, ông Lê Văn Tâm cho biết lịch thi đấu.\n\n"
        "Giải năm nay có 12 đội tham dự.\n\nCác trận đấu diễn ra trên 3 sân.\n\n"
        "Vé được bán từ tuần sau.\n\nBuổi họp báo do Liên đoàn Bóng đá Thái Bình tổ chức."
    )
    assert names_of(item, event_of(item).organiser_ids) == ["Liên đoàn Bóng đá Thái Bình"]


def test_who_directs_in_a_sentence_that_opens_phat_bieu_tai_the_event() -> None:
    item = extract_text(
        "Sáng 14/4, UBND tỉnh Thái Bình tổ chức hội nghị xúc tiến đầu tư. Phát biểu tại hội nghị, Phó Thủ"
        " tướng Lê Văn Tâm chỉ đạo tỉnh cải thiện môi trường đầu tư."
    )
    assert guests(item) == ["Lê Văn Tâm"]


def test_the_chair_after_a_sentence_opening_chu_tri() -> None:
    item = extract_text(
        "Sáng 14/4, UBND tỉnh Thái Bình tổ chức hội nghị xúc tiến đầu tư. Chủ trì hội nghị có Chủ tịch UBND"
        " tỉnh Hoàng Văn Minh."
    )
    roles = event_of(item).participants
    assert names_of(item, [p.entity_id for p in roles if p.role is ParticipantRole.CHAIR]) == [
        "Hoàng Văn Minh"
    ]


def test_a_place_the_place_finder_named_with_its_unit() -> None:
    item = extract_text("Lễ hội Hoa sen 2023 sẽ diễn ra tại TP Hải Phòng vào tối 14/4.")
    assert event_place(item) == "TP Hải Phòng"


def test_the_day_right_after_the_event_named_again_later() -> None:
    item = extract_text(
        "Sở Tư pháp tỉnh Thái Bình tổ chức họp báo về dự thảo luật mới.\n\n"
        "Tại buổi họp báo chiều 14/4, ông Lê Văn Tâm cho biết dự thảo sẽ được trình Quốc hội."
    )
    assert str(event_of(item).start) == "2023-04-14"
    # a day in what is said at it is not the event's
    item = extract_text(
        "Sở Tư pháp tỉnh Thái Bình tổ chức họp báo về dự thảo luật mới.\n\n"
        "Tại buổi họp báo, ông Lê Văn Tâm cho biết dự thảo sẽ được trình vào ngày 20/5."
    )
    assert event_of(item).start is None


def test_who_directs_at_the_event_named_after_the_verb() -> None:
    item = extract_text(
        "Sáng 14/4, UBND tỉnh Thái Bình tổ chức hội nghị xúc tiến đầu tư. Phó Thủ tướng Lê Văn Tâm chỉ đạo"
        " tại hội nghị rằng tỉnh cần cải thiện môi trường đầu tư."
    )
    assert guests(item) == ["Lê Văn Tâm"]


def test_noi_chung_reports_no_speech() -> None:
    item = extract_text(
        "Tại hội thảo, giáo viên nói chung và phụ huynh nói riêng đã trao đổi sáng 14/4 tại Thái Bình."
    )
    assert str(event_of(item).start) == "2023-04-14"


def test_an_event_its_organiser_holds_named_by_its_own_name() -> None:
    item = extract_text("Sáng 14/4, Samsung tổ chức Galaxy Unpacked 2023 tại Seoul.")
    event = event_of(item)
    assert (event.name, names_of(item, event.organiser_ids), event_place(item)) == (
        "Galaxy Unpacked 2023",
        ["Samsung"],
        "Seoul",
    )


def test_a_body_that_is_not_set_up_is_no_event() -> None:
    assert extract_text("Thành phố sẽ không tổ chức HĐND quận, phường từ năm 2023.").event is None


def test_a_state_visit_takes_place_where_it_goes_and_the_visitor_is_its_guest() -> None:
    item = extract_text("Chủ tịch nước Lê Văn Tâm đang có chuyến thăm chính thức Lào từ ngày 14/4 đến 16/4.")
    assert (event_place(item), guests(item)) == ("Lào", ["Lê Văn Tâm"])


def test_a_body_inside_the_venue_s_name_is_not_the_organiser() -> None:
    item = extract_text(
        "Sáng 12/5, tại Hội trường UBND tỉnh, UBND tỉnh Lào Cai tổ chức hội nghị xúc tiến đầu tư.",
        date="2023-05",
    )
    event = event_of(item)
    assert names_of(item, event.organiser_ids) == ["UBND tỉnh Lào Cai"]
    assert event_place(item) == "Hội trường UBND tỉnh"
