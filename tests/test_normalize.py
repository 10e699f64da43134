"""The quantities and dates components inside the pipeline: span extensions, metadata left out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,figures",
    [
        ("За 6 месяцев предоставлено порядка 320 тысяч услуг.", [("320 тысяч", 320000, "approx")]),
        ("Колл-центр был расширен с 6 до 54 линий.", [("с 6 до 54", 54, "exact")]),
        ("Охват населения составляет 97%, а в центрах более 230 видов услуг.", [("97%", 97, "exact"), ("230", 230, "more_than")]),
        ("Офис на ул. Николая Отрады, 26а стал 50-м филиалом.", []),
    ],
)
def test_quantities_on_spans(nlp, text, figures):
    doc = nlp(text)
    got = [(s.text, s._.value, s._.quantity.qualifier) for s in doc.spans["quantities"]]
    assert got == figures


def test_ordinals_on_spans(nlp):
    doc = nlp("Офис стал 50-м филиалом, лауреат 1 степени.")
    assert [(s.text, s._.ordinal.value) for s in doc.spans["ordinals"]] == [("50-м", 50), ("1", 1)]


def test_header_dates_are_metadata_not_dates(nlp, seeds):
    doc = nlp(seeds["001_cad042e2b87eea08"])
    assert str(doc._.published.start) == "2021-02-24" and doc._.published_from == "header"
    assert [d.span.text for d in doc._.dates] == ["Сегодня", "Сегодня", "2020 году"]
    assert all(d.start.isoformat() == "2021-02-24" for d in doc._.dates[:2])


def test_a_dateline_is_metadata_a_first_sentence_date_is_text(nlp, seeds):
    dateline = nlp(seeds["002_1bb00443b302b56e"])
    assert dateline._.published_from == "dateline"
    assert "16.01.2023" not in [d.span.text for d in dateline._.dates]
    assert "20 мая, Понедельник" not in [d.span.text for d in dateline._.dates]     # the site banner
    body = nlp(seeds["003_0688055b2f096a1c"])
    assert body._.published_from == "text"
    assert body._.dates[0].span.text == "4 марта 2020 г."


def test_relative_dates_follow_a_given_publication_date(nlp):
    import pressfacts
    result = pressfacts.extract("В прошлом году открыт центр, в ноябре — второй.", published="2023-01-16")
    assert [(d.span.text, str(d.start), str(d.end), d.relative) for d in result.dates] == [
        ("прошлом году", "2022-01-01", "2022-12-31", True),
        ("ноябре", "2022-11-01", "2022-11-30", True),
    ]


def test_date_spans_carry_their_records(nlp, seeds):
    doc = nlp(seeds["004_add48beae54fc4ec"])
    assert [s._.date for s in doc.spans["dates"]] == doc._.dates
