"""Hypothesis strategies for agency NewsML-G2: the documents publishing systems import.

Reading one gives a ``NewsItem`` (or ``Message``) that carries the agency's own XML in ``raw_g2``,
so these strategies are how the laws reach ``raw_g2``: every generated element the model does not
map (item class, generator, edNote, keywords, links, genre, a NITF head...) must be written back
where it was. Documents follow the official 2.35 XSD's element order; some carry the spellings
agencies really send that the reader repairs with a warning (``+0100`` offsets, dates without a
zone or with edge whitespace), and those are not schema-valid.
"""

from __future__ import annotations

import functools
import string
from datetime import datetime

from hypothesis import strategies as st
from lxml import etree

from support.strategies import (
    body_texts,
    full_qcodes,
    joined,
    languages,
    non_empty_texts,
    offsets,
    partial_dates,
    qcodes,
    run_of,
    tag_guids,
    texts,
    uris,
)

G2 = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
Element = etree._Element

# Values that must stay schema-valid whatever the text strategies do, spelled as runs of their
# character classes (AGENCY_REGEXES: the expressions they spell, checked by tests/test_test_setup.py).
_LETTERS = string.ascii_letters
tokens = joined(run_of(_LETTERS, 1, 1), run_of(_LETTERS + string.digits + "_.-", 0, 10))
_urn_guids = joined(
    "urn:", run_of(string.ascii_lowercase, 1, 8), ":", run_of(_LETTERS + string.digits + ":._-", 1, 20)
)
guids = _urn_guids | tag_guids
AGENCY_REGEXES: dict[str, tuple[st.SearchStrategy[str], str]] = {
    "agency tokens": (tokens, r"[A-Za-z][A-Za-z0-9_.-]{0,10}"),
    "agency guids": (guids, r"urn:[a-z]{1,8}:[A-Za-z0-9:._-]{1,20}|tag:[a-z.]{1,10},20[0-9]{2}:[!-~]{1,20}"),
}


@functools.cache
def _pick(*values: str) -> st.SearchStrategy[str]:
    """``sampled_from(values)``, built once per list of values (not on every draw)."""
    return st.sampled_from(values)


def g2(name: str) -> str:
    return f"{{{G2}}}{name}"


def _child(parent: Element, name: str, text: str | None = None, **attributes: str) -> Element:
    element = etree.SubElement(parent, name, attributes)
    element.text = text
    return element


_DATETIMES = st.datetimes(datetime(1900, 1, 1), datetime(2100, 12, 31), timezones=offsets)
_TIMESPECS = st.sampled_from(["seconds", "milliseconds"])


@st.composite
def _date_spellings(draw: st.DrawFn, valid: bool) -> str:
    value: datetime = draw(_DATETIMES)
    offset = value.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    base = value.replace(tzinfo=None).isoformat(timespec=draw(_TIMESPECS))
    zones = [f"{sign}{hours:02}:{mins:02}"] + (["Z"] if minutes == 0 else [])
    spellings = [base + zone for zone in zones]
    if not valid:
        spellings += [f"{base}{sign}{hours:02}{mins:02}", base, f" {base}Z\n"]
    return spellings[draw(st.integers(0, len(spellings) - 1))]  # as sampled_from(spellings) draws


@functools.cache
def date_spellings(*, valid: bool) -> st.SearchStrategy[str]:
    """A date-time as agencies write it; with ``valid=False`` also as they should not."""
    return _date_spellings(valid)


_CREATED = {valid: date_spellings(valid=valid) | partial_dates().map(str) for valid in (True, False)}
# A paragraph's text: never only whitespace.
_PARAGRAPH_TEXTS = body_texts.map(lambda t: t if t.strip() else "x")


def label(draw: st.DrawFn, parent: Element, tag: str, *, markup: bool) -> Element:
    """A text element, its text sometimes with edge whitespace or split by an inline ``span``."""
    text = draw(non_empty_texts)
    element = _child(parent, tag)
    if markup and len(text) > 1 and draw(st.booleans()):
        cut = draw(st.integers(1, len(text) - 1))
        element.text = text[:cut]
        span = _child(element, g2("span"), draw(non_empty_texts))
        span.tail = text[cut:]
    else:
        padding = draw(_pick("", " ", "\n  "))
        element.text = padding + text + padding
    return element


def item_meta(draw: st.DrawFn, item: Element, *, valid: bool) -> None:
    meta = _child(item, g2("itemMeta"))
    _child(meta, g2("itemClass"), qcode=draw(_pick("ninat:text", "ninat:picture")))
    provider = _child(meta, g2("provider"), qcode="nprov:" + draw(tokens))
    if draw(st.booleans()):
        _child(provider, g2("name"), draw(non_empty_texts))
    _child(meta, g2("versionCreated"), draw(date_spellings(valid=valid)))
    for name in ("firstCreated", "embargoed"):
        if draw(st.booleans()):
            _child(meta, g2(name), draw(date_spellings(valid=valid)))
    if draw(st.booleans()):
        status = draw(_pick("usable", "withheld", "canceled"))
        _child(meta, g2("pubStatus"), qcode=f"stat:{status}")
    if draw(st.booleans()):
        _child(meta, g2("generator"), draw(tokens), versioninfo=draw(_pick("1.0", "2.3.1")))
    if draw(st.booleans()):
        _child(meta, g2("edNote"), draw(non_empty_texts))
    for _ in range(draw(st.integers(0, 2))):
        _child(meta, g2("signal"), qcode=draw(full_qcodes if valid else qcodes))
    for _ in range(draw(st.integers(0, 1))):
        _child(meta, g2("link"), rel="irel:seeAlso", href=draw(uris))


def content_meta(draw: st.DrawFn, item: Element, *, valid: bool) -> None:
    meta = _child(item, g2("contentMeta"))
    if draw(st.booleans()):
        _child(meta, g2("urgency"), str(draw(st.integers(1, 9))))
    if draw(st.booleans()):
        created = draw(_CREATED[valid])
        _child(meta, g2("contentCreated"), created)
    if draw(st.booleans()):
        creator = _child(meta, g2("creator"), qcode="nprov:" + draw(tokens))
        _child(creator, g2("name"), draw(non_empty_texts))
    for _ in range(draw(st.integers(0, 2))):
        _child(meta, g2("altId"), draw(non_empty_texts).strip() or "x", type="idType:" + draw(tokens))
    if draw(st.booleans()):
        _child(meta, g2("language"), tag=draw(languages))
    if draw(st.booleans()):
        genre = _child(meta, g2("genre"), qcode="genre:" + draw(tokens))
        _child(genre, g2("name"), draw(non_empty_texts))
    for _ in range(draw(st.integers(0, 2))):
        _child(meta, g2("keyword"), draw(non_empty_texts))
    for _ in range(draw(st.integers(0, 3))):
        subject = _child(meta, g2("subject"), qcode=draw(full_qcodes if valid else qcodes))
        if draw(st.booleans()):
            subject.set("type", "cpnat:abstract")
        for _ in range(draw(st.integers(0, 2))):
            _child(subject, g2("name"), draw(non_empty_texts))
    if draw(st.booleans()):
        _child(meta, g2("slugline"), draw(non_empty_texts))
    for name, markup in (("headline", True), ("dateline", False), ("by", False), ("creditline", False)):
        if draw(st.booleans()):
            label(draw, meta, g2(name), markup=markup)
    if draw(st.booleans()):
        _child(meta, g2("description"), draw(non_empty_texts), role="drol:summary")


def rights_info(draw: st.DrawFn, item: Element) -> None:
    if not draw(st.booleans()):
        return
    rights = _child(item, g2("rightsInfo"))
    if draw(st.booleans()):
        holder = _child(rights, g2("copyrightHolder"), uri=draw(uris))
        if draw(st.booleans()):
            _child(holder, g2("name"), draw(non_empty_texts))
    for name in ("copyrightNotice", "usageTerms"):
        if draw(st.booleans()):
            _child(rights, g2(name), draw(non_empty_texts))


def paragraph(draw: st.DrawFn, parent: Element, tag: str, inline: str) -> None:
    """A block with text, sometimes with an inline element (``b``, ``a``) inside it."""
    element = _child(parent, tag, draw(_PARAGRAPH_TEXTS))
    if draw(st.integers(0, 3)) == 0:
        inner = _child(element, inline, draw(non_empty_texts))
        inner.tail = draw(texts) or None


def content_set(draw: st.DrawFn, item: Element) -> None:
    body = draw(_pick("xhtml", "nitf", "plain", "none"))
    renditions = draw(st.integers(0, 2))
    if body == "none" and not renditions:
        return
    contents = _child(item, g2("contentSet"))
    count = draw(st.integers(0, 6))
    if body == "xhtml":
        inline = _child(contents, g2("inlineXML"), contenttype="application/xhtml+xml")
        html = etree.SubElement(inline, f"{{{XHTML}}}html", nsmap={None: XHTML})
        _child(_child(html, f"{{{XHTML}}}head"), f"{{{XHTML}}}title", draw(texts) or None)
        region = _child(html, f"{{{XHTML}}}body")
        for _ in range(count):
            tag = draw(_pick("p", "p", "h2", "figcaption"))
            paragraph(draw, region, f"{{{XHTML}}}{tag}", f"{{{XHTML}}}b")
    elif body == "nitf":
        inline = _child(contents, g2("inlineXML"), contenttype="application/nitf+xml")
        nitf = etree.SubElement(inline, f"{{{NITF}}}nitf", nsmap={None: NITF})
        head = _child(nitf, f"{{{NITF}}}head")
        _child(head, f"{{{NITF}}}title", draw(texts) or None)
        region = _child(_child(nitf, f"{{{NITF}}}body"), f"{{{NITF}}}body.content")
        for _ in range(count):
            paragraph(draw, region, f"{{{NITF}}}p", f"{{{NITF}}}em")
    elif body == "plain":
        paragraphs = [draw(_PARAGRAPH_TEXTS) for _ in range(count)]
        _child(contents, g2("inlineData"), "\n\n".join(paragraphs) or None, contenttype="text/plain")
    for _ in range(renditions):
        remote = _child(contents, g2("remoteContent"), href=draw(uris))
        if draw(st.booleans()):
            remote.set("rendition", "rnd:" + draw(tokens))
        if draw(st.booleans()):
            remote.set("contenttype", draw(_pick("image/jpeg", "video/mp4")))
        for attribute in ("width", "height", "size"):
            if draw(st.booleans()):
                remote.set(attribute, str(draw(st.integers(0, 10**6))))


def agency_item_elements(draw: st.DrawFn, *, valid: bool, nsmap: dict[str | None, str]) -> Element:
    item = etree.Element(g2("newsItem"), nsmap=nsmap)
    item.set("guid", draw(guids))
    item.set("version", str(draw(st.integers(1, 2**31))))
    item.set("standard", "NewsML-G2")
    item.set("standardversion", draw(_pick("2.12", "2.25", "2.35")))
    item.set("conformance", "power")
    if draw(st.booleans()):
        item.set(XML_LANG, draw(languages))
    _child(item, g2("catalogRef"), href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml")
    rights_info(draw, item)
    item_meta(draw, item, valid=valid)
    content_meta(draw, item, valid=valid)
    content_set(draw, item)
    return item


_NAMESPACES: list[dict[str | None, str]] = [{None: G2}, {"g2": G2}, {"n": G2, "x": XHTML}]
_NAMESPACE_CHOICES = st.sampled_from(_NAMESPACES)


@st.composite
def agency_items(draw: st.DrawFn, *, valid: bool | None = None) -> bytes:
    """An agency ``newsItem`` document; ``valid`` True keeps it to schema-valid spellings, False
    allows the repairable ones, None draws either."""
    valid = draw(st.booleans()) if valid is None else valid
    root = agency_item_elements(draw, valid=valid, nsmap=draw(_NAMESPACE_CHOICES))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@st.composite
def agency_messages(draw: st.DrawFn, *, valid: bool | None = None) -> bytes:
    """An agency ``newsMessage``: a header and zero to three news items."""
    valid = draw(st.booleans()) if valid is None else valid
    nsmap = draw(_NAMESPACE_CHOICES)
    root = etree.Element(g2("newsMessage"), nsmap=nsmap)
    header = _child(root, g2("header"))
    _child(header, g2("sent"), draw(date_spellings(valid=valid)))
    if draw(st.booleans()):
        _child(header, g2("sender"), draw(tokens))
    if draw(st.booleans()):
        _child(header, g2("transmitId"), draw(tokens))
    if draw(st.booleans()):
        _child(header, g2("priority"), str(draw(st.integers(1, 9))))
    if draw(st.booleans()):
        _child(header, g2("origin"), draw(tokens))
    item_set = _child(root, g2("itemSet"))
    for _ in range(draw(st.integers(0, 3))):
        item_set.append(agency_item_elements(draw, valid=valid, nsmap=nsmap))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
