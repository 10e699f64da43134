"""Matching predicted records to gold ones, one to one, and comparing their fields.

The rules (the same for the sample corpus and the genre corpus; a gold record may accept more
than its own values, see ``GoldRecord``):

* metrics: a value within 0.5% of the gold's (or of one of its ``value_alternatives``) and an
  overlapping span (the whole claim, or the figure itself);
* officials: the same surname, case and inflection aside; "with position" also needs the position:
  normalized, equal or one containing the other word for word, or one of the gold's
  ``position_alternatives``; null only where the gold has none or gives it by coreference only;
* awards: an overlapping recipient span (or the gold's wider ``match_span``) and an equal rank;
* dates: an overlapping span and a (start, end) among the readings the gold accepts;
* quotes: an overlapping statement (``text_span``) and the same speaker (surname), or both null.

A predicted record matched to a borderline gold record is set aside: neither a hit nor a false
positive (``scoring.count``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from pressfacts.pipeline.morphology import parse
from pressfacts.pipeline.titles import full_title
from pressfacts.schemas import Span

from .gold import GoldRecord

VALUE_TOLERANCE = 0.005   # relative: the genre gold rounds nothing, but "полмиллиарда"-like readings vary


def overlap(a: Span | None, b: Span | None) -> int:
    """Characters two spans share (0 for disjoint spans; an empty span overlaps nothing)."""
    if a is None or b is None:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def normalize(value) -> str | None:
    """Case, ё, quotes and spacing do not count in a string comparison."""
    if value is None:
        return None
    text = str(value).casefold().replace("ё", "е")
    text = re.sub(r"[«»\"“”„]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def same_text(a, b) -> bool:
    return normalize(a) == normalize(b)


def contains_words(a: str | None, b: str | None) -> bool:
    """Equal after normalizing, or one a run of whole words of the other ("заместитель министра" in
    "заместитель министра здравоохранения"; "мэр" not in "замэр")."""
    a, b = normalize(a), normalize(b)
    if not a or not b:
        return a == b
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


@lru_cache(maxsize=50_000)
def surname_lemma(word: str) -> str:
    """The dictionary form of a surname, the same for "Черкасова" and "Черкасовой"."""
    word = word.strip(" .").replace("ё", "е").replace("Ё", "Е")
    parses = parse(word)
    surname = next((p for p in parses if "Surn" in p.tag), parses[0])
    return surname.normal_form


def same_value(a: float | None, b: float | None, tolerance: float = 0.0) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=max(tolerance, 1e-9), abs_tol=1e-9)


def close_to_any(candidates: Sequence[float | None], value: float | None) -> bool:
    return any(same_value(c, value, VALUE_TOLERANCE) for c in candidates)


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


def metric_score(g: GoldRecord, p) -> float | None:
    gold = g.record
    if not close_to_any([gold.value, *g.alternatives("value")], p.value):
        return None
    shared = max(overlap(gold.span, p.span), overlap(gold.value_span, p.value_span))
    return shared or None


def official_score(g: GoldRecord, p) -> float | None:
    gold = g.record
    if not (gold.name.last and p.name.last) or surname_lemma(gold.name.last) != surname_lemma(p.name.last):
        return None
    return 1 + overlap(gold.name_span, p.name_span)


def position_right(g: GoldRecord, p) -> bool:
    """The predicted position is the gold's, one it accepts, or null where null is accepted."""
    if p.position is None:
        return g.record.position is None or bool(g.extra.get("position_implied"))
    accepted = [a for a in (g.record.position, *g.alternatives("position")) if a]
    # short titles in full on both sides: "и.о. министра" is "исполняющий обязанности министра"
    return any(contains_words(full_title(a), full_title(p.position)) for a in accepted)


def official_strict_score(g: GoldRecord, p) -> float | None:
    same = official_score(g, p)
    return same if same is not None and position_right(g, p) else None


def same_speaker(a: str | None, b: str | None) -> bool:
    """The same surname (the last word of the name), case and inflection aside; null only for null."""
    if a is None or b is None:
        return a is b
    return surname_lemma(a.split()[-1]) == surname_lemma(b.split()[-1])


def quote_score(g: GoldRecord, p) -> float | None:
    """An overlapping statement and the right speaker."""
    if not same_speaker(g.record.speaker, p.speaker):
        return None
    return overlap(g.record.text_span, p.text_span) or None


def award_score(g: GoldRecord, p) -> float | None:
    gold = g.record
    if gold.rank != p.rank:
        return None
    wider = g.extra.get("match_span")
    shared = max(overlap(gold.recipient_span, p.recipient_span),
                 overlap(Span(**wider), p.recipient_span) if wider else 0)
    return shared or None


def date_score(g: GoldRecord, p) -> float | None:
    shared = overlap(g.record.span, p.span)
    return shared if shared and (p.start, p.end) in g.accepted_dates() else None


def period_right(g: GoldRecord, p) -> bool:
    accepted = g.accepted_period()
    if accepted is None or p.period is None:
        return accepted is None and p.period is None
    reading = (p.period.start, p.period.end)
    # a period whose year nobody knows must at least be the same words
    return reading in accepted and (p.period.start is not None or overlap(g.record.period.span, p.period.span) > 0)


# Per record type: the matching score, and the fields compared on matched records.
RULES: dict[str, tuple[Callable, dict[str, Callable[[GoldRecord, object], bool]]]] = {
    "metrics": (metric_score, {
        "value": lambda g, p: any(same_value(v, p.value) for v in (g.record.value, *g.alternatives("value"))),
        "unit": lambda g, p: normalize(p.unit) in {normalize(u) for u in (g.record.unit, *g.alternatives("unit"))},
        "kind": lambda g, p: g.record.kind == p.kind,
        "qualifier": lambda g, p: g.record.qualifier == p.qualifier,
        "value_low": lambda g, p: same_value(g.record.value_low, p.value_low, VALUE_TOLERANCE),
        "previous": lambda g, p: close_to_any([g.record.previous, *g.alternatives("previous")], p.previous),
        "change": lambda g, p: g.record.change == p.change,
        "period": period_right,
        "organization": lambda g, p: same_text(g.record.organization, p.organization),
        "subject": lambda g, p: same_text(g.record.subject, p.subject),
        "subject_filled": lambda g, p: (g.record.subject is None) == (p.subject is None),
    }),
    "officials": (official_score, {
        "name": lambda g, p: same_text(g.record.name.full, p.name.full),
        "position": position_right,
        "organization": lambda g, p: same_text(g.record.organization, p.organization),
        "mentions": lambda g, p: len(g.record.mentions) == len(p.mentions),
    }),
    "awards": (award_score, {
        "award": lambda g, p: same_text(g.record.award, p.award),
        "contest": lambda g, p: same_text(g.record.contest, p.contest),
        "nomination": lambda g, p: same_text(g.record.nomination, p.nomination),
        "category": lambda g, p: same_text(g.record.category, p.category),
        "recipient_kind": lambda g, p: g.record.recipient_kind == p.recipient_kind,
        "recipient_organization": lambda g, p: same_text(g.record.recipient_organization, p.recipient_organization),
        "recipient_position": lambda g, p: same_text(g.record.recipient_position, p.recipient_position),
        "project": lambda g, p: same_text(g.record.project, p.project),
    }),
    "quotes": (quote_score, {
        "kind": lambda g, p: g.record.kind == p.kind,
        "verb": lambda g, p: same_text(g.record.verb, p.verb),
        "speaker_role": lambda g, p: same_text(g.record.speaker_role, p.speaker_role),
    }),
    "dates": (date_score, {
        "granularity": lambda g, p: g.record.granularity == p.granularity,
        "relative": lambda g, p: g.record.relative == p.relative,
    }),
}
