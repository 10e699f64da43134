"""The sections of the report as HTML. Every value from the results goes through ``escape``."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from ..display import highlight_html, legend_html, records_html
from ..schemas import DocumentResult
from .charts import SOURCE_WORDS, LOG_SPAN, format_number, unit_chart
from .corpus import RECORD_KINDS, AwardGroup, Entry, Person, Point, Totals, UnitSeries
from .loading import LineError
from .texts import find_text

KIND_WORDS = {"metrics": "показатели", "officials": "должностные лица", "awards": "награды", "dates": "даты"}
NONE = "—"
# Bounds that keep the page of a night's crawl readable and small (2,000 documents: a few MB)
LIST_LIMIT = 15  # items of a list under a chart (undated, changes, points beyond the chart)
LINKS_LIMIT = 12  # document links in one cell (a person named in 300 documents)
DETAILED_DOCUMENTS = 200  # documents shown with their text and records; the others as one row each
SPEAKERS_LIMIT = 100  # people in the quotes section
QUOTES_LIMIT = 5  # quotes shown per person
QUOTE_CHARS = 300  # a longer statement is cut at a word


def _more(count: int) -> str:
    """The line that ends a cut list."""
    return f'<span class="more">… и ещё {count}</span>'


def _bounded(items: list[str], limit: int, separator: str = ", ") -> str:
    """Items that are already HTML, at most ``limit`` of them, then how many more there are."""
    shown = separator.join(items[:limit])
    return shown + (separator + _more(len(items) - limit) if len(items) > limit else "")


def _day(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else NONE


def _link(entry: Entry, text: str | None = None) -> str:
    return f'<a href="#{entry.anchor}">{escape(text or entry.doc_id)}</a>'


def _table(head: list[str], rows: list[list[str]], css: str = "data") -> str:
    """A table of cells that are already HTML."""
    header = "".join(f"<th>{escape(name)}</th>" for name in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def header(results_name: str, documents: int) -> str:
    return (
        f"<h1>Отчёт pressfacts</h1>"
        f'<p class="sub">Файл результатов: {escape(results_name)} · документов: {documents}</p>'
    )


def totals_section(totals: Totals, skipped: list[LineError]) -> str:
    if totals.first_published:
        dates = f"с {_day(totals.first_published)} по {_day(totals.last_published)}"
    else:
        dates = NONE
    if totals.undated:
        dates += f" (без даты публикации: {totals.undated})"
    rows = [
        ["Документов", str(totals.documents)],
        *[[KIND_WORDS[kind].capitalize(), str(totals.records[kind])] for kind in RECORD_KINDS],
        ["Документов с предупреждениями", str(totals.with_warnings)],
        ["Даты публикации", escape(dates)],
        ["Пропущено строк файла", str(len(skipped))],
    ]
    body = "".join(f"<tr><th>{escape(name)}</th><td>{value}</td></tr>" for name, value in rows)
    parts = ['<section id="totals"><h2>Сводка</h2>', f'<table class="data totals"><tbody>{body}</tbody></table>']
    if skipped:
        items = "".join(f'<li class="error">{escape(str(line))}</li>' for line in skipped)
        parts.append(f'<p class="note">Пропущенные строки:</p><ul class="skipped">{items}</ul>')
    parts.append("</section>")
    return "".join(parts)


def metrics_section(all_series: list[UnitSeries], top: int, max_points: int | None = None) -> str:
    limit = f" Не больше {max_points} последних точек на графике; остальные — в таблице под ним." if max_points else ""
    parts = [
        '<section id="metrics"><h2>Показатели во времени</h2>',
        f'<p class="note">Самые частые сочетания единицы измерения и предмета (до {top}), по графику на каждое; '
        "показатель без предмета — по его виду. "
        "Точка — показатель одного документа: наведите на неё, чтобы увидеть документ и слова текста, "
        f"щёлкните, чтобы перейти к документу.{limit}</p>",
    ]
    if not all_series:
        parts.append('<p class="note">Показателей нет.</p>')
    else:
        parts.append('<div class="charts">' + "".join(unit_figure(series) for series in all_series) + "</div>")
    parts.append("</section>")
    return "".join(parts)


def unit_figure(series: UnitSeries) -> str:
    """One series: its chart (when any point has a date), what the axes are, and the points it does not plot."""
    count = len(series.points) + len(series.overflow) + len(series.undated) + len(series.changes)
    topic = f' data-topic="{escape(series.topic)}"' if series.topic else ""
    parts = [f'<figure class="unit" data-unit="{escape(series.unit)}"{topic}><h3>{escape(series.title)} '
             f'<span class="meta">({count})</span></h3>']
    notes = []
    if series.points:
        chart = unit_chart(series)
        parts.append(chart.svg)
        notes.append(x_caption({p.source for p in series.points}))
        notes.append(
            f"y — значение, логарифмическая шкала: значения различаются больше чем в {format_number(LOG_SPAN)} раз."
            if chart.log else "y — значение."
        )
    else:
        notes.append("Нет точек с датой: график не построен.")
    parts.append(f"<figcaption>{' '.join(escape(note) for note in notes)}")
    parts.append(point_list(f"Не на графике (ранее {len(series.points)} показанных)", series.overflow, series.unit))
    parts.append(point_list("Без даты (ни периода, ни даты публикации)", series.undated, series.unit))
    parts.append(point_list("Изменения, а не уровни («увеличился на …»): на графике не показаны", series.changes, series.unit))
    parts.append("</figcaption></figure>")
    return "".join(parts)


def x_caption(sources: set) -> str:
    if sources == {"period"}:
        return f"x — {SOURCE_WORDS['period']} показателя (●)."
    if sources == {"published"}:
        return f"x — {SOURCE_WORDS['published']} документа (○): у этих показателей нет периода."
    return f"x — {SOURCE_WORDS['period']} показателя (●), а если периода нет — {SOURCE_WORDS['published']} документа (○)."


def point_list(title: str, points: list[Point], unit: str) -> str:
    """Points as list items, at most LIST_LIMIT, with their date when they have one."""
    if not points:
        return ""
    items = [
        f"<li>{_link(p.entry)}{' (' + _day(p.day) + ')' if p.day else ''}: {escape(format_number(p.value))} {escape(unit)}"
        f" — «{escape(p.metric.span.text)}»</li>"
        for p in points
    ]
    more = f"<li>{_more(len(items) - LIST_LIMIT)}</li>" if len(items) > LIST_LIMIT else ""
    return f'<div class="undated">{escape(title)}:<ul>{"".join(items[:LIST_LIMIT])}{more}</ul></div>'


def officials_section(people: list[Person]) -> str:
    parts = ['<section id="officials"><h2>Должностные лица</h2>']
    if not people:
        parts.append('<p class="note">Должностных лиц нет.</p>')
    else:
        parts.append('<p class="note">Один человек — одна строка: одинаковые полные имена из разных документов объединены.</p>')
        rows = [
            [
                escape(person.name),
                "<br>".join(escape(position) for position in person.positions) or NONE,
                str(len(person.entries)),
                _bounded([_link(entry) for entry in person.entries], LINKS_LIMIT),
            ]
            for person in people
        ]
        parts.append(_table(["Имя", "Должности", "Документов", "Документы"], rows, "data officials"))
    parts.append("</section>")
    return "".join(parts)


def quotes_section(people: list[Person]) -> str:
    """What each official said: the people with quotes, most quotes first, each bounded."""
    speakers = sorted((p for p in people if p.quotes), key=lambda p: -len(p.quotes))
    parts = ['<section id="quotes"><h2>Цитаты</h2>']
    if not speakers:
        parts.append('<p class="note">Цитат нет.</p>')
    for person in speakers[:SPEAKERS_LIMIT]:
        items = [f"<li>«{escape(_cut(text))}» — {_link(entry)}</li>" for entry, text in person.quotes]
        more = f"<li>{_more(len(items) - QUOTES_LIMIT)}</li>" if len(items) > QUOTES_LIMIT else ""
        parts.append(f'<h3>{escape(person.name)}</h3><ul class="quotes">{"".join(items[:QUOTES_LIMIT])}{more}</ul>')
    if len(speakers) > SPEAKERS_LIMIT:
        parts.append(f"<p>{_more(len(speakers) - SPEAKERS_LIMIT)}</p>")
    parts.append("</section>")
    return "".join(parts)


def _cut(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


def awards_section(groups: list[AwardGroup]) -> str:
    parts = ['<section id="awards"><h2>Награды</h2>']
    if not groups:
        parts.append('<p class="note">Наград нет.</p>')
    for group in groups:
        title = f"{group.contest or 'Конкурс не указан'} — {group.nomination or 'без номинации'}"
        if group.category:
            title += f" — категория «{group.category}»"
        rows = [
            [
                str(award.rank) if award.rank else NONE,
                escape(award.recipient),
                escape(award.award or NONE),
                _link(entry),
            ]
            for award, entry in group.awards
        ]
        parts.append(
            f'<div class="award-group"><h3>{escape(title)}</h3>'
            + _table(["Место", "Получатель", "Награда", "Документ"], rows, "data awards")
            + "</div>"
        )
    parts.append("</section>")
    return "".join(parts)


def documents_section(documents: list[DocumentResult], folders: list[Path]) -> str:
    """The first DETAILED_DOCUMENTS documents with their text and records; the others one row each."""
    parts = [
        '<section id="documents"><h2>Документы</h2>',
        '<p><button type="button" id="open-all">Развернуть все</button>'
        '<button type="button" id="close-all">Свернуть все</button></p>',
    ]
    if not documents:
        parts.append('<p class="note">Документов нет.</p>')
    for number, result in enumerate(documents[:DETAILED_DOCUMENTS], start=1):
        parts.append(document_details(Entry(number, result.doc_id), result, folders))
    rest = documents[DETAILED_DOCUMENTS:]
    if rest:
        parts.append(
            f'<p class="note">Ещё {len(rest)} документов — по строке на документ, без текста: '
            "записи документа покажет <code>pressfacts show РЕЗУЛЬТАТЫ --doc ID</code>.</p>"
        )
        rows = "".join(document_row(Entry(number, result.doc_id), result)
                       for number, result in enumerate(rest, start=DETAILED_DOCUMENTS + 1))
        head = "".join(f"<th>{name}</th>" for name in ("№", "Документ", "Опубликован", *(KIND_WORDS[k].capitalize() for k in RECORD_KINDS), "Предупреждения"))
        parts.append(f'<table class="data documents"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
    parts.append("</section>")
    return "".join(parts)


def document_row(entry: Entry, result: DocumentResult) -> str:
    """A document as one table row; its id is the anchor the charts and tables link to."""
    published = result.published.start if result.published else None
    cells = [str(entry.number), escape(result.doc_id), _day(published),
             *(str(len(getattr(result, kind))) for kind in RECORD_KINDS), str(len(result.warnings))]
    return f'<tr id="{entry.anchor}">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def document_details(entry: Entry, result: DocumentResult, folders: list[Path]) -> str:
    """A document: its numbers in the summary; its metadata, highlighted text and records inside."""
    counts = ", ".join(f"{KIND_WORDS[kind]}: {len(getattr(result, kind))}" for kind in RECORD_KINDS)
    published = result.published.start if result.published else None
    meta = [f"источник: {result.source or NONE}", f"опубликован: {_day(published)}"]
    parts = [
        f'<details class="document" id="{entry.anchor}"><summary><h3>{entry.number}. {escape(result.doc_id)}</h3> '
        f'<span class="meta">{escape(counts)}</span></summary>',
        f'<p class="meta">{escape(" · ".join(meta))}</p>',
    ]
    parts += [f'<p class="warning">предупреждение: {escape(warning)}</p>' for warning in result.warnings]
    found = find_text(result, folders)
    if found.text is None:
        parts.append(f'<p class="note no-text">Текст не показан: {escape(found.origin)}.</p>')
    else:
        parts.append(f'<p class="note">{escape(found.origin)}; выделены все найденные отрезки:</p>')
        parts.append(f'<div class="pressfacts-display">{legend_html()}</div>')
        parts.append(highlight_html(found.text, result))
    parts.append(f'<div class="pressfacts-display">{records_html(result)}</div>')
    parts.append("</details>")
    return "".join(parts)
