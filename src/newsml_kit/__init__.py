"""newsml-kit: a typed model of institutional news events and converters between legacy plain text,
IPTC NewsML-G2, canonical JSON and ninjs.

    >>> import newsml_kit
    >>> result = newsml_kit.read("article.txt")        # doctest: +SKIP
    >>> newsml_kit.write(result.item, "json")           # doctest: +SKIP
"""

from newsml_kit._version import __version__
from newsml_kit.api import read, write
from newsml_kit.dates import PartialDate
from newsml_kit.errors import (
    Diagnostic,
    Location,
    ModelValidationError,
    NewsmlKitError,
    ParseError,
    UnsafeInputError,
    UnsupportedFormatError,
    WriteError,
)
from newsml_kit.formats import ReadResult
from newsml_kit.model import (
    MODEL_VERSION,
    Award,
    Block,
    BlockKind,
    DateMention,
    DateRole,
    Document,
    Event,
    EventKind,
    Mention,
    Message,
    MessageHeader,
    NewsItem,
    Organisation,
    Participant,
    ParticipantRole,
    Person,
    PersonRole,
    Place,
    PubStatus,
    Recipient,
    Rendition,
    Rights,
    SourceId,
    Subject,
    TextLayout,
    TextRange,
)

__all__ = [
    "MODEL_VERSION",
    "Award",
    "Block",
    "BlockKind",
    "DateMention",
    "DateRole",
    "Diagnostic",
    "Document",
    "Event",
    "EventKind",
    "Location",
    "Mention",
    "Message",
    "MessageHeader",
    "ModelValidationError",
    "NewsItem",
    "NewsmlKitError",
    "Organisation",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Person",
    "PersonRole",
    "Place",
    "PubStatus",
    "ReadResult",
    "Recipient",
    "Rendition",
    "Rights",
    "SourceId",
    "Subject",
    "TextLayout",
    "TextRange",
    "UnsafeInputError",
    "UnsupportedFormatError",
    "WriteError",
    "__version__",
    "read",
    "write",
]
