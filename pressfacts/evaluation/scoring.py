"""Precision, recall and F1 per record type, per-field accuracy on matched records, the ratchet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pressfacts.schemas import DocumentResult, Span

from .gold import RECORD_TYPES, GoldDocument, GoldRecord
from .matching import RULES, match, official_strict_score, overlap


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


@dataclass
class Error:
    """One scoring error, for a developer reading a dev split: a miss, a false record, a wrong field."""

    doc_id: str
    kind: str          # record type (officials_position for the strict officials score)
    what: str          # "missed", "false", or the name of a wrong field
    gold: object = None
    predicted: object = None
    note: str = ""     # the gold's note, or why a false record is known not to be one


def count(counts: Counts, gold: list[GoldRecord], predicted: list, score, fields: dict | None,
          errors: list[Error] | None = None, doc: GoldDocument | None = None, kind: str = "") -> None:
    """Add one document's matches to ``counts``; borderline gold neither misses nor is a false positive."""
    pairs = match(gold, predicted, score)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    report = errors is not None and doc is not None
    for i, j in pairs:
        if gold[i].borderline:
            continue
        counts.tp += 1
        for name, same in (fields or {}).items():
            right = same(gold[i], predicted[j])
            counts.add_field(name, right)
            if report and not right:
                errors.append(Error(doc.doc_id, kind, name, gold[i].record, predicted[j], gold[i].extra.get("note", "")))
    for i, g in enumerate(gold):
        if i not in matched_gold and not g.borderline:
            counts.fn += 1
            if report:
                errors.append(Error(doc.doc_id, kind, "missed", g.record, None, g.extra.get("note", "")))
    for j, p in enumerate(predicted):
        if j not in matched_pred:
            counts.fp += 1
            if report:
                errors.append(Error(doc.doc_id, kind, "false", None, p, known_non_metric(doc, p) if kind == "metrics" else ""))


def known_non_metric(doc: GoldDocument, metric) -> str:
    """The gold's reason when a false metric sits on a number it lists as not a metric."""
    for item in doc.non_metrics:
        if overlap(Span(**item["span"]), metric.value_span):
            return f"not a metric: {item.get('reason', '')}"
    return ""


def count_published(counts: Counts, gold: GoldDocument, predicted: DocumentResult, errors: list[Error] | None) -> None:
    """The publication date: a hit when accepted, a miss when the gold requires one and it is not given,
    a false record when a date is given that the gold does not accept."""
    accepted = gold.accepted_published()
    given = predicted.published.start if predicted.published else None
    if given in accepted:
        counts.tp += given is not None
        return
    counts.fp += given is not None
    counts.fn += None not in accepted
    if errors is not None:
        wanted = sorted(str(d) for d in accepted if d is not None)
        errors.append(Error(gold.doc_id, "published", "wrong", wanted or None, given))


def evaluate_predictions(gold_docs: Iterable[GoldDocument], predictions: dict[str, DocumentResult],
                         errors: list[Error] | None = None) -> dict:
    """Scores of predictions against gold: per record type, officials with the position, the publication date.

    With ``errors`` (a list), every miss, false record and wrong field is appended to it.
    """
    totals = {kind: Counts() for kind in (*RECORD_TYPES, "officials_position", "published")}
    annotated = {"officials_position", "published"}
    for gold in gold_docs:
        predicted = predictions.get(gold.doc_id) or DocumentResult(doc_id=gold.doc_id)
        for kind in RECORD_TYPES:
            if kind not in gold.records:
                continue                  # not annotated in this corpus (quotes of the genre corpus)
            annotated.add(kind)
            score, fields = RULES[kind]
            count(totals[kind], gold.records[kind], getattr(predicted, kind), score, fields, errors, gold, kind)
        # its errors are the officials' wrong positions, reported once, as a field of "officials"
        count(totals["officials_position"], gold.records["officials"], predicted.officials, official_strict_score, None)
        count_published(totals["published"], gold, predicted, errors)
    return {kind: counts.scores() for kind, counts in totals.items() if kind in annotated}


def flat_scores(scores: dict) -> dict[str, float]:
    """The ratchet's view of scores: every F1 and every field accuracy, by a dotted name."""
    flat = {}
    for kind, values in scores.items():
        flat[f"{kind}.f1"] = values["f1"]
        for name, accuracy in values.get("fields", {}).items():
            flat[f"{kind}.{name}"] = accuracy
    return flat


def failures_under(scores: dict, accepted: dict[str, float]) -> list[str]:
    """One line per accepted score that the new scores fall below: every F1, and each field
    accuracy the accepted file names."""
    flat = flat_scores(scores)
    return [
        f"{name}: {flat.get(name, 0.0):.4f} < accepted {floor:.4f}"
        for name, floor in sorted(accepted.items())
        if flat.get(name, 0.0) < floor - 1e-9
    ]


def raise_floors(accepted: dict[str, float], scores: dict) -> dict[str, float]:
    """The ratchet moved up: every F1 (and every score already accepted) at the higher of its accepted
    and its new value. It never goes down."""
    flat = flat_scores(scores)
    names = {name for name in flat if name.endswith(".f1")} | set(accepted)
    return {name: max(accepted.get(name, 0.0), flat.get(name, 0.0)) for name in sorted(names)}
