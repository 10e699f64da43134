"""Inline SVG charts of one metric unit over time, drawn in Python: no script, no network.

The scale rules are small pure functions (tested as a table): a single point or equal values
still get a readable axis, and values spanning more than three orders of magnitude go on a
log scale.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from html import escape

from .corpus import Point, UnitSeries

LOG_SPAN = 1000  # max / min above this: a log scale (more than three orders of magnitude)
SINGLE_DAY_PAD = 183  # days either side of a chart whose points share one day
MAX_TICKS = 7

# Geometry of one chart, in SVG user units (the SVG scales to its box).
WIDTH, HEIGHT = 560, 250
LEFT, RIGHT, TOP, BOTTOM = 64, 18, 16, 30
RADIUS = 4.5
FONT = 11  # label font size
CHAR_WIDTH = 6.6  # a generous average glyph width at FONT, for collision boxes
LABEL_LENGTH = 9  # visible labels are doc ids cut to this many characters


# --- numbers -------------------------------------------------------------------------------


def format_number(value: float) -> str:
    """A value the Russian way: thin spaces between thousands, a decimal comma.

    >>> format_number(2900000), format_number(2.5), format_number(-0.125)
    ('2\\u202f900\\u202f000', '2,5', '-0,125')
    """
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


COMPACT = ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))


def compact_number(value: float) -> str:
    """A short tick label.

    >>> compact_number(2900000), compact_number(240000), compact_number(0.5)
    ('2,9 млн', '240 тыс.', '0,5')
    """
    for size, word in COMPACT:
        if abs(value) >= size:
            return f"{format_number(round(value / size, 2))} {word}"
    return format_number(value)


# --- the value axis ------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueScale:
    lo: float
    hi: float
    log: bool
    ticks: tuple[float, ...]

    def fraction(self, value: float) -> float:
        """0 at the bottom of the axis, 1 at the top."""
        if self.log:
            return (math.log10(value) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        return (value - self.lo) / (self.hi - self.lo)


def uses_log(values: list[float]) -> bool:
    """A log scale when every value is positive and they span more than LOG_SPAN."""
    return bool(values) and min(values) > 0 and max(values) / min(values) > LOG_SPAN


def nice_step(span: float, count: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) cutting ``span`` into about ``count`` parts."""
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * 0.999)


def value_scale(values: list[float]) -> ValueScale:
    """The y axis for these values: round ends and ticks; zero included on a linear scale."""
    if uses_log(values):
        lo = 10 ** math.floor(math.log10(min(values)))
        hi = 10 ** math.ceil(math.log10(max(values)))
        exponents = range(round(math.log10(lo)), round(math.log10(hi)) + 1)
        stride = math.ceil(len(exponents) / MAX_TICKS)
        return ValueScale(lo, hi, True, tuple(10.0**e for e in exponents[::stride]))
    lo, hi = min([0.0, *values]), max([0.0, *values])
    if lo == hi:  # no values, or all zero
        hi = 1.0
    step = nice_step(hi - lo)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    ticks = tuple(round(lo + i * step, 10) for i in range(round((hi - lo) / step) + 1))
    return ValueScale(lo, hi, False, ticks)


# --- the date axis -------------------------------------------------------------------------


@dataclass(frozen=True)
class DateScale:
    lo: dt.date
    hi: dt.date
    ticks: tuple[tuple[dt.date, str], ...]

    def fraction(self, day: dt.date) -> float:
        return (day - self.lo).days / (self.hi - self.lo).days


def date_scale(days: list[dt.date]) -> DateScale:
    """The x axis for these days, padded so that no point sits on an edge; one day is centred."""
    first, last = min(days), max(days)
    span = (last - first).days
    pad = SINGLE_DAY_PAD if span == 0 else max(15, round(span * 0.06))
    lo, hi = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    return DateScale(lo, hi, tuple(date_ticks(lo, hi)))


def date_ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    """Round dates between lo and hi: years on a long axis, months on a shorter one, else days."""
    span = (hi - lo).days
    if span > 3 * 365:
        years = range(lo.year + 1, hi.year + 1)
        stride = math.ceil(len(years) / MAX_TICKS)
        return [(dt.date(year, 1, 1), str(year)) for year in years[::stride]]
    if span > 90:
        months = range(lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month)  # year * 12 + month - 1
        firsts = [day for day in (dt.date(m // 12, m % 12 + 1, 1) for m in months) if lo <= day <= hi]
        stride = next(s for s in (1, 2, 3, 6, 12, 24) if len(firsts[::s]) <= MAX_TICKS - 2)
        return [(day, day.strftime("%m.%Y")) for day in firsts[::stride]]
    step = span / 4
    days = [lo + dt.timedelta(days=round(step * i)) for i in range(1, 4)]
    return [(day, day.strftime("%d.%m.%Y")) for day in days]


# --- labels that do not collide ------------------------------------------------------------

Box = tuple[float, float, float, float]  # left, top, right, bottom


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(anchors: list[tuple[float, float]], texts: list[str], area: Box) -> list[tuple[float, float, str] | None]:
    """Where each point's label goes, (x, y, text-anchor), or None when there is no room.

    Tries above, below, right and left of its point; a label must stay inside ``area`` and
    clear every point and every label already placed.
    """
    obstacles: list[Box] = [(x - RADIUS, y - RADIUS, x + RADIUS, y + RADIUS) for x, y in anchors]
    placed: list[tuple[float, float, str] | None] = []
    for (x, y), text in zip(anchors, texts):
        width = len(text) * CHAR_WIDTH
        candidates = [
            (x, y - RADIUS - 4, "middle"),
            (x, y + RADIUS + FONT + 2, "middle"),
            (x + RADIUS + 3, y + FONT / 3, "start"),
            (x - RADIUS - 3, y + FONT / 3, "end"),
        ]
        spot = None
        for lx, ly, anchor in candidates:
            left = {"middle": lx - width / 2, "start": lx, "end": lx - width}[anchor]
            box = (left, ly - FONT + 1, left + width, ly + 2)
            inside = area[0] <= box[0] and box[2] <= area[2] and area[1] <= box[1] and box[3] <= area[3]
            if inside and not any(_overlap(box, other) for other in obstacles):
                spot = (lx, ly, anchor)
                obstacles.append(box)
                break
        placed.append(spot)
    return placed


def dodge(anchors: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points drawn at the very same place moved apart sideways, so that each can be seen and hovered.

    >>> dodge([(10, 5), (10, 5), (10, 5), (20, 5)])
    [(10, 5), (22.0, 5), (-2.0, 5), (20, 5)]
    """
    seen: dict[tuple[float, float], int] = {}
    moved = []
    for x, y in anchors:
        n = seen[(x, y)] = seen.get((x, y), -1) + 1
        # 0, +1, -1, +2, -2 ... diameters plus a little
        shift = 0 if n == 0 else (1 if n % 2 else -1) * ((n + 1) // 2) * (2 * RADIUS + 3)
        moved.append((x + shift, y) if shift else (x, y))
    return moved


def short_label(doc_id: str) -> str:
    """A doc id short enough to sit beside a point.

    >>> short_label("003_0688055b2f096a1c"), short_label("doc7")
    ('003_0688…', 'doc7')
    """
    return doc_id if len(doc_id) <= LABEL_LENGTH else doc_id[: LABEL_LENGTH - 1] + "…"


# --- the chart -----------------------------------------------------------------------------

SOURCE_WORDS = {"period": "начало периода", "published": "дата публикации"}


@dataclass(frozen=True)
class Chart:
    svg: str
    log: bool


def point_title(point: Point, unit: str) -> str:
    """The tooltip of a point: document, date and where it comes from, value, the words of the text."""
    when = f"{point.day.strftime('%d.%m.%Y')} ({SOURCE_WORDS[point.source]})" if point.day else "без даты"
    return f"{point.entry.doc_id} · {when} · {format_number(point.value)} {unit} · «{point.metric.span.text}»"


def unit_chart(series: UnitSeries) -> Chart:
    """The chart of one unit's dated points; filled dots are dated by their period, hollow ones by publication."""
    points = sorted(series.points, key=lambda p: (p.day, p.value))
    ys = value_scale([p.value for p in points])
    xs = date_scale([p.day for p in points])
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM

    def x_of(day: dt.date) -> float:
        return round(LEFT + xs.fraction(day) * (right - LEFT), 1)

    def y_of(value: float) -> float:
        return round(bottom - ys.fraction(value) * (bottom - TOP), 1)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(series.unit)}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="{FONT}">'
    ]
    for tick in ys.ticks:
        y = y_of(tick)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{right}" y1="{y}" y2="{y}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4}" text-anchor="end">{escape(compact_number(tick))}</text>')
    for day, label in xs.ticks:
        x = x_of(day)
        parts.append(f'<line class="tickmark" x1="{x}" x2="{x}" y1="{bottom}" y2="{bottom + 4}"/>')
        parts.append(f'<text class="tick" x="{x}" y="{bottom + 17}" text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<path class="axis" d="M{LEFT} {TOP} V{bottom} H{right}"/>')
    anchors = dodge([(x_of(p.day), y_of(p.value)) for p in points])
    labels = place_labels(anchors, [short_label(p.entry.doc_id) for p in points], (LEFT + 2, 0, WIDTH, bottom - 2))
    for point, (x, y), label in zip(points, anchors, labels):
        parts.append(
            f'<a href="#{point.entry.anchor}"><circle class="point {point.source}" cx="{x}" cy="{y}" r="{RADIUS}">'
            f"<title>{escape(point_title(point, series.unit))}</title></circle></a>"
        )
        if label:
            lx, ly, anchor = label
            parts.append(f'<text class="label" x="{lx}" y="{ly}" text-anchor="{anchor}">{escape(short_label(point.entry.doc_id))}</text>')
    parts.append("</svg>")
    return Chart("".join(parts), ys.log)
