"""What follows a recipient and is still its own: where it is from ("из Лесного района", ", с.
Бережки"), a participle clause that says which one ("отделение, расположенное в …"), a project
("с проектом «…»"), a second house joined by "и" ("сотрудникам больницы и Лесного филиала"), and a
plural noun its coordinated adjectives share ("МФЦ Ташлинского и Тюльганского районов": one
recipient each)."""

from __future__ import annotations

from typing import Callable

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.wordforms import can_agree, is_role_noun, is_verb, singular

from .morph import can_be, nominative_phrase
from .posts import is_participle_post
from .view import ABBREVIATED, Recipient, SentenceView, adjectives_end, can_be_genitive, is_adjective_form, is_plural_noun, tail_end
from .words import ORGANIZATION_HEADS, POSITION_WORDS, PROJECT_WORDS


POST_BRACKET_WORDS = 12   # at most this many words in the brackets of a person's post


def bracketed_post(view: SentenceView, k: int, limit: int) -> int | None:
    """One past a bracket after a person that gives her post and names no one: "Т.И. Орлова
    (заведующая библиотекой «Книжный причал»), И.В. Ким …"; None else."""
    words = view.words
    if not (k + 2 < limit and words[k].text == "("):
        return None
    close = next((j for j in range(k + 1, min(limit, k + 2 + POST_BRACKET_WORDS)) if words[j].text == ")"), None)
    if close is None or any(j in view.names or words[j].text == "(" for j in range(k + 1, close)):
        return None
    head = words[adjectives_end(words, k + 1, close)]
    if not (head.text.islower() and (head.lemma_ in POSITION_WORDS or is_participle_post(head) or is_role_noun(head.text))):
        return None
    return close + 1


def settlement_after(view: SentenceView, k: int, limit: int) -> bool:
    """A comma and a settlement by its abbreviation after a name: ", с. Бережки", ", г. Озёрск"."""
    words = view.words
    return k + 3 < limit and words[k].text == "," and words[k + 1].lower_ in ("с", "г", "п", "д", "пгт", "рп", "ст") and words[k + 2].text == "."


def origin_end(view: SentenceView, k: int, limit: int) -> int:
    """Past "из" and a place after a recipient ("из Лесного района", "из г. Озёрска", "из села
    Ключи"): where the recipient is from, no recipient of its own; ``k`` when none follows."""
    words = view.words
    if not (k + 1 < limit and words[k].lower_ == "из" and k + 1 not in view.names and k + 1 not in view.blocked):
        return k
    following = words[k + 1]
    if not (following.text[:1].isupper() or following.lower_ in ABBREVIATED or following.lower_ in SETTLEMENTS):
        return k
    end = tail_end(view, k + 1, limit)
    return end if end > k + 1 else k


SETTLEMENTS = frozenset({"села", "деревни", "посёлка", "поселка", "города", "станицы", "хутора"})


def participle_clause_end(view: SentenceView, k: int, limit: int) -> int:
    """Past a participle clause that says which one: "отделение, расположенное в городе Лесные
    Зори" (to the next comma or the end); ``k`` when none follows."""
    words = view.words
    if not (k + 1 < limit and words[k].text == "," and "Part" in words[k + 1].morph.get("VerbForm") and words[k + 1].text.islower()):
        return k
    end = k + 1
    while end < limit and end not in view.blocked and words[end].text not in (",", ";", ".", ":", "(", ")") and not is_verb(words[end].text):
        if end in view.names:
            return k                                    # "…, заведующего отделением Ильяса Орлова": the next one's post
        end += 1
    return end if end >= limit or words[end].text in (",", ";", ".") else k


def read_shared_head(
    view: SentenceView, k: int, head: int, end: int, limit: int, case: str | None = None, people: bool = False,
) -> list[Recipient]:
    """"МФЦ Ташлинского и Тюльганского районов": one recipient per adjective, the plural noun
    in the singular after each ("МФЦ Ташлинского района", "МФЦ Тюльганского района"); the words
    before in the nominative, a house's or a team's in the singular ("командам Лесного и Озёрского
    районов" → "команда Лесного района"), people's in the plural ("жители Лесной и Озёрной областей")."""
    words = view.words
    if end - 1 <= head or not is_adjective_form(words[end - 1].text):
        return []
    adjectives, j = [end - 1], end
    while j + 1 < limit and words[j].text in (",", "и") and is_adjective_form(words[j + 1].text) and j + 1 not in view.blocked:
        adjectives.append(j + 1)
        j += 2
    if len(adjectives) < 2 or j >= limit or j in view.blocked or not is_plural_noun(words[j].text):
        return []
    noun = singular(words[j].text)
    if not all(can_agree(words[a].text, noun) for a in adjectives):
        return []                                       # "по изготовлению авиакомплектующих, различной техники": no shared noun
    shared = view.text(k, adjectives[0], nominative_phrase(words[k:adjectives[0]], head - k, case, singular=not people))
    recipients = []
    for n, adjective in enumerate(adjectives):
        first = k if n == 0 else adjective
        last = adjective + 1 if n < len(adjectives) - 1 else j + 1
        start_token, end_token = view.span_of(first, last)
        text = f"{shared} {words[adjective].text} {noun}"
        recipients.append(Recipient(start_token, end_token, text, "person" if people else "organization", first=first, stop=last))
    recipients[-1].stop = read_project(view, j + 1, limit, recipients[-1])
    return recipients


def coordinated(view: SentenceView, k: int, limit: int, accept: Callable[[int], bool]) -> list[int]:
    """The positions of the words from ``k`` on that ``accept`` takes, joined by "," or "и" ("Лесной,
    Луговой и Озёрный")."""
    found, j = [], k
    while j < limit and j not in view.blocked and accept(j):
        found.append(j)
        if not (j + 2 < limit and view.words[j + 1].text in (",", "и") and j + 2 not in view.blocked and accept(j + 2)):
            break
        j += 2
    return found


def shared_abbreviation(view: SentenceView, k: int, limit: int) -> list[Recipient]:
    """Place adjectives that share the abbreviation after them: "Лесной и Озёрный СДК", "Лесной,
    Луговой и Озёрный СК" → one recipient each ("Лесной СДК", "Озёрный СДК")."""
    words = view.words

    def place_adjective(j: int) -> bool:
        return j < limit and j not in view.blocked and words[j].text[:1].isupper() and is_adjective_form(words[j].text)

    adjectives = coordinated(view, k, limit, place_adjective)
    head = adjectives[-1] + 1 if adjectives else k
    if len(adjectives) < 2 or words[head - 2].lower_ != "и" or head >= limit or not (
        is_abbreviation(words[head].text) and words[head].text.isupper()
    ):
        return []
    recipients = []
    for n, adjective in enumerate(adjectives):
        last = head + 1 if n == len(adjectives) - 1 else adjective + 1
        start_token, end_token = view.span_of(adjective, last)
        recipients.append(Recipient(start_token, end_token, f"{words[adjective].text} {words[head].text}", "organization",
                                    first=adjective, stop=last))
    return recipients


def read_project(view: SentenceView, k: int, limit: int, recipient: Recipient) -> int:
    """"с проектом «…»" after a recipient: sets its project; returns the position after it."""
    words = view.words
    if (
        k + 2 < limit
        and words[k].lower_ == "с"
        and words[k + 1].lemma_ in PROJECT_WORDS
        and k + 2 in view.quotes
        and view.quotes[k + 2] < limit
    ):
        close = view.quotes[k + 2]
        recipient.project = view.text(k + 3, close)
        return close + 1
    return k


def second_house_end(view: SentenceView, k: int, limit: int, case: str | None) -> int | None:
    """Past a second house joined by "и" to a group's house, in the genitive and in no case the
    chain is read in ("сотрудникам больницы и Лесного филиала"); None where there is none."""
    words = view.words
    if not (case and case != "gent" and k + 1 < limit and words[k].lower_ == "и" and words[k - 1].pos_ in ("NOUN", "PROPN", "X")):
        return None
    j = k + 1
    while j < limit and words[j].pos_ == "ADJ":
        j += 1
    if not (j < limit and words[j].lemma_ in ORGANIZATION_HEADS and j not in view.names):
        return None
    house = words[k + 1 : j + 1]
    if not all(can_be_genitive(t.text) for t in house) or can_be(house, case):
        return None
    return tail_end(view, j + 1, limit)
