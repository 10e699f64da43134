"""Gold records: ``corpus/gold/<doc_id>.json``, the contract's shapes plus "borderline" and "why"."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pressfacts.schemas import DocumentResult

RECORD_TYPES = ("metrics", "officials", "awards", "dates")
GOLD_ONLY_KEYS = ("borderline", "why")


@dataclass
class GoldDocument:
    doc_id: str
    text: str
    result: DocumentResult                    # the gold records, validated against the text
    borderline: dict[str, set[int]] = field(default_factory=dict)  # record type -> indexes


def strip_gold_keys(value):
    """The record without the gold-only keys, at every depth."""
    if isinstance(value, dict):
        return {k: strip_gold_keys(v) for k, v in value.items() if k not in GOLD_ONLY_KEYS}
    if isinstance(value, list):
        return [strip_gold_keys(v) for v in value]
    return value


def load_gold_file(path: Path, texts_dir: Path) -> GoldDocument:
    """One gold file, validated: every span must be a slice of its text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    doc_id = data.get("doc_id", path.stem)
    text = (texts_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
    borderline = {kind: {i for i, r in enumerate(data.get(kind, [])) if r.get("borderline")} for kind in RECORD_TYPES}
    clean = strip_gold_keys({k: v for k, v in data.items() if k in ("published", *RECORD_TYPES)})
    result = DocumentResult.model_validate({**clean, "doc_id": doc_id}, context={"text": text})
    return GoldDocument(doc_id, text, result, borderline)


def load_gold(gold_dir: Path, texts_dir: Path) -> list[GoldDocument]:
    """Every gold file of a folder, in doc_id order."""
    return [load_gold_file(p, texts_dir) for p in sorted(Path(gold_dir).glob("*.json"))]
