"""The Vietnamese pack's grammar, one construction at a time, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsml_kit import NewsItem, read
from newsml_kit.model import ParticipantRole
from support.extraction import extract_text, guests, people, rank_and_titles


def test_rank_then_academic_prefix_then_name() -> None:
    item = extract_text("Trung tướng, GS.TS Nguyễn Văn Sơn, Thứ trưởng Bộ Công an dự và chỉ đạo.")
    assert rank_and_titles(item, "Nguyễn Văn Sơn") == ("Trung tướng", ["Thứ trưởng Bộ Công an"])


def test_titles_after_a_dash_and_before_a_name() -> None:
    item = extract_text(
        "Đại tá Lê Văn Tâm - Giám đốc Công an tỉnh Nghệ An cho biết."
        " Bộ trưởng Bộ Tư pháp Lê Thành Long phát biểu."
    )
    assert rank_and_titles(item, "Lê Văn Tâm") == ("Đại tá", ["Giám đốc Công an tỉnh Nghệ An"])
    assert rank_and_titles(item, "Lê Thành Long") == (None, ["Bộ trưởng Bộ Tư pháp"])


def test_a_bare_position_before_a_name_is_its_title_when_no_fuller_one_is_written() -> None:
    item = extract_text("Thứ trưởng Trần Văn Hòa phát biểu tại buổi lễ. Phó Thủ tướng Lê Minh Khôi dự.")
    assert rank_and_titles(item, "Trần Văn Hòa") == (None, ["Thứ trưởng"])
    assert rank_and_titles(item, "Lê Minh Khôi") == (None, ["Phó Thủ tướng"])
    fuller = extract_text("Thứ trưởng Bộ Xây dựng Trần Văn Hòa dự. Thứ trưởng Trần Văn Hòa phát biểu.")
    assert rank_and_titles(fuller, "Trần Văn Hòa") == (None, ["Thứ trưởng Bộ Xây dựng"])


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Cục Cảnh sát giao thông tổ chức hội thi.", "Cục Cảnh sát giao thông"),
        ("Bộ Giao thông vận tải phối hợp thực hiện.", "Bộ Giao thông vận tải"),
        ("Ủy ban nhân dân tỉnh Quảng Bình ban hành kế hoạch.", "Ủy ban nhân dân tỉnh Quảng Bình"),
        ("Đại diện Bộ Lao động - Thương binh và Xã hội phát biểu.", "Bộ Lao động - Thương binh và Xã hội"),
        ("Bộ Công Thương phối hợp với các địa phương.", "Bộ Công Thương"),
    ],
)
def test_organisation_names_end_where_the_sentence_goes_on(sentence: str, organisation: str) -> None:
    assert [o.name for o in extract_text(sentence).organisations] == [organisation]


def test_an_acronym_defined_in_parentheses_clusters_both_forms() -> None:
    item = extract_text(
        "Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức hội nghị. Sau đó, Sở GD&ĐT công bố kết quả.", date="2023-05"
    )
    # "GD&ĐT" spells "Giáo dục và Đào tạo" ("và" is "&"): the long and short names are one body.
    assert [sorted([o.name, *o.aliases]) for o in item.organisations] == [
        ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"]
    ]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Ngày 28/12, hội nghị diễn ra.", ["2022-12-28"]),  # December, reported in January: last year
        ("Ngày 10 tháng 2 năm 2023, ông phát biểu.", ["2023-02-10"]),
        ("Từ ngày 24-27/4/2021, đoàn làm việc.", ["2021-04-24/2021-04-27"]),
        ("Nhiệm kỳ 2021-2026 bắt đầu.", ["2021/2026"]),
        ("Ngày 04-01-2023, cục tặng giấy khen.", ["2023-01-04"]),
        ("Sáng 20-12, hội nghị khai mạc.", ["2022-12-20"]),
        ("Từ ngày 27-28/12, đoàn làm việc.", ["2022-12-27/2022-12-28"]),
        ("Tỷ lệ đạt 85.157.192/98.713.820 nhân khẩu.", []),
    ],
)
def test_date_forms(sentence: str, dates: list[str]) -> None:
    found = [str(d.value) + (f"/{d.end}" if d.end else "") for d in extract_text(sentence).dates]
    assert found == dates


def test_a_document_and_its_short_reference_are_one_document() -> None:
    item = extract_text(
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
        " Nghị quyết số 57 của Bộ Chính trị là nền tảng."
    )
    assert [(d.kind, d.number, str(d.date), len(d.mentions)) for d in item.documents] == [
        ("Nghị quyết", "57-NQ/TW", "2024-12-22", 2)
    ]


def test_receiving_an_award_makes_the_subject_the_recipient() -> None:
    item = extract_text("Học viện Tư pháp vinh dự đón nhận Huân chương Lao động hạng Nhất.")
    award = item.awards[0]
    assert (award.name, award.giver_id, [r.text for r in award.recipients]) == (
        "Huân chương Lao động hạng Nhất",
        None,
        ["Học viện Tư pháp"],
    )


def test_an_event_that_takes_place_with_its_organiser_in_its_name() -> None:
    item = extract_text(
        "Sáng 15/3, Hội nghị tổng kết năm 2022 của Bộ Tư pháp đã diễn ra tại Hà Nội."
        " Dự và chỉ đạo Hội nghị có đồng chí Nguyễn Văn Bình, Ủy viên Bộ Chính trị.",
        date="2023-03",
    )
    event = item.event
    assert event is not None
    names = {entity.id: getattr(entity, "name", "") for _, entity in item.entities()}
    assert (event.name, str(event.start), names[event.place_id or ""]) == (
        "Hội nghị tổng kết năm 2022 của Bộ Tư pháp",
        "2023-03-15",
        "Hà Nội",
    )
    assert [names[ref] for ref in event.organiser_ids] == ["Bộ Tư pháp"]
    assert [(names[p.entity_id], p.role) for p in event.participants] == [
        ("Nguyễn Văn Bình", ParticipantRole.GUEST_OF_HONOUR)
    ]


def test_an_event_without_a_date_in_the_text_has_none() -> None:
    item = extract_text("Bộ Y tế tổ chức Hội thảo về an toàn thực phẩm tại Hà Nội.")
    assert item.event is not None
    assert item.event.start is None


def test_several_authors_in_the_byline() -> None:
    item = extract_text("Bộ Y tế tổ chức hội thảo.\n\nThanh Hải - Minh Anh")
    assert item.byline == "Thanh Hải - Minh Anh"
    assert [p.name for p in item.people if p.roles] == ["Thanh Hải", "Minh Anh"]


@pytest.mark.parametrize(
    ("credit", "is_person"), [("Minh Khang", True), ("M.Quân", True), ("Getty Images", False)]
)
def test_photo_credits_name_photographers_only_when_they_are_names(credit: str, is_person: bool) -> None:
    item = extract_text(f"Quang cảnh hội nghị (Ảnh: {credit}).")
    assert item.body[0].credit is not None
    assert ([p.name for p in item.people] == [credit]) is is_person


def test_a_dashed_count_is_no_date() -> None:
    assert extract_text("Mỗi đơn vị cử từ 5-7 người tham gia.").dates == []


# --- the finders, one at a time -----------------------------------------------------------------


def test_the_ruler_lists_the_finders_in_order_and_runs_one_alone() -> None:
    from newsml_kit.extract.core import Extraction
    from newsml_kit.extract.vi import RULER

    assert RULER.names() == [
        "credits",
        "people",
        "places",
        "organisations",
        "dates",
        "documents",
        "awards",
        "event",
    ]
    item = read(" date 2023-04 Ngày 27/4, Bộ Y tế tổ chức hội nghị tại Hà Nội.".encode(), extract=False).item
    alone = Extraction(item)
    RULER.run(alone, only=["dates"])
    built = alone.build()
    assert [d.value.isoformat() for d in built.dates] == ["2023-04-27"]
    assert not built.places
    assert not built.organisations
    with pytest.raises(KeyError, match="no finder named"):
        RULER.run(Extraction(item), only=["nonsense"])
    RULER.get("places")(alone)
    assert [p.name for p in alone.build().places] == ["Hà Nội"]


# --- issue 12: the grammar in general, on sentences written for these tests ---------------------


def test_the_byline_stands_before_a_closing_source_line_which_names_an_organisation() -> None:
    item = extract_text("Bộ Y tế tổ chức hội thảo.\n\nHồng Nhung\n\nTheo Reuters")
    assert item.byline == "Hồng Nhung"
    assert "Reuters" in [o.name for o in item.organisations]


def test_a_byline_glued_to_its_source_and_a_compiled_story() -> None:
    assert extract_text("Hội thảo diễn ra.\n\nT.LinhTheo AFP").byline == "T.Linh"
    assert extract_text("Hội thảo diễn ra.\n\nNgọc Mai (tổng hợp)").byline == "Ngọc Mai"


def test_a_name_after_a_word_for_what_a_person_is() -> None:
    item = extract_text("Trên sân khấu, nữ ca sĩ 29 tuổi người Anh Zola Brixton hát hai bài.")
    assert "Zola Brixton" in people(item)
    assert "Anh" in [p.name for p in item.places]  # a nationality is a place


def test_kinship_words_introduce_only_full_vietnamese_names() -> None:
    item = extract_text("Theo lời kể của chị Trần Thu Hà, em Hoa đã về nhà.")
    assert people(item) == ["Trần Thu Hà"]


def test_a_common_foreign_given_name_starts_a_name() -> None:
    assert "Susan Wexley" in people(extract_text("Bà cho biết Susan Wexley sẽ sang thăm vào tháng tới."))


def test_names_listed_with_a_known_person_are_people() -> None:
    item = extract_text("Đề cử gồm có diễn viên Tom Hanley, Zed Kowalski, Brin Ortega và Lark Pruitt.")
    assert {"Tom Hanley", "Zed Kowalski", "Brin Ortega", "Lark Pruitt"} <= set(people(item))


def test_a_three_syllable_name_with_a_family_name_is_a_person_but_not_a_street() -> None:
    item = extract_text("Phút 40, Lê Văn Khải sút bóng. Cửa hàng nằm trên đường Trần Hưng Đạo.")
    assert people(item) == ["Lê Văn Khải"]


def test_a_title_ends_with_a_foreign_name() -> None:
    item = extract_text("Bộ trưởng Ngoại giao Indonesia Retno Marsudi phát biểu.")
    assert "Retno Marsudi" in people(item)


def test_title_appositions_through_abbreviations_and_parentheses() -> None:
    item = extract_text(
        "Dự lễ có ông Hoàng Minh Đức, UV BCT, Bí thư Thành ủy Hải Phòng (Trưởng Ban Chỉ đạo Quốc gia"
        " về Du lịch), và nhiều đại biểu."
    )
    assert rank_and_titles(item, "Hoàng Minh Đức")[1] == [
        "UV BCT",
        "Bí thư Thành ủy Hải Phòng",
        "Trưởng Ban Chỉ đạo Quốc gia về Du lịch",
    ]


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Bộ Lao động-Thương binh và Xã hội ban hành kế hoạch.", "Bộ Lao động-Thương binh và Xã hội"),
        (
            "Trung tâm Kiểm soát bệnh tật tỉnh Nam Định cảnh báo.",
            "Trung tâm Kiểm soát bệnh tật tỉnh Nam Định",
        ),
        ("Trận đấu của Hà Tĩnh FC kết thúc muộn.", "Hà Tĩnh FC"),
        ("Hải quân Philippines cho biết.", "Hải quân Philippines"),
    ],
)
def test_organisation_names_hyphenated_with_lower_case_fields_and_clubs(
    sentence: str, organisation: str
) -> None:
    assert organisation in [o.name for o in extract_text(sentence).organisations]


def test_coordinated_dates_ranges_and_a_year_after_a_name() -> None:
    item = extract_text(
        "Dịp nghỉ lễ 30/4 và 1/5, hội chợ mở cửa từ ngày 3/6 đến ngày 6/6."
        " Giải Vô địch Quốc gia 2022 khởi tranh.",
        date="2022-04",
    )
    values = {d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates}
    assert {"2022-04-30", "2022-05-01", "2022-06-03", "2022-06-06", "2022-06-03/2022-06-06", "2022"} <= values


def test_a_day_a_few_months_after_the_header_is_this_year_and_far_after_is_last_year() -> None:
    item = extract_text("Hội nghị dự kiến diễn ra ngày 7/6. Năm trước, ngày 20/12 có bão.", date="2022-04")
    assert {d.value.isoformat() for d in item.dates} == {"2022-06-07", "2021-12-20"}


def test_awards_only_when_conferred() -> None:
    ceremony = extract_text("Nữ diễn viên dự lễ trao giải Oscar trong bộ váy đỏ.")
    nomination = extract_text("Anh được đề cử giải Cánh diều vàng năm nay.")
    won = extract_text("Bà đã nhận giải Biên kịch xuất sắc nhất với phim Mùa lũ.")
    assert ceremony.awards == []
    assert nomination.awards == []
    assert [a.name for a in won.awards] == ["giải Biên kịch xuất sắc nhất"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Lễ khai mạc Giải bóng chuyền Quốc gia 2022 diễn ra chiều ngày 24/4.",
            "Lễ khai mạc Giải bóng chuyền Quốc gia 2022",
        ),
        ("UBND tỉnh Cà Mau có buổi họp khẩn với các sở, ngành.", "buổi họp khẩn với các sở"),
        ("Đoàn công tác Bộ Tài chính làm việc với tỉnh Bạc Liêu.", "làm việc với tỉnh Bạc Liêu"),
        ("Phát biểu tại cuộc họp báo ngày 22/4, ông Lê Văn Tâm cho biết.", "cuộc họp báo"),
        (
            'Hội thảo khoa học "Nước sạch trong đô thị" đã diễn ra tại Huế.',
            'Hội thảo khoa học "Nước sạch trong đô thị"',
        ),
    ],
)
def test_the_main_event_however_it_is_introduced(body: str, name: str) -> None:
    item = extract_text(body, date="2022-04")
    assert item.event is not None
    assert item.event.name == name


def test_a_multi_day_event_has_a_start_and_an_end() -> None:
    item = extract_text(
        "Hội chợ Du lịch Quốc tế diễn ra từ ngày 7/4 đến ngày 10/4 tại Hà Nội.", date="2022-04"
    )
    assert item.event is not None
    assert (str(item.event.start), str(item.event.end)) == ("2022-04-07", "2022-04-10")
    assert item.event.place_id is not None


def test_the_organiser_is_no_parent_body_and_no_owner_in_parentheses() -> None:
    item = extract_text(
        "Sáng 20/4, viện nghiên cứu, thuộc Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư) đã tổ chức hội thảo."
    )
    assert item.event is not None
    assert item.event.organiser_ids == []


def test_the_guest_of_honour_gives_directions() -> None:
    item = extract_text(
        "Bộ Y tế tổ chức Hội nghị tổng kết.\n\n"
        "Phát biểu chỉ đạo hội nghị, Phó Thủ tướng Lê Minh Khái đề nghị."
    )
    assert item.event is not None
    guests = [p.entity_id for p in item.event.participants if p.role is ParticipantRole.GUEST_OF_HONOUR]
    assert [p.name for p in item.people if p.id in guests] == ["Lê Minh Khái"]


def test_a_working_visit_takes_place_where_it_goes() -> None:
    item = extract_text("Đoàn công tác Bộ Tài chính làm việc với tỉnh Bạc Liêu.")
    assert item.event is not None
    assert [p.name for p in item.places if p.id == item.event.place_id] == ["Bạc Liêu"]


def test_a_coach_cue_before_a_name_is_the_title() -> None:
    item = extract_text("HLV Trần Minh Khoa bên phía đội chủ nhà tung tiền đạo Lê Văn Bình vào sân.")
    assert rank_and_titles(item, "Trần Minh Khoa") == (None, ["HLV"])


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Người phát ngôn của lực lượng cứu hộ Malaysia, Đại tá Ahmad Faizal, nói với báo giới.",
            "Ahmad Faizal",
            "Người phát ngôn của lực lượng cứu hộ Malaysia",
        ),
        (
            "Theo người phát ngôn cảnh sát Philippines Michael Reyes, vụ việc đang được điều tra.",
            "Michael Reyes",
            "người phát ngôn cảnh sát Philippines",
        ),
        (
            "Sau cuộc gặp, người đứng đầu ngành y tế tỉnh, ông Phạm Văn Lợi, cho biết thêm.",
            "Phạm Văn Lợi",
            "người đứng đầu ngành y tế tỉnh",
        ),
    ],
)
def test_a_descriptive_role_before_a_name_is_a_title(sentence: str, name: str, title: str) -> None:
    assert title in rank_and_titles(extract_text(sentence), name)[1]


def test_a_role_does_not_reach_a_name_across_a_verb_and_a_form_of_address() -> None:
    item = extract_text("Người phát ngôn cho biết ông Phạm Văn Lợi đã được mời tới làm việc.")
    assert rank_and_titles(item, "Phạm Văn Lợi") == (None, [])


def test_a_standing_position_and_an_acronym_head_before_a_unit_chain_as_titles() -> None:
    item = extract_text(
        "Tại cuộc họp, ông Đặng Văn Hải, Phó bí thư thường trực, Chủ tịch HĐND tỉnh chỉ đạo các đơn vị."
    )
    assert rank_and_titles(item, "Đặng Văn Hải") == (None, ["Phó bí thư thường trực", "Chủ tịch HĐND tỉnh"])
    assert "HĐND tỉnh" in [o.name for o in item.organisations]


def test_a_role_in_apposition_stays_with_the_name_before_it() -> None:
    item = extract_text(
        "Khách mời gồm bà Hoàng Thị Lan - nhà sáng lập Quỹ Ánh Dương, ông Phạm Văn Lợi - Giám đốc Sở Y tế."
    )
    assert "nhà sáng lập Quỹ Ánh Dương" not in rank_and_titles(item, "Phạm Văn Lợi")[1]


def test_a_venue_word_and_a_name_make_a_place_where_the_event_is() -> None:
    item = extract_text(
        "Ngày 12/3, lễ ra mắt sản phẩm đã được tổ chức tại Trung tâm hội nghị Sao Mai (quận 3)."
        " Khách mời nghỉ tại khách sạn Shangri-La gần đó."
    )
    assert [p.name for p in item.places] == ["Trung tâm hội nghị Sao Mai", "khách sạn Shangri-La"]
    assert item.event is not None
    assert item.event.place_id == item.places[0].id


def test_who_directs_in_a_sentence_set_at_the_event_is_the_guest_of_honour() -> None:
    item = extract_text(
        "UBND tỉnh Bình Thuận có buổi họp khẩn với lãnh đạo các huyện.\n\n"
        "Tại cuộc họp, ông Đặng Văn Hải, Chủ tịch HĐND tỉnh chỉ đạo các huyện rà soát ngay."
    )
    assert guests(item) == ["Đặng Văn Hải"]


def test_directions_followed_elsewhere_make_no_guest_of_honour() -> None:
    item = extract_text(
        "UBND tỉnh Bình Thuận có buổi họp khẩn với lãnh đạo các huyện.\n\n"
        "Theo ông Đặng Văn Hải, các huyện làm theo chỉ đạo của tỉnh."
    )
    assert guests(item) == []


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Sản phẩm do các kỹ sư của công ty Zentrix phát triển.", "công ty Zentrix"),
        ("Bệnh nhân được chuyển lên bệnh viện Nội tiết Trung ương.", "bệnh viện Nội tiết Trung ương"),
        ("Theo Bệnh viện đa khoa tỉnh Hà Giang, ca bệnh đã ổn định.", "Bệnh viện đa khoa tỉnh Hà Giang"),
    ],
)
def test_business_and_hospital_heads_name_organisations_mid_clause(sentence: str, organisation: str) -> None:
    assert organisation in [o.name for o in extract_text(sentence).organisations]


def test_a_lower_case_head_before_a_doctor_is_no_organisation() -> None:
    item = extract_text("Bệnh nhân được bệnh viện TS.BS Trần Văn Lâm trực tiếp thăm khám.")
    assert item.organisations == []


def test_a_title_goes_on_through_a_lower_case_company_head() -> None:
    item = extract_text("Ông Trần Quốc Nam, Giám đốc điều hành công ty Zentrix cho biết sản phẩm sẽ ra mắt.")
    assert rank_and_titles(item, "Trần Quốc Nam") == (None, ["Giám đốc điều hành công ty Zentrix"])


def test_sides_named_after_places_in_a_match_report_are_clubs() -> None:
    item = extract_text("Ở vòng loại, Bình Phước thắng Cần Thơ 2-1 trên sân nhà.")
    assert sorted(o.name for o in item.organisations) == ["Bình Phước", "Cần Thơ"]


def test_places_without_a_score_are_no_clubs() -> None:
    item = extract_text("Đoàn khách từ Bình Phước gặp Cần Thơ trong chuyến công tác.")
    assert item.organisations == []


def test_a_club_name_does_not_reach_back_over_a_full_stop() -> None:
    item = extract_text("Trận đấu diễn ra trên sân Quy Nhơn. Sài Gòn FC thua sát nút.")
    assert [o.name for o in item.organisations] == ["Sài Gòn FC"]


def test_a_well_known_company_named_alone_is_an_organisation_and_a_product_is_not() -> None:
    item = extract_text("Samsung cho biết doanh số Apple Watch tăng mạnh trong quý.")
    assert [o.name for o in item.organisations] == ["Samsung"]


def test_a_force_and_a_country_name_an_organisation() -> None:
    item = extract_text("Máy bay của quân đội Philippines đã tham gia tìm kiếm.")
    assert [o.name for o in item.organisations] == ["quân đội Philippines"]


def test_an_award_that_found_its_winner_is_conferred() -> None:
    item = extract_text("Giải Nhất là một chuyến du lịch Nhật Bản đã tìm được chủ nhân sau buổi quay số.")
    assert [a.name for a in item.awards] == ["Giải Nhất"]


def test_an_award_only_mentioned_is_not_conferred() -> None:
    item = extract_text("Giải Nhất là một chuyến du lịch Nhật Bản dành cho khách hàng may mắn.")
    assert item.awards == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Trần Văn Bình, Bí thư Đảng ủy - Giám đốc Công ty Điện lực Hải Dương, phát biểu.",
        "Bí thư Đảng ủy - Giám đốc Công ty Điện lực Hải Dương Trần Văn Bình phát biểu.",
    ],
)
def test_a_dash_between_two_positions_splits_the_titles(sentence: str) -> None:
    # GOLD-FORMAT splits titles at " - "; the dash inside one ministry's name stays (next test).
    assert rank_and_titles(extract_text(sentence), "Trần Văn Bình") == (
        None,
        ["Bí thư Đảng ủy", "Giám đốc Công ty Điện lực Hải Dương"],
    )


def test_a_dash_inside_an_organisation_name_is_no_second_title() -> None:
    item = extract_text("Ông Trần Văn Bình, Thứ trưởng Bộ Lao động - Thương binh và Xã hội, phát biểu.")
    assert rank_and_titles(item, "Trần Văn Bình") == (
        None,
        ["Thứ trưởng Bộ Lao động - Thương binh và Xã hội"],
    )


def _credits(item: NewsItem) -> list[str]:
    return [b.text[b.credit.start : b.credit.end] for b in item.body if b.credit is not None]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Các đại biểu cắt băng khánh thành. (ảnh: AFP/Getty)", "AFP/Getty"),
        ("Toàn cảnh hội nghị. Ảnh: Minh Anh", "Minh Anh"),
        ("Ảnh: Thanh Hà", "Thanh Hà"),
        ("Đội bóng ăn mừng chiến thắng (Ảnh: Reuters).", "Reuters"),
    ],
)
def test_a_photo_credit_in_either_case_closes_a_caption(caption: str, credit: str) -> None:
    item = read(f"# date = 2023-01\n\nHội nghị diễn ra sáng nay.\n\n{caption}\n".encode(), format="text").item
    assert _credits(item) == [credit]


def test_a_byline_with_its_agency_is_kept_whole_and_names_the_author() -> None:
    article = "# date = 2023-01\n\nHội nghị diễn ra sáng nay.\n\nTrí Dũng/TTXVN\n"
    item = read(article.encode(), format="text").item
    assert item.byline == "Trí Dũng/TTXVN"
    assert [p.name for p in item.people] == ["Trí Dũng"]
