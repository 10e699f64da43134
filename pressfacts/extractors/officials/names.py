"""Person names: the mentions of people in a Doc, and their nominative forms.

A mention comes from slovnet's PER entities, widened to the initials written beside them
("Михин С.В.", "С.В. Михин"), and left out when the name belongs to a place or a title
("ул. Николая Отрады", "университет имени Пушкина", «Премия Андрея Белого») or sits in page
boilerplate. Names go to the nominative by the case and gender all their words agree on
("Георгия Орлова" -> "Георгий Орлов"); initials stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.names import SURNAME_LIKE, NameForm, normalize_name, shared_surname
from pressfacts.pipeline.wordforms import best_pos, has_name_reading, is_compound_noun, is_known

from .lexicon import (
    DocWords,
    modifier_parses,
    name_blocker,
    place_parses,
    position_parses,
)

INITIAL = re.compile(r"[А-ЯЁA-Z]")          # С  (of "С.")
NAME_WORD = re.compile(r"[А-ЯЁA-Z][\w'’-]*")  # Разумовский, Ахмат-Хаджи, О’Рейли
# Lower-case parts inside a name: Сами аль-Хадж, Усама бин Ладен, Людвиг ван Бетховен, Урсула фон дер Ляйен
NAME_PARTICLE = re.compile(r"(аль|ал|эль|ибн|бин|бен|фон|ван|дер|де|ди|да|дель|ле|ла)(-[А-ЯЁ][\w-]*)?")
# A capitalized Arabic article opening what NER took for one name is a body before the name:
# "лидера Аль-Кайды Усамы бин Ладена", "оператор Аль-Джазиры Сами аль-Хадж" (the name's own article is lower case).
ARTICLE_BODY = re.compile(r"(Аль|Эль|Ас|Аш|Ан|Ад)-[А-ЯЁ][\w-]*")
APOSTROPHES = {"’", "'"}                 # Фил О’Рейли
QUOTES_OPEN = {"«", "„", "“"}
QUOTES_CLOSE = {"»", "“", "”"}
TITLE_SIZE = 6  # words: a quoted name this short is a title ("«Наследие Андрея Белого»"), not a quote


@dataclass
class Mention:
    """A name as written: tokens ``start:end`` of the Doc (whitespace tokens included)."""

    start: int
    end: int
    start_char: int
    end_char: int
    form: NameForm


# ---------------------------------------------------------------- mentions


def _is_initial_at(words: DocWords, i: int) -> bool:
    """Tokens i, i+1 are an initial: "С" ".". """
    return 0 <= i < len(words.words) - 1 and INITIAL.fullmatch(words.words[i]) is not None and words.words[i + 1] == "."


def _end_char(words: DocWords, i: int) -> int:
    return words.starts[i] + len(words.words[i])


def _pieces(words: DocWords, indexes: list[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pieces of a name (words; initials with their dot; "О’Рейли" as one word) and the gaps between them."""
    pieces, spans, n = [], [], 0
    while n < len(indexes):
        i = indexes[n]
        word = words.words[i]
        if INITIAL.fullmatch(word) and n + 1 < len(indexes) and words.words[indexes[n + 1]] == ".":
            pieces.append(word + ".")
            spans.append((words.starts[i], _end_char(words, indexes[n + 1])))
            n += 2
            continue
        if word in APOSTROPHES and pieces and n + 1 < len(indexes):
            end = _end_char(words, indexes[n + 1])
            pieces[-1] += words.text[spans[-1][1] : end]
            spans[-1] = (spans[-1][0], end)
            n += 2
            continue
        pieces.append(word)
        spans.append((words.starts[i], _end_char(words, i)))
        n += 1
    gaps = tuple(words.text[a[1] : b[0]] for a, b in zip(spans, spans[1:]))
    return tuple(pieces), gaps


def _widen(words: DocWords, start: int, end: int) -> tuple[int, int]:
    """Take in the initials written right before or after a name: "С.В. Михин", "Михин С.В."."""
    while start >= 2 and _is_initial_at(words, start - 2):
        start -= 2
    if not any(_is_initial_at(words, i) for i in range(start, end)):
        while _is_initial_at(words, end):
            end += 2
    if _is_initial_at(words, end - 1):  # slovnet left the last initial's dot out: "Михин С.В|."
        end += 1
    return start, end


def _name_like(words: DocWords, i: int, start: int) -> bool:
    word = words.words[i]
    if words.space[i]:
        return False
    if word == "." and i > start and INITIAL.fullmatch(words.words[i - 1]):
        return True
    if i > start and NAME_PARTICLE.fullmatch(word):
        return True
    if i > start and len(word) > 3 and word.isupper() and word.isalpha() and has_name_reading(words.words[start]):
        return True   # a surname in capitals after a first name: "Ольга КУЗЬМИНА"
    if not NAME_WORD.fullmatch(word) or is_abbreviation(word) and len(word) > 1:
        return False
    titled = position_parses(word) or modifier_parses(word)
    return not titled or has_name_reading(word)


def _trim(words: DocWords, start: int, end: int) -> tuple[int, int]:
    """Keep the name of what slovnet marked: no punctuation, lower-case words or title around it."""
    while start < end and not _name_like(words, start, start):
        start += 1
    cut = start
    while cut < end and (_name_like(words, cut, start) or words.space[cut] or words.words[cut] in APOSTROPHES):
        cut += 1   # the name ends where something else begins: "Джоэл Саймон (Joel Simon)"
    end = cut
    while end > start and not _name_like(words, end - 1, start):
        end -= 1
    return start, end


def _past_body(words: DocWords, start: int, end: int) -> int:
    """Past a body NER took into the name: "Аль-Кайды Усамы бин Ладена" -> "Усамы бин Ладена"."""
    if start >= end or not ARTICLE_BODY.fullmatch(words.words[start]):
        return start
    after = next((i for i in range(start + 1, end) if not words.space[i]), None)
    return after if after is not None and NAME_WORD.fullmatch(words.words[after]) else start


def _previous_word(words: DocWords, i: int) -> int | None:
    i -= 1
    while i >= 0 and (words.space[i] or words.words[i] == "."):
        i -= 1
    return i if i >= 0 else None


def in_titles(words: DocWords) -> list[bool]:
    """For every token: does it sit inside a short quoted name («Премия Андрея Белого»)?

    One pass over each sentence: scanning from the sentence start for every name made a long
    sentence quadratic.
    """
    titled = [False] * len(words.words)
    for a, b in words.sentences:
        depth, short = 0, False
        for i in range(a, b):
            titled[i] = bool(depth) and short
            text = words.words[i]
            if text in QUOTES_OPEN and not (text == "“" and depth):
                if depth == 0:
                    short = _title_size(words, i, b) <= TITLE_SIZE
                depth += 1
            elif text in QUOTES_CLOSE and depth:
                depth -= 1
    return titled


def _title_size(words: DocWords, opened: int, end: int) -> int:
    """Words from the quote opened at ``opened`` to its first closing quote (or ``end``)."""
    size = 0
    for i in range(opened + 1, end):
        if words.words[i] in QUOTES_CLOSE:
            break
        size += words.words[i][:1].isalnum()
    return size


def _blocked(words: DocWords, start: int) -> bool:
    previous = _previous_word(words, start)
    return previous is not None and name_blocker(words.words[previous])


def _in_boilerplate(words: DocWords, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in words.boilerplate)


AGENCY = re.compile(r"стат(а|у|ом|е)?$", re.IGNORECASE)   # Пензастат, Башкортостанстата: statistics offices, not people
CAMEL = re.compile(r"[а-яёa-z][А-ЯЁA-Z]|\d")   # МакЛарен-Мерседес, Формулы-1: names of things


def _is_name(indexes: list[int], words: DocWords) -> bool:
    """Not only initials ("В.Л."); and a lone word is a name when pymorphy3 knows it as one, or does
    not know it at all ("Лофнеру"), but not a dictionary word ("Маэстро", "Забазного", "Феррари")."""
    pieces = [words.words[i] for i in indexes]
    if all(INITIAL.fullmatch(p) or p == "." for p in pieces):
        return False
    if len(indexes) > 1:
        return True
    word = pieces[0]
    if CAMEL.search(word) or AGENCY.search(word) or place_parses(word) or is_compound_noun(word) and not SURNAME_LIKE.search(word):
        return False   # a place adjective alone ("Донской губернатор …"), a compound ("Металлплощадка") is no person
    if has_name_reading(word):
        return True
    return not is_known(word) and best_pos(word) != "ADJF"


def _mention(words: DocWords, start: int, end: int) -> Mention | None:
    indexes = [i for i in range(start, end) if not words.space[i]]
    if not indexes or not _is_name(indexes, words):
        return None
    form = normalize_name(*_pieces(words, indexes))
    return Mention(start, end, words.starts[start], _end_char(words, end - 1), form)


def find_mentions(words: DocWords) -> list[Mention]:
    """Every mention of a person in the Doc, in text order."""
    found = []
    titled = in_titles(words)
    for ent_start, ent_end in _person_spans(words):
        start, end = _trim(words, *_widen(words, ent_start, ent_end))
        start = _past_body(words, start, end)
        if start >= end or _blocked(words, start) or _in_boilerplate(words, start, end) or titled[start]:
            continue
        mention = _mention(words, start, end)
        if mention is not None:
            found.append(mention)
    return _share_surnames(words, found)


def _share_surnames(words: DocWords, mentions: list[Mention]) -> list[Mention]:
    """Two people who share a surname written once, in the plural: "сёстрам Надежде и Татьяне
    Ивановым" is Надежда Иванова and Татьяна Иванова, two records."""
    for n in range(len(mentions) - 1):
        a, b = mentions[n], mentions[n + 1]
        between = [words.words[i] for i in range(a.end, b.start) if not words.space[i]]
        pieces = [words.words[i] for i in range(b.start, b.end) if not words.space[i]]
        if between != ["и"] or a.form.last is not None or len(pieces) != 2:
            continue
        first, second = shared_surname(words.words[a.start], pieces[1]), shared_surname(pieces[0], pieces[1])
        if first is not None and second is not None:
            mentions[n], mentions[n + 1] = replace(a, form=first), replace(b, form=second)
    return mentions


def _person_spans(words: DocWords) -> list[tuple[int, int]]:
    """The PER entities (the NER joins two that touch: ``pipeline.ner``), a surname in capitals
    after a lone first name taken in ("Ольга КУЗЬМИНА", a byline)."""
    return [(a, _capital_surname_end(words, a, b)) for label, a, b in words.entities if label == "PER"]


def _words(words: DocWords, start: int, end: int) -> int:
    return sum(not words.space[i] for i in range(start, end))


def _capital_surname_end(words: DocWords, start: int, end: int) -> int:
    """Past a surname printed in capitals right after a lone first name: "Ольга КУЗЬМИНА"."""
    if _words(words, start, end) != 1 or not has_name_reading(words.words[start]):
        return end
    j = end + 1 if end < len(words.words) and words.space[end] and "\n" not in words.words[end] else end
    if j < len(words.words) and len(words.words[j]) > 3 and words.words[j].isupper() and words.words[j].isalpha():
        return j + 1
    return end


def find_surname_mentions(words: DocWords, known: set[str], taken: set[int]) -> list[Mention]:
    """Surname-only mentions slovnet missed, of people already found: "подчеркнул Гончаров"."""
    found = []
    entity_tokens = {i for label, a, b in words.entities if label != "PER" for i in range(a, b)}
    sentence_starts = {a for a, _ in words.sentences}
    for i, word in enumerate(words.words):
        if i in taken or i in entity_tokens or i in sentence_starts or not NAME_WORD.fullmatch(word) or is_abbreviation(word):
            continue
        form = normalize_name((word,))
        if form.last and form.key in known and not _blocked(words, i) and not _in_boilerplate(words, i, i + 1):
            found.append(Mention(i, i + 1, words.starts[i], _end_char(words, i), form))
    return found
