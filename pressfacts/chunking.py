"""Very long documents: cut into chunks at natural breaks, and the chunks' records merged back.

A document longer than ``max_chars`` characters is processed in consecutive chunks of at most
that many characters. Each cut falls at the strongest break in the later half of the chunk:
a section break (several blank lines) before a paragraph break, before a line break, before a
sentence boundary (razdel), before plain whitespace; a hard cut only when the chunk has no
whitespace at all. The chunks' records are moved back into the whole text by one generic walk
that shifts every ``Span`` (``shift_spans``), and the people found in several chunks are merged
into one official each (``merge_officials``), so the result is the one DocumentResult of the
whole text, every span a slice of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel

from .pipeline.blocks import blocks
from .pipeline.sentences import sentence_starts
from .schemas import DocumentResult, Official, PersonName, Role, Span

MAX_CHARS = 1_000_000  # characters: about 400 pages of press releases; far above any real one

BREAK = re.compile(r"\s+(?=\S)")  # whitespace before a word: a chunk may end at its end
LINE_BREAK_LEVEL = 3             # one line break; each further one (a blank line) adds one
SENTENCE_LEVEL = 2
SPACE_LEVEL = 1

Record = TypeVar("Record")


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks that cover ``text``, each at most ``max_chars`` long.

    >>> split_text("Раз. Два.\\n\\nТри и четыре.", 16)
    [(0, 11), (11, 24)]
    >>> split_text("абв", 10)
    [(0, 3)]
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    return blocks(text, max_chars, cut_point)


def cut_point(text: str, start: int, limit: int) -> int:
    """Where the chunk from ``start`` ends, at most ``limit``: the strongest break in its later half
    (the latest of equals), else its last whitespace, else ``limit`` itself.

    >>> text = "Один.\\n\\nДва три. Четыре пять"
    >>> cut_point(text, 0, 12), cut_point(text, 7, 19), cut_point(text, 7, 24), cut_point("абвгд", 0, 3)
    (7, 16, 23, 3)
    """
    floor = start + max(1, (limit - start) // 2)
    best, best_level = None, 0
    for match in BREAK.finditer(text, floor, limit + 1):  # one more character: the lookahead's
        level = LINE_BREAK_LEVEL - 1 + match[0].count("\n") if "\n" in match[0] else SPACE_LEVEL
        if level >= best_level:
            best, best_level = match.end(), level
    if best_level >= LINE_BREAK_LEVEL:
        return best
    starts = sentence_starts(text[floor:limit])
    if len(starts) > 1:  # the first is where the window starts, not a boundary
        return floor + starts[-1]
    if best is not None:
        return best
    last = None
    for match in BREAK.finditer(text, start + 1, floor + 1):
        last = match.end()
    return last if last is not None else limit


# ---------------------------------------------------------------- spans


def shift_spans(record: Record, offset: int, text: str | None = None) -> Record:
    """A copy of ``record`` (a Pydantic model, or a list or tuple of them) with every ``Span``
    in it, however deep, moved by ``offset``. With ``text``, every moved span is checked to be
    its slice (a ValidationError otherwise).

    >>> shift_spans([Span(start=0, end=3, text="МФЦ")], 10, "Приехал в МФЦ")
    [Span(start=10, end=13, text='МФЦ')]
    """
    if isinstance(record, Span):
        data = {"start": record.start + offset, "end": record.end + offset, "text": record.text}
        return Span.model_validate(data, context={"text": text} if text is not None else None)
    if isinstance(record, BaseModel):
        fields = type(record).model_fields
        return record.model_copy(update={name: shift_spans(getattr(record, name), offset, text) for name in fields})
    if isinstance(record, (list, tuple)):
        return type(record)(shift_spans(item, offset, text) for item in record)
    return record


# ---------------------------------------------------------------- officials


def fold(words: str | None) -> str:
    """A name compared: case, ё/е and spacing ignored.

    >>> fold(" Семён  ДЕМИН ")
    'семен демин'
    """
    return " ".join((words or "").casefold().replace("ё", "е").split())


def _compatible(a: str | None, b: str | None) -> bool:
    """Name parts that may be one person's: equal, an initial of the other, or one unknown."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    return not a or not b or a.startswith(b) or b.startswith(a)


def same_person(a: PersonName, b: PersonName) -> bool:
    """One person by name: the same normalized full name, or the same surname with first names
    and patronymics that do not contradict ("Андрей Бочаров" and "Бочаров", "А.Ю. Бочаров").

    >>> same_person(PersonName(full="Андрей Бочаров", last="Бочаров", first="Андрей"), PersonName(full="Бочаров", last="Бочаров"))
    True
    >>> same_person(PersonName(full="Андрей Бочаров", last="Бочаров", first="Андрей"), PersonName(full="Иван Бочаров", last="Бочаров", first="Иван"))
    False
    """
    if fold(a.full) == fold(b.full):
        return True
    return bool(a.last and b.last) and fold(a.last) == fold(b.last) and _compatible(a.first, b.first) and _compatible(a.middle, b.middle)


def _parts(name: PersonName) -> int:
    return sum(part is not None for part in (name.last, name.first, name.middle))


def merge_two(first: Official, second: Official) -> Official:
    """One official from two records of one person: mentions joined, roles without repeats, the
    fuller name (the earlier one of equals)."""
    named = second if _parts(second.name) > _parts(first.name) else first
    mentions = sorted({(m.start, m.end): m for m in [*first.mentions, *second.mentions]}.values(), key=lambda m: (m.start, m.end))
    roles: list[Role] = []
    for role in [*first.roles, *second.roles]:
        known = next((r for r in roles if fold(r.position) == fold(role.position)), None)
        if known is None:
            roles.append(role)
        elif known.organization is None and role.organization is not None:
            roles[roles.index(known)] = known.model_copy(update={"organization": role.organization, "organization_span": role.organization_span})
    roles.sort(key=lambda r: r.position_span.start)   # in order of first mention, as in one chunk
    return Official(name=named.name, name_span=named.name_span, mentions=mentions, roles=roles)


def merge_officials(officials: Sequence[Official]) -> list[Official]:
    """Officials of consecutive chunks, one record per person: each is merged into the one earlier
    record of the same person (by ``same_person``; with several, the one of the same full name)."""
    merged: list[Official] = []
    for official in officials:
        same = [k for k, known in enumerate(merged) if same_person(known.name, official.name)]
        if len(same) > 1:
            same = [k for k in same if fold(merged[k].name.full) == fold(official.name.full)]
        if len(same) == 1:
            merged[same[0]] = merge_two(merged[same[0]], official)
        else:
            merged.append(official)
    return merged


# ---------------------------------------------------------------- results


def merge_results(text: str, parts: Sequence[tuple[int, DocumentResult]], base: DocumentResult) -> DocumentResult:
    """One result of the whole ``text`` from the results of its chunks, each with its offset.

    ``base`` gives what is the document's own (id, source, warnings); the publication date is
    the first chunk's. Every span is moved into the whole text and checked against it.
    """
    shifted = [(offset, shift_spans(result, offset, text)) for offset, result in parts]
    first = shifted[0][1] if shifted else base
    officials = merge_officials([o for _, r in shifted for o in r.officials])
    metrics, quotes = merged_quotes(shifted, officials)
    return base.model_copy(update={
        "published": first.published,
        "published_from": first.published_from,
        "metrics": metrics,
        "quotes": quotes,
        "officials": officials,
        "awards": [a for _, r in shifted for a in r.awards],
        "dates": [d for _, r in shifted for d in r.dates],
        "warnings": [*base.warnings, *(f"chunk at character {offset}: {w}" for offset, r in shifted for w in r.warnings)],
        "text": text,
    })


def merged_quotes(shifted: list[tuple[int, DocumentResult]], officials: list[Official]) -> tuple[list, list]:
    """The chunks' metrics and quotes as one list each: a quote's speaker points into the merged
    officials (by name), a metric's quote into the merged quotes."""
    index = {o.name.full: k for k, o in enumerate(officials)}
    metrics, quotes = [], []
    for _, result in shifted:
        base = len(quotes)
        quotes += [q.model_copy(update={"speaker_official": index.get(q.speaker) if q.speaker_official is not None else None})
                   for q in result.quotes]
        metrics += [m.model_copy(update={"quote": m.quote + base}) if m.quote is not None else m for m in result.metrics]
    return metrics, quotes
