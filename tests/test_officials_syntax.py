"""Officials with the dependency parse (extractors/officials/dependents.py): one table per slot.

Each row is an invented sentence in the genre's phrasing and the officials expected from it,
written short as in test_officials.py: "Name: position @ organization + second; Other Name".
"""

from __future__ import annotations

import pytest

from pressfacts.extractors.officials.dependents import NOT_ROLES, head_kind
from pressfacts.extractors.officials.tree import Tree, widen_mentions
from pressfacts.extractors.officials.lexicon import DocWords, fold
from pressfacts.extractors.officials.names import _mention
from pressfacts.pipeline.morphology import parse
from pressfacts.schemas import DocumentResult

from .test_officials import summary


def check(nlp, text: str, expected: str) -> None:
    doc = nlp(text)
    assert all(sent._.parsed for sent in doc.sents)   # the rows are about the parse
    assert summary(doc) == expected
    DocumentResult(doc_id="t", officials=doc._.officials).check_spans(text)


@pytest.mark.parametrize("text,expected", [
    # before the name: the windows stop at the coordination, the parse carries on to the name
    ("Итоги подвёл директор департамента образования и молодёжной политики города Калуги Иван Петров.",
     "Иван Петров: директор @ департамент образования и молодёжной политики города Калуги"),
    ("Губернатор назначил исполняющего обязанности руководителя управления культуры – Анну Ким.",
     "Анна Ким: исполняющий обязанности руководителя @ управление культуры"),
    # after the name, set off by a comma, a dash, a bracket
    ("Иван Петров, директор департамента образования и молодёжной политики области, рассказал о выплатах.",
     "Иван Петров: директор @ департамент образования и молодёжной политики области"),
    ("Грамоту вручили Анне Ким – учителю истории и обществознания Покровской средней школы.",
     "Анна Ким: учитель истории и обществознания @ Покровская средняя школа"),
    ("Иван Петров (начальник отдела образования, молодёжной политики и спорта администрации района) вручил грамоты.",
     "Иван Петров: начальник отдела образования, молодёжной политики и спорта @ администрация района"),
    # an animate noun is a role where it names the body it is held at
    ("Студентка ОмГУ Анна Ким стала лучшей в номинации.", "Анна Ким: студентка @ ОмГУ"),
    ("Концертмейстер детского ансамбля песни «Ручеёк» Анна Ким получила премию.",
     "Анна Ким: концертмейстер @ детский ансамбль песни «Ручеёк»"),   # the named house is the organization
    ("Учащийся гимназии № 5 Пётр Лаптев занял первое место.", "Пётр Лаптев: учащийся @ гимназия № 5"),   # a school is a house: split off the post
    # negative rows: no body; a status, not a post; kin; a role of another case than the name
    ("Журналист Анна Ким задала вопрос губернатору.", "Анна Ким"),
    ("Победитель конкурса «Учитель года» Анна Ким получила диплом.", "Анна Ким"),
    ("Дочь Анна и сын Пётр поздравили губернатора Ивана Петрова.", "Анна; Пётр; Иван Петров: губернатор"),
    ("Указом губернатора Анна Ким с сегодняшнего дня назначена исполняющей обязанности министра здравоохранения области.",
     "Анна Ким: исполняющий обязанности министра здравоохранения"),
])
def test_apposition(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Иван Петров, возглавлявший до этого областной комитет по туризму и спорту, с 1 марта является "
     "председателем правления банка «Заря».",
     "Иван Петров: председатель правления @ банк «Заря»"),
    ("Губернатор поблагодарил Ивана Петрова, который до этого был первым заместителем министра.",
     "Иван Петров: первый заместитель министра"),
    ("Анна Ким, назначенная в марте заместителем министра, провела первый приём.",
     "Анна Ким: заместитель министра"),
    # an active verb: the name in the accusative after the role holds it, not the subject
    ("Вчера губернатор назначил первым заместителем министра здравоохранения области Анну Ким.",
     "Анна Ким: первый заместитель министра здравоохранения"),
    ("Глава района Олег Лаптев назначил начальником управления культуры Ивана Петрова.",
     "Олег Лаптев: глава @ район; Иван Петров: начальник @ управление культуры"),
    ("Иван Петров назначен и.о. первого заместителя главы администрации района.",
     "Иван Петров: исполняющий обязанности первого заместителя главы @ администрация района"),   # the short title in full
    # negative row: a status said of them, not a post
    ("Иван Петров и Анна Ким стали победителями конкурса.", "Иван Петров; Анна Ким"),
])
def test_predicate(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Заместители министра Анна Ким и Пётр Лаптев провели приём граждан.",
     "Анна Ким: заместитель министра; Пётр Лаптев: заместитель министра"),
    ("Иван Петров и Анна Ким назначены заместителями министра финансов.",
     "Иван Петров: заместитель министра финансов; Анна Ким: заместитель министра финансов"),
    ("Награды получили тренеры по плаванию Андрей Ким, Олег Лаптев и Сергей Смирнов.",
     "Андрей Ким: тренер по плаванию; Олег Лаптев: тренер по плаванию; Сергей Смирнов: тренер по плаванию"),
    ("Награду получили сотрудники МФЦ Анна Ким и Пётр Лаптев.",
     "Анна Ким: сотрудник @ МФЦ; Пётр Лаптев: сотрудник @ МФЦ"),
    # negative row: a plural beside one name is a group, not that name's role
    ("Выступили Иван Петров, представители Госдумы и гости праздника.", "Иван Петров"),
])
def test_one_role_for_conjoined_names(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    # "ROLE NAME, ROLE NAME": the roles after the first name are the second's
    ("Гостей встречали заведующая поликлиникой Северной больницы, врач-хирург Анна Ким, "
     "заместитель главного врача детской больницы, врач-невролог Ольга Смирнова.",
     "Анна Ким: заведующая @ поликлиника Северной больницы; "
     "Ольга Смирнова: заместитель главного врача @ детская больница"),
    ("На планёрке выступили глава администрации округа Иван Петров, начальник управления культуры, "
     "туризма, молодёжной политики и спорта администрации округа Анна Ким.",
     "Иван Петров: глава @ администрация округа; "
     "Анна Ким: начальник управления культуры, туризма, молодёжной политики и спорта @ администрация округа"),
    ("Пришли Иван Петров, директор школы Олег Сидоров.", "Иван Петров; Олег Сидоров: директор @ школа"),
])
def test_a_role_does_not_cross_to_another_name(nlp, text, expected):
    check(nlp, text, expected)


def test_an_unparsed_sentence_keeps_the_windows_output(nlp):
    """A sentence too long to parse (syntax.MAX_WORDS) gets what the windows alone give: no role
    here, where the parsed sentence of the first apposition row gets one."""
    text = ("Директор департамента образования и молодёжной политики города Калуги Иван Петров рассказал, "
            "что в планах " + ", ".join(["ремонт школ и детских садов"] * 40) + ".")
    doc = nlp(text)
    assert not any(sent._.parsed for sent in doc.sents)
    assert summary(doc) == "Иван Петров"


def _words(tokens: list[str]) -> DocWords:
    starts, at = [], 0
    for token in tokens:
        starts.append(at)
        at += len(token) + 1
    text = " ".join(tokens)
    return DocWords(text, tokens, starts, [False] * len(tokens), [], [(0, len(tokens))], [])


@pytest.mark.parametrize("tokens,heads,deps,tagged,expected", [
    # the NER tagged the first name only; the parse joins the surname to it
    (["Слово", "взяла", "Белёва", "Евгения", "."], [1, 1, 1, 2, 1], ["nsubj", "root", "obj", "appos", "punct"],
     (3, 4), "Белёва Евгения"),
    (["Письмо", "подписала", "Ольга", "Сизова", "."], [1, 1, 1, 2, 1], ["nsubj", "root", "obj", "flat:name", "punct"],
     (2, 3), "Ольга Сизова"),
    # negative rows: a common noun is no part of a name; a word the parse does not join stays out
    (["Слово", "взяла", "учительница", "Евгения", "."], [1, 1, 1, 2, 1], ["nsubj", "root", "obj", "appos", "punct"],
     (3, 4), "Евгения"),
    (["Слово", "взяла", "Белёва", "Евгения", "."], [1, 1, 1, 1, 1], ["nsubj", "root", "obj", "obj", "punct"],
     (3, 4), "Евгения"),
])
def test_widen_mentions(tokens, heads, deps, tagged, expected):
    words = _words(tokens)
    mention = _mention(words, *tagged)
    [found] = widen_mentions(words, Tree(heads, deps), [mention])
    assert found.form.full == expected


@pytest.mark.parametrize("word,kind", [
    ("директор", "position"), ("заместителями", "positions"), ("хормейстер", "animate"),
    ("сотрудники", "animates"), ("учащийся", "animate"),
    ("победитель", None), ("дочь", None), ("школа", None), ("Петров", None),
])
def test_head_kind(word, kind):
    assert head_kind(word) == kind


@pytest.mark.parametrize("entry", sorted(NOT_ROLES))
def test_not_roles_are_noun_lemmas(entry):
    """The blockers are compared with a noun's dictionary form, ё written as е."""
    assert any(p.tag.POS == "NOUN" and fold(p.normal_form) == entry for p in parse(entry))
