"""Morphology of the metrics extractor: which nouns a figure counts, and adjectives that stand as nouns.

Everything here asks pymorphy3 about one word form at a time and is cached per form, so a
document costs as many analyses as it has distinct words around its figures. The general
predicates and inflection are the linguistic layer's (``pressfacts.pipeline.wordforms``).
"""

from __future__ import annotations

from functools import lru_cache

from pressfacts.pipeline.morphology import case_of
from pressfacts.pipeline.wordforms import NOUN_POS, agree_adjective, best_parse, cases, parses_as


def counted_forms(value: float, multiplied: bool) -> str:
    """Which noun forms a figure takes: "one" (21 минута), "few" (3 участника, 2,5 часа) or
    "many" (35 тысяч граждан, 25 пунктов).

    >>> counted_forms(21, False), counted_forms(3, False), counted_forms(2.5, False), counted_forms(2000, True)
    ('one', 'few', 'few', 'many')
    """
    if multiplied:
        return "many"
    if value != int(value):
        return "few"
    n = abs(int(value))
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "few"
    return "many"


@lru_cache(maxsize=50_000)
def counted_noun(word: str, forms: str) -> tuple[str, str] | None:
    """(lemma, number) of a noun form that a figure can count, or None when it cannot.

    After "one" a noun may stand in any case of the singular; after "few" in the genitive
    singular or any plural case but the nominative; after "many" in the genitive plural or an
    oblique plural ("на 4 площадках"). Indeclinable words and abbreviations fit every figure.

    >>> counted_noun("обращений", "many"), counted_noun("участника", "few"), counted_noun("участник", "few")
    (('обращение', 'plur'), ('участник', 'plur'), None)
    >>> counted_noun("лет", "many"), counted_noun("площадках", "few")
    (('год', 'plur'), ('площадка', 'plur'))
    """
    if word.isupper() and len(word) > 1:
        return word, "plur"
    for p in parses_as(word, NOUN_POS):
        tag = p.tag
        lemma = p.normal_form
        if "Fixd" in tag:
            return lemma, "plur"
        case, plural = case_of(p), "plur" in tag
        if forms == "one" and not plural:
            return lemma, "sing"
        if forms == "few" and ((case == "gent" and not plural) or (plural and case not in ("nomn", "accs"))):
            return lemma, "plur"
        if forms == "many" and plural and case != "nomn" and (case != "accs" or "anim" in tag or "gent" in cases(word)):
            return lemma, "plur"
    return None


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """Is the word no name ("Время", not "Леван", "Саакашвили", "Европы")?"""
    best = best_parse(word)
    return best.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"} & best.tag.grammemes)


NOUN_WEIGHT = 0.2  # "судном": 0.4 of pymorphy3's estimate is the noun; "новых": 0.008


@lru_cache(maxsize=50_000)
def stands_as_noun(word: str) -> bool:
    """An adjective form that is likely a noun here: "рабочих", "пострадавших", "судном"
    (not "новых", whose noun reading "новое" is rare).

    >>> stands_as_noun("рабочих"), stands_as_noun("пострадавших"), stands_as_noun("судном"), stands_as_noun("новых")
    (True, True, True, False)
    """
    return sum(p.score for p in parses_as(word, NOUN_POS)) >= NOUN_WEIGHT or "Subx" in best_parse(word).tag


@lru_cache(maxsize=50_000)
def substantive(word: str) -> str:
    """The dictionary form of an adjective used as a noun: "погибших" → "погибший"."""
    return agree_adjective(word, "sing", "masc").lower()


