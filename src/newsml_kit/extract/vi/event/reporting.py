"""The paragraphs and sentences that report the event once it is found, and the words by which
they name it again ("hội nghị" for "Hội nghị giao ban ...", "lễ" for a ceremony)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.patterns import _CLASSIFIER_RE, _REPORTING
from newsml_kit.extract.vi.grammar import sentence_bounds
from newsml_kit.extract.vi.vocab import vocab
from newsml_kit.model import BlockKind

_CEREMONY_RE = re.compile(r"(?:buổi )?lễ\b(?! hội)")


def _named_again(finding: EventFinding) -> re.Pattern[str]:
    """The event's head as the text names it again, in lower case: "hội nghị" for "Hội nghị giao
    ban ..."; a ceremony as "lễ" or "buổi lễ" ("sau lễ khai mạc", "tại buổi lễ")."""
    heads = vocab().event_heads
    head_match = heads.match(finding.name)
    head = (head_match.group() if head_match else finding.name).lower()
    # The head's shortest form that is a head too, without its classifier: "hội nghị trực tuyến"
    # is named again as "hội nghị", "cuộc họp báo" as "họp báo".
    words = _CLASSIFIER_RE.sub("", head, count=1).split()
    shorter = (" ".join(words[:k]) for k in range(1, len(words)))
    head = next((form for form in shorter if heads.fullmatch(form)), head)
    return re.compile(r"(?<!\w)lễ(?!\w)" if _CEREMONY_RE.match(head) else re.escape(head))


def _reporting_sentences(
    ex: Extraction, finding: EventFinding, prose: list[int], after: int = 2
) -> Iterator[tuple[int, str, int, int]]:
    """The sentences (block, text, start, end) of the event's paragraph and the ``after`` after it."""
    for index in prose:
        if not finding.span.block <= index <= finding.span.block + after:
            continue
        text = ex.views[index].text
        start = 0
        while start < len(text):
            _, sentence_end = sentence_bounds(text, start)
            yield index, text, start, sentence_end
            start = sentence_end + 2  # past the full stop and its space


def _report(ex: Extraction, finding: EventFinding) -> list[int]:
    """The paragraphs, captions aside, up to some after the event's own."""
    end = min(finding.span.block + _REPORTING, len(ex.views))
    return [i for i in range(end) if ex.blocks[i].kind is not BlockKind.CAPTION]
