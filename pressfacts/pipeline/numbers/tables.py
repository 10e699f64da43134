"""The word tables of the numbers grammar, read from ``pressfacts/data/numbers_*.txt``.

Each entry of those files has the example that needed it beside it; ordinal words and Roman
numerals are shared with the dates grammar (``pressfacts.pipeline.lexicon``).
"""

from __future__ import annotations

from ..lexicon import ORDINAL_STEM_SPELLINGS
from ..wordlists import read_number, read_table

CARDINALS = {  # pymorphy3 lemma -> value: одна тысяча; двух; полторы тысячи (1.5)
    row.key: read_number(row.values[0]) for row in read_table("numbers_cardinals.txt", values=1)
}

_MULTIPLIERS = read_table("numbers_multipliers.txt", values=2, choices={1: ("lemma", "abbreviation", "half")})
MULTIPLIERS = {  # pymorphy3 lemma -> value: 320 тысяч; 4,3 миллиона
    row.key: read_number(row.values[0]) for row in _MULTIPLIERS if row.values[1] == "lemma"
}
ABBREVIATED_MULTIPLIERS = {  # 30 тыс. подписей; 2,9 млн обращений
    row.key: read_number(row.values[0]) for row in _MULTIPLIERS if row.values[1] == "abbreviation"
}
HALF_MULTIPLIERS = {  # stem -> value: полтысячи заявлений; полмиллиона обращений
    row.key: read_number(row.values[0]) for row in _MULTIPLIERS if row.values[1] == "half"
}
MULTIPLIER_STEMS = (  # what every form of a multiplier begins with: тысяч(и), миллион(а), тыс(.)
    *(lemma[:-1] if lemma.endswith("а") else lemma for lemma in MULTIPLIERS), *ABBREVIATED_MULTIPLIERS
)

MISREAD_CARDINALS = {  # forms whose best pymorphy3 parse is not the numeral
    "сто": "сто",                      # сто процентов (pymorphy3's best parse is the abbreviation СТО)
    "двоим": "двое",                   # двоим сотрудникам (a verb's to pymorphy3: двоить, троить)
    "троим": "трое",
}
ALL_CAPS_NOT_NUMBERS = {"СТО"}  # СТО, the service station

_RATIOS = read_table("numbers_ratios.txt", values=2, choices={1: ("adverb", "multiple")})
RATIO_ADVERBS = {  # вдвое больше; вдесятеро выросло
    row.key: read_number(row.values[0]) for row in _RATIOS if row.values[1] == "adverb"
}
MULTIPLE_PREFIXES = {  # the number part of "-кратный": двукратный рост; полуторакратный
    row.key: read_number(row.values[0]) for row in _RATIOS if row.values[1] == "multiple"
}

_QUALIFIERS = read_table(
    "numbers_qualifiers.txt", values=2, choices={0: ("more_than", "less_than", "approx"), 1: ("before", "after")}
)
QUALIFIERS = {  # phrase before the figure -> qualifier: более 240 тысяч; до 20 окон; около 2 тысяч
    row.key: row.values[0] for row in _QUALIFIERS if row.values[1] == "before"
}
AFTER_QUALIFIERS = {  # phrase after the figure -> qualifier: в два с лишним раза
    row.key: row.values[0] for row in _QUALIFIERS if row.values[1] == "after"
}

CHANGE_USES = ("upto", "by", "upto,by")  # which rules read a change stem (data/change_stems.txt)
CHANGE_STEMS = tuple(  # a "до" after these words gives a new value, not an upper bound: выросло до 27 тысяч
    row.key for row in read_table("change_stems.txt", values=1, choices={0: CHANGE_USES}) if "upto" in row.values[0].split(",")
)

ORDINAL_NOUNS = {  # noun form after a digit -> when the digit is an ordinal: за 1 место; 3 квартала 2020 года
    row.key: row.values[0]
    for row in read_table("numbers_ordinal_nouns.txt", values=1, choices={0: ("any", "one", "one_or_year")})
}  # any: always; one: only for 1, 21, 31…; one_or_year: as "one", or when a year follows

ROMAN_NOUN_STEMS = tuple(  # nouns after which a Roman numeral is an ordinal: IV степени; XXI век
    row.key for row in read_table("numbers_roman_nouns.txt")
)

_SUFFIXES = read_table("numbers_suffixes.txt", values=1, choices={0: ("ordinal", "cardinal")})
ORDINAL_SUFFIXES = tuple(  # endings written after a digit and a hyphen that make an ordinal: 1-й, 50-м
    row.key for row in _SUFFIXES if row.values[0] == "ordinal"
)
CARDINAL_SUFFIXES = tuple(  # endings that keep a digit cardinal: 5-ти, 2-ух, 2-х (but 5-х классов)
    row.key for row in _SUFFIXES if row.values[0] == "cardinal"
)

ONE_IDIOMS = {  # "один" with a noun that is still no count: Одним словом, …
    row.key for row in read_table("numbers_one_idioms.txt")
}

CARDINAL_PREFIXES = tuple(  # how a cardinal number word starts; only such words go to pymorphy3
    row.key for row in read_table("numbers_cardinal_starts.txt")
) + tuple(RATIO_ADVERBS)               # вдвое

ORDINAL_PREFIXES = tuple(  # how an ordinal number word starts: the stems no shorter stem covers (пят: пятнадцатый)
    stem for stem in ORDINAL_STEM_SPELLINGS
    if not any(stem != other and stem.startswith(other) for other in ORDINAL_STEM_SPELLINGS)
)
