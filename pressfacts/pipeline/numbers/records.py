"""The records of the numbers grammar: a quantity and an ordinal, each a span of the text with its value."""

from __future__ import annotations

from typing import NamedTuple


class Quantity(NamedTuple):
    """A figure of the text. The span covers the figure with its multiplier and its percent or ratio marker."""

    start: int
    end: int
    text: str
    value: float | int
    kind: str  # "number" | "percent" | "ratio"
    qualifier: str  # "exact" | "approx" | "more_than" | "less_than"
    qualifier_start: int | None
    low: float | int | None = None


class Ordinal(NamedTuple):
    """An ordinal: "50-м" (50), the "1" of "1 место", "четвертый" (4)."""

    start: int
    end: int
    text: str
    value: int

