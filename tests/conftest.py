"""Test configuration: hypothesis profiles, the laws marker and the shared test data folder."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The profiles. `dev` (the default outside CI) is quick; `ci` (the default under CI=true) runs
# every law at least 500 examples and prints how to replay a failure (@reproduce_failure); `deep`
# (`make deep`) runs every law at 10,000, freshly drawn each run. HYPOTHESIS_PROFILE picks one
# whatever CI says. `ci` draws the same examples every run until `make deep` has run the new
# laws clean once: a gate that must pass, not a search (README, "Test data and the laws").
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "ci",
    max_examples=500,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
)
# NEWSML_KIT_DEEP_EXAMPLES lowers `deep` for measuring what a law costs per example (README, "Test
# data and the laws"); `make deep` never sets it.
DEEP_EXAMPLES = int(os.environ.get("NEWSML_KIT_DEEP_EXAMPLES") or 10_000)
settings.register_profile(
    "deep", parent=settings.get_profile("ci"), max_examples=DEEP_EXAMPLES, derandomize=False
)

REPO = Path(__file__).resolve().parent.parent


def in_ci() -> bool:
    """True under CI=true (any value but empty, 0 or false, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if in_ci() else "dev")
settings.load_profile(PROFILE)


def examples(local: int) -> int:
    """``max_examples`` for a law that is slow per example: ``local`` under the quick `dev`
    profile, never fewer than the profile asks under `ci` and `deep`."""
    return local if PROFILE == "dev" else max(local, settings.default.max_examples)


def shared_candidate() -> Path:
    """Where the shared test data should be: ``$NEWSML_KIT_SHARED``, else ``../shared``."""
    configured = os.environ.get("NEWSML_KIT_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


def shared_dir() -> Path | None:
    """The read-only shared test data, if present."""
    candidate = shared_candidate()
    return candidate if candidate.is_dir() else None


def missing_shared_message() -> str:
    return (
        f"shared test data not found: {shared_candidate()} is not a folder "
        "(set NEWSML_KIT_SHARED or place it at ../shared)"
    )


def pytest_configure(config: pytest.Config) -> None:
    # Under CI the data is part of the build: without it a third of the checks would be skipped.
    if in_ci() and shared_dir() is None:
        raise pytest.UsageError(f"CI=true and {missing_shared_message()}")


def pytest_report_header(config: pytest.Config) -> str:
    found = shared_dir()
    return f"newsml-kit: hypothesis profile {PROFILE!r}, shared data {found or 'absent'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every hypothesis test is a law (``-m law`` selects them, as ``make deep`` does); under `ci`
    and `deep` none may run fewer examples than the profile asks."""
    capped = []
    for item in items:
        function = getattr(item, "obj", None)
        if not getattr(function, "is_hypothesis_test", False):
            continue
        item.add_marker(pytest.mark.law)
        own = getattr(function, "_hypothesis_internal_use_settings", None)
        if PROFILE != "dev" and own is not None and own.max_examples < settings.default.max_examples:
            capped.append(f"{item.nodeid} ({own.max_examples})")
    if capped:
        raise pytest.UsageError(
            f"laws capped below the {PROFILE} profile's {settings.default.max_examples} examples: "
            + ", ".join(capped)
        )


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None]:
    """With NEWSML_KIT_LAW_COSTS=FILE, append to FILE one JSON line per law: its CPU seconds, the
    examples it ran and the share of their time spent drawing them (``make deep`` estimates)."""
    target = os.environ.get("NEWSML_KIT_LAW_COSTS")
    if not target or not getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
        return (yield)
    from hypothesis.statistics import collector

    phases: list[dict[str, object]] = []
    outer = collector.value  # the hypothesis plugin's, which prints --hypothesis-show-statistics

    def note(stats: dict[str, object]) -> None:
        phases.append(stats)
        if outer is not None:
            outer(stats)

    cpu, wall = time.process_time(), time.perf_counter()
    try:
        with collector.with_value(note):
            return (yield)
    finally:
        cases = [
            case
            for stats in phases
            for key, phase in stats.items()
            if key.endswith("-phase") and isinstance(phase, dict)
            for case in phase["test-cases"]
        ]
        record = {
            "law": item.nodeid,
            "cpu": round(time.process_time() - cpu, 3),
            "wall": round(time.perf_counter() - wall, 3),
            "examples": sum(case["status"] != "overrun" for case in cases),
            "invalid": sum(case["status"] == "invalid" for case in cases),
            "draw": round(sum(case["drawtime"] for case in cases), 3),
            "run": round(sum(case["runtime"] for case in cases), 3),
        }
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        # Unreachable under CI (pytest_configure stops the run first); kept as a second guard.
        if in_ci():
            pytest.fail(f"CI=true and {missing_shared_message()}", pytrace=False)
        pytest.skip(missing_shared_message())
    return found


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seed" / "000_c3cdf694cfdd003e.txt"
