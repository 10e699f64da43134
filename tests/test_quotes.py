"""Quotes: who said what, every form of the genre, and what is no quote (issue 20).

Sentences invented in the phrasing of regional press releases; the names are made up.
"""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.schemas import DocumentResult


def extract(text: str) -> DocumentResult:
    result = pressfacts.extract(text, published="2024-03-01")
    result.check_spans(text)
    for q in result.quotes:                                   # the statement lies in the construction
        assert q.span.start <= q.text_span.start and q.text_span.end <= q.span.end
        assert q.text == q.text_span.text
        if q.speaker_official is not None:
            assert result.officials[q.speaker_official].name.full == q.speaker
    return result


def said(text: str) -> list[tuple]:
    """(speaker, kind, the statement's first words) of every quote."""
    return [(q.speaker, q.kind, " ".join(q.text.split()[:3])) for q in extract(text).quotes]


# --- Direct speech: quotation marks and a dash ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("«Мы завершим ремонт школы к сентябрю», — сказал глава района Иван Соколов.",
     [("Иван Соколов", "direct", "Мы завершим ремонт")]),
    ("«Работа с обращениями будет продолжена», - подчеркнула Марина Белова.",
     [("Марина Белова", "direct", "Работа с обращениями")]),
    ("«Такого урожая не было десять лет»,— отметил министр сельского хозяйства Олег Карпов.",
     [("Олег Карпов", "direct", "Такого урожая не")]),
    ("«Очередь в центрах сократилась до пяти минут», — рассказывает директор МФЦ Ирина Лосева.",
     [("Ирина Лосева", "direct", "Очередь в центрах")]),
    ("«Спасибо всем медикам за их труд!» — Анна Сергеева, главный врач больницы.",
     [("Анна Сергеева", "direct", "Спасибо всем медикам")]),
    ("«Все объекты программы будут сданы в срок», — заявил в среду мэр Олег Дронов.",
     [("Олег Дронов", "direct", "Все объекты программы")]),
    ("«Наши отделения оборудуют системой «Говорящий город»», — отмечает директор ГБУ «МФЦ» Сергей Лапшин.",
     [("Сергей Лапшин", "direct", "Наши отделения оборудуют")]),         # a name in quotation marks inside
])
def test_direct_attribution_after(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Губернатор Андрей Климов отметил: «Все объекты будут сданы в срок».", [("Андрей Климов", "direct", "Все объекты будут")]),
    ("Андрей Климов: «Все объекты будут сданы в срок и без задержек».", [("Андрей Климов", "direct", "Все объекты будут")]),
    ("Подводя итоги, министр Олег Репин сказал: «Мы выполнили план года полностью».",
     [("Олег Репин", "direct", "Мы выполнили план")]),
])
def test_direct_attribution_before(text, expected):
    assert said(text) == expected


def test_attribution_inside_the_quotation_gives_two_statements():
    text = "«Центры стали частью нашей жизни, — подчеркнул Сергей Юдин. — В дальнейшем сеть будет расширяться»."
    assert said(text) == [("Сергей Юдин", "direct", "Центры стали частью"), ("Сергей Юдин", "direct", "В дальнейшем сеть")]


def test_dash_speech_and_what_goes_on_after_it():
    text = "— Мы выполнили все задачи года, — подчеркнул Денис Орлов. — Теперь предстоит новый этап развития центров."
    assert said(text) == [("Денис Орлов", "direct", "Мы выполнили все"), ("Денис Орлов", "direct", "Теперь предстоит новый")]


def test_dash_after_a_sentence_is_the_speech_of_its_person():
    text = "Директор центра Анна Крылова подвела итоги года. — Сегодня центр работает без очередей и выходных."
    assert said(text) == [("Анна Крылова", "direct", "Сегодня центр работает")]


def test_a_quotation_over_two_paragraphs():
    text = "«Первый год программы показал, что она нужна людям.\n«Во втором году охват вырастет вдвое», — сказал Павел Ершов."
    assert said(text) == [("Павел Ершов", "direct", "Первый год программы"), ("Павел Ершов", "direct", "Во втором году")]


def test_next_paragraph_in_quotation_marks_goes_on():
    text = ("«Работа центров изменилась за год», — сказал Павел Ершов.\n"
            "«Теперь услуги доступны в каждом районе области и онлайн».")
    assert [q[0] for q in said(text)] == ["Павел Ершов", "Павел Ершов"]


# --- Indirect speech ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("По словам министра финансов Елены Морозовой, дефицит бюджета сократится вдвое.",
     [("Елена Морозова", "indirect", "дефицит бюджета сократится")]),
    ("Как отметил губернатор Роман Старов, работы завершат к осени этого года.",
     [("Роман Старов", "indirect", "работы завершат к")]),
    ("Работы на объекте завершат к осени, как отметил губернатор Роман Старов.",
     [("Роман Старов", "indirect", "Работы на объекте")]),
    ("Глава города Михаил Исаев сообщил, что в городе откроют три новые школы.",
     [("Михаил Исаев", "indirect", "в городе откроют")]),
    ("Губернатор Иван Белов подчеркнул, что ни одна больница в регионе не будет закрыта.",
     [("Иван Белов", "indirect", "ни одна больница")]),
    ("Губернатор Иван Белов подчеркнул: в регионе не будет закрыто ни одной больницы.",
     [("Иван Белов", "indirect", "в регионе не")]),
    ("Министр Ольга Гусева обратила внимание, что срок подачи заявлений продлён до мая.",
     [("Ольга Гусева", "indirect", "срок подачи заявлений")]),
    ("Заместитель министра Пётр Носов заявил, что тарифы в этом году не вырастут.",
     [("Пётр Носов", "indirect", "тарифы в этом")]),
])
def test_indirect(text, expected):
    assert said(text) == expected


def test_a_relative_clause_about_the_speaker_is_no_part_of_the_statement():
    quote = extract("По словам министра Ивана Белова, которого цитирует агентство, ремонт моста завершат в мае.").quotes[0]
    assert (quote.speaker, quote.text) == ("Иван Белов", "ремонт моста завершат в мае")


def test_attribution_between_commas_inside_the_quotation():
    text = "«Мне кажется, — продолжил Иван Брод, — что работы у районных служб ещё очень много»."
    assert {q[0] for q in said(text)} == {"Иван Брод"}


def test_a_capitalized_unknown_word_is_no_role():
    # a surname the NER missed is no post: no speaker is better than "уильямс"
    assert all(q.speaker_role != "уильямс" for q in extract("Уильямс добавил, что экипаж станции проведёт ещё два опыта.").quotes)


@pytest.mark.parametrize("text,expected", [
    ("Это выше среднего показателя по стране, сообщил губернатор региона Иван Белов в своём канале.",
     [("Иван Белов", "indirect", "Это выше среднего")]),
    ("Ремонт моста завершат к осени, заявил глава района Олег Зуев.", [("Олег Зуев", "indirect", "Ремонт моста завершат")]),
    # an organization as the source, and a post nobody of the text holds, are no speaker
    ("Депутаты областной думы утвердили поправки в бюджет, сообщила пресс-служба облдумы.", []),
    ("Всего совершено 732 выезда медицинских бригад, уточнили в управлении информполитики губернатора.", []),
])
def test_attribution_closing_the_sentence(text, expected):
    assert said(text) == expected


def test_indirect_verb_lemma():
    quote = extract("Министр Ольга Гусева обратила внимание, что срок подачи заявлений продлён до мая.").quotes[0]
    assert (quote.verb, quote.verb_span.text) == ("обратить внимание", "обратила внимание")


# --- Speakers: pronouns, roles, officials ------------------------------------------------------

def test_pronoun_is_the_person_before():
    text = "Губернатор Олег Лебедев посетил школу. «Здание отремонтировано полностью и в срок», — заявил он."
    quote = extract(text).quotes[0]
    assert (quote.speaker, quote.speaker_span) == ("Олег Лебедев", None)


def test_po_ee_slovam_is_the_speaker_before():
    text = ("«Заседание пройдёт в закрытом режиме», — сообщила Анна Крылова. "
            "По её словам, решение по делу примут не раньше марта.")
    assert said(text) == [("Анна Крылова", "direct", "Заседание пройдёт в"), ("Анна Крылова", "indirect", "решение по делу")]


def test_a_dash_speech_ends_at_its_closing_mark():
    text = ("— Мы готовы к любому решению суда, — пояснила Анна Крылова. — Нам никто этого не запрещал». "
            "По её словам, заседание носит технический характер.")
    quotes = extract(text).quotes
    assert quotes[1].text == "Нам никто этого не запрещал"
    assert [q.speaker for q in quotes] == ["Анна Крылова"] * 3


def test_pronoun_takes_the_last_speaker():
    text = ("«Центры работают без выходных», — сказал Павел Ершов. Директор Анна Крылова присутствовала на встрече. "
            "Он также сообщил, что в марте откроется новый офис центра.")
    assert [q[0] for q in said(text)] == ["Павел Ершов", "Павел Ершов"]


def test_role_resolved_to_the_one_official_who_holds_it():
    text = ("Министр здравоохранения Павел Гришин провёл совещание. "
            "«Очереди в поликлиниках сократились вдвое за год», — рассказал министр.")
    result = extract(text)
    quote = result.quotes[0]
    assert (quote.speaker, quote.speaker_role) == ("Павел Гришин", "министр")
    assert result.officials[quote.speaker_official].name.full == "Павел Гришин"


def test_a_role_with_its_place_is_its_holder_not_the_person_quoted_before():
    text = ("Губернатор Ростовской области Иван Белов встретился с депутатом Олегом Зуевым.\n"
            "— Лёгкая промышленность остаётся одной из важных тем. Активно ею занимаемся, — сообщил Олег Зуев.\n"
            "— Новое производство откроется через два месяца. Там будут современные технологии, — рассказал губернатор Приазовья.")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Олег Зуев", "Иван Белов"]
    assert [o.position for o in result.officials if o.name.full == "Олег Зуев"] == ["депутат"]   # the role is not his
    assert [len(o.roles) for o in result.officials if o.name.full == "Олег Зуев"] == [1]


def test_role_without_a_holder_stays_a_role():
    quote = extract("«Число обращений выросло на четверть за год», — рассказал заместитель губернатора.").quotes[0]
    assert (quote.speaker, quote.speaker_role, quote.speaker_official) == (None, "заместитель губернатора", None)


def test_role_in_the_genitive_after_po_slovam():
    text = ("Заместитель губернатора Ольга Лукина открыла форум. "
            "По словам заместителя губернатора, в области работают 40 центров поддержки.")
    quote = extract(text).quotes[0]
    assert (quote.speaker, quote.speaker_role) == ("Ольга Лукина", "заместитель губернатора")


def test_two_holders_of_a_role_leave_the_speaker_open():
    text = ("Министр Павел Гришин и министр Олег Карпов провели встречу. "
            "«Программа будет продлена ещё на три года», — рассказал министр.")
    quote = extract(text).quotes[0]
    assert (quote.speaker, quote.speaker_role) == (None, "министр")


def test_speaker_is_in_the_nominative():
    quote = extract("По словам главы района Андрея Соколова, ремонт дороги завершат в июне.").quotes[0]
    assert quote.speaker == "Андрей Соколов"


@pytest.mark.parametrize("text,verb", [
    ("«Мы завершим ремонт школы к сентябрю», — сказал Иван Соколов.", "сказать"),
    ("«Мы завершим ремонт школы к сентябрю», — пояснил Иван Соколов.", "пояснить"),
    ("«Мы завершим ремонт школы к сентябрю», — добавил Иван Соколов.", "добавить"),
    ("«Мы завершим ремонт школы к сентябрю», — поделился Иван Соколов.", "поделиться"),
    ("«Мы завершим ремонт школы к сентябрю», — уточнил Иван Соколов.", "уточнить"),
    ("«Мы завершим ремонт школы к сентябрю», — напомнил Иван Соколов.", "напомнить"),
])
def test_verb_lemma(text, verb):
    assert extract(text).quotes[0].verb == verb


# --- Not quotes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Проект «Безопасные качественные дороги» реализуется в регионе пятый год.",         # a title
    "Сотрудники ГБУ «МФЦ Калужской области» приняли 300 заявлений.",                    # an organization
    "Так называемые «реформы» не дали никакого результата.",                            # one word in quotation marks
    "Принят закон «О внесении изменений в областной бюджет на 2024 год».",              # a document
    "«Песня военных лет» – ансамбль «Истоки», руководитель Ольга Крёкова.",             # a list of works
    "Как сообщили в пресс-службе министерства, приём документов продлён до мая.",       # no person
    "Как известно, приём документов продлён до мая.",                                   # no verb of speech
    "Подводя итоги, губернатор Иван Белов выразив уверенность в успехе, покинул зал.",  # no statement
    "Губернатор Иван Белов отметил лучших работников отрасли грамотами.",                # "отметить" = honour
    "В номинации «Лучший проект года» победил коллектив школы № 5.",                   # a nomination
    "Фестиваль «Мы вместе» собрал 300 участников.",                                    # a festival
    "Губернатор Иван Белов рассказал о планах на год.",                                 # no statement given
    "Коллектив «Радуга получил диплом первой степени на конкурсе.",                      # a stray opening mark
    "Второе место у МФЦ Новоорского района» и ТОСП посёлка Энергетик.",                  # a stray closing mark
])
def test_not_a_quote(text):
    assert extract(text).quotes == []


# --- Metrics inside quotes -----------------------------------------------------------------------------

def test_a_figure_inside_a_quote_points_to_it():
    text = "В районе открыли 3 школы. «В этом году построено 12 детских садов», — сказал Иван Соколов."
    result = extract(text)
    by_value = {m.value: m.quote for m in result.metrics}
    assert by_value == {3: None, 12: 0}


def test_a_figure_in_indirect_speech_points_to_it():
    result = extract("Глава города Михаил Исаев сообщил, что в городе откроют 3 новые школы.")
    assert [m.quote for m in result.metrics] == [0]
