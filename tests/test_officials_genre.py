"""Officials as the genre writes them (issue 17): one row per construction, negative rows among
them. Every sentence is invented in the genre's phrasing; no name is taken from a corpus."""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.pipeline.regions import text_region
from pressfacts.schemas import DocumentResult


@pytest.fixture(scope="module")
def nlp():
    return pressfacts.load()


def officials(nlp, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    doc = nlp(text)
    DocumentResult(doc_id="t", officials=doc._.officials).check_spans(text)   # every span a slice of the text
    return [(o.name.full, o.position, o.organization, o.organization_implied) for o in doc._.officials]


# --- the region a text is about ---------------------------------------------------------------------

@pytest.mark.parametrize("text,region", [
    ("В Рязанской области отремонтировали 40 км дорог.", "Рязанская область"),
    ("Рязань. 25 сентября. Депутаты областной думы утвердили бюджет.", "Рязанская область"),      # the dateline's capital
    ("Депутаты Рязанской областной думы утвердили бюджет.", "Рязанская область"),                # the adjective before "областной"
    ("В Кузбассе открыли школу. Губернатор Кемеровской области — Кузбасса вручил ключи.", "Кемеровская область — Кузбасс"),
    ("Глава Коми подписал указ. В Республике Коми открыли больницу.", "Республика Коми"),
    ("В Якутии и в Республике Саха (Якутия) прошли выборы.", "Республика Саха (Якутия)"),
    # the region named most often wins; districts and first names are not regions
    ("Делегация Тульской области посетила Калугу. В Калужской области её встретил губернатор. Калуга готовится.",
     "Калужская область"),
    ("В Кировском районе города открыли парк.", None),
    ("Владимир Орлов открыл выставку.", None),
    ("Погода будет тёплой.", None),
    # named once, late: a federal text's biography, not its region
    ("Премьер-министр подписал распоряжение о назначении. Новый заместитель министра здравоохранения работал "
     "в системе здравоохранения долгие годы, руководил больницами и поликлиниками, преподавал в университете, "
     "возглавлял профильный комитет и фонд. До назначения он занимал пост вице-губернатора Приморского края.", None),
])
def test_the_region_a_text_is_about(nlp, text, region):
    found = text_region(nlp.make_doc(text))
    assert (found.name if found else None) == region
    if found:
        assert text[found.start:found.end]                    # a span of the text


# --- organizations a regional text leaves implied -----------------------------------------------------

IMPLIED_ROWS = [
    ("В Рязанской области подвели итоги. Губернатор Олег Белкин поблагодарил медиков.",
     [("Олег Белкин", "губернатор", "Рязанская область", True)]),
    ("На Ставрополье отремонтировали дороги. Об этом сообщил министр дорожного хозяйства края Иван Орлов.",
     [("Иван Орлов", "министр дорожного хозяйства", "Ставропольский край", True)]),
    ("В Кировской области назначен новый первый заместитель губернатора области Пётр Лаптев.",
     [("Пётр Лаптев", "первый заместитель губернатора", "Кировская область", True)]),
    ("Врио губернатора Анна Ким посетила Тамбовскую область.",
     [("Анна Ким", "временно исполняющий обязанности губернатора", "Тамбовская область", True)]),
    ("В Лесном районе открыли школу. Глава района Иван Орлов перерезал ленту. Лесной район готовится к празднику.",
     [("Иван Орлов", "глава", "Лесной район", True)]),                              # the district the text is about
    ("Глава района Иван Орлов перерезал ленту.", [("Иван Орлов", "глава", "район", False)]),
    # written organizations stay; a region written as a part of its name takes the full name
    ("В Рязанской области директор школы № 5 Ольга Сомова рассказала о ремонте.",
     [("Ольга Сомова", "директор", "школа № 5", False)]),
    ("В Республике Коми открыли больницу. Врио Главы Денис Зуев поздравил медиков.",      # a republic's head
     [("Денис Зуев", "временно исполняющий обязанности Главы", "Республика Коми", True)]),
    ("В Рязанской области открыли больницу. Глава Денис Зуев поздравил медиков.", [("Денис Зуев", "глава", None, False)]),
    ("Министр здравоохранения Коми Денис Зуев открыл больницу.", [("Денис Зуев", "министр здравоохранения", "Республика Коми", False)]),
    ("Донской губернатор Василий Орлов провёл совещание.", [("Василий Орлов", "губернатор", "Ростовская область", False)]),
    # no region in the text, or a post that is not the region's: nothing implied
    ("Губернатор Олег Белкин поблагодарил медиков.", [("Олег Белкин", "губернатор", None, False)]),
    ("В Рязанской области прошёл турнир. Тренер Олег Белкин поблагодарил спортсменов.", [("Олег Белкин", "тренер", None, False)]),
    ("В Рязанской области прошёл турнир. Мэр Олег Белкин поблагодарил спортсменов.", [("Олег Белкин", "мэр", None, False)]),
]


@pytest.mark.parametrize("text,expected", IMPLIED_ROWS)
def test_organizations_a_regional_text_leaves_implied(nlp, text, expected):
    assert officials(nlp, text) == expected


# --- what the awards tell the officials --------------------------------------------------------------

LINK_ROWS = [
    ("Итоги конкурса рисунков.\n2 место – Ольга Рябова – МБОУ «СШ № 1».",
     [("Ольга Рябова", None, "МБОУ «СШ № 1»", False)]),
    ("Дипломом губернатора награждён ансамбль «Родник», руководитель Нина Белова.",
     [("Нина Белова", "руководитель", "ансамбль «Родник»", False)]),
    ("Дипломом II степени награждена Анна Ким из ДК «Заря».", [("Анна Ким", None, "ДК «Заря»", False)]),
    ("Дипломом награждён ансамбль «Истоки» Дома культуры п. Лесной, руководитель Нина Белова.",     # the house between
     [("Нина Белова", "руководитель", "ансамбль «Истоки»", False)]),
    # a person's own organization stays; a name far from a collective is not its leader
    ("Грамотой награждена директор школы № 5 Ольга Сомова из ДК «Заря».", [("Ольга Сомова", "директор", "школа № 5", False)]),
    ("Дипломом награждён ансамбль «Родник». На концерте выступил руководитель Нина Белова.",
     [("Нина Белова", "руководитель", None, False)]),
]


@pytest.mark.parametrize("text,expected", LINK_ROWS)
def test_what_the_awards_tell_the_officials(nlp, text, expected):
    assert officials(nlp, text) == expected


# --- organizations in the nominative, split off the position -------------------------------------------

ORGANIZATION_ROWS = [
    ("Заместитель главного врача Лесной МРБ Ольга Сомова выступила.", [("Ольга Сомова", "заместитель главного врача", "Лесная МРБ", False)]),
    ("Слово взяла заведующая Озёрской ЦРБ Ирина Котова.", [("Ирина Котова", "заведующая", "Озёрская ЦРБ", False)]),
    # a genitive group that leads to a quoted name is the house, not part of the post
    ("Руководитель студии «Вышивка» Софья Крючкова провела мастер-класс.", [("Софья Крючкова", "руководитель", "студия «Вышивка»", False)]),
    ("Премия присуждена руководителю детского ансамбля народного танца «Огонёк» Андрею Белову.",
     [("Андрей Белов", "руководитель", "детский ансамбль народного танца «Огонёк»", False)]),
    ("Редактор журнала «Заря» Иван Орлов.", [("Иван Орлов", "редактор", "журнал «Заря»", False)]),
    ("Заместитель Председателя Правительства области Иван Орлов выступил.",            # a title's capital is no name
     [("Иван Орлов", "заместитель Председателя", "Правительство области", False)]),
    # a domain of the post stays in it
    ("Министр здравоохранения и социального развития Иван Орлов подписал приказ.",
     [("Иван Орлов", "министр здравоохранения и социального развития", None, False)]),
]


@pytest.mark.parametrize("text,expected", ORGANIZATION_ROWS)
def test_organizations_in_the_nominative_split_off_the_position(nlp, text, expected):
    assert officials(nlp, text) == expected


# --- names: which word is the surname, and its nominative ---------------------------------------------

NAME_ROWS = [
    ("1 место – Харина Полина.", ("Харина Полина", "Харина", "Полина")),            # the surname first, as lists write it
    ("В конкурсе победила Турушева Дарья.", ("Турушева Дарья", "Турушева", "Дарья")),
    ("Полина Харина победила в конкурсе.", ("Полина Харина", "Харина", "Полина")),
    # a word that is no nominative decides the case of its name: "Штепы" is a genitive only
    ("По словам министра Евгения Штепы, дороги отремонтированы.", ("Евгений Штепа", "Штепа", "Евгений")),
    ("Министр Евгения Штепа рассказала о дорогах.", ("Евгения Штепа", "Штепа", "Евгения")),
    # a surname that does not decline for her: the first name alone goes to the nominative
    ("Губернатор назначил Викторию Филин министром.", ("Виктория Филин", "Филин", "Виктория")),
]


NAME_ROWS += [
    # one name the NER cut in two, a surname in capitals, a surname pymorphy3 knows as a town
    ("1 место – Кашина Арина.", ("Кашина Арина", "Кашина", "Арина")),
    ("Дипломы получили Ромашова Анна.", ("Ромашова Анна", "Ромашова", "Анна")),
    ("Текст подготовила Ольга КУЗЬМИНА", ("Ольга КУЗЬМИНА", "КУЗЬМИНА", "Ольга")),
]


def test_two_names_side_by_side_stay_two(nlp):
    assert [o.name.full for o in nlp("Иван Орлов и Анна Ким выступили.")._.officials] == ["Иван Орлов", "Анна Ким"]


@pytest.mark.parametrize("text,expected", NAME_ROWS)
def test_names_in_the_nominative(nlp, text, expected):
    [official] = nlp(text)._.officials
    assert (official.name.full, official.name.last, official.name.first) == expected


# --- open-class posts: any noun for what a person does, with the place they do it --------------------

OPEN_ROWS = [
    ("Механизатор ООО «Заря» Иван Орлов убрал больше всех.", [("Иван Орлов", "механизатор", "ООО «Заря»", False)]),
    ("Фельдшер Лесной амбулатории Анна Ким приняла роды.", [("Анна Ким", "фельдшер", "Лесная амбулатория", False)]),
    ("Слово взяла Анна Ким, медсестра районной больницы.", [("Анна Ким", "медсестра", "районная больница", False)]),
    ("Наставник студии «Вышивка» Софья Крючкова провела занятие.", [("Софья Крючкова", "наставник", "студия «Вышивка»", False)]),
    ("Тренер-преподаватель спортшколы Ольга Рябова подготовила чемпионов.",
     [("Ольга Рябова", "тренер-преподаватель", "спортшкола", False)]),                 # a compound post
    ("Хормейстер хора ветеранов Нина Белова провела репетицию.", [("Нина Белова", "хормейстер", "хор ветеранов", False)]),
    ("Дежурный пожарной части № 5 Иван Орлов принял вызов.", [("Иван Орлов", "дежурный", "пожарная часть № 5", False)]),
    ("Старший научный сотрудник института Иван Орлов выступил.",                         # adjectives of an open post
     [("Иван Орлов", "старший научный сотрудник", "институт", False)]),
    ("Известный журналист Иван Орлов выступил.", [("Иван Орлов", None, None, False)]),
    # a bare noun says who, not what; a place one comes from is no place of work
    ("Болельщик клуба Иван Орлов пришёл на матч.", [("Иван Орлов", None, None, False)]),
    ("Иван Орлов, республиканец, выступил в сенате.", [("Иван Орлов", None, None, False)]),
    ("Чемпионкой стала шахматистка из Лесногорска Анна Ким.", [("Анна Ким", None, None, False)]),
    ("Житель села Иван Орлов спас ребёнка.", [("Иван Орлов", None, None, False)]),
    ("Совладелец компании «Заря» Иван Орлов продал долю.", [("Иван Орлов", None, None, False)]),
    # a post of the list stands alone as before
    ("Директор Иван Орлов открыл собрание.", [("Иван Орлов", "директор", None, False)]),
]


@pytest.mark.parametrize("text,expected", OPEN_ROWS)
def test_open_class_posts(nlp, text, expected):
    assert officials(nlp, text) == expected


# --- short titles in full, the written form kept in the span ------------------------------------------

@pytest.mark.parametrize("text,position,written", [
    ("Замгубернатора Иван Орлов провёл совещание.", "заместитель губернатора", "Замгубернатора"),
    ("Первый замминистра Анна Ким выступила.", "первый заместитель министра", "Первый замминистра"),
    ("Замглавы района Пётр Лаптев открыл школу.", "заместитель главы", "Замглавы"),
    ("Врио губернатора Олег Белкин подписал указ.", "временно исполняющий обязанности губернатора", "Врио губернатора"),
    ("И. о. министра Денис Зуев рассказал о планах.", "исполняющий обязанности министра", "И. о. министра"),
    ("Главврач больницы Анна Ким рассказала о ремонте.", "главный врач", "Главврач"),
    ("Вице-губернатор Сергей Ким посетил завод.", "вице-губернатор", "Вице-губернатор"),      # a title of its own
])
def test_short_titles_in_full(nlp, text, position, written):
    [official] = nlp(text)._.officials
    assert (official.position, official.position_span.text) == (position, written)


def test_a_governed_short_title_stays():
    from pressfacts.pipeline.titles import full_title
    assert full_title("и.о. первого заместителя врио губернатора") == "исполняющий обязанности первого заместителя врио губернатора"


# --- states: a bare state title takes the text's main state; one state written two ways ----------------

@pytest.mark.parametrize("text,expected", [
    ("Внешний долг России вырос. Экономисты обсудили долг России. Погода была тёплой. Позже президент Иван Петров выступил.",
     ("президент", "Россия", True)),                                  # not in its sentence or the one before: implied
    ("Внешний долг России вырос. Президент Иван Петров назвал причины.", ("президент", "Россия", False)),
    ("Президент РФ Иван Петров подписал указ.", ("президент", "Российская Федерация", False)),   # written out
    ("Выборы в Грузии прошли спокойно. Наблюдатели довольны. Премьер-министром страны станет Анна Ким.",
     ("премьер-министр", "Грузия", True)),                            # "страны": the state the text is about
    ("В Москве открыли парк. Москва готовится к празднику. Мэр Иван Петров поздравил горожан.", ("мэр", "Москва", True)),
    ("Премьер-министр Иван Петров обсудил торговлю с коллегами из Франции и Италии.", ("премьер-министр", None, False)),
])
def test_states_of_state_titles(nlp, text, expected):
    [official] = nlp(text)._.officials
    assert (official.position, official.organization, official.organization_implied) == expected


# --- who is a person: two who share a surname, agencies that look like names ---------------------------

@pytest.mark.parametrize("text,names", [
    ("Грамоты вручили сёстрам Надежде и Татьяне Ивановым.", ["Надежда Иванова", "Татьяна Иванова"]),
    ("Грамоты вручили братьям Петру и Олегу Сомовым.", ["Пётр Сомов", "Олег Сомов"]),
    ("Грамоты вручили Надежде Петровой и Татьяне Ивановой.", ["Надежда Петрова", "Татьяна Иванова"]),
    ("По данным Пензастата, цены выросли. Башкортостанстат сообщил о росте.", []),
    ("Глава района Олег Статов выступил.", ["Олег Статов"]),
])
def test_who_is_a_person(nlp, text, names):
    assert [o.name.full for o in nlp(text)._.officials] == names


def test_a_role_never_crosses_a_sentence(nlp):
    text = ("Звание присвоено заведующему отделением больницы Сергею Белову. "
            "Медалью награждена директор школы Наталья Орлова.")
    assert officials(nlp, text) == [("Сергей Белов", "заведующий", "отделение больницы", False),
                                    ("Наталья Орлова", "директор", "школа", False)]


@pytest.mark.parametrize("text,expected", [
    # a post as a predicate
    ("Иван Орлов является председателем правления банка «Заря».", [("Иван Орлов", "председатель правления", "банк «Заря»", False)]),
    ("Анна Ким назначена исполняющей обязанности министра культуры.",
     [("Анна Ким", "исполняющий обязанности министра культуры", None, False)]),
    # relieved of a post: the one relieved held it
    ("Мэр освободил Ивана Петрова от должности главы управы района Лесной.",
     [("Иван Петров", "глава управы", "район Лесной", False)]),
    ("Губернатор освободил Анну Ким от занимаемой должности министра культуры.",
     [("Анна Ким", "министр культуры", None, False)]),
    # not persons, or persons with no role
    ("Б. Тарханская участковая больница открылась после ремонта.", []),
    ("На улице Ивана Франко открыли сквер.", []),
    ("Фото Ивана Орлова.", [("Иван Орлов", None, None, False)]),
])
def test_predicates_and_not_persons(nlp, text, expected):
    assert officials(nlp, text) == expected
