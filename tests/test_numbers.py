"""Quantities and ordinals (pressfacts.pipeline.numbers): one case a row.

Rows come from the seed texts (corpus/texts), the factRuEval development texts
(../shared/factrueval-2016-dev) and typical press-release phrasing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pressfacts.pipeline.numbers import (
    NOT_QUANTITIES,
    ORDINAL_NOUNS,
    QUALIFIERS,
    AFTER_QUALIFIERS,
    CARDINALS,
    MULTIPLIERS,
    Ordinal,
    Quantity,
    find_ordinals,
    find_quantities,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "texts").glob("*.txt"))
GOLD = ROOT / "corpus" / "gold"
FACTRUEVAL = Path(__file__).resolve().parents[2] / "shared" / "factrueval-2016-dev"


def first(text: str) -> Quantity:
    found = find_quantities(text)
    assert found, f"no quantity in {text!r}"
    return found[0]


# (text, span of the first quantity, value, kind, qualifier)
QUANTITIES = [
    # seed texts
    ("порядка 320 тысяч государственных и муниципальных услуг", "320 тысяч", 320000, "number", "approx"),
    ("зарегистрированы почти 35 тысяч граждан", "35 тысяч", 35000, "number", "approx"),
    ("поступило более 240 тысяч обращений", "240 тысяч", 240000, "number", "more_than"),
    ("Зафиксирован более чем десятикратный рост", "десятикратный", 10, "ratio", "more_than"),
    ("поступило около 2 тысяч обращений", "2 тысяч", 2000, "number", "approx"),
    ("За 6 месяцев предоставлено", "6", 6, "number", "exact"),
    ("одновременно открыты более 25 пунктов", "25", 25, "number", "more_than"),
    ("охват населения составляет 97%, а", "97%", 97, "percent", "exact"),
    ("оказывается более 230 видов услуг", "230", 230, "number", "more_than"),
    ("специалисты МФЦ обработали 2,9 млн обращений", "2,9 млн", 2900000, "number", "exact"),
    ("в регионе оказывается 148 региональных госуслуг", "148", 148, "number", "exact"),
    ("госуслуг и 621 муниципальная.", "621", 621, "number", "exact"),
    ("«100% массовых социальных услуг", "100%", 100, "percent", "exact"),
    ("их всего 86, оказываются", "86", 86, "number", "exact"),
    ("зафиксировано более 114 тысяч электронных обращений", "114 тысяч", 114000, "number", "more_than"),
    ("Это практически в 2,5 раза больше", "в 2,5 раза", 2.5, "ratio", "approx"),
    ("почти 80% респондентов считает", "80%", 80, "percent", "approx"),
    ("тогда как в 2021 году их было 46%.", "46%", 46, "percent", "exact"),
    ("работает 35 центров МФЦ.", "35", 35, "number", "exact"),
    ("В МФЦ предоставляется 218 услуг", "218", 218, "number", "exact"),
    ("в том числе 12 новых появилось", "12", 12, "number", "exact"),
    ("Зарегистрировано более 1 миллиона обращений.", "1 миллиона", 1000000, "number", "more_than"),
    ("приняли участие более 100 человек", "100", 100, "number", "more_than"),
    ("Мы выполнили три самых главных задачи", "три", 3, "number", "exact"),
    ("сократилось и составляет менее 15 минут", "15", 15, "number", "less_than"),
    ("охват МФЦ - более 90% территории региона", "90%", 90, "percent", "more_than"),
    ("«с количеством окон не менее 20»", "20", 20, "number", "more_than"),
    ("«с количеством окон менее 20 окон»", "20", 20, "number", "less_than"),
    ("были награждены 4 участника:", "4", 4, "number", "exact"),
    ("проводились на 4 площадках.", "4", 4, "number", "exact"),
    ("поступило 4,3 миллиона обращений.", "4,3 миллиона", 4300000, "number", "exact"),
    ("показатель увеличился на миллион.", "миллион", 1000000, "number", "exact"),
    ("сеть насчитывает 35 центров «Мои Документы»", "35", 35, "number", "exact"),
    ("5 бизнес-офисов для обслуживания", "5", 5, "number", "exact"),
    ("можно получить более 590 государственных", "590", 590, "number", "more_than"),
    ("1 просмотр0 комментариев", "1", 1, "number", "exact"),  # boilerplate, dropped elsewhere
    ("Буквально за 4 года МФЦ прочно вошли", "4", 4, "number", "exact"),
    # thousands separators, decimals, signs
    ("выделено 2 900 000 рублей", "2 900 000", 2900000, "number", "exact"),
    ("выделено 2\u00a0900\u00a0000 рублей", "2\u00a0900\u00a0000", 2900000, "number", "exact"),
    ("выделено 2\u2009900\u2009000 рублей", "2\u2009900\u2009000", 2900000, "number", "exact"),
    ("выделено 2\u202f900 рублей", "2\u202f900", 2900, "number", "exact"),
    ("в 2020 году 35 центров", "35", 35, "number", "exact"),
    ("выделено 1 500 000 рублей", "1 500 000", 1500000, "number", "exact"),
    ("с населением около 140 000 человек", "140 000", 140000, "number", "approx"),
    ("было получено 176 668 заявок", "176 668", 176668, "number", "exact"),
    ("выдано 55 000 таких адресов", "55 000", 55000, "number", "exact"),
    ("Среди этих заявок, 375000 из Германии", "375000", 375000, "number", "exact"),
    ("составил 2.5 млн рублей", "2.5 млн", 2500000, "number", "exact"),
    ("набрали по 7,5 очков", "7,5", 7.5, "number", "exact"),
    ("температура -5 градусов", "-5", -5, "number", "exact"),
    ("температура \u22125 градусов", "\u22125", -5, "number", "exact"),
    ("рост составил +3,2%", "+3,2%", 3.2, "percent", "exact"),
    ("Маисашвили — 0,74 % голосов", "0,74 %", 0.74, "percent", "exact"),
    ("охват 97 %", "97 %", 97, "percent", "exact"),
    ("охват 97\u00a0%", "97\u00a0%", 97, "percent", "exact"),
    ("охват составил 97 процентов", "97 процентов", 97, "percent", "exact"),
    ("выросли на 11,7 процента в сравнении", "11,7 процента", 11.7, "percent", "exact"),
    ("сто процентов услуг", "сто процентов", 100, "percent", "exact"),
    ("вырастут на 11% , а", "11%", 11, "percent", "exact"),
    ("За 80 процентов акций", "80 процентов", 80, "percent", "exact"),
    ("тут уже 30%. А кроме того", "30%", 30, "percent", "exact"),
    # multipliers in every form
    ("он уже собрал 30 тыс. подписей", "30 тыс.", 30000, "number", "exact"),
    ("доступны 3 тыс часов", "3 тыс", 3000, "number", "exact"),
    ("Facebook побывало 714 млн. Однако", "714 млн.", 714000000, "number", "exact"),
    ("капитализацию в 19,2 млрд долларов", "19,2 млрд", 19200000000, "number", "exact"),
    ("выделено 1,5 трлн рублей", "1,5 трлн", 1500000000000, "number", "exact"),
    ("кредит на сумму 2 миллиарда долларов", "2 миллиарда", 2000000000, "number", "exact"),
    ("штраф в размере 500 миллионов долларов", "500 миллионов", 500000000, "number", "exact"),
    ("в размере 1,3 миллионов долларов", "1,3 миллионов", 1300000, "number", "exact"),
    ("правительство ассигновало 115 млн долларов", "115 млн", 115000000, "number", "exact"),
    ("встреча с 5 тысячами участников", "5 тысячами", 5000, "number", "exact"),
    ("обращения к 10 тысячам жителей", "10 тысячам", 10000, "number", "exact"),
    ("в обмен на 25 миллиардов долларов", "25 миллиардов", 25000000000, "number", "exact"),
    ("дефицит размером более триллиона долларов", "триллиона", 1000000000000, "number", "more_than"),
    ("получили полмиллиона обращений", "полмиллиона", 500000, "number", "exact"),
    ("получили пол-миллиона обращений", "пол-миллиона", 500000, "number", "exact"),
    ("подано полтысячи заявлений", "полтысячи", 500, "number", "exact"),
    ("стоимость тысяча двести рублей", "тысяча двести", 1200, "number", "exact"),
    ("получили тысячу заявок", "тысячу", 1000, "number", "exact"),
    ("поступило более тысячи обращений", "тысячи", 1000, "number", "more_than"),
    ("обработали 2,9млн обращений", "2,9млн", 2900000, "number", "exact"),
    ("составляет 38 млн рублей", "38 млн", 38000000, "number", "exact"),
    ("выделено 1 млн 200 тыс. рублей", "1 млн 200 тыс.", 1200000, "number", "exact"),
    ("выделено 2 миллиона 300 тысяч рублей", "2 миллиона 300 тысяч", 2300000, "number", "exact"),
    ("выросла на 5 п.п.", "5 п.п.", 5, "percent", "exact"),
    ("увеличилась на 20 процентных пунктов", "20 процентных пунктов", 20, "percent", "exact"),
    ("стоимостью $70 млн откроет", "70 млн", 70000000, "number", "exact"),
    # number words, compound and inflected
    ("пришли двадцать пять человек", "двадцать пять", 25, "number", "exact"),
    ("в образцах из трёх куриных тушек", "трёх", 3, "number", "exact"),
    ("в образцах из трех куриных тушек", "трех", 3, "number", "exact"),
    ("За полтора месяца до смерти", "полтора", 1.5, "number", "exact"),
    ("собрались полторы тысячи человек", "полторы тысячи", 1500, "number", "exact"),
    ("собрали двух с половиной тысяч подписей", "двух с половиной тысяч", 2500, "number", "exact"),
    ("за четыре с половиной года", "четыре с половиной", 4.5, "number", "exact"),
    ("за 2 с половиной года", "2 с половиной", 2.5, "number", "exact"),
    ("предоставляется сто сорок восемь услуг", "сто сорок восемь", 148, "number", "exact"),
    ("выделено двести тридцать тысяч рублей", "двести тридцать тысяч", 230000, "number", "exact"),
    ("в одиннадцати регионах", "одиннадцати", 11, "number", "exact"),
    ("из ста участников", "ста", 100, "number", "exact"),
    ("для девяноста человек", "девяноста", 90, "number", "exact"),
    ("прибыли около шестисот представителей", "шестисот", 600, "number", "approx"),
    ("до уровня десяти миллиардов долларов", "десяти миллиардов", 10000000000, "number", "exact"),
    ("насчитывается не более двух тысяч.", "двух тысяч", 2000, "number", "less_than"),
    ("погибли четырнадцать астронавтов", "четырнадцать", 14, "number", "exact"),
    ("Среди них было трое мужчин.", "трое", 3, "number", "exact"),
    ("чинно сидели шестеро вязальщиков", "шестеро", 6, "number", "exact"),
    ("стоимость одна тысяча рублей", "одна тысяча", 1000, "number", "exact"),
    ("но только один корабль остановился", "один", 1, "number", "exact"),
    ("не реже одного раза в неделю", "одного", 1, "number", "exact"),
    ("включает одну велопарковку", "одну", 1, "number", "exact"),
    ("приняли две тысячи двадцать человек", "две тысячи двадцать", 2020, "number", "exact"),
    ("два миллиона триста тысяч рублей", "два миллиона триста тысяч", 2300000, "number", "exact"),
    ("Четыре острова, которые", "Четыре", 4, "number", "exact"),
    ("Таковых оказалось одиннадцать.", "одиннадцать", 11, "number", "exact"),
    ("зафиксировано ноль нарушений", "ноль", 0, "number", "exact"),
    ("служба ответила на сорок восемь обращений", "сорок восемь", 48, "number", "exact"),
    ("в семи немецких городах", "семи", 7, "number", "exact"),
    ("ВЫПОЛНИЛИ ТРИ ЗАДАЧИ", "ТРИ", 3, "number", "exact"),  # a headline in capitals
    ("сто с лишним человек", "сто", 100, "number", "more_than"),
    ("Два кандидата продолжают", "Два", 2, "number", "exact"),
    ("не менее четырех раз в сутки", "четырех", 4, "number", "more_than"),
    # ratios
    ("рост в 3 раза", "в 3 раза", 3, "ratio", "exact"),
    ("увеличилось в два раза", "в два раза", 2, "ratio", "exact"),
    ("живёт в десять раз больше", "в десять раз", 10, "ratio", "exact"),
    ("выросло в полтора раза", "в полтора раза", 1.5, "ratio", "exact"),
    ("поднять его ещё вдвое", "вдвое", 2, "ratio", "exact"),
    ("стало втрое меньше", "втрое", 3, "ratio", "exact"),
    ("почти вдвое увеличат объем", "вдвое", 2, "ratio", "approx"),
    ("двукратный рост обращений", "двукратный", 2, "ratio", "exact"),
    ("трехкратное увеличение", "трехкратное", 3, "ratio", "exact"),
    ("10-кратный рост", "10-кратный", 10, "ratio", "exact"),
    ("полуторакратный рост", "полуторакратный", 1.5, "ratio", "exact"),
    ("стократный рост", "стократный", 100, "ratio", "exact"),
    ("тушек в два с лишним раза выше нормы", "в два с лишним раза", 2, "ratio", "more_than"),
    ("выросло более чем в 2 раза", "в 2 раза", 2, "ratio", "more_than"),
    ("вырос в 1,5 раза по сравнению", "в 1,5 раза", 1.5, "ratio", "exact"),
    # qualifiers
    ("свыше 500 обращений", "500", 500, "number", "more_than"),
    ("больше 100 человек", "100", 100, "number", "more_than"),
    ("примерно 50 человек", "50", 50, "number", "approx"),
    ("приблизительно 30 дней", "30", 30, "number", "approx"),
    ("не более 15 минут", "15", 15, "number", "less_than"),
    ("до 20 окон", "20", 20, "number", "less_than"),
    ("меньше 10 дней", "10", 10, "number", "less_than"),
    ("как минимум 99 тыс. долларов", "99 тыс.", 99000, "number", "more_than"),
    ("По крайней мере 73 мигранта из Африки", "73", 73, "number", "more_than"),
    ("Около 30 рабочих на заводе", "30", 30, "number", "approx"),
    ("ориентировочно 5 млн рублей", "5 млн", 5000000, "number", "approx"),
    ("в районе 5 тысяч рублей", "5 тысяч", 5000, "number", "approx"),
    ("сто с небольшим человек", "сто", 100, "number", "more_than"),
    ("посещение выросло до 27 тысяч человек", "27 тысяч", 27000, "number", "exact"),  # a new value
    ("Колл-центр был расширен до 54 линий", "54", 54, "number", "exact"),
    ("вырвались до 6 тысяч националистов", "6 тысяч", 6000, "number", "less_than"),
    ("будет выпускать до 250 000 автомобилей", "250 000", 250000, "number", "less_than"),
    ("около 10 раз, но", "10", 10, "number", "approx"),  # a count of times, not a ratio
    ("общую протяжённость около двух километров", "двух", 2, "number", "approx"),
    ("успели перекачать более шести тонн водки", "шести", 6, "number", "more_than"),
    ("Более 100 человек", "100", 100, "number", "more_than"),
    # cardinals written with a suffix
    ("Журналисты арестованы в 24-х странах", "24-х", 24, "number", "exact"),
    ("в 2-х экземплярах", "2-х", 2, "number", "exact"),
    ("ранее сообщалось о 160-ти", "160-ти", 160, "number", "exact"),
    ("управляющим 13-ю филиалами", "13-ю", 13, "number", "exact"),
    # a figure after things that are not quantities
    ("В 2019 году 590 услуг", "590", 590, "number", "exact"),
    ("7 сентября 2020 года поступило 15 заявок", "15", 15, "number", "exact"),
    ("ул. Марата 10, работает 5 окон", "5", 5, "number", "exact"),
    ("лауреат 1 степени и 3 участника", "3", 3, "number", "exact"),
    ("приказ № 45 о 12 новых услугах", "12", 12, "number", "exact"),
    ("приняли 2020 человек", "2020", 2020, "number", "exact"),  # a count, not a year
    ("в марте 1000 человек", "1000", 1000, "number", "exact"),
    ("в МФЦ 2.5 тыс. обращений", "2.5 тыс.", 2500, "number", "exact"),  # not a version
    ("ответ за 2 часа", "2", 2, "number", "exact"),  # a duration, not a time of day
    ("заключение от 5 лет", "5", 5, "number", "exact"),  # "от" alone is no qualifier
    ("В 19 часов 5 человек", "5", 5, "number", "exact"),
    ("«Концепцией МФЦ 2.0» и 7 проектов", "7", 7, "number", "exact"),
    ("в 1 полугодии 5 тысяч", "5 тысяч", 5000, "number", "exact"),
    # factRuEval
    ("в социальной сети Facebook (более 400 млн активных", "400 млн", 400000000, "number", "more_than"),
    ("выручка составила 700 млн долларов", "700 млн", 700000000, "number", "exact"),
    ("банк заплатит около 100 млн долларов", "100 млн", 100000000, "number", "approx"),
    ("завод собрал более 140 тысяч таких автомобилей", "140 тысяч", 140000, "number", "more_than"),
    ("в соседнюю республику на 85% от планового", "85%", 85, "percent", "exact"),
    ("Кожул — 8,5 очков из 11", "8,5", 8.5, "number", "exact"),
    ("алкоголикам ежедневно по 10 бутылок водки", "10", 10, "number", "exact"),
    ("граждан не моложе 23 лет", "23", 23, "number", "exact"),
    ("Саакашвили — 52,1 % (922774 голоса)", "52,1 %", 52.1, "percent", "exact"),
    ("доля DST достигла 5%.", "5%", 5, "percent", "exact"),
    ("значение в 10 тысяч кипрских фунтов", "10 тысяч", 10000, "number", "exact"),
    ("Работа около 5 тысяч немецких ферм", "5 тысяч", 5000, "number", "approx"),
    ("составили 667,2 миллиона кипрских фунтов", "667,2 миллиона", 667200000, "number", "exact"),
    ("количество заявок достигло 1,2 миллиона.", "1,2 миллиона", 1200000, "number", "exact"),
    ("голосовали около 50 миллионов избирателей", "50 миллионов", 50000000, "number", "approx"),
    ("насчитывает более 400 млн пользователей.", "400 млн", 400000000, "number", "more_than"),
]


@pytest.mark.parametrize("text,span,value,kind,qualifier", QUANTITIES)
def test_quantity(text, span, value, kind, qualifier):
    q = first(text)
    assert (q.text, q.value, q.kind, q.qualifier) == (span, value, kind, qualifier)
    assert type(q.value) is type(value)  # an int when integral


# (text, span, low, value, kind): ranges and changes
RANGES = [
    ("выросло с 5 до 27 тысяч человек", "с 5 до 27 тысяч", 5000, 27000, "number"),
    ("расширен с 6 до 54 линий", "с 6 до 54", 6, 54, "number"),
    ("срок от 5 до 7 дней", "от 5 до 7", 5, 7, "number"),
    ("срок 5–7 дней", "5–7", 5, 7, "number"),
    ("срок 5-7 дней", "5-7", 5, 7, "number"),
    ("ожидание 10—15 минут", "10—15", 10, 15, "number"),
    ("не ранее чем через 80 — 100 лет", "80 — 100", 80, 100, "number"),
    ("Стоимость устройства — 7—9 тыс. долларов", "7—9 тыс.", 7000, 9000, "number"),
    ("сумму от 100 до 200 млн долларов", "от 100 до 200 млн", 100000000, 200000000, "number"),
    ("долг уменьшился с 114 миллиардов до 81,5 миллиардов", "с 114 миллиардов до 81,5 миллиардов",
     114000000000, 81500000000, "number"),
    ("выросло с 500 до 2 тысяч", "с 500 до 2 тысяч", 500, 2000, "number"),
    ("доля выросла с 46% до 80%", "с 46% до 80%", 46, 80, "percent"),
    ("доля выросла с 46 до 80%", "с 46 до 80%", 46, 80, "percent"),
    ("имеет 2-3% рынка", "2-3%", 2, 3, "percent"),
    ("могут колебаться в 2-3 раза", "в 2-3 раза", 2, 3, "ratio"),
    ("ожидает выручку 1,2—2 млрд долларов", "1,2—2 млрд", 1200000000, 2000000000, "number"),
    ("от трёх до пяти тысяч рублей", "от трёх до пяти тысяч", 3000, 5000, "number"),
    ("уменьшилась с десяти до восьми часов", "с десяти до восьми", 10, 8, "number"),
    ("находится в 4-5 км от коллектора", "4-5", 4, 5, "number"),
    ("при температурах от 15 до 30 градусов", "от 15 до 30", 15, 30, "number"),
    ("от -5 до +3 градусов", "от -5 до +3", -5, 3, "number"),
    ("малых МФЦ на 1-2 окна", "1-2", 1, 2, "number"),
    ("выросла с 2,5 до 4 млн", "с 2,5 до 4 млн", 2500000, 4000000, "number"),
]


@pytest.mark.parametrize("text,span,low,value,kind", RANGES)
def test_range(text, span, low, value, kind):
    q = first(text)
    assert (q.text, q.low, q.value, q.kind, q.qualifier) == (span, low, value, kind, "exact")


# (text, where the qualifier starts, or None)
QUALIFIER_STARTS = [
    ("поступило более 240 тысяч обращений", "более 240"),
    ("Зафиксирован более чем десятикратный рост", "более чем"),
    ("с количеством окон не менее 20", "не менее 20"),
    ("Это практически в 2,5 раза больше", "практически в"),
    ("тушек в два с лишним раза выше", "с лишним"),
    ("выросло более, чем в 2 раза", "более, чем"),
    ("обработали 2,9 млн обращений", None),
    ("выросло до 27 тысяч", None),
]


@pytest.mark.parametrize("text,start", QUALIFIER_STARTS)
def test_qualifier_start(text, start):
    q = first(text)
    if start is None:
        assert q.qualifier_start is None
    else:
        assert text[q.qualifier_start:].startswith(start)


# Text that holds no quantity at all
NOT_A_QUANTITY = [
    # years
    "в 2020 году", "2019 г.", "2019г.", "2018–2020 годы", "на 2020\nгод", "в 2020-м", "За 2019 год",
    "по сравнению с 2018 годом", "подвёл итоги 2019 года", "на 2020 г. рассказал", "с апреля по май 2020 года",
    "в 2020 финансовом году", "2021/2022 учебного года", "с 2018 по 2020, а затем", "в 2019 и 2020 годах",
    "в 2007-2008 годах", "в 90-х годах", "в конце 80-х, начале 90-х", "в 2000-х", "* 5079 год — сочла",
    "В 2007–2008 гг.", "итоги 2019.",
    # dates
    "7 сентября", "16.01.2023", "Posted 24 февраля 2021, 08:19", "20 мая, Понедельник", "4 марта 2020 г.",
    "с 13 по 29 января 2006 года", "3-4 июня 2010 г.", "В ночь с 20 на 21 июля", "2023-01-16",
    "1 и 2 декабря", "с 21 сентября по 13 октября",
    # times and scores
    "08:19", "в 10.30", "с 9.00 до 18.00", "В 19 часов по московскому времени", "с 9 до 18 часов",
    "около 7 вечера", "счёт 3:1", "В 19.58 мск он приземлился", "Топалов 0,5:0,5",
    # phones
    "8 (800) 100-00-00", "+7 495 123-45-67", "+7 (495) 123-45-67", "8-800-100-00-00", "тел. 123-45-67",
    # addresses
    "ул. Николая Отрады, 26а", "г. Калуга, ул. Марата 10", "д. 5", "корп. 2", "ул. Ленина, д. 5, корп. 2, кв. 15",
    "офис 305", "248000, г. Калуга", "проспект Мира, 12", "ул. 8 Марта, 12",
    # document numbers and references
    "№ 131-ФЗ", "приказ № 45", "Постановление 123-п", "№3", "статья 112 спортивного регламента",
    "п. 3 статьи 5", "Федеральный закон 44-ФЗ", "по Статье 283 уголовного кодекса",
    # names and versions
    "МФЦ 2.0", "«Концепцией МФЦ 2.0»", "Индустрия 4.0", "Windows 10", "пилота Формулы-1", "COVID-19",
    "корабля «Союз ТМА-12»", "гелия-3", "STS-124", "проект 0.facebook.com", "Channel 4 и канал Five",
    # ordinals
    "стал 50-м филиалом", "1 место", "за 2 место", "лауреат 1 степени", "дипломом 3 степени", "в 1 полугодии",
    "I квартал", "IV степени", "уже четвертый раз", "первое место", "двадцать пятый", "13-й долговременной",
    "на 3 месте", "депутаты 7 созыва",
    # words that are not figures
    "малых МФЦ на одно-два окна", "в течение двух-трёх дней", "одним из координаторов", "одной из лучших в стране",
    "один и тот же", "ни одного обращения", "тысячи обращений", "миллионы людей", "десятки тысяч",
    "сотни людей", "Три четверти из них", "две трети", "однако", "стоит", "семья", "пятница",
    "СТО на трассе", "Одним словом", "один из первых", "в одном лице", "МФЦ РЕГИОНА ДОЛЖНЫ",
    # glued to letters, compound adjectives
    "д. 26а", "сети 5G", "22-летний житель", "25-летие первого полёта", "87-летнего политика",
    # list numbers
    "3. Дюссельдорф — центр моды", "голоса). 2. Леван Гацелицадзе",
]


@pytest.mark.parametrize("text", NOT_A_QUANTITY)
def test_not_a_quantity(text):
    assert find_quantities(text) == []


# (text, span of the first ordinal, value)
ORDINALS = [
    ("офис стал 50-м филиалом МФЦ", "50-м", 50),
    ("занял 1-й ряд", "1-й", 1),
    ("со 2-го этажа", "2-го", 2),
    ("проходил 7-й личный чемпионат", "7-й", 7),
    ("Командир 13-й долговременной экспедиции", "13-й", 13),
    ("в день 80-й годовщины", "80-й", 80),
    ("• 6 апреля, 1-я партия", "1-я", 1),
    ("для 5-х классов", "5-х", 5),
    ("за 1 место - МФЦ г. Новотроицка", "1", 1),
    ("за 2 место - МФЦ", "2", 2),
    ("ТОСП Заглядинского сельсовета (1 место)", "1", 1),
    ("2 место у МФЦ Медногорска", "2", 2),
    ("а 3 место разделили", "3", 3),
    ("на 3 месте", "3", 3),
    ("обладатель 1 места", "1", 1),
    ("лауреат 1 степени - Михин С.В.", "1", 1),
    ("дипломом 3 степени МФЦ", "3", 3),
    ("В 1 полугодии специалистами", "1", 1),
    ("итоги 1 полугодия", "1", 1),
    ("в 3 квартале", "3", 3),
    ("итоги 3 квартала 2020 года", "3", 3),
    ("депутаты 7 созыва", "7", 7),
    ("на 3 этаже", "3", 3),
    ("в 21 веке", "21", 21),
    ("I квартал", "I", 1),
    ("IV степени", "IV", 4),
    ("XXI век", "XXI", 21),
    ("выступая на VII съезде", "VII", 7),
    ("Палаты представителей 112 созыва", "112", 112),
    ("появился первый постомат", "первый", 1),
    ("проводился уже четвертый раз", "четвертый", 4),
    ("третьего созыва", "третьего", 3),
    ("Вторая половина дня", "Вторая", 2),
    ("занимает двадцатое место", "двадцатое", 20),
    ("двадцать пятый филиал", "двадцать пятый", 25),
    ("сто первый километр", "сто первый", 101),
    ("центр госуслуг региона первым в России", "первым", 1),
    ("проходит уже в шестой раз", "шестой", 6),
    ("первое место", "первое", 1),
]


@pytest.mark.parametrize("text,span,value", ORDINALS)
def test_ordinal(text, span, value):
    found = find_ordinals(text)
    assert found, f"no ordinal in {text!r}"
    assert (found[0].text, found[0].value) == (span, value)
    assert not any(q.start < found[0].end and found[0].start < q.end for q in find_quantities(text))


# Text with no ordinal
NOT_AN_ORDINAL = [
    "3 места в автобусе", "за 2 квартала", "в 2020-м", "в 2-х экземплярах", "о 160-ти", "в конце 80-х",
    "пятница", "одна тысяча", "XIX", "в 2020 году", "5 участников", "миллионные штрафы", "в 24-х странах",
]


@pytest.mark.parametrize("text", NOT_AN_ORDINAL)
def test_not_an_ordinal(text):
    assert find_ordinals(text) == []


# The rule tables: every rule of NOT_QUANTITIES with an example it sets aside
RULE_EXAMPLES = {
    "date": "7 сентября",
    "numeric date": "16.01.2023",
    "year": "в 2020 году",
    "decade": "в конце 80-х",
    "clock or score": "08:19",
    "clock": "в 10.30",
    "o'clock": "В 19 часов",
    "opening hours": "с 9 до 18 часов",
    "time of day": "около 7 вечера",
    "phone": "8 (800) 100-00-00",
    "number sign": "приказ № 45",
    "code": "Постановление 123-п",
    "reference": "статья 112 регламента",
    "address": "ул. Марата 10",
    "house": "корп. 2",
    "postcode": "248000, г. Калуга",
    "version": "МФЦ 2.0",
    "latin name": "Windows 10",
    "list number": "3. Дюссельдорф",
    "domain": "0.facebook.com",
}


def test_every_rule_has_an_example():
    assert {rule.name for rule in NOT_QUANTITIES} == set(RULE_EXAMPLES)


@pytest.mark.parametrize("name,example", sorted(RULE_EXAMPLES.items()))
def test_rule_example(name, example):
    digit = re.search(r"[+\d]", example).start()
    holds = [
        rule for rule in NOT_QUANTITIES
        if rule.name == name and rule.at.match(example, digit)
        and (rule.before is None or rule.before.search(example, max(0, digit - rule.back), digit))
    ]
    assert holds, f"no {name} rule holds on {example!r}"
    assert find_quantities(example) == []


def test_tables():
    assert set(QUALIFIERS.values()) | set(AFTER_QUALIFIERS.values()) <= {"more_than", "less_than", "approx"}
    assert set(ORDINAL_NOUNS.values()) <= {"any", "one", "one_or_year"}
    assert all(isinstance(v, (int, float)) or str(v) == "1.5" for v in CARDINALS.values())
    assert all(v >= 1000 for v in MULTIPLIERS.values())
    for rule in NOT_QUANTITIES:
        assert rule.at.pattern and rule.back > 0
        assert rule.before is None or rule.before.pattern.endswith(r"\Z")


def test_records():
    q = first("поступило более 240 тысяч обращений")
    assert q == Quantity(16, 25, "240 тысяч", 240000, "number", "more_than", 10, None)
    assert find_ordinals("стал 50-м филиалом") == [Ordinal(5, 9, "50-м", 50)]


@pytest.mark.parametrize("bad", [None, 42, b"5 \xd1\x82\xd1\x8b\xd1\x81", ""])
def test_odd_input(bad):
    assert find_quantities(bad) == []
    assert find_ordinals(bad) == []


# ---------------------------------------------------------------------------------------------
# Whole texts

YEAR_WITH_WORD = re.compile(r"(?<!\d)\d{4}(?!\d)(?:-[а-яё]{1,3})?\s*(?:г\.|гг\.|год)", re.I)


def check_text(text: str) -> None:
    quantities, ordinals = find_quantities(text), find_ordinals(text)
    for found in (quantities, ordinals):
        for item in found:
            assert 0 <= item.start < item.end <= len(text)
            assert text[item.start:item.end] == item.text
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for year in YEAR_WITH_WORD.finditer(text):
        digits = (year.start(), year.start() + 4)
        assert not any(q.start < digits[1] and digits[0] < q.end for q in quantities), year[0]
    for q in quantities:
        assert not any(q.start < o.end and o.start < q.end for o in ordinals), q


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_text(path):
    check_text(path.read_text(encoding="utf-8"))


def test_factrueval_texts():
    paths = sorted(FACTRUEVAL.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/factrueval-2016-dev is absent")
    for path in paths:
        check_text(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_gold_metrics_are_read(path):
    """Every metric of the gold file has its figure read, with the gold value and qualifier."""
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    quantities = find_quantities(path.read_text(encoding="utf-8"))
    for metric in gold["metrics"]:
        if metric.get("borderline"):
            continue
        span = metric["value_span"]
        found = [q for q in quantities if q.start < span["end"] and span["start"] < q.end]
        assert found, metric["value_span"]["text"]
        assert (found[0].value, found[0].qualifier) == (metric["value"], metric["qualifier"])
        if metric["previous"] is not None:
            assert found[0].low == metric["previous"]
