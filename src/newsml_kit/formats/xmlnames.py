"""Element names and child lookups, shared by the XML readers (NewsML-G2, NITF, NewsML 1.x).

Plain loops over the children rather than ElementPath (``find``): several times cheaper on the
many small lookups a reader makes.
"""

from __future__ import annotations

from lxml import etree

Element = etree._Element


def local_name(element: Element) -> str:
    """The local name of an element, whatever its namespace, without building a QName."""
    return str(element.tag).rpartition("}")[2]


def name_in(element: Element, namespace: str) -> str | None:
    """The local name of ``element`` when it is in no namespace or in ``namespace``; None for
    comments, processing instructions and elements of other namespaces."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        found, _, local = tag[1:].partition("}")
        return local if found == namespace else None
    return tag


def first_child(element: Element, tag: str) -> Element | None:
    """The first child whose lxml tag is ``tag`` (``{namespace}local``, or ``local`` for none)."""
    for child in element[:]:
        if child.tag == tag:
            return child
    return None


def children_named(parent: Element | None, name: str, namespace: str) -> list[Element]:
    """The children of ``parent`` called ``name``, in no namespace or in ``namespace``."""
    if parent is None:
        return []
    return list(parent.iterchildren(name, f"{{{namespace}}}{name}"))


def child_named(parent: Element | None, name: str, namespace: str) -> Element | None:
    """The first child of ``parent`` called ``name``, in no namespace or in ``namespace``."""
    if parent is None:
        return None
    return next(parent.iterchildren(name, f"{{{namespace}}}{name}"), None)
