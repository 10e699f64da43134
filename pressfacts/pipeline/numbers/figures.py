"""Readers of figures: digits or number words with their multiplier, percent, ratio, range and qualifier.

``read_quantity`` reads the quantity that starts at a position; the smaller readers each read
one part of it ("2,9", "двести тридцать тысяч", "с 5 до 27 тысяч", "в 2,5 раза", "более").
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import NamedTuple

from ..morphology import parse
from .patterns import (
    AFTER_NUMERAL,
    AFTER_QUALIFIER,
    CHANGE_BEFORE,
    DASH,
    DIGIT_MULTIPLE,
    FRACTION_NOUN,
    HALF,
    MAX_DIGITS,
    MONTH_AFTER,
    MULTIPLE,
    MULTIPLIER,
    NEXT_FIGURE,
    NEXT_WORD,
    NOT_ONE_BEFORE,
    NO_SEPARATORS,
    NUMERAL,
    PERCENT,
    QUALIFIER_BEFORE,
    RANGE_FROM,
    RANGE_TO,
    RATIO_IN,
    RATIO_TIMES,
    SIGNS,
    WORD,
)
from .records import Quantity
from .spans import Blocked
from .tables import (
    ABBREVIATED_MULTIPLIERS,
    AFTER_QUALIFIERS,
    CARDINAL_SUFFIXES,
    HALF_MULTIPLIERS,
    MULTIPLE_PREFIXES,
    ONE_IDIOMS,
    QUALIFIERS,
    RATIO_ADVERBS,
)
from .words import as_number, cardinal_word


class _Figure(NamedTuple):
    start: int
    end: int
    value: Decimal
    factor: Decimal  # the multiplier applied (1 when none)
    percent: bool
    after_qualifier: tuple[str, int] | None  # ("more_than", start of "с лишним")
    words: bool
    reach: int  # the end with a closing "с лишним" ("сто с лишним"), which the span leaves out


def _skip_hyphenated(word: str) -> bool:
    """A hyphenated pair of number words ("одно-два", "двух-трёх"): vague, not a figure."""
    return all(cardinal_word(part) is not None for part in word.split("-"))


def _ambiguous_ok(text: str, pos: int) -> bool:
    """Whether a bare "тысячи" at ``pos`` is the genitive singular: "более тысячи", "от тысячи"."""
    return bool(QUALIFIER_BEFORE.search(text, max(0, pos - 40), pos) or RANGE_FROM.search(text, max(0, pos - 6), pos))


def read_words(text: str, pos: int) -> tuple[int, Decimal, Decimal] | None:
    """Number words from ``pos``: (end, value, factor) or None. "двести тридцать тысяч" -> 230000."""
    m = WORD.match(text, pos)
    if m is None:
        return None
    first = m[0]
    if "-" in first:
        first = first.lower().replace("-", "")
        if not any(first.startswith(stem) for stem in HALF_MULTIPLIERS):
            return None
    info = cardinal_word(first)
    total, group, order, factor = Decimal(0), Decimal(0), None, None
    end, words = pos, 0
    while info is not None:
        value, cls, number = info
        if cls == "mult":
            if words == 0 and (number == "plur" or (number == "both" and not _ambiguous_ok(text, pos))):
                return None  # тысячи обращений: "thousands of"
            if (words and group == 0) or (factor is not None and value >= factor):
                break
            total += (group or 1) * value
            group, order, factor = Decimal(0), None, value
        elif order == "closed" or (words and cls in ("one_and_half", "collective")):
            break  # полтора and двое take nothing but a multiplier
        elif cls in ("one_and_half", "collective"):
            group, order = value, "closed"
        elif cls == "hundred":
            if group:
                break
            group, order = value, 2
        elif cls == "ten":
            if group and order != 2:
                break
            group, order = group + value, 1
        else:  # unit, teen
            if group and (order not in (1, 2) or (cls == "teen" and order != 2)):
                break
            group, order = group + value, 0
        words, end = words + 1, m.end()
        if cls == "collective":
            break
        m = NEXT_WORD.match(text, end)
        info = cardinal_word(m["word"]) if m is not None else None
    if words == 0:
        return None
    value = total + group
    following = NEXT_WORD.match(text, end)
    following = following["word"].lower() if following is not None else ""
    if factor is None and FRACTION_NOUN.search(following):  # три четверти
        return None
    if words == 1 and value == 1 and factor is None:  # один, одна, одно need their noun
        if not following or NOT_ONE_BEFORE.search(text, max(0, pos - 6), pos):
            return None
        if parse(following)[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return None  # один из, одной из лучших, один и тот же
    if words == 1 and value == 1 and f"{text[pos:end].lower()} {following}" in ONE_IDIOMS:
        return None
    return end, value, factor or Decimal(1)


def _read_numeral(text: str, pos: int) -> tuple[int, Decimal, str] | None:
    """Digits at ``pos``: (end, value, digits) or None. "2 900 000" -> 2900000, "-5", "2,9"."""
    m = NUMERAL.match(text, pos)
    if m is None:
        return None
    digits = m["int"].translate(NO_SEPARATORS)
    if len(digits) > MAX_DIGITS or len(m["frac"] or "") > MAX_DIGITS:
        return None  # an identifier
    value = Decimal(digits + ("." + m["frac"] if m["frac"] else ""))
    return m.end(), -value if m["sign"] in ("-", "\u2212") else value, digits


def _read_figure(text: str, pos: int) -> _Figure | None:
    """One figure at ``pos``: digits or number words, with a half, a multiplier and a percent."""
    words = not _is_digit_start(text, pos)
    if words:
        read = read_words(text, pos)
        if read is None:
            return None
        end, value, factor = read
    else:
        read = _read_numeral(text, pos)
        if read is None:
            return None
        end, value, digits = read
        factor = Decimal(1)
        after = AFTER_NUMERAL.match(text, end)
        if after is not None:
            if after["suffix"] is not None:
                suffix = after["suffix"].lower()
                if suffix not in CARDINAL_SUFFIXES or (suffix == "х" and not cardinal_x(digits)):
                    return None  # an ordinal (50-м), a code (131-ФЗ), a multiple (10-кратный)
                end = after.end()
            elif after["glued"] is None or not (MULTIPLIER.match(text, end) or PERCENT.match(text, end)):
                return None  # 1.2.3, 16.01, 26а, 5G
    after_qualifier, figure_end = None, None
    half = HALF.match(text, end)
    if half is not None and factor == 1 and value == value.to_integral_value():
        value, end = value + Decimal("0.5"), half.end()
    more = AFTER_QUALIFIER.match(text, end)
    if more is not None:
        after_qualifier, figure_end = (AFTER_QUALIFIERS[" ".join(more["q"].lower().split())], more.start("q")), end
        end = more.end()
    if factor == 1:
        mult = MULTIPLIER.match(text, end)
        if mult is not None:
            if mult["abbr"]:
                factor = Decimal(ABBREVIATED_MULTIPLIERS[mult["abbr"].lower()])
            elif (info := cardinal_word(mult["word"])) is not None and info[1] == "mult":
                factor = info[0]
            if factor != 1:
                value, end, figure_end = value * factor, mult.end(), None
                end, value = _read_lower_part(text, end, value, factor)
                more = AFTER_QUALIFIER.match(text, end)
                if more is not None and after_qualifier is None:  # 2 тысячи с лишним
                    after_qualifier = (AFTER_QUALIFIERS[" ".join(more["q"].lower().split())], more.start("q"))
                    figure_end, end = end, more.end()
    percent = PERCENT.match(text, end)
    if percent is not None:
        end, figure_end = percent.end(), None
    return _Figure(pos, figure_end or end, value, factor, percent is not None, after_qualifier, words, end)


def _read_lower_part(text: str, end: int, value: Decimal, factor: Decimal) -> tuple[int, Decimal]:
    """The rest of "1 млн 200 тыс." or "3 тыс. 215": a figure under 1000 with a smaller multiplier
    (or none, after thousands), added on."""
    space = NEXT_FIGURE.match(text, end)
    if space is None:
        return end, value
    read = _read_numeral(text, space.end())
    if read is None or read[1] < 0 or read[1] >= 1000:
        return end, value
    mult = MULTIPLIER.match(text, read[0])
    if mult is None:
        # "3 тыс. 215 человек", "11 тысяч 182 рубля": whole thousands and the units under them
        whole = factor == 1000 and (value / factor) == (value / factor).to_integral_value() and read[1] == read[1].to_integral_value()
        plain = "\n" not in text[end : space.end()] and not AFTER_NUMERAL.match(text, read[0]) and not MONTH_AFTER.match(text, read[0])
        return (read[0], value + read[1]) if whole and plain else (end, value)
    if not mult["abbr"] and (info := cardinal_word(mult["word"])) is None:
        return end, value
    lower = Decimal(ABBREVIATED_MULTIPLIERS[mult["abbr"].lower()]) if mult["abbr"] else info[0]
    if lower >= factor or read[1] * lower >= factor:
        return end, value
    return mult.end(), value + read[1] * lower


def _is_digit_start(text: str, pos: int) -> bool:
    """Whether a figure at ``pos`` is written in digits ("7", "-5", "+3,2")."""
    return text[pos].isdigit() or (text[pos] in SIGNS and pos + 1 < len(text) and text[pos + 1].isdigit())


def cardinal_x(digits: str) -> bool:
    """Whether "N-х" is the cardinal "двух/трёх/четырёх" (2-х, 24-х) rather than an ordinal (5-х)."""
    last = int(digits[-2:])
    return last % 10 in (2, 3, 4) and not 12 <= last % 100 <= 14


def _closer_low(low: Decimal, high: Decimal, factor: Decimal) -> Decimal:
    """The first value of "с 5 до 27 тысяч": 5 or 5000, whichever lies closer to the second."""
    if low <= 0 or high <= 0 or factor == 1:
        return low
    plain, scaled = abs(math.log(float(low) / float(high))), abs(math.log(float(low * factor) / float(high)))
    return low * factor if scaled < plain else low


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """(qualifier, its start) of the words right before ``start``."""
    m = QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    phrase = " ".join(m["q"].lower().replace(",", " ").split())
    if phrase == "до" and CHANGE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return None  # выросло до 27 тысяч: the new value
    return QUALIFIERS[phrase], m.start()


def _read_single_word(text: str, pos: int) -> tuple[Quantity | None, int] | None:
    """A word that is a quantity on its own ("вдвое", "десятикратный"), a vague pair ("одно-два"), or None."""
    word = WORD.match(text, pos)
    if word is None:
        return None
    lower = word[0].lower()
    ratio = RATIO_ADVERBS.get(lower)
    multiple = MULTIPLE.fullmatch(lower)
    if ratio is None and multiple is not None:
        ratio = MULTIPLE_PREFIXES[multiple["number"]]
    if ratio is not None:
        return _quantity(text, pos, word.end(), Decimal(ratio), "ratio", _qualifier_before(text, pos), None), word.end()
    if "-" in lower and _skip_hyphenated(lower):
        return None, word.end()  # одно-два окна
    return None


def _read_multiple(text: str, pos: int) -> tuple[Quantity, int] | None:
    """A digit multiple: "10-кратный", "2,5-кратное"."""
    read = _read_numeral(text, pos)
    if read is None:
        return None
    multiple = DIGIT_MULTIPLE.match(text, read[0])
    if multiple is None:
        return None
    return _quantity(text, pos, multiple.end(), read[1], "ratio", _qualifier_before(text, pos), None), multiple.end()


def read_quantity(text: str, pos: int, blocked: Blocked) -> tuple[Quantity | None, int]:
    """The quantity that starts at ``pos``: (quantity or None, where reading resumes)."""
    if not _is_digit_start(text, pos):
        single = _read_single_word(text, pos)
        if single is not None:
            return single
    first = _read_figure(text, pos)
    if first is None:
        multiple = _read_multiple(text, pos) if _is_digit_start(text, pos) else None
        return multiple if multiple is not None else (None, pos + 1)
    start, end, value, low = first.start, first.end, first.value, None
    percent, after_qualifier = first.percent, first.after_qualifier
    from_word = RANGE_FROM.search(text, max(0, pos - 6), pos)
    second = None
    dash = DASH.match(text, end) if first.reach == end else None
    if dash is not None:
        nxt = dash.end()
        spaced_after_unit = dash["tight"] is None and (first.factor != 1 or first.percent)  # 46% — 80%: two figures
        if (nxt < len(text) and _is_digit_start(text, nxt) != first.words and not spaced_after_unit
                and not (first.words and dash["tight"]) and not blocked.overlaps(nxt, nxt + 1)):
            second = _read_figure(text, nxt)
            if second is not None and first.value * (second.factor if first.factor == 1 else 1) >= second.value:
                second = None  # a dash range rises: "+6 – 0" is a score
    elif from_word is not None and first.reach == end:
        to = RANGE_TO.match(text, end)
        if to is not None and to.end() < len(text) and not blocked.overlaps(to.end(), to.end() + 1):
            second = _read_figure(text, to.end())
            if second is not None:
                start = from_word.start()
    last = first
    if second is not None:
        last = second
        low, value, end = first.value, second.value, second.end
        if first.factor == 1:
            low = _closer_low(low, value, second.factor)
        percent = percent or second.percent
        after_qualifier = after_qualifier or second.after_qualifier
    kind = "percent" if percent else "number"
    if not percent and start == pos:
        ratio_in = RATIO_IN.search(text, max(0, start - 4), start)
        times = RATIO_TIMES.match(text, end) if ratio_in is not None else None
        times = times or (RATIO_TIMES.match(text, last.reach) if ratio_in is not None else None)
        if times is not None:
            kind, start, end = "ratio", ratio_in.start(), times.end()  # в два с лишним раза
    qualifier = _qualifier_before(text, start) or after_qualifier
    return _quantity(text, start, end, value, kind, qualifier, low), end


def _quantity(text: str, start: int, end: int, value: Decimal, kind: str,
              qualifier: tuple[str, int] | None, low: Decimal | None) -> Quantity:
    name, qualifier_start = qualifier if qualifier is not None else ("exact", None)
    return Quantity(start, end, text[start:end], as_number(value), kind, name, qualifier_start,
                    None if low is None else as_number(low))
