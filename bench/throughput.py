"""Throughput of pressfacts against the floor (razdel) and the natasha loop people write by hand.

A benchmark, not a test: it measures, prints, and writes bench/RESULTS.md. All rows run in ONE
run on the same documents (the sample corpus and the factRuEval development texts, cycled to N):

  (a) razdel tokens + sentences only: the floor any pipeline pays
  (b) the natasha reference loop: Segmenter, NewsMorphTagger, NewsNERTagger, span.normalize
  (c) pressfacts end to end, one process (and, beside it, with the syntax component left out)
  (d) pressfacts, 2 worker processes
  (e) pressfacts on a 2-worker Dask LocalCluster (loopback)

Models are loaded and workers started before the clock starts, for every row alike; the rows run
in turns for several rounds and the median round counts (this machine is shared and noisy). Every
process uses one BLAS thread (as pressfacts' workers do), so that "1 process" means one core.
Then the peak resident memory of one worker streaming N and 5N documents (it must not grow with N).

    python bench/throughput.py [--n 2000] [--rounds 3] [--skip-memory]
"""

from __future__ import annotations

import os

# Before numpy is imported (by pressfacts below): one BLAS thread per process, for every row.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import multiprocessing  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

import razdel  # noqa: E402

from pressfacts.api import BATCH_SIZE, load, process  # noqa: E402
from pressfacts.engines import ordered_results, partitions, process_partition  # noqa: E402
from pressfacts.inputs import Document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FACTRUEVAL = ROOT.parent / "shared" / "factrueval-2016-dev"


def source_texts() -> list[str]:
    paths = sorted((ROOT / "corpus" / "texts").glob("*.txt")) + sorted(FACTRUEVAL.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def corpus(n: int) -> list[Document]:
    texts = itertools.cycle(source_texts())
    return [Document(f"d{i}", next(texts)) for i in range(n)]


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


NO_SYNTAX = "(c') pressfacts, 1 process, syntax off"


def floor(docs: list[Document]) -> None:
    for doc in docs:
        list(razdel.tokenize(doc.text))
        list(razdel.sentenize(doc.text))


def natasha_loop(docs: list[Document]):
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)

    def run(batch=docs):
        for item in batch:
            doc = Doc(item.text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)

    return run


def pool_run(pool, docs: list[Document], workers: int) -> None:
    for _ in ordered_results(lambda part: pool.submit(process_partition, part), partitions(docs, BATCH_SIZE), 2 * workers):
        pass


def warm_pool(pool, workers: int, docs: list[Document]) -> None:
    # one small partition per worker, at once, so that every worker has loaded the models
    futures = [pool.submit(process_partition, docs[i : i + 2]) for i in range(0, 2 * workers, 2)]
    for future in futures:
        future.result()


def dask_run(docs: list[Document]):
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    client.run(lambda: list(process(corpus(4))))  # every worker loads the models

    def run():
        for _ in ordered_results(lambda part: client.submit(process_partition, part, pure=False), partitions(docs, BATCH_SIZE), 4):
            pass

    return run, lambda: (client.close(), cluster.close())


def worker_peak_memory(n: int) -> float:
    """MB: peak resident memory of a worker process that streams n documents through the pipeline."""
    def stream():
        texts = itertools.cycle(source_texts())
        return (Document(f"d{i}", next(texts)) for i in range(n))

    for _ in process(stream()):
        pass
    return peak_memory()


def peak_memory() -> float:
    """MB: this process's peak resident memory. VmHWM, where Linux has it: ru_maxrss survives the
    exec of a spawned worker, so it reports the parent's size at the fork when that was larger."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="documents per row")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every row, interleaved; the median counts")
    parser.add_argument("--skip-memory", action="store_true", help="leave out the N / 5N memory runs")
    args = parser.parse_args()

    docs = corpus(args.n)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6

    # Everything is loaded and started before any clock runs; then the rows take turns, round
    # after round, so that a slow minute of this shared machine falls on all of them alike.
    natasha = natasha_loop(docs)
    natasha(docs[:20])
    list(process(docs[:20]))  # models loaded, as in a long run
    no_syntax = load(syntax=False)
    list(process(docs[:20], nlp=no_syntax))
    spawn = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=2, mp_context=spawn)
    warm_pool(pool, 2, docs)
    runs = {
        "(a) razdel tokens + sentences": lambda: floor(docs),
        "(b) natasha loop": natasha,
        "(c) pressfacts, 1 process": lambda: [None for _ in process(docs)],
        NO_SYNTAX: lambda: [None for _ in process(docs, nlp=no_syntax)],
        "(d) pressfacts, 2 processes": lambda: pool_run(pool, docs, 2),
    }
    close = lambda: None  # noqa: E731
    try:
        runs["(e) pressfacts, Dask 2 workers"], close = dask_run(docs)
    except ImportError:
        pass
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(args.rounds):
        for name, run in runs.items():
            times[name].append(timed(run))
            print(f"round {round_ + 1}: {name}: {args.n / times[name][-1]:.1f} documents/s", flush=True)
    close()
    pool.shutdown()
    rows = {name: statistics.median(seconds) for name, seconds in times.items()}

    memory = {}
    if not args.skip_memory:
        for n in (args.n, 5 * args.n):
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as one:
                memory[n] = one.submit(worker_peak_memory, n).result()

    speed = {name: args.n / seconds for name, seconds in rows.items()}
    a, b, c = (speed[k] for k in ("(a) razdel tokens + sentences", "(b) natasha loop", "(c) pressfacts, 1 process"))
    d = speed["(d) pressfacts, 2 processes"]
    lines = [
        "# Throughput",
        "",
        f"`python bench/throughput.py --n {args.n}` on {os.cpu_count()} cores ({platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}); {args.n} documents, {megabytes:.2f} MB, "
        f"{megabytes * 1e6 / args.n:.0f} bytes a document (the sample corpus and the factRuEval development texts, cycled).",
        "",
        f"Every row ran {args.rounds} times, the rows taking turns; the figures are the median round, "
        "with the slowest and fastest round beside it.",
        "",
        "| row | documents/s | range | MB/s | seconds |",
        "|---|---|---|---|---|",
        *[f"| {name} | {speed[name]:.1f} | {args.n / max(times[name]):.1f}–{args.n / min(times[name]):.1f} "
          f"| {megabytes / seconds:.3f} | {seconds:.1f} |" for name, seconds in rows.items()],
        "",
        f"* (c)/(b) pressfacts against the natasha loop: **{c / b:.2f}×** (target ≥ 1.5)",
        f"* (c')/(b) the same with the syntax component left out: {speed[NO_SYNTAX] / b:.2f}× "
        f"(the parse costs {1 - c / speed[NO_SYNTAX]:.0%} of the throughput)",
        f"* (c)/(a) pressfacts against the razdel floor: {c / a:.3f}×",
        f"* (d)/(c) 2 processes against 1: **{d / c:.2f}×** (target ≥ 1.7)",
    ]
    if memory:
        (n1, m1), (n5, m5) = memory.items()
        lines.append(f"* peak resident memory of one worker: {m1:.0f} MB at {n1} documents, {m5:.0f} MB at {n5} "
                     f"({(m5 / m1 - 1):+.1%}; target under 600 MB and within 10%)")
    report = "\n".join(lines) + "\n"
    print(report)
    (ROOT / "bench" / "RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
