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

from pressfacts.pipeline.morphology import case_of
from pressfacts.pipeline.names import nominative_words
from pressfacts.pipeline.wordforms import cases, head_reading, inflect_phrase, is_known, parses_with

NAME_TAGS = ("Name", "Surn", "Patr")


@lru_cache(maxsize=100_000)
def name_cases(word: str) -> frozenset[str]:
    """The cases a word form can be in as a first name, surname or patronymic."""
    found = frozenset(c for p in parses_with(word, *NAME_TAGS) if (c := case_of(p)))
    if found and word.endswith(SURNAME_ENDINGS) and "nomn" not in found:
        found |= {"nomn"}
    return found or cases(word)


# a man's or a woman's surname in the nominative ("Ильясов"; "Пестова", which pymorphy3 may know
# only as the genitive of "Пестов")
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына")


def nominative_phrase(
    tokens: Sequence[Token], head: int, expected: str | None = None, target: str = "nomn", singular: bool = False
) -> dict[int, str]:
    """Replacements (token index → text) that put ``tokens[:head + 1]`` in the nominative
    (or in ``target``; in the singular with ``singular``). ``head`` is the position of the head
    noun in ``tokens``; the adjectives before it agree; ``expected`` is the case the phrase is
    known to be in, when it is.
    """
    words = [t.text for t in tokens[: head + 1]]
    case, number, _ = head_reading(words[head], expected)
    if (case is None and not (words[head].isupper() and expected)) or (case == target and not (singular and number == "plur")):
        return {}                                       # (an abbreviation's adjectives follow the case known: "у Лесного ЛО")
    forms = inflect_phrase(words, head, expected, target, singular)
    # the head always, the adjectives that agree with it (inflect_phrase leaves the rest as written)
    return {t.i: form for k, (t, form) in enumerate(zip(tokens, forms)) if k == head or form != t.text}


def nominative_name(tokens: Sequence[Token], expected: str | None = None) -> dict[int, str]:
    """Replacements that put a person's name in the nominative (the linguistic layer's one name
    normalizer, as for officials); initials and capitals stay as written.
    """
    words = [t for t in tokens if t.is_alpha and len(t.text) > 1 and not t.text.isupper()]
    normal = nominative_words(tuple(t.text for t in words), expected)
    return {t.i: word for t, word in zip(words, normal) if word != t.text}


VOWELS = frozenset("аяоеёэиыуюь")


def is_womans_name(word: str) -> bool:
    """A woman's first name ("Ксении", "Анна")."""
    return any("Name" in p.tag and "femn" in p.tag for p in parses_with(word, "Name"))


def name_can_be(tokens: Sequence[Token], case: str) -> bool:
    """Can a person's name be in ``case``: every word pymorphy3 knows as a part of a name can
    ("Владимира Путина" is no nominative, though "Путина" alone may be a woman's surname)?

    >>> import spacy; nlp = spacy.blank("ru")
    >>> name_can_be(nlp("Владимира Путина"), "nomn"), name_can_be(nlp("Анне Ким"), "datv"), name_can_be(nlp("Анна Ким"), "datv")
    (False, True, False)
    """
    words = [t.text for t in tokens if len(t.text) > 1 and t.text.replace("-", "").isalpha() and not t.text.isupper()]
    # surnames in -ых/-их ("Седых", "Васильевых") do not decline: any case
    known = [w for w in words if parses_with(w, *NAME_TAGS) and not w.endswith(("ых", "их"))]
    if any(is_womans_name(w) for w in words):
        # "Ксении Мирошник": her surname does not decline (a consonant; "-ой", "-ей" are declined forms)
        known = [w for w in known if w[-1:].lower() in VOWELS or w.lower().endswith(("ой", "ей"))]
    if known:
        return all(case in name_cases(w) for w in known)
    # "Р.В. Пестова": a surname pymorphy3 knows only as a village's genitive
    return can_be(tokens, case) or (case == "nomn" and bool(words) and all(w.endswith(SURNAME_ENDINGS) for w in words))


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

