"""Sentence splitting: razdel's sentences, plus a break at every line that starts a new paragraph.

Press releases put headers, datelines and paragraphs on lines of their own, often without a
final full stop ("Posted 24 февраля 2021, 08:19"), so a line break starts a sentence, unless
the next line goes on in lower case: a hard-wrapped line ("На 2020\\nгод сеть насчитывает"); after
a blank line or a line that ends with a semicolon or a colon it does whatever the case
("1 место – Анна Ким;⏎мальчики 2006 г.р.:").
"""

from __future__ import annotations

import bisect
import re

import numpy
import razdel
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .blocks import BLOCK, after_last_space, blocks
from .extensions import text_of  # importing it registers every extension

LINE_START = re.compile(r"\n\s*(\S)")
# after a blank line, or a line that ends a list's item or heading, a new sentence whatever its case
PARAGRAPH_START = re.compile(r"(?:\n[^\S\n]*\n|[;:][^\S\n]*\n)\s*(\S)")
CUT_CONTEXT = 200  # characters on each side of a block's cut that razdel reads again


def sentence_starts(text: str) -> list[int]:
    """Sorted character offsets where sentences start.

    >>> sentence_starts("Раз. Два\\nТри\\nчетыре")
    [0, 5, 9]
    """
    line_starts = {m.start(1) for m in LINE_START.finditer(text) if not m.group(1).islower()}
    line_starts |= {m.start(1) for m in PARAGRAPH_START.finditer(text)}
    starts = set(line_starts)
    for offset, end in blocks(text, BLOCK, _cut):  # one block unless the text is long (see blocks.py)
        found = [offset + sentence.start for sentence in razdel.sentenize(text[offset:end])]
        if offset and found and found[0] not in line_starts and not _is_start(text, found[0]):
            found = found[1:]  # a block cut inside a line starts no sentence, unless razdel says so in context
        starts.update(found)
    return sorted(starts)


def _is_start(text: str, position: int) -> bool:
    """Does razdel start a sentence at ``position``, reading the text around it?"""
    low = max(0, position - CUT_CONTEXT)
    return any(low + sentence.start == position for sentence in razdel.sentenize(text[low : position + CUT_CONTEXT]))


def _cut(text: str, start: int, limit: int) -> int:
    """A block of a long text ends at its last line that starts a sentence anyway, else at whitespace."""
    cuts = [m.start(1) for m in LINE_START.finditer(text, start, limit + 1) if not m.group(1).islower() and m.start(1) > start]
    return cuts[-1] if cuts else after_last_space(text, start, limit)


@Language.component("pressfacts_sentences", assigns=["token.is_sent_start", "doc._.sentence_starts"])
def split_sentences(doc: Doc) -> Doc:
    """Mark sentence starts; whitespace tokens stay with the sentence before them.

    The first tokens are also kept as plain ints in ``doc._.sentence_starts``, which
    ``doc._.sentences`` turns into Spans: spaCy's ``doc.sents`` and ``span.sent`` scan every
    token on each call, which later stages would pay again and again, and a parser that sets
    heads redraws the sentence starts from its trees.
    """
    starts = sentence_starts(text_of(doc))
    first_tokens = first_tokens_of(doc, starts)
    # One array for the whole Doc: spaCy's token.is_sent_start setter checks the whole Doc for a
    # parse on every call, which made this stage quadratic in the document's length.
    values = numpy.full(len(doc), -1, dtype="int32")
    values[first_tokens] = 1
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    doc._.sentence_starts = first_tokens
    return doc


def first_tokens_of(doc: Doc, starts: list[int]) -> list[int]:
    """Indexes of the tokens that begin sentences; whitespace tokens never begin one."""
    if not len(doc):
        return []
    first_tokens = [0]
    last_start = -1  # the latest sentence start already given to a token
    previous_idx = doc[0].idx
    for token in doc[1:]:
        idx = token.idx
        if not token.is_space:
            # the latest start at or before this token, not yet used: a sentence begins here
            k = bisect.bisect_right(starts, idx) - 1
            if k >= 0 and starts[k] > last_start and starts[k] > previous_idx:
                last_start = starts[k]
                first_tokens.append(token.i)
        previous_idx = idx
    return first_tokens


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a Doc, from the starts the sentence component kept (else spaCy's)."""
    cached = doc._.sentences
    return cached if cached is not None else list(doc.sents)


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence that holds a token, by bisection over the cached sentences."""
    sents = sentences(doc)
    k = bisect.bisect_right([s.start for s in sents], token_index) - 1
    return sents[max(k, 0)]
