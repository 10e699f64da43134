"""Matching predicted records to gold ones, one to one, by the rules of the README.

* metrics: overlapping span and equal value;
* officials: equal surname lemma (the strict score also needs an equal position);
* awards: overlapping recipient span and equal rank;
* dates: overlapping span and equal start and end.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from pressfacts.pipeline.morphology import parse
from pressfacts.schemas import Span


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share (0 for disjoint spans; an empty span overlaps nothing)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def normalize(value) -> str | None:
    """Case, ё, quotes and spacing do not count in a string comparison."""
    if value is None:
        return None
    text = str(value).casefold().replace("ё", "е")
    text = re.sub(r"[«»\"“”„]", "", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=50_000)
def surname_lemma(word: str) -> str:
    """The dictionary form of a surname, the same for "Черкасова" and "Черкасовой"."""
    word = word.strip(" .").replace("ё", "е").replace("Ё", "Е")
    parses = parse(word)
    surname = next((p for p in parses if "Surn" in p.tag), parses[0])
    return surname.normal_form


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def match(gold: Sequence, predicted: Sequence, score: Callable[[object, object], float | None]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: (gold index, predicted index) pairs, best scores first.

    ``score`` returns None for a pair that does not match, else a closeness (higher is better).
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            s = score(g, p)
            if s is not None:
                candidates.append((-s, i, j))
    pairs, used_gold, used_pred = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    return pairs


def metric_score(g, p) -> float | None:
    shared = overlap(g.span, p.span)
    return shared if shared and same_value(g.value, p.value) else None


def official_score(g, p) -> float | None:
    if not (g.name.last and p.name.last) or surname_lemma(g.name.last) != surname_lemma(p.name.last):
        return None
    return 1 + overlap(g.name_span, p.name_span)


def official_strict_score(g, p) -> float | None:
    same = official_score(g, p)
    return same if same is not None and normalize(g.position) == normalize(p.position) else None


def award_score(g, p) -> float | None:
    shared = overlap(g.recipient_span, p.recipient_span)
    return shared if shared and g.rank == p.rank else None


def date_score(g, p) -> float | None:
    shared = overlap(g.span, p.span)
    return shared if shared and g.start == p.start and g.end == p.end else None


def same_period(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return (a.start, a.end) == (b.start, b.end) and (a.start is not None or overlap(a.span, b.span) > 0)


# Per record type: the matching score, and the fields compared on matched records.
RULES = {
    "metrics": (metric_score, {
        "value": lambda g, p: same_value(g.value, p.value),
        "unit": lambda g, p: normalize(g.unit) == normalize(p.unit),
        "qualifier": lambda g, p: g.qualifier == p.qualifier,
        "kind": lambda g, p: g.kind == p.kind,
        "subject": lambda g, p: normalize(g.subject) == normalize(p.subject),
        "previous": lambda g, p: same_value(g.previous, p.previous),
        "period": lambda g, p: same_period(g.period, p.period),
        "organization": lambda g, p: normalize(g.organization) == normalize(p.organization),
    }),
    "officials": (official_score, {
        "name": lambda g, p: normalize(g.name.full) == normalize(p.name.full),
        "position": lambda g, p: normalize(g.position) == normalize(p.position),
        "organization": lambda g, p: normalize(g.organization) == normalize(p.organization),
        "roles": lambda g, p: [normalize(r.position) for r in g.roles] == [normalize(r.position) for r in p.roles],
        "mentions": lambda g, p: len(g.mentions) == len(p.mentions),
    }),
    "awards": (award_score, {
        "rank": lambda g, p: g.rank == p.rank,
        "nomination": lambda g, p: normalize(g.nomination) == normalize(p.nomination),
        "category": lambda g, p: normalize(g.category) == normalize(p.category),
        "contest": lambda g, p: normalize(g.contest) == normalize(p.contest),
        "recipient_kind": lambda g, p: g.recipient_kind == p.recipient_kind,
        "award": lambda g, p: normalize(g.award) == normalize(p.award),
        "project": lambda g, p: normalize(g.project) == normalize(p.project),
    }),
    "dates": (date_score, {
        "granularity": lambda g, p: g.granularity == p.granularity,
        "relative": lambda g, p: g.relative == p.relative,
    }),
}
