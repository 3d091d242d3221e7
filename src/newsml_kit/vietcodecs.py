"""The Vietnamese legacy encodings as Python codecs: TCVN3, VNI-Windows, VISCII and VPS.

The package registers ``search`` (lazily, see ``newsml_kit/__init__.py``), so that
``codecs.lookup("tcvn3")``, ``b"...".decode("vni")`` and ``newsml-kit convert --encoding viscii``
work like any codec once ``newsml_kit`` is imported:

* ``tcvn3`` (also ``tcvn``, ``tcvn5712``): TCVN 5712:1993, the ".Vn" (ABC) fonts. ASCII in
  0x00-0x7F; in 0x80-0xFF the letters of the standard's table (VN3, the lowercase letters with
  Ă Â Ê Ô Ơ Ư Đ, lies in 0xA1-0xFF; VN1 adds capitals in the rest), the five tone marks as combining
  characters at 0xB0-0xB4. The twelve capitals VN1 puts in control codes (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ)
  are not carried: in a TCVN3 file those codes are controls.
* ``viscii`` (RFC 1456, VISCII 1.1): all 134 letters, six of them in control codes.
* ``vps``: all letters but Ỗ, fourteen of them in control codes. Nine codes the VPS table leaves
  empty (0x91 0x92 0x99 0xA0 0xDF 0xE7 0xEE 0xF6 0xFC) are undefined here.
* ``vni`` (also ``vni_windows``): VNI-Windows. A toned letter is two bytes, the base letter then a
  byte for its marks (``a`` + 0xF9 is á, ``e`` + 0xE4 is ệ); ơ ư đ and the toned i and ỵ are one
  byte; everything else is Windows-1252. A mark byte with no base letter before it is undefined.

Bytes a table leaves undefined are decoding errors, and characters it cannot hold are encoding
errors, under the usual ``errors`` handlers, so decode(encode(s)) == s for every text a codec holds.

``encode_cp1258`` is the cp1258 encoder Python lacks for composed text: Python's ``cp1258`` codec
encodes only what the code page holds as one byte, so "ộ" needs spelling as "ô" + combining dot.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import Buffer

UNDEFINED = "\ufffe"
"""What a decoding table holds for a byte the encoding leaves undefined (as Python's own tables)."""

_ASCII = "".join(map(chr, range(128)))

# --- single-byte tables (upper half, 16 codes a row) -----------------------------------------------

_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 8x
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 9x
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # Ax
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # Bx: the five tone marks, then letters
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # Cx
    "éẹềểễếệìỉỄẾỒĩíịò"  # Dx
    "Ổỏõóọồổỗốộờởỡớợù"  # Ex
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # Fx
)

_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"  # 8x
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 9x
    "Õắằặấầẩậẽẹếềểễệố"  # Ax
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"  # Bx
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"  # Cx
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # Dx
    "àáâãảăữẫèéêẻìíĩỉ"  # Ex
    "đựòóôõỏọụùúũủýợỮ"  # Fx
)
_VISCII_LOW = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}

_U = UNDEFINED
_VPS_HIGH = (
    "ÀẢÃẤẦẨọỗĂếềểệẮẰẲ"  # 8x
    f"Ế{_U}{_U}ỀỂỄỐỒỔ{_U}ýỷỵỚỜỞ"  # 9x
    f"{_U}ắằẳẵặỠớÙờởỡŨỨợỪ"  # Ax
    "ổỬỲỸÍÌộỈĨÓửữÒỎÕự"  # Bx
    "ầÁÂấẩẫậđẻÉÊẹỉễịỹ"  # Cx
    f"ƯỦồốÔỏơÈừứÚũưÝẺ{_U}"  # Dx
    f"àáâãảạă{_U}èéêẽìí{_U}ĩ"  # Ex
    f"ẴĐòóôõ{_U}Ơụùúủ{_U}ỶẼỳ"  # Fx
)
_VPS_LOW = {
    0x02: "Ạ", 0x03: "Ậ", 0x04: "Ặ", 0x05: "Ẹ", 0x06: "Ệ", 0x10: "Ị", 0x11: "Ọ", 0x12: "Ộ",
    0x13: "Ợ", 0x14: "Ụ", 0x15: "Ự", 0x19: "Ỵ", 0x1C: "Ẫ", 0x1D: "Ữ",
}  # fmt: skip


def _table(high: str, low: Mapping[int, str] | None = None) -> str:
    chars = list(_ASCII + high)
    for code, char in (low or {}).items():
        chars[code] = char
    assert len(chars) == 256
    return "".join(chars)


TCVN3_TABLE = _table(_TCVN3_HIGH)
VISCII_TABLE = _table(_VISCII_HIGH, _VISCII_LOW)
VPS_TABLE = _table(_VPS_HIGH, _VPS_LOW)


class _Charmap:
    """A single-byte codec from a 256-character decoding table."""

    def __init__(self, table: str) -> None:
        self.decoding = table
        self.encoding = {ord(char): code for code, char in enumerate(table) if char != UNDEFINED}

    def encode(self, text: str, errors: str = "strict") -> tuple[bytes, int]:
        return codecs.charmap_encode(text, errors, self.encoding)

    def decode(self, data: bytes, errors: str = "strict") -> tuple[str, int]:
        return codecs.charmap_decode(data, errors, self.decoding)


# --- VNI-Windows -----------------------------------------------------------------------------------

# The mark bytes, lowercase forms (the uppercase forms are 0x20 lower): the five tones, then the
# circumflex with each tone, then the breve with each tone.
_VNI_TONES = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
_VNI_CIRCUMFLEX = {"": 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
_VNI_BREVE = {"": 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
# Letters that are one byte of their own (lowercase; uppercase 0x20 lower).
_VNI_SINGLE = {
    "ơ": 0xF4, "ư": 0xF6, "í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE, "đ": 0xF1,
}  # fmt: skip


def _vni_letters() -> dict[str, bytes]:
    """Every Vietnamese letter the scheme spells, lowercase and uppercase, with its bytes."""
    letters: dict[str, bytes] = {}

    def add(base: str, marks: str, mark_byte: int) -> None:
        lower = unicodedata.normalize("NFC", base + marks)
        base_byte = ord(base) if base.isascii() else _VNI_SINGLE[base]
        letters[lower] = bytes([base_byte, mark_byte])
        # Uppercase letters and mark bytes are 0x20 below the lowercase ones.
        letters[lower.upper()] = bytes([base_byte - 0x20, mark_byte - 0x20])

    for base in "aeouy" + "ơư":
        for tone, mark in _VNI_TONES.items():
            if not (base == "y" and tone == "\u0323"):  # ỵ is a byte of its own
                add(base, tone, mark)
    for base in "aeo":
        for tone, mark in _VNI_CIRCUMFLEX.items():
            add(base, "\u0302" + tone, mark)
    for tone, mark in _VNI_BREVE.items():
        add("a", "\u0306" + tone, mark)
    for letter, code in _VNI_SINGLE.items():
        letters[letter] = bytes([code])
        letters[letter.upper()] = bytes([code - 0x20])
    return letters


VNI_LETTERS = _vni_letters()
_VNI_MARK_BYTES = frozenset(
    code - case
    for code in (*_VNI_TONES.values(), *_VNI_CIRCUMFLEX.values(), *_VNI_BREVE.values())
    for case in (0, 0x20)
)
_VNI_SINGLE_BYTES = frozenset(code - case for code in _VNI_SINGLE.values() for case in (0, 0x20))
_VNI_BASE_BYTES = frozenset(
    b"aeouyAEOUY" + bytes([_VNI_SINGLE[base] - case for base in "ơư" for case in (0, 0x20)])
)


def _vni_byte_table() -> str:
    """Each byte alone: Windows-1252, but a mark byte is undefined and a letter byte is its letter."""
    chars = []
    for code in range(256):
        try:
            char = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            char = UNDEFINED
        chars.append(UNDEFINED if code in _VNI_MARK_BYTES else char)
    for letter, spelled in VNI_LETTERS.items():
        if len(spelled) == 1:
            chars[spelled[0]] = letter
    return "".join(chars)


_VNI_BYTES = _vni_byte_table()
# Two-byte spellings, read through the same table of byte-wise characters (a mark byte stands for its
# Windows-1252 character there, so that a regular expression can find the pairs).
_VNI_PAIRS = {
    spelled.decode("latin-1"): letter for letter, spelled in VNI_LETTERS.items() if len(spelled) == 2
}
# Pairs typed with the other case of mark (``A`` then the lowercase mark) read as the base's case.
for _pair, _letter in list(_VNI_PAIRS.items()):
    _VNI_PAIRS.setdefault(_pair[0] + chr(ord(_pair[1]) ^ 0x20), _letter)
_VNI_PAIR_RE = re.compile("|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)))
_VNI_ENCODING: dict[int, bytes] = {}
for _code, _char in enumerate(_VNI_BYTES):
    if _char != UNDEFINED:
        _VNI_ENCODING.setdefault(ord(_char), bytes([_code]))
for _letter, _spelled in VNI_LETTERS.items():
    _VNI_ENCODING[ord(_letter)] = _spelled
# Windows-1252 letters whose byte VNI uses for a mark or a letter cannot be written.
for _code in _VNI_MARK_BYTES | _VNI_SINGLE_BYTES:
    _plain = bytes([_code]).decode("cp1252")
    if _plain not in VNI_LETTERS:
        _VNI_ENCODING.pop(ord(_plain), None)


def vni_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    return codecs.charmap_encode(text, errors, _VNI_ENCODING)


def vni_decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    """Pairs (base letter, mark byte) to letters; every other byte through the byte table."""
    data = bytes(data)
    # Latin-1 keeps one character per byte, so positions in ``raw`` are byte offsets.
    raw = data.decode("latin-1")
    out: list[str] = []
    start = 0
    for match in _VNI_PAIR_RE.finditer(raw):
        if match.start() > start:
            out.append(_vni_singles(data, start, match.start(), errors))
        out.append(_VNI_PAIRS[match.group()])
        start = match.end()
    if start < len(data):
        out.append(_vni_singles(data, start, len(data), errors))
    return "".join(out), len(data)


def _vni_singles(data: bytes, start: int, end: int, errors: str) -> str:
    try:
        return codecs.charmap_decode(data[start:end], "strict", _VNI_BYTES)[0]
    except UnicodeDecodeError as exc:
        if errors == "strict":
            raise UnicodeDecodeError(
                "vni", data, start + exc.start, start + exc.end, "a mark byte with no letter before it"
            ) from None
    # Another handler: let charmap_decode apply it, byte by byte, as any codec would.
    return codecs.charmap_decode(data[start:end], errors, _VNI_BYTES)[0]


# --- cp1258 for composed text ----------------------------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """Text in cp1258 the way Windows writes Vietnamese: a letter the code page holds is its byte;
    any other toned letter is its base letter (with circumflex, breve or horn) then a tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in parts if mark in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in _TONE_MARKS))
        out += (base + tones).encode("cp1258", errors)
    return bytes(out)


# --- registration ----------------------------------------------------------------------------------


def _vni_pending(data: bytes) -> int:
    """How many bytes at the end of a chunk must wait for the next one: a base letter may take the
    next chunk's first byte as its mark."""
    return 1 if data and data[-1] in _VNI_BASE_BYTES else 0


def _codec_info(
    name: str,
    encode: Callable[[str, str], tuple[bytes, int]],
    decode: Callable[[bytes, str], tuple[str, int]],
    pending: Callable[[bytes], int] = lambda data: 0,
) -> codecs.CodecInfo:
    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input: str, final: bool = False) -> bytes:
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input: Buffer, errors: str, final: bool) -> tuple[str, int]:
            data = bytes(input)
            keep = 0 if final else pending(data)
            return decode(data[: len(data) - keep], errors)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input: str, errors: str = "strict") -> tuple[bytes, int]:
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input: bytes, errors: str = "strict") -> tuple[str, int]:
            return decode(input, errors)

    return codecs.CodecInfo(
        name=name,
        encode=encode,  # type: ignore[arg-type]  # positional-only in typeshed's protocol
        decode=decode,  # type: ignore[arg-type]
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )


_TCVN3 = _Charmap(TCVN3_TABLE)
_VISCII = _Charmap(VISCII_TABLE)
_VPS = _Charmap(VPS_TABLE)
_CODECS: dict[str, codecs.CodecInfo] = {
    "tcvn3": _codec_info("tcvn3", _TCVN3.encode, _TCVN3.decode),
    "viscii": _codec_info("viscii", _VISCII.encode, _VISCII.decode),
    "vps": _codec_info("vps", _VPS.encode, _VPS.decode),
    "vni": _codec_info("vni", vni_encode, vni_decode, _vni_pending),
}
ALIASES = {
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn_5712": "tcvn3",
    "viscii": "viscii",
    "viscii1.1_1": "viscii",
    "csviscii": "viscii",
    "vps": "vps",
    "vni": "vni",
    "vni_windows": "vni",
}
LEGACY_CODECS = tuple(_CODECS)
"""The names of the codecs this module adds, as ``codecs.lookup(...).name`` gives them."""


def search(name: str) -> codecs.CodecInfo | None:
    """The codec search function (names come lowercased, with hyphens and spaces as underscores)."""
    canonical = ALIASES.get(name.replace("-", "_"))
    return _CODECS[canonical] if canonical else None
