"""The rules of the dates grammar: each a pattern, its builder, and the words without which it cannot match.

The rules are tried in order; where two readings overlap, the longer one stays, and on a tie
the earlier rule's (``find.select``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from ..lexicon import MONTH_ANY, MONTH_GENITIVE, MONTH_HINTS, ORDINAL_STEMS
from .days import build_day, build_day_list, build_day_range, build_decade, build_month_led
from .patterns import (
    CONNECTOR,
    DAY_AT_START,
    DAY_NUMBER,
    DAY_SUFFIX,
    MONTH_OF_DAY,
    TIME,
    WEEKDAY_AFTER,
    YEARS_WORD,
    YEAR_AT_START,
    YEAR_NUMBER,
    YEAR_WORD,
    year_tail,
)
from .periods import (
    build_duration,
    build_first_months,
    build_months_of_year,
    build_numeric,
    build_numeric_range,
    build_part,
    build_past_year_adjective,
    build_recent,
    build_relative,
    build_relative_day,
    build_school_year,
    build_season,
    build_year,
    build_year_list,
    build_year_range,
    build_year_suffixed,
)
from .relative import (
    build_ago,
    build_day_edge,
    build_previous_year,
    build_same_period,
    build_weekday,
    build_weekend,
    build_year_edge,
)
from .resolve import Found
from .tables import (
    ANAPHORIC_ADJECTIVE,
    DAY_ADJECTIVES,
    MONTH_ABBREVIATIONS,
    NUMBER_WORD,
    PAST_YEAR_ADJECTIVES,
    RELATIVE_ADJECTIVE,
    RELATIVE_DAYS,
    RELATIVE_UNITS,
    SAME_PERIOD,
    WEEKDAY_ACCUSATIVE,
    WEEKDAY_NUMBERS,
)


def numeric_date(n: str = "", lead: str = DAY_NUMBER) -> str:
    return (rf"(?P<day{n}>{lead})\.(?P<month{n}>[0-9]{{1,2}})\.(?P<year{n}>{YEAR_NUMBER})"
            r"(?!\.[0-9])")  # 16.01.2023, not 1.2.2020.5


def day_range() -> str:
    return (rf"(?P<day1>{DAY_AT_START}){DAY_SUFFIX}(?:\s+(?P<month1>{MONTH_OF_DAY}){year_tail('1')})?"
            rf"{CONNECTOR}(?P<day2>{DAY_NUMBER}){DAY_SUFFIX}\s+(?P<month2>{MONTH_OF_DAY}){year_tail('2')}")


def year_range() -> str:
    return (rf"(?P<year1>{YEAR_AT_START})(?:-?(?:го|м|й))?(?P<word1>\s*{YEAR_WORD})?"
            rf"{CONNECTOR}(?P<year2>{YEAR_NUMBER})(?:-?(?:го|м|й))?(?P<word2>\s*{YEARS_WORD})?")


Builder = Callable[[re.Match, dt.date | None], list[Found]]
PART_ORDINAL = "|".join(  # the number of a quarter or a half-year in words: перв\w*|втор\w*|трет\w*|четв[её]рт\w*
    stem.replace("ё", "[её]") + r"\w*" for stem, value in ORDINAL_STEMS.items() if value <= 4
)


DAY_MONTH_HINTS = MONTH_HINTS + tuple(MONTH_ABBREVIATIONS)  # 7 сентября, 23 ноя
MONTHS_COUNT = rf"(?:1[0-2]|[1-9]|{NUMBER_WORD})"  # 9 месяцев, девять месяцев
PAST_MONTHS = r"(?:прошедш|минувш|истекш|перв)\w*"  # 10 прошедших месяцев, первые девять месяцев


class Rule(NamedTuple):
    pattern: str
    build: Builder
    needs: tuple[str, ...] = ()  # lowercase strings one of which the text must contain


RULES = [
    Rule(  # 7-8 сентября · 3-4 июня 2010 г. · с 1 по 5 марта 2021 года · с 20 апреля по 15 июня
        day_range(), build_day_range, DAY_MONTH_HINTS,
    ),
    Rule(  # 20 и 21 марта · 23 и 26 января 2006 года
        rf"(?P<days>{DAY_AT_START}{DAY_SUFFIX}(?:\s*,\s*{DAY_NUMBER}{DAY_SUFFIX}){{0,6}})\s+и\s+"
        rf"(?P<day>{DAY_NUMBER}){DAY_SUFFIX}\s+(?P<month>{MONTH_OF_DAY}){year_tail()}",
        build_day_list, DAY_MONTH_HINTS,
    ),
    Rule(  # 7 сентября · 4 марта 2020 г. · 24 февраля 2021, 08:19 · 20 мая, Понедельник · 27 декабря прошлого года
        rf"(?P<day>{DAY_AT_START}){DAY_SUFFIX}\s+(?P<month>{MONTH_OF_DAY}){year_tail()}{TIME}{WEEKDAY_AFTER}",
        build_day, DAY_MONTH_HINTS,
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
        rf"(?<![\w.,])(?P<ord>[1-4](?:-?(?:й|го|м|ом|му|е|ое))?|iv|i{{1,3}}|{PART_ORDINAL})"
        rf"\s+(?P<unit>полугоди(?:е|я|и|ю|ем)|квартал(?:а|е|у|ом)?)(?!\w){year_tail()}",
        build_part, ("полугод", "квартал"),
    ),
    Rule(  # 9 месяцев 2020 года · за шесть месяцев текущего года
        rf"(?<![\w.,])(?P<n>1[0-2]|[1-9]|{NUMBER_WORD})\s+месяц(?:а|ев)(?!\w){year_tail(required=True)}",
        build_months_of_year, ("месяц",),
    ),
    Rule(  # 10 прошедших месяцев · первые девять месяцев 2020 года · за истекшие 9 месяцев
        rf"(?<![\w.,])(?:(?P<n>{MONTHS_COUNT})\s+{PAST_MONTHS}|{PAST_MONTHS}\s+(?P<n2>{MONTHS_COUNT}))"
        rf"\s+месяц(?:а|ев)(?!\w){year_tail()}",
        build_first_months, ("месяц",),
    ),
    Rule(  # за 6 месяцев · за 3 месяца · за полгода · за год; not "за 2 месяца до выборов"
        rf"(?<!\w)за\s+(?P<body>(?P<n>[0-9]{{1,2}}|{NUMBER_WORD})\s+месяц(?:а|ев)|(?P<half>полгода)|(?P<year>год))(?!\w)"
        r"(?!\s+(?:до|назад|спустя|после)(?!\w))",
        build_duration, ("месяц", "полгода", "год"),
    ),
    Rule(  # за последние 5 лет · в течение последних 30 лет · за последний год · в последние два месяца
        r"(?<!\w)(?:за|в|в\s+течение|на\s+протяжении)\s+(?P<last>последни[ех]|последний|последнего|последнюю|последней)"
        rf"\s+(?:(?P<n>[0-9]{{1,3}}|{NUMBER_WORD})\s+)?(?P<unit>месяц(?:а|ев)?|год(?:а)?|лет|полгода|недел(?:ь|ю|и|е|я))(?!\w)",
        build_recent, ("последн",),
    ),
    Rule(  # осенью 2004 года · весной нынешнего года · к осени 2009 года
        rf"(?<!\w)(?P<season>весн(?:а|ой|ою|ы|е|у)|лет(?:о|ом|а|у)|осен(?:ь|ью|и)|зим(?:а|ой|ою|ы|е|у))(?!\w)"
        rf"{year_tail()}",
        build_season, ("весн", "лето", "летом", "лета", "лету", "осен", "зим"),
    ),
    Rule(  # в прошлом году · за прошлый год · в этом году · в минувшем месяце · на прошлой неделе
        r"(?P<unit>[гмн](?<!\w.)(?:од(?:а|у|ом)?|есяц(?:а|е|у|ем)?|едел(?:я|и|е|ю|ей)))(?!\w)",
        build_relative, tuple(RELATIVE_UNITS),
    ),
    Rule(  # сегодня · вчера · завтра
        r"(?<!\w)(?:" + "|".join(RELATIVE_DAYS) + r")(?!\w)", build_relative_day, ("сегодня", "вчера", "завтра"),
    ),
    Rule(  # прошлогоднего опроса
        r"(?<!\w)(?:" + "|".join(PAST_YEAR_ADJECTIVES) + r")\w*", build_past_year_adjective, ("прошлогодн",),
    ),
]
RULES += [
    Rule(  # в среду · во вторник · в минувшую пятницу; not "в среду, 10 сентября"
        rf"(?<!\w)(?:в|во)\s+(?:(?P<adj>(?:прошл|минувш|следующ|ближайш|эт)\w*)\s+)?(?P<weekday>{WEEKDAY_ACCUSATIVE})(?!\w)",
        build_weekday, tuple(WEEKDAY_NUMBERS),
    ),
    Rule(  # год назад · два года назад · месяц назад · неделю назад · три дня назад
        rf"(?<!\w)(?:(?P<n>[0-9]{{1,3}}|{NUMBER_WORD})\s+)?"
        r"(?P<unit>полгода|год(?:а)?|лет|месяц(?:а|ев)?|недел(?:ю|и|ь)|дн(?:я|ей)|день)\s+назад(?!\w)",
        build_ago, ("назад",),
    ),
    Rule(  # с начала года · с начала 2023 года · до конца года · до конца текущего года · до конца 2030 года
        rf"(?<!\w)(?P<prep>с|со|до)\s+(?P<edge>начала|конца)\s+"
        rf"(?:(?P<year>{YEAR_NUMBER})(?:-?го)?\s*|(?P<rel>{RELATIVE_ADJECTIVE})\s+)?(?:года(?!\w)|г\.)",
        build_year_edge, ("начал", "конц"),
    ),
    Rule(  # с сегодняшнего дня · со вчерашнего дня · до сегодняшнего дня
        rf"(?<!\w)(?P<prep>с|со|до)\s+(?P<adj>(?:{'|'.join(DAY_ADJECTIVES)})\w*)\s+дня(?!\w)",
        build_day_edge, ("дня",),
    ),
    Rule(  # по сравнению с аналогичным периодом прошлого года · за соответствующий период 2022 года
        rf"(?<!\w)(?:{SAME_PERIOD}\w*|(?:тот|того|тому|тем|том)\s+же)\s+период\w*\s+"
        rf"(?:(?P<rel>{RELATIVE_ADJECTIVE})|(?P<ana>{ANAPHORIC_ADJECTIVE})|(?P<year>{YEAR_NUMBER}))\s*(?:года(?!\w)|г\.)",
        build_same_period, ("период",),
    ),
    Rule(  # по сравнению с предыдущим годом · за весь предыдущий год · годом ранее
        rf"(?<!\w)(?:(?:(?:весь|всего|всём|всем)\s+)?(?P<ana>{ANAPHORIC_ADJECTIVE})\s+год(?:а|у|ом|е)?"
        r"|(?P<earlier>годом\s+(?:ранее|раньше)))(?!\w)",
        build_previous_year, ("предыдущ", "предшеств", "годом"),
    ),
    Rule(  # 2023/2024 учебный год · 2023-24 учебного года
        rf"(?P<year1>{YEAR_AT_START})\s*[-–—/]\s*(?P<year2>{YEAR_NUMBER}|[0-9]{{2}}(?![0-9]))\s+учебн\w+\s+год\w*",
        build_school_year, ("учебн",),
    ),
    Rule(  # в минувшие выходные · в прошлые выходные дни
        r"(?<!\w)(?:в|на|за)\s+(?P<adj>(?:прошл|минувш|прошедш)\w*)\s+выходн(?:ые|ых)(?:\s+дни)?(?!\w)",
        build_weekend, ("выходн",),
    ),
    Rule(  # конец первой декады сентября · во второй декаде мая 2021 года
        rf"(?<!\w)(?:(?P<edge>начал[оаеу]|кон(?:ец|ца|це)|середин[аеуы])\s+)?"
        rf"(?P<ord>[1-3](?:-?(?:й|я|ей|ю))?|{PART_ORDINAL})\s+декад(?:а|ы|е|у|ой)\s+(?P<month>{MONTH_GENITIVE})(?!\w){year_tail()}",
        build_decade, ("декад",),
    ),
]
COMPILED_RULES = [(re.compile(rule.pattern, re.IGNORECASE), rule.build, rule.needs) for rule in RULES]
