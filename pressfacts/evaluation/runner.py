"""``evaluate``: the importable function behind ``pressfacts eval``."""

from __future__ import annotations

import json
from pathlib import Path

from pressfacts.api import process
from pressfacts.inputs import read_inputs
from pressfacts.schemas import DocumentResult

from .factrueval import evaluate_factrueval
from .gold import load_gold
from .scoring import evaluate_predictions
from .snapshot import snapshot_diff

SNAPSHOT = "expected.jsonl"
SCORES = "scores.json"


def corpus_layout(path: Path) -> tuple[Path, Path]:
    """(gold folder, texts folder) of a corpus folder (``corpus/``) or of its gold folder."""
    path = Path(path)
    if (path / "gold").is_dir():
        return path / "gold", path / "texts"
    return path, path.parent / "texts"


def predict(texts_dir: Path) -> list[DocumentResult]:
    """Run the pipeline on every *.txt of a folder."""
    return [result for _, result in process(read_inputs([str(texts_dir)]))]


def read_predictions(path: Path) -> list[DocumentResult]:
    """A JSONL file of output lines."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [DocumentResult.model_validate_json(line) for line in lines if line.strip()]


def evaluate(corpus: Path, predictions: list[DocumentResult] | None = None) -> dict:
    """Scores of the pipeline (or of given predictions) on a gold corpus, and the snapshot's differences."""
    gold_dir, texts_dir = corpus_layout(corpus)
    if predictions is None:
        predictions = predict(texts_dir)
    by_id = {r.doc_id: r for r in predictions}
    scores = evaluate_predictions(load_gold(gold_dir, texts_dir), by_id)
    snapshot = gold_dir.parent / SNAPSHOT
    differences = None
    if snapshot.exists():
        expected = [json.loads(line) for line in snapshot.read_text(encoding="utf-8").splitlines() if line.strip()]
        differences = snapshot_diff(expected, [json.loads(r.to_json()) for r in predictions])  # what extract writes
    return {"scores": scores, "snapshot_differences": differences, "predictions": predictions}


def evaluate_factrueval_folder(folder: Path, predictions: list[DocumentResult] | None = None) -> dict:
    """Officials' Occupation scores on the factRuEval-2016 folder."""
    if predictions is None:
        predictions = [result for _, result in process(read_inputs(sorted(str(p) for p in Path(folder).glob("*.txt"))))]
    return evaluate_factrueval(folder, {r.doc_id: r for r in predictions})


def write_snapshot(corpus: Path, predictions: list[DocumentResult]) -> Path:
    """Accept the current output as the snapshot."""
    gold_dir, _ = corpus_layout(corpus)
    path = gold_dir.parent / SNAPSHOT
    path.write_text("".join(r.to_json() + "\n" for r in predictions), encoding="utf-8")
    return path
