"""Builders of years and longer periods: years and their ranges, quarters, months of a year,
durations, seasons, relative dates ("в прошлом году", "вчера") and numeric dates ("16.01.2023").
"""

from __future__ import annotations

import datetime as dt
import re

from .clause import lean
from .days import range_start
from .patterns import (
    COMPARISON_BEFORE,
    FROM_BEFORE,
    RELATIVE_BEFORE,
    UNTIL_BEFORE,
    WHOLE_BEFORE,
    YEAR_PREPOSITION_BEFORE,
)
from .resolve import (
    Found,
    add_months,
    anchor_year,
    is_ordinal_count,
    is_relative,
    month_period,
    number_value,
    ordinal_value,
    Tail,
    read_tail,
    relative_offset,
    year_of_part,
)
from .tables import PARTS, PAST_YEAR_ADJECTIVES, RELATIVE_DAYS, RELATIVE_UNITS, SEASONS


def year_found(start: int, end: int, year: int) -> Found:
    return Found(start, end, "year", dt.date(year, 1, 1), dt.date(year, 12, 31), year)


def open_year(start: int, end: int, year: int, text: str) -> Found:
    """A year, or the open range it bounds when "с" or "до" governs its genitive: "с 2014 года"
    starts on 1 January 2014, "до 2030 года" ends on 31 December 2030; the other end is the text's to say."""
    genitive = re.search(r"(?:года|г\.|-го)$", text[start:end], re.I)
    if genitive and (since := FROM_BEFORE.search(text, max(0, start - 4), start)):
        if not COMPARISON_BEFORE.search(text, max(0, since.start() - 24), since.start()):
            return Found(since.start(), end, "range", dt.date(year, 1, 1), None, year)
    if genitive and (until := UNTIL_BEFORE.search(text, max(0, start - 4), start)):
        return Found(until.start(), end, "range", None, dt.date(year, 12, 31), year)
    return year_found(start, end, year)


def build_year(m: re.Match, published: dt.date | None) -> list[Found]:
    """в 2019 году, за 2019 год, итоги 2019 года, 2020 г.; с 2014 года, до 2030 года (open ranges)."""
    return [open_year(m.start(), m.end(), int(m["year"]), m.string)]


def build_year_suffixed(m: re.Match, published: dt.date | None) -> list[Found]:
    """в 2020-м, итоги 2022-го; not "с 2000-го обращения", an ordinal, nor "стал 2000-м"."""
    text = m.string
    if is_ordinal_count(text, m.end()):
        return []
    if not YEAR_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not m[0].lower().endswith("го"):
        return []
    return [open_year(m.start(), m.end(), int(m["year"]), text)]


def build_year_range(m: re.Match, published: dt.date | None) -> list[Found]:
    """2018–2020 годы, с 2018 по 2020 год."""
    if (start := range_start(m)) is None or not (m["word1"] or m["word2"]):
        return []
    year1, year2 = int(m["year1"]), int(m["year2"])
    if year1 >= year2:
        return []
    return [Found(start, m.end(), "range", dt.date(year1, 1, 1), dt.date(year2, 12, 31))]


def build_year_list(m: re.Match, published: dt.date | None) -> list[Found]:
    """в 1995 и 2002 годах: each year a mention."""
    items = [(y.start() + m.start("years"), y.end() + m.start("years"), int(y[0]))
             for y in re.finditer(r"[0-9]+", m["years"])]
    items.append((m.start("year"), m.end(), int(m["year"])))
    return [year_found(s, e, y) for s, e, y in items]


def build_part(m: re.Match, published: dt.date | None) -> list[Found]:
    """1 полугодие, в третьем квартале, I квартал 2021 года."""
    granularity, size = next(v for stem, v in PARTS.items() if m["unit"].lower().startswith(stem))
    number = ordinal_value(m["ord"])
    if not 1 <= number <= 12 // size:
        return []
    tail = read_tail(m)
    end = m.end() if tail.kept else m.start("tail")
    first_month = (number - 1) * size + 1
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_part(first_month, size, published, lean(m.string, m.start(), end))
    first = last = None
    if year is not None:
        first, last = dt.date(year, first_month, 1), month_period(year, first_month + size - 1)[1]
    return [Found(m.start(), end, granularity, first, last, tail.year, None, None, None, is_relative(tail, published))]


def months_granularity(months: int) -> str:
    return {3: "quarter", 6: "half_year"}.get(months, "range")


def build_months_of_year(m: re.Match, published: dt.date | None) -> list[Found]:
    """9 месяцев 2020 года: the year's first nine months."""
    months = number_value(m["n"])
    tail = read_tail(m)
    if not tail.kept or not 1 <= months <= 12:
        return []
    year = anchor_year(tail, published)
    first = last = None
    if year is not None:
        first, last = dt.date(year, 1, 1), month_period(year, months)[1]
    granularity = "year" if months == 12 else months_granularity(months)
    return [Found(m.start(), m.end(), granularity, first, last, tail.year, None, None, None, tail.offset is not None)]


def build_first_months(m: re.Match, published: dt.date | None) -> list[Found]:
    """10 прошедших месяцев, первые девять месяцев 2020 года: the year's first months."""
    months = number_value(m["n"] or m["n2"])
    tail = read_tail(m)
    if not tail.kept or not 1 <= months <= 12:
        return []
    end = m.end()
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_part(1, months, published, lean(m.string, m.start(), end))
    first = last = None
    if year is not None:
        first, last = dt.date(year, 1, 1), month_period(year, months)[1]
    granularity = "year" if months == 12 else months_granularity(months)
    return [Found(m.start(), end, granularity, first, last, tail.year, None, None, None, is_relative(tail, published))]


def duration_found(start: int, end: int, months: int, weeks: int, published: dt.date | None) -> Found:
    """A duration that ends at publication: "за 3 месяца", "за последние 5 лет"; it starts on the
    same day that many months before ("за последний год" on 13 February 2018: from 13 February 2017)."""
    granularity = months_granularity(months) if months else "range"
    if published is None:
        return Found(start, end, granularity)
    first = add_months(published, -months) if months else published - dt.timedelta(weeks=weeks)
    return Found(start, end, granularity, first, published, relative=True)


def build_duration(m: re.Match, published: dt.date | None) -> list[Found]:
    """за 6 месяцев, за полгода, за год; not "за 2 месяца до выборов".

    Months a report counts are the year's first ones where those are over by publication ("за 8
    месяцев" on 1 September: January–August); "за год", the year before; else the months up to it.
    """
    months = 12 if m["year"] else 6 if m["half"] else number_value(m["n"])
    if not 1 <= months <= 24:
        return []
    if published is not None and not m["half"] and (months == 12 or months < published.month):
        year = published.year if months < published.month else published.year - 1
        first, last = dt.date(year, 1, 1), month_period(year, months)[1]
        granularity = "year" if months == 12 else months_granularity(months)
        return [Found(m.start("body"), m.end(), granularity, first, last, relative=True)]
    if m["year"]:
        return [Found(m.start("body"), m.end(), "year", relative=True)]
    return [duration_found(m.start("body"), m.end(), months, 0, published)]


def build_recent(m: re.Match, published: dt.date | None) -> list[Found]:
    """за последние 5 лет, в течение последних 30 лет, за последний год, последние два месяца."""
    unit = m["unit"].lower()
    plural = m["last"].lower() in ("последние", "последних")
    if m["n"] is None and plural and not unit.startswith("пол"):
        return []  # "в последние годы": how many, the text does not say
    n = number_value(m["n"]) if m["n"] else 1
    if not 1 <= n <= 100:
        return []
    if unit.startswith("пол"):
        months, weeks = 6, 0
    elif unit.startswith("месяц"):
        months, weeks = n, 0
    elif unit.startswith("недел"):
        months, weeks = 0, n
    else:
        months, weeks = 12 * n, 0
    return [duration_found(m.start("last"), m.end(), months, weeks, published)]


def build_season(m: re.Match, published: dt.date | None) -> list[Found]:
    """осенью 2004 года, весной нынешнего года, прошлым летом; not "летом" alone."""
    tail, start = read_tail(m), m.start()
    if not tail.kept:
        return []
    if not m["tail"]:
        before = RELATIVE_BEFORE.search(m.string, max(0, start - 16), start)
        if not before:
            return []
        tail, start = Tail(None, relative_offset(before["adj"]), True), before.start()  # прошлым летом
    first_month, last_month = next(v for stem, v in SEASONS.items() if m["season"].lower().startswith(stem))
    year = anchor_year(tail, published)
    first = last = None
    if year is not None:
        first = dt.date(year - 1 if first_month > last_month else year, first_month, 1)
        last = month_period(year, last_month)[1]
    return [Found(start, m.end(), "range", first, last, tail.year, None, None, None, tail.offset is not None)]


def build_school_year(m: re.Match, published: dt.date | None) -> list[Found]:
    """2023/2024 учебный год, 2023-24 учебного года: 1 September to 31 August."""
    year1, year2 = int(m["year1"]), int(m["year2"])
    if year2 < 100:
        year2 += year1 // 100 * 100
    if year2 != year1 + 1:
        return []
    return [Found(m.start(), m.end(), "range", dt.date(year1, 9, 1), dt.date(year2, 8, 31))]


def build_relative(m: re.Match, published: dt.date | None) -> list[Found]:
    """в прошлом году, в этом году, в минувшем месяце, на прошлой неделе: the unit, its adjective before it."""
    text = m.string
    before = RELATIVE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if not before:
        return []
    start = before.start()
    if whole := WHOLE_BEFORE.search(text, max(0, start - 8), start):
        start = whole.start()  # за весь прошлый год
    offset = relative_offset(before["adj"])
    unit = next(v for stem, v in RELATIVE_UNITS.items() if m["unit"].lower().startswith(stem))
    granularity = {"year": "year", "month": "month", "week": "range"}[unit]
    first = last = None
    if published is not None:
        if unit == "year":
            first, last = dt.date(published.year + offset, 1, 1), dt.date(published.year + offset, 12, 31)
        elif unit == "month":
            first = add_months(published.replace(day=1), offset)
            last = month_period(first.year, first.month)[1]
        else:
            first = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
            last = first + dt.timedelta(days=6)
    if unit == "year" and m["unit"].lower() == "года" and (since := FROM_BEFORE.search(text, max(0, start - 4), start)):
        return [Found(since.start(), m.end(), "range", first, None, relative=True)]  # с прошлого года
    return [Found(start, m.end(), granularity, first, last, relative=True)]


def build_relative_day(m: re.Match, published: dt.date | None) -> list[Found]:
    """сегодня, вчера, завтра."""
    date = published + dt.timedelta(days=RELATIVE_DAYS[m[0].lower()]) if published is not None else None
    return [Found(m.start(), m.end(), "day", date, date, relative=True)]


def build_past_year_adjective(m: re.Match, published: dt.date | None) -> list[Found]:
    """прошлогодний, прошлогоднего опроса."""
    offset = next(n for stem, n in PAST_YEAR_ADJECTIVES.items() if m[0].lower().startswith(stem))
    first = last = None
    if published is not None:
        first, last = dt.date(published.year + offset, 1, 1), dt.date(published.year + offset, 12, 31)
    return [Found(m.start(), m.end(), "year", first, last, relative=True)]


def build_numeric(m: re.Match, published: dt.date | None) -> list[Found]:
    """16.01.2023, 2020-03-04, 05.06.2019 10:30."""
    date = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    time = f"{int(m['hour']):02d}:{m['minute']}" if m["hour"] else None
    return [Found(m.start(), m.end(), "day", date, date, date.year, date.month, date.day, time)]


def build_numeric_range(m: re.Match, published: dt.date | None) -> list[Found]:
    """с 01.01.2020 по 31.12.2020, 01.01.2020–31.03.2020."""
    if (start := range_start(m)) is None:
        return []
    first = dt.date(int(m["year1"]), int(m["month1"]), int(m["day1"]))
    last = dt.date(int(m["year2"]), int(m["month2"]), int(m["day2"]))
    if first >= last:
        return []
    year = first.year if first.year == last.year else None
    month = first.month if year and first.month == last.month else None
    return [Found(start, m.end(), "range", first, last, year, month)]
