"""Resolvers of the dates grammar: a reading (``Found``), the calendar, and the year a mention's tail fixes.

A mention whose year the text does not fix is resolved against the publication date: the
latest such day no more than about two months after it, the latest such month on or before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from ..lexicon import ordinal_stem_value, roman_value
from ..morphology import parse
from .patterns import NEXT_WORD
from .tables import NUMBER_WORDS, RELATIVE_ADJECTIVE_OFFSETS


# --- Found: one reading, before it becomes a record -----------------------------------------


class Anaphor(NamedTuple):
    """A mention that counts from another date of the text, not from the publication date."""
    kind: str  # "window": the window of the figure before it ("аналогичный период"); "year": its year
    offset: int  # years from that date's: -1 for "прошлого года", "предыдущим годом"
    year: int | None = None  # a year written instead: "аналогичный период 2021 года"


class Found(NamedTuple):
    start: int
    end: int
    granularity: str
    first: dt.date | None = None
    last: dt.date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    time: str | None = None
    relative: bool = False
    anaphor: Anaphor | None = None  # resolved by ``anaphora``; first/last hold the reading without one


class Tail(NamedTuple):
    year: int | None  # written: "2020 года"
    offset: int | None  # years from the publication year: "прошлого года" -1
    kept: bool  # False when the number after the month counts something: "в марте 2020 человек"


# --- Calendar helpers -----------------------------------------------------------------------

FUTURE_WINDOW = dt.timedelta(days=62)  # a year-less day may lie up to about two months after publication


def last_day(year: int, month: int) -> int:
    """The number of days in a month.

    >>> last_day(2020, 2)
    29
    """
    return calendar.monthrange(year, month)[1]


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), kept inside the month.

    >>> add_months(dt.date(2020, 8, 31), -6)
    datetime.date(2020, 2, 29)
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def is_calendar_day(month: int, day: int) -> bool:
    """Whether some year has this day ("29 февраля" yes, "31 апреля" no)."""
    return 1 <= month <= 12 and 1 <= day <= last_day(2000, month)


def year_of_day(month: int, day: int, published: dt.date, ahead: bool = False) -> int | None:
    """The latest year that puts the day no more than about two months after publication; for a
    day ``ahead`` (a future tense, a deadline), the first on or after publication.

    >>> year_of_day(5, 20, dt.date(2023, 1, 16)), year_of_day(1, 5, dt.date(2022, 12, 20))
    (2022, 2023)
    >>> year_of_day(5, 9, dt.date(2017, 2, 2)), year_of_day(5, 9, dt.date(2017, 2, 2), ahead=True)
    (2016, 2017)
    """
    years = (published.year, published.year + 1) if ahead else (published.year + 1, published.year, published.year - 1)
    for year in years:
        if (month, day) == (2, 29) and not calendar.isleap(year):
            continue
        if (dt.date(year, month, day) >= published) if ahead else (dt.date(year, month, day) <= published + FUTURE_WINDOW):
            return year
    return None


def year_of_month(month: int, published: dt.date, lean: int = 0) -> int:
    """The year of the latest such month on or before the publication month; looking ahead
    (``lean`` 1), of the first such month on or after it.

    >>> year_of_month(11, dt.date(2023, 1, 16)), year_of_month(3, dt.date(2024, 2, 18), 1)
    (2022, 2024)
    """
    if lean > 0:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def year_of_part(first_month: int, months: int, published: dt.date, lean: int = 0) -> int:
    """The year of a part of a year (a quarter, a half-year, the first months): the latest one
    that has reached its last month by the publication date; looking ahead, the first one not
    over by then. "в первом полугодии прошли" in a text of 20 January 2024 is 2023's.

    >>> year_of_part(1, 6, dt.date(2024, 1, 20)), year_of_part(1, 6, dt.date(2024, 1, 20), 1)
    (2023, 2024)
    >>> year_of_part(7, 3, dt.date(2021, 11, 1)), year_of_part(4, 3, dt.date(2021, 6, 20))
    (2021, 2021)
    """
    last_month = first_month + months - 1
    if lean > 0:
        return published.year if published <= month_period(published.year, last_month)[1] else published.year + 1
    return published.year if published.month >= last_month else published.year - 1


def relative_offset(word: str) -> int:
    return next(n for pattern, n in RELATIVE_ADJECTIVE_OFFSETS if pattern.fullmatch(word))


def number_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def ordinal_value(word: str) -> int:
    """The number of a quarter or a half-year as written: in digits, in Roman numerals or in words; 0 for none.

    >>> ordinal_value("3-м"), ordinal_value("iv"), ordinal_value("третьем"), ordinal_value("Четвёртом")
    (3, 4, 3, 4)
    """
    word = word.lower().rstrip("-егмоийу")
    if word.isdigit():
        return int(word)
    return roman_value(word.upper()) or ordinal_stem_value(word) or 0


def is_counted(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts the next word ("2020 человек", "2022 обращения").

    >>> is_counted("в марте 2020 человек", 12), is_counted("с 1 января 2008 граждане", 15)
    (True, False)
    """
    m = NEXT_WORD.match(text, end)
    return bool(m) and any(p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag for p in parse(m[1])[:3])


def is_ordinal_count(text: str, end: int) -> bool:
    """Whether "2000-м", "2000-го" ending at ``end`` agrees with the noun after it: "с 2000-го
    обращения", "2000-м посетителем"; not "с 2019-го центр принимает".

    >>> is_ordinal_count("с 2000-го обращения", 9), is_ordinal_count("С 2019-го центр", 9)
    (True, False)
    """
    m = NEXT_WORD.match(text, end)
    if not m:
        return False
    cases = ("gen",) if text[:end].lower().endswith("го") else ("abl", "loc", "dat")
    readings = parse(m[1])
    return readings[0].tag.POS in ("NOUN", "ADJF") and any(
        p.tag.POS in ("NOUN", "ADJF") and str(p.tag.case)[:3] in cases for p in readings[:3])


def read_tail(m: re.Match, n: str = "") -> Tail:
    if m[f"year{n}"] is not None:
        if m[f"word{n}"] is None and m[f"sfx{n}"] is None and is_counted(m.string, m.end(f"year{n}")):
            return Tail(None, None, False)
        return Tail(int(m[f"year{n}"]), None, True)
    if m[f"rel{n}"] is not None:
        return Tail(None, relative_offset(m[f"rel{n}"]), True)
    if m[f"sg{n}"] is not None:
        return Tail(None, 0, True)
    return Tail(None, None, True)


def anchor_year(tail: Tail, published: dt.date | None) -> int | None:
    """The year a tail fixes, written or relative; None when it fixes none."""
    if tail.year is not None:
        return tail.year
    if tail.offset is not None and published is not None:
        return published.year + tail.offset
    return None


def is_relative(tail: Tail, published: dt.date | None) -> bool:
    """True for "прошлого года", and for a year taken from the publication date."""
    return tail.year is None and (tail.offset is not None or published is not None)
