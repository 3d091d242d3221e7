"""Hostile input through the command line, for ``validate`` and ``convert`` alike.

Each case runs in a subprocess with a time limit and an address-space limit, beside a loopback canary and
a secret local file: the command must fail with a clear, located error (exit 1), print nothing of the
secret, send no request to the canary, and never crash or hang.
"""

from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from support.canary import CANARY_TEXT, Canary, serve_canary

SECRET = "TOP-SECRET-7f3a21"
G2 = "http://iptc.org/std/nar/2006-10-01/"
TIMEOUT_SECONDS = 60
MEMORY_LIMIT = 2 * 1024**3
TINY_XSD = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{G2}"
    elementFormDefault="qualified">
  <xs:element name="newsItem"><xs:complexType mixed="true"><xs:sequence>
    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
</xs:schema>"""


def _item(content: str = "", prolog: str = "") -> bytes:
    root = f'<newsItem xmlns="{G2}" guid="urn:x" version="1">{content}</newsItem>'
    return f'<?xml version="1.0"?>\n{prolog}{root}'.encode()


def _doctype(subset: str) -> str:
    return f"<!DOCTYPE newsItem [\n{subset}\n]>\n"


Builder = Callable[[Path, Canary, Path], bytes]


def _local_dtd(secret: Path, canary: Canary, tmp: Path) -> bytes:
    dtd = tmp / "local.dtd"
    dtd.write_text(f'<!ENTITY secret SYSTEM "{secret.as_uri()}">\n<!ENTITY canary "{CANARY_TEXT}">\n')
    return _item("&secret;&canary;", f'<!DOCTYPE newsItem SYSTEM "{dtd.as_uri()}">\n')


CASES: dict[str, Builder] = {
    "xxe-file": lambda s, c, t: _item("&x;", _doctype(f'<!ENTITY x SYSTEM "{s.as_uri()}">')),
    "xxe-parameter-entity": lambda s, c, t: _item(
        "&canary;", _doctype(f'<!ENTITY % p SYSTEM "{c.url("p.dtd")}">\n%p;')
    ),
    "xxe-http": lambda s, c, t: _item("&x;", _doctype(f'<!ENTITY x SYSTEM "{c.url("x")}">')),
    "billion-laughs": lambda s, c, t: _item(
        "&l9;",
        _doctype(
            '<!ENTITY l0 "lol">\n' + "\n".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
        ),
    ),
    "quadratic-blowup": lambda s, c, t: _item("&a;" * 20_000, _doctype(f'<!ENTITY a "{"a" * 50_000}">')),
    "external-dtd-http": lambda s, c, t: _item("&canary;", f'<!DOCTYPE newsItem SYSTEM "{c.url()}">\n'),
    "local-dtd": _local_dtd,
    "internal-entity": lambda s, c, t: _item("&e;", _doctype('<!ENTITY e "x">')),
    "deep-nesting": lambda s, c, t: _item("<a>" * 100_000 + "</a>" * 100_000),
    "huge-text-node": lambda s, c, t: _item("<a>" + "a" * 60_000_000 + "</a>"),
    "bad-utf8": lambda s, c, t: _item("caf\xe9").replace(b"caf\xc3\xa9", b"caf\xe9\xff"),
    "control-character-raw": lambda s, c, t: _item("a\x01b"),
    "control-character-reference": lambda s, c, t: _item("a&#1;b"),
    "truncated": lambda s, c, t: _item("<headline>Headline</headline>")[:-30],
    "random-bytes": lambda s, c, t: random.Random(20261126).randbytes(4096),
    "empty": lambda s, c, t: b"",
    "root-not-newsml-g2": lambda s, c, t: b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
}

# What the error must say, by case (a word or two of the message, matched case-insensitively).
EXPECTED = {
    "xxe-file": "DTD",
    "xxe-parameter-entity": "DTD",
    "xxe-http": "DTD",
    "billion-laughs": "DTD",
    "quadratic-blowup": "DTD",
    "external-dtd-http": "undefined entity",
    "local-dtd": "undefined entity",
    "internal-entity": "DTD",
    "deep-nesting": "limit",
    "huge-text-node": "limit",
    "bad-utf8": "encoding",
    "control-character-raw": "char",
    "control-character-reference": "char",
    "truncated": "malformed",
    "random-bytes": "binary",
    "empty": "empty",
    "root-not-newsml-g2": "root element rss",
}


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    with serve_canary() as running:
        yield running


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(*args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", "newsml_kit", *args],
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        preexec_fn=_limit_memory,
        check=False,
    )
    output = (completed.stdout + completed.stderr).decode("utf-8", "replace")
    return completed.returncode, output, time.monotonic() - started


def command(kind: str, path: Path, tmp: Path) -> list[str]:
    if kind == "validate":
        xsd = tmp / "tiny.xsd"
        xsd.write_text(TINY_XSD)
        return ["validate", "--schema", str(xsd), str(path)]
    return ["convert", str(path), "--to", "json"]


KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _cases() -> Iterator[Any]:
    for case in CASES:
        for kind in ("validate", "convert"):
            gap = KNOWN_GAPS.get((case, kind))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            yield pytest.param(case, kind, marks=marks, id=f"{case}-{kind}")


@pytest.mark.parametrize(("case", "kind"), list(_cases()))
def test_hostile_input(case: str, kind: str, tmp_path: Path, canary: Canary) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    path = tmp_path / "in.xml"
    path.write_bytes(CASES[case](secret, canary, tmp_path))
    before = len(canary.requests)
    code, output, _ = run_cli(*command(kind, path, tmp_path))
    assert len(canary.requests) == before, canary.requests
    assert code == 1, output
    assert SECRET not in output
    assert CANARY_TEXT not in output
    assert "Traceback" not in output
    assert "internal error" not in output
    assert re.search(rf"^{re.escape(str(path))}(:\d+){{0,2}}: error: ", output, re.M), output
    assert EXPECTED[case].lower() in output.lower(), output


def test_external_dtd_is_a_warning_and_never_loaded(tmp_path: Path, canary: Canary) -> None:
    path = tmp_path / "in.xml"
    path.write_bytes(_item("", f'<!DOCTYPE newsItem SYSTEM "{canary.url()}">\n'))
    code, output, _ = run_cli(*command("validate", path, tmp_path))
    assert canary.requests == []
    assert code == 0, output
    assert f"{path}:2:1: warning: external DTD" in output
    code, output, _ = run_cli("validate", "--strict", *command("validate", path, tmp_path)[1:])
    assert code == 1


def test_schema_with_an_http_import(tmp_path: Path, canary: Canary) -> None:
    xsd = tmp_path / "remote.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a">\n'
        f'<xs:include schemaLocation="{canary.url("inc.xsd")}"/></xs:schema>'
    )
    path = tmp_path / "in.xml"
    path.write_bytes(_item())
    for engine in ("lxml", "xmlschema"):
        code, output, _ = run_cli("validate", "--engine", engine, "--schema", str(xsd), str(path))
        assert code == 2
        assert "remote schemas are never fetched" in output
    assert canary.requests == []
