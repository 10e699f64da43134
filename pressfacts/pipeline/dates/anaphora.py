"""Mentions that count from another date of the text: "по сравнению с аналогичным периодом
прошлого года" is the window of the figure's period one year earlier (January–July 2023 →
January–July 2022), "по сравнению с предыдущим годом" the year before the one the text is about.

The window's date is the nearest other date of the same sentence, the one before it first; the
year's, the nearest date before it anywhere in the text. Without one, a mention keeps the
reading its builder gave it (the year before the publication date, or none).
"""

from __future__ import annotations

import calendar
import datetime as dt

from .clause import sentence
from .resolve import Anaphor, Found


def shift(day: dt.date | None, years: int) -> dt.date | None:
    """The same day ``years`` later (earlier when negative); 29 February becomes the 28th.

    >>> shift(dt.date(2024, 2, 29), -1), shift(None, -1)
    (datetime.date(2023, 2, 28), None)
    """
    if day is None:
        return None
    year = day.year + years
    if (day.month, day.day) == (2, 29) and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def is_antecedent(found: Found) -> bool:
    return found.anaphor is None and (found.first is not None or found.last is not None)


def window_antecedent(text: str, kept: list[Found], k: int) -> Found | None:
    """The nearest dated mention of the sentence of ``kept[k]``: before it first, then after it."""
    lo, hi = sentence(text, kept[k].start, kept[k].end)
    before = [f for f in kept[:k] if f.start >= lo and is_antecedent(f)]
    if before:
        return before[-1]
    return next((f for f in kept[k + 1:] if f.end <= hi and is_antecedent(f)), None)


def year_antecedent(kept: list[Found], k: int) -> Found | None:
    """The nearest dated mention before ``kept[k]``."""
    return next((f for f in reversed(kept[:k]) if is_antecedent(f)), None)


def resolve_window(found: Found, anaphor: Anaphor, antecedent: Found) -> Found:
    base = antecedent.first or antecedent.last
    years = anaphor.year - base.year if anaphor.year is not None else anaphor.offset
    return found._replace(first=shift(antecedent.first, years), last=shift(antecedent.last, years), relative=True)


def resolve_year(found: Found, anaphor: Anaphor, antecedent: Found) -> Found:
    year = (antecedent.last or antecedent.first).year + anaphor.offset
    return found._replace(first=dt.date(year, 1, 1), last=dt.date(year, 12, 31), relative=True)


def resolve_anaphors(text: str, kept: list[Found]) -> list[Found]:
    """``kept`` (in text order) with every anaphoric mention read against its date."""
    resolved = list(kept)
    for k, found in enumerate(kept):
        if (anaphor := found.anaphor) is None:
            continue
        if anaphor.kind == "window" and (antecedent := window_antecedent(text, kept, k)) is not None:
            resolved[k] = resolve_window(found, anaphor, antecedent)
        elif anaphor.kind == "year" and (antecedent := year_antecedent(kept, k)) is not None:
            resolved[k] = resolve_year(found, anaphor, antecedent)
    return resolved
