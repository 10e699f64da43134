"""What a figure's sentence says about it: its period and whose figure it is.

* period: the nearest date mention of the figure's clause; else a date of the sentence's first
  clause, which frames the whole sentence ("Сегодня в Волгоградской области охват … 97%, а …
  более 230 видов услуг"). A comparison base ("по сравнению с 2018 годом", "чем в позапрошлом
  году") is never a period, and no date carries over from another sentence.
* organization: an organization named in the clause ("в окна МФЦ Ленинградской области
  поступило …") or a territory the clause is in ("в Волгоградской области охват …" →
  "Волгоградская область"). A bare name after a preposition ("в МФЦ", "на портале Госуслуг")
  is generic and not taken.
"""

from __future__ import annotations

from spacy.tokens import Span

from pressfacts.pipeline.wordforms import cases, is_adjective, is_noun, is_preposition, nominative_head
from pressfacts.schemas import DateMention

from .grammar import SentenceView
from .words import COMPARISONS

COMPARISON_REACH = 4  # words between a comparison and its date: "с аналогичным показателем | прошлого года"
TERRITORY_PREPOSITIONS = frozenset({"в", "во", "на"})  # в Волгоградской области; на Украине


class DateIndex:
    """The date mentions of a sentence, by view position."""

    def __init__(self, view: SentenceView, dates: list[Span]):
        self.view = view
        self.mentions: list[tuple[int, int, DateMention]] = []
        starts = {t.idx: k for k, t in enumerate(view.words)}
        for span in dates:
            first = next((starts[t.idx] for t in span if t.idx in starts), None)
            if first is None:
                continue
            last = max(starts[t.idx] for t in span if t.idx in starts)
            if not is_comparison(view, first):
                self.mentions.append((first, last, span._.date))

    def period(self, first: int, last: int) -> DateMention | None:
        """The period of the figure at view positions first..last."""
        lo, hi = self.view.clause(first, last)
        own = [(abs(a - first) if a > last else abs(first - b), m) for a, b, m in self.mentions if lo <= a and b < hi]
        if own:
            return min(own, key=lambda pair: pair[0])[1]
        if self.view.clause_index(lo) == 0:
            return None
        opening = [m for a, _, m in self.mentions if self.view.clause_index(a) == 0 and a < lo]
        return opening[0] if opening else None


def is_comparison(view: SentenceView, first: int) -> bool:
    """Is the date at view position ``first`` a comparison base? "по сравнению с 2018 годом",
    "в сравнении с аналогичным показателем прошлого года" (nouns and adjectives may stand
    between the comparison and the date, a verb or a mark may not)."""
    for end in range(first, max(0, first - COMPARISON_REACH) - 1, -1):
        if end < first and not is_between_word(view.words[end].text):
            return False
        before = [view.low(j) for j in range(max(0, end - 4), end)]
        if any(tuple(before[len(before) - len(words):]) == words for words in COMPARISONS if len(words) <= len(before)):
            return True
    return False


def is_between_word(word: str) -> bool:
    return word.isalpha() and (is_noun(word) or is_adjective(word) or is_preposition(word))


def organization(view: SentenceView, first: int, last: int, taken: range, entities: list[tuple[int, int, str]]) -> str | None:
    """Whose figure it is, where the figure's clause says: the entity nearest the figure, before
    it first. ``taken`` holds the view positions of the claim and its counted thing."""
    lo, hi = view.clause(first, last)
    found: list[tuple[int, str]] = []
    for start, end, label in entities:
        if start < lo or end > hi or any(j in taken for j in range(start, end)):
            continue
        name = read_organization(view, start, end, label, entities)
        if name is not None:
            distance = first - end if end <= first else 100 + start - last
            found.append((distance, name))
    return min(found)[1] if found else None


def read_organization(view: SentenceView, start: int, end: int, label: str, entities: list[tuple[int, int, str]]) -> str | None:
    before = view.low(start - 1)
    if label == "LOC":
        if before in TERRITORY_PREPOSITIONS and cases(view.words[end - 1].text) & {"loct", "loc2"}:
            return nominative_phrase(view, start, end)
        return None
    if label != "ORG":
        return None
    following = next((e for s, e, lab in entities if s == end and lab == "LOC"), None)
    if following is not None:
        end = following                                        # МФЦ Ленинградской области
    generic = end - start == 1 and not view.words[start].text.startswith("«")
    governed = any(is_preposition(view.words[j].text) for j in range(max(0, start - 2), start))
    if generic and governed:
        return None                                            # в МФЦ; на портале Госуслуг
    return view.text(start, end)


def nominative_phrase(view: SentenceView, start: int, end: int) -> str:
    """A place name in the nominative: "Волгоградской области" → "Волгоградская область"."""
    words = [view.words[j].text for j in range(start, end)]
    head = next((n for n in range(len(words) - 1, -1, -1) if is_noun(words[n]) and not words[n].isupper()), None)
    return " ".join(words if head is None else nominative_head(words, head))
