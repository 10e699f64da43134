"""Places as winners: a district, a town or a settlement that wins a contest among
municipalities ("победителем в категории «Городские округа» стал Заречный городской округ",
"1 место у Липовского района").

A place is a recipient only where a contest gives the result, or a verdict does ("лучшим
признан Заречный район"), and never in a sentence of a statistical rating ("четвёртое место
по стране по вводу жилья", "11 место среди субъектов"): there a place's rank is a figure. A
rating that names no contest is a standing for anyone (``is_standing``; the rating's words are
data, ``awards_ratings.txt``).
"""

from __future__ import annotations

from pressfacts.pipeline.wordforms import has_reading

from .following import coordinated
from .morph import can_be, nominative_phrase
from .view import Recipient, SentenceView, is_place_word, is_word, settlement_at
from .words import RATING_ANYWHERE, RATING_SCOPES, RATING_WORDS, is_contest_word

# the nouns a municipality is named with (lemmas): "Заречный район", "Лесное сельское поселение"
MUNICIPAL_HEADS = frozenset({"район", "округ", "поселение", "сельсовет", "муниципалитет", "улус", "кожуун", "область", "край"})
# nouns before a settlement's name: "город Заречный", "г. Лесной", "село Луговое"
SETTLEMENT_WORDS = frozenset({"город", "село", "посёлок", "поселок", "деревня", "станица", "г", "с", "п", "пгт", "рп"})
# a street that stands for the yard or the house on it: "1 место – ул. Лесная, 12" (a landscaping contest's)
STREET_WORDS = frozenset({"ул", "улица", "проспект", "пр-т", "пер", "переулок", "бульвар", "б-р", "шоссе", "наб", "набережная", "мкр", "микрорайон"})
# the rank rules of a verdict: "лучшим признан …", "признан лучшим" (rule names of ``grammar``)
VERDICTS = ("best_recognized", "recognized_best")


def is_rating(view: SentenceView) -> bool:
    """Does the sentence rank by a statistic: "в рейтинге", "по стране", "среди субъектов", "по
    вводу жилья"? A place's recipient there is a district or a town, never a winner."""
    return any(
        t.lemma_ in RATING_ANYWHERE
        or (t.lemma_ in RATING_SCOPES and after(view, k, ("по", "среди")))
        or (t.lemma_ in RATING_WORDS and after(view, k, ("по",)))
        for k, t in enumerate(view.words)
    )


def is_standing(view: SentenceView) -> bool:
    """Is the sentence a standing by a figure, for any recipient: a rating and no contest named in
    it ("первое место в рейтинге прозрачности заняла администрация …")?"""
    return is_rating(view) and not any(is_contest_word(t.lemma_) for t in view.words)


def after(view: SentenceView, k: int, prepositions: tuple[str, ...]) -> bool:
    """Does one of the prepositions stand before the word at ``k``, adjectives aside ("по общему количеству")?"""
    j = k - 1
    while j >= 0 and view.words[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and view.words[j].lower_ in prepositions


def is_place_adjective(view: SentenceView, k: int) -> bool:
    token = view.words[k]
    return token.text[:1].isupper() and token.text[1:].islower() and is_word(token) and has_reading(token.text, "ADJF")


def read_place(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    """A municipality at ``k``: capitalized adjectives and a municipal noun ("Заречный городской
    округ", "Лесного района"), or a settlement word and its name ("город Заречный", "г. Лесной")."""
    words = view.words
    if (shared := shared_place_head(view, k, limit)):
        return shared
    if words[k].lower_ in STREET_WORDS:
        return read_address(view, k, limit)
    j = k
    while j < limit and j not in view.blocked and is_place_adjective(view, j):
        j += 1
    named = j > k
    while j < limit and j not in view.blocked and words[j].text.islower() and words[j].pos_ == "ADJ":
        j += 1                                          # "городской", "сельское"
    if named and j < limit and j not in view.blocked and words[j].lemma_ in MUNICIPAL_HEADS:
        head = k
        if case and not can_be([words[j]], case):
            return []
        end = j + 1
        text = view.text(k, end, nominative_phrase(words[k:end], j - k, case))
    elif not named and words[k].lower_ in SETTLEMENT_WORDS:
        head = k + 2 if settlement_at(view, k, limit) else k + 1
        if not (head < limit and head not in view.blocked and words[head].text[:1].isupper() and is_word(words[head])):
            return []
        if case and words[k].lower_ == "город" and not can_be([words[k]], case):
            return []
        end = head + 1
        text = view.text(k, end)
    elif not named and (end := view.locs.get(k, k + 1 if is_place_word(words[k : k + 1]) else k)) - k in (1, 2) and end <= limit and all(
        w.text[:1].isupper() and w.pos_ in ("PROPN", "NOUN") for w in words[k:end]
    ) and not (k > 0 and (words[k - 1].lower_ in ("из", "от", "в", "во") or words[k - 1].lemma_.split("-")[0] in SETTLEMENT_WORDS)):
        #   a town by its bare name: "первое место досталось Крутогорску" (not where one is from: "из города Крутогорска")
        head = k
        if case and not can_be([words[end - 1]], case):
            return []
        text = view.text(k, end, nominative_phrase(words[k:end], end - 1 - k, case))
    else:
        return []
    if any(p in view.blocked or p in view.names for p in range(head, end)):
        return []
    start_token, end_token = view.span_of(k, end)
    return [Recipient(start_token, end_token, text, "organization", first=k, stop=end, place=True)]


def shared_place_head(view: SentenceView, k: int, limit: int) -> list[Recipient]:
    """Municipalities that share a plural head: "Ольховское и Лесное сельские поселения" → one
    place per adjective, the head in the singular ("Ольховское сельское поселение", …)."""
    words = view.words
    names = coordinated(view, k, limit, lambda j: is_place_adjective(view, j))
    if len(names) < 2:
        return []
    head = names[-1] + 1
    while head < limit and head not in view.blocked and words[head].text.islower() and words[head].pos_ == "ADJ":
        head += 1
    if not (head < limit and head not in view.blocked and words[head].lemma_ in MUNICIPAL_HEADS):
        return []
    tokens = words[names[-1] + 1 : head + 1]
    common = view.text(names[-1] + 1, head + 1, nominative_phrase(tokens, len(tokens) - 1, None, singular=True))
    found = []
    for n, name in enumerate(names):
        last = name + 1 if n < len(names) - 1 else head + 1
        start_token, end_token = view.span_of(name, last)
        found.append(Recipient(start_token, end_token, f"{words[name].text} {common}", "organization", first=name, stop=last, place=True))
    return found


def read_address(view: SentenceView, k: int, limit: int) -> list[Recipient]:
    """A street and its house number that won a place: "ул. Лесная, 12", "улица 40 лет Победы, 3а",
    "проспект Строителей" (the yard, the house or the street as written)."""
    words = view.words
    j = k + 2 if k + 1 < limit and words[k + 1].text == "." else k + 1
    start = j
    while j < limit and j not in view.blocked and (words[j].like_num or (is_word(words[j]) and words[j].lower_ not in ("и", "в", "на"))):
        j += 1
    if j == start or not any(w.text[:1].isupper() or w.like_num for w in words[start:j]):
        return []
    if j + 1 < limit and words[j].text == "," and words[j + 1].like_num:
        j += 2                                          # the house: ", 12"
        if j < limit and len(words[j].text) == 1 and words[j].is_alpha and words[j].idx == words[j - 1].idx + len(words[j - 1].text):
            j += 1                                      # "12а"
    start_token, end_token = view.span_of(k, j)
    return [Recipient(start_token, end_token, view.text(k, j), "organization", first=k, stop=j, place=True)]
