"""Long texts in blocks, for razdel.

razdel's segmenters grow a segment by string concatenation, and the sentence segmenter
re-reads the whole sentence so far at every full stop: both are quadratic in the length of
one segment. A press release never has a 10,000-character token or sentence, but a bad input
may (a megabyte of punctuation, a text with no sentence break), so the tokenizer and the
sentence splitter hand razdel blocks of at most ``BLOCK`` characters, cut where the result
cannot change (between tokens) or hardly can (at a line that starts a sentence anyway).
A text shorter than a block is one block: razdel sees it whole, as before.
"""

from __future__ import annotations

from collections.abc import Callable

BLOCK = 10_000  # characters

Cut = Callable[[str, int, int], int]  # (text, start, limit) -> where the block from start ends


def blocks(text: str, size: int, cut: Cut) -> list[tuple[int, int]]:
    """(start, end) of consecutive blocks of at most ``size`` characters that cover ``text``;
    each block ends where ``cut`` says, a position in (start, start + size].

    >>> blocks("раз два три", 5, after_last_space)
    [(0, 4), (4, 8), (8, 11)]
    >>> blocks("", 5, after_last_space)
    [(0, 0)]
    """
    if size < 1:
        raise ValueError(f"a block holds at least 1 character, not {size}")
    bounds, start = [], 0
    while len(text) - start > size:
        end = cut(text, start, start + size)
        if not start < end <= start + size:
            raise ValueError(f"cut at {end} is outside ({start}, {start + size}]")
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def after_last_space(text: str, start: int, limit: int) -> int:
    """Just after the last whitespace character of text[start:limit], else ``limit``: no token spans
    whitespace, so razdel tokenizes the blocks as it would the whole.

    >>> after_last_space("ab cd ef", 0, 7), after_last_space("abcdef", 0, 4)
    (6, 4)
    """
    for i in range(limit - 1, start, -1):
        if text[i].isspace():
            return i + 1
    return limit
