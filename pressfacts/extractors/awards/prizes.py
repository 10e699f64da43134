"""Prizes: the sums that come with the places ("за 1 место – 100 тыс. рублей, за 2 место – 70 тыс.
рублей"), put on the awards of those places as ``Award.prize``. The sums stay metrics as well.

In a sentence with sums of money (the metrics extractor's ``money`` records) and ranked places,
the sums go to the places in the order both are written, when there are as many of each; a
single sum with the winners named and no place goes to rank 1 ("Победитель получит 50 тысяч
рублей"). A rank's first prize in the text is the one its awards get.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressfacts.pipeline.sentences import sentences
from pressfacts.schemas import Award, Metric

from .grammar import rank_of

PLACE_WORDS = frozenset({"место", "степень"})      # the noun a rank is written with
WINNER_WORDS = frozenset({"победитель", "победительница"})


def attach_prizes(doc: Doc, awards: list[Award]) -> list[Award]:
    """The awards, each with the prize of its rank where the text names one."""
    metrics = getattr(doc._, "metrics", None)
    if not awards or not isinstance(metrics, list):
        return awards
    money = [m for m in metrics if isinstance(m, Metric) and m.kind == "money"]
    if not money:
        return awards
    prizes: dict[int, Metric] = {}
    for sent in sentences(doc):
        sums = [m for m in money if sent.start_char <= m.span.start < sent.end_char]
        if sums:
            for rank, metric in prizes_in(sent, sums):
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
    words = [t for t in sent if not t.is_space]
    ranks = []
    for k, token in enumerate(words):
        rank = rank_of(token)
        if rank is None or token.lemma_ in PLACE_WORDS:
            continue
        after = next((t for t in words[k + 1 :] if not (t.is_punct or t.lower_ == "и" or rank_of(t) is not None)), None)
        if after is not None and after.lemma_ in PLACE_WORDS:
            ranks.append(rank)
    return ranks
