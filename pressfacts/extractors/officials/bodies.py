"""Where a role is held, as a who-is-who gives it: the body, with the parts of it that name the
post left in the position.

    глава администрации Ольховского района Иван Сидоров     -> глава администрации @ Ольховский район
    начальник отдела образования администрации города       -> начальник отдела образования @ администрация города
    специалист отдела по работе с населением МФЦ г. Шахты   -> специалист отдела по работе с населением @ МФЦ г. Шахты

The head of a district's or a town's administration heads the place: the place is the
organization. A special rank's service is part of the rank ("майор полиции"). A subdivision
("отдел", "сектор", "кафедра": ``officials_subdivisions.txt``) is part of the post when the body
it belongs to is written after it; alone, it stays the organization. A person with no post may
have their body written after the name (``house_after``).
"""

from __future__ import annotations

from dataclasses import replace

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.wordforms import NOUN_POS, adjective_cases, best_lemma, is_preposition, noun_cases, parses_as

from .lexicon import fold, load_words, organization_word
from .forms import organization_text
from .roles import COORDINATION, DOMAIN_PREPOSITIONS, TOWN_MARKS, RolePhrase, Unit, View, read_unit

SUBDIVISIONS = load_words("officials_subdivisions.txt")
RANKS = load_words("officials_ranks.txt")
RANK_SERVICES = load_words("officials_rank_services.txt")
HEAD = "глава"                        # глава администрации района; и.о. главы администрации города
ADMINISTRATION = "администрация"


def reshape(view: View, phrase: RolePhrase) -> RolePhrase:
    """The role with the words that name the post moved from its organization to its position."""
    units = phrase.org_units
    if not units:
        return phrase
    start = units[0].start
    if lemma_in(view.text(start), {ADMINISTRATION}) and lemma_in(view.text(start - 1), {HEAD}) and _place_at(view, start + 1, phrase.end):
        return _split(phrase, start + 1, noun_phrase=True)
    if lemma_in(view.text(phrase.head), RANKS) and (service := _service_end(view, start, phrase.end)) is not None:
        return _split(phrase, service, noun_phrase=True)   # "майор полиции": a rank, and the body after it, if any
    noun = start
    while noun + 1 < phrase.end and not noun_cases(view.text(noun)) and adjective_cases(view.text(noun)):
        noun += 1   # "хирургическим отделением"
    if lemma_in(view.text(noun), SUBDIVISIONS) and (body := _body_after(view, noun, phrase.end)) is not None:
        return _split(phrase, body, noun_phrase=body not in view.quotes)
    return phrase


def lemma_in(word: str, lemmas: frozenset[str] | set[str]) -> bool:
    """Is the word a form of a noun of ``lemmas``?"""
    return any(fold(p.normal_form) in lemmas for p in parses_as(word, NOUN_POS))


def _place_at(view: View, k: int, end: int) -> bool:
    """Does a named place begin at k: "Ольховского района", "г. Шахты", "Рязани" (not "района"
    alone: "глава администрации района" stays the administration's)?"""
    if k >= end:
        return False
    word = view.text(k)
    if fold(word) in TOWN_MARKS and view.text(k + 1) == ".":
        return True
    return word[:1].isupper() and not is_abbreviation(word)


def _body_after(view: View, noun: int, end: int) -> int | None:
    """Where the body a subdivision at ``noun`` belongs to begins: the first body noun in the
    genitive or abbreviation after it, with its adjectives ("отдела по работе с населением МФЦ",
    "отделением районной больницы"). Not a word right after the subdivision that is a noun or a
    name: its field or its own name ("отдела полиции", "управления Росреестра", "Главного
    управления МЧС России"); nor a word joined to the one before ("отдела серверов и сетей
    компании"), nor one after a preposition ("управления … по Оренбургской области") or the
    complement of a field after "по" ("Отдела по взаимоотношениям Церкви")."""
    for k in range(noun + 1, end):
        word = view.text(k)
        if not (is_abbreviation(word) or organization_word(word) and "gent" in noun_cases(word)):
            continue
        while k - 1 > noun and "gent" in adjective_cases(view.text(k - 1)) and not noun_cases(view.text(k - 1)):
            k -= 1
        first = view.text(k)
        named = is_abbreviation(first) and k + 1 in view.quotes   # a body's full name: "кабинета ГБУЗ «Лесная ЦРБ»"
        if k == noun + 1 and (noun_cases(first) or first[:1].isupper()) and not named or view.lower(k - 1) in COORDINATION or is_preposition(view.text(k - 1)):
            continue
        if view.lower(k - 2) in DOMAIN_PREPOSITIONS:
            continue   # the complement of the field: "Отдела по взаимоотношениям Церкви и общества"
        return k
    return None


def _service_end(view: View, start: int, end: int) -> int | None:
    """Past the service a rank is of, when one begins at ``start``: "полиции", "внутренней службы"."""
    for size in (2, 1):
        if start + size <= end and " ".join(fold(best_lemma(view.text(k))) for k in range(start, start + size)) in RANK_SERVICES:
            return start + size
    return None


def _split(phrase: RolePhrase, k: int, noun_phrase: bool) -> RolePhrase:
    """The phrase with its units before view position k made the position's, the rest its
    organization; ``noun_phrase``: the organization opens with one, to be put in the nominative
    (a unit the parse read as one run of words may not say so)."""
    units: list[Unit] = []
    for unit in phrase.units:
        if unit.end <= k:
            units.append(replace(unit, kind="domain") if unit.kind == "org" else unit)
        elif unit.start < k:   # the body begins inside the unit: "администрации Ольховского района" as one entity
            units += [replace(unit, end=k, kind="domain"), replace(unit, start=k, kind="org", np=noun_phrase)]
        else:
            units.append(replace(unit, kind="org", np=unit.np or unit.start == k and noun_phrase))
    return replace(phrase, units=units)


CLOSERS = {"(": {")", ","}, ",": {",", ";", "."}}   # Иван Орлов (ООО «Заря»); Анна Ким, МБОУ «СОШ № 5», руководитель …


def house_after(view: View, k: int) -> tuple[str, int, int] | None:
    """The body written right after a name, for a person with no post: in brackets ("лидером стал
    Иван Орлов (ООО «Заря»)", "Анна Ким (МБУ ДО «ДШИ № 2», преподаватель …)") or, named by an
    abbreviation or in quotes, between commas ("1 место – Анна Ким, МБОУ «СОШ № 5», …"); its
    text as written, and its view positions."""
    opener = view.text(k)
    if opener not in CLOSERS:
        return None
    units, j = [], k + 1
    while (unit := read_unit(view, j, in_org=True)) is not None:
        units.append(replace(unit, np=False))   # written in the nominative already: "(Лесной район)"
        j = unit.end
    if not units or not (view.text(j) in CLOSERS[opener] or opener == "," and j == len(view)):
        return None
    named = view.text(k + 1) == "«" or is_abbreviation(view.text(k + 1))
    if not (named or opener == "(" and any(organization_word(view.text(u.end - 1)) for u in units)):
        return None
    return organization_text(view, RolePhrase(k, j, k, units=units))
