"""``evaluate``: the importable function behind ``pressfacts eval``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pressfacts.api import process
from pressfacts.inputs import read_inputs
from pressfacts.schemas import DocumentResult

from .factrueval import evaluate_factrueval
from .genre import GoldError, genre_inputs, is_genre_corpus, load_genre_gold
from .gold import load_gold
from .scoring import Error, evaluate_predictions
from .snapshot import snapshot_diff

SNAPSHOT = "expected.jsonl"
FAILED = "processing failed:"   # the warning ``api.process`` gives a document it could not process
SCORES = "scores.json"


def corpus_layout(path: Path) -> tuple[Path, Path]:
    """(gold folder, texts folder) of a corpus folder (``corpus/``) or of its gold folder."""
    path = Path(path)
    if (path / "gold").is_dir():
        return path / "gold", path / "texts"
    return path, path.parent / "texts"


def predict(texts_dir: Path) -> list[DocumentResult]:
    """Run the pipeline on every *.txt of a folder."""
    return said_failures([result for _, result in process(read_inputs([str(texts_dir)]))])


def predict_genre(folder: Path, split: str = "all") -> list[DocumentResult]:
    """Run the pipeline on the genre corpus's documents of a split, fed as a crawl would feed them."""
    return said_failures([result for _, result in process(genre_inputs(folder, split))])


def said_failures(results: list[DocumentResult]) -> list[DocumentResult]:
    """The results, after a line on standard error for each document the pipeline failed on: its
    records are empty, and a score that fell for that reason should say so."""
    for result in results:
        for warning in result.warnings:
            if warning.startswith(FAILED):
                print(f"warning: {result.doc_id}: {warning}", file=sys.stderr)
    return results


def read_predictions(path: Path) -> list[DocumentResult]:
    """A JSONL file of output lines."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [DocumentResult.model_validate_json(line) for line in lines if line.strip()]


def evaluate(corpus: Path, predictions: list[DocumentResult] | None = None, *, split: str = "dev",
             errors: list[Error] | None = None) -> dict:
    """Scores of the pipeline (or of given predictions) on a gold corpus, and the snapshot's differences.

    ``corpus`` is the sample corpus (``corpus/``, or its gold folder) or the genre corpus (a folder with
    ``gold.json``; ``split`` chooses dev, check or all of it). Raises GoldError for a folder with no gold.
    With ``errors`` (a list), every miss, false record and wrong field is appended to it.
    """
    if is_genre_corpus(corpus):
        gold = load_genre_gold(corpus, split)
        if predictions is None:
            predictions = predict_genre(corpus, split)
        scores = evaluate_predictions(gold, {r.doc_id: r for r in predictions}, errors)
        return {"scores": scores, "snapshot_differences": None, "predictions": predictions, "documents": len(gold)}
    gold_dir, texts_dir = corpus_layout(corpus)
    gold = load_gold(gold_dir, texts_dir)
    if not gold:
        raise GoldError(f"{corpus}: no gold here (a corpus folder holds gold/*.json and texts/, or gold.json)")
    if predictions is None:
        predictions = predict(texts_dir)
    by_id = {r.doc_id: r for r in predictions}
    scores = evaluate_predictions(gold, by_id, errors)
    snapshot = gold_dir.parent / SNAPSHOT
    differences = None
    if snapshot.exists():
        expected = [json.loads(line) for line in snapshot.read_text(encoding="utf-8").splitlines() if line.strip()]
        differences = snapshot_diff(expected, [json.loads(r.to_json()) for r in predictions])  # what extract writes
    return {"scores": scores, "snapshot_differences": differences, "predictions": predictions, "documents": len(gold)}


def evaluate_factrueval_folder(folder: Path, predictions: list[DocumentResult] | None = None) -> dict:
    """Officials' Occupation scores on the factRuEval-2016 folder."""
    if predictions is None:
        predictions = said_failures([result for _, result in process(read_inputs(sorted(str(p) for p in Path(folder).glob("*.txt"))))])
    return evaluate_factrueval(folder, {r.doc_id: r for r in predictions})


def write_snapshot(corpus: Path, predictions: list[DocumentResult]) -> Path:
    """Accept the current output as the snapshot."""
    gold_dir, _ = corpus_layout(corpus)
    path = gold_dir.parent / SNAPSHOT
    path.write_text("".join(r.to_json() + "\n" for r in predictions), encoding="utf-8")
    return path
