"""The hardened XML parser: XXE, entity bombs, DTDs, named entities, encodings and malformed input.

Every refusal is checked for its class, a message that says what is wrong, and the location libxml2 or the
pre-scan knows. Attacks are also replayed with the pre-scan switched off, to prove that the lxml parser
settings and the backstop hold on their own.
"""

from __future__ import annotations

import contextlib
import random
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsml_kit import xmlsafe
from newsml_kit.errors import ParseError, UnsafeInputError
from newsml_kit.xmlsafe import DEFAULT_MAX_BYTES, XmlDocument, parse_xml
from support.canary import CANARY_TEXT, Canary, serve_canary

SECRET = "TOP-SECRET-e4b1c9"
DECLARATION = '<?xml version="1.0"?>\n'  # puts every DOCTYPE below on line 2


@pytest.fixture
def canary() -> Iterator[Canary]:
    with serve_canary() as running:
        yield running


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def without_prescan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand the bytes to lxml untouched, as for an encoding the pre-scan cannot read."""
    monkeypatch.setattr(xmlsafe, "_prepare", lambda data: xmlsafe._Prepared(data, scanned=False))


def refused(
    data: bytes, error: type[ParseError], *words: str, line: int | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParseError:
    """Parse ``data``, expecting exactly ``error`` with ``words`` in its message and the given line."""
    with pytest.raises(error) as caught:
        parse_xml(data, source="in.xml", max_bytes=max_bytes)
    exc = caught.value
    assert type(exc) is error
    assert exc.message
    for word in words:
        assert word in exc.message
    assert exc.location.file == "in.xml"
    assert exc.location.line == line
    return exc


def exposed(doc: XmlDocument) -> str:
    """Everything a parse result shows: the tree, the warnings and the DOCTYPE."""
    return (
        etree.tostring(doc.root, encoding="unicode") + "".join(map(str, doc.warnings)) + (doc.doctype or "")
    )


def has_entity_nodes(doc: XmlDocument) -> bool:
    return any(True for _ in doc.root.iter(etree.Entity))


# --- Attacks through an internal DTD subset --------------------------------------------------------------


def attack(kind: str, secret: Path, canary: Canary) -> bytes:
    file_url = secret.as_uri()
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    subsets = {
        "xxe-file": f'<!ENTITY xxe SYSTEM "{file_url}">',
        "xxe-parameter-entity": f'<!ENTITY % xxe SYSTEM "{file_url}"> %xxe;',
        "xxe-http": f'<!ENTITY xxe SYSTEM "{canary.url("xxe")}">',
        # Out-of-band exfiltration: the remote DTD would define entities that carry the local file.
        "xxe-parameter-entity-http": (
            f'<!ENTITY % file SYSTEM "{file_url}"> <!ENTITY % remote SYSTEM "{canary.url()}"> %remote;'
        ),
        "billion-laughs": '<!ENTITY l0 "lol">' + laughs,
        "quadratic-blowup": f'<!ENTITY big "{"x" * 50_000}">',
    }
    body = {
        "billion-laughs": "&l9;",
        "quadratic-blowup": "&big;" * 20_000,
        "xxe-parameter-entity-http": "&canary;",
    }.get(kind, "&xxe;")
    return f"{DECLARATION}<!DOCTYPE r [\n{subsets[kind]}\n]>\n<r>{body}</r>".encode()


ATTACKS = [
    "xxe-file",
    "xxe-parameter-entity",
    "xxe-http",
    "xxe-parameter-entity-http",
    "billion-laughs",
    "quadratic-blowup",
]


@pytest.mark.parametrize("kind", ATTACKS)
def test_internal_subset_attacks_are_refused_before_parsing(kind: str, secret: Path, canary: Canary) -> None:
    exc = refused(attack(kind, secret, canary), UnsafeInputError, "internal DTD subset", line=2)
    assert exc.location.column == 1
    assert SECRET not in str(exc)
    assert CANARY_TEXT not in str(exc)
    assert canary.requests == []


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-be"),  # no BOM
        lambda text: text.replace('"1.0"', '"1.0" encoding="UTF-16"').encode(),  # a false declaration
        lambda text: text.replace('"1.0"', '"1.0" encoding="Shift_JIS"').encode("shift_jis"),
    ],
    ids=["utf-16", "utf-16-be", "declared-utf-16-but-8-bit", "shift-jis"],
)
def test_internal_subset_is_refused_in_any_encoding(
    encode: Callable[[str], bytes], secret: Path, canary: Canary
) -> None:
    data = encode(attack("xxe-file", secret, canary).decode())
    refused(data, UnsafeInputError, "internal DTD subset", line=2)


@pytest.mark.parametrize("kind", ATTACKS)
@pytest.mark.usefixtures("without_prescan")
def test_parser_settings_and_backstop_resist_the_attacks_without_the_prescan(
    kind: str, secret: Path, canary: Canary
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_xml(attack(kind, secret, canary))
    assert SECRET not in str(caught.value)
    assert CANARY_TEXT not in str(caught.value)
    assert canary.requests == []


@pytest.mark.usefixtures("without_prescan")
def test_backstop_refuses_an_undeclared_entity_in_an_attribute() -> None:
    # With an external DOCTYPE, libxml2 only warns and drops the reference from the attribute value.
    data = f'{DECLARATION}<!DOCTYPE r SYSTEM "r.dtd">\n<r a="x&nbsp;y"/>'.encode()
    refused(data, ParseError, "nbsp", line=3)


def test_lowercase_doctype_with_internal_subset_is_refused(secret: Path) -> None:
    data = f'{DECLARATION}<!doctype r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n<r>&xxe;</r>'.encode()
    exc = refused(data, ParseError, line=3)
    assert SECRET not in str(exc)


def test_canary_records_requests(canary: Canary) -> None:
    # Without this, "no request" above could also mean a broken canary.
    with urllib.request.urlopen(canary.url("probe"), timeout=5) as response:
        assert CANARY_TEXT.encode() in response.read()
    assert canary.requests == ["/probe"]


# --- External DTDs: never loaded, a warning ---------------------------------------------------------------


def test_external_dtd_file_is_ignored_with_a_warning(tmp_path: Path) -> None:
    dtd = tmp_path / "r.dtd"
    dtd.write_text(f'<!ATTLIST r canary CDATA "{CANARY_TEXT}">\n<!ENTITY canary "{CANARY_TEXT}">\n')
    declaration = f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}">'
    doc = parse_xml(f"{DECLARATION}{declaration}\n<r/>".encode(), source="in.xml")
    assert doc.root.get("canary") is None  # the DTD's default attribute was not applied
    assert doc.doctype == declaration
    [warning] = doc.warnings
    assert warning.level == "warning"
    assert "external DTD" in warning.message
    assert "ignored" in warning.message
    assert (warning.location.file, warning.location.line) == ("in.xml", 2)


@pytest.mark.parametrize(
    "external_id",
    ['SYSTEM "{url}"', 'PUBLIC "-//IPTC//DTD NITF 3.6//EN" "{url}"', "SYSTEM '{url}'"],
    ids=["system", "public", "single-quotes"],
)
def test_external_dtd_url_is_never_fetched(external_id: str, canary: Canary) -> None:
    declaration = f"<!DOCTYPE r {external_id.format(url=canary.url())}>"
    doc = parse_xml(f"{DECLARATION}{declaration}\n<r/>".encode())
    assert canary.requests == []
    assert CANARY_TEXT not in exposed(doc)
    assert doc.doctype == declaration
    assert [(w.location.line, "ignored" in w.message) for w in doc.warnings] == [(2, True)]


def test_entity_defined_only_in_the_external_dtd_is_an_error(canary: Canary) -> None:
    data = f'{DECLARATION}<!DOCTYPE r SYSTEM "{canary.url()}">\n<r>\n  &canary;</r>'.encode()
    exc = refused(data, ParseError, "&canary;", line=4)
    assert exc.location.column == 3
    assert canary.requests == []


def test_doctype_without_external_id_gives_no_warning() -> None:
    doc = parse_xml(b"<!DOCTYPE r>\n<r/>")
    assert doc.doctype == "<!DOCTYPE r>"
    assert doc.warnings == ()


def test_malformed_doctype_is_a_parse_error() -> None:
    data = f'{DECLARATION}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n<html/>'.encode()
    refused(data, ParseError, "DOCTYPE", line=2)


# --- Named entities ---------------------------------------------------------------------------------------


def test_named_entities_map_to_characters_with_one_warning_per_name() -> None:
    data = b'<r title="a&nbsp;b">\n  caf&eacute; &nbsp;&mdash; &eacute;</r>'
    doc = parse_xml(data, source="in.xml")
    assert doc.root.get("title") == "a\u00a0b"
    assert doc.root.text == "\n  caf\u00e9 \u00a0\u2014 \u00e9"
    assert not has_entity_nodes(doc)
    found = [(w.level, w.location.file, w.location.line, w.location.column) for w in doc.warnings]
    assert found == [("warning", "in.xml", 1, 12), ("warning", "in.xml", 2, 6), ("warning", "in.xml", 2, 21)]
    assert "&nbsp;" in doc.warnings[0].message
    assert "U+00A0" in doc.warnings[0].message


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("nbsp", "\u00a0"),
        ("eacute", "\u00e9"),
        ("mdash", "\u2014"),
        ("hellip", "\u2026"),
        ("euro", "\u20ac"),
        ("lang", "\u2329"),  # the XHTML 1.0 value (HTML5 later chose U+27E8)
        ("NotEqualTilde", "\u2242\u0338"),  # ISO sets have a few two-character entities
    ],
)
def test_entity_table(name: str, text: str) -> None:
    assert parse_xml(f"<r>&{name};</r>".encode()).root.text == text


def test_unknown_entity_is_an_error_with_line_and_column() -> None:
    exc = refused(b"<r>\n  ok &nbsp; &foo; more</r>", ParseError, "&foo;", line=2)
    assert exc.location.column == 13


def test_unknown_entity_in_an_attribute_is_an_error() -> None:
    exc = refused(b'<r>\n<a title="&bogus;"/></r>', ParseError, "&bogus;", line=2)
    assert exc.location.column == 11


def test_columns_count_characters_as_libxml2_does() -> None:
    ours = refused("<r>\n\u00e9\u00e9&foo;</r>".encode(), ParseError, line=2)
    theirs = refused("<r>\n\u00e9\u00e9\x01</r>".encode(), ParseError, "invalid", line=2)
    assert ours.location.column == theirs.location.column == 3


def test_references_in_comments_cdata_and_pis_are_untouched() -> None:
    data = b"<!-- &foo; -->\n<r><!-- &foo; &nbsp; --><![CDATA[&foo; &nbsp;]]><?pi &foo; &nbsp;?></r>"
    doc = parse_xml(data)
    assert doc.warnings == ()
    comment, pi = doc.root
    assert comment.text == " &foo; &nbsp; "
    assert comment.tail == "&foo; &nbsp;"
    assert pi.text == "&foo; &nbsp;"


def test_xml_and_numeric_references_are_left_to_the_parser() -> None:
    doc = parse_xml(b"<r a='&quot;&apos;'>&amp;&lt;&gt;&#233;&#xE9;</r>")
    assert doc.root.text == "&<>\u00e9\u00e9"
    assert doc.root.get("a") == "\"'"
    assert doc.warnings == ()


# --- Encodings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "label", "sample"),
    [
        ("utf-8", None, "Vi\u1ec7t Nam \u65e5\u672c"),
        ("utf-8-sig", "UTF-8", "Vi\u1ec7t Nam"),
        ("iso-8859-1", "ISO-8859-1", "caf\u00e9 \u00e0 la cr\u00e8me"),
        ("cp1252", "windows-1252", "\u201ccaf\u00e9\u201d \u20ac"),
        ("utf-16", "UTF-16", "Vi\u1ec7t Nam \U0001f4f0"),  # Python's utf-16 writes a BOM
        ("utf-16-be", "UTF-16", "Vi\u1ec7t Nam"),  # no BOM: found from the bytes of "<?"
        ("shift_jis", "Shift_JIS", "\u65e5\u672c\u8a9e"),  # multibyte, ASCII bytes inside characters
        ("euc-jp", "EUC-JP", "\u65e5\u672c\u8a9e"),
    ],
)
def test_entities_map_in_any_declared_encoding(codec: str, label: str | None, sample: str) -> None:
    declaration = f'<?xml version="1.0" encoding="{label}"?>\n' if label else ""
    data = f'{declaration}<r a="&eacute;">\n{sample}&nbsp;&hellip;</r>'.encode(codec)
    doc = parse_xml(data)
    assert doc.root.get("a") == "\u00e9"
    assert doc.root.text == f"\n{sample}\u00a0\u2026"
    line = 2 if label else 1
    assert [(w.location.line, w.location.column) for w in doc.warnings] == [
        (line, 7),
        (line + 1, len(sample) + 1),
        (line + 1, len(sample) + 7),
    ]


def test_iso_8859_1_nitf_with_eacute() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<nitf><p>Caf\u00e9 &eacute;t\u00e9</p></nitf>'
    doc = parse_xml(data.encode("iso-8859-1"))
    assert doc.root[0].text == "Caf\u00e9 \u00e9t\u00e9"
    assert len(doc.warnings) == 1


def test_encoding_python_lacks_goes_to_lxml_and_the_backstop(canary: Canary) -> None:
    # VISCII (Vietnamese) is known to libxml2's iconv but not to Python: no pre-scan is possible.
    declaration = '<?xml version="1.0" encoding="VISCII"?>\n'
    try:
        parse_xml(f"{declaration}<r/>".encode())
    except ParseError:
        pytest.skip("this libxml2 has no VISCII")
    doc = parse_xml(f'{declaration}<!DOCTYPE r SYSTEM "{canary.url()}">\n<r>Vi&#7879;t</r>'.encode())
    assert doc.root.text == "Vi\u1ec7t"
    assert ["ignored" in w.message for w in doc.warnings] == [True]
    with pytest.raises(UnsafeInputError):
        parse_xml(f'{declaration}<!DOCTYPE r [<!ENTITY a SYSTEM "{canary.url()}">]>\n<r>&a;</r>'.encode())
    assert canary.requests == []


# --- Malformed input and limits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words", "line"),
    [
        (b"", ["empty"], 1),
        (b'<?xml version="1.0"?>\n<r>\n  <a>text</a>\n', ["Premature end"], 4),
        (b"<r>\n<a", ["Start Tag"], 2),
        (b"<r>\n<a></b></r>", ["mismatch"], 2),
        (b"<r/>\n<r/>", ["Extra content"], 2),
        (random.Random(20240601).randbytes(2048), ["'<' not found"], 1),
        (b"<r>\n  caf\xc3(</r>", ["Invalid bytes"], 2),
        (b"<r>\n  caf\xe9</r>", ["Invalid bytes"], 2),  # ISO-8859-1 bytes without a declaration
        (b"<r>\n  a\x01</r>", ["invalid Char value 1"], 2),
        (b"<r>\n  a&#1;</r>", ["invalid xmlChar value 1"], 2),
        (b"<r>\n a & b</r>", ["no name"], 2),
        (b"<r><!-- &foo;\n</r>", ["Comment not terminated"], 2),
    ],
    ids=[
        "empty",
        "truncated",
        "truncated-in-tag",
        "mismatched-tags",
        "two-roots",
        "random-bytes",
        "bad-utf-8",
        "undeclared-latin-1",
        "raw-control-character",
        "control-character-reference",
        "bare-ampersand",
        "unterminated-comment",
    ],
)
def test_malformed_xml_is_a_parse_error(data: bytes, words: list[str], line: int) -> None:
    exc = refused(data, ParseError, "malformed XML", *words, line=line)
    assert exc.location.column is not None


def test_deep_nesting_hits_the_parser_limit() -> None:
    refused(b"<a>" * 100_000 + b"</a>" * 100_000, UnsafeInputError, "depth", line=1)


def test_huge_text_node_hits_the_parser_limit() -> None:
    refused(b"<r>" + b"x" * 11_000_000 + b"</r>", UnsafeInputError, "Text node too long", line=1)


def test_input_over_the_size_cap_is_refused_before_parsing() -> None:
    # Garbage, so that a refusal for its syntax would show: the size is checked first.
    refused(b"\x00" * 101, UnsafeInputError, "101 bytes", "limit of 100 bytes", line=None, max_bytes=100)
    assert parse_xml(b"<r/>", max_bytes=4).root.tag == "r"
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


def test_str_input_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_xml("<r/>")  # type: ignore[arg-type]


# --- Results ----------------------------------------------------------------------------------------------


def test_plain_document() -> None:
    doc = parse_xml(b'<?xml version="1.0" encoding="UTF-8"?>\n<r a="1"><b>x</b></r>')
    assert (doc.root.tag, doc.root.get("a"), doc.root[0].text) == ("r", "1", "x")
    assert (doc.warnings, doc.doctype) == ((), None)
    assert doc.root.getroottree().docinfo.internalDTD is None


def test_parser_warnings_are_passed_on() -> None:
    doc = parse_xml(b'<r xmlns="nitf"/>', source="in.xml")
    assert [(w.location.file, w.location.line, "not absolute" in w.message) for w in doc.warnings] == [
        ("in.xml", 1, True)
    ]


def test_one_document_leaves_nothing_behind_for_the_next() -> None:
    # Each thread reuses one parser: warnings, errors and limits of a document must not reach the next.
    clean = b"<r><b>x</b></r>"
    for before in (
        b'<r xmlns="nitf"/>',  # a warning
        b"<r><b></r>",  # malformed
        b"<r>&#1;</r>",  # an illegal character
        b"<a>" * 300 + b"</a>" * 300,  # the depth limit
    ):
        with contextlib.suppress(ParseError):
            parse_xml(before)
        doc = parse_xml(clean)
        assert (etree.tostring(doc.root), doc.warnings, doc.doctype) == (clean, (), None)
    with pytest.raises(ParseError) as caught:
        parse_xml(b"<r>\n\n<b></r>")
    assert caught.value.location.line == 3


def test_parses_concurrently() -> None:
    data = b'<r a="&nbsp;">&eacute;<b/></r>'
    expected = etree.tostring(parse_xml(data).root)

    def parse(_: int) -> bytes:
        return etree.tostring(parse_xml(data).root)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(parse, range(200))) == {expected}


# --- Properties -------------------------------------------------------------------------------------------

XML_CHARS = st.one_of(
    st.sampled_from("\t\n\r"),
    st.characters(min_codepoint=0x20, max_codepoint=0xD7FF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
)
TRICKY = st.sampled_from(
    ["&nbsp;", "&foo;", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE", "\r\n"]
)
TEXTS = st.lists(st.one_of(st.text(XML_CHARS, max_size=10), TRICKY), max_size=12).map("".join)


def escaped(text: str) -> str:
    # A literal CR would come back as LF (end-of-line normalisation), so it travels as a reference.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


@given(TEXTS)
def test_escaped_text_round_trips(text: str) -> None:
    doc = parse_xml(b"<r>" + escaped(text).encode() + b"</r>")
    assert (doc.root.text or "") == text
    assert doc.warnings == ()


@given(st.lists(st.sampled_from(["&nbsp;", "&foo;", "&amp;", "&#1;", "&", "<", "x", " ", "\n"])).map("".join))
def test_comment_and_cdata_content_is_kept_verbatim(text: str) -> None:
    doc = parse_xml(f"<r><!--{text}--><![CDATA[{text}]]></r>".encode())
    assert doc.root[0].text == text
    assert (doc.root[0].tail or "") == text
    assert doc.warnings == ()


MARKUP_PIECES = [
    "<",
    ">",
    "/",
    "&",
    ";",
    "!",
    "--",
    "[",
    "]",
    "?",
    '"',
    "=",
    " ",
    "\n",
    "r",
    "a",
    "nbsp",
    "amp",
]
MARKUP_PIECES += ["#1", "DOCTYPE", "ENTITY", "SYSTEM", "CDATA", "xml", "\u00e9", "\x00", "\xff"]


@given(
    st.one_of(st.binary(max_size=300), st.lists(st.sampled_from(MARKUP_PIECES)).map("".join).map(str.encode))
)
def test_any_input_gives_a_safe_document_or_a_parse_error(data: bytes) -> None:
    try:
        doc = parse_xml(data)
    except ParseError:
        return  # refused, and as our error: never an lxml exception
    assert not has_entity_nodes(doc)
    dtd = doc.root.getroottree().docinfo.internalDTD
    assert dtd is None or not any(True for _ in dtd.iterentities())
