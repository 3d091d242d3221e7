"""NewsML-G2 output of imported items and messages: their ``raw_g2`` with every slot filled from the
model (docs/g2-import.md).

A slot becomes its element again, the model's value in it: an edit shows, a value the model no
longer has removes the element, and a value the source had no element for is added where the
schema orders it. Markup or a spelling the source had is kept only while it still says exactly
what the model says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree

from newsml_kit.errors import Location, NewsmlKitError, WriteError
from newsml_kit.formats.g2.agency_read import CAPTION_NAMES, body_region, join_paragraphs, split_paragraphs
from newsml_kit.formats.g2.names import EMPTY_CODE_URI, G2, XHTML, g2
from newsml_kit.formats.g2.slots import (
    FIELD,
    LEXICAL,
    PLACEMENTS,
    PLAIN_TEXT_BODY,
    PUB_STATUS_SCHEME,
    SLOT_ATTRIBUTES,
    XML_LANG,
    date_text,
    field_of,
    format_g2_date,
    insert_ranked,
    is_slot,
    slots,
    text_content,
    unmark,
)
from newsml_kit.model import Block, BlockKind, Message, NewsItem
from newsml_kit.xmlsafe import parse_xml

Element = etree._Element
ItemWriter = Callable[[NewsItem], Element]

# Fields an imported item cannot carry yet: the native writer's concepts and extension elements
# would have to be merged into the agency's own structure.
_UNWRITABLE = ("event", "people", "organisations", "places", "documents", "awards", "dates", "text_layout")
_SINGLE_TEXTS = ("headline", "dateline", "byline", "creditline", "description")
_RIGHTS_TEXTS = ("copyright_holder", "copyright_notice", "usage_terms")
_REGIONS = ("body", "body.content")
_DATES = ("version_created", "first_created", "embargo", "content_created")
_NAMED = ("provider", "copyright_holder")
_NAME = g2("name")


def write_item(item: NewsItem) -> Element:
    """The ``newsItem`` element of an imported item, filled from the model."""
    for field in _UNWRITABLE:
        if getattr(item, field) not in (None, []):
            raise WriteError(
                f"an imported NewsML-G2 item cannot take {field} yet (its agency XML is written back "
                "as it came): convert it without --extract, or to json or ninjs; in Python, drop "
                "raw_g2 to write it as a newsml-kit item, or leave the field empty",
                Location(field=field),
            )
    root = _template(item.raw_g2 or "", "raw_g2")
    plain_text = root.find(f".//*[@{FIELD}='{PLAIN_TEXT_BODY}']") is not None
    for index, block in enumerate(item.body):
        _check_block(block, f"body.{index}", plain_text)
    _ItemFiller(root, item).fill()
    return root


def _check_block(block: Block, where: str, plain_text: bool) -> None:
    """Refuse a block the agency's body cannot give back as it is (the reader takes a block's text
    without its edge whitespace, skips empty elements, splits plain text at blank lines)."""
    if block.credit is not None:
        raise WriteError(
            "an imported NewsML-G2 body cannot mark a photo credit", Location(field=f"{where}.credit")
        )
    if not block.text or block.text != block.text.strip():
        raise WriteError(
            "an imported NewsML-G2 body block cannot be empty or start or end with whitespace",
            Location(field=f"{where}.text"),
        )
    if plain_text and split_paragraphs(block.text) != [block.text]:
        raise WriteError(
            "a plain-text NewsML-G2 body block cannot contain a blank line", Location(field=f"{where}.text")
        )
    if plain_text and block.kind is not BlockKind.PARAGRAPH:
        raise WriteError("a plain-text NewsML-G2 body holds paragraphs only", Location(field=f"{where}.kind"))


def write_message(message: Message, write_one: ItemWriter) -> bytes:
    """The ``newsMessage`` of a message (its raw XML filled, or a new one), without a declaration.

    Items are serialised on their own and spliced in as text: moving an element between trees
    lets lxml rebind its namespace to a prefix that an inner element redeclares (seen in an
    agency file), while a serialised item declares everything it uses itself."""
    if message.raw_g2 is None:
        if not message.items:
            # G2's itemSet holds at least one item.
            raise WriteError("a NewsML-G2 newsMessage holds at least one item", Location(field="items"))
        root = etree.Element(g2("newsMessage"), nsmap={None: G2})
        etree.SubElement(root, g2("header"))
        etree.SubElement(root, g2("itemSet"))
    else:
        root = _template(message.raw_g2, "raw_g2")
    if root.tag != g2("newsMessage"):
        # A package, concept or catalog item carried whole: nothing of the model goes in.
        if message.items or any(value is not None for value in message.header.model_dump().values()):
            raise WriteError(
                f"raw_g2 holds a {etree.QName(root).localname}, which takes no header or news items",
                Location(field="raw_g2"),
            )
        return etree.tostring(root, encoding="UTF-8")
    _fill_header(root, message.header.model_dump())
    marks: list[Element] = []
    for slot in list(slots(root)):
        field, index = field_of(slot)
        if field == "items" and index is not None and index < len(message.items):
            marks.append(_mark(slot, len(marks)))
        elif field == "items":
            _remove(slot)
    while len(marks) < len(message.items):
        mark = etree.ProcessingInstruction(_MARK, str(len(marks)))
        if marks:
            marks[-1].addnext(mark)
        else:
            item_set = root.find(g2("itemSet"))
            if item_set is None:
                item_set = etree.SubElement(root, g2("itemSet"))
            item_set.append(mark)
        marks.append(mark)
    text = etree.tostring(root, encoding="UTF-8")
    for index, item in enumerate(message.items):
        item_bytes = etree.tostring(write_one(item), encoding="UTF-8")
        text = text.replace(f"<?{_MARK} {index}?>".encode(), item_bytes, 1)
    return text


_MARK = "newsml-kit-item"


def _mark(slot: Element, index: int) -> Element:
    mark = etree.ProcessingInstruction(_MARK, str(index))
    mark.tail = slot.tail
    parent = slot.getparent()
    assert parent is not None
    parent.replace(slot, mark)
    return mark


def _fill_header(root: Element, values: dict[str, Any]) -> None:
    header = root.find(g2("header"))
    if header is None:
        if all(value is None for value in values.values()):
            return
        header = _new_child(root, g2("header"))
        root.insert(0, header)
    filler = _Filler(values)
    for slot in list(slots(header)):
        filler.fill_slot(slot)
    for field in ("sent", "sender", "transmit_id", "priority", "origin"):
        if field not in filler.done and values.get(field) is not None:
            element = _new_child(header, PLACEMENTS[field].name)
            element.text = _scalar_text(values[field])
            insert_ranked(header, element)


# --- filling ------------------------------------------------------------------------------------


class _Filler:
    """Fills slots of one container level from a dict of field values; remembers which it filled."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values
        self.done: set[str] = set()
        self.last_of: dict[str, Element] = {}
        self.count_of: dict[str, int] = {}

    def fill_slot(self, slot: Element) -> None:
        field, index = field_of(slot)
        value = self.values.get(field)
        if index is not None:
            entries = value if isinstance(value, list) else []
            value = entries[index] if index < len(entries) else None
        if value is None and field in _NAMED:
            # The model maps only the concept's name: the element keeps the rest (a provider's
            # qcode; G2 requires a provider), and goes only when nothing is left in it.
            _named(slot, None)
            unmark(slot)
            if field != "provider" and not _holds_more(slot):
                _remove(slot)
            return
        if value is None or value == []:
            _remove(slot)
            return
        _render(slot, field, value)
        unmark(slot)
        self.done.add(field)
        self.last_of[field] = slot
        self.count_of[field] = max(self.count_of.get(field, 0), (index or 0) + 1)


class _ItemFiller(_Filler):
    def __init__(self, root: Element, item: NewsItem) -> None:
        values = {name: getattr(item, name) for name in type(item).model_fields}
        if item.rights is not None:
            values.update({name: getattr(item.rights, name) for name in _RIGHTS_TEXTS})
        super().__init__(values)
        self.root = root
        self.item = item
        self.one_block_slot = True

    def fill(self) -> None:
        root, item = self.root, self.item
        root.set("guid", item.guid)
        root.set("version", str(item.version))
        found = slots(root)
        # A region (XHTML body, NITF body.content) that was the whole body; a vendor's own element
        # named so is one block among others (``foreign_body``) and is never split.
        self.one_block_slot = sum(field_of(slot)[0] == "body" for slot in found) == 1
        for slot in found:
            field, index = field_of(slot)
            if field == "body":
                self._block(slot, index or 0)
            elif field == PLAIN_TEXT_BODY:
                self._plain_text(slot)
            else:
                self.fill_slot(slot)
        if "language" not in self.done and item.language is not None:
            root.set(XML_LANG, item.language)
        elif item.language is None:
            # The language came from xml:lang and is gone: a contentMeta/language kept beside it
            # would be read as the language.
            for element in root.iterfind(f"{g2('contentMeta')}/{g2('language')}"):
                if element.get("tag") and not is_slot(element):
                    _remove(element)
        self._add_missing()
        self._add_blocks()

    def _block(self, slot: Element, index: int) -> None:
        if index >= len(self.item.body):
            _remove(slot)
            return
        unmark(slot)
        if etree.QName(slot).localname in _REGIONS and len(self.item.body) > 1 and self.one_block_slot:
            # The source's whole body was one run of text; several blocks need a p each.
            _clear(slot)
            for each in self.item.body:
                _new_block(slot, each)
            index = len(self.item.body) - 1
        else:
            block = self.item.body[index]
            if (etree.QName(slot).localname in CAPTION_NAMES) != (block.kind is BlockKind.CAPTION):
                slot.tag = _block_tag(slot, block.kind)
            _holder_content(slot, block.text)
        self.last_of["body"] = slot
        self.count_of["body"] = max(self.count_of.get("body", 0), index + 1)

    def _plain_text(self, slot: Element) -> None:
        paragraphs = [block.text for block in self.item.body]
        if not paragraphs:
            _remove(slot)
            return
        unmark(slot)
        kept = slot.text
        if kept is None or split_paragraphs(kept) != paragraphs:
            slot.text = join_paragraphs(paragraphs)
        self.count_of["body"] = len(paragraphs)
        self.done.add(PLAIN_TEXT_BODY)

    def _add_blocks(self) -> None:
        blocks = self.item.body
        start = self.count_of.get("body", 0)
        if start >= len(blocks) or PLAIN_TEXT_BODY in self.done:
            return
        last = self.last_of.get("body")
        if last is None:
            last = self._new_body()
            start = 1
        for block in blocks[start:]:
            parent = last.getparent()
            assert parent is not None
            element = _new_child(parent, _block_tag(last, block.kind))
            element.text = block.text
            last.addnext(element)
            last = element

    def _new_body(self) -> Element:
        """The first block of an imported item that had none, in place: in the inline document
        the reader takes as the body (the first XHTML or NITF ``inlineXML``, even an empty one),
        else in a new XHTML body."""
        content_set = self._container(g2("contentSet"))
        region = _first_inline_body(content_set)
        if region is None:
            inline = etree.SubElement(content_set, g2("inlineXML"), contenttype="application/xhtml+xml")
            html = etree.SubElement(inline, f"{{{XHTML}}}html", nsmap={None: XHTML})
            etree.SubElement(etree.SubElement(html, f"{{{XHTML}}}head"), f"{{{XHTML}}}title").text = (
                # None, not "": an empty text is serialised as <title></title>, read back as <title/>.
                self.item.headline or None
            )
            region = etree.SubElement(html, f"{{{XHTML}}}body")
        first = _new_child(region, _block_tag(region, self.item.body[0].kind))
        region.append(first)
        first.text = self.item.body[0].text
        return first

    def _add_missing(self) -> None:
        """Values the source had no element for: added where the schema orders them."""
        for field in (*_DATES, "pub_status", "urgency", *_SINGLE_TEXTS, *_RIGHTS_TEXTS, "provider"):
            value = self.values.get(field)
            if value is None or field in self.done:
                continue
            placement = PLACEMENTS[field]
            assert placement.container is not None
            container = self._container(placement.container)
            element = _new_child(container, placement.name)
            _fill_new(element, field, value)
            insert_ranked(container, element)
        for field in ("signals", "subjects", "source_ids", "renditions"):
            values = self.values.get(field) or []
            placement = PLACEMENTS[field]
            assert placement.container is not None
            last = self.last_of.get(field)
            for value in values[self.count_of.get(field, 0) :]:
                container = self._container(placement.container)
                element = _new_child(container, placement.name)
                _fill_new(element, field, value)
                if last is not None:
                    last.addnext(element)
                else:
                    insert_ranked(container, element)
                last = element

    def _container(self, name: str) -> Element:
        found = self.root.find(name)
        if found is None:
            found = _new_child(self.root, name)
            insert_ranked(self.root, found)
        return found


# --- one element ------------------------------------------------------------------------------


def _render(slot: Element, field: str, value: Any) -> None:
    """Put the model's ``value`` into the slot of ``field``, in place."""
    if field in ("version_created", "first_created", "embargo", "content_created", "sent"):
        slot.text = date_text(value, slot.get(LEXICAL))
    elif field in ("urgency", "priority"):
        lexical = slot.get(LEXICAL)
        slot.text = lexical if lexical is not None and lexical.strip() == str(value) else str(value)
    elif field == "pub_status":
        slot.set("qcode", PUB_STATUS_SCHEME + value.value)
    elif field == "signals":
        _set_qcode(slot, value)
    elif field == "language":
        slot.set("tag", value)
    elif field in ("provider", "copyright_holder"):
        _named(slot, value)
    elif field == "subjects":
        _set_qcode(slot, value.qcode)
        _named(slot, value.name)
    elif field == "source_ids":
        slot.set("type", value.type)
        _holder_content(slot, value.value)
    elif field == "renditions":
        _rendition_attributes(slot, value)
    else:
        _holder_content(slot, _scalar_text(value))


def _fill_new(element: Element, field: str, value: Any) -> None:
    """An element for a value the source had no element for."""
    if field in _DATES:
        element.text = format_g2_date(value)
    elif field == "pub_status":
        element.set("qcode", PUB_STATUS_SCHEME + value.value)
    elif field == "signals":
        _set_qcode(element, value)
    elif field in ("provider", "copyright_holder"):
        etree.SubElement(element, g2("name")).text = value
    elif field == "subjects":
        _set_qcode(element, value.qcode)
        if value.name is not None:
            etree.SubElement(element, g2("name")).text = value.name
    elif field == "source_ids":
        element.set("type", value.type)
        element.text = value.value
    elif field == "renditions":
        _rendition_attributes(element, value)
    else:
        element.text = _scalar_text(value)


def _first_inline_body(content_set: Element) -> Element | None:
    """The block container of the first XHTML or NITF ``inlineXML``: where the reader looks."""
    for inline in content_set.iterfind(g2("inlineXML")):
        documents = [child for child in inline if isinstance(child.tag, str)]
        if len(documents) == 1 and etree.QName(documents[0]).localname in ("html", "nitf"):
            return body_region(documents[0])
    return None


def _set_qcode(element: Element, qcode: str) -> None:
    """A QCode as G2 can hold it: a ``qcode``, or for an empty code (``scheme:``, which G2's QCode
    type refuses) the ``uri`` the native writer uses too, read back as the same QCode."""
    scheme, _, code = qcode.partition(":")
    element.attrib.pop("uri" if code else "qcode", None)
    if code:
        element.set("qcode", qcode)
    else:
        element.set("uri", EMPTY_CODE_URI + scheme)


def _holds_more(element: Element) -> bool:
    """Whether an element has anything besides the slot marks: attributes, children or text."""
    return (
        any(name not in SLOT_ATTRIBUTES for name in element.attrib)
        or len(element) > 0
        or bool((element.text or "").strip())
    )


def _rendition_attributes(element: Element, rendition: Any) -> None:
    for attribute, field in (
        ("href", "href"),
        ("rendition", "rendition"),
        ("contenttype", "content_type"),
        ("width", "width"),
        ("height", "height"),
        ("size", "size"),
    ):
        value = getattr(rendition, field)
        if value is not None:
            element.set(attribute, str(value))


def _named(element: Element, name: str | None) -> None:
    """A concept's first ``name`` (a slot inside it) filled with ``name``, or added; or, for no
    name, every ``name`` dropped: the reader takes the first one, so a second would take the
    dropped one's place."""
    slot = next((child for child in element if is_slot(child)), None)
    if slot is not None and name is not None:
        unmark(slot)
        _holder_content(slot, name)
    elif name is None:
        for child in list(element):
            if child.tag == _NAME:
                _remove(child)
    else:
        first = _new_child(element, g2("name"))
        first.text = name
        element.insert(0, first)


def _holder_content(element: Element, value: str) -> None:
    """The source's content (markup, edge whitespace) while it says ``value``; else plain text."""
    kept = element.text is not None or len(element) > 0
    if not (kept and text_content(element).strip() == value):
        _clear(element)
        element.text = value


def _clear(element: Element) -> None:
    for child in list(element):
        element.remove(child)
    element.text = None


def _scalar_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat"):
        return format_g2_date(value)
    return str(value)


def _new_child(parent: Element, tag: str) -> Element:
    """A new, detached element for ``tag`` that reuses the prefixes in scope at ``parent``, so a
    default G2 namespace stays a default namespace. lxml may pick a prefix that an inner element
    rebinds to another namespace (seen in an agency file binding ``xsi`` to the G2 namespace on
    the root and to NITF's inside): then the element declares a prefix of its own."""
    element = etree.SubElement(parent, tag)
    parent.remove(element)
    namespace = etree.QName(tag).namespace
    if namespace is not None and parent.nsmap.get(element.prefix) != namespace:
        element = etree.Element(tag, nsmap={"g2": namespace} if namespace == G2 else {"ns": namespace})
    return element


def _remove(slot: Element) -> None:
    """Drop a slot whose value is gone, keeping the text that followed it."""
    parent = slot.getparent()
    if parent is None:
        return
    previous = slot.getprevious()
    if slot.tail and slot.tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + slot.tail
        else:
            parent.text = (parent.text or "") + slot.tail
    parent.remove(slot)


def _new_block(parent: Element, block: Block) -> None:
    element = _new_child(parent, _block_tag(parent, block.kind))
    parent.append(element)
    element.text = block.text


def _block_tag(near: Element, kind: BlockKind) -> str:
    """The element a block of ``kind`` is written as beside or inside ``near``, named so that the
    reader gives the kind back: ``p``, or a caption (NITF's ``media-caption``, else XHTML's
    ``figcaption``), in ``near``'s namespace."""
    qname = etree.QName(near)
    name = "p"
    if kind is BlockKind.CAPTION:
        parent = near.getparent()
        names = (qname.localname, "" if parent is None else etree.QName(parent).localname)
        in_nitf = "body.content" in names
        name = "media-caption" if in_nitf else "figcaption"
    return f"{{{qname.namespace}}}{name}" if qname.namespace else name


def _template(raw: str, field: str) -> Element:
    try:
        document = parse_xml(raw.encode("utf-8"), source=None)
    except NewsmlKitError as exc:
        raise WriteError(f"{field} is not well-formed XML: {exc}", Location(field=field)) from None
    return document.root


__all__ = ["write_item", "write_message"]
