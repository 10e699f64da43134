"""pressfacts on Dask: the same per-partition function on a ``dask.distributed`` cluster.

    pip install "pressfacts[dask]"
    pressfacts extract corpus/ --engine dask --scheduler tcp://scheduler:8786 --out out.jsonl

Workers need pressfacts installed; they need no access to the input files (the driver reads the
inputs and sends the texts). With no scheduler address a ``LocalCluster`` of ``jobs`` worker
processes is started on the loopback interface. For people already on Dask, ``extract_bag``
maps a ``dask.bag`` of documents to a bag of output lines.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dask.bag
from dask.distributed import Client, LocalCluster

from .api import BATCH_SIZE
from .chunking import MAX_CHARS
from .engines import Pair, one_blas_thread_per_worker, ordered_results, partitions, process_partition
from .inputs import Document, document_from_dict
from .output import committed


@contextmanager
def connect(scheduler: str | None, jobs: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local one with ``jobs`` workers."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    one_blas_thread_per_worker()
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield client


def process_dask(
    documents: Iterable[Document], *, client: Client, partition_size: int = BATCH_SIZE, parts_dir: Path | None = None,
    max_chars: int = MAX_CHARS, include_text: bool = False,
) -> Iterator[Pair]:
    """Results in input order from the cluster; with ``parts_dir``, each partition is also kept as a part file
    (with each document's text when ``include_text``)."""
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    numbered = enumerate(partitions(documents, partition_size))

    def submit(part):
        return client.submit(process_partition, part, max_chars, pure=False)

    results = ordered_results(submit, (part for _, part in numbered), window, max_chars)
    if parts_dir is None:
        yield from results
        return
    shutil.rmtree(parts_dir, ignore_errors=True)  # parts of an earlier run would be merged with these
    parts_dir.mkdir(parents=True)
    index, lines = 0, []
    for document, result in results:
        lines.append(result.to_json(include_text=include_text) + "\n")
        yield document, result
        if len(lines) == partition_size:
            (parts_dir / f"part-{index:06d}.jsonl").write_text("".join(lines), encoding="utf-8")
            index, lines = index + 1, []
    if lines:
        (parts_dir / f"part-{index:06d}.jsonl").write_text("".join(lines), encoding="utf-8")


def merge_parts(parts_dir: Path, out: Path, *, append: bool = False) -> None:
    """Concatenate the part files, in order, into ``out``; then remove them.

    They go to ``out``'s partial file, renamed to ``out`` once all are written; ``append`` puts
    them after what the partial file already holds (a resumed run's kept lines).
    """
    with committed(out, append=append) as handle:
        for part in sorted(parts_dir.glob("part-*.jsonl")):
            handle.write(part.read_text(encoding="utf-8"))
    shutil.rmtree(parts_dir, ignore_errors=True)


def _partition_lines(items: Iterable) -> list[str]:
    documents = [
        item if isinstance(item, Document) else document_from_dict({"text": item} if isinstance(item, str) else item, default_id=f"doc{i}")
        for i, item in enumerate(items)
    ]
    return [result.to_json() for _, result in process_partition(documents)]


def extract_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """A bag of documents (texts, JSONL-like dicts or ``Document``s) to a bag of output JSON lines, in order.

    Give dicts an "id": a text alone is named by its place in its partition.
    """
    return bag.map_partitions(_partition_lines)
