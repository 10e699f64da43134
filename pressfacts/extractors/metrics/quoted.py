"""Quotations around figures that are names, not speech: "в категории «с количеством окон менее
20 окон»" holds no metric. Found by line, by bisection, so that a long text stays linear."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from spacy.tokens import Doc, Span

from pressfacts.pipeline.extensions import text_of
from pressfacts.pipeline.quotations import quote_pairs
from pressfacts.pipeline.wordforms import is_verb, lemma

from .words import NAMING_NOUNS

MAX_NAME_WORDS = 8  # a quotation this short, and with no verb, is a name: «с количеством окон менее 20 окон»


def inside_any(intervals: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies strictly inside one of the intervals, by bisection (a walk
    over all of them for every figure was quadratic).

    >>> test = inside_any([(10, 20), (12, 14), (30, 31)])
    >>> [test(x) for x in (10, 11, 19, 20, 30, 31)]
    [False, True, True, False, False, False]
    """
    ordered = sorted(intervals)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))   # the furthest end of the first k
    return lambda x: (k := bisect_left(starts, x)) > 0 and reach[k - 1] > x


def quoted_names(doc: Doc, quantities: list[Span]) -> list[tuple[int, int]]:
    """The quotations around figures that are names, not speech: after a naming noun
    ("в категории «…»"), or short and with no verb."""
    text = text_of(doc)
    names: list[tuple[int, int]] = []
    breaks = [m.start() for m in re.finditer("\n", text)]   # rfind from every figure was quadratic on a long line
    for line_start in sorted({breaks[k - 1] + 1 if (k := bisect_left(breaks, q.start_char)) else 0 for q in quantities}):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        names += [(o, c) for o, c in quote_pairs(text, line_start, line_end) if is_name(doc, o, c)]
    return names


def is_name(doc: Doc, open_: int, close: int) -> bool:
    inside = doc.char_span(open_ + 1, close, alignment_mode="contract")
    before = doc.char_span(max(0, open_ - 40), open_, alignment_mode="contract")
    words = [t.text for t in inside if t.is_alpha] if inside is not None else []
    previous = [t.text for t in before if t.is_alpha] if before is not None else []
    if previous and lemma(previous[-1]) in NAMING_NOUNS:
        return True
    return len(words) <= MAX_NAME_WORDS and not any(is_verb(w) for w in words)
