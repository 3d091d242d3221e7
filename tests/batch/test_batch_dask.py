"""The Dask backend against a real ``dask.distributed.LocalCluster``: two worker processes on loopback,
reached through the command line (``--scheduler ADDRESS``) and the Python API (a ``Client``)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest

from newsml_kit.batch import DEFAULT_REPORT_NAME, ConvertOptions, convert_batch
from newsml_kit.batch.dask_backend import DaskBackend, _worker_view
from newsml_kit.batch.local import Task
from newsml_kit.batch.runner import BatchResult, run_batch
from newsml_kit.errors import NewsmlKitError
from support.batch import (
    ARTICLES,
    blamed_task,
    dying_task,
    load_report,
    make_archive,
    outputs,
    run_local,
    statuses,
)

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

pytestmark = pytest.mark.dask
EPOCH = 1767225600
# The scheduler serves HTTP (health, metrics) even without a dashboard: on loopback, on a free port.
LOOPBACK_ANY_PORT = "127.0.0.1:0"


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=LOOPBACK_ANY_PORT,
        worker_dashboard_address=None,
    ) as local:
        yield local


@pytest.fixture
def client(cluster: distributed.LocalCluster) -> Iterator[distributed.Client]:
    with distributed.Client(cluster) as connected:
        yield connected


def test_the_cli_on_a_cluster_writes_the_same_bytes_as_one_and_two_local_jobs(
    cluster: distributed.LocalCluster,
    client: distributed.Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = tmp_path / "in"
    made = make_archive(archive, folders=5)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    one = outputs_of(run_local([archive], tmp_path / "jobs1", jobs=1))
    two = outputs_of(run_local([archive], tmp_path / "jobs2", jobs=2))
    out = tmp_path / "dask"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsml_kit",
            "convert",
            str(archive),
            "--to",
            "newsml",
            "--out-dir",
            str(out),
            "--scheduler",
            cluster.scheduler_address,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)},
    )
    assert completed.returncode == 0, completed.stderr
    on_dask = outputs(out)
    assert len(on_dask) == len(made)
    assert on_dask == one == two
    # The work ran in the cluster's worker processes, more than one of them.
    report = load_report(out / DEFAULT_REPORT_NAME)
    worker_pids = set(client.run(os.getpid).values())
    ran_on = {int(entry["worker"].rpartition(":")[2]) for entry in report["workers"]}
    assert len(ran_on) >= 2
    assert ran_on <= worker_pids


def outputs_of(result: object) -> dict[str, bytes]:
    return outputs(Path(result.report_path).parent)  # type: ignore[attr-defined]


def test_the_python_api_takes_a_client_reports_bad_files_and_resumes(
    client: distributed.Client, tmp_path: Path
) -> None:
    archive = tmp_path / "in"
    made = make_archive(archive, folders=2)
    (archive / "broken.txt").write_bytes(b"")
    out = tmp_path / "out"
    first = convert_batch([archive], out, ConvertOptions("json"), scheduler=client)
    assert (first.counts.converted, first.counts.failed) == (len(made), 1)
    assert statuses(load_report(Path(first.report_path)))["broken.txt"] == "failed"
    assert len(outputs(out)) == len(made)
    (archive / "2000" / "box-000" / ARTICLES[0].name).write_bytes(ARTICLES[1].read_bytes())
    again = convert_batch([archive], out, ConvertOptions("json"), scheduler=client, resume=True)
    assert (again.counts.converted, again.counts.unchanged, again.counts.failed) == (1, len(made) - 1, 1)
    assert again.clock == first.clock
    assert client.status == "running"  # a caller's client is left open


def test_workers_must_see_the_inputs_and_the_output_folder(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLES[0].read_bytes())
    assert _worker_view(str(tmp_path), str(article))[1] is None
    assert "cannot see the input" in str(_worker_view(str(tmp_path), str(tmp_path / "gone.txt"))[1])
    assert "cannot write to the output folder" in str(_worker_view(str(tmp_path / "gone"), str(article))[1])


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLES[0].read_bytes())
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(NewsmlKitError, match="cannot reach the Dask scheduler"),
    ):
        convert_batch([article], tmp_path / "out", ConvertOptions("json"), scheduler="tcp://127.0.0.1:9")


def run_dying(tmp_path: Path, task: Task) -> BatchResult:
    # Dask reruns a task whose worker died (three times by default); no rerun keeps these tests short,
    # and one task at a time per worker keeps the blame on the task that killed it.
    config = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with (
        dask.config.set(config),
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=LOOPBACK_ANY_PORT,
            worker_dashboard_address=None,
        ) as local,
        distributed.Client(local) as connected,
    ):
        backend = DaskBackend(connected, task=task)
        return run_batch([tmp_path / "in"], tmp_path / "out", ConvertOptions("json"), backend, chunk=3)


def test_a_file_that_kills_its_dask_worker_fails_alone(tmp_path: Path) -> None:
    made = make_archive(tmp_path / "in", folders=2)
    (tmp_path / "in" / "crash.txt").write_bytes(ARTICLES[0].read_bytes())
    result = run_dying(tmp_path, dying_task)
    assert statuses(load_report(Path(result.report_path))) == {
        **{path.relative_to(tmp_path / "in").as_posix(): "converted" for path in made},
        "crash.txt": "failed",
    }
    assert len(outputs(tmp_path / "out")) == len(made)


def test_a_file_blamed_for_a_dead_worker_twice_is_sent_once_more(tmp_path: Path) -> None:
    """Regression: Dask blames every task a dead worker held, so a good file beside the culprit was
    reported failed once its single run was blamed too (a flaky run of the test above)."""
    made = make_archive(tmp_path / "in", folders=1)
    (tmp_path / "in" / "blamed.txt").write_bytes(ARTICLES[0].read_bytes())
    result = run_dying(tmp_path, blamed_task)
    assert (tmp_path / "blamed.deaths").read_bytes() == b"xx"
    assert statuses(load_report(Path(result.report_path))) == {
        **{path.relative_to(tmp_path / "in").as_posix(): "converted" for path in made},
        "blamed.txt": "converted",
    }
