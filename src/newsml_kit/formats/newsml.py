"""NewsML-G2 2.35: the ``newsml`` format (writer in ``newsml_write``, strict reader in ``newsml_read``).

The mapping of every model field to its XPath, native G2 or the ``nk`` extension namespace, is
``docs/mapping.md``; the profile the output conforms to is ``schemas/newsml-kit-g2.xsd``.
"""

from __future__ import annotations

from newsml_kit.formats.base import Format
from newsml_kit.formats.newsml_names import G2, NK, PROFILE_XSD
from newsml_kit.formats.newsml_read import profile_schema, read_newsml
from newsml_kit.formats.newsml_write import filled_version_created, write_newsml

FORMAT = Format(name="newsml", title="NewsML-G2", reader=read_newsml, writer=write_newsml, extension=".xml")

__all__ = [
    "FORMAT",
    "G2",
    "NK",
    "PROFILE_XSD",
    "filled_version_created",
    "profile_schema",
    "read_newsml",
    "write_newsml",
]
