"""Physical quantities: the unit written after a figure, as the record's unit lemma.

"49 тысяч гектаров", "371,7 тыс. кв. метров", "42,3 ц/га", "500 м3/сут." are measures (contract
1.1 kind ``measure``) with a whole unit ("гектар", "квадратный метр", "центнер с гектара",
"кубический метр в сутки"), not counts of "кв" or "ц". The written forms are data
(``pressfacts/data/metrics_measures.txt``); they are matched on the characters after the figure,
because the tokenizer cuts "кв. м" and "ц/га" in ways no word rule should depend on.

    >>> read_measure("49,4 тысячи гектаров зерновых", 11)
    Measure(unit='гектар', end=20)
    >>> read_measure("42,3 ц/га, собрано", 4), read_measure("12 школ", 2)
    (Measure(unit='центнер с гектара', end=9), None)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pressfacts.pipeline.wordlists import read_table

NOT_AFTER = r"(?![0-9A-Za-zА-Яа-яЁё²³])"


class Measure(NamedTuple):
    unit: str    # "квадратный метр"
    end: int     # character offset after the written unit


def _pattern(written: str) -> str:
    """A written form of the table as a regular expression (see the table's notes)."""
    out = []
    for char in written:
        if char == ".":
            out.append(r"\.?")
        elif char == " ":
            out.append(r"\s*")
        elif char == "/":
            out.append(r"\s*/\s*")
        elif char == "*":
            out.append(r"[а-яё]*")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _load() -> tuple[re.Pattern, dict[str, str]]:
    rows = read_table("metrics_measures.txt", values=1)
    rows.sort(key=lambda row: len(row.key.replace("*", "")), reverse=True)
    groups = [f"(?P<m{k}>{_pattern(row.key)}){NOT_AFTER}" for k, row in enumerate(rows)]
    units = {f"m{k}": row.values[0].replace("_", " ") for k, row in enumerate(rows)}
    return re.compile(r"[^\S\n]*(?:" + "|".join(groups) + ")", re.I), units


MEASURES, UNIT_OF = _load()


def read_measure(text: str, end: int) -> Measure | None:
    """The unit of physical quantity written right after ``end`` (a figure's end), or None."""
    m = MEASURES.match(text, end)
    if m is None:
        return None
    return Measure(UNIT_OF[m.lastgroup], m.end())
