"""Quantities and dates as pipeline components, over the pure normalizers in numbers.py and dates.py.

``pressfacts_quantities``: ``doc.spans["quantities"]`` (value on ``span._.value``, the whole
reading on ``span._.quantity``) and ``doc.spans["ordinals"]``.
``pressfacts_dates``: ``doc.spans["dates"]`` (``span._.date``) and the ``dates`` records,
resolved against the publication date; mentions on boilerplate lines and the header or
dateline that gave the publication date are page metadata, not dates of the text.
"""

from __future__ import annotations

import bisect
import itertools

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import text_of  # importing it registers every extension
from .dates import find_dates
from .numbers import find_quantities, find_ordinals

METADATA_ORIGINS = ("header", "dateline")  # published dates that stand outside the body text


def _char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


@Language.component("pressfacts_quantities", assigns=["doc.spans", "span._.quantity"], requires=["doc.spans"])
def find_doc_quantities(doc: Doc) -> Doc:
    """Numbers with multipliers, percents and ratios; ordinals apart.

    A number inside a date mention belongs to the date ("За 6 месяцев", "7 сентября").
    """
    dates = sorted((s.start_char, s.end_char) for s in doc.spans["dates"]) if "dates" in doc.spans else []
    starts = [start for start, _ in dates]
    reach = list(itertools.accumulate((end for _, end in dates), max))   # the furthest end of the dates so far
    quantities, ordinals = [], []
    for found in find_quantities(text_of(doc)):
        k = bisect.bisect_right(starts, found.start) - 1   # a date that starts at or before it and ends after it holds it
        if k >= 0 and reach[k] >= found.end:
            continue
        if (span := _char_span(doc, found.start, found.end)) is not None:
            span._.quantity = found
            quantities.append(span)
    for found in find_ordinals(text_of(doc)):
        if (span := _char_span(doc, found.start, found.end)) is not None:
            span._.ordinal = found
            ordinals.append(span)
    doc.spans["quantities"] = quantities
    doc.spans["ordinals"] = ordinals
    return doc


def _in_metadata(doc: Doc, start: int, end: int) -> bool:
    boilerplate = doc.spans["boilerplate"] if "boilerplate" in doc.spans else []
    if any(b.start_char <= start and end <= b.end_char for b in boilerplate):
        return True
    published = doc._.published
    return bool(published and doc._.published_from in METADATA_ORIGINS and published.span.start <= start < published.span.end)


@Language.component("pressfacts_dates", assigns=["doc.spans", "doc._.dates"], requires=["doc._.published"])
def find_doc_dates(doc: Doc) -> Doc:
    """Every date and period of the text, resolved against the publication date."""
    published = doc._.published.start if doc._.published is not None else None
    records, spans = [], []
    for mention in find_dates(text_of(doc), published):
        if _in_metadata(doc, mention.span.start, mention.span.end):
            continue
        records.append(mention)
        if (span := _char_span(doc, mention.span.start, mention.span.end)) is not None:
            span._.date = mention
            spans.append(span)
    doc._.dates = records
    doc.spans["dates"] = spans
    return doc
