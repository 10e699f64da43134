"""Scoring errors as lines a developer reads: what was missed, what was wrongly found, which field is off."""

from __future__ import annotations

from pydantic import BaseModel

from .scoring import Error


def describe(record) -> str:
    """A short, recognisable view of one record."""
    if record is None:
        return "none"
    if not isinstance(record, BaseModel):
        return repr(record)
    if hasattr(record, "value_span"):      # a metric
        return f"«{record.span.text}» = {record.value:g} {record.unit or ''} ({record.kind}, {record.qualifier})"
    if hasattr(record, "name_span"):       # an official
        where = f" @ {record.organization}" if record.organization else ""
        return f"{record.name.full}: {record.position or '-'}{where}"
    if hasattr(record, "recipient_span"):  # an award
        return f"«{record.recipient_span.text}» rank {record.rank}, {record.award or record.nomination or record.contest or '-'}"
    if hasattr(record, "granularity"):     # a date
        return f"«{record.span.text}» {record.start}..{record.end}"
    return str(record)


def field_value(record, name: str):
    value = getattr(record, name, None)
    if name == "period" and value is not None:
        return f"«{value.span.text}» {value.start}..{value.end}"
    if name == "name":
        return value.full
    if name == "mentions":
        return len(value)
    return value


def error_line(error: Error) -> str:
    """One line: the document, the record type, and what is wrong."""
    head = f"{error.doc_id}  {error.kind:<18}"
    note = f"   [{error.note}]" if error.note else ""
    if error.what == "missed":
        return f"{head} missed  {describe(error.gold)}{note}"
    if error.what == "false":
        return f"{head} false   {describe(error.predicted)}{note}"
    if error.what == "wrong":   # the publication date
        return f"{head} wrong   gold {error.gold} / predicted {error.predicted}"
    return (f"{head} {error.what}: gold {field_value(error.gold, error.what)!r}"
            f" / predicted {field_value(error.predicted, error.what)!r}   in {describe(error.predicted)}{note}")


def error_lines(errors: list[Error], kinds: set[str] | None = None) -> list[str]:
    """Lines for the errors of the given record types (all when None), in document order."""
    return [error_line(e) for e in errors if kinds is None or e.kind in kinds]
