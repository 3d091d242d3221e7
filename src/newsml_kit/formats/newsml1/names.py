"""NewsML 1.x element names and the small lookups every part of the reader uses.

NewsML 1.2 documents are usually in no namespace (the DTD form); the XML Schema form of 1.2 has its own
namespace. Both are read; the NITF ledger's helpers are used for marking what was carried.
"""

from __future__ import annotations

from typing import Final

from newsml_kit.formats.nitf.ledger import Element, Ledger

NEWSML1_NS: Final = "http://iptc.org/std/NewsML/2003-10-10/"
ID_ATTRIBUTES: Final = frozenset({"Duid", "Euid"})
"""Element ids for references inside the document: no content of their own."""


def name(element: Element) -> str | None:
    """The NewsML name of ``element`` (in no namespace or the NewsML 1.2 one); None otherwise."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return local if namespace == NEWSML1_NS else None
    return tag


def kids(parent: Element | None, wanted: str) -> list[Element]:
    """The child elements of ``parent`` called ``wanted``."""
    if parent is None:
        return []
    return [node for node in parent if isinstance(node.tag, str) and name(node) == wanted]


def kid(parent: Element | None, wanted: str) -> Element | None:
    found = kids(parent, wanted)
    return found[0] if found else None


def text_of(ledger: Ledger, element: Element | None) -> str | None:
    """The text of a simple element, stripped, marked carried; None when absent or blank."""
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    if not value:
        return None
    for node in element.iter():  # the text of inline children (a HeadLine's Origin ...) is in the value
        if isinstance(node.tag, str):
            ledger.take_text(node)
    return ledger.repair(value, element)


def formal_name(ledger: Ledger, element: Element | None) -> str | None:
    """The ``FormalName`` of an element that carries nothing else, marked carried with the element."""
    value = ledger.attribute(element, "FormalName")
    if element is not None and value is not None:
        ledger.take(element, "FormalName")
    return value
