"""Nominations listed with their winners after dashes, no verb between: "В номинациях «Подвиг» —
Анна Ким, «Память» — Пётр Лаптев", or in a contest's report a quoted title opening the sentence:
"«Лучший тренер» – это звание заслужили А, Б, «Детский тренер» – В и Г". Each quoted name is the
nomination of the names after its dash, up to the next quoted name that has a dash of its own."""

from __future__ import annotations

from typing import NamedTuple

from .chains import read_chain
from .contexts import Context
from .found import Found, claim, line_results
from .view import TRUE_DASHES, SentenceView
from .words import HONOURS


class Nomination(NamedTuple):
    name: str     # the quoted name, without its quotes
    start: int    # character offset of the opening quote
    first: int    # view positions: where it starts (the quote, or "в номинации"), the dash after the closing quote
    dash: int
    opened: bool  # "в номинации «…»": a context the extractor has read already


def dashed_nominations(view: SentenceView, in_contest: bool, rank: int | None, paragraph: int, sentence: int) -> tuple[list[Context], list[Found]]:
    """The nominations a sentence opens with its quoted titles (a title is its sentence's only) and
    one ``Found`` per winner (``rank``: the title's before them, "Победители:" → 1; else none);
    nothing unless every nomination names one."""
    words = view.words
    first = opening_title(view, in_contest)
    if first is None:
        return [], []
    items = [first]
    k = first.dash + 1
    while (following := next_title(view, k)) is not None:
        items.append(following)
        k = following.dash + 1
    found: list[Found] = []
    for n, item in enumerate(items):
        stop = items[n + 1].first - 1 if n + 1 < len(items) else len(words)
        start = past_title_verb(view, item.dash + 1, stop)
        chain = read_chain(view, start, stop, None, lead=start > item.dash + 1)
        if not chain or chain[-1].stop < stop - 1 or (start == item.dash + 1 and chain[0].first != start):
            return [], []                               # "«Зарница» – это игра для школьников": no one won
        found += [f._replace(scope=view.words[item.dash].idx) for f in line_results(view, claim(view, chain), item.first, item.dash + 1, rank, None, True, paragraph, sentence)]
    opened = [Context("nomination", n.name, n.start, paragraph, sentence, view.sent.end_char) for n in items if not n.opened]
    return opened, found


def opening_title(view: SentenceView, in_contest: bool) -> Nomination | None:
    """The first nomination: "В номинации(ях) «…» —" at the sentence's start (an opener the contexts
    read), or in a contest a quoted title that opens the sentence before a dash."""
    if view.words and view.words[0].lower_ == "в":
        return opener_at(view, 0)
    return titled_at(view, 0) if in_contest else None


def next_title(view: SentenceView, k: int) -> Nomination | None:
    """The next nomination with a dash after it, after a comma, "и" or a semicolon: a quoted name
    or "в номинации «…»"."""
    words = view.words
    for j in range(k + 1, len(words)):
        if words[j - 1].text in (",", ";", "и") and (title := titled_at(view, j) or opener_at(view, j)) is not None:
            return title
    return None


def opener_at(view: SentenceView, k: int) -> Nomination | None:
    """"в номинации «…» —" at ``k`` (an opener the contexts read)."""
    words = view.words
    if not (k + 2 < len(words) and words[k].lower_ == "в" and k + 1 in view.openers and words[k + 1].lemma_ == "номинация"):
        return None
    dash = view.openers[k + 1]
    if not (dash < len(words) and words[dash].text in TRUE_DASHES and dash - 1 in view.quotes.values()):
        return None
    quote = next(q for q, close in view.quotes.items() if close == dash - 1)
    return Nomination(view.text(quote + 1, dash - 1), words[quote].idx, k, dash, True)


def titled_at(view: SentenceView, k: int) -> Nomination | None:
    """A quoted name at ``k`` with a dash right after its closing quote, no name of anyone inside."""
    words = view.words
    if k not in view.quotes or k in view.blocked:
        return None
    close = view.quotes[k]
    if not (close + 2 < len(words) and words[close + 1].text in TRUE_DASHES) or any(j in view.names for j in range(k, close)):
        return None
    return Nomination(view.text(k + 1, close), words[k].idx, k, close + 1, False)


def past_title_verb(view: SentenceView, k: int, stop: int) -> int:
    """Past "это звание заслужили" after a title's dash: the title is the honour the verb gives."""
    words = view.words
    if not (k + 2 < stop and words[k].lower_ == "это" and words[k + 1].lemma_ in HONOURS):
        return k
    return k + 2
