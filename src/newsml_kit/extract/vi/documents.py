"""Numbered documents: ``<type> [số] <number> [ngày <date>] [của <issuer>]``, and a short
``<type> số <n>`` (``Nghị quyết 29`` for the kinds cited by a bare number) that refers back to one
of them or stands alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsml_kit.extract.core import DocumentFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.dates import make_date
from newsml_kit.extract.vi.grammar import holds_any
from newsml_kit.extract.vi.vocab import vocab


def find_documents(ex: Extraction) -> None:
    v = vocab()
    full, short = v.documents, v.short_documents
    found: dict[str, int] = {}
    for index, view in enumerate(ex.views):
        text = view.text
        if index not in ex.with_digits or ("/" not in text and "-" not in text):
            continue  # a document's number holds a digit and a slash or a dash ("12-NQ/TW")
        for m in full.finditer(text):
            date = None
            if m.group(3):
                day, month, year = (int(p) for p in re.findall(r"\d+", m.group(3)))
                date = make_date(year, month, day)
            issuer = _issuer_after(ex, index, m.end())
            key = re.sub(r"[\s-]", "", m.group(2)).casefold()
            if key in found:
                ex.documents[found[key]].spans.append(Span(index, m.start(), m.end()))
                continue
            found[key] = len(ex.documents)
            ex.documents.append(
                DocumentFinding(m.group(1), m.group(2), date, issuer, [Span(index, m.start(), m.end())])
            )
    bare = holds_any(ex, v.bare_documents)  # a kind cited by a bare number: one test per article
    for index, view in enumerate(ex.views):
        text = view.text
        if index not in ex.with_digits:
            continue  # what a short reference needs: most paragraphs have none
        if " số " in text:
            _short_references(ex, index, short.finditer(text))
        if bare and any(kind in text for kind in v.bare_documents):
            _short_references(ex, index, v.bare_number_documents.finditer(text))


def _short_references(ex: Extraction, index: int, matches: Iterator[re.Match[str]]) -> None:
    """``Nghị quyết số 29``, ``Nghị quyết 29``: one of the documents found, or one of its own."""
    for m in matches:
        kind, number = m.group(1), m.group(2)
        same = [
            i for i, doc in enumerate(ex.documents) if doc.kind == kind and str(doc.number).startswith(number)
        ]
        span = Span(index, m.start(), m.end())
        if same:
            ex.documents[same[0]].spans.append(span)
        else:
            issuer = _issuer_after(ex, index, m.end())
            ex.documents.append(DocumentFinding(kind, number, None, issuer, [span]))


def _issuer_after(ex: Extraction, block: int, position: int) -> Ref | None:
    text = ex.views[block].text
    if not text.startswith(" của ", position):
        return None
    start = position + len(" của ")
    for cluster in ex.of_kind("organisation"):
        if any(span.block == block and span.start == start for span in cluster.spans):
            return ("organisation", cluster.key)
    return None
