"""The test set-up itself (conftest.py): CI fails without its data, profiles are picked as the
README says, and no law runs fewer examples than the profile asks. Each case runs pytest in a
subprocess on a tiny selection."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
# One test that needs the shared data (it skips outside CI when the data is missing) and one
# that does not.
NEEDS_SHARED = "tests/formats/g2/test_g2_import.py::test_newsml_1_is_not_taken_for_g2"
NEEDS_NOTHING = "tests/formats/g2/test_g2_import.py::test_raw_g2_that_is_not_xml_is_a_write_error"


def run_pytest(*args: str, quiet: bool = True, **env: str | None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    for key, value in env.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *(["-q"] if quiet else []), "-rs", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_under_ci_a_missing_shared_folder_fails_the_run_at_once_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-shared"
    result = run_pytest(NEEDS_NOTHING, CI="true", NEWSML_KIT_SHARED=str(missing))
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert str(missing) in output
    assert "shared test data not found" in output
    # It stopped before running anything, even a test that does not need the data.
    assert "passed" not in output


def test_outside_ci_a_missing_shared_folder_skips_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-shared"
    result = run_pytest(NEEDS_SHARED, NEEDS_NOTHING, CI=None, NEWSML_KIT_SHARED=str(missing))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped" in result.stdout
    assert f"{missing} is not a folder" in result.stdout


@pytest.mark.parametrize(
    ("ci", "chosen", "expected"),
    [("true", None, "ci"), (None, None, "dev"), ("true", "deep", "deep"), (None, "ci", "ci")],
)
def test_the_profile_follows_hypothesis_profile_even_under_ci(
    ci: str | None, chosen: str | None, expected: str, shared: Path
) -> None:
    result = run_pytest(
        "--collect-only",
        NEEDS_NOTHING,
        quiet=False,
        CI=ci,
        HYPOTHESIS_PROFILE=chosen,
        NEWSML_KIT_SHARED=str(shared),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"hypothesis profile {expected!r}" in result.stdout


def test_under_ci_a_law_capped_below_the_profile_is_refused(tmp_path: Path, shared: Path) -> None:
    law = tmp_path / "test_capped.py"
    law.write_text(
        "from hypothesis import given, settings, strategies as st\n\n\n"
        "@settings(max_examples=5)\n@given(st.integers())\n"
        "def test_capped(n: int) -> None:\n    assert n == n\n",
        encoding="utf-8",
    )
    common = ("-p", "conftest", "-c", str(REPO / "pyproject.toml"), "--rootdir", str(REPO), str(law))
    pythonpath = os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])
    refused = run_pytest(*common, CI="true", NEWSML_KIT_SHARED=str(shared), PYTHONPATH=pythonpath)
    assert refused.returncode != 0
    assert "laws capped below the ci profile's 500 examples" in refused.stderr
    assert "test_capped (5)" in refused.stderr
    allowed = run_pytest(*common, CI=None, HYPOTHESIS_PROFILE="dev", PYTHONPATH=pythonpath)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr


DRAWING_LAW = (
    "import os\n"
    "from hypothesis import given, strategies as st\n\n\n"
    "@given(st.integers())\n"
    "def test_draws(n: int) -> None:\n"
    "    with open(os.environ['DRAWN'], 'a') as out:\n"
    "        out.write(f'{n}\\n')\n"
    "    assert os.environ.get('FAIL_ON') != str(n % 7)\n"
)


def run_drawing_law(tmp_path: Path, shared: Path, run: str, **env: str | None) -> tuple[str, list[str]]:
    """Run DRAWING_LAW under CI=true and the `deep` profile at 500 examples (``env`` may change
    either); return pytest's output and the values the law drew."""
    law = tmp_path / "test_drawing.py"
    law.write_text(DRAWING_LAW, encoding="utf-8")
    drawn = tmp_path / f"drawn-{run}.txt"
    pythonpath = os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])
    settings: dict[str, str | None] = {
        "CI": "true",
        "HYPOTHESIS_PROFILE": "deep",
        "NEWSML_KIT_DEEP_EXAMPLES": "500",
        "NEWSML_KIT_SHARED": str(shared),
        "PYTHONPATH": pythonpath,
        "DRAWN": str(drawn),
    }
    result = run_pytest(
        *("-p", "conftest", "-c", str(REPO / "pyproject.toml"), "--rootdir", str(REPO), str(law)),
        quiet=False,
        **(settings | env),
    )
    values = drawn.read_text(encoding="utf-8").split() if drawn.exists() else []
    return result.stdout + result.stderr, values


def printed_seed(output: str) -> str:
    found = re.search(r"hypothesis seed (\d+) \(replay this run: NEWSML_KIT_SEED=\1", output)
    assert found, output
    return found.group(1)


# Both randomised profiles: `ci` as CI=true picks it, and `deep` named outright.
RANDOMISED = pytest.mark.parametrize("profile", ["ci", "deep"])


def profile_env(profile: str) -> dict[str, str | None]:
    return {"HYPOTHESIS_PROFILE": None} if profile == "ci" else {"HYPOTHESIS_PROFILE": "deep"}


@RANDOMISED
def test_every_run_draws_afresh_from_a_printed_seed_that_replays_it(
    tmp_path: Path, shared: Path, profile: str
) -> None:
    env = profile_env(profile)
    first_output, first = run_drawing_law(tmp_path, shared, "first", NEWSML_KIT_SEED=None, **env)
    second_output, second = run_drawing_law(tmp_path, shared, "second", NEWSML_KIT_SEED=None, **env)
    assert f"hypothesis profile {profile!r}" in first_output
    assert len(first) >= 500, first_output
    assert first != second, f"two {profile} runs drew the same examples"
    seed = printed_seed(first_output)
    assert printed_seed(second_output) != seed
    replay_output, replayed = run_drawing_law(tmp_path, shared, "replay", NEWSML_KIT_SEED=seed, **env)
    assert printed_seed(replay_output) == seed
    assert replayed == first


@RANDOMISED
def test_a_failing_law_names_the_seed_again_after_the_failure(
    tmp_path: Path, shared: Path, profile: str
) -> None:
    output, _ = run_drawing_law(
        tmp_path, shared, "failing", NEWSML_KIT_SEED="20261207", FAIL_ON="3", **profile_env(profile)
    )
    assert "1 failed" in output
    assert "the failures above were drawn with hypothesis seed 20261207 (replay this run" in output


def test_a_seed_that_is_not_a_number_is_refused(tmp_path: Path, shared: Path) -> None:
    output, drawn = run_drawing_law(tmp_path, shared, "bad", NEWSML_KIT_SEED="tomorrow")
    assert drawn == []
    assert "the hypothesis seed must be a whole number, not 'tomorrow'" in output


def test_the_strategies_character_sets_are_the_legal_characters_less_controls_and_spaces() -> None:
    """``legal_chars`` and the guids' alphabet are written as bounds, not as a filter through the
    model's check: they must hold exactly what ``check_xml_text`` accepts less the controls, and
    for guids less every character ``str.isspace`` calls a space."""
    from newsml_kit.model import check_xml_text
    from support.strategies import (
        GUID_EXCLUDED_CATEGORIES,
        LEGAL_EXCLUDED_CATEGORIES,
        LEGAL_EXCLUDED_CHARACTERS,
    )

    def accepted(char: str) -> bool:
        try:
            check_xml_text(char)
        except ValueError:
            return False
        return True

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        legal = accepted(char) and category != "Cc"
        in_bounds = category not in LEGAL_EXCLUDED_CATEGORIES and char not in LEGAL_EXCLUDED_CHARACTERS
        assert in_bounds == legal, f"U+{code:04X}"
        in_guid_bounds = category not in GUID_EXCLUDED_CATEGORIES and char not in LEGAL_EXCLUDED_CHARACTERS
        assert in_guid_bounds == (legal and not char.isspace()), f"U+{code:04X}"


def _spelled_regexes() -> dict[str, tuple[st.SearchStrategy[str], str]]:
    from support.agency_g2 import AGENCY_REGEXES
    from support.strategies import SPELLED_REGEXES

    return {**SPELLED_REGEXES, **AGENCY_REGEXES}


@given(st.data())
def test_values_spelled_as_runs_are_the_values_of_their_regular_expression(data: st.DataObject) -> None:
    """ids, guids, QCodes, languages, URIs, content types and agency tokens are drawn as runs of
    their character classes (a draw per run, not per character): each drawn value is one the
    expression it spells matches whole."""
    spelled = _spelled_regexes()
    name = data.draw(st.sampled_from(sorted(spelled)))
    strategy, expression = spelled[name]
    value = data.draw(strategy)
    assert re.fullmatch(expression, value), (name, value)


def test_a_syllable_number_reads_as_onset_nucleus_final_tone_and_case() -> None:
    """A Vietnamese syllable is one drawn integer read in mixed radix (support/strategies.py): the
    digits pick each part, and the tone goes where each placement puts it."""
    from support.strategies import _ALL_NUCLEI, _CODAS, _ONSETS, _RADICES, _TONES, _spellings

    def number(onset: str, nucleus: str, coda: str, tone: str, upper: bool) -> int:
        digits = (_ONSETS.index(onset), _ALL_NUCLEI.index(nucleus), _CODAS.index(coda), _TONES.index(tone))
        value, scale = 0, 1
        for digit, radix in zip((*digits, 0 if upper else 1), _RADICES, strict=True):
            value, scale = value + digit * scale, scale * radix
        return value

    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    assert _spellings(number("h", "oa", "", "\u0300", False)) == (nfd("hòa"), nfd("hoà"))
    assert _spellings(number("h", "oa", "ng", "\u0300", False)) == (nfd("hoàng"), nfd("hoàng"))
    assert _spellings(number("th", "uy", "", "\u0309", False)) == (nfd("thủy"), nfd("thuỷ"))
    # Marks stack in the order they are added (circumflex, then the tone), not canonical order.
    stacked = "nghIE\u0302\u0323ng"
    assert _spellings(number("ngh", "iê", "ng", "\u0323", True)) == (stacked, stacked)
    assert _spellings(number("", "ươ", "c", "\u0301", False)) == (nfd("ước"), nfd("ước"))
    # After qu the nucleus comes from its own list (the u is part of the consonant).
    old, new = _spellings(number("qu", "a", "", "\u0301", False))
    assert old == new == nfd("quá")
