"""Rank phrases found in a sentence: the rules of ``grammar`` compiled into a spaCy ``Matcher``,
their matches (of overlapping ones the longest), and the rank a word writes ("1-е", "II",
"первое", "серебро")."""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from pressfacts.pipeline.lexicon import roman_value
from pressfacts.pipeline.sentence_view import pair_quotes
from pressfacts.pipeline.wordforms import lemmas

from .grammar import FORMER, MEDAL_RANKS, PLACE_NOUNS, PLACEHOLDERS, RANK_RULES, READ, SPACE, WINNER, RankRule
from .words import ORDINALS

RULES_BY_NAME = {rule.name: rule for rule in RANK_RULES}
ORDINAL_RULES = frozenset({"ordinal_became", "ordinal_dash", "ordinal_finished"})   # an ordinal alone: "третьим стал", "вторым — …"


def expand(pattern: list) -> list[list[dict]]:
    """Every pattern the placeholders stand for, with optional whitespace between the elements."""
    choices = [PLACEHOLDERS[element] if isinstance(element, str) else [element] for element in pattern]
    expanded = []
    for combination in itertools.product(*choices):
        tokens: list[dict] = []
        for element in combination:
            if tokens:
                tokens.append(SPACE)
            tokens.append(element)
        expanded.append(tokens)
    return expanded


def build_matcher(vocab: Vocab) -> Matcher:
    """A Matcher with every rank rule, keyed by the rule's name."""
    matcher = Matcher(vocab, validate=True)
    for rule in RANK_RULES:
        matcher.add(rule.name, expand(rule.pattern))
    return matcher


def rank_of(token: Token) -> int | None:
    """The rank a token writes: 1 for "1", "1-е", "I", "первое"; None for any other word.

    >>> import spacy; nlp = spacy.blank("ru")
    >>> [rank_of(t) for t in nlp("2 IV 3-е место")]
    [2, 4, 3, None]
    """
    text = token.lower_.split("-")[0]
    if text.isdigit():
        return int(text) or None
    if (value := roman_value(text.upper())) is not None:
        return value
    if token.lemma_ in MEDAL_RANKS:
        return MEDAL_RANKS[token.lemma_]
    return ordinal_value(token.lower_)


@lru_cache(maxsize=10_000)
def ordinal_value(word: str) -> int | None:
    """The rank an ordinal word gives.

    >>> ordinal_value("второе"), ordinal_value("третьей"), ordinal_value("место")
    (2, 3, None)
    """
    return next((ORDINALS[lemma] for lemma in lemmas(word) if lemma in ORDINALS), None)


def ranks_of(span: Span) -> list[int]:
    """Every rank a rank phrase writes, in order: "Второе и третье места" → [2, 3]."""
    return [r for t in span if (r := rank_of(t)) is not None and t.lemma_ not in PLACE_NOUNS]


class RankMatch(NamedTuple):
    rule: RankRule
    span: Span          # the rank phrase
    rank: int | None
    award: Span | None  # the words of the phrase that name the award: "дипломом 1 степени"
    # (for a rule whose award is "honour", the honour phrase is read around the match)


class RankFinder:
    """The rank phrases of a Doc's sentences, each sentence matched once (the extractor asks for
    a sentence's up to three times: as a heading, as a list line, for its results)."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.found: dict[tuple[int, int], list[RankMatch]] = {}

    def __call__(self, sent: Span) -> list[RankMatch]:
        key = (sent.start, sent.end)
        if key not in self.found:
            self.found[key] = find_rank_phrases(self.matcher, sent)
        return self.found[key]


def find_rank_phrases(matcher: Matcher, sent: Span) -> list[RankMatch]:
    """Rank phrases of a sentence, in order; of overlapping ones the longest, then the earliest rule."""
    found = []
    order = {rule.name: i for i, rule in enumerate(RANK_RULES)}
    quoted = quoted_tokens(sent)
    for match_id, start, end in matcher(sent):
        if start in quoted and not (sent[start].lemma_ in MEDAL_RANKS and start + 1 not in quoted):
            continue                                    # "в номинации «Лучший проект» лауреатом стала": a name's word
            #   (a metal alone in quotes is the place: "«Серебро» у команды …")
        rule = RULES_BY_NAME[sent.vocab.strings[match_id]]
        if rule.name in ORDINAL_RULES and start + 1 < len(sent) and sent[start + 1].pos_ == "NOUN":
            continue                                    # "в третьей категории победителем стал": the category's ordinal
        if any(t.lemma_ in WINNER["LEMMA"]["IN"] and t.i > sent.start and FORMER.match(t.nbor(-1).lower_) for t in sent[start:end]):
            continue                                    # "прошлый победитель - сборная Б - стала второй": who she was
        found.append((-(end - start), order[rule.name], start, end, rule))
    chosen: list[tuple[int, int, RankRule]] = []
    for _, _, start, end, rule in sorted(found):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, rule))
    matches = []
    for start, end, rule in sorted(chosen, key=lambda c: c[0]):
        span = sent[start + rule.lookbehind : end - rule.lookahead]
        rank = rule.rank
        if rank == READ:
            rank = next(iter(ranks_of(span)), None)
            if rank is None:
                continue
        matches.append(RankMatch(rule, span, rank, _award_words(rule, span)))
    return matches


def quoted_tokens(sent: Span) -> set[int]:
    """Positions in the sentence (as the Matcher gives them) of the words inside quotes."""
    texts = [t.text for t in sent]
    return {k for open_, close in pair_quotes(texts).items() for k in range(open_ + 1, close)}


def _award_words(rule: RankRule, span: Span) -> Span | None:
    if not isinstance(rule.award, tuple):
        return None
    words = [t for t in span if not t.is_space]
    first, last = words[rule.award[0]], words[rule.award[1] - 1]
    return span.doc[first.i : last.i + 1]
