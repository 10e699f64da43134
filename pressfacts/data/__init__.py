"""The extractors' word lists, ``pressfacts/data/<extractor>_<list>.txt``, and their loader.

Every data line is ``field [field ...]  # the example that needed it``; lines that start
with ``#`` are notes; blank lines are skipped.
"""

from __future__ import annotations

from importlib import resources
from typing import NamedTuple


class Entry(NamedTuple):
    fields: tuple[str, ...]
    example: str
    line: int


def read_entries(name: str) -> list[Entry]:
    """The entries of one data file, notes and blank lines left out.

    >>> read_entries("awards_ordinals.txt")[0].fields
    ('первый', '1')
    """
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        data, _, example = line.partition("#")
        entries.append(Entry(tuple(data.split()), example.strip(), number))
    return entries


def read_words(name: str) -> frozenset[str]:
    """The first field of every entry: a set of lemmas or stems."""
    return frozenset(entry.fields[0] for entry in read_entries(name))
