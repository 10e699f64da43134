"""Full calendar dates as printed in headers and datelines: "24 февраля 2021, 08:19", "16.01.2023".

Pure functions, text in, matches out (razdel's style). The general date normalizer
(periods, relative dates) builds on these.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from .lexicon import MONTH_GENITIVE, MONTHS, month_number

# a month as a header prints it: its genitive ("24 февраля 2021") or its nominative ("1 май 2023")
MONTH_WORD = rf"(?P<month>{MONTH_GENITIVE}|{'|'.join(MONTHS)})"
TIME = r"(?:,?\s*(?:в\s*)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d))?"

WORD_DATE = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+" + MONTH_WORD + r"\s+(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*(?:г\.|года|год)(?!\w))?" + TIME,
    re.IGNORECASE,
)  # 24 февраля 2021, 08:19 · 4 марта 2020 г.
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)" + TIME
)  # 16.01.2023


class FoundDate(NamedTuple):
    start: int
    end: int
    date: dt.date
    time: str | None


def find_full_dates(text: str) -> Iterator[FoundDate]:
    """Every date with day, month and year in ``text``, in order.

    >>> [(d.date.isoformat(), d.time) for d in find_full_dates("Posted 24 февраля 2021, 08:19; 16.01.2023")]
    [('2021-02-24', '08:19'), ('2023-01-16', None)]
    """
    found = []
    for pattern in (WORD_DATE, NUMERIC_DATE):
        for m in pattern.finditer(text):
            month = m["month"]
            month = int(month) if month.isdigit() else month_number(month)
            try:
                date = dt.date(int(m["year"]), month, int(m["day"]))
            except ValueError:  # 31.02.2020 is not a date
                continue
            time = f"{int(m['hour']):02d}:{m['minute']}" if m["hour"] else None
            found.append(FoundDate(m.start(), m.end(), date, time))
    return iter(sorted(found))
