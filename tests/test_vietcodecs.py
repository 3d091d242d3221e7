"""The Vietnamese legacy codecs: spot checks against the published tables, both ways; the laws."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsml_kit
from newsml_kit import vietcodecs
from newsml_kit.vietcodecs import LEGACY_CODECS, encode_cp1258
from support.vietnamese import paragraphs, repertoire

# (codec, byte, character) from the tables: RFC 1456 (VISCII 1.1, Table 1, written there in VIQR
# mnemonics), TCVN 5712:1993 (the VN3 letters and the tone marks), the VPS table.
TABLE_POINTS = [
    ("viscii", 0x02, "Ẳ"),  # A(?  in a control code
    ("viscii", 0x05, "Ẵ"),  # A(~
    ("viscii", 0x06, "Ẫ"),  # A^~
    ("viscii", 0x14, "Ỷ"),  # Y?
    ("viscii", 0x19, "Ỹ"),  # Y~
    ("viscii", 0x1E, "Ỵ"),  # Y.
    ("viscii", 0x80, "Ạ"),  # A.
    ("viscii", 0xA0, "Õ"),  # O~
    ("viscii", 0xB4, "Ơ"),  # O+
    ("viscii", 0xBF, "Ư"),  # U+
    ("viscii", 0xC5, "Ă"),  # A(
    ("viscii", 0xD0, "Đ"),  # DD
    ("viscii", 0xDF, "ư"),  # u+
    ("viscii", 0xF0, "đ"),  # dd
    ("viscii", 0xFF, "Ữ"),  # U+~
    ("tcvn3", 0xA1, "Ă"),
    ("tcvn3", 0xA2, "Â"),
    ("tcvn3", 0xA7, "Đ"),
    ("tcvn3", 0xAE, "đ"),
    ("tcvn3", 0xB0, "\u0300"),  # the tone marks, combining
    ("tcvn3", 0xB3, "\u0301"),
    ("tcvn3", 0xB4, "\u0323"),
    ("tcvn3", 0xB5, "à"),
    ("tcvn3", 0xB8, "á"),
    ("tcvn3", 0xD6, "ệ"),
    ("tcvn3", 0xE9, "ộ"),
    ("tcvn3", 0xF9, "ự"),
    ("tcvn3", 0xFE, "ỵ"),
    ("vps", 0x02, "Ạ"),
    ("vps", 0x1D, "Ữ"),
    ("vps", 0xC7, "đ"),
    ("vps", 0xD6, "ơ"),
    ("vps", 0xDC, "ư"),
    ("vps", 0xF1, "Đ"),
]


@pytest.mark.parametrize(("codec", "code", "char"), TABLE_POINTS)
def test_table_points_decode_and_encode(codec: str, code: int, char: str) -> None:
    assert bytes([code]).decode(codec) == char
    assert char.encode(codec) == bytes([code])


# VNI-Windows spellings as VNI documents print them (the bytes shown as Windows-1252 text).
VNI_WORDS = [
    ("Vieät Nam", "Việt Nam"),
    ("Tröôøng", "Trường"),
    ("Ñaø Naüng", "Đà Nẵng"),
    ("Hoäi nghò", "Hội nghị"),
    ("ñoàng chí", "đồng chí"),
    ("Thuû töôùng", "Thủ tướng"),
    ("HOÄI NGHÒ", "HỘI NGHỊ"),
    ("Quaûng Ninh", "Quảng Ninh"),
]


@pytest.mark.parametrize(("spelled", "text"), VNI_WORDS)
def test_vni_spellings_decode_and_encode(spelled: str, text: str) -> None:
    data = spelled.encode("cp1252")
    assert data.decode("vni") == text
    assert text.encode("vni") == data


def test_vni_reads_a_mark_typed_in_the_other_case() -> None:
    assert "AÙ".encode("cp1252").decode("vni") == "Á"
    assert "Aù".encode("cp1252").decode("vni") == "Á"


def test_a_vni_mark_without_a_letter_is_undefined() -> None:
    with pytest.raises(UnicodeDecodeError) as caught:
        b"x\xf9".decode("vni")
    assert (caught.value.start, caught.value.end) == (1, 2)
    assert b"x\xf9y".decode("vni", "replace") == "x\ufffdy"


def test_the_tcvn3_capitals_vn1_keeps_in_control_codes_are_not_carried() -> None:
    # The stated exception: TCVN3 files use those codes as controls.
    for capital in "ÚỤỪỬỮỨỰỲỶỸÝỴ":
        with pytest.raises(UnicodeEncodeError):
            capital.encode("tcvn3")
    assert b"\x01".decode("tcvn3") == "\x01"


def test_vps_has_no_o_circumflex_tilde_capital() -> None:
    with pytest.raises(UnicodeEncodeError):
        "Ỗ".encode("vps")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("tcvn3", "tcvn3"),
        ("TCVN", "tcvn3"),
        ("tcvn-5712", "tcvn3"),
        ("vni", "vni"),
        ("VNI-Windows", "vni"),
        ("viscii", "viscii"),
        ("VISCII1.1-1", "viscii"),
        ("vps", "vps"),
    ],
)
def test_the_codecs_are_registered_under_their_names(name: str, canonical: str) -> None:
    assert codecs.lookup(name).name == canonical


def test_every_vietnamese_letter_is_in_viscii_and_vni() -> None:
    letters = {
        unicodedata.normalize("NFC", base + tone)
        for base in "aăâeêioôơuưy"
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    } | {"đ"}
    letters |= {letter.upper() for letter in letters}
    for codec in ("viscii", "vni"):
        assert set(repertoire(codec)) >= letters, codec


def test_cp1258_spells_toned_letters_as_base_then_mark() -> None:
    assert encode_cp1258("Hội nghị") == b"H\xf4\xf2i nghi\xf2"  # ô + dot below, i + dot below
    assert encode_cp1258("á") == b"\xe1"  # a letter the code page holds stays one byte
    assert encode_cp1258("ướ").decode("cp1258") == "ư\u01a1\u0301"


@pytest.mark.parametrize("codec", LEGACY_CODECS)
def test_the_incremental_decoder_reads_byte_by_byte(codec: str) -> None:
    text = "Đà Nẵng, Hội nghị thường niên: Việt Nam."
    data = text.encode(codec)
    decoder = codecs.getincrementaldecoder(codec)()
    assert (
        "".join(decoder.decode(data[i : i + 1]) for i in range(len(data))) + decoder.decode(b"", final=True)
        == text
    )


# --- laws ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", LEGACY_CODECS)
@given(data=st.data())
def test_decode_of_encode_is_the_identity_on_what_the_codec_holds(codec: str, data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=st.sampled_from(repertoire(codec)), max_size=200))
    assert text.encode(codec).decode(codec) == text


@pytest.mark.parametrize("codec", LEGACY_CODECS)
@given(data=st.data())
def test_decode_of_encode_is_the_identity_on_vietnamese_text(codec: str, data: st.DataObject) -> None:
    text = data.draw(paragraphs(codec))
    assert text.encode(codec).decode(codec) == text


def test_the_search_function_knows_only_its_own_names() -> None:
    assert vietcodecs.search("utf_8") is None
    assert vietcodecs.search("tcvn3") is not None


def test_the_package_finds_every_name_without_building_the_tables_first() -> None:
    assert set(vietcodecs.ALIASES) == newsml_kit._LEGACY_CODEC_NAMES
