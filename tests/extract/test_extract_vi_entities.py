"""The Vietnamese pack's people, organisations, places, titles and awards (issue 12, third round):
one construction at a time, on sentences written for these tests."""

from __future__ import annotations

from support.extraction import awards, dates, extract_text, organisations, people, places, titles


def test_a_village_is_named_with_its_head() -> None:
    item = extract_text("Lực lượng y tế đã phong tỏa thôn Đồng Tâm, xã Phú Lộc từ tối qua.")
    assert "thôn Đồng Tâm" in places(item)


def test_a_place_inside_a_club_name_is_no_place() -> None:
    item = extract_text("Hôm qua Hải Phòng FC thua 0-1 trên sân nhà.")
    assert "Hải Phòng FC".casefold() in [o.casefold() for o in organisations(item)]
    assert "Hải Phòng" not in places(item)


def test_a_one_syllable_country_after_a_name_and_a_comma_closes_the_phrase() -> None:
    item = extract_text("Ông Lâm (giảng viên Đại học Cambridge, Anh; cố vấn của nhóm) phát biểu.")
    assert "Anh" in places(item)


def test_a_one_syllable_country_followed_by_its_own_word_is_no_country() -> None:
    item = extract_text("Các người mẫu Áo dài trình diễn trên sân khấu ngoài trời.")
    assert "Áo" not in places(item)


def test_a_byline_that_starts_like_an_organisation_is_a_person_only() -> None:
    item = extract_text("Hội chợ diễn ra trong ba ngày.\n\nTrường Giang")
    assert item.byline == "Trường Giang"
    assert "Trường Giang" not in organisations(item)


def test_a_one_syllable_country_may_start_a_name_after_a_cue() -> None:
    item = extract_text("Đêm nhạc có sự góp mặt của diva Mỹ Hạnh và nhiều khách mời.")
    assert "Mỹ Hạnh" in people(item)


def test_a_name_with_a_closing_initial() -> None:
    item = extract_text("Khách hàng may mắn là Trần Thị Thu L. ở quận 7.")
    assert "Trần Thị Thu L." in people(item)


def test_a_foreign_name_opening_a_sentence_or_a_caption() -> None:
    item = extract_text("Dàn sao đổ bộ thảm đỏ. Brienne Tollack diện váy đỏ.\n\nOdessa Marchetti cười tươi")
    assert {"Brienne Tollack", "Odessa Marchetti"} <= set(people(item))


def test_a_foreign_organisation_opening_a_sentence_is_no_person() -> None:
    item = extract_text("Giá cổ phiếu giảm mạnh. Kessler Bank cho biết sẽ kháng cáo.")
    assert people(item) == []


def test_a_former_title_in_apposition_is_kept_whole() -> None:
    item = extract_text(
        "Dự lễ có ông Hoàng Minh Khôi, Bí thư Tỉnh ủy Hà Giang (nguyên Chủ tịch UBND tỉnh Lào Cai)."
    )
    assert "nguyên Chủ tịch UBND tỉnh Lào Cai" in titles(item, "Hoàng Minh Khôi")


def test_a_former_title_cut_short_is_not_kept() -> None:
    item = extract_text(
        "Ông Hoàng Minh Khôi, nguyên Giám đốc Sở Tài chính phụ trách ngân sách lâu năm, phát biểu."
    )
    assert not any(t.startswith("nguyên") for t in titles(item, "Hoàng Minh Khôi"))


def test_a_lecturer_of_a_university_is_a_title() -> None:
    item = extract_text("TS. Đặng Quốc Bảo (Giảng viên Đại học Melbourne) chia sẻ kinh nghiệm.")
    assert "Giảng viên Đại học Melbourne" in titles(item, "Đặng Quốc Bảo")


def test_an_embassy_or_office_is_named_with_where_it_sits() -> None:
    item = extract_text("Đại diện Văn phòng đại diện UNICEF tại Lào đã phát biểu tại buổi lễ.")
    assert "Văn phòng đại diện UNICEF tại Lào" in organisations(item)


def test_where_a_body_sits_is_in_its_name_before_its_acronym() -> None:
    item = extract_text("Giải do Hội Doanh nhân Việt Nam tại Pháp (HDN-FR) tổ chức.")
    found = next(o for o in item.organisations if o.abbreviation == "HDN-FR")
    assert found.name == "Hội Doanh nhân Việt Nam tại Pháp"


def test_a_place_named_before_the_known_place_it_lies_in() -> None:
    item = extract_text("Ông đi ăn cưới ở Kim Bảng, Hà Nam, rồi trở về nhà.")
    assert "Kim Bảng" in places(item)


def test_a_name_before_a_place_that_goes_on_is_no_place() -> None:
    item = extract_text("Anh ấy chuyển tới Real Sociedad, Barcelona đã đồng ý bán.")
    assert "Real Sociedad" not in places(item)


def test_a_quoted_award_name_is_kept_whole() -> None:
    item = extract_text("Năm nay cô được trao giải “Giọng ca của năm” tại lễ trao giải âm nhạc.")
    assert "giải “Giọng ca của năm”" in awards(item)


def test_a_generic_lower_case_head_without_a_name_is_no_award() -> None:
    item = extract_text("Phim từng nhận giải thưởng tại nhiều liên hoan. Dự án được trao danh hiệu quốc tế.")
    assert awards(item) == []


def test_a_grade_names_the_prize() -> None:
    found = awards(extract_text("Đội tuyển của trường đã giành giải nhất cuộc thi."))
    assert len(found) == 1
    assert found[0].startswith("giải nhất")


def test_a_count_between_the_verb_and_the_award() -> None:
    item = extract_text("Ban nhạc đã đoạt 2 giải Bông Sen Vàng trong mùa giải này.")
    assert "giải Bông Sen Vàng" in awards(item)


def test_a_day_and_month_alone_in_parentheses() -> None:
    assert dates(extract_text("Chiều qua (14/3), hội nghị đã bế mạc.", date="2022-03")) == ["2022-03-14"]


def test_a_quarter_is_the_range_of_its_months() -> None:
    item = extract_text("Doanh thu quý IV/2022 tăng, còn quý I năm 2023 giảm.", date="2023-05")
    assert dates(item) == ["2022-10/2022-12", "2023-01/2023-03"]


def test_a_head_written_lower_case_mid_clause_gives_way_to_the_capitalised_head_inside() -> None:
    item = extract_text("Nhiều sinh viên trường Đại học Dược Cần Thơ đã tham gia.")
    assert "Đại học Dược Cần Thơ" in organisations(item)


def test_a_head_word_used_as_an_ordinary_word_inside_a_name() -> None:
    item = extract_text(
        "Viện Nghiên cứu và Phòng ngừa dịch bệnh Nhiệt đới (VNP) đã họp. Bộ Y tế và Bộ Tài chính dự."
    )
    assert "Viện Nghiên cứu và Phòng ngừa dịch bệnh Nhiệt đới" in organisations(item)
    assert {"Bộ Y tế", "Bộ Tài chính"} <= set(organisations(item))


def test_a_club_name_ends_before_a_verb_of_play() -> None:
    assert "CLB Sông Lam Nghệ An" in organisations(extract_text("Chiều qua CLB Sông Lam Nghệ An thua."))


def test_the_newspaper_after_its_head() -> None:
    assert "Báo Dân trí" in organisations(extract_text("Báo Dân trí đã đưa tin về vụ việc."))
