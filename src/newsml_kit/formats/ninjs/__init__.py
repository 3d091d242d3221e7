"""IPTC ninjs (News in JSON): the registry entry (docs/ninjs.md maps every model field).

The writer produces ninjs 3.1 (default) or 2.2 (``WriteOptions.ninjs_version``); the reader takes
ninjs 1.x to 3.x and the Superdesk and BBC variants seen in agency feeds.
"""

from __future__ import annotations

from newsml_kit.formats.base import Format
from newsml_kit.formats.ninjs.names import NINJS_VERSIONS
from newsml_kit.formats.ninjs.read import read_ninjs
from newsml_kit.formats.ninjs.write import write_ninjs

FORMAT = Format(
    name="ninjs", title="IPTC ninjs", reader=read_ninjs, writer=write_ninjs, extension=".ninjs.json"
)

__all__ = ["FORMAT", "NINJS_VERSIONS", "read_ninjs", "write_ninjs"]
