"""The Vietnamese pack's organisations and titles, second round on constructions the unannotated
articles showed missed or cut (issue 12): one rule at a time, on sentences written for these
tests."""

from __future__ import annotations

from support.extraction import extract_text, organisations, person


def test_a_foreign_name_with_an_apostrophe_after_a_post_and_a_country() -> None:
    item = extract_text("Trong buổi họp, Cố vấn an ninh quốc gia Mỹ Kevin O'Malley đã nêu quan ngại.")
    assert person(item, "Kevin O'Malley").titles == ["Cố vấn an ninh quốc gia Mỹ"]


def test_two_foreign_names_side_by_side_give_no_title_to_a_cut_name() -> None:
    item = extract_text("Báo chí dẫn lời cố vấn của Tổng thống Mỹ Donald Trump Kevin O'Malley cho hay.")
    assert not [p for p in item.people if p.name.startswith("Trump ")]


def test_a_dash_spaced_on_one_side_joins_the_words_of_a_name() -> None:
    item = extract_text(
        "Ủy ban Kinh tế- Ngân sách của tỉnh đã họp. Bà Lý Thị Mai, Giám đốc Trung tâm Văn hóa -Thể thao "
        "huyện Đông Anh cho biết sẽ mở cửa."
    )
    found = organisations(item)
    assert "Ủy ban Kinh tế- Ngân sách" in found
    assert "Trung tâm Văn hóa -Thể thao huyện Đông Anh" in found
    assert person(item, "Lý Thị Mai").titles == ["Giám đốc Trung tâm Văn hóa -Thể thao huyện Đông Anh"]


def test_a_lower_case_syllable_before_a_dash_spaced_on_one_side_stays_in_the_name() -> None:
    item = extract_text("Tổng công ty Bia rượu -Nước giải khát Sài Gòn công bố lợi nhuận quý.")
    assert "Tổng công ty Bia rượu -Nước giải khát Sài Gòn" in organisations(item)


def test_and_joins_two_fields_of_one_name_after_a_lower_case_syllable() -> None:
    item = extract_text("Hiệp hội Chế biến và Xuất khẩu Cà phê Việt Nam kiến nghị giảm thuế.")
    assert "Hiệp hội Chế biến và Xuất khẩu Cà phê Việt Nam" in organisations(item)


def test_a_field_of_two_lower_case_syllables_inside_a_name() -> None:
    item = extract_text("Đại diện Hiệp hội Xuất khẩu hạt điều Việt Nam đã có mặt từ sớm.")
    assert "Hiệp hội Xuất khẩu hạt điều Việt Nam" in organisations(item)


def test_a_conjunction_after_a_name_joins_no_clause_to_it() -> None:
    item = extract_text("Một bài đăng trên tạp chí Science khẳng định rằng Sao Kim từng có biển.")
    assert not [o for o in organisations(item) if "rằng" in o]


def test_a_word_for_the_holders_standing_after_a_post_is_part_of_the_title() -> None:
    item = extract_text(
        "Cuộc đua giữa Thủ tướng đương nhiệm Peter Hollis và lãnh đạo phe đối lập rất sát. "
        "Tổng thống đắc cử Mark Lindqvist đã công bố nội các."
    )
    assert person(item, "Peter Hollis").titles == ["Thủ tướng đương nhiệm"]
    assert person(item, "Mark Lindqvist").titles == ["Tổng thống đắc cử"]


def test_an_offices_field_in_lower_case_after_its_head() -> None:
    item = extract_text(
        "Ông Lâm Quốc Bảo, trưởng Ban trọng tài Liên đoàn Bóng chuyền Việt Nam cho biết sẽ xem lại. "
        "Đã hai lần Trưởng ban trọng tài Hà Minh Trí phải công khai xin lỗi."
    )
    assert person(item, "Lâm Quốc Bảo").titles == ["trưởng Ban trọng tài Liên đoàn Bóng chuyền Việt Nam"]
    assert person(item, "Hà Minh Trí").titles == ["Trưởng ban trọng tài"]


def test_no_office_field_runs_over_a_function_word() -> None:
    item = extract_text("Ông Lâm Quốc Bảo, trưởng phòng cho biết Công ty Sao Mai sẽ tăng vốn.")
    assert not [t for t in person(item, "Lâm Quốc Bảo").titles if "Sao Mai" in t]


def test_a_foreign_club_by_its_end_word_but_not_a_nickname() -> None:
    item = extract_text(
        "Tiền đạo này từng khoác áo Lamphun Rovers trước khi chuyển sang Korat United. "
        "The United thua trận thứ ba liên tiếp."
    )
    found = organisations(item)
    assert {"Lamphun Rovers", "Korat United"} <= set(found)
    assert "The United" not in found


def test_a_person_named_inside_a_known_body_does_not_cut_it() -> None:
    item = extract_text("Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động phong trào hiến máu.")
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in organisations(item)


def test_a_state_body_with_its_provincial_branch() -> None:
    item = extract_text(
        "Kho bạc Nhà nước tỉnh Hà Giang đã giải ngân. Ngân hàng Nhà nước chi nhánh TP Cần Thơ cũng yêu cầu. "
        "Ngân hàng Nhà nước cho biết lãi suất giảm."
    )
    found = organisations(item)
    assert {"Kho bạc Nhà nước tỉnh Hà Giang", "Ngân hàng Nhà nước chi nhánh TP Cần Thơ"} <= set(found)
    assert "Ngân hàng Nhà nước" in found


def test_the_head_of_a_delegation_names_it_in_lower_case() -> None:
    item = extract_text(
        "Ông Lò Văn Puông, Trưởng đoàn đại biểu Quốc hội tỉnh Lai Châu phát biểu tại phiên thảo luận."
    )
    assert person(item, "Lò Văn Puông").titles == ["Trưởng đoàn đại biểu Quốc hội tỉnh Lai Châu"]


def test_a_posts_field_in_lower_case_before_its_holder() -> None:
    item = extract_text("Giám đốc kỹ thuật Đào Văn Lực đã có mặt. Giám đốc khen ngợi Phùng Văn Nhất.")
    assert person(item, "Đào Văn Lực").titles == ["Giám đốc kỹ thuật"]
    assert person(item, "Phùng Văn Nhất").titles == []


def test_a_one_word_place_closes_a_name_before_a_verb() -> None:
    item = extract_text(
        "Năm nay Trường Đại học Huế tuyển sinh Khoa Quốc tế với 300 chỉ tiêu. "
        "UBND TP Vinh giao Phòng Tài chính rà soát các dự án. Sau đó, đoàn kiểm tra đã làm việc."
    )
    found = organisations(item)
    assert {"Trường Đại học Huế", "UBND TP Vinh", "Phòng Tài chính"} <= set(found)


def test_a_religious_dignity_starts_no_part_of_the_body_before_it() -> None:
    item = extract_text("Ban Trị sự cử Thượng tọa Thích Minh Đạo về chùa. Sau đó, lễ cầu siêu đã diễn ra.")
    found = organisations(item)
    assert "Ban Trị sự" in found
    assert not [o for o in found if "Thượng tọa" in o]


def test_a_korean_given_name_hyphenated_in_lower_case_after_an_honorific() -> None:
    item = extract_text("Ông Park Ji-hun, Chủ tịch Hiệp hội Thương mại Hàn Quốc đã phát biểu.")
    assert person(item, "Park Ji-hun").titles == ["Chủ tịch Hiệp hội Thương mại Hàn Quốc"]
    assert not [p for p in item.people if p.name == "Park Ji"]


def test_a_spokesman_written_as_phat_ngon_vien_before_the_name() -> None:
    item = extract_text("Phát ngôn viên Bộ Ngoại giao Lào Phạm Văn Khanh cho biết lập trường không đổi.")
    assert person(item, "Phạm Văn Khanh").titles == ["Phát ngôn viên Bộ Ngoại giao Lào"]


def test_a_known_company_between_a_post_and_a_foreign_name() -> None:
    item = extract_text(
        "Giám đốc điều hành Google Tim Walker cho biết. Nhà sáng lập Facebook Mark Dunne cũng có mặt."
    )
    assert person(item, "Tim Walker").titles == ["Giám đốc điều hành Google"]
    assert person(item, "Mark Dunne").titles == ["Nhà sáng lập Facebook"]
    assert not [p for p in item.people if p.name.startswith("Facebook")]


def test_a_company_after_a_cue_word_is_no_person() -> None:
    item = extract_text(
        "Nhà sản xuất Blue Sky Media cho biết phim sẽ ra rạp. Hãng Red Moon Studio cũng góp vốn."
    )
    assert not [p for p in item.people if p.name.endswith(("Media", "Studio"))]
    assert {"Blue Sky Media", "Red Moon Studio"} <= set(organisations(item))


def test_the_coachs_assistant_is_his_own_title() -> None:
    item = extract_text("Trợ lý HLV Kim Do-hyun đã có mặt tại sân từ sớm.")
    assert person(item, "Kim Do-hyun").titles == ["Trợ lý HLV"]


def test_a_lower_case_head_mid_clause_before_its_unit_and_place() -> None:
    item = extract_text(
        "Gia đình đã gửi đơn lên công an phường Tân Mai để trình báo. "
        "Cháu bé học ở trường mầm non xã Yên Lạc từ năm ngoái. Anh làm việc trong ngành công an đã lâu."
    )
    found = organisations(item)
    assert {"công an phường Tân Mai", "trường mầm non xã Yên Lạc"} <= set(found)
    assert not [o for o in found if o.startswith("công an") and "Tân Mai" not in o]


def test_a_short_syllable_ending_a_sentence_ends_the_name() -> None:
    item = extract_text("Ông Lò Văn Tiến, Giám đốc Sở Y tế tỉnh Yên Bái. Sau đó, ông cho biết thêm.")
    assert "Sở Y tế tỉnh Yên Bái" in organisations(item)
    assert person(item, "Lò Văn Tiến").titles == ["Giám đốc Sở Y tế tỉnh Yên Bái"]


def test_the_police_named_by_their_unit_alone_in_a_list_of_bodies() -> None:
    item = extract_text(
        "Đoàn kiểm tra gồm Phòng Kinh tế huyện, Công an huyện, Đội Quản lý thị trường đã đến nơi. "
        "Lực lượng Công an huyện cũng tăng cường tuần tra."
    )
    assert "Công an huyện" in organisations(item)
    bare = extract_text("Lực lượng Công an huyện đã tăng cường tuần tra trong dịp lễ.")
    assert "Công an huyện" not in organisations(bare)
