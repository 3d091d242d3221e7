"""Validation of news documents: XSD (lxml or xmlschema engine), JSON Schema, and semantic lints.

One job per module:

* ``core``: one document, from bytes to a :class:`FileResult`;
* ``schemas``: which schema a document goes against, and the facts read from an XSD;
* ``engines``: the lxml and xmlschema engines, and the IDREF check libxml2 lacks;
* ``lints``: NewsML-G2 checks no XSD expresses (warnings);
* ``jsondocs``: canonical JSON and ninjs against their JSON Schemas;
* ``inputs``: files, folders, globs and stdin;
* ``report``: text, JSON, JUnit XML and GitHub annotations;
* ``fetch``: ``newsml-kit schemas fetch``.

Nothing here is imported by ``newsml-kit --help``; xmlschema and jsonschema are imported only when used.
"""

from __future__ import annotations

import os

from newsml_kit.errors import InputError, NoSchemaError, SchemaError
from newsml_kit.fileio import read_input
from newsml_kit.validate.core import FileResult, Options, validate_bytes
from newsml_kit.validate.schemas import SchemaChoice

__all__ = [
    "FileResult",
    "InputError",
    "NoSchemaError",
    "Options",
    "SchemaChoice",
    "SchemaError",
    "validate_bytes",
    "validate_path",
]


def validate_path(path: str | os.PathLike[str], options: Options | None = None) -> FileResult:
    """Validate one file (see :func:`validate_bytes`); an unreadable file is an invalid result."""
    from newsml_kit.errors import NewsmlKitError

    source = os.fspath(path)
    try:
        data = read_input(source)
    except NewsmlKitError as exc:
        kept = (options or Options()).selection.filter((exc.diagnostic(),))
        return FileResult(source, None, None, kept, "invalid" if kept else "skipped")
    return validate_bytes(data, source, options)
