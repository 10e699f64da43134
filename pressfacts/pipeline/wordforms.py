"""The morphology service: what a word form can be, and the forms it takes. Every extractor asks here.

One definition of each predicate (case, number, gender, animacy, part of speech, lemma) and of
inflection with agreement, all over pymorphy3's parses of one word form (``morphology.parse``,
cached per form). Cases are folded: the second genitive, accusative and locative count as the
first ("в году" is loct, "чаю" gent). Person names have their own normalizer: ``names``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
import re

from pressfacts.data import read_words

from .morphology import CASES, NAME_GRAMMEMES, case_of, fold, is_abbreviation, match_case, parse

GENDERS = ("masc", "femn", "neut")
NOUN_POS = ("NOUN",)
ADJECTIVE_POS = ("ADJF", "PRTF")
NOMINAL_POS = (*NOUN_POS, *ADJECTIVE_POS)   # what can head or stand as a noun: "директор", "управляющий"
VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})   # a predicate, or a gerund opening its clause
FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ"})

# Nominative endings of adjectives by number or gender: used when pymorphy3's lexeme
# drifts off the stem ("лучшим" → "наихорошие").
ADJECTIVE_ENDINGS = {
    "plur": [("ыми", "ые"), ("ими", "ие"), ("ых", "ые"), ("их", "ие"), ("ым", "ые"), ("им", "ие")],  # лучшим → лучшие
    "masc": [("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ему", "ий"), ("ым", "ый"), ("им", "ий"), ("ом", "ый"), ("ем", "ий")],
    "femn": [("ой", "ая"), ("ей", "яя"), ("ую", "ая"), ("юю", "яя")],  # почётной → почётная
    "neut": [("ого", "ое"), ("его", "ее"), ("ому", "ое"), ("ему", "ее"), ("ым", "ое"), ("им", "ее"), ("ом", "ое"), ("ем", "ее")],
}
SOFT_STEM = set("гкхжшчщ")  # русского → русский, not русскый
HUSHING = set("жшчщ")

__all__ = [
    "ADJECTIVE_POS", "CASES", "GENDERS", "NOMINAL_POS", "NOUN_POS", "adjective_cases", "agree_adjective", "best_lemma", "can_agree",
    "best_parse", "best_pos", "can_be_noun", "can_be_nominative", "case_of", "cases", "fold", "has_name_reading",
    "head_reading", "inflect_as", "inflect_phrase", "inflect_word", "is_abbreviation", "is_adjective", "is_animate", "is_role_noun",
    "is_known", "is_noun", "is_preposition", "is_verb", "lemma", "match_case", "nominative_head", "nominative_noun",
    "noun_cases", "noun_gender", "noun_number", "parse", "parse_lemma", "parses_as", "parses_with", "same_stem",
    "singular",
]


# ---------------------------------------------------------------- what a form can be

@lru_cache(maxsize=100_000)
def cases(word: str) -> frozenset[str]:
    """Every case a word form can be in, in any part of speech.

    >>> sorted(cases("сотрудникам")), sorted(cases("году"))
    (['datv'], ['datv', 'gent', 'loct'])
    """
    return frozenset(c for p in parse(word) if (c := case_of(p)) is not None)


@lru_cache(maxsize=100_000)
def _cases_as(word: str, pos: frozenset[str]) -> frozenset[str]:
    parses = parse(word)
    if not word[:1].isalpha() or parses[0].tag.POS in FUNCTION_POS:   # "и", "при": no case to agree with
        return frozenset()
    return frozenset(c for p in parses if p.tag.POS in pos and (c := case_of(p)))


def noun_cases(word: str) -> frozenset[str]:
    """The cases a word can be in as a noun; none for a function word."""
    return _cases_as(word, frozenset(NOUN_POS))


def adjective_cases(word: str) -> frozenset[str]:
    """The cases a word can be in as an adjective, participle or numeral; none for a function word."""
    return _cases_as(word, frozenset({*ADJECTIVE_POS, "NUMR"}))


@lru_cache(maxsize=100_000)
def has_reading(word: str, pos: str | tuple[str, ...], *grammemes: str) -> bool:
    """Has the word a reading as ``pos`` (one part of speech or several) with every one of the
    grammemes? A case counts folded ("loct" takes "в году").

    >>> has_reading("сотрудникам", "NOUN", "datv", "plur"), has_reading("году", "NOUN", "loct")
    (True, True)
    >>> has_reading("школа", "VERB"), has_reading("районов", ("NOUN", "ADJF"), "gent", "sing")
    (False, False)
    """
    kinds = (pos,) if isinstance(pos, str) else pos
    return any(fits(p, kinds, grammemes) for p in parse(word))


def fits(reading, kinds: tuple[str, ...], grammemes: tuple[str, ...]) -> bool:
    """Is a pymorphy3 reading one of the parts of speech with every one of the grammemes?"""
    return reading.tag.POS in kinds and all(case_of(reading) == g if g in CASES else g in reading.tag for g in grammemes)


def has_common_reading(word: str, pos: str | tuple[str, ...], *grammemes: str) -> bool:
    """``has_reading`` as a common word, no first name, surname or patronymic: "Медиков" opening a
    sentence is "медиков" (the genitive or accusative plural), though a surname too.

    >>> has_reading("медиков", "NOUN", "nomn"), has_common_reading("медиков", "NOUN", "nomn")
    (True, False)
    """
    kinds = (pos,) if isinstance(pos, str) else pos
    return any(fits(p, kinds, grammemes) and not NAME_GRAMMEMES & p.tag.grammemes for p in parse(word))


@lru_cache(maxsize=100_000)
def can_agree(adjective: str, noun: str) -> bool:
    """Can the adjective stand before the noun: a reading of each in one case and number, and in
    the singular one gender? (Case alone is not enough: "участковому" and "полиции" share the dative.)

    >>> can_agree("участковому", "полиции"), can_agree("районной", "полиции"), can_agree("лучшим", "командам")
    (False, True, True)
    >>> can_agree("медицинских", "работника"), can_agree("новые", "школы"), can_agree("старшему", "школы")
    (True, True, False)
    """
    def forms(word: str, pos: tuple[str, ...]) -> set[tuple[str, str, str | None]]:
        return {
            (case, str(p.tag.number), gender if p.tag.number == "sing" else None)
            for p in parse(word) if p.tag.POS in pos and (case := case_of(p))
            # a noun of common gender ("судья", "коллега") agrees with either
            for gender in (GENDERS if "ms-f" in p.tag else (str(p.tag.gender),))
        }
    nouns, adjectives = forms(noun, NOUN_POS), forms(adjective, (*ADJECTIVE_POS, "NUMR"))
    if any(c == "gent" and n == "sing" for c, n, _ in nouns) and {("gent", "plur", None), ("nomn", "plur", None)} & adjectives:
        return True                                     # after "2", "3", "4": "52 медицинских работника", "две новые школы"
    return not nouns or bool(adjectives & nouns)


@lru_cache(maxsize=100_000)
def best_parse(word: str):
    """The word's best reading, pymorphy3's first: what a form is taken for out of context.

    >>> best_parse("рабочих").tag.POS, best_parse("Москва").normal_form
    ('ADJF', 'москва')
    """
    return parse(word)[0]


@lru_cache(maxsize=100_000)
def parses_as(word: str, pos: str | tuple[str, ...], within: int | None = None) -> tuple:
    """The word's readings as ``pos`` (one part of speech or several), best first; with ``within``,
    only among its first so many readings.

    >>> [str(p.tag.case) for p in parses_as("рабочих", "NOUN")], parses_as("рабочих", "NOUN", within=1)
    (['gent', 'accs', 'loct'], ())
    >>> [p.normal_form for p in parses_as("первого", ADJECTIVE_POS)]
    ['первый', 'первый', 'первый']
    """
    kinds = (pos,) if isinstance(pos, str) else pos
    return tuple(p for p in parse(word)[:within] if p.tag.POS in kinds)


@lru_cache(maxsize=100_000)
def parses_with(word: str, *grammemes: str, within: int | None = None) -> tuple:
    """The word's readings that carry any of the grammemes, best first; with ``within``, only among
    its first so many readings.

    >>> len(parses_with("Ивановой", "Surn")), parses_with("Ивановой", "Name"), len(parses_with("Ивановой", "Surn", within=2))
    (4, (), 2)
    """
    return tuple(p for p in parse(word)[:within] if any(g in p.tag for g in grammemes))


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of every reading of the word, best first, each once.

    >>> lemmas("стали"), lemmas("третьей")
    (('стать', 'сталь'), ('третий',))
    """
    return tuple(dict.fromkeys(p.normal_form for p in parse(word)))


@lru_cache(maxsize=100_000)
def has_name_reading(word: str, within: int | None = None) -> bool:
    """Can the word be a person's first name, surname or patronymic (among its first ``within``
    readings, if given)? "Кашина" is only the town.

    >>> has_name_reading("Сергеевича"), has_name_reading("Ивановой", within=1), has_name_reading("Кашина")
    (True, True, False)
    """
    return bool(parses_with(word, *sorted(NAME_GRAMMEMES), within=within))


COMPOUND_REST = 6   # letters: the known noun a compound ends in is this long at least ("площадка")


@lru_cache(maxsize=50_000)
def is_compound_noun(word: str) -> bool:
    """Is the word best read as a prefix and a known inanimate noun, a compound name of a thing or
    a place ("Металлплощадка", "Агропромпарк"), not a person's name ("Лофнеру": "лоф" + "неру" is
    too short a noun to say so)?

    >>> is_compound_noun("Металлплощадка"), is_compound_noun("Лофнеру"), is_compound_noun("Хабиров")
    (True, False, False)
    """
    best = parse(word)[0]
    if best.tag.POS != "NOUN" or "inan" not in best.tag or has_name_reading(word):
        return False
    stack = best.methods_stack
    prefixed = any("PrefixAnalyzer" in type(step[0]).__name__ for step in stack[1:])
    return prefixed and type(stack[0][0]).__name__ == "DictionaryAnalyzer" and len(stack[0][1]) >= COMPOUND_REST


@lru_cache(maxsize=100_000)
def is_known(word: str) -> bool:
    """Does the dictionary know the word in some reading ("Теа", "Пелоси": only guessed)?"""
    return any(p.is_known for p in parse(word))


@lru_cache(maxsize=50_000)
def best_pos(word: str) -> str | None:
    """The part of speech (OpenCorpora's) of the word's best reading: "ADVB" for "крайне"."""
    return parse(word)[0].tag.POS


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
    return best.tag.POS in ADJECTIVE_POS and "Apro" not in best.tag and word.isalpha()


@lru_cache(maxsize=50_000)
def can_be_nominative(word: str) -> bool:
    return word.isupper() or any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in parse(word))


@lru_cache(maxsize=50_000)
def is_verb(word: str) -> bool:
    """The best reading is a finite verb, an infinitive, a short participle or a gerund: what heads
    a clause ("сообщил", "награждена", "анализируя").

    >>> is_verb("сообщил"), is_verb("награждена"), is_verb("анализируя"), is_verb("награда")
    (True, True, True, False)
    """
    return parse(word)[0].tag.POS in VERB_POS


@lru_cache(maxsize=50_000)
def is_preposition(word: str) -> bool:
    return parse(word)[0].tag.POS == "PREP"


@lru_cache(maxsize=50_000)
def is_animate(word: str) -> bool:
    """Does the best noun reading name a living being (OpenCorporas's anim): "врач", "заведующая"?

    >>> is_animate("врачу"), is_animate("школе")
    (True, False)
    """
    best = next((p for p in parse(word) if p.tag.POS == "NOUN"), None)
    return best is not None and "anim" in best.tag


NOT_ROLES = frozenset(map(fold, read_words("not_roles.txt")))   # residence, sex, age, kinship, nationality: who, not what


@lru_cache(maxsize=50_000)
def is_role_noun(word: str) -> bool:
    """Can the word name what a person is or does, a post or a trade ("механизатору", "тренер")?
    An animate common noun, not one that only says who the person is ("житель", "девушка", "сын").

    >>> is_role_noun("механизатору"), is_role_noun("жительнице"), is_role_noun("школе")
    (True, False, False)
    """
    # any animate reading: "спасателям" reads first as an inanimate device
    living = next((p for p in parse(word) if p.tag.POS == "NOUN" and "anim" in p.tag), None)
    return living is not None and fold(living.normal_form) not in NOT_ROLES


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """The best parse's dictionary form, "ё" as "е"."""
    return parse(word)[0].normal_form.replace("ё", "е")


def parse_lemma(p) -> str:
    """The dictionary form of a parse, a participle's own ("управляющего" -> управляющий, not управлять).

    >>> parse_lemma(parse("управляющего")[0])
    'управляющий'
    """
    if p.tag.POS == "PRTF":
        form = p.inflect({"nomn", "masc", "sing"})
        if form is not None:
            return fold(form.word)
    return fold(p.normal_form)


@lru_cache(maxsize=100_000)
def best_lemma(word: str) -> str:
    """The dictionary form of the best reading, a participle's own (``parse_lemma``), folded.

    >>> best_lemma("управляющего"), best_lemma("Российской")
    ('управляющий', 'российский')
    """
    return parse_lemma(parse(word)[0])


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


# ---------------------------------------------------------------- forms

def same_stem(word: str, inflected: str) -> bool:
    """Did an inflection keep the word's stem? pymorphy3's lexemes sometimes drift ("лучших" →
    "наихорошие", the superlative's lexeme)."""
    keep = max(2, min(len(word), len(inflected)) - 3)
    # and no longer by more than an ending: "высшей" → "высочайшая" is another form of the lexeme
    return fold(word[:keep]) == fold(inflected[:keep]) and len(inflected) - len(word) <= 3


def adjective_ending(word: str, number: str, gender: str | None) -> str:
    """The nominative of an adjective by its ending.

    >>> adjective_ending("лучшим", "plur", None), adjective_ending("почётной", "sing", "femn"), adjective_ending("высшей", "sing", "femn")
    ('лучшие', 'почётная', 'высшая')
    """
    endings = ADJECTIVE_ENDINGS["plur" if number == "plur" else (gender or "masc")]
    lower = word.lower()
    for old, new in endings:
        if lower.endswith(old):
            stem = word[: len(word) - len(old)]
            if new.startswith("ы") and stem[-1:].lower() in SOFT_STEM:
                new = "и" + new[1:]
            if new.startswith("я") and stem[-1:].lower() in HUSHING:
                new = "а" + new[1:]                     # высшей → высшая, not высшяя
            return stem + new
    return word


@lru_cache(maxsize=100_000)
def inflect_word(
    word: str, case: str | None, number: str | None, gender: str | None, pos: tuple[str, ...] = NOUN_POS,
    target: str = "nomn", singular: bool = False,
) -> str:
    """A noun or adjective form (in ``case``, or any case when None) put in the ``target`` case, same
    number (and gender in the singular; ``singular``: in the singular whatever the number); the
    word as it is when pymorphy3 cannot without leaving the stem.

    >>> inflect_word("грамотой", "ablt", "sing", "femn"), inflect_word("губернатор", "nomn", "sing", "masc", target="gent")
    ('грамота', 'губернатора')
    >>> inflect_word("лучших", "gent", "plur", None, ADJECTIVE_POS)
    'лучшие'
    """
    if case == target and not (singular and number == "plur"):
        return word
    fits = [p for p in parse(word) if p.tag.POS in pos and (case is None or case_of(p) == case)]
    if number:
        fits = [p for p in fits if number in p.tag] or fits
    if gender and number != "plur":
        fits = [p for p in fits if gender in p.tag] or fits
    for candidate in fits:
        grammemes = {target} | ({"sing"} if singular else {number} if number else set())
        if gender and (number != "plur" or singular) and tuple(pos) == ADJECTIVE_POS:
            grammemes.add(gender)
        inflected = candidate.inflect(grammemes)
        if inflected is not None and same_stem(word, inflected.word):
            return match_case(word, inflected.word)
    if tuple(pos) == ADJECTIVE_POS and number and target == "nomn" and not singular:
        return adjective_ending(word, number, gender)
    return word


def inflect_as(word: str, wanted: set[str], parses=None) -> str:
    """The word in the ``wanted`` grammemes by the first of ``parses`` (its own by default) that can
    take them; an indeclinable reading keeps the word as written.

    >>> inflect_as("первого", {"nomn", "sing", "masc"}), inflect_as("Кики", {"nomn"})
    ('первый', 'Кики')
    """
    for p in parse(word) if parses is None else parses:
        if "Fixd" in p.tag:
            return word
        inflected = p.inflect(wanted)
        if inflected is not None:
            return match_case(word, inflected.word)
    return word


@lru_cache(maxsize=100_000)
def singular(word: str) -> str:
    """A plural noun in the singular, same case: "районов" → "района".

    >>> singular("районов"), singular("района")
    ('района', 'района')
    """
    for p in parse(word):
        if p.tag.POS == "NOUN" and "plur" in p.tag and p.tag.case:
            inflected = p.inflect({"sing", p.tag.case})
            if inflected is not None:
                return inflected.word
    return word


def agree_adjective(word: str, number: str, gender: str | None, case: str | None = None) -> str:
    """An adjective in the nominative, agreeing with its noun: "муниципальная" with "госуслуги"
    gives "муниципальные".

    >>> agree_adjective("муниципальная", "plur", None), agree_adjective("Волгоградской", "sing", "femn")
    ('муниципальные', 'Волгоградская')
    """
    return inflect_word(word, case, number, gender if number == "sing" else None, ADJECTIVE_POS)


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


def nominative_head(words: Sequence[str], head: int) -> list[str]:
    """A phrase with its head noun in the nominative of the number it has, and the adjectives before
    it that can agree with it; the rest as written ("числа звонивших" → "число звонивших",
    "Волгоградской области" → "Волгоградская область").

    >>> nominative_head(["Волгоградской", "области"], 1), nominative_head(["числа", "звонивших"], 0)
    (['Волгоградская', 'область'], ['число', 'звонивших'])
    """
    out = list(words)
    noun = words[head]
    number, gender, shared = noun_number(noun), noun_gender(noun), cases(noun)
    out[head] = nominative_noun(noun, number)
    for k in range(head):
        if is_adjective(words[k]) and cases(words[k]) & shared:
            out[k] = agree_adjective(words[k], number, gender)
    return out


@lru_cache(maxsize=100_000)
def head_reading(word: str, expected: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(case, number, gender) of a head noun: the expected case when the word can be in it,
    else the nominative when it can be, else its best parse's case.

    >>> head_reading("сотрудникам"), head_reading("грамоту", "accs")
    (('datv', 'plur', 'masc'), ('accs', 'sing', 'femn'))
    """
    nouns = [p for p in parse(word) if p.tag.POS == "NOUN"] or list(parse(word))
    if not nouns or word.isupper():
        return None, None, None
    order = [c for c in (expected, "nomn") if c] + [c for p in nouns if (c := case_of(p))]
    for wanted in order:
        for p in nouns:
            if case_of(p) == wanted:
                number = "plur" if "plur" in p.tag else "sing"
                gender = next((g for g in GENDERS if g in p.tag), None)
                return wanted, number, gender
    return None, None, None


def inflect_phrase(
    words: Sequence[str], head: int, expected: str | None = None, target: str = "nomn", singular: bool = False
) -> list[str]:
    """A noun phrase with its head (at ``head``) and the adjectives before it in the nominative (or
    in ``target``; in the singular with ``singular``), agreeing with the head; ``expected`` is the
    case the phrase is known to be in. The words after the head (genitives, numbers, quoted
    names) and abbreviations stay as written.

    >>> inflect_phrase(["лучших", "команд", "области"], 1)
    ['лучшие', 'команды', 'области']
    >>> inflect_phrase(["почётной", "грамотой", "губернатора"], 1)
    ['почётная', 'грамота', 'губернатора']
    >>> inflect_phrase(["лучшим", "сотрудникам", "МФЦ"], 1, "datv")
    ['лучшие', 'сотрудники', 'МФЦ']
    >>> inflect_phrase(["тренеру-преподавателю"], 0, "datv"), inflect_phrase(["шеф-повару"], 0, "datv")
    (['тренер-преподаватель'], ['шеф-повар'])
    >>> inflect_phrase(["пожарно-спасательной", "части"], 1, "gent")
    ['пожарно-спасательная', 'часть']
    >>> inflect_phrase(["Лесного", "ЛО", "МВД"], 1, "gent"), inflect_phrase(["Лесной", "ЦРБ"], 1, "datv")
    (['Лесной', 'ЛО', 'МВД'], ['Лесная', 'ЦРБ'])
    >>> inflect_phrase(["5-го", "оперативного", "батальона"], 2, "gent")
    ['5-й', 'оперативный', 'батальон']
    >>> inflect_phrase(["служащим", "мэрии"], 0, "datv")
    ['служащие', 'мэрии']
    """
    out = list(words)
    if words[head].isupper() and expected and expected != target:
        # an abbreviation has no case of its own: the adjectives before it take the target in
        # their own gender ("Лесного ЛО МВД" → "Лесной ЛО МВД", "Лесной ЦРБ" → "Лесная ЦРБ")
        for k in range(head):
            readings = [p for p in parse(words[k]) if p.tag.POS == "ADJF" and case_of(p) == expected]
            reading = min(readings, key=lambda p: "neut" in p.tag, default=None)   # "Лесного": отдел's more than an -о word's
            if words[k].isalpha() and reading is not None and (inflected := reading.inflect({target})) is not None:
                out[k] = match_case(words[k], inflected.word)
        return out
    case, number, gender = head_reading(words[head], expected)
    if case is None or (case == target and not (singular and number == "plur")):
        return out
    # a participle or an adjective standing as the noun ("служащим", "уполномоченным") declines as one
    kind = NOUN_POS if any(p.tag.POS == "NOUN" for p in parse(words[head])) else NOMINAL_POS
    out[head] = inflect_word(words[head], case, number, gender, kind, target, singular)
    first, _, rest = words[head].partition("-")
    if rest and first.isalpha() and first.islower() and case in noun_cases(first):
        # both halves of a compound decline: "тренеру-преподавателю" → "тренер-преподаватель" (not "шеф-повару")
        out[head] = "-".join(inflect_word(part, case, number, gender, NOUN_POS, target, singular) for part in (first, rest))
    for k in range(head):
        word = words[k]
        if word.isalpha() and not word.isupper() and case in cases(word):
            out[k] = inflect_word(word, case, number, gender, ADJECTIVE_POS, target, singular)
        elif word.count("-") == 1 and word.replace("-", "").isalpha() and word.islower() and case in cases(last := word.split("-")[1]):
            # a compound adjective declines in its last part: "пожарно-спасательной" → "пожарно-спасательная"
            out[k] = word.split("-")[0] + "-" + inflect_word(last, case, number, gender, ADJECTIVE_POS, target, singular)
        elif target == "nomn" and (digits := NUMBERED_ORDINAL.match(word)):
            # an ordinal in figures takes the nominative's ending: "5-го батальона" → "5-й батальон"
            out[k] = digits[1] + ("-е" if number == "plur" or gender == "neut" else "-я" if gender == "femn" else "-й")
    return out


NUMBERED_ORDINAL = re.compile(r"^(\d{1,3})-(?:ого|ому|го|му|м|ым|ой|ую|й|я|е|х|ми)$")   # an ordinal in figures: 4-го, 2-й, 5-я
