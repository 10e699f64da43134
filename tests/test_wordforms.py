"""The morphology service: one answer per predicate, and phrases put in the nominative with agreement.

Rows are invented in the genre's phrasing.
"""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.pipeline.wordforms import (
    adjective_cases,
    cases,
    inflect_phrase,
    is_animate,
    is_verb,
    noun_cases,
)


@pytest.mark.parametrize("word,verb", [
    ("сообщил", True), ("вручили", True), ("награждена", True), ("анализируя", True), ("наградить", True),
    ("награждённая", False),   # a full participle stands as an adjective
    ("награда", False), ("директору", False), ("и", False),
])
def test_is_verb(word, verb):
    assert is_verb(word) is verb


@pytest.mark.parametrize("word,expected", [
    ("году", {"datv", "gent", "loct"}),     # the second locative and genitive count as the first
    ("сотрудникам", {"datv"}),
    ("грамотой", {"ablt"}),
])
def test_cases_are_folded(word, expected):
    assert cases(word) == expected


@pytest.mark.parametrize("word", ["и", "при", "в", "2023"])
def test_function_words_and_numbers_agree_with_no_case(word):
    assert noun_cases(word) == adjective_cases(word) == frozenset()


@pytest.mark.parametrize("word,animate", [("врачу", True), ("учительнице", True), ("школе", False), ("грамоту", False)])
def test_animacy(word, animate):
    assert is_animate(word) is animate


@pytest.mark.parametrize("words,head,expected,normal", [
    (["лучших", "команд", "области"], 1, None, ["лучшие", "команды", "области"]),   # not "наихорошие"
    (["почётной", "грамотой", "губернатора"], 1, None, ["почётная", "грамота", "губернатора"]),
    (["лучшим", "сотрудникам", "МФЦ"], 1, "datv", ["лучшие", "сотрудники", "МФЦ"]),
    (["заслуженному", "врачу", "Российской", "Федерации"], 1, "datv", ["заслуженный", "врач", "Российской", "Федерации"]),
    (["МФЦ", "Калужской", "области"], 0, None, ["МФЦ", "Калужской", "области"]),   # an abbreviation stays
])
def test_inflect_phrase(words, head, expected, normal):
    assert inflect_phrase(words, head, expected) == normal


@pytest.mark.parametrize("text,subject", [
    ("В финал вышли 12 лучших команд области.", "лучшие команды области"),
    ("Грамоты получили 15 лучших сотрудников центра.", "лучшие сотрудники центра"),
])
def test_a_metric_subject_keeps_the_adjectives_stem(text, subject):
    (metric,) = pressfacts.extract(text).metrics
    assert metric.subject == subject
