"""The package's only XML parser: hardened lxml plus the DOCTYPE and entity policy (docs/architecture.md).

Parsing happens in three steps:

1. A light scan of the raw input (``_prepare``) enforces the DOCTYPE policy (an internal subset is refused,
   an external DTD is noted and ignored) and rewrites named entities from the XHTML/ISO sets as numeric
   character references, which mean the same character in every encoding. Unknown names are errors.
2. lxml parses with entity expansion, DTD loading and the network all off (``_parse``).
3. A backstop (``_check_tree``) makes sure that no entity node or declaration got through, for input the
   scan rewrote or could not read (an encoding Python lacks). Input the scan found clean on its bytes (no
   DOCTYPE, no reference but the five of XML and character references) cannot hold either, and is not walked.
"""

from __future__ import annotations

import codecs
import functools
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Final

from lxml import etree

from newsml_kit._entities import NAMED_ENTITIES
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError, ParseError, UnsafeInputError

__all__ = ["DEFAULT_MAX_BYTES", "XmlDocument", "parse_xml"]

DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
"""Inputs larger than this (64 MiB) are refused before parsing."""


@dataclass(frozen=True)
class XmlDocument:
    """A parsed document: its root element, what was noticed on the way, and its DOCTYPE as written."""

    root: etree._Element
    warnings: tuple[Diagnostic, ...] = ()
    doctype: str | None = None


def parse_xml(data: bytes, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> XmlDocument:
    """Parse untrusted XML bytes safely.

    ``source`` names the input in error and warning locations. Raises UnsafeInputError for input the
    safety policy refuses (too large, an internal DTD subset, a parser resource limit) and ParseError for
    anything malformed, an unknown named entity included; never an lxml exception.
    """
    if not isinstance(data, bytes):
        raise TypeError(f"parse_xml() needs bytes, not {type(data).__name__}")
    try:
        document = _parse_document(data, max_bytes)
    except NewsmlKitError as exc:
        exc.with_file(source)
        raise
    if not document.warnings:
        return document  # the usual case: no location to name the source in
    warnings = tuple(warning.with_file(source) for warning in document.warnings)
    return XmlDocument(document.root, warnings, document.doctype)


def _parse_document(data: bytes, max_bytes: int) -> XmlDocument:
    if len(data) > max_bytes:
        raise UnsafeInputError(f"input is {len(data)} bytes, more than the limit of {max_bytes} bytes")
    if _nothing_to_prepare(data):  # the usual case, without a _Prepared to build (a frozen dataclass)
        root, parser_warnings = _parse(data, backstop=False)
        return XmlDocument(root, parser_warnings)
    prepared = _prepare(data)
    root, parser_warnings = _parse(prepared.data, backstop=not prepared.clean)
    if prepared.clean:
        return XmlDocument(root, parser_warnings)
    if prepared.scanned:
        return XmlDocument(root, prepared.warnings + parser_warnings, prepared.doctype)
    doctype, dtd_warnings = _doctype_from_tree(root)
    return XmlDocument(root, dtd_warnings + parser_warnings, doctype)


# --- Step 1: the pre-scan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    data: bytes
    warnings: tuple[Diagnostic, ...] = ()
    doctype: str | None = None
    scanned: bool = True  # False: the encoding was unreadable here, lxml and _check_tree had the last word
    # True: no DOCTYPE, and no reference but the five of XML and character references, seen on the
    # bytes. lxml can then make neither a DTD nor an entity node, and the backstop is not walked.
    clean: bool = False


def _prepare(data: bytes) -> _Prepared:
    """Apply the DOCTYPE policy and map named entities; ``data`` comes back unchanged when nothing maps."""
    if _nothing_to_prepare(data):
        return _Prepared(data, clean=True)
    text = _text_view(data)
    if text is None:
        return _Prepared(data, scanned=False)  # lxml reports the encoding problem, or _check_tree guards
    positions = _Positions(text)
    prolog = _read_prolog(text, positions)
    mapped, entity_warnings = _map_entities(text, prolog.end, positions)
    warnings = prolog.warnings + entity_warnings
    if mapped is None:
        return _Prepared(data, warnings, prolog.doctype)
    try:
        return _Prepared(text.to_bytes(mapped), warnings, prolog.doctype)
    except UnicodeError:
        # The references stay as they are: lxml or _check_tree refuse them.
        return _Prepared(data, warnings, prolog.doctype)


@dataclass(frozen=True)
class _Text:
    """The input as a str the pre-scan can search.

    For an ASCII-transparent encoding (UTF-8, ISO-8859-x, windows-125x ...) ``chars`` holds one char per
    byte (latin-1): markup is found without decoding, and the bytes come back exactly, invalid ones
    included, so lxml still reports them where they are. Otherwise (UTF-16, Shift_JIS ...) ``chars`` is
    the decoded text, re-encoded in the same encoding after the BOM.
    """

    chars: str
    codec: str
    bytewise: bool
    start: int = 0  # where content starts in ``chars`` (after a UTF-8 BOM kept in a bytewise view)
    bom: bytes = b""

    def to_bytes(self, chars: str) -> bytes:
        if self.bytewise:
            return chars.encode("latin-1")
        return self.bom + chars.encode(self.codec)

    def decode(self, chars: str) -> str:
        """The real characters of a slice of ``chars``, for messages and column numbers."""
        if not self.bytewise:
            return chars
        return chars.encode("latin-1").decode(self.codec, "replace")


_BOMS: Final = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is a prefix of this one
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
# XML 1.0 appendix F: without a BOM, the first "<?" still shows a wide encoding.
_WIDE_STARTS: Final = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)
_DECLARED_ENCODING: Final = re.compile(
    rb"<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']"
)


_CANDIDATE_BYTES: Final = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#)")
# Whitespace, comments and processing instructions, as many as there are: one match, not a loop of them.
_PROLOG_ITEMS_BYTES: Final = re.compile(rb"(?:[ \t\r\n]+|<!--.*?-->|<\?.*?\?>)*", re.DOTALL)
_WIDE_PREFIXES: Final = tuple(prefix for prefix, _ in (*_BOMS, *_WIDE_STARTS))


def _nothing_to_prepare(data: bytes) -> bool:
    """The usual case, found on the bytes without decoding them: an ASCII-transparent input (UTF-8,
    with or without its BOM, or a readable 8-bit encoding) whose prolog has no DOCTYPE and whose
    content no named reference to map. ``_prepare`` would give it back as it is, with no warning;
    anything else takes the full scan, which reads the prolog and references the same way."""
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        offset = len(codecs.BOM_UTF8)
    elif data.startswith(_WIDE_PREFIXES) or not _readable_declaration(_head(data)):
        return False
    prolog = _PROLOG_ITEMS_BYTES.match(data, offset)
    offset = offset if prolog is None else prolog.end()  # it always matches, if only the empty string
    if data.startswith(b"<!DOCTYPE", offset):
        return False
    return b"&" not in data or _CANDIDATE_BYTES.search(data, offset) is None


def _head(data: bytes) -> bytes:
    """The input up to its first ``>`` (at most 1 kB): all that ``_DECLARED_ENCODING``, which
    cannot cross a ``>``, matches in the first kilobyte. The documents of a feed share it."""
    end = data.find(b">", 0, 1024)
    return data[: 1024 if end < 0 else end + 1]


# The answer of ``_readable_declaration`` by head: bounded, as the heads are the input's.
_READABLE_HEADS: Final[dict[bytes, bool]] = {}


def _readable_declaration(head: bytes) -> bool:
    """Whether the encoding the XML declaration in ``head`` names (UTF-8 without one) is one that
    Python knows and is ASCII-transparent, or a wide one (whose 8-bit ``<?xml`` belies it).
    Remembered for the few declarations a feed writes: the pattern and the codec look-up cost
    more than a dictionary look-up (1% of an agency read)."""
    readable = _READABLE_HEADS.get(head)
    if readable is None:
        declared = _DECLARED_ENCODING.match(head)
        codec = _python_codec(declared.group(1).decode("ascii")) if declared else "utf-8"
        readable = codec is not None and (codec.startswith(("utf-16", "utf-32")) or _ascii_transparent(codec))
        if len(_READABLE_HEADS) < 256:
            _READABLE_HEADS[head] = readable
    return readable


def _text_view(data: bytes) -> _Text | None:
    """A searchable view of ``data``, or None when Python cannot read its encoding."""
    if data.startswith(codecs.BOM_UTF8):
        return _Text(data.decode("latin-1"), "utf-8", bytewise=True, start=len(codecs.BOM_UTF8))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decoded_view(data, codec, bom)
    for start, codec in _WIDE_STARTS:
        if data.startswith(start):
            return _decoded_view(data, codec, b"")
    return _declared_view(data)


def _declared_view(data: bytes) -> _Text | None:
    """The view of an 8-bit input, in the encoding its XML declaration names (UTF-8 when none)."""
    declared = _DECLARED_ENCODING.match(data, 0, 1024)
    codec = _python_codec(declared.group(1).decode("ascii") if declared else "utf-8")
    if codec is None:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"  # the bytes of "<?xml" show an 8-bit encoding, whatever the declaration says
    if _ascii_transparent(codec):
        return _Text(data.decode("latin-1"), codec, bytewise=True)
    return _decoded_view(data, codec, b"")


def _decoded_view(data: bytes, codec: str, bom: bytes) -> _Text | None:
    try:
        return _Text(data[len(bom) :].decode(codec), codec, bytewise=False, bom=bom)
    except (UnicodeError, LookupError):
        return None  # lxml finds the bad bytes and says where


def _python_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@functools.cache
def _ascii_transparent(codec: str) -> bool:
    """Whether every byte below 0x80 is that ASCII character and never part of a multibyte sequence."""
    if codec == "utf-8":
        return True  # multibyte, but every byte of a sequence is 0x80 or above
    ascii_bytes = bytes(range(128))
    try:
        if ascii_bytes.decode(codec) != ascii_bytes.decode("ascii"):
            return False
        # A multibyte codec (Shift_JIS, Big5 ...) holds a lead byte back; a single-byte codec never does.
        return all(_decode_one(codec, byte) for byte in range(128, 256))
    except (UnicodeError, LookupError):  # LookupError: not a text encoding (e.g. "zlib")
        return False


def _decode_one(codec: str, byte: int) -> str:
    return codecs.getincrementaldecoder(codec)("replace").decode(bytes([byte]))


class _Positions:
    """Line and column of offsets in a _Text, visited in increasing order (so the whole input is read once).

    Both are 1-based and count characters; lines end at LF, as libxml2 counts them.
    """

    def __init__(self, text: _Text) -> None:
        self._text = text
        self._offset = text.start
        self._line = 1
        self._column = 1

    def at(self, offset: int) -> Location:
        segment = self._text.chars[self._offset : offset]
        newlines = segment.count("\n")
        if newlines:
            self._line += newlines
            self._column = 1
            segment = segment[segment.rindex("\n") + 1 :]
        self._column += len(self._text.decode(segment))
        self._offset = offset
        return Location(line=self._line, column=self._column)


@dataclass(frozen=True)
class _Prolog:
    end: int  # where the prolog stops: normally the root element's "<"
    doctype: str | None = None
    warnings: tuple[Diagnostic, ...] = ()


_PROLOG_ITEM: Final = re.compile(r"[ \t\r\n]+|<!--.*?-->|<\?.*?\?>", re.DOTALL)
_S: Final = "[ \t\r\n]"
_LITERAL: Final = "(?:\"[^\"]*\"|'[^']*')"
_DOCTYPE: Final = re.compile(
    rf"<!DOCTYPE{_S}+[^ \t\r\n>\[]+"
    rf"(?:{_S}+(?:SYSTEM|PUBLIC{_S}+{_LITERAL}){_S}+(?P<system>{_LITERAL}))?"
    rf"{_S}*(?P<end>[\[>])"
)


def _read_prolog(text: _Text, positions: _Positions) -> _Prolog:
    """Walk the prolog (declaration, comments, PIs, DOCTYPE) and apply the DOCTYPE policy."""
    chars, offset = text.chars, text.start
    doctype: str | None = None
    warnings: list[Diagnostic] = []
    while True:
        if item := _PROLOG_ITEM.match(chars, offset):
            offset = item.end()
        elif chars.startswith("<!DOCTYPE", offset):
            declaration = _check_doctype(text, offset, positions)
            doctype = doctype or text.decode(declaration.group())
            if declaration["system"] is not None:
                system = text.decode(declaration["system"])
                warnings.append(_external_dtd_warning(system, positions.at(offset)))
            offset = declaration.end()
        else:
            return _Prolog(offset, doctype, tuple(warnings))


def _external_dtd_warning(system: str, location: Location) -> Diagnostic:
    return Diagnostic(
        "warning", f"external DTD {system} ignored (DTDs are never loaded)", location, "NK-XML-001"
    )


def _check_doctype(text: _Text, offset: int, positions: _Positions) -> re.Match[str]:
    declaration = _DOCTYPE.match(text.chars, offset)
    if declaration is None:
        raise ParseError("malformed DOCTYPE declaration", positions.at(offset))
    if declaration["end"] == "[":
        raise UnsafeInputError(
            "DOCTYPE with an internal DTD subset refused: its declarations could read files, "
            "reach the network or expand without bound",
            positions.at(offset),
        )
    return declaration


# Comments, CDATA sections and PIs are matched whole, so that references inside them are left alone; an
# unterminated one runs to the end, where lxml reports it. Numeric and the five XML references never match.
_NAME_START: Final = "A-Za-z_:\x80-\U0010ffff"
_MARKUP: Final = re.compile(
    r"<(?:!--.*?(?:-->|\Z)|!\[CDATA\[.*?(?:\]\]>|\Z)|\?.*?(?:\?>|\Z))"
    rf"|&(?!(?:amp|lt|gt|quot|apos);)(?P<name>[{_NAME_START}][{_NAME_START}0-9.\-]*);",
    re.DOTALL,
)
_CANDIDATE: Final = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);|#)")
# Character references are plain ASCII: they mean the same character whatever the input's encoding.
_CHAR_REFS: Final = {
    name: "".join(f"&#x{ord(char):X};" for char in replacement)
    for name, replacement in NAMED_ENTITIES.items()
}

_Mapped = tuple[str | None, tuple[Diagnostic, ...]]


def _map_entities(text: _Text, start: int, positions: _Positions) -> _Mapped:
    """Named references to character references: the new text (None if unchanged), a warning per name."""
    chars = text.chars
    if not _CANDIDATE.search(chars, start):
        return None, ()  # the usual case, found without the slower full scan
    pieces: list[str] = []
    done = start
    warnings: dict[str, Diagnostic] = {}
    for match in _MARKUP.finditer(chars, start):
        name: str | None = match["name"]
        if name is None:
            continue  # a comment, CDATA section or PI
        if name not in warnings:
            warnings[name] = _first_use(text, name, positions.at(match.start()))
        pieces += (chars[done : match.start()], _CHAR_REFS[name])
        done = match.end()
    if not pieces:
        return None, ()
    return chars[:start] + "".join(pieces) + chars[done:], tuple(warnings.values())


def _first_use(text: _Text, name: str, location: Location) -> Diagnostic:
    """The warning for the first reference to ``name``; an error when the name is unknown."""
    replacement = NAMED_ENTITIES.get(name)
    if replacement is None:
        message = f"undefined entity &{text.decode(name)}; (neither an XML entity nor in the XHTML/ISO sets)"
        raise ParseError(message, location)
    return Diagnostic(
        "warning",
        f"entity &{name}; is not defined in XML; read as {_describe(replacement)}",
        location,
        "NK-XML-002",
    )


def _describe(replacement: str) -> str:
    return " ".join(f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip() for char in replacement)


# --- Step 2: lxml ----------------------------------------------------------------------------------------

_HUGE_HINT: Final = re.compile(r"^Resource limit exceeded: |,? *(?:use|try) XML_PARSE_HUGE(?: option)?")


_PARSERS: Final = threading.local()


def _parser() -> etree.XMLParser:
    """This thread's parser. lxml parsers are not thread-safe, so each thread has its own; reusing it
    (lxml resets it for every document, its error log included) spares the setup of a new libxml2
    parser context, about 5% of parsing a 7 kB document."""
    parser: etree.XMLParser | None = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = _new_parser()
    return parser


def _new_parser() -> etree.XMLParser:
    # Never pass schema= here: lxml 6.1 crashes on an internal entity with it (docs/architecture.md).
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,  # keeps libxml2's limits on depth, text size and entity amplification
        dtd_validation=False,
        attribute_defaults=False,
        remove_blank_text=False,
    )


def _parse(data: bytes, backstop: bool = True) -> tuple[etree._Element, tuple[Diagnostic, ...]]:
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.LxmlError as exc:
        raise _syntax_error(parser.error_log, exc) from exc
    log = parser.error_log  # a copy of this run's log
    _check_log(log)
    if backstop:
        _check_tree(root)
    if not log:
        return root, ()  # the usual case, without a generator to build
    warnings = (
        Diagnostic("warning", entry.message.strip(), _location(entry), "NK-XML-003")
        for entry in log
        if entry.level == etree.ErrorLevels.WARNING
    )
    return root, tuple(warnings)


def _syntax_error(log: etree._ListErrorLog, exc: etree.LxmlError) -> ParseError:
    """Our error for lxml's: the first error libxml2 logged, where it was found."""
    entry = next((entry for entry in log if entry.level >= etree.ErrorLevels.ERROR), None)
    if entry is None:
        return ParseError(f"malformed XML: {exc}")
    if entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        limit = _HUGE_HINT.sub("", entry.message).strip()
        return UnsafeInputError(f"document exceeds a parser safety limit: {limit}", _location(entry))
    return ParseError(f"malformed XML: {entry.message.strip()}", _location(entry))


def _location(entry: etree._LogEntry) -> Location:
    return Location(line=entry.line or None, column=entry.column or None)


# --- Step 3: the backstop --------------------------------------------------------------------------------


def _check_log(log: etree._ListErrorLog) -> None:
    """Refuse a parse that met an undefined entity, whatever the pre-scan missed."""
    for entry in log:  # empty, usually
        if entry.type == etree.ErrorTypes.WAR_UNDECLARED_ENTITY:
            raise ParseError(f"undefined entity: {entry.message.strip()}", _location(entry))


def _check_tree(root: etree._Element) -> None:
    """Refuse a result holding DTD declarations or unresolved entities, whatever the pre-scan missed."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and (any(True for _ in dtd.iterentities()) or any(True for _ in dtd.iterelements())):
        raise UnsafeInputError("DOCTYPE with an internal DTD subset refused")
    for node in root.iter(etree.Entity):
        raise ParseError(f"unresolved entity reference {node.text}", Location(line=node.sourceline))


def _doctype_from_tree(root: etree._Element) -> tuple[str | None, tuple[Diagnostic, ...]]:
    """The DOCTYPE and its warning as lxml saw them, for input the pre-scan could not read."""
    info = root.getroottree().docinfo
    if not info.doctype:
        return None, ()
    if info.system_url is None:
        return info.doctype, ()
    return info.doctype, (_external_dtd_warning(f'"{info.system_url}"', Location()),)
