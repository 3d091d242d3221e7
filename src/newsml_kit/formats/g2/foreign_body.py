"""Bodies in an ``inlineXML`` vocabulary the reader does not know (a national agency's own XML, a
vendor's editor format): where their text is, taken by structure alone (docs/g2-import.md).

The element names of such a vocabulary say nothing the reader can trust, so its structure decides:
an element with text of its own (text directly in it, between or after its children) is
paragraph-like and is one block, with the text of its inline markup; a ``br`` in it is a line break.
So is a run of inline elements holding text only, side by side with spaces between them. Any
other element is a container, and its children are looked at in turn. So every word of the
vocabulary is in exactly one block, and words in separate elements are never glued.

Each block's element becomes a slot of the item's carriage (``raw_g2``) as an XHTML paragraph does,
so the G2 writer gives the vendor's XML back as it came while the model says what it said.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

from newsml_kit.formats.g2.slots import text_content

Element = etree._Element


def has_own_text(element: Element) -> bool:
    """Text directly in ``element``: before, between or after its children (not inside them)."""
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def paragraph_elements(documents: Iterable[Element]) -> Iterator[Element]:
    """The paragraph-like elements of the inline ``documents``, in document order."""
    for document in documents:
        yield from _walk(document)


def _walk(element: Element) -> Iterator[Element]:
    if has_own_text(element) or _inline_run(element):
        yield element
        return
    for child in element:
        if isinstance(child.tag, str):
            yield from _walk(child)


def _inline_run(element: Element) -> bool:
    """Inline markup side by side with nothing else: several elements holding text only, each
    followed by spaces without a line break (``<em>Tickets</em> <em>cost less</em>``). A line break
    between them is the layout of separate blocks; no space at all would glue their words."""
    children = list(element)
    if len(children) < 2 or not all(isinstance(child.tag, str) for child in children):
        return False
    if any(len(child) for child in children):
        return False
    tails = [child.tail or "" for child in children[:-1]]
    return all(tail and not tail.strip() and "\n" not in tail for tail in tails)


def word_count(documents: Iterable[Element]) -> int:
    return sum(len(text_content(document).split()) for document in documents)


def vocabulary_names(documents: Iterable[Element]) -> str:
    """The vocabularies of ``documents`` as the warning names them: their roots' Clark names."""
    return ", ".join(sorted({str(etree.QName(document)) for document in documents}))


def taken_note(documents: list[Element], blocks: int) -> str:
    """NK-G2-112: the vocabulary, and that its text was taken in by structure."""
    words = word_count(documents)
    return (
        f"inlineXML in a vocabulary the reader does not know ({vocabulary_names(documents)}): its "
        f"{words} words are taken into {blocks} body block(s) by structure (each element with text of "
        "its own is a paragraph, a br a line break); other markup is kept in raw_g2 for G2 output only"
    )


__all__ = ["has_own_text", "paragraph_elements", "taken_note", "vocabulary_names", "word_count"]
