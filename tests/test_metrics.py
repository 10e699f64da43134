"""The metrics extractor: reported figures with what they count, their change and their period (issue 5)."""

from __future__ import annotations

import re

import pytest

from pressfacts.extractors.metrics import words as metrics_words
from pressfacts.data import read_entries
from pressfacts.pipeline.morphology import parse
from pressfacts.schemas import Metric


def metrics(nlp, text: str) -> list[Metric]:
    doc = nlp(text)
    for metric in doc._.metrics:                       # every span is a slice of the text
        for span in (metric.span, metric.value_span):
            assert text[span.start : span.end] == span.text
        assert metric.span.start <= metric.value_span.start and metric.value_span.end <= metric.span.end
    return doc._.metrics


def one(nlp, text: str, value: float) -> Metric:
    found = [m for m in metrics(nlp, text) if m.value == value]
    assert len(found) == 1, [(m.value, m.span.text) for m in metrics(nlp, text)]
    return found[0]


def summary(metric: Metric) -> str:
    """"value unit kind qualifier": the short form the tables below compare."""
    value = int(metric.value) if metric.value == int(metric.value) else metric.value
    return f"{value} {metric.unit} {metric.kind} {metric.qualifier}"


# --- What is counted: the noun the figure governs ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("За 6 месяцев предоставлено порядка 320 тысяч государственных и муниципальных услуг.", "320000 услуга count approx"),
    ("В 1 полугодии специалистами были зарегистрированы почти 35 тысяч граждан.", "35000 гражданин count approx"),
    ("В колл-центр поступило более 240 тысяч обращений.", "240000 обращение count more_than"),
    ("В центрах оказывается более 230 видов услуг.", "230 вид count more_than"),
    ("Колл-центр был расширен с 6 до 54 линий.", "54 линия count exact"),
    ("В 2020 году специалисты МФЦ обработали 2,9 млн обращений.", "2900000 обращение count exact"),
    ("Круглые столы проводились на 4 площадках.", "4 площадка count exact"),
    ("В номинации были награждены 4 участника.", "4 участник count exact"),
    ("В мероприятии приняли участие более 100 человек.", "100 человек count more_than"),
    ("Сеть насчитывает 5 бизнес-офисов для обслуживания предпринимателей.", "5 бизнес-офис count exact"),
    ("Около 30 рабочих захватили завод.", "30 рабочий count approx"),              # an adjective used as a noun
    ("Полиция задержала 334 подозреваемых.", "334 подозреваемый count exact"),
    ("Их спас 1 турецкий корабль.", "1 корабль count exact"),
    ("Работа около 5 тысяч немецких ферм приостановлена.", "5000 ферма count approx"),
    ("Велотрасса имеет протяжённость 2,5 км.", "2.5 километр measure exact"),
])
def test_counted_noun(nlp, text, expected):
    assert [summary(m) for m in metrics(nlp, text)] == [expected]


@pytest.mark.parametrize("text,value,subject", [
    ("За 6 месяцев предоставлено порядка 320 тысяч государственных и муниципальных услуг.", 320000,
     "государственные и муниципальные услуги"),
    ("В нём открыты более 25 пунктов для приёма и выдачи документов.", 25, "пункты для приёма и выдачи документов"),
    ("На 2020 год сеть насчитывает 35 центров «Мои Документы».", 35, "центры «Мои Документы»"),
    ("Для тех, кто предпочитает очный формат обращений, работает 35 центров МФЦ.", 35, "центры МФЦ"),
    ("За прошлый год зафиксировано более 114 тысяч электронных обращений на получение региональных услуг.", 114000,
     "электронные обращения на получение региональных услуг"),
    ("В центрах оказывается более 230 видов услуг.", 230, "виды услуг"),
    ("Шахматисты сыграли 40 ходов.", 40, "ходы"),                                   # not the rare "хода"
])
def test_subject_of_a_count(nlp, text, value, subject):
    assert one(nlp, text, value).subject == subject


# --- Where the measured thing stands apart from the figure ------------------------------------

@pytest.mark.parametrize("text,value,expected,subject", [
    ("Сегодня в Волгоградской области охват населения составляет 97%.", 97, "97 % percent exact", "охват населения"),
    ("Время ожидания в очереди сократилось и составляет менее 15 минут.", 15, "15 минута duration less_than",
     "время ожидания в очереди"),
    ("Самое главное - удовлетворенность граждан качеством работы сети МФЦ более 90%.", 90, "90 % percent more_than",
     "удовлетворенность граждан качеством работы сети МФЦ"),
    ("«100% массовых социальных услуг, их всего 86, оказываются в электронном виде», - сообщил он.", 86,
     "86 услуга count exact", "массовые социальные услуги"),                      # the anaphor's antecedent
    ("«100% массовых социальных услуг, их всего 86, оказываются в электронном виде», - сообщил он.", 100,
     "100 % percent exact", "массовые социальные услуги"),
    ("В первые дни количество заявок достигло 1,2 миллиона.", 1200000, "1200000 заявка count exact", "количество заявок"),
    ("Сумма сделки впечатляет — 2,7 млрд долларов.", 2700000000, "2700000000 доллар money exact", "сумма сделки"),
    ("Стоимость заявки составляет 1200 рублей.", 1200, "1200 рубль money exact", "стоимость заявки"),
    ("Мехико гарантирует призовой фонд турнира в размере 1,3 миллионов долларов.", 1300000,
     "1300000 доллар money exact", "призовой фонд турнира"),
    ("ЕС наложил на компанию штраф в размере 500 миллионов долларов.", 500000000, "500000000 доллар money exact", "штраф"),
])
def test_measured_thing_before(nlp, text, value, expected, subject):
    metric = one(nlp, text, value)
    assert (summary(metric), metric.subject) == (expected, subject)


# --- Kinds: percent, money, ratio, duration ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("По результатам опроса почти 80% респондентов считает удобным онлайн режим.", "80 % percent approx"),
    ("Зарегистрировано 80 процентов жителей.", "80 % percent exact"),
    ("Проект стоимостью $70 млн откроет доступ к сети.", "70000000 доллар money exact"),
    ("Штраф составил 38 млн рублей.", "38000000 рубль money exact"),
    ("Стоимость паспорта — 1200 руб.", "1200 рубль money exact"),
    ("Билет стоит 300 ₽.", "300 рубль money exact"),
    ("Правительство выделяет 500 млн. евро на исследования.", "500000000 евро money exact"),
    ("Это практически в 2,5 раза больше, чем в позапрошлом году.", "2.5 раз ratio approx"),
    ("Зафиксирован более чем десятикратный рост числа звонивших.", "10 раз ratio more_than"),
    ("Сейчас в Турции живёт в десять раз больше крымских татар.", "10 раз ratio exact"),
    ("Продажи выросли вдвое.", "2 раз ratio exact"),
    ("Полёт занял 13 суток.", "13 сутки duration exact"),
    ("Свидание будет продолжаться три часа.", "3 час duration exact"),
    ("Запрет будет действовать один год.", "1 год duration exact"),
])
def test_kind_and_unit(nlp, text, expected):
    assert [summary(m) for m in metrics(nlp, text)] == [expected]


@pytest.mark.parametrize("text,value,subject", [
    ("Зафиксирован более чем десятикратный рост числа звонивших по сравнению с прошлым годом.", 10, "число звонивших"),
    ("Сейчас в Турции живёт в десять раз больше крымских татар, чем в Крыму.", 10, "крымские татары"),
    ("По результатам опроса почти 80% респондентов считает удобным онлайн режим.", 80, "респонденты"),
    ("Охват МФЦ - более 90% территории региона.", 90, "территория региона"),
])
def test_subject_of_a_percent_or_ratio(nlp, text, value, subject):
    assert one(nlp, text, value).subject == subject


# --- Changes and comparisons ------------------------------------------------------------------

@pytest.mark.parametrize("text,value,previous,change", [
    ("Посещение сайта в июне по сравнению с мартом выросло с 5 до 27 тысяч человек.", 27000, 5000, False),
    ("Колл-центр был расширен с 6 до 54 линий.", 54, 6, False),
    ("Внешний долг уменьшился с 114 миллиардов до 81,5 миллиардов долларов.", 81500000000, 114000000000, False),
    ("Показатель вырос до 30 тысяч обращений.", 30000, None, False),             # a new level, not a bound
    ("Зарегистрировано от 5 до 7 тысяч обращений.", 7000, None, False),          # a range is no change
    ("Доходы бюджета выросли на 11,7 процента.", 11.7, None, True),
    ("Цены на лекарства выросли на 18,3%.", 18.3, None, True),
    ("134 журналиста находятся в тюрьмах, это на 9 больше, чем в 2005 году.", 9, None, True),
])
def test_change(nlp, text, value, previous, change):
    metric = one(nlp, text, value)
    assert (metric.previous, metric.change) == (previous, change)


def test_a_difference_takes_the_counted_thing_of_the_figure_before(nlp):
    text = ("За 2019 год в окна МФЦ Ленинградской области поступило 4,3 миллиона обращений. "
            "По сравнению с 2018 годом показатель увеличился на миллион.")
    level, difference = metrics(nlp, text)
    assert (level.value, level.change, level.unit) == (4300000, False, "обращение")
    assert (difference.value, difference.change, difference.unit, difference.kind) == (1000000, True, "обращение", "count")
    assert difference.span.text == "показатель увеличился на миллион"           # from the anaphor, as "их всего 86"
    assert difference.value_span.text == "миллион"
    assert difference.period is None                                            # a comparison base is no period


# --- Periods ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,period", [
    ("За 6 месяцев предоставлено порядка 320 тысяч услуг.", 320000, "6 месяцев"),
    ("В колл-центр в период с апреля по май 2020 года поступило более 240 тысяч обращений.", 240000,
     "с апреля по май 2020 года"),
    ("За 2019 год в окна МФЦ поступило 4,3 миллиона обращений.", 4300000, "2019 год"),
    ("В 2020 году специалисты МФЦ обработали 2,9 млн обращений.", 2900000, "2020 году"),
    ("Посещение сайта в июне по сравнению с мартом выросло с 5 до 27 тысяч человек.", 27000, "июне"),
    ("На портале зарегистрировано 80% жителей, тогда как в 2021 году их было 46%.", 46, "2021 году"),
    ("На портале зарегистрировано 80% жителей, тогда как в 2021 году их было 46%.", 80, None),
    ("В МФЦ предоставляется 218 услуг, в том числе 12 новых появилось в 2022 году.", 12, "2022 году"),
    ("В МФЦ предоставляется 218 услуг, в том числе 12 новых появилось в 2022 году.", 218, None),
    ("В 2019 году охват составляет 97%, а в центрах оказывается более 230 видов услуг.", 230, "2019 году"),
    ("На 2020 год сеть насчитывает 35 центров, 5 бизнес-офисов и 2 филиала.", 5, "2020 год"),
    ("Это в 2,5 раза больше, чем в 2021 году.", 2.5, None),                    # a comparison base
    ("По сравнению с 2018 годом показатель увеличился на 20 тысяч обращений.", 20000, None),
    ("Выручка выросла на 11,7 процента в сравнении с аналогичным показателем 2019 года.", 11.7, None),
    ("В колл-центр поступило более 240 тысяч обращений.", 240000, None),
])
def test_period(nlp, text, value, period):
    metric = one(nlp, text, value)
    assert (metric.period.span.text if metric.period else None) == period


def test_period_is_the_date_mention_of_the_text(nlp):
    doc = nlp("В 2020 году специалисты МФЦ обработали 2,9 млн обращений.")
    assert doc._.metrics[0].period == doc._.dates[0]


# --- Organizations ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,organization", [
    ("За 2019 год в окна МФЦ Ленинградской области поступило 4,3 миллиона обращений.", 4300000,
     "МФЦ Ленинградской области"),
    ("Сегодня в Волгоградской области охват населения составляет 97%.", 97, "Волгоградская область"),
    ("В МФЦ предоставляется 218 услуг.", 218, None),                            # a generic "в МФЦ"
    ("В регионе оказывается 148 региональных госуслуг.", 148, None),
    # "в Европу" is a direction, not where the figure is: the one region the text names is
    ("Минск считает, что Москва задолжала за транзит газа в Европу 200 млн долларов.", 200000000, "Москва"),
    # a clause that names no place: the region of the text, else its district
    ("Правительство Рязанской области подвело итоги. В регионе построено 14 школ.", 14, "Рязанская область"),
    ("Глава Каменского района отчитался. В районе отремонтировано 12 км дорог.", 12, "Каменский район"),
    ("В Приморье туристы совершили 3 млн поездок.", 3000000, "Приморский край"),           # one name of a region
])
def test_organization(nlp, text, value, organization):
    assert one(nlp, text, value).organization == organization


# --- Lists ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Он отметил, что в регионе оказывается 148 региональных госуслуг и 621 муниципальная.",
     [("148 госуслуга count exact", "региональные госуслуги"), ("621 госуслуга count exact", "муниципальные госуслуги")]),
    ("В МФЦ предоставляется 218 услуг, в том числе 12 новых появилось в прошлом году.",
     [("218 услуга count exact", "услуги"), ("12 услуга count exact", "новые услуги")]),
    ("На 2020 год сеть насчитывает 35 центров «Мои Документы», 5 бизнес-офисов для обслуживания предпринимателей.",
     [("35 центр count exact", "центры «Мои Документы»"),
      ("5 бизнес-офис count exact", "бизнес-офисы для обслуживания предпринимателей")]),
    ("Предложение поддержали 26 депутатов из 30.",
     [("26 депутат count exact", "депутаты"), ("30 депутат count exact", "депутаты")]),
])
def test_list(nlp, text, expected):
    assert [(summary(m), m.subject) for m in metrics(nlp, text)] == expected


# --- Not metrics ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "7 сентября в Калуге состоялось итоговое совещание.",                              # a date
    "В 2020 году учреждение выполняет все задачи.",                                  # a year
    "Офис стал 50-м филиалом МФЦ в Волгоградской области.",                          # an ordinal
    "В номинации «Лучшая команда МФЦ» 2 место у МФЦ Медногорска.",                 # a place
    "Офис на ул. Николая Отрады, 26а открыт.",                                       # an address
    "Звоните по телефону 8 (800) 100-00-00.",                                        # a phone number
    "Закон № 131-ФЗ вступил в силу.",                                                # a law's number
    "Ему исполнилось 22 года.",                                                      # an age
    "Закон распространяется на граждан не моложе 23 лет.",
    "Мужчина в возрасте 85 лет скончался.",
    "«Буквально за 4 года МФЦ прочно вошли в нашу жизнь», — подчеркнул он.",         # a framing duration
    "Через пять лет завод перейдет на собственное производство.",
    "Газовый монополист три дня назад предупредил партнёров.",
    "Моторы взорвались за два дня до гонки.",
    "Площадь заняли ещё с 15 часов дня.",                                            # a time of day
    "Оптимизирована схема размещения малых МФЦ на одно-два окна.",                  # a type description
    "В категории «с количеством окон менее 20 окон» были награждены участники.",    # inside a quoted name
    "Еще одним камнем преткновения будет вопрос о долге.",                           # "one more"
    "Они встретятся на одной сцене.",                                                # "the same"
    "По завершении матча чемпион Европы — 1960 вышел на поле.",                      # a year without "год"
    "Тивяков (Нидерланды, 32, 2669) сыграл вничью.",                                 # nothing is said of the figures
])
def test_not_a_metric(nlp, text):
    assert metrics(nlp, text) == []


def test_boilerplate_figures_are_left_out(nlp):
    text = "Все услуги оказываются в электронном виде.\n\n1 просмотр0 комментариев\n\nНедавние посты\n"
    doc = nlp(text)
    assert [s.text for s in doc.spans["boilerplate"]]
    assert doc._.metrics == []


# --- Spans ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,span,value_span", [
    ("В колл-центр поступило более 240 тысяч обращений.", "более 240 тысяч обращений", "240 тысяч"),
    ("Сегодня охват населения составляет 97%.", "охват населения составляет 97%", "97%"),
    ("Выросло с 5 до 27 тысяч человек.", "с 5 до 27 тысяч человек", "27 тысяч"),
    ("Это практически в 2,5 раза больше.", "Это практически в 2,5 раза больше", "2,5"),   # from the anaphor
    ("Зафиксирован более чем десятикратный рост числа звонивших.", "более чем десятикратный рост", "десятикратный"),
    ("Круглые столы проводились на 4 площадках.", "4 площадках", "4"),
])
def test_spans(nlp, text, span, value_span):
    (metric,) = metrics(nlp, text)
    assert (metric.span.text, metric.value_span.text) == (span, value_span)


def test_every_span_points_into_the_seed_texts(nlp, seeds):
    for doc_id, text in seeds.items():
        assert metrics(nlp, text), doc_id


def test_every_span_points_into_the_factrueval_texts(nlp, factrueval):
    found = sum(len(metrics(nlp, text)) for text in factrueval.values())
    assert found > 100


# --- Data files -------------------------------------------------------------------------------

FIELDS = {  # file -> number of fields of every entry (None: a phrase of any length)
    "metrics_ages.txt": 1, "metrics_amounts.txt": 1, "metrics_anaphors.txt": 1, "metrics_change_nouns.txt": 1,
    "metrics_comparatives.txt": 1, "metrics_comparisons.txt": None, "metrics_copulas.txt": 1, "metrics_frames.txt": 2,
    "metrics_linkers.txt": 1, "metrics_naming.txt": 1, "metrics_sums.txt": 1, "metrics_units.txt": 3,
    "metrics_directions.txt": 2, "metrics_measures.txt": None, "metrics_period_adjectives.txt": 1,
    "metrics_rate_bases.txt": 1, "metrics_targets.txt": 1, "metrics_light_nouns.txt": 1,
}
LEMMA_FILES = ("metrics_amounts.txt", "metrics_change_nouns.txt", "metrics_copulas.txt", "metrics_naming.txt", "metrics_sums.txt")


def test_every_data_file_is_listed_and_checked():
    assert set(metrics_words.DATA_FILES) == set(FIELDS)


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_data_file_entries(name):
    entries = read_entries(name)
    assert entries, name
    keys = [e.fields if name in ("metrics_frames.txt", "metrics_comparisons.txt", "metrics_measures.txt") else e.fields[0] for e in entries]
    assert len(keys) == len(set(keys)), f"{name}: a duplicate entry"
    for entry in entries:
        where = f"{name}:{entry.line}"
        assert entry.example, f"{where}: every entry has the example that needed it"
        assert FIELDS[name] is None or len(entry.fields) == FIELDS[name], where
        assert all(f == f.lower() for f in entry.fields[:1]) or name == "metrics_units.txt", where


def test_comparison_entries():
    for entry in read_entries("metrics_comparisons.txt"):
        assert entry.example and all(re.fullmatch(r"[а-яё]+", w) for w in entry.fields), entry


def test_units_and_frames_use_known_values():
    for entry in read_entries("metrics_units.txt"):
        assert entry.fields[2] in metrics_words.KINDS, entry
    for entry in read_entries("metrics_frames.txt"):
        assert entry.fields[1] in metrics_words.FRAME_PLACES, entry


@pytest.mark.parametrize("name", LEMMA_FILES)
def test_lemma_lists_hold_dictionary_forms(name):
    for entry in read_entries(name):
        word = entry.fields[0]
        assert any(p.normal_form == word for p in parse(word)), f"{name}:{entry.line} {word!r} is not a lemma"
