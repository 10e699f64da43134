"""The word tables of the dates grammar, read from ``pressfacts/data/dates_*.txt``.

Each entry of those files has the example that needed it beside it; month names, ordinal words
and Roman numerals are shared with the numbers grammar (``pressfacts.pipeline.lexicon``).
"""

from __future__ import annotations

import re

from pressfacts.data import read_words

from ..wordlists import read_table

ADJECTIVE_ENDING = r"(?:ий|ый|ой|ем|ом|его|ого|ему|ому|им|ым|ая|яя|ей|ую|юю|ее|ое)"
ENDINGS = {  # the endings a relative word takes, by the name its table gives them
    "adjective": ADJECTIVE_ENDING,  # в прошлом году, за прошлый год, на прошлой неделе
    "pronoun": "(?:от|ом|ого|ому|им|а|у|ой)",  # в этом году, на этой неделе
    "none": "",  # в сентябре сего года
}
RELATIVE_ADJECTIVES = [  # (word pattern, offset in units from the publication date): в прошлом году
    (row.key + ENDINGS[row.values[1]], int(row.values[0]))
    for row in read_table("dates_relative_adjectives.txt", values=2, choices={1: ENDINGS})
]
RELATIVE_ADJECTIVE = "(?:" + "|".join(p for p, _ in RELATIVE_ADJECTIVES) + ")"
RELATIVE_ADJECTIVE_OFFSETS = [(re.compile(p, re.I), n) for p, n in RELATIVE_ADJECTIVES]

RELATIVE_UNITS = {  # stem: unit of the offset: в минувшем месяце
    row.key: row.values[0]
    for row in read_table("dates_relative_units.txt", values=1, choices={0: ("year", "month", "week")})
}
RELATIVE_DAYS = {  # word: offset in days: вчера, сегодня, завтра
    row.key: int(row.values[0]) for row in read_table("dates_relative_days.txt", values=1)
}
PAST_YEAR_ADJECTIVES = {  # stem: offset in years: прошлогоднего опроса
    row.key: int(row.values[0]) for row in read_table("dates_past_year_adjectives.txt", values=1)
}

NUMBER_WORDS = {  # durations spelled out: за три месяца, последних двух лет
    row.key: int(row.values[0]) for row in read_table("dates_number_words.txt", values=1)
}
NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

PARTS = {  # stem: (granularity, months in one part): в 1 полугодии, 1 квартал 2021 года
    row.key: (row.values[0], int(row.values[1]))
    for row in read_table("dates_parts.txt", values=2, choices={0: ("half_year", "quarter")})
}
SEASONS = {  # stem: (first month, last month): осенью 2004 года; зимой: December to February
    row.key: (int(row.values[0]), int(row.values[1])) for row in read_table("dates_seasons.txt", values=2)
}
WEEKDAYS = read_table("dates_weekdays.txt", values=2)
WEEKDAY = "(?:" + "|".join(row.key for row in WEEKDAYS) + ")"  # 20 мая, Понедельник
WEEKDAY_NUMBERS = {row.values[0]: int(row.values[1]) for row in WEEKDAYS}  # в среду: 2 (Monday is 0)
WEEKDAY_ACCUSATIVE = "(?:" + "|".join(WEEKDAY_NUMBERS) + ")"

MONTH_ABBREVIATIONS = {  # after a day number: 23 ноя, 10 дек.
    row.key: int(row.values[0]) for row in read_table("dates_month_abbreviations.txt", values=1)
}
MONTH_ABBREVIATION = "(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")(?:\.|(?!\w))"

FUTURE_LEMMAS = read_words("dates_future_words.txt")  # планируется: a clause about the future
AGO_UNITS = {  # stem: unit counted back: два года назад
    row.key: row.values[0]
    for row in read_table("dates_ago_units.txt", values=1, choices={0: ("year", "month", "week", "day")})
}
DAY_ADJECTIVES = {  # stem: offset in days: с сегодняшнего дня
    row.key: int(row.values[0]) for row in read_table("dates_day_adjectives.txt", values=1)
}
SAME_PERIOD = "(?:" + "|".join(row.key for row in read_table("dates_same_period.txt")) + ")"  # аналогичным периодом
ANAPHORIC_ADJECTIVES = [  # (word pattern, offset in years from the year the text is about): предыдущим годом
    (row.key + ADJECTIVE_ENDING, int(row.values[0]))
    for row in read_table("dates_anaphoric_adjectives.txt", values=1)
]
ANAPHORIC_ADJECTIVE = "(?:" + "|".join(p for p, _ in ANAPHORIC_ADJECTIVES) + ")"
