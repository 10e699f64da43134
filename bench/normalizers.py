"""What the quantities and dates components cost, against the rest of the pipeline.

A benchmark, not a test: it measures and prints. Every stage runs over the same documents in
one process, the way ``nlp.pipe`` runs them (batched stages get their batches), repeated, and
each stage's time is taken as the median of the rounds.

    python bench/normalizers.py [--rounds 7] [--copies 20] [--factrueval ../shared/factrueval-2016-dev]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pressfacts

ROOT = Path(__file__).resolve().parents[1]
NORMALIZERS = ("pressfacts_dates", "pressfacts_quantities")


def corpus(copies: int, extra: Path | None) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "texts").glob("*.txt"))]
    if extra is not None and extra.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(extra.glob("*.txt"))]
    return texts * copies


def time_stages(nlp, texts: list[str]) -> dict[str, float]:
    """Seconds per stage over all texts, each stage run on the whole list in turn."""
    times = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=pressfacts.api.BATCH_SIZE))
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--copies", type=int, default=20, help="how many times the corpus is repeated per round")
    parser.add_argument("--factrueval", type=Path, default=None, help="add these texts to the corpus")
    args = parser.parse_args()

    nlp = pressfacts.load()
    texts = corpus(args.copies, args.factrueval)
    time_stages(nlp, texts[:10])  # warm up: models loaded, caches filled as in a long run
    rounds = [time_stages(nlp, texts) for _ in range(args.rounds)]
    median = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}

    normalizers = sum(median[n] for n in NORMALIZERS)
    rest = sum(t for n, t in median.items() if n not in NORMALIZERS)
    size = sum(map(len, texts)) / 1e6
    print(f"{len(texts)} documents, {size:.2f} MB, median of {args.rounds} rounds\n")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    for name, seconds in median.items():
        print(f"| {name} | {seconds:.3f} | {seconds / (normalizers + rest):.1%} |")
    print(f"\nquantities + dates add {normalizers / rest:.1%} to the rest of the pipeline "
          f"({normalizers:.3f} s against {rest:.3f} s); whole pipeline {len(texts) / (normalizers + rest):.0f} documents/s")


if __name__ == "__main__":
    main()
