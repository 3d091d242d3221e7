"""Vietnamese text for the encoding tests: realistic paragraphs, what each codec holds, legacy copies."""

from __future__ import annotations

import functools
import unicodedata

from hypothesis import strategies as st

from newsml_kit.vietcodecs import encode_cp1258

# Common syllables of news prose (the team's own list), lowercase.
_WORDS = (
    "của và các những người được trong đã với cho này một không có là năm việt nam hội nghị tỉnh thành "
    "phố hà nội bộ trưởng đồng chí đại biểu kinh tế phát triển chủ tịch ủy ban nhân dân quốc gia tổ "
    "chức lễ trao giải thưởng khen đơn vị công tác lãnh đạo ngày tháng sáng chiều tại đà nẵng huế hải "
    "phòng quảng ninh cần thơ thủ tướng chính phủ văn hóa giáo dục y tế khoa học ông bà anh chị em "
    "tham dự phát biểu nhấn mạnh đề nghị triển khai kế hoạch nhiệm vụ trọng tâm đầu tư xây dựng cơ sở "
    "hạ tầng giao thông nông nghiệp thủy sản du lịch ấn tượng ổn định ưu tiên ứng dụng ý kiến ủng hộ "
    "đổi mới sáng tạo doanh nghiệp hợp tác quốc tế biển đảo an ninh quốc phòng thường niên tổng kết "
    "sơ kết quý cuối đầu mươi hai ba bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ đồng"
)
_CAPITALISED = "Hà Nội Việt Nam Đà Nẵng Huế Ủy Ông Ấn Độ Ý Ở Ưu Ước Ổn Ảnh Ẩn Ỷ Ỹ Ỵ"
WORDS = tuple(_WORDS.split())
CAPITALISED = tuple(_CAPITALISED.split())


@functools.cache
def repertoire(codec: str) -> str:
    """Every character below U+3000 that ``codec`` encodes (what its laws range over)."""
    held = []
    for code in range(0x3000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            continue
        held.append(char)
    return "".join(held)


def holds(codec: str, text: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def paragraphs(draw: st.DrawFn, codec: str, min_words: int = 40) -> str:
    """A paragraph or more of news-like Vietnamese that ``codec`` can hold: sentences of common
    syllables, the first word of each capitalised where the codec has the capital."""
    sentences = []
    for _ in range(draw(st.integers(min_value=2, max_value=6))):
        # Distinct words: prose varies (one word said forty times can read right in two code pages).
        words = draw(
            st.lists(st.sampled_from(WORDS + CAPITALISED), min_size=min_words // 2, max_size=30, unique=True)
        )
        first = words[0][0].upper() + words[0][1:]
        words[0] = first if holds(codec, first) else words[0]
        words = [word if holds(codec, word) else word.lower() for word in words]
        sentences.append(" ".join(words) + draw(st.sampled_from([".", "!", "?", ":"])))
    return " ".join(sentences)


def mojibake(text: str) -> str:
    """``text`` as a UTF-8 file that was read as Windows-1252 (the five codes it leaves undefined
    taken as Latin-1, as Windows does) and saved again as UTF-8."""
    return "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in text.encode("utf-8"))


# Stand-ins for characters of the shared articles that a legacy code page has no place for: the
# ASCII writers of the time typed. Applied only where the codec cannot hold the character.
STAND_INS = {
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u2022": "*",
    "\u00b0": "o",
    "\u03bc": "u",
    "\u200b": "",
    "\u00a0": " ",
}


@functools.cache
def _encodable(codec: str, char: str) -> bool:
    if codec == "cp1258":
        try:
            encode_cp1258(char)
        except UnicodeEncodeError:
            return False
        return True
    return holds(codec, char)


def legacy_form(codec: str, text: str) -> tuple[str, list[str]]:
    """The text a legacy file in ``codec`` can hold for ``text``, and what had to change: NFC; a
    capital toned letter the codec lacks written lowercase (the stated exception: TCVN3 writers
    used the capitals font with the lowercase codes); other characters it lacks as ASCII stand-ins
    (quotes, dashes) or without their marks (foreign names)."""
    out = []
    changed = []
    for char in unicodedata.normalize("NFC", text):
        if _encodable(codec, char):
            out.append(char)
            continue
        if char.isupper() and _encodable(codec, char.lower()):
            replacement = char.lower()
        elif char in STAND_INS:
            replacement = STAND_INS[char]
        else:
            replacement = "".join(
                c for c in unicodedata.normalize("NFD", char) if c.isascii() and _encodable(codec, c)
            )
        changed.append(char)
        out.append(replacement)
    return "".join(out), changed


def encode_legacy(codec: str, text: str) -> bytes:
    return encode_cp1258(text) if codec == "cp1258" else text.encode(codec)
