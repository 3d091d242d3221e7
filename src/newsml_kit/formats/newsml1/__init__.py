"""IPTC NewsML 1.2 (the ``newsml1`` format): a reader into the model; writing 1.2 is not supported.

A ``NewsML`` document holds a ``NewsEnvelope`` and one or more ``NewsItem``s; it is read as a ``Message``
(the envelope as its header) of one item per ``NewsItem``, as a NewsML-G2 ``newsMessage`` is.
``document`` reads the envelope, ``item`` each item's identification, management, news lines and
metadata, ``content`` the ``ContentItem``s (XHTML, HTML or NITF bodies, and media as renditions).
Every element, attribute and text not carried is named in a warning with its line (the NITF ledger's
sweep), repairs are warnings, and nothing is dropped silently. docs/newsml1.md is the mapping table.
"""

from __future__ import annotations

from newsml_kit.formats.base import Format
from newsml_kit.formats.newsml1.document import read_newsml1

FORMAT = Format(name="newsml1", title="NewsML 1.x", reader=read_newsml1, extension=".xml")

__all__ = ["FORMAT", "read_newsml1"]
