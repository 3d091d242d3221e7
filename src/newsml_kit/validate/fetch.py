"""``newsml-kit schemas fetch``: the official NewsML-G2 2.35 XSD, downloaded once into the user cache.

The project cannot bundle IPTC's XSD; this puts a verified copy where the validator looks for it. Each
file is checked against a pinned SHA-256 before anything is written, and written atomically: a failed
or tampered download leaves the cache as it was.
"""

from __future__ import annotations

import hashlib
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Final

from newsml_kit.errors import Location, NewsmlKitError
from newsml_kit.fileio import atomic_write

DEFAULT_BASE_URL: Final = "https://www.iptc.org/std/NewsML-G2/2.35/specification/"
URL_ENV: Final = "NEWSML_KIT_SCHEMA_URL"
G2_XSD: Final = "NewsML-G2_2.35-spec-All-Power.xsd"
# The main schema imports xml.xsd from its own folder, so both are kept side by side.
PINNED: Final = {
    "xml.xsd": "61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c",
    G2_XSD: "06ef1c5076a32f2568ac8955994029890afac0268f795e3c26642ded52cf0181",
}
_MAX_BYTES: Final = 16 * 1024 * 1024
_TIMEOUT_SECONDS: Final = 60


class FetchError(NewsmlKitError):
    """A download that failed or did not match its pinned checksum."""

    code = "NK-VAL-009"


def cache_dir() -> Path:
    """Where fetched schemas live: ``$XDG_CACHE_HOME/newsml-kit/schemas/newsml-g2-2.35``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsml-kit" / "schemas" / "newsml-g2-2.35"


def fetched_g2_xsd() -> Path | None:
    """The fetched official XSD, if ``schemas fetch`` has run (both files present)."""
    folder = cache_dir()
    if all((folder / name).is_file() for name in PINNED):
        return folder / G2_XSD
    return None


def fetch(base_url: str | None = None, timeout: float = _TIMEOUT_SECONDS) -> Path:
    """Download, verify and install the official XSD and its import; the installed XSD's path."""
    base = base_url or os.environ.get(URL_ENV) or DEFAULT_BASE_URL
    if not base.endswith("/"):
        base += "/"
    if urllib.parse.urlsplit(base).scheme not in {"http", "https"}:
        raise FetchError(f"schema URL must be http or https, not {base!r}")
    contents = {name: _download(urllib.parse.urljoin(base, name), timeout) for name in PINNED}
    for name, data in contents.items():
        digest = hashlib.sha256(data).hexdigest()
        if digest != PINNED[name]:
            raise FetchError(
                f"checksum mismatch for {name}: SHA-256 {digest}, expected {PINNED[name]}; "
                "nothing was written",
                Location(urllib.parse.urljoin(base, name)),
            )
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(
            f"cannot create cache folder: {exc.strerror or exc}", Location(str(folder))
        ) from None
    for name in sorted(PINNED, key=lambda name: name == G2_XSD):  # the import first, the main XSD last
        atomic_write(folder / name, contents[name])
    return folder / G2_XSD


def _download(url: str, timeout: float) -> bytes:
    where = Location(url)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data: bytes = response.read(_MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"download failed: HTTP {exc.code} {exc.reason}", where) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"download failed: {reason}", where) from None
    if len(data) > _MAX_BYTES:
        raise FetchError(f"download is larger than {_MAX_BYTES} bytes; refused", where)
    return data
