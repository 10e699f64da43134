"""The awards' sentence view and what every recipient reader stands on: the ``Recipient``
record, the people a sentence names (PER entities, names with initials, names pymorphy3
knows), and the tails that end a name ("г. Оренбурга", "№ 5", quoted names, genitives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.ner import is_capital_surname
from pressfacts.pipeline.numbers.tables import ABBREVIATED_MULTIPLIERS, MULTIPLIERS, QUALIFIERS
from pressfacts.pipeline.sentence_view import SentenceView as SharedView
from pressfacts.pipeline.wordforms import NUMBERED_ORDINAL, cases, has_reading, is_animate, is_role_noun, is_verb, lemmas, parses_with

from .words import HONOURS, MONEY_WORDS, ORGANIZATION_HEADS

DASHES = {"-", "–", "—", "−", ":"}   # "−" (the minus sign) stands for a dash in some releases
TRUE_DASHES = DASHES - {":"}
APPOSITION = {",", "-", "–", "—"}  # Иван Петров, директор …; Иван Петров – ведущий специалист …
# г. Оренбурга, им. Пушкина, г.о. Жигулёвск ("г", ".", "о", "."), м.р. Ставропольский, обл.
ABBREVIATED = {"г", "гор", "с", "п", "пос", "пгт", "д", "ст", "им", "р", "ул", "о", "м", "обл", "рп", "сп", "мкр"}
SHORTENED = re.compile(r"^р-н\w{0,3}$", re.I)   # Заречного р-на, в Ивановском р-не
NAME_POS = {"NOUN", "PROPN", "ADJ", "X"}  # words a name may go on with: not "и", "с", "в"
CONJUNCTIONS = {"и", "а", "также"}
COLLECTIVE_HEADS = frozenset({"коллектив", "команда", "сборная", "дружина", "экипаж"})   # of awards_groups.txt: a team
EVERYONE = frozenset({"все", "всем", "всех", "всеми"})   # "все студенты получат …": everyone, no group honoured
LEAD_WORDS = {"у", "также", "лично", "был", "была", "были", "было", "соответственно", "ещё", "еще"}  # words a chain may start after
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*")
INITIALS_NAME = re.compile(
    r"(?<![\w.])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)  # Михин С.В., С.В. Михин


@dataclass
class Recipient:
    """One recipient as read from the text, in the nominative."""

    start: int                  # doc token index of the first word of the recipient span
    end: int                    # doc token index one past its last word
    text: str
    kind: str                   # person | organization
    position: str | None = None
    organization: str | None = None
    project: str | None = None
    stop: int = 0               # view position after the item, its position and project included
    first: int = 0              # view position where the item starts (its position included)
    pronoun: bool = False       # "Ему вручили …": the text is the name the pronoun points to
    anaphor: bool = False       # a pronoun that is a noun ("Школьника наградили …"): its person may be further back
    covers: int | None = None   # view position of words it renames, taken with it: "коллектив, ансамбль «Заря»"
    place: bool = False         # a district or a town (``places``): a winner of its own, no one's house
    shares_position: bool = False  # a plural title before the name, shared by the names after it:
    #                                "сотрудникам МФЦ Людиновского района Сергею Иванову и Ольге Петровой"


class SentenceView(SharedView):
    """The shared sentence view, with what the award rules add: the people named in it (PER
    entities, names with initials, names pymorphy3 knows), its ORG entities, whether a sum of
    money is named, and the positions already taken by a recipient or a context."""

    def extend(self) -> None:
        self.blocked: set[int] = set()                     # positions no recipient may use
        self.names = self.entity_ends("PER")               # first word of a name → one past its last
        for start, end in initials_names(self.sent) + morphological_names(self.words):
            if not any(s < end and start < e for s, e in self.names.items()):
                self.names[start] = end
        self.names = with_surnames_first(self.words, self.names)
        for start in [s for s, e in self.names.items() if any(is_acronym(t.text) for t in self.words[s:e]) or is_place_word(self.words[s:e])]:
            if not capital_surname_first(self.words[start : self.names[start]]):
                del self.names[start]                      # "Ольховской ЦРБ", "школы № 1 Ольховки": the NER's person is a house, a place
        for start in [s for s in self.names if named_for(self.words, s)]:
            end = self.names.pop(start)                    # "школа им. А. С. Пушкина": the house's name, no one's
            if end - start > 1 and len(self.words[start].text) > 1:
                self.names[start + 1] = end                # "школы имени Пушкина Анна Ким" read as one: hers is the rest
        # the words of the names: none of them is a verb ("Дана" is read as "дать")
        self.named = {k for start, end in self.names.items() for k in range(start, end)}
        self.orgs = self.entity_ends("ORG")                # first word of an ORG entity → one past its last
        self.locs = self.entity_ends("LOC")                # and of a LOC entity: a town may have won
        self.money = any(t.lemma_ in MONEY_WORDS for t in self.words)   # once, not once per honour word
        self.openers: dict[int, int] = {}                  # a context opener ("в номинации «…»") → one past it
        self.results = False                               # reading the recipients of a place or a win
        self.places = False                                # and a district or a town may be one (``places``)


def initials_names(sent: Span) -> list[tuple[int, int]]:
    """View positions of names written with initials: "Михин С.В.", "С. В. Михин"."""
    words = [t for t in sent if not t.is_space]
    starts = {t.idx: k for k, t in enumerate(words)}
    ends = {t.idx + len(t.text): k + 1 for k, t in enumerate(words)}
    found = []
    for m in INITIALS_NAME.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if start in starts and end in ends:
            found.append((starts[start], ends[end]))
    return found


@lru_cache(maxsize=100_000)
def name_part(word: str) -> str | None:
    """"Name", "Surn" or "Patr" when a capitalized word can be that part of a person's name."""
    if not word[:1].isupper() or word.isupper():
        return None
    return next((t for p in parses_with(word, "Name", "Patr", "Surn") for t in ("Name", "Patr", "Surn") if t in p.tag), None)


def morphological_names(words: list[Token]) -> list[tuple[int, int]]:
    """Names slovnet missed, by pymorphy3: a first name with a surname or patronymic beside it,
    "Ивана Петрова", "Ивановой Марии Петровне"."""
    found, k = [], 0
    while k < len(words):
        end = k
        while end < len(words) and end - k < 3 and name_part(words[end].text):
            end += 1
        parts = [name_part(w.text) for w in words[k:end]]
        if end - k >= 2 and "Name" in parts and any(p in ("Surn", "Patr") for p in parts):
            found.append((k, end))
            k = end
        else:
            k += 1
    return found


TOWN_ENDING = re.compile(r"(ск|цк|град|поль|бург)$")   # Озёрск, Светлоград: a town's name, no person's


def is_place_word(words: list[Token]) -> bool:
    """A one-word "name" that pymorphy3 knows as a place and not as a person's ("Ольховки"), or
    whose every reading ends as a town's does ("Крутогорску")."""
    if len(words) != 1 or parses_with(words[0].text, "Name", "Surn", "Patr"):
        return False
    return bool(parses_with(words[0].text, "Geox")) or all(TOWN_ENDING.search(lemma) for lemma in lemmas(words[0].text))


def capital_surname_first(name: list[Token]) -> bool:
    """A name that opens with its surname in capitals and goes on with the first name ("КИМ Анна
    Викторовна"): the short surname reads as an acronym, the rest says it is none."""
    return len(name) > 1 and is_capital_surname(name[0].text) and not any(is_acronym(t.text) for t in name[1:])


def is_acronym(word: str) -> bool:
    """An abbreviation in capitals ("ЦРБ", "МФЦ"), never a word of a person's name (a surname in
    capitals is longer: "СЕМЁНОВА")."""
    return len(word) <= 5 and word.isalpha() and is_abbreviation(word)


def named_for(words: list[Token], start: int) -> bool:
    """Does the name at ``start`` follow "им." or "имени" (a house named after someone)?"""
    j = start - 1
    if j >= 0 and words[j].text == ".":
        j -= 1
    return j >= 0 and words[j].lower_ in ("им", "имени")


def with_surnames_first(words: list[Token], names: dict[int, int]) -> dict[int, int]:
    """A surname pymorphy3 does not know, written before a first name and a patronymic where a
    list line or a clause starts, is the name's: "Сомовой Дарье Игоревне, директору …" (the
    decree's order; slovnet takes only "Дарье Игоревне")."""
    for start, end in list(names.items()):
        if not (end - start == 2 and start > 0 and start - 1 not in names):
            continue
        before = words[start - 1]
        opens = start == 1 or not is_word(words[start - 2])
        if (
            opens and before.is_alpha and before.text.istitle()
            and name_part(words[start].text) == "Name" and name_part(words[start + 1].text) == "Patr"
            and name_part(before.text) != "Name"
        ):
            names[start - 1] = names.pop(start)
    return names


COLLECTIVE_NUMERAL = re.compile(r"^(дво|тро)(е|их|им|ими)$|^(четвер|пятер|шестер|семер|восьмер|девятер|десятер)(о|ых|ым|ыми)$", re.I)


CASED_COUNT = re.compile(r"^\d+-(ти|ми|х|м)$")   # "250-ти добровольцам", "34-м жителям": a number with its case ending


def is_count(token: Token) -> bool:
    """A number or a count word before the people it counts: "12", "пяти", "двоим", "несколько" (slovnet may
    read a collective numeral as a verb: "двоим" → "двоить"; spaCy counts the noun "семью" a number)."""
    return (token.like_num and token.pos_ != "NOUN") or token.pos_ == "NUM" or bool(COLLECTIVE_NUMERAL.match(token.text) or CASED_COUNT.match(token.text)) or (
        token.lemma_ == "несколько"                     # "несколько человек": slovnet's adverb
    )


QUALIFIER_WORDS = max(len(q.split()) for q in QUALIFIERS)


def count_end(words: list[Token], k: int, limit: int) -> int | None:
    """Where a count before the people it counts ends: "12", "более 10 тысяч", "свыше 300",
    "сорок четыре" (the numbers grammar's qualifiers and multipliers); None where no count starts at k."""
    j = next((k + n for n in range(QUALIFIER_WORDS, 0, -1) if " ".join(w.lower_ for w in words[k : min(k + n, limit)]) in QUALIFIERS), k)
    if j >= limit or not is_count(words[j]):
        return None
    j += 1
    while j < limit and words[j].pos_ == "NUM" and words[j].text.isalpha():
        j += 1                                          # "сорок четыре", "сто двадцать"
    while j < limit and (words[j].lemma_ in MULTIPLIERS or words[j].lower_ in ABBREVIATED_MULTIPLIERS):
        j += 1 + (j + 1 < limit and words[j].lower_ in ABBREVIATED_MULTIPLIERS and words[j + 1].text == ".")   # "10 тысяч", "2 тыс."
    return j


def paucal(count: Token) -> bool:
    """Does the count take its noun in the genitive singular: two, three, four ("53 тренера",
    "три медика"; not "12 тренеров")?"""
    if count.text.isdigit():
        return count.text[-1] in "234" and not count.text[-2:-1] == "1"
    return count.lower_ in ("два", "две", "три", "четыре", "оба", "обе")


def singular_count(count: Token) -> bool:
    """Does the count take its noun in the singular of its own case, as one does: "101 спортсмен",
    "21 тренеру" (not "11 тренеров")?"""
    return count.text.isdigit() and len(count.text) > 1 and count.text[-1] == "1" and count.text[-2] != "1"


def adjectives_end(words: list[Token], k: int, limit: int) -> int:
    """Past the lower-case adjectives from ``k`` on ("(работе с) личным составом", "детской (больнице)")."""
    while k < limit and words[k].pos_ == "ADJ" and words[k].text.islower():
        k += 1
    return k


def is_finite(token: Token) -> bool:
    """A finite verb, no participle, gerund or infinitive: "выразил", "управляет"."""
    return token.pos_ == "VERB" and not token.morph.get("VerbForm") and is_verb(token.text)


def is_word(token: Token) -> bool:
    return WORD.fullmatch(token.text) is not None


def can_be_genitive(word: str) -> bool:
    return has_reading(word, ("NOUN", "ADJF", "PRTF", "NUMR"), "gent")


def is_adjective_form(word: str) -> bool:
    return has_reading(word, ("ADJF", "PRTF"))   # "заслуженному (художнику)": a participle as an adjective


def is_plural_noun(word: str) -> bool:
    return has_reading(word, "NOUN", "plur")


# --- Tails: the words after a head that belong to the name ---------------------------------

def slashed_abbreviation(view: SentenceView, k: int) -> bool:
    """Two capitals joined by a slash at ``k``, a house's abbreviation ("П/З", племзавод; "А/Ф",
    агрофирма), which the tokenizer splits in three."""
    words = view.words
    if not (0 <= k and k + 2 < len(words) and words[k + 1].text == "/"):
        return False
    first, slash, second = words[k], words[k + 1], words[k + 2]
    joined = first.idx + len(first.text) == slash.idx and slash.idx + 1 == second.idx
    return joined and all(len(t.text) <= 3 and t.text.isalpha() and t.text.isupper() for t in (first, second))


def tail_end(view: SentenceView, k: int, limit: int) -> int:
    """One past the last word of the name that starts at ``k``: quoted names, "г. Оренбурга",
    "№ 5", capitalized words and genitives; it stops at a name, a comma, a verb, a preposition."""
    words = view.words
    while k < limit and k not in view.blocked:
        token = words[k]
        if k in view.quotes and view.quotes[k] < limit:
            k = view.quotes[k] + 1
            continue
        if token.text == "»" and k + 1 < limit and k + 1 in view.names and k not in view.quotes.values():
            k += 1                                              # "части № 9» Иван Орлов": a quote closing nothing, a typo
            continue
        if token.lower_ in SETTLEMENT_NOUNS and k > 0 and words[k - 1].lower_ in ("округа", "поселения") and k + 1 < limit and (
            words[k + 1].text[:1].isupper() and is_word(words[k + 1])
        ):
            k += 2                                              # "администрация городского округа город Лесной"
            continue
        if token.lower_ in ("им", "имени"):
            k = eponym_end(view, k + 1, limit)                  # школа № 7 им. А. С. Пушкина
            continue
        if k in view.names and words[k].text[:1].isupper() and k + 1 < limit and words[k + 1].text == ".":
            break                                               # "школы М.Н. Петров": the initials start a name
        if settlement_at(view, k, limit):
            k += 2                                              # г. Оренбурга
            if k < limit and k not in view.blocked and words[k].text[:1].isupper() and is_word(words[k]):
                k += 1                                          # the place even where the NER took it for a name
            continue
        if token.lower_ == "и" and k > 0 and is_abbreviation(words[k - 1].text) and k + 1 < limit and len(words[k + 1].text) == 1 and (
            words[k + 1].text.isupper() and (k + 2 >= limit or words[k + 2].text != ".")
        ):
            k += 2                                              # "МАУДО ДТД и М": the abbreviation's last letter, no second house
            continue
        if token.text == "/" and slashed_abbreviation(view, k - 1):
            k += 2                                              # "П/З «Луговское»": the second half of its abbreviation
            continue
        if SHORTENED.match(token.text) or (is_abbreviation(token.text) and k > 0 and is_abbreviation(words[k - 1].text)):
            k += 1                                              # Заречного р-на; ГУ ТО «Облдорстрой»
            continue
        if token.text == "№" and k + 1 < limit and words[k + 1].like_num:
            k += 2                                              # школа № 5
            continue
        if token.text.isdigit() and len(token.text) <= 3 and k > 0 and words[k - 1].lemma_ in ORGANIZATION_HEADS and not (
            k + 1 < limit and words[k + 1].pos_ == "NOUN"
        ):
            k += 1                                              # "пожарно-спасательная часть 3": its number, no "№"
            continue
        if NUMBERED_ORDINAL.match(token.text) and k + 1 < limit and words[k + 1].text.islower() and is_word(words[k + 1]):
            k += 1                                              # "спортсмены 4-го оперативного батальона"
            continue
        if token.lower_ in SAME_AS_BEFORE and k + 2 < limit and words[k + 1].lower_ == "же":
            k += 2                                              # "советнику этого же отдела": the house named before
            continue
        if (unit := unit_head(view, k)) is not None and unit < limit:
            k = unit + 1                                        # "5 ПСЧ 2 ПСО": a unit by its number first
            continue
        if token.lower_ == "и" and k > 0 and words[k - 1].pos_ == "ADJ" and words[k - 1].text.islower() and k + 1 < limit and words[k + 1].pos_ == "ADJ":
            k += 1                                              # "команды городской и районной администраций": one noun's
            continue
        if token.lower_ == "и" and (field := coordinated_field_end(view, k, limit)) is not None:
            k = field                                           # "Центра гигиены и эпидемиологии", "министерства образования и науки"
            continue
        if token.lower_ == "по" and k + 2 < limit and words[k + 1].lower_ in ("г", "гор") and words[k + 2].text == "." and k > 0 and words[k - 1].text[:1].isupper():
            k = jurisdiction_end(view, k + 3, limit)            # УМВД России по г. Озёрску
            continue
        if token.lower_ == "по" and k + 1 < limit and k + 1 not in view.names and words[k + 1].text[:1].isupper() and k > 0 and (
            words[k - 1].text[:1].isupper() or (k + 2 < limit and words[k + 2].lemma_ in DISTRICTS)
        ):
            k = jurisdiction_end(view, k + 1, limit)            # ОМВД России по Заречному району; пункт полиции по Лесному району
            continue
        if token.lower_ == "в" and k + 2 < limit and words[k + 1].lower_ == "составе" and k > 0 and (words[k - 1].pos_ in NAME_POS or words[k - 1].like_num):
            k += 2                                              # "рота № 6 в составе полка ППС": the unit it is part of
            continue
        if token.lower_ in ("в", "во", "под") and (place := location_end(view, k + 1, limit)) > k + 1:
            k = place                                           # офис МФЦ в Мещовском районе
            continue
        if token.lower_ == "на" and k > 0 and (words[k - 1].text[:1].isupper() or words[k - 1].lemma_ in ORGANIZATION_HEADS) and (
            (served := transport_end(view, k + 1, limit)) > k + 1
        ):
            k = served                                          # "ЛО МВД России на транспорте", "… на станции Лесная"
            continue
        if token.text in TRUE_DASHES and k + 1 < limit and k > 0 and is_abbreviation(words[k - 1].text) and (
            words[k + 1].text[:1].isupper() and words[k + 1].lemma_ in ORGANIZATION_HEADS and can_be_genitive(words[k + 1].text)
        ):
            k += 1                                              # "управления кадров УМВД – Центра подготовки УМВД": one house's two names
            continue
        if token.lower_ == "с" and [w.lower_ for w in words[k + 1 : k + 3]] == ["ограниченной", "ответственностью"]:
            k += 3                                              # общество с ограниченной ответственностью «Двор»
            continue
        if token.lower_ == "по" and k > 0 and (words[k - 1].pos_ == "NOUN" or words[k - 1].like_num) and (field := field_after(view, k + 1, limit)) > k + 1:
            k = field                                           # управления по охране памятников истории
            continue
        if AGE.match(token.text) and k + 1 < limit and k + 1 in view.names:
            break                                               # "… школы № 2 13-летний Илья Орлов": the age is his, the tail ends
        if token.text == "(" and k + 2 < limit and words[k + 2].text == ")" and words[k + 1].text.islower() and is_word(words[k + 1]):
            k += 3                                              # крестьянского (фермерского) хозяйства
            continue
        if k in view.names and view.names[k] == k + 1 and k > 0 and words[k - 1].text.islower() and (
            VILLAGE.search(token.text) or (words[k - 1].lemma_ in COLLECTIVE_HEADS and not parses_with(token.text, "Name", "Surn"))
        ):
            k += 1                                              # "команды Кедрово", "команды Ракитинского": a place's, no person's
            continue
        if k in view.names or not is_word(token) or token.lemma_ in HONOURS:
            break
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")   # "Специализированной … части"
        if (token.pos_ in NAME_POS or participle or is_abbreviation(token.text) or CAMEL_ABBREVIATION.match(token.text)) and (
            token.text[:1].isupper() or can_be_genitive(token.text)
        ):   # an abbreviation whatever the tagger made of it: "ОП № 2" (an interjection to slovnet), "ГосНИИ" (a verb)
            k += 1
            continue
        break
    return k


CAMEL_ABBREVIATION = re.compile(r"^[А-ЯЁ][а-яё]{1,4}[А-ЯЁ]{2,}")   # "ГосНИИ", "ВетНИИЯЛИ": part a word, part capitals
SETTLEMENT_NOUNS = frozenset({"город", "село", "посёлок", "поселок", "деревня", "станица"})   # "городской округ город Лесной"
VILLAGE = re.compile(r"[^Аа](ово|ево|ёво|ино|ыно)$")   # villages' names that do not decline: Кедрово, Лукино


SAME_AS_BEFORE = frozenset({"этого", "этой", "того", "той"})   # "(советнику) этого же отдела": the house named before
DISTRICTS = frozenset({"район", "область", "округ", "край", "город", "республика", "поселение"})   # what a unit serves


def numbered_unit(view: SentenceView, k: int) -> bool:
    """A unit named by its number first, as МЧС writes them: "27 ПСЧ", "5 ПСЧ 2 ПСО", "1 пожарно-
    спасательная часть" (a small number, then an abbreviation or adjectives and an organization noun)."""
    return unit_head(view, k) is not None


def unit_head(view: SentenceView, k: int) -> int | None:
    """The head of a unit named by its number first: the abbreviation or the noun ("1 пожарно-спасательной
    частью" → "частью"); None when the number names no unit."""
    words = view.words
    if not (words[k].text.isdigit() and len(words[k].text) <= 3 and k + 1 < len(words)):
        return None
    j = adjectives_end(words, k + 1, len(words))
    if j < len(words) and (is_abbreviation(words[j].text) if j == k + 1 else words[j].lemma_ in ORGANIZATION_HEADS):
        return j
    return None


def eponym_end(view: SentenceView, k: int, limit: int) -> int:
    """One past the person a house is named after, from after "им" or "имени": "им. А. С. Пушкина",
    "имени Героя России И. П. Смолина" (capitalized words and initials)."""
    words = view.words
    if k < limit and words[k].text == ".":
        k += 1
    start, initials = k, False
    while k < limit and k not in view.blocked and words[k].text[:1].isupper() and is_word(words[k]):
        if len(words[k].text) == 1 and k + 1 < limit and words[k + 1].text == ".":
            initials, k = True, k + 2
        elif initials:
            return k + 1                                    # the surname after the initials ends it
        elif k in view.names and k > start:
            return k                                        # "имени Пушкина Анна Ким": hers starts
        else:
            k += 1                                          # "Пушкина", "Героя России"
    return k


CLAUSE_FIELDS = frozenset({"итог", "результат", "решение", "случай", "поручение", "инициатива", "приглашение", "традиция", "оценка"})


def settlement_at(view: SentenceView, k: int, limit: int) -> bool:
    """A settlement's abbreviation and its dot at ``k``: "г.", "п.", "с."."""
    return view.words[k].lower_ in ABBREVIATED and k + 1 < limit and view.words[k + 1].text == "."


def field_after(view: SentenceView, k: int, limit: int) -> int:
    """Past the field of a body after "по": lower-case adjectives, a noun and its genitives, where
    a name follows ("управления по охране памятников истории Анне Ким", "комитета по делам
    молодёжи"); ``k`` when no name does."""
    words = view.words
    j = k
    while j < limit and j not in view.blocked and j not in view.names and words[j].text.islower() and words[j].pos_ in ("ADJ", "NOUN") and (
        j == k or words[j].pos_ == "ADJ" or can_be_genitive(words[j].text)
    ) and not settlement_at(view, j, limit):
        j += 1
        field = next((m for m in range(k, j) if words[m].pos_ == "NOUN"), None)   # the field's own noun: "развитию"
        if field is not None and j + 1 < limit and words[j].lower_ == "и" and (other := adjectives_end(words, j + 1, limit)) < limit and (
            words[other].pos_ == "NOUN" and words[other].text.islower() and shares_case(words[field], words[other])
        ):
            j = other + 1                               # "по развитию самоуправления и организационной работе": a field of two
    if j > k and j < limit and words[j].lower_ in ("с", "со"):
        j = partner_end(view, j + 1, limit) or j        # "управления по работе с личным составом"
    if j > k and j < limit and (j in view.names or words[j].text[:1].isupper()):
        return j
    # no name follows: the parse says whether the field is the body's ("команда завода по выпуску
    # труб") or the clause's ("наградили команду завода по итогам года")
    return j if j > k and words[k].dep_ == "nmod" and words[k].head.i < words[k - 1].i and words[k].lemma_ not in CLAUSE_FIELDS else k


def shares_case(one: Token, other: Token) -> bool:
    """Can two words be in one case ("развитию" and "работе": the dative)?"""
    return bool(cases(one.text) & cases(other.text))


def coordinated_field_end(view: SentenceView, k: int, limit: int) -> int | None:
    """Past the second field of a house or a post named with two ("Центр гигиены и эпидемиологии",
    "министерство сельского хозяйства и продовольствия", "учитель русского языка и литературы"):
    ``k`` is the "и" between lower-case genitive nouns after a house noun or a post; where none
    stands before, or a person, an honour or another house follows, None."""
    words = view.words
    first = k - 1
    while first > 0 and k - first < 4 and words[first - 1].pos_ in ("NOUN", "ADJ") and is_word(words[first - 1]):
        first -= 1
    if not (words[k - 1].pos_ == "NOUN" and words[k - 1].text.islower()) or all(
        words[j].lemma_ not in ORGANIZATION_HEADS and not (words[j].pos_ == "NOUN" and is_role_noun(words[j].text)) for j in range(first, k - 1)
    ):
        return None
    j = adjectives_end(words, k + 1, limit)
    if j >= limit or j in view.blocked or words[j].pos_ != "NOUN" or not words[j].text.islower():
        return None
    economy = words[j].lemma_ == "хозяйство" and j > k + 1   # "строительства и жилищно-коммунального хозяйства": a field, no farm
    if words[j].lemma_ in HONOURS or (words[j].lemma_ in ORGANIZATION_HEADS and not economy) or is_animate(words[j].text) or not can_be_genitive(words[j].text):
        return None                                     # "министерства финансов и министерства …": a second house
    return j + 1


def partner_end(view: SentenceView, k: int, limit: int) -> int | None:
    """Past whom a body's field is worked with: lower-case adjectives and a noun in the
    instrumental ("(по работе) с личным составом", "с общественностью"); None where none is."""
    words = view.words
    j = adjectives_end(words, k, limit)
    if j < limit and j not in view.names and words[j].pos_ == "NOUN" and words[j].text.islower() and "Ins" in words[j].morph.get("Case"):
        return j + 1
    return None


def jurisdiction_end(view: SentenceView, k: int, limit: int) -> int:
    """Past the district a unit serves, after "по": "Заречному району", "Лесному городскому округу",
    "Озёрной области" (capitalized words, then lower-case ones that close it)."""
    words = view.words
    while k < limit and k not in view.blocked and is_word(words[k]) and words[k].text[:1].isupper():
        k += 1
    while k < limit and k not in view.blocked and is_word(words[k]) and words[k].text.islower() and words[k].pos_ in ("NOUN", "ADJ"):
        k += 1
        if words[k - 1].pos_ == "NOUN":
            break
    return k


def location_end(view: SentenceView, k: int, limit: int) -> int:
    """One past a place after "в" that ends a name: "в Мещовском районе", "в г. Людиново";
    ``k`` when there is none, or when more than a separator follows it (an event's place)."""
    words, start = view.words, k
    while k < limit and k not in view.blocked and k not in view.names:
        token = words[k]
        if settlement_at(view, k, limit):
            k += 2
        elif is_word(token) and (token.text[:1].isupper() if k == start else token.text[:1].isupper() or can_be_locative(token.text)):
            k += 1
        else:
            break
    ends_item = k >= limit or words[k].text in (",", ";", ".", ")", "»") or words[k].lower_ in ("и", "с") or k in view.names
    return k if k > start and ends_item else start


TRANSPORT_PLACES = frozenset({"транспорт", "станция", "вокзал", "аэропорт", "магистраль"})   # what a transport unit serves


def transport_end(view: SentenceView, k: int, limit: int) -> int:
    """One past what a transport police unit serves, after "на": "транспорте", "водном
    транспорте", "железнодорожной станции Лесная", "ст. Лесная"; ``k`` when it names none."""
    words, start = view.words, k
    k = adjectives_end(words, k, limit)
    if k + 1 < limit and words[k].lower_ == "ст" and words[k + 1].text == ".":
        k += 1
    elif not (k < limit and words[k].lemma_ in TRANSPORT_PLACES):
        return start
    k += 1
    while k < limit and k not in view.names and is_word(words[k]) and words[k].text[:1].isupper():
        k += 1                                          # the station's name
    return k


def can_be_locative(word: str) -> bool:
    return has_reading(word, ("NOUN", "ADJF"), "loct")


AGE = re.compile(r"^\d{1,2}-летн", re.I)   # "13-летний", "12-летнему"
DESCRIPTOR_NOUNS = frozenset({"класс", "год", "лет", "курс"})


def descriptor_end(view: SentenceView, k: int, limit: int) -> int:
    """Past a child's class or age written after her name in a list: "10 «А» класс", "5 лет",
    "2 курс" (none of it is a recipient); ``k`` when there is none."""
    words = view.words
    if not (k < limit and words[k].like_num):
        return k
    for j in range(k + 1, min(limit, k + 5)):
        if words[j].lemma_ in DESCRIPTOR_NOUNS or words[j].lower_ in DESCRIPTOR_NOUNS:
            return j + 1
        if not (words[j].text in "«»\"-" or (len(words[j].text) == 1 and words[j].text.isalpha())):
            return k
    return k


def names_a_house(view: SentenceView, k: int) -> bool:
    """Is the word at ``k`` the first of a quoted name after an organization ("СШОР «Вымпел»",
    "команда «Кубок»"), no honour however it reads?"""
    words = view.words
    return k >= 2 and k - 1 in view.quotes and (is_abbreviation(words[k - 2].text) or words[k - 2].lemma_ in ORGANIZATION_HEADS | COLLECTIVE_HEADS)
