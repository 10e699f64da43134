"""Results as six flat tables, one row per record: documents, metrics, officials, awards, dates, quotes.

``COLUMNS`` is the documented shape of every table (name and type of each column, in order);
the CSV header, the Parquet schema and the pandas dtypes are all derived from it. Rows are
built one document at a time, so that a writer can stream any number of documents.

    >>> from pressfacts.schemas import DocumentResult
    >>> rows = table_rows(DocumentResult(doc_id="d1", warnings=["empty document"]))
    >>> rows["documents"][0]["warnings"], rows["metrics"]
    ('empty document', [])

Naming: a record's own span becomes ``start``/``end``/``text`` (character offsets into the
original text, and the text there); any other span gets its field's prefix (``value_start``,
``name_text``). A date mention becomes ``<prefix>_start``/``_end``/``_granularity``/``_text``,
where start and end are the first and last day covered (dates, not offsets).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from .schemas import Award, DateMention, DocumentResult, Metric, Official, Quote, Role, Span
from .schemas.records import Direction, Granularity, MetricKind, PublishedFrom, Qualifier, QuoteKind, RecipientKind

# Column types. An enumeration is the tuple of its values (a category in pandas, a
# dictionary-encoded string in Parquet); the values come from the output contract's Literals.
STR, INT, FLOAT, DATE, BOOL = "str", "int", "float", "date", "bool"
KIND, QUALIFIER, GRANULARITY = get_args(MetricKind), get_args(Qualifier), get_args(Granularity)
RECIPIENT_KIND, PUBLISHED_FROM, DIRECTION = get_args(RecipientKind), get_args(PublishedFrom), get_args(Direction)
QUOTE_KIND = get_args(QuoteKind)

ColumnType = str | tuple[str, ...]


def span_columns(prefix: str) -> tuple:
    """The columns of a span field: offsets into the original text and the text there."""
    return (f"{prefix}_start", INT), (f"{prefix}_end", INT), (f"{prefix}_text", STR)


def period_columns(prefix: str) -> tuple:
    """The columns of a date mention field: first and last day covered, granularity, text."""
    return (f"{prefix}_start", DATE), (f"{prefix}_end", DATE), (f"{prefix}_granularity", GRANULARITY), (f"{prefix}_text", STR)


RECORD_SPAN = (("start", INT), ("end", INT), ("text", STR))  # a record's own span

COLUMNS: dict[str, tuple[tuple[str, ColumnType], ...]] = {
    "documents": (
        ("doc_id", STR),
        ("source", STR),                # the file path, or the JSONL line's "url"
        ("published", DATE),            # the publication date (its first day)
        ("published_from", PUBLISHED_FROM),
        ("metric_count", INT),
        ("official_count", INT),
        ("award_count", INT),
        ("date_count", INT),
        ("quote_count", INT),
        ("warnings", STR),              # joined with "; "; null when none
    ),
    "metrics": (
        ("doc_id", STR),
        *RECORD_SPAN,                   # "более 240 тысяч обращений"
        ("value", FLOAT),               # 240000
        *span_columns("value"),         # "240 тысяч"
        ("kind", KIND),
        ("unit", STR),
        ("subject", STR),
        ("qualifier", QUALIFIER),
        ("value_low", FLOAT),           # 80 in "80–90 литров" (qualifier range)
        ("previous", FLOAT),            # 6 in "с 6 до 54 линий"
        ("change", BOOL),               # value is a difference: "увеличился на миллион"
        ("direction", DIRECTION),       # of a change: "снижение на 10,5%" is down
        ("target", BOOL),               # a planned figure: "довести до 60% к 2030 году"
        *period_columns("period"),      # "с апреля по май 2020 года": 2020-04-01, 2020-05-31, range
        ("organization", STR),
        ("organization_implied", BOOL), # the region the text is about, not named with the figure
        ("quote", INT),                 # the quote the figure stands in (its row in quotes, 0-based, per document)
    ),
    "officials": (
        ("doc_id", STR),
        ("name_full", STR),             # "Дмитрий Разумовский"
        ("name_last", STR),
        ("name_first", STR),
        ("name_middle", STR),
        *span_columns("name"),          # the first full mention
        ("mention_count", INT),
        ("position", STR),              # the first role: "заместитель губернатора"
        *span_columns("position"),
        ("organization", STR),
        *span_columns("organization"),
        ("organization_implied", BOOL), # from the headline, dateline or context
        ("role_count", INT),
        ("other_roles", STR),           # the roles after the first: "министр (Оренбургская область); директор"
    ),
    "awards": (
        ("doc_id", STR),
        *RECORD_SPAN,
        ("award", STR),
        ("contest", STR),
        ("nomination", STR),
        ("category", STR),
        ("rank", INT),
        ("recipient", STR),
        *span_columns("recipient"),
        ("recipient_kind", RECIPIENT_KIND),
        ("recipient_organization", STR),
        ("recipient_position", STR),
        ("project", STR),
        ("prize", FLOAT),               # 100000 in "1 место и 100 тыс. рублей"
        ("prize_unit", STR),            # "рубль"
        *period_columns("date"),
    ),
    "dates": (
        ("doc_id", STR),
        *RECORD_SPAN,                   # offsets of the mention as written
        ("date_start", DATE),           # first day covered
        ("date_end", DATE),             # last day covered
        ("granularity", GRANULARITY),
        ("year", INT),
        ("month", INT),
        ("day", INT),
        ("time", STR),
        ("relative", BOOL),
    ),
    "quotes": (
        ("doc_id", STR),
        *RECORD_SPAN,                   # the whole construction, attribution included
        ("quote_text", STR),            # the statement as written, without quotation marks
        ("quote_text_start", INT),
        ("quote_text_end", INT),
        ("kind", QUOTE_KIND),
        ("speaker", STR),               # "Андрей Бочаров"
        *span_columns("speaker"),
        ("speaker_role", STR),          # "заместитель губернатора", when the text gives only the role
        ("speaker_official", INT),      # the speaker's row in officials (0-based, per document)
        ("verb", STR),                  # "подчеркнуть"
        *span_columns("verb"),
    ),
}

TABLES = tuple(COLUMNS)
RECORD_TABLES = TABLES[1:]  # a table per record list of DocumentResult, named like it
ROLE_SEPARATOR = "; "
WARNING_SEPARATOR = "; "


def column_names(table: str) -> list[str]:
    """The columns of ``table``, in order.

    >>> column_names("dates")[:4]
    ['doc_id', 'start', 'end', 'text']
    """
    return [name for name, _ in COLUMNS[table]]


def table_rows(result: DocumentResult) -> dict[str, list[dict]]:
    """The rows one result adds to each table: one ``documents`` row, one row per record."""
    doc_id = result.doc_id
    return {
        "documents": [document_row(result)],
        "metrics": [{"doc_id": doc_id, **metric_row(m)} for m in result.metrics],
        "officials": [{"doc_id": doc_id, **official_row(o)} for o in result.officials],
        "awards": [{"doc_id": doc_id, **award_row(a)} for a in result.awards],
        "dates": [{"doc_id": doc_id, **date_row(d)} for d in result.dates],
        "quotes": [{"doc_id": doc_id, **quote_row(q)} for q in result.quotes],
    }


def document_row(result: DocumentResult) -> dict:
    return {
        "doc_id": result.doc_id,
        "source": result.source,
        "published": result.published.start if result.published else None,
        "published_from": result.published_from,
        "metric_count": len(result.metrics),
        "official_count": len(result.officials),
        "award_count": len(result.awards),
        "date_count": len(result.dates),
        "quote_count": len(result.quotes),
        "warnings": WARNING_SEPARATOR.join(result.warnings) or None,
    }


def metric_row(m: Metric) -> dict:
    return {
        **span_fields("", m.span),
        "value": m.value,
        **span_fields("value", m.value_span),
        "kind": m.kind,
        "unit": m.unit,
        "subject": m.subject,
        "qualifier": m.qualifier,
        "value_low": m.value_low,
        "previous": m.previous,
        "change": m.change,
        "direction": m.direction,
        "target": m.target,
        **period_fields("period", m.period),
        "organization": m.organization,
        "organization_implied": m.organization_implied,
        "quote": m.quote,
    }


def official_row(o: Official) -> dict:
    first = o.roles[0] if o.roles else None
    return {
        "name_full": o.name.full,
        "name_last": o.name.last,
        "name_first": o.name.first,
        "name_middle": o.name.middle,
        **span_fields("name", o.name_span),
        "mention_count": len(o.mentions),
        "position": first and first.position,
        **span_fields("position", first and first.position_span),
        "organization": first and first.organization,
        **span_fields("organization", first and first.organization_span),
        "organization_implied": o.organization_implied,
        "role_count": len(o.roles),
        "other_roles": ROLE_SEPARATOR.join(map(role_text, o.roles[1:])) or None,
    }


def role_text(role: Role) -> str:
    """A role for reading: "министр (Оренбургская область)", or the position alone."""
    return f"{role.position} ({role.organization})" if role.organization else role.position


def award_row(a: Award) -> dict:
    return {
        **span_fields("", a.span),
        "award": a.award,
        "contest": a.contest,
        "nomination": a.nomination,
        "category": a.category,
        "rank": a.rank,
        "recipient": a.recipient,
        **span_fields("recipient", a.recipient_span),
        "recipient_kind": a.recipient_kind,
        "recipient_organization": a.recipient_organization,
        "recipient_position": a.recipient_position,
        "project": a.project,
        "prize": a.prize and a.prize.value,
        "prize_unit": a.prize and a.prize.unit,
        **period_fields("date", a.date),
    }


def quote_row(q: Quote) -> dict:
    return {
        **span_fields("", q.span),
        "quote_text": q.text,
        "quote_text_start": q.text_span.start,
        "quote_text_end": q.text_span.end,
        "kind": q.kind,
        "speaker": q.speaker,
        **span_fields("speaker", q.speaker_span),
        "speaker_role": q.speaker_role,
        "speaker_official": q.speaker_official,
        "verb": q.verb,
        **span_fields("verb", q.verb_span),
    }


def date_row(d: DateMention) -> dict:
    return {
        **span_fields("", d.span),
        "date_start": d.start,
        "date_end": d.end,
        "granularity": d.granularity,
        "year": d.year,
        "month": d.month,
        "day": d.day,
        "time": d.time,
        "relative": d.relative,
    }


def span_fields(prefix: str, span: Span | None) -> dict:
    """``start``/``end``/``text`` of a span, under ``prefix_`` when there is a prefix."""
    p = f"{prefix}_" if prefix else ""
    if span is None:
        return {f"{p}start": None, f"{p}end": None, f"{p}text": None}
    return {f"{p}start": span.start, f"{p}end": span.end, f"{p}text": span.text}


def period_fields(prefix: str, mention: DateMention | None) -> dict[str, dt.date | str | None]:
    """A date mention as its first and last day, granularity and text, under ``prefix_``."""
    if mention is None:
        return dict.fromkeys((f"{prefix}_start", f"{prefix}_end", f"{prefix}_granularity", f"{prefix}_text"))
    return {
        f"{prefix}_start": mention.start,
        f"{prefix}_end": mention.end,
        f"{prefix}_granularity": mention.granularity,
        f"{prefix}_text": mention.span.text,
    }


def as_result(item: DocumentResult | dict | str | bytes) -> DocumentResult:
    """A result from a ``DocumentResult``, a dict, or one JSON line of ``pressfacts extract`` output."""
    if isinstance(item, DocumentResult):
        return item
    if isinstance(item, (str, bytes)):
        return DocumentResult.model_validate_json(item)
    return DocumentResult.model_validate(item)


def read_results(path: str | Path) -> Iterator[DocumentResult]:
    """Stream the results of a ``pressfacts extract`` JSONL output file, one line at a time.

    A line that is not a result raises ``ValueError`` naming the file and line number.
    """
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield DocumentResult.model_validate_json(line)
            except ValidationError as error:
                problem = error.errors()[0]
                where = ".".join(map(str, problem["loc"]))
                raise ValueError(f"{path}:{number}: not a pressfacts result: {where + ': ' if where else ''}{problem['msg']}") from None


def iter_table_rows(results: Iterable[DocumentResult | dict | str | bytes]) -> Iterator[dict[str, list[dict]]]:
    """``table_rows`` of each result in turn; results may also be dicts or JSON lines."""
    for item in results:
        yield table_rows(as_result(item))
