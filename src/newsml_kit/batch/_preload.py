"""Imported once by the local pool's server process before it forks any worker: the converters and the
tables extraction builds on first use, so that every worker starts warm (sharing them copy-on-write)
instead of each building them again."""

import contextlib

from newsml_kit.batch.worker import warm_up

# A failure here would take the server down with it; the first file converted reports it instead.
with contextlib.suppress(Exception):
    warm_up()
