"""The entry point, ``find_dates``: every rule's readings, the longest that do not overlap, records at one place.

    >>> [(d.span.text, str(d.start), str(d.end), d.granularity)
    ...  for d in find_dates("За 2019 год и в период с апреля по май 2020 года")]
    [('2019 год', '2019-01-01', '2019-12-31', 'year'), ('с апреля по май 2020 года', '2020-04-01', '2020-05-31', 'range')]
    >>> [(d.span.text, str(d.start), d.relative) for d in find_dates("В ноябре создан центр.", dt.date(2023, 1, 16))]
    [('ноябре', '2022-11-01', True)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from pressfacts.schemas import DateMention, Span

from .anaphora import resolve_anaphors
from .resolve import Found
from .rules import COMPILED_RULES


LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")  # Latin letters a Cyrillic reader takes for his own
MIXED_WORD = re.compile(r"\w*[а-яё]\w*[a-z]\w*|\w*[a-z]\w*[а-яё]\w*", re.I)


def fold_lookalikes(text: str) -> str:
    """The text with the Latin look-alikes inside Cyrillic words written in Cyrillic, each
    letter for one: "минувшую нeдeлю" (two Latin "e") reads as the week it is; offsets keep.

    >>> fold_lookalikes("за минувшую нeдeлю, Posted 2 мая") == "за минувшую неделю, Posted 2 мая"
    True
    """
    if not text.isascii() and re.search(r"[a-z]", text, re.I):
        return MIXED_WORD.sub(lambda m: m[0].translate(LOOKALIKES), text)
    return text


def adapt(text: str, found: Found) -> DateMention:
    """The one place where a reading becomes a record."""
    return DateMention(
        span=Span.of(text, found.start, found.end),
        start=found.first,
        end=found.last,
        granularity=found.granularity,
        year=found.year,
        month=found.month,
        day=found.day,
        time=found.time,
        relative=found.relative,
    )


def select(found: list[tuple[Found, int]]) -> list[Found]:
    """The longest readings that do not overlap (the earlier rule on a tie), in text order."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Found] = []
    for item, _ in sorted(found, key=lambda f: (f[0].start - f[0].end, f[0].start, f[1])):
        i = bisect.bisect_right(starts, item.start)
        if (i and ends[i - 1] > item.start) or (i < len(starts) and starts[i] < item.end) or item.start >= item.end:
            continue
        starts.insert(i, item.start)
        ends.insert(i, item.end)
        kept.insert(i, item)
    return kept


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date or period mention in ``text``, in order, without overlaps.

    Mentions whose year the text does not fix are resolved against ``published``; never raises.

    >>> [(d.span.text, str(d.start), d.year, d.relative) for d in find_dates("В прошлом году и 7 сентября", dt.date(2020, 9, 10))]
    [('прошлом году', '2019-01-01', None, True), ('7 сентября', '2020-09-07', None, True)]
    """
    if not isinstance(text, str):
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, dt.date):
        published = None
    scanned = fold_lookalikes(text)  # the rules read this; the records point into ``text``
    lowered = scanned.lower()
    present: dict[tuple[str, ...], bool] = {(): True}  # rules share their word lists: test each once
    candidates = []
    for priority, (pattern, build, needs) in enumerate(COMPILED_RULES):
        if (found := present.get(needs)) is None:
            found = present[needs] = any(word in lowered for word in needs)
        if not found:
            continue
        for match in pattern.finditer(scanned):
            try:
                candidates.extend((found, priority) for found in build(match, published))
            except (ValueError, OverflowError, KeyError, StopIteration):  # off the calendar: 31.02.2020, year 10000
                continue
    mentions = []
    for found in resolve_anaphors(scanned, select(candidates)):
        try:
            mentions.append(adapt(text, found))
        except ValueError:  # a record that does not validate is not a date
            continue
    return mentions
