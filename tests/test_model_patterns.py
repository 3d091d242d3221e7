"""The shapes several modules check, defined once in model.py: QCodes (as NewsML-G2 defines them)
and language tags. Regression: the QCode pattern was written ``\\S*`` in one module and ``\\S+`` in
another; G2's QCodeType requires the code (issue 13)."""

from __future__ import annotations

import re

import pytest
from pydantic import TypeAdapter, ValidationError

from newsml_kit.formats.g2 import read_newsml, write_newsml
from newsml_kit.formats.g2.names import EMPTY_CODE_URI
from newsml_kit.model import LANGUAGE_TAG_RE, QCODE_RE, LanguageTag, NewsItem, QCode, Subject

# The pattern of QCodeType in the official NewsML-G2 2.35 XSD (XSD patterns match the whole value).
OFFICIAL_QCODE = re.compile(r"[^\s:]+:[^\s]+")

QCODE_VALUES = [
    "medtop:20000001",
    "subj:01000000",
    "nkid:p1",
    "ex:code:with:colons",
    "medtop:",
    ":20000001",
    "med top:1",
    "medtop:1 2",
    "medtop:1\t",
    "medtop",
    "",
]


@pytest.mark.parametrize("value", QCODE_VALUES)
def test_a_qcode_is_what_the_official_xsd_says(value: str) -> None:
    assert bool(QCODE_RE.fullmatch(value)) == bool(OFFICIAL_QCODE.fullmatch(value))


def test_a_qcode_needs_its_code() -> None:
    assert QCODE_RE.fullmatch("medtop:") is None
    match = QCODE_RE.fullmatch("ex:code:with:colons")
    assert match is not None
    assert match.groups() == ("ex", "code:with:colons")


def test_the_model_also_takes_a_scheme_alone_which_g2_writes_as_a_uri() -> None:
    """A model QCode may leave its code empty (``medtop:``); G2 has no QCode for it, so the writer
    gives it as a ``uri`` and the reader gives it back."""
    adapter = TypeAdapter(QCode)
    assert adapter.validate_python("medtop:") == "medtop:"
    with pytest.raises(ValidationError):
        adapter.validate_python("medtop :1")
    item = NewsItem(guid="urn:x:1", subjects=[Subject(qcode="medtop:"), Subject(qcode="medtop:20000001")])
    data = write_newsml(item)
    assert f'uri="{EMPTY_CODE_URI}medtop"'.encode() in data
    assert b'qcode="medtop:"' not in data
    assert b'qcode="medtop:20000001"' in data
    assert read_newsml(data).item.subjects == item.subjects


@pytest.mark.parametrize(
    "value", ["vi", "en-GB", "zh-Hant-TW", "x-klingon", "EN", "en_GB", "en-", "-en", "toolongtag", "en\n", ""]
)
def test_the_language_tag_readers_check_is_the_one_the_model_takes(value: str) -> None:
    try:
        TypeAdapter(LanguageTag).validate_python(value)
        taken = True
    except ValidationError:
        taken = False
    assert bool(LANGUAGE_TAG_RE.fullmatch(value)) == taken
