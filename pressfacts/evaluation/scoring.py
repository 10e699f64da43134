"""Precision, recall and F1 per record type, per-field accuracy on matched records, the ratchet."""

from __future__ import annotations

from collections.abc import Iterable

from pressfacts.schemas import DocumentResult

from .gold import RECORD_TYPES, GoldDocument
from .matching import RULES, match, official_strict_score


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.fields: dict[str, list[int]] = {}   # field -> [right, compared]

    def add_field(self, name: str, right: bool) -> None:
        tally = self.fields.setdefault(name, [0, 0])
        tally[0] += int(right)
        tally[1] += 1

    def scores(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        fields = {name: round(right / total, 4) for name, (right, total) in self.fields.items() if total}
        return {
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "fields": fields,
        }


def count(counts: Counts, gold: list, borderline: set[int], predicted: list, score, fields: dict | None) -> None:
    """Add one document's matches to ``counts``; borderline gold neither misses nor is a false positive."""
    pairs = match(gold, predicted, score)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, j in pairs:
        if i in borderline:
            continue
        counts.tp += 1
        for name, same in (fields or {}).items():
            counts.add_field(name, same(gold[i], predicted[j]))
    counts.fn += sum(1 for i in range(len(gold)) if i not in matched_gold and i not in borderline)
    counts.fp += sum(1 for j in range(len(predicted)) if j not in matched_pred)


def evaluate_predictions(gold_docs: Iterable[GoldDocument], predictions: dict[str, DocumentResult]) -> dict:
    """Scores of predictions against gold: per record type, plus officials with the position."""
    totals = {kind: Counts() for kind in (*RECORD_TYPES, "officials_position")}
    for gold in gold_docs:
        predicted = predictions.get(gold.doc_id) or DocumentResult(doc_id=gold.doc_id)
        for kind in RECORD_TYPES:
            score, fields = RULES[kind]
            count(totals[kind], getattr(gold.result, kind), gold.borderline[kind], getattr(predicted, kind), score, fields)
        count(totals["officials_position"], gold.result.officials, gold.borderline["officials"],
              predicted.officials, official_strict_score, None)
    return {kind: counts.scores() for kind, counts in totals.items()}


def flat_scores(scores: dict) -> dict[str, float]:
    """The ratchet's view of scores: every F1 and every field accuracy, by a dotted name."""
    flat = {}
    for kind, values in scores.items():
        flat[f"{kind}.f1"] = values["f1"]
        for name, accuracy in values.get("fields", {}).items():
            flat[f"{kind}.{name}"] = accuracy
    return flat


def failures_under(scores: dict, accepted: dict[str, float]) -> list[str]:
    """One line per accepted F1 that the new scores fall below (field accuracies are not gated)."""
    flat = flat_scores(scores)
    return [
        f"{name}: {flat.get(name, 0.0):.4f} < accepted {floor:.4f}"
        for name, floor in sorted(accepted.items())
        if name.endswith(".f1") and flat.get(name, 0.0) < floor - 1e-9
    ]
