"""Word lists of the awards extractor, loaded from ``pressfacts/data/awards_*.txt``.

Every data line is ``field [field ...]  # the example that needed it``; lines that start
with ``#`` are notes. The lists are read once, at import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pressfacts.data import read_entries, read_words
from pressfacts.pipeline.lexicon import ORDINAL_LEMMAS
from pressfacts.pipeline.wordlists import stem_pattern

DATA_FILES = (
    "awards_contests.txt",
    "awards_givers.txt",
    "awards_groups.txt",
    "awards_honours.txt",
    "awards_money.txt",
    "awards_not_contests.txt",
    "awards_organizations.txt",
    "awards_positions.txt",
    "awards_projects.txt",
    "awards_qualifiers.txt",
    "awards_ratings.txt",
    "awards_triggers.txt",
    "awards_verbs.txt",
)


class HonourVerb(NamedTuple):
    lemma: str
    form: str          # active | passive | noun | copula
    case: str          # the recipient's case: nomn | gent | datv | accs
    honour_case: str   # the honour's case: "наградил орденом" ablt, "вручил медаль" accs


VERB_FORMS = ("active", "passive", "noun", "copula")
CASES = ("nomn", "gent", "datv", "accs", "ablt")

MAX_ORDINAL_RANK = 10   # "одиннадцатое место" and beyond is a place in a rating, not a prize
# the ordinal lemmas of the shared table (data/ordinals.txt) a rank may be written with: первый … десятый
ORDINALS: dict[str, int] = {lemma: value for lemma, value in ORDINAL_LEMMAS.items() if value <= MAX_ORDINAL_RANK}
HONOURS: dict[str, str] = {e.fields[0]: e.fields[1] for e in read_entries("awards_honours.txt")}
HONOURS_WITH_GIVER = frozenset(e.fields[0] for e in read_entries("awards_honours.txt") if e.fields[2] == "giver")
GIVERS = read_words("awards_givers.txt")
# qualifier → the honour nouns it qualifies (None: any)
HONOUR_QUALIFIERS: dict[str, frozenset[str] | None] = {
    e.fields[0]: None if e.fields[1] == "*" else frozenset(e.fields[1].split(",")) for e in read_entries("awards_qualifiers.txt")
}
HONOUR_VERBS: dict[tuple[str, str], HonourVerb] = {
    (e.fields[0], e.fields[1]): HonourVerb(*e.fields[:4]) for e in read_entries("awards_verbs.txt")
}
GROUP_HEADS = read_words("awards_groups.txt")
EPONYMS = read_words("awards_eponyms.txt")
ORGANIZATION_HEADS = read_words("awards_organizations.txt")
POSITION_WORDS = read_words("awards_positions.txt")
SPECIAL_RANKS = read_words("officials_ranks.txt")   # "капитан полиции": a rank, no post


def is_rank_only(position: str) -> bool:
    """Does a position name a special rank and no post ("старший лейтенант полиции", not
    "участковый уполномоченный полиции")?"""
    words = position.lower().split()
    return any(w in SPECIAL_RANKS for w in words) and not any(w in POSITION_WORDS and w not in ("старший", "младший") for w in words)
CONTEST_WORDS = read_words("awards_contests.txt")
NOT_CONTEST_WORDS = read_words("awards_not_contests.txt")
_RATINGS = read_entries("awards_ratings.txt")
RATING_WORDS = frozenset(e.fields[0] for e in _RATINGS)
RATING_ANYWHERE = frozenset(e.fields[0] for e in _RATINGS if e.fields[1:2] == ("anywhere",))
RATING_SCOPES = frozenset(e.fields[0] for e in _RATINGS if e.fields[1:2] == ("scope",))
MONEY_WORDS = read_words("awards_money.txt")
PROJECT_WORDS = read_words("awards_projects.txt")


@lru_cache(maxsize=50_000)
def is_contest_word(lemma: str) -> bool:
    """A contest's noun, or a compound that ends in one ("фотоконкурс", "онлайн-викторина",
    "мини-турнир").

    >>> is_contest_word("фотоконкурс"), is_contest_word("мини-турнир"), is_contest_word("конкурсант")
    (True, True, False)
    """
    return lemma in CONTEST_WORDS or any(lemma.endswith(word) and len(lemma) > len(word) + 2 for word in CONTEST_WORDS)


# The pre-check: any trigger stem at a word start, or a title of the year ("Учителем года стала …").
TRIGGER = stem_pattern("awards_triggers.txt")
# an ordinal with the verb that makes it a result, in a sentence after a contest's: "Вторым стал …",
# "стала третьей", "На втором – …", a sentence that opens "А третье – …" (the ordinals alone are too
# common a word to wake the awards up)
ORDINAL_RESULT = re.compile(
    r"(?i)^\s*(?:а\s+)?(?:перв|втор|трет)ь?(?:ое|ье)\s*[-–—−]|(?<!\w)(?:перв|втор|трет)ь?(?:ий|ой|ый)\s+результат|(?<!\w)на\s+(?:первом|втором|третьем)\s*[-–—]|(?<!\w)(?:перв|втор|трет)ь?(?:ым|ой|ей|ыми|ими|им)\s+(?:стал|оказал|был)|(?<!\w)(?:стал|оказал)\w*\s+(?:перв|втор|трет)ь?(?:ым|ой|ей|ыми|ими|им)(?!\w)"
)
BECAME_IT = re.compile(r"(?<!\w)(?:Им|Ими|Ею|Ей)\s+(?:стал|оказал)")   # "Определился победитель. Им стал …", "Им оказался …"
TAKEN_BY = re.compile(r"(?i)(?<!\w)(?:их|его|её|ее)\s+(?:получил|удостоен|обладател)|(?<!\w)их\s+имена")   # "Их получили …", "Их имена — …"
OF_THE_YEAR = re.compile(r"[А-ЯЁ][а-яё]+(?:ем|ом|ой|ей)»?\s+года\b")
MOST_POINTS = re.compile(r"(?i)(?<!\w)(?:(?:максимальн|наибольш|наивысш)\w*|больше\s+всех)\s+(?:(?:количеств|числ)\w*\s+)?(?:балл|голос|очк)")   # "наибольшее число голосов"
BEST_TITLE_DASH = re.compile(r"[«\"]Лучш(?:ий|ая|ее|ие)\s[^«»\".]{1,120}[»\"]\s*[-–—−]")   # "«Лучший участковый района» — …"
# any quoted title opening a sentence before a dash: a nomination's line in a contest's report ("«Детский
# тренер» — Анна Ким"), a result only where the text has told of a contest (the extractor's pre-check)
TITLE_DASH = re.compile(r"[«\"][^«»\"]{1,80}[»\"]\s*[-–—−]")


def mentions_award(text: str) -> bool:
    """Cheap pre-check: could this sentence hold an award or open a contest context?

    >>> mentions_award("Сотрудники МФЦ приняли 300 заявлений."), mentions_award("3 место разделили МФЦ")
    (False, True)
    """
    return any(pattern.search(text) is not None for pattern in (TRIGGER, OF_THE_YEAR, ORDINAL_RESULT, TAKEN_BY, BECAME_IT, BEST_TITLE_DASH, MOST_POINTS))
