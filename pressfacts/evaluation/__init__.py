"""Measuring quality: gold records, matching rules, scores, the ratchet and the output snapshot."""

from .factrueval import evaluate_factrueval, read_occupations
from .gold import GoldDocument, load_gold
from .runner import corpus_layout, evaluate, evaluate_factrueval_folder, read_predictions, write_snapshot
from .scoring import evaluate_predictions, failures_under, flat_scores
from .snapshot import snapshot_diff

__all__ = [
    "GoldDocument",
    "corpus_layout",
    "evaluate",
    "evaluate_factrueval",
    "evaluate_factrueval_folder",
    "evaluate_predictions",
    "failures_under",
    "flat_scores",
    "load_gold",
    "read_occupations",
    "read_predictions",
    "snapshot_diff",
    "write_snapshot",
]
