"""Properties of find_dates on arbitrary text: it never raises, and its output is always well formed."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressfacts.pipeline.dates import find_dates
from pressfacts.schemas import DateMention

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "1", "7", "20", "31", "2019", "2020", "1999", "0", "99", "3000",
    "января", "февраля", "марта", "мая", "мае", "май", "ноябре", "Сентябрь", "декабрем", "Марта",
    "году", "года", "год", "годы", "гг.", "г.", "г", "-м", "-го", "-", "–", "—",
    "с", "со", "по", "до", "в", "за", "и", "на", "конце", "ул.",
    "прошлом", "этом", "позапрошлом", "следующем", "прошлогоднего", "сегодня", "вчера", "неделе", "месяце",
    "полугодии", "квартал", "I", "IV", "первое", "третьем", "месяцев", "месяца", "полгода", "последние", "лет",
    "осенью", "зимой", "с.г.", "того же года", "человек", "Понедельник",
    ".", ",", ":", "08:19", "10.30", "16.01.2023", "2020-03-04", "(", "»", "«", " ", "  ", "\n", "\u00a0",
]
datelike = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
spaced = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join)
any_text = st.text(max_size=300)
published = st.none() | st.dates()
near_published = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


def check(text: str, when: dt.date | None) -> None:
    mentions = find_dates(text, when)
    end = -1
    for m in mentions:
        assert isinstance(m, DateMention)
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.start >= end, "overlapping or unsorted"
        end = m.span.end
        DateMention.model_validate(m.model_dump(), context={"text": text})
        if m.start and m.end:
            assert m.start <= m.end
        # only a range may leave one end open: "с 2014 года", "до 2030 года"
        assert (m.start is None) == (m.end is None) or m.granularity == "range"
    again = find_dates(text, when)
    assert [x.model_dump() for x in again] == [x.model_dump() for x in mentions]


@SETTINGS
@given(any_text, published)
def test_arbitrary_text(text, when):
    check(text, when)


@SETTINGS
@given(datelike, near_published)
def test_date_pieces(text, when):
    check(text, when)


@SETTINGS
@given(spaced, published)
def test_spaced_date_pieces_any_published(text, when):
    check(text, when)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=25).map(" ".join), near_published)
def test_pieces_mixed_with_noise(text, when):
    check(text, when)
