"""Run a batch on a Dask cluster (the optional extra ``newsml-kit[dask]``).

The cluster's workers run the very function the local pool runs, on the same chunks of file paths, so
they must see the inputs and the output folder at the same paths as this process: a filesystem shared
by every machine (NFS, a cluster filesystem, a mounted bucket). That is checked on every worker before
any work is sent, together with the newsml-kit version (another version could write other bytes).

Dask already reruns a task whose worker died; a chunk that keeps killing workers is split into single
files, and a single file that still does is sent once more before it is reported as failed: when a
worker dies, Dask blames every task it held, so an innocent file that shared the worker with the
culprit gets a second chance, and the culprit kills its worker again.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newsml_kit._version import __version__
from newsml_kit.errors import Location, NewsmlKitError

from .jobs import ChunkResult, Job, Settings
from .local import Done, Task, crashed
from .worker import convert_chunk

if TYPE_CHECKING:
    from distributed import Client, Future

# At most this many chunks per worker thread are queued on the cluster at a time.
_AHEAD = 4


class DaskBackend:
    """A Dask cluster: given by its scheduler's address (a client is made and closed here), or by a
    ``distributed.Client`` the caller owns. ``task`` is what runs on a chunk (a test swaps in one that
    kills its worker)."""

    def __init__(self, scheduler: str | Client, task: Task = convert_chunk) -> None:
        self._task = task
        try:
            from distributed import Client
        except ImportError:
            raise NewsmlKitError(
                "the Dask backend needs the optional extra: pip install 'newsml-kit[dask]'"
            ) from None
        if isinstance(scheduler, Client):
            self._client, self._owned = scheduler, False
        else:
            try:
                self._client, self._owned = Client(scheduler), True
            except (OSError, TimeoutError) as exc:
                raise NewsmlKitError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self.workers = max(1, sum(self._client.nthreads().values()))

    def close(self) -> None:
        if self._owned:
            self._client.close()

    def run(self, chunks: Sequence[list[Job]], settings: Settings, done: Done) -> None:
        from distributed import KilledWorker, as_completed

        if chunks:
            self._check_workers(settings, chunks[0][0])
        queue = list(reversed(chunks))
        running: dict[Future[ChunkResult], list[Job]] = {}
        killed_once: set[str] = set()  # single files whose worker died once already
        finished = as_completed()

        def submit(chunk: list[Job]) -> None:
            future = self._client.submit(self._task, chunk, settings, pure=False)
            running[future] = chunk
            finished.add(future)

        while queue and len(running) < _AHEAD * self.workers:
            submit(queue.pop())
        for future in finished:
            chunk = running.pop(future)
            try:
                done(future.result())
            except KilledWorker:
                if len(chunk) == 1 and chunk[0].key in killed_once:
                    done(crashed(chunk[0], "dask"))
                elif len(chunk) == 1:
                    killed_once.add(chunk[0].key)
                    queue.append(chunk)
                else:
                    queue.extend([job] for job in reversed(chunk))
            finally:
                future.release()
            while queue and len(running) < _AHEAD * self.workers:
                submit(queue.pop())

    def _check_workers(self, settings: Settings, job: Job) -> None:
        seen: dict[str, Any] = self._client.run(_worker_view, settings.out_dir, job.path)
        for address, (version, problem) in sorted(seen.items()):
            if problem:
                raise NewsmlKitError(
                    f"Dask worker {address} {problem}: the inputs and the output folder must be on a "
                    "filesystem every worker shares, at the same paths",
                    Location(file=settings.out_dir),
                )
            if version != __version__:
                raise NewsmlKitError(
                    f"Dask worker {address} runs newsml-kit {version}, this is {__version__}: "
                    "install the same version on every worker"
                )


def _worker_view(out_dir: str, sample_input: str) -> tuple[str, str | None]:
    """Run on each worker: its newsml-kit version, and what it cannot see or write, if anything."""
    if not os.path.isfile(sample_input):
        return __version__, f"cannot see the input {sample_input}"
    if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
        return __version__, f"cannot write to the output folder {out_dir}"
    return __version__, None
