"""Names shared by the ninjs writer and reader (docs/ninjs.md): versions, roles, identifiers as URIs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final
from urllib.parse import quote, unquote

NINJS_VERSIONS: Final = ("2.2", "3.1")
"""The ninjs versions the writer produces; the reader takes 1.x to 3.x."""

SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json"

HEADLINE_ROLE: Final = "main"
BODY_ROLE: Final = "main"
BODY_TYPE: Final = "text/html"
SUMMARY_ROLE: Final = "summary"
CREDITLINE_ROLE: Final = "creditline"
PROVIDER_ROLE: Final = "provider"
ITEM_TYPE: Final = "text"

WRAPPED_PREFIX: Final = "urn:newsml-kit:"
"""A guid or href that is not an absolute URI (ninjs wants ``format: uri``) is written as
``urn:newsml-kit:<kind>:`` followed by its percent-encoded UTF-8, and read back exactly."""


@functools.cache
def _uri_check() -> Callable[[str], bool]:
    # The check jsonschema's format checker applies to "uri": what the written document must pass.
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=("uri",))
    return lambda value: checker.conforms(value, "uri")


def is_uri(value: str) -> bool:
    return _uri_check()(value)


def as_uri(value: str, kind: str) -> str:
    """``value`` itself when it is an absolute URI, else (or when it could be taken for a wrapped
    value) the URN that holds it."""
    prefix = f"{WRAPPED_PREFIX}{kind}:"
    if is_uri(value) and not value.startswith(prefix):
        return value
    return prefix + quote(value, safe="")


def from_uri(uri: str, kind: str) -> str:
    """The inverse of :func:`as_uri`; any other URI is returned as it is."""
    prefix = f"{WRAPPED_PREFIX}{kind}:"
    if not uri.startswith(prefix):
        return uri
    try:
        value = unquote(uri[len(prefix) :], errors="strict")
    except UnicodeDecodeError:
        return uri
    return value or uri
