"""Quotes: who said what (issue 20). One ``Quote`` per quoted statement, linked to the official
who said it; a metric inside a quote gets the quote's index (``Metric.quote``).

1. statements: in quotation marks (``direct.quoted_statements``), opened by a dash
   (``direct.dash_statements``), reported (``indirect``); a reported one inside a direct one goes;
2. speakers: a person the attribution names is the official who has that mention; a role
   ("рассказал заместитель губернатора") the one official who holds it; a pronoun, or a
   statement with no attribution of its own (the next paragraph of a quotation, the dash after
   an attribution), the speaker of the statement before (else the person named last before it,
   else the next speaker);
3. records: ``Quote`` in text order; metrics inside a statement point to it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.pipeline.extensions import text_of
from pressfacts.schemas import Official, Quote, Span

from .direct import Statement, dash_statements, quoted_statements
from .indirect import indirect_statements
from .speakers import NOBODY, Attribution, named_last


@Language.component("pressfacts_quotes", assigns=["doc._.quotes", "doc._.metrics"],
                    requires=["doc._.officials", "doc._.metrics"])
def extract_quotes(doc: Doc) -> Doc:
    """Put a ``Quote`` on ``doc._.quotes`` for every statement of the text."""
    text = text_of(doc)
    officials = doc._.officials or []
    quoted = quoted_statements(doc, text, officials)
    direct = sorted(quoted + dash_statements(doc, text, officials, quoted), key=lambda s: s.text_start)
    reported = [s for s in indirect_statements(doc, text, officials) if not any(overlaps(s, d) for d in direct)]
    statements = resolve_speakers(sorted(direct + reported, key=lambda s: s.text_start), officials)
    doc._.quotes = [to_quote(text, s) for s in statements]
    if doc._.quotes and doc._.metrics:
        doc._.metrics = [with_quote(m, doc._.quotes) for m in doc._.metrics]
    return doc


def overlaps(a: Statement, b: Statement) -> bool:
    return a.text_start < b.text_end and b.text_start < a.text_end


def resolve_speakers(statements: list[Statement], officials: list[Official]) -> list[Statement]:
    """Pronouns and statements without an attribution take the speaker before them."""
    out: list[Statement] = []
    for k, s in enumerate(statements):
        who = s.attribution
        if who.speaker is None and (who.pronoun or s.continued):
            previous = next((p.attribution for p in reversed(out) if p.attribution.speaker is not None), None)
            previous = previous or named_before(officials, s.start) or next_speaker(statements[k + 1:])
            if previous is not None:
                who = who._replace(speaker=previous.speaker, speaker_span=None, official=previous.official,
                                   verb=who.verb or (previous.verb if s.continued else None))
        out.append(s._replace(attribution=who))
    return out


def named_before(officials: list[Official], pos: int) -> Attribution | None:
    """The official mentioned last before ``pos``, as a speaker."""
    k = named_last(officials, pos, with_post=False)
    return None if k is None else NOBODY._replace(speaker=officials[k].name.full, official=k)


def next_speaker(statements: list[Statement]) -> Attribution | None:
    return next((s.attribution for s in statements if s.attribution.speaker is not None and not s.attribution.pronoun), None)


def to_quote(text: str, s: Statement) -> Quote:
    who = s.attribution
    start, end = min(s.start, s.text_start), max(s.end, s.text_end)
    return Quote(
        span=Span.of(text, start, end),
        text=text[s.text_start : s.text_end],
        text_span=Span.of(text, s.text_start, s.text_end),
        kind=s.kind,
        speaker=who.speaker,
        speaker_span=Span.of(text, *who.speaker_span) if who.speaker_span else None,
        speaker_role=who.role,
        speaker_official=who.official,
        verb=who.verb,
        verb_span=Span.of(text, *who.verb_span) if who.verb_span and start <= who.verb_span[0] < end else None,
    )


def with_quote(metric, quotes: list[Quote]):
    inside = next((k for k, q in enumerate(quotes)
                   if q.text_span.start <= metric.value_span.start and metric.value_span.end <= q.text_span.end), None)
    return metric if inside is None else metric.model_copy(update={"quote": inside})
