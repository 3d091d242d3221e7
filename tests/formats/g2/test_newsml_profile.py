"""The project's NewsML-G2 profile is a subset of the official 2.35 schema, and what it says about
the official IPTC example items (issue 4).

1. Mutations: documents written by ``write_newsml`` are mutated (an element dropped, duplicated,
   moved among its siblings or to another parent, renamed, added; an attribute or a text changed,
   deleted or added, with hostile strings, values found elsewhere in the document, random QCodes,
   dates and numbers; an ``xsi:type`` added). Whatever mutant the profile accepts (lxml), the
   official 2.35 XSD must accept too. A fixed, seeded batch checks the property again, with
   xmlschema as well, and that the profile rejects a good share of mutants (not vacuous).
2. ``docs/profile-examples.md`` is recomputed from the official examples in the shared folder.
"""

from __future__ import annotations

import copy
import functools
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from lxml import etree

from conftest import in_ci, shared_dir
from newsml_kit import read
from newsml_kit.formats.g2 import G2, NK, write_newsml
from newsml_kit.model import (
    Block,
    BlockKind,
    Event,
    EventKind,
    Mention,
    NewsItem,
    Organisation,
    Person,
    Place,
    Rendition,
    Rights,
    SourceId,
    Subject,
    TextRange,
)
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml
from support.paths import REPO
from support.strategies import HOSTILE, news_items
from support.xsd import lxml_schema, xmlschema_schema

OFFICIAL_XSD = Path("standards/newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd")
EXAMPLES = Path("standards/newsml-g2/examples")
TABLE = REPO / "docs" / "profile-examples.md"
XHTML = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FOREIGN = "https://example.org/ns/foreign"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
PREFIXES = {G2: "g", NK: "nk", XHTML: "h", XML_NS: "xml"}

T = TypeVar("T")
Element = etree._Element


# --- schemas, each loaded once per module ---------------------------------------------------------


def profile() -> etree.XMLSchema:
    return lxml_schema(schema_path("newsml-kit-g2.xsd"))


def official(path: Path) -> etree.XMLSchema:
    return lxml_schema(path)


@pytest.fixture(scope="module")
def official_path(shared: Path) -> Path:
    path = shared / OFFICIAL_XSD
    if not path.is_file():
        pytest.skip(f"the official NewsML-G2 2.35 XSD is not in the shared folder ({path})")
    return path


# --- mutations ------------------------------------------------------------------------------------


class Picker(Protocol):
    """Where the mutations get their choices: hypothesis draws, or a seeded ``random.Random``."""

    def choice(self, options: Sequence[T]) -> T: ...

    def below(self, bound: int) -> int: ...

    def note(self, text: str) -> None: ...


@dataclass
class DrawPicker:
    data: st.DataObject

    def choice(self, options: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(options))

    def below(self, bound: int) -> int:
        return self.data.draw(st.integers(min_value=0, max_value=bound - 1))

    def note(self, text: str) -> None:
        event(text)


@dataclass
class RandomPicker:
    rng: random.Random

    def choice(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def below(self, bound: int) -> int:
        return self.rng.randrange(bound)

    def note(self, text: str) -> None:
        pass


HOSTILE_VALUES = (
    *HOSTILE,
    "",
    "  x  ",
    "a\tb",
    "x\ny",
    "<&>",
    "\u00a0",
    "x" * 3000,
    "urn:x:1",
    "http://example.org/a b",
    "Hà Nội",
)
SCHEMES = (
    "nkid",
    "nk",
    "nksrc",
    "stat",
    "ninat",
    "cpnat",
    "nrol",
    "nprov",
    "abc",
    "x-y",
    "1a",
    "",
    "é",
    "a b",
)
CODES = (
    "",
    "x",
    "per1",
    "a:b",
    "a b",
    "%20",
    "-1",
    "1",
    "usable",
    "event",
    "chair",
    "provider",
    "\U0001f600",
)
YEARS = ("2022", "0001", "0000", "9999", "10000", "-0001", "22")
MONTHS = ("", "-01", "-12", "-13", "-00", "-1")
DAYS = ("", "-28", "-29", "-31", "-32", "-00")
TIMES = ("", "T10:00:00", "T24:00:00", "T23:59:60", "T10:00", "T10:00:00.5", "T10:00:00.1234567")
ZONES = ("", "Z", "+07:00", "-14:00", "+14:01", "+7", "+00:00")
NUMBERS = ("0", "1", "9", "10", "-1", "+1", " 1 ", "01", "2147483648", "1.0", "true")
LANGUAGES = ("vi", "en-GB", "x-klingon", "", "vi_VN", "1")
# Names of new elements and attributes: unknown ones in each namespace, and known G2 names out of place.
NEW_ELEMENTS = (
    f"{{{G2}}}unknownElement",
    f"{{{NK}}}unknownElement",
    f"{{{FOREIGN}}}foreign",
    "noNamespace",
    *(
        f"{{{G2}}}{name}"
        for name in (
            "located",
            "keyword",
            "genre",
            "link",
            "name",
            "subject",
            "hopHistory",
            "edNote",
            "signal",
            "altId",
            "description",
            "related",
            "infoSource",
            "contributor",
            "slugline",
            "remoteContent",
            "inlineData",
        )
    ),
    f"{{{NK}}}title",
    f"{{{NK}}}eventKind",
    f"{{{XHTML}}}p",
    f"{{{XHTML}}}span",
    f"{{{XHTML}}}div",
)
NEW_ATTRIBUTES = (
    "unknown",
    f"{{{G2}}}unknown",
    f"{{{NK}}}unknown",
    f"{{{FOREIGN}}}unknown",
    f"{{{XML_NS}}}lang",
    "id",
    "qcode",
    "uri",
    "literal",
    "type",
    "role",
    "creator",
    "modified",
    "pubconstraint",
    "rank",
    "class",
    "idrefs",
    "contenttype",
    "href",
    "index",
    "dir",
)


def new_value(pick: Picker, document_values: Sequence[str]) -> tuple[str, str]:
    """A replacement value and where it came from (for the statistics)."""
    source = pick.choice(("hostile", "document", "qcode", "date", "number", "language"))
    if source == "hostile":
        return source, pick.choice(HOSTILE_VALUES)
    if source == "document" and document_values:
        return source, pick.choice(document_values)
    if source == "qcode":
        return source, pick.choice(SCHEMES) + ":" + pick.choice(CODES)
    if source == "date":
        value = pick.choice(YEARS) + pick.choice(MONTHS) + pick.choice(DAYS)
        return source, value + pick.choice(TIMES) + pick.choice(ZONES)
    if source == "language":
        return source, pick.choice(LANGUAGES)
    return "number", pick.choice(NUMBERS)


def _elements(root: Element) -> list[Element]:
    return [element for element in root.iter() if isinstance(element.tag, str)]


def _values(root: Element) -> list[str]:
    values = {value for element in _elements(root) for value in element.attrib.values()}
    values.update(element.text for element in _elements(root) if element.text)
    return sorted(values)


def _drop(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root)[1:])
    parent = element.getparent()
    assert parent is not None
    parent.remove(element)


def _duplicate(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root)[1:])
    element.addnext(copy.deepcopy(element))


def _reorder(pick: Picker, root: Element) -> None:
    parents = [element for element in _elements(root) if len(element) >= 2]
    parent = pick.choice(parents)
    element = parent[pick.below(len(parent))]
    parent.remove(element)
    parent.insert(pick.below(len(parent) + 1), element)


def _reparent(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root)[1:])
    inside = set(_elements(element))
    targets = [
        target for target in _elements(root) if target not in inside and target is not element.getparent()
    ]
    target = pick.choice(targets)
    parent = element.getparent()
    assert parent is not None
    parent.remove(element)
    target.insert(pick.below(len(target) + 1), element)


def _rename(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root)[1:])
    element.tag = pick.choice(sorted({str(other.tag) for other in _elements(root)}))


def _add_element(pick: Picker, root: Element) -> None:
    parent = pick.choice(_elements(root))
    child = etree.Element(pick.choice(NEW_ELEMENTS))
    if pick.below(2):
        child.text = new_value(pick, _values(root))[1]
    parent.insert(pick.below(len(parent) + 1), child)


def _set_attribute(pick: Picker, root: Element) -> None:
    element = pick.choice([element for element in _elements(root) if element.attrib])
    name = pick.choice(sorted(element.attrib))
    source, value = new_value(pick, _values(root))
    pick.note(f"attribute value from {source}")
    element.set(name, value)


def _set_text(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root))
    source, value = new_value(pick, _values(root))
    pick.note(f"text value from {source}")
    element.text = value


def _delete_attribute(pick: Picker, root: Element) -> None:
    element = pick.choice([element for element in _elements(root) if element.attrib])
    del element.attrib[pick.choice(sorted(element.attrib))]


def _add_attribute(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root))
    element.set(pick.choice(NEW_ATTRIBUTES), new_value(pick, _values(root))[1])


# xsi:type values: the profile's own named types (the G2 namespace is the default one, nk: is
# declared on the root), types of the official schema, and built-in types.
XSI_TYPES = (
    *("Name", "Named", "NormalizedText", "Urgency", "ConceptRef", "QCode", "Guid", "EmptyCodeUri"),
    *("nk:ZonedDateTime", "nk:DateOrDateTime", "nk:PartialDate", "nk:NonEmptyText", "nk:Ref"),
    *("nk:ParticipantRef", "nk:EntityQCode"),
    *("StringType", "QCodeType", "DateTimePropType", "TruncatedDateTimePropType", "Flex1PropType"),
    *("xs:string", "xs:anyType", "xs:positiveInteger", "xs:date", "Unknown"),
)


def _add_xsi_type(pick: Picker, root: Element) -> None:
    element = pick.choice(_elements(root))
    element.set(f"{{{XSI}}}type", pick.choice(XSI_TYPES))
    etree.cleanup_namespaces(root, top_nsmap={"xs": XS, "nk": NK}, keep_ns_prefixes=["xs", "nk"])


MUTATIONS: dict[str, Callable[[Picker, Element], None]] = {
    "drop element": _drop,
    "duplicate element": _duplicate,
    "reorder siblings": _reorder,
    "move to another parent": _reparent,
    "rename element": _rename,
    "add element": _add_element,
    "change attribute": _set_attribute,
    "change text": _set_text,
    "delete attribute": _delete_attribute,
    "add attribute": _add_attribute,
    "add xsi:type": _add_xsi_type,
}


def mutate(pick: Picker, data: bytes, count: int = 1) -> tuple[list[str], bytes]:
    """``count`` mutations of a document, their names, and the mutant's bytes."""
    root = parse_xml(data).root
    names = [pick.choice(sorted(MUTATIONS)) for _ in range(count)]
    for name in names:
        MUTATIONS[name](pick, root)
    return names, etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True)


def check_subset(mutant: bytes, official_path: Path, pick: Picker, *, with_xmlschema: bool = False) -> bool:
    """Whether the profile accepts the mutant (lxml); if it does, the official XSD must accept it too.

    ``with_xmlschema`` repeats the check with xmlschema, engine against engine: libxml2 does not
    check that IDREFs resolve and xmlschema does, so a mutant whose idrefs lost their spans passes
    the profile under lxml and fails both XSDs under xmlschema (the reader checks idrefs itself).
    """
    root = parse_xml(mutant).root
    if not profile().validate(root):
        return False
    schema = official(official_path)
    assert schema.validate(root), f"the profile accepts, the official XSD refuses: {schema.error_log}\n" + (
        mutant.decode("utf-8")
    )
    if with_xmlschema:
        tree: Any = etree.ElementTree(root)  # xmlschema's stubs do not name lxml's tree
        if xmlschema_schema(schema_path("newsml-kit-g2.xsd")).is_valid(tree):
            errors = list(xmlschema_schema(official_path).iter_errors(tree))
            assert not errors, f"xmlschema: the profile accepts, the official XSD refuses: {errors[0]}"
    return True


# --- 1. the profile is a subset -------------------------------------------------------------------


@given(news_items(), st.data())
def test_mutants_the_profile_accepts_are_accepted_by_the_official_xsd(
    official_path: Path, item: NewsItem, data: st.DataObject
) -> None:
    pick = DrawPicker(data)
    names, mutant = mutate(pick, write_newsml(item), count=pick.choice((1, 1, 1, 2, 3)))
    accepted = check_subset(mutant, official_path, pick)
    for name in names:
        event(f"{name}: {'accepted' if accepted else 'rejected'} by the profile")


def batch_items() -> list[NewsItem]:
    """Deterministic items: the samples, and two built here to reach what the samples lack.

    Each gets a fixed ``version_created``: the writer fills a missing one from the clock, which
    would change the documents (and the values the mutations draw from them) from run to run.
    """
    items = [read(path).item for path in sorted((REPO / "samples").glob("*.txt"))]
    text = "Ông Lê Văn A (Ảnh: B)\r\n\tx"
    items.append(
        NewsItem(
            guid="urn:x:batch-1",
            version=3,
            language="vi",
            content_created="2022-12-28",
            provider="P\tQ",
            source_ids=[SourceId(type="doc id", value="42")],
            headline="H\r\n",
            creditline="a\tb",
            body=[
                Block(kind=BlockKind.CAPTION, text=text, credit=TextRange(start=19, end=20)),
                Block(text=""),
            ],
            people=[
                Person(
                    id="p1",
                    name="Lê Văn A",
                    rank="Đại tá",
                    titles=["Giám đốc"],
                    organisation_ids=["o1"],
                    mentions=[Mention(block=0, start=4, end=12, text="Lê Văn A")],
                )
            ],
            organisations=[
                Organisation(id="o1", name="Bộ\nX", abbreviation="BX", aliases=["Y"], parent_id="o2"),
                Organisation(id="o2", name="Z"),
            ],
            places=[Place(id="l1", name="Hà Nội", kind="city")],
            event=Event(id="e1", name="E", kind=EventKind.MEETING, end="2023-01", participants=[]),
            signals=["abc:x", "abc:"],
            subjects=[Subject(qcode="medtop:01", name="n"), Subject(qcode="abc:")],
            rights=Rights(copyright_holder="C", copyright_notice="N", usage_terms="U"),
            renditions=[
                Rendition(href="a.jpg", rendition="r", content_type="image/jpeg", width=1, height=2, size=3)
            ],
        )
    )
    items.append(
        NewsItem(
            guid="urn:x:batch-2",
            event=Event(
                id="e1", name="E", start="2022-12-28T09:00:00+07:00", end="2022-12-29", place_id="l1"
            ),
            places=[Place(id="l1", name="P", parent_id="l2"), Place(id="l2", name="Q")],
            awards=[],
            urgency=4,
        )
    )
    fixed = datetime(2024, 6, 4, 12, 0, tzinfo=UTC)
    return [
        item if item.version_created else item.model_copy(update={"version_created": fixed}) for item in items
    ]


BATCH_SEED = 20240604
BATCH_SIZE = 600
REJECTED_AT_LEAST = 0.5
"""The share of mutants the profile must refuse in the batch (measured: about 0.8)."""


@functools.cache
def run_batch(official_path: Path) -> tuple[Counter[str], Counter[str]]:
    """The seeded batch: how many mutants of each kind were tried, and how many were rejected."""
    rng = random.Random(BATCH_SEED)
    pick = RandomPicker(rng)
    documents = [write_newsml(item) for item in batch_items()]
    tried: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    for _ in range(BATCH_SIZE):
        names, mutant = mutate(pick, rng.choice(documents))
        accepted = check_subset(mutant, official_path, pick, with_xmlschema=True)
        tried.update(names)
        if not accepted:
            rejected.update(names)
    return tried, rejected


def test_a_seeded_batch_of_mutants_keeps_the_subset_and_is_mostly_rejected(official_path: Path) -> None:
    tried, rejected = run_batch(official_path)
    share = sum(rejected.values()) / sum(tried.values())
    assert share >= REJECTED_AT_LEAST, (
        f"only {share:.0%} of mutants rejected: {dict(rejected)} of {dict(tried)}"
    )
    # Every kind of mutation is tried, and every kind that can break a document does so at times
    # (reordering can pick two equal siblings, so a low share is fine for it, but not zero).
    assert set(tried) == set(MUTATIONS)
    for name in MUTATIONS:
        assert rejected[name] > 0, f"no {name!r} mutant was ever rejected ({tried[name]} tried)"


# --- 2. the official IPTC examples ----------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    file: str
    root: str
    accepted: str
    reason: str

    def row(self) -> str:
        return f"| {self.file} | {self.root} | {self.accepted} | {self.reason} |"


def _short(name: str) -> str:
    """``{namespace}local`` as ``g:local`` (or ``h:``, ``nk:``, ``xml:``)."""
    match = re.fullmatch(r"\{([^}]*)\}(.*)", name)
    if match is None:
        return name
    prefix = PREFIXES.get(match[1])
    return f"{prefix}:{match[2]}" if prefix else name


def _names(text: str) -> str:
    return re.sub(r"\{[^}]*\}[\w.-]+", lambda match: _short(match[0]), text)


def _value(text: str) -> str:
    """A value as the table quotes it: URLs by their last segment."""
    return text.rsplit("/", 1)[-1] if "://" in text else text


_REASONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"Element '(?P<e>[^']+)': This element is not expected\. "
            r"Expected is(?: one of)? \( (?P<x>.*) \)\."
        ),
        lambda m: f"element {_short(m['e'])} not expected: the profile carries {_names(m['x'])} here only",
    ),
    (
        re.compile(r"Element '(?P<e>[^']+)': This element is not expected\."),
        lambda m: f"element {_short(m['e'])} not expected: the profile carries nothing more here",
    ),
    (
        re.compile(
            r"Element '(?P<e>[^']+)', attribute '(?P<a>[^']+)': The value '(?P<v>[^']*)' does not match "
            r"the fixed value constraint '(?P<f>[^']*)'\."
        ),
        lambda m: (
            f"{_short(m['e'])}/@{_short(m['a'])} is '{_value(m['v'])}': the profile carries "
            f"'{_value(m['f'])}' only"
        ),
    ),
    (
        re.compile(r"Element '(?P<e>[^']+)': The attribute '(?P<a>[^']+)' is required but missing\."),
        lambda m: f"{_short(m['e'])}/@{_short(m['a'])} missing: the profile requires it",
    ),
    (
        re.compile(
            r"Element '(?P<e>[^']+)', attribute '(?P<a>[^']+)': The attribute '[^']+' is not allowed\."
        ),
        lambda m: f"attribute {_short(m['a'])} on {_short(m['e'])} not allowed by the profile",
    ),
    (
        re.compile(r"Element '(?P<e>[^']+)'(?:, attribute '(?P<a>[^']+)')?: (?P<rest>.*)"),
        lambda m: f"{_short(m['e'])}{'/@' + _short(m['a']) if m['a'] else ''}: {_names(m['rest'])}",
    ),
)


def reason(error: etree._LogEntry) -> str:
    """The first profile error, shortened to its reason, with its line."""
    message = error.message.strip()
    for pattern, say in _REASONS:
        if match := pattern.fullmatch(message):
            return f"line {error.line}: {say(match)}"
    return f"line {error.line}: {_names(message)}"


def verdict(path: Path) -> Verdict:
    root = parse_xml(path.read_bytes(), source=path.name).root
    name = etree.QName(root).localname
    if root.tag != f"{{{G2}}}newsItem":
        return Verdict(path.name, name, "no", "not a newsItem")
    schema = profile()
    if schema.validate(root):
        return Verdict(path.name, name, "yes", "")
    # libxml2 stops at the first error in a content model, so the errors after the first are few.
    first, *rest = (reason(error) for error in schema.error_log)
    then = "; then " + "; ".join(rest) if rest else ""
    return Verdict(path.name, name, "no", first + then)


def committed_table() -> list[Verdict]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if (
            not line.startswith("| ")
            or len(cells) != 4
            or cells[0] in {"file", "---"}
            or set(line) <= set("|- ")
        ):
            continue
        rows.append(Verdict(*cells))
    return rows


def examples_dir() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / EXAMPLES).is_dir():
        reason = (
            "the official NewsML-G2 examples are not available: set NEWSML_KIT_SHARED or place the "
            f"shared folder at ../shared (looked for {EXAMPLES})"
        )
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return shared / EXAMPLES


def computed_table() -> list[Verdict]:
    return [
        verdict(path) for path in sorted(examples_dir().glob("*.xml"), key=lambda path: _order(path.name))
    ]


def _order(name: str) -> tuple[int, str]:
    number = re.match(r"LISTING_(\d+)_", name)
    return (int(number[1]) if number else 10**6, name)


def test_the_committed_table_of_the_official_examples_is_what_the_profile_says() -> None:
    computed = computed_table()
    assert computed, "no example in the shared folder"
    assert committed_table() == computed, (
        "docs/profile-examples.md is stale; the table now reads:\n"
        + "\n".join(verdict.row() for verdict in computed)
    )


def test_the_table_parser_reads_every_row() -> None:
    rows = committed_table()
    assert rows
    assert all(row.file.endswith(".xml") and row.accepted in {"yes", "no"} for row in rows)


def test_every_example_news_item_is_valid_against_the_official_xsd(official_path: Path) -> None:
    """So each "no" in the table is the profile's narrowness, not a broken example."""
    schema = official(official_path)
    news_items_seen = 0
    for path in sorted(examples_dir().glob("*.xml")):
        root = parse_xml(path.read_bytes(), source=path.name).root
        if root.tag == f"{{{G2}}}newsItem":
            news_items_seen += 1
            assert schema.validate(root), f"{path.name}: {schema.error_log}"
    assert news_items_seen > 0


def test_xsi_type_naming_a_profile_type_is_refused_by_the_profile(official_path: Path) -> None:
    data = write_newsml(NewsItem(guid="urn:x:1", headline="H", urgency=3))
    data = data.replace(
        b"<headline>", b'<headline xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Name">'
    )
    root = parse_xml(data).root
    # Every element of the profile has an anonymous type, so no xsi:type can name its type or a
    # type derived from it: the profile refuses, as the official XSD (which lacks the type) does.
    assert not profile().validate(root)
    assert not official(official_path).validate(root)
