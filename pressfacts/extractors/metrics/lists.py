"""Lists whose items leave out what the first one said: the item takes the first figure's frame.

"Число разбоев снизилось на 10,5%, грабежей — на 7,1%": the second figure is a decrease too, of
"грабежи"; "в 2018 году — 120 млн рублей, в 2019 — 167 млн, в 2020 — 190 млн" each its own year
and the roubles of the first; "200 млн рублей — на ремонт школ, 90 млн — на жильё" roubles. An
item is a clause without a verb after a clause of the same sentence with a figure.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from pressfacts.pipeline.extensions import text_of
from pressfacts.pipeline.wordforms import is_noun, is_verb
from pressfacts.schemas import DateMention
from pressfacts.schemas import Span as TextSpan

from .grammar import SentenceView, nominative_head_phrase

if TYPE_CHECKING:
    from .extractor import Found

YEAR = re.compile(r"(?:1[89]|20)\d\d$")
YEAR_PREPOSITIONS = frozenset({"в", "во", "за"})
DASHES = frozenset({"—", "–", "-"})
SKIPPED = frozenset({"на", "а", "и", "но"})   # а удовлетворенность — 98%


ITEM_MARKS = frozenset({",", ";", "(", ":"})
REACH = 30   # words looked at: a bound that keeps a sentence of many figures linear


def item_start(view: SentenceView, first: int) -> int:
    """Where the list item of the figure at ``first`` begins: after the comma before it (a dash
    inside the item, "грабежей — на 7,1%", does not end it)."""
    k, stop = first - 1, max(-1, first - 1 - REACH)
    while k > stop and view.words[k].text not in ITEM_MARKS:
        k -= 1
    return k + 1 if k < 0 or view.words[k].text in ITEM_MARKS else 0   # no mark near: no item


def list_source(view: SentenceView, first: int, last: int, earlier: list[Found], sentence: int) -> Found | None:
    """The earlier figure whose frame the figure at first..last takes, or None when it is no list item."""
    start, (_, hi) = item_start(view, first), view.clause(first, last)
    hi = min(hi, last + 1 + REACH)
    if start == 0 or any(is_verb(view.words[k].text) for k in range(start, hi) if view.words[k].is_alpha):
        return None
    return next((f for f in reversed(earlier) if f.sentence == sentence), None)


def item_subject(view: SentenceView, first: int) -> str | None:
    """"грабежей — на 7,1%": the noun phrase before the item's dash, in the nominative."""
    words = [k for k in range(item_start(view, first), first)
             if view.words[k].is_alpha and not view.in_date[k] and view.low(k) not in SKIPPED]
    if not words or not any(is_noun(view.words[k].text) for k in words) or any(view.low(k) in YEAR_PREPOSITIONS for k in words):
        return None
    return nominative_head_phrase(view, words[0], words[-1] + 1)


def is_difference_item(view: SentenceView, first: int, source: Found) -> bool:
    """"грабежей — на 7,1%" after "снизилось на 10,5%": a change like the first."""
    return source.change and "на" in (view.low(first), view.low(first - 1))


def list_year(view: SentenceView, first: int) -> DateMention | None:
    """"в 2019 — 167,4 млн": the bare year that opens a list item, as its period."""
    for k in range(item_start(view, first), first):
        token = view.words[k]
        if YEAR.match(token.text) and view.low(k - 1) in YEAR_PREPOSITIONS and view.low(k + 1) in DASHES:
            year = int(token.text)
            span = TextSpan.of(text_of(view.sent.doc), token.idx, token.idx + len(token.text))
            return DateMention(span=span, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31),
                               granularity="year", year=year)
    return None
