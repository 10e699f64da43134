"""The officials extractor: one table of cases per pattern family, negative rows included.

Each row is a text and the officials expected from it, written short:
"Name: position @ organization + second position; Other Name" ("" for none).
"""

from __future__ import annotations

import re

import pytest

from pressfacts.extractors.officials.lexicon import fold, read_entries
from pressfacts.pipeline.names import normalize_name
from pressfacts.pipeline.morphology import parse
from pressfacts.schemas import DocumentResult


def summary(doc) -> str:
    people = []
    for official in doc._.officials:
        roles = [r.position + (f" @ {r.organization}" if r.organization else "") for r in official.roles]
        people.append(official.name.full + (": " + " + ".join(roles) if roles else ""))
    return "; ".join(people)


def check(nlp, text: str, expected: str) -> None:
    doc = nlp(text)
    assert summary(doc) == expected
    DocumentResult(doc_id="t", officials=doc._.officials).check_spans(text)


@pytest.mark.parametrize("text,expected", [
    ("В мероприятии участвовали заместитель губернатора Дмитрий Разумовский и руководители МФЦ.",
     "Дмитрий Разумовский: заместитель губернатора"),
    ("Выступил первый заместитель городского головы Калуги Александр Серяков.",
     "Александр Серяков: первый заместитель городского головы @ Калуга"),
    ("Совещание открыл министр экономического развития, инвестиций, туризма и внешних связей "
     "Оренбургской области Денис Гончаров.",
     "Денис Гончаров: министр экономического развития, инвестиций, туризма и внешних связей @ Оренбургская область"),
    ("Итоги подвёл директор «МФЦ Калужской области» Михаил Иванов.",
     "Михаил Иванов: директор @ МФЦ Калужской области"),
    ("Об этом рассказал директор ГБУ ЛО «МФЦ» Сергей Есипов.",
     "Сергей Есипов: директор @ ГБУ ЛО «МФЦ»"),
    ("Предложение заместителя губернатора Дмитрия Разумовского поддержали.",
     "Дмитрий Разумовский: заместитель губернатора"),
    ("Приём провёл начальник Управления Росреестра по Оренбургской области Иван Петров.",
     "Иван Петров: начальник @ Управление Росреестра по Оренбургской области"),
    ("Встречу открыл глава администрации Сакмарского района Олег Иванов.",
     "Олег Иванов: глава администрации @ Сакмарский район"),
    ("Нефтепровод открыл российский президент Дмитрий Медведев.",
     "Дмитрий Медведев: президент @ Россия"),
    ("Это заявил глава МИД РФ Сергей Лавров.",
     "Сергей Лавров: глава @ МИД РФ"),
    # negative rows: a position word with no person, a position word that is something else
    ("Губернатор поручил ускорить работу.", ""),
    ("Директор школы и учителя встретились в МФЦ.", ""),
    ("После смерти Егора Свиридова прошли акции.", "Егор Свиридов"),
])
def test_position_before_the_name(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Сергей Есипов, директор ГБУ ЛО «МФЦ», рассказал о планах.",
     "Сергей Есипов: директор @ ГБУ ЛО «МФЦ»"),
    ("Лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга.",
     "Михин С.В.: специалист @ МАУ «МФЦ» г. Оренбурга"),
    ("«Мы планируем оборудовать все отделения», — отмечает директор ГБУ ЛО «МФЦ» Сергей Есипов.",
     "Сергей Есипов: директор @ ГБУ ЛО «МФЦ»"),
    ("Об этом сообщил Аарон Гринспен, управляющий компанией FaceCash.",
     "Аарон Гринспен: управляющий @ компания FaceCash"),
    # negative rows: a plural apposition describes a group, a role followed by a name is that name's
    ("Встретились Иван Петров, руководители МФЦ и гости.", "Иван Петров"),
    ("Пришли Иван Петров, директор школы Олег Сидоров.", "Иван Петров; Олег Сидоров: директор @ школа"),
])
def test_position_after_the_name(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Фото Георгия Орлова", "Георгий Орлов"),
    ("Лауреат 2 степени - Черкасова А.А. специалист МАУ «МФЦ» г. Новотроицка.",
     "Черкасова А.А.: специалист @ МАУ «МФЦ» г. Новотроицка"),
    ("Губернатор Андрей Бочаров посетил МФЦ. «Работа идёт», — подчеркнул Андрей Бочаров.",
     "Андрей Бочаров: губернатор"),
    ("Письмо направлено Барака Обамы администрации.", "Барак Обама"),
    ("Слово предоставили Нэнси Пелоси.", "Нэнси Пелоси"),
    ("Интервью дал Фил О’Рейли.", "Фил О’Рейли"),
    ("Журналисты обратились к Юрию Лужкову.", "Юрий Лужков"),
    # negative rows: a person inside a place or an organization name
    ("Студенты университета имени Пушкина победили в конкурсе.", ""),
    ("Офис на ул. Николая Отрады открылся в понедельник.", ""),
    ("Лауреатом стал театр им. Вахтангова.", ""),
])
def test_names(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("pieces,full,last,first,middle", [
    (("Георгия", "Орлова"), "Георгий Орлов", "Орлов", "Георгий", None),
    (("Михин", "С.", "В."), "Михин С.В.", "Михин", "С.", "В."),
    (("Дошлова", "Д.", "Ф."), "Дошлова Д.Ф.", "Дошлова", "Д.", "Ф."),
    (("Дмитрия", "Разумовского"), "Дмитрий Разумовский", "Разумовский", "Дмитрий", None),
    (("Дмитрием", "Анатольевичем", "Медведевым"), "Дмитрий Анатольевич Медведев", "Медведев", "Дмитрий", "Анатольевич"),
    (("Владислав", "Шапша"), "Владислав Шапша", "Шапша", "Владислав", None),
])
def test_name_normalization(pieces, full, last, first, middle):
    form = normalize_name(pieces)
    assert (form.full, form.last, form.first, form.middle) == (full, last, first, middle)


@pytest.mark.parametrize("text,expected", [
    ("«Такого вызова ещё не было», - подчеркнул заместитель губернатора Дмитрий Разумовский. "
     "Подводя итог, Дмитрий Разумовский назвал задачи.",
     "Дмитрий Разумовский: заместитель губернатора"),
    ("Лауреаты 3 степени – Дошлова Д.Ф. специалист ГАУ «МФЦ» и Попова Е.Н. специалист МАУ «МФЦ» Октябрьского района.",
     "Дошлова Д.Ф.: специалист @ ГАУ «МФЦ»; Попова Е.Н.: специалист @ МАУ «МФЦ» Октябрьского района"),
    ("Выступил губернатор Оренбургской области, председатель правительства региона Денис Паслер.",
     # "правительства региона": the region the text is about (issue 17)
     "Денис Паслер: губернатор @ Оренбургская область + председатель @ Оренбургская область"),
    ("Слово взял бывший генеральный директор компании «Ромашка», ныне директор института Иван Петров.",
     "Иван Петров: бывший генеральный директор @ компания «Ромашка» + директор @ институт"),
    ("«Услуг стало больше», - сообщил Дмитрий Разумовский. "
     "Это, по словам заместителя губернатора, подтверждает динамика.",
     "Дмитрий Разумовский: заместитель губернатора"),
    ("Директор ГАУ «МФЦ» Анатолий Шабельников выступил с докладом. "
     "В конце совещания итог подвёл директор уполномоченного МФЦ Анатолий Шабельников.",
     "Анатолий Шабельников: директор @ ГАУ «МФЦ»"),
    # negative row: two names, two roles joined by "и" are not one person's
    ("Встретились президент России Дмитрий Медведев и премьер-министр Японии Наото Кан.",
     "Дмитрий Медведев: президент @ Россия; Наото Кан: премьер-министр @ Япония"),
])
def test_roles_and_mentions_of_one_person(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Таким образом, Оливер Кан будет запасным вратарём сборной.",
     "Оливер Кан: запасной вратарь @ сборная"),
    ("В случае победы премьер-министром страны станет Саломе Зурабишвили.",
     "Саломе Зурабишвили: премьер-министр"),   # "страны": no state named, no organization
    ("В случае победы оппозиции в Грузии премьер-министром страны станет Саломе Зурабишвили.",
     "Саломе Зурабишвили: премьер-министр @ Грузия"),
    ("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил с заявлением.",
     "Марк Тоунер: исполняющий обязанности официального представителя @ Госдепартамент США"),
    ("В интервью наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил об итогах.",
     "Хуан Суареш: наблюдатель @ ОБСЕ + парламентарий @ Португалия"),
    ("Утром представитель вооружённых сил полковник Сансерн Каевкамнерд заявил о мерах.",
     "Сансерн Каевкамнерд: представитель @ вооружённые силы + полковник @ вооружённые силы"),
    ("Об этом сказал директор по развитию бизнеса Philips в России, на Украине и в Белоруссии Елена Сябренко.",
     "Елена Сябренко: директор по развитию бизнеса @ Philips в России, на Украине и в Белоруссии"),
    ("Кандидатом стала лидер французского крайне правого Национального фронта (FN) Марин Ле Пен.",
     "Марин Ле Пен: лидер @ французский крайне правый Национальный фронт (FN)"),
    # negative rows: a role governed by a preposition belongs to no one; a verb with no person near
    ("Об этом в беседе с корреспондентом «Голоса Америки» сказал лидер ДПНИ Александр Белов.",
     "Александр Белов: лидер @ ДПНИ"),
    ("Вопрос о том, кто станет министром финансов, остаётся открытым.", ""),
])
def test_titles_in_a_row_and_predicated_roles(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Мы выполнили задачи, которые ставил Президент Владимир Путин.", "Владимир Путин: президент"),
    ("Выплата учреждена Президентом РФ в рамках мер поддержки.", ""),
    ("В работе МФЦ участвует Управление Росреестра.", ""),
])
def test_heads_of_state(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    # a generic noun takes the one name the text writes with it, so far
    ("На форуме выступили представители партии «Новый курс». Позже главу партии Ивана Петрова встретили журналисты.",
     "Иван Петров: глава @ Новый курс"),
    # "государство" takes the one state of its sentence; with a place adjective, that state
    ("Глава государства Иван Петров и председатель правительства Казахстана Олег Сидоров подписали соглашение.",
     "Иван Петров: глава @ Казахстан; Олег Сидоров: председатель @ правительство Казахстана"),
    ("Глава российского государства Иван Петров посетил выставку.", "Иван Петров: глава @ Россия"),
    # negative rows: two names for the noun, or none, leave the organization null
    ("Съезды провели партия «Рассвет» и партия «Заря». Выступил глава партии Иван Петров.", "Иван Петров: глава"),
    ("Мэр города Иван Петров открыл выставку.", "Иван Петров: мэр"),
])
def test_generic_organizations(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    # a state title with no organization: the one state of its sentence, or of the one before
    ("Внешний долг России сократился. Премьер-министр Иван Петров назвал причины.",
     "Иван Петров: премьер-министр @ Россия"),
    # negative rows: two states; a state that is another position's organization. A region is no
    # state: the governor holds office in it as the region the text is about (implied, issue 17)
    ("Премьер-министр Иван Петров обсудил торговлю с коллегами из Франции и Италии.", "Иван Петров: премьер-министр"),
    ("Жители Волгоградской области получили новые услуги. Губернатор Андрей Бочаров посетил МФЦ.",
     "Андрей Бочаров: губернатор @ Волгоградская область"),
    ("Премьер-министр Турции Иван Петров договорился с президентом Олегом Сидоровым о сотрудничестве.",
     "Иван Петров: премьер-министр @ Турция; Олег Сидоров: президент"),
])
def test_state_titles(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    # adjectives before a quoted name
    ("Выступил Иван Петров, солист ленинградского «Телевизора».",
     "Иван Петров: солист @ ленинградского «Телевизора»"),
    # an aside before the role, set off by commas
    ("Об этом рассказал Иван Петров, известный краевед, член Общественной палаты области.",
     "Иван Петров: член @ Общественная палата области"),
    # a role in the genitive right before a title in the genitive: both the name's
    ("Письмо подписал помощник председателя правительства генерал-майора Ивана Петрова.",
     "Иван Петров: председатель @ правительство + генерал-майор @ правительство"),
    # a second role referring back, when it names its organization
    ("Сенатор Иван Петров прибыл в Оренбург. Председатель Комитета по бюджету провёл встречу с жителями.",
     "Иван Петров: сенатор + председатель @ Комитет по бюджету"),
    # a capitalized Arabic article opens a body, not the name
    ("Интервью дал оператор Аль-Арабии Халид аль-Махмуд.", "Халид аль-Махмуд: оператор @ Аль-Арабия"),
    # negative rows: a plural aside is a list of others; a bare second role is not added;
    # a lower-case article stays in the name
    ("Пришли Иван Петров, представители Госдумы, председатель совета ветеранов Олег Сидоров.",
     "Иван Петров; Олег Сидоров: председатель @ совет ветеранов"),
    ("Сенатор Иван Петров прибыл в Оренбург. Председатель провёл встречу с жителями.", "Иван Петров: сенатор"),
    ("Заявление сделал Нури аль-Малики.", "Нури аль-Малики"),
])
def test_roles_further_from_the_name(nlp, text, expected):
    check(nlp, text, expected)


def test_mentions_are_merged_and_point_into_the_text(nlp):
    text = ("Сегодня МФЦ посетил губернатор Андрей Бочаров. «Сеть расширится», — подчеркнул Андрей Бочаров. "
            "Позже Бочаров встретился с жителями.")
    doc = nlp(text)
    [official] = doc._.officials
    assert [m.text for m in official.mentions] == ["Андрей Бочаров", "Андрей Бочаров", "Бочаров"]
    assert official.name_span.text == "Андрей Бочаров"
    assert official.position_span.text == "губернатор"


def test_boilerplate_names_are_skipped(nlp):
    text = "top of page\nPublished by Иван Петров\nГубернатор Андрей Бочаров посетил МФЦ."
    assert summary(nlp(text)) == "Андрей Бочаров: губернатор"


def test_spans_on_the_sample_texts(nlp, seeds):
    for doc_id, text in seeds.items():
        doc = nlp(text)
        DocumentResult(doc_id=doc_id, officials=doc._.officials).check_spans(text)


def test_spans_on_factrueval(nlp, factrueval):
    for doc_id, doc in zip(factrueval, nlp.pipe(factrueval.values())):
        DocumentResult(doc_id=doc_id, officials=doc._.officials).check_spans(doc.text)


# ---------------------------------------------------------------- data files

WORD_LISTS = [
    "officials_positions.txt",
    "officials_modifiers.txt",
    "officials_organizations.txt",
    "officials_name_blockers.txt",
    "officials_copulas.txt",
    "officials_state_titles.txt",
]
LEMMA = re.compile(r"[а-яё]+(-[а-яё]+)*")


def _stem(word: str) -> str:
    word = fold(word)
    return word[: max(2, len(word) - 3)]


def _shows(entry: str, example: str) -> bool:
    """The example has the entry in some form: its stem, or a word of which it is the lemma."""
    return _stem(entry) in fold(example) or any(
        fold(p.normal_form) == entry for word in re.findall(r"[\w-]+", example) for p in parse(word)
    )


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_are_well_formed(name):
    entries = read_entries(name)
    words = [entry for entry, _ in entries]
    assert entries, f"{name} is empty"
    assert len(words) == len(set(words)), f"{name} has duplicates"
    for entry, example in entries:
        assert LEMMA.fullmatch(entry), f"{name}: {entry!r} is not a lower-case word"
        assert _shows(entry, example), f"{name}: the example of {entry!r} does not show it: {example!r}"


def test_place_adjectives_are_well_formed():
    entries = read_entries("officials_places.txt")
    keys = [entry.partition(":")[0] for entry, _ in entries]
    assert len(keys) == len(set(keys))
    for entry, example in entries:
        key, sep, place = entry.partition(":")
        assert sep and LEMMA.fullmatch(key) and key.endswith(("ий", "ый", "ой")), entry
        assert place.strip()[:1].isupper(), entry
        assert _shows(key, example), f"the example of {key!r} does not show it: {example!r}"


def test_generic_nouns_are_well_formed():
    entries = read_entries("officials_generic.txt")
    keys = [entry.partition(":")[0] for entry, _ in entries]
    assert len(keys) == len(set(keys))
    for entry, example in entries:
        key, sep, kind = entry.partition(":")
        assert sep and LEMMA.fullmatch(key) and kind.strip() in {"state", "named"}, entry
        assert _shows(key, example), f"the example of {key!r} does not show it: {example!r}"


def test_states_are_well_formed():
    entries = read_entries("officials_states.txt")
    names = [entry for entry, _ in entries]
    assert len(names) == len(set(names))
    for name, example in entries:
        assert all(word[:1].isupper() for word in name.split()), name
        assert _stem(name.split()[0]) in fold(example), f"the example of {name!r} does not show it: {example!r}"
