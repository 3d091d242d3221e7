"""Regenerate the committed JSON Schema from the model: ``python scripts/generate_schemas.py``.

The committed file is what ``newsml-kit schema --json`` prints and what validators use; a test
fails when it drifts from the model under the pinned toolchain.
"""

from __future__ import annotations

from pathlib import Path

from newsml_kit.formats.json import json_schema_bytes

TARGET = Path(__file__).resolve().parent.parent / "schemas" / "newsml-kit.schema.json"

if __name__ == "__main__":
    TARGET.write_bytes(json_schema_bytes())
    print(f"wrote {TARGET}")
