"""Putting award phrases and recipients in the nominative with pymorphy3, cached per word form.

Only the head of a phrase and the adjectives before it change ("лучшим сотрудникам МФЦ
области" → "лучшие сотрудники МФЦ области", "почётной грамотой губернатора" → "почётная
грамота губернатора"); the words after the head keep their written form. Names change word by
word ("Ивану Петрову" → "Иван Петров"); initials stay as written ("Михину С.В." → "Михин С.В.").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from pressfacts.pipeline.morphology import match_case, parse
from pressfacts.pipeline.names import nominative_words

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "acc2", "loc2")
GENDERS = ("masc", "femn", "neut")
NAME_TAGS = ("Name", "Surn", "Patr")
NOUN_POS = ("NOUN",)
ADJECTIVE_POS = ("ADJF", "PRTF")

# Nominative endings of adjectives by number or gender: used when pymorphy3's lexeme
# drifts off the stem ("лучшим" → "наихорошие").
ADJECTIVE_ENDINGS = {
    "plur": [("ыми", "ые"), ("ими", "ие"), ("ых", "ые"), ("их", "ие"), ("ым", "ые"), ("им", "ие")],  # лучшим → лучшие
    "masc": [("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ему", "ий"), ("ым", "ый"), ("им", "ий"), ("ом", "ый"), ("ем", "ий")],
    "femn": [("ой", "ая"), ("ей", "яя"), ("ую", "ая"), ("юю", "яя")],  # почётной → почётная
    "neut": [("ого", "ое"), ("его", "ее"), ("ому", "ое"), ("ему", "ее"), ("ым", "ое"), ("им", "ее"), ("ом", "ое"), ("ем", "ее")],
}
SOFT_STEM = set("гкхжшчщ")  # русского → русский, not русскый


def case_of(tag) -> str | None:
    return next((c for c in CASES if c in tag), None)


@lru_cache(maxsize=100_000)
def cases(word: str) -> frozenset[str]:
    """Every case a word form can be in.

    >>> sorted(cases("сотрудникам"))
    ['datv']
    """
    return frozenset(c for p in parse(word) if (c := case_of(p.tag)) is not None)


@lru_cache(maxsize=100_000)
def name_cases(word: str) -> frozenset[str]:
    """The cases a word form can be in as a first name, surname or patronymic."""
    found = frozenset(c for p in parse(word) if any(t in p.tag for t in NAME_TAGS) and (c := case_of(p.tag)))
    return found or cases(word)


def same_stem(word: str, inflected: str) -> bool:
    keep = max(2, min(len(word), len(inflected)) - 3)
    return word[:keep].lower().replace("ё", "е") == inflected[:keep].lower().replace("ё", "е")


def adjective_ending(word: str, number: str, gender: str | None) -> str:
    """The nominative of an adjective by its ending.

    >>> adjective_ending("лучшим", "plur", None), adjective_ending("почётной", "sing", "femn")
    ('лучшие', 'почётная')
    """
    endings = ADJECTIVE_ENDINGS["plur" if number == "plur" else (gender or "masc")]
    lower = word.lower()
    for old, new in endings:
        if lower.endswith(old):
            stem = word[: len(word) - len(old)]
            if new.startswith("ы") and stem[-1:].lower() in SOFT_STEM:
                new = "и" + new[1:]
            return stem + new
    return word


@lru_cache(maxsize=100_000)
def inflect_word(
    word: str, case: str, number: str | None, gender: str | None, pos: tuple[str, ...], target: str = "nomn", singular: bool = False
) -> str:
    """A noun or adjective form in ``case`` put in the ``target`` case, same number (and gender
    in the singular; ``singular``: in the singular whatever the number); the word as it is
    when pymorphy3 cannot.

    >>> inflect_word("грамотой", "ablt", "sing", "femn", NOUN_POS), inflect_word("губернатор", "nomn", "sing", "masc", NOUN_POS, "gent")
    ('грамота', 'губернатора')
    """
    if case == target and not (singular and number == "plur"):
        return word
    fits = [p for p in parse(word) if p.tag.POS in pos and case in p.tag]
    if number:
        fits = [p for p in fits if number in p.tag] or fits
    if gender and number != "plur":
        fits = [p for p in fits if gender in p.tag] or fits
    for candidate in fits:
        grammemes = {target} | ({"sing"} if singular else {number} if number else set())
        if gender and (number != "plur" or singular) and pos == ADJECTIVE_POS:
            grammemes.add(gender)
        inflected = candidate.inflect(grammemes)
        if inflected is not None and same_stem(word, inflected.word):
            return match_case(word, inflected.word)
    if pos == ADJECTIVE_POS and number and target == "nomn" and not singular:
        return adjective_ending(word, number, gender)
    return word


@lru_cache(maxsize=100_000)
def read_head(word: str, expected: str | None) -> tuple[str | None, str | None, str | None]:
    """(case, number, gender) of a head noun: the expected case when the word can be in it,
    else the nominative when it can be, else its best parse's case."""
    nouns = [p for p in parse(word) if p.tag.POS == "NOUN"] or list(parse(word))
    if not nouns or word.isupper():
        return None, None, None
    order = [c for c in (expected, "nomn") if c] + [c for p in nouns if (c := case_of(p.tag))]
    for wanted in order:
        for p in nouns:
            if wanted in p.tag:
                number = "plur" if "plur" in p.tag else "sing"
                gender = next((g for g in GENDERS if g in p.tag), None)
                return wanted, number, gender
    return None, None, None


def nominative_phrase(
    tokens: Sequence[Token], head: int, expected: str | None = None, target: str = "nomn", singular: bool = False
) -> dict[int, str]:
    """Replacements (token index → text) that put ``tokens[:head + 1]`` in the nominative
    (or in ``target``; in the singular with ``singular``). ``head`` is the position of the head
    noun in ``tokens``; the adjectives before it agree; ``expected`` is the case the phrase is
    known to be in, when it is.
    """
    word = tokens[head].text
    case, number, gender = read_head(word, expected)
    if case is None or (case == target and not (singular and number == "plur")):
        return {}
    replacements = {tokens[head].i: inflect_word(word, case, number, gender, NOUN_POS, target, singular)}
    for token in tokens[:head]:
        if token.is_alpha and not token.text.isupper() and case in cases(token.text):
            replacements[token.i] = inflect_word(token.text, case, number, gender, ADJECTIVE_POS, target, singular)
    return replacements


def nominative_name(tokens: Sequence[Token], expected: str | None = None) -> dict[int, str]:
    """Replacements that put a person's name in the nominative (the linguistic layer's one name
    normalizer, as for officials); initials and capitals stay as written.
    """
    words = [t for t in tokens if t.is_alpha and len(t.text) > 1 and not t.text.isupper()]
    normal = nominative_words(tuple(t.text for t in words), expected)
    return {t.i: word for t, word in zip(words, normal) if word != t.text}


def can_be(tokens: Sequence[Token], case: str) -> bool:
    """Can the words of a name or a head noun be in ``case``? Abbreviations and words
    pymorphy3 does not know ("Теа") can.

    >>> import spacy; nlp = spacy.blank("ru")
    >>> can_be(nlp("Ивана Петрова"), "accs"), can_be(nlp("Иван Петров"), "datv"), can_be(nlp("Теа"), "nomn")
    (True, False, True)
    """
    words = [t.text for t in tokens if len(t.text) > 1 and t.text.replace("-", "").isalpha() and not t.text.isupper()]
    if not words or not any(is_known(w) for w in words):
        return True
    return any(case in name_cases(w) or case in cases(w) for w in words)


@lru_cache(maxsize=100_000)
def is_known(word: str) -> bool:
    return any(p.is_known for p in parse(word))
