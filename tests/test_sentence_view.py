"""The shared sentence view: built once per sentence, the same words for every extractor."""

from __future__ import annotations

import pytest

from pressfacts.extractors.awards.view import SentenceView as AwardsView
from pressfacts.extractors.metrics.grammar import SentenceView as MetricsView
from pressfacts.pipeline.sentence_view import pair_quotes, sentence_view
from pressfacts.pipeline.sentences import sentences


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp("Почётной грамотой «За вклад в «Развитие»» награждена директор МФЦ Анна Ким.  "
               "В МФЦ поступило 240 тысяч обращений, тогда как в 2023 году их было 200 тысяч.")


def test_the_view_is_built_once_and_shared(doc):
    first, second = sentences(doc)[:2]
    assert sentence_view(first) is sentence_view(first)
    awards, metrics = AwardsView.of(first), MetricsView.of(first, [])
    assert awards.words is metrics.words is sentence_view(first).words   # one list, not a copy
    assert awards.quotes is sentence_view(first).quotes
    assert sentence_view(second) is not sentence_view(first)


def test_what_the_view_knows(doc):
    first, second = sentences(doc)[:2]
    view = sentence_view(first)
    assert all(not t.is_space for t in view.words)
    texts = [t.text for t in view.words]
    opening = texts.index("«")
    assert texts[view.quotes[opening]] == "»" and view.quotes[opening] == len(texts) - 7
    assert ("PER", "Анна Ким") in {(label, view.text(s, e)) for s, e, label in view.entities}
    assert view.entity_ends("PER") and not view.entity_ends("LOC")
    second_view = sentence_view(second)
    comma = [t.text for t in second_view.words].index(",")
    assert second_view.clause(0, 1) == (0, comma)
    assert second_view.clause_index(comma + 1) == 1


def test_extractor_views_add_their_own(doc):
    first = sentences(doc)[0]
    awards = AwardsView.of(first)
    assert awards.blocked == set() and awards.names
    awards.blocked.add(0)
    assert AwardsView.of(first).blocked == set()   # state of one reading is not shared
    metrics = MetricsView.of(first, [(0, 8)])
    assert metrics.in_date[0] and not metrics.in_date[-1]


@pytest.mark.parametrize("texts,pairs", [
    (["«", "а", "»"], {0: 2}),
    (["«", "а", "«", "б", "»", "»"], {2: 4, 0: 5}),
    (["„", "а", "“"], {0: 2}),
    (['"', "а", '"'], {0: 2}),
    (["«", "а"], {}),                 # unclosed: left out
    (["а", "»"], {}),
    (["«", "а", "«", "б", "»", "в"], {2: 4, 0: 4}),   # «Аэропорт «Лесной»: one mark closes both
    (["«", "а", "«", "б", "«", "в", "»"], {4: 6, 2: 6, 0: 6}),   # and all three
    (['"', "а", '"', "б", '"'], {0: 2}),               # straight quotes nest no name
])
def test_pair_quotes(texts, pairs):
    assert pair_quotes(texts) == pairs
