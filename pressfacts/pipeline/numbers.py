"""Numbers in press-release text: quantities ("более 240 тысяч", "97%", "в 2,5 раза") and ordinals ("50-м", "1 место").

These are pure functions in razdel's style: text goes in, spans come out. ``find_quantities``
and ``find_ordinals`` never raise, and every span they return is a slice of the input. The
rules are data: each word list and pattern below has the example that needed it beside it.

How a text is read
------------------
1. At every place where a figure in digits may start, the rules of ``NOT_QUANTITIES`` are
   tried. Each rule is a pattern matched from the digit, plus an optional pattern for the text
   just before it. A rule that holds sets its match aside: dates, times, years, phone
   numbers, document and house numbers, versions and list numbers. Where no rule holds, an
   ordinal may be written ("50-м", "1 место", "лауреат 1 степени").
2. Ordinals in Roman numerals ("IV квартал") and in words ("четвертый", "двадцать пятый") are
   found and set aside as well.
3. Every other figure is read. A figure is either digits, or number words whose pymorphy3 lemma
   is a numeral (pymorphy3 is asked only about words that start like a number word). It is read
   together with its multiplier ("тысяч", "млн"), its percent sign or its ratio frame
   ("в 2,5 раза"), the other end of a range ("5–7", "с 6 до 54"), and the qualifier before it
   ("более", "не менее").

This stays cheap: the rules run only at digits, never across the whole text, and the two
searches for words open with a class of first letters that ``re`` can skip ahead to.

Decisions on the doubtful cases
-------------------------------
* Bare multipliers. A bare plural "тысячи" / "миллионы" / "тысяч" ("тысячи обращений") means
  "thousands of" and is not a quantity. A bare singular ("миллион", "тысячу", "миллиона",
  "полмиллиона") is. After a qualifier or "от"/"с", "тысячи" is read as the genitive singular
  ("более тысячи" = 1000).
* "один", "одна", "одно" count only when a noun, an adjective or a multiplier follows them
  ("один корабль", "одна тысяча"). They do not count in "один из", "одной из лучших" or
  "один и тот же", or after "ни".
* Two number words joined by a hyphen ("одно-два окна", "двух-трёх дней") are a vague estimate
  that describes a kind of thing. They are not a reported figure, so neither the pair nor its
  halves is a quantity. A range written in digits ("5-7", "5–7") is a quantity.
* "до" is a less_than qualifier ("до 20 окон"), with two exceptions. It is not a qualifier when
  it closes a range ("с 6 до 54", "от 5 до 7"). It is exact when a word of change stands just
  before it ("вырос до 30 тысяч"), because there it gives the new value.
* In "с 5 до 27 тысяч" the second figure's multiplier also applies to the first, when that
  makes the two values the closer pair: 5000–27000. In "с 500 до 2 тысяч" it does not, and
  the first value stays 500. A percent sign on the second figure applies to both.
* A range span includes its "от"/"с" ("с 6 до 54"), just as a ratio span includes its "в"
  ("в 2,5 раза"). Post-qualifiers ("сто с лишним", "в два с лишним раза") give more_than, and
  ``qualifier_start`` then points at the "с" that follows the figure.
* "N-х" with N ending in 2, 3 or 4 (but not 12–14) is the cardinal "двух/трёх/четырёх"
  ("в 2-х экземплярах", "в 24-х странах"). Other "N-х" forms are ordinals ("5-х классов"), and
  "90-х годов" is a decade.
* Compound adjectives "22-летний", "25-летие" and codes like "131-ФЗ" and
  "123-п" are not quantities. "10-кратный" is a ratio.
* Fractions ("три четверти", "две трети") are not read at all; they are not "три".
* "от" on its own ("от 5 лет") is not a qualifier, because it can also name a source
  ("от 5 граждан"). Only "от X до Y" is read, and it is read as a range.
* A year is set aside when "год"/"г." follows it ("в 2020 году", "2018–2020 годы"), when a month
  comes before it, when it has an ending ("в 2020-м"), when it is a span of years ("2018–2020"),
  or when it stands alone after a preposition ("с 2018 по 2020, а…"). "2020 человек" is a count.
* "N часов" after "в"/"к" and "N утра/вечера" are times of day ("в 19 часов"). "за 2 часа"
  is a duration, and so a quantity.
* Digits after a Latin name ("Windows 10", "Channel 4") are part of the name. A line that
  starts with "3." or "2)" is a list item.
* "тысячный" and "миллионный" are mostly sizes ("миллионные штрафы"), not ordinals, and are
  not read as ordinals.
* "1 просмотр0 комментариев" reads "1": digits glued to letters ("просмотр0", "26а", "5G")
  are never figures. The pipeline drops the widget line elsewhere.
* An ordinal noun is read as ordinal when it is in a form that cannot be counted ("1 место",
  "2 место", "3 степени", "в 1 полугодии"). A form shared with counting ("3 места",
  "2 квартала") is read as a count, unless it is 1 or a year follows it ("3 квартала 2020 года").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from .morphology import parse

# ---------------------------------------------------------------------------------------------
# Records


class Quantity(NamedTuple):
    """A figure of the text. The span covers the figure with its multiplier and its percent or ratio marker."""

    start: int
    end: int
    text: str
    value: float | int
    kind: str  # "number" | "percent" | "ratio"
    qualifier: str  # "exact" | "approx" | "more_than" | "less_than"
    qualifier_start: int | None
    low: float | int | None = None


class Ordinal(NamedTuple):
    """An ordinal: "50-м" (50), the "1" of "1 место", "четвертый" (4)."""

    start: int
    end: int
    text: str
    value: int


# ---------------------------------------------------------------------------------------------
# Word lists

CARDINALS = {  # pymorphy3 lemma -> value
    "ноль": 0, "нуль": 0,                    # ноль обращений
    "один": 1,                               # одна тысяча; один корабль
    "два": 2, "три": 3, "четыре": 4,         # двух, трёх, трех, четырьмя
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10,                            # в десять раз
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20,                          # двадцать пять
    "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90,      # девяноста
    "сто": 100,                              # ста; сто сорок восемь
    "двести": 200,                           # двести тридцать тысяч
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900,
    "полтора": Decimal("1.5"),               # полторы тысячи, в полтора раза, полутора
    "полтораста": 150,                       # полтораста человек
    "двое": 2, "трое": 3, "четверо": 4,      # было трое мужчин
    "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}

MULTIPLIERS = {  # pymorphy3 lemma -> value
    "тысяча": 1_000,                   # 320 тысяч, тысяча двести
    "миллион": 1_000_000,              # 4,3 миллиона; увеличился на миллион
    "миллиард": 1_000_000_000,         # 2 миллиарда долларов
    "триллион": 1_000_000_000_000,     # триллион рублей
}

ABBREVIATED_MULTIPLIERS = {
    "тыс": 1_000,                      # 30 тыс. подписей
    "млн": 1_000_000,                  # 2,9 млн обращений; 714 млн.
    "млрд": 1_000_000_000,             # 19,2 млрд долларов
    "трлн": 1_000_000_000_000,         # 1,5 трлн рублей
}

HALF_MULTIPLIERS = {  # stem -> value; pymorphy3 lemmatizes "полтысячи" to the made-up "полтысяча"
    "полтысяч": 500,                   # полтысячи заявлений
    "полмиллион": 500_000,             # полмиллиона обращений
    "полмиллиард": 500_000_000,        # полмиллиарда рублей
}

MISREAD_CARDINALS = {  # forms whose best pymorphy3 parse is not the numeral
    "сто": "сто",                      # сто процентов (pymorphy3's best parse is the abbreviation СТО)
}

ORDINALS = {  # pymorphy3 lemma (ё as е) -> value
    "первый": 1,                       # первый постомат
    "второй": 2,                       # вторая половина дня
    "третий": 3,                       # третьего
    "четвертый": 4,                    # уже четвертый раз
    "пятый": 5, "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
    "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14,
    "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19,
    "двадцатый": 20,                   # двадцать пятый (with the cardinal before it)
    "тридцатый": 30, "сороковой": 40, "пятидесятый": 50, "шестидесятый": 60,
    "семидесятый": 70, "восьмидесятый": 80, "девяностый": 90,
    "сотый": 100, "двухсотый": 200, "трехсотый": 300, "четырехсотый": 400, "пятисотый": 500,
    "шестисотый": 600, "семисотый": 700, "восьмисотый": 800, "девятисотый": 900,
}  # not тысячный, миллионный: mostly sizes ("миллионные штрафы", "тысячный митинг")

RATIO_ADVERBS = {
    "вдвое": 2,                        # вдвое больше
    "втрое": 3,                        # втрое меньше
    "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7, "ввосьмеро": 8, "вдевятеро": 9,
    "вдесятеро": 10,                   # вдесятеро выросло
}

MULTIPLE_PREFIXES = {  # the number part of "-кратный"
    "дву": 2, "двух": 2,               # двукратный рост
    "трех": 3, "трёх": 3,              # трехкратное увеличение
    "четырех": 4, "четырёх": 4,
    "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
    "десяти": 10,                      # более чем десятикратный рост
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50,
    "сто": 100,                        # стократный
    "тысяче": 1000,                    # тысячекратный
    "полутора": Decimal("1.5"),        # полуторакратный
}

QUALIFIERS = {  # phrase before the figure -> qualifier
    "более чем": "more_than",          # более чем десятикратный рост
    "больше чем": "more_than",
    "не менее чем": "more_than",
    "не менее": "more_than",           # с количеством окон не менее 20
    "не меньше": "more_than",
    "как минимум": "more_than",        # как минимум 99 тыс. долларов
    "по меньшей мере": "more_than",
    "по крайней мере": "more_than",    # По крайней мере 73 мигранта
    "минимум": "more_than",
    "чуть более": "more_than",
    "чуть больше": "more_than",
    "немногим более": "more_than",
    "свыше": "more_than",              # свыше 500 обращений
    "более": "more_than",              # более 240 тысяч обращений
    "больше": "more_than",             # больше 100 человек
    "менее чем": "less_than",
    "меньше чем": "less_than",
    "не более чем": "less_than",
    "не более": "less_than",           # не более 15 минут
    "не больше": "less_than",
    "не свыше": "less_than",
    "чуть менее": "less_than",
    "чуть меньше": "less_than",
    "немногим менее": "less_than",
    "максимум": "less_than",
    "менее": "less_than",              # менее 15 минут
    "меньше": "less_than",
    "до": "less_than",                 # до 20 окон (not the "до" of "с 6 до 54")
    "почти": "approx",                 # почти 35 тысяч граждан
    "около": "approx",                 # около 2 тысяч обращений
    "порядка": "approx",               # порядка 320 тысяч услуг
    "примерно": "approx",
    "приблизительно": "approx",
    "практически": "approx",           # практически в 2,5 раза больше
    "ориентировочно": "approx",
    "где-то": "approx",
    "в районе": "approx",              # в районе 5 тысяч
}

AFTER_QUALIFIERS = {  # phrase after the figure -> qualifier
    "с лишним": "more_than",           # в два с лишним раза
    "с небольшим": "more_than",        # сто с небольшим человек
}

CHANGE_STEMS = (  # a "до" after these words gives a new value, not an upper bound
    "увелич",                          # увеличилось до 30 тысяч
    "вырос", "выраст", "возрос",       # выросло до 27 тысяч
    "рост",
    "сократ", "сокращ",                # сократилось до 15 минут
    "сниз", "сниж",                    # снизится до 5%
    "уменьш",
    "повыс", "повыш",
    "подня", "подним",
    "довед", "довод",                  # довести до 100%
    "расшир",                          # расширен до 54 линий
    "упал", "упад",
    "достиг",
    "дорос",
)

ORDINAL_NOUNS = {  # noun form after a digit -> when the digit is an ordinal
    # "any": always; "one": only for 1, 21, 31… (for other numbers the form also counts:
    # "3 места"); "one_or_year": as "one", or when a year follows ("3 квартала 2020 года")
    "место": "any",                    # за 1 место; 2 место у МФЦ
    "месте": "any",                    # на 3 месте
    "местом": "any",
    "места": "one",                    # обладатель 1 места (but: 3 места)
    "степени": "any",                  # лауреат 1 степени, дипломом 3 степени
    "степень": "any",
    "степенью": "any",
    "полугодие": "any",
    "полугодии": "any",                # в 1 полугодии
    "полугодием": "any",
    "полугодия": "one_or_year",        # итоги 1 полугодия
    "квартал": "any",                  # за 3 квартал
    "квартале": "any",
    "кварталом": "any",
    "квартала": "one_or_year",         # 3 квартала 2020 года (but: за 2 квартала)
    "век": "any",                      # 21 век
    "веке": "any",
    "века": "any",
    "веком": "any",
    "класс": "any",                    # в 1 класс
    "классе": "any",
    "классом": "any",
    "класса": "one",
    "курс": "any",                     # студенты 2 курс
    "курсе": "any",
    "курса": "one",
    "этап": "any",                     # 2 этап
    "этапе": "any",
    "этапа": "one",
    "созыв": "any",                    # депутаты 7 созыва
    "созыва": "any",
    "созыве": "any",
    "этаж": "any",
    "этаже": "any",                    # на 3 этаже
    "этажа": "one",
    "тур": "any",
    "туре": "any",                     # во 2 туре
}

ROMAN_NOUN_STEMS = (  # nouns after which a Roman numeral is an ordinal
    "степен",                          # IV степени
    "квартал",                         # I квартал
    "мест",
    "век",                             # XXI век
    "полугоди",
    "созыв",
    "этап",
    "тур",
    "съезд",
    "класс",
    "категори",
    "разряд",
    "групп",
    "чемпионат", "форум", "конкурс", "фестивал", "олимпиад",
)

ORDINAL_SUFFIXES = (  # endings written after a digit and a hyphen that make an ordinal
    "й", "я", "е", "го", "ого", "его", "му", "ому", "ему", "м", "ом", "ем", "ым", "им",
    "ой", "ей", "ую", "ый", "ий", "ая", "ое", "ые", "ие", "ых", "их", "ыми", "ими",
)  # 1-й, 2-го, 50-м, 3-я, 13-й

CARDINAL_SUFFIXES = (  # endings that keep a digit cardinal
    "ти", "и", "ми", "ю", "мя", "ух", "ех", "ёх", "ум",  # 5-ти, 160-ти, 2-ух, 13-ю
    "х",  # 2-х, 24-х (an ordinal after other numbers: 5-х классов)
)

FRACTION_NOUN = re.compile(r"(?:четверт|трет|пят|десят|сот|тысячн)(?:и|ей|ь|ью|ям|ями|ях|ых|ым|ыми)$")
# три четверти, две трети, пять десятых

ALL_CAPS_NOT_NUMBERS = {"СТО"}  # СТО, the service station

ONE_IDIOMS = {  # "один" with a noun that is still no count
    "одним словом",                    # Одним словом, очередной…
    "одно время",                      # одно время работал
    "одном лице",                      # в одном лице
}

# ---------------------------------------------------------------------------------------------
# Patterns

CARDINAL_PREFIXES = (  # how a cardinal number word starts; only such words go to pymorphy3
    "нол", "нул",                      # ноль, нуля
    "один", "одн",                     # один, одна, одного; одиннадцать
    "два", "две", "дво", "дву",        # два, две, двое, двух, двумя; двадцать, двести, двухсот
    "три", "тре", "трё", "тро",        # три, трех, трёх, трое; тридцать, триста, триллион
    "четыр", "четвер",                 # четыре, четырёх, четырнадцать, четыреста; четверо
    "пят", "шест", "сем",              # пять, пяти, пятеро; шесть; семь, семи
    "восем", "восьм",                  # восемь, восьми, восьмеро
    "девя",                            # девять, девяти, девяносто
    "десят",                           # десять, десятеро
    "сорок",                           # сорок, сорока
    "сто$", "ста$", "стам$", "стами$", "стах$", "стократн",  # сто, ста; стократный
    "полт", "полут",                   # полтора, полторы, полутора, полтораста
    "полтысяч", "пол-тысяч", "полмиллион", "пол-миллион", "полмиллиард",  # полмиллиона
    "тысяч", "миллион", "миллиард",    # тысяча двести; миллион
) + tuple(RATIO_ADVERBS)               # вдвое

ORDINAL_PREFIXES = (  # how an ordinal number word starts
    "перв", "втор", "трет",            # первый, вторая, третьего
    "четверт", "четвёрт",              # четвертый раз
    "пят", "шест", "седьм", "восьм", "девят", "десят",  # also пятнадцатый, шестидесятый, девятисотый
    "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "семнадцат", "восемнадцат",
    "двадцат", "тридцат", "сороков",   # двадцатое место
    "семидесят", "девяност",
    "сот", "двухсот", "трехсот", "трёхсот", "четырехсот", "четырёхсот", "семисот",
)


def word_start(prefixes: tuple[str, ...]) -> re.Pattern:
    """A pattern for the words that start with one of ``prefixes`` (in any case); a prefix that
    ends in "$" is a whole word.

    It is built to be searched fast over a whole text: it opens with a class of first letters,
    which lets ``re`` skip ahead (a leading lookbehind would make it try every position), then
    checks the word boundary with a fixed-width lookbehind, and only then the rest of the prefix.

    >>> [m[0] for m in word_start(("тысяч", "два$")).finditer("Два раза по тысяче, пятитысячный, двадцать")]
    ['Два', 'тысяче']
    """
    rests: dict[str, list[str]] = {}
    for prefix in sorted(set(prefixes), key=len, reverse=True):
        rest = prefix[1:]
        rest = re.escape(rest[:-1]) if rest.endswith("$") else re.escape(rest) + r"[А-Яа-яЁё]*(?:-[А-Яа-яЁё]+)*"
        rest = f"(?i:{rest})"  # headlines: ТРИ ЗАДАЧИ
        rests.setdefault(prefix[0], []).append(rest)
    firsts = "".join(c + c.upper() for c in sorted(rests))
    groups = "|".join(f"(?<=[{c}{c.upper()}])(?:{'|'.join(alts)})" for c, alts in sorted(rests.items()))
    return re.compile(rf"[{firsts}](?<![\w-].)(?:{groups})(?![\w-])")


_S = r"[^\S\n]"                         # a space on the line: space, no-break, thin, tab
WS = rf"{_S}*\n?{_S}*"                  # any spacing with at most one line break (may be empty)
WS1 = rf"(?:{_S}+\n?{_S}*|\n{_S}*)"      # as WS, at least one character
THOUSANDS = "[ \u00a0\u2009\u202f]"      # 2 900 000, 2\u00a0900\u00a0000

MONTH_GENITIVE = r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|марта|мая|августа)(?![а-яё])"
MONTH_ANY_CASE = (
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"
    r"|март(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)|август(?:а|е|у|ом)?)(?![а-яё])"
)
YEAR_WORD = r"(?:год(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])|гг?\.|гг?(?![а-яё]))"
FOUR_DIGITS = r"\d{4}(?:-[а-яё]{1,3})?"
YEAR_LIST = rf"{FOUR_DIGITS}(?:(?:{WS}[-–—/,]{WS}|{WS1}(?:и|или|по|до){WS1}){FOUR_DIGITS})*"
YEAR_LIKE = r"(?:1[89]|20)\d\d"
ADJECTIVE = r"[а-яё]+(?:ый|ий|ой|ого|его|ом|ем|ому|ему|ым|им|ые|ие|ых|их|ая|яя|ую)"
FIGURE_FOLLOWS = rf"{WS}(?:%|раз|процент|тыс|млн|млрд|трлн|миллион|миллиард|тысяч)"
HOURS = r"(?:[01]?\d|2[0-4])"
CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
HOURS_WORD = r"(?:час(?:а|ов)?|ч\.)(?![а-яё])"
STREET = (
    r"(?:ул|пр|пр-т|пр-кт|просп|пер|ш|б-р|бул|пл|наб|мкр|мкрн|туп)\."
    r"|улиц[аеуы]|проспект[аеу]?|переул(?:ок|ка|ке)|шоссе|бульвар[аеу]?|площад[ьи]"
    r"|набережн(?:ая|ой|ую)|микрорайон[аеу]?|проезд[аеу]?|аллея|аллее|аллеи"
)
BUILDING = r"(?:(?:д|корп|к|стр|кв|оф|каб|пом|лит)\.|дом|корпус|строение|квартира|офис|кабинет|помещение)"
NOT_SUFFIX = "|".join(sorted(ORDINAL_SUFFIXES + CARDINAL_SUFFIXES, key=len, reverse=True))


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
        rf"(?<![\w-])(?:(?:ст|п|пп|ч|гл|прил|табл|рис|разд|подп|абз)\.|стать[яиеюй]|статей|пункт[аеуом]?"
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
    Rule("list number", _at(rf"\d{{1,2}}(?=[.)]{_S}+[«\"A-ZА-ЯЁ])", 0), _before(rf"(?:^|\n){_S}*(?:[*•·–—-]{_S}*)?")),
    # 3. Дюссельдорф — центр моды
    Rule("list number", _at(rf"\d{{1,2}}(?=\.{_S}+[A-ZА-ЯЁ][a-zа-яё])", 0), _before(r"[.)!?;] ")),
    # (922774 голоса) 2. Леван Гацелицадзе
    Rule("domain", _at(r"\d+(?:\.[\w-]+)*\.[A-Za-zА-Яа-я]{2,}(?![\w])")),  # 0.facebook.com
]

# Ordinals written with digits
ORDINAL_SUFFIXED = re.compile(r"(?P<n>\d{1,4})-(?P<suffix>[а-яё]{1,3})(?![\w-])", re.I)  # 50-м, 1-й
ORDINAL_NOUN = re.compile(rf"(?P<n>\d{{1,3}})(?![\d.,]\d){WS1}(?P<noun>[а-яё]+)(?![\w-])", re.I)  # 1 место
YEAR_AFTER = re.compile(rf"{WS1}(?:{YEAR_LIKE}|текущего|этого|прошлого|следующего|года)(?![\w])", re.I)
ROMAN_NOUN = re.compile(
    rf"[IVXLCХ](?<![\w-].)[IVXLCХ]*(?![\w-]){WS1}(?=(?i:{'|'.join(ROMAN_NOUN_STEMS)}))"
)  # IV степени; I квартал; XXI век (Cyrillic Х too)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN_VALID = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ORDINAL_WORD = word_start(ORDINAL_PREFIXES)  # четвертый раз; третьего; двадцать пятый
PREVIOUS_WORD = re.compile(rf"(?<![\w-])(?P<word>[А-Яа-яЁё]+){WS1}\Z")

# Quantities
DIGIT = re.compile(r"\d(?<![\w.,/:№]\d)")  # a digit that starts a figure (a sign before it is checked apart)
SIGNS = "+-\u2212"
NOT_BEFORE_FIGURE = set(".,/:№+-\u2212")  # and letters and digits: 1.5, 16/01, №3, COVID-19
CARDINAL_WORD = word_start(CARDINAL_PREFIXES)
NUMERAL = re.compile(
    rf"(?P<sign>[+\-\u2212])?(?P<int>\d{{1,3}}(?:{THOUSANDS}\d{{3}})+(?!\d)|\d+)(?:[.,](?P<frac>\d+))?"
)  # 2 900 000; 2,9; -5; +3,2
AFTER_NUMERAL = re.compile(r"[.,]\d|-(?P<suffix>[А-Яа-яЁё]+)|(?P<glued>[\w])")
NEXT_FIGURE = re.compile(rf"{WS1}(?=\d)")
NEXT_WORD = re.compile(rf"{WS1}(?P<word>[А-Яа-яЁё]+)(?![\w-])")
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
HALF = re.compile(rf"{WS1}с{WS1}половиной(?![\w-])", re.I)  # двух с половиной; 2 с половиной
AFTER_QUALIFIER = re.compile(rf"{WS1}(?P<q>{'|'.join(p.replace(' ', WS1) for p in AFTER_QUALIFIERS)})(?![\w-])", re.I)
MULTIPLIER = re.compile(
    rf"{WS}(?P<abbr>{'|'.join(ABBREVIATED_MULTIPLIERS)})(?:\.|(?![А-Яа-яЁё]))"
    rf"|{WS1}(?P<word>(?:тысяч|миллион|миллиард|триллион)[а-яё]*)(?![\w-])",
    re.I,
)  # 320 тысяч; 2,9 млн; 30 тыс.
PERCENT = re.compile(
    rf"{_S}?%|{WS1}процент[а-яё]*(?:{WS1}пункт[а-яё]*)?(?![\w-])|{_S}?п\.{_S}?п\.", re.I
)  # 97%; 97 %; 97 процентов; на 20 процентных пунктов; на 5 п.п.
DASH = re.compile(rf"(?P<tight>[-–—])|{_S}*[–—]{_S}*|{_S}+-{_S}+")  # 5–7; 5-7; 80 — 100; 7—9 тыс.
RANGE_TO = re.compile(rf"{WS1}до{WS1}", re.I)  # с 6 до 54; от 5 до 7
RANGE_FROM = re.compile(rf"(?<![\w-])(?:от|с|со){WS1}\Z", re.I)
RATIO_IN = re.compile(rf"(?<![\w-])в{WS1}\Z", re.I)  # в 2,5 раза
RATIO_TIMES = re.compile(rf"{WS1}раза?(?![\w-])", re.I)  # в десять раз
MULTIPLE = re.compile(
    rf"(?P<number>{'|'.join(sorted(MULTIPLE_PREFIXES, key=len, reverse=True))})кратн[а-яё]*", re.I
)  # десятикратный
DIGIT_MULTIPLE = re.compile(r"-?кратн[а-яё]*(?![\w-])", re.I)  # 10-кратный
QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(p.replace(' чем', ',?' + WS1 + 'чем').replace(' ', WS1) for p in QUALIFIERS)}){WS1}\Z",
    re.I,
)
CHANGE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(CHANGE_STEMS)})[а-яё]*(?:{WS1}[\w-]+){{0,3}}{WS1}\Z", re.I)
NOT_ONE_BEFORE = re.compile(rf"(?<![\w-])ни{WS1}\Z", re.I)  # ни одного
MAX_DIGITS = 18  # a longer run of digits is an identifier, not a figure
NO_SEPARATORS = str.maketrans("", "", " \u00a0\u2009\u202f")

# ---------------------------------------------------------------------------------------------
# Words


@lru_cache(maxsize=20_000)
def cardinal_word(word: str) -> tuple[Decimal, str, str] | None:
    """(value, class, number) of a cardinal number word, or None.

    The class is one of unit, teen, ten, hundred, mult, one_and_half and collective. The number
    is sing, plur or both, and is only set for multipliers.

    >>> cardinal_word("трёх")
    (Decimal('3'), 'unit', '')
    >>> cardinal_word("тысячи")
    (Decimal('1000'), 'mult', 'both')
    >>> cardinal_word("стоит") is None
    True
    """
    lower = word.lower()
    if word in ALL_CAPS_NOT_NUMBERS or not CARDINAL_WORD.match(lower):
        return None
    for stem, value in HALF_MULTIPLIERS.items():
        if lower.replace("-", "").startswith(stem):
            return Decimal(value), "mult", "sing"
    if lower in MISREAD_CARDINALS:
        lemma, tag = MISREAD_CARDINALS[lower], None
    else:
        best = parse(lower)[0]
        lemma, tag = best.normal_form.replace("ё", "е"), best.tag
    if lemma in MULTIPLIERS:
        numbers = {"sing" if "sing" in p.tag else "plur" for p in parse(lower) if p.normal_form == lemma}
        return Decimal(MULTIPLIERS[lemma]), "mult", "both" if len(numbers) > 1 else numbers.pop()
    if lemma not in CARDINALS or (lemma == "один" and "plur" in tag):  # одни, одних: "only", "some"
        return None
    value = Decimal(CARDINALS[lemma])
    if lemma == "полтора":
        return value, "one_and_half", ""
    if tag is not None and "Coll" in tag:
        return value, "collective", ""
    if value >= 100:
        return value, "hundred", ""
    if value >= 20:
        return value, "ten", ""
    if value >= 10:
        return value, "teen", ""
    return value, "unit", ""


@lru_cache(maxsize=20_000)
def ordinal_word(word: str) -> int | None:
    """The value of an ordinal number word, or None.

    >>> ordinal_word("четвертый"), ordinal_word("первое"), ordinal_word("пятница")
    (4, 1, None)
    """
    best = parse(word.lower())[0]
    if "Anum" not in best.tag or "Apro" in best.tag:  # один is Anum too
        return None
    return ORDINALS.get(best.normal_form.replace("ё", "е"))


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral, or None when it is not one.

    >>> roman_value("XXI"), roman_value("IV"), roman_value("IIII")
    (21, 4, None)
    """
    numeral = numeral.replace("Х", "X")
    if not numeral or not ROMAN_VALID.fullmatch(numeral):
        return None
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number(value: Decimal) -> float | int:
    """A Decimal as an int when integral, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


# ---------------------------------------------------------------------------------------------
# Blocked spans


class _Blocked:
    """Sorted, merged character intervals that hold no quantity."""

    def __init__(self, intervals: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif start < end:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a blocked interval (an empty span counts as one)."""
        i = bisect_right(self.starts, max(end, start + 1) - 1) - 1
        return i >= 0 and self.ends[i] > start


def _figure_starts(text: str) -> list[int]:
    """Where figures may start: a digit not glued to a word, a decimal, a date or "№", or the sign before it."""
    starts = []
    for m in DIGIT.finditer(text):
        pos = m.start()
        if pos and text[pos - 1] in SIGNS:
            before = text[pos - 2] if pos >= 2 else " "
            if before.isalnum() or before == "_" or before in NOT_BEFORE_FIGURE:
                continue  # 5-7, COVID-19, UTC+1
            pos -= 1
        starts.append(pos)
    return starts


def _rule_span(text: str, pos: int) -> tuple[int, int] | None:
    """The span set aside by the first rule of NOT_QUANTITIES that holds at ``pos``, or None."""
    for rule in NOT_QUANTITIES:
        m = rule.at.match(text, pos)
        if m is None or (rule.check is not None and not rule.check(m)):
            continue
        if rule.before is not None and rule.before.search(text, max(0, pos - rule.back), pos) is None:
            continue
        return m.span()
    return None


def _digit_ordinal(text: str, pos: int) -> Ordinal | None:
    """An ordinal written with digits at ``pos``: "50-м", the "1" of "1 место"."""
    m = ORDINAL_SUFFIXED.match(text, pos)
    if m is not None:
        suffix = m["suffix"].lower()
        if suffix in ORDINAL_SUFFIXES or (suffix == "х" and not _cardinal_x(m["n"])):
            return Ordinal(m.start(), m.end(), m[0], int(m["n"]))
        return None
    m = ORDINAL_NOUN.match(text, pos)
    if m is None:
        return None
    rule, n = ORDINAL_NOUNS.get(m["noun"].lower()), int(m["n"])
    if rule is None:
        return None
    one = n % 10 == 1 and n % 100 != 11
    if rule == "any" or one or (rule == "one_or_year" and YEAR_AFTER.match(text, m.end())):
        return Ordinal(m.start("n"), m.end("n"), m["n"], n)
    return None


# ---------------------------------------------------------------------------------------------
# Figures


class _Figure(NamedTuple):
    start: int
    end: int
    value: Decimal
    factor: Decimal  # the multiplier applied (1 when none)
    percent: bool
    after_qualifier: tuple[str, int] | None  # ("more_than", start of "с лишним")
    words: bool
    reach: int  # the end with a closing "с лишним" ("сто с лишним"), which the span leaves out


def _skip_hyphenated(word: str) -> bool:
    """A hyphenated pair of number words ("одно-два", "двух-трёх"): vague, not a figure."""
    return all(cardinal_word(part) is not None for part in word.split("-"))


def _ambiguous_ok(text: str, pos: int) -> bool:
    """Whether a bare "тысячи" at ``pos`` is the genitive singular: "более тысячи", "от тысячи"."""
    return bool(QUALIFIER_BEFORE.search(text, max(0, pos - 40), pos) or RANGE_FROM.search(text, max(0, pos - 6), pos))


def _read_words(text: str, pos: int) -> tuple[int, Decimal, Decimal] | None:
    """Number words from ``pos``: (end, value, factor) or None. "двести тридцать тысяч" -> 230000."""
    m = WORD.match(text, pos)
    if m is None:
        return None
    first = m[0]
    if "-" in first:
        first = first.lower().replace("-", "")
        if not any(first.startswith(stem) for stem in HALF_MULTIPLIERS):
            return None
    info = cardinal_word(first)
    total, group, order, factor = Decimal(0), Decimal(0), None, None
    end, words = pos, 0
    while info is not None:
        value, cls, number = info
        if cls == "mult":
            if words == 0 and (number == "plur" or (number == "both" and not _ambiguous_ok(text, pos))):
                return None  # тысячи обращений: "thousands of"
            if (words and group == 0) or (factor is not None and value >= factor):
                break
            total += (group or 1) * value
            group, order, factor = Decimal(0), None, value
        elif order == "closed" or (words and cls in ("one_and_half", "collective")):
            break  # полтора and двое take nothing but a multiplier
        elif cls in ("one_and_half", "collective"):
            group, order = value, "closed"
        elif cls == "hundred":
            if group:
                break
            group, order = value, 2
        elif cls == "ten":
            if group and order != 2:
                break
            group, order = group + value, 1
        else:  # unit, teen
            if group and (order not in (1, 2) or (cls == "teen" and order != 2)):
                break
            group, order = group + value, 0
        words, end = words + 1, m.end()
        if cls == "collective":
            break
        m = NEXT_WORD.match(text, end)
        info = cardinal_word(m["word"]) if m is not None else None
    if words == 0:
        return None
    value = total + group
    following = NEXT_WORD.match(text, end)
    following = following["word"].lower() if following is not None else ""
    if factor is None and FRACTION_NOUN.search(following):  # три четверти
        return None
    if words == 1 and value == 1 and factor is None:  # один, одна, одно need their noun
        if not following or NOT_ONE_BEFORE.search(text, max(0, pos - 6), pos):
            return None
        if parse(following)[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return None  # один из, одной из лучших, один и тот же
    if words == 1 and value == 1 and f"{text[pos:end].lower()} {following}" in ONE_IDIOMS:
        return None
    return end, value, factor or Decimal(1)


def _read_numeral(text: str, pos: int) -> tuple[int, Decimal, str] | None:
    """Digits at ``pos``: (end, value, digits) or None. "2 900 000" -> 2900000, "-5", "2,9"."""
    m = NUMERAL.match(text, pos)
    if m is None:
        return None
    digits = m["int"].translate(NO_SEPARATORS)
    if len(digits) > MAX_DIGITS or len(m["frac"] or "") > MAX_DIGITS:
        return None  # an identifier
    value = Decimal(digits + ("." + m["frac"] if m["frac"] else ""))
    return m.end(), -value if m["sign"] in ("-", "\u2212") else value, digits


def _read_figure(text: str, pos: int) -> _Figure | None:
    """One figure at ``pos``: digits or number words, with a half, a multiplier and a percent."""
    words = not _is_digit_start(text, pos)
    if words:
        read = _read_words(text, pos)
        if read is None:
            return None
        end, value, factor = read
    else:
        read = _read_numeral(text, pos)
        if read is None:
            return None
        end, value, digits = read
        factor = Decimal(1)
        after = AFTER_NUMERAL.match(text, end)
        if after is not None:
            if after["suffix"] is not None:
                suffix = after["suffix"].lower()
                if suffix not in CARDINAL_SUFFIXES or (suffix == "х" and not _cardinal_x(digits)):
                    return None  # an ordinal (50-м), a code (131-ФЗ), a multiple (10-кратный)
                end = after.end()
            elif after["glued"] is None or not (MULTIPLIER.match(text, end) or PERCENT.match(text, end)):
                return None  # 1.2.3, 16.01, 26а, 5G
    after_qualifier, figure_end = None, None
    half = HALF.match(text, end)
    if half is not None and factor == 1 and value == value.to_integral_value():
        value, end = value + Decimal("0.5"), half.end()
    more = AFTER_QUALIFIER.match(text, end)
    if more is not None:
        after_qualifier, figure_end = (AFTER_QUALIFIERS[" ".join(more["q"].lower().split())], more.start("q")), end
        end = more.end()
    if factor == 1:
        mult = MULTIPLIER.match(text, end)
        if mult is not None:
            if mult["abbr"]:
                factor = Decimal(ABBREVIATED_MULTIPLIERS[mult["abbr"].lower()])
            elif (info := cardinal_word(mult["word"])) is not None and info[1] == "mult":
                factor = info[0]
            if factor != 1:
                value, end, figure_end = value * factor, mult.end(), None
                end, value = _read_lower_part(text, end, value, factor)
                more = AFTER_QUALIFIER.match(text, end)
                if more is not None and after_qualifier is None:  # 2 тысячи с лишним
                    after_qualifier = (AFTER_QUALIFIERS[" ".join(more["q"].lower().split())], more.start("q"))
                    figure_end, end = end, more.end()
    percent = PERCENT.match(text, end)
    if percent is not None:
        end, figure_end = percent.end(), None
    return _Figure(pos, figure_end or end, value, factor, percent is not None, after_qualifier, words, end)


def _read_lower_part(text: str, end: int, value: Decimal, factor: Decimal) -> tuple[int, Decimal]:
    """The rest of "1 млн 200 тыс.": a figure under 1000 with a smaller multiplier, added on."""
    space = NEXT_FIGURE.match(text, end)
    if space is None:
        return end, value
    read = _read_numeral(text, space.end())
    if read is None or read[1] < 0 or read[1] >= 1000:
        return end, value
    mult = MULTIPLIER.match(text, read[0])
    if mult is None or not mult["abbr"] and (info := cardinal_word(mult["word"])) is None:
        return end, value
    lower = Decimal(ABBREVIATED_MULTIPLIERS[mult["abbr"].lower()]) if mult["abbr"] else info[0]
    if lower >= factor or read[1] * lower >= factor:
        return end, value
    return mult.end(), value + read[1] * lower


def _is_digit_start(text: str, pos: int) -> bool:
    """Whether a figure at ``pos`` is written in digits ("7", "-5", "+3,2")."""
    return text[pos].isdigit() or (text[pos] in SIGNS and pos + 1 < len(text) and text[pos + 1].isdigit())


def _cardinal_x(digits: str) -> bool:
    """Whether "N-х" is the cardinal "двух/трёх/четырёх" (2-х, 24-х) rather than an ordinal (5-х)."""
    last = int(digits[-2:])
    return last % 10 in (2, 3, 4) and not 12 <= last % 100 <= 14


def _closer_low(low: Decimal, high: Decimal, factor: Decimal) -> Decimal:
    """The first value of "с 5 до 27 тысяч": 5 or 5000, whichever lies closer to the second."""
    if low <= 0 or high <= 0 or factor == 1:
        return low
    plain, scaled = abs(math.log(float(low) / float(high))), abs(math.log(float(low * factor) / float(high)))
    return low * factor if scaled < plain else low


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """(qualifier, its start) of the words right before ``start``."""
    m = QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    phrase = " ".join(m["q"].lower().replace(",", " ").split())
    if phrase == "до" and CHANGE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return None  # выросло до 27 тысяч: the new value
    return QUALIFIERS[phrase], m.start()


def _read_single_word(text: str, pos: int) -> tuple[Quantity | None, int] | None:
    """A word that is a quantity on its own ("вдвое", "десятикратный"), a vague pair ("одно-два"), or None."""
    word = WORD.match(text, pos)
    if word is None:
        return None
    lower = word[0].lower()
    ratio = RATIO_ADVERBS.get(lower)
    multiple = MULTIPLE.fullmatch(lower)
    if ratio is None and multiple is not None:
        ratio = MULTIPLE_PREFIXES[multiple["number"]]
    if ratio is not None:
        return _quantity(text, pos, word.end(), Decimal(ratio), "ratio", _qualifier_before(text, pos), None), word.end()
    if "-" in lower and _skip_hyphenated(lower):
        return None, word.end()  # одно-два окна
    return None


def _read_multiple(text: str, pos: int) -> tuple[Quantity, int] | None:
    """A digit multiple: "10-кратный", "2,5-кратное"."""
    read = _read_numeral(text, pos)
    if read is None:
        return None
    multiple = DIGIT_MULTIPLE.match(text, read[0])
    if multiple is None:
        return None
    return _quantity(text, pos, multiple.end(), read[1], "ratio", _qualifier_before(text, pos), None), multiple.end()


def _read_quantity(text: str, pos: int, blocked: _Blocked) -> tuple[Quantity | None, int]:
    """The quantity that starts at ``pos``: (quantity or None, where reading resumes)."""
    if not _is_digit_start(text, pos):
        single = _read_single_word(text, pos)
        if single is not None:
            return single
    first = _read_figure(text, pos)
    if first is None:
        multiple = _read_multiple(text, pos) if _is_digit_start(text, pos) else None
        return multiple if multiple is not None else (None, pos + 1)
    start, end, value, low = first.start, first.end, first.value, None
    percent, after_qualifier = first.percent, first.after_qualifier
    from_word = RANGE_FROM.search(text, max(0, pos - 6), pos)
    second = None
    dash = DASH.match(text, end) if first.reach == end else None
    if dash is not None:
        nxt = dash.end()
        spaced_after_unit = dash["tight"] is None and (first.factor != 1 or first.percent)  # 46% — 80%: two figures
        if (nxt < len(text) and _is_digit_start(text, nxt) != first.words and not spaced_after_unit
                and not (first.words and dash["tight"]) and not blocked.overlaps(nxt, nxt + 1)):
            second = _read_figure(text, nxt)
            if second is not None and first.value * (second.factor if first.factor == 1 else 1) >= second.value:
                second = None  # a dash range rises: "+6 – 0" is a score
    elif from_word is not None and first.reach == end:
        to = RANGE_TO.match(text, end)
        if to is not None and to.end() < len(text) and not blocked.overlaps(to.end(), to.end() + 1):
            second = _read_figure(text, to.end())
            if second is not None:
                start = from_word.start()
    last = first
    if second is not None:
        last = second
        low, value, end = first.value, second.value, second.end
        if first.factor == 1:
            low = _closer_low(low, value, second.factor)
        percent = percent or second.percent
        after_qualifier = after_qualifier or second.after_qualifier
    kind = "percent" if percent else "number"
    if not percent and start == pos:
        ratio_in = RATIO_IN.search(text, max(0, start - 4), start)
        times = RATIO_TIMES.match(text, end) if ratio_in is not None else None
        times = times or (RATIO_TIMES.match(text, last.reach) if ratio_in is not None else None)
        if times is not None:
            kind, start, end = "ratio", ratio_in.start(), times.end()  # в два с лишним раза
    qualifier = _qualifier_before(text, start) or after_qualifier
    return _quantity(text, start, end, value, kind, qualifier, low), end


def _quantity(text: str, start: int, end: int, value: Decimal, kind: str,
              qualifier: tuple[str, int] | None, low: Decimal | None) -> Quantity:
    name, qualifier_start = qualifier if qualifier is not None else ("exact", None)
    return Quantity(start, end, text[start:end], _number(value), kind, name, qualifier_start,
                    None if low is None else _number(low))


# ---------------------------------------------------------------------------------------------
# Ordinals


def _word_ordinals(text: str, blocked: _Blocked) -> list[Ordinal]:
    """Ordinals written in Roman numerals before their noun ("IV степени") or in words ("четвертый")."""
    found = []
    for m in ROMAN_NOUN.finditer(text):
        numeral = m[0].rstrip()
        value = roman_value(numeral)
        if value is not None and not blocked.overlaps(m.start(), m.start() + len(numeral)):
            found.append(Ordinal(m.start(), m.start() + len(numeral), numeral, value))
    for m in ORDINAL_WORD.finditer(text):
        value = ordinal_word(m[0])
        if value is not None and not blocked.overlaps(m.start(), m.end()):
            found.append(_with_cardinal_before(text, m.start(), m.end(), value))
    return found


def _with_cardinal_before(text: str, start: int, end: int, value: int) -> Ordinal:
    """An ordinal word with the cardinal words before it: "двадцать пятый" -> 25, "сто первый" -> 101."""
    before = []  # (start, end) of the cardinal words right before, nearest first
    pos = start
    while len(before) < 6:
        prev = PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
        if prev is None or cardinal_word(prev["word"]) is None:
            break
        before.append((prev.start(), prev.end("word")))
        pos = prev.start()
    for first, _ in reversed(before):  # the longest cardinal that ends right before the ordinal word
        read = _read_words(text, first)
        if read is not None and read[0] == before[0][1]:
            cardinal = _number(read[1])
            if isinstance(cardinal, int) and cardinal > 0 and cardinal % 10 ** len(str(value)) == 0:
                return Ordinal(first, end, text[first:end], cardinal + value)
    return Ordinal(start, end, text[start:end], value)


def _without_overlaps(items: list) -> list:
    """Sorted by start; of two overlapping items the earlier (then the longer) one stays."""
    kept = []
    for item in sorted(set(items), key=lambda i: (i.start, -i.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


# ---------------------------------------------------------------------------------------------
# Public API


@lru_cache(maxsize=4)  # find_quantities and find_ordinals on the same text share one reading
def _read(text: str) -> tuple[tuple[Quantity, ...], tuple[Ordinal, ...]]:
    spans: list[tuple[int, int]] = []
    ordinals: list[Ordinal] = []
    figures: list[int] = []
    covered = 0
    for pos in _figure_starts(text):  # set aside what is not a quantity, find digit ordinals
        if pos < covered:
            continue
        span = _rule_span(text, pos)
        if span is not None:
            spans.append(span)
            covered = span[1]
        elif (ordinal := _digit_ordinal(text, pos)) is not None:
            ordinals.append(ordinal)
            covered = ordinal.end
        else:
            figures.append(pos)
    ordinals = _without_overlaps(ordinals + _word_ordinals(text, _Blocked(spans)))
    blocked = _Blocked(spans + [(o.start, o.end) for o in ordinals])
    starts = sorted(figures + [m.start() for m in CARDINAL_WORD.finditer(text)])
    quantities: list[Quantity] = []
    resume = 0
    for pos in starts:
        if pos < resume or blocked.overlaps(pos, pos + 1):
            continue
        quantity, resume = _read_quantity(text, pos, blocked)
        if quantity is None or blocked.overlaps(quantity.start, quantity.end):
            continue  # a ratio's "в" or a range's "с" that belongs to a date, an address…
        if not quantities or quantity.start >= quantities[-1].end:
            quantities.append(quantity)
    return tuple(quantities), tuple(ordinals)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text``, sorted by start and non-overlapping.

    >>> [(q.text, q.value, q.kind, q.qualifier) for q in find_quantities("поступило более 240 тысяч обращений")]
    [('240 тысяч', 240000, 'number', 'more_than')]
    >>> [(q.text, q.value, q.kind) for q in find_quantities("охват составляет 97%, рост в 2,5 раза")]
    [('97%', 97, 'percent'), ('в 2,5 раза', 2.5, 'ratio')]
    >>> [(q.text, q.low, q.value) for q in find_quantities("выросло с 5 до 27 тысяч человек")]
    [('с 5 до 27 тысяч', 5000, 27000)]
    >>> find_quantities("в 2020 году, 7 сентября, ул. Марата 10")
    []
    """
    return list(_read(text)[0]) if isinstance(text, str) else []


def find_ordinals(text: str) -> list[Ordinal]:
    """Every ordinal of ``text``, sorted by start.

    >>> [(o.text, o.value) for o in find_ordinals("стал 50-м филиалом; за 1 место; уже четвертый раз")]
    [('50-м', 50), ('1', 1), ('четвертый', 4)]
    """
    return list(_read(text)[1]) if isinstance(text, str) else []
