"""Batch conversion (``newsml-kit convert PATH... --out-dir DIR``): mirrored outputs, one bad file never
stops the rest and leaves nothing behind, resume from the manifest after a kill, one clock per run and
the same bytes whatever the number of workers."""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsml_kit import Message, read, write
from newsml_kit.batch import DEFAULT_REPORT_NAME, ConvertOptions, PlanError, convert_batch, default_jobs
from newsml_kit.batch.jobs import Job, output_name
from newsml_kit.batch.local import LocalBackend
from newsml_kit.batch.plan import chunk_size, chunks, plan
from newsml_kit.batch.progress import Counts, ProgressBar, render
from newsml_kit.batch.runner import LOCK_NAME, run_batch
from newsml_kit.fileio import TEMP_PREFIX, TEMP_SUFFIX, is_temp_file
from newsml_kit.formats import get_format
from support.batch import (
    ARTICLES,
    NEWSML,
    dying_task,
    load_report,
    make_archive,
    outputs,
    run_local,
    statuses,
)
from support.paths import REPO

EPOCH = 1767225600  # 2026-01-01T00:00:00Z
VERSION_CREATED = re.compile(rb"<versionCreated>([^<]*)</versionCreated>")
SECRET = "TOP-SECRET-batch-5c1e"


# --- helpers ---------------------------------------------------------------------------------------


def temp_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if is_temp_file(path.name)]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsml_kit", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


def single(path: Path, fmt: str, epoch: int) -> bytes:
    """What ``newsml-kit convert PATH --to FMT`` prints with SOURCE_DATE_EPOCH set."""
    result = subprocess.run(
        [sys.executable, "-m", "newsml_kit", "convert", str(path), "--to", fmt],
        capture_output=True,
        timeout=60,
        check=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
    )
    return result.stdout


# --- where outputs go --------------------------------------------------------------------------------


def test_outputs_mirror_the_inputs_relative_paths_and_equal_single_conversion(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    made = make_archive(archive, folders=2, per_folder=2)
    loose = tmp_path / "loose" / ARTICLES[2].name
    loose.parent.mkdir()
    loose.write_bytes(ARTICLES[2].read_bytes())
    result = run_local([archive, loose], tmp_path / "out")
    expected = {output_name(path.relative_to(archive).as_posix(), ".xml") for path in made}
    expected.add(output_name(loose.name, ".xml"))
    written = outputs(tmp_path / "out")
    assert set(written) == expected
    assert result.counts.converted == len(made) + 1
    assert result.ok
    # The bytes are those of converting each file alone, at the run's clock.
    epoch = result.clock.epoch
    assert written[made[0].relative_to(archive).with_suffix(".xml").as_posix()] == single(
        made[0], "newsml", epoch
    )
    assert written[loose.with_suffix(".xml").name] == single(loose, "newsml", epoch)


def test_a_glob_mirrors_paths_below_its_fixed_folder(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    made = make_archive(archive, folders=3, per_folder=1)
    run_local([f"{archive}/**/*.txt"], tmp_path / "out")  # type: ignore[list-item]
    assert set(outputs(tmp_path / "out")) == {
        path.relative_to(archive).with_suffix(".xml").as_posix() for path in made
    }


def test_items_of_a_message_are_numbered_after_their_file(tmp_path: Path) -> None:
    items = [read(article).item for article in ARTICLES[:3]]
    feed = tmp_path / "in" / "feed.json"
    feed.parent.mkdir()
    feed.write_bytes(write(Message(items=items), "json"))
    result = run_local([feed.parent], tmp_path / "out", options=ConvertOptions("json"))
    written = outputs(tmp_path / "out")
    assert written == {f"feed.{number}.json": write(item, "json") for number, item in enumerate(items, 1)}
    assert result.files[0]["items"] == 3


def test_inputs_that_would_share_an_output_are_refused_and_the_rest_converted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(ARTICLES[0].read_bytes())
    (folder / "a.json").write_bytes(write(read(ARTICLES[1]).item, "json"))
    (folder / "b.txt").write_bytes(ARTICLES[2].read_bytes())
    result = run_local([folder], tmp_path / "out")
    assert statuses(load_report(Path(result.report_path))) == {
        "a.json": "failed",
        "a.txt": "failed",
        "b.txt": "converted",
    }
    assert set(outputs(tmp_path / "out")) == {"b.xml"}
    assert all("would all be written to a.xml" in entry["error"]["message"] for entry in result.files[:2])


def test_an_output_folder_inside_the_input_folder_is_never_read_as_input(tmp_path: Path) -> None:
    made = make_archive(tmp_path, folders=1, per_folder=2)
    out = tmp_path / "2000" / "box-000" / "g2"
    first = run_local([tmp_path], out, options=ConvertOptions("text"))
    second = run_local([tmp_path], out, options=ConvertOptions("text"))
    assert first.counts.total == second.counts.total == len(made)


def test_no_output_may_overwrite_its_input(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1, per_folder=1)
    result = run_local([made[0]], made[0].parent, options=ConvertOptions("text"))
    assert result.counts.failed == 1
    assert "overwrite the input" in result.files[0]["error"]["message"]
    assert made[0].read_bytes() == ARTICLES[0].read_bytes()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("2022/05/a.txt", "2022/05/a.xml"),
        ("NewsMsg_withEvents_2.28.1.xml", "NewsMsg_withEvents_2.28.1.xml"),
        ("report.2024.txt", "report.2024.xml"),
        # Agency files often have no extension; a dot in their name starts none.
        ("tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2", "tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2.xml"),
        ("archive/a.b/story", "archive/a.b/story.xml"),
        ("issue.2024", "issue.2024.xml"),
    ],
)
def test_an_output_replaces_the_input_extension_only_when_it_has_one(key: str, expected: str) -> None:
    assert output_name(key, ".xml") == expected


segments = st.text(alphabet="abAB-", min_size=1, max_size=3)
relative_paths = st.lists(segments, min_size=1, max_size=3).map("/".join)
suffixes = st.sampled_from(["", ".txt", ".xml", ".json", ".a.txt"])


@given(st.lists(st.tuples(relative_paths, suffixes), min_size=1, max_size=12))
def test_planned_outputs_mirror_their_inputs_and_never_collide(files: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp, "in")
        created = set()
        for relative, suffix in files:
            path = root / f"{relative}{suffix}"
            if any(parent.is_file() for parent in path.parents) or path.is_dir():
                continue  # a name already taken by a folder or a file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"x")
            created.add(path.relative_to(root).as_posix())
        planned = plan([str(root)], str(Path(temp, "out")), ".xml")
    keys = [job.key for job in planned.jobs]
    refused = [result.job.key for result in planned.refused]
    assert sorted(keys + refused) == sorted(created)  # every file planned or refused, once
    names = [output_name(key, ".xml") for key in keys]
    assert len(set(names)) == len(names)
    stems = [output_name(key, "") for key in created]
    for key in refused:  # refused exactly when another file has the same stem
        assert stems.count(output_name(key, "")) > 1
    for key in keys:
        assert stems.count(output_name(key, "")) == 1
        assert output_name(key, ".xml").startswith(key.rpartition("/")[0])


@given(st.integers(0, 500), st.integers(1, 64), st.integers(1, 8))
def test_chunks_cover_the_jobs_in_order(count: int, size: int, workers: int) -> None:
    jobs = [Job(f"/{i}", f"{i}", f"{i}") for i in range(count)]
    cut = chunks(jobs, size)
    assert [job for chunk in cut for job in chunk] == jobs
    assert all(1 <= len(chunk) <= size for chunk in cut)
    assert 1 <= chunk_size(count, workers) <= 64


# --- bad files ---------------------------------------------------------------------------------------


def _broken_and_hostile(folder: Path, secret: Path) -> dict[str, bytes]:
    g2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1"'
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "empty.txt": b"",
        "random.bin": bytes(range(256)) * 4,
        "bad-utf8.txt": b"# doc_id = x\nCaf\xe9 \xff\n",
        "truncated.xml": f'<?xml version="1.0"?>\n<newsItem {g2}><itemMeta>'.encode(),
        "xxe-file.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
            f"<newsItem {g2}>&x;</newsItem>"
        ).encode(),
        "billion-laughs.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY l0 "lol">{laughs}]>\n'
            f"<newsItem {g2}>&l9;</newsItem>"
        ).encode(),
        "deep.xml": (
            f'<?xml version="1.0"?>\n<newsItem {g2}>{"<a>" * 50_000}{"</a>" * 50_000}</newsItem>'
        ).encode(),
        "not-news.xml": b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
        "bad.json": b'{"$schema": "https://newsml-kit.github.io/schemas/1/newsml-kit.schema.json", "type": ',
    }


def test_a_mixed_folder_converts_every_valid_file_reports_every_bad_one_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    valid = make_archive(folder / "good", folders=2, per_folder=2)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    bad = _broken_and_hostile(folder, secret)
    for name, data in bad.items():
        (folder / "bad" / name).parent.mkdir(exist_ok=True)
        (folder / "bad" / name).write_bytes(data)
    out = tmp_path / "out"
    completed = cli("convert", str(folder), "--to", "newsml", "--out-dir", str(out), "--jobs", "2")
    assert completed.returncode == 1, completed.stderr
    report = load_report(out / DEFAULT_REPORT_NAME)
    by_key = {entry["key"]: entry for entry in report["files"]}
    for path in valid:
        assert by_key[path.relative_to(folder).as_posix()]["status"] == "converted"
    for name in bad:
        entry = by_key[f"bad/{name}"]
        assert entry["status"] == "failed"
        assert entry["outputs"] == []
        assert entry["error"]["message"]
        assert entry["error"]["file"] == str(folder / "bad" / name)
        assert entry["error"]["text"] in completed.stderr  # each reported where it happened, as it happened
    assert by_key["bad/truncated.xml"]["error"]["line"] is not None  # the location, not just the file
    assert report["summary"] == {**report["summary"], "converted": len(valid), "failed": len(bad)}
    # No partial outputs: exactly the valid files' outputs, whole, and no temporary file.
    written = outputs(out)
    assert set(written) == {path.relative_to(folder).with_suffix(".xml").as_posix() for path in valid}
    for data in written.values():
        read(data, format="newsml")
    assert temp_files(out) == []
    assert SECRET not in completed.stdout + completed.stderr + (out / DEFAULT_REPORT_NAME).read_text()
    assert f"{len(valid) + len(bad)} files: {len(valid)} converted" in completed.stderr


def test_a_file_that_fails_to_write_leaves_none_of_its_items(tmp_path: Path) -> None:
    items = [read(article).item for article in ARTICLES[:2]]
    feed = tmp_path / "in" / "feed.json"
    feed.parent.mkdir()
    feed.write_bytes(write(Message(items=items), "json"))
    out = tmp_path / "out"
    (out / "feed.2.json").mkdir(parents=True)  # the second item cannot be written: a folder is in its way
    result = run_local([feed], out, options=ConvertOptions("json"))
    assert result.counts.failed == 1
    assert "feed.2.json" in result.files[0]["error"]["message"] + str(result.files[0]["error"]["file"])
    assert not (out / "feed.1.json").exists()
    assert temp_files(out) == []


def test_a_worker_that_dies_fails_its_file_only(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=4)
    for folder in ("2001", "2002"):  # two of them, in different chunks: the pool breaks twice or more
        (tmp_path / "in" / folder / "crash.txt").write_bytes(ARTICLES[0].read_bytes())
    backend = LocalBackend(jobs=2, task=dying_task)
    result = run_batch([tmp_path / "in"], tmp_path / "out", NEWSML, backend, chunk=4)
    assert statuses(load_report(Path(result.report_path))) == {
        **{path.relative_to(tmp_path / "in").as_posix(): "converted" for path in made},
        "2001/crash.txt": "failed",
        "2002/crash.txt": "failed",
    }
    crashes = [entry for entry in result.files if entry["key"].endswith("crash.txt")]
    assert [entry["error"]["type"] for entry in crashes] == ["WorkerDied", "WorkerDied"]
    assert len(outputs(tmp_path / "out")) == len(made)


# --- determinism -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], int]:
    """An archive, and what one worker makes of it under SOURCE_DATE_EPOCH unset (the run's own clock)."""
    root = tmp_path_factory.mktemp("determinism")
    make_archive(root / "in", folders=4)
    result = run_local([root / "in"], root / "out", jobs=1)
    return root / "in", outputs(root / "out"), result.clock.epoch


@pytest.mark.parametrize(("jobs", "chunk"), [(1, 1), (2, 1), (2, 3), (2, None)])
def test_outputs_are_byte_identical_whatever_the_workers_and_chunks(
    reference: tuple[Path, dict[str, bytes], int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jobs: int,
    chunk: int | None,
) -> None:
    archive, expected, epoch = reference
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    result = run_local([archive], tmp_path, jobs=jobs, chunk=chunk)
    assert result.clock.source == "SOURCE_DATE_EPOCH"
    assert outputs(tmp_path) == expected


def test_the_clock_is_read_once_per_run_and_recorded(reference: tuple[Path, dict[str, bytes], int]) -> None:
    _, expected, epoch = reference
    stamps = {VERSION_CREATED.search(data).group(1) for data in expected.values()}  # type: ignore[union-attr]
    assert stamps == {time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch)).encode()}


def test_source_date_epoch_is_the_clock_and_must_be_a_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_archive(tmp_path / "in", folders=1, per_folder=1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    result = run_local(made, tmp_path / "out")
    assert load_report(Path(result.report_path))["clock"] == {
        "epoch": EPOCH,
        "utc": "2026-01-01T00:00:00Z",
        "source": "SOURCE_DATE_EPOCH",
    }
    assert b"<versionCreated>2026-01-01T00:00:00Z</versionCreated>" in next(
        iter(outputs(tmp_path / "out").values())
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PlanError, match="SOURCE_DATE_EPOCH"):
        run_local(made, tmp_path / "out2")


# --- resume ------------------------------------------------------------------------------------------


def test_resume_skips_matching_inputs_and_redoes_changed_ones(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=2)
    out = tmp_path / "out"
    first = run_local([tmp_path / "in"], out)
    mtimes = {path: path.stat().st_mtime_ns for path in out.rglob("*.xml")}
    keys = [path.relative_to(tmp_path / "in").as_posix() for path in made]
    time.sleep(0.01)
    # Same inputs and options: nothing is converted again, and the clock is the recorded one.
    again = run_local([tmp_path / "in"], out, resume=True)
    assert again.counts.unchanged == len(made)
    assert again.counts.converted == 0
    assert again.clock == first.clock
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*.xml")} == mtimes
    # An edited input and a deleted output are redone; the rest is not.
    made[0].write_bytes(ARTICLES[1].read_bytes())
    (out / output_name(keys[1], ".xml")).unlink()
    third = run_local([tmp_path / "in"], out, resume=True)
    assert {
        key for key, status in statuses(load_report(Path(third.report_path))).items() if status == "converted"
    } == set(keys[:2])
    assert third.counts.unchanged == len(made) - 2
    # Changing an option re-converts everything.
    fourth = run_local([tmp_path / "in"], out, resume=True, options=ConvertOptions("newsml", extract=False))
    assert fourth.counts.converted == len(made)


def test_resume_redoes_failed_files_and_a_run_without_it_redoes_everything(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1)
    (tmp_path / "in" / "broken.txt").write_bytes(b"")
    out = tmp_path / "out"
    run_local([tmp_path / "in"], out)
    resumed = run_local([tmp_path / "in"], out, resume=True)
    assert (resumed.counts.unchanged, resumed.counts.failed) == (len(made), 1)
    fresh = run_local([tmp_path / "in"], out)
    assert (fresh.counts.converted, fresh.counts.unchanged) == (len(made), 0)


def test_leftover_temporary_files_are_swept_at_start(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1, per_folder=1)
    leftover = tmp_path / "out" / "2000" / f"{TEMP_PREFIX}abc{TEMP_SUFFIX}"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half an output")
    result = run_local(made, tmp_path / "out")
    assert result.swept == (str(leftover),)
    assert temp_files(tmp_path / "out") == []


def test_killing_a_run_midway_then_resuming_finishes_without_redoing_finished_files(tmp_path: Path) -> None:
    archive = tmp_path / "in"
    made = make_archive(archive, folders=60)
    out = tmp_path / "out"
    journal = out / f"{DEFAULT_REPORT_NAME}.journal"
    command = [
        sys.executable,
        "-m",
        "newsml_kit",
        "convert",
        str(archive),
        "--to",
        "newsml",
        "--out-dir",
        str(out),
    ]
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    process = subprocess.Popen(
        [*command, "--jobs", "1"], env=env, start_new_session=True, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= 2:  # the header and a finished file
            break
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)  # the command and its workers, mid-run
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert not (out / DEFAULT_REPORT_NAME).exists(), "the run ended before it could be killed"
    lines = journal.read_text(encoding="utf-8").splitlines()
    header, finished = json.loads(lines[0]), [json.loads(line) for line in lines[1:]]
    assert 0 < len(finished) < len(made)
    stamps = {entry["key"]: (out / entry["outputs"][0]["path"]).stat().st_mtime_ns for entry in finished}

    resumed = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    report = load_report(out / DEFAULT_REPORT_NAME)
    assert report["clock"] == header["clock"]  # the killed run's clock, reused
    done = statuses(report)
    assert {key for key, status in done.items() if status == "unchanged"} == set(stamps)
    assert {key for key, status in done.items() if status == "converted"} == set(done) - set(stamps)
    for entry in finished:
        assert (out / entry["outputs"][0]["path"]).stat().st_mtime_ns == stamps[entry["key"]]
    assert temp_files(out) == []
    assert not journal.exists()
    # Nothing is corrupt: every output is what an uninterrupted run at the same clock writes.
    clean = tmp_path / "clean"
    cli(*command[3:-2], "--out-dir", str(clean), env={"SOURCE_DATE_EPOCH": str(header["clock"]["epoch"])})
    assert outputs(out) == outputs(clean)
    assert len(outputs(clean)) == len(made)


def test_a_manifest_left_by_a_killed_run_is_read_up_to_its_torn_last_line(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1)
    out = tmp_path / "out"
    run_local([tmp_path / "in"], out)
    report = load_report(out / DEFAULT_REPORT_NAME)
    header = {key: report[key] for key in ("format", "format_version", "tool", "options", "clock")}
    journal = out / f"{DEFAULT_REPORT_NAME}.journal"
    lines = [json.dumps(header), *(json.dumps(entry) for entry in report["files"][:2])]
    journal.write_text("\n".join(lines) + '\n{"key": "2000/box-0', encoding="utf-8")
    (out / DEFAULT_REPORT_NAME).unlink()
    resumed = run_local([tmp_path / "in"], out, resume=True)
    assert (resumed.counts.unchanged, resumed.counts.converted) == (2, len(made) - 2)


# --- usage, progress, lock ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "-o", "x", "--out-dir", "d"], "choose one"),
        (["a.txt", "b.txt"], "add --out-dir"),
        (["samples"], "is a folder"),
        (["a.txt", "--jobs", "2"], "--jobs: only with --out-dir"),
        (["a.txt", "--resume", "--report", "r.json"], "--resume, --report: only with --out-dir"),
        (["samples", "--out-dir", "d", "--jobs", "2", "--scheduler", "tcp://127.0.0.1:1"], "choose one"),
        (["-", "--out-dir", "d"], "stdin cannot be converted into a folder"),
        (["no-such-folder", "--out-dir", "d"], "no such file or folder"),
        (["samples", "--out-dir", "d", "--jobs", "0"], "0 is not in the range"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "newsml_kit", "convert", *args, "--to", "json"],
        cwd=REPO if args[0] == "samples" else tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert message in completed.stderr
    assert not (tmp_path / "d").exists() or not any((tmp_path / "d").iterdir())


def test_a_second_run_into_the_same_folder_is_refused_while_one_runs(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1, per_folder=1)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_NAME, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(PlanError, match="another newsml-kit run"):
            convert_batch(made, out, NEWSML, jobs=1)
    assert convert_batch(made, out, NEWSML, jobs=1).ok


def test_jobs_default_to_the_cpus_this_process_may_use() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_the_progress_line_shows_files_items_rate_eta_and_errors() -> None:
    counts = Counts(total=200, done=50, converted=48, failed=2, items=60)
    line = render(counts, elapsed=10.0)
    assert line.startswith("[" + "#" * 6 + "." * 18 + "] 50/200 files")
    assert "60 items" in line
    assert "5.0 files/s" in line
    assert "ETA 0:30" in line
    assert line.endswith("2 errors")


def test_the_progress_bar_redraws_in_place_and_prints_errors_above_it() -> None:
    class Stream:
        text = ""

        def write(self, value: str) -> None:
            self.text += value

        def flush(self) -> None:
            pass

    stream, now = Stream(), [0.0]
    bar = ProgressBar(stream, clock=lambda: now[0])  # type: ignore[arg-type]
    counts = Counts(total=4, done=1)
    bar.update(counts)
    now[0] = 0.05
    bar.update(Counts(total=4, done=2))  # too soon: not drawn
    bar.echo("x.txt: error: broken", Counts(total=4, done=3, failed=1))
    bar.close()
    assert "1/4 files" in stream.text
    assert "2/4 files" not in stream.text
    assert "\rx.txt: error: broken\n" in stream.text
    assert "3/4 files" in stream.text
    assert stream.text.endswith("\r")


def test_a_terminal_gets_a_progress_bar_and_a_pipe_only_the_summary(tmp_path: Path) -> None:
    import pty

    made = make_archive(tmp_path / "in", folders=2, per_folder=1)
    command = [sys.executable, "-m", "newsml_kit", "convert", str(tmp_path / "in"), "--to", "json"]
    primary, secondary = pty.openpty()
    with subprocess.Popen([*command, "--out-dir", str(tmp_path / "tty")], stderr=secondary) as process:
        os.close(secondary)
        shown = b""
        while chunk := _read_pty(primary):
            shown += chunk
        process.wait(timeout=60)
    os.close(primary)
    assert b"\r[" in shown
    assert b"files/s" in shown
    assert b"ETA" in shown
    piped = cli(*command[3:], "--out-dir", str(tmp_path / "pipe"))
    assert "\r" not in piped.stderr
    assert "files/s" in piped.stderr
    assert piped.stderr.startswith(f"{len(made)} files: {len(made)} converted")


def _read_pty(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # the other end closed
        return b""


def test_a_file_name_that_is_not_utf8_is_converted_reported_and_resumed(tmp_path: Path) -> None:
    # Regression: the guid minted from such a name crashed the text reader (an "internal error").
    folder = tmp_path / "in"
    folder.mkdir()
    latin1 = folder / os.fsdecode(b"caf\xe9.txt")
    latin1.write_bytes(
        (REPO / "samples" / "conference-danang.txt").read_bytes()
    )  # no doc_id: named from its file
    out = tmp_path / "out"
    first = run_local([folder], out)
    assert first.ok
    assert (out / os.fsdecode(b"caf\xe9.xml")).read_bytes().count(b'guid="urn:newsml-kit:file:caf%E9:') == 1
    assert load_report(out / DEFAULT_REPORT_NAME)["files"][0]["key"] == os.fsdecode(b"caf\xe9.txt")
    assert run_local([folder], out, resume=True).counts.unchanged == 1


def test_the_ninjs_version_reaches_every_worker_and_changing_it_reconverts(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=1, per_folder=2)
    out = tmp_path / "out"
    older = run_local([tmp_path / "in"], out, options=ConvertOptions("ninjs", ninjs_version="2.2"))
    assert older.ok
    name = output_name(made[0].relative_to(tmp_path / "in").as_posix(), get_format("ninjs").extension)
    assert outputs(out)[name] == write(read(made[0]).item, "ninjs", ninjs_version="2.2")
    newer = run_local(
        [tmp_path / "in"], out, resume=True, options=ConvertOptions("ninjs", ninjs_version="3.1")
    )
    assert newer.counts.converted == len(made)
    assert outputs(out)[name] == write(read(made[0]).item, "ninjs", ninjs_version="3.1")
