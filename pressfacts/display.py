"""HTML display of a result, for notebooks and reports: the text with every span highlighted.

    >>> from pressfacts.schemas import DocumentResult
    >>> highlight_html("a < b", DocumentResult(doc_id="d"))
    '<div class="pressfacts-display pf-text">a &lt; b</div>'

``highlight_html`` returns a fragment that needs ``CSS`` once on the page (``result_html``
includes it); every rule of ``CSS`` is scoped under ``.pressfacts-display``, so it never
restyles the page around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import escape
from typing import NamedTuple

from .schemas import DateMention, DocumentResult, Span, register_html_renderer

SCOPE = "pressfacts-display"  # the one class every CSS rule hangs under


class Highlight(NamedTuple):
    label: str  # shown in tooltips and the legend
    colour: str  # background of the highlight
    example: str  # what such a span looks like


# One row per kind of span; the order is also the nesting order of spans with equal bounds.
HIGHLIGHTS: dict[str, Highlight] = {
    "metric": Highlight("metric", "#fff1a8", "более 240 тысяч обращений"),
    "value": Highlight("value", "#ffc266", "240 тысяч"),
    "official": Highlight("official", "#b9dcff", "Дмитрий Разумовский"),
    "mention": Highlight("mention", "#d9ecff", "Разумовский"),
    "position": Highlight("position", "#dcc8ff", "заместителя губернатора"),
    "organization": Highlight("organization", "#e8def8", "Калужской области"),
    "award": Highlight("award", "#c8f0c0", "диплом 1 степени"),
    "recipient": Highlight("recipient", "#8fdc80", "МФЦ г. Новотроицка"),
    "date": Highlight("date", "#ffd0e0", "с апреля по май 2020 года"),
    "published": Highlight("published", "#e0e0e0", "16.01.2023"),
}

CSS = "\n".join(
    [
        f".{SCOPE} {{ font-family: inherit; line-height: 1.7; }}",
        f".{SCOPE}.pf-text {{ white-space: normal; max-width: 60em; }}",
        f".{SCOPE} mark.pf {{ color: #111; padding: 0.1em 0.05em; border-radius: 0.2em; }}",  # dark text: the colours are light in any theme
        f".{SCOPE} mark.pf mark.pf {{ padding: 0.05em 0; }}",
        f".{SCOPE} table.pf-records {{ border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }}",
        f".{SCOPE} table.pf-records caption {{ text-align: left; font-weight: bold; padding: 0.2em 0; }}",
        f".{SCOPE} table.pf-records th, .{SCOPE} table.pf-records td "
        "{ border: 1px solid #ccc; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }",
        f".{SCOPE} .pf-legend mark.pf {{ margin-right: 0.4em; }}",
        f".{SCOPE} .pf-meta {{ color: #555; font-size: 0.9em; }}",
        *(f".{SCOPE} mark.pf-{kind} {{ background: {h.colour}; }}" for kind, h in HIGHLIGHTS.items()),
    ]
)


class Mark(NamedTuple):
    start: int
    end: int
    kind: str  # a key of HIGHLIGHTS
    title: str  # the tooltip: "metric: 240000 обращение"


def highlight_html(text: str, result: DocumentResult) -> str:
    """The text as an HTML fragment, every extracted span in a ``<mark>`` with its kind and a tooltip.

    Nested and overlapping spans give properly nested marks (a mark that crosses another's end
    is closed and reopened there). Raises ``ValueError`` when a span is not a slice of ``text``.
    """
    marks = collect_marks(text, result)
    return f'<div class="{SCOPE} pf-text">{render_marks(text, marks)}</div>'


def collect_marks(text: str, result: DocumentResult) -> list[Mark]:
    """Every non-empty span of the result, once per (start, end, kind), checked against the text."""
    seen: dict[tuple[int, int, str], Mark] = {}
    for span, kind, title in _spans(result):
        if span.start == span.end:
            continue  # a date given with the input has no place in the text
        if span.end > len(text) or text[span.start : span.end] != span.text:
            raise ValueError(
                f"{kind} span {span.start}:{span.end} ({span.text[:40]!r}) is not in this text: "
                "was the result extracted from another one?"
            )
        key = (span.start, span.end, kind)
        if key not in seen:
            seen[key] = Mark(span.start, span.end, kind, f"{HIGHLIGHTS[kind].label}: {title}")
    return list(seen.values())


def _spans(result: DocumentResult) -> Iterator[tuple[Span, str, str]]:
    for metric in result.metrics:
        yield metric.span, "metric", _metric_title(metric)
        yield metric.value_span, "value", number(metric.value)
        if metric.period:
            yield metric.period.span, "date", _date_title(metric.period)
    for official in result.officials:
        yield official.name_span, "official", ", ".join(filter(None, [official.name.full, official.position]))
        for mention in official.mentions:
            if (mention.start, mention.end) != (official.name_span.start, official.name_span.end):
                yield mention, "mention", official.name.full
        for role in official.roles:
            yield role.position_span, "position", f"{role.position} ({official.name.full})"
            if role.organization_span:
                yield role.organization_span, "organization", role.organization or role.organization_span.text
    for award in result.awards:
        yield award.span, "award", ", ".join(filter(None, [award.award, award.contest, award.rank and f"{award.rank} место"])) or award.span.text
        yield award.recipient_span, "recipient", f"{award.recipient} ({award.recipient_kind})"
        if award.date:
            yield award.date.span, "date", _date_title(award.date)
    for date in result.dates:
        yield date.span, "date", _date_title(date)
    if result.published:
        yield result.published.span, "published", _date_title(result.published)


def number(value: int | float) -> str:
    """A value as people write it, never in exponent form: 1000000, 2.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _metric_title(metric) -> str:
    words = [number(metric.value), metric.unit]
    if metric.previous is not None:
        words.append(f"(from {number(metric.previous)})")
    if metric.qualifier != "exact":
        words.append(metric.qualifier)
    return " ".join(filter(None, words))


def _date_title(date: DateMention) -> str:
    if date.start is None:
        return f"{date.granularity}, year unknown"
    if date.start == date.end:
        return date.start.isoformat()
    return f"{date.start.isoformat()} – {date.end.isoformat()}"


def render_marks(text: str, marks: list[Mark]) -> str:
    """Escaped text with the marks inserted, always well nested; newlines become ``<br>``."""
    order = {kind: i for i, kind in enumerate(HIGHLIGHTS)}
    # Outer marks open first: earlier start, then later end, then the order of HIGHLIGHTS.
    marks = sorted(marks, key=lambda m: (m.start, -m.end, order[m.kind]))
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[Mark] = []
    for here, there in zip(bounds, bounds[1:]):
        ending = [i for i, mark in enumerate(stack) if mark.end == here]
        if ending:
            # Close down to the deepest-buried mark that ends here, reopen the others.
            reopen = [mark for mark in stack[ending[0] :] if mark.end != here]
            out.append("</mark>" * (len(stack) - ending[0]))
            del stack[ending[0] :]
            for mark in reopen:
                out.append(_open(mark))
                stack.append(mark)
        for mark in starting.get(here, []):
            out.append(_open(mark))
            stack.append(mark)
        out.append(_escape_text(text[here:there]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _open(mark: Mark) -> str:
    return f'<mark class="pf pf-{mark.kind}" title="{escape(mark.title)}">'


def _escape_text(text: str) -> str:
    return escape(text).replace("\n", "<br>\n")


# Columns of the record tables: (heading, cell of a record).
TABLES: dict[str, list[tuple[str, Callable]]] = {
    "metrics": [
        ("figure", lambda m: m.span.text),
        ("value", lambda m: number(m.value)),
        ("previous", lambda m: None if m.previous is None else number(m.previous)),
        ("kind", lambda m: m.kind),
        ("unit", lambda m: m.unit),
        ("subject", lambda m: m.subject),
        ("qualifier", lambda m: m.qualifier),
        ("period", lambda m: m.period and m.period.span.text),
        ("organization", lambda m: m.organization),
    ],
    "officials": [
        ("name", lambda o: o.name.full),
        ("positions", lambda o: "; ".join(r.position for r in o.roles)),
        ("organization", lambda o: o.organization),
        ("mentions", lambda o: str(len(o.mentions))),
    ],
    "awards": [
        ("recipient", lambda a: a.recipient),
        ("rank", lambda a: a.rank and str(a.rank)),
        ("award", lambda a: a.award),
        ("contest", lambda a: a.contest),
        ("nomination", lambda a: a.nomination),
        ("category", lambda a: a.category),
    ],
    "dates": [
        ("date", lambda d: d.span.text),
        ("start", lambda d: d.start and d.start.isoformat()),
        ("end", lambda d: d.end and d.end.isoformat()),
        ("granularity", lambda d: d.granularity),
        ("relative", lambda d: "yes" if d.relative else ""),
    ],
    "quotes": [
        ("speaker", lambda q: q.speaker),
        ("role", lambda q: q.speaker_role),
        ("verb", lambda q: q.verb),
        ("kind", lambda q: q.kind),
        ("statement", lambda q: q.text),
    ],
}


def result_html(result: DocumentResult) -> str:
    """A whole result: a header, the highlighted text (when the result carries it), a legend and the record tables."""
    parts = [f"<style>{CSS}</style>", f'<div class="{SCOPE}">', _header_html(result)]
    if result.text is not None:
        parts += [legend_html(), highlight_html(result.text, result)]
    parts += [records_html(result), "</div>"]
    return "\n".join(parts)


register_html_renderer(result_html)  # a DocumentResult in a notebook shows as this


def _header_html(result: DocumentResult) -> str:
    published = result.published.start if result.published and result.published.start else "unknown"
    counts = ", ".join(f"{len(getattr(result, kind))} {kind}" for kind in TABLES)
    lines = [f"<b>{escape(result.doc_id)}</b>", f"published {published}", counts]
    if result.source:
        lines.insert(1, escape(result.source))
    warnings = "".join(f"<br>warning: {escape(w)}" for w in result.warnings)
    return f'<div class="pf-meta">{" · ".join(lines)}{warnings}</div>'


def legend_html() -> str:
    """One mark per kind of span, in its colour, with an example tooltip."""
    marks = "".join(
        f'<mark class="pf pf-{kind}" title="{escape(h.example)}">{escape(h.label)}</mark>' for kind, h in HIGHLIGHTS.items()
    )
    return f'<div class="pf-legend">{marks}</div>'


def records_html(result: DocumentResult) -> str:
    """Compact tables of the records, one per record type that has any."""
    tables = []
    for kind, columns in TABLES.items():
        records = getattr(result, kind)
        if not records:
            continue
        head = "".join(f"<th>{escape(name)}</th>" for name, _ in columns)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell(record) or '')}</td>" for _, cell in columns) + "</tr>" for record in records
        )
        tables.append(
            f'<table class="pf-records pf-{kind}"><caption>{kind}: {len(records)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    return "\n".join(tables) or "<p>no records</p>"
