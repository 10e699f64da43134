"""Roles around a name: the role phrases written right before a name ("заместитель губернатора
Дмитрий Разумовский") or in apposition after it ("Сергей Есипов, директор ГБУ ЛО «МФЦ»"), chained
when one person holds several, in a case of the name; and where the subject of a role said by a
verb stands ("Оливер Кан будет запасным вратарём").

The phrases themselves are read by ``roles``.
"""

from __future__ import annotations

from functools import partial

from pressfacts.pipeline.morphology import CASES, case_of
from pressfacts.pipeline.sentence_view import QUOTE_PAIRS
from pressfacts.pipeline.titles import ABBREVIATED
from pressfacts.pipeline.wordforms import adjective_cases, has_reading, is_verb, noun_cases

from .lexicon import fold, is_copula, position_parses, role_parses
from .roles import MAX_ROLE, RolePhrase, View, _has_case, read_role

# Words between two roles of one person: "губернатор области, председатель правительства";
# "бывший гендиректор компании, ныне директор института".
ROLE_LINKS = [
    (",",),                 # губернатор Оренбургской области, председатель правительства региона Денис Паслер
    (",", "ныне"),          # бывший гендиректор компании, ныне директор института
    (",", "а", "ныне"),     # бывший министр, а ныне советник президента
    (",", "а", "теперь"),   # бывший министр, а теперь советник президента
    ("ныне",),              # экс-министр ныне советник президента
    (),                     # председатель Совета муфтиев России шейх Равиль Гайнутдин (after a role with an organization)
]
# After the name: what may stand between it and a role given in apposition.
APPOSITION_MARKS = [
    (",",),                 # Сергей Есипов, директор ГБУ ЛО «МФЦ»
    ("—",),                 # Иван Петров — директор школы
    ("–",),                 # Иван Петров – директор школы
    ("-",),                 # Иван Петров - директор школы
    ("(",),                 # Андрей Бочаров (губернатор Волгоградской области)
    (),                     # Михин С.В. специалист МАУ «МФЦ» г. Оренбурга
]


def _role_ending_at(view: View, end: int, accept=None, open_class: bool = False, titles: bool = False) -> RolePhrase | None:
    """The longest role phrase that ends right at view position ``end`` (and that ``accept`` takes)."""
    for k in range(max(0, end - MAX_ROLE), end):
        phrase = read_role(view, k, limit=end, open_class=open_class, titles=titles)
        if phrase is not None and phrase.end == end and (accept is None or accept(phrase)):
            return phrase   # the earliest start is the longest phrase
    return None


def _linked(view: View, k: int, link: tuple[str, ...]) -> bool:
    return all(view.lower(k + i) == w for i, w in enumerate(link))


def roles_before(view: View, start: int, name_cases: frozenset[str] | None = None) -> list[RolePhrase]:
    """The roles written right before a name that starts at view position ``start``, in text order.

    A role set off by a comma counts when it opens the sentence and the name is closed by a comma
    too: "Бывший спикер палаты представителей, Нэнси Пелоси, которая …".
    """
    placed = partial(_open_after, view)   # an open-class post only with its place of work
    best = _role_ending_at(view, start, placed, open_class=True)
    if best is None and view.text(start - 1) == ",":
        best = _role_ending_at(view, start - 1, placed, open_class=True)
        if best is None or best.start != 0:
            return []
    if best is not None and name_cases is not None and not _agrees(view, best, name_cases):
        # a title in another case than the name is inside the body: "руководитель аппарата губернатора Иван Орлов"
        best = _role_ending_at(view, start, lambda p: _title_in_body(view, p) and _agrees(view, p, name_cases), open_class=True, titles=True)
    if best is None or name_cases is not None and not _agrees(view, best, name_cases):
        return []
    found = []
    while best is not None:
        found.insert(0, best)
        earlier = None
        for link in ROLE_LINKS:
            end = best.start - len(link)
            if end > 0 and _linked(view, end, link):
                if link:
                    earlier = _role_ending_at(view, end, placed, open_class=True)
                else:   # side by side, in one case: "заместитель [главы вооружённых сил] генерал-лейтенанта Аксары Кердпола"
                    earlier = _role_ending_at(
                        view, end, lambda p, b=best: bool(p.org_units) and _same_case(view, p, b) and placed(p), open_class=True
                    )
                if earlier is not None:
                    if not link and not best.org_units and best.place is None:
                        best.shares = earlier   # "представитель вооружённых сил полковник Сансерн Каевкамнерд"
                    break
                earlier = None
        best = earlier
    return found


def _title_in_body(view: View, phrase: RolePhrase) -> bool:
    return any(position_parses(view.text(u.end - 1)) for u in phrase.org_units)


def _head_cases(view: View, phrase: RolePhrase) -> frozenset[str]:
    if phrase.acting is not None and phrase.acting > phrase.start:   # исполняющего обязанности …
        return adjective_cases(view.text(phrase.start)) or frozenset(CASES)   # и.о. …: any case
    parses = (role_parses if phrase.open_class else position_parses)(view.text(phrase.head))
    if any("Fixd" in p.tag for p in parses) or fold(view.text(phrase.head)) in ABBREVIATED:
        return frozenset(CASES)   # замминистра, врио: any case
    return frozenset(case_of(p) for p in parses)


def _agrees(view: View, phrase: RolePhrase, name_cases: frozenset[str]) -> bool:
    """The role's head can be in a case the name is in: "заместителя губернатора Дмитрия Разумовского"."""
    return bool(_head_cases(view, phrase) & name_cases)


def _same_case(view: View, a: RolePhrase, b: RolePhrase) -> bool:
    """Two roles side by side belong to one name only in one case: not "с корреспондентом «Голоса Америки» лидер …"."""
    return bool(_head_cases(view, a) & _head_cases(view, b))


def _open_after(view: View, phrase: RolePhrase) -> bool:
    """A post the list does not know counts with its place of work only, before a name or after it
    ("медсестра районной больницы Анна Ким", "Анна Ким, медсестра районной больницы"); a bare noun
    says who, not what ("Иван Орлов, республиканец", "болельщик Иван Орлов")."""
    # a body, not a place one comes from: "шахматистка из Турции" holds no post there
    return bool(position_parses(view.text(phrase.head))) or any(u.kind == "org" and not u.place for u in phrase.units)


def _free_end(view: View, phrase: RolePhrase) -> bool:
    """The phrase is not the role of a name that follows it."""
    return phrase.end not in view.person_starts


ASIDE_SIZE = 5  # words: the longest apposition that is not a role, before one that is


def _apposition_end(view: View, end: int, name_cases: frozenset[str]) -> int | None:
    """Past an apposition that is not a role, set off by commas, in the case of the name:
    "Ивана Петрова, известного правозащитника, члена Общественной палаты" -> at "члена"."""
    if view.text(end) != ",":
        return None
    for j in range(end + 2, min(len(view), end + 2 + ASIDE_SIZE)):
        if view.text(j) == ",":
            words = [view.text(k) for k in range(end + 1, j)]
            nouns = [w for w in words if _singular_noun(w, name_cases)]   # one person's: not "представители Госдумы"
            if nouns and _has_case(adjective_cases(words[0]) | noun_cases(words[0]), name_cases) and not any(
                position_parses(w) or is_verb(w) or w in QUOTE_PAIRS or k in view.person
                for k, w in enumerate(words, end + 1)
            ):
                return j + 1
            return None
    return None


def _singular_noun(word: str, wanted: frozenset[str]) -> bool:
    return any(has_reading(word, "NOUN", "sing", case) for case in wanted)


def roles_after(view: View, end: int, name_cases: frozenset[str]) -> list[RolePhrase]:
    """The roles given in apposition after a name that ends at view position ``end``, an aside
    before them skipped ("Ивана Петрова, известного правозащитника, члена Общественной палаты")."""
    for mark in APPOSITION_MARKS:
        if all(view.text(end + i) == w for i, w in enumerate(mark)):
            phrase = read_role(view, end + len(mark), open_class=True, adjectives=True)
            if phrase is not None and _open_after(view, phrase) and _free_end(view, phrase) and _agrees(view, phrase, name_cases) and (
                mark or "nomn" in _head_cases(view, phrase)   # "Михин С.В. специалист", not "избрания Гачечиладзе премьер-министром"
            ):
                break
    else:
        aside = _apposition_end(view, end, name_cases)
        phrase = read_role(view, aside, open_class=True) if aside is not None else None
        if phrase is None or not _open_after(view, phrase) or not _free_end(view, phrase) or not _agrees(view, phrase, name_cases):
            return []
    found = [phrase]
    while True:
        k = phrase.end
        for link in ROLE_LINKS:
            if _linked(view, k, link) and (link or phrase.org_units):
                nxt = read_role(view, k + len(link), open_class=True)
                if nxt is not None and _open_after(view, nxt) and _free_end(view, nxt) and _agrees(view, nxt, name_cases):
                    break
        else:
            return found
        found.append(nxt)
        phrase = nxt


PREDICATE_REACH = 12  # words between a predicated role and its subject, at most


def predicate_of(view: View, phrase: RolePhrase) -> tuple[str, int] | None:
    """Where the subject of a role in the instrumental is, and the verb's position:
    ("before", c) for "Оливер Кан будет запасным вратарём", ("after", c) for
    "премьер-министром станет Саломе Зурабишвили"; None when no such verb stands by."""
    if "ablt" not in _head_cases(view, phrase):
        return None
    before = phrase.start
    while before - 1 in view.person:   # the object between: "назвал Йенса Лемана первым вратарём"
        before -= 1
    for c in {phrase.start - 1, phrase.start - 2, before - 1}:
        if c >= 0 and is_copula(view.text(c)):
            return "before", c
    if is_copula(view.text(phrase.end)):
        return "after", phrase.end
    return None
