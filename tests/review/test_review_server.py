"""The review folder (save, versions, undo, stale saves, the queue) and the server's guards over
real HTTP on loopback: token, Host, CSRF, content type, origin, body size, path traversal."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from newsml_kit.cli import main
from newsml_kit.formats.json import read_json
from newsml_kit.model import ReviewStatus
from newsml_kit.review.edits import SetPerson
from newsml_kit.review.run import Running, start
from newsml_kit.review.server import MAX_BODY_BYTES, TOKEN_COOKIE
from newsml_kit.review.store import HISTORY_DIR, StaleVersion, Store, StoreError
from support.review import HOSTILE_NAME, sample_folder

ITEM = "conference-danang.json"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return sample_folder(tmp_path / "review")


# --- the folder ---------------------------------------------------------------------------------


def test_saving_writes_the_next_version_with_its_status_and_keeps_the_original(folder: Path) -> None:
    store = Store(folder)
    original = (folder / ITEM).read_bytes()
    loaded = store.load(ITEM)
    edited = loaded.item.model_copy(update={"description": "checked"})
    saved = store.save(ITEM, edited, loaded.sha256, ReviewStatus.CORRECTED)
    on_disk = read_json((folder / ITEM).read_bytes()).item
    assert (on_disk.version, on_disk.review_status, on_disk.description) == (
        2,
        ReviewStatus.CORRECTED,
        "checked",
    )
    assert saved.item == on_disk
    assert (folder / HISTORY_DIR / ITEM / "1.json").read_bytes() == original
    assert store.original(ITEM) == loaded.item
    approved = store.save(ITEM, saved.item, saved.sha256, ReviewStatus.APPROVED)
    assert (approved.item.version, approved.item.review_status) == (3, ReviewStatus.APPROVED)
    assert approved.history == (1, 2)


def test_a_save_from_a_stale_page_is_refused_and_says_so(folder: Path) -> None:
    store = Store(folder)
    first_tab = store.load(ITEM)
    second_tab = store.load(ITEM)
    store.save(ITEM, first_tab.item, first_tab.sha256, ReviewStatus.CORRECTED)
    with pytest.raises(
        StaleVersion, match=r"saved elsewhere after this page loaded it \(it is at version 2 now\)"
    ):
        store.save(ITEM, second_tab.item, second_tab.sha256, ReviewStatus.APPROVED)
    assert read_json((folder / ITEM).read_bytes()).item.review_status is ReviewStatus.CORRECTED


def test_undo_puts_back_each_saved_version_exactly_down_to_the_conversion(folder: Path) -> None:
    store = Store(folder)
    original = (folder / ITEM).read_bytes()
    loaded = store.load(ITEM)
    once = store.save(ITEM, loaded.item, loaded.sha256, ReviewStatus.CORRECTED)
    after_once = (folder / ITEM).read_bytes()
    twice = store.save(ITEM, once.item, once.sha256, ReviewStatus.APPROVED)
    back = store.undo(ITEM, twice.sha256)
    assert (folder / ITEM).read_bytes() == after_once
    back = store.undo(ITEM, back.sha256)
    assert (folder / ITEM).read_bytes() == original
    with pytest.raises(StoreError, match="no earlier version"):
        store.undo(ITEM, back.sha256)
    with pytest.raises(StaleVersion):
        store.undo(ITEM, twice.sha256)


@pytest.mark.parametrize(
    "path",
    [
        "../outside.json",
        "/etc/passwd",
        "a/../../outside.json",
        f"{HISTORY_DIR}/{ITEM}/1.json",
        ".hidden.json",
        "conference-danang.txt",
        "",
        "sub\\..\\x.json",
        "link.json",
    ],
)
def test_only_item_files_inside_the_folder_are_served(folder: Path, path: str) -> None:
    (folder.parent / "outside.json").write_bytes((folder / ITEM).read_bytes())
    os.symlink(folder.parent / "outside.json", folder / "link.json")
    store = Store(folder)
    with pytest.raises(StoreError, match="no item"):
        store.resolve(path)


def test_the_queue_puts_items_without_event_or_with_warnings_first(folder: Path) -> None:
    report = {
        "format": "newsml-kit batch report",
        "files": [
            {"key": "a.txt", "warnings": [{"message": "repaired a date"}], "outputs": [{"path": ITEM}]},
        ],
    }
    (folder / ".newsml-kit-report.json").write_text(json.dumps(report))
    entries = Store(folder).queue()
    attention = [e.path for e in entries if e.needs_attention]
    assert attention == [e.path for e in entries[: len(attention)]]
    assert {ITEM, HOSTILE_NAME} <= set(attention)  # a warning; no event
    by_path = {e.path: e for e in entries}
    assert by_path[ITEM].warnings == ("repaired a date",)
    assert by_path["award-ceremony-haiphong.json"].event
    assert {e.status for e in entries} == {"extracted"}


def test_convert_exports_reviewed_items_and_never_reads_the_kept_versions(
    folder: Path, tmp_path: Path
) -> None:
    store = Store(folder)
    loaded = store.load(ITEM)
    store.save(ITEM, loaded.item, loaded.sha256, ReviewStatus.APPROVED)
    out = tmp_path / "g2"
    result = CliRunner().invoke(main, ["convert", str(folder), "--to", "newsml", "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml"))
    assert written == sorted(p.with_suffix(".xml").name for p in folder.glob("*.json"))
    assert b'version="2"' in (out / "conference-danang.xml").read_bytes()


# --- the server over HTTP ----------------------------------------------------------------------


@pytest.fixture
def server(folder: Path) -> Iterator[Running]:
    running = start(folder)
    yield running
    running.stop()


class Client:
    def __init__(self, running: Running) -> None:
        parts = urlsplit(running.url)
        self.host, self.port = parts.hostname or "", parts.port or 0
        self.token = running.secrets.token
        self.csrf = running.secrets.csrf

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        token: bool = True,
    ) -> tuple[int, dict[str, str], str]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        sent = {"Host": f"127.0.0.1:{self.port}"}
        if token:
            sent["Cookie"] = f"{TOKEN_COOKIE}={self.token}"
        if body is not None and not isinstance(body, bytes):
            body = json.dumps(body).encode()
            sent |= {"Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        sent |= headers or {}
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def sha256(self, folder: Path, item: str = ITEM) -> str:
        return Store(folder).load(item).sha256


def test_the_url_token_opens_a_session_and_nothing_opens_without_it(server: Running) -> None:
    client = Client(server)
    path = urlsplit(server.url)
    status, headers, _ = client.request("GET", f"/?{path.query}", token=False)
    assert status == 303
    assert f"{TOKEN_COOKIE}={server.secrets.token}" in headers["set-cookie"]
    assert "samesite=strict" in headers["set-cookie"].lower()
    assert client.request("GET", "/", token=False)[0] == 403
    assert client.request("GET", "/?token=wrong", token=False)[0] == 403
    assert client.request("GET", "/static/review.js", token=False)[0] == 403
    status, headers, page = client.request("GET", "/")
    assert status == 200
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    assert "conference-danang.json" in page


def test_another_host_name_is_refused(server: Running) -> None:
    assert Client(server).request("GET", "/", headers={"Host": "attacker.example:80"})[0] == 403


@pytest.mark.parametrize(
    ("headers", "status", "says"),
    [
        ({"X-CSRF-Token": ""}, 403, "CSRF"),
        ({"X-CSRF-Token": "not-the-token"}, 403, "CSRF"),
        ({"Content-Type": "text/plain"}, 415, "application/json"),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415, "application/json"),
        ({"Origin": "http://evil.example"}, 403, "another site"),
        ({"Content-Length": str(MAX_BODY_BYTES + 1)}, 413, "at most"),
    ],
)
def test_a_change_without_the_page_s_credentials_is_refused(
    server: Running, folder: Path, headers: dict[str, str], status: int, says: str
) -> None:
    client = Client(server)
    before = (folder / ITEM).read_bytes()
    body = {"path": ITEM, "sha256": client.sha256(folder), "edits": [], "status": "approved"}
    data = json.dumps(body).encode()
    sent = {"Content-Type": "application/json", "X-CSRF-Token": client.csrf, "Content-Length": str(len(data))}
    answer = client.request(
        "POST",
        "/api/save",
        body=data if "Content-Length" not in headers else b"",
        headers={**sent, **headers},
    )
    assert (answer[0], says in answer[2]) == (status, True)
    assert (folder / ITEM).read_bytes() == before


def test_a_body_sent_in_chunks_past_the_limit_is_refused(server: Running, folder: Path) -> None:
    client = Client(server)
    connection = http.client.HTTPConnection(client.host, client.port, timeout=30)
    chunk = b" " * 65536
    connection.request(
        "POST",
        "/api/preview",
        body=iter([chunk] * (MAX_BODY_BYTES // len(chunk) + 2)),
        headers={
            "Host": f"127.0.0.1:{client.port}",
            "Cookie": f"{TOKEN_COOKIE}={client.token}",
            "Content-Type": "application/json",
            "X-CSRF-Token": client.csrf,
        },
        encode_chunked=True,
    )
    response = connection.getresponse()
    assert (response.status, b"at most" in response.read()) == (413, True)


@pytest.mark.parametrize(
    "path",
    [
        "/item?path=../outside.json",
        "/item?path=%2e%2e/outside.json",
        "/raw?path=../outside.json",
        "/raw?path=/etc/passwd",
        f"/raw?path={HISTORY_DIR}/{ITEM}/1.json",
        "/static/../store.py",
        "/static/%2e%2e/store.py",
        "/static/..%2fstore.py",
    ],
)
def test_nothing_outside_the_folder_is_served(server: Running, folder: Path, path: str) -> None:
    (folder.parent / "outside.json").write_bytes((folder / ITEM).read_bytes())
    status, _, text = Client(server).request("GET", path)
    assert status == 404
    assert "guid" not in text


def test_an_item_file_inside_the_folder_is_served(server: Running, folder: Path) -> None:
    status, _, text = Client(server).request("GET", f"/raw?path={ITEM}")
    assert status == 200
    assert text.encode() == (folder / ITEM).read_bytes()


def test_a_hostile_article_is_sent_as_escaped_text(server: Running) -> None:
    status, _, page = Client(server).request("GET", f"/item?path={HOSTILE_NAME}")
    assert status == 200
    assert "<script>window" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1;" in page
    assert "&#13;\n" in page  # a CR reaches the page as a reference, so offsets stay right


def test_edits_preview_save_and_a_stale_second_tab(server: Running, folder: Path) -> None:
    client = Client(server)
    base = client.sha256(folder)
    edit = SetPerson(person_id="per1", rank="Tiến sĩ", titles=["Phó Chủ tịch UBND thành phố Đà Nẵng"])
    body = {"path": ITEM, "sha256": base, "edits": [edit.model_dump(mode="json")]}
    status, _, answer = client.request("POST", "/api/preview", body=body)
    assert status == 200
    assert "Tiến sĩ" in json.loads(answer)["panel"]
    assert read_json((folder / ITEM).read_bytes()).item.people[0].rank is None  # preview writes nothing
    status, _, answer = client.request("POST", "/api/save", body={**body, "status": "corrected"})
    assert (status, json.loads(answer)["version"]) == (200, 2)
    assert read_json((folder / ITEM).read_bytes()).item.people[0].rank == "Tiến sĩ"
    status, _, answer = client.request("POST", "/api/save", body={**body, "status": "approved"})
    assert status == 409
    assert "saved elsewhere" in json.loads(answer)["error"]
    bad = {
        "path": ITEM,
        "sha256": client.sha256(folder),
        "edits": [{"op": "set_role", "entity_id": "loc1", "role": "chair"}],
    }
    status, _, answer = client.request("POST", "/api/preview", body=bad)
    assert status == 422
    assert "only people and organisations take part" in json.loads(answer)["error"]


def test_the_queue_filters_by_status_and_by_warnings(server: Running, folder: Path) -> None:
    store = Store(folder)
    loaded = store.load(ITEM)
    store.save(ITEM, loaded.item, loaded.sha256, ReviewStatus.APPROVED)
    report = {"files": [{"warnings": [{"message": "repaired"}], "outputs": [{"path": HOSTILE_NAME}]}]}
    (folder / ".newsml-kit-report.json").write_text(json.dumps(report))
    client = Client(server)

    def rows(query: str) -> list[str]:
        status, _, page = client.request("GET", f"/?{query}")
        assert status == 200
        return [
            line.split('data-path="')[1].split('"')[0] for line in page.splitlines() if 'data-path="' in line
        ]

    everything = rows("")
    assert len(everything) == len([p for p in folder.glob("*.json") if not p.name.startswith(".")])
    assert rows("status=approved") == [ITEM]
    assert ITEM not in rows("status=extracted")
    assert rows("warnings=yes") == [HOSTILE_NAME]
    assert sorted(rows("warnings=no")) == sorted(set(everything) - {HOSTILE_NAME})


def test_the_review_command_serves_the_folder_at_the_url_it_prints(folder: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "newsml_kit", "review", str(folder), "--no-browser"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        lines = [process.stderr.readline() for _ in range(3)]
        url = next(line.split()[1] for line in lines if line.startswith("Open "))
        parts = urlsplit(url)
        assert (parts.hostname, parts.path) == ("127.0.0.1", "/")
        connection = http.client.HTTPConnection("127.0.0.1", parts.port or 0, timeout=30)
        connection.request("GET", f"/?{parts.query}")
        response = connection.getresponse()
        assert response.status == 303
        cookie = response.getheader("set-cookie", "").split(";")[0]
        connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", parts.port or 0, timeout=30)
        connection.request("GET", "/", headers={"Cookie": cookie})
        page = connection.getresponse().read().decode()
        assert "conference-danang.json" in page
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_without_the_review_extra_the_command_says_what_to_install(folder: Path) -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None; from newsml_kit.cli import main; "
        f"main(['review', {str(folder)!r}, '--no-browser'])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "pip install 'newsml-kit[review]'" in result.stderr
    assert "uvicorn is missing" in result.stderr


def test_the_review_command_needs_a_folder() -> None:
    result = CliRunner().invoke(main, ["review", "/no/such/folder", "--no-browser"])
    assert result.exit_code == 2
    assert "does not exist" in result.output
