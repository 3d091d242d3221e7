"""Awards conferred: an honour or prize named in a sentence that confers it ("was knighted",
"was awarded the OBE", "received a CBE", "New Year Honours"); the recipient is the person the
sentence names before the verb, or the nearest one."""

from __future__ import annotations

import re

from newsml_kit.extract.core import AwardFinding, Extraction, Ref, Span
from newsml_kit.extract.en.grammar import sentence_bounds
from newsml_kit.extract.en.vocab import vocab

_HONOURS_RE = re.compile(r"\b(?:[Hh]onours?|[Hh]onoured)\b")


def find_awards(ex: Extraction) -> None:
    v = vocab()
    seen: set[tuple[str, Ref | None]] = set()
    for index, view in enumerate(ex.views):
        text = view.text
        for match in v.award_names_re.finditer(text):
            start, end = sentence_bounds(text, match.start())
            sentence = text[start:end]
            verb = v.award_verbs.search(sentence)
            if verb is None and _HONOURS_RE.search(sentence) is None and match.group() not in ("knighted",):
                continue
            name = v.award_names[match.group()]
            recipient = _recipient(ex, index, start, end, start + verb.start() if verb else match.start())
            key = (name, recipient)
            if key in seen:
                continue
            seen.add(key)
            person = ex.find(*recipient) if recipient is not None else None
            recipients = [(person.preferred_name(), recipient)] if person is not None else []
            span = Span(index, match.start(), match.end())
            ex.awards.append(AwardFinding(name, None, recipients, None, span))


def _recipient(ex: Extraction, block: int, start: int, end: int, pivot: int) -> Ref | None:
    """The person mentioned last before ``pivot`` in the sentence, else the first after it."""
    before: tuple[int, Ref] | None = None
    after: tuple[int, Ref] | None = None
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            if span.block != block or not start <= span.start < end:
                continue
            ref = (cluster.kind, cluster.key)
            if span.start < pivot and (before is None or span.start > before[0]):
                before = (span.start, ref)
            elif span.start >= pivot and (after is None or span.start < after[0]):
                after = (span.start, ref)
    chosen = before or after
    return chosen[1] if chosen else None
