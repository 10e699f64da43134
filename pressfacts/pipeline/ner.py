"""Named entities from natasha's slovnet NER (PER, LOC, ORG) as ``doc.ents``.

The model and its navec embeddings ship inside the natasha wheel: nothing is downloaded.
slovnet pads every sentence of a batch to the longest one, so sentences from many documents
are sorted by length before they are batched.
"""

from __future__ import annotations

from functools import lru_cache

from natasha.data import NEWS_EMBEDDING, NEWS_NER
from navec import Navec
from slovnet import NER
from slovnet.chop import chop
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .batched import BatchedComponent
from .convolution import stack_convolutions
from .morphology import case_of, parse, visible
from .names import SURNAME_STEM, surname_by_ending
from .sentences import sentences

@lru_cache(maxsize=None)
def load_navec() -> Navec:
    """natasha's navec news embeddings, loaded once per process: the NER and the syntax share them."""
    return Navec.load(NEWS_EMBEDDING)


@lru_cache(maxsize=None)
def load_ner(batch_size: int) -> NER:
    """slovnet's news NER with navec embeddings, loaded once per process."""
    ner = NER.load(NEWS_NER, batch_size=batch_size).navec(load_navec())
    stack_convolutions(ner.infer.model)
    return ner


class SlovnetNER(BatchedComponent):
    """Sets ``doc.ents`` from slovnet's NER, run sentence by sentence."""

    def __init__(self, nlp: Language, name: str, batch_size: int):
        self.name = name
        self.batch_size = batch_size

    def tag_batch(self, docs: list[Doc]) -> None:
        # Our tokens are razdel's, as slovnet's own would be: feed them to its encoder directly
        # instead of letting it tokenize every sentence again, and read the tags onto tokens.
        items = [
            (doc, words)
            for doc in docs
            for sent in sentences(doc)
            if (words := [t for t in sent if not t.is_space]) and may_hold_a_name([visible(t.text) for t in words])
        ]
        order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
        infer = load_ner(self.batch_size).infer
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for chunk in chop(order, self.batch_size):
            batch = [[visible(t.text) for t in items[i][1]] for i in chunk]   # "Бо\u00adчаров" is read as Бочаров
            for i, tags in zip(chunk, infer.decoder(infer.process(infer.encoder(batch)))):
                doc, words = items[i]
                found[id(doc)].extend(Span(doc, words[a].i, words[b].i + 1, label=label) for a, b, label in bio_spans(tags))
        for doc in docs:
            names = [
                p for s in found[id(doc)]
                if (c := cut_at_punctuation(s)) and (p := after_common_words(c)) and not adjective_of_a_phrase(p)
            ]
            doc.set_ents(join_touching_names(with_capital_surnames(with_initials(names))))


MAX_NAME_WORDS = 3
# marks no person's name holds: slovnet runs a name on over a bracket ("Анна Ким (МФЦ г. Лесного")
NOT_IN_A_NAME = frozenset("(),;:«»\"“”„–—!?")


# lower-case words a name may hold: "Эльчин Тофик оглы Гасанов", "Людвиг ван Бетховен"
NAME_PARTICLES = frozenset({"оглы", "кызы", "ибн", "бин", "ван", "фон", "де", "да", "ди", "дель", "ла", "ле"})


def after_common_words(span: Span) -> Span | None:
    """A PER entity from after the last lower-case word it holds: slovnet runs a name back over
    its house ("Лесной школы Р.В. Пестова" → "Р.В. Пестова"); None when no name is left ("ЦРБ")."""
    if span.label_ != "PER":
        return span
    common = [t.i for t in span if t.is_alpha and len(t.text) > 1 and t.text.islower() and t.text not in NAME_PARTICLES]
    first = span.doc[span.start]
    if not common and first.is_sent_start and len(span) > 1 and is_common_noun(first.text):
        common = [first.i]                              # "Девятиклассник Илья Сомов спас …": the capital only opens the sentence
    start = common[-1] + 1 if common else span.start
    while start < span.end and (span.doc[start].is_space or span.doc[start].is_punct):
        start += 1
    if not any(t.text[:1].isupper() and t.text[1:2].islower() for t in span.doc[start : span.end]):
        return None                                     # "ЦРБ", "сестра ЦРБ": capitals only are a house (a surname in capitals joins a name later)
    return span if start == span.start else Span(span.doc, start, span.end, label="PER")


def adjective_of_a_phrase(span: Span) -> bool:
    """A one-word PER that is an adjective agreeing with the word after it: a house's, no one's name
    ("главный врач Илимского врачебно-физкультурного диспансера"; not "Лесному вручили …")."""
    if span.label_ != "PER" or len(span) != 1 or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.text.replace("-", "").isalpha() and after.text.islower() and agrees_as_adjective(span.text, after.text)


@lru_cache(maxsize=10_000)
def agrees_as_adjective(word: str, after: str) -> bool:
    parses = parse(word)
    cases = {case_of(p) for p in parses if p.tag.POS == "ADJF"}
    if not cases or any({"Name", "Patr"} & p.tag.grammemes for p in parses):
        return False
    return any(case_of(p) in cases for p in parse(after) if p.tag.POS in ("ADJF", "PRTF", "NOUN"))


@lru_cache(maxsize=10_000)
def is_common_noun(word: str) -> bool:
    """A capitalized word that is a common noun and no part of a name ("Девятиклассник", "Фельдшер")."""
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parse(word))


def cut_at_punctuation(span: Span) -> Span | None:
    """A PER entity up to the first mark no name holds (None when the name would be empty);
    other entities as they are ("ООО «Заря»" keeps its quotes)."""
    if span.label_ != "PER":
        return span
    end = next((t.i for t in span if t.text in NOT_IN_A_NAME), span.end)
    while end > span.start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, span.start, end, label="PER") if end > span.start else None


def with_capital_surnames(spans: list[Span]) -> list[Span]:
    """PER entities with their surname right before them, as official lists write it: in capitals
    ("ИВАНОВА Мария Петровна"), or before a first name alone ("депутаты Кречетов Андрей и …"):
    slovnet leaves such a word out (or takes it for another entity)."""
    # a lone surname slovnet calls an organization or a place is free to join the name
    lone = {s.start: s for s in spans if len(s) == 1 and s.label_ in ("ORG", "LOC") and s.text[:1].isupper()}   # "КИМ": a place to slovnet
    taken = {t.i for s in spans if s.start not in lone for t in s}
    joined: set[int] = set()
    extended = []
    for span in spans:
        before = span.doc[span.start - 1] if span.start else None
        if before is not None and before.is_space and "\n" not in before.text and span.start > 1:
            before = span.doc[span.start - 2]
        if (
            span.label_ == "PER" and before is not None and before.i not in taken
            and (is_capital_surname(before.text) or (len(span) == 1 and surname_before_name(before.text, span.text)))
        ):
            span = Span(span.doc, before.i, span.end, label="PER")
            joined.add(before.i)
        extended.append(span)
    return [s for s in extended if not (s.label_ in ("ORG", "LOC") and s.start in joined)]


@lru_cache(maxsize=10_000)
def surname_before_name(word: str, name: str) -> bool:
    """A title-case word that can be the surname of the first name after it, in its gender and case
    ("Кречетов Андрей", "Ладыгиной Ирине"; not "Совета Андрей"). A surname pymorphy3 does not know
    is read by its ending."""
    if not (len(word) > 2 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    firsts = [p for p in parse(name) if "Name" in p.tag]
    for first in firsts:
        gender, case = first.tag.gender, first.tag.case
        if any("Surn" in p.tag and p.tag.case == case and p.tag.gender in (gender, None) for p in parse(word)):
            return True
        if case == "nomn" and gender == "masc" and SURNAME_STEM.match(word):
            return True                                 # "Кречетов": -ов, -ин in the masculine nominative
        if surname_by_ending(word, case, gender) or (case == "nomn" and gender == "femn" and SURNAME_STEM.match(word[:-1]) and word.endswith("а")):
            return True
    return False


@lru_cache(maxsize=10_000)
def is_capital_surname(word: str) -> bool:
    """A word in capitals that is a surname ("ИВАНОВА"; not "МФЦ", "ГБУЗ")."""
    return len(word) > 2 and word.isalpha() and word.isupper() and any("Surn" in p.tag for p in parse(word.capitalize()))


def is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and token.is_alpha


def with_initials_after(span: Span) -> Span:
    """A surname with the initials after it that slovnet left out, as it does at the end of a text
    ("… 2. Рябова О.Н." → "Рябова О.Н."): one or two capitals, each with its dot."""
    doc, end = span.doc, span.end
    if span.label_ != "PER" or any(is_initial(t) for t in span):
        return span
    while end - span.end < 4 and end + 1 < len(doc) and is_initial(doc[end]) and doc[end + 1].text == ".":
        end += 2
    return span if end == span.end else Span(doc, span.start, end, label="PER")


def with_initials(spans: list[Span]) -> list[Span]:
    """Each PER entity with the initials after it (``with_initials_after``), unless another entity
    starts on them ("Иванова О.Н. Петров": "О.Н. Петров" is a name of its own)."""
    starts = {s.start for s in spans}
    extended = []
    for span in spans:
        longer = with_initials_after(span)
        extended.append(span if any(k in starts for k in range(span.end, longer.end)) else longer)
    return extended


def join_touching_names(spans: list[Span]) -> list[Span]:
    """Two PER entities with only a space between (no line break) are one name: slovnet cuts a
    list's surname-first name in two ("Кашина" "Арина", "Кимовой" "Ольге Сергеевне")."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = joined[-1] if joined else None
        if (
            last is not None and last.label_ == span.label_ == "PER"
            and all(t.is_space and "\n" not in t.text for t in span.doc[last.end : span.start]) and span.start - last.end <= 1
            and sum(not t.is_space for t in span.doc[last.start : span.end]) <= MAX_NAME_WORDS
        ):
            joined[-1] = Span(span.doc, last.start, span.end, label="PER")
        else:
            joined.append(span)
    return joined


# Grammemes of a sentence-initial word that may begin a name: Дмитрий, Разумовский, Москва, МФЦ.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def may_hold_a_name(words: list[str]) -> bool:
    """Whether a sentence can hold a named entity: NER runs only on those.

    A capital anywhere but at the start of the sentence, Latin letters, a capital inside a word
    ("аль-Барадеи"), a word in capitals ("ФИФА"), or a first word that pymorphy3 knows as a name
    or does not know at all. On the seed and factRuEval texts this skips about a quarter of the
    sentences and loses only sentence-initial common phrases ("Американцы", "Отчёт").

    >>> may_hold_a_name(["Поступило", "более", "240", "тысяч", "обращений", "."])
    False
    >>> may_hold_a_name(["Отметил", "Дмитрий", "Разумовский", "."]), may_hold_a_name(["ФИФА", "сообщила"])
    (True, True)
    """
    for k, word in enumerate(words):
        if not word[:1].isalpha():
            continue
        if word.isascii() or (k > 0 and word[0].isupper()) or any(c.isupper() for c in word[1:]):
            return True
        if k == 0 and word[0].isupper() and _may_begin_a_name(word):
            return True
    return False


@lru_cache(maxsize=50_000)
def _may_begin_a_name(word: str) -> bool:
    parses = parse(word)
    return not parses[0].is_known or any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) of every entity in a BIO tag sequence, as slovnet reads it.

    >>> bio_spans(["O", "B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"])
    [(1, 2, 'PER'), (4, 4, 'LOC'), (5, 6, 'ORG')]
    """
    spans, first, kind = [], None, None
    for i, tag in enumerate(tags):
        part, _, label = tag.partition("-")
        if part == "I" and kind is not None:
            continue
        if kind is not None:
            spans.append((first, i - 1, kind))
            kind = None
        if part == "B":
            first, kind = i, label
    if kind is not None:
        spans.append((first, len(tags) - 1, kind))
    return spans


@Language.factory(
    "pressfacts_ner",
    assigns=["doc.ents"],
    requires=["token.is_sent_start"],
    default_config={"batch_size": 32},
)
def create_ner(nlp: Language, name: str, batch_size: int) -> SlovnetNER:
    return SlovnetNER(nlp, name, batch_size)
