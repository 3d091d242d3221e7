"""The Vietnamese pack: the grammar of Vietnamese institutional news reports.

One module per finder, run in the order of ``RULER`` (a later finder uses what an earlier one
found: people are known before organisations so that "Ủy ban Tư pháp Quốc hội Lê Thị Nga" ends
before the name; the event comes last and links the entities and dates of its sentences). The
vocabularies are the tables of ``extract/data/vi/``, compiled in ``vocab``.
"""

from __future__ import annotations

from newsml_kit.extract.core import Ruler
from newsml_kit.extract.vi.awards import find_awards
from newsml_kit.extract.vi.credits import find_credits_and_byline
from newsml_kit.extract.vi.dates import find_dates
from newsml_kit.extract.vi.documents import find_documents
from newsml_kit.extract.vi.event import find_event
from newsml_kit.extract.vi.organisations import find_organisations
from newsml_kit.extract.vi.people import find_people
from newsml_kit.extract.vi.places import find_places
from newsml_kit.extract.vi.vocab import LANG, Vocab, vocab

RULER = Ruler(
    [
        ("credits", find_credits_and_byline),
        ("people", find_people),
        ("places", find_places),
        ("organisations", find_organisations),
        ("dates", find_dates),
        ("documents", find_documents),
        ("awards", find_awards),
        ("event", find_event),
    ]
)


__all__ = ["LANG", "RULER", "Vocab", "vocab"]
