"""The schemas ship with the package: in the sdist, in a wheel, and through an editable install.

Each install goes into a throwaway virtual environment without pip (the outer pip installs into it
with ``--python``), with ``--no-deps`` and no build isolation so that nothing is downloaded: a
``.pth`` file makes the outer environment's packages (the project's dependencies, hatchling)
importable there. The installed ``newsml-kit`` is then run from another working directory, so that
only what the install put in place can be found.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = "newsml-kit.schema.json"
COMMITTED = ROOT / "schemas" / SCHEMA
TIMEOUT = 120

# Prints where the package and the schema were found, from inside the throwaway environment.
PROBE = f"""\
import json, pathlib, newsml_kit.resources as r
path = r.schema_path({SCHEMA!r})
print(json.dumps({{
    "module": str(pathlib.Path(r.__file__).resolve()),
    "path": str(path),
    "is_symlink": path.is_symlink(),
    "same_bytes": path.read_bytes() == r.schema_bytes({SCHEMA!r}),
}}))
"""


FOREIGN_G2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:1" version="1" standard="NewsML-G2"
    standardversion="2.35" conformance="power">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="test"/>
    <versionCreated>2024-01-02T03:04:05Z</versionCreated></itemMeta>
</newsItem>
"""


def _env() -> dict[str, str]:
    skip = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "NEWSML_KIT_G2_XSD", "NEWSML_KIT_NINJS_SCHEMA"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env["XDG_CACHE_HOME"] = "/nonexistent/newsml-kit-test-cache"
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout.decode(errors='replace')}\n"
        f"--- stderr\n{result.stderr.decode(errors='replace')}"
    )
    return result


def _make_venv(where: Path) -> Path:
    """A venv without pip whose ``sys.path`` ends with this environment's site-packages."""
    venv.EnvBuilder(with_pip=False, symlinks=True).create(where)
    site_packages = Path(sysconfig.get_path("purelib", scheme="venv", vars={"base": str(where)}))
    assert site_packages.is_dir(), site_packages
    outer = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site_packages / "_newsml_kit_test_outer.pth").write_text("".join(f"{p}\n" for p in sorted(outer)))
    return where / "bin" / "python"


def _pip_install(python: Path, *args: str | Path, cwd: Path) -> None:
    pip = (sys.executable, "-m", "pip", "--python", python)
    _run(*pip, "install", "--no-deps", "--no-index", *args, cwd=cwd)


def _check_install(python: Path, cwd: Path) -> dict[str, object]:
    """Run the installed CLI and the resources probe from ``cwd``; return what the probe saw."""
    probe = json.loads(_run(python, "-c", PROBE, cwd=cwd).stdout)
    assert Path(str(probe["path"])).is_file()
    assert probe["is_symlink"] is False
    assert probe["same_bytes"] is True

    cli = python.parent / "newsml-kit"
    assert cli.is_file(), "the console script was not installed"
    output = _run(cli, "schema", "--json", cwd=cwd).stdout
    assert output == COMMITTED.read_bytes()
    # The extraction vocabularies are package data too: an installed copy must find them.
    sample = ROOT / "samples" / "conference-danang.txt"
    found = _run(cli, "extract", sample, "--format", "json", cwd=cwd).stdout
    assert json.loads(found)["event"]["place"] == "Đà Nẵng"
    # The official NewsML-G2 XSD (with the xml.xsd it imports) and ninjs schemas ship too: an agency-style
    # item and a ninjs document validate with no flags (and no cache, no environment variable).
    (cwd / "foreign.xml").write_bytes(FOREIGN_G2)
    (cwd / "foreign.json").write_text('{"uri": "urn:x:1", "versionCreated": "2024-01-02T03:04:05Z"}')
    validated = _run(cli, "validate", "foreign.xml", "foreign.json", cwd=cwd).stdout.decode()
    assert "foreign.xml: valid" in validated
    assert "foreign.json: valid" in validated
    return dict(probe)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An sdist, and a wheel built from that sdist (``python -m build`` does both)."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT, cwd=out)
    return out


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {folder}, found {found}"
    return found[0]


def _assert_wheel_has_schema(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        info = archive.getinfo(f"newsml_kit/schemas/{SCHEMA}")
        assert not stat.S_ISLNK(info.external_attr >> 16), "the wheel stores the schema as a symbolic link"
        assert archive.read(info) == COMMITTED.read_bytes()


def test_committed_schema_is_reachable_through_the_package_link() -> None:
    link = ROOT / "src" / "newsml_kit" / "schemas"
    assert link.is_symlink(), "src/newsml_kit/schemas must be a symbolic link to the top-level schemas/"
    assert link.resolve() == (ROOT / "schemas").resolve()


def test_sdist_carries_real_schema_files(dist: Path) -> None:
    sdist = _one(dist, "*.tar.gz")
    with tarfile.open(sdist) as archive:
        by_name = {member.name.split("/", 1)[1]: member for member in archive.getmembers()}
        for name in (f"schemas/{SCHEMA}", f"src/newsml_kit/schemas/{SCHEMA}"):
            member = by_name.get(name)
            assert member is not None, f"{name} missing from the sdist"
            assert member.isfile(), f"{name} is not a regular file in the sdist"
            extracted = archive.extractfile(member)
            assert extracted is not None
            assert extracted.read() == COMMITTED.read_bytes()
        names = [member.name for member in archive.getmembers()]
        assert len(names) == len(set(names)), "the sdist holds a file twice"


def test_wheel_built_from_sdist_installs_and_runs(dist: Path, tmp_path: Path) -> None:
    wheel = _one(dist, "*.whl")
    _assert_wheel_has_schema(wheel)
    python = _make_venv(tmp_path / "venv")
    _pip_install(python, wheel, cwd=tmp_path)
    probe = _check_install(python, tmp_path)
    assert Path(str(probe["module"])).is_relative_to((tmp_path / "venv").resolve())
    assert Path(str(probe["path"])).is_relative_to((tmp_path / "venv").resolve())


def test_wheel_built_from_checkout_installs_and_runs(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, ROOT, cwd=tmp_path)
    wheel = _one(out, "*.whl")
    _assert_wheel_has_schema(wheel)
    python = _make_venv(tmp_path / "venv")
    _pip_install(python, wheel, cwd=tmp_path)
    probe = _check_install(python, tmp_path)
    assert Path(str(probe["path"])).is_relative_to((tmp_path / "venv").resolve())


def test_editable_install_runs_from_the_checkout(tmp_path: Path) -> None:
    python = _make_venv(tmp_path / "venv")
    _pip_install(python, "--no-build-isolation", "--editable", ROOT, cwd=tmp_path)
    probe = _check_install(python, tmp_path)
    assert Path(str(probe["module"])).is_relative_to((ROOT / "src").resolve())
    # The real file behind the link, so that relative imports between schemas resolve.
    assert Path(str(probe["path"])) == COMMITTED.resolve()
