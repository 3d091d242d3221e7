"""Numbered documents: "Resolution 1441", "Directive 2001/29/EC". An instrument named without a
number ("the Succession to the Crown Bill") is no numbered document and is left out."""

from __future__ import annotations

from newsml_kit.extract.core import DocumentFinding, Extraction, Span
from newsml_kit.extract.en.vocab import vocab, words


def find_documents(ex: Extraction) -> None:
    v = vocab()
    seen: dict[str, DocumentFinding] = {}
    types = words("document_types")
    for index, view in enumerate(ex.views):
        if not any(word in view.text for word in types):
            # Most paragraphs name no instrument: a few substring tests pass them by, quicker than
            # the pattern (and than finding which paragraphs hold a digit, as the number needs)
            continue
        for match in v.document_types.finditer(view.text):
            number = match.group(2)
            if len(number) == 4 and number.isdigit() and match.group(1) in ("Act", "Bill"):
                continue  # "the 1949 Parliament Act" order aside, "Act 1998" is a year
            span = Span(index, match.start(), match.end())
            found = seen.get(number)
            if found is None:
                found = DocumentFinding(match.group(1), number, None, None, [])
                seen[number] = found
                ex.documents.append(found)
            found.spans.append(span)
