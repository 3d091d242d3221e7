"""Validation speed and command start-up, each against its bare baseline, measured side by side.

1. Per document: the lxml engine (``validate_lxml``: libxml2 validation, the IDREF check, diagnostics)
   against a bare ``etree.XMLSchema.validate`` of the same parsed tree. Goal: <= 1.3x.
2. Start-up: ``newsml-kit --help`` against ``python -c "import lxml.etree, pydantic, click"``. Goal: <= 1.5x.

Run: ``.venv/bin/python bench/validate.py [XSD] [FILE_OR_FOLDER...]``. Defaults: the official 2.35 XSD and
the NewsML-G2 corpus in ``../shared`` (``$NEWSML_KIT_SHARED``), plus the project's own output for the
sample articles. Medians throughout; both sides of a ratio run in the same process, interleaved.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from newsml_kit import api
from newsml_kit.validate.engines import lxml_schema, validate_lxml
from newsml_kit.validate.schemas import inspect_xsd
from newsml_kit.xmlsafe import parse_xml

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 200
STARTUP_RUNS = 15


def shared() -> Path:
    return Path(os.environ.get("NEWSML_KIT_SHARED", REPO.parent / "shared"))


def median_s(action: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def documents(arguments: list[str]) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    paths = [Path(a) for a in arguments] or [shared() / "corpus" / "newsmlg2"]
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        found += [(p.name, p.read_bytes()) for p in files]
    if not arguments:
        for sample in sorted((REPO / "samples").glob("*.txt")):
            found.append((f"own:{sample.stem}", api.write(api.read(sample).item, "newsml")))
    return found


def engine_rows(xsd: Path, docs: list[tuple[str, bytes]]) -> None:
    info = inspect_xsd(xsd)
    schema = lxml_schema(info.path)
    print(f"lxml engine vs bare XMLSchema.validate ({xsd.name}), median of {ROUNDS} rounds, microseconds")
    print(f"  {'document':52} {'engine':>9} {'bare':>9} {'ratio':>6}")
    total_engine = total_bare = 0.0
    worst = 0.0
    for name, data in docs:
        try:
            root = parse_xml(data, source=name).root
        except Exception as exc:  # not XML at all: nothing to compare
            print(f"  {name[:52]:52} skipped ({type(exc).__name__})")
            continue
        if etree.QName(root).namespace != info.target_namespace:
            continue
        # Interleave so that drift of a shared machine hits both sides.
        engine_samples, bare_samples = [], []
        for _ in range(ROUNDS):
            engine_samples.append(median_s(lambda r=root, n=name: validate_lxml(info, r, n), 1))
            bare_samples.append(median_s(lambda r=root: schema.validate(r), 1))
        engine, bare = statistics.median(engine_samples), statistics.median(bare_samples)
        total_engine += engine
        total_bare += bare
        ratio = engine / bare
        worst = max(worst, ratio)
        print(f"  {name[:52]:52} {engine * 1e6:9.1f} {bare * 1e6:9.1f} {ratio:6.2f}")
    print(
        f"  {'all documents (sum of medians)':52} {total_engine * 1e6:9.1f} {total_bare * 1e6:9.1f} "
        f"{total_engine / total_bare:6.2f}   worst {worst:.2f}   goal <= 1.30"
    )


def startup_rows() -> None:
    script = Path(sys.executable).with_name("newsml-kit")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "newsml_kit"]
    ours = [*command, "--help"]
    bare = [sys.executable, "-c", "import lxml.etree, pydantic, click"]
    ours_s, bare_s = [], []
    for _ in range(STARTUP_RUNS):
        for argv, samples in ((ours, ours_s), (bare, bare_s)):
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            samples.append(time.perf_counter() - start)
    ours_m, bare_m = statistics.median(ours_s), statistics.median(bare_s)
    print(f"start-up, median of {STARTUP_RUNS} runs, milliseconds")
    print(f"  newsml-kit --help                          {ours_m * 1e3:8.1f}")
    print(f"  python -c 'import lxml.etree, pydantic, click' {bare_m * 1e3:8.1f}")
    print(f"  ratio {ours_m / bare_m:.2f}   goal <= 1.50")
    check = (
        "import sys, newsml_kit.cli; "
        "print(any(m.startswith(('xmlschema', 'jsonschema')) for m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    print(f"  schema libraries imported by the CLI module: {loaded.strip()}")


def main() -> None:
    arguments = sys.argv[1:]
    default_xsd = shared() / "standards" / "newsml-g2" / "schema" / "NewsML-G2_2.35-spec-All-Power.xsd"
    xsd = Path(arguments.pop(0)) if arguments and arguments[0].endswith(".xsd") else default_xsd
    if not xsd.is_file():
        sys.exit(f"no XSD at {xsd}: give one as the first argument")
    engine_rows(xsd, documents(arguments))
    print()
    if shutil.which(sys.executable):
        startup_rows()


if __name__ == "__main__":
    main()
