"""Readers of number words: what a cardinal or an ordinal word is worth.

They stand on the tables (``tables``) and pymorphy3: only words that start like a number word
(``CARDINAL_WORD``) are parsed, and each word form is parsed once.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from ..lexicon import ORDINALS
from ..morphology import parse
from .patterns import CARDINAL_WORD
from .tables import ALL_CAPS_NOT_NUMBERS, CARDINALS, HALF_MULTIPLIERS, MISREAD_CARDINALS, MULTIPLIERS


@lru_cache(maxsize=20_000)
def cardinal_word(word: str) -> tuple[Decimal, str, str] | None:
    """(value, class, number) of a cardinal number word, or None.

    The class is one of unit, teen, ten, hundred, mult, one_and_half and collective. The number
    is sing, plur or both, and is only set for multipliers.

    >>> cardinal_word("трёх")
    (Decimal('3'), 'unit', '')
    >>> cardinal_word("тысячи")
    (Decimal('1000'), 'mult', 'both')
    >>> cardinal_word("стоит") is None
    True
    """
    lower = word.lower()
    if word in ALL_CAPS_NOT_NUMBERS or not CARDINAL_WORD.match(lower):
        return None
    for stem, value in HALF_MULTIPLIERS.items():
        if lower.replace("-", "").startswith(stem):
            return Decimal(value), "mult", "sing"
    if lower in MISREAD_CARDINALS:
        lemma, tag = MISREAD_CARDINALS[lower], None
    else:
        best = parse(lower)[0]
        lemma, tag = best.normal_form.replace("ё", "е"), best.tag
    if lemma in MULTIPLIERS:
        numbers = {"sing" if "sing" in p.tag else "plur" for p in parse(lower) if p.normal_form == lemma}
        return Decimal(MULTIPLIERS[lemma]), "mult", "both" if len(numbers) > 1 else numbers.pop()
    if lemma not in CARDINALS or (lemma == "один" and "plur" in tag):  # одни, одних: "only", "some"
        return None
    value = Decimal(CARDINALS[lemma])
    if lemma == "полтора":
        return value, "one_and_half", ""
    if tag is not None and "Coll" in tag:
        return value, "collective", ""
    if value >= 100:
        return value, "hundred", ""
    if value >= 20:
        return value, "ten", ""
    if value >= 10:
        return value, "teen", ""
    return value, "unit", ""


@lru_cache(maxsize=20_000)
def ordinal_word(word: str) -> int | None:
    """The value of an ordinal number word, or None.

    >>> ordinal_word("четвертый"), ordinal_word("первое"), ordinal_word("пятница")
    (4, 1, None)
    """
    best = parse(word.lower())[0]
    if "Anum" not in best.tag or "Apro" in best.tag:  # один is Anum too
        return None
    return ORDINALS.get(best.normal_form.replace("ё", "е"))


def as_number(value: Decimal) -> float | int:
    """A Decimal as an int when integral, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)

