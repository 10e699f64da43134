"""Local worker processes that survive the death of one of them and never outlive the driver.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one worker dies (the OOM killer, a
``kill -9``) the whole pool breaks and every later submit raises ``BrokenProcessPool``. Why not
pebble: its workers take tasks from one shared channel under a lock that a worker killed at
the wrong moment leaves held, and the pool then waits forever (pebble issues #97, #163). Here
each worker has a pipe of its own and one partition at a time, so the driver always knows which
partition a dead worker held: it starts a new worker and gives it that partition again.

Each worker watches its parent: when the driver dies (even by ``kill -9``, which runs no
cleanup), the worker is re-parented and exits within ``PARENT_WATCH_SECONDS``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from .api import process, to_result
from .chunking import MAX_CHARS
from .inputs import Document
from .schemas import DocumentResult

Pair = tuple[Document, DocumentResult]
PARENT_WATCH_SECONDS = 1.0
ATTEMPTS = 2  # a partition whose worker died twice is run one document at a time
STOP_SECONDS = 5.0  # how long workers get to exit when told to, before they are killed

log = logging.getLogger("pressfacts")


def watch_parent(parent: int, every: float = PARENT_WATCH_SECONDS) -> None:
    """Exit this process as soon as its parent is gone (a thread; the work goes on meanwhile)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)  # no cleanup to wait for: the driver that wanted the results is gone

    threading.Thread(target=watch, name="pressfacts-parent-watch", daemon=True).start()


def worker_main(connection: Connection, parent: int, max_chars: int) -> None:
    """A worker: partitions in, (document, result) pairs out, until told to stop or the pipe closes."""
    watch_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the driver decides
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        key, documents = task
        connection.send((key, list(process(documents, max_chars=max_chars))))


@dataclass
class Task:
    """Documents of one partition (or one document of it) and how often a worker died on them."""

    part: int  # which partition, in input order
    offset: int  # where these documents start in it
    documents: list[Document]
    attempts: int = 0


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    task: Task | None = None


@dataclass
class Partition:
    size: int
    pairs: dict[int, list[Pair]] = field(default_factory=dict)  # offset -> pairs

    @property
    def done(self) -> bool:
        return sum(len(pairs) for pairs in self.pairs.values()) == self.size

    def ordered(self) -> list[Pair]:
        return [pair for offset in sorted(self.pairs) for pair in self.pairs[offset]]


class WorkerPool:
    """``jobs`` spawned worker processes; ``run`` yields pairs in input order."""

    def __init__(self, jobs: int, *, max_chars: int = MAX_CHARS, notify: Callable[[str], None] | None = None) -> None:
        self.jobs, self.max_chars = jobs, max_chars
        self.notify = notify or log.warning
        # spawn, not fork: workers start clean and load the models once each
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[Worker] = []

    def __enter__(self) -> WorkerPool:
        self.workers = [self._start() for _ in range(self.jobs)]
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.stop(wait=kind is None)

    def _start(self) -> Worker:
        ours, theirs = self.context.Pipe()
        worker = self.context.Process(
            target=worker_main, args=(theirs, os.getpid(), self.max_chars), name="pressfacts-worker", daemon=True
        )
        worker.start()
        theirs.close()  # only the worker's end stays open: its death closes the pipe
        return Worker(worker, ours)

    def stop(self, *, wait: bool = True) -> None:
        """End every worker: asked to finish when all went well, terminated at once otherwise."""
        for worker in self.workers:
            if wait:
                try:
                    worker.connection.send(None)
                except OSError:
                    pass
            else:
                worker.process.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
        self.workers = []

    def run(self, parts: Iterable[list[Document]], window: int) -> Iterator[Pair]:
        """Partitions in, pairs out in input order, with at most ``window`` partitions read ahead."""
        parts = iter(parts)
        queue: deque[Task] = deque()
        partitions: dict[int, Partition] = {}
        next_part = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_part - next_out < window:
                part = next(parts, None)
                if part is None:
                    exhausted = True
                    break
                partitions[next_part] = Partition(len(part))
                queue.append(Task(next_part, 0, part))
                next_part += 1
            while next_out in partitions and partitions[next_out].done:
                yield from partitions.pop(next_out).ordered()
                next_out += 1
            if exhausted and not partitions:
                return
            for index, worker in enumerate(self.workers):
                if worker.task is None and queue:
                    if not worker.process.is_alive():  # died while idle: no task of its own to redo
                        self._replace(worker, partitions, queue)
                        worker = self.workers[index]
                    self._assign(worker, queue.popleft())
            self._collect(partitions, queue)

    def _assign(self, worker: Worker, task: Task) -> None:
        worker.task = task
        try:
            worker.connection.send(((task.part, task.offset), task.documents))
        except OSError:  # it died before it could take the task: the sentinel says so next
            pass

    def _collect(self, partitions: dict[int, Partition], queue: deque[Task]) -> None:
        """Wait for a result or a death; take the result, or replace the dead worker and queue its task again."""
        busy = [worker for worker in self.workers if worker.task is not None]
        if not busy:
            return
        ready = wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.connection in ready:
                try:
                    (part, offset), pairs = worker.connection.recv()
                except (EOFError, OSError):
                    pass  # it died while sending: handled below, as any death
                else:
                    partitions[part].pairs[offset] = pairs
                    worker.task = None
                    continue
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._replace(worker, partitions, queue)

    def _replace(self, worker: Worker, partitions: dict[int, Partition], queue: deque[Task]) -> None:
        worker.process.join()
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        task, worker.task = worker.task, None
        worker.connection.close()
        index = self.workers.index(worker)
        self.workers[index] = self._start()
        if task is None:
            self.notify(f"a worker process died ({how}) between partitions; a new one takes its place")
            return
        task.attempts += 1
        if task.attempts < ATTEMPTS:
            self.notify(f"a worker process died ({how}); its {len(task.documents)} documents are run again by a new one")
            queue.appendleft(task)
        elif len(task.documents) > 1:
            self.notify(f"a worker process died ({how}) twice on the same documents; they are run one at a time")
            singles = [Task(task.part, task.offset + i, [doc], attempts=ATTEMPTS - 1) for i, doc in enumerate(task.documents)]
            queue.extendleft(reversed(singles))
        else:
            (document,) = task.documents
            self.notify(f"a worker process died ({how}) on {document.doc_id} alone: it is not processed")
            document.warnings.append(f"processing failed: the worker process died on this document ({how})")
            document.text = None
            partitions[task.part].pairs[task.offset] = [(document, to_result(document, None))]
