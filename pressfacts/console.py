"""What the commands print for a person to read: rich tables of results and of scores."""

from __future__ import annotations

from rich.table import Table

from .schemas import DocumentResult
from .writers import plain_number

RESULT_COLUMNS = {
    "metrics": ("figure", "value", "kind", "unit", "subject", "qualifier", "period"),
    "officials": ("name", "position", "organization", "mentions"),
    "awards": ("recipient", "rank", "award", "nomination", "category"),
    "dates": ("date", "start", "end", "granularity"),
    "quotes": ("speaker", "role", "verb", "kind", "statement"),
}
STATEMENT_CHARS = 120   # a longer statement is cut in the terminal: the JSONL has it whole
RESULT_ROWS = {
    "metrics": lambda m: (
        m.span.text, plain_number(m.value), m.kind, m.unit, m.subject, m.qualifier, m.period and m.period.span.text
    ),
    "officials": lambda o: (o.name.full, o.position, o.organization, str(len(o.mentions))),
    "awards": lambda a: (a.recipient, a.rank and str(a.rank), a.award, a.nomination, a.category),
    "dates": lambda d: (d.span.text, d.start and str(d.start), d.end and str(d.end), d.granularity),
    "quotes": lambda q: (q.speaker, q.speaker_role, q.verb, q.kind, cut(q.text)),
}


def cut(text: str) -> str:
    return text if len(text) <= STATEMENT_CHARS else text[:STATEMENT_CHARS].rsplit(" ", 1)[0] + " …"


def result_tables(result: DocumentResult) -> list[Table]:
    """Rich tables of a result, one per record type."""
    published = result.published
    title = f"{result.doc_id}, published {published.start if published else 'unknown'}"
    tables = []
    for kind, names in RESULT_COLUMNS.items():
        records = getattr(result, kind)
        table = Table(*names, title=f"{kind} of {title}: {len(records)}", title_justify="left")
        for record in records:
            table.add_row(*(value or "" for value in RESULT_ROWS[kind](record)))
        tables.append(table)
    return tables


def score_tables(name: str, scores: dict) -> list[Table]:
    """A table of precision, recall, F1, and one of per-field accuracy on matched records."""
    main = Table("records", "precision", "recall", "F1", "tp", "fp", "fn", title=f"{name}: scores", title_justify="left")
    fields = Table("records", "field", "accuracy", title=f"{name}: fields of matched records", title_justify="left")
    for kind, s in scores.items():
        main.add_row(kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"]))
        for field, accuracy in s.get("fields", {}).items():
            fields.add_row(kind, field, f"{accuracy:.3f}")
    return [main, fields] if fields.row_count else [main]
