"""The command line: one error format, exit codes, atomic output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsml_kit import __version__
from newsml_kit.cli import main
from newsml_kit.formats.json import SCHEMA_ID, read_json

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "conference-danang.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command, as users run it, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "newsml_kit", *args], input=stdin, capture_output=True, timeout=60, check=False
    )


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_convert_to_stdout_matches_the_golden_file() -> None:
    result = run("convert", str(SAMPLE), "--to", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (REPO / "samples" / "conference-danang.json").read_bytes()


def test_convert_reads_stdin_with_a_dash() -> None:
    result = run("convert", "-", "--to", "json", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    item = read_json(result.stdout).item
    assert item.guid == "urn:newsml-kit:file:stdin:2023-05"
    assert item.body[0].text.startswith("Sáng 12/5, tại Đà Nẵng")


def test_convert_writes_a_file_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("convert", str(SAMPLE), "--to", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert json.loads(out.read_bytes())["type"] == "newsItem"
    assert sorted(os.listdir(tmp_path)) == ["out.json"]


def test_bad_input_leaves_no_output_file_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"$schema": "%s", "type": "newsItem",\n "guid": ' % SCHEMA_ID.encode())
    out = tmp_path / "out.json"
    result = run("convert", str(bad), "--to", "json", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"{bad}:2:")
    assert ": error: invalid JSON" in result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["bad.json"]


def test_a_model_error_names_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "$schema": "https://newsml-kit.github.io/schemas/1/newsml-kit.schema.json",
                "type": "newsItem",
                "guid": "urn:x",
                "people": [{"id": "p", "name": "A\u0007"}],
            }
        )
    )
    result = run("convert", str(bad), "--to", "json")
    assert result.returncode == 1
    expected = "people.0.name: character U+0007 at offset 1 is not allowed in XML 1.0 text"
    assert result.stderr.decode().strip() == f"{bad}: error: {expected} [NK-ERR-004]"


def test_missing_file_is_bad_input_not_a_traceback(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path / "nope.txt"), "--to", "json")
    assert result.returncode == 1
    assert "cannot read input: No such file or directory" in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_undecodable_text_points_at_the_byte_and_suggests_an_encoding(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(" date 2022-12 Caf\xe9".encode("latin-1"))
    result = run("convert", str(latin), "--to", "json", "--encoding", "utf-8")
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "byte 0xE9 at offset 17" in message
    assert "--encoding" in message
    ok = run("convert", str(latin), "--to", "json", "--encoding", "latin-1")
    assert ok.returncode == 0, ok.stderr
    assert "Café" in ok.stdout.decode()
    assert ok.stderr == b""


def test_auto_reads_a_windows_1252_file_and_says_so(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(" date 2022-12 Caf\xe9".encode("latin-1"))
    result = run("convert", str(latin), "--to", "json")
    assert result.returncode == 0, result.stderr
    assert "Café" in result.stdout.decode()
    assert f"{latin}: warning: encoding: not UTF-8; read as Windows-1252" in result.stderr.decode()
    strict = run("convert", str(latin), "--to", "json", "--strict")
    assert strict.returncode == 1
    assert "--encoding cp1252" in strict.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "x.txt"],  # --to missing
        ["convert", "x.txt", "--to", "docx"],
        ["frobnicate"],
        ["schema"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output


def test_traceback_only_with_debug(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    plain = run("convert", missing, "--to", "json")
    assert b"Traceback" not in plain.stderr
    debug = run("--debug", "convert", missing, "--to", "json")
    assert debug.returncode == 1
    assert b"Traceback" in debug.stderr


def test_warnings_are_printed_in_the_one_format(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("# doc_id = a1\n# doc_id = a2\nFirst paragraph.\n", encoding="utf-8")
    result = run("convert", str(article), "--to", "json")
    assert result.returncode == 0
    assert result.stderr.decode().startswith(f"{article}:2: warning: header field 'doc_id' repeated")
    strict = run("convert", str(article), "--to", "json", "--strict")
    assert strict.returncode == 1
    assert "strict mode" in strict.stderr.decode()


def test_schema_json_prints_a_schema_that_accepts_a_sample_and_refuses_a_broken_one() -> None:
    """What `schema --json` prints is judged by what it does, not by the file it was read from: a
    valid draft 2020-12 schema with the canonical JSON's id that takes a sample golden and refuses
    it with a bad date or an unknown field."""
    import jsonschema

    result = run("schema", "--json")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == SCHEMA_ID
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    document = json.loads((REPO / "samples" / "conference-danang.json").read_bytes())
    assert list(validator.iter_errors(document)) == []
    assert not validator.is_valid({**document, "content_created": "2022-13"})
    assert not validator.is_valid({**document, "colour": "red"})


def test_help_explains_every_command() -> None:
    for args in (["--help"], ["convert", "--help"], ["schema", "--help"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0
        assert "Usage:" in result.output
    overview = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    assert "Exit status: 0 on success, 1 when an input is bad, 2 on a usage error" in overview


def test_extract_prints_a_table_of_what_was_found() -> None:
    result = run("extract", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    table = result.stdout.decode()
    assert "Lê Minh Khôi | Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng" in table
    assert "Quyết định 2291/QĐ-UBND 2022-10-20 Ủy ban nhân dân thành phố Đà Nẵng" in table
    assert (
        "Hoàng Nam: Phó Chủ tịch UBND thành phố Lê Minh Khôi phát biểu khai mạc Hội thảo (Ảnh: Hoàng Nam)."
        in table
    )


def test_extract_json_names_the_event_participants() -> None:
    result = run("extract", str(SAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["event"]["start"] == "2023-05-12"
    assert found["event"]["place"] == "Đà Nẵng"
    assert found["event"]["participants"] == [
        {"name": "Nguyễn Thị Thu Hà", "role": "chair"},
        {"name": "Lê Minh Khôi", "role": "guest_of_honour"},
    ]
    assert [p["credit"] for p in found["photos"]] == ["Hoàng Nam", "Hoàng Nam"]
    assert "body" not in found


def test_convert_no_extract_keeps_header_and_paragraphs_only() -> None:
    result = run("convert", str(SAMPLE), "--to", "json", "--no-extract")
    assert result.returncode == 0, result.stderr
    item = read_json(result.stdout).item
    assert (item.people, item.event) == ([], None)
    assert len(item.body) == 6


def test_convert_to_text_gives_the_sample_back() -> None:
    result = run("convert", str(SAMPLE), "--to", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SAMPLE.read_bytes()


def test_nfc_composes_nfd_text_only_when_asked(tmp_path: Path) -> None:
    nfd = tmp_path / "nfd.txt"
    nfd.write_bytes(unicodedata.normalize("NFD", SAMPLE.read_text(encoding="utf-8")).encode())
    kept = read_json(run("convert", str(nfd), "--to", "json").stdout).item
    composed = read_json(run("convert", str(nfd), "--to", "json", "--nfc").stdout).item
    assert kept.body[0].text == unicodedata.normalize("NFD", composed.body[0].text) != composed.body[0].text
    assert composed.body[0].text == unicodedata.normalize("NFC", composed.body[0].text)
    # The same entities either way, named as written.
    assert [unicodedata.normalize("NFC", p.name) for p in kept.people] == [p.name for p in composed.people]


def test_help_loads_neither_the_model_nor_the_format_registry() -> None:
    # Start-up time: `newsml-kit --help` must not build the pydantic model or import every format.
    probe = (
        "import sys\nfrom newsml_kit.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pydantic', 'newsml_kit.model', 'newsml_kit.formats', 'xmlschema') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60, check=True)
    assert result.stdout.decode().strip().splitlines()[-1] == "[]"


def test_the_lazy_public_api_resolves_every_name() -> None:
    probe = "import newsml_kit\nprint(all(getattr(newsml_kit, n) is not None for n in newsml_kit.__all__))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60, check=True)
    assert result.stdout.decode().strip() == "True"
