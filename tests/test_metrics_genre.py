"""Metrics on the genre's phrasing (issue 18): compound numbers, physical units, percentage points,
ranges, targets, directions, subjects, list frames and what is no metric.

Every sentence is invented in the phrasing of regional press releases; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from .test_metrics import metrics, one


def values(nlp, text: str) -> list[float]:
    return [m.value for m in metrics(nlp, text)]


# --- Compound numbers are one value ------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("В районе высажено 3 тыс. 215 деревьев.", 3215),
    ("Средняя зарплата составила 62 тыс. 450 рублей.", 62450),
    ("Построено 1 тыс. 675 домов индивидуального жилья.", 1675),
    ("Максимальная выплата – 11 тысяч 182 рубля.", 11182),
    ("Бюджет округа составил 12 млрд 300 млн рублей.", 12300000000),
    ("Засеяно 19,18тыс.га озимых.", 19180),
    ("На развитие отрасли направлено более полумиллиарда рублей.", 500000000),
    ("Заявления подали около полумиллиона жителей.", 500000),
])
def test_compound_number(nlp, text, value):
    assert one(nlp, text, value).value == value


@pytest.mark.parametrize("text,wrong", [
    ("Выдано 2,5 тыс. 300 из них – в электронном виде.", 2800),       # a fraction of thousands takes no units
    ("Собрано 5 тыс. 12 апреля, ещё 3 тыс. рублей – позже.", 5012),   # a day after thousands is a date
    ("Выдано 3 тыс.\n215 заявлений принято повторно.", 3215),         # a line break ends the figure
])
def test_compound_number_negative(nlp, text, wrong):
    assert wrong not in values(nlp, text)


# --- Physical quantities: kind measure and a whole unit ----------------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("Введено 48,2 тыс. кв. м жилья.", 48200, "квадратный метр"),
    ("Введено в эксплуатацию 120 тысяч квадратных метров жилья.", 120000, "квадратный метр"),
    ("Отремонтировано 15 тыс. кв. метров кровли.", 15000, "квадратный метр"),
    ("Убрано 62 тысячи гектаров зерновых.", 62000, "гектар"),
    ("Озимыми засеяно 8,4 тыс. га.", 8400, "гектар"),
    ("Урожайность составила 31,5 ц/га.", 31.5, "центнер с гектара"),
    ("Урожайность пшеницы – 44 центнера с гектара.", 44, "центнер с гектара"),
    ("Собрано 210 тысяч тонн зерна.", 210000, "тонна"),
    ("Заготовлено 12 т.т кормов.", 12, "тысяча тонн"),
    ("Вывезено 40 т мусора.", 40, "тонна"),
    ("Отремонтировано 38 км дорог.", 38, "километр"),
    ("Протяжённость сетей – 5,6 километра.", 5.6, "километр"),
    ("Мощность очистных сооружений – 700 м3/сут.", 700, "кубический метр в сутки"),
    ("Выработано 120 Гкал тепловой энергии.", 120, "гигакалория"),
    ("Надой на корову составил 7 тысяч литров молока.", 7000, "литр"),
    ("Заготовлено 900 кубометров древесины.", 900, "кубический метр"),
])
def test_measure(nlp, text, value, unit):
    metric = one(nlp, text, value)
    assert (metric.kind, metric.unit) == ("measure", unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Открыто 12 школ.", 12, "школа"),                                       # a count stays a count
    ("Работают 5 многофункциональных центров.", 5, "центр"),
])
def test_count_is_no_measure(nlp, text, value, unit):
    metric = one(nlp, text, value)
    assert (metric.kind, metric.unit) == ("count", unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Проверено 57 тысяч транспортных средств.", 57000, "транспортное средство"),
    ("Создано около 800 рабочих мест.", 800, "рабочее место"),
    ("Газ подведён к 14 населённым пунктам.", 14, "населённый пункт"),
    ("Аттестовано 19 учебных заведений.", 19, "учебное заведение"),
])
def test_unit_keeps_the_adjective_of_a_light_noun(nlp, text, value, unit):
    assert one(nlp, text, value).unit == unit


# --- Percentage points and currencies ------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit,direction", [
    ("Уровень безработицы снизился на 0,4 процентного пункта.", 0.4, "п.п.", "down"),
    ("Доля онлайн-заявлений выросла на 2,5 п.п.", 2.5, "п.п.", "up"),
    ("Охват вырос на 3 процентных пункта.", 3, "п.п.", "up"),
])
def test_percentage_points(nlp, text, value, unit, direction):
    metric = one(nlp, text, value)
    assert (metric.kind, metric.unit, metric.change, metric.direction) == ("percent", unit, True, direction)


@pytest.mark.parametrize("text,value,unit", [
    ("Фонд получил девять миллионов шведских крон.", 9000000, "крона"),
    ("Контракт заключён на 2 млн долларов.", 2000000, "доллар"),
    ("Поставка обошлась в 300 тыс. евро.", 300000, "евро"),
])
def test_foreign_money(nlp, text, value, unit):
    metric = one(nlp, text, value)
    assert (metric.kind, metric.unit) == ("money", unit)


# --- Ranges -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,low", [
    ("Каждый житель расходует 80–90 литров воды в сутки.", 90, 80),
    ("Стоимость составит от 1 тыс. до 2 тыс. рублей.", 2000, 1000),
    ("На фестиваль ждут 5-7 тысяч гостей.", 7000, 5000),
    ("Площадь участков – от 6 до 15 соток.", 15, 6),
])
def test_range(nlp, text, value, low):
    metric = one(nlp, text, value)
    assert (metric.value_low, metric.qualifier) == (low, "range")


@pytest.mark.parametrize("text,value,previous", [
    ("Число линий колл-центра выросло с 6 до 54.", 54, 6),                  # a change, not a range
    ("Очередь сократилась с 40 до 12 минут.", 12, 40),
])
def test_change_from_to_is_no_range(nlp, text, value, previous):
    metric = one(nlp, text, value)
    assert (metric.previous, metric.value_low, metric.qualifier != "range") == (previous, None, True)


def test_change_from_to_direction(nlp):
    assert one(nlp, "Очередь сократилась с 40 до 12 минут.", 12).direction == "down"


# --- Targets ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,qualifier", [
    ("К 2030 году долю газифицированных домов планируется довести до 60 процентов.", 60, "exact"),
    ("В следующем году планируется построить 12 школ.", 12, "exact"),
    ("До конца года будет введено 300 тыс. кв. м жилья.", 300000, "exact"),
    ("Область намерена довести охват до 95%.", 95, "exact"),
    ("Предстоит отремонтировать 40 км дорог.", 40, "exact"),
    ("В 2025 году построят ещё 3 детских сада.", 3, "exact"),
])
def test_target(nlp, text, value, qualifier):
    metric = one(nlp, text, value)
    assert (metric.target, metric.qualifier) == (True, qualifier)


@pytest.mark.parametrize("text,value", [
    ("В прошлом году построено 12 школ.", 12),                               # reported
    ("Собрано 61% от запланированного объёма.", 61),                         # against a plan, not a plan
    ("Очередь в офисах составляет до 15 минут.", 15),
])
def test_not_a_target(nlp, text, value):
    assert one(nlp, text, value).target is False


def test_upper_bound_that_is_no_target_stays_less_than(nlp):
    assert one(nlp, "Очередь в офисах составляет до 15 минут.", 15).qualifier == "less_than"


# --- Direction and signs ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,direction", [
    ("Смертность снизилась на 10,5%.", 10.5, "down"),
    ("Число обращений увеличилось на 20%.", 20, "up"),
    ("Это на 8% меньше, чем годом ранее.", 8, "down"),
    ("Выпуск продукции на 12% больше, чем в 2022 году.", 12, "up"),
])
def test_direction(nlp, text, value, direction):
    metric = one(nlp, text, value)
    assert (metric.change, metric.direction) == (True, direction)


def test_a_level_has_no_direction(nlp):
    metric = one(nlp, "Охват составил 97%.", 97)
    assert (metric.change, metric.direction) == (False, None)


@pytest.mark.parametrize("text,value", [
    ("Отремонтировано: магистральные сети 3,2 км, ветхие -0,9 км.", 0.9),   # a list's dash
    ("Заменено окон -120 штук.", 120),
])
def test_list_dash_is_no_minus(nlp, text, value):
    metric = one(nlp, text, value)
    assert metric.value > 0 and metric.value_span.text[0].isdigit()


# --- Subjects -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,subject", [
    ("Средняя урожайность составила 42 ц/га.", 42, "средняя урожайность"),
    ("Собрано 195 тысяч тонн зерна.", 195000, "зерно"),
    ("Сумма контракта впечатляет — 4,5 млрд рублей.", 4500000000, "сумма контракта"),
    ("Доходная часть бюджета увеличилась на 2 млрд рублей – до 90 млрд рублей.", 90000000000, "доходная часть бюджета"),
    ("Урожай масличных культур близок к завершению: собрано 61% от плана.", 61, "урожай масличных культур"),
])
def test_subject(nlp, text, value, subject):
    assert one(nlp, text, value).subject == subject


@pytest.mark.parametrize("text,value,not_subject", [
    ("Собрано 1,4 тысячи тонн картофеля.", 1400, "тонны"),                    # never the unit
    ("В Липецкой области построено 40 км дорог.", 40, "Липецкая область"),    # never the place
    ("Глава региона сообщил, что на ремонт выделено 12 млн рублей.", 12000000, "глава региона"),  # nor the speaker
])
def test_subject_is_never(nlp, text, value, not_subject):
    assert one(nlp, text, value).subject != not_subject


# --- Lists carry their frame ---------------------------------------------------------------------------

def test_list_items_take_change_and_direction(nlp):
    text = "Число разбоев снизилось на 10,5%, грабежей — на 7,1%, краж — на 3%."
    found = [(m.value, m.subject, m.change, m.direction) for m in metrics(nlp, text)]
    assert found == [(10.5, "число разбоев", True, "down"), (7.1, "грабежи", True, "down"), (3, "кражи", True, "down")]


def test_list_items_take_their_own_year(nlp):
    text = "Объём финансирования в 2018 году составил 120 млн рублей, в 2019 — 167 млн рублей, в 2020 — 190 млн."
    found = [(m.value, m.unit, m.period and m.period.year) for m in metrics(nlp, text)]
    assert found == [(120000000, "рубль", 2018), (167000000, "рубль", 2019), (190000000, "рубль", 2020)]


def test_list_item_takes_the_unit(nlp):
    text = "На ремонт школ направлено 200 млн рублей, 90 млн - на приобретение жилья."
    assert (one(nlp, text, 90000000).kind, one(nlp, text, 90000000).unit) == ("money", "рубль")


@pytest.mark.parametrize("text,value,subject", [
    ("Охват составил 97%, а удовлетворённость — 98%.", 98, "удовлетворённость"),
    ("В 2023 году построено 5 школ, 3 детских сада и 12 спортплощадок.", 3, "детские сады"),  # its own noun
])
def test_list_item_subject(nlp, text, value, subject):
    assert one(nlp, text, value).subject == subject


def test_a_clause_with_its_own_verb_is_no_list_item(nlp):
    metric = one(nlp, "Число разбоев снизилось на 10,5%, а число краж выросло на 3%.", 3)
    assert (metric.subject, metric.direction) == ("число краж", "up")


# --- Not metrics -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,absent", [
    ("Согласно статьёй 170.1 Бюджетного кодекса выделено 5 млн рублей.", 170.1),
    ("В соответствии со статьей 12 закона выплачено 3 млн рублей.", 12),
    ("За 10 прошедших месяцев выявлено 154 преступления.", 10),
    ("За 3 последних года построено 12 школ.", 3),
    ("Заболеваемость составила 12,4 случая на 100 тыс. населения.", 100000),
    ("Выявлено 154 преступления на 10 тысяч жителей.", 10000),
    ("В олимпиаде участвовали ученики 5-11 классов.", 11),
    ("Не одна уборочная страда прошла на этих полях.", 1),
    ("Область вошла в топ-5 регионов по вводу жилья.", 5),
    ("Район занял 11 место среди муниципалитетов.", 11),
    ("Приём граждан ведётся в СОШ № 1 и клубе «Лабиринт-42».", 42),
    ("Приём ведётся 23 ноя и 10 дек. в здании администрации.", 23),          # abbreviated months
    ("Приём ведётся 23 ноя и 10 дек. в здании администрации.", 10),
    ("Ярмарка прошла 29 июл. на центральной площади.", 29),
    ("1. Отремонтировано 5 школ. 2. Построено 3 детских сада.", 2),          # list counters
])
def test_not_a_metric(nlp, text, absent):
    assert absent not in values(nlp, text)


@pytest.mark.parametrize("text,value", [
    ("Заболеваемость составила 12,4 случая на 100 тыс. населения.", 12.4),   # the rate itself stays
    ("Выявлено 154 преступления на 10 тысяч жителей.", 154),
    ("В 12 классах школы прошли уроки.", 12),                                # classes counted, not grades
    ("Срок рассмотрения — 5 рабочих дней.", 5),                              # a duration with an adjective
    ("На площади 13,6 тысячи гектаров убраны масличные.", 13600),            # "на площади" is no address
])
def test_still_a_metric(nlp, text, value):
    assert value in values(nlp, text)


# --- Whose figure --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,organization,implied", [
    ("Правительство Рязанской области подвело итоги. В регионе построено 14 школ.", 14, "Рязанская область", True),
    ("Глава Каменского района отчитался. В районе отремонтировано 12 км дорог.", 12, "Каменский район", True),
    ("В Приморье туристы совершили 3 млн поездок.", 3000000, "Приморский край", False),
    ("Сегодня в Волгоградской области охват составляет 97%.", 97, "Волгоградская область", False),
    ("В МФЦ оказывается 218 услуг.", 218, None, False),                      # no place named anywhere
])
def test_organization(nlp, text, value, organization, implied):
    metric = one(nlp, text, value)
    assert (metric.organization, metric.organization_implied) == (organization, implied)
