"""Dates and periods as written in running text: days, months, years, ranges, quarters, relative dates.

    >>> [(d.span.text, str(d.start), str(d.end), d.granularity)
    ...  for d in find_dates("За 2019 год и в период с апреля по май 2020 года")]
    [('2019 год', '2019-01-01', '2019-12-31', 'year'), ('с апреля по май 2020 года', '2020-04-01', '2020-05-31', 'range')]
    >>> [(d.span.text, str(d.start), d.relative) for d in find_dates("В ноябре создан центр.", dt.date(2023, 1, 16))]
    [('ноябре', '2022-11-01', True)]

Pure functions, text in, records out (razdel's style). Each rule below is a compiled pattern and
a builder that reads its match into ``Found`` tuples; ``find_dates`` keeps the longest
non-overlapping ones and turns them into ``DateMention`` records at one place (``adapt``).

Spans leave the governing preposition out ("2019 году" in "в 2019 году"), except the "с" of a
range ("с апреля по май 2020 года"). A mention whose year the text does not fix is resolved
against the publication date and marked ``relative``; without one it stays unresolved and says
only what the text fixes. Durations in years ("за 4 года МФЦ вошли в нашу жизнь") are dates only
when "последние" anchors them to the present ("за последние 5 лет").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from pressfacts.schemas import DateMention, Span

from .dateline import month_number
from .morphology import parse

# --- Words --------------------------------------------------------------------------------

MONTH_GENITIVE = (  # after a day number
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"  # 7 сентября
)
MONTH_ANY = (  # a month word in any case, singular
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"  # в ноябре, с апреля, январь
    r"|(?:март|август)(?:а|е|у|ом)?"  # по сравнению с мартом, в августе
    r"|ма(?:й|я|е|ю|ем))"  # по май 2020 года, в мае
)

ADJECTIVE_ENDING = r"(?:ий|ый|ой|ем|ом|его|ого|ему|ому|им|ым|ая|яя|ей|ую|юю|ее|ое)"
RELATIVE_ADJECTIVES = [  # (word pattern, offset in units from the publication date)
    ("позапрошл" + ADJECTIVE_ENDING, -2),  # в позапрошлом году
    ("прошл" + ADJECTIVE_ENDING, -1),  # в прошлом году, за прошлый год, на прошлой неделе
    ("прошедш" + ADJECTIVE_ENDING, -1),  # за прошедший год
    ("минувш" + ADJECTIVE_ENDING, -1),  # в минувшем месяце
    ("эт(?:от|ом|ого|ому|им|а|у|ой)", 0),  # в этом году, на этой неделе
    ("текущ" + ADJECTIVE_ENDING, 0),  # в текущем году, с осени текущего года
    ("нынешн" + ADJECTIVE_ENDING, 0),  # весной нынешнего года
    ("сего", 0),  # в сентябре сего года
    ("следующ" + ADJECTIVE_ENDING, 1),  # в следующем году
    ("будущ" + ADJECTIVE_ENDING, 1),  # в будущем году
    ("наступающ" + ADJECTIVE_ENDING, 1),  # в наступающем году
]
RELATIVE_ADJECTIVE = "(?:" + "|".join(p for p, _ in RELATIVE_ADJECTIVES) + ")"
RELATIVE_ADJECTIVE_OFFSETS = [(re.compile(p, re.I), n) for p, n in RELATIVE_ADJECTIVES]

RELATIVE_UNITS = {  # stem: unit of the offset
    "год": "year",  # в прошлом году, за прошлый год
    "месяц": "month",  # в минувшем месяце
    "недел": "week",  # на прошлой неделе
}
RELATIVE_DAYS = {
    "позавчера": -2,  # позавчера вечером
    "вчера": -1,  # покушение совершено вчера
    "сегодня": 0,  # Сегодня в Тракторозаводском офисе МФЦ
    "завтра": 1,  # приём продолжится завтра
    "послезавтра": 2,  # послезавтра откроется офис
}
PAST_YEAR_ADJECTIVES = {
    "позапрошлогодн": -2,  # позапрошлогодних данных
    "прошлогодн": -1,  # прошлогоднего опроса
}

NUMBER_WORDS = {  # durations spelled out: за три месяца, последних двух лет
    "один": 1, "одного": 1,
    "два": 2, "две": 2, "двух": 2,
    "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10,
    "одиннадцать": 11, "одиннадцати": 11,
    "двенадцать": 12, "двенадцати": 12,
}
NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

ORDINALS = {  # stem or numeral: the number of a quarter or half-year
    "перв": 1,  # первое полугодие, в первом квартале
    "втор": 2,  # второе полугодие
    "трет": 3,  # в третьем квартале
    "четв": 4,  # четвертый квартал, четвёртом квартале
    "i": 1,  # I квартал
    "ii": 2,  # II полугодие
    "iii": 3,  # III квартал
    "iv": 4,  # IV квартал 2020 года
}
PARTS = {  # stem: (granularity, months in one part)
    "полугод": ("half_year", 6),  # в 1 полугодии
    "квартал": ("quarter", 3),  # 1 квартал 2021 года
}
SEASONS = {  # stem: (first month, last month)
    "весн": (3, 5),  # весной нынешнего года
    "лет": (6, 8),  # летом этого года
    "осен": (9, 11),  # осенью 2004 года
    "зим": (12, 2),  # зимой 2010 года: December of the year before to February
}
MONTH_PREPOSITIONS = (  # the word before a month named alone
    r"(?:в|во|с|со|по|до|к|ко|на|за|от|из|после|перед|между|и"  # в ноябре, по сравнению с мартом, в июне и июле
    r"|начал[еа]|конц[еа]|середин[еы]|половин[еы]|течение)"  # в конце июля, с начала мая
)
WEEKDAY = r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"  # 20 мая, Понедельник

# --- Pattern pieces -------------------------------------------------------------------------
# A pattern that opens with a character class is scanned fast (the regex engine skips to the
# positions where that class matches); one that opens with a lookbehind or an optional group is
# tried at every position. So the rules that run on every text start with a consumed digit, their
# "not inside another number" checks are lookbehinds placed right after it, and the words that
# may stand before a match ("с", "в", "прошлом") are checked behind it by the builders.

NUMBER_START = r"[0-9](?<![\w.,:/№-][0-9])"  # a number's first digit, not inside a number, version, phone
DAY_AT_START = rf"{NUMBER_START}[0-9]?(?![0-9])"  # 7 сентября (not the 9 of "2019 сентября")
DAY_NUMBER = r"[0-9]{1,2}(?![0-9])"  # checked against the calendar by the builders
DAY_SUFFIX = r"(?:-?(?:го|ое|е))?"  # 1-го сентября
YEAR_NUMBER = r"[12][0-9]{3}(?![0-9])"  # 1000–2999; "2,5 раза" and "МФЦ 2.0" are not years
YEAR_AT_START = r"[12](?<![\w.,/-][12])[0-9]{3}(?![0-9])"  # 2019 году, not "волна-2009"
YEAR_WORD = r"(?:год(?:а|у|ом|е)?(?!\w)|г\.)"  # 2019 год, итоги 2019 года, в 2020 г.; not "1000 г муки"
YEARS_WORD = r"(?:гг?\.|(?:год(?:ы|ов|ах|ам|ами|а|у|ом)?|гг)(?!\w))"  # 2018–2020 годы, 2018-2020 гг.
DASH = r"\s*[-–—]\s*"
CONNECTOR = rf"(?P<conn>{DASH}|\s+(?:по|до)\s+)"  # 7-8 сентября, с 1 по 5 марта
TIME = (  # 24 февраля 2021, 08:19 · 7 сентября в 10.30
    r"(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:в[ \t\u00a0]+)?"
    r"(?P<hour>(?:[01]?[0-9]|2[0-3])(?=:)|[01][0-9]|2[0-3])[:.](?P<minute>[0-5][0-9])(?![0-9]|[.,][0-9]))?"
)
WEEKDAY_AFTER = rf"(?:,[ \t\u00a0]*{WEEKDAY}(?!\w))?"


def year_tail(n: str = "", required: bool = False) -> str:
    """What may fix the year after a day or a month: "2020 года", "2010-го", "прошлого года", "с.г."."""
    tail = (
        rf"(?P<tail{n}>\s+(?P<year{n}>{YEAR_NUMBER})(?P<sfx{n}>-?(?:го|м))?(?P<word{n}>\s*{YEAR_WORD})?"  # 4 марта 2020 г.
        rf"|\s+(?P<rel{n}>{RELATIVE_ADJECTIVE})\s+года(?!\w)"  # в ноябре прошлого года
        rf"|\s+(?P<sg{n}>с\.\s?г\.))"  # в сентябре с.г.
    )
    return tail if required else tail + "?"


# --- Found: one reading, before it becomes a record -----------------------------------------


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


class Tail(NamedTuple):
    year: int | None  # written: "2020 года"
    offset: int | None  # years from the publication year: "прошлого года" -1
    kept: bool  # False when the number after the month counts something: "в марте 2020 человек"


Builder = Callable[[re.Match, "dt.date | None"], list[Found]]

# --- Calendar helpers -----------------------------------------------------------------------

FUTURE_WINDOW = dt.timedelta(days=62)  # a year-less day may lie up to about two months after publication
ADDRESS_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ул|пр|просп|пер|пл|наб|ш|бул|д)\.|(?<!\w)(?:улиц|проспект|переул|площад)\w*)\s*$", re.I
)  # ул. 8 Марта, проспект 1 Мая
NEXT_WORD = re.compile(r"[ \t\u00a0]+([а-яё]+)")  # a lowercase word right after a number
PREPOSITION_BEFORE = re.compile(rf"(?<!\w)(?P<prep>{MONTH_PREPOSITIONS})\s+$", re.I)  # в ноябре, с мартом
YEAR_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|к|ко|с|со|до|по|от|после|начал[еа]|конц[еау]|середин[еы])\s+$", re.I
)  # в 2020-м, к концу 2010-го
FROM_BEFORE = re.compile(r"(?<!\w)(?:с|со)\s+$", re.I)  # с апреля по май: a range keeps its "с"
RELATIVE_BEFORE = re.compile(rf"(?<!\w)(?P<adj>{RELATIVE_ADJECTIVE})\s+$", re.I)  # в прошлом году
DAY_BEFORE = re.compile(r"[0-9](?:-?(?:го|ое|е))?\s+$", re.I)  # "29 февраля 2021": the day rule's, or no date
ANAPHORIC_YEAR = re.compile(r"\s+того\s+(?:же\s+)?года(?!\w)", re.I)  # до ноября того же года


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


def year_of_day(month: int, day: int, published: dt.date) -> int | None:
    """The latest year that puts the day no more than about two months after publication.

    >>> year_of_day(5, 20, dt.date(2023, 1, 16)), year_of_day(1, 5, dt.date(2022, 12, 20))
    (2022, 2023)
    """
    limit = published + FUTURE_WINDOW
    for year in (published.year + 1, published.year, published.year - 1):
        if (month, day) == (2, 29) and not calendar.isleap(year):
            continue
        if dt.date(year, month, day) <= limit:
            return year
    return None


def year_of_month(month: int, published: dt.date) -> int:
    """The year of the latest such month on or before the publication month.

    >>> year_of_month(11, dt.date(2023, 1, 16))
    2022
    """
    return published.year if month <= published.month else published.year - 1


def relative_offset(word: str) -> int:
    return next(n for pattern, n in RELATIVE_ADJECTIVE_OFFSETS if pattern.fullmatch(word))


def number_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def ordinal_value(word: str) -> int:
    word = word.lower().rstrip("-егмоийу")
    return int(word) if word.isdigit() else ORDINALS.get(word, ORDINALS.get(word[:4], 0))


def is_counted(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts the next word ("2020 человек", "2022 обращения").

    >>> is_counted("в марте 2020 человек", 12), is_counted("с 1 января 2008 граждане", 15)
    (True, False)
    """
    m = NEXT_WORD.match(text, end)
    return bool(m) and any(p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag for p in parse(m[1])[:3])


def is_ordinal_count(text: str, end: int) -> bool:
    """Whether "2000-м", "2000-го" ending at ``end`` agrees with a noun: "с 2000-го обращения"."""
    m = NEXT_WORD.match(text, end)
    return bool(m) and parse(m[1])[0].tag.POS in ("NOUN", "ADJF")


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


# --- Builders: one per rule ------------------------------------------------------------------


def day_found(start: int, end: int, month: int, day: int, tail: Tail, published: dt.date | None, time=None) -> Found:
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_day(month, day, published)
    date = None
    if year is not None and ((month, day) != (2, 29) or calendar.isleap(year)):
        date = dt.date(year, month, day)
    elif year is not None and tail.year is not None:
        raise ValueError(f"29 февраля {year}: a common year")
    return Found(start, end, "day", date, date, tail.year, month, day, time, is_relative(tail, published))


def build_day(m: re.Match, published: dt.date | None) -> list[Found]:
    """7 сентября, 4 марта 2020 г., 24 февраля 2021, 08:19; not "ул. 8 Марта"."""
    month, day = month_number(m["month"]), int(m["day"])
    if not is_calendar_day(month, day) or ADDRESS_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return []
    tail = read_tail(m)
    if not tail.kept:
        return [day_found(m.start(), m.start("tail"), month, day, tail, published)]
    time = f"{int(m['hour']):02d}:{m['minute']}" if m["hour"] else None
    return [day_found(m.start(), m.end(), month, day, tail, published, time)]


def build_day_list(m: re.Match, published: dt.date | None) -> list[Found]:
    """20 и 21 марта: each day a mention, the month and year from the last."""
    month = month_number(m["month"])
    tail = read_tail(m)
    end = m.end() if tail.kept else m.start("tail")
    items = [(d.start() + m.start("days"), d.end() + m.start("days"), int(d[0]))
             for d in re.finditer(r"[0-9]+", m["days"])]
    items.append((m.start("day"), end, int(m["day"])))
    if not all(is_calendar_day(month, day) for _, _, day in items):
        return []
    return [day_found(s, e, month, day, tail, published) for s, e, day in items]


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
    month2, day2 = month_number(m["month2"]), int(m["day2"])
    month1 = month_number(m["month1"]) if m["month1"] else month2
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


def month_found(start: int, end: int, month: int, tail: Tail, published: dt.date | None) -> Found:
    year = anchor_year(tail, published)
    if year is None and tail.offset is None and published is not None:
        year = year_of_month(month, published)
    first, last = month_period(year, month) if year is not None else (None, None)
    return Found(start, end, "month", first, last, tail.year, month, None, None, is_relative(tail, published))


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
        return [month_found(m.start(), m.end("tail1"), month, tail, published)]
    text, end = m.string, m.end("month1")
    if not is_after_preposition(text, m.start()) or ANAPHORIC_YEAR.match(text, end):
        return []
    return [month_found(m.start(), end, month, Tail(None, None, True), published)]


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


def year_found(start: int, end: int, year: int) -> Found:
    return Found(start, end, "year", dt.date(year, 1, 1), dt.date(year, 12, 31), year)


def build_year(m: re.Match, published: dt.date | None) -> list[Found]:
    """в 2019 году, за 2019 год, итоги 2019 года, 2020 г."""
    return [year_found(m.start(), m.end(), int(m["year"]))]


def build_year_suffixed(m: re.Match, published: dt.date | None) -> list[Found]:
    """в 2020-м; not "с 2000-го обращения", an ordinal, nor "стал 2000-м"."""
    text = m.string
    if not YEAR_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) or is_ordinal_count(text, m.end()):
        return []
    return [year_found(m.start(), m.end(), int(m["year"]))]


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
        year = year_of_month(first_month, published)
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


def duration_found(start: int, end: int, months: int, weeks: int, published: dt.date | None) -> Found:
    """A duration that ends at publication: "за 3 месяца", "за последние 5 лет"."""
    granularity = months_granularity(months) if months else "range"
    if published is None:
        return Found(start, end, granularity)
    first = add_months(published, -months) if months else published - dt.timedelta(weeks=weeks)
    return Found(start, end, granularity, first + dt.timedelta(days=1), published, relative=True)


def build_duration(m: re.Match, published: dt.date | None) -> list[Found]:
    """за 6 месяцев, за полгода; not "за 2 месяца до выборов"."""
    months = 6 if m["half"] else number_value(m["n"])
    if not 1 <= months <= 24:
        return []
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
    """осенью 2004 года, весной нынешнего года."""
    tail = read_tail(m)
    if not tail.kept:
        return []
    first_month, last_month = next(v for stem, v in SEASONS.items() if m["season"].lower().startswith(stem))
    year = anchor_year(tail, published)
    first = last = None
    if year is not None:
        first = dt.date(year - 1 if first_month > last_month else year, first_month, 1)
        last = month_period(year, last_month)[1]
    return [Found(m.start(), m.end(), "range", first, last, tail.year, None, None, None, tail.offset is not None)]


def build_relative(m: re.Match, published: dt.date | None) -> list[Found]:
    """в прошлом году, в этом году, в минувшем месяце, на прошлой неделе: the unit, its adjective before it."""
    before = RELATIVE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if not before:
        return []
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
    return [Found(before.start(), m.end(), granularity, first, last, relative=True)]


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


# --- Rules: the pattern, its builder, and the words without which it cannot match -----------


def numeric_date(n: str = "", lead: str = DAY_NUMBER) -> str:
    return (rf"(?P<day{n}>{lead})\.(?P<month{n}>[0-9]{{1,2}})\.(?P<year{n}>{YEAR_NUMBER})"
            r"(?!\.[0-9])")  # 16.01.2023, not 1.2.2020.5


def day_range() -> str:
    return (rf"(?P<day1>{DAY_AT_START}){DAY_SUFFIX}(?:\s+(?P<month1>{MONTH_GENITIVE})(?!\w){year_tail('1')})?"
            rf"{CONNECTOR}(?P<day2>{DAY_NUMBER}){DAY_SUFFIX}\s+(?P<month2>{MONTH_GENITIVE})(?!\w){year_tail('2')}")


def year_range() -> str:
    return (rf"(?P<year1>{YEAR_AT_START})(?:-?(?:го|м|й))?(?P<word1>\s*{YEAR_WORD})?"
            rf"{CONNECTOR}(?P<year2>{YEAR_NUMBER})(?:-?(?:го|м|й))?(?P<word2>\s*{YEARS_WORD})?")


class Rule(NamedTuple):
    pattern: str
    build: Builder
    needs: tuple[str, ...] = ()  # lowercase strings one of which the text must contain


MONTH_HINTS = ("январ", "феврал", "март", "апрел", "май", "мая", "мае", "маю", "июн", "июл", "август",
               "сентябр", "октябр", "ноябр", "декабр")
RULES = [
    Rule(  # 7-8 сентября · 3-4 июня 2010 г. · с 1 по 5 марта 2021 года · с 20 апреля по 15 июня
        day_range(), build_day_range, MONTH_HINTS,
    ),
    Rule(  # 20 и 21 марта · 23 и 26 января 2006 года
        rf"(?P<days>{DAY_AT_START}{DAY_SUFFIX}(?:\s*,\s*{DAY_NUMBER}{DAY_SUFFIX}){{0,6}})\s+и\s+"
        rf"(?P<day>{DAY_NUMBER}){DAY_SUFFIX}\s+(?P<month>{MONTH_GENITIVE})(?!\w){year_tail()}",
        build_day_list, MONTH_HINTS,
    ),
    Rule(  # 7 сентября · 4 марта 2020 г. · 24 февраля 2021, 08:19 · 20 мая, Понедельник · 27 декабря прошлого года
        rf"(?P<day>{DAY_AT_START}){DAY_SUFFIX}\s+(?P<month>{MONTH_GENITIVE})(?!\w){year_tail()}{TIME}{WEEKDAY_AFTER}",
        build_day, MONTH_HINTS,
    ),
    Rule(  # 01.01.2020–31.03.2020 · с 01.01.2020 по 31.12.2020
        rf"{numeric_date('1', DAY_AT_START)}{CONNECTOR}{numeric_date('2')}", build_numeric_range, (".",),
    ),
    Rule(  # 16.01.2023 · 05.06.2019 10:30 · 01.02.2021 г.
        rf"{numeric_date(lead=r'[0-9](?<![0-9.,][0-9])[0-9]?')}(?:\s*г\.)?{TIME}", build_numeric, (".",),
    ),
    Rule(  # 2020-03-04
        r"(?P<year>[12](?<![0-9.-][12])[0-9]{3})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])(?![0-9])"
        r"(?:[T ](?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::[0-5][0-9])?)?",
        build_numeric, ("-",),
    ),
    Rule(  # с апреля по май 2020 года · январь–март 2021 г. · в мае 2009 года · в ноябре прошлого года · в ноябре
        rf"(?<!\w)(?P<month1>{MONTH_ANY})(?!\w){year_tail('1')}"
        rf"(?:{CONNECTOR}(?P<month2>{MONTH_ANY})(?!\w){year_tail('2')})?",
        build_month_led, MONTH_HINTS,
    ),
    Rule(  # 2018–2020 годы · 2018-2020 гг. · 2007 — 2016 год · с 2018 по 2020 год
        year_range(), build_year_range,
    ),
    Rule(  # в 1995 и 2002 годах · в 2019 и 2020 году
        rf"(?P<years>{YEAR_AT_START}(?:\s*,\s*{YEAR_NUMBER}){{0,6}})\s+и\s+(?P<year>{YEAR_NUMBER})\s*{YEARS_WORD}",
        build_year_list, ("год", "гг"),
    ),
    Rule(  # в 2019 году · за 2019 год · итоги 2019 года · 2020 г. · с 2018 годом · на 2020\nгод · в 2020-м году
        rf"(?P<year>{YEAR_AT_START})(?:-?(?:го|м|й|ом))?\s*{YEAR_WORD}",
        build_year, ("г",),
    ),
    Rule(  # в 2020-м · к концу 2010-го
        r"(?P<year>(?:19|20)(?<![\w.,/-][12][09])[0-9]{2})-(?:го|м)(?!\w)", build_year_suffixed, ("-го", "-м"),
    ),
    Rule(  # первое полугодие 2020 года · в 1 полугодии · I квартал · в третьем квартале текущего года
        r"(?<![\w.,])(?P<ord>[1-4](?:-?(?:й|го|м|ом|му|е|ое))?|iv|i{1,3}|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)"
        rf"\s+(?P<unit>полугоди(?:е|я|и|ю|ем)|квартал(?:а|е|у|ом)?)(?!\w){year_tail()}",
        build_part, ("полугод", "квартал"),
    ),
    Rule(  # 9 месяцев 2020 года · за шесть месяцев текущего года
        rf"(?<![\w.,])(?P<n>1[0-2]|[1-9]|{NUMBER_WORD})\s+месяц(?:а|ев)(?!\w){year_tail(required=True)}",
        build_months_of_year, ("месяц",),
    ),
    Rule(  # за 6 месяцев · за 3 месяца · за полгода; not "за 2 месяца до выборов"
        rf"(?<!\w)за\s+(?P<body>(?P<n>[0-9]{{1,2}}|{NUMBER_WORD})\s+месяц(?:а|ев)|(?P<half>полгода))(?!\w)"
        r"(?!\s+(?:до|назад|спустя|после)(?!\w))",
        build_duration, ("месяц", "полгода"),
    ),
    Rule(  # за последние 5 лет · в течение последних 30 лет · за последний год · в последние два месяца
        r"(?<!\w)(?:за|в|в\s+течение|на\s+протяжении)\s+(?P<last>последни[ех]|последний|последнего|последнюю|последней)"
        rf"\s+(?:(?P<n>[0-9]{{1,3}}|{NUMBER_WORD})\s+)?(?P<unit>месяц(?:а|ев)?|год(?:а)?|лет|полгода|недел(?:ь|ю|и|е|я))(?!\w)",
        build_recent, ("последн",),
    ),
    Rule(  # осенью 2004 года · весной нынешнего года · к осени 2009 года
        rf"(?<!\w)(?P<season>весн(?:а|ой|ою|ы|е|у)|лет(?:о|ом|а|у)|осен(?:ь|ью|и)|зим(?:а|ой|ою|ы|е|у))(?!\w)"
        rf"{year_tail(required=True)}",
        build_season, ("весн", "лето", "летом", "лета", "лету", "осен", "зим"),
    ),
    Rule(  # в прошлом году · за прошлый год · в этом году · в минувшем месяце · на прошлой неделе
        r"(?P<unit>[гмн](?<!\w.)(?:од(?:а|у|ом)?|есяц(?:а|е|у|ем)?|едел(?:я|и|е|ю|ей)))(?!\w)",
        build_relative, ("год", "месяц", "недел"),
    ),
    Rule(  # сегодня · вчера · завтра
        r"(?<!\w)(?:" + "|".join(RELATIVE_DAYS) + r")(?!\w)", build_relative_day, ("сегодня", "вчера", "завтра"),
    ),
    Rule(  # прошлогоднего опроса
        r"(?<!\w)(?:поза)?прошлогодн\w*", build_past_year_adjective, ("прошлогодн",),
    ),
]
COMPILED_RULES = [(re.compile(rule.pattern, re.IGNORECASE), rule.build, rule.needs) for rule in RULES]


# --- The entry point ------------------------------------------------------------------------


def adapt(text: str, found: Found) -> DateMention:
    """The one place where a reading becomes a record."""
    return DateMention(
        span=Span.of(text, found.start, found.end),
        start=found.first,
        end=found.last,
        granularity=found.granularity,
        year=found.year,
        month=found.month,
        day=found.day,
        time=found.time,
        relative=found.relative,
    )


def select(found: list[tuple[Found, int]]) -> list[Found]:
    """The longest readings that do not overlap (the earlier rule on a tie), in text order."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Found] = []
    for item, _ in sorted(found, key=lambda f: (f[0].start - f[0].end, f[0].start, f[1])):
        i = bisect.bisect_right(starts, item.start)
        if (i and ends[i - 1] > item.start) or (i < len(starts) and starts[i] < item.end) or item.start >= item.end:
            continue
        starts.insert(i, item.start)
        ends.insert(i, item.end)
        kept.insert(i, item)
    return kept


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date or period mention in ``text``, in order, without overlaps.

    Mentions whose year the text does not fix are resolved against ``published``; never raises.

    >>> [(d.span.text, str(d.start), d.year, d.relative) for d in find_dates("В прошлом году и 7 сентября", dt.date(2020, 9, 10))]
    [('прошлом году', '2019-01-01', None, True), ('7 сентября', '2020-09-07', None, True)]
    """
    if not isinstance(text, str):
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, dt.date):
        published = None
    lowered = text.lower()
    present: dict[tuple[str, ...], bool] = {(): True}  # rules share their word lists: test each once
    candidates = []
    for priority, (pattern, build, needs) in enumerate(COMPILED_RULES):
        if (found := present.get(needs)) is None:
            found = present[needs] = any(word in lowered for word in needs)
        if not found:
            continue
        for match in pattern.finditer(text):
            try:
                candidates.extend((found, priority) for found in build(match, published))
            except (ValueError, OverflowError, KeyError, StopIteration):  # off the calendar: 31.02.2020, year 10000
                continue
    mentions = []
    for found in select(candidates):
        try:
            mentions.append(adapt(text, found))
        except ValueError:  # a record that does not validate is not a date
            continue
    return mentions
