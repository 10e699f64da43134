"""Awards to groups and to more recipients than the verb names (issue 16): counts that agree in the
singular ("101 спортсмен", "21 тренеру"), premiums appointed ("премии назначили …"), and further
recipients given an honour of their own after a dash with the verb left out ("…, 20 — грамоты
губернатора"). Every sentence is invented in the genre's phrasing; no name or place is taken from
a corpus.

A row is (text, the awards as "rank | award → recipient" in text order)."""

from __future__ import annotations

import pytest

from tests.test_awards_genre import described   # "rank | award → recipient", every span checked

ROWS = [
    # --- a count ending in one takes its noun in the singular of its own case -------------------
    ("Губернаторские премии получили 101 спортсмен и 47 тренеров.",
     ["None | премия → 101 спортсмен", "None | премия → 47 тренеров"]),
    ("Почётные грамоты вручили 21 медику районной больницы.", ["None | почётные грамоты → 21 медику районной больницы"]),
    ("Медали «За отвагу на пожаре» получил 31 спасатель области.", ["None | медали «За отвагу на пожаре» → 31 спасатель области"]),
    ("Грамоты вручили 11 медикам.", ["None | грамоты → 11 медикам"]),
    # --- a premium appointed is given ------------------------------------------------------------
    ("Губернаторские премии назначили 12 спортсменам и пяти тренерам.",
     ["None | премия → 12 спортсменам", "None | премия → пяти тренерам"]),
    ("Премии губернатора назначены Анне Ким и Петру Лаптеву.",
     ["None | премии губернатора → Анна Ким", "None | премии губернатора → Пётр Лаптев"]),
    ("Пенсию назначили Анне Ким.", []),
    ("Премию в размере 10 тысяч рублей назначили Петру Лаптеву.", []),
    # --- a group after a colon that opens its own clause: the next verb's subject ------------------
    ("Ещё 27 энергетиков отмечены наградами министерства: 12 монтёров получили нагрудные знаки «Энергетик края», трое инженеров — благодарности.",
     ["None | награды министерства → 27 энергетиков", "None | нагрудные знаки «Энергетик края» → 12 монтёров",
      "None | благодарности → трое инженеров"]),
    # --- an honour handed with a place is the place's: the place's rank stands --------------------
    ("Первое место с вручением диплома и денежной премии присудили руководителю СПК «Заря» Сергею Орлову.",
     ["1 | None → Сергей Орлов"]),
    ("Победителем стала Анна Ким с вручением диплома губернатора.", ["1 | None → Анна Ким"]),
    # --- further recipients with an honour of their own after a dash, the verb left out ----------
    ("30 медсёстрам вручили почётные грамоты министерства, 20 — благодарности губернатора, двоим — нагрудный знак «Почётный донор».",
     ["None | почётные грамоты министерства → 30 медсёстрам", "None | благодарности губернатора → 20",
      "None | нагрудный знак «Почётный донор» → двоим"]),
    ("Почётные грамоты министерства вручили 30 медсёстрам, 20 — благодарности губернатора.",
     ["None | почётные грамоты министерства → 30 медсёстрам", "None | благодарности губернатора → 20"]),
    ("Глава района вручил грамоты Анне Ким, Петру Лаптеву — благодарственное письмо.",
     ["None | грамоты → Анна Ким", "None | благодарственное письмо → Пётр Лаптев"]),
    # a place's verb left out is the place's, not an honour's
    ("Первое место заняла команда «Луч», второе – команда «Искра».", ["1 | None → команда «Луч»", "2 | None → команда «Искра»"]),
    # a dash that names no honour after it: the list of the verb's recipients goes on
    ("Грамоты вручили Анне Ким, Петру Лаптеву и Нине Беловой.",
     ["None | грамоты → Анна Ким", "None | грамоты → Пётр Лаптев", "None | грамоты → Нина Белова"]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_awards_to_groups_and_further_recipients(nlp, text, expected):
    assert described(nlp, text) == expected
