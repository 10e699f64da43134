"""The dependency parse of a Doc as the officials rules read it, and names it widens.

``Tree`` holds the head and relation of every token as plain lists ("" outside the sentences the
syntax component parsed); ``widen_mentions`` joins to a name the word the parse makes part of it
("Белёва Евгения" where the NER tagged only "Евгения").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.syntax import arcs_of
from pressfacts.pipeline.wordforms import best_parse, has_name_reading

from .lexicon import DocWords
from .names import NAME_WORD, Mention, _mention

NAME_RELS = {"flat:name", "appos"}   # Белёва <-appos- Евгения; Белянина <-flat:name- Ольга
DEPTH = 64   # heads walked up from a word, at most (a tree of a parsed sentence is shallower)


@dataclass
class Tree:
    """The parse of a Doc as plain lists (spaCy makes a new Token at every ``doc[i]``): the head and
    the relation of every token, "" outside the parsed sentences."""

    heads: list[int]
    deps: list[str]
    bodies: frozenset[int] = frozenset()   # tokens of ORG entities

    @classmethod
    def of(cls, doc: Doc) -> Tree:
        if not doc.has_annotation("DEP"):
            return cls([], [])
        bodies = frozenset(i for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end))
        # the flat trees the syntax component gives the sentences it skipped are no parse
        return cls(*arcs_of(doc), bodies)

    def dep(self, i: int) -> str:
        return self.deps[i] if 0 <= i < len(self.deps) else ""

    def under(self, i: int, top: int) -> bool:
        """Is token ``top`` an ancestor of token ``i`` (or ``i`` itself)?"""
        for _ in range(DEPTH):
            if i == top:
                return True
            if not self.dep(i) or self.heads[i] == i:
                return False
            i = self.heads[i]
        return False


def widen_mentions(words: DocWords, tree: Tree, mentions: list[Mention]) -> list[Mention]:
    """Names the NER cut short, with the word beside them that the parse joins to the name as a
    part of it ("flat:name", "appos"): "Белёва Евгения" where only "Евгения" is tagged. Only a
    word that reads as a surname or a name; two mentions side by side stay two."""
    if not tree.deps:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for mention in mentions:
        start, end = mention.start, mention.end
        before, after = _word_before(words, start), _word_after(words, end)
        if _joins(words, tree, before, start, end, taken):
            start = before
        elif _joins(words, tree, after, start, end, taken):
            end = after + 1
        wider = _mention(words, start, end) if (start, end) != (mention.start, mention.end) else None
        found.append(wider or mention)
        taken.update(range(start, end))
    return found


def _word_before(words: DocWords, i: int) -> int | None:
    i -= 1
    while i >= 0 and words.space[i]:
        i -= 1
    return i if i >= 0 else None


def _word_after(words: DocWords, i: int) -> int | None:
    while i < len(words.words) and words.space[i]:
        i += 1
    return i if i < len(words.words) else None


def _joins(words: DocWords, tree: Tree, k: int | None, start: int, end: int, taken: set[int]) -> bool:
    """Does the parse join the free word k to the name at start:end as a part of it?"""
    if k is None or k in taken or not _name_part(words.words[k]):
        return False
    if tree.dep(k) in NAME_RELS and start <= tree.heads[k] < end:
        return True
    return any(tree.dep(i) in NAME_RELS and tree.heads[i] == k for i in range(start, end))


@lru_cache(maxsize=10_000)
def _name_part(word: str) -> bool:
    """A capitalised word that pymorphy3 can read as a surname, a name or a patronymic, and not first
    as a place or an organization: "Белёва", "Сизова", not "Кашина" (a town)."""
    return (
        bool(NAME_WORD.fullmatch(word)) and not is_abbreviation(word)
        and not {"Geox", "Orgn"} & best_parse(word).tag.grammemes
        and has_name_reading(word, within=3)
    )
