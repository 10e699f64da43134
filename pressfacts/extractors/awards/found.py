"""What the award readers hand on: ``Found``, one award as matched before it becomes a record,
and the steps every reader takes with a chain of recipients (claim its words, join a person and
her house, the clause's offsets, the award a rank phrase names)."""

from __future__ import annotations

from typing import NamedTuple

from .grammar import HELD_RULES, TITLE_RULES
from .rank_phrases import RankMatch
from .honour_phrases import read_honour
from .morph import nominative_phrase
from .view import Recipient, SentenceView, can_be_genitive, is_word
from .words import HONOURS


class Found(NamedTuple):
    """One award as matched, before it becomes a record."""

    start: int              # character offsets of the result clause
    end: int
    scope: int              # character offset up to which contexts apply: the next rank phrase or the sentence
    #                         end; for honours and the parse's readings, ``recipient_scope``
    recipient: Recipient
    rank: int | None
    award: str | None
    contest_result: bool    # a rank phrase (contexts always apply) or an honour
    paragraph: int
    sentence: int
    sentence_bounds: tuple[int, int]


def award_name(view: SentenceView, match: RankMatch) -> str | None:
    """The award a rank phrase names, in the nominative: "дипломом 1 степени" → "диплом 1 степени",
    "лауреатом премии губернатора" → "премия губернатора"."""
    if match.rule.award == "honour":
        laureate = next(view.position[t.i] for t in match.span if t.lemma_ == "лауреат")
        if laureate + 1 < len(view.words) and view.words[laureate + 1].lemma_ in HONOURS:
            phrase = read_honour(view, laureate + 1, "gent")
            return phrase.text if phrase else None
        return None
    if match.rule.award == "told":
        return ""                                       # the honour told before: the extractor's with_award_told
    if match.award is None:
        return None
    tokens = [t for t in match.award if not t.is_space]
    first, last = view.position[tokens[0].i], view.position[tokens[-1].i] + 1
    head = next((k for k, t in enumerate(tokens) if t.pos_ == "NOUN"), 0)   # "почётным гражданином": the noun
    title = match.rule.name in TITLE_RULES
    if title:
        while last < len(view.words) and last not in view.names and is_word(view.words[last]) and view.words[last].pos_ in ("NOUN", "ADJ", "PROPN") and can_be_genitive(view.words[last].text):
            last += 1                                   # "почётным гражданином Лесного района": whose
        tokens = view.words[first:last]
    text = view.text(first, last, nominative_phrase(tokens, head, "gent" if match.rule.name in HELD_RULES else None, singular=title))
    return text[:1].lower() + text[1:] if not tokens[0].text.isupper() else text


def with_house(view: SentenceView, chain: list[Recipient]) -> list[Recipient]:
    """A person and, after a comma, an organization are one recipient and her house: "Анна Ким,
    школа № 3 – 1 место" (a line of a list), not two recipients."""
    if not (len(chain) == 2 and chain[0].kind == "person" and chain[1].kind == "organization" and chain[0].organization is None):
        return chain
    if chain[1].place:
        return chain[:1]                                # "Анна Ким, Лесной район": where she is from, no house
    if not (chain[0].stop < len(view.words) and view.words[chain[0].stop].text == "," and chain[0].stop + 1 == chain[1].first):
        return chain
    chain[0].organization = chain[1].text
    chain[0].stop = chain[1].stop
    return chain[:1]


def claim(view: SentenceView, chain: list[Recipient]) -> list[Recipient]:
    """Block the words of a chain for every later reading."""
    for recipient in chain:
        first = recipient.first if recipient.covers is None else min(recipient.first, recipient.covers)
        view.blocked.update(range(first, recipient.stop))
    return chain


def clause(view: SentenceView, start: int, end: int, chain: list[Recipient]) -> tuple[int, int]:
    """Character offsets of the result clause: the rank or honour words and the recipients."""
    first = min([start] + [r.first for r in chain])
    last = max([end] + [r.stop for r in chain])
    while last - 1 > first and view.words[last - 1].is_punct and view.words[last - 1].text not in "»”\")":
        last -= 1
    return view.words[first].idx, view.words[last - 1].idx + len(view.words[last - 1].text)


def line_results(
    view: SentenceView, chain: list[Recipient], first: int, last: int, rank: int | None, award: str | None,
    contest_result: bool, paragraph: int, sentence: int,
) -> list[Found]:
    """One ``Found`` per recipient of a line or a sentence read as a whole (its contexts apply up to
    its end): the clause runs from the words ``[first, last)`` that give the award over the chain."""
    start, end = clause(view, first, last, chain)
    bounds = (view.sent.start_char, view.sent.end_char)
    return [Found(start, end, view.sent.end_char, r, rank, award, contest_result, paragraph, sentence, bounds) for r in chain]
