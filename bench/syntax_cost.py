"""What the dependency-syntax component costs: ``nlp.pipe`` with ``syntax`` off and on.

A benchmark, not a test: it measures and prints. The documents are the genre development
texts (../shared/genre-dev/texts) and the factRuEval development texts
(../shared/factrueval-2016-dev). Models are loaded before the clock starts; the two pipelines
take turns for several rounds and the median round counts (the machine is shared and noisy).
One BLAS thread, as in bench/throughput.py.

    python bench/syntax_cost.py [--rounds 3]
"""

from __future__ import annotations

import os

# Before numpy is imported (by pressfacts below): one BLAS thread, as pressfacts' workers use.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pressfacts  # noqa: E402
from pressfacts.pipeline.sentences import sentences  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SOURCES = {
    "genre-dev": SHARED / "genre-dev" / "texts",
    "factRuEval dev": SHARED / "factrueval-2016-dev",
}


def source_texts() -> list[str]:
    paths = [p for folder in SOURCES.values() for p in sorted(folder.glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


def timed_pipe(nlp, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=pressfacts.api.BATCH_SIZE):
        pass
    return time.perf_counter() - started


def clock_stage(nlp, name: str) -> list[float]:
    """Seconds spent in one batched component, one entry a batch (its tag_batch timed)."""
    component, spent = nlp.get_pipe(name), []
    tag_batch = component.tag_batch

    def timed_tag_batch(docs):
        started = time.perf_counter()
        tag_batch(docs)
        spent.append(time.perf_counter() - started)

    component.tag_batch = timed_tag_batch
    return spent


def parsed_share(nlp, texts: list[str]) -> tuple[int, int]:
    """(parsed sentences, all sentences) over the texts."""
    parsed = total = 0
    for doc in nlp.pipe(texts):
        parsed += len(doc._.parsed_sents)
        total += len(sentences(doc))
    return parsed, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    texts = source_texts()
    if not texts:
        raise SystemExit(f"no texts under {SHARED}")
    pipelines = {"off": pressfacts.load(syntax=False), "on": pressfacts.load(syntax=True)}
    for nlp in pipelines.values():
        timed_pipe(nlp, texts[:8])   # models loaded and warm before the clock starts

    stage = clock_stage(pipelines["on"], "pressfacts_syntax")
    times: dict[str, list[float]] = {name: [] for name in pipelines}
    stage_times = []
    for round_ in range(args.rounds):
        names = list(pipelines) if round_ % 2 == 0 else list(reversed(pipelines))   # turns alternate
        for name in names:
            stage.clear()
            times[name].append(timed_pipe(pipelines[name], texts))
            if name == "on":
                stage_times.append(sum(stage))

    chars = sum(map(len, texts))
    counts = ", ".join(f"{sum(1 for _ in folder.glob('*.txt'))} {name}" for name, folder in SOURCES.items())
    print(f"{len(texts)} documents ({counts}), {chars / 1e3:.0f} K characters; "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"median of {args.rounds} rounds, the two pipelines taking turns\n")
    rates = {}
    for name, seconds in times.items():
        median = statistics.median(seconds)
        rates[name] = len(texts) / median
        spread = f"{len(texts) / max(seconds):.1f}–{len(texts) / min(seconds):.1f}"
        print(f"syntax {name:3}  {rates[name]:6.1f} documents/s  (rounds: {spread})  {median:.2f} s")
    print(f"\non/off: {rates['on'] / rates['off']:.2f}× the throughput "
          f"({100 * (rates['off'] / rates['on'] - 1):.0f}% more time a document)")
    print(f"the syntax stage alone: {statistics.median(stage_times):.2f} s a round "
          f"({len(texts) / statistics.median(stage_times):.1f} documents/s; rounds "
          f"{min(stage_times):.2f}–{max(stage_times):.2f} s)")
    parsed, total = parsed_share(pipelines["on"], texts)
    print(f"sentences parsed: {parsed} of {total} ({100 * parsed / total:.1f}%)")


if __name__ == "__main__":
    main()
