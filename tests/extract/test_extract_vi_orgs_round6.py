"""Vietnamese organisations in more general forms (issue 12, round viorg6), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from support.extraction import extract_text, organisations


def test_a_unit_named_by_its_head_its_code_and_its_parent_is_one_body() -> None:
    item = extract_text("Cơ quan Cảnh sát điều tra (C01) Bộ Công an đã khởi tố vụ án.")
    assert organisations(item) == ["Cơ quan Cảnh sát điều tra (C01) Bộ Công an", "Bộ Công an"]
    assert item.organisations[0].abbreviation == "C01"


@pytest.mark.parametrize(
    ("body", "unit", "whole", "parent"),
    [
        (
            "Cục Cảnh sát môi trường (C05) Bộ Công an vừa bắt giữ hai đối tượng.",
            "Cục Cảnh sát môi trường",
            "Cục Cảnh sát môi trường (C05) Bộ Công an",
            "Bộ Công an",
        ),
        (
            "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Hà Tĩnh đang điều tra.",
            "Phòng Cảnh sát hình sự",
            "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Hà Tĩnh",
            "Công an tỉnh Hà Tĩnh",
        ),
    ],
)
def test_a_named_unit_is_also_written_with_its_code_and_parent(
    body: str, unit: str, whole: str, parent: str
) -> None:
    item = extract_text(body)
    assert organisations(item) == [unit, parent]
    assert item.organisations[0].aliases == [whole]
    assert item.organisations[0].abbreviation == whole.split("(")[1].split(")")[0]


@pytest.mark.parametrize(
    "body",
    [
        "Cơ quan Cảnh sát điều tra (C01) đã khởi tố vụ án.",  # no parent: a bare head names nothing
        "Phòng (PC02) Công an tỉnh Hà Tĩnh đang điều tra.",  # a one-word head
    ],
)
def test_a_bare_head_and_a_code_alone_name_no_unit(body: str) -> None:
    assert [name for name in organisations(extract_text(body)) if name.startswith(("Cơ quan", "Phòng"))] == []


@pytest.mark.parametrize(
    "name",
    [
        "Công Ty TNHH Thương Mại Phúc Lộc",
        "Bệnh Viện Đa Khoa Hồng Đức",
        "Ngân Hàng Bưu Điện Liên Việt",
        "Học Viện Báo Chí Và Tuyên Truyền",
        "Ủy Ban Nhân Dân tỉnh Bến Tre",
        "Trung Tâm Y Tế huyện Củ Chi",
    ],
)
def test_a_head_written_with_every_word_capitalised_opens_a_name(name: str) -> None:
    assert organisations(extract_text(f"Đại diện {name} cho biết như vậy.")) == [name]


def test_a_person_whose_given_name_spells_a_head_is_no_organisation() -> None:
    assert organisations(extract_text("Anh Lê Hải Quân cho biết như vậy.")) == []


@pytest.mark.parametrize(
    "name",
    [
        "Công ty CP Thiết bị Y tế Hòa Phong",
        "Tổng công ty Đầu tư Phát triển Nhà ở và Đô thị",
        "Công ty TNHH Bất động sản Minh Long",
        "Công ty Cổ phần Ô tô Trường Thành",
        "Công ty CP Thông tin Di động Sao Mai",
    ],
)
def test_a_trade_whose_later_syllable_is_a_function_word_stays_in_the_name(name: str) -> None:
    assert organisations(extract_text(f"{name} vừa công bố kết quả kinh doanh.")) == [name]


def test_a_paper_named_by_thoi_bao_is_an_organisation() -> None:
    assert organisations(extract_text("Theo Thời báo Tài chính Việt Nam, giá vàng giảm.")) == [
        "Thời báo Tài chính Việt Nam"
    ]


def test_a_paper_s_kind_followed_by_its_city_is_no_name() -> None:
    assert organisations(extract_text("Nhật báo hàng đầu Singapore viết như vậy.")) == []


@pytest.mark.parametrize(
    ("body", "clubs"),
    [
        ("Real Madrid thắng Sevilla 2-1 ở vòng 5.", ["Real Madrid", "Sevilla"]),
        ("Than Quảng Ninh thua Hà Nội 0-2 trên sân nhà.", ["Than Quảng Ninh", "Hà Nội"]),
    ],
)
def test_a_place_inside_a_club_s_name_is_no_club_of_its_own(body: str, clubs: list[str]) -> None:
    assert sorted(organisations(extract_text(body))) == sorted(clubs)


def test_a_force_inside_a_body_s_name_is_no_body_of_its_own() -> None:
    assert organisations(extract_text("Sở Cảnh sát Osaka đã bắt giữ nghi phạm.")) == ["Sở Cảnh sát Osaka"]


def test_a_news_source_s_name_read_by_its_head_too_is_one_organisation() -> None:
    item = extract_text("Theo tờ Thời báo Hoàn cầu, Bắc Kinh phản đối.")
    assert organisations(item) == ["Thời báo Hoàn cầu"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Nhóm nghiên cứu của Trường đại học Leeds, Anh, cho biết.", "Trường đại học Leeds"),
        ("Trường cao đẳng Y tế Hà Đông tuyển sinh khóa mới.", "Trường cao đẳng Y tế Hà Đông"),
    ],
)
def test_a_school_s_level_written_in_lower_case_stays_in_its_head(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


def test_a_school_s_level_with_no_name_after_it_names_no_school() -> None:
    assert organisations(extract_text("Trường đại học này vừa tăng học phí.")) == []


@pytest.mark.parametrize("club", ["Club Brugge", "SS Lazio", "Dinamo Zagreb", "Sporting Lisbon"])
def test_a_club_named_by_its_prefix_in_a_report_on_football(club: str) -> None:
    body = f"{club} thắng 2-0 ở vòng bảng Champions League, HLV của đội hài lòng với các cầu thủ."
    assert club in organisations(extract_text(body))


def test_a_club_prefix_outside_a_report_on_football_names_nothing() -> None:
    assert organisations(extract_text("Club Med mở khu nghỉ dưỡng mới.")) == []


@pytest.mark.parametrize("company", ["ZaloPay", "VinaCapital", "Highlands Coffee", "Nanogen"])
def test_well_known_companies_named_alone(company: str) -> None:
    assert organisations(extract_text(f"Theo {company}, doanh thu năm nay tăng mạnh.")) == [company]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Đội CSGT số 7 đã lập biên bản vi phạm.", "Đội CSGT số 7"),
        ("Trường Mầm non số 4 khai giảng năm học mới.", "Trường Mầm non số 4"),
    ],
)
def test_a_unit_numbered_in_lower_case_keeps_its_number(body: str, name: str) -> None:
    assert organisations(extract_text(body)) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Văn bản của Bộ Tài chính số 321/BTC-TCT nêu rõ như vậy.",  # a document's number
        "Bộ Y tế số 1.200 ca bệnh được ghi nhận.",  # an amount
        "Vi phạm các nghị quyết của Hội đồng Bảo an Liên Hợp Quốc số 822, 853.",  # resolutions
        "Quyết định của UBND tỉnh Nghệ An số 123 nêu rõ như vậy.",  # a decision
    ],
)
def test_a_document_s_number_or_an_amount_is_no_unit_s_number(body: str) -> None:
    assert all("số" not in name for name in organisations(extract_text(body)))


def test_a_bare_one_word_head_and_a_number_name_nothing() -> None:
    assert organisations(extract_text("Bộ số 5 của dòng sản phẩm vừa ra mắt.")) == []


@pytest.mark.parametrize(
    "name", ["Học viện Chính trị Quốc gia Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh"]
)
def test_national_bodies_named_after_ho_chi_minh_are_whole(name: str) -> None:
    assert organisations(extract_text(f"{name} tổ chức lễ kỷ niệm ngày thành lập.")) == [name]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Theo công ty nghiên cứu thị trường Canalys, doanh số giảm.", "Canalys"),
        ("Ông từng làm việc cho tập đoàn bán lẻ Walmart.", "Walmart"),
    ],
)
def test_a_firm_in_lower_case_what_it_does_then_its_name(body: str, name: str) -> None:
    assert name in organisations(extract_text(body))


@pytest.mark.parametrize(
    "body",
    [
        "Các công ty lọt Top 10 doanh nghiệp uy tín năm nay.",  # a ranking
        "Đây là tập đoàn bán lẻ hàng đầu Nhật Bản.",  # a country
        "Tàu quỹ đạo Mars Orbiter đã chụp được bức ảnh.",  # an orbiter
    ],
)
def test_a_ranking_a_place_or_an_orbiter_after_a_firm_word_is_no_firm(body: str) -> None:
    assert organisations(extract_text(body)) == []


def test_a_short_name_in_parentheses_names_the_body_wherever_it_recurs() -> None:
    item = extract_text(
        "Công ty Xổ số điện toán Miền Tây (Westlott) công bố kết quả.\n\nWestlott cho biết giải đã có chủ."
    )
    assert len(item.organisations) == 1
    body = item.organisations[0]
    assert body.abbreviation == "Westlott"
    assert "Công ty Xổ số điện toán Miền Tây" in [body.name, *body.aliases]
    assert len(body.mentions) == 3


@pytest.mark.parametrize(
    "body",
    [
        "Bệnh viện Thanh Nhàn (Hà Nội) tiếp nhận bệnh nhân.",  # where it is
        "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) giảm lãi suất.",  # a company of the tables
    ],
)
def test_a_place_or_a_known_company_in_parentheses_is_no_short_name(body: str) -> None:
    assert all(org.abbreviation is None for org in extract_text(body).organisations)


@pytest.mark.parametrize("name", ["Kiểm toán Nhà nước khu vực IV", "Cảng vụ Hàng hải khu vực 2"])
def test_a_body_serving_a_numbered_region_keeps_its_region(name: str) -> None:
    assert organisations(extract_text(f"{name} vừa công bố kết luận.")) == [name]


def test_the_city_a_company_s_branch_serves_is_not_its_name() -> None:
    body = "Bà Lã Thị Hồng - giám đốc CGV Đà Nẵng cho rằng khán giả đã quay lại rạp."
    assert "CGV" in organisations(extract_text(body))


@pytest.mark.parametrize("name", ["Kho bạc Nhà nước Hà Nội", "Bộ đội Biên phòng Quảng Trị"])
def test_a_state_body_s_branch_named_by_its_place_alone(name: str) -> None:
    assert organisations(extract_text(f"{name} cho biết như vậy.")) == [name]
