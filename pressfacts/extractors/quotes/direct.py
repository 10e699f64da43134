"""Direct speech: a statement in quotation marks or opened by a dash, and its attribution.

    «Такого вызова ещё не было», — подчеркнул глава района.          attribution after
    «Первая часть, — подчеркнул он. — Вторая часть».                 attribution inside: two statements
    Губернатор отметил: «Работа будет продолжена».                    attribution before, a colon
    — Мы выполнили все задачи, — подчеркнул министр. — Теперь …       a dash, and what goes on after it
    Директор подвёл итоги года. — Сегодня бренд МФЦ – знак качества.  a dash after a sentence: its person

A quotation is speech only with an attribution (a verb of speech, or a person or role right after
the dash), or as the next paragraph of a quotation that has one: a title («Безопасные
качественные дороги»), a name or one word in quotation marks is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from pressfacts.pipeline.quotations import outer_pairs, unclosed_opening
from pressfacts.schemas import Official

from .speakers import NOBODY, Attribution, read_attribution

DASH = "[—–-]"
NAME = r"(?:[^«».!?\n]|«[^«»\n]*»|\.(?=[^\S\n]*[а-яё«])|(?<=\s[А-ЯЁ])\.)"   # "директор ГБУ ЛО «МФЦ»", "г. Калуги"
END = r"(?:(?<!\s[А-ЯЁ])[.!?…](?=\s|$)|(?=\n)|$)"   # not the point of an initial: "В. Рудой"
AFTER = re.compile(rf"[,.!?…]*[^\S\n]*{DASH}[^\S\n]*(?P<who>{NAME}{{2,120}}?){END}")
INSIDE = re.compile(rf",?[^\S\n]+{DASH}[^\S\n]+(?P<who>{NAME}{{3,100}}?)(?<!\s[А-ЯЁ])[.,][^\S\n]+{DASH}[^\S\n]+")
DASH_OPENING = re.compile(rf"(?:^|(?<=[.!?…])[^\S\n]+){DASH}[^\S\n]+(?=[«\"A-ZА-ЯЁ])", re.M)
DASH_ATTRIBUTION = re.compile(rf",[^\S\n]*{DASH}[^\S\n]+(?P<who>{NAME}{{3,100}}?){END}")
SENTENCE_END = re.compile(r"[.!?…](?=\s)")
MIN_WORDS = 3          # a shorter quotation is a name or a word in quotation marks
MAX_ROLE_WORDS = 5     # words of a role between a dash and the name: "— министр здравоохранения Иван Петров"
TRIM = " \t\n,;:—–-"
QUOTE_MARKS = "«»„“\""


class Statement(NamedTuple):
    start: int               # the whole construction, attribution included
    end: int
    text_start: int          # the statement itself
    text_end: int
    attribution: Attribution
    continued: bool          # no attribution of its own: the speaker of the quotation before
    kind: str = "direct"     # or "indirect": reported without quotation marks or a dash


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def is_statement(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) >= MIN_WORDS


def attributed(attribution: Attribution, needs_verb: bool) -> bool:
    return attribution.has_speaker and (attribution.verb is not None or not needs_verb)


def paragraphs(text: str) -> Iterator[tuple[str, int, int]]:
    """Each line of the text with its start and end offsets."""
    start = 0
    for line in text.split("\n"):
        yield line, start, start + len(line)
        start += len(line) + 1


def quoted_statements(doc: Doc, text: str, officials: list[Official]) -> list[Statement]:
    """Statements in quotation marks, paragraph by paragraph."""
    found: list[Statement] = []
    for line, start, end in paragraphs(text):
        if any(mark in line for mark in QUOTE_MARKS):          # most paragraphs quote nothing
            found += paragraph_quotes(doc, text, start, end, officials, found)
    return found


def paragraph_quotes(doc: Doc, text: str, start: int, end: int, officials: list[Official],
                     before: list[Statement]) -> list[Statement]:
    out: list[Statement] = []
    pairs = outer_pairs(text, start, end)
    opening = unclosed_opening(text, start, end)
    if opening is not None and not any(o <= opening <= c for o, c in pairs):
        pairs.append((opening, end))                              # goes on in the next paragraph
    for o, c in sorted(pairs):
        if not is_statement(text, o + 1, c):
            continue
        inside = INSIDE.search(text, o + 1, c)
        if inside is not None:
            who = read_attribution(doc, inside.start("who"), inside.end("who"), officials)
            if attributed(who, needs_verb=True):
                first = trimmed(text, o + 1, inside.start())
                second = trimmed(text, inside.end(), c)
                out.append(Statement(o, inside.end("who") + 1, *first, who, False))
                out.append(Statement(inside.start() + 1, min(c + 1, end), *second, who, False))
                continue
        who = attribution_after(doc, text, c + 1, end, officials) if c < end else None
        span_end = who[1] if who is not None else min(c + 1, end)
        who = who[0] if who is not None else attribution_before(doc, text, start, o, officials)
        span_start = o if who is None or who is NOBODY else min(o, who_start(text, start, o))
        statement = trimmed(text, o + 1, c)
        if who is not None:
            out.append(Statement(o if span_end > c else span_start, span_end, *statement, who, False))
        elif text[start:o].strip() == "" and (before or out or goes_on(text, o, opening, end)):
            out.append(Statement(o, min(c + 1, end), *statement, NOBODY, True))   # «… next paragraph
    return out


def goes_on(text: str, o: int, opening: int | None, end: int) -> bool:
    """An opening mark no mark closes, and the next paragraph opens with one: a quotation in
    several paragraphs (a stray « of a name does not make one)."""
    return o == opening and text[end + 1 :].lstrip()[:1] == "«"


def attribution_after(doc: Doc, text: str, pos: int, end: int, officials: list[Official]) -> tuple[Attribution, int] | None:
    """«…», — подчеркнул Андрей Бочаров. / «…» — Андрей Бочаров."""
    m = AFTER.match(text, pos, end)
    if m is None:
        return None
    who = read_attribution(doc, m.start("who"), m.end("who"), officials)
    if who.verb is None and not names_only(text, who, m.start("who"), pos - 1):
        return None
    if not attributed(who, needs_verb=False):
        return None
    return who, m.end()


def names_only(text: str, who: Attribution, start: int, closing: int) -> bool:
    """Without a verb, "«…» — Андрей Бочаров" is speech only when the dash gives a person at once
    (a role may stand before the name) and what is quoted says something: a list's "«Песня военных
    лет» – ансамбль «Истоки», руководитель Ольга Крёкова" names a work."""
    if who.speaker_span is None or "«" in text[start : who.speaker_span[0]] or "," in text[start : who.speaker_span[0]]:
        return False
    if len(text[start : who.speaker_span[0]].split()) > MAX_ROLE_WORDS:
        return False
    quoted = text[closing - 200 if closing > 200 else 0 : closing].rsplit("«", 1)[-1]
    return quoted.rstrip()[-1:] in ".!?…" or len(quoted.split()) > 2 * MIN_WORDS


def attribution_before(doc: Doc, text: str, start: int, o: int, officials: list[Official]) -> Attribution | None:
    """Губернатор отметил: «…»."""
    head = text[start:o].rstrip()
    if not head.endswith(":"):
        return None
    begin = who_start(text, start, o)
    who = read_attribution(doc, begin, start + len(head) - 1, officials)
    return who if attributed(who, needs_verb=False) else None


def who_start(text: str, start: int, o: int) -> int:
    """Where the sentence before position o begins."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, o)]
    return ends[-1] + 1 if ends else start


def dash_statements(doc: Doc, text: str, officials: list[Official], quoted: list[Statement]) -> list[Statement]:
    """Statements opened by a dash: at a paragraph's start or after a sentence of it."""
    inside_quotes = [(s.start, s.end) for s in quoted]
    found: list[Statement] = []
    for line, start, end in paragraphs(text):
        if not any(dash in line for dash in "—–-"):
            continue
        openings = [m for m in DASH_OPENING.finditer(text, start, end)
                    if not any(a <= m.start() < b for a, b in inside_quotes)]
        dashes = [m.start() + len(m[0]) - len(m[0].lstrip()) for m in openings]   # where each dash stands
        speaker: Attribution | None = None
        for k, m in enumerate(openings):
            stop = openings[k + 1].start() if k + 1 < len(openings) else end
            closing = text.find("»", m.end(), stop)
            if closing >= 0 and text.find("«", m.end(), closing) < 0:
                stop = closing                                # "— …». По её словам, …": the speech ends at its mark
            attribution = DASH_ATTRIBUTION.search(text, m.end(), stop)
            who = read_attribution(doc, attribution.start("who"), attribution.end("who"), officials) if attribution else None
            if who is not None and attributed(who, needs_verb=True):
                found.append(Statement(dashes[k], attribution.end(), *trimmed(text, m.end(), attribution.start()), who, False))
                speaker = who                                     # the dashes after it go on with it
                continue
            if not is_statement(text, m.end(), stop):
                continue
            if speaker is None and m.start() > start:             # its person: the sentence before
                person = read_attribution(doc, who_start(text, start, m.start()), m.start(), officials)
                speaker = person if person.speaker is not None else None
            if speaker is not None:
                found.append(Statement(dashes[k], stop, *trimmed(text, m.end(), stop), speaker, True))
            elif m.start() == start and (found or quoted):
                found.append(Statement(dashes[k], stop, *trimmed(text, m.end(), stop), NOBODY, True))
    return found
