"""Words both normalizers read, ``numbers`` and ``dates``: month names, ordinal numerals, Roman numerals.

The word lists are data (``pressfacts/data/months.txt``, ``ordinals.txt``, ``roman.txt``); this
module builds from them what the two grammars need, the month patterns and the ordinal stems,
and the readers ``month_number``, ``ordinal_stem_value`` and ``roman_value``.
"""

from __future__ import annotations

import re

from .morphology import fold
from .wordlists import read_table

# --- Months ---------------------------------------------------------------------------------

MONTHS = {row.key: int(row.values[0]) for row in read_table("months.txt", values=1)}  # январь: 1

DECLENSIONS = {  # the end of the nominative: (genitive ending, endings of the singular forms; "" is none)
    "ь": ("я", ("ь", "я", "е", "ю", "ём", "ем")),  # 7 сентября; сентябрь, в сентябре, сентябрём
    "й": ("я", ("й", "я", "е", "ю", "ем")),  # 20 мая; май, в мае, маем
    "": ("а", ("", "а", "е", "у", "ом")),  # 4 марта; март, в марте, мартом
}


def _declension(nominative: str) -> tuple[str, str]:
    """(stem, key of DECLENSIONS) of a month name: "январь" -> ("январ", "ь"), "март" -> ("март", "")."""
    end = nominative[-1] if nominative[-1] in DECLENSIONS else ""
    return nominative[: len(nominative) - len(end)], end


MONTH_STEMS = {_declension(name)[0]: number for name, number in MONTHS.items()}  # январ: 1, ма: 5
_MONTH_STEMS_LONGEST_FIRST = sorted(MONTH_STEMS.items(), key=lambda kv: -len(kv[0]))  # "март" is tried before "ма"

MONTH_GENITIVE = "(?:" + "|".join(  # after a day number: 7 сентября
    stem + DECLENSIONS[end][0] for stem, end in map(_declension, MONTHS)
) + ")"


def _month_any() -> str:
    """A month word in any case, singular: the stems of one declension share their endings."""
    groups: dict[str, list[str]] = {}
    for stem, end in map(_declension, MONTHS):
        groups.setdefault(end, []).append(stem)
    alternatives = []
    for end, stems in groups.items():
        endings = DECLENSIONS[end][1]
        ending = "(?:" + "|".join(e for e in endings if e) + ")" + ("?" if "" in endings else "")
        alternatives.append((stems[0] if len(stems) == 1 else "(?:" + "|".join(stems) + ")") + ending)
    return "(?:" + "|".join(alternatives) + ")"


MONTH_ANY = _month_any()  # в ноябре, с апреля, январь, по сравнению с мартом, по май 2020 года


def _hints(stem: str, end: str) -> tuple[str, ...]:
    """What a month word must hold: its stem, or, for a stem too short to tell ("ма"), one of its
    forms, leaving out a form that holds another ("маем" holds "мае")."""
    if len(stem) > 2:
        return (stem,)
    forms = [stem + e for e in DECLENSIONS[end][1] if e]
    return tuple(f for f in forms if not any(other != f and other in f for other in forms))


MONTH_HINTS = tuple(hint for stem, end in map(_declension, MONTHS) for hint in _hints(stem, end))  # январ, май, мая…


def month_number(word: str) -> int:
    """The month a month word names (StopIteration when it names none).

    >>> month_number("февраля"), month_number("Мае"), month_number("марте")
    (2, 5, 3)
    """
    word = word.lower()
    return next(n for stem, n in _MONTH_STEMS_LONGEST_FIRST if word.startswith(stem))


# --- Ordinal numerals -----------------------------------------------------------------------

ORDINAL_LEMMAS = {row.key: int(row.values[0]) for row in read_table("ordinals.txt", values=1)}  # четвёртый: 4
ORDINALS = {fold(lemma): value for lemma, value in ORDINAL_LEMMAS.items()}  # pymorphy3 lemma, ё as е: четвертый
ORDINAL_STEMS = {lemma[:-2]: value for lemma, value in ORDINAL_LEMMAS.items()}  # the lemma less its ending: четвёрт
ORDINAL_STEM_SPELLINGS = tuple(  # every stem as written and with ё as е: четвёрт, четверт
    dict.fromkeys(spelling for stem in ORDINAL_STEMS for spelling in (stem, fold(stem)))
)
_FOLDED_STEMS = sorted(((fold(stem), value) for stem, value in ORDINAL_STEMS.items()), key=lambda kv: -len(kv[0]))


def ordinal_stem_value(word: str) -> int | None:
    """The value of an ordinal word by the stem it starts with, for a word already known to be
    an ordinal (a word like "сотрудник" starts with a stem too).

    >>> ordinal_stem_value("третьем"), ordinal_stem_value("Четвёртом"), ordinal_stem_value("пятнадцатого")
    (3, 4, 15)
    """
    word = fold(word)
    return next((value for stem, value in _FOLDED_STEMS if word.startswith(stem)), None)  # пятнадцат before пят


# --- Roman numerals -------------------------------------------------------------------------

ROMAN = {row.key: int(row.values[0]) for row in read_table("roman.txt", values=1)}  # I: 1, V: 5
CYRILLIC_X = "Х"  # ХХI век: typed with the Cyrillic letter
ROMAN_LETTERS = "".join(ROMAN) + CYRILLIC_X  # for a character class
ROMAN_VALID = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # IIII and IC are no numerals


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral, or None when it is not one.

    >>> roman_value("XXI"), roman_value("IV"), roman_value("IIII")
    (21, 4, None)
    """
    numeral = numeral.replace(CYRILLIC_X, "X")
    if not numeral or not ROMAN_VALID.fullmatch(numeral):
        return None
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
