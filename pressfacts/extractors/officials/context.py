"""Organizations the text gives away from the role: a generic noun resolved to the name it stands
for, and the state of a state title written with no organization.

    представители партии «Яблоко» … главу партии Сергея Митрохина      -> "Яблоко"
    Глава государства Иван Петров и Председатель Правительства РФ …     -> "РФ"
    Внешний долг России сократился. Премьер-министр Михаил Фрадков …    -> "Россия"

A candidate is taken only when it is the one candidate of the role's sentence or, when that
sentence has none, of the sentence before; two candidates leave the organization null.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.regions import most_named, state_name
from pressfacts.pipeline.wordforms import NOUN_POS, best_lemma, parse_lemma, parses_as

from .lexicon import (
    PLACE_ADJECTIVES,
    fold,
    load_pairs,
    load_words,
    place_parses,
    position_parses,
    read_entries,
)
from .forms import organization_text
from .roles import LATIN, RolePhrase, View

STATE_TITLES = load_words("officials_state_titles.txt")
GENERIC = load_pairs("officials_generic.txt")
REGION_NOUNS = frozenset({"регион", "область", "край", "республика"})   # left for the region of the text
STATE_WORDS = 2  # words: the longest state name ("Российская Федерация", "Южная Корея")


def _key(words: list[str]) -> str:
    return " ".join(best_lemma(w) for w in words)


def load_states() -> dict[str, str]:
    """The lemmas of a state's name -> the name: {"российский федерация": "Российская Федерация"}."""
    return {_key(name.split()): name for name, _ in read_entries("officials_states.txt")}


STATES = load_states()
STATE_NAMES = frozenset(STATES.values())


@dataclass
class Candidate:
    """An organization named in the text: its text and view positions ``start:end`` in a sentence."""

    text: str
    sentence: int
    start: int
    end: int


def _quoted(view: View, k: int) -> bool:
    return any(a < k < b for a, b in view.quotes.items())


def find_states(view: View, sentence: int) -> list[Candidate]:
    """The states a sentence names outside quotes ("России", "Российской Федерации", "США"), but not
    one that is already the organization of a position written right before it ("премьер-министр Турции")."""
    found = []
    k = 0
    while k < len(view):
        size = next(
            (n for n in range(STATE_WORDS, 0, -1)
             if k + n <= len(view) and view.text(k)[:1].isupper() and _key(view.words[k : k + n]) in STATES),
            0,
        )
        if size and not _quoted(view, k) and not position_parses(view.text(k - 1)):
            found.append(Candidate(STATES[_key(view.words[k : k + size])], sentence, k, k + size))
        elif not size and (state := _state_adjective(view.text(k))) and not _quoted(view, k) and not (
            position_parses(view.text(k + 1)) or position_parses(view.text(k + 2))
        ):
            found.append(Candidate(state, sentence, k, k + 1))   # для американских компаний
        k += size or 1
    return found


@lru_cache(maxsize=100_000)
def _state_adjective(word: str) -> str | None:
    """The state of a place adjective: "американских" -> "США"; None for a region's ("московский")."""
    place = next((PLACE_ADJECTIVES[fold(p.normal_form)] for p in place_parses(word)), None)
    return place if place in STATE_NAMES else None


def _name_after(view: View, k: int) -> tuple[int, int] | None:
    """The name written right after a noun at k: «Яблоко», an abbreviation, a Latin name."""
    j = k + 1
    if j in view.quotes:
        return j, view.quotes[j] + 1
    if is_abbreviation(view.text(j)) or LATIN.fullmatch(view.text(j)) and view.text(j)[:1].isupper():
        return j, j + 1
    return None


def find_named(view: View, sentence: int) -> dict[str, list[Candidate]]:
    """Generic nouns written with a name: "партии «Яблоко»" -> {"партия": [«Яблоко»]}."""
    found: dict[str, list[Candidate]] = {}
    for k, word in enumerate(view.words):
        if not word[:1].islower():
            continue
        noun = next((fold(p.normal_form) for p in parses_as(word, NOUN_POS) if fold(p.normal_form) in GENERIC), None)
        if noun is None or GENERIC[noun] != "named" or (name := _name_after(view, k)) is None:
            continue
        a, b = name
        text = view.text_[view.start_char(a + 1) : view.end_char(b - 2)] if a in view.quotes else view.text(a)
        found.setdefault(noun, []).append(Candidate(text, sentence, a + (a in view.quotes), b - (a in view.quotes)))
    return found


def _one(candidates: list[Candidate], sentence: int) -> Candidate | None:
    """The one candidate of the sentence, or of the sentence before when the sentence has none."""
    for n in (sentence, sentence - 1):
        here = {fold(c.text): c for c in candidates if c.sentence == n}
        if here:
            return next(iter(here.values())) if len(here) == 1 else None
    return None


def _one_so_far(candidates: list[Candidate], sentence: int) -> Candidate | None:
    """The one name written so far (up to the role's sentence), the latest mention of it."""
    here = {fold(c.text): c for c in candidates if c.sentence <= sentence}
    return next(iter(here.values())) if len(here) == 1 else None


class Context:
    """What the sentences of one Doc name: states, and generic nouns with their names (read when first asked for)."""

    def __init__(self, views: list[View]):
        self.views = views

    @cached_property
    def states(self) -> list[Candidate]:
        return [c for i, view in enumerate(self.views) for c in find_states(view, i)]

    @cached_property
    def named(self) -> dict[str, list[Candidate]]:
        named: dict[str, list[Candidate]] = {}
        for i, view in enumerate(self.views):
            for noun, found in find_named(view, i).items():
                named.setdefault(noun, []).extend(found)
        return named

    @cached_property
    def main_state(self) -> Candidate | None:
        """The state the text names more often than any other (its first mention); None when two
        are named as often ("с коллегами из Франции и Италии")."""
        return most_named(self.states, lambda c: state_name(c.text) or c.text)   # "России" and "РФ" count as one

    def implied_state(self, sentence: int, phrase: RolePhrase) -> tuple[str, View, int, int] | None:
        """For a state title the text leaves bare ("президент Барак Обама" in a text about the
        United States): the state the text names most often, when its sentence and the one before
        name none or several."""
        view = self.views[sentence]
        generic = _generic(view, phrase)
        if generic is not None:                     # "премьер-министром страны": the state the text is about
            if GENERIC[generic[0]] != "state" or self.main_state is None:
                return None
        elif organization_text(view, phrase) is not None or not _state_title(view.text(phrase.head)) or self.main_state is None:
            return None
        state = self.main_state
        return state.text, self.views[state.sentence], state.start, state.end

    def organization(self, sentence: int, phrase: RolePhrase) -> tuple[str, View, int, int] | None:
        """The organization of a role: as written, resolved when generic, or the state of a state title.
        (text, view of the sentence it is in, view positions ``start:end``)."""
        view = self.views[sentence]
        written = organization_text(view, phrase)
        generic = _generic(view, phrase)
        if generic is not None:
            noun, adjective = generic
            if GENERIC[noun] == "state" and adjective is not None:   # главы российского государства -> Россия
                return _state_adjective(view.text(adjective)), view, adjective, adjective + 1
            found = _one(self.states, sentence) if GENERIC[noun] == "state" else _one_so_far(self.named.get(noun, []), sentence)
            if found is None and noun in REGION_NOUNS and written is not None:
                return written[0], view, written[1], written[2]   # "глава региона": the text's region fills it in (``implied``)
        elif written is not None:
            return written[0], view, written[1], written[2]
        elif _state_title(view.text(phrase.head)):
            found = _one(self.states, sentence)
        else:
            return None
        return (found.text, self.views[found.sentence], found.start, found.end) if found else None


def _generic(view: View, phrase: RolePhrase) -> tuple[str, int | None] | None:
    """The generic noun that is the whole organization of a role ("главу партии", "мэр города"), and
    the place adjective before it, if any ("главы российского государства")."""
    units = phrase.org_units
    if len(units) != 1 or not units[0].np or units[0].end - units[0].start > 2:
        return None
    start, end = units[0].start, units[0].end
    words = [view.text(k) for k in range(start, end)]
    if not all(w[:1].islower() for w in words):
        return None
    adjective = start if end - start == 2 and _state_adjective(words[0]) else None
    if end - start == 2 and adjective is None:
        return None
    noun = next((fold(p.normal_form) for p in parses_as(words[-1], NOUN_POS) if fold(p.normal_form) in GENERIC), None)
    return (noun, adjective) if noun else None


@lru_cache(maxsize=10_000)
def _state_title(word: str) -> bool:
    return any(parse_lemma(p) in STATE_TITLES for p in position_parses(word))
