"""IPTC NewsML 1.2 (the ``newsml1`` format): a reader into the model; writing 1.2 is not supported.

A ``NewsML`` document holds a ``NewsEnvelope`` and one or more ``NewsItem``s; it is read as a ``Message``
(the envelope as its header) of one item per ``NewsItem``, as a NewsML-G2 ``newsMessage`` is.
``document`` reads the envelope, ``item`` each item's identification, management, news lines and
metadata, ``content`` the ``ContentItem``s (XHTML, HTML or NITF bodies, and media as renditions).
Every element, attribute and text not carried is named in a warning with its line (the NITF ledger's
sweep), repairs are warnings, and nothing is dropped silently. docs/newsml1.md is the mapping table.
"""

from __future__ import annotations

from newsml_kit.formats.base import Format, Validation
from newsml_kit.formats.detect import Head
from newsml_kit.formats.newsml1.document import read_newsml1

NEWSML1_NAMESPACE = "http://iptc.org/std/NewsML/2003-10-10/"


def sniff_newsml1(head: Head) -> bool:
    return head.root.local == "NewsML" and head.root.namespace in (None, NEWSML1_NAMESPACE)


FORMAT = Format(
    name="newsml1",
    title="NewsML 1.x",
    reader=read_newsml1,
    extension=".xml",
    syntax="xml",
    sniff=sniff_newsml1,
    validation=Validation(
        "xsd",
        no_schema="no schema available for NewsML 1.x: newsml-kit bundles none; give IPTC's NewsML 1.2 XSD "
        "with --schema FILE",
    ),
)

__all__ = ["FORMAT", "read_newsml1"]
