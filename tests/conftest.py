"""Test configuration: hypothesis profiles, the laws marker and the shared test data folder."""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Generator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import core as hypothesis_core

# The profiles. `dev` (the default outside CI) is quick; `ci` (the default under CI=true) runs
# every law at least 500 examples; `deep` (`make deep`) runs every law at 10,000. Under both the
# examples are drawn afresh each run from one seed, printed in the header and again after a
# failure, so that any run can be replayed whole (README, "Test data and the laws").
# HYPOTHESIS_PROFILE picks a profile whatever CI says.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "ci",
    max_examples=500,
    # Said outright: under CI=true hypothesis's own default profile, the parent of any profile
    # registered without one, derandomises.
    derandomize=False,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
)
# NEWSML_KIT_DEEP_EXAMPLES lowers `deep` for measuring what a law costs per example
# (docs/testing.md, "What the laws cost"); `make deep` never sets it.
DEEP_EXAMPLES = int(os.environ.get("NEWSML_KIT_DEEP_EXAMPLES") or 10_000)
settings.register_profile("deep", parent=settings.get_profile("ci"), max_examples=DEEP_EXAMPLES)

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


SEED_VARIABLE = "NEWSML_KIT_SEED"
SEED_KEY = pytest.StashKey[int | None]()


def run_seed(config: pytest.Config) -> int | None:
    """The seed every law of a randomised run (`ci`, `deep`) draws from: ``--hypothesis-seed``,
    else ``$NEWSML_KIT_SEED``, else a fresh one. None under `dev`, which keeps hypothesis's own
    randomness and example database, and under a derandomised profile (hypothesis's own, under
    CI=true)."""
    if PROFILE == "dev" or settings.default.derandomize:
        return None
    given = config.getoption("--hypothesis-seed", default=None) or os.environ.get(SEED_VARIABLE)
    if given is None:
        return random.SystemRandom().randrange(2**32)
    try:
        return int(given)
    except ValueError:
        raise pytest.UsageError(f"the hypothesis seed must be a whole number, not {given!r}") from None


def pytest_configure(config: pytest.Config) -> None:
    # Under CI the data is part of the build: without it a third of the checks would be skipped.
    if in_ci() and shared_dir() is None:
        raise pytest.UsageError(f"CI=true and {missing_shared_message()}")
    seed = run_seed(config)
    if seed is not None:
        hypothesis_core.global_force_seed = seed  # type: ignore[assignment]  # typed as None upstream
        # pytest-xdist's workers start after this and inherit the variable, so they draw alike.
        os.environ[SEED_VARIABLE] = str(seed)
    config.stash[SEED_KEY] = seed


def replay_hint(seed: int) -> str:
    return f"hypothesis seed {seed} (replay this run: {SEED_VARIABLE}={seed}, or --hypothesis-seed={seed})"


def pytest_report_header(config: pytest.Config) -> str:
    found = shared_dir()
    seed = config.stash.get(SEED_KEY, None)
    drawn = f", {replay_hint(seed)}" if seed is not None else ""
    return f"newsml-kit: hypothesis profile {PROFILE!r}, shared data {found or 'absent'}{drawn}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int) -> None:
    seed = terminalreporter.config.stash.get(SEED_KEY, None)
    if seed is not None and terminalreporter.stats.get("failed"):
        terminalreporter.write_line(f"newsml-kit: the failures above were drawn with {replay_hint(seed)}")


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
