"""Builders of dates counted from the publication date or from another date of the text:
weekdays ("в среду"), "год назад", "с начала года", "до конца года", "с сегодняшнего дня",
"аналогичный период прошлого года", "предыдущий год".

Open ranges keep the unknown end null: "с начала года" starts on 1 January and ends where the
text does not say; "до конца года" runs from the publication date to 31 December.
"""

from __future__ import annotations

import datetime as dt
import re

from ..morphology import parse
from .clause import lean
from .patterns import DATE_AFTER, DATE_BEFORE
from .resolve import Anaphor, Found, add_months, month_period, number_value, relative_offset
from .tables import AGO_UNITS, ANAPHORIC_ADJECTIVES, DAY_ADJECTIVES, WEEKDAY_NUMBERS


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def weekday_date(weekday: int, published: dt.date, ahead: int) -> dt.date:
    """The last such weekday on or before the publication date; ``ahead`` 1: the first on or
    after it; -1: the last strictly before it ("в прошлую пятницу").

    >>> weekday_date(2, dt.date(2024, 9, 25), 0), weekday_date(4, dt.date(2024, 9, 25), 1)
    (datetime.date(2024, 9, 25), datetime.date(2024, 9, 27))
    """
    if ahead > 0:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if ahead < 0 else 0))


WEEKDAY_LEANS = {"прошл": -1, "минувш": -1, "следующ": 1, "ближайш": 1}  # в минувшую пятницу, в ближайшую субботу


def build_weekday(m: re.Match, published: dt.date | None) -> list[Found]:
    """в среду, во вторник, в минувшую пятницу; not "в среду, 10 сентября" nor "20 марта, в
    субботу" (the date says it), nor "в среду обитания"."""
    text = m.string
    if DATE_AFTER.match(text, m.end()) or DATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return []
    word = m["weekday"].lower()
    if word == "среду" and (after := re.match(r"\s+([а-яё]+)", text[m.end():m.end() + 30])):
        if parse(after[1])[0].tag.POS == "NOUN":  # в среду обитания, в среду проживания
            return []
    start = m.start("adj") if m["adj"] else m.start("weekday")
    date = None
    if published is not None:
        adjective = (m["adj"] or "").lower()
        ahead = next((n for stem, n in WEEKDAY_LEANS.items() if adjective.startswith(stem)), 0)
        if ahead == 0 and lean(text, start, m.end()) > 0:
            ahead = 1  # в среду состоится: the coming one
        date = weekday_date(WEEKDAY_NUMBERS[word], published, ahead)
    return [Found(start, m.end(), "day", date, date, relative=True)]


def build_weekend(m: re.Match, published: dt.date | None) -> list[Found]:
    """в минувшие выходные: the last Saturday and Sunday before the publication date."""
    start = m.start("adj")
    if published is None:
        return [Found(start, m.end(), "range", relative=True)]
    sunday = weekday_date(6, published, -1 if published.weekday() == 6 else 0)
    return [Found(start, m.end(), "range", sunday - dt.timedelta(days=1), sunday, relative=True)]


def build_ago(m: re.Match, published: dt.date | None) -> list[Found]:
    """год назад, два года назад, месяц назад, неделю назад, три дня назад: the year, month,
    week or day so far back; not "несколько лет назад" (how many, the text does not say)."""
    unit_word = m["unit"].lower()
    unit = next(u for stem, u in AGO_UNITS.items() if unit_word.startswith(stem))
    half = unit_word.startswith("полгод")
    if m["n"] is None and not half and unit_word not in ("год", "месяц", "неделю", "день"):
        return []
    n = 6 if half else number_value(m["n"]) if m["n"] else 1
    granularity = {"year": "year", "month": "month", "week": "range", "day": "day"}[unit]
    if published is None:
        return [Found(m.start(), m.end(), granularity, relative=True)]
    if unit == "year":
        first, last = year_bounds(published.year - n)
    elif unit == "month":
        first = add_months(published.replace(day=1), -n)
        last = month_period(first.year, first.month)[1]
    elif unit == "week":
        first = published - dt.timedelta(days=published.weekday(), weeks=n)
        last = first + dt.timedelta(days=6)
    else:
        first = last = published - dt.timedelta(days=n)
    return [Found(m.start(), m.end(), granularity, first, last, relative=True)]


def build_year_edge(m: re.Match, published: dt.date | None) -> list[Found]:
    """с начала года, с начала 2023 года (from 1 January, the end open); до конца года (from the
    publication date to 31 December), до конца 2030 года (the start open)."""
    year = int(m["year"]) if m["year"] else None
    offset = relative_offset(m["rel"]) if m["rel"] else 0
    if year is None and published is not None:
        year = published.year + offset
    first = last = None
    if m["edge"].lower().startswith("начал"):
        first = dt.date(year, 1, 1) if year is not None else None
    elif year is not None:
        last = dt.date(year, 12, 31)
        if published is not None and published.year == year:
            first = published  # до конца года: what is left of it
    return [Found(m.start(), m.end(), "range", first, last, int(m["year"]) if m["year"] else None,
                  relative=not m["year"])]


def build_day_edge(m: re.Match, published: dt.date | None) -> list[Found]:
    """с сегодняшнего дня, со вчерашнего дня (the end open), до сегодняшнего дня (the start open)."""
    offset = next(n for stem, n in DAY_ADJECTIVES.items() if m["adj"].lower().startswith(stem))
    day = published + dt.timedelta(days=offset) if published is not None else None
    first, last = (None, day) if m["prep"].lower() == "до" else (day, None)
    return [Found(m.start(), m.end(), "range", first, last, relative=True)]


def build_same_period(m: re.Match, published: dt.date | None) -> list[Found]:
    """аналогичный период прошлого года, соответствующий период 2022 года: the window of the
    figure before it in that year (``anaphora``); without one, that whole year."""
    if m["year"]:
        year = int(m["year"])
        return [Found(m.start(), m.end(), "range", *year_bounds(year), year=year, anaphor=Anaphor("window", 0, year))]
    offset = relative_offset(m["rel"]) if m["rel"] else anaphoric_offset(m["ana"])
    first = last = None
    if published is not None:
        first, last = year_bounds(published.year + offset)
    return [Found(m.start(), m.end(), "range", first, last, relative=True, anaphor=Anaphor("window", offset))]


def anaphoric_offset(word: str) -> int:
    return next(n for pattern, n in ANAPHORIC_ADJECTIVES if re.fullmatch(pattern, word, re.I))


def build_previous_year(m: re.Match, published: dt.date | None) -> list[Found]:
    """по сравнению с предыдущим годом, за весь предыдущий год, годом ранее: the year before the one the text
    is about (``anaphora``); without one, the year before the publication date."""
    offset = anaphoric_offset(m["ana"]) if m["ana"] else -1
    first = last = None
    if published is not None:
        first, last = year_bounds(published.year + offset)
    return [Found(m.start(), m.end(), "year", first, last, relative=True, anaphor=Anaphor("year", offset))]
