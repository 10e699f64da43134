"""Indirect speech: a sentence that reports what someone said, without quotation marks.

    По словам министра, в этом году откроют две школы.          "по словам X": the rest of the sentence
    Как отметил глава района, ремонт завершат к осени.          "как <verb> X": the rest
    Ремонт завершат к осени, как отметил глава района.          … or what comes before
    Губернатор подчеркнул, что работа будет продолжена.          "X <verb>, что": what follows "что"
    Он обратил внимание: срок подачи заявлений продлён.          "X <verb>:" without quotation marks
    Это выше среднего по стране, сообщил губернатор Иван Белов.  ", <verb> X" closing the sentence

The verb must be finite ("выразив уверенность, что" reports a view in passing: no statement).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressfacts.pipeline.sentences import sentences
from pressfacts.pipeline.wordforms import best_parse
from pressfacts.schemas import Official

from .direct import Statement, attributed, is_statement, trimmed
from .speakers import NOBODY, read_attribution, speech_verb

WORDS_SAID = re.compile(r"(?<![\w-])по\s+(?:(?P<pronoun>его|её|ее)\s+)?словам\s*", re.I)   # по словам X; по её словам
AS_SAID = re.compile(r"(?<![\w-])как\s+(?=\w)", re.I)
THAT = re.compile(r"\s*(?:,\s*что|:(?!\s*[«\"]))\s*", re.I)
RELATIVE = re.compile(r"(?:котор|чь)[а-яё]*\b|кто\b", re.I)   # который, которого, чьи


def indirect_statements(doc: Doc, text: str, officials: list[Official]) -> list[Statement]:
    found: list[Statement] = []
    words = [t.text for t in doc]      # one list: spaCy builds a Token at every doc[i]
    for sent in sentences(doc):
        raw = text[sent.start_char : sent.end_char]
        if "," not in raw and ":" not in raw:                 # every form has a comma or a colon
            continue
        statement = ((words_said(doc, text, sent, officials) if "ловам" in raw else None)
                     or (as_said(doc, text, sent, officials) if "ак " in raw else None)
                     or said_that(doc, text, sent, officials, words)
                     or said_after(doc, text, sent, officials, words))
        if statement is not None:
            found.append(statement)
    return found


def sentence_bounds(text: str, sent: Span) -> tuple[int, int]:
    return trimmed(text, sent.start_char, sent.end_char)


def statement_of(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported statement without the sentence's full stop, nor a relative clause about the
    speaker before it ("По словам министра, которого цитирует агентство, …")."""
    start, end = trimmed(text, start, end)
    if RELATIVE.match(text, start, end) and (comma := text.find(",", start, end)) > 0:
        start, end = trimmed(text, comma + 1, end)
    return (start, end - 1) if end > start and text[end - 1] == "." else (start, end)


def speaker_end(doc: Doc, sent: Span, pos: int) -> int:
    """Where the speaker's words that start at ``pos`` end: at a comma, or before the first verb."""
    for t in sent:
        if t.idx < pos:
            continue
        if t.text in (",", ";", ":", "—", "–") or (t.is_alpha and best_parse(t.text).tag.POS in ("VERB", "INFN")):
            return t.idx
    return sent.end_char


def words_said(doc: Doc, text: str, sent: Span, officials: list[Official]) -> Statement | None:
    """"По словам X, …", "Это, по словам X, подтверждает …"."""
    s, e = sentence_bounds(text, sent)
    m = WORDS_SAID.search(text, s, e)
    if m is None:
        return None
    if m["pronoun"]:
        who_end, who = m.end(), NOBODY._replace(pronoun=True)
    else:
        who_end = speaker_end(doc, sent, m.end())
        who = read_attribution(doc, m.end(), who_end, officials, case="gent")
    if not who.has_speaker:
        return None
    statement = statement_of(text, who_end, e)
    if not is_statement(text, *statement):
        return None
    return Statement(s, e, *statement, who._replace(verb=None, verb_span=None), False, "indirect")


def as_said(doc: Doc, text: str, sent: Span, officials: list[Official]) -> Statement | None:
    """"Как отметил X, …" (the rest) or "…, как отметил X." (what comes before)."""
    s, e = sentence_bounds(text, sent)
    for m in AS_SAID.finditer(text, s, e):
        verb = next((t for t in sent if t.idx == m.end()), None)
        if verb is None or speech_verb(doc, verb.i) is None or best_parse(verb.text).tag.POS != "VERB":
            continue
        who_end = speaker_end(doc, sent, verb.idx + len(verb.text))
        who = read_attribution(doc, m.start(), who_end, officials)
        if not attributed(who, needs_verb=True):
            continue
        opening = not text[s:m.start()].strip(" ,").strip()
        statement = statement_of(text, who_end, e) if opening else statement_of(text, s, m.start())
        if is_statement(text, *statement):
            return Statement(s, e, *statement, who, False, "indirect")
    return None


def said_that(doc: Doc, text: str, sent: Span, officials: list[Official], words: list[str]) -> Statement | None:
    """"X отметил, что …", "X подчеркнул: …"."""
    s, e = sentence_bounds(text, sent)
    for i in range(sent.start, sent.end):
        if not words[i].isalpha() or not any(w in (",", ":") for w in words[i + 1 : i + 3]):
            continue                                          # "отметил," / "обратил внимание," only
        t = doc[i]
        found = speech_verb(doc, t.i)
        if found is None or best_parse(t.text).tag.POS != "VERB":
            continue
        _, last = found
        verb_end = doc[last - 1].idx + len(doc[last - 1])
        that = THAT.match(text, verb_end, e)
        if that is None:
            continue
        who = read_attribution(doc, s, verb_end, officials)
        if not attributed(who, needs_verb=True):
            continue
        statement = statement_of(text, that.end(), e)
        if is_statement(text, *statement):
            return Statement(s, e, *statement, who, False, "indirect")
    return None


def said_after(doc: Doc, text: str, sent: Span, officials: list[Official], words: list[str]) -> Statement | None:
    """"Это выше среднего по стране, сообщил губернатор Иван Белов.": the attribution closes the
    sentence after a comma; the statement is what comes before it."""
    s, e = sentence_bounds(text, sent)
    for i in range(sent.start + 1, sent.end):
        if words[i - 1] != "," or not words[i].isalpha():
            continue
        found = speech_verb(doc, i)
        if found is None or best_parse(words[i]).tag.POS != "VERB" or "," in words[found[1] : sent.end]:
            continue                                          # the attribution runs to the sentence's end
        who = read_attribution(doc, doc[i].idx, e, officials)
        if who.speaker is None:
            continue                                          # "…, сообщила пресс-служба": no one of the text
        statement = statement_of(text, s, doc[i - 1].idx)
        if is_statement(text, *statement):
            return Statement(s, e, *statement, who, False, "indirect")
    return None

