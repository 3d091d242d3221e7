"""Recognise a format by content, never by file name: agency files often have no extension.

Detection iterates the registry: each format's ``sniff`` looks at a :class:`Head` of the input (the
decoded start, the XML root element, the parsed JSON) and says whether the input is in its format;
formats of the input's syntax are asked in order of ``priority``, highest first. Nothing here names
a format (docs/architecture.md, "Adding a format").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsml_kit.errors import Location, UnsupportedFormatError

if TYPE_CHECKING:
    from newsml_kit.formats.base import Format

Syntax = Literal["xml", "json", "text"]

_HEAD_BYTES = 64 * 1024
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# The prolog may hold an XML declaration, comments, processing instructions and a DOCTYPE.
_PROLOG_RE = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.S)
_ROOT_RE = re.compile(r"<([A-Za-z_][\w.\-]*)(?::([A-Za-z_][\w.\-]*))?([^>]*)")
_XMLNS_RE = re.compile(r"""xmlns(?::([\w.\-]+))?\s*=\s*["']([^"']*)["']""")

UNPARSEABLE = object()
"""``Head.json`` of JSON that does not parse (the reader says where it breaks)."""


@dataclass(frozen=True)
class XmlRoot:
    """The root element of an XML input, read from its start tag (no parsing)."""

    local: str
    namespace: str | None

    @property
    def qname(self) -> str:
        return f"{{{self.namespace}}}{self.local}" if self.namespace else self.local


@dataclass(frozen=True)
class Head:
    """What the sniffers look at: the input, its decoded start, and where it comes from."""

    data: bytes
    text: str
    where: Location
    fragments: bool = True
    """Whether a fragment that holds a whole document (an NITF document in a G2 ``contentSet``)
    counts as that document: yes when reading, no when validating."""

    @property
    def syntax(self) -> Syntax:
        stripped = self.text.lstrip()
        if stripped.startswith("<"):
            return "xml"
        if stripped[:1] in ("{", "["):
            return "json"
        return "text"

    @functools.cached_property
    def root(self) -> XmlRoot:
        """The root element of an XML input; UnsupportedFormatError when there is none."""
        text = self.text.lstrip()
        prolog = _PROLOG_RE.match(text)
        rest = text[prolog.end() if prolog else 0 :]
        root = _ROOT_RE.match(rest)
        if root is None:
            raise UnsupportedFormatError("unsupported format: XML without a root element", self.where)
        prefix, local = (root.group(1), root.group(2)) if root.group(2) else (None, root.group(1))
        namespaces = {key or None: value for key, value in _XMLNS_RE.findall(root.group(3))}
        return XmlRoot(local, namespaces.get(prefix))

    @functools.cached_property
    def json(self) -> object:
        """The whole input parsed as JSON, or :data:`UNPARSEABLE`."""
        try:
            return json.loads(self.data.removeprefix(_BOMS[0]))
        except (ValueError, RecursionError):
            return UNPARSEABLE


def detect_format(data: bytes, source: str | None = None, *, fragments: bool = True) -> str:
    """The registry name of the format ``data`` is in; UnsupportedFormatError when there is none.

    With ``fragments`` (reading), a G2 ``contentSet`` or ``inlineXML`` fragment that holds an NITF
    document is ``nitf``, read by the NITF reader; without (validating), it is no document.

    Names: ``json`` (canonical), ``ninjs``, ``newsml`` (NewsML-G2), ``newsml1`` (NewsML 1.x), ``nitf``,
    ``text``, and any format added to the registry with a ``sniff``.
    """
    from newsml_kit.formats import REGISTRY

    return sniff(data, REGISTRY.values(), source, fragments=fragments).name


def sniff(
    data: bytes, formats: Iterable[Format], source: str | None = None, *, fragments: bool = True
) -> Format:
    """The first of ``formats`` (of the input's syntax, highest ``priority`` first) whose sniff
    recognises ``data``."""
    head = Head(data, _decoded_head(data), Location(file=source), fragments)
    syntax = head.syntax
    if syntax == "text" and "\x00" in head.text:
        raise UnsupportedFormatError("unsupported format: binary data, not a news document", head.where)
    candidates = sorted(
        (fmt for fmt in formats if fmt.sniff is not None and fmt.syntax == syntax),
        key=lambda fmt: -fmt.priority,
    )
    if syntax == "xml":
        head.root  # noqa: B018 - an XML input without a root element is refused before any sniffer runs
    for fmt in candidates:
        if fmt.sniff is not None and fmt.sniff(head):
            return fmt
    if syntax == "xml":
        message = f"XML with root element {head.root.qname}"
    else:
        message = f"{syntax.upper()} that is neither " + " nor ".join(fmt.title for fmt in candidates)
    raise UnsupportedFormatError(f"unsupported format: {message}", head.where)


def _decoded_head(data: bytes) -> str:
    head = data[:_HEAD_BYTES]
    if head.startswith(_BOMS[1:]):
        return head.decode("utf-16", errors="replace")
    return head.removeprefix(_BOMS[0]).decode("utf-8", errors="replace")
