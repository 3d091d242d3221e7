"""How the project's own tools open the review page in a headless Debian chromium (the browser
tests, ``bench/review.py``, ``scripts/review_screenshot.py``): where it is, and the flags that keep
it from reaching anything but the page."""

from __future__ import annotations

import os
from typing import Final

CHROMIUM: Final = os.environ.get("NEWSML_KIT_CHROMIUM", "/usr/bin/chromium")
"""Debian's chromium, or the one ``$NEWSML_KIT_CHROMIUM`` names."""

CHROMIUM_ARGS: Final = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
