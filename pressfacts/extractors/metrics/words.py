"""Word lists of the metrics extractor, loaded from ``pressfacts/data/metrics_*.txt``.

Every data line is ``field [field ...]  # the example that needed it``; lines that start with
``#`` are notes. The files are read once, at import, by the loader in ``pressfacts.data``.
"""

from __future__ import annotations

from typing import NamedTuple

from pressfacts.data import read_entries, read_words
from pressfacts.pipeline.numbers.tables import CHANGE_USES
from pressfacts.pipeline.wordlists import read_table

DATA_FILES = (
    "metrics_ages.txt",
    "metrics_amounts.txt",
    "metrics_anaphors.txt",
    "metrics_change_nouns.txt",
    "metrics_comparatives.txt",
    "metrics_comparisons.txt",
    "metrics_copulas.txt",
    "metrics_frames.txt",
    "metrics_directions.txt",
    "metrics_light_nouns.txt",
    "metrics_linkers.txt",
    "metrics_measures.txt",
    "metrics_naming.txt",
    "metrics_period_adjectives.txt",
    "metrics_rate_bases.txt",
    "metrics_sums.txt",
    "metrics_targets.txt",
    "metrics_units.txt",
)

KINDS = ("money", "duration")
FRAME_PLACES = ("before", "after", "opening", "clock-before", "clock-after")


class Unit(NamedTuple):
    unit: str   # the record's unit: "рубль" for "руб."
    kind: str   # money | duration


UNITS: dict[str, Unit] = {e.fields[0]: Unit(e.fields[1], e.fields[2]) for e in read_entries("metrics_units.txt")}
COPULAS = read_words("metrics_copulas.txt")
# the stems the "на" rule reads (data/change_stems.txt is shared with the numbers' "до" rule)
CHANGE_STEMS = tuple(sorted(
    (row.key for row in read_table("change_stems.txt", values=1, choices={0: CHANGE_USES}) if "by" in row.values[0].split(",")),
    key=len, reverse=True,
))
COMPARATIVES = read_words("metrics_comparatives.txt")
CHANGE_NOUNS = read_words("metrics_change_nouns.txt")
ANAPHORS = read_words("metrics_anaphors.txt")
AMOUNT_NOUNS = read_words("metrics_amounts.txt")
AGE_STEMS = tuple(read_words("metrics_ages.txt"))
FRAMES: dict[str, frozenset[str]] = {
    place: frozenset(e.fields[0] for e in read_entries("metrics_frames.txt") if e.fields[1] == place)
    for place in FRAME_PLACES
}
COMPARISONS: tuple[tuple[str, ...], ...] = tuple(
    sorted((e.fields for e in read_entries("metrics_comparisons.txt")), key=len, reverse=True)
)
NAMING_NOUNS = read_words("metrics_naming.txt")
LINKERS = read_words("metrics_linkers.txt")
SUM_NOUNS = read_words("metrics_sums.txt")
RATE_BASES = read_words("metrics_rate_bases.txt")
LIGHT_NOUNS = read_words("metrics_light_nouns.txt")
PERIOD_ADJECTIVES = tuple(read_words("metrics_period_adjectives.txt"))


def is_change_word(word: str) -> bool:
    """A word of change: "увеличился", "выросло", "расширен".

    >>> is_change_word("увеличился"), is_change_word("составил")
    (True, False)
    """
    return word.lower().startswith(CHANGE_STEMS)


def is_age_word(word: str) -> bool:
    """A word that makes "N лет" an age.

    >>> is_age_word("возрасте"), is_age_word("работы")
    (True, False)
    """
    return word.lower().replace("ё", "е").startswith(AGE_STEMS) or word.lower().startswith(AGE_STEMS)
