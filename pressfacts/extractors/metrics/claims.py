"""What kind of claim a figure makes (contract 1.1): a range, a target, the direction of a change.

* range: "80–90 литров", "от 1 до 2 тыс. рублей" give value (the upper bound), ``value_low`` and
  qualifier ``range``; "с 5 до 27 тысяч" after a word of change is a change from 5000 instead;
* target: a plan verb ("планируется построить 12 школ", "довести до 60%") or any verb in the future
  tense ("будет введено 300 тыс. кв. м") in the figure's clause, or in the clauses before it when
  the figure's own clause has no verb; "до 60%" of a target is the target itself, not less_than;
* direction: "снижение на 10,5%" is down, "на 9 больше" up; "с 27 до 5" down by its values;
* a hyphen before a figure after a word ("ветхие сети -0,9 км") is a list's dash, not a minus.
"""

from __future__ import annotations

from typing import NamedTuple

from pressfacts.data import read_entries, read_words
from pressfacts.pipeline.wordforms import best_parse

from .grammar import SentenceView

TARGET_VERBS = read_words("metrics_targets.txt")
DOWN_STEMS = tuple(e.fields[0] for e in read_entries("metrics_directions.txt") if e.fields[1] == "down")
VERB_POS = frozenset({"VERB", "INFN", "PRTS"})
REACH = 30   # words looked at either side: a bound that keeps a sentence of many figures linear


class Claim(NamedTuple):
    value: float | int
    value_low: float | int | None
    qualifier: str
    direction: str | None
    target: bool


def read_claim(view: SentenceView, first: int, last: int, value: float | int, low: float | int | None,
               previous: float | int | None, qualifier: str, change_word: str | None, text_before: str) -> Claim:
    """The claim of a figure at view positions first..last. ``change_word`` is the word of change
    or the comparative that makes it a difference (None when it is a level); ``text_before`` the
    characters before the quantity, for its sign."""
    if value < 0 and is_list_dash(text_before):
        value = -value
    value_low = low if low is not None and previous is None else None
    if value_low is not None:
        qualifier = "range"
    target = is_target(view, first, last)
    if target and qualifier == "less_than" and "до" in (view.low(first), view.low(first - 1)):
        qualifier = "exact"                                  # довести до 60%: the target itself
    direction = None
    if change_word is not None:
        direction = "down" if change_word.lower().startswith(DOWN_STEMS) else "up"
    elif previous is not None:
        direction = "down" if previous > value else "up"
    return Claim(value, value_low, qualifier, direction, target)


def is_list_dash(text_before: str) -> bool:
    """Whether a hyphen-minus right before a figure is punctuation: it follows a word and a space
    ("ветхие -0,9 км"), as a list's dash does; "температура: -5", "(-3%)" keep their sign."""
    stripped = text_before.rstrip()
    return stripped != text_before and stripped[-1:].isalpha()


def is_target(view: SentenceView, first: int, last: int) -> bool:
    """Is the figure at first..last planned rather than reported?"""
    lo, hi = view.clause(first, last)
    lo, hi = max(lo, first - REACH), min(hi, last + 1 + REACH)
    own = [readings(view, k) for k in range(lo, hi) if view.words[k].is_alpha]
    if any(is_target_verb(r) for r in own):
        return True
    if any(r.tag.POS in VERB_POS for r in own):
        return False                                          # its own verb reports it
    return any(is_target_verb(readings(view, k)) for k in range(max(0, lo - REACH), lo) if view.words[k].is_alpha)


def readings(view: SentenceView, k: int):
    return best_parse(view.words[k].text)


def is_target_verb(best) -> bool:
    if best.tag.POS not in VERB_POS:
        return False
    return best.normal_form in TARGET_VERBS or (best.tag.POS == "VERB" and "futr" in best.tag)
