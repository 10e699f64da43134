"""Gold records and what they accept besides themselves.

Two gold formats are read into one shape, :class:`GoldDocument`:

* the sample corpus, ``corpus/gold/<doc_id>.json``: the contract's records plus ``borderline``
  and ``why`` (:func:`load_gold`);
* the genre corpus, ``../shared/genre-dev/gold.json``: the contract's records plus the
  alternatives its annotators accept (``pressfacts.evaluation.genre``).

Each gold record is a :class:`GoldRecord`: the validated contract record, and the gold-only keys
beside it (borderline, alternatives, accepted date readings), which the matching rules read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from pressfacts.schemas import DateMention, DocumentResult

RECORD_TYPES = ("metrics", "officials", "awards", "dates", "quotes")
# Keys of a gold record that are not the contract's: kept in GoldRecord.extra, stripped from the record.
GOLD_ONLY_KEYS = frozenset({
    "id", "borderline", "why", "note", "accept",
    "value_alternatives", "unit_alternatives", "previous_alternatives", "previous_span", "previous_period",
    "implied", "position_implied", "position_alternatives", "match_span",
})
DateRange = tuple[dt.date | None, dt.date | None]


@dataclass
class GoldRecord:
    record: BaseModel   # the contract's record, validated against the text
    extra: dict = field(default_factory=dict)   # the gold-only keys, as written

    @property
    def borderline(self) -> bool:
        return bool(self.extra.get("borderline"))

    def alternatives(self, key: str) -> list:
        """``<key>_alternatives`` of the gold (value, unit, previous, position), or []."""
        return list(self.extra.get(f"{key}_alternatives") or [])

    def accepted_dates(self) -> set[DateRange]:
        """The (start, end) readings a date record accepts: its ``accept`` list, else its own."""
        return accepted_readings(self.record, self.extra.get("accept"))

    def accepted_period(self) -> set[DateRange] | None:
        """The readings a metric's period accepts (None: the gold has no period)."""
        period = self.record.period
        if period is None:
            return None
        return accepted_readings(period, (self.extra.get("period") or {}).get("accept"))


def accepted_readings(mention: DateMention, accept: list | None) -> set[DateRange]:
    if accept is None:
        return {(mention.start, mention.end)}
    return {tuple(None if day is None else dt.date.fromisoformat(day) for day in pair) for pair in accept}


@dataclass
class GoldDocument:
    doc_id: str
    text: str
    result: DocumentResult                    # the gold records, validated against the text
    records: dict[str, list[GoldRecord]] = field(default_factory=dict)  # record type -> gold records
    published_accept: set[dt.date | None] | None = None   # publication dates accepted (None: the gold's own)
    non_metrics: list[dict] = field(default_factory=list)  # numbers that are not metrics, with a reason

    @property
    def borderline(self) -> dict[str, set[int]]:
        """Record type -> indexes of the borderline gold records."""
        return {kind: {i for i, g in enumerate(self.records.get(kind, [])) if g.borderline} for kind in RECORD_TYPES}

    def accepted_published(self) -> set[dt.date | None]:
        if self.published_accept is not None:
            return self.published_accept
        return {self.result.published.start if self.result.published else None}


def strip_gold_keys(value):
    """The record without the gold-only keys, at every depth."""
    if isinstance(value, dict):
        return {k: strip_gold_keys(v) for k, v in value.items() if k not in GOLD_ONLY_KEYS}
    if isinstance(value, list):
        return [strip_gold_keys(v) for v in value]
    return value


def gold_document(doc_id: str, text: str, data: dict, **more) -> GoldDocument:
    """A GoldDocument from records in the contract's shape plus gold-only keys; spans checked against the text."""
    clean = strip_gold_keys({k: v for k, v in data.items() if k in ("published", *RECORD_TYPES)})
    result = DocumentResult.model_validate({**clean, "doc_id": doc_id}, context={"text": text})
    records = {
        kind: [GoldRecord(record, {k: v for k, v in raw.items() if k in GOLD_ONLY_KEYS or k == "period"})
               for record, raw in zip(getattr(result, kind), data.get(kind, []))]
        for kind in RECORD_TYPES
        if kind in data   # a corpus annotated before a record type existed is not scored on it
    }
    return GoldDocument(doc_id, text, result, records, **more)


def load_gold_file(path: Path, texts_dir: Path) -> GoldDocument:
    """One gold file of the sample corpus, validated: every span must be a slice of its text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    doc_id = data.get("doc_id", path.stem)
    text = (texts_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
    return gold_document(doc_id, text, data)


def load_gold(gold_dir: Path, texts_dir: Path) -> list[GoldDocument]:
    """Every gold file of a folder, in doc_id order. A file that is not gold raises GoldError."""
    documents = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            documents.append(load_gold_file(path, texts_dir))
        except (OSError, ValueError) as error:   # JSON, validation, a missing text
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise GoldError(f"{path}: not a gold file of this corpus: {first}") from error
    return documents


class GoldError(ValueError):
    """A corpus folder that cannot be scored: no gold, an unknown split, a text that is not the gold's."""
