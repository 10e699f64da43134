"""What the report says about a whole corpus: totals, metric series per unit, officials merged
across documents, awards grouped by contest. Pure functions of the results, no HTML here."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from ..schemas import Award, DocumentResult, Metric

RECORD_KINDS = ("metrics", "officials", "awards", "dates")


@dataclass(frozen=True)
class Entry:
    """A document of the report: its place in the results (1-based: anchors and labels) and its id."""

    number: int
    doc_id: str

    @property
    def anchor(self) -> str:
        # ids built from the number only: a doc_id never reaches an id or href attribute
        return f"doc-{self.number}"


@dataclass
class Totals:
    documents: int
    records: dict[str, int]  # per record kind
    with_warnings: int
    first_published: dt.date | None
    last_published: dt.date | None
    undated: int  # documents without a publication date


def count_totals(documents: list[DocumentResult]) -> Totals:
    days = [d.published.start for d in documents if d.published and d.published.start]
    return Totals(
        documents=len(documents),
        records={kind: sum(len(getattr(d, kind)) for d in documents) for kind in RECORD_KINDS},
        with_warnings=sum(bool(d.warnings) for d in documents),
        first_published=min(days, default=None),
        last_published=max(days, default=None),
        undated=len(documents) - len(days),
    )


# --- metrics over time ---------------------------------------------------------------------

DateSource = Literal["period", "published"]


@dataclass(frozen=True)
class Point:
    """One metric on a chart: when, how much, from which document."""

    day: dt.date | None  # None: neither a period start nor a publication date
    source: DateSource | None
    value: float
    entry: Entry
    metric: Metric


@dataclass
class UnitSeries:
    """The metrics of one chart: one unit, and one subject (or, without a subject, one kind):
    the "%" of vaccination coverage and the "%" of satisfied citizens are two charts."""

    unit: str
    topic: str | None = None  # the subject, else the kind; None: every metric of the unit
    points: list[Point] = field(default_factory=list)  # dated levels: what the chart plots
    undated: list[Point] = field(default_factory=list)  # levels with no date: listed under the chart
    changes: list[Point] = field(default_factory=list)  # differences ("увеличился на миллион"): not levels
    overflow: list[Point] = field(default_factory=list)  # dated levels beyond the chart's limit: a table

    @property
    def title(self) -> str:
        return f"{self.unit} — {self.topic}" if self.topic else self.unit


SeriesKey = tuple[str, str]  # (unit, subject or kind)


def series_key(metric: Metric) -> SeriesKey:
    """The chart a metric belongs on: its unit, and its subject (case and spacing ignored) or kind."""
    subject = " ".join((metric.subject or "").casefold().replace("ё", "е").split())
    return metric.unit, subject or metric.kind


def top_units(documents: list[DocumentResult], limit: int) -> list[str]:
    """The most frequent metric units, most frequent first (ties alphabetically)."""
    counts = Counter(m.unit for d in documents for m in d.metrics if m.unit)
    return [unit for unit, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def top_series(documents: list[DocumentResult], limit: int) -> list[SeriesKey]:
    """The most frequent (unit, subject or kind) pairs, most frequent first (ties alphabetically)."""
    counts = Counter(series_key(m) for d in documents for m in d.metrics if m.unit)
    return [key for key, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def metric_day(metric: Metric, result: DocumentResult) -> tuple[dt.date | None, DateSource | None]:
    """The day a metric is plotted at: its period's start when it has one, else the publication date."""
    if metric.period and metric.period.start:
        return metric.period.start, "period"
    if result.published and result.published.start:
        return result.published.start, "published"
    return None, None


def unit_series(documents: list[DocumentResult], keys: list[str | SeriesKey], *, limit: int | None = None) -> list[UnitSeries]:
    """The metrics of each series (a unit, or a (unit, subject or kind) pair), split into dated
    levels, undated levels and differences. With ``limit``, a chart keeps its ``limit`` latest
    points and the others go to ``overflow``."""
    series = {key: UnitSeries(key) if isinstance(key, str) else UnitSeries(*key) for key in keys}
    for number, result in enumerate(documents, start=1):
        entry = Entry(number, result.doc_id)
        for metric in result.metrics:
            target = series.get(metric.unit) or series.get(series_key(metric))
            if target is None:
                continue
            day, source = metric_day(metric, result)
            point = Point(day, source, float(metric.value), entry, metric)
            if metric.change:
                target.changes.append(point)
            elif day is None:
                target.undated.append(point)
            else:
                target.points.append(point)
    for one in series.values():
        if limit is not None and len(one.points) > limit:
            ordered = sorted(one.points, key=lambda p: (p.day, p.entry.number), reverse=True)
            one.points, one.overflow = ordered[:limit], ordered[limit:]
    return [series[key] for key in keys]


# --- officials across documents ------------------------------------------------------------


def normalize_name(full: str) -> str:
    """The key that merges one person across documents: case, ё, spacing and spaces in initials ignored.

    >>> normalize_name("Михин С. В.") == normalize_name("михин  С.В.")
    True
    """
    key = " ".join(full.casefold().replace("ё", "е").split())
    return re.sub(r"\.\s+(?=\w\.)", ".", key)


@dataclass
class Person:
    name: str  # as first written
    positions: list[str] = field(default_factory=list)  # "position, organization", distinct, in order
    entries: list[Entry] = field(default_factory=list)  # documents that mention the person
    quotes: list[tuple[Entry, str]] = field(default_factory=list)  # what the person said, by document


def merge_officials(documents: list[DocumentResult]) -> list[Person]:
    """One Person per normalized full name, most documents first (ties by name), with what each said."""
    people: dict[str, Person] = {}
    for number, result in enumerate(documents, start=1):
        entry = Entry(number, result.doc_id)
        for official in result.officials:
            person = people.setdefault(normalize_name(official.name.full), Person(official.name.full))
            if entry not in person.entries:
                person.entries.append(entry)
            for role in official.roles:
                position = ", ".join(filter(None, [role.position, role.organization]))
                if position not in person.positions:
                    person.positions.append(position)
        for quote in result.quotes:
            if quote.speaker is not None:
                speaker = people.setdefault(normalize_name(quote.speaker), Person(quote.speaker))
                speaker.quotes.append((entry, quote.text))
    return sorted(people.values(), key=lambda p: (-len(p.entries), normalize_name(p.name)))


# --- awards by contest, nomination and category -----------------------------------------


@dataclass
class AwardGroup:
    contest: str | None
    nomination: str | None
    category: str | None = None   # «Лучший МФЦ» in two size categories is two tables, not one
    awards: list[tuple[Award, Entry]] = field(default_factory=list)  # by rank, unranked last


def group_awards(documents: list[DocumentResult]) -> list[AwardGroup]:
    """Awards grouped by (contest, nomination, category), groups in order of first appearance."""
    groups: dict[tuple[str | None, str | None, str | None], AwardGroup] = {}
    for number, result in enumerate(documents, start=1):
        entry = Entry(number, result.doc_id)
        for award in result.awards:
            key = (award.contest, award.nomination, award.category)
            groups.setdefault(key, AwardGroup(*key)).awards.append((award, entry))
    for group in groups.values():
        group.awards.sort(key=lambda pair: (pair[0].rank is None, pair[0].rank or 0))  # stable: file order within a rank
    return list(groups.values())
