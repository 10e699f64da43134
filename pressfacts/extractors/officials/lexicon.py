"""Word lists of the officials extractor, read from ``pressfacts/data/officials_*.txt``, and
the word-level predicates built on them, cached per word form.

A data file has one entry a line, then ``#`` and the example that needed it::

    губернатор  # губернатор Андрей Бочаров

Lines that start with ``#`` are comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.tokens import Doc

from pressfacts.data import read_entries as read_lines
from pressfacts.pipeline.morphology import fold
from pressfacts.pipeline.extensions import text_of
from pressfacts.pipeline.sentences import sentences
from pressfacts.pipeline.wordforms import (
    ADJECTIVE_POS, FUNCTION_POS, NOMINAL_POS, NOT_ROLES, NOUN_POS, best_parse, best_pos, parse_lemma, parses_as,
)


LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&'’.-]*")   # FaceCash, Philips, Red Bull


def read_entries(name: str) -> list[tuple[str, str]]:
    """(entry, example) of every line of a data file, read by the package's one loader."""
    return [(" ".join(entry.fields), entry.example) for entry in read_lines(name)]


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    """The entries of a data file, ё written as е."""
    return frozenset(fold(entry) for entry, _ in read_entries(name))


@lru_cache(maxsize=None)
def load_pairs(name: str) -> dict[str, str]:
    """The ``key: value`` entries of a data file, keys folded: {"российский": "Россия"}."""
    pairs = {}
    for entry, _ in read_entries(name):
        key, sep, value = entry.partition(":")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"{name}: expected 'key: value', got {entry!r}")
        pairs[fold(key.strip())] = value.strip()
    return pairs


POSITIONS = load_words("officials_positions.txt")
PLACE_ADJECTIVES = load_pairs("officials_places.txt")
MODIFIERS = load_words("officials_modifiers.txt")
ORGANIZATIONS = load_words("officials_organizations.txt")
NAME_BLOCKERS = load_words("officials_name_blockers.txt")
COPULAS = load_words("officials_copulas.txt")


@lru_cache(maxsize=100_000)
def position_parses(word: str) -> tuple:
    """Parses of a word that make it a position head, singular: "заместителя" -> заместитель, gent.

    None for a word that is first of all a function word: "после" is not "посол".
    """
    if best_pos(word) in FUNCTION_POS:
        return ()
    listed = tuple(p for p in parses_as(word, NOMINAL_POS) if parse_lemma(p) in POSITIONS and "plur" not in p.tag)
    if not listed and fold(word) in POSITIONS:
        listed = parses_as(word, NOMINAL_POS)   # a short title pymorphy3 does not know: "Замгубернатора" (indeclinable)
    return listed


@lru_cache(maxsize=100_000)
def open_position_parses(word: str) -> tuple:
    """Parses of a post the list does not know, read beside a name only: any common noun for a
    living being, singular, that says what a person does ("механизатору", "фельдшер"), not who
    they are (``wordforms.NOT_ROLES``: "житель", "девушка", "сын") nor a name."""
    if not word[1:].islower() or best_pos(word) in FUNCTION_POS:
        return ()   # not an abbreviation or a name with inner capitals; a capital that opens a sentence is fine
    return tuple(
        p for p in parses_as(word, ("NOUN", "ADJF", "PRTF"))
        if ("anim" in p.tag if p.tag.POS == "NOUN" else "Subx" in p.tag)   # "дежурный", "уполномоченный": made nouns
        and "plur" not in p.tag and not any(g in p.tag for g in ("Name", "Surn", "Patr"))
        and fold(p.normal_form) not in NOT_ROLES
    )


def role_parses(word: str) -> tuple:
    """A listed post's parses, else an open-class one's."""
    return position_parses(word) or open_position_parses(word)


@lru_cache(maxsize=100_000)
def modifier_parses(word: str) -> tuple:
    """Adjective parses of a position modifier: "первого" -> первый."""
    return tuple(p for p in parses_as(word, ADJECTIVE_POS) if parse_lemma(p) in MODIFIERS)


@lru_cache(maxsize=100_000)
def place_parses(word: str) -> tuple:
    """Adjective parses of a place adjective: "российский" (-> Россия)."""
    return tuple(p for p in parses_as(word, "ADJF") if fold(p.normal_form) in PLACE_ADJECTIVES)


@lru_cache(maxsize=100_000)
def organization_word(word: str) -> bool:
    """A noun that begins an organization: "правительства", "области"."""
    return any(fold(p.normal_form) in ORGANIZATIONS for p in parses_as(word, NOUN_POS)) or fold(word) in ORGANIZATIONS


@lru_cache(maxsize=100_000)
def name_blocker(word: str) -> bool:
    """A word that makes the name after it part of a place or a title: "имени", "ул"."""
    folded = fold(word)
    if folded in NAME_BLOCKERS:
        return True
    return any(fold(p.normal_form) in NAME_BLOCKERS for p in parses_as(word, NOUN_POS, within=2))


@lru_cache(maxsize=100_000)
def is_copula(word: str) -> bool:
    """A verb that predicates a position: "будет", "стал", "назначен", "избран"."""
    best = best_parse(word)
    return best.tag.POS in {"VERB", "INFN", "PRTS", "PRTF", "GRND"} and fold(best.normal_form) in COPULAS


@dataclass
class DocWords:
    """What the extractor reads of a Doc, as plain lists: token texts, offsets, whitespace flags, entities."""

    text: str
    words: list[str]
    starts: list[int]
    space: list[bool]
    entities: list[tuple[str, int, int]]   # (label, start token, end token)
    sentences: list[tuple[int, int]]       # (start token, end token)
    boilerplate: list[tuple[int, int]]     # (start token, end token)

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        # one array read, not a Token object per word and attribute
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX, IS_SPACE]).tolist() if len(doc) else []
        return cls(
            text_of(doc),
            [strings[orth] for orth, _, _ in rows],
            [idx for _, idx, _ in rows],
            [bool(space) for _, _, space in rows],
            [(e.label_, e.start, e.end) for e in doc.ents],
            [(s.start, s.end) for s in sentences(doc)],
            [(s.start, s.end) for s in doc.spans.get("boilerplate", [])],
        )
