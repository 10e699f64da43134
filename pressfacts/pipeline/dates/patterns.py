"""Patterns of the dates grammar: the pieces its rules are built from, and the context the builders check.

A pattern that opens with a character class is scanned fast (the regex engine skips to the
positions where that class matches); one that opens with a lookbehind or an optional group is
tried at every position. So the rules that run on every text start with a consumed digit, their
"not inside another number" checks are lookbehinds placed right after it, and the words that
may stand before a match ("с", "в", "прошлом") are checked behind it by the builders.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_GENITIVE
from .tables import MONTH_ABBREVIATION, RELATIVE_ADJECTIVE, WEEKDAY

# --- Pieces of the rules ------------------------------------------------------------------

NUMBER_START = r"[0-9](?<![\w.,:/№-][0-9])"  # a number's first digit, not inside a number, version, phone
DAY_AT_START = rf"{NUMBER_START}[0-9]?(?![0-9])"  # 7 сентября (not the 9 of "2019 сентября")
DAY_NUMBER = r"[0-9]{1,2}(?![0-9])"  # checked against the calendar by the builders
DAY_SUFFIX = r"(?:-?(?:го|ое|е))?"  # 1-го сентября
MONTH_OF_DAY = rf"(?:{MONTH_GENITIVE}(?!\w)|{MONTH_ABBREVIATION})"  # 7 сентября, 23 ноя, 10 дек.
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


# --- What stands around a match: read by the builders -------------------------------------

MONTH_PREPOSITIONS = (  # the word before a month named alone
    r"(?:в|во|с|со|по|до|к|ко|на|за|от|из|после|перед|между|и"  # в ноябре, по сравнению с мартом, в июне и июле
    r"|начал[еа]|конц[еа]|середин[еы]|половин[еы]|течение)"  # в конце июля, с начала мая
)

ADDRESS_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ул|пр|просп|пер|пл|наб|ш|бул|д)\.|(?<!\w)(?:улиц|проспект|переул|площад)\w*)\s*$", re.I
)  # ул. 8 Марта, проспект 1 Мая
NEXT_WORD = re.compile(r"[ \t\u00a0]+([а-яё]+)")  # a lowercase word right after a number
PREPOSITION_BEFORE = re.compile(rf"(?<!\w)(?P<prep>{MONTH_PREPOSITIONS})\s+$", re.I)  # в ноябре, с мартом
YEAR_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|к|ко|с|со|до|по|от|после|начал[еа]|конц[еау]|середин[еы])\s+$", re.I
)  # в 2020-м, к концу 2010-го
FROM_BEFORE = re.compile(r"(?<!\w)(?:с|со)\s+$", re.I)  # с апреля по май: a range keeps its "с"
UNTIL_BEFORE = re.compile(r"(?<!\w)до\s+$", re.I)  # до 2030 года: an open range keeps its "до"
COMPARISON_BEFORE = re.compile(r"(?<!\w)(?:сравнени\w*|сравнив\w*|наряду)\s+$", re.I)  # в сравнении с 2019 г.
WHOLE_BEFORE = re.compile(r"(?<!\w)(?:весь|всего|всём|всем)\s+$", re.I)  # за весь прошлый год
RELATIVE_BEFORE = re.compile(rf"(?<!\w)(?P<adj>{RELATIVE_ADJECTIVE})\s+$", re.I)  # в прошлом году
DAY_BEFORE = re.compile(r"[0-9](?:-?(?:го|ое|е))?\s+$", re.I)  # "29 февраля 2021": the day rule's, or no date
ANAPHORIC_YEAR = re.compile(r"\s+того\s+(?:же\s+)?года(?!\w)", re.I)  # до ноября того же года
DATE_AFTER = re.compile(  # в среду, 10 сентября: the date says which Wednesday
    rf",?\s*[0-9]{{1,2}}(?:{DASH}[0-9]{{1,2}})?(?:\s+{MONTH_OF_DAY}|\.[0-9]{{1,2}})", re.I
)
DATE_BEFORE = re.compile(  # 20 марта, в субботу: the date says which Saturday
    rf"[0-9]{{1,2}}\s+{MONTH_OF_DAY}(?:\s+[12][0-9]{{3}}(?:\s*(?:года|г\.))?)?\s*,?\s*$", re.I
)
