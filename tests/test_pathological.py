"""Pathological inputs: they finish in time that grows linearly with their length, and every
span they give is a slice of the input.

Each kind of input is timed at two sizes, SMALL and 10 times SMALL: linear work takes about ten
times as long, quadratic work a hundred times. Each kind that once was quadratic names the fix
(a row per fix). ``PRESSFACTS_PATHOLOGICAL_SIZE=100000`` runs them larger, by hand.
"""

from __future__ import annotations

import os
import time

import pytest

import pressfacts
from pressfacts.chunking import split_text
from pressfacts.extractors.metrics.grammar import SentenceView
from pressfacts.pipeline.sentence_view import CLAUSE_MARKS
from pressfacts.extractors.officials.lexicon import DocWords
from pressfacts.extractors.officials.names import in_titles
from pressfacts.pipeline import blocks as blocks_module
from pressfacts.pipeline import sentences as sentences_module
from pressfacts.pipeline import tokenizer as tokenizer_module
from pressfacts.pipeline.morphology import visible
from pressfacts.schemas import DocumentResult

SMALL = int(os.environ.get("PRESSFACTS_PATHOLOGICAL_SIZE", "12000"))  # characters
GROWTH = 10
MAX_RATIO = 35    # of the two times; linear is about 10, quadratic about 100
FLOOR = 0.05      # seconds: shorter runs are timer noise, not a ratio


def repeat(piece: str):
    return lambda n: (piece * (n // len(piece) + 1))[:n]


# kind, text of n characters, what made it slow before (the fix)
KINDS = [
    ("one line, no sentence break", repeat("обращений граждан в МФЦ "), None),
    ("only digits", repeat("7"), None),
    ("digits and spaces", repeat("1 234 "), None),
    ("only punctuation", repeat(".,;:!?-—«»()"), "razdel grows a token and a sentence by concatenation: blocks.py"),
    ("dots without spaces", repeat("т.е."), "razdel re-reads the sentence at every full stop: blocks.py"),
    ("newlines", repeat("\n"), None),
    ("homoglyphs", repeat("Гyбернатор Андрей Бочаров посетил MФЦ. "), "officials View walked every mention per sentence"),
    ("zero-width characters", repeat("обра\u200bщений Бо\u200dчаров \ufeffМФЦ\u200c. "), None),
    ("soft hyphens", repeat("Поступило 240 тысяч обра\u00adщений. Губернатор Андрей Бо\u00adчаров. "),
     "metrics read sent.ents (every entity of the Doc) per sentence"),
    ("one name, many times", repeat("Андрей Бочаров, "), "officials in_title scanned from the sentence start per name"),
    ("figures in one sentence", repeat("более 240 тысяч обращений, 97%, в 2,5 раза, 1,2 млн; "),
     "metrics clause_index counted marks from the sentence start per figure"),
    ("dates and figures", repeat("В 2020 году 5 человек, 7 сентября 2021 года 12%; "), None),
    ("quotes", repeat("«Премия «Андрея Белого» 2020» "), None),
    ("html fragments", repeat("<p>Губернатор <b>Андрей Бочаров</b> &nbsp; 240&nbsp;тысяч</p>\n"), None),
]


def _extract(text: str) -> tuple[float, DocumentResult]:
    started = time.perf_counter()
    result = pressfacts.extract(text, published="2023-01-16")
    return time.perf_counter() - started, result


@pytest.fixture(scope="module", autouse=True)
def warm(nlp):
    pressfacts.extract("Губернатор Андрей Бочаров посетил МФЦ.")   # models loaded before anything is timed


@pytest.mark.parametrize("kind,make,fix", KINDS, ids=[k[0] for k in KINDS])
def test_time_grows_linearly_and_spans_hold(kind, make, fix):
    small, big = make(SMALL), make(SMALL * GROWTH)
    small_time, _ = _extract(small)
    big_time, result = _extract(big)
    DocumentResult.model_validate(result.model_dump(), context={"text": big})
    if big_time > FLOOR * GROWTH:
        assert big_time / max(small_time, FLOOR) < MAX_RATIO, f"{kind}: {small_time:.2f} s -> {big_time:.2f} s ({fix})"


def test_a_line_longer_than_the_chunk_limit_is_cut_at_whitespace():
    text = repeat("обращений граждан в МФЦ ")(60_000)
    result = pressfacts.extract(text, max_chars=25_000)
    result.check_spans(text)
    assert all(text[end - 1] == " " for _, end in split_text(text, 25_000)[:-1])


def test_a_text_without_whitespace_is_cut_hard():
    text = "7" * 30_000
    result = pressfacts.extract(text, max_chars=7_000)
    result.check_spans(text)
    assert [b - a for a, b in split_text(text, 7_000)] == [7_000] * 4 + [2_000]


# ---------------------------------------------------------------- the fixes, row by row


def _view(words: list[str]) -> SentenceView:
    doc = pressfacts.load().make_doc(" ".join(words))
    view = SentenceView.of(doc[:], [])
    return view


@pytest.mark.parametrize("words,first,last", [
    (["Раз", ",", "два", "три", ";", "четыре"], 2, 3),
    (["Раз", "два", "три"], 1, 1),          # no mark: the whole sentence
    ([",", "раз", ","], 1, 1),
    (["раз", ",", ",", "два"], 3, 3),
    (["раз", ",", "два"], 1, 1),            # a figure on a mark
])
def test_clause_by_bisection_is_the_walk_to_the_nearest_marks(words, first, last):
    view = _view(words)
    is_mark = [w in CLAUSE_MARKS for w in words]
    lo = first
    while lo > 0 and not is_mark[lo - 1]:
        lo -= 1
    hi = last + 1
    while hi < len(words) and not is_mark[hi]:
        hi += 1
    assert view.clause(first, last) == (lo, hi)
    assert [view.clause_index(k) for k in range(len(words) + 1)] == [sum(is_mark[:k]) for k in range(len(words) + 1)]


@pytest.mark.parametrize("words,titled", [
    ("«Премия Андрея Белого» Андрей", [0, 1, 1, 1, 1, 0]),
    ("« раз два три четыре пять шесть семь » Андрей", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),   # a long quote is speech
    ("« раз « два » три » Андрей", [0, 1, 1, 1, 1, 1, 1, 0]),                                 # nested
    ("Андрей « Белый", [0, 0, 1]),                                                       # never closed
    ("Андрей Белый", [0, 0]),                                                            # no quotes (negative)
])
def test_in_titles(words, titled):
    tokens = words.replace("«", " « ").replace("»", " » ").split()
    doc_words = DocWords("", tokens, list(range(len(tokens))), [False] * len(tokens), [], [(0, len(tokens))], [])
    assert in_titles(doc_words) == [bool(t) for t in titled]


@pytest.mark.parametrize("text", [
    "Раз два три.",
    "Поступило более 240 тысяч обращений (т.е. 97%)... Губернатор А.Ю. Бочаров: «Рост в 2,5 раза!»",
    "а" * 50 + " " + "б" * 10,        # a run longer than a block: cut hard
    "\n\n Раз,  два\u00a0три\t",
])
def test_tokens_in_blocks_are_razdels_tokens(text, monkeypatch):
    import razdel

    monkeypatch.setattr(tokenizer_module, "BLOCK", 16)
    got = list(tokenizer_module.tokens(text))
    whole = [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
    if max(len(t.text) for t in razdel.tokenize(text)) <= 16:
        assert got == whole
    assert all(text[a:b] == word for a, b, word in got)
    assert all(b - a <= 16 for a, b, _ in got)


@pytest.mark.parametrize("text,starts", [
    ("Раз два. Три четыре. Пять шесть. Семь.", [0, 9, 21, 33]),
    ("Раз два три четыре пять шесть семь восемь", [0]),              # cuts inside a sentence start none
    ("Раз.\nДва три четыре.\nПять шесть семь.\nвосемь", [0, 5, 21]),   # nor does a lower-case line
])
def test_sentence_starts_in_blocks(text, starts, monkeypatch):
    monkeypatch.setattr(sentences_module, "BLOCK", 12)
    assert sentences_module.sentence_starts(text) == starts


def test_blocks_refuse_a_cut_outside_the_block():
    with pytest.raises(ValueError, match="outside"):
        blocks_module.blocks("раз два три", 4, lambda text, start, limit: start)


@pytest.mark.parametrize("clean,written", [
    ("обращений", "обра\u00adщений"),      # soft hyphen
    ("Бочаров", "Бо\u200bчаров"),           # zero-width space
    ("МФЦ", "\ufeffМФ\u200dЦ"),             # BOM, zero-width joiner
    ("Губернатор", "Губернатор"),           # nothing to remove (negative)
])
def test_invisible_characters_are_not_read(clean, written):
    assert visible(written) == clean
    assert pressfacts.load().make_doc(written)[0].text == written   # one token, as written
    text = f"Поступило 240 тысяч {written}."
    pressfacts.extract(text).check_spans(text)


def test_a_soft_hyphen_inside_the_counted_word_keeps_the_metric():
    text = "Поступило 240 тысяч обра\u00adщений."
    metric = pressfacts.extract(text).metrics[0]
    assert (metric.value, metric.unit, metric.span.text) == (240000, "обращение", "240 тысяч обра\u00adщений")
