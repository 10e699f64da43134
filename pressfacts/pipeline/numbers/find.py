"""The entry points, ``find_quantities`` and ``find_ordinals``: one reading of a text serves both."""

from __future__ import annotations

from functools import lru_cache

from .figures import read_quantity
from .ordinals import digit_ordinal, word_ordinals
from .patterns import CARDINAL_WORD, DIGIT, NOT_BEFORE_FIGURE, SIGNS
from .records import Ordinal, Quantity
from .rules import NOT_QUANTITIES
from .spans import Blocked, without_overlaps


def _figure_starts(text: str) -> list[int]:
    """Where figures may start: a digit not glued to a word, a decimal, a date or "№", or the sign before it."""
    starts = []
    for m in DIGIT.finditer(text):
        pos = m.start()
        if pos and text[pos - 1] in SIGNS:
            before = text[pos - 2] if pos >= 2 else " "
            if before.isalnum() or before == "_" or before in NOT_BEFORE_FIGURE:
                continue  # 5-7, COVID-19, UTC+1
            pos -= 1
        starts.append(pos)
    return starts


def _rule_span(text: str, pos: int) -> tuple[int, int] | None:
    """The span set aside by the first rule of NOT_QUANTITIES that holds at ``pos``, or None."""
    for rule in NOT_QUANTITIES:
        m = rule.at.match(text, pos)
        if m is None or (rule.check is not None and not rule.check(m)):
            continue
        if rule.before is not None and rule.before.search(text, max(0, pos - rule.back), pos) is None:
            continue
        return m.span()
    return None


@lru_cache(maxsize=4)  # find_quantities and find_ordinals on the same text share one reading
def _read(text: str) -> tuple[tuple[Quantity, ...], tuple[Ordinal, ...]]:
    spans: list[tuple[int, int]] = []
    ordinals: list[Ordinal] = []
    figures: list[int] = []
    covered = 0
    for pos in _figure_starts(text):  # set aside what is not a quantity, find digit ordinals
        if pos < covered:
            continue
        span = _rule_span(text, pos)
        if span is not None:
            spans.append(span)
            covered = span[1]
        elif (ordinal := digit_ordinal(text, pos)) is not None:
            ordinals.append(ordinal)
            covered = ordinal.end
        else:
            figures.append(pos)
    ordinals = without_overlaps(ordinals + word_ordinals(text, Blocked(spans)))
    blocked = Blocked(spans + [(o.start, o.end) for o in ordinals])
    starts = sorted(figures + [m.start() for m in CARDINAL_WORD.finditer(text)])
    quantities: list[Quantity] = []
    resume = 0
    for pos in starts:
        if pos < resume or blocked.overlaps(pos, pos + 1):
            continue
        quantity, resume = read_quantity(text, pos, blocked)
        if quantity is None or blocked.overlaps(quantity.start, quantity.end):
            continue  # a ratio's "в" or a range's "с" that belongs to a date, an address…
        if not quantities or quantity.start >= quantities[-1].end:
            quantities.append(quantity)
    return tuple(quantities), tuple(ordinals)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text``, sorted by start and non-overlapping.

    >>> [(q.text, q.value, q.kind, q.qualifier) for q in find_quantities("поступило более 240 тысяч обращений")]
    [('240 тысяч', 240000, 'number', 'more_than')]
    >>> [(q.text, q.value, q.kind) for q in find_quantities("охват составляет 97%, рост в 2,5 раза")]
    [('97%', 97, 'percent'), ('в 2,5 раза', 2.5, 'ratio')]
    >>> [(q.text, q.low, q.value) for q in find_quantities("выросло с 5 до 27 тысяч человек")]
    [('с 5 до 27 тысяч', 5000, 27000)]
    >>> find_quantities("в 2020 году, 7 сентября, ул. Марата 10")
    []
    """
    return list(_read(text)[0]) if isinstance(text, str) else []


def find_ordinals(text: str) -> list[Ordinal]:
    """Every ordinal of ``text``, sorted by start.

    >>> [(o.text, o.value) for o in find_ordinals("стал 50-м филиалом; за 1 место; уже четвертый раз")]
    [('50-м', 50), ('1', 1), ('четвертый', 4)]
    """
    return list(_read(text)[1]) if isinstance(text, str) else []
