"""Test configuration: hypothesis profiles and the shared test data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Every law runs at least 500 examples under CI (CI=true); locally a quicker default.
settings.register_profile(
    "ci",
    parent=settings.get_profile("ci"),
    max_examples=500,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path | None:
    """The read-only shared test data (``$NEWSML_KIT_SHARED`` or ``../shared``), if present."""
    configured = os.environ.get("NEWSML_KIT_SHARED")
    candidate = Path(configured) if configured else REPO.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("shared test data not found: set NEWSML_KIT_SHARED or place it at ../shared")
    return found


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seed" / "000_c3cdf694cfdd003e.txt"
