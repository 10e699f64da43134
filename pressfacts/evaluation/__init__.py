"""Measuring quality: gold records, matching rules, scores, the ratchet and the output snapshot."""

from .factrueval import evaluate_factrueval, read_occupations
from .genre import SPLITS, GoldError, genre_inputs, is_genre_corpus, load_genre_gold
from .gold import GoldDocument, GoldRecord, load_gold
from .errors import error_lines
from .runner import corpus_layout, evaluate, evaluate_factrueval_folder, predict_genre, read_predictions, write_snapshot
from .scoring import Error, evaluate_predictions, failures_under, flat_scores, raise_floors
from .snapshot import snapshot_diff

__all__ = [
    "SPLITS",
    "Error",
    "GoldDocument",
    "GoldError",
    "GoldRecord",
    "corpus_layout",
    "evaluate",
    "evaluate_factrueval",
    "evaluate_factrueval_folder",
    "evaluate_predictions",
    "error_lines",
    "failures_under",
    "flat_scores",
    "genre_inputs",
    "is_genre_corpus",
    "load_genre_gold",
    "load_gold",
    "predict_genre",
    "raise_floors",
    "read_occupations",
    "read_predictions",
    "snapshot_diff",
    "write_snapshot",
]
