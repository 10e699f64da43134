"""Sentence splitting: razdel's sentences, plus a break at every line that starts a new paragraph.

Press releases put headers, datelines and paragraphs on lines of their own, often without a
final full stop ("Posted 24 февраля 2021, 08:19"), so a line break starts a sentence, unless
the next line goes on in lower case: a hard-wrapped line ("На 2020\\nгод сеть насчитывает").
"""

from __future__ import annotations

import bisect
import re

import razdel
from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import text_of  # importing it registers every extension

LINE_START = re.compile(r"\n\s*(\S)")


def sentence_starts(text: str) -> list[int]:
    """Sorted character offsets where sentences start.

    >>> sentence_starts("Раз. Два\\nТри\\nчетыре")
    [0, 5, 9]
    """
    starts = {sentence.start for sentence in razdel.sentenize(text)}
    starts.update(m.start(1) for m in LINE_START.finditer(text) if not m.group(1).islower())
    return sorted(starts)


@Language.component("pressfacts_sentences", assigns=["token.is_sent_start", "doc._.sentences"])
def split_sentences(doc: Doc) -> Doc:
    """Mark sentence starts; whitespace tokens stay with the sentence before them.

    The sentences are also kept as a list in ``doc._.sentences``: spaCy's ``doc.sents`` and
    ``span.sent`` scan every token on each call, which later stages would pay again and again.
    """
    starts = sentence_starts(text_of(doc))
    last_start = -1  # the latest sentence start already given to a token
    first_tokens = [0] if len(doc) else []
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        if token.is_space:
            token.is_sent_start = False
            continue
        # the latest start at or before this token, not yet used: a sentence begins here
        k = bisect.bisect_right(starts, token.idx) - 1
        begins = k >= 0 and starts[k] > last_start and starts[k] > doc[i - 1].idx
        token.is_sent_start = begins
        if begins:
            last_start = starts[k]
            first_tokens.append(i)
    ends = first_tokens[1:] + [len(doc)]
    doc._.sentences = [doc[a:b] for a, b in zip(first_tokens, ends)]
    return doc


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a Doc, from the cache the sentence component left (else spaCy's)."""
    cached = doc._.sentences
    return cached if cached is not None else list(doc.sents)


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence that holds a token, by bisection over the cached sentences."""
    sents = sentences(doc)
    k = bisect.bisect_right([s.start for s in sents], token_index) - 1
    return sents[max(k, 0)]
