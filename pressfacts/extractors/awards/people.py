"""Which words head a group of people: any plural animate common noun ("14 рыбаков", "юные
атлеты"), a participle standing for people ("учащиеся"), one an adjective, a genitive or a second
people noun describes ("ольховским спортсменам", "ветераны труда", "спортсменам и тренерам"); and
whether two names or nouns can share a case."""

from __future__ import annotations

from spacy.tokens import Token

from pressfacts.pipeline.wordforms import CASES, has_reading, is_animate

from .morph import name_can_be
from .posts import NOT_GROUP_HEADS
from .view import SentenceView, adjectives_end, can_be_genitive, paucal, singular_count
from .words import HONOURS


def shares_a_case(name: list[Token], other: list[Token]) -> bool:
    """Can two names be in one case (two items of one list), or is the second another's complement?"""
    return any(name_can_be(name, case) and name_can_be(other, case) for case in CASES)


FAMILIES = frozenset({"семья", "династия", "супруг", "супруга"})   # groups named by a surname after them


def people_participle(token: Token) -> bool:
    """An active participle that can stand for people in the plural ("учащимся", "обучающиеся"),
    by pymorphy3's plural reading, which slovnet may not give it ("учащимся": a singular instrumental)."""
    return "Part" in token.morph.get("VerbForm") and "Act" in token.morph.get("Voice") and has_reading(token.text, "PRTF", "plur")


def is_people_head(token: Token, counted: bool = False) -> bool:
    """Any plural animate common noun heads a group of people: "14 рыбаков", "лучший результат
    показали юные атлеты" (the list of groups is the seed; animacy is the rule). Where an honour
    is given an uncounted one is read from the list, or where something says which people it means
    (``described_people``, ``complemented``): "подарки получили дети" is no record."""
    if token.text.islower() and people_participle(token):
        return True                                     # "учащиеся", "обучающиеся"
    # "семь человек": the genitive plural slovnet calls a singular after a count
    plural = "Plur" in token.morph.get("Number") or (counted and token.lower_ == "человек")
    return (
        token.pos_ in ("NOUN", "PROPN") and token.text.islower() and plural   # "детей-спортсменов": PROPN to slovnet
        and (counted or token.lemma_ not in NOT_GROUP_HEADS)
        and (is_animate(token.text) or has_reading(token.text, "NOUN", "anim", "plur"))   # "энергетики": not the science's genitive
    )


def counted_in_singular(count: Token, token: Token) -> bool:
    """An animate noun in the genitive singular after two to four ("53 тренера", "три медика"), or in the
    singular after a number ending in one ("101 спортсмен", "21 тренеру")."""
    if token.pos_ != "NOUN" or not is_animate(token.text):
        return False
    if singular_count(count):
        return has_reading(token.text, "NOUN", "sing") and not has_reading(token.text, "NOUN", "plur")
    return paucal(count) and has_reading(token.text, "NOUN", "gent", "sing")


def described_people(view: SentenceView, head: Token, k: int) -> bool:
    """Does an adjective before a plural noun say which people it means ("ольховским спортсменам",
    "лучшим тренерам") or another people noun join it ("спортсменам и тренерам")?"""
    at = view.position[head.i]
    before = view.words[at - 1] if at > k else None
    adjective = before is not None and before.pos_ == "ADJ" and not has_reading(before.text, "ADJF", "Apro")   # not "наши спортсмены"
    return adjective or coordinated_people(view, at, len(view.words)) is not None


def coordinated_people(view: SentenceView, head: int, limit: int) -> int | None:
    """One past a second plural people noun joined to the one at ``head`` by "и", in a case they
    share ("спортсменам и тренерам"); None where there is none."""
    words = view.words
    if view.results or not (head + 2 < limit and words[head + 1].lower_ == "и" and is_people_head(words[head + 2]) and head + 2 not in view.names):
        return None                                     # (where places are told, each sport's people are a team of their own)
    return head + 3 if shares_a_case([words[head]], [words[head + 2]]) else None


def complemented(view: SentenceView, head: Token) -> bool:
    """Does a genitive say which people a plural noun means ("лидеры профсоюзного движения",
    "ветераны педагогического труда"; not "подарки получили дети")?"""
    k = adjectives_end(view.words, view.position[head.i] + 1, len(view.words))
    return k < len(view.words) and view.words[k].pos_ == "NOUN" and view.words[k].text.islower() and can_be_genitive(view.words[k].text) and k not in view.names


def names_soon(view: SentenceView, k: int, limit: int, window: int = 4, agreeing: Token | None = None) -> bool:
    """Does a name follow within a few words (a title's complement or a colon between)? With
    ``agreeing``, one that can share its case ("тренерам по самбо Анне Ким"; not the giver after
    the recipients, "финалистам заместителем мэра Анной Ким"). Not in brackets: "спортсмены ОАО
    «Сигнал» (директор Иван Орлов)" names their director, no one of them."""
    for j in range(k, min(limit, k + window)):
        if view.words[j].text == "(":
            return False
        if j in view.names and (agreeing is None or shares_a_case([agreeing], view.words[j : view.names[j]])):
            return True
    return False


BOTH = frozenset({"оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"})


def honour_after(view: SentenceView, k: int) -> bool:
    """Does an honour's noun open the words at ``k``, adjectives before it ("почётной грамотой")?"""
    j = adjectives_end(view.words, k, len(view.words))
    return j < len(view.words) and view.words[j].lemma_ in HONOURS
