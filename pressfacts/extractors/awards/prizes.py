"""Prizes: the sums that come with the places ("за 1 место – 100 тыс. рублей, за 2 место – 70 тыс.
рублей"), put on the awards of those places as ``Award.prize``. The sums stay metrics as well.

In a sentence with sums of money (the metrics extractor's ``money`` records) and ranked places,
the sums go to the places in the order both are written, when there are as many of each; a
single sum with the winners named and no place goes to rank 1 ("Победитель получит 50 тысяч
рублей"). A rank's first prize in the text is the one its awards get.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from pressfacts.pipeline.sentences import sentences
from pressfacts.schemas import Award, Metric

from .grammar import PLACE_NOUNS
from .rank_phrases import rank_of

WINNER_WORDS = frozenset({"победитель", "победительница"})


def attach_prizes(doc: Doc, awards: list[Award]) -> list[Award]:
    """The awards, each with the prize of its rank where the text names one."""
    metrics = getattr(doc._, "metrics", None)
    if not awards or not isinstance(metrics, list):
        return awards
    money = [m for m in metrics if isinstance(m, Metric) and m.kind == "money"]
    if not money:
        return awards
    sents = sentences(doc)
    starts = [sent.start_char for sent in sents]
    sums: dict[int, list[Metric]] = {}   # sentence number -> its sums, in text order
    for metric in money:
        sums.setdefault(bisect.bisect_right(starts, metric.span.start) - 1, []).append(metric)
    prizes: dict[int, Metric] = {}
    for number, found in sorted(sums.items()):
        for rank, metric in prizes_in(sents[number], found):
            prizes.setdefault(rank, metric)
    return [a.model_copy(update={"prize": prizes[a.rank]}) if a.rank in prizes and a.prize is None else a for a in awards]


def prizes_in(sent: Span, sums: list[Metric]) -> list[tuple[int, Metric]]:
    """(rank, sum) pairs of one sentence."""
    ranks = place_ranks(sent)
    if len(ranks) == len(sums):
        return list(zip(ranks, sums))
    if not ranks and len(sums) == 1 and any(t.lemma_ in WINNER_WORDS for t in sent):
        return [(1, sums[0])]
    return []


def place_ranks(sent: Span) -> list[int]:
    """The ranks of the places a sentence names, in order: "за 1 место … за 2 место", "первое,
    второе и третье места": a rank whose next word, past other ranks, commas and "и", is "место"
    or "степени" (not "100 тыс.")."""
    ranks = []
    after = None   # the next word that is neither a rank, a mark nor "и", read from the end
    for token in reversed([t for t in sent if not t.is_space]):
        rank = None if token.lemma_ in PLACE_NOUNS else rank_of(token)
        if rank is not None and after is not None and after.lemma_ in PLACE_NOUNS:
            ranks.append(rank)
        if rank is None and not (token.is_punct or token.lower_ == "и"):
            after = token
    return ranks[::-1]
