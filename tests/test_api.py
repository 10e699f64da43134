from __future__ import annotations

import datetime as dt

import pytest

import pressfacts
from pressfacts import Document, DocumentResult


def test_extract_returns_a_document_result(seeds):
    text = seeds["002_1bb00443b302b56e"]
    result = pressfacts.extract(text, doc_id="002")
    assert isinstance(result, DocumentResult)
    assert result.doc_id == "002"
    assert result.published.start == dt.date(2023, 1, 16)   # the text's own dateline
    assert result.published.span.text == "16.01.2023"
    result.check_spans(text)


def test_a_given_publication_date_wins_over_the_text(seeds):
    result = pressfacts.extract(seeds["002_1bb00443b302b56e"], published="2024-05-20")
    assert result.published.start == dt.date(2024, 5, 20)
    assert result.published.span.text == ""


def test_extract_many_streams_in_input_order_and_loses_nothing(seeds):
    items = [
        seeds["000_5100cdfe7e332adf"],
        {"id": "dict", "text": seeds["001_cad042e2b87eea08"], "date": "2021-02-25", "url": "https://example.org/1"},
        {"id": "empty", "text": "   "},
        {"id": "no-text"},
        Document("object", seeds["004_add48beae54fc4ec"]),
    ]
    results = list(pressfacts.extract_many(items, published="2020-01-01", batch_size=2))
    assert [r.doc_id for r in results] == ["doc0", "dict", "empty", "no-text", "object"]
    assert results[1].source == "https://example.org/1"
    assert results[1].published.start == dt.date(2021, 2, 25)
    assert results[0].published.start == dt.date(2020, 1, 1)     # the default for items without a date
    assert results[2].warnings == ["empty document"]
    assert "no \"text\"" in results[3].warnings[0]
    assert results[4].warnings == []


def test_extract_many_is_lazy():
    def endless():
        while True:
            yield "Губернатор Андрей Бочаров посетил МФЦ."
    stream = pressfacts.extract_many(endless(), batch_size=2)
    assert [next(stream).doc_id for _ in range(3)] == ["doc0", "doc1", "doc2"]


def test_load_returns_the_spacy_pipeline_once():
    nlp = pressfacts.load()
    assert nlp is pressfacts.load()
    assert nlp.pipe_names[:4] == ["pressfacts_cleanup", "pressfacts_sentences", "pressfacts_morphology", "pressfacts_ner"]
    doc = nlp("Губернатор Андрей Бочаров посетил МФЦ.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Андрей Бочаров"]


def test_slovnet_morph_is_optional_and_tags_in_context():
    nlp = pressfacts.load(slovnet_morph=True)
    assert "pressfacts_slovnet_morph" in nlp.pipe_names
    assert "pressfacts_slovnet_morph" not in pressfacts.load().pipe_names
    doc = nlp("Дмитрий Разумовский отметил рост.")
    assert doc[1].pos_ == "PROPN"


def test_a_bad_published_date_is_an_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        pressfacts.extract("Текст.", published="вчера")  # 16.01.2023 is read, as in JSONL


def test_a_crashing_document_does_not_cost_its_batch(monkeypatch):
    nlp = pressfacts.load()
    component = nlp.get_pipe("pressfacts_cleanup")
    assert component is not None

    def explode(doc):
        if "взрыв" in doc.text:
            raise RuntimeError("boom")
        return doc

    monkeypatch.setattr(nlp, "_components", [("bomb", explode), *nlp._components])
    results = list(pressfacts.extract_many(["Текст один.", "взрыв", "Текст два."]))
    assert [r.warnings for r in results] == [[], ["processing failed: RuntimeError: boom"], []]
