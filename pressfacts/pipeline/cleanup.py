"""Cleanup: find page boilerplate and the publication date, without changing a character.

Scraped pages keep their navigation and metadata lines ("top of page", "Поиск",
"1 просмотр0 комментариев", "Posted 24 февраля 2021, 08:19"). They are marked as spans in
``doc.spans["boilerplate"]`` for the extractors to skip; the text itself, and so every offset,
stays as it came. The publication date goes to ``doc._.published`` unless the input gave one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.schemas import DateMention, Span

from .extensions import text_of  # importing it registers every extension
from .dateline import find_full_dates

# Whole lines that are page furniture, not press release text.
BOILERPLATE_LINES = [
    re.compile(r"(top|bottom) of page", re.I),                        # top of page
    re.compile(r"(Поиск|Search|Меню|Смотреть все|Недавние посты|Читайте также|Поделиться)", re.I),
    re.compile(r"\d+\s*просмотр\w*\s*\d+\s*комментари\w*", re.I),    # 1 просмотр0 комментариев
    re.compile(r"(Posted|Published|Modified|Updated|Опубликовано|Обновлено|Дата публикации)\b.*", re.I),
    re.compile(r"[0-3]?\d\s+\w+,\s*(Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)", re.I),  # 20 мая, Понедельник
]
# Lines that are boilerplate only in the page header, where site menus and addresses sit.
HEADER_LINES = [
    re.compile(r"[•·▪►]\s*\S+(\s+\S+){0,2}"),                         # • МФЦ  (a menu item)
    re.compile(r"г\.\s*\w+,\s*(ул|пр|пл|пер)\.\s*.+"),                # г. Калуга, ул. Марата 10
]
HEADER_SIZE = 8  # lines
RUNNING_TEXT = re.compile(r"[.:!?]\s*$")   # a line that ends a sentence or opens a list

# A metadata line that gives the publication date.
PUBLISHED_LINE = re.compile(r"(Posted|Published|Опубликовано|Дата публикации)\b", re.I)
DATELINE_REST = re.compile(r"[\s,.;:–—-]*")  # what may stand around a date on a dateline

def lines(text: str):
    """(start, end) of every non-empty line, its outer whitespace left out."""
    for m in re.finditer(r"[^\n]+", text):
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        end = m.end() - (len(m[0]) - len(m[0].rstrip()))
        if start < end:
            yield start, end


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are page furniture."""
    found = []
    header = True     # the page header ends at its size, or at the first line of running text
    for number, (start, end) in enumerate(lines(text)):
        line = text[start:end]
        header = header and number < HEADER_SIZE
        patterns = BOILERPLATE_LINES + (HEADER_LINES if header else [])
        if any(p.fullmatch(line) for p in patterns):
            found.append((start, end))
        elif RUNNING_TEXT.search(line):
            header = False   # "Победители:" then "• Анна Ким": a list of the text, no menu
    return found


def find_published(text: str) -> tuple[DateMention, str] | None:
    """The publication date printed in the text, and where it came from.

    A "Posted/Published" header line first, then a line that is only a date (a dateline),
    then the first full date in the first lines of the text.
    """
    header = [(s, e) for n, (s, e) in enumerate(lines(text)) if n < HEADER_SIZE]
    candidates = []
    for start, end in header:
        line = text[start:end]
        dates = list(find_full_dates(line))
        if not dates:
            continue
        first = dates[0]
        if PUBLISHED_LINE.match(line):
            candidates.append((0, start, first, "header"))
        elif DATELINE_REST.fullmatch(line[: first.start] + line[first.end :]):
            candidates.append((1, start, first, "dateline"))
        elif not any(p.fullmatch(line) for p in BOILERPLATE_LINES):
            candidates.append((2, start, first, "text"))
    if not candidates:
        return None
    _, line_start, found, origin = min(candidates, key=lambda c: (c[0], c[1]))
    span = Span.of(text, line_start + found.start, line_start + found.end)
    mention = DateMention(
        span=span, start=found.date, end=found.date, granularity="day",
        year=found.date.year, month=found.date.month, day=found.date.day, time=found.time,
    )
    return mention, origin


@Language.component("pressfacts_cleanup", assigns=["doc.spans", "doc._.published"])
def clean_up(doc: Doc) -> Doc:
    """Mark boilerplate lines and find the publication date, unless the input gave one."""
    text = text_of(doc)
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in find_boilerplate(text)]
    doc.spans["boilerplate"] = [s for s in spans if s is not None]
    # published_from set without a date: the input said there is none (a later chunk of a long text)
    if doc._.published is None and doc._.published_from is None and (found := find_published(text)):
        doc._.published, doc._.published_from = found
    return doc
