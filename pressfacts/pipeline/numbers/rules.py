"""What is not a quantity: dates, times, years, phone numbers, document and house numbers, versions, list numbers.

Each rule is a pattern matched from a figure's first digit, plus an optional pattern for the
text just before it; a rule that holds sets its match aside. The example each rule is for is
beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .patterns import (
    ADJECTIVE,
    BUILDING,
    CLOCK,
    FIGURE_FOLLOWS,
    HOURS,
    HOURS_WORD,
    MONTH_ANY_CASE,
    MONTH_GENITIVE,
    NOT_SUFFIX,
    SPACE,
    STREET,
    WS,
    WS1,
    YEAR_LIKE,
    YEAR_LIST,
    YEAR_WORD,
)


def _year_range(m: re.Match) -> bool:
    """A dash between two years close together: "2018–2020" (but "2000-3000 человек" is a range of counts)."""
    return 0 < int(m["b"]) - int(m["a"]) <= 50


class Rule(NamedTuple):
    """Digits that are not a quantity. ``at`` is matched from the first digit (or its sign), and
    its match is set aside. ``before``, when given, must match the text that ends right before
    that digit (it is searched ``back`` characters back); ``check`` may veto a match."""

    name: str
    at: re.Pattern
    before: re.Pattern | None = None
    back: int = 12
    check: Callable[[re.Match], bool] | None = None


def _at(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(pattern, flags)


def _before(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(rf"(?:{pattern})\Z", flags)


PREPOSITION = r"(?<![\w-])(?:в|во|с|со|по|до|к|от|за|на|после|между|итогам|итоги)"

NOT_QUANTITIES = [
    Rule("date", _at(
        rf"[0-3]?\d(?:{WS}[-–—,]{WS}[0-3]?\d|{WS1}(?:и|по|до|на){WS1}[0-3]?\d)*{WS1}{MONTH_GENITIVE}"
        rf"(?:{WS1}\d{{4}}(?:{WS}(?:г\.|года|году)(?![а-яё]))?)?(?:,?{WS}(?:в{WS1})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))?"
    )),  # 7 сентября; с 13 по 29 января 2006 года; 24 февраля 2021, 08:19; в ночь с 20 на 21 июля
    Rule("numeric date", _at(
        r"(?:[0-3]?\d[./][01]?\d[./](?:\d{4}|\d\d)|\d{4}-[01]\d-[0-3]\d)(?![\w.,/]?\d)")),  # 16.01.2023
    Rule("year", _at(rf"{YEAR_LIST}{WS}(?:{ADJECTIVE}{WS1})?{YEAR_WORD}")),
    # в 2020 году; 2019 г.; 2018–2020 годы; на 2020\nгод; в 2020 финансовом году
    Rule("year", _at(rf"{YEAR_LIKE}-[а-яё]{{1,3}}(?![\w-])")),  # в 2020-м; 2000-х
    Rule("year", _at(rf"{YEAR_LIKE}(?!\d)"), _before(rf"(?<![\w-]){MONTH_ANY_CASE}{WS1}"), back=16),  # с апреля по май 2020
    Rule("year", _at(rf"(?P<a>{YEAR_LIKE})[-–—/](?P<b>{YEAR_LIKE})(?!\d)"), check=_year_range),  # 2018–2020
    Rule("year", _at(
        rf"{YEAR_LIKE}(?:(?:{WS}[-–—,/]{WS}|{WS1}(?:и|или|по|до){WS1}){YEAR_LIKE})*(?![\d.,]\d|\d)(?!{WS}[\w(«%$€₽])"
    ), _before(rf"{PREPOSITION}{WS1}"), back=10),  # с 2018 по 2020, а…; итоги 2019.
    Rule("decade", _at(r"(?:1[89]|20)?[2-9]0-(?:х|е|ых|ые)(?![\w-])")),  # в конце 80-х
    Rule("clock or score", _at(r"\d+(?:[.,]\d+)?(?::\d+(?:[.,]\d+)?)+(?!\d)")),  # 08:19; счёт 3:1; 0,5:0,5
    Rule("clock", _at(rf"{CLOCK}(?![\d.,])(?!{FIGURE_FOLLOWS})"),
         _before(rf"(?<![\w-])(?:в|с|до|по|к|от|после|около){WS1}"), back=10),  # в 10.30; с 9.00 до 18.00
    Rule("clock", _at(rf"{CLOCK}(?={WS}(?:ч\.|час|мск))")),  # В 19.58 мск
    Rule("o'clock", _at(rf"{HOURS}(?={WS1}{HOURS_WORD})"), _before(rf"(?<![\w-])(?:в|к){WS1}")),
    # В 19 часов по московскому времени
    Rule("opening hours", _at(rf"{HOURS}{WS1}до{WS1}{HOURS}(?={WS1}{HOURS_WORD})"), _before(rf"(?<![\w-])с{WS1}")),
    # с 9 до 18 часов
    Rule("time of day", _at(rf"{HOURS}(?={WS1}(?:утра|вечера)(?![а-яё]))")),  # около 7 вечера
    Rule("phone", _at(r"(?:\+[ \u00a0]?7|8)[ \u00a0-]*\(\d{3,5}\)[ \u00a0-]*\d{1,3}(?:[ \u00a0-]*\d{2}){2}(?!\d)")),
    # 8 (800) 100-00-00
    Rule("phone", _at(r"\+[ \u00a0]?7[ \u00a0-]*\d{3,5}[ \u00a0-]*\d{1,3}(?:[ \u00a0-]*\d{2}){2}(?!\d)")),
    # +7 495 123-45-67
    Rule("phone", _at(r"8-\d{3,4}-\d{1,3}(?:-\d{2}){2}(?!\d)")),  # 8-800-100-00-00
    Rule("phone", _at(r"\d{1,3}(?:-\d{2}){2}(?![\d-])")),  # 123-45-67
    Rule("number sign", _at(r"\d[\w./-]*"), _before(rf"№+{WS}")),  # № 131-ФЗ; приказ № 45
    Rule("code", _at(rf"\d+(?:[./]\d+)*-(?!(?:{NOT_SUFFIX})(?![\w-])|кратн)[А-Яа-яЁёA-Za-z][\w-]*")),
    # 131-ФЗ; Постановление 123-п; 22-летний; 25-летие
    Rule("reference", _at(r"\d+(?:[.,]\d+)*"), _before(
        rf"(?<![\w-])(?:(?:ст|п|пп|ч|гл|прил|табл|рис|разд|подп|абз)\.|стать[яиеюй]|стать[её]й|статьям|статей|пункт[аеуом]?"
        rf"|подпункт[аеуом]?|част[ьи]|глав[аыеу]|раздел[аеу]?|приложени[еяю]|абзац[аеу]?|таблиц[аыеу]){WS}"
    ), back=14),  # статья 112 регламента; п. 3
    Rule("address", _at(rf"\d+(?:[а-яёa-z]|{WS}[/-]{WS}\d+[а-яё]?)?(?![\w])"), _before(
        rf"(?<![\w-])(?i:{STREET}){WS}(?:[«\"]?[А-ЯЁ0-9][\w.«»\"-]*{WS}){{0,4}},?{WS}(?:(?:д\.|дом){WS})?", 0
    ), back=80),  # ул. Николая Отрады, 26а; ул. Марата 10
    Rule("house", _at(r"\d+[а-яёa-z]?(?:/\d+)?(?![\w])"), _before(rf"(?<![\w-]){BUILDING}{WS}")),  # д. 5; корп. 2
    Rule("postcode", _at(rf"\d{{6}}(?=,{WS}(?:г\.|город|Росси|[А-ЯЁ]))", 0)),  # 248000, г. Калуга
    Rule("version", _at(rf"\d+\.0(?![\d.,])(?!{FIGURE_FOLLOWS})")),  # Индустрия 4.0
    Rule("version", _at(rf"\d+(?:\.\d+)+(?!{FIGURE_FOLLOWS})"), _before(
        rf"(?:(?<![\w])[A-Za-z][\w+-]*|(?<![\w])[А-ЯЁ]{{2,}}[А-ЯЁ0-9]*|(?i:верси[яиюей])|v\.?){WS1}", 0
    ), back=30),  # «Концепцией МФЦ 2.0»; версии 1.5
    Rule("latin name", _at(rf"\d+(?![\d.,])(?!{FIGURE_FOLLOWS})"), _before(r"(?<![\w])[A-Za-z]+[ \u00a0]", 0), back=30),
    # Windows 10; Channel 4
    Rule("list number", _at(rf"\d{{1,2}}(?=[.)]{SPACE}+[«\"A-ZА-ЯЁ])", 0), _before(rf"(?:^|\n){SPACE}*(?:[*•·–—-]{SPACE}*)?")),
    # 3. Дюссельдорф — центр моды
    Rule("list number", _at(rf"\d{{1,2}}(?=\.{SPACE}+[A-ZА-ЯЁ][a-zа-яё])", 0), _before(r"[.)!?;] ")),
    # (922774 голоса) 2. Леван Гацелицадзе
    Rule("domain", _at(r"\d+(?:\.[\w-]+)*\.[A-Za-zА-Яа-я]{2,}(?![\w])")),  # 0.facebook.com
]
