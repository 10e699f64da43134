"""One view of a sentence, built once and shared by every extractor.

The words of a sentence without its whitespace tokens, addressed by position (0, 1, …), with
what the linguistic layer knows of them: quote pairs, named entities, clause marks, and the
quantities and dates that lie in it. Everything is found in one pass over the sentence or by
bisection over the Doc's sorted spans, so that a long text stays linear (tests/test_pathological.py).

``sentence_view(sent)`` gives the view of a sentence, made on first use and kept while its Doc is
the one the extractors work on (the views of the last Doc only: a view holds its Doc, so a cache
of every Doc's views would keep every Doc alive; not stored in the Doc: nothing here needs to
survive serialization). An extractor
that needs more of its own subclasses ``SentenceView`` and starts from the shared one
(``AwardsView.of(sent)``), so the common part is still built once.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Sequence

from spacy.tokens import Span, Token

from .extensions import text_of

# Opening quote -> its closing one: «ёлочки», “лапки”, „лапки“, "прямые".
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
# What ends a clause inside a sentence: "их было 46%, тогда как в 2021 году"; "охват — 97%".
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})

# The Doc the extractors work on (weakly) and its views. The extractors run one Doc after another
# (spaCy chains the components per Doc), so the last Doc's views are the ones asked for again.
_LAST: list = [None, {}]


def pair_quotes(texts: Sequence[str]) -> dict[int, int]:
    """Opening quote position -> its closing quote's, nested «…«…»…» included; a quote that does
    not close in ``texts`` is left out, but where a quote of its kind opens inside it and closes,
    the one mark closes both, as Russian typography writes it: «Аэропорт «Лесной».

    >>> pair_quotes(["конкурс", "«", "Лучший", "«", "МФЦ", "»", "»", "«"])
    {3: 5, 1: 6}
    >>> pair_quotes(["ООО", "«", "Центр", "«", "Ива", "»", "Анна"])
    {3: 5, 1: 5}
    """
    pairs, stack = {}, []
    for k, text in enumerate(texts):
        if stack and text == QUOTE_PAIRS[texts[stack[-1]]]:
            pairs[stack.pop()] = k
        elif text in QUOTE_PAIRS:
            stack.append(k)
    for opened in reversed(stack):                      # left open: closed by the first inner quote's mark
        inner = next((i for i in sorted(pairs) if i > opened and texts[i] == texts[opened] and texts[i] != '"'), None)
        if inner is not None and not any(opened < o < inner for o in stack):
            pairs[opened] = pairs[inner]
    return pairs


def sentence_entities(sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities inside a sentence (Doc token indices), read from its
    tokens' IOB tags: spaCy's ``sent.ents`` walks every entity of the Doc, which made a long text
    quadratic. An entity that goes on past the sentence is not inside it."""
    doc, found, start, label = sent.doc, [], None, ""
    for token in sent:
        if start is not None and token.ent_iob_ != "I":
            found.append((start, token.i, label))
            start = None
        if token.ent_iob_ == "B":
            start, label = token.i, token.ent_type_
    if start is not None and not (sent.end < len(doc) and doc[sent.end].ent_iob_ == "I"):
        found.append((start, sent.end, label))
    return found


class SentenceView:
    """The words of one sentence (whitespace tokens left out) and what is known about them."""

    def __init__(self, sent: Span):
        self.sent = sent
        self.words: list[Token] = [t for t in sent if not t.is_space]
        self.position: dict[int, int] = {t.i: k for k, t in enumerate(self.words)}   # token index -> position
        self.quotes: dict[int, int] = pair_quotes([t.text for t in self.words])
        self.marks: list[int] = [k for k, t in enumerate(self.words) if t.text in CLAUSE_MARKS]   # ascending
        self.entities: list[tuple[int, int, str]] = []   # (start, end, label) in positions
        for start, end, label in sentence_entities(sent):
            inside = [self.position[i] for i in range(start, end) if i in self.position]
            if inside:
                self.entities.append((inside[0], inside[-1] + 1, label))

    @classmethod
    def of(cls, sent: Span, *args, **kwargs):
        """A view of this class that starts from the sentence's shared view (built once)."""
        view = cls.__new__(cls)
        view.__dict__.update(sentence_view(sent).__dict__)
        view.extend(*args, **kwargs)
        return view

    def extend(self, *args, **kwargs) -> None:
        """What a subclass adds to the shared view."""

    def __len__(self) -> int:
        return len(self.words)

    def at(self, k: int) -> Token:
        return self.words[k]

    def low(self, k: int) -> str:
        return self.words[k].text.lower() if 0 <= k < len(self.words) else ""

    def entity_ends(self, label: str) -> dict[int, int]:
        """First position of each entity with this label -> one past its last."""
        return {start: end for start, end, ent_label in self.entities if ent_label == label}

    def text(self, start: int, end: int, replacements: dict[int, str] | None = None) -> str:
        """The words [start, end) as written, some replaced (by Doc token index), spacing made single."""
        if start >= end:
            return ""
        if not replacements:
            raw = text_of(self.sent.doc)[self.words[start].idx : self.words[end - 1].idx + len(self.words[end - 1])]
            return " ".join(raw.split())
        tokens = self.sent.doc[self.words[start].i : self.words[end - 1].i + 1]
        written = "".join(replacements.get(t.i, t.text) + t.whitespace_ for t in tokens)
        return re.sub(r"\s+", " ", written).strip()

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Doc token indices [start, end) of the positions [start, end)."""
        return self.words[start].i, self.words[end - 1].i + 1

    def is_mark(self, k: int) -> bool:
        return self.words[k].text in CLAUSE_MARKS

    def clause(self, first: int, last: int) -> tuple[int, int]:
        """The clause [lo, hi) of the words first..last: up to the nearest marks outside them."""
        # by bisection over the marks: a walk or a count per figure made a long sentence quadratic
        before = bisect.bisect_left(self.marks, first)
        lo = self.marks[before - 1] + 1 if before else 0
        after = bisect.bisect_right(self.marks, last)
        hi = self.marks[after] if after < len(self.marks) else len(self.words)
        return lo, hi

    def clause_index(self, k: int) -> int:
        """How many clause marks stand before word k."""
        return bisect.bisect_left(self.marks, k)


def sentence_view(sent: Span) -> SentenceView:
    """The shared view of a sentence, built on first use and kept while its Doc is the last one asked about."""
    ref, views = _LAST
    if ref is None or ref() is not sent.doc:
        views = {}
        _LAST[:] = [weakref.ref(sent.doc), views]
    key = (sent.start, sent.end)
    view = views.get(key)
    if view is None:
        view = views[key] = SentenceView(sent)
    return view
