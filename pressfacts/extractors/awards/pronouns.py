"""Recipients named by a pronoun: "Директор завода Павел Громов выступил перед коллегами. Ему
вручили орден Почёта." The pronoun stands next to the giving word, in its recipient's case
("ему вручили", "она награждена", "его наградили"); it is resolved to the person named before
it, in its sentence or the one before, whose name agrees in gender, when there is only one.

In the plural ("Им вручили благодарственные письма", "Ребятам вручили …") it is resolved to the
people the sentence before names, two or more, none of them a giver ("Губернатор Иван Орлов …").
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from pressfacts.pipeline.names import name_gender
from pressfacts.pipeline.wordforms import is_animate, noun_gender

from .morph import can_be, nominative_name
from .view import EVERYONE, LEAD_WORDS, Recipient, SentenceView, is_count, tail_end
from .posts import NOT_GROUP_HEADS
from .words import GIVERS

# the recipient's case of the giving word → pronoun → its gender
PRONOUNS: dict[str, dict[str, str]] = {
    "datv": {"ему": "masc", "ей": "femn"},     # Ему вручили орден; ей присвоено звание
    "nomn": {"он": "masc", "она": "femn"},     # Она награждена медалью; он получил грамоту
    "accs": {"его": "masc", "её": "femn", "ее": "femn"},   # его наградили орденом
}
PLURAL = "plur"   # the placeholder's text for "им", "они", "их" and plural nouns: the people named before
PLURAL_PRONOUNS = {"datv": "им", "nomn": "они", "accs": "их"}


def pronoun_at(view: SentenceView, verb: int, case: str) -> Recipient | None:
    """A pronoun in ``case`` next to the giving word at ``verb`` ("также" and "был" may stand
    between), as a recipient still to resolve (``pronoun``; its gender as the text)."""
    forms = {**PRONOUNS.get(case, {}), **({PLURAL_PRONOUNS[case]: PLURAL} if case in PLURAL_PRONOUNS else {})}
    for step in (-1, 1):
        k = beside(view, verb, step)
        if 0 <= k < len(view.words) and k not in view.blocked and view.words[k].lower_ in forms:
            token = view.words[k].i
            return Recipient(token, token + 1, forms[view.words[k].lower_], "person", first=k, stop=k + 1, pronoun=True)
    return None


def beside(view: SentenceView, verb: int, step: int) -> int:
    """The word next to the giving word before it (``step`` -1) or after it (1), past "также", "был"."""
    k = verb + step
    while 0 <= k < len(view.words) and view.words[k].lower_ in LEAD_WORDS:
        k += step
    return k


def anaphor_at(view: SentenceView, verb: int, case: str) -> Recipient | None:
    """A person named before by a plain noun next to the giving word ("Школьника наградили
    медалью", "Мужчине вручили медаль"): an animate singular noun in ``case`` with no name after
    it, as a recipient still to resolve (``pronoun`` and ``anaphor``; its gender as the text)."""
    for step in (-1, 1):
        k = beside(view, verb, step)
        if step < 0:                                    # past the house the noun names: "ученика ЦО № 58 наградили"
            k = next((
                j for j in range(k, max(k - 6, -1), -1)
                if view.words[j].pos_ == "NOUN" and is_animate(view.words[j].text) and tail_end(view, j + 1, verb) >= k + 1
            ), k)
        if not (0 <= k < len(view.words)) or k in view.blocked or k in view.names:
            continue
        token = view.words[k]
        plural = "Plur" in token.morph.get("Number")     # "Ребятам вручили письма": the people named before
        if plural and (k != beside(view, verb, step) or token.lemma_ in NOT_GROUP_HEADS):
            continue                                    # "Победители конкурса награждены …": described, no one told before
        if not (token.pos_ == "NOUN" and (token.text.islower() or k == 0)):
            continue
        if not (is_animate(token.text) and can_be([token], case) and token.lemma_ not in GIVERS):
            continue
        if k > 0 and (view.words[k - 1].like_num or is_count(view.words[k - 1]) or view.words[k - 1].pos_ in ("ADJ", "DET") or (
            view.words[k - 1].lower_ in EVERYONE
        )):
            continue                                    # "6 человек удостоились", "нашего земляка", "все студенты": counted or described here
        if any(j in view.names for j in range(k + 1, len(view.words))):
            continue                                    # "школьника Илью Орлова", "ученик школы № 4 … Лука Ерошкин": named here
        gender = PLURAL if plural else noun_gender(token.text)
        if gender in ("masc", "femn", PLURAL):
            return Recipient(token.i, token.i + 1, gender, "person", first=k, stop=k + 1, pronoun=True, anaphor=True)
    return None


class People(NamedTuple):
    """The people a Doc names (its PER entities), in text order, with their end offsets."""

    spans: list[tuple[int, int]]    # doc token index ranges
    ends: list[int]                 # character offsets where they end

    @classmethod
    def of(cls, doc: Doc) -> People:
        people = [e for e in doc.ents if e.label_ == "PER"]
        return cls([(e.start, e.end) for e in people], [e.end_char for e in people])


def resolve(doc: Doc, people: People, pronoun: Recipient, at: int, floor: int, earlier: list[Recipient]) -> Recipient | None:
    """The person a pronoun (a ``pronoun_at`` placeholder, its gender in ``text``) at character
    ``at`` points to: the one person named after ``floor`` who agrees with it (two who could be
    meant, "Губернатор Олег Белкин поздравил Ивана Орлова. Ему вручили …", are not guessed). The recipient
    keeps the pronoun's span (where the text gives the award) and takes the name; the record read
    for that person before, when there is one, gives its position and organization."""
    last = bisect.bisect_right(people.ends, at)
    first = bisect.bisect_right(people.ends, floor)
    fitting = [
        (start, end) for start, end in people.spans[first:last]
        if name_gender(tuple(t.text for t in doc[start:end] if t.is_alpha)) in (None, pronoun.text)
    ]
    people_meant = {doc[s:e].lemma_ for s, e in fitting}
    # a first name alone is the person named in full before ("Илья Сабанцев … Илья нашёл …")
    people_meant = {p for p in people_meant if not any(p != q and set(p.split()) < set(q.split()) for q in people_meant)}
    if len(people_meant) != 1:
        return None                                     # no one, or two who could be meant: not guessed
    start, end = next((s, e) for s, e in reversed(fitting) if doc[s:e].lemma_ in people_meant)
    return as_recipient(doc, pronoun, start, end, earlier)


def resolve_people(doc: Doc, people: People, pronoun: Recipient, at: int, floor: int, earlier: list[Recipient]) -> list[Recipient]:
    """The people a plural pronoun or noun at character ``at`` points to: everyone named after
    ``floor`` (the sentence before), two or more, when no one of them is a giver ("Губернатор Иван
    Орлов поздравил …": whose the honour is, the text does not say)."""
    first, last = bisect.bisect_right(people.ends, floor), bisect.bisect_right(people.ends, at)
    spans = people.spans[first:last]
    if not spans or any(t.lemma_ in GIVERS for s, _ in spans for t in doc[max(s - 3, 0) : s]):
        return []
    starts = {s for s, _ in spans}
    told = doc.char_span(floor, at, alignment_mode="contract") or doc[0:0]
    noun = doc[pronoun.start].lemma_ if pronoun.anaphor else None   # a plural noun stands for people of its own kind only
    if any(
        t.pos_ == "NOUN" and t.text.islower() and "Plur" in t.morph.get("Number") and is_animate(t.text)
        and not any(j in starts for j in range(t.i + 1, t.i + 7)) and noun in (None, t.lemma_)
        for t in told
    ):
        return []                                       # "Губернатор поздравил медиков. Им вручили …": the medics, unnamed
    named: dict[str, tuple[int, int]] = {}
    for start, end in spans:
        named.setdefault(doc[start:end].lemma_, (start, end))
    if len(named) < 2:
        return []
    return [as_recipient(doc, pronoun, start, end, earlier) for start, end in named.values()]


def as_recipient(doc: Doc, pronoun: Recipient, start: int, end: int, earlier: list[Recipient]) -> Recipient:
    """The pronoun's recipient, the person at doc tokens [start, end): the record read for that
    person before gives its text, position and organization."""
    same = next((r for r in reversed(earlier) if r.start < end and start < r.end), None)
    if same is not None:
        return replace(pronoun, text=same.text, position=same.position, organization=same.organization)
    tokens = doc[start:end]
    replaced = nominative_name(list(tokens))
    return replace(pronoun, text="".join(replaced.get(t.i, t.text) + t.whitespace_ for t in tokens).strip())


def house_before(pronoun: Recipient, before: list[Recipient]) -> Recipient | None:
    """The organization a pronoun stands for where no person fits: the one organization among the
    recipients of the sentence before (``before``) whose head noun has the pronoun's gender
    ("Первое место занял отдел полиции № 2. Он награждён кубком": "отдел")."""
    houses = {r.text: r for r in before if r.kind == "organization"}
    if len(houses) != 1:
        return None
    house = next(iter(houses.values()))
    head = house.text.split()[0]
    if not head.isalpha() or not head.islower() or noun_gender(head) != pronoun.text:
        return None
    return replace(pronoun, text=house.text, kind="organization", organization=house.organization)
