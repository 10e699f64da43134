"""The normal forms of a role: its position and its organization in the nominative, as text.

"первого заместителя губернатора" -> "первый заместитель губернатора"; "директору школы № 5"
-> position "директор", organization "школа № 5"; quoted names stay as written.
"""

from __future__ import annotations

import re

from pressfacts.pipeline.morphology import case_of, fold, is_abbreviation
from pressfacts.pipeline.titles import ABBREVIATED
from pressfacts.pipeline.wordforms import ADJECTIVE_POS, NOUN_POS, adjective_cases, inflect_as, inflect_word, noun_cases, parses_as

from .lexicon import PLACE_ADJECTIVES, modifier_parses, place_parses, role_parses
from .roles import PLACE_PREPOSITIONS, TOWN_MARKS, RolePhrase, View, _has_case, _is_degree_adverb

def _render(view: View, start: int, end: int, replace: dict[int, str]) -> str:
    """The text of view positions ``start:end`` as written, some words replaced."""
    out, last = [], None
    for k in range(start, end):
        if last is not None:
            out.append(view.text_[last : view.starts[k]])
        out.append(replace.get(k, view.words[k]))
        last = view.end_char(k)
    return "".join(out)


def position_text(view: View, phrase: RolePhrase) -> str:
    """The position in the nominative: "первого заместителя" -> "первый заместитель"."""
    if phrase.acting is not None and phrase.acting > phrase.start:
        first = view.text(phrase.start)
        replace = {phrase.start: inflect_as(first, {"nomn", "sing", "masc"}, parses_as(first, ADJECTIVE_POS)).lower()}
        return _render(view, phrase.start, phrase.position_end, replace)   # the rest is governed: stays as written
    head_word = view.text(phrase.head)
    head = role_parses(head_word)[0]
    gender = "femn" if "femn" in head.tag and head.tag.POS in ADJECTIVE_POS else "masc"
    replace = {}
    if fold(head_word) in ABBREVIATED:
        replace[phrase.head] = head_word.lower()          # замгубернатора: indeclinable, written out later
    else:
        replace[phrase.head] = fold_title(inflect_as(head_word, {"nomn", "sing"}, role_parses(head_word)), head_word)
    for k in range(phrase.start, phrase.head):
        word = view.text(k)
        parses = modifier_parses(word) or (parses_as(word, ADJECTIVE_POS) if phrase.open_class else ())
        if parses:      # listed modifiers; any adjective of an open-class post ("старшего научного сотрудника")
            replace[k] = fold_title(inflect_as(word, {"nomn", "sing", gender}, parses), word)
    start = position_start(phrase)
    if phrase.place is not None and phrase.place > start:
        replace[phrase.place] = ""
    return re.sub(r"\s{2,}", " ", _render(view, start, phrase.position_end, replace))


def position_start(phrase: RolePhrase) -> int:
    """Where the position's words begin: after a place adjective that opens the phrase."""
    return phrase.start + 1 if phrase.place == phrase.start else phrase.start


def fold_title(word: str, like: str) -> str:
    """Position words go lower case ("Президент" -> "президент"), abbreviations stay."""
    return word if is_abbreviation(like) else word.lower()


def organization_text(view: View, phrase: RolePhrase) -> tuple[str, int, int] | None:
    """The organization, and its view positions ``start:end`` (inside the quotes of a quoted name)."""
    units = phrase.org_units
    if not units and phrase.place is not None:     # российский президент -> Россия
        word = view.text(phrase.place)
        return PLACE_ADJECTIVES[fold(place_parses(word)[0].normal_form)], phrase.place, phrase.place + 1
    if not units and phrase.shares is not None:
        return organization_text(view, phrase.shares)
    if not units:
        return None
    start, end = units[0].start, units[-1].end
    np = units[0].np
    if view.lower(start) in PLACE_PREPOSITIONS:   # наблюдатель от ОБСЕ -> ОБСЕ; уполномоченный … в Тамбовской области
        start, np = start + 1, True
    if len(units) == 1 and start in view.quotes and view.quotes[start] == end - 1:
        return _render(view, start + 1, end - 1, {}), start + 1, end - 1
    replace = {}
    if np and not is_abbreviation(view.text(start)):
        replace = _nominative_np(view, start, units[0].end)
    dropped = [k for k in range(start + 1, end - 1) if view.lower(k) == "из" and (
        view.lower(k + 1) in TOWN_MARKS and view.text(k + 2) == "." or view.text(k + 1)[:1].isupper()
    )]   # "МФЦ из г. Шахты" is the МФЦ of the town: "МФЦ г. Шахты"
    text = _render(view, start, end, replace | dict.fromkeys(dropped, ""))
    return (re.sub(r"\s{2,}", " ", text) if dropped else text), start, end


def _nominative_np(view: View, start: int, end: int) -> dict[int, str]:
    """The leading "adjectives noun" of a group in the nominative: "Оренбургской области", "компанией"."""
    for case in ("gent", "ablt", "loct"):
        replace = _nominative_np_from(view, start, end, case)
        if replace:
            return replace
    return {}


def _nominative_np_from(view: View, start: int, end: int, case: str) -> dict[int, str]:
    wanted = frozenset({case})
    k = start
    while k < end and (_has_case(adjective_cases(view.text(k)), wanted) or k > start and _is_degree_adverb(view.text(k))) and not (
        _has_case(noun_cases(view.text(k)), wanted) and (k + 1 >= end or not _has_case(
            adjective_cases(view.text(k + 1)) | noun_cases(view.text(k + 1)), wanted))
    ):
        k += 1
    if k < end and k > start and is_abbreviation(view.text(k)):
        return _agreeing_with_abbreviation(view, start, k, case)   # Рязанской МРБ -> Рязанская МРБ
    if k >= end or not _has_case(noun_cases(view.text(k)), wanted):
        return {}
    noun_word = view.text(k)
    noun = next(p for p in parses_as(noun_word, NOUN_POS) if case_of(p) == case)
    if "Fixd" in noun.tag:
        return {}
    number = "plur" if "plur" in noun.tag else "sing"
    gender = noun.tag.gender or "masc"
    replace = {k: inflect_word(noun_word, case, number, gender, NOUN_POS)}
    for j in range(start, k):
        word = view.text(j)
        if _is_degree_adverb(word):
            continue   # крайне правого -> крайне правый
        form = inflect_word(word, case, number, gender, ADJECTIVE_POS)
        if form == word:   # no agreeing form: leave the group as written
            return {}
        replace[j] = form
    return replace


def _agreeing_with_abbreviation(view: View, start: int, head: int, case: str) -> dict[int, str]:
    """The adjectives before an abbreviation in the nominative, in the gender and number they are
    written in (the abbreviation does not decline): "Ухоловской ЦРБ" -> "Ухоловская ЦРБ"."""
    replace = {}
    for j in range(start, head):
        word = view.text(j)
        if _is_degree_adverb(word):
            continue
        parse = next((p for p in parses_as(word, ADJECTIVE_POS) if case_of(p) == case), None)
        if parse is None:
            return {}
        number = "plur" if "plur" in parse.tag else "sing"
        form = inflect_word(word, case, number, parse.tag.gender or "masc", ADJECTIVE_POS)
        if form == word and case != "nomn":
            return {}
        replace[j] = form
    return replace
