"""What the sentence around a date says about its time: where the sentence runs, and whether it
speaks of the past or the future.

A date without a year lies before the publication date unless its sentence looks ahead: a verb
in the future tense ("пройдёт", "будет"), a word of plans ("планируется", "рассчитываем"), or a
deadline ("к марту", "до 3 октября") in a sentence that does not speak of the past.
"""

from __future__ import annotations

import re

from ..morphology import parse
from .tables import FUTURE_LEMMAS

SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"(]?[А-ЯЁA-Z0-9])|\n")  # "…года. Всего" ends one; "2020 г. в" does not
WORD = re.compile(r"[а-яё]+", re.I)
DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:к|ко|до)\s+$", re.I)  # к марту, к 9 мая, до 3 октября

SENTENCE_REACH = 600  # characters a sentence is looked for either side of a date: long texts stay linear
PAST, PRESENT, FUTURE = "past", "pres", "futr"


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds text[start:end].

    >>> text = "Итоги 2022 года. В среду прошло заседание. Дальше"
    >>> text[slice(*sentence(text, 20, 25))]
    ' В среду прошло заседание.'
    """
    lo = max(0, start - SENTENCE_REACH)
    for m in SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    m = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    return lo, m.end() if m else min(len(text), end + SENTENCE_REACH)


def verb_tense(word: str) -> str | None:
    """The tense a word gives its clause: a finite verb's own, "future" for a word of plans.

    >>> verb_tense("прошли"), verb_tense("состоится"), verb_tense("планируется"), verb_tense("школа")
    ('past', 'futr', 'futr', None)
    """
    best = parse(word)[0]
    if best.tag.POS == "PRTS":  # открыт, запланирован: done, whatever for
        return best.tag.tense
    if best.normal_form in FUTURE_LEMMAS:
        return FUTURE
    if best.tag.POS == "VERB":  # прошли, состоится
        return best.tag.tense
    return None


def tense(text: str, start: int, end: int) -> str | None:
    """The tense of the verb nearest to text[start:end] in its sentence; None without a verb.

    >>> text = "Итоги подвели в среду. К марту отчёт будет готов."
    >>> tense(text, 15, 21), tense(text, 25, 30)
    ('past', 'futr')
    """
    lo, hi = sentence(text, start, end)
    found = []
    for m in WORD.finditer(text, lo, hi):
        if start <= m.start() < end or (found_tense := verb_tense(m[0])) is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if parse(m[0])[0].tag.POS == "PRTS":
            distance += len(text)  # "будет открыт в марте": a short participle only where no verb is
        found.append((distance, found_tense))
    return min(found)[1] if found else None


def looks_ahead(text: str, start: int, end: int) -> bool:
    """Does the date at text[start:end] lie ahead of the publication date? A future tense says
    so; a deadline ("к марту") too, unless its verb is in the past ("к 1 сентября были готовы").

    >>> looks_ahead("Мы рассчитываем к марту подтвердить цифры", 19, 24)
    True
    >>> looks_ahead("К 1 сентября школы были готовы", 2, 12), looks_ahead("В марте открыт офис", 2, 7)
    (False, False)
    """
    return lean(text, start, end) > 0


def lean(text: str, start: int, end: int) -> int:
    """Where a date without a year lies from the publication date, as its sentence tells:
    1 ahead ("пройдёт", "к марту"), -1 behind ("прошли"), 0 where it does not tell.

    >>> lean("Форум пройдёт 15 марта", 14, 22), lean("Форум прошёл 15 марта", 13, 21), lean("15 марта", 0, 8)
    (1, -1, 0)
    """
    found = tense(text, start, end)
    if found == FUTURE:
        return 1
    if DEADLINE_BEFORE.search(text, max(0, start - 4), start) and found != PAST:
        return 1
    return -1 if found == PAST else 0
