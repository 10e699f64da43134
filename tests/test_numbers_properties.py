"""Properties of the number normalizer that hold for any text: it never raises, its spans are
slices of the input, sorted and apart, and it reads the same text the same way every time."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pressfacts.pipeline import numbers
from pressfacts.pipeline.numbers import find_ordinals, find_quantities

FAST = settings(max_examples=200, deadline=None)

# Characters that figures are written with
NUMBERISH = st.text(alphabet="0123456789 \u00a0\u2009\u202f,.-–—+−%:/№()\n", max_size=60)

# Pieces of press-release phrasing around figures, glued by the separators below
PIECES = [
    "0", "1", "2", "5", "7", "10", "12", "20", "26а", "35", "100", "148", "240", "2020", "2019", "900", "000",
    "2,9", "2.5", "2.0", "-5", "+3,2", "16.01.2023", "08:19", "100-00-00", "131-ФЗ", "50-м", "2-х", "5-ти",
    "один", "одна", "одно", "одной", "два", "двух", "трёх", "трех", "двадцать", "пять", "сто", "ста",
    "сорок", "девяноста", "двести", "тридцать", "полтора", "полторы", "одиннадцати", "трое", "ноль",
    "тысяча", "тысячи", "тысяч", "тысячу", "миллион", "миллиона", "миллионов", "млн", "млн.", "тыс.",
    "млрд", "трлн", "полмиллиона", "пол-миллиона", "%", "процентов", "раза", "раз", "в", "вдвое",
    "десятикратный", "10-кратный", "более", "более чем", "не менее", "не более", "около", "почти",
    "порядка", "до", "с", "от", "по", "и", "с половиной", "с лишним", "году", "года", "г.", "год",
    "сентября", "мая", "ул.", "Марата", "д.", "№", "место", "степени", "полугодии", "квартал", "I", "IV",
    "XXI", "первый", "четвертый", "из", "МФЦ", "обращений", "человек", "–", "—", "-", "(", ")", "«", "»",
]
SEPARATORS = st.sampled_from(["", " ", " ", " ", "\u00a0", "\u2009", "\u202f", "\n", ", ", "-", ".", "\n\n"])
PHRASES = st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), max_size=14).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)

TEXTS = st.one_of(st.text(max_size=200), NUMBERISH, PHRASES)


def read_fresh(text: str) -> tuple[list, list]:
    """Both readings, computed anew (not from the cache the two functions share)."""
    numbers._read.cache_clear()
    return find_quantities(text), find_ordinals(text)


def check_spans(text: str, found: list) -> None:
    for item in found:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:])), found


@FAST
@given(st.text())
def test_any_text(text):
    quantities, ordinals = read_fresh(text)
    check_spans(text, quantities)
    check_spans(text, ordinals)


@FAST
@given(NUMBERISH)
def test_numberish_text(text):
    quantities, ordinals = read_fresh(text)
    check_spans(text, quantities)
    check_spans(text, ordinals)


@FAST
@given(PHRASES)
def test_phrases(text):
    quantities, ordinals = read_fresh(text)
    check_spans(text, quantities)
    check_spans(text, ordinals)


@FAST
@given(TEXTS)
def test_fields(text):
    quantities, ordinals = read_fresh(text)
    for q in quantities:
        assert q.kind in ("number", "percent", "ratio")
        assert q.qualifier in ("exact", "approx", "more_than", "less_than")
        assert (q.qualifier == "exact") == (q.qualifier_start is None)
        assert q.qualifier_start is None or 0 <= q.qualifier_start < len(text)
        for value in (q.value, q.low):
            assert value is None or type(value) in (int, float)
            assert value is None or math.isfinite(value)
        assert type(q.value) is int or q.value != int(q.value)  # int when integral
    for o in ordinals:
        assert type(o.value) is int and o.value >= 0
    assert not any(q.start < o.end and o.start < q.end for q in quantities for o in ordinals)


@FAST
@given(TEXTS)
def test_deterministic(text):
    assert read_fresh(text) == read_fresh(text)
    assert (find_quantities(text), find_ordinals(text)) == read_fresh(text)  # the cached reading too


@FAST
@given(PHRASES, PHRASES)
def test_context_after_a_paragraph_break(before, after):
    """A paragraph break ends every reading: what follows it is read the same alone."""
    text = before + "\n\n" + after
    quantities = [q for q in find_quantities(text) if q.start >= len(before) + 2]
    alone = find_quantities(after)
    shifted = [q._replace(start=q.start - len(before) - 2, end=q.end - len(before) - 2,
                          qualifier_start=None if q.qualifier_start is None else q.qualifier_start - len(before) - 2)
               for q in quantities]
    assert [q for q in shifted if q.start > 0] == [q for q in alone if q.start > 0]
