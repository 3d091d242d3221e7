"""The catalogue of diagnostic codes: every warning and error newsml-kit emits has one.

A code names a kind of diagnostic, not one message: ``NK-G2-104`` is "the guid had whitespace
around it" whatever the guid. Codes are grouped by area (``NK-G2``, ``NK-NITF``, ...) and are
stable: a code is never renumbered or given another meaning. A code that is no longer emitted
stays in the catalogue, marked retired. ``tests/test_codes.py`` checks that every code the source
uses is here, and every code here is used or retired. The docs render this catalogue
(``reference/codes.md``, made by ``scripts/mkdocs_hooks.py``).

``Selection`` is what ``--select`` and ``--ignore`` build: warnings are chosen by code or by
prefix; an error is dropped only when its exact code is ignored, never by a prefix or by
``--select``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from newsml_kit.errors import Diagnostic, Level, UnknownCodeError


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of the catalogue: the code, a short slug, the level it is emitted at, what it
    means and what to do about it."""

    code: str
    slug: str
    level: Level
    meaning: str
    action: str
    retired: bool = False

    @property
    def area(self) -> str:
        return self.code.rsplit("-", 1)[0]


AREAS: Final[dict[str, str]] = {
    "NK-ERR": "Errors that stop reading or writing one input",
    "NK-XML": "Reading XML safely (every XML format)",
    "NK-TXT": "Reading legacy plain text",
    "NK-G2": "Reading agency NewsML-G2",
    "NK-NITF": "Reading NITF",
    "NK-NEWSML1": "Reading NewsML 1.x",
    "NK-NINJS": "Reading ninjs",
    "NK-VAL": "Validation and its lints",
    "NK-BATCH": "Batch conversion",
    "NK-REVIEW": "Reviewing extractions",
}

_NOT_KEPT = "Nothing, if the part is not needed; otherwise keep the source file beside the converted one."
_CHECK_SOURCE = "Check the value at the source, or ask the sender to fix it."


def _w(code: str, slug: str, meaning: str, action: str = _CHECK_SOURCE) -> Code:
    return Code(code, slug, "warning", meaning, action)


def _e(code: str, slug: str, meaning: str, action: str) -> Code:
    return Code(code, slug, "error", meaning, action)


CATALOGUE: Final[tuple[Code, ...]] = (
    # --- errors ------------------------------------------------------------------------------------
    _e(
        "NK-ERR-001",
        "error",
        "The input or the request cannot be handled (no more precise kind applies).",
        "Read the message: it names what and where.",
    ),
    _e(
        "NK-ERR-002",
        "parse-error",
        "The input cannot be read: malformed syntax, undecodable bytes, "
        "truncated data; in strict mode, also the first warning (which then keeps its own code).",
        "Fix the input at the place named, or pass --encoding for text in a legacy encoding.",
    ),
    _e(
        "NK-ERR-003",
        "unsafe-input",
        "The input is refused by the safety policy (a DTD internal subset, "
        "entity expansion, an oversized document).",
        "Do not feed such files; they are refused on purpose.",
    ),
    _e(
        "NK-ERR-004",
        "model-invalid",
        "The data parses but breaks an invariant of the model at the field named.",
        "Fix the field at the source.",
    ),
    _e(
        "NK-ERR-005",
        "unsupported-format",
        "The input's format is not one newsml-kit reads, or the output format is not one it writes.",
        "Name the format with --from, or convert to a format listed by --help.",
    ),
    _e(
        "NK-ERR-006",
        "write-error",
        "The model cannot be written in the output format without loss.",
        "Choose another output format, or correct the item (newsml-kit review).",
    ),
    _e(
        "NK-ERR-007",
        "internal-error",
        "A bug: newsml-kit failed in a way it does not expect.",
        "Run again with --debug and report the traceback.",
    ),
    _e(
        "NK-ERR-008",
        "unknown-code",
        "--select or --ignore names a code or prefix that is not in the catalogue.",
        "Use a code from this page, or an area prefix such as NK-G2.",
    ),
    # --- XML ---------------------------------------------------------------------------------------
    _w(
        "NK-XML-001",
        "external-dtd-ignored",
        "The document names an external DTD; DTDs are never loaded.",
        "Nothing: the document is read without it. Entities it would define are refused.",
    ),
    _w(
        "NK-XML-002",
        "html-entity",
        "An HTML/ISO named entity (&nbsp;, &eacute; ...) that XML does not define was read as its character.",
        "Ask the sender to use character references or UTF-8.",
    ),
    _w(
        "NK-XML-003",
        "parser-warning",
        "The XML parser (libxml2) warned about the document.",
        "Read the message; the document was still read.",
    ),
    _w(
        "NK-XML-004",
        "doctype-ignored",
        "A DOCTYPE declaration was ignored while validating.",
        "Nothing: validation uses the schema, never the DTD.",
    ),
    _w(
        "NK-XML-005",
        "declared-encoding-repaired",
        "The XML declaration names an encoding the bytes are not in; they were read in the one they are in.",
        "Ask the sender to declare the right encoding.",
    ),
    _w(
        "NK-XML-006",
        "c1-controls",
        "C1 control characters (U+0080-U+009F) were read as the Windows-1252 punctuation of the same code.",
        "Check the characters at the place named; the sender mislabels Windows-1252 text.",
    ),
    # --- plain text --------------------------------------------------------------------------------
    _w(
        "NK-TXT-101",
        "encoding-from-bom",
        "The encoding was taken from the byte order mark.",
        "Nothing; pass --encoding to state it.",
    ),
    _w(
        "NK-TXT-102",
        "encoding-detected",
        "The text is not UTF-8: it was read in the legacy encoding it reads as.",
        "Check the text; pass the --encoding named in the message to state it.",
    ),
    _w(
        "NK-TXT-103",
        "mojibake-repaired",
        "UTF-8 that had been decoded in another encoding (mojibake) was repaired.",
        "Check the repaired text; the output does not write back byte for byte.",
    ),
    _w(
        "NK-TXT-104",
        "character-references-decoded",
        "Numeric character references (&#7853;) in the text were decoded.",
        "Nothing, unless the article is about markup.",
    ),
    _w(
        "NK-TXT-105",
        "control-character-repaired",
        "A control character was read as the Windows-1252 character of the same code, or dropped.",
        "Check the text at the place named.",
    ),
    _w(
        "NK-TXT-106",
        "header-field-empty",
        "A header field has no value; it is ignored.",
        "Fill or remove the field.",
    ),
    _w(
        "NK-TXT-107",
        "header-field-repeated",
        "A header field appears more than once.",
        "Keep one line per field unless the field takes several values.",
    ),
    _w(
        "NK-TXT-108",
        "plain-text-changed",
        "Plain text could not carry the item as it was: a field left out, a line break made a space, "
        "an empty paragraph dropped (the message names each).",
        "Convert with --strict to refuse instead, or to a format that keeps everything.",
    ),
    # --- agency NewsML-G2 --------------------------------------------------------------------------
    _w(
        "NK-G2-101",
        "not-a-news-item",
        "A NewsML-G2 item that is not a news item (a concept, a package ...) "
        "is carried as raw XML, not mapped to the model.",
        _NOT_KEPT,
    ),
    _w(
        "NK-G2-102",
        "value-not-mapped",
        "A value cannot be read into the model; it is kept as it was in the carried XML, not mapped.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-103",
        "value-repaired",
        "A value was repaired to be read (a date without seconds, a bad time zone ...).",
        _CHECK_SOURCE,
    ),
    _w("NK-G2-104", "guid-whitespace", "Whitespace around the guid was removed.", _CHECK_SOURCE),
    _w(
        "NK-G2-105",
        "version-not-integer",
        "The version is not a positive integer; it is kept as it was.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-106",
        "pub-status-unknown",
        "pubStatus is none of stat:usable, withheld, canceled; it is kept as it was.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-107",
        "version-created-filled",
        "versionCreated is empty and was filled from another date of the item.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-108",
        "urgency-out-of-range",
        "The urgency is not 1 to 9; it is kept as it was, not mapped.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-109",
        "no-namespace",
        "The root element has no namespace: it is read as NewsML-G2 (the G2 namespace is declared on it).",
        "Ask the sender to declare the G2 namespace; the output declares it.",
    ),
    _w(
        "NK-G2-110",
        "event-without-name",
        "An eventDetails whose concept has no name is not read as an event item; the document keeps it.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-G2-111",
        "inline-events",
        "An inlineXML holds events: they are read as event items, not as the item's body.",
        "Nothing; the events are in the read result's event items.",
    ),
    _w(
        "NK-G2-112",
        "inline-vocabulary-not-body",
        "An inlineXML in a vocabulary other than XHTML or NITF (an agency's or a vendor's own XML): "
        "its text is taken into body blocks by structure (each element with text of its own is a "
        "paragraph, a br a line break); its other markup is kept in raw_g2, for G2 output only.",
        "Check the blocks; convert the vocabulary to XHTML or NITF first if its markup matters.",
    ),
    # --- NITF --------------------------------------------------------------------------------------
    _w("NK-NITF-101", "no-body", "The NITF document has no <body>.", _CHECK_SOURCE),
    _w(
        "NK-NITF-102",
        "language-from-elements",
        "The document declares no language; the one language its elements declare is taken as the item's.",
        "Nothing, or declare xml:lang on <nitf>.",
    ),
    _w(
        "NK-NITF-103",
        "language-not-bcp47",
        "The language is not a BCP 47 tag; it is not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-104",
        "language-repaired",
        "The language was read as a BCP 47 tag different from the one written.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-105",
        "norm-unreadable",
        "A date's norm attribute cannot be read; it is ignored.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-106",
        "issue-date-incomplete",
        "<date.issue> lacks a time or time zone: versionCreated is left empty rather than guessed.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-107",
        "date-without-zone",
        "<story.date> has no time zone: only its day is kept.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-108",
        "status-unknown",
        "The management-status is none of usable, embargoed, withheld, canceled; it is not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-109",
        "embargo-withheld",
        "An embargo the model cannot place: the item is marked withheld rather than released early.",
        "Release the item by hand when its embargo ends.",
    ),
    _w(
        "NK-NITF-110",
        "urgency-outside-docdata",
        "<urgency> outside <docdata> was read as the item's urgency.",
        _CHECK_SOURCE,
    ),
    _w("NK-NITF-111", "urgency-out-of-range", "The urgency is not 1 to 9; it is not carried.", _CHECK_SOURCE),
    _w(
        "NK-NITF-112",
        "guid-minted",
        "No usable <doc-id>: the guid was minted from the file name and date.",
        "Keep the file name stable, or ask the sender for a doc-id.",
    ),
    _w(
        "NK-NITF-113",
        "subject-whitespace",
        "A <tobject.subject> refnum holds whitespace; it is not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NITF-114",
        "markup-not-carried",
        "Inline markup the model has no place for; its text is kept.",
        _NOT_KEPT,
    ),
    _w("NK-NITF-115", "stray-text", "Text directly inside a container was kept as a paragraph.", _NOT_KEPT),
    _w(
        "NK-NITF-116",
        "heading-as-paragraph",
        "A heading was kept as a paragraph (the model has no heading block).",
        _NOT_KEPT,
    ),
    _w("NK-NITF-117", "note-as-paragraphs", "A <note> was kept as body paragraphs.", _NOT_KEPT),
    _w(
        "NK-NITF-118",
        "unknown-body-element",
        "An unknown element in the body was kept as a paragraph.",
        _NOT_KEPT,
    ),
    _w("NK-NITF-119", "list-flattened", "A list was kept as one paragraph per item.", _NOT_KEPT),
    _w(
        "NK-NITF-120",
        "table-flattened",
        "A table was kept as one paragraph per row, cells separated by tabs.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NITF-121", "element-not-carried", "An element the model has no place for was left out.", _NOT_KEPT
    ),
    _w(
        "NK-NITF-122",
        "attribute-not-carried",
        "An attribute the model has no place for was left out.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NITF-123",
        "text-not-carried",
        "Text directly inside an element that holds no text was left out.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NITF-124",
        "nitf-in-g2-fragment",
        "A NewsML-G2 contentSet or inlineXML fragment was read: the NITF document it holds is the item.",
        "Nothing, unless the fragment's G2 metadata matters: then convert the whole G2 item.",
    ),
    # --- NewsML 1.x --------------------------------------------------------------------------------
    _w(
        "NK-NEWSML1-101",
        "data-content-vocabulary",
        "<DataContent> in a vocabulary newsml-kit does not read: its text is kept as paragraphs.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-102",
        "nested-item",
        "A <NewsItem> inside a package was read as an item of the message; "
        "its place in the package is not carried.",
        _NOT_KEPT,
    ),
    _w("NK-NEWSML1-103", "date-unreadable", "A date cannot be read; it is not carried.", _CHECK_SOURCE),
    _w(
        "NK-NEWSML1-104",
        "date-without-zone",
        "A date has no time zone: it is not carried (or only its day), rather than guessing one.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-105",
        "number-out-of-range",
        "A priority or urgency is not 1 to 9; it is not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-106",
        "no-news-component",
        "A <NewsItem> without a <NewsComponent>: the item has no content.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-107",
        "no-text-content",
        "A <NewsItem> with no text <DataContent>: the item has no body.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-108",
        "guid-from-parts",
        "No usable PublicIdentifier: the guid was made of the <NewsIdentifier>'s parts.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-109",
        "revision-not-number",
        "<RevisionId> is not a whole number: read as version 1.",
        _CHECK_SOURCE,
    ),
    _w("NK-NEWSML1-110", "no-news-management", "A <NewsItem> has no <NewsManagement>.", _CHECK_SOURCE),
    _w(
        "NK-NEWSML1-111",
        "item-type-read-as-news",
        "A <NewsItemType> other than News was read as a news item.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-112",
        "embargo-withheld",
        "Embargoed without an embargo time the model can place: the "
        "item is marked withheld rather than released early.",
        "Release the item by hand when its embargo ends.",
    ),
    _w(
        "NK-NEWSML1-113",
        "status-unknown",
        "<Status> is none of Usable, Withheld, Canceled; not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-114",
        "equivalent-content",
        "An equivalent form of a body already read was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-115",
        "second-value",
        "A second value of an element the model holds once was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-116",
        "usage-and-rights",
        "<UsageType> as well as a <RightsLine>: the RightsLine is kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-117",
        "language-differs",
        "<Language> differs from the item's xml:lang; it is not kept.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-118",
        "subject-not-iptc",
        "A subject code in a scheme that is not IPTC's; not carried.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-119",
        "language-not-bcp47",
        "<Language> is not a BCP 47 tag; it is not carried.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NEWSML1-120",
        "element-not-carried",
        "An element the model has no place for was left out.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-121",
        "attribute-not-carried",
        "An attribute the model has no place for was left out.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NEWSML1-122",
        "text-not-carried",
        "Text directly inside an element that holds no text was left out.",
        _NOT_KEPT,
    ),
    # --- ninjs -------------------------------------------------------------------------------------
    _w(
        "NK-NINJS-101",
        "key-case-duplicate",
        "A property repeats another in a different case; it is not read.",
        _CHECK_SOURCE,
    ),
    _w("NK-NINJS-102", "property-not-kept", "A property the model has no place for was not kept.", _NOT_KEPT),
    _w(
        "NK-NINJS-103",
        "number-as-string",
        "A number written as a string was read as the number.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-104",
        "number-out-of-range",
        "A value is not a whole number in its range; it is not kept.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-105",
        "date-time-repaired",
        "A date-time was repaired to be read (a missing zone, a space for T ...).",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-106",
        "envelope-not-kept",
        "Properties of an API envelope around the items were not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-107",
        "id-as-guid",
        "No uri or guid: the _id was taken as the guid (Superdesk).",
        _CHECK_SOURCE,
    ),
    _w("NK-NINJS-108", "altid-without-role", "An alternative id without a role was not kept.", _NOT_KEPT),
    _w(
        "NK-NINJS-109",
        "version-not-number",
        "The version is not a whole number from 1; it is read as 1.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-110",
        "date-without-time",
        "contentcreated is a date without a time: kept as a partial date.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-111",
        "language-repaired",
        "The language was read as a BCP 47 tag different from the one written.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-112",
        "language-not-bcp47",
        "The language is not a BCP 47 tag; it is not kept.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-113",
        "second-value",
        "A second headline, byline or other value the model holds once was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-114",
        "description-role",
        "A description with a role the model has no place for was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-115",
        "info-source-not-kept",
        "An info source other than the provider was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-116",
        "alternative-body",
        "An alternative form of the body already read was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-117",
        "body-other-words",
        "A second body with other words than the one read was not kept.",
        "Check that the body read is the one wanted; the message says which was read.",
    ),
    _w(
        "NK-NINJS-118",
        "code-content",
        "The content of code elements (<script>, <style> ...) in an HTML body was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-119",
        "nitf-body-as-html",
        "A NITF body that is not well-formed XML was read as HTML.",
        _CHECK_SOURCE,
    ),
    _w("NK-NINJS-120", "nitf-body-media", "Media referenced from a NITF body were not kept.", _NOT_KEPT),
    _w("NK-NINJS-121", "second-event", "A second event: the model holds one; it was not kept.", _NOT_KEPT),
    _w(
        "NK-NINJS-122",
        "entity-without-name",
        "A person, organisation, place or event without a name was not kept.",
        _CHECK_SOURCE,
    ),
    _w("NK-NINJS-123", "roles-not-kept", "Roles the model has no place for were not kept.", _NOT_KEPT),
    _w(
        "NK-NINJS-124",
        "subject-without-scheme",
        "A subject code without a scheme was read as an IPTC subject code.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-125",
        "subject-alternatives",
        "A subject was read from one of its properties; the others were not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-126",
        "subject-without-code",
        "A subject without a usable code (scheme:code) was not kept.",
        _CHECK_SOURCE,
    ),
    _w(
        "NK-NINJS-127", "pubstatus-repaired", "pubstatus was read in another case or spelling.", _CHECK_SOURCE
    ),
    _w(
        "NK-NINJS-128",
        "pubstatus-unknown",
        "pubstatus is not usable, withheld or canceled; it is not kept.",
        _CHECK_SOURCE,
    ),
    _w("NK-NINJS-129", "rendition-without-href", "A rendition without an href was not kept.", _CHECK_SOURCE),
    _w(
        "NK-NINJS-130",
        "type-not-item",
        "An object whose type is not an item (a picture, a graphic ...); the type is not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-131",
        "alternative-property",
        "A property another one was read instead of (ninjs 1.x or 2.x spelling) was not kept.",
        _NOT_KEPT,
    ),
    _w(
        "NK-NINJS-132",
        "unusable-local-id",
        "An entity's literal is not a usable local id; new ids were given.",
        _NOT_KEPT,
    ),
    # --- validation --------------------------------------------------------------------------------
    _e("NK-VAL-001", "empty-input", "The input is empty.", "Check how the file was produced."),
    _w(
        "NK-VAL-002",
        "plain-text-skipped",
        "Plain text has no schema to validate against; it is skipped.",
        "Nothing, or leave text files out of the paths validated.",
    ),
    _e(
        "NK-VAL-003",
        "no-schema",
        "No schema is available for the document's format or namespace.",
        "Pass --schema FILE, or set the environment variable named in the message.",
    ),
    _e(
        "NK-VAL-004",
        "more-errors",
        "More errors than are reported were found in the document.",
        "Fix the ones reported and validate again.",
    ),
    _e(
        "NK-VAL-005",
        "schema-violation",
        "The document breaks its schema (XSD or JSON Schema) at the place named.",
        "Fix the document at the place named.",
    ),
    _e(
        "NK-VAL-006",
        "dangling-idref",
        "An IDREF attribute names the id of no element.",
        "Fix the reference or add the element it names.",
    ),
    _e(
        "NK-VAL-007",
        "schema-unusable",
        "A --schema file cannot be used (not a schema, or broken).",
        "Check the file given to --schema.",
    ),
    _e(
        "NK-VAL-008",
        "input-not-found",
        "A path given to validate names nothing to read.",
        "Check the path or glob.",
    ),
    _e(
        "NK-VAL-009",
        "fetch-failed",
        "newsml-kit schemas fetch could not download or verify a schema.",
        "Check the URL and the network; a file whose SHA-256 differs is never installed.",
    ),
    _w(
        "NK-VAL-101",
        "standard-version-mismatch",
        "standardversion is not the version of the schema the document was validated against.",
        "Declare the version the document follows, or validate against its schema.",
    ),
    _w(
        "NK-VAL-102",
        "conformance",
        "The conformance attribute is unknown, or is not power while the document "
        "was validated against a Power schema.",
        'Declare conformance="power" when using Power features.',
    ),
    _w("NK-VAL-103", "guid-not-uri", "The guid is not a URI without whitespace.", "Use a URN or a tag: URI."),
    _w(
        "NK-VAL-104",
        "undeclared-scheme-alias",
        "A QCode's scheme alias is declared by no catalog of the item.",
        "Add a catalogRef or an inline catalog that declares the alias.",
    ),
    _w("NK-VAL-105", "date-time-without-zone", "A dateTime has no time zone.", "Add the zone (Z or +07:00)."),
    # --- batch -------------------------------------------------------------------------------------
    _e(
        "NK-BATCH-001",
        "output-conflict",
        "Two inputs would be written to the same output path.",
        "Rename one of the inputs or convert them in separate runs.",
    ),
    _e(
        "NK-BATCH-002",
        "worker-died",
        "The worker process died while converting the file (a crash, or out of memory).",
        "Convert the file on its own to see what happens; report it if it crashes.",
    ),
    _e(
        "NK-BATCH-003",
        "plan-error",
        "The batch cannot start: the output folder, report or options are unusable.",
        "Read the message; nothing was converted.",
    ),
    _e(
        "NK-BATCH-004",
        "no-items",
        "The input holds no news item to convert (an empty message, or only non-news items).",
        "Nothing, or leave such files out of the run.",
    ),
    # --- review ------------------------------------------------------------------------------------
    _e("NK-REVIEW-001", "store-error", "The review folder or an edit cannot be used.", "Read the message."),
)

BY_CODE: Final[dict[str, Code]] = {entry.code: entry for entry in CATALOGUE}


def lookup(code: str) -> Code:
    """The catalogue entry of ``code``; a ``KeyError`` for a code that is not catalogued."""
    return BY_CODE[code]


def matches(code: str, pattern: str) -> bool:
    """Whether ``pattern`` names ``code``: the code itself, an area (``NK-G2``, or ``NK`` for all),
    or the start of the code's number (``NK-G2-1``: every NK-G2-1xx)."""
    if code == pattern or code.startswith(pattern + "-"):
        return True
    area, _, number = code.rpartition("-")
    pattern_area, _, pattern_number = pattern.rpartition("-")
    return pattern_number.isdigit() and area == pattern_area and number.startswith(pattern_number)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which diagnostics to report (``--select``, ``--ignore``): by default, all of them.

    A warning is kept when ``select`` is empty or one of its patterns matches it, and no pattern of
    ``ignore`` does. An error is kept unless ``ignore`` names its exact code: a prefix or
    ``--select`` never hides an error, so ignoring one is always explicit.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(cls, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Selection:
        """A selection from the patterns as users type them (any case); an ``UnknownCodeError`` for
        a pattern that names no catalogued code."""
        return cls(tuple(_pattern(p) for p in select), tuple(_pattern(p) for p in ignore))

    def __bool__(self) -> bool:
        return bool(self.select or self.ignore)

    def keeps(self, diagnostic: Diagnostic) -> bool:
        code = diagnostic.code
        if diagnostic.level == "error":
            return code not in self.ignore
        if self.select and not any(matches(code, pattern) for pattern in self.select):
            return False
        return not any(matches(code, pattern) for pattern in self.ignore)

    def filter(self, diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
        return tuple(d for d in diagnostics if self.keeps(d))


ALL: Final = Selection()


def _pattern(text: str) -> str:
    pattern = text.strip().upper()
    if not any(matches(entry.code, pattern) for entry in CATALOGUE):
        raise UnknownCodeError(
            f"{text!r} is no diagnostic code or prefix of the catalogue (codes look like NK-G2-104; "
            f"areas: {', '.join(AREAS)})"
        )
    return pattern
