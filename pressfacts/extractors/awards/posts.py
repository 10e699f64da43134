"""Posts and titles before or after a recipient's name, and their nominative: "ведущему
специалисту" → "ведущий специалист", "старшему участковому уполномоченному полиции" →
"старший участковый уполномоченный полиции", "тренеру по боксу", "ученица 9 класса"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pressfacts.pipeline.wordforms import (
    CASES,
    ADJECTIVE_POS,
    best_lemma,
    can_agree,
    cases,
    head_reading,
    inflect_word,
    has_reading,
    is_animate,
    is_role_noun,
    is_verb,
)

from .morph import can_be, nominative_phrase
from .view import SentenceView, can_be_genitive, is_adjective_form
from .words import POSITION_WORDS

# words that name no group of people however they read ("победители", "жители")
NOT_GROUP_HEADS = frozenset({"победитель", "призёр", "призер", "лауреат", "дипломант", "человек", "житель", "участник"})


def position_run(view: SentenceView, k: int, limit: int) -> int:
    """One past the words of a position at ``k``: "ведущему специалисту", "директор", "заведующей"."""
    while k < limit and k not in view.blocked and k not in view.names:
        token = view.words[k]
        if not (token.lemma_ in POSITION_WORDS or is_participle_post(token) or is_shortened_head(token)):
            break
        k += 1
    return k


def is_participle_post(token: Token) -> bool:
    """A post named by a participle: "заведующей" (pymorphy3's lemma is the verb заведовать)."""
    return token.pos_ == "VERB" and best_lemma(token.text) in POSITION_WORDS


def is_shortened_head(token: Token) -> bool:
    """"заведующий" shortened before what he heads, in one word: "завотделом", "завкафедрой",
    "завлабораторией" (the head's noun in the instrumental)."""
    text = token.lower_
    return text.startswith("зав") and len(text) > 7 and token.text.islower() and has_reading(text[3:], "NOUN", "ablt", "sing")


def governed_end(view: SentenceView, k: int, limit: int) -> int:
    """One past what a participle's post governs in the instrumental: "(заведующей) детским садом",
    "(заведующей) Лесной сельской библиотекой" (a place's adjective with a capital before the noun)."""
    words = view.words
    while k < limit and k not in view.blocked and k not in view.names and can_be([words[k]], "ablt") and (
        words[k].text.islower() or (words[k].pos_ == "ADJ" and k + 1 < limit and words[k + 1].text.islower() and can_be([words[k + 1]], "ablt"))
    ):
        k += 1
    return k


KIN = frozenset({"сестра", "брат"})   # kin alone, no post; with an adjective a post: "медицинская сестра"


def title_run(view: SentenceView, k: int, limit: int) -> int:
    """One past a title that is not in the position list: adjectives and a person noun,
    "старшему лейтенанту" (before a name only)."""
    j, role = k, k     # role: one past the last adjective that can stand for a person
    while j < limit and j not in view.blocked and lower_case(view, j) and (
        view.words[j].pos_ == "ADJ" or (is_adjective_form(view.words[j].text) and modifies(view, j, limit))
    ):                                                  # "старший (пожарный)": slovnet may call it a noun
        if is_role_noun(view.words[j].text):
            if not modifies(view, j, limit):
                return j + 1                            # "пожарный пожарной части № 5": a noun made of an adjective
            role = j + 1
        j += 1
    if j < limit and j not in view.blocked and lower_case(view, j) and view.words[j].pos_ == "NOUN" and is_role_noun(view.words[j].text):
        return j + 1
    return role                                         # "пожарный пожарно-спасательной части": the adjectives were its house's


def is_who_noun(token: Token) -> bool:
    """An animate noun that says who a person is, not what post she holds ("коллега", "житель",
    "школьница"): before her name it is read with it, as no position."""
    return (
        token.pos_ == "NOUN" and token.text.islower() and "Plur" not in token.morph.get("Number")   # "супруги Орловы": a group
        and is_animate(token.text) and not is_role_noun(token.text)
    )


def modifies(view: SentenceView, j: int, limit: int) -> bool:
    """Does the adjective at ``j`` agree with the word after it ("старшему лейтенанту"), rather than
    stand for a noun ("пожарный пожарной части")?"""
    if not (j + 1 < limit and view.words[j + 1].pos_ in ("NOUN", "ADJ")):
        return False
    pair = [view.words[j]], [view.words[j + 1]]
    return any(can_be(pair[0], case) and can_be(pair[1], case) for case in CASES)


def field_end(view: SentenceView, k: int, limit: int) -> int:
    """Past the field a title names with "по": "тренеру по боксу", "инспектор по делам
    несовершеннолетних" (``k`` when none follows)."""
    words = view.words
    if not (k + 1 < limit and words[k].lower_ == "по" and k + 1 not in view.names):
        return k
    j = k + 1
    while j < limit and j not in view.blocked and j not in view.names and words[j].pos_ == "ADJ" and words[j].text.islower():
        j += 1
    if not (j < limit and j not in view.blocked and j not in view.names and words[j].pos_ == "NOUN" and words[j].text.islower()):
        return k
    j += 1
    while j < limit and j not in view.blocked and j not in view.names and words[j].text.islower() and can_be_genitive(words[j].text) and words[j].pos_ in ("NOUN", "ADJ"):
        j += 1                                          # по делам несовершеннолетних
    return j


def genitives_end(view: SentenceView, k: int, limit: int) -> int:
    """Past the lower-case genitives that complete a title: "(старший лейтенант) внутренней службы",
    "(лауреату) премии губернатора"."""
    words = view.words
    while k < limit and k not in view.names and words[k].text.islower() and words[k].pos_ in ("ADJ", "NOUN") and can_be_genitive(words[k].text):
        k += 1
    return k


TITLE_ADJECTIVES = ("заслуженн", "народн", "почётн", "почетн")   # honorary titles, often written with a capital


def lower_case(view: SentenceView, k: int) -> bool:
    """A word in lower case, or with a capital that only opens the sentence ("Ученики школы № 5 …")
    or an honorary title's ("Заслуженному врачу России Ивану Орлову")."""
    word = view.words[k].text
    return word.islower() or (word[:1].isupper() and word[1:].islower() and (k == 0 or word.lower().startswith(TITLE_ADJECTIVES)))


def agrees(view: SentenceView, name: list[Token], k: int) -> bool:
    """Can the noun at ``k`` stand in apposition to the name: in one of its cases, and not a title
    of the contest itself ("Анна Ким, призёрами — …": another result)?"""
    noun = view.words[k]
    if noun.lemma_ in NOT_GROUP_HEADS:
        return False
    return any(can_be(name, case) and can_be([noun], case) for case in CASES)


def nominative_position(view: SentenceView, start: int, end: int, case: str | None) -> str | None:
    """"ведущему специалисту" → "ведущий специалист", "сотрудникам" → "сотрудник": one
    person's position, in the singular; words after the first noun stay; a capital that only
    opens the sentence goes ("Директор школы Анна Ким награждена …" → "директор")."""
    text = written_position(view, start, end, case)
    first = view.words[start] if text else None
    if first is not None and first.text[:1].isupper() and not first.text.isupper() and first.pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


SHORTENED_POST = re.compile(r"^([Зз]ав(?!ед)|[Зз]ам(?!ест))[а-яё]{4,}$")   # завотделением, завкафедрой, замглавного (not заведующий, заместитель)


# participles that name a post by themselves, never an adjective of the noun after them
SUBSTANTIVE_POSTS = frozenset({"уполномоченный", "заведующий", "управляющий"})


def written_position(view: SentenceView, start: int, end: int, case: str | None) -> str | None:
    """``nominative_position`` as the words give it, capitals kept."""
    if start >= end:
        return None
    tokens = view.words[start:end]
    if SHORTENED_POST.match(tokens[0].text):
        text = view.text(start, end)                    # "завотделением", "замглавного врача": the press's short form, as written
        return text[:1].lower() + text[1:] if start == 0 else text   # (but for the capital a sentence opens with)
    if is_participle_post(tokens[-1]):                  # "заведующему" → "заведующий", "заведующей" → "заведующая"
        reading, _, gender = head_reading(tokens[-1].text, case)
        post = inflect_word(tokens[-1].text, reading, "sing", gender, ADJECTIVE_POS, singular=True)
        if len(tokens) == 1:
            return post
        before = nominative_phrase(tokens[:-1], len(tokens) - 2, case, singular=True)
        return view.text(start, end, {**before, tokens[-1].i: post})
    head = next((i for i, t in enumerate(tokens) if t.pos_ == "NOUN"), len(tokens) - 1)
    if 0 < head and tokens[head - 1].pos_ == "ADJ" and (
        tokens[head - 1].lemma_ in SUBSTANTIVE_POSTS or not can_agree(tokens[head - 1].text, tokens[head].text)
    ):
        # the adjectives stand for a noun and the noun is their genitive: "участковому уполномоченному
        # полиции" → "участковый уполномоченный полиции"
        reading, _, gender = head_reading(tokens[head - 1].text, case)
        return view.text(start, end, {
            t.i: inflect_word(t.text, reading, "sing", gender, ADJECTIVE_POS, singular=True)
            for t in tokens[:head] if t.text.islower() and reading in cases(t.text)
        })
    return view.text(start, end, nominative_phrase(tokens, head, case, singular=True))


def first_noun_is_plural(view: SentenceView, start: int, end: int) -> bool:
    head = next((view.words[j] for j in range(start, end) if view.words[j].pos_ == "NOUN"), None)
    return head is not None and "Plur" in head.morph.get("Number")


PARTICIPLE_CLAUSE = 10   # at most this many words from a participle that describes a person to her name


def described_name(view: SentenceView, k: int, limit: int, case: str | None) -> int | None:
    """Where the name starts after a participle clause that says who she is ("удостоили работающую
    в школе № 3 Анну Ким", "возглавлявшему 30 лет театр кукол Виктору Ким"); None if no name ends it."""
    words = view.words
    if not (words[k].text.islower() and "Part" in words[k].morph.get("VerbForm") and has_reading(words[k].text, "PRTF", *((case,) if case else ()))):
        return None
    if k + 1 < limit and words[k + 1].pos_ == "NOUN" and has_reading(words[k + 1].text, "NOUN", "gent"):
        return None                                     # "учащийся школы № 14 Иван Орлов": a participle for a noun, his post
    for j in range(k + 1, min(limit, k + PARTICIPLE_CLAUSE)):
        if j in view.names:
            return j
        if words[j].text in (",", ";", ":", ".") or j in view.blocked or (is_verb(words[j].text) and "Part" not in words[j].morph.get("VerbForm")):
            return None
    return None
