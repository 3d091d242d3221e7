"""The extraction quality benchmark and the gold scores, for the extraction and sample tests."""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

from newsml_kit.evaluate import Evaluation
from support.paths import REPO


def quality_bench() -> ModuleType:
    """``bench/extract_quality.py``: the fixed split of the gold set and the regression floor."""
    path = REPO / "bench" / "extract_quality.py"
    spec = importlib.util.spec_from_file_location("extract_quality", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_perfect(evaluation: Evaluation) -> None:
    """Every gold article found, every category at precision and recall 1.0."""
    assert not evaluation.missing
    for category, counts in evaluation.totals.items():
        assert (counts.precision, counts.recall) == (1.0, 1.0), f"{category}: {counts}"


def assert_above_floor(results: dict[str, Any], floor: dict[str, dict[str, tuple[float, float]]]) -> None:
    """Every part (half A, half B, whole) scores at least its floor in every category: the ratchet."""
    failures = []
    for part, categories in floor.items():
        totals = results[part].totals
        for category, (precision, recall) in categories.items():
            got = totals[category]
            if got.precision < precision or got.recall < recall:
                failures.append(
                    f"{part} {category}: P {got.precision:.3f} R {got.recall:.3f}"
                    f" < floor {precision}/{recall}"
                )
    assert not failures, "\n".join(failures)
