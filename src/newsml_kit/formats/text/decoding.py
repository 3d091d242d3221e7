"""Bytes of a plain-text article to text: the encoding decided, the damage repaired, each step told.

With ``encoding`` unset or ``auto`` (the default), in this order: a byte order mark names the
encoding; bytes that are valid UTF-8 are UTF-8 (the fast path: most archives are); anything else is
the candidate reading that is most plausibly text (``encoding_detect``), or an error naming the
candidates when that is not clear. A named encoding is used as it is, any Python codec or one of the
Vietnamese legacy codecs (``vietcodecs``).

Then, for auto-detected text only, UTF-8 that was once read as Windows-1252 and saved again
("Há»™i" for "Hội") is repaired with ftfy (when the whole text reads back as UTF-8 that way, and
at least three such sequences show it), and numeric character references left by web exports
("H&#7897;i") are decoded. Last, for every text, control characters the model cannot carry are
repaired: a C1 control is the Windows-1252 character of its code (U+0096 is an en dash), any other
is dropped. Each decision and each repair is a warning; ``--strict`` turns the first into an error.
Text is otherwise kept as decoded: cp1258's combining tones stay combining (extraction composes its
own view) unless ``--nfc`` asks for composition.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsml_kit.errors import Diagnostic, Location, ParseError
from newsml_kit.formats.base import ReadOptions, windows_1252_controls
from newsml_kit.formats.text.encoding_detect import CODEC_TITLES, detect_legacy
from newsml_kit.model import ILLEGAL_TEXT_RE

AUTO = "auto"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A letter from U+00C2 to U+00F4 (what a UTF-8 lead byte reads as in Windows-1252) followed by what a
# continuation byte (0x80-0xBF) reads as: the mark of mojibake. Genuine text rarely has the pair, so
# ftfy is only asked about text that does.
_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + "\x81\x8d\x8f\x90\x9d"
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATIONS)}]")
_MOJIBAKE = "mojibake: the text was UTF-8 read as another encoding and saved again; repaired"
MOJIBAKE_MIN_SEQUENCES = 3
"""The least number of mojibake pairs before ftfy is asked: real mix-ups leave one per letter."""
_BEYOND_WINDOWS_1252 = re.compile(
    "[^\x00-\xff" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")) + "]"
)
_NCR_RE = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The text, the codec it was read with, the warnings about how, and how many repairs were made."""

    text: str
    encoding: str
    warnings: tuple[Diagnostic, ...] = ()
    repairs: int = 0


def decode_text(data: bytes, options: ReadOptions) -> DecodedText:
    """Bytes to text (see the module's docstring), BOM dropped, CRLF and CR turned into LF."""
    warnings: list[Diagnostic] = []
    repairs = 0
    requested = options.encoding
    auto = requested is None or requested.lower() == AUTO
    if requested is None or auto:
        text, encoding = _auto(data, options.source, warnings)
    else:
        text, encoding = _named(data, requested, options.source)
    # Lines as the repairs' locations count them.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if auto:
        text, fixed = _repair_mojibake(text, options.source, warnings) if encoding == "utf-8" else (text, 0)
        repairs += fixed
        text, fixed = _decode_references(text, options.source, warnings)
        repairs += fixed
    if options.nfc:
        text = unicodedata.normalize("NFC", text)
    text, control_warnings = repair_controls(text, options.source)
    warnings += control_warnings
    return DecodedText(text, encoding, tuple(warnings), repairs + len(control_warnings))


def _named(data: bytes, encoding: str, source: str | None) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ParseError(f"unknown encoding {encoding!r}", Location(file=source)) from None
    try:
        return data.decode(encoding), name
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"cannot decode byte 0x{data[exc.start]:02X} at offset {exc.start} as {encoding}; "
            "if the file uses another encoding, name it with --encoding (e.g. --encoding cp1258), "
            "or let --encoding auto find it",
            Location(file=source),
        ) from None


def _auto(data: bytes, source: str | None, warnings: list[Diagnostic]) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _not_as_marked(encoding, f"byte {exc.start} is not {encoding}", source) from None
            if encoding != "utf-8-sig" and " " not in text and "\n" not in text:
                # Two bytes that look like a mark and then no space or line in the whole file: no article.
                raise _not_as_marked(encoding, "it holds no space and no line break in it", source)
            if encoding != "utf-8-sig":
                warnings.append(
                    _note("NK-TXT-101", f"encoding: {encoding}, named by the byte order mark", source)
                )
            return text, "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = detect_legacy(data, source)
    title = CODEC_TITLES.get(found.encoding, found.encoding)
    warnings.append(
        _note(
            "NK-TXT-102",
            f"encoding: not UTF-8; read as {title} ({found.reason}); "
            f"--encoding {found.encoding} reads it so without this warning",
            source,
        )
    )
    return found.text, found.encoding


def _not_as_marked(encoding: str, why: str, source: str | None) -> ParseError:
    return ParseError(
        f"the file starts with a {encoding} byte order mark but {why}; name its encoding with --encoding",
        Location(file=source),
    )


def _repair_mojibake(text: str, source: str | None, warnings: list[Diagnostic]) -> tuple[str, int]:
    """UTF-8 that was read as Windows-1252 (or Latin-1) and saved again, read once more as UTF-8."""
    if _BEYOND_WINDOWS_1252.search(text) is not None:
        return text, 0  # a letter no single-byte reading gives (ộ, ư, ...): not all of it was misread
    hints = _MOJIBAKE_HINT.finditer(text)
    if sum(1 for _ in zip(hints, range(MOJIBAKE_MIN_SEQUENCES), strict=False)) < MOJIBAKE_MIN_SEQUENCES:
        return text, 0
    import ftfy
    import ftfy.bad_codecs  # registers sloppy-windows-1252

    for misread in ("sloppy-windows-1252", "latin-1"):
        # The whole text, exactly undone: ftfy's heuristics pass over some Vietnamese ("cá»§a").
        try:
            fixed = text.encode(misread).decode("utf-8")
        except UnicodeError:
            continue
        warnings.append(_note("NK-TXT-103", f"{_MOJIBAKE} (encode {misread}, decode utf-8)", source))
        return fixed, 1
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_c1_controls=False,  # a C1 control is repaired below, with a warning of its own
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=False,  # the whole text or nothing: a lone "Â¡" stays as written
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
    )
    fixed, steps = ftfy.fix_encoding_and_explain(text, config)
    if fixed == text:
        return text, 0
    how = ", ".join(f"{step} {codec}" for step, codec in steps or [])
    warnings.append(_note("NK-TXT-103", f"{_MOJIBAKE} ({how})", source))
    return fixed, 1


def _decode_references(text: str, source: str | None, warnings: list[Diagnostic]) -> tuple[str, int]:
    """``&#7897;`` and ``&#x1ED9;`` as the characters they name (a web export's leftovers)."""
    if "&#" not in text:
        return text, 0
    count = 0
    first: re.Match[str] | None = None

    def character(match: re.Match[str]) -> str:
        nonlocal count, first
        hexadecimal, decimal = match.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group()
        count += 1
        first = first or match
        return chr(code)

    decoded = _NCR_RE.sub(character, text)
    if first is None:
        return text, 0
    line, column = _line_column(text, first.start())
    plural = "s" if count > 1 else ""
    warnings.append(
        Diagnostic(
            "warning",
            f"{count} numeric character reference{plural} decoded (the first: {first.group()})",
            Location(source, line, column),
            "NK-TXT-104",
        )
    )
    return decoded, 1


def repair_controls(text: str, source: str | None) -> tuple[str, list[Diagnostic]]:
    """Every character the model refuses, repaired: a C1 control read as Windows-1252, anything else
    (C0 controls but tab, LF and CR; DEL; the five C1 codes Windows-1252 leaves undefined; U+FFFE,
    U+FFFF) dropped. One warning per repair, at its line and column in the decoded text."""
    if ILLEGAL_TEXT_RE.search(text) is None:
        return text, []
    warnings: list[Diagnostic] = []
    pieces: list[str] = []
    last = 0
    for match in ILLEGAL_TEXT_RE.finditer(text):
        bad = match.group()
        line, column = _line_column(text, match.start())
        replacement = windows_1252_controls(bad)
        if replacement != bad:
            message = (
                f"control character U+{ord(bad):04X} read as Windows-1252: "
                f"{replacement!r} (U+{ord(replacement):04X})"
            )
        else:
            replacement = ""
            message = f"control character U+{ord(bad):04X} dropped"
        warnings.append(Diagnostic("warning", message, Location(source, line, column), "NK-TXT-105"))
        pieces.append(text[last : match.start()])
        pieces.append(replacement)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), warnings


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _note(code: str, message: str, source: str | None) -> Diagnostic:
    return Diagnostic("warning", message, Location(file=source), code)
