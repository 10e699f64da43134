"""Awards of teams and units (issue 16): the places of labour spartakiads and of departmental
contests between police units, the way regional releases report them. Every sentence is invented
in the genre's phrasing; no name or place is taken from a corpus.

A row is (text, the awards as "rank | award → recipient" in text order)."""

from __future__ import annotations

import pytest

from tests.test_awards_genre import described   # "rank | award → recipient", every span checked

ROWS = [
    # --- one degree for two honours: a diploma's degree is the place ----------------------------
    ("Подведены итоги спартакиады трудящихся. Диплом и Кубок III степени получила команда завода по выпуску труб.",
     ["3 | диплом и кубок III степени → команда завода по выпуску труб"]),
    ("Итоги спартакиады подведены. Дипломом и Кубком II степени наградили команду филиала предприятия по производству удобрений.",
     ["2 | диплом и кубок II степени → команда филиала предприятия по производству удобрений"]),
    ("Подведены итоги спартакиады. Кубок и диплом I степени вручили команде ООО «Вега».", ["1 | диплом I степени → команда ООО «Вега»"]),
    # the field a house works in is its own ("по выпуску"); a clause's "по итогам" is not
    ("Диплом получила команда завода по итогам соревнований.", ["None | диплом → команда завода"]),
    ("Медаль вручили Ивану Орлову, инспектору по делам несовершеннолетних.", ["None | медаль → Иван Орлов"]),
    # --- a post before a rank before the name: the first one is his post, no recipient ---------
    ("Первое место присуждено старшему участковому уполномоченному полиции отдела МВД России по Лесному району "
     "старшему лейтенанту полиции Ивану Орлову.", ["1 | None → Иван Орлов"]),
    ("Второе место присуждено участковому уполномоченному полиции Петру Лаптеву.", ["2 | None → Пётр Лаптев"]),
    # --- a metal as the place, a unit's number after an abbreviation (slovnet's "ОП" an interjection)
    ("Названы лучшие участковые конкурса. Первое место занял старший участковый уполномоченный полиции ОП № 4 Иван Орлов. "
     "Серебро у участкового уполномоченного полиции ОП № 2 Петра Лаптева, а третье место досталось Нине Беловой.",
     ["1 | None → Иван Орлов", "2 | None → Пётр Лаптев", "3 | None → Нина Белова"]),
    # --- a team named by a participle and coordinated adjectives --------------------------------
    ("Подведены итоги спартакиады. Второе место у объединённой команды городской и районной администраций, третье – у команды «Луч».",
     ["2 | None → объединённая команда городской и районной администраций", "3 | None → команда «Луч»"]),
    # --- a team by its people's trade, where a place is told ------------------------------------
    ("В общем зачёте спартакиады первое место заняла команда обкома профсоюза. Второе место у авиаторов.",
     ["1 | None → команда обкома профсоюза", "2 | None → авиаторы"]),
    ("Дипломы вручили командам, занявшим призовые места.", []),   # which teams, it does not say
    # --- "на третьем" with a verb, the place noun left out --------------------------------------
    ("В турнире первое место заняла команда «Луч». Второе место у сборной ЦРБ, на третьем расположилась команда МЧС.",
     ["1 | None → команда «Луч»", "2 | None → сборная ЦРБ", "3 | None → команда МЧС"]),
    # --- a singular verb has one subject: the team before the comma is the last place's ----------
    ("Мини-футбол: I место - команда МЧС, команда АО «Лесной завод» заняла II место и III место - команда ООО «Норд».",
     ["1 | None → команда МЧС", "2 | None → команда АО «Лесной завод»", "3 | None → команда ООО «Норд»"]),
    ("В турнире Анна Ким, Пётр Лаптев и Иван Орлов заняли первое место.",
     ["1 | None → Анна Ким", "1 | None → Пётр Лаптев", "1 | None → Иван Орлов"]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_awards_of_teams_and_units(nlp, text, expected):
    assert described(nlp, text) == expected


@pytest.mark.parametrize("text,position", [
    ("Первое место занял участковый уполномоченный полиции Иван Орлов.", "участковый уполномоченный полиции"),
    ("Первое место присуждено старшей участковой уполномоченной полиции Нине Беловой.", "старшая участковая уполномоченная полиции"),
    ("Первое место присуждено ведущему специалисту Нине Беловой.", "ведущий специалист"),
])
def test_a_post_named_by_a_participle_keeps_its_genitive(nlp, text, position):
    assert [a.recipient_position for a in nlp(text)._.awards] == [position]
