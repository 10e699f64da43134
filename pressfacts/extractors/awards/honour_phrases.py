"""Honour phrases: the honour a sentence names ("почётной грамотой губернатора", "медалью «За
доблестный труд» II степени", "премия" beside the verb that grants it) and the words that give
one ("награждены", "вручил", "вручение"), read from the words around an honour noun."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.wordforms import is_animate

from .rank_phrases import rank_of
from .morph import nominative_phrase
from .view import SentenceView, can_be_genitive, is_word, names_a_house
from .words import GIVERS, EPONYMS, GROUP_HEADS, HONOUR_QUALIFIERS, HONOUR_VERBS, HONOURS, POSITION_WORDS, HonourVerb

BOARDS = frozenset({"доска", "книга"})   # of honour only: "Доска почёта", "Книга почёта"
NAME_LOOKAHEAD = 4  # words: a position word this close before a name starts the recipient


class HonourPhrase(NamedTuple):
    start: int   # view positions [start, end)
    end: int
    head: int    # view position of the honour noun
    text: str | None   # in the nominative: "почётная грамота губернатора"; None for a bare "отмечены"


def giving_word(token: Token) -> HonourVerb | None:
    """The entry of ``awards_verbs.txt`` for a token: "награждены" → (наградить, passive, nomn)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lemma_ == "награждаться" and not (
        following is not None and (following.text == ":" or following.pos_ == "NUM" or following.like_num or following.ent_type_ == "PER")
    ):
        return None                                     # "которой награждаются работники …": a statute, not a decree's list
    #                                                     (a count or a name after it is: "награждаются 27 медиков")
    if token.pos_ == "NOUN":
        if token.i > 0 and token.doc[token.i - 1].lower_ in ("на", "к"):
            return None                                 # "кандидатура на награждение", "представлен к награждению": proposed only
        form = "noun"
    elif token.pos_ == "VERB" and "Pass" in token.morph.get("Voice"):
        form = "passive"
    elif token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm"):
        if not opens_decree(token):
            return None                             # "хотели получить звание", "решено наградить": not given yet
        form = "active"                             # "Наградить почётной грамотой: …" (a decree's wording)
    elif token.pos_ == "VERB" and (not token.morph.get("VerbForm") or "Conv" in token.morph.get("VerbForm")):
        form = "active"                             # "вручил", and "Вручая грамоту Анне Ким, глава …"
    else:
        return None
    return HONOUR_VERBS.get((token.lemma_, form)) or (HONOUR_VERBS.get((token.lemma_, "copula")) if form == "active" else None)


def opens_decree(token: Token) -> bool:
    """An infinitive that opens its sentence or line, as a decree gives an honour ("Наградить
    почётной грамотой губернатора …", "2. Объявить благодарность …")."""
    for t in token.sent:
        if t.i == token.i:
            return True
        if not (t.is_space or t.is_punct or t.like_num):
            return False
    return False


def name_follows(view: SentenceView, k: int) -> bool:
    """Does a name follow a position word closely, with no verb between ("грамотой главы района
    Ивана Петрова"; not "благодарностью главы района отмечены Анна Ким …")?"""
    for j in range(k + 1, min(len(view.words), k + 1 + NAME_LOOKAHEAD)):
        if j in view.names:
            return True
        if view.words[j].pos_ in ("VERB", "AUX") or not is_word(view.words[j]):
            return False
    return False


COMPOUND_GIVER = re.compile(r".(дум[аы]|совет|совета|собрания)$")   # Мособлдумы, горсовета, Заксобрания


def honour_tail(view: SentenceView, k: int) -> int:
    """One past the words that complete an honour: its quoted name, "IV степени", the awarder
    in the genitive ("губернатора", "регионального министерства цифрового развития")."""
    words = view.words
    while k < len(words) and k not in view.blocked:
        token = words[k]
        if k in view.quotes:
            k = view.quotes[k] + 1
            continue
        if token.lower_ == "имени" and k + 1 in view.names:
            k = view.names[k + 1]                               # премия имени Пушкина: the name is the honour's
            continue
        if k in view.names and is_eponym(view, k):
            k = view.names[k]                                   # орден Александра Невского
            continue
        if k in view.names and view.names[k] == k + 1 and COMPOUND_GIVER.search(token.lower_):
            k += 1                                              # "письма Окоблдумы": a council's compound the tagger took for a name
            continue
        if k + 1 < len(words) and rank_of(token) and words[k + 1].lemma_ == "степень":
            k += 2                                              # IV степени
            continue
        if (
            k in view.names
            or not is_word(token)
            or (token.lemma_ in GROUP_HEADS and not titled(words[k - 1]))   # "звания заслуженного работника" goes on
            or (token.lemma_ in HONOURS and not can_be_genitive(token.text))  # медалью ордена «…»: one honour
            or ((token.lemma_ in POSITION_WORDS or (is_animate(token.text) and token.lemma_ not in GIVERS)) and name_follows(view, k))
            #   "медалью школьника Данилу Орлова": who he is, not whose medal
            or (token.pos_ in ("ADP", "CCONJ", "VERB", "AUX", "NUM") and "Part" not in token.morph.get("VerbForm"))
            or token.lower_ in ("его", "её", "ее", "их")       # "благодарность его однокласснику": whose classmate
            #   "в", "и", "стали", "троих" can read as genitives; "заслуженного" (a participle) goes on
        ):
            break
        if is_abbreviation(token.text) or can_be_genitive(token.text):
            k += 1
            continue
        break
    return k


def is_eponym(view: SentenceView, k: int) -> bool:
    """Is the name at ``k`` the one an order or a medal is named after ("орден Александра Невского",
    "медаль Луки Крымского"), not a recipient's?"""
    last = view.words[view.names[k] - 1]
    if view.names[k] - k == 1 and k > 0 and view.words[k - 1].lemma_ in NAMED_AFTER and "Gen" in last.morph.get("Case"):
        return True                                     # "медалью Белова": a surname alone after the honour is whose name it bears
    return last.lemma_ in EPONYMS or any(last.lower_.startswith(e) for e in EPONYMS if len(e) > 5)


NAMED_AFTER = frozenset({"медаль", "орден", "знак", "премия"})   # honours that bear a person's name


def qualifies(adjective: str, noun: str) -> bool:
    """Does the adjective make the noun an honour: "ценный подарок" (not "памятный подарок")?"""
    if adjective not in HONOUR_QUALIFIERS:
        return False
    nouns = HONOUR_QUALIFIERS[adjective]
    return nouns is None or noun in nouns


def titled(token: Token) -> bool:
    """An adjective or participle that makes a people noun a title: "заслуженного (работника)"."""
    return token.text.islower() and (token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm"))


WITH_HANDING = frozenset({"вручение", "присуждение", "выплата", "выдача"})   # "(место) с вручением диплома"


def in_token_of(view: SentenceView, head: int, start: int) -> bool:
    """Is the honour noun the idiom "в знак …" or what it is a token of ("в знак благодарности")?"""
    words = view.words
    if words[head].lemma_ == "знак" and start == head:
        return head > 0 and words[head - 1].lower_ in ("в", "во")
    return start > 1 and words[start - 1].lemma_ == "знак" and words[start - 2].lower_ in ("в", "во")


def read_honour(view: SentenceView, head: int, case: str | None = None) -> HonourPhrase | None:
    """The honour phrase around an honour noun, or None when a "named" noun has no name.
    ``case``: the case the phrase is known to be in ("лауреатом премии": genitive)."""
    words = view.words
    start = head
    while start > 0 and start - 1 not in view.blocked and words[start - 1].pos_ == "ADJ" and is_word(words[start - 1]):
        start -= 1
    if words[head].lemma_ in BOARDS and not (head + 1 < len(words) and words[head + 1].lemma_ in ("почёт", "почет")):
        return None                                     # "Доска почёта", not "доска объявлений"
    if in_token_of(view, head, start):
        return None                                     # "в знак благодарности": as a token of, no sign or thanks handed over
    if start > 1 and words[start - 1].lemma_ in WITH_HANDING and words[start - 2].lower_ in ("с", "со"):
        return None                                     # "первое место с вручением диплома присудили …": the place's, not given apart
    end = honour_tail(view, head + 1)
    need = HONOURS[words[head].lemma_]
    if need in ("named", "qualified"):
        qualified = any(qualifies(words[j].lemma_, words[head].lemma_) or (words[j].pos_ == "ADJ" and rank_of(words[j]) is not None)
                        for j in range(start, head))   # "почётная грамота", and "вторые премии": a rank qualifies
        if not (qualified or (need == "named" and end > head + 1)):
            return None
        if view.money and not names_giver(view, HonourPhrase(start, end, head, "")):
            return None                                         # премию в размере 10 тысяч рублей (not "премия губернатора …")
    tokens = words[start:end]
    text = view.text(start, end, nominative_phrase(tokens, head - start, case))
    if start > 1 and start - 1 in view.quotes and view.quotes[start - 1] >= end - 1 and giving_word(words[start - 2]):
        end = view.quotes[start - 1] + 1                # "награждён «Медалью за отвагу»": the quotes wrap the honour
        start -= 1
        text = view.text(start + 1, end - 1, nominative_phrase(words[start + 1 : end - 1], head - start - 1, case))
    first = words[start]
    if first.text[:1].isupper() and not first.text.isupper() and first.pos_ != "PROPN" and words[head].lemma_ not in BOARDS:
        text = text[:1].lower() + text[1:]                      # Почётной грамотой … → почётная грамота …
    return HonourPhrase(start, end, head, text)


def honour_phrases(view: SentenceView) -> list[HonourPhrase]:
    """The honours a sentence names, in order, but for a quoted name that reads as one ("СШОР «Вымпел»")
    and words already taken."""
    return [
        p for k, t in enumerate(view.words)
        if t.lemma_ in HONOURS and k not in view.blocked and not names_a_house(view, k) and (p := read_honour(view, k) or granted_prize(view, k))
    ]


def granted_prize(view: SentenceView, k: int) -> HonourPhrase | None:
    """A premium by itself beside the verb that grants it, no sum named in the sentence: "премия
    присуждена руководителю ансамбля …", "премии удостоена …" (not "премию в размере …")."""
    words = view.words
    if words[k].lemma_ != "премия" or view.money or (k > 0 and words[k - 1].pos_ == "ADJ"):
        return None                                     # (with an adjective it is the honour reader's: "губернаторская премия")
    after = view.openers.get(k + 2, k + 1) if k + 2 < len(words) and words[k + 1].lower_ == "в" else k + 1   # "премия в номинации «…» присуждена"
    verbs = [verb for j in (k - 1, after) if 0 <= j < len(words) and (verb := giving_word(words[j])) and verb.lemma in GRANTING]
    if not verbs:
        return None
    text = view.text(k, k + 1, nominative_phrase(words[k : k + 1], 0, verbs[0].honour_case))   # "премии удостоена": the genitive
    return HonourPhrase(k, k + 1, k, text[:1].lower() + text[1:])   # "Премия присуждена …": a common noun, opening the sentence


GRANTING = frozenset({"присудить", "присвоить", "удостоить", "удостоиться", "вручить"})   # a premium alone is given by these


def names_giver(view: SentenceView, phrase: HonourPhrase) -> bool:
    """Does the honour phrase name its giver: a word after the head outside quotes?"""
    k = phrase.head + 1
    while k < phrase.end:
        if k in view.quotes:
            k = view.quotes[k] + 1
        elif view.words[k].lemma_ == "степень" or rank_of(view.words[k]):
            k += 1
        else:
            return True
    return False
