"""The morphology service: one answer per predicate, and phrases put in the nominative with agreement.

Rows are invented in the genre's phrasing.
"""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.pipeline.morphology import parse
from pressfacts.pipeline.wordforms import (
    ADJECTIVE_POS,
    NOMINAL_POS,
    adjective_cases,
    best_lemma,
    best_parse,
    cases,
    has_name_reading,
    inflect_phrase,
    is_animate,
    is_verb,
    noun_cases,
    parses_as,
    parses_with,
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


@pytest.mark.parametrize("word,pos,normal", [
    ("сообщила", "VERB", "сообщить"),
    ("заведующей", "PRTF", "заведовать"),   # the raw parse: a participle's lemma is its verb
    ("Вера", "NOUN", "вера"),                # the common noun first, the first name after
    ("Липецкой", "ADJF", "липецкий"),
])
def test_best_parse_is_the_first_reading(word, pos, normal):
    best = best_parse(word)
    assert best is parse(word)[0]
    assert (best.tag.POS, best.normal_form) == (pos, normal)


@pytest.mark.parametrize("word,pos,within,readings", [
    ("учащимся", ADJECTIVE_POS, None, [
        ("PRTF", "ablt"), ("PRTF", "ablt"), ("PRTF", "datv"), ("ADJF", "ablt"), ("ADJF", "ablt"), ("ADJF", "datv"),
    ]),
    ("учащимся", "ADJF", None, [("ADJF", "ablt"), ("ADJF", "ablt"), ("ADJF", "datv")]),
    ("учащимся", "ADJF", 3, []),                                 # its first three readings are participles
    ("рабочих", "NOUN", None, [("NOUN", "gent"), ("NOUN", "accs"), ("NOUN", "loct")]),
    ("рабочих", NOMINAL_POS, 2, [("ADJF", "gent"), ("NOUN", "gent")]),
    ("заведующей", "NOUN", None, []),
])
def test_parses_as_keeps_the_readings_of_a_part_of_speech_in_order(word, pos, within, readings):
    found = parses_as(word, pos, within)
    assert [(p.tag.POS, p.tag.case) for p in found] == readings
    order = [p for p in parse(word) if p in found]
    assert list(found) == order   # best first, as pymorphy3 ranks them


@pytest.mark.parametrize("word,grammemes,within,count", [
    ("Ковалёвой", ("Surn",), None, 4),
    ("Светлане", ("Surn",), None, 0),
    ("Светлане", ("Surn", "Name"), None, 2),   # any one of the grammemes will do
    ("Вера", ("Name",), None, 1),
    ("Вера", ("Name",), 1, 0),                 # the name is only the second reading
    ("Орла", ("Geox",), None, 1),
])
def test_parses_with(word, grammemes, within, count):
    found = parses_with(word, *grammemes, within=within)
    assert len(found) == count
    assert all(any(g in p.tag for g in grammemes) for p in found)


@pytest.mark.parametrize("word,within,name", [
    ("Светлане", None, True), ("Петровна", None, True), ("Лебедев", None, True),
    ("Вера", None, True), ("Вера", 1, False), ("Роза", 1, True),
    ("Орла", None, False), ("директору", None, False), ("Липецкой", None, False),
])
def test_has_name_reading(word, within, name):
    assert has_name_reading(word, within=within) is name


@pytest.mark.parametrize("word,normal", [
    ("управляющего", "управляющий"),    # a participle keeps its own lemma, not "управлять"
    ("заведующей", "заведующий"),
    ("награждённых", "награжденный"),   # folded: ё as е
    ("ёлкам", "елка"),
    ("Воронежской", "воронежский"),
    ("Светлане", "светлана"),
])
def test_best_lemma(word, normal):
    assert best_lemma(word) == normal
