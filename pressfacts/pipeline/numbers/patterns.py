"""Patterns of the numbers grammar: the pieces its rules are built from, and what finds a figure or an ordinal.

Most patterns are matched at a known position or searched a few characters back from one. The
few searched over a whole text (``DIGIT``, ``CARDINAL_WORD``, ``ORDINAL_WORD``, ``ROMAN_NOUN``)
open with a character class, so that ``re`` can skip ahead to where one may start.
"""

from __future__ import annotations

import re

from .. import lexicon
from .tables import (
    ABBREVIATED_MULTIPLIERS,
    AFTER_QUALIFIERS,
    CARDINAL_PREFIXES,
    CARDINAL_SUFFIXES,
    CHANGE_STEMS,
    MULTIPLE_PREFIXES,
    ORDINAL_PREFIXES,
    ORDINAL_SUFFIXES,
    QUALIFIERS,
    ROMAN_NOUN_STEMS,
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


# --- Pieces of the rules ------------------------------------------------------------------

SPACE = r"[^\S\n]"                          # a space on the line: space, no-break, thin, tab
WS = rf"{SPACE}*\n?{SPACE}*"                  # any spacing with at most one line break (may be empty)
WS1 = rf"(?:{SPACE}+\n?{SPACE}*|\n{SPACE}*)"  # as WS, at least one character
THOUSANDS = "[ \u00a0\u2009\u202f]"          # 2 900 000, 2\u00a0900\u00a0000

MONTH_GENITIVE = rf"{lexicon.MONTH_GENITIVE}(?![а-яё])"  # 7 сентября
MONTH_ANY_CASE = rf"{lexicon.MONTH_ANY}(?![а-яё])"  # с апреля по май 2020
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
    r"|улиц[аеуы]|проспект[аеу]?|переул(?:ок|ка|ке)|шоссе|бульвар[аеу]?|площад[ьи](?=\s+[«\"]?[А-ЯЁ])"  # not "на площади 13 га"
    r"|набережн(?:ая|ой|ую)|микрорайон[аеу]?|проезд[аеу]?|аллея|аллее|аллеи"
)
BUILDING = r"(?:(?:д|корп|к|стр|кв|оф|каб|пом|лит)\.|дом|корпус|строение|квартира|офис|кабинет|помещение)"
NOT_SUFFIX = "|".join(sorted(ORDINAL_SUFFIXES + CARDINAL_SUFFIXES, key=len, reverse=True))

# --- Ordinals ----------------------------------------------------------------------------

ORDINAL_SUFFIXED = re.compile(r"(?P<n>\d{1,4})-(?P<suffix>[а-яё]{1,3})(?![\w-])", re.I)  # 50-м, 1-й
ORDINAL_NOUN = re.compile(rf"(?P<n>\d{{1,3}})(?![\d.,]\d){WS1}(?P<noun>[а-яё]+)(?!\w|-\w)", re.I)  # 1 место
MONTH_AFTER = re.compile(rf"{WS1}{MONTH_ANY_CASE}", re.I)  # 5 тыс. | 12 апреля: a date, not "5 тыс. 12"
YEAR_AFTER = re.compile(rf"{WS1}(?:{YEAR_LIKE}|текущего|этого|прошлого|следующего|года)(?![\w])", re.I)
ROMAN_NOUN = re.compile(
    rf"[{lexicon.ROMAN_LETTERS}](?<![\w-].)[{lexicon.ROMAN_LETTERS}]*(?![\w-]){WS1}(?=(?i:{'|'.join(ROMAN_NOUN_STEMS)}))"
)  # IV степени; I квартал; XXI век (Cyrillic Х too)
ORDINAL_WORD = word_start(ORDINAL_PREFIXES)  # четвертый раз; третьего; двадцать пятый
PREVIOUS_WORD = re.compile(rf"(?<![\w-])(?P<word>[А-Яа-яЁё]+){WS1}\Z")

# --- Quantities --------------------------------------------------------------------------

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
    rf"{SPACE}?%|{WS1}процент[а-яё]*(?:{WS1}пункт[а-яё]*)?(?![\w-])|{SPACE}?п\.{SPACE}?п\.", re.I
)  # 97%; 97 %; 97 процентов; на 20 процентных пунктов; на 5 п.п.
DASH = re.compile(rf"(?P<tight>[-–—])|{SPACE}*[–—]{SPACE}*|{SPACE}+-{SPACE}+")  # 5–7; 5-7; 80 — 100; 7—9 тыс.
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
CHANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(CHANGE_STEMS)})[а-яё]*(?:{WS1}[\w-]+){{0,3}}(?:{WS1}на{WS1}[\d,.]+(?:{WS1}[\w.]+){{0,2}}{WS1}[-–—])?{WS1}\Z", re.I
)  # выросло до 27; увеличились на 4 млрд рублей – до 98 млрд
NOT_ONE_BEFORE = re.compile(rf"(?<![\w-])н[ие]{WS1}\Z", re.I)  # ни одного; не одна страда (several)
MAX_DIGITS = 18  # a longer run of digits is an identifier, not a figure
NO_SEPARATORS = str.maketrans("", "", " \u00a0\u2009\u202f")

FRACTION_NOUN = re.compile(
    r"(?:четверт|трет|пят|десят|сот|тысячн)(?:и|ей|ь|ью|ям|ями|ях|ых|ым|ыми)$"
)  # три четверти, две трети, пять десятых
