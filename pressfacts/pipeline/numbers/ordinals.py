"""Readers of ordinals: "50-м", the "1" of "1 место", "IV степени", "четвертый", "двадцать пятый"."""

from __future__ import annotations

from ..lexicon import roman_value
from .figures import cardinal_x, read_words
from .patterns import ORDINAL_NOUN, ORDINAL_SUFFIXED, ORDINAL_WORD, PREVIOUS_WORD, ROMAN_NOUN, YEAR_AFTER
from .records import Ordinal
from .spans import Blocked
from .tables import ORDINAL_NOUNS, ORDINAL_SUFFIXES
from .words import as_number, cardinal_word, ordinal_word


def digit_ordinal(text: str, pos: int) -> Ordinal | None:
    """An ordinal written with digits at ``pos``: "50-м", the "1" of "1 место"."""
    m = ORDINAL_SUFFIXED.match(text, pos)
    if m is not None:
        suffix = m["suffix"].lower()
        if suffix in ORDINAL_SUFFIXES or (suffix == "х" and not cardinal_x(m["n"])):
            return Ordinal(m.start(), m.end(), m[0], int(m["n"]))
        return None
    m = ORDINAL_NOUN.match(text, pos)
    if m is None:
        return None
    rule, n = ORDINAL_NOUNS.get(m["noun"].lower()), int(m["n"])
    if rule is None:
        return None
    one = n % 10 == 1 and n % 100 != 11
    if rule == "any" or one or (rule == "one_or_year" and YEAR_AFTER.match(text, m.end())):
        return Ordinal(m.start("n"), m.end("n"), m["n"], n)
    return None


def word_ordinals(text: str, blocked: Blocked) -> list[Ordinal]:
    """Ordinals written in Roman numerals before their noun ("IV степени") or in words ("четвертый")."""
    found = []
    for m in ROMAN_NOUN.finditer(text):
        numeral = m[0].rstrip()
        value = roman_value(numeral)
        if value is not None and not blocked.overlaps(m.start(), m.start() + len(numeral)):
            found.append(Ordinal(m.start(), m.start() + len(numeral), numeral, value))
    for m in ORDINAL_WORD.finditer(text):
        value = ordinal_word(m[0])
        if value is not None and not blocked.overlaps(m.start(), m.end()):
            found.append(_with_cardinal_before(text, m.start(), m.end(), value))
    return found


def _with_cardinal_before(text: str, start: int, end: int, value: int) -> Ordinal:
    """An ordinal word with the cardinal words before it: "двадцать пятый" -> 25, "сто первый" -> 101."""
    before = []  # (start, end) of the cardinal words right before, nearest first
    pos = start
    while len(before) < 6:
        prev = PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
        if prev is None or cardinal_word(prev["word"]) is None:
            break
        before.append((prev.start(), prev.end("word")))
        pos = prev.start()
    for first, _ in reversed(before):  # the longest cardinal that ends right before the ordinal word
        read = read_words(text, first)
        if read is not None and read[0] == before[0][1]:
            cardinal = as_number(read[1])
            if isinstance(cardinal, int) and cardinal > 0 and cardinal % 10 ** len(str(value)) == 0:
                return Ordinal(first, end, text[first:end], cardinal + value)
    return Ordinal(start, end, text[start:end], value)
