"""Titles the genre writes short, in full: "замминистра" -> "заместитель министра", "врио" ->
"временно исполняющий обязанности" (``pressfacts/data/officials_abbreviated.txt``). The officials
extractor gives positions this way; the evaluation compares positions this way on both sides.
"""

from __future__ import annotations

import re

from pressfacts.data import read_entries

from .morphology import fold


def _pairs(name: str) -> dict[str, str]:
    pairs = {}
    for entry in read_entries(name):
        key, sep, value = " ".join(entry.fields).partition(":")
        if not sep:
            raise ValueError(f"{name}:{entry.line}: expected 'short: full'")
        pairs[fold(key.strip())] = value.strip()
    return pairs


ABBREVIATED = _pairs("officials_abbreviated.txt")   # замминистра: заместитель министра
ABBREVIATION = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, sorted(ABBREVIATED, key=len, reverse=True))) + r")(?![\w])", re.IGNORECASE)


LEADING = frozenset({"первый", "первая"})   # modifiers a short title may follow: "первый замминистра"


def full_title(position: str) -> str:
    """A position with the titles written short in full where they open it: "первый замминистра
    здравоохранения" -> "первый заместитель министра здравоохранения", "и. о. министра" ->
    "исполняющий обязанности министра"; a governed one stays ("и.о. первого заместителя врио
    губернатора": "врио" there is in the genitive).

    >>> full_title("первый замминистра здравоохранения"), full_title("И. о. министра")
    ('первый заместитель министра здравоохранения', 'исполняющий обязанности министра')
    """
    out, k = [], 0
    while k < len(position):
        if (m := ABBREVIATION.match(position, k)) is not None:
            out.append(ABBREVIATED[fold(m[1])])
            k = m.end()
        else:
            word = re.match(r"\S+", position[k:])
            if word is None:                             # spaces
                out.append(position[k])
                k += 1
                continue
            if word[0].lower() not in LEADING:
                return "".join(out) + position[k:]
            out.append(word[0])
            k += len(word[0])
    return "".join(out)
