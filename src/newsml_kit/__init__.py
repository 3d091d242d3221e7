"""newsml-kit: a typed model of institutional news events and converters between legacy plain text,
IPTC NewsML-G2, canonical JSON and ninjs.

    >>> import newsml_kit
    >>> result = newsml_kit.read("article.txt")        # doctest: +SKIP
    >>> newsml_kit.write(result.item, "json")           # doctest: +SKIP
"""

import codecs
import importlib
from typing import TYPE_CHECKING, Any

from newsml_kit._version import __version__

# The Vietnamese legacy codecs (tcvn3, vni, viscii, vps) are found by name as soon as the package is
# imported; their tables are built on the first lookup of one of these names, not before.
_LEGACY_CODEC_NAMES = frozenset(
    {"tcvn3", "tcvn", "tcvn5712", "tcvn_5712", "viscii", "viscii1.1_1", "csviscii"}
    | {"vps", "vni", "vni_windows"}
)


def _find_legacy_codec(name: str) -> codecs.CodecInfo | None:
    if name.replace("-", "_") not in _LEGACY_CODEC_NAMES:
        return None
    from newsml_kit.vietcodecs import search

    return search(name)


codecs.register(_find_legacy_codec)

# The public names load on first use: `newsml-kit --help` and light imports do not pay for
# building the pydantic model or the format registry.
_LAZY: dict[str, str] = {
    "Award": "newsml_kit.model",
    "Block": "newsml_kit.model",
    "BlockKind": "newsml_kit.model",
    "DateMention": "newsml_kit.model",
    "DateRole": "newsml_kit.model",
    "Diagnostic": "newsml_kit.errors",
    "Document": "newsml_kit.model",
    "Event": "newsml_kit.model",
    "EventKind": "newsml_kit.model",
    "Location": "newsml_kit.errors",
    "MODEL_VERSION": "newsml_kit.model",
    "Mention": "newsml_kit.model",
    "Message": "newsml_kit.model",
    "MessageHeader": "newsml_kit.model",
    "ModelValidationError": "newsml_kit.errors",
    "NewsItem": "newsml_kit.model",
    "NewsmlKitError": "newsml_kit.errors",
    "Organisation": "newsml_kit.model",
    "ParseError": "newsml_kit.errors",
    "PartialDate": "newsml_kit.dates",
    "Participant": "newsml_kit.model",
    "ParticipantRole": "newsml_kit.model",
    "Person": "newsml_kit.model",
    "PersonRole": "newsml_kit.model",
    "Place": "newsml_kit.model",
    "PubStatus": "newsml_kit.model",
    "ReadResult": "newsml_kit.formats",
    "Recipient": "newsml_kit.model",
    "Rendition": "newsml_kit.model",
    "Rights": "newsml_kit.model",
    "SourceId": "newsml_kit.model",
    "Subject": "newsml_kit.model",
    "TextLayout": "newsml_kit.model",
    "TextRange": "newsml_kit.model",
    "UnsafeInputError": "newsml_kit.errors",
    "UnsupportedFormatError": "newsml_kit.errors",
    "WriteError": "newsml_kit.errors",
    "read": "newsml_kit.api",
    "write": "newsml_kit.api",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsml_kit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
