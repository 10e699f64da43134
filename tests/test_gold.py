"""The gold corpus itself: every span a slice of its text, every record valid against the schema."""

from __future__ import annotations

import json

import pytest

from pressfacts.evaluation import load_gold
from pressfacts.evaluation.gold import RECORD_TYPES

from .conftest import ROOT, TEXTS

GOLD = ROOT / "corpus" / "gold"


def test_every_text_has_gold():
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(p.stem for p in TEXTS.glob("*.txt"))


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_spans_are_slices_of_the_text(path):
    text = (TEXTS / f"{path.stem}.txt").read_text(encoding="utf-8")

    def check(value):
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys():
                assert text[value["start"] : value["end"]] == value["text"], value
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)

    check(json.loads(path.read_text(encoding="utf-8")))


def test_gold_validates_against_the_schema():
    docs = load_gold(GOLD, TEXTS)      # raises on any invalid record or span
    assert len(docs) == 5
    assert all(len(d.result.officials) >= 1 for d in docs)


def test_borderline_items_say_why():
    for path in GOLD.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for kind in RECORD_TYPES:
            for record in data[kind]:
                if record.get("borderline"):
                    assert record.get("why"), (path.stem, kind, record["span"] if "span" in record else record)
