"""The CI entry point's preamble survives tools whose output is longer than what it prints.

Regression: `.ci/run` printed `make --version | head -n 1` under `set -o pipefail`. When `head`
closed the pipe before make had written everything, make died of SIGPIPE and CI failed with
exit 141 after 0 s, before any check ran.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from support.paths import REPO

CI_SCRIPT = REPO / ".ci" / "run"
# Everything before the first section that installs or builds: it only reports the machine.
PREAMBLE_END = 'section "chromium'


def _preamble() -> str:
    text = CI_SCRIPT.read_text(encoding="utf-8")
    end = text.index(PREAMBLE_END)
    return text[:end]


def _fake_tool(bin_dir: Path, name: str, lines: int) -> None:
    """A tool whose every output is `lines` long: enough to overflow any pipe buffer."""
    path = bin_dir / name
    path.write_text(
        f'#!/bin/sh\ni=0\nwhile [ $i -lt {lines} ]; do echo "{name} line $i"; i=$((i+1)); done\n',
        encoding="utf-8",
    )
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_the_machine_report_survives_long_tool_output(tmp_path: Path) -> None:
    script_dir = tmp_path / ".ci"
    script_dir.mkdir()
    script = script_dir / "run"
    script.write_text(_preamble() + 'echo "preamble done"\n', encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("make", "git"):
        _fake_tool(bin_dir, tool, 20_000)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}

    result = subprocess.run(
        ["bash", str(script)], env=env, capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "make line 0" in result.stdout
    assert "make line 1\n" not in result.stdout
    assert result.stdout.rstrip().endswith("preamble done")
