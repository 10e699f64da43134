"""Morphology of the metrics extractor: counted nouns, their lemmas and nominative forms.

Everything here asks pymorphy3 about one word form at a time and is cached per form, so a
document costs as many analyses as it has distinct words around its figures.
"""

from __future__ import annotations

from functools import lru_cache

from pressfacts.pipeline.morphology import match_case, parse

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "acc2", "loc2")
GENDERS = ("masc", "femn", "neut")
ADJECTIVES = ("ADJF", "PRTF")


def case_of(tag) -> str | None:
    return next((c for c in CASES if c in tag), None)


@lru_cache(maxsize=50_000)
def is_noun(word: str) -> bool:
    """Is the best reading of a word a noun? Abbreviations in capitals ("МФЦ") are.

    >>> is_noun("обращений"), is_noun("государственных"), is_noun("МФЦ")
    (True, False, True)
    """
    if word.isupper() and len(word) > 1 and word.isalpha():
        return True
    return parse(word)[0].tag.POS == "NOUN"


@lru_cache(maxsize=50_000)
def can_be_noun(word: str) -> bool:
    """Has the word a noun reading at all ("рабочих": the adjective first, the noun too)?"""
    return any(p.tag.POS == "NOUN" for p in parse(word))


@lru_cache(maxsize=50_000)
def is_adjective(word: str) -> bool:
    """Is the best reading an adjective or a participle (not a pronoun: "этих", "их")?

    >>> is_adjective("муниципальных"), is_adjective("зарегистрированных"), is_adjective("их")
    (True, True, False)
    """
    best = parse(word)[0]
    return best.tag.POS in ADJECTIVES and "Apro" not in best.tag and word.isalpha()


@lru_cache(maxsize=50_000)
def cases(word: str) -> frozenset[str]:
    """Every case a word form can be in."""
    return frozenset(c for p in parse(word) if (c := case_of(p.tag)) is not None)


@lru_cache(maxsize=50_000)
def can_be_nominative(word: str) -> bool:
    return word.isupper() or any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in parse(word))


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
    for p in parse(word):
        tag = p.tag
        if tag.POS != "NOUN":
            continue
        lemma = p.normal_form
        if "Fixd" in tag:
            return lemma, "plur"
        case, plural = case_of(tag), "plur" in tag
        if forms == "one" and not plural:
            return lemma, "sing"
        if forms == "few" and ((case in ("gent", "gen2") and not plural) or (plural and case not in ("nomn", "accs"))):
            return lemma, "plur"
        if forms == "many" and plural and case != "nomn" and (case != "accs" or "anim" in tag or "gent" in cases(word)):
            return lemma, "plur"
    return None


def _inflect(word: str, wanted: set[str], pos: tuple[str, ...], case: str | None = None) -> str:
    for p in parse(word):
        if p.tag.POS not in pos or (case and case not in p.tag):
            continue
        inflected = p.inflect(wanted)
        if inflected is not None:
            return match_case(word, inflected.word)
    return word


@lru_cache(maxsize=50_000)
def nominative_noun(word: str, number: str) -> str:
    """A noun form in the nominative of ``number``; rare and archaic forms are passed over
    ("ходов" → "ходы", not "хода").

    >>> nominative_noun("госуслуг", "plur"), nominative_noun("области", "sing"), nominative_noun("ходов", "plur")
    ('госуслуги', 'область', 'ходы')
    >>> nominative_noun("МФЦ", "plur")
    'МФЦ'
    """
    if word.isupper() or not word.isalpha() and "-" not in word:
        return word
    for p in parse(word):
        if p.tag.POS != "NOUN":
            continue
        if "Pltm" in p.tag or "Sgtm" in p.tag or "Fixd" in p.tag:
            number = "plur" if "Pltm" in p.tag else "sing"
        forms = [f for f in p.lexeme if "nomn" in f.tag and number in f.tag]
        genitives = {f.word for f in p.lexeme if "gent" in f.tag and "sing" in f.tag}
        plain = [f for f in forms if not ({"Infr", "Arch"} & f.tag.grammemes) and (number == "sing" or f.word not in genitives)]
        if plain or forms:
            return match_case(word, (plain or forms)[0].word)
    return word


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """Is the word no name ("Время", not "Леван", "Саакашвили", "Европы")?"""
    best = parse(word)[0]
    return best.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"} & best.tag.grammemes)


NOUN_WEIGHT = 0.2  # "судном": 0.4 of pymorphy3's estimate is the noun; "новых": 0.008


@lru_cache(maxsize=50_000)
def stands_as_noun(word: str) -> bool:
    """An adjective form that is likely a noun here: "рабочих", "пострадавших", "судном"
    (not "новых", whose noun reading "новое" is rare).

    >>> stands_as_noun("рабочих"), stands_as_noun("пострадавших"), stands_as_noun("судном"), stands_as_noun("новых")
    (True, True, True, False)
    """
    parses = parse(word)
    return sum(p.score for p in parses if p.tag.POS == "NOUN") >= NOUN_WEIGHT or "Subx" in parses[0].tag


@lru_cache(maxsize=50_000)
def substantive(word: str) -> str:
    """The dictionary form of an adjective used as a noun: "погибших" → "погибший"."""
    return agree_adjective(word, "sing", "masc").lower()


@lru_cache(maxsize=50_000)
def noun_gender(word: str) -> str | None:
    best = next((p for p in parse(word) if p.tag.POS == "NOUN"), None)
    return next((g for g in GENDERS if best is not None and g in best.tag), None)


@lru_cache(maxsize=50_000)
def noun_number(word: str) -> str:
    """The number of a noun form as written: "территории" sing, "жителей" plur.

    >>> noun_number("территории"), noun_number("жителей")
    ('sing', 'plur')
    """
    best = next((p for p in parse(word) if p.tag.POS == "NOUN"), None)
    return "plur" if best is not None and "plur" in best.tag else "sing"


@lru_cache(maxsize=50_000)
def agree_adjective(word: str, number: str, gender: str | None, case: str | None = None) -> str:
    """An adjective in the nominative, agreeing with its noun: "муниципальная" with "госуслуги"
    gives "муниципальные".

    >>> agree_adjective("муниципальная", "plur", None), agree_adjective("Волгоградской", "sing", "femn")
    ('муниципальные', 'Волгоградская')
    """
    wanted = {"nomn", number} | ({gender} if number == "sing" and gender else set())
    return _inflect(word, wanted, ADJECTIVES, case)


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """The best parse's dictionary form, "ё" as "е"."""
    return parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=50_000)
def is_verb(word: str) -> bool:
    """A finite verb, an infinitive or a short participle: the predicate of a clause."""
    return any(p.tag.POS in ("VERB", "INFN", "PRTS") for p in parse(word)[:1])


@lru_cache(maxsize=50_000)
def is_preposition(word: str) -> bool:
    return parse(word)[0].tag.POS == "PREP"
