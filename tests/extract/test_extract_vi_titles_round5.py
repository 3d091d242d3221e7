"""The Vietnamese pack's titles and people, fifth round on general forms the unannotated articles
and the fourth round showed missed (issue 12, round vititle5): sentences written for these tests."""

from __future__ import annotations

from support.extraction import extract_text, people, person


def test_a_foreign_name_opening_a_clause_before_a_coach_is_a_person() -> None:
    item = extract_text("Park Ji Hoon, HLV trưởng đội tuyển Lào, cho biết đội sẽ tập từ tuần sau.")
    assert person(item, "Park Ji Hoon").titles == ["HLV trưởng đội tuyển Lào"]
    item = extract_text("Sau trận, Mark Dunlop, HLV CLB Hải Phòng, nói rằng đội đã chơi tốt.")
    assert person(item, "Mark Dunlop").titles == ["HLV CLB Hải Phòng"]


def test_a_news_source_before_a_coach_is_no_person() -> None:
    item = extract_text("Theo Reuters, HLV trưởng đội tuyển Anh cho biết ông hài lòng.")
    assert people(item) == []


def test_a_unit_s_word_cut_after_its_first_syllable_goes_on_to_the_body() -> None:
    item = extract_text("Ông Trần Văn Bình, Giám đốc khối Khách hàng doanh nghiệp của Ngân hàng Á Châu, nói.")
    assert person(item, "Trần Văn Bình").titles == [
        "Giám đốc khối Khách hàng doanh nghiệp của Ngân hàng Á Châu"
    ]
    item = extract_text("Bà Lê Thị Hoa, trưởng nhóm Di truyền Tiến hóa tại Viện Sinh học Miền Nam, cho biết.")
    assert person(item, "Lê Thị Hoa").titles == ["trưởng nhóm Di truyền Tiến hóa tại Viện Sinh học Miền Nam"]


def test_a_proper_name_before_a_lower_case_verb_is_not_cut_into() -> None:
    item = extract_text("Ông Trần Văn Bình, Giám đốc Công ty Minh Phát bán hàng của Tập đoàn Hòa Bình, nói.")
    assert person(item, "Trần Văn Bình").titles == ["Giám đốc Công ty Minh Phát"]


def test_a_title_opening_a_clause_before_a_spelt_out_degree_and_a_name_is_his() -> None:
    item = extract_text("Giám đốc Bệnh viện Đa khoa Hà Tĩnh, tiến sĩ Lê Văn Tư đã cho biết như vậy.")
    assert person(item, "Lê Văn Tư").titles == ["Giám đốc Bệnh viện Đa khoa Hà Tĩnh"]
    item = extract_text("Trưởng khoa Nội tiết, bác sĩ Phan Thị Lan cho biết bệnh nhân đã ổn định.")
    assert person(item, "Phan Thị Lan").titles == ["Trưởng khoa Nội tiết"]


def test_a_spelt_out_degree_after_a_listed_title_is_no_holder_of_it() -> None:
    item = extract_text("Ông Hồ Văn Nam, Giám đốc Sở Y tế, tiến sĩ Lê Văn Tư và các bác sĩ đã có mặt.")
    assert person(item, "Hồ Văn Nam").titles == ["Giám đốc Sở Y tế"]
    assert person(item, "Lê Văn Tư").titles == []


def test_ceo_heads_a_title_before_or_after_a_name() -> None:
    item = extract_text("CEO Samsung Peter Lund vừa công bố kế hoạch mới.")
    assert person(item, "Peter Lund").titles == ["CEO Samsung"]
    item = extract_text("Ông Nguyễn Văn Hòa, CEO Công ty Phú Thái, cho biết doanh số tăng.")
    assert person(item, "Nguyễn Văn Hòa").titles == ["CEO Công ty Phú Thái"]


def test_a_fund_named_by_partners_after_a_post_is_no_person() -> None:
    item = extract_text("Giám đốc Northwind Capital Partners đã nói rằng giá sẽ tăng.")
    assert people(item) == []


def test_a_representative_after_a_name_is_a_descriptive_role() -> None:
    item = extract_text("Bà Trần Thị Mai, đại diện một công ty lữ hành tại Đà Nẵng cho biết, khách đã giảm.")
    assert person(item, "Trần Thị Mai").titles == ["đại diện một công ty lữ hành tại Đà Nẵng"]


def test_the_one_in_charge_is_a_descriptive_role_after_the_name() -> None:
    item = extract_text(
        "Ông Lê Văn Hải, người phụ trách truyền thông của đội tuyển, cho biết cả đội đều khỏe."
    )
    assert person(item, "Lê Văn Hải").titles == ["người phụ trách truyền thông của đội tuyển"]


def test_a_two_syllable_name_after_a_country_ending_a_title_is_a_person() -> None:
    item = extract_text("Bộ trưởng Ngoại giao Trung Quốc Vương Minh cho biết hai bên đã nhất trí.")
    assert person(item, "Vương Minh").titles == ["Bộ trưởng Ngoại giao Trung Quốc"]


def test_two_syllables_after_a_field_still_end_a_company_s_name() -> None:
    item = extract_text("Chủ tịch Tài chính Hoàng Huy cho biết lợi nhuận tăng.")
    assert people(item) == []


def test_a_numbered_ward_closes_the_title_of_its_people_s_committee() -> None:
    item = extract_text("Ông Lê Văn Hải, Chủ tịch UBND phường 5, quận 3, cho biết như vậy.")
    assert person(item, "Lê Văn Hải").titles == ["Chủ tịch UBND phường 5"]
    item = extract_text("Ông Lê Văn Hải, Trưởng Công an phường 7, cho biết như vậy.")
    assert person(item, "Lê Văn Hải").titles == ["Trưởng Công an phường 7"]


def test_a_branch_and_where_it_sits_belong_to_the_title() -> None:
    item = extract_text("Ông Lê Văn Hải, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình, cho biết.")
    assert person(item, "Lê Văn Hải").titles == ["Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình"]


def test_a_foreign_family_name_may_open_with_particles() -> None:
    item = extract_text("Cùng với bà Maria von der Brücke, ông Peter van den Heuvel cũng có mặt.")
    assert "Maria von der Brücke" in people(item)
    assert "Peter van den Heuvel" in people(item)
