"""The schema's invariants: what the output contract forbids, the models reject."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from pressfacts.schemas import Award, DateMention, DocumentResult, Metric, Official, Span

TEXT = "Заместитель губернатора Дмитрий Разумовский"
NAME = {"start": 24, "end": 43, "text": "Дмитрий Разумовский"}
POSITION = {"start": 0, "end": 23, "text": "Заместитель губернатора"}
DAY = {"span": {"start": 0, "end": 0, "text": ""}, "granularity": "day"}


def metric(**fields):
    return {"span": NAME, "value": 1, "value_span": NAME, "kind": "count", **fields}


def award(**fields):
    return {"span": NAME, "recipient": "x", "recipient_span": NAME, "recipient_kind": "person", **fields}


@pytest.mark.parametrize(
    "model,data",
    [
        (Span, {"start": 5, "end": 2, "text": ""}),                       # start after end
        (Span, {"start": 0, "end": 3, "text": "ab"}),                     # text length differs
        (Span, {"start": -1, "end": 1, "text": "ab"}),                    # negative offset
        (DateMention, {**DAY, "start": "2020-05-31", "end": "2020-04-01"}),  # ends before it starts
        (DateMention, {**DAY, "start": "2020-02-30"}),                    # not a calendar date
        (DateMention, {**DAY, "month": 13}),
        (DateMention, {**DAY, "time": "8:19"}),                           # time is HH:MM
        (DateMention, {**DAY, "granularity": "week"}),
        (Metric, metric(kind="amount")),                                  # kind enum
        (Metric, metric(qualifier="about")),                              # qualifier enum
        (Metric, metric(value="много")),
        (Metric, metric(colour="red")),                                   # extra fields forbidden
        (Award, award(rank=0)),                                           # rank >= 1
        (Award, award(recipient_kind="team")),
        (Official, {"name": {"full": "X"}, "name_span": NAME, "position": "мэр"}),  # position without its role
    ],
)
def test_invalid_records_are_rejected(model, data):
    with pytest.raises(ValidationError):
        model.model_validate(data)


@pytest.mark.parametrize(
    "model,data",
    [
        (Span, {"start": 0, "end": 0, "text": ""}),
        (DateMention, {**DAY, "start": "2020-04-01", "end": "2020-05-31", "granularity": "range", "year": 2020}),
        (DateMention, {**DAY, "day": 7, "month": 9}),                     # year unknown: start/end null
        (Metric, metric(value=2.5, kind="ratio", unit="раз", qualifier="approx")),
        (Award, award(rank=1)),
    ],
)
def test_valid_records_are_accepted(model, data):
    model.model_validate(data)


def test_a_span_that_is_not_a_slice_of_the_text_is_rejected():
    official = {"name": {"full": "Дмитрий Разумовский"}, "name_span": NAME}
    DocumentResult.model_validate({"doc_id": "d", "officials": [official]}, context={"text": TEXT})
    shifted = {**official, "name_span": {**NAME, "start": 23, "end": 42}}
    with pytest.raises(ValidationError, match="original has"):
        DocumentResult.model_validate({"doc_id": "d", "officials": [shifted]}, context={"text": TEXT})


def test_official_flat_fields_repeat_the_first_role():
    official = Official.model_validate(
        {"name": {"full": "Дмитрий Разумовский"}, "name_span": NAME, "roles": [{"position": "заместитель губернатора", "position_span": POSITION}]}
    )
    assert official.position == "заместитель губернатора"
    assert official.position_span == official.roles[0].position_span


def test_output_is_utf8_json_not_ascii_escaped():
    line = DocumentResult(doc_id="д", warnings=["ошибка"]).to_json()
    assert "ошибка" in line and "\\u" not in line


def test_the_text_is_written_only_when_asked_for():
    result = DocumentResult(doc_id="d", text="Губернатор посетил МФЦ.")
    assert "text" not in json.loads(result.to_json())
    assert json.loads(result.to_json(include_text=True))["text"] == "Губернатор посетил МФЦ."
    assert DocumentResult.model_validate_json(result.to_json(include_text=True)) == result
