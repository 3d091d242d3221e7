"""Diagnostic codes at the command line: --select and --ignore in convert, batch convert and validate,
and the codes in every output (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsml_kit.cli import main

# Two header warnings: a repeated field (NK-TXT-107, line 2) and an empty one (NK-TXT-106, line 3).
TWO_WARNINGS = b"# doc_id = a1\n# doc_id = a2\n# author =\nA paragraph of the body.\n"
EMPTY_AUTHOR = "header field 'author' has no value; ignored"
REPEATED = "header field 'doc_id' repeated"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(TWO_WARNINGS)
    return path


def test_convert_prints_each_warning_with_its_code(article: Path) -> None:
    code, out, err = invoke("convert", str(article), "--to", "json")
    assert code == 0
    assert json.loads(out)["guid"] == "urn:newsml-kit:doc:a1"
    assert err.splitlines() == [
        f"{article}:2: warning: {REPEATED}; every value is kept, in order [NK-TXT-107]",
        f"{article}:3: warning: {EMPTY_AUTHOR} [NK-TXT-106]",
    ]


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--ignore", "NK-TXT-107"], ["NK-TXT-106"]),
        (["--ignore", "nk-txt-107", "--ignore", "NK-TXT-106"], []),
        (["--ignore", "NK-TXT"], []),
        (["--select", "NK-TXT-106"], ["NK-TXT-106"]),
        (["--select", "NK-G2"], []),
        (["--select", "NK-TXT", "--ignore", "NK-TXT-106"], ["NK-TXT-107"]),
    ],
)
def test_convert_select_and_ignore_choose_the_warnings_printed(
    article: Path, args: list[str], shown: list[str]
) -> None:
    code, out, err = invoke("convert", str(article), "--to", "json", *args)
    assert code == 0
    assert json.loads(out)["guid"] == "urn:newsml-kit:doc:a1"
    assert [line.rsplit(" ", 1)[-1].strip("[]") for line in err.splitlines()] == shown


def test_an_ignored_warning_does_not_fail_strict_mode(article: Path) -> None:
    code, _, err = invoke("convert", str(article), "--to", "json", "--strict")
    assert code == 1
    assert err.strip().endswith("[NK-TXT-107]")
    assert "strict mode" in err
    code, _, err = invoke("convert", str(article), "--to", "json", "--strict", "--ignore", "NK-TXT-107")
    assert code == 1
    assert err.strip().endswith("[NK-TXT-106]")
    code, out, err = invoke("convert", str(article), "--to", "json", "--strict", "--ignore", "NK-TXT-10")
    assert (code, err) == (0, "")
    assert json.loads(out)["type"] == "newsItem"


def test_an_error_prints_its_code_and_only_its_exact_code_ignores_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"type": "newsItem",')
    code, out, err = invoke("convert", str(bad), "--to", "newsml")
    assert code == 1
    assert err.strip().endswith("[NK-ERR-002]")
    code, out, err = invoke("convert", str(bad), "--to", "newsml", "--ignore", "NK-ERR")
    assert code == 1, "a prefix never hides an error"
    assert err.strip().endswith("[NK-ERR-002]")
    code, out, err = invoke("convert", str(bad), "--to", "newsml", "--ignore", "NK-ERR-002")
    assert (code, out, err) == (0, "", "")


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ([], ["NK-TXT-107", "NK-TXT-106"]),
        (["--ignore", "NK-TXT-107"], ["NK-TXT-106"]),
        (["--ignore", "NK-TXT"], []),
        (["--select", "NK-TXT-107"], ["NK-TXT-107"]),
    ],
)
def test_extract_select_and_ignore_choose_the_warnings_printed(
    article: Path, args: list[str], shown: list[str]
) -> None:
    code, out, err = invoke("extract", str(article), "--format", "json", *args)
    assert code == 0
    assert "A paragraph of the body." not in err
    assert isinstance(json.loads(out), dict)
    assert [line.rsplit(" ", 1)[-1].strip("[]") for line in err.splitlines()] == shown


def test_extract_ignores_an_error_only_by_its_exact_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"type": "newsItem",')
    code, _, err = invoke("extract", str(bad), "--ignore", "NK-ERR")
    assert code == 1
    assert err.strip().endswith("[NK-ERR-002]")
    assert invoke("extract", str(bad), "--ignore", "NK-ERR-002") == (0, "", "")


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_code_that_names_nothing_is_a_usage_error(article: Path, option: str) -> None:
    code, out, err = invoke("convert", str(article), "--to", "json", option, "NK-TXT-999")
    assert code == 2
    assert out == ""
    assert "'NK-TXT-999' is no diagnostic code or prefix" in err


def test_the_help_documents_prefixes_and_errors() -> None:
    for command in ("convert", "validate", "extract"):
        code, out, _ = invoke(command, "--help")
        assert code == 0
        assert "--select CODE" in out
        assert "--ignore CODE" in out
        assert "NK-G2" in out
        assert "exact code" in " ".join(out.split())


# --- batch ------------------------------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "one.txt").write_bytes(TWO_WARNINGS)
    (folder / "two.txt").write_bytes(b"# doc_id = b\n# author =\nAnother body.\n")
    (folder / "three.txt").write_bytes(b"# doc_id = c\nA clean body.\n")
    return folder


def _report(out_dir: Path) -> dict[str, object]:
    value: dict[str, object] = json.loads((out_dir / ".newsml-kit-report.json").read_bytes())
    return value


def test_the_batch_report_counts_warnings_by_code(archive: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, _, err = invoke("convert", str(archive), "--to", "json", "--out-dir", str(out_dir), "--jobs", "1")
    assert code == 0, err
    report = _report(out_dir)
    summary = report["summary"]
    assert isinstance(summary, dict)
    assert summary["warnings"] == 3
    assert summary["warnings_by_code"] == {"NK-TXT-106": 2, "NK-TXT-107": 1}
    files = {entry["key"]: entry for entry in report["files"]}  # type: ignore[attr-defined]
    assert [w["code"] for w in files["one.txt"]["warnings"]] == ["NK-TXT-107", "NK-TXT-106"]
    assert all(w["text"].endswith(f"[{w['code']}]") for w in files["one.txt"]["warnings"])
    assert "warnings by code: NK-TXT-106 2, NK-TXT-107 1" in err


def test_batch_ignore_and_select_leave_warnings_out_of_the_report(archive: Path, tmp_path: Path) -> None:
    ignored = tmp_path / "ignored"
    code, _, err = invoke(
        "convert",
        str(archive),
        "--to",
        "json",
        "--out-dir",
        str(ignored),
        "--jobs",
        "1",
        "--ignore",
        "NK-TXT-106",
    )
    assert code == 0, err
    summary = _report(ignored)["summary"]
    assert isinstance(summary, dict)
    assert summary["warnings_by_code"] == {"NK-TXT-107": 1}
    assert summary["converted"] == 3
    selected = tmp_path / "selected"
    code, _, err = invoke(
        "convert",
        str(archive),
        "--to",
        "json",
        "--out-dir",
        str(selected),
        "--jobs",
        "1",
        "--select",
        "NK-TXT-106",
    )
    assert code == 0, err
    report = _report(selected)
    assert report["summary"]["warnings_by_code"] == {"NK-TXT-106": 2}  # type: ignore[index]
    assert report["options"]["select"] == ["NK-TXT-106"]  # type: ignore[index]


def test_batch_failures_show_their_code_and_an_exactly_ignored_error_does_not_fail_the_run(
    archive: Path, tmp_path: Path
) -> None:
    (archive / "broken.json").write_bytes(b'{"type": "newsItem",')
    out_dir = tmp_path / "out"
    code, _, err = invoke("convert", str(archive), "--to", "json", "--out-dir", str(out_dir), "--jobs", "1")
    assert code == 1
    assert any(line.endswith("[NK-ERR-002]") and "broken.json" in line for line in err.splitlines())
    failed = [e for e in _report(out_dir)["files"] if e["status"] == "failed"]  # type: ignore[attr-defined]
    assert [e["error"]["code"] for e in failed] == ["NK-ERR-002"]
    again = tmp_path / "again"
    code, _, err = invoke(
        "convert",
        str(archive),
        "--to",
        "json",
        "--out-dir",
        str(again),
        "--jobs",
        "1",
        "--ignore",
        "NK-ERR-002",
    )
    assert code == 0, err
    assert "broken.json" not in err
    summary = _report(again)["summary"]
    assert summary["failed"] == 1  # type: ignore[index]
    assert not (again / "broken.json").exists()


# --- validate -----------------------------------------------------------------------------------------

# Agency NewsML-G2 (validated against the bundled IPTC XSD) with two lint warnings: a guid that is not
# a URI (NK-VAL-103, line 3) and a dateTime without a zone (NK-VAL-105, line 11).
LINTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="not a uri" version="1" standard="NewsML-G2"
    standardversion="2.35" conformance="power">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="test"/>
    <versionCreated>2024-01-02T03:04:05Z</versionCreated>
  </itemMeta>
  <contentMeta>
    <contentCreated>2024-01-02T03:04:05</contentCreated>
    <headline>Title</headline>
  </contentMeta>
</newsItem>
"""
# The same with an element the XSD refuses (NK-VAL-005, line 12).
BROKEN = LINTED.replace(b"<headline>", b"<bogus/><headline>")


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "linted.xml").write_bytes(LINTED)
    (folder / "broken.xml").write_bytes(BROKEN)
    return folder


def _codes(text: str) -> list[str]:
    return [
        line.rsplit(" ", 1)[-1].strip("[]")
        for line in text.splitlines()
        if ": warning: " in line or ": error: " in line
    ]


def test_validate_text_shows_codes_and_ignore_hides_warnings(feeds: Path) -> None:
    linted = str(feeds / "linted.xml")
    code, out, _ = invoke("validate", linted)
    assert code == 0
    assert _codes(out) == ["NK-VAL-103", "NK-VAL-105"]
    code, out, _ = invoke("validate", linted, "--strict")
    assert code == 1
    code, out, _ = invoke("validate", linted, "--strict", "--ignore", "NK-VAL-103")
    assert code == 1
    assert _codes(out) == ["NK-VAL-105"]
    code, out, _ = invoke("validate", linted, "--strict", "--ignore", "NK-VAL-103", "--ignore", "nk-val-105")
    assert code == 0
    assert _codes(out) == []
    assert f"{linted}: valid\n" in out
    assert out.endswith("1 file: 1 valid, 0 invalid; 0 errors, 0 warnings\n")
    code, out, _ = invoke("validate", linted, "--strict", "--select", "NK-VAL-105")
    assert (code, _codes(out)) == (1, ["NK-VAL-105"])


def test_validate_errors_are_ignored_only_by_their_exact_code(feeds: Path) -> None:
    broken = str(feeds / "broken.xml")
    code, out, _ = invoke("validate", broken, "--ignore", "NK-VAL")
    assert code == 1, "a prefix hides warnings, never an error"
    assert _codes(out) == ["NK-VAL-005"]
    code, out, _ = invoke("validate", broken, "--select", "NK-XML")
    assert code == 1, "--select never hides an error"
    assert _codes(out) == ["NK-VAL-005"]
    code, out, _ = invoke("validate", broken, "--ignore", "NK-VAL-005")
    assert code == 0
    assert _codes(out) == ["NK-VAL-103", "NK-VAL-105"]
    assert f"{broken}: valid (2 warnings)" in out


def test_validate_json_carries_codes_and_counts_them(feeds: Path) -> None:
    code, out, _ = invoke("validate", str(feeds), "--format", "json", "--ignore", "NK-VAL-103")
    assert code == 1
    report = json.loads(out)
    by_file = {Path(f["file"]).name: f for f in report["files"]}
    assert [(d["level"], d["code"], d["line"]) for d in by_file["broken.xml"]["diagnostics"]] == [
        ("error", "NK-VAL-005", 12),
        ("warning", "NK-VAL-105", 11),
    ]
    assert report["summary"]["by_code"] == {"NK-VAL-005": 1, "NK-VAL-105": 2}


def test_validate_github_annotations_carry_the_code_as_their_title(feeds: Path) -> None:
    code, out, _ = invoke("validate", str(feeds / "broken.xml"), "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("::error file=")
    assert ",line=12,title=NK-VAL-005::Element 'bogus'" in lines[0]
    assert ",line=3,title=NK-VAL-103::guid 'not a uri'" in lines[1]
    code, out, _ = invoke(
        "validate", str(feeds / "broken.xml"), "--format", "github", "--select", "NK-VAL-105"
    )
    assert [line.split("title=")[1].split("::")[0] for line in out.splitlines()[:-1]] == [
        "NK-VAL-005",
        "NK-VAL-105",
    ]


def test_validate_junit_carries_the_codes(feeds: Path) -> None:
    from lxml import etree

    code, out, _ = invoke(
        "validate", str(feeds / "broken.xml"), "--format", "junit", "--ignore", "NK-VAL-105"
    )
    assert code == 1
    failure = etree.fromstring(out.encode()).find(".//failure")
    assert failure is not None
    assert failure.get("message", "").endswith("[NK-VAL-005]")
    assert [line.rsplit(" ", 1)[-1] for line in (failure.text or "").splitlines()] == [
        "[NK-VAL-005]",
        "[NK-VAL-103]",
    ]
    code, out, _ = invoke(
        "validate", str(feeds / "linted.xml"), "--format", "junit", "--select", "NK-VAL-103"
    )
    assert code == 0
    assert "[NK-VAL-103]" in out
    assert "NK-VAL-105" not in out


def test_validate_refuses_an_unknown_code(feeds: Path) -> None:
    code, out, err = invoke("validate", str(feeds), "--ignore", "NK-VAL-999")
    assert code == 2
    assert out == ""
    assert "no diagnostic code or prefix" in err


def test_ignoring_no_schema_by_its_code_skips_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSML_KIT_NITF_XSD", raising=False)
    story = tmp_path / "story.xml"
    story.write_bytes(
        b"<nitf><head><title>T</title></head><body><body.content><p>x</p></body.content></body></nitf>"
    )
    code, out, _ = invoke("validate", str(story))
    assert code == 2
    assert _codes(out) == ["NK-VAL-003"]
    code, out, _ = invoke("validate", str(story), "--ignore", "NK-VAL-003")
    assert code == 0
    assert f"{story}: skipped" in out


def test_resume_with_the_same_ignore_reuses_the_report_and_another_reconverts(
    archive: Path, tmp_path: Path
) -> None:
    """Regression: the options fingerprint held tuples, the report read back lists, so nothing matched."""
    out_dir = tmp_path / "out"
    base = ["convert", str(archive), "--to", "json", "--out-dir", str(out_dir), "--jobs", "1"]
    assert invoke(*base, "--ignore", "NK-TXT-106")[0] == 0
    code, _, err = invoke(*base, "--ignore", "NK-TXT-106", "--resume")
    assert code == 0, err
    assert "0 converted (0 items), 3 unchanged" in err
    code, _, err = invoke(*base, "--resume")
    assert "3 converted (3 items), 0 unchanged" in err
    assert _report(out_dir)["summary"]["warnings_by_code"] == {"NK-TXT-106": 2, "NK-TXT-107": 1}  # type: ignore[index]
