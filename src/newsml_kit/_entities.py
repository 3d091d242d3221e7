"""Named character entities that news XML uses without declaring them (``&nbsp;``, ``&eacute;`` ...).

The table covers XHTML 1.0 (Latin-1, symbol and special sets) and the ISO 8879 / MathML sets, as listed in
HTML5's named character references. XML itself defines only five names; those stay with the parser.
"""

from __future__ import annotations

from collections.abc import Mapping
from html.entities import html5, name2codepoint
from types import MappingProxyType
from typing import Final

XML_PREDEFINED: Final = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _build() -> dict[str, str]:
    # html5 also lists legacy forms without ";" (e.g. "amp"): only the ";" forms are references in XML.
    table = {name[:-1]: text for name, text in html5.items() if name.endswith(";")}
    # XHTML 1.0 wins where HTML5 later changed a value (lang, rang): NITF and friends were written against it.
    table.update((name, chr(code)) for name, code in name2codepoint.items())
    for name in XML_PREDEFINED:
        del table[name]
    return table


NAMED_ENTITIES: Final[Mapping[str, str]] = MappingProxyType(_build())
"""Entity name (without ``&`` and ``;``) to its text: one character, or two for a few ISO names."""
