"""What the NITF reader took from a document, so that whatever it did not take is reported, never lost.

Every mapping step marks the elements, attributes and text it carried into the model. A final sweep
(``Ledger.diagnostics``) walks the document and gives one warning per kind of thing left over (an
element, an attribute of an element, text directly inside an element), with a count and the line of
its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from lxml import etree

from newsml_kit.errors import Diagnostic, Location
from newsml_kit.formats.base import C1_CONTROLS, windows_1252_controls
from newsml_kit.formats.xmlnames import child_named, children_named, name_in

NITF_NS: Final = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
_XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

# Attributes that hold no content: element ids for internal references, presentation hints, and on the
# root the DTD's own identity and schema location hints.
_IGNORED_ATTRIBUTES: Final = frozenset({"id", "class", "style"})
_IGNORED_ROOT_ATTRIBUTES: Final = frozenset(
    {"version", "change.date", "change.time", "schemaLocation", f"{{{_XSI}}}schemaLocation"}
)


Element = etree._Element


def local(element: Element) -> str | None:
    """The NITF name of ``element``: its local name in no namespace or the NITF one; None for
    comments, processing instructions and elements of other namespaces."""
    return name_in(element, NITF_NS)


def elements(parent: Element | None) -> Iterator[Element]:
    """The child elements of ``parent`` (no comments or processing instructions)."""
    if parent is None:
        return
    for child in parent:
        if isinstance(child.tag, str):
            yield child


def children(parent: Element | None, name: str) -> list[Element]:
    """The children of ``parent`` called ``name``, in no namespace or the NITF one."""
    return children_named(parent, name, NITF_NS)


def child(parent: Element | None, name: str) -> Element | None:
    return child_named(parent, name, NITF_NS)


def display_name(element: Element) -> str:
    """``<name>`` for messages; a foreign element keeps its namespace."""
    name = local(element)
    if name is not None:
        return f"<{name}>"
    return f"<{etree.QName(element).text}>"


def _attribute_name(name: str) -> str:
    return "xml:lang" if name == XML_LANG else name


@dataclass
class _Note:
    code: str
    message: str
    line: int | None
    count: int = 1


class Ledger:
    """The elements, attributes and text the mapping carried, and warnings it raised, per document."""

    def __init__(
        self,
        source: str | None,
        *,
        vocabulary: str = "NITF",
        ignored: frozenset[str] = frozenset(),
        sweep_codes: tuple[str, str, str] = ("NK-NITF-121", "NK-NITF-122", "NK-NITF-123"),
    ) -> None:
        """``vocabulary`` names the format in the sweep's warnings (``NITF <x> is not carried``);
        ``ignored``: more attribute names that hold no content (ids of another vocabulary);
        ``sweep_codes``: the codes of an element, an attribute and a text not carried."""
        self.source = source
        self.vocabulary = vocabulary
        self._sweep_codes = sweep_codes
        self._ignored = _IGNORED_ATTRIBUTES | ignored
        self._delegated: set[Element] = set()
        self._elements: set[Element] = set()
        self._texts: set[Element] = set()
        self._attributes: set[tuple[Element, str]] = set()
        self._notes: dict[str, _Note] = {}

    # --- marking ------------------------------------------------------------------------------

    def take(self, element: Element, *attributes: str) -> None:
        """``element`` is carried (its own text and attributes only when taken too)."""
        self._elements.add(element)
        for name in attributes:
            self._attributes.add((element, name))

    def take_text(self, element: Element) -> None:
        """The text directly inside ``element`` (its text and its children's tails) is carried."""
        self._elements.add(element)
        self._texts.add(element)

    def attribute(self, element: Element | None, name: str) -> str | None:
        """The value of an attribute, stripped, marked as carried; None when absent or blank."""
        if element is None:
            return None
        value = element.get(name)
        if value is None or not value.strip():
            return None
        self._attributes.add((element, name))
        return self.repair(value.strip(), element)

    def repair(self, text: str, element: Element) -> str:
        """``text`` with C1 controls (U+0080-U+009F) read as Windows-1252, with a warning. XML lets a
        character reference such as &#150; through, but these are controls, never text: a feed that
        writes one means the Windows-1252 character of that byte (an en dash), as browsers read it."""
        if C1_CONTROLS.search(text) is None:
            return text
        self.warn(
            "NK-XML-006",
            "C1 control characters (U+0080-U+009F) read as the Windows-1252 characters of the same code",
            element,
        )
        return windows_1252_controls(text)

    def taken(self, element: Element) -> bool:
        return element in self._elements

    def delegate(self, element: Element) -> None:
        """``element`` and everything below it are accounted for by another ledger: not swept here."""
        self._delegated.add(element)

    # --- warnings -----------------------------------------------------------------------------

    def warn(self, code: str, message: str, element: Element | None = None) -> None:
        """A warning; the same message again only counts (the first line is kept)."""
        note = self._notes.get(message)
        if note is None:
            line = element.sourceline if element is not None else None
            self._notes[message] = _Note(code, message, line)
        else:
            note.count += 1

    def diagnostics(self, root: Element) -> list[Diagnostic]:
        """The warnings raised while mapping, then one per kind of content left over, in line order."""
        self._sweep(root, is_root=True)
        notes = sorted(self._notes.values(), key=lambda note: note.line or 0)
        return [
            Diagnostic(
                "warning",
                note.message + (f" ({note.count} times)" if note.count > 1 else ""),
                Location(file=self.source, line=note.line),
                note.code,
            )
            for note in notes
        ]

    def _sweep(self, element: Element, *, is_root: bool = False) -> None:
        if element in self._delegated:
            return
        what = f"{self.vocabulary} {display_name(element)}"
        if element not in self._elements:
            if has_content(element, self._ignored):
                self.warn(self._sweep_codes[0], f"{what} is not carried by the model", element)
            return
        ignored = _IGNORED_ROOT_ATTRIBUTES | self._ignored if is_root else self._ignored
        for name, value in element.attrib.items():
            if value.strip() and name not in ignored and (element, name) not in self._attributes:
                message = f"{what} attribute {_attribute_name(name)} is not carried by the model"
                self.warn(self._sweep_codes[1], message, element)
        if element not in self._texts and _own_text(element).strip():
            self.warn(self._sweep_codes[2], f"text directly inside {what} is not carried", element)
        for item in elements(element):
            self._sweep(item)


def _own_text(element: Element) -> str:
    return (element.text or "") + "".join(c.tail or "" for c in element)


def has_content(element: Element, ignored: frozenset[str] = _IGNORED_ATTRIBUTES) -> bool:
    """Whether ``element`` holds any text or any attribute with a value (ids and presentation hints
    aside), itself or below."""
    for node in element.iter(etree.Element):
        if (node.text or "").strip():
            return True
        if any(value.strip() for name, value in node.attrib.items() if name not in ignored):
            return True
        if node is not element and (node.tail or "").strip():
            return True
    return False
