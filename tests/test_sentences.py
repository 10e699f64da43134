from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,sentences",
    [
        ("Раз. Два.", ["Раз. ", "Два."]),
        ("Posted 24 февраля 2021, 08:19\nPublished 24 февраля 2021", ["Posted 24 февраля 2021, 08:19\n", "Published 24 февраля 2021"]),
        ("На 2020\nгод сеть насчитывает 35 центров.", ["На 2020\nгод сеть насчитывает 35 центров."]),  # a hard-wrapped line
        # a new paragraph, and the line after a list's item or heading, start a sentence whatever their case
        ("Итоги года\n\nмальчики 2006 г.р.", ["Итоги года\n\n", "мальчики 2006 г.р."]),
        ("3 место – Анна Ким;\nмальчики 2006 г.р.:\n2 место – Олег Орлов", ["3 место – Анна Ким;\n", "мальчики 2006 г.р.:\n", "2 место – Олег Орлов"]),
        ("top of page\nПоиск\n  • МФЦ", ["top of page\n", "Поиск\n  ", "• МФЦ"]),
        ("Директор ГБУ ЛО «МФЦ» С.В. Михин отметил рост.", ["Директор ГБУ ЛО «МФЦ» С.В. Михин отметил рост."]),  # initials
        ("«Такого вызова ещё не было», - подчеркнул он.", ["«Такого вызова ещё не было», - подчеркнул он."]),
    ],
)
def test_sentences(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text_with_ws for s in doc.sents] == sentences


def test_sentences_cover_the_text_on_seeds(nlp, seeds):
    for text in seeds.values():
        doc = nlp(text)
        assert "".join(s.text_with_ws for s in doc.sents) == text
