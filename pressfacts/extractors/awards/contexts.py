"""Contexts: the contest, nomination and category a sentence opens ("конкурса «…»", "В номинации
«…»", "в категории «…»"), which carry over to every result after them until a new one opens (a new
nomination closes the category); and whether a sentence may give a contest's result at all."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from pressfacts.pipeline.wordforms import is_animate

from .view import COLLECTIVE_HEADS, SentenceView, can_be_genitive
from .words import NOT_CONTEST_WORDS, ORGANIZATION_HEADS, is_contest_word

# A context opener: the word (or a compound ending in it: "смотра-конкурса", "фотоконкурса"), at most three words
# more (in the genitive: "конкурса видео-роликов «…»"; or "на звание"), then the quoted name.
CONTEXT_OPENER = re.compile(
    r"(?<![\w-])(?:\w+-|фото|видео|медиа|интернет|онлайн|арт|блиц|мини)?(?P<word>конкурс|номинаци|категори)\w*(?:\s+[\w-]+){0,3}?:?\s*(?=[«“„\"])",
    re.IGNORECASE
)
CONTEXT_KINDS = {
    "конкурс": "contest",        # регионального конкурса «Лучший многофункциональный центр Оренбургской области»
    "номинаци": "nomination",    # В номинации «Лучший универсальный специалист МФЦ»
    "категори": "category",      # в категории «с количеством окон не менее 20»
}

class Context(NamedTuple):
    kind: str        # contest | nomination | category
    name: str        # the quoted name, without the quotes
    start: int       # character offset of the opener
    paragraph: int
    sentence: int
    end: int | None = None   # where it closes, if before the next one opens: a quoted title listed in one sentence


def read_contexts(view: SentenceView, paragraph: int, sentence: int) -> list[Context]:
    """The contests, nominations and categories a sentence opens; their words get blocked."""
    opened = []
    starts = {t.idx: k for k, t in enumerate(view.words)}
    offset = view.sent.start_char
    for m in CONTEXT_OPENER.finditer(view.sent.text):
        first, quote = starts.get(offset + m.start()), starts.get(offset + m.end())
        if first is None or quote not in view.quotes:
            continue
        between = [view.words[k] for k in range(first + 1, quote)]
        titled = [t.lower_ for t in between[-2:]] == ["на", "звание"]     # конкурс на звание «Лучший …»
        kind = CONTEXT_KINDS[m["word"].lower()]
        if not all(can_be_genitive(t.text) for t in (between[:-2] if titled else between)) and not (
            kind == "nomination" and describes_nomination(between)
        ):
            continue                                            # "конкурса команда «Вымпел»": not the contest's name
        close = view.quotes[quote]
        view.blocked.update(range(first, close + 1))
        view.openers[first] = close + 1
        opened.append(Context(kind, view.text(quote + 1, close), offset + m.start(), paragraph, sentence))
    return opened


def describes_nomination(words: list[Token]) -> bool:
    """Do the words between "в номинации" and its quoted name say what kind it is ("в номинации
    творческий фотопроект «…»", "в номинации видеосюжет: «…»"), naming no one who won?"""
    return all(
        (t.pos_ in ("ADJ", "NOUN") and t.text.islower() and not is_animate(t.text) and t.lemma_ not in COLLECTIVE_HEADS | ORGANIZATION_HEADS)
        or (t.text == ":" and n == len(words) - 1)
        for n, t in enumerate(words)
    )


def context_at(contexts: list[Context], position: int) -> dict[str, str | None]:
    """The contest, nomination and category open at a character offset.

    A new nomination closes the category; a new contest, in another sentence, closes both.
    """
    open_: dict[str, Context | None] = {"contest": None, "nomination": None, "category": None}
    for context in contexts:
        if context.start >= position:
            break
        if context.end is not None and context.end <= position:
            open_[context.kind] = None                  # "«Детский тренер» – Анна Ким": that sentence's only
            continue
        if context.kind == "contest":
            for inner in ("nomination", "category"):
                if open_[inner] is not None and open_[inner].sentence != context.sentence:
                    open_[inner] = None
        elif context.kind == "nomination":
            open_["category"] = None
        open_[context.kind] = context
    return {kind: context.name if context else None for kind, context in open_.items()}


def is_contest(view: SentenceView, contexts: list[Context], paragraph: int) -> bool:
    """May "победил", "гран-при" give a result here? A contest word in the sentence, or a
    context opened in the paragraph; and no election, illness or dispute in the sentence.
    (The extractor also takes a contest word of an earlier sentence: "По итогам соревнований …
    На вторую ступень пьедестала поднялась сборная школы № 3".)"""
    if refuses_contest(view):
        return False
    return mentions_contest(view) or any(c.paragraph == paragraph for c in contexts)


def mentions_contest(view: SentenceView) -> bool:
    return any(is_contest_word(t.lemma_) for t in view.words)


def refuses_contest(view: SentenceView) -> bool:
    """An election, an illness, a dispute: "победил на выборах" is no contest result."""
    return any(t.lemma_ in NOT_CONTEST_WORDS for t in view.words)
