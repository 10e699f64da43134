"""Reading the words around a figure: what it counts, what it measures, and whether it is one.

All the readers work on a ``SentenceView``: the words of one sentence (whitespace tokens left
out), with the clauses they fall in and the words that belong to date mentions.

* ``read_counted``: the noun the figure governs, with the adjectives before it ("320 тысяч
  государственных и муниципальных услуг"), or only adjectives ("621 муниципальная": an
  ellipsis, the noun comes from a neighbour);
* ``read_dependents``: the words after that noun that belong to the counted thing ("пунктов
  для приёма и выдачи документов", "центров «Мои Документы»");
* ``read_before``: the measured thing before the figure, linked by a copula, a verb of change
  or a dash ("охват населения составляет 97%"), or an anaphor ("их всего 86");
* ``is_frame`` and ``is_age``: durations that are no figure ("за 4 года МФЦ вошли в нашу
  жизнь", "три дня назад", "в возрасте 85 лет").
"""

from __future__ import annotations

from typing import NamedTuple

from pressfacts.pipeline.sentence_view import SentenceView as SharedView
from pressfacts.pipeline.wordforms import (
    agree_adjective, can_be_nominative, can_be_noun, cases, is_adjective, is_noun, is_preposition, is_verb, lemma,
    nominative_head, nominative_noun, noun_gender,
)

from .morph import counted_noun, stands_as_noun, substantive
from .words import (
    AMOUNT_NOUNS,
    ANAPHORS,
    CHANGE_NOUNS,
    COMPARATIVES,
    COMPARISONS,
    COPULAS,
    FRAMES,
    PERIOD_ADJECTIVES,
    SUM_NOUNS,
    UNITS,
    is_age_word,
    is_change_word,
)

DASHES = frozenset({"—", "–", "-", ":"})                           # охват МФЦ - более 90%; Призовой фонд — 1 миллион
SKIPPED_BEFORE = frozenset({                                        # words between a measured thing and its figure
    "всего",      # их всего 86
    "уже",        # уже 80%
    "лишь", "только", "ещё", "еще", "же", "ровно", "целых", "также", "тоже",
})
DEPENDENT_PREPOSITIONS = frozenset({  # a counted noun keeps the phrase after these in its subject
    "для",  # более 25 пунктов для приёма и выдачи документов
    "на",   # 114 тысяч электронных обращений на получение региональных услуг
    "по",   # 300 консультаций по вопросам мобилизации
    "о",    # 20 заявлений о регистрации
    "об",   # 5 сообщений об ошибках
})
MAX_ADJECTIVES = 5   # "320 тысяч государственных и муниципальных услуг"
MAX_DEPENDENTS = 8   # words after the noun that may still belong to the counted thing
MAX_CHAIN = 2        # genitives read back from a priced thing: "призовой фонд турнира"


class SentenceView(SharedView):
    """The shared sentence view, with the words that lie in the sentence's own date mentions."""

    def extend(self, date_ranges: list[tuple[int, int]]) -> None:
        self.date_ranges = date_ranges
        self.in_date = [any(s <= t.idx < e for s, e in date_ranges) for t in self.words]


class Counted(NamedTuple):
    """The noun a figure counts, or the adjectives of an ellipsis ("621 муниципальная")."""

    adjectives: tuple[int, ...]   # view positions
    head: int | None              # view position of the noun; None for an ellipsis
    lemma: str | None
    number: str                   # sing | plur: the subject's number


def read_counted(view: SentenceView, k: int, forms: str) -> Counted | None:
    """The counted noun from view position ``k`` on (right after the figure), or None.

    Adjectives and participles may stand before it, joined by "и" or commas. When only
    adjectives follow, the last one is the noun if it can be one ("30 рабочих"); otherwise
    the reading is an ellipsis whose noun a neighbour gives ("12 новых").
    """
    adjectives: list[int] = []
    j = k
    while j < len(view) and len(adjectives) < MAX_ADJECTIVES:
        word = view.words[j].text
        if is_adjective(word) and not is_noun(word):
            adjectives.append(j)
            j += 1
        elif word in ("и", ",") and adjectives and j + 1 < len(view) and is_adjective(view.words[j + 1].text):
            j += 1
        else:
            break
    if j < len(view) and not view.in_date[j] and is_noun(view.words[j].text):
        found = counted_noun(view.words[j].text, forms)
        if found is None:
            return None
        return Counted(tuple(adjectives), j, found[0], "sing" if forms == "one" else found[1])
    if not adjectives:
        return None
    last = view.words[adjectives[-1]].text
    if stands_as_noun(last):
        lemma_ = found[0] if (found := counted_noun(last, forms)) is not None else substantive(last)
        return Counted(tuple(adjectives[:-1]), adjectives[-1], lemma_, "sing" if forms == "one" else "plur")
    return Counted(tuple(adjectives), None, None, "plur")


def counts_date(view: SentenceView, k: int) -> bool:
    """Does the figure before view position ``k`` count a date's units ("за 10 прошедших месяцев"):
    the length of a period, not a metric?"""
    j = k
    while j < len(view) and j < k + MAX_ADJECTIVES and is_adjective(view.words[j].text) and not view.in_date[j]:
        j += 1
    if j < len(view) and view.in_date[j] and view.words[j].is_alpha:
        return True
    # "10 прошедших месяцев": the adjective of a period, which pymorphy3 may take for a noun
    j = k
    while j < len(view) and view.low(j).startswith(PERIOD_ADJECTIVES):
        j += 1
    return j > k and (unit := UNITS.get(lemma(view.words[j].text) if j < len(view) else "")) is not None and unit.kind == "duration"


def substantive_reading(counted: Counted, view: SentenceView, forms: str) -> Counted:
    """An ellipsis with no neighbour to give its noun: the last adjective is the noun
    ("10 погибших" → "погибший")."""
    last = counted.adjectives[-1]
    return Counted(counted.adjectives[:-1], last, substantive(view.words[last].text), "sing" if forms == "one" else "plur")


def counted_phrase(view: SentenceView, counted: Counted, noun: str | None = None, number: str | None = None) -> str:
    """The counted noun with its adjectives, in the nominative: "государственные и муниципальные
    услуги". ``noun`` supplies the noun of an ellipsis ("муниципальные" + "госуслуги")."""
    number = number or counted.number
    if counted.head is not None:
        noun_form = view.words[counted.head].text
        head = nominative_noun(noun_form, number) if can_be_noun(noun_form) else agree_adjective(noun_form, number, None)
        gender = noun_gender(noun_form)
    else:
        head, gender = noun or "", None
    words = []
    first = counted.adjectives[0] if counted.adjectives else None
    last = counted.adjectives[-1] if counted.adjectives else None
    if first is not None:
        for j in range(first, last + 1):
            word = view.words[j].text
            words.append(agree_adjective(word, number, gender) if j in counted.adjectives else word)
    text = " ".join(words + [head]).replace(" ,", ",")
    return text.strip()


def genitive_phrase_end(view: SentenceView, j: int, limit: int) -> int | None:
    """The end of a phrase "adjectives* noun" at ``j`` whose noun may be in the genitive, or None."""
    k = j
    while k < limit and is_adjective(view.words[k].text) and not is_noun(view.words[k].text):
        k += 1
    if k < limit and not view.in_date[k] and is_noun(view.words[k].text):
        word = view.words[k].text
        if word.isupper() or "gent" in cases(word) or "gen2" in cases(word):
            return k + 1
        return None
    if k > j and "gent" in cases(view.words[k - 1].text):
        return k                                               # числа звонивших
    return None


def phrase_end(view: SentenceView, j: int, limit: int) -> int | None:
    """The end of a phrase "adjectives* noun" at ``j`` in any case, or None."""
    k = j
    while k < limit and is_adjective(view.words[k].text) and not is_noun(view.words[k].text):
        k += 1
    if k < limit and not view.in_date[k] and is_noun(view.words[k].text) and view.words[k].is_alpha:
        return k + 1
    return None


def read_dependents(view: SentenceView, k: int) -> int:
    """The end of the words after a counted noun (from view position ``k``) that belong to it:
    genitives ("видов услуг"), a quoted name ("центров «Мои Документы»"), an abbreviation
    ("центров МФЦ"), a phrase after "для", "на", "по" ("пунктов для приёма и выдачи документов")."""
    limit = min(len(view), k + MAX_DEPENDENTS)
    j = k
    while j < limit:
        word = view.words[j].text
        if word == "«":
            close = next((m for m in range(j + 1, min(len(view), j + 8)) if view.words[m].text == "»"), None)
            if close is None:
                break
            j = close + 1
            continue
        if word.isascii() and word.isalpha() and word[:1].isupper():
            j += 1                                             # 5% акций Facebook
            continue
        end = genitive_phrase_end(view, j, limit)
        if end is not None:
            j = end
            continue
        if word == "и" and j > k and (end := genitive_phrase_end(view, j + 1, limit)) is not None:
            j = end                                            # для приёма и выдачи документов
            continue
        if starts_comparison(view, j):
            break                                              # рост числа звонивших | по сравнению с …
        if word.lower() in DEPENDENT_PREPOSITIONS and (end := phrase_end(view, j + 1, limit)) is not None:
            j = end
            continue
        break
    return j


def starts_comparison(view: SentenceView, j: int) -> bool:
    """Do the words from view position ``j`` open a comparison ("по сравнению с …")?"""
    return any(all(view.low(j + n) == w for n, w in enumerate(words)) for words in COMPARISONS)


def nominative_head_phrase(view: SentenceView, start: int, end: int) -> str:
    """A phrase whose first noun (with the adjectives before it) is put in the nominative, the
    rest kept as written: "числа звонивших" → "число звонивших"."""
    words = [view.words[j].text for j in range(start, end)]
    head = next((n for n, word in enumerate(words) if is_noun(word)), None)
    return " ".join(words if head is None else nominative_head(words, head))


class Before(NamedTuple):
    """The measured thing before a figure."""

    start: int          # view position of the phrase (or the anaphor)
    end: int
    linked: bool        # a copula, a verb of change or a dash stands between
    anaphor: bool       # "их", "это", "показатель": the figure before gives the thing


def is_anaphor(word: str) -> bool:
    return word.lower() in ANAPHORS or lemma(word) in ANAPHORS


def is_link(word: str) -> bool:
    return word in DASHES or lemma(word) in COPULAS or is_change_word(word)


def read_before(view: SentenceView, k: int) -> Before | None:
    """The measured thing that ends before view position ``k`` (the first word of the claim).

    "охват населения составляет 97%", "Время ожидания в очереди сократилось и составляет
    менее 15 минут", "удовлетворенность граждан … более 90%", "их всего 86", "показатель
    увеличился на миллион". Phrases governed by a preposition are passed over ("в Волгоградской
    области охват населения"); the head is the first noun that can be in the nominative.
    """
    j = k - 1
    if view.low(j) == "на":
        j -= 1                                                 # увеличился на миллион
    while j >= 0 and view.low(j) in SKIPPED_BEFORE:
        j -= 1
    linked = False
    if j >= 0 and not view.in_date[j] and is_link(view.words[j].text):
        linked = True
        j -= 1
        while j >= 1 and view.low(j) == "и" and is_verb(view.words[j - 1].text):
            j -= 2                                             # сократилось и составляет
        while j >= 0 and view.words[j].pos_ == "ADV" and not view.in_date[j]:
            j -= 1                                             # существенно выросло
    end = j + 1
    while j >= 0 and not view.in_date[j] and is_phrase_word(view.words[j].text) and end - j <= 10:
        if j > 0 and view.words[j - 1].like_num:
            break                                              # В первые четыре часа | регистрации …
        j -= 1
    start = j + 1
    if start >= end:
        return None
    if end - start <= 2 and is_anaphor(view.words[end - 1].text):
        return Before(end - 1, end, linked, True)
    head = phrase_head(view, start, end)
    if head is None:
        return None
    first = head
    while first > start and is_adjective(view.words[first - 1].text):
        first -= 1
    return Before(first, end, linked, False)


def is_phrase_word(word: str) -> bool:
    """May this word be part of a noun phrase read backwards?"""
    if word in ("«", "»") or (word.isascii() and word.isalpha() and word[:1].isupper()):
        return True                                            # доля DST в Facebook
    if not word.replace("-", "").isalpha():
        return False
    return is_noun(word) or is_adjective(word) or is_preposition(word) or is_anaphor(word)


def phrase_head(view: SentenceView, start: int, end: int) -> int | None:
    """The first noun of [start, end) that can be nominative and is not in a prepositional phrase."""
    in_phrase = False
    for j in range(start, end):
        word = view.words[j].text
        if is_preposition(word):
            in_phrase = True
        elif is_noun(word):
            if not in_phrase and can_be_nominative(word) and nominative_adjectives(view, start, j):
                return j
            in_phrase = False
    return None


def nominative_adjectives(view: SentenceView, start: int, head: int) -> bool:
    """Can the adjectives right before a noun be nominative with it? "свободной регистрации"
    cannot: the noun is a genitive there."""
    j = head - 1
    while j >= start and is_adjective(view.words[j].text):
        if "nomn" not in cases(view.words[j].text):
            return False
        j -= 1
    return True


def amount_unit(view: SentenceView, before: Before) -> str | None:
    """The counted noun of an amount: "количество заявок" → "заявка"."""
    head = next((j for j in range(before.start, before.end) if is_noun(view.words[j].text)), None)
    if head is None or lemma(view.words[head].text) not in AMOUNT_NOUNS:
        return None
    end = genitive_phrase_end(view, head + 1, before.end)
    if end is None or not is_noun(view.words[end - 1].text):
        return None
    return lemma(view.words[end - 1].text)


def priced_thing(view: SentenceView, k: int) -> tuple[int, int] | None:
    """The thing a sum or a term belongs to, before the figure at view position ``k``:
    "штраф в размере 500 миллионов долларов", "кредит на сумму 2 миллиарда долларов", "грант в
    29 миллионов долларов", "Проект ориентировочной стоимостью $70 млн". Returns [start, end)."""
    j = k - 1
    sized = False
    while j >= 0 and (is_adjective(view.words[j].text) or lemma(view.words[j].text) in SUM_NOUNS):
        sized = sized or lemma(view.words[j].text) in SUM_NOUNS
        j -= 1
    if view.low(j) in ("в", "на") and (sized or j == k - 1):
        j -= 1
    elif not sized:
        return None
    if j < 0 or view.in_date[j] or not is_noun(view.words[j].text):
        return None
    end = j + 1
    for _ in range(MAX_CHAIN):                                 # призовой фонд турнира | в размере
        before = j - 1
        while before >= 0 and view.words[before].pos_ == "ADJ":
            before -= 1
        if before < 0 or "gent" not in cases(view.words[j].text) or not is_noun(view.words[before].text):
            break
        if not cases(view.words[before].text) & {"nomn", "accs", "gent"}:
            break                                              # выделении Интерполу | гранта
        j = before
    first = j
    while first > 0 and view.words[first - 1].pos_ == "ADJ":
        first -= 1                                             # not participles: "доходы, превышающие пороговое значение"
    if first > 0 and is_preposition(view.words[first - 1].text):
        return None                                            # в обмен на 25 миллиардов долларов
    return first, end


def read_ratio_subject(view: SentenceView, k: int) -> tuple[int, int] | None:
    """After a ratio: "рост числа звонивших" (the genitive of a noun of change) or "больше
    крымских татар" (the genitive after a comparative). Returns the view positions [start, end)."""
    if k >= len(view):
        return None
    word = view.words[k].text
    if word.lower() in COMPARATIVES:
        end = genitive_phrase_end(view, k + 1, len(view))
        return (k + 1, read_dependents(view, end)) if end is not None else None
    if is_noun(word) and lemma(word) in CHANGE_NOUNS:
        end = genitive_phrase_end(view, k + 1, len(view))
        return (k + 1, read_dependents(view, end)) if end is not None else None
    return None


# --- Not figures -----------------------------------------------------------------------------

def is_frame(view: SentenceView, first: int, noun: int) -> bool:
    """A duration that frames a statement or places it in time, rather than measures something.

    ``first`` is the view position of the claim's first word, ``noun`` that of its unit noun.
    "через пять лет", "три дня назад", "за два дня до гонки", "в первые четыре часа", and
    "за 4 года" / "в течение 65 лет" before the verb of their clause.
    """
    before, after = view.low(first - 1), view.low(noun + 1)
    if before in FRAMES["before"] or after in FRAMES["after"]:
        return True
    if before in FRAMES["opening"]:
        lo, _ = view.clause(first, first)
        return not any(is_verb(view.words[j].text) for j in range(lo, first - 1))
    return False


def is_time_of_day(view: SentenceView, first: int, noun: int, value: float) -> bool:
    """"с 15 часов дня", "до 20 часов", "в 7 часов утра": a time of day, not a duration."""
    if value != int(value) or not 0 <= value <= 24:
        return False
    return view.low(first - 1) in FRAMES["clock-before"] or view.low(noun + 1) in FRAMES["clock-after"]


def is_age(view: SentenceView, first: int, noun: int, person_ends: set[int]) -> bool:
    """"в возрасте 85 лет", "не моложе 23 лет", "детей до 3 лет", "Иванов, 45 лет", "25 лет от роду"."""
    if any(is_age_word(view.words[j].text) for j in range(max(0, first - 3), first)):
        return True
    if view.low(noun + 1) == "от" and view.low(noun + 2) == "роду":
        return True
    return any(j in person_ends for j in range(max(0, first - 3), first))
