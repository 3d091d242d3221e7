"""What ``--encoding auto`` costs over a named encoding, on the shared Vietnamese corpus.

Run: ``.venv/bin/python bench/encoding.py [--rounds N]``.

The corpus: every article of ``../shared/corpus/vi/unc/`` and ``../shared/seed/`` (or under
``$NEWSML_KIT_SHARED``), read into memory once. Each round reads all of them with ``newsml_kit.read``
with ``encoding="auto"`` and with ``encoding="utf-8"``, in turn (so a noisy machine affects both
alike), three ways: as ``convert`` reads them (extraction included), without extraction, and the
decoding step alone. The same is done for TCVN3 copies of the articles (made here with the project's
encoder; what TCVN3 lacks is changed as in the tests), auto against ``encoding="tcvn3"``: the price of
detection where it has work to do. Reported: the median seconds of each, and the ratio auto / named
measured in the same rounds.

Goal (issue 14): auto at most 1.2x utf-8 for the UTF-8 corpus as ``convert`` reads it. Exit status 1
when a read's text differs between the two encodings or the goal is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsml_kit import read
from newsml_kit.formats.base import ReadOptions
from newsml_kit.formats.text.decoding import decode_text

REPO = Path(__file__).resolve().parent.parent
GOAL = 1.2
sys.path.insert(0, str(REPO / "tests"))
from vietnamese import legacy_form  # noqa: E402 (the tests' helper, on the path just above)


def corpus() -> list[bytes]:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    shared = Path(configured) if configured else REPO.parent / "shared"
    paths = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt")) + sorted((shared / "seed").glob("*.txt"))
    if not paths:
        sys.exit(f"no articles under {shared}: set NEWSML_KIT_SHARED")
    return [path.read_bytes() for path in paths]


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    articles = corpus()
    tcvn3 = [legacy_form("tcvn3", data.decode("utf-8"))[0].encode("tcvn3") for data in articles]

    def full(datas: list[bytes], encoding: str) -> Callable[[], object]:
        return lambda: [read(data, format="text", encoding=encoding) for data in datas]

    def bare(datas: list[bytes], encoding: str) -> Callable[[], object]:
        return lambda: [read(data, format="text", encoding=encoding, extract=False) for data in datas]

    def decode(datas: list[bytes], encoding: str) -> Callable[[], object]:
        options = ReadOptions(encoding=encoding)
        return lambda: [decode_text(data, options) for data in datas]

    cases = {
        f"UTF-8 corpus, as convert reads ({len(articles)} articles)": (full, articles, "utf-8"),
        "UTF-8 corpus, without extraction": (bare, articles, "utf-8"),
        "UTF-8 corpus, decoding alone": (decode, articles, "utf-8"),
        "TCVN3 copies, as convert reads": (full, tcvn3, "tcvn3"),
        "TCVN3 copies, decoding alone": (decode, tcvn3, "tcvn3"),
    }
    # Same text either way, before any timing counts.
    for data in articles + tcvn3:
        named = "tcvn3" if data in tcvn3 else "utf-8"
        if (
            decode_text(data, ReadOptions(encoding="auto")).text
            != decode_text(data, ReadOptions(encoding=named)).text
        ):
            print("FAIL: auto and the named encoding read an article differently")
            return 1
    for make, datas, named in cases.values():  # warm up: vocabularies, codecs, charset-normalizer
        make(datas, "auto")()
        make(datas, named)()
    times: dict[str, dict[str, list[float]]] = {name: {"auto": [], "named": []} for name in cases}
    ratios: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, (make, datas, named) in cases.items():
            auto_seconds = timed(make(datas, "auto"))
            named_seconds = timed(make(datas, named))
            times[name]["auto"].append(auto_seconds)
            times[name]["named"].append(named_seconds)
            ratios[name].append(auto_seconds / named_seconds)
    print(f"{'case':<52} {'auto s':>8} {'named s':>8} {'ratio':>6}")
    for name in cases:
        auto = statistics.median(times[name]["auto"])
        named = statistics.median(times[name]["named"])
        print(f"{name:<52} {auto:8.3f} {named:8.3f} {statistics.median(ratios[name]):6.2f}")
    headline = statistics.median(ratios[next(iter(cases))])
    verdict = "met" if headline <= GOAL else "MISSED"
    print(f"goal: auto <= {GOAL}x utf-8 as convert reads the UTF-8 corpus: {headline:.2f}x ({verdict})")
    return 0 if headline <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
