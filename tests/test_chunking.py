"""Long documents in chunks: where the cuts fall, spans shifted back, officials merged, and the
whole pipeline on a long text giving the records of its parts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

import pressfacts
from pressfacts.chunking import merge_officials, same_person, shift_spans, split_text
from pressfacts.cli import app
from pressfacts.schemas import DocumentResult, Official, PersonName, Role, Span

SECTION = "\n\n\n"  # joins the seed texts: a stronger break than any inside them


@pytest.mark.parametrize("text,max_chars,chunks", [
    ("Один два.", 100, ["Один два."]),                                             # short: one chunk
    ("Один два.", 9, ["Один два."]),                                               # exactly the limit
    ("Раз. Два.\n\nТри и четыре.", 16, ["Раз. Два.\n\n", "Три и четыре."]),       # a paragraph break
    ("Раз два.\nТри четыре пять.", 14, ["Раз два.\n", "Три четыре ", "пять."]),  # a line break, then a space
    ("Раз. Два три. Четыре", 14, ["Раз. Два три. ", "Четыре"]),                   # a sentence boundary
    ("Раз.\nДва.\n\nТри.\nЧетыре", 18, ["Раз.\nДва.\n\n", "Три.\nЧетыре"]),       # the blank line beats the later line break
    ("Раз.\n\nДва.\n\n\nТри.\n\nЧетыре", 19, ["Раз.\n\nДва.\n\n\n", "Три.\n\nЧетыре"]),  # a section break beats paragraphs
    ("Раз два три четыре", 8, ["Раз два ", "три ", "четыре"]),                     # no sentence break: whitespace
    ("1234567890", 4, ["1234", "5678", "90"]),                                     # no whitespace at all: hard cuts
    ("Раз.\n\n" + "а" * 20, 10, ["Раз.\n\n", "аааааааааа", "аааааааааа"]),        # a break in the first half only
])
def test_split_text(text, max_chars, chunks):
    bounds = split_text(text, max_chars)
    assert [text[a:b] for a, b in bounds] == chunks
    assert all(b - a <= max_chars for a, b in bounds)


@pytest.mark.parametrize("max_chars", [0, -5])
def test_split_text_needs_a_positive_limit(max_chars):
    with pytest.raises(ValueError, match="at least 1"):
        split_text("Раз.", max_chars)


def test_shift_spans_moves_every_span_however_deep():
    text = "Губернатор Андрей Бочаров вручил почётную грамоту. За 2019 год поступило 4,3 миллиона обращений."
    result = pressfacts.extract(text, published="2021-02-24")
    assert result.officials and result.metrics and result.metrics[0].period   # spans nested in records of records
    prefix = "Заголовок.\n\n"
    moved = shift_spans(result, len(prefix), prefix + text)
    moved.check_spans(prefix + text)
    spans = lambda r: [(s.start, s.text) for s in _all_spans(r)]  # noqa: E731
    assert spans(moved) == [(start + len(prefix), t) for start, t in spans(result)]
    assert len(spans(result)) > 5


def test_shift_spans_refuses_a_wrong_offset():
    with pytest.raises(ValidationError):
        shift_spans([Span(start=0, end=3, text="МФЦ")], 2, "Приехал в МФЦ")


def _all_spans(record) -> list[Span]:
    if isinstance(record, Span):
        return [record]
    if isinstance(record, list):
        return [s for item in record for s in _all_spans(item)]
    if hasattr(type(record), "model_fields"):
        return [s for name in type(record).model_fields for s in _all_spans(getattr(record, name))]
    return []


def _name(full: str) -> PersonName:
    parts = full.split()
    return PersonName(full=full, last=parts[-1], first=parts[0] if len(parts) > 1 else None)


@pytest.mark.parametrize("a,b,same", [
    ("Андрей Бочаров", "Андрей Бочаров", True),
    ("Андрей Бочаров", "Бочаров", True),                 # a surname-only mention in a later chunk
    ("Андрей Бочаров", "А. Бочаров", True),              # an initial
    ("Андрей Бочаров", "андрей бочаров", True),          # case
    ("Семён Демин", "Семен Демин", True),                # ё
    ("Андрей Бочаров", "Иван Бочаров", False),           # two people of one surname
    ("Андрей Бочаров", "Андрей Белов", False),
])
def test_same_person(a, b, same):
    assert same_person(_name(a), _name(b)) is same


def _official(full: str, start: int, roles: list[tuple[str, int]] = ()) -> Official:
    text = " " * start + full
    mention = Span.of(text, start, start + len(full))
    return Official(
        name=_name(full), name_span=mention, mentions=[mention],
        roles=[Role(position=p, position_span=Span(start=s, end=s + len(p), text=p)) for p, s in roles],
    )


def test_merge_officials_joins_mentions_and_roles_without_repeats():
    merged = merge_officials([
        _official("Бочаров", 10, [("губернатор", 0)]),
        _official("Дмитрий Разумовский", 40),
        _official("Андрей Бочаров", 100, [("губернатор", 90), ("председатель", 120)]),
        _official("Иван Бочаров", 200),   # the one earlier Бочаров is Андрей: another person
    ])
    assert [o.name.full for o in merged] == ["Андрей Бочаров", "Дмитрий Разумовский", "Иван Бочаров"]
    first = merged[0]
    assert [m.start for m in first.mentions] == [10, 100]
    assert first.name_span.start == 100                     # the full mention
    assert [r.position for r in first.roles] == ["губернатор", "председатель"]
    assert first.position == "губернатор"


def test_merge_officials_with_two_candidates_takes_the_same_full_name():
    merged = merge_officials([_official("Андрей Бочаров", 0), _official("Бочаров", 20), _official("Бочаров", 40)])
    assert [len(o.mentions) for o in merged] == [3]


# ---------------------------------------------------------------- the whole pipeline


def _comparable(records) -> list[dict]:
    return [r.model_dump(mode="json") for r in records]


def test_a_long_text_gives_the_records_of_its_parts(seeds):
    # Seeds of similar length, so that each chunk is exactly one seed: any two exceed the limit
    texts = sorted(seeds.values(), key=len)
    longest = max(len(t) for t in texts[:-1])
    parts = [t for t in texts if 2 * len(t) + len(SECTION) > longest + len(SECTION) and len(t) <= longest]
    assert len(parts) >= 3
    whole = SECTION.join(parts)
    max_chars = longest + len(SECTION)
    result = pressfacts.extract(whole, published="2023-01-16", max_chars=max_chars)
    result.check_spans(whole)
    assert len(split_text(whole, max_chars)) == len(parts)
    assert any("chunks" in w for w in result.warnings)

    offsets = [sum(len(t) + len(SECTION) for t in parts[:k]) for k in range(len(parts))]
    alone = [shift_spans(pressfacts.extract(t, published="2023-01-16"), o, whole) for t, o in zip(parts, offsets)]
    for kind in ("awards", "dates"):
        assert _comparable(getattr(result, kind)) == _comparable([r for a in alone for r in getattr(a, kind)]), kind
    # metrics and quotes: a figure's quote counts the quotes of the chunks before it
    before = [sum(len(b.quotes) for b in alone[:k]) for k in range(len(alone))]
    expected = [m.model_copy(update={"quote": None if m.quote is None else m.quote + n}) for a, n in zip(alone, before) for m in a.metrics]
    assert _comparable(result.metrics) == _comparable(expected)
    assert [(q.text_span, q.speaker) for q in result.quotes] == [(q.text_span, q.speaker) for a in alone for q in a.quotes]
    # officials: one record per person, with every mention any part found
    assert sorted(m.start for o in result.officials for m in o.mentions) == sorted(
        m.start for a in alone for o in a.officials for m in o.mentions
    )
    assert {o.name.full for o in result.officials} == {o.name.full for a in alone for o in a.officials}
    assert len({o.name.full for o in result.officials}) == len(result.officials)


def test_every_chunk_takes_the_first_chunks_publication_date():
    text = "16.01.2023\nЗа год поступило 5 обращений.\n\nВ прошлом году поступило 7 обращений."
    result = pressfacts.extract(text, max_chars=45)
    assert result.published.span.text == "16.01.2023"
    last_year = [d for d in result.dates if "прошлом" in d.span.text]
    assert last_year and last_year[0].start == dt.date(2022, 1, 1)


def test_a_later_chunk_never_gives_the_publication_date():
    text = "Без даты поступило 5 обращений.\n\n20.05.2021\nВ прошлом году поступило 7 обращений."
    result = pressfacts.extract(text, max_chars=50)
    assert result.published is None
    last_year = [d for d in result.dates if "прошлом" in d.span.text]
    assert last_year and last_year[0].start is None       # not resolved against a date of the body


def test_a_failing_chunk_costs_only_its_records(monkeypatch):
    nlp = pressfacts.load()

    def explode(doc):
        if "взрыв" in doc.text:
            raise RuntimeError("boom")
        return doc

    monkeypatch.setattr(nlp, "_components", [("bomb", explode), *nlp._components])
    text = "За 2019 год поступило 4,3 миллиона обращений.\n\nвзрыв"
    result = pressfacts.extract(text, max_chars=50)
    assert [m.value for m in result.metrics] == [4300000]
    assert any("processing failed" in w and "boom" in w for w in result.warnings)
    result.check_spans(text)


def test_the_command_line_option(tmp_path, seeds):
    path = tmp_path / "long.txt"
    text = SECTION.join(list(seeds.values())[:3])
    path.write_text(text, encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(path), "--max-chars", "2500", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    result = DocumentResult.model_validate(json.loads(lines[0]), context={"text": text})
    assert result.metrics and result.officials


def test_the_command_line_refuses_a_limit_below_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Текст.", encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(path), "--max-chars", "0"])
    assert run.exit_code == 2
