"""Score extraction on the shared Vietnamese gold set and print the table.

The shared test data is ``$NEWSML_KIT_SHARED`` or ``../shared`` next to the repository.
Run: ``.venv/bin/python bench/eval_extraction.py [--json]``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from newsml_kit.evaluate import evaluate_dirs

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


def main(argv: list[str]) -> int:
    shared = shared_dir()
    gold = shared / "corpus" / "vi" / "gold"
    if not gold.is_dir():
        print(f"no gold folder at {gold}: set NEWSML_KIT_SHARED", file=sys.stderr)
        return 1
    result = evaluate_dirs(gold, [shared / "seed", shared / "corpus" / "vi" / "unc"])
    if "--json" in argv:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
