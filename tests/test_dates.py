from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pressfacts.pipeline.cleanup import find_boilerplate, find_published
from pressfacts.pipeline.dates import RULES, find_dates
from pressfacts.schemas import DateMention

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
TEXTS = ROOT / "corpus" / "texts"
FACTRUEVAL = Path(__file__).resolve().parents[2] / "shared" / "factrueval-2016-dev"


def as_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def only(text: str, published: str | None) -> DateMention:
    mentions = find_dates(text, as_date(published))
    assert len(mentions) == 1, [m.span.text for m in mentions]
    return mentions[0]


def show(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# (text, published, span, start, end, granularity); a row per case.
DATES = [
    # days; seed texts 000, 003 and the headers of 001, 002
    ("7 сентября в Калуге состоялось итоговое совещание", None, "7 сентября", None, None, "day"),
    ("7 сентября в Калуге состоялось итоговое совещание", "2020-09-10", "7 сентября", "2020-09-07", "2020-09-07", "day"),
    ("4 марта 2020 г. на базе центра «Мой бизнес»", None, "4 марта 2020 г.", "2020-03-04", "2020-03-04", "day"),
    ("16.01.2023\nОн отметил", None, "16.01.2023", "2023-01-16", "2023-01-16", "day"),
    ("Posted 24 февраля 2021, 08:19", None, "24 февраля 2021, 08:19", "2021-02-24", "2021-02-24", "day"),
    ("20 мая, Понедельник", None, "20 мая, Понедельник", None, None, "day"),
    ("20 мая, Понедельник", "2023-01-16", "20 мая, Понедельник", "2022-05-20", "2022-05-20", "day"),  # > 2 months ahead: last year
    ("Форум пройдет 15 марта", "2023-01-16", "15 марта", "2023-03-15", "2023-03-15", "day"),  # < 2 months ahead: this year
    ("Приём начнётся 5 января", "2022-12-20", "5 января", "2023-01-05", "2023-01-05", "day"),  # over New Year
    ("с 1 января 2008 граждане России смогут", None, "1 января 2008", "2008-01-01", "2008-01-01", "day"),
    ("На 1 декабря 2006 года во всём мире", None, "1 декабря 2006 года", "2006-12-01", "2006-12-01", "day"),
    ("В понедельник 28 июня у здания мэрии", "2010-07-01", "28 июня", "2010-06-28", "2010-06-28", "day"),
    ("Например, 27 декабря прошлого года возник слух", "2011-06-01", "27 декабря прошлого года", "2010-12-27", "2010-12-27", "day"),
    ("выдано 1-го сентября 2021 года", None, "1-го сентября 2021 года", "2021-09-01", "2021-09-01", "day"),
    ("Заседание 05.06.2019 10:30 в зале", None, "05.06.2019 10:30", "2019-06-05", "2019-06-05", "day"),
    ("дата 2020-03-04 в журнале", None, "2020-03-04", "2020-03-04", "2020-03-04", "day"),
    ("8 Марта женщины получили цветы", None, "8 Марта", None, None, "day"),
    ("29 февраля сотрудники дежурили", "2021-03-05", "29 февраля", "2020-02-29", "2020-02-29", "day"),
    ("Официально закончился в субботу, 13 ноября, срок", "2010-11-20", "13 ноября", "2010-11-13", "2010-11-13", "day"),
    # day ranges
    ("7-8 сентября прошел форум", None, "7-8 сентября", None, None, "range"),
    ("7-8 сентября прошел форум", "2020-09-10", "7-8 сентября", "2020-09-07", "2020-09-08", "range"),
    ("в Неву 3-4 июня 2010 г. произошел сброс", None, "3-4 июня 2010 г.", "2010-06-03", "2010-06-04", "range"),
    ("Акция пройдёт с 1 по 5 марта 2021 года", None, "с 1 по 5 марта 2021 года", "2021-03-01", "2021-03-05", "range"),
    ("С 20 апреля по 15 июня имена будут продаваться", "2011-06-20", "С 20 апреля по 15 июня", "2011-04-20", "2011-06-15", "range"),
    ("состоится с 21 сентября по 13 октября 2006 года", None, "с 21 сентября по 13 октября 2006 года", "2006-09-21", "2006-10-13", "range"),
    ("каникулы с 20 декабря по 10 января", "2023-01-16", "с 20 декабря по 10 января", "2022-12-20", "2023-01-10", "range"),
    ("с 01.01.2020 по 31.12.2020 работали", None, "с 01.01.2020 по 31.12.2020", "2020-01-01", "2020-12-31", "range"),
    ("в субботу 21–22 октября", "2010-10-25", "21–22 октября", "2010-10-21", "2010-10-22", "range"),
    # months
    ("В ноябре создан Региональный центр", "2023-01-16", "ноябре", "2022-11-01", "2022-11-30", "month"),
    ("В ноябре создан Региональный центр", None, "ноябре", None, None, "month"),
    ("В августе появился первый постомат", "2023-01-16", "августе", "2022-08-01", "2022-08-31", "month"),
    ("В январе открыт офис", "2023-01-16", "январе", "2023-01-01", "2023-01-31", "month"),
    ("посещение сайта по сравнению с мартом выросло", None, "мартом", None, None, "month"),
    ("посещение сайта по сравнению с мартом выросло", "2020-09-10", "мартом", "2020-03-01", "2020-03-31", "month"),
    ("цены в декабре 2010 г. достигли максимума", None, "декабре 2010 г.", "2010-12-01", "2010-12-31", "month"),
    ("купила акции в мае 2009 года", None, "мае 2009 года", "2009-05-01", "2009-05-31", "month"),
    ("Медведев в ноябре прошлого года назвал", "2011-06-01", "ноябре прошлого года", "2010-11-01", "2010-11-30", "month"),
    ("в апреле этого года", "2011-06-01", "апреле этого года", "2011-04-01", "2011-04-30", "month"),
    ("государственность в сентябре с.г.", "2011-06-01", "сентябре с.г.", "2011-09-01", "2011-09-30", "month"),
    ("закрыть в конце июля", "2010-08-01", "июля", "2010-07-01", "2010-07-31", "month"),
    ("в конце сентября 2010-го нефтепровод", None, "сентября 2010-го", "2010-09-01", "2010-09-30", "month"),
    ("полёт запланирован на ноябрь", "2011-12-01", "ноябрь", "2011-11-01", "2011-11-30", "month"),
    ("в марте 2020 человек получили услуги", None, "марте", None, None, "month"),  # a count, not the year
    # month ranges
    ("В колл-центр в период с апреля по май 2020 года поступило", None, "с апреля по май 2020 года", "2020-04-01", "2020-05-31", "range"),
    ("январь–март 2021 г. показал рост", None, "январь–март 2021 г.", "2021-01-01", "2021-03-31", "range"),
    ("что «с ноября по декабрь 2010 года Андрей", None, "с ноября по декабрь 2010 года", "2010-11-01", "2010-12-31", "range"),
    ("перенесена на август-сентябрь", "2011-10-01", "август-сентябрь", "2011-08-01", "2011-09-30", "range"),
    ("с ноября по февраль шёл ремонт", "2023-03-10", "с ноября по февраль", "2022-11-01", "2023-02-28", "range"),
    # years; seed texts 000-004
    ("За 2019 год в окна МФЦ", None, "2019 год", "2019-01-01", "2019-12-31", "year"),
    ("по итогам деятельности в 2019 году", None, "2019 году", "2019-01-01", "2019-12-31", "year"),
    ("и задачах на 2020 год.", None, "2020 год", "2020-01-01", "2020-12-31", "year"),
    ("подвёл итоги 2019 года, выделил", None, "2019 года", "2019-01-01", "2019-12-31", "year"),
    ("в регионе на 2020 г. рассказал", None, "2020 г.", "2020-01-01", "2020-12-31", "year"),
    ("По сравнению с 2018 годом показатель увеличился", None, "2018 годом", "2018-01-01", "2018-12-31", "year"),
    ("На 2020\nгод сеть насчитывает", None, "2020\nгод", "2020-01-01", "2020-12-31", "year"),
    ("как и в 2020-м, центр работал", None, "2020-м", "2020-01-01", "2020-12-31", "year"),
    ("в 2020-м году", None, "2020-м году", "2020-01-01", "2020-12-31", "year"),
    ("вероятно до 2024 года, прежде чем", None, "до 2024 года", None, "2024-12-31", "range"),  # open: issue 18
    ("сделанным в 1704 году по библейской книге", None, "1704 году", "1704-01-01", "1704-12-31", "year"),
    ("в 2020г. выдано", None, "2020г.", "2020-01-01", "2020-12-31", "year"),
    # year ranges
    ("программа на 2018–2020 годы", None, "2018–2020 годы", "2018-01-01", "2020-12-31", "range"),
    ("в 2018-2020 гг. построено", None, "2018-2020 гг.", "2018-01-01", "2020-12-31", "range"),
    ("исследования в течение 2007 — 2016 годов", None, "2007 — 2016 годов", "2007-01-01", "2016-12-31", "range"),
    ("с 2018 по 2020 год открыто", None, "с 2018 по 2020 год", "2018-01-01", "2020-12-31", "range"),
    # half-years, quarters, months of a year
    ("В 1 полугодии специалистами были зарегистрированы", None, "1 полугодии", None, None, "half_year"),
    ("В 1 полугодии специалистами были зарегистрированы", "2020-09-10", "1 полугодии", "2020-01-01", "2020-06-30", "half_year"),
    ("1 полугодие", None, "1 полугодие", None, None, "half_year"),
    ("за первое полугодие 2009 года цены", None, "первое полугодие 2009 года", "2009-01-01", "2009-06-30", "half_year"),
    ("второе полугодие", "2020-03-04", "второе полугодие", "2019-07-01", "2019-12-31", "half_year"),
    ("I квартал", "2021-05-01", "I квартал", "2021-01-01", "2021-03-31", "quarter"),
    ("итоги за 1 квартал 2021 года", None, "1 квартал 2021 года", "2021-01-01", "2021-03-31", "quarter"),
    ("в третьем квартале", "2021-11-01", "третьем квартале", "2021-07-01", "2021-09-30", "quarter"),
    ("в IV квартале 2020 г.", None, "IV квартале 2020 г.", "2020-10-01", "2020-12-31", "quarter"),
    ("за 9 месяцев 2020 года", None, "9 месяцев 2020 года", "2020-01-01", "2020-09-30", "range"),
    ("за шесть месяцев текущего года", "2020-09-10", "шесть месяцев текущего года", "2020-01-01", "2020-06-30", "half_year"),
    # durations
    ("За 6 месяцев предоставлено порядка 320 тысяч", None, "6 месяцев", None, None, "half_year"),
    ("За 6 месяцев предоставлено порядка 320 тысяч", "2020-09-10", "6 месяцев", "2020-01-01", "2020-06-30", "half_year"),  # the year's first six
    ("за 3 месяца поступило около 2 тысяч обращений", None, "3 месяца", None, None, "quarter"),
    ("за 3 месяца поступило около 2 тысяч обращений", "2023-01-16", "3 месяца", "2022-10-16", "2023-01-16", "quarter"),
    ("за 5 месяцев выдано", "2023-01-16", "5 месяцев", "2022-08-16", "2023-01-16", "range"),
    ("за полгода выдано", "2023-01-16", "полгода", "2022-07-16", "2023-01-16", "half_year"),
    ("сброс отходов в реку за последние два месяца", "2011-06-15", "последние два месяца", "2011-04-15", "2011-06-15", "range"),
    ("в течение последних 30 лет", "2011-03-01", "последних 30 лет", "1981-03-01", "2011-03-01", "range"),
    # seasons
    ("Произошло это осенью 2004 года", None, "осенью 2004 года", "2004-09-01", "2004-11-30", "range"),
    ("Весной нынешнего года в Chrome Web Store", "2011-06-01", "Весной нынешнего года", "2011-03-01", "2011-05-31", "range"),
    # relative
    ("За прошлый год зафиксировано более 114 тысяч", "2023-01-16", "прошлый год", "2022-01-01", "2022-12-31", "year"),
    ("в 2,5 раза больше, чем в позапрошлом году", "2023-01-16", "позапрошлом году", "2021-01-01", "2021-12-31", "year"),
    ("12 новых появилось в прошлом году", "2023-01-16", "прошлом году", "2022-01-01", "2022-12-31", "year"),
    ("в прошлом году", None, "прошлом году", None, None, "year"),
    ("В этом году начнет работу МФЦ в Ивангороде", None, "этом году", None, None, "year"),
    ("В этом году начнет работу МФЦ в Ивангороде", "2020-03-01", "этом году", "2020-01-01", "2020-12-31", "year"),
    ("в текущем году цены", "2011-01-20", "текущем году", "2011-01-01", "2011-12-31", "year"),
    ("в следующем году", "2023-01-16", "следующем году", "2024-01-01", "2024-12-31", "year"),
    ("до конца этого года", "2011-06-01", "до конца этого года", "2011-06-01", "2011-12-31", "range"),  # what is left of it
    ("По результатам прошлогоднего опроса", "2023-01-16", "прошлогоднего", "2022-01-01", "2022-12-31", "year"),
    ("прошлогодний рекорд", "2023-01-16", "прошлогодний", "2022-01-01", "2022-12-31", "year"),
    ("отметили конструктивность работы за прошедший год", "2020-03-04", "прошедший год", "2019-01-01", "2019-12-31", "year"),
    ("Сегодня в Тракторозаводском офисе МФЦ", "2021-02-24", "Сегодня", "2021-02-24", "2021-02-24", "day"),
    ("Сегодня в Тракторозаводском офисе МФЦ", None, "Сегодня", None, None, "day"),
    ("покушение совершено вчера вечером", "2021-03-01", "вчера", "2021-02-28", "2021-02-28", "day"),
    ("приём продолжится завтра", "2021-02-28", "завтра", "2021-03-01", "2021-03-01", "day"),
    ("в минувшем месяце", "2023-01-16", "минувшем месяце", "2022-12-01", "2022-12-31", "month"),
    ("в прошлом месяце", "2023-03-31", "прошлом месяце", "2023-02-01", "2023-02-28", "month"),
    ("на прошлой неделе", "2023-01-18", "прошлой неделе", "2023-01-09", "2023-01-15", "range"),
    ("Ранее на этой неделе диоксин был обнаружен", "2011-01-12", "этой неделе", "2011-01-10", "2011-01-16", "range"),
]


@pytest.mark.parametrize("text,published,span,start,end,granularity", DATES)
def test_date(text, published, span, start, end, granularity):
    mention = only(text, published)
    assert (mention.span.text, show(mention.start), show(mention.end), mention.granularity) == (span, start, end, granularity)
    assert text[mention.span.start : mention.span.end] == span


# (text, published, span, year, month, day, time, relative): what the text itself fixes.
FIELDS = [
    ("7 сентября", None, "7 сентября", None, 9, 7, None, False),
    ("7 сентября", "2020-09-10", "7 сентября", None, 9, 7, None, True),
    ("4 марта 2020 г.", None, "4 марта 2020 г.", 2020, 3, 4, None, False),
    ("Posted 24 февраля 2021, 08:19", None, "24 февраля 2021, 08:19", 2021, 2, 24, "08:19", False),
    ("7 сентября в 10:00 открытие", None, "7 сентября в 10:00", None, 9, 7, "10:00", False),
    ("В ноябре создан", "2023-01-16", "ноябре", None, 11, None, None, True),
    ("В ноябре создан", None, "ноябре", None, 11, None, None, False),
    ("с апреля по май 2020 года", None, "с апреля по май 2020 года", 2020, None, None, None, False),
    ("с 1 по 5 марта 2021 года", None, "с 1 по 5 марта 2021 года", 2021, 3, None, None, False),
    ("с 20 декабря 2020 года по 10 января 2021 года", None, "с 20 декабря 2020 года по 10 января 2021 года", None, None, None, None, False),
    ("в прошлом году", "2023-01-16", "прошлом году", None, None, None, None, True),
    ("в прошлом году", None, "прошлом году", None, None, None, None, True),
    ("сегодня", None, "сегодня", None, None, None, None, True),
    ("в 2019 году", None, "2019 году", 2019, None, None, None, False),
    ("первое полугодие 2020 года", None, "первое полугодие 2020 года", 2020, None, None, None, False),
    ("в ноябре прошлого года", None, "ноябре прошлого года", None, 11, None, None, True),
    ("2018–2020 годы", None, "2018–2020 годы", None, None, None, None, False),
    ("за 6 месяцев", None, "6 месяцев", None, None, None, None, False),
    ("за 6 месяцев", "2020-09-10", "6 месяцев", None, None, None, None, True),
]


@pytest.mark.parametrize("text,published,span,year,month,day,time,relative", FIELDS)
def test_fields(text, published, span, year, month, day, time, relative):
    m = only(text, published)
    assert (m.span.text, m.year, m.month, m.day, m.time, m.relative) == (span, year, month, day, time, relative)


# (text, published, spans): several mentions in one sentence, in order.
SENTENCES = [
    ("по итогам деятельности сети МФЦ в 2019 году и задачах на 2020 год", None, ["2019 году", "2020 год"]),
    ("посещение сайта в июне по сравнению с мартом выросло", None, ["июне", "мартом"]),
    ("условно-досрочно в 1995 и 2002 годах", None, ["1995", "2002 годах"]),
    ("три выходных дня — 18, 23 и 26 января", None, ["18", "23", "26 января"]),
    ("в мае и июне", None, ["мае", "июне"]),
    ("будут проводиться 21 апреля в Москве и 13 мая в Орле", None, ["21 апреля", "13 мая"]),
    ("Буквально за 4 года МФЦ прочно вошли в нашу жизнь. Сегодня в области охват 97%", "2021-02-24", ["Сегодня"]),
]


@pytest.mark.parametrize("text,published,spans", SENTENCES)
def test_sentence(text, published, spans):
    assert [m.span.text for m in find_dates(text, as_date(published))] == spans


# (text, published): no date here.
NOT_DATES = [
    ("Организатором конкурса, который проводился уже четвертый раз", None),  # an ordinal
    ("связан с «Концепцией МФЦ 2.0»", None),  # a version number
    ("Разработчики проектов в течение дня знакомили присутствующих", "2020-03-04"),
    ("Вторая половина дня прошла в формате круглых столов", "2020-03-04"),
    ("Раньше им приходилось ехать в другой район", "2021-02-24"),
    ("В дальнейшем качество и доступность услуг будут повышаться", "2021-02-24"),
    ("Во время действия ограничительных мер в МФЦ", None),
    ("В мероприятии приняли участие 2020 человек", None),  # a count that looks like a year
    ("поступило 1500 обращений", None),
    ("подано более 2000 заявлений", None),
    ("г. Калуга, ул. Марата 10", None),  # a house number
    ("офис на ул. Николая Отрады, 26а", None),
    ("ул. 8 Марта, д. 5", None),  # a street named after a date
    ("проспект 1 Мая, 12", None),
    ("Телефон горячей линии 8 (800) 100-20-20", None),  # a phone number
    ("Справки по телефону +7 (4842) 2020-10", None),
    ("ему 45 лет", None),  # an age
    ("Буквально за 4 года МФЦ прочно вошли в нашу жизнь", "2021-02-24"),  # decided: a framing duration in years
    ("за 2 месяца до выборов", "2021-02-24"),  # before an event, not a period that ends at publication
    ("стал 50-м филиалом МФЦ", None),  # an ordinal
    ("с 2000-го обращения", None),  # an ordinal in the shape of a year
    ("это в 2,5 раза больше", None),
    ("добавить 1000 г муки", None),  # grams, not a year
    ("Петр и Марта пришли", None),  # a name, not a month
    ("Май выдался тёплым", None),  # no preposition: not taken as a month alone
    ("до ноября того же года", "2011-06-01"),  # anaphoric: the year of another date
    ("31 апреля", None),  # not in the calendar
    ("31.02.2020", None),
    ("лауреат 1 степени, 1 место", None),
    ("итоги полугодия", None),  # decided: a bare half-year (gold borderline)
    ("в последние годы", "2021-02-24"),  # how many, the text does not say
    ("Новая волна-2009 в Юрмале", None),  # a name with a year in it, no year word
    ("Это год больших перемен", "2021-02-24"),  # "это", not "этот"
]


@pytest.mark.parametrize("text,published", NOT_DATES)
def test_not_a_date(text, published):
    assert [m.span.text for m in find_dates(text, as_date(published))] == []


def test_rules_table():
    for rule in RULES:
        assert rule.build.__doc__, rule.build.__name__
        assert all(word == word.lower() for word in rule.needs), rule.needs  # compared with the lowered text


def test_published_may_be_a_datetime():
    assert show(only("в прошлом году", None).start) is None
    mention = find_dates("в прошлом году", dt.datetime(2023, 1, 16, 8, 19))[0]
    assert show(mention.start) == "2022-01-01"


def metadata(text: str) -> list[tuple[int, int]]:
    """Boilerplate lines and a header or dateline that gave the publication date: not the text's dates."""
    spans = list(find_boilerplate(text))
    found = find_published(text)
    if found and found[1] != "text":
        spans.append((found[0].span.start, found[0].span.end))
    return spans


@pytest.mark.parametrize("doc_id", sorted(p.stem for p in GOLD.glob("*.json")))
def test_gold_dates(doc_id):
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    text = (TEXTS / f"{doc_id}.txt").read_text(encoding="utf-8")
    published = as_date(gold["published"]["start"]) if gold["published"] else None
    skipped = metadata(text)
    found = [m for m in find_dates(text, published)
             if not any(s <= m.span.start and m.span.end <= e for s, e in skipped)]
    mine = {(m.span.start, m.span.end): m for m in found}

    expected = [d for d in gold["dates"] if not d.get("borderline")]
    for item in expected:
        key = (item["span"]["start"], item["span"]["end"])
        assert key in mine, f"missed {item['span']['text']!r}"
        m = mine[key]
        assert m.span.text == item["span"]["text"]
        assert (show(m.start), show(m.end)) == (item["start"], item["end"]), item["span"]["text"]

    borderline = [(d["span"]["start"], d["span"]["end"]) for d in gold["dates"] if d.get("borderline")]
    gold_keys = {(d["span"]["start"], d["span"]["end"]) for d in expected}
    extra = [m.span.text for (s, e), m in mine.items()
             if (s, e) not in gold_keys and not any(bs < e and s < be for bs, be in borderline)]
    assert extra == []


def check_mentions(text: str, mentions: list[DateMention]) -> None:
    ends = -1
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.start >= ends, "mentions overlap or are out of order"
        ends = m.span.end
        DateMention.model_validate(m.model_dump(), context={"text": text})


def test_factrueval_texts():
    paths = sorted(FACTRUEVAL.glob("*.txt"))
    if not paths:
        pytest.skip(f"{FACTRUEVAL} is absent")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for published in (None, dt.date(2011, 6, 15)):
            check_mentions(text, find_dates(text, published))
