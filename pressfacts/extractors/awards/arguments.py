"""Reading one argument of a parsed sentence: the recipient a tree's node stands for, a person
with the title set beside the name ("тренеры по плаванию Ольга Сомова, Игорь Рябов"), a team
("сборная школы № 3"), a counted group ("14 жителей района") or a quoted collective ("ансамбль
«Радуга» Дома культуры"). Used by ``dependents`` for the recipients only the tree reaches.
"""

from __future__ import annotations

from spacy.tokens import Token

from pressfacts.pipeline.morphology import fold
from pressfacts.pipeline.wordforms import ADJECTIVE_POS, NOT_ROLES, head_reading, inflect_word, is_animate

from .chains import including_at, read_chain
from .morph import nominative_phrase
from .following import read_project
from .recipients import is_organization_head, organization_text, read_person
from .view import Recipient, SentenceView, tail_end
from .words import HONOURS

# Relations under which a name stands beside the title it belongs to: "тренеры по плаванию Ольга
# Сомова" (appos), "комбайнер Иван Петров" (flat:name, nmod in slovnet's trees).
NAME_LINKS = frozenset({"appos", "flat:name", "nmod", "parataxis"})
NUMERALS = frozenset({"nummod", "nummod:gov"})  # "14 жителей", "12 спасателей"


def claim(view: SentenceView, recipients: list[Recipient]) -> list[Recipient]:
    """Block the words of the recipients for every later reading."""
    for recipient in recipients:
        view.blocked.update(range(recipient.first, recipient.stop))
    return recipients


# --- Reading one argument ------------------------------------------------------------------------

def read_argument(view: SentenceView, token: Token, case: str | None) -> list[Recipient]:
    """The recipients an argument names: the chain the linear readers read from its first word
    (or from the word itself; "присуждено Анне Ким и Петру Лаптеву"), else the names beside a
    title, a counted group or a collective with a quoted name. Nothing when its words are taken."""
    k = view.position.get(token.i)
    if k is None or k in view.blocked:
        return []
    limit = len(view.words)
    first = phrase_start(view, token)
    for start in dict.fromkeys((first, k)):
        items = read_chain(view, start, limit, case, lead=False)
        if items and items[0].first <= k < items[0].stop:
            return claim(view, items)
    found = claim(view, titled_names(view, token, first, case) or counted_group(view, token, first) or quoted_collective(view, token, first))
    if found and (k := including_at(view, found[-1].stop)) is not None:
        found += claim(view, read_chain(view, k, limit, case, lead=False))   # "12 работников, в том числе А и Б"
    return found



def phrase_start(view: SentenceView, token: Token) -> int:
    """The first word of the words before ``token`` that depend on it: "лучшим сотрудникам"."""
    k = view.position[token.i]
    while k > 0 and k - 1 not in view.blocked and view.words[k - 1].head.i == token.i and view.words[k - 1].dep_ in ("amod", "det", *NUMERALS):
        k -= 1
    return k


def titled_names(view: SentenceView, token: Token, first: int, case: str | None) -> list[Recipient]:
    """Names set beside a title the linear readers cannot read: "тренеры по плаванию Ольга Сомова,
    Игорь Рябов и Денис Лужин" (the title goes to each, in the singular),
    "заведующая детским садом № 3 Светлана Орлова"."""
    starts = {k: start for start, end in view.names.items() for k in range(start, end)}
    beside = [token] + [c for c in token.children if c.dep_ in NAME_LINKS]
    names = []
    for head in beside:
        for t in (head, *(c for c in head.children if c.dep_ == "conj")):
            k = view.position.get(t.i)
            if k in starts and starts[k] not in names and starts[k] >= first:
                names.append(starts[k])
    if not names or any(view.names[n] > len(view.words) for n in names):
        return []
    title_end = min(names)
    while title_end > first and view.words[title_end - 1].is_punct and view.words[title_end - 1].text not in "»”\"":
        title_end -= 1                                  # the dash or comma before the first name
    title = None
    if first <= view.position[token.i] < title_end and view.words[first].text[:1].islower() and fold(token.lemma_) not in NOT_ROLES:
        title = title_text(view, first, view.position[token.i], title_end, case)
    found = []
    for name in sorted(names):
        if any(j in view.blocked for j in range(name, view.names[name])):
            continue
        for person in read_person(view, name, len(view.words), case):
            if person.position is None and title is not None:
                person.position = title
            found.append(person)
    return found


def title_text(view: SentenceView, first: int, head: int, end: int, case: str | None) -> str:
    """A title in the nominative singular, its head the argument's word (slovnet tags
    "заведующая" an adjective): "тренеры по плаванию" → "тренер по плаванию"."""
    words = view.words[first : head + 1]
    replacements = nominative_phrase(words, head - first, case, singular=True)
    noun = view.words[head]
    if noun.i not in replacements:                      # a participle as a noun: "заведующей"
        reading, _, gender = head_reading(noun.text, case)
        replacements[noun.i] = inflect_word(noun.text, reading, "sing", gender, ADJECTIVE_POS, singular=True)
    return view.text(first, end, replacements)


def team(view: SentenceView, token: Token) -> list[Recipient]:
    """A team that takes a place, named by people or by its school: "воспитанники гимназии",
    "сборная лицея № 2", "команда Заречной школы" (kind "organization", as a team stands for its
    school; the school its organization).
    Places only: a region or a company with a place is a rating, not a result."""
    k = view.position.get(token.i)
    if k is None or k in view.blocked or token.pos_ not in ("NOUN", "ADJ") or not token.text[:1].islower():
        return []
    school = next((c for c in token.children if c.dep_ == "nmod" and c.i > token.i and c.i in view.position
                   and is_organization_head(view, view.position[c.i])), None)
    if school is None and not is_animate(token.text):
        return []
    first, limit = phrase_start(view, token), len(view.words)
    end = tail_end(view, k + 1, limit)
    text = view.text(first, end, nominative_phrase(view.words[first : k + 1], k - first, None))
    start_token, end_token = view.span_of(first, end)
    organization = organization_text(view, k + 1, end)
    return claim(view, [Recipient(start_token, end_token, text, "organization", organization=organization, first=first, stop=end)])


def counted_group(view: SentenceView, token: Token, first: int) -> list[Recipient]:
    """A group of people given by a number: "14 жителей Заречного района", "12 спасателей"
    (kind "person"; the words as written: the count is its own nominative)."""
    k = view.position[token.i]
    if token.pos_ != "NOUN" or not (is_animate(token.text) or "Anim" in token.morph.get("Animacy")):
        return []
    number = next((c for c in token.children if c.dep_ in NUMERALS and c.like_num and c.i < token.i), None)
    if number is None or view.position.get(number.i, -1) < first:
        return []
    if k + 1 < len(view.words) and view.words[k + 1].text == ":":
        return []                                       # "отмечены 3 участника: …": the list names them
    end = k + 1
    while end < len(view.words) and end not in view.blocked and view.words[end].is_alpha and view.words[end].pos_ in ("NOUN", "ADJ", "PROPN") and token.is_ancestor(view.words[end]):
        end += 1                                        # its genitives: "жителей Заречного района"
    start_token, end_token = view.span_of(first, end)
    return [Recipient(start_token, end_token, view.text(first, end), "person", first=first, stop=end)]


def quoted_collective(view: SentenceView, token: Token, first: int) -> list[Recipient]:
    """A collective named in quotes, with the house it belongs to: "ансамбль «Радуга» Дома
    культуры села Ивановка" (an organization; the noun in the nominative)."""
    k = view.position[token.i]
    if token.pos_ != "NOUN" or token.lemma_ in HONOURS or k + 1 not in view.quotes or not token.text[:1].islower():
        return []
    close = view.quotes[k + 1]
    if any(j in view.blocked for j in range(first, close + 1)):
        return []
    limit = len(view.words)
    end = tail_end(view, close + 1, limit)
    text = view.text(first, close + 1, nominative_phrase(view.words[first : k + 1], k - first))
    start_token, end_token = view.span_of(first, close + 1)
    recipient = Recipient(start_token, end_token, text, "organization", organization=organization_text(view, close + 1, end), first=first)
    recipient.stop = read_project(view, end, limit, recipient)
    return [recipient]
