"""Role phrases: a position and the organization where it is held, as the genre writes them.

    [modifiers] HEAD [genitive complements of the position] [organization]
    первый      заместитель  городского головы                Калуги
                министр      экономического развития, … связей Оренбургской области
                директор                                       ГБУ ЛО «МФЦ»

A phrase is read left to right, one unit at a time (see ``read_unit``). Units that name a
body, a place, an abbreviation or a quoted name start the organization; the genitives before it
(a position: "губернатора"; a domain: "экономического развития") belong to the position. The
position goes to the nominative with agreement kept; the organization's first noun phrase too,
unless it is an abbreviation or a quoted name, which keep their written form. Which phrases
stand around a name, and in what case, is ``around``'s.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from functools import lru_cache

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.sentence_view import pair_quotes
from pressfacts.pipeline.wordforms import ADJECTIVE_POS, adjective_cases, best_pos, has_reading, noun_cases, parses_with

from .lexicon import (
    LATIN,
    DocWords,
    fold,
    modifier_parses,
    organization_word,
    place_parses,
    open_position_parses,
    position_parses,
)

TOWN_MARKS = {"г", "гор", "с", "пос", "п"}          # МАУ «МФЦ» г. Оренбурга
DOMAIN_PREPOSITIONS = {"по"}                          # министр по делам разведки; комитет по иностранным делам
PLACE_PREPOSITIONS = {"в", "во", "на", "при", "от", "из"}  # посол Японии в России; комитет при прокуратуре; наблюдатель от ОБСЕ
ORG_PREPOSITIONS = {"при", "от", "из"}                # these may open the organization too: наблюдатель от ОБСЕ; рабочий из цеха
# Words before a position that make the holder acting: the position after them stays as written.
ACTING = [
    ("исполняющ", "обязанност"),    # Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США
    ("временно", "исполняющ", "обязанност"),   # временно исполняющий обязанности губернатора
]
# Its abbreviation, word for word; "о" in small letters (a capital one is an initial: "И.О. Петров").
ACTING_ABBREVIATIONS = [
    ("и", ".", "о", "."),           # Иван Петров назначен и.о. первого заместителя председателя правительства; и. о. директора
]
ACTING_FIRST_WORDS = tuple({words[0] for words in ACTING + ACTING_ABBREVIATIONS})
COORDINATION = {",", "и"}                             # экономического развития, инвестиций, туризма и внешних связей
MAX_ROLE = 40  # tokens: a role phrase is never longer
GENITIVE = frozenset({"gent"})                  # заместитель губернатора
DATIVE = frozenset({"datv"})                    # министр по делам разведки
LOCATIVE = frozenset({"loct", "ablt", "accs"})  # посол в России; представитель при президенте
INSTRUMENTAL = frozenset({"ablt"})              # заведующий кафедрой


@dataclass
class Unit:
    """A piece of a role phrase: view positions ``start:end`` and what it is."""

    start: int
    end: int
    kind: str   # "position", "domain" (both part of the position), "org"
    np: bool = False   # a plain noun phrase (adjectives and a noun), which may be put in the nominative
    place: bool = False   # a preposition and a place: "в России"


@dataclass
class RolePhrase:
    """A role as written: view positions ``start:end``; the head at ``head``."""

    start: int
    end: int
    head: int
    units: list[Unit] = field(default_factory=list)
    place: int | None = None   # a place adjective before the head: "российский президент"
    acting: int | None = None  # where the position begins after "исполняющий обязанности"
    shares: RolePhrase | None = None   # the role right before, whose organization a bare title shares
    open_class: bool = False   # its head is a post the list does not know, read beside a name ("механизатор")

    @property
    def position_end(self) -> int:
        org = self.org_units
        return org[0].start if org else self.end

    @property
    def org_units(self) -> list[Unit]:
        for i, unit in enumerate(self.units):
            if unit.kind == "org":
                return self.units[i:]
        return []


class View:
    """The words of one sentence (whitespace tokens left out), with what the role grammar asks of them.

    Built from plain lists made once per Doc: spaCy makes a new Token object at every ``doc[i]``.
    """

    def __init__(self, words: DocWords, start: int, end: int, person_starts: set[int], person_tokens: set[int]):
        self.text_ = words.text
        self.ids = [i for i in range(start, end) if not words.space[i]]
        self.words = [words.words[i] for i in self.ids]
        self.starts = [words.starts[i] for i in self.ids]
        self.index = {i: k for k, i in enumerate(self.ids)}
        # only this sentence's tokens and entities are looked at: a walk over the whole Doc's for
        # every sentence made a long text quadratic
        self.person_starts = {k for k, i in enumerate(self.ids) if i in person_starts}
        self.person = {k for k, i in enumerate(self.ids) if i in person_tokens}
        self.entities: dict[int, int] = {}   # view start -> view end of ORG and LOC entities
        first = bisect.bisect_left(words.entities, start, key=lambda entity: entity[1])   # doc.ents are in text order
        for label, ent_start, ent_end in itertools.takewhile(lambda entity: entity[1] < end, words.entities[first:]):
            if label in ("ORG", "LOC") and ent_start in self.index and ent_end - 1 in self.index:
                self.entities[self.index[ent_start]] = self.index[ent_end - 1] + 1
        self.quotes = pair_quotes(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def text(self, k: int) -> str:
        return self.words[k] if 0 <= k < len(self.words) else ""

    def lower(self, k: int) -> str:
        return fold(self.text(k))

    def start_char(self, k: int) -> int:
        return self.starts[k]

    def end_char(self, k: int) -> int:
        return self.starts[k] + len(self.words[k])


# ---------------------------------------------------------------- reading units


def _has_case(cases: frozenset[str], wanted: frozenset[str]) -> bool:
    return bool(cases & wanted)


@lru_cache(maxsize=100_000)
def _known_name(word: str) -> bool:
    """A word pymorphy3 knows as a first name or patronymic: a person's, never an organization."""
    return any(p.is_known for p in parses_with(word, "Name", "Patr", within=3))


def _noun_phrase(view: View, k: int, wanted: frozenset[str]) -> int | None:
    """End of "adjectives noun" at k in one of the wanted cases, else None."""
    j = k
    while j < len(view) - 1 and j not in view.person and (
        _has_case(adjective_cases(view.text(j)), wanted) or j > k and _is_degree_adverb(view.text(j))
    ):
        if view.lower(j + 1) in ("и", "или") and _has_case(adjective_cases(view.text(j + 2)), wanted) and not _is_noun(view.text(j + 2), wanted):
            j += 2   # adjectives joined: "государственных и муниципальных услуг"
            continue
        following = view.text(j + 1)
        if not (_has_case(adjective_cases(following), wanted) or _is_noun(following, wanted) or _is_degree_adverb(following)):
            break   # the word is the noun itself: "сборной"
        j += 1
    if j < len(view) and j not in view.person and _is_noun(view.text(j), wanted):
        return j + 1
    return None


def _adjectives_end(view: View, k: int, wanted: frozenset[str]) -> int:
    """Past the adjectives in one of the wanted cases at k: "ленинградского" (before «Телевизора»)."""
    while k < len(view) and k not in view.person and _has_case(adjective_cases(view.text(k)), wanted):
        k += 1
    return k


@lru_cache(maxsize=10_000)
def _is_degree_adverb(word: str) -> bool:
    """An adverb inside an adjective group: "французского крайне правого Национального фронта"."""
    return best_pos(word) == "ADVB"


def _aside_end(view: View, k: int) -> int:
    """Past a short aside in brackets after an organization, "(FN)", "(Bilal Hussein)"; else k."""
    if view.text(k) != "(":
        return k
    for j in range(k + 1, min(len(view), k + 6)):
        if view.text(j) == ")":
            inside = [view.text(i) for i in range(k + 1, j)]
            return j + 1 if inside and all(is_abbreviation(w) or LATIN.fullmatch(w) for w in inside) else k
    return k


def _is_noun(word: str, wanted: frozenset[str]) -> bool:
    """A noun in one of the wanted cases; an abbreviation may be in any: "уполномоченного МФЦ"."""
    return _has_case(noun_cases(word), wanted) or is_abbreviation(word)


def _noun_kind(view: View, k: int) -> str:
    word = view.text(k)
    if position_parses(word):
        return "position"
    if organization_word(word) or word[:1].isupper() and k > 0:
        return "org"
    return "domain"


def read_unit(view: View, k: int, in_org: bool, cases: frozenset[str] = GENITIVE) -> Unit | None:
    """The unit of a role phrase at view position k, or None where the phrase ends."""
    if k >= len(view) or k in view.person_starts or k in view.person:
        return None
    word = view.text(k)
    low = fold(word)
    if k in view.quotes:                                   # «МФЦ Калужской области»
        return Unit(k, view.quotes[k] + 1, "org")
    if k in view.entities and (in_org or not position_parses(word)):   # Оренбургской области, МИД
        end = max([view.entities[k]] + [view.quotes[q] + 1 for q in range(k, view.entities[k]) if q in view.quotes])
        return Unit(k, end, "org", np=True)  # (not "Председателя Правительства": a title first); a quote the NER left open closed
    if is_abbreviation(word):                              # ГБУ ЛО, МФЦ, РФ
        return Unit(k, k + 1, "org")
    if low in TOWN_MARKS and view.text(k + 1) == "." and view.text(k + 2)[:1].isupper():
        return Unit(k, k + 3, "org")                       # г. Оренбурга
    if LATIN.fullmatch(word) and word[0].isupper():       # FaceCash, Business NZ, Global Cultural Project
        end = k + 1
        while end < len(view) and LATIN.fullmatch(view.text(end)) and end not in view.person:
            end += 1
        return Unit(k, end, "org")
    if word.isdigit() and (grade := next((j for j in (k + 1, k + 4) if _is_grade(view.text(j))), None)):
        return Unit(k, grade + 1, "domain")                 # ученица 5 класса; учащийся 9 «А» класса
    if low in DOMAIN_PREPOSITIONS:                         # по вопросам прав человека; по стратегии и развитию
        end = _noun_phrase(view, k + 1, DATIVE)
        while end and view.lower(end) in COORDINATION and (more := _noun_phrase(view, end + 1, DATIVE)):
            end = more
        return Unit(k, end, "org" if in_org else "domain") if end else None
    if low in PLACE_PREPOSITIONS and in_org or low in ORG_PREPOSITIONS:   # в России; при прокуратуре; от ОБСЕ
        return _place_unit(view, k)
    if word[:1].isupper() and _known_name(word):
        return None
    if (quoted := _adjectives_end(view, k, cases)) > k and quoted in view.quotes:   # ленинградского «Телевизора»
        return Unit(k, view.quotes[quoted] + 1, "org")
    end = _noun_phrase(view, k, cases)
    if end is None:
        return None
    kind = "org" if in_org else _noun_kind(view, end - 1)
    if kind == "domain" and (named := _named_end(view, end)) is not None:
        kind, end = "org", named                           # руководитель студии «Вышивка»: a named house
    end = _numbered_end(view, end)
    if any(view.text(j)[:1].isupper() and not position_parses(view.text(j)) for j in range(k, end - 1)) and k > 0:
        kind = "org"                                       # Оренбургской области, not tagged by NER (a title's capital is no name: "Председателя")
    return Unit(k, end, kind, np=True)


@lru_cache(maxsize=10_000)
def _is_grade(word: str) -> bool:
    """A school grade or a year of study after its number: "класса", "курса"."""
    return any(fold(p.normal_form) in ("класс", "курс") and "gent" in p.tag for p in parses_with(word, "NOUN"))


def _named_end(view: View, end: int) -> int | None:
    """Past the quoted name a genitive group leads to, if it does: "студии «Вышивка»", "ансамбля
    народного танца «Онар»" (a few genitives between, none of them a position)."""
    for _ in range(3):
        if end in view.quotes:
            return view.quotes[end] + 1
        more = _noun_phrase(view, end, GENITIVE)
        if more is None or position_parses(view.text(more - 1)) or organization_word(view.text(more - 1)) or any(
            view.text(j)[:1].isupper() for j in range(end, more)
        ):
            return None                                    # "председатель правления банка «Заря»": the bank is the house
        end = more
    return None


def _numbered_end(view: View, end: int) -> int:
    """Past the number and the quoted name that an institution's noun carries:
    "школы № 5", "детским садом № 3 «Солнышко»"."""
    if view.text(end) == "№" and view.text(end + 1)[:1].isdigit():
        end += 2
        if end in view.quotes:
            end = view.quotes[end] + 1
    return end


def _place_unit(view: View, k: int) -> Unit | None:
    """A preposition and a place or body: "в России", "при прокуратуре", "от штата Аризона"."""
    target = k + 1
    if target >= len(view) or target in view.person:
        return None
    word = view.text(target)
    end = view.entities.get(target)
    if end is None and is_abbreviation(word):
        end = target + 1
    if end is None:
        found = _noun_phrase(view, target, LOCATIVE | GENITIVE)
        if found and (word[:1].isupper() or organization_word(view.text(found - 1))):
            end = found
    return Unit(k, end, "org", place=True) if end else None


def _acting_end(view: View, k: int) -> int:
    """Past "исполняющий обязанности" at k, else k."""
    if not view.lower(k).startswith(ACTING_FIRST_WORDS):   # most words: one look, not one per form
        return k
    for words in ACTING:
        if all(view.lower(k + i).startswith(w) for i, w in enumerate(words)):
            return k + len(words)
    for words in ACTING_ABBREVIATIONS:
        if view.lower(k) == words[0] and all(view.text(k + i) == w for i, w in enumerate(words[1:], 1)):
            return k + len(words)
    return k


def _open_head(view: View, k: int) -> int:
    """Past lower-case adjectives at k to the open-class post they lead to, else k."""
    j = k
    while j < len(view) and j not in view.person and view.text(j)[1:].islower() and has_reading(view.text(j), "ADJF") \
            and not open_position_parses(view.text(j)):
        j += 1
    return j if j > k and j < len(view) and open_position_parses(view.text(j)) else k


def _modifiers_end(view: View, k: int) -> int:
    """Past the modifiers at k: "первый", "чрезвычайный и полномочный"."""
    j = k
    while j < len(view) and _is_modifier(view.text(j)):
        nxt = j + 1
        if view.lower(nxt) == "и" and _is_modifier(view.text(nxt + 1)):
            nxt += 1
        if not (_is_modifier(view.text(nxt)) or position_parses(view.text(nxt))):
            break   # the modifier is the head itself: "ведущий", "управляющий"
        j = nxt
    return j


def _is_modifier(word: str) -> bool:
    return bool(modifier_parses(word) or place_parses(word))


@lru_cache(maxsize=100_000)
def opens_role(word: str) -> bool:
    """Can a role phrase begin with this word (an acting formula, a modifier or a position)?
    Most words can't: one cached look instead of the grammar's walk at every word."""
    return fold(word).startswith(ACTING_FIRST_WORDS) or _is_modifier(word) or bool(position_parses(word))


def read_role(
    view: View, k: int, limit: int | None = None, open_class: bool = False, adjectives: bool = False, titles: bool = False,
) -> RolePhrase | None:
    """The role phrase that starts at view position k, or None. ``limit``: where a name starts;
    ``open_class``: beside a name, any post the open class reads ("механизатор"), not only the list's;
    ``adjectives``: an open-class post may open with its adjectives, after a name ("Анна Ким –
    медицинская сестра ЦРБ"; before one, the post is read from its head); ``titles``: a title in the
    organization is part of it ("аппарата губернатора"), not a second role."""
    if k in view.person or not (
        opens_role(view.text(k)) or open_class and (open_position_parses(view.text(k)) or adjectives and _open_head(view, k) > k)
    ):
        return None
    acting = _acting_end(view, k)
    head = _modifiers_end(view, acting)
    if open_class and not position_parses(view.text(head)):
        head = _open_head(view, head)       # "старший научный сотрудник": any adjectives before an open-class post
    if head >= len(view) or head in view.person:
        return None
    if not (position_parses(view.text(head)) or open_class and open_position_parses(view.text(head))):
        return None
    phrase = RolePhrase(k, head + 1, head, acting=acting, open_class=not position_parses(view.text(head)))
    phrase.place = next((j for j in range(k, head) if place_parses(view.text(j)) and not modifier_parses(view.text(j))), None)
    stop = min(len(view), limit if limit is not None else len(view), k + MAX_ROLE)
    j = head + 1
    in_org = False
    first = True
    while j < stop:
        cases = GENITIVE | INSTRUMENTAL if first and _adjective_head(view.text(head)) else GENITIVE
        unit = read_unit(view, j, in_org, cases)
        if unit is None and view.text(j) in COORDINATION and phrase.units:
            unit = _coordinated(view, j, phrase.units[-1], in_org, stop)
        if unit is None or unit.end > stop:
            break
        if in_org and unit.np and position_parses(view.text(unit.end - 1)) and not titles:
            break   # a second role begins: "заместитель главы вооружённых сил генерал-лейтенанта …"
        in_org = in_org or unit.kind == "org"
        if in_org and (aside := _aside_end(view, unit.end)) > unit.end and aside <= stop:
            unit.end = aside   # Национального фронта (FN)
        phrase.units.append(unit)
        phrase.end = unit.end
        j = unit.end
        first = False
    return phrase


def _coordinated(view: View, j: int, last: Unit, in_org: bool, stop: int) -> Unit | None:
    """A unit joined to the one before by "," or "и": "развития, инвестиций, туризма и внешних связей";
    "в России, на Украине, в Белоруссии и Казахстане"."""
    if not in_org and last.kind == "domain":
        after = read_unit(view, j + 1, in_org)
        if after is not None and after.kind == "domain" and after.end <= stop:
            return Unit(j, after.end, "domain")
    if in_org and last.place:
        after = _place_unit(view, j) if view.lower(j + 1) not in PLACE_PREPOSITIONS else _place_unit(view, j + 1)
        if after is not None and after.end <= stop:
            return Unit(j, after.end, "org", place=True)
    return None


@lru_cache(maxsize=10_000)
def _adjective_head(word: str) -> bool:
    """A head that governs the instrumental: "заведующий кафедрой", "командующий войсками"."""
    return any(p.tag.POS in ADJECTIVE_POS for p in position_parses(word))
