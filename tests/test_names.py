"""One person-name normalizer for every extractor: officials and award recipients agree on a name.

Sentences are invented in the genre's phrasing.
"""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.pipeline.names import nominative_words, normalize_name, shared_surname


@pytest.mark.parametrize("words,expected,normal", [
    (("Анне", "Смирновой"), None, ("Анна", "Смирнова")),
    (("Анне", "Ким"), None, ("Анна", "Ким")),            # an indeclinable surname agrees with any case
    (("Анне", "Ким"), "datv", ("Анна", "Ким")),
    (("Льву", "Толстому"), None, ("Лев", "Толстой")),
    # a surname pymorphy3 does not know goes to the nominative of the first name's gender by its ending
    (("Олега", "Сомова"), "gent", ("Олег", "Сомов")),
    (("Сомова", "Ивана", "Петровича"), "accs", ("Сомов", "Иван", "Петрович")),
    (("Ольгу", "Сомову"), "accs", ("Ольга", "Сомова")),
    (("Ольга", "Сомова"), None, ("Ольга", "Сомова")),     # a woman's nominative stays
    (("Петру", "Лаптеву"), "datv", ("Пётр", "Лаптев")),
    # a surname that is also an adjective of the dictionary ("сомовый", "ершовый") declines as a surname
    (("Нине", "Сомовой"), None, ("Нина", "Сомова")),
    (("Ивану", "Сомову"), "datv", ("Иван", "Сомов")),
    (("Петра", "Ершова"), "gent", ("Пётр", "Ершов")),
    (("Марии", "Петровне", "Ивановой"), None, ("Мария", "Петровна", "Иванова")),
    (("Георгия", "Орлова"), None, ("Георгий", "Орлов")),
    (("Ирина", "Ким"), None, ("Ирина", "Ким")),          # already in the nominative: as written
    (("Виктору", "Ли"), "datv", ("Виктор", "Ли")),
])
def test_nominative_words(words, expected, normal):
    assert nominative_words(words, expected) == normal


@pytest.mark.parametrize("first,surname,full", [
    ("Надежде", "Ивановым", "Надежда Иванова"),
    # a plural in -ых of a surname in -ин/-ов declines ("Седых" does not); the first name in the plural's case
    ("Ольгу", "Лопатиных", "Ольга Лопатина"),
    ("Степана", "Лопатиных", "Степан Лопатин"),
    ("Руслану", "Галиевым", "Руслан Галиев"),                   # his dative, not Руслана's accusative
    ("Анне", "Седых", "Анна Седых"),
    ("Кирилл", "Остапенко", "Кирилл Остапенко"),
])
def test_a_surname_two_people_share(first, surname, full):
    assert shared_surname(first, surname).full == full


def test_initials_stay_as_written():
    form = normalize_name(("Анне", "Ким", "С.", "В."))
    assert (form.full, form.first, form.last) == ("Анна Ким С.В.", "Анна", "Ким")


@pytest.mark.parametrize("text,name,organization", [
    ("Почётную грамоту вручили Анне Смирновой, директору школы № 5.", "Анна Смирнова", "школа № 5"),
    ("Медаль «За трудовую доблесть» вручена Льву Толстому.", "Лев Толстой", None),
    ("Дипломы III степени вручили Анне Ким и Петру Лаптеву.", "Анна Ким", None),
    ("Благодарственное письмо губернатора получила Мария Иванова, воспитатель детского сада № 3.",
     "Мария Иванова", None),
])
def test_an_award_recipient_and_the_official_are_one_name(text, name, organization):
    """The same person read by the awards and the officials extractors has one name; where both
    give an organization, it is one organization."""
    result = pressfacts.extract(text)
    officials = [o for o in result.officials if o.name.full == name]
    recipients = [a for a in result.awards if a.recipient == name]
    assert len(officials) == 1, [o.name.full for o in result.officials]
    assert recipients, [a.recipient for a in result.awards]
    if organization:
        assert recipients[0].recipient_organization == organization
    if officials[0].organization and recipients[0].recipient_organization:
        assert officials[0].organization == recipients[0].recipient_organization


@pytest.mark.parametrize("text,organization", [
    ("Слово взяла заведующая детским садом № 3 «Солнышко» Светлана Орлова.", "детский сад № 3 «Солнышко»"),
    ("Выступил директор школы № 12 Иван Петров.", "школа № 12"),
    ("Иван Петров, директор школы №7, рассказал о ремонте.", "школа №7"),
])
def test_an_institution_keeps_its_number_and_name(text, organization):
    (official,) = pressfacts.extract(text).officials
    assert official.organization == organization
