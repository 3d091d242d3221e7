"""Every runnable recipe of the documentation runs, and prints what the page says it prints.

A fenced block right after a ``<!-- runnable -->`` line in ``docs/**/*.md`` is run:

- ``console``: each ``$ COMMAND`` line runs in bash (stdout and stderr together); the lines that
  follow it, up to the next ``$``, are its expected output. The command must exit 0: a recipe that
  shows a failure says so (``... || echo "exit status $?"``).
- ``pycon``: a doctest (``>>>`` and ``...`` lines, then the expected output).
- ``python``: a script, run with this interpreter; it must exit 0 (recipes check with ``assert``).

Expected output is compared as doctest does with ELLIPSIS: a ``...`` stands for any text, lines
included. The blocks of one page run in order in one fresh folder holding a copy of ``samples/``
(the project's own articles), with the pycon blocks sharing their names, as a reader would type them.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MARKER = "<!-- runnable -->"
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,})(?P<info>[^`\n]*)$")
LANGUAGES = ("console", "pycon", "python")
CHECKER = doctest.OutputChecker()
FLAGS = doctest.ELLIPSIS


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    language: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def runnable_blocks(path: Path) -> list[Block]:
    """The fenced blocks of ``path`` marked runnable, in order. A marker not followed by a fence in
    a known language is an error, so a typo cannot silently turn a recipe off."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() != MARKER:
            index += 1
            continue
        opening = FENCE.match(lines[index + 1]) if index + 1 < len(lines) else None
        language = opening.group("info").strip().split(" ")[0] if opening else ""
        if opening is None or language not in LANGUAGES:
            where = f"{path}:{index + 1}"
            raise AssertionError(f"{where}: {MARKER} must precede a ```console, pycon or python block")
        fence, indent = opening.group("fence"), len(opening.group("indent"))
        end = index + 2
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        if end == len(lines):
            raise AssertionError(f"{path}:{index + 2}: unclosed code block")
        body = "\n".join(line[indent:] for line in lines[index + 2 : end])
        blocks.append(Block(path, index + 2, language, body + "\n"))
        index = end + 1
    return blocks


def pages_with_recipes() -> list[Path]:
    return sorted(path for path in DOCS.rglob("*.md") if MARKER in path.read_text(encoding="utf-8"))


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # The commands are the ones this interpreter's environment installed (the project's .venv).
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("NEWSML_KIT_G2_XSD", None)
    env.pop("NEWSML_KIT_NINJS_SCHEMA", None)
    env.pop("NEWSML_KIT_NITF_XSD", None)
    env["COLUMNS"] = "100"
    return env


def _check_output(block: Block, command: str, want: str, got: str) -> None:
    if not CHECKER.check_output(want, got, FLAGS):
        raise AssertionError(f"{block.where}: `{command}` printed\n{got}\n--- the page says\n{want}")


def run_console(block: Block, cwd: Path) -> None:
    steps: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        else:
            raise AssertionError(f"{block.where}: a console recipe starts with a `$ ` command line")
    for command, expected in steps:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],
            cwd=cwd,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"{block.where}: `{command}` exited {done.returncode}:\n{done.stdout}"
        want = "\n".join(expected).strip("\n")
        _check_output(block, command, want + "\n" if want else "", done.stdout)


def run_python(block: Block, cwd: Path) -> None:
    script = cwd / f"recipe_{block.line}.py"
    script.write_text(block.text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, script.name],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{block.where}: the recipe failed:\n{done.stdout}{done.stderr}"


def run_pycon(block: Block, globs: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(block.text, globs, block.where, str(block.path), block.line)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    globs.update(test.globs)  # the DocTest worked on a copy; the page's next block goes on from here
    assert runner.failures == 0, f"{block.where}:\n" + "".join(report)


@pytest.mark.parametrize("page", pages_with_recipes(), ids=lambda path: str(path.relative_to(DOCS)))
def test_recipes_of_a_page_run(page: Path, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = runnable_blocks(page)
    monkeypatch.chdir(workdir)
    globs: dict[str, object] = {"__name__": "__recipe__"}
    for block in blocks:
        if block.language == "console":
            run_console(block, workdir)
        elif block.language == "pycon":
            run_pycon(block, globs)
        else:
            run_python(block, workdir)


def test_the_guides_and_cookbook_have_recipes() -> None:
    pages = {path.relative_to(DOCS).as_posix() for path in pages_with_recipes()}
    assert {"cookbook.md", "guides/archivists.md", "guides/integrators.md", "guides/ci.md"} <= pages


def _fenced_blocks(text: str) -> list[str]:
    """The bodies of the ```console and ```pycon blocks of a Markdown text, in order."""
    return [match.group(2) for match in re.finditer(r"^```(console|pycon)\n(.*?)^```$", text, re.M | re.S)]


def test_the_readme_tour_is_run_on_the_home_page() -> None:
    """The README's 30-second tour is not run where it stands (the runner reads docs/ only): each of
    its blocks must be, word for word, a runnable block of the site's home page, which is run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tour = readme.split("\n## A 30-second tour\n", 1)[1].split("\n## ", 1)[0]
    blocks = _fenced_blocks(tour)
    assert blocks, "the README has no 30-second tour with console or pycon blocks"
    home = {block.text for block in runnable_blocks(DOCS / "index.md")}
    missing = [block for block in blocks if block not in home]
    assert not missing, f"README tour blocks not run on docs/index.md: {missing}"


def test_a_marker_without_a_runnable_block_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"{MARKER}\n```sh\nnewsml-kit --help\n```\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="must precede"):
        runnable_blocks(page)


def test_a_wrong_expected_output_fails(tmp_path: Path) -> None:
    block = Block(DOCS / "index.md", 1, "console", "$ echo hello\ngoodbye\n")
    with pytest.raises(AssertionError, match="the page says"):
        run_console(block, tmp_path)


def test_a_failing_python_recipe_fails(tmp_path: Path) -> None:
    block = Block(DOCS / "index.md", 1, "python", "assert 1 == 2\n")
    with pytest.raises(AssertionError, match="the recipe failed"):
        run_python(block, tmp_path)
