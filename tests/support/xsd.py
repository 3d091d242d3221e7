"""XSDs for the tests, each compiled once per session, by both engines."""

from __future__ import annotations

import functools
from pathlib import Path

import xmlschema
from lxml import etree


@functools.cache
def lxml_schema(path: Path) -> etree.XMLSchema:
    # Parsed from its real path, so that relative xs:imports resolve.
    return etree.XMLSchema(etree.parse(str(path)))


@functools.cache
def xmlschema_schema(path: Path) -> xmlschema.XMLSchema:
    # allow='local' and defuse='always': validation never fetches anything (DESIGN.md 6).
    return xmlschema.XMLSchema(str(path), allow="local", defuse="always")
