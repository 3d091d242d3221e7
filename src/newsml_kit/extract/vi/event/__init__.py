"""The main event, from the lede: the first paragraph that reports one (``ORG tổ chức EVENT``,
``EVENT diễn ra``, ``X có buổi làm việc ...``, ``X đến thăm và làm việc với ...``, ``Phát biểu tại
EVENT``, ``X chủ trì EVENT``, ``X khai trương Y``, ``..., tại EVENT, ...``), with its date, place,
organisers, chair and guest of honour from the sentences that report it. An event of an earlier
year, or told of "hồi tháng ...", is cited rather than reported; an article without one has none.

``find_event`` runs the steps; each module has one job, and imports only from those listed after
it: ``lede`` (which paragraph and sentence report the event, and a fuller report of it later),
``frames`` and ``visits`` (the frames that read an event in a sentence), ``finding`` (one
finding's name, kind, day and place in its sentence), ``roles`` (chair and guest of honour),
``organisers``, ``where``, ``when``, ``name`` (where the name ends), ``reporting`` (the sentences
that report the event, and how they name it again), ``found`` (what the finders found at a
position) and ``patterns`` (the regexes and word patterns several of them read). Their helpers
keep their underscores: they are this package's own, not its API."""

from __future__ import annotations

from newsml_kit.extract.core import Extraction
from newsml_kit.extract.vi.event.lede import _first_finding, _named_in_full_later
from newsml_kit.extract.vi.event.name import _fullest_name
from newsml_kit.extract.vi.event.organisers import _organiser_elsewhere
from newsml_kit.extract.vi.event.patterns import _LEDE, _OPENING
from newsml_kit.extract.vi.event.roles import _event_people
from newsml_kit.extract.vi.event.when import _date_elsewhere, _end_elsewhere
from newsml_kit.extract.vi.event.where import _place_elsewhere
from newsml_kit.extract.vi.vocab import vocab
from newsml_kit.model import BlockKind


def find_event(ex: Extraction) -> None:
    """The main event, from the opening paragraphs: what an organisation holds (``ORG tổ chức
    EVENT``), what happens (``EVENT diễn ra``), a meeting or visit (``X có buổi làm việc``, ``Đoàn
    công tác ... làm việc với X``), or what the people attend (``Dự Lễ khai mạc có ...``)."""
    v = vocab()
    prose = [i for i in range(min(_LEDE, len(ex.views))) if ex.blocks[i].kind is not BlockKind.CAPTION]
    # The opening paragraphs first; failing them the rest of the lede, where an archive's older
    # layout (headline and standfirst as the first two lines) puts the first paragraph of news.
    openings, rest = [i for i in prose if i < _OPENING], [i for i in prose if i >= _OPENING]
    for window in (openings, rest):
        finding = _first_finding(ex, v, window)
        if finding is not None:
            finding = _named_in_full_later(ex, v, finding, prose)
            _fullest_name(ex, finding, prose)
            _event_people(ex, finding)
            _place_elsewhere(ex, finding)
            _organiser_elsewhere(ex, finding)
            _date_elsewhere(ex, finding, prose)
            _end_elsewhere(ex, finding, prose)
            ex.event = finding
            return
