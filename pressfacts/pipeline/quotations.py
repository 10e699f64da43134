"""Quotation marks of a text: which opening mark each closing one answers, nested ones included.

«Премия «Андрея Белого»» pairs the outer and the inner marks; a straight quote closes the last
open straight one. Read by the metrics (figures inside a quoted name) and the quotes extractor.
"""

from __future__ import annotations

QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}


def quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (opening, closing) offsets of the quotations in ``text[start:end]``, nested ones included.

    >>> quote_pairs("«Премия «Андрея Белого»» и «мир»", 0, 32)
    [(8, 22), (0, 23), (27, 31)]
    """
    pairs, stack, plain = [], [], None
    for pos in range(start, end):
        char = text[pos]
        if char in QUOTE_PAIRS and not (char == "“" and stack and text[stack[-1]] == "„"):
            stack.append(pos)
        elif stack and char == QUOTE_PAIRS[text[stack[-1]]]:
            pairs.append((stack.pop(), pos))
        elif char == '"':
            if plain is None:
                plain = pos
            else:
                pairs.append((plain, pos))
                plain = None
    return pairs


def outer_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of ``text[start:end]`` that no other one holds, in text order."""
    pairs = sorted(quote_pairs(text, start, end))
    outer: list[tuple[int, int]] = []
    for pair in pairs:
        if not outer or pair[0] > outer[-1][1]:
            outer.append(pair)
    return outer


def unclosed_opening(text: str, start: int, end: int) -> int | None:
    """The first « of ``text[start:end]`` that no mark closes (a quote that goes on in the next
    paragraph), or None."""
    depth, first = 0, None
    for pos in range(start, end):
        if text[pos] == "«":
            if depth == 0:
                first = pos
            depth += 1
        elif text[pos] == "»" and depth:
            depth -= 1
    return first if depth else None
