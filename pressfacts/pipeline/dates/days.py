"""Builders of days and months: "7 сентября", "20 и 21 марта", "с 1 по 5 марта", "в ноябре", "январь–март".

A builder reads one match of its rule into ``Found`` readings, or into none when the match is
no date after all ("ул. 8 Марта", "Петр и Марта").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import month_number
from .clause import lean
from .patterns import ADDRESS_BEFORE, ANAPHORIC_YEAR, DAY_BEFORE, FROM_BEFORE, PREPOSITION_BEFORE
from .resolve import (
    Found,
    Tail,
    anchor_year,
    is_calendar_day,
    is_relative,
    last_day,
    month_period,
    ordinal_value,
    read_tail,
    year_of_day,
    year_of_month,
)
from .tables import MONTH_ABBREVIATIONS


def month_of(word: str) -> int:
    """The month a full or abbreviated month word names.

    >>> month_of("ноя"), month_of("дек."), month_of("Сентября")
    (11, 12, 9)
    """
    return MONTH_ABBREVIATIONS.get(word.lower().rstrip(".")) or month_number(word)


def day_found(start: int, end: int, month: int, day: int, tail: Tail, published: dt.date | None, time=None,
              text: str = "") -> Found:
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        # a future tense carries a day beyond the window; a past one does not pull it back (the
        # nearest verb may be another clause's)
        year = year_of_day(month, day, published, ahead=bool(text) and lean(text, start, end) > 0)
    date = None
    if year is not None and ((month, day) != (2, 29) or calendar.isleap(year)):
        date = dt.date(year, month, day)
    elif year is not None and tail.year is not None:
        raise ValueError(f"29 февраля {year}: a common year")
    return Found(start, end, "day", date, date, tail.year, month, day, time, is_relative(tail, published))


def build_day(m: re.Match, published: dt.date | None) -> list[Found]:
    """7 сентября, 4 марта 2020 г., 24 февраля 2021, 08:19; not "ул. 8 Марта"."""
    month, day = month_of(m["month"]), int(m["day"])
    if not is_calendar_day(month, day) or ADDRESS_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return []
    tail = read_tail(m)
    if not tail.kept:
        return [day_found(m.start(), m.start("tail"), month, day, tail, published, text=m.string)]
    time = f"{int(m['hour']):02d}:{m['minute']}" if m["hour"] else None
    return [day_found(m.start(), m.end(), month, day, tail, published, time, m.string)]


def build_day_list(m: re.Match, published: dt.date | None) -> list[Found]:
    """20 и 21 марта: each day a mention, the month and year from the last."""
    month = month_of(m["month"])
    tail = read_tail(m)
    end = m.end() if tail.kept else m.start("tail")
    items = [(d.start() + m.start("days"), d.end() + m.start("days"), int(d[0]))
             for d in re.finditer(r"[0-9]+", m["days"])]
    items.append((m.start("day"), end, int(m["day"])))
    if not all(is_calendar_day(month, day) for _, _, day in items):
        return []
    return [day_found(s, e, month, day, tail, published, text=m.string) for s, e, day in items]


def range_start(m: re.Match) -> int | None:
    """Where a range starts: at its "с" when one stands before it; None for "1 по 5 марта" without one."""
    before = FROM_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if before:
        return before.start()
    return None if m["conn"].strip() in ("по", "до") else m.start()


def range_years(tail1: Tail, tail2: Tail, wraps: bool, published: dt.date | None,
                latest_year: Callable[[dt.date], int]) -> tuple[int | None, int | None]:
    """The years of a range's two ends: the end's own year, else the latest one before the
    publication date (``latest_year``); the start's own year, else the end's (the year before
    when the range wraps into the next year: "с ноября по февраль")."""
    year2 = anchor_year(tail2, published)
    if year2 is None and tail2.offset is None and published is not None:
        year2 = latest_year(published)
    year1 = anchor_year(tail1, published)
    if year1 is None and year2 is not None:
        year1 = year2 - 1 if wraps else year2
    return year1, year2


def build_day_range(m: re.Match, published: dt.date | None) -> list[Found]:
    """7-8 сентября, с 1 по 5 марта 2021 года, с 20 апреля по 15 июня."""
    if (start := range_start(m)) is None:
        return []
    month2, day2 = month_of(m["month2"]), int(m["day2"])
    month1 = month_of(m["month1"]) if m["month1"] else month2
    day1 = int(m["day1"])
    if not (is_calendar_day(month1, day1) and is_calendar_day(month2, day2)):
        return []
    tail1 = read_tail(m, "1") if m["month1"] else Tail(None, None, True)
    tail2 = read_tail(m, "2")
    wraps = (month1, day1) > (month2, day2)  # с 20 декабря по 10 января: into the next year
    if not tail1.kept or (month1 == month2 and day1 >= day2 and tail1.year is None):
        return []
    end = m.end() if tail2.kept else m.start("tail2")
    year1, year2 = range_years(tail1, tail2, wraps, published, lambda day: year_of_day(month2, day2, day))
    first = last = None
    if year1 is not None and year2 is not None:
        first, last = dt.date(year1, month1, day1), dt.date(year2, month2, day2)
        if first >= last:
            return []
    one_year = tail1.year == tail2.year or (tail1.year is None and not wraps)
    return [Found(
        start, end, "range", first, last,
        year=tail2.year if one_year else None,
        month=month2 if month1 == month2 else None,
        relative=tail1.year is None and is_relative(tail2, published),
    )]


def month_found(start: int, end: int, month: int, tail: Tail, published: dt.date | None, text: str) -> Found:
    """в ноябре, в мае 2009 года; "с марта 2020 года" is a range from March whose end the text leaves open."""
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_month(month, published, lean(text, start, end))
    first, last = month_period(year, month) if year is not None else (None, None)
    since = FROM_BEFORE.search(text, max(0, start - 4), start)
    if since and is_genitive_month(text[start:end]):
        return Found(since.start(), end, "range", first, None, tail.year, None, None, None, is_relative(tail, published))
    return Found(start, end, "month", first, last, tail.year, month, None, None, is_relative(tail, published))


def is_genitive_month(words: str) -> bool:
    """"марта 2020 года", "сентября", not "мартом": what "с" governs when it means "from"."""
    return re.match(r"\w+", words)[0].lower()[-1] in "яа"


def is_after_preposition(text: str, start: int) -> bool:
    """Whether a month word at ``start`` follows a preposition ("в ноябре"), not a name ("Петр и Марта")."""
    m = PREPOSITION_BEFORE.search(text, max(0, start - 16), start)
    return bool(m) and not (m["prep"].lower() == "и" and text[start].isupper())


def build_month_led(m: re.Match, published: dt.date | None) -> list[Found]:
    """январь–март 2021 г., в мае 2009 года, в ноябре прошлого года, в ноябре, по сравнению с мартом."""
    if m["month2"] and (found := build_month_range(m, published)):
        return found
    if DAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return []
    month, tail = month_number(m["month1"]), read_tail(m, "1")
    if tail.kept and m["tail1"]:
        return [month_found(m.start(), m.end("tail1"), month, tail, published, m.string)]
    text, end = m.string, m.end("month1")
    if not is_after_preposition(text, m.start()) or ANAPHORIC_YEAR.match(text, end):
        return []
    return [month_found(m.start(), end, month, Tail(None, None, True), published, text)]


def build_month_range(m: re.Match, published: dt.date | None) -> list[Found]:
    """с апреля по май 2020 года, январь–март."""
    if (start := range_start(m)) is None:
        return []
    month1, month2 = month_number(m["month1"]), month_number(m["month2"])
    tail1, tail2 = read_tail(m, "1"), read_tail(m, "2")
    wraps = month1 > month2  # с ноября по февраль: into the next year
    if not tail1.kept or (month1 == month2 and tail1.year is None):
        return []
    end = m.end() if tail2.kept else m.start("tail2")
    year1, year2 = range_years(tail1, tail2, wraps, published, lambda day: year_of_month(month2, day))
    first = last = None
    if year1 is not None and year2 is not None:
        first, last = month_period(year1, month1)[0], month_period(year2, month2)[1]
        if first >= last:
            return []
    one_year = tail1.year == tail2.year or (tail1.year is None and not wraps)
    return [Found(
        start, end, "range", first, last,
        year=tail2.year if one_year else None,
        relative=tail1.year is None and is_relative(tail2, published),
    )]


DECADE_DAYS = {1: (1, 10), 2: (11, 20), 3: (21, 31)}  # the third one ends with the month


def build_decade(m: re.Match, published: dt.date | None) -> list[Found]:
    """конец первой декады сентября, во второй декаде мая 2021 года: ten days of a month."""
    number = ordinal_value(m["ord"])
    if number not in DECADE_DAYS:
        return []
    month, tail = month_number(m["month"]), read_tail(m)
    end = m.end() if tail.kept else m.start("tail")
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_month(month, published, lean(m.string, m.start(), end))
    first = last = None
    if year is not None:
        day1, day2 = DECADE_DAYS[number]
        first, last = dt.date(year, month, day1), dt.date(year, month, min(day2, last_day(year, month)))
    return [Found(m.start(), end, "range", first, last, tail.year, month, None, None, is_relative(tail, published))]
