"""The subject of a figure when the words next to it do not name what it counts or measures.

"доходная часть бюджета увеличилась на 5,38 млрд рублей – до 98,9 млрд рублей": the second sum
is of "доходная часть бюджета", the clause's subject. A figure whose counted noun, measured thing
or copula gives no subject takes the first noun phrase of its clause that can be the subject (a
noun in the nominative, outside prepositional phrases, dates and named entities, not a unit or
a pronoun), else that of the sentence's clauses before it, else the object the same way ("Урожай масличных культур близок к
завершению: собрано 61% от плана"). The phrase is given in the nominative with its genitives.
"""

from __future__ import annotations

from pressfacts.pipeline.numbers.tables import MULTIPLIER_STEMS
from pressfacts.pipeline.numbers.words import cardinal_word
from pressfacts.pipeline.wordforms import has_reading, is_adjective, is_noun, is_preposition, is_role_noun, lemma

from .grammar import SentenceView, nominative_head_phrase, read_dependents
from .measures import read_measure
from .morph import is_common_word
from .words import ANAPHORS, UNITS

PRONOUN_POS = frozenset({"NPRO"})
REACH = 30              # words looked at: a bound that keeps a sentence of many figures linear
MAX_SUBJECT_WORDS = 8   # a subject longer than this is a clause, not a name of what is counted


def clause_subject(view: SentenceView, first: int, last: int) -> str | None:
    """The subject of the figure at view positions first..last, from its clause or the clauses before it."""
    lo, hi = view.clause(first, last)
    spans = [(max(lo, first - REACH), first), (last + 1, min(hi, last + 1 + REACH))]
    if lo > 0:
        spans.append((0, min(lo, REACH)))
    for case in ("nomn", "accs"):     # the subject, else the object ("долю … довести до 60%")
        for start, end in spans:
            phrase = first_subject(view, start, end, case)
            if phrase is not None:
                return phrase
    return None


def first_subject(view: SentenceView, start: int, end: int, case: str) -> str | None:
    in_phrase = after_noun = False
    for j in range(start, end):
        word = view.low(j)
        if not word.isalpha():
            in_phrase = in_phrase and word not in (",", "—", "–", "-", ":")
            after_noun = False
            continue
        if is_preposition(word):
            in_phrase = True
            continue
        if not is_noun(word):
            if not is_adjective(word):
                in_phrase = after_noun = False
            continue
        if in_phrase or after_noun or not can_be_subject(view, j, case):
            in_phrase, after_noun = False, not view.in_date[j]   # "форм собственности": a genitive
            continue
        head_start = j
        while head_start > start and is_adjective(view.words[head_start - 1].text) and not view.in_date[head_start - 1]:
            head_start -= 1
        tail = min(read_dependents(view, j + 1), end, head_start + MAX_SUBJECT_WORDS)
        phrase = nominative_head_phrase(view, head_start, tail)
        first = view.words[head_start].text
        if head_start == 0 and first[1:2].islower() and is_common_word(first):
            phrase = phrase[:1].lower() + phrase[1:]          # Урожай масличных культур → урожай …
        return phrase
    return None


def can_be_subject(view: SentenceView, j: int, case: str) -> bool:
    token = view.words[j]
    word = token.text
    if view.in_date[j] or token.ent_type_ or word.isupper() or word in ANAPHORS:
        return False
    if not has_reading(word, "NOUN", case) or has_reading(word, PRONOUN_POS):
        return False
    if cardinal_word(word) is not None or word.lower().startswith(MULTIPLIER_STEMS) or is_role_noun(word) or (j + 1 < len(view) and view.in_date[j + 1]):
        return False                                          # тысяча гектаров; глава региона; декада сентября
    base = lemma(word)
    return base not in UNITS and read_measure(word, 0) is None
