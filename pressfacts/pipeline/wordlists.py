"""Word tables of the linguistic layer, read from ``pressfacts/data/*.txt`` and checked as they load.

The format is the one of every data file (``pressfacts.data``): one entry a line, its fields
separated by spaces, then ``#`` and the example that needed it; lines that start with ``#``
are notes. A table's last ``values`` fields are the entry's values, and the fields before them
are its key, a word, a stem or a phrase::

    более чем    more_than  before   # более чем десятикратный рост

A table that breaks the format does not load: every entry needs its key, its values and its
example, no key may come twice, and a value that names a kind must be one its reader knows.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from pressfacts.data import read_entries


class Row(NamedTuple):
    key: str                  # the fields before the values, joined by a space: "более чем"
    values: tuple[str, ...]
    example: str


def read_table(name: str, values: int = 0, choices: dict[int, Collection[str]] | None = None) -> list[Row]:
    """The rows of ``pressfacts/data/<name>`` in file order; ValueError on a malformed line.

    ``choices`` gives, for a value's position, the words it may be ("before", "after").

    >>> read_table("months.txt", values=1)[0]
    Row(key='январь', values=('1',), example='16 января; январь; в январе')
    """
    rows: list[Row] = []
    seen: set[str] = set()
    for entry in read_entries(name):
        where = f"{name}:{entry.line}"
        if len(entry.fields) <= values:
            raise ValueError(f"{where}: expected a key and {values} value(s), got {entry.fields}")
        if not entry.example:
            raise ValueError(f"{where}: no example after '#'")
        key = " ".join(entry.fields[: len(entry.fields) - values])
        if key in seen:
            raise ValueError(f"{where}: {key!r} comes twice")
        seen.add(key)
        row = Row(key, entry.fields[len(entry.fields) - values:], entry.example)
        for i, allowed in (choices or {}).items():
            if row.values[i] not in allowed:
                raise ValueError(f"{where}: {row.values[i]!r} is none of {sorted(allowed)}")
        rows.append(row)
    return rows


def read_number(field: str) -> int | Decimal:
    """A value field as a number: an int, or a Decimal when it has a fraction ("1.5").

    >>> read_number("1000"), read_number("1.5"), read_number("-2")
    (1000, Decimal('1.5'), -2)
    """
    return int(field) if field.lstrip("-").isdigit() else Decimal(field)


@lru_cache(maxsize=None)
def stem_pattern(name: str, without: str | None = None) -> re.Pattern:
    """One regular expression for the stems of a data file, each matched at a word start, any
    letter case; the longest first, so that "гран-при" is not read as "гран". ``without``: leave
    out the entries whose second field is this mark.

    >>> bool(stem_pattern("awards_triggers.txt").search("Вручены награды")), bool(stem_pattern("awards_triggers.txt").search("Погода"))
    (True, False)
    """
    words = {e.fields[0] for e in read_entries(name) if without is None or e.fields[1:2] != (without,)}
    stems = sorted(map(re.escape, words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")", re.I)
