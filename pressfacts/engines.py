"""Running the pipeline on many documents: in this process, on N local processes, or on Dask.

Every engine runs the same function, ``process_partition``, on partitions of documents read as
a stream by the driver. At most ``window`` partitions are in flight, and results come back in
input order, so memory stays flat whatever the corpus size and output order never changes.
Local workers (``pressfacts.workers``) replace a worker that died and run its partition again;
on Dask, a partition that fails as a whole is processed again in the driver.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from itertools import islice

from .api import BATCH_SIZE, process
from .chunking import MAX_CHARS
from .inputs import Document
from .schemas import DocumentResult
from .workers import WorkerPool

Pair = tuple[Document, DocumentResult]


def process_partition(documents: list[Document], max_chars: int = MAX_CHARS) -> list[Pair]:
    """The per-partition work every engine runs: the pipeline on a list of documents."""
    return list(process(documents, max_chars=max_chars))


def partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    documents = iter(documents)
    while part := list(islice(documents, size)):
        yield part


def ordered_results(
    submit: Callable[[list[Document]], Future], parts: Iterable[list[Document]], window: int, max_chars: int = MAX_CHARS
) -> Iterator[Pair]:
    """Submit partitions with at most ``window`` in flight; yield their results in input order."""
    pending: deque[tuple[list[Document], Future]] = deque()

    def collect(part: list[Document], future: Future) -> list[Pair]:
        try:
            return future.result()
        except Exception as error:  # noqa: BLE001  the worker died, not one document: redo here
            for document in part:
                document.warnings.append(f"worker failed ({type(error).__name__}); processed again in the driver")
            return process_partition(part, max_chars)

    for part in parts:
        pending.append((part, submit(part)))
        if len(pending) >= window:
            yield from collect(*pending.popleft())
    while pending:
        yield from collect(*pending.popleft())


# numpy's BLAS would run one thread per core in every worker: N workers on N cores then
# fight over them. Workers inherit this environment when they are spawned.
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def one_blas_thread_per_worker() -> None:
    """Ask the workers started from now on for one BLAS thread each (a user's own setting wins)."""
    for name, value in ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process_local(
    documents: Iterable[Document], *, jobs: int = 1, partition_size: int = BATCH_SIZE, max_chars: int = MAX_CHARS,
    notify: Callable[[str], None] | None = None,
) -> Iterator[Pair]:
    """``jobs`` worker processes (1: this process), results in input order.

    A worker that dies is replaced and its partition run again (``pressfacts.workers``); ``notify``
    hears of it (default: the "pressfacts" logger). Workers exit when this process dies.
    """
    if jobs <= 1:
        yield from process(documents, batch_size=partition_size, max_chars=max_chars)
        return
    one_blas_thread_per_worker()
    with WorkerPool(jobs, max_chars=max_chars, notify=notify) as pool:
        yield from pool.run(partitions(documents, partition_size), window=2 * jobs)
