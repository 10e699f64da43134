"""The razdel tokenizer keeps every character: doc.text == input on every text we have."""

from __future__ import annotations

import pytest

from pressfacts.pipeline.tokenizer import words_and_spaces


@pytest.mark.parametrize(
    "text,words",
    [
        ("Привет, мир", ["Привет", ",", "мир"]),
        ("2,9 млн", ["2,9", "млн"]),
        ("МФЦ  Калуги", ["МФЦ", " ", "Калуги"]),                 # two spaces: one trailing, one token
        ("Раз.\nДва", ["Раз", ".", "\n", "Два"]),
        ("  отступ", ["  ", "отступ"]),                           # leading whitespace is a token
        ("конец \n", ["конец", "\n"]),
        ("2\u00a0900\u00a0000 рублей", ["2", "\u00a0", "900", "\u00a0", "000", "рублей"]),  # numbers are joined later
        ("ГБУ КО «МФЦ»", ["ГБУ", "КО", "«", "МФЦ", "»"]),
        ("", []),
    ],
)
def test_words_and_spaces(text, words):
    got, spaces = words_and_spaces(text)
    assert got == words
    assert "".join(w + (" " if s else "") for w, s in zip(got, spaces)) == text


def test_doc_text_equals_input_on_seeds(nlp, seeds):
    for text in seeds.values():
        assert nlp.make_doc(text).text == text


def test_doc_text_equals_input_on_factrueval(nlp, factrueval):
    for text in factrueval.values():
        assert nlp.make_doc(text).text == text


@pytest.mark.parametrize("text", ["a\u200bb", "обра\u00adщений", "\t\t\n\r\n x", "\u2009", "😀 эмодзи"])
def test_odd_whitespace_and_invisible_characters(nlp, text):
    assert nlp.make_doc(text).text == text
