from __future__ import annotations

import pytest

from pressfacts.pipeline.cleanup import find_boilerplate, find_published


@pytest.mark.parametrize(
    "text,boilerplate",
    [
        ("top of page\nПоиск\n  • МФЦ\n\nЗаголовок", ["top of page", "Поиск", "• МФЦ"]),
        ("Текст.\n\n1 просмотр0 комментариев\n\nНедавние посты\n\nСмотреть все\nbottom of page", ["1 просмотр0 комментариев", "Недавние посты", "Смотреть все", "bottom of page"]),
        ("Posted 24 февраля 2021, 08:19\nModified 17 октября 2022, 11:13\nТекст", ["Posted 24 февраля 2021, 08:19", "Modified 17 октября 2022, 11:13"]),
        ("20 мая, Понедельник\nг. Калуга, ул. Марата 10\n\nЗаголовок", ["20 мая, Понедельник", "г. Калуга, ул. Марата 10"]),
        ("Поиск новых подходов продолжается.", []),                 # the word, not the menu line
        ("В МФЦ обратились 10 человек.\nПоиск", ["Поиск"]),
        ("\n".join(["Строка."] * 10 + ["• пункт списка"]), []),     # a bullet far from the header is text
        # a list after a line of running text is the text's, even near the top: no menu
        ("Подведены итоги конкурса.\nПобедители:\n• Анна Ким\n• Пётр Лаптев", []),
        ("Заголовок\n• Новости\n• Контакты\nТекст новости.\n• пункт", ["• Новости", "• Контакты"]),
    ],
)
def test_boilerplate_lines(text, boilerplate):
    assert [text[s:e] for s, e in find_boilerplate(text)] == boilerplate


@pytest.mark.parametrize(
    "text,date,time,origin,span",
    [
        ("Posted 24 февраля 2021, 08:19\nPublished 24 февраля 2021, 08:19\nТекст", "2021-02-24", "08:19", "header", "24 февраля 2021, 08:19"),
        ("Modified 17 октября 2022, 11:13\nPublished 24 февраля 2021\nТекст", "2021-02-24", None, "header", "24 февраля 2021"),
        ("20 мая, Понедельник\nЗаголовок\n\n16.01.2023\nОн отметил…", "2023-01-16", None, "dateline", "16.01.2023"),
        ("4 марта 2020 г. в Оренбурге состоялось совещание.", "2020-03-04", None, "text", "4 марта 2020 г."),
        ("Заголовок\n05.06.2019 10:30\nТекст", "2019-06-05", "10:30", "dateline", "05.06.2019 10:30"),
    ],
)
def test_published_date(text, date, time, origin, span):
    mention, found_origin = find_published(text)
    assert (str(mention.start), mention.time, found_origin, mention.span.text) == (date, time, origin, span)
    assert text[mention.span.start : mention.span.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "7 сентября в Калуге состоялось итоговое совещание.",   # no year: never invent one
        "20 мая, Понедельник\nТекст",                            # a site banner without a year
        "31.02.2020\nТекст",                                     # not a calendar date
        "\n".join(["Строка."] * 10 + ["4 марта 2020 г."]),        # too far from the top
    ],
)
def test_no_published_date(text):
    assert find_published(text) is None


def test_cleanup_never_changes_the_text(nlp, seeds):
    for text in seeds.values():
        doc = nlp(text)
        assert doc.text == text
        for span in doc.spans["boilerplate"]:
            assert text[span.start_char : span.end_char] == span.text
