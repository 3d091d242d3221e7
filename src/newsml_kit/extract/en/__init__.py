"""The English pack: the grammar of English news reports.

One module per finder, run in the order of ``RULER``: the layout (dateline, byline, credits)
first, then people (so that an organisation or place never swallows a name), organisations,
places, dates, documents, awards, and the event last, which links the entities and dates of its
sentences. The vocabularies are the tables of ``extract/data/en/``, compiled in ``vocab``.
"""

from __future__ import annotations

from newsml_kit.extract.core import Ruler
from newsml_kit.extract.en.awards import find_awards
from newsml_kit.extract.en.credits import find_credits_and_byline
from newsml_kit.extract.en.dates import find_dates
from newsml_kit.extract.en.documents import find_documents
from newsml_kit.extract.en.event import find_event
from newsml_kit.extract.en.organisations import find_organisations
from newsml_kit.extract.en.people import find_people
from newsml_kit.extract.en.places import find_places
from newsml_kit.extract.en.vocab import LANG, Vocab, vocab

RULER = Ruler(
    [
        ("credits", find_credits_and_byline),
        ("people", find_people),
        ("organisations", find_organisations),
        ("places", find_places),
        ("dates", find_dates),
        ("documents", find_documents),
        ("awards", find_awards),
        ("event", find_event),
    ]
)


__all__ = ["LANG", "RULER", "Vocab", "vocab"]
