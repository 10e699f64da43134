"""Every word list of the package, ``pressfacts/data/<user>_<list>.txt``, and their one loader.

Every data line is ``field [field ...]  # the example that needed it``; lines that start
with ``#`` are notes; blank lines are skipped. A line without its example does not load
(ValueError naming the file and line). Tables with keys and values and their checks:
``pressfacts.pipeline.wordlists.read_table``.
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

    >>> read_entries("ordinals.txt")[0].fields
    ('первый', '1')
    """
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        data, _, example = line.partition("#")
        if not data.split() or not example.strip():
            raise ValueError(f"{name}:{number}: expected 'entry  # example', got {line.strip()!r}")
        entries.append(Entry(tuple(data.split()), example.strip(), number))
    return entries


def read_words(name: str) -> frozenset[str]:
    """The first field of every entry: a set of lemmas or stems."""
    return frozenset(entry.fields[0] for entry in read_entries(name))
