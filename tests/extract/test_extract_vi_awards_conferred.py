"""Vietnamese awards: only what is conferred (issue 12, awards round 4). An award yet to be given,
wished for or not won is no award; a generic head opening its sentence names none; a medal's
classifier, the category won at and an adverbial or a count before an award that opens its clause
do not hide a conferral; "được yêu thích nhất" ends no name; a count of unnamed prizes goes on in the
list that names them; a pageant's title is conferred by a crowning ("đăng quang Hoa hậu ..."), not
when it stands before its holder's name. On sentences written for these tests."""

from __future__ import annotations

import pytest

from support.extraction import awards, extract_text


@pytest.mark.parametrize(
    "body",
    [
        # yet to be given, wished for, not won
        "Ban giám khảo sẽ trao giải Nhất cho bài dự thi hay nhất.",
        "Giải Nhất sẽ được trao cho nhóm có ý tưởng khả thi nhất.",
        "Đội thắng chung cuộc sẽ nhận Cúp vô địch và 200 triệu đồng.",
        "Cả đội mong muốn giành Huy chương Vàng ở giải đấu năm sau.",
        "Ban huấn luyện đặt mục tiêu giành HCV tại đại hội.",
        "Tuyển thủ trẻ không giành được Huy chương Vàng như kỳ vọng.",
        # a generic head that opens its sentence
        "Giải thưởng được trao vào cuối tháng 12.",
        "Danh hiệu được trao cho các tập thể có thành tích xuất sắc.",
        # a pageant's title before its holder's name, or after no crowning
        "Hoa hậu Lương Thùy Linh chia sẻ: “Tôi luôn muốn giúp đỡ trẻ em”.",
        "Sau khi đăng quang, Hoa hậu Lương Thùy Linh nhận nhiều lời mời quảng cáo.",
        "Ban tổ chức trao vương miện cho Hoa hậu Lương Thùy Linh.",
        # a medal with neither grade nor name: a finisher's token
        "Ban tổ chức trao huy chương cho mọi vận động viên về đích.",
        # a tournament won at ("Giải" alone also names one)
        "Đội bóng chiến thắng tại Giải bóng đá thiếu niên toàn quốc.",
    ],
)
def test_no_award_is_conferred(body: str) -> None:
    assert awards(extract_text(body, date="2023-05")) == []


@pytest.mark.parametrize(
    ("body", "award"),
    [
        # won as a result ("để giành": in order to, and did)
        ("Đội tuyển vượt qua 30 đối thủ để giành Huy chương Vàng.", "Huy chương Vàng"),
        ("Nhóm sinh viên đã giành giải Nhất cuộc thi lập trình.", "giải Nhất cuộc thi lập trình"),
        ("Giải Nhất được trao cho nhóm sinh viên Trường Đại học Vinh.", "Giải Nhất"),
        # the classifier of a medal or a cup
        ("Kình ngư trẻ giành tấm Huy chương Vàng ở nội dung 200m bướm.", "Huy chương Vàng"),
        ("Đội chủ nhà nhận chiếc Cúp vô địch từ tay ban tổ chức.", "Cúp vô địch"),
        ("Nữ xạ thủ giành 2 tấm HCV.", "HCV"),
        # the category or the award it was won at
        ("Ban nhạc được vinh danh tại hạng mục Nhóm nhạc của năm.", "hạng mục Nhóm nhạc của năm"),
        ("Nữ ca sĩ được vinh danh tại giải thưởng Âm nhạc Xanh.", "giải thưởng Âm nhạc Xanh"),
        # an award opening its clause after an adverbial or a count
        ("Chung cuộc, giải Nhất thuộc về nhóm học sinh Trường THPT Phan Bội Châu.", "giải Nhất"),
        ("Kết quả, giải Nhì được trao cho tác giả Lê Minh Tâm.", "giải Nhì"),
        ("Hai giải Ba được trao cho nhóm Ánh Dương và nhóm Hoa Sen.", "giải Ba"),
        # a pageant's title after its crowning
        (
            "Thí sinh đến từ Cao Bằng đăng quang Hoa hậu Thế giới Việt Nam 2019.",
            "Hoa hậu Thế giới Việt Nam 2019",
        ),
        ("Nữ sinh Đà Nẵng giành ngôi Á hậu 1 trong đêm chung kết.", "Á hậu 1"),
        # a foreign prize named without a head
        ("Nhà vật lý người Pháp đoạt Nobel Vật lý.", "Nobel Vật lý"),
        ("Loạt phim giành 4 Emmy trong mùa giải này.", "Emmy"),
        # "được yêu thích nhất" is part of a prize's name
        ("Nam ca sĩ đoạt giải Ca sĩ được yêu thích nhất.", "giải Ca sĩ được yêu thích nhất"),
        ("Nữ ca sĩ được khán giả bình chọn là Ca sĩ được yêu thích nhất.", "Ca sĩ được yêu thích nhất"),
        # a count of unnamed prizes, then the list that names them
        ("Bộ phim giành 4 tượng vàng, trong đó có giải Phim hay nhất.", "giải Phim hay nhất"),
    ],
)
def test_the_award_conferred_is_found(body: str, award: str) -> None:
    assert awards(extract_text(body, date="2023-05")) == [award]
