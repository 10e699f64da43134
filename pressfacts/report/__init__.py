"""``pressfacts report``: one static HTML page about a whole results file.

    from pressfacts.report import write_report
    outcome = write_report(Path("out.jsonl"), Path("report.html"))
    outcome.skipped   # the lines that could not be read, with their numbers

The page is self-contained (inline CSS, inline SVG charts, no network), in Russian, and every
value taken from the results is escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from . import sections
from .corpus import count_totals, group_awards, merge_officials, top_series, unit_series
from .loading import LineError, Results, read_results
from .template import page

TOP_UNITS = 8
MAX_POINTS = 150  # points on one chart; past that they cover each other, and the rest go to a table

__all__ = ["TOP_UNITS", "LineError", "Results", "read_results", "render_report", "write_report"]


def render_report(results: Results, *, name: str = "results", top: int = TOP_UNITS, folders: list[Path] | None = None) -> str:
    """The HTML page of these results. Source files are looked up in ``folders`` (default: the current one)."""
    documents = results.documents
    body = [
        sections.header(name, len(documents)),
        sections.totals_section(count_totals(documents), results.skipped),
        sections.metrics_section(unit_series(documents, top_series(documents, top), limit=MAX_POINTS), top, MAX_POINTS),
        sections.officials_section(people := merge_officials(documents)),
        sections.quotes_section(people),
        sections.awards_section(group_awards(documents)),
        sections.documents_section(documents, folders or [Path()]),
    ]
    return page(escape(f"Отчёт pressfacts: {name}"), "\n".join(body))


def write_report(results_path: Path, html_path: Path, *, top: int = TOP_UNITS) -> Results:
    """Read a results file, write its report; return what was read (``skipped``: the bad lines).

    A relative ``source`` is looked up from the current folder, then from the results file's.
    """
    results = read_results(results_path)
    folders = list(dict.fromkeys([Path(), results_path.parent]))  # relative stays relative in the page
    html_path.write_text(render_report(results, name=results_path.name, top=top, folders=folders), encoding="utf-8")
    return results
