"""The dependency-syntax component (``pressfacts_syntax``, on in ``pressfacts.load()``).

The sentences are invented, in the phrasing of regional press releases. The arcs asserted are
slovnet's; what is tested is that they reach the right tokens, on the right sentences only,
without moving a sentence boundary or a record.
"""

from __future__ import annotations

import time

import pytest
import srsly
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

import pressfacts
from pressfacts.api import to_result
from pressfacts.data import read_entries
from pressfacts.inputs import Document
from pressfacts.pipeline.morphology import analyze
from pressfacts.pipeline.sentences import sentences
from pressfacts.pipeline.syntax import UNPARSED

from .conftest import ROOT, seed_texts

GENRE_TEXTS = ROOT.parent / "shared" / "genre-dev" / "texts"


@pytest.fixture(scope="module")
def parser():
    return pressfacts.load(syntax=True)


def genre_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(GENRE_TEXTS.glob("*.txt"))}


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


# text, word, its relation ("a|b": either), its head
ARCS = [
    # conjoined recipients: the second name hangs from the first by its first word (flat:name inside)
    ("Дипломы III степени вручили Анне Ким и Петру Лаптеву.", "Петру", "conj", "Анне"),
    ("Дипломы III степени вручили Анне Ким и Петру Лаптеву.", "Лаптеву", "flat:name", "Петру"),
    ("Дипломы III степени вручили Анне Ким и Петру Лаптеву.", "Анне", "iobj", "вручили"),
    ("Благодарственные письма губернатор вручил Марине Сомовой, Илье Гришину и Олегу Панову.", "Олегу", "conj", "Марине"),
    ("Почётные грамоты вручены воспитателю Елене Зуевой и повару Ольге Травиной.", "повару", "conj", "воспитателю"),
    # passive
    ("Медалью награждена заведующая детским садом № 3 Светлана Орлова.", "заведующая", "nsubj:pass|nsubj", "награждена"),
    ("Медалью награждена заведующая детским садом № 3 Светлана Орлова.", "Медалью", "obl", "награждена"),
    ("На должность министра культуры назначена Ирина Волкова.", "Ирина", "nsubj:pass|nsubj", "назначена"),
    # apposition: the name stands beside its position
    ("На совещании выступил директор школы Иван Петров.", "Иван", "appos", "директор"),
    ("На совещании выступил директор школы Иван Петров.", "школы", "nmod", "директор"),
    ("Почётной грамотой министерства награждён учитель физики Павел Дьяконов.", "Павел", "appos", "учитель"),
    ("С докладом выступила глава района Наталья Климова.", "Наталья", "appos", "глава"),
    # places and figures
    ("Первое место заняла команда гимназии № 5.", "место", "obj", "заняла"),
    ("По словам директора МФЦ Ивана Петрова, поступило 240 тысяч обращений.", "240", "nummod", "тысяч"),
]


@pytest.mark.parametrize("text,child,rel,head", ARCS)
def test_arcs(parser, text, child, rel, head):
    token = word(parser(text), child)
    assert token.dep_ in rel.split("|")
    assert token.head.text == head


def test_the_second_recipient_is_conjoined_to_the_first(parser):
    doc = parser("Дипломы III степени вручили Анне Ким и Петру Лаптеву.")
    first, second = [e for e in doc.ents if e.label_ == "PER"]
    assert (first.text, second.text) == ("Анне Ким", "Петру Лаптеву")
    assert second.root.dep_ == "conj" and second.root.head == first.root


# text, whether each sentence was parsed ("+" parsed, "-" not)
PARSED = [
    ("Погода в регионе остаётся тёплой.", "-"),                              # no person, figure or award word
    ("Коллектив музея отметил юбилей.", "-"),
    ("Коллектив школы награждён почётной грамотой.", "+"),                   # award words alone
    ("Лучшим учителем по итогам конкурса признан Олег Рябов.", "+"),         # the awards pre-check's stems ("конкурс")
    ("Поступило 240 обращений.", "-"),                                       # a figure alone: no metric rule reads the parse
    ("Выступил Андрей Бочаров.", "-"),                                       # a name with no role word: nothing to link
    ("Выступил губернатор Андрей Бочаров.", "+"),                            # a name and a position head
    ("Губернатор провёл совещание.", "-"),                                   # a position with no name
    ("Погода остаётся тёплой. Первое место заняла команда гимназии.", "-+"),
    ("Заседание прошло спокойно.\nЗвание присвоено Галине Морозовой.\nВсе разошлись.", "-+-"),
]


@pytest.mark.parametrize("text,expected", PARSED)
def test_only_sentences_that_can_carry_a_fact_are_parsed(parser, text, expected):
    doc = parser(text)
    assert "".join("+" if s._.parsed else "-" for s in sentences(doc)) == expected
    assert [s.start for s in doc._.parsed_sents] == [s.start for s in sentences(doc) if s._.parsed]
    for sent in sentences(doc):
        if not sent._.parsed:   # its first word holds the rest, nothing more
            root = next(t for t in sent if not t.is_space)
            assert all(t.dep_ == UNPARSED and t.head == root for t in sent)


def test_a_doc_with_nothing_parsed_is_one_flat_tree_a_sentence(parser):
    doc = parser("Погода в регионе остаётся тёплой. Дождей не ожидается.")
    assert doc.has_annotation("DEP")   # so spaCy's matchers take DEP patterns (no E155); they find no real relation
    assert doc._.parsed_sents == []
    assert [t.head.i for t in doc] == [0] * 6 + [6] * 4


def test_a_span_is_parsed_when_it_lies_in_a_parsed_sentence(parser):
    doc = parser("Погода остаётся тёплой. Выступил губернатор Андрей Бочаров.")
    assert [e._.parsed for e in doc.ents] == [True]
    assert not doc[0:2]._.parsed and not doc[2:6]._.parsed    # the second crosses into the next sentence
    assert not pressfacts.load(syntax=False)("Выступил губернатор Андрей Бочаров.")[:]._.parsed   # no syntax component


def test_whitespace_hangs_from_the_root_as_unparsed(parser):
    doc = parser("Медалью  награждена\nзаведующая детским садом\u00a0№ 3 Светлана Орлова.\n\n")
    spaces = [t for t in doc if t.is_space]
    assert len(spaces) == 4
    assert all(t.head.text == "награждена" and t.dep_ == UNPARSED and not list(t.children) for t in spaces)
    assert word(doc, "заведующая").head.text == "награждена"


def test_the_parse_is_data_that_doc_to_bytes_keeps(parser):
    doc = parser("Погода остаётся тёплой. Дипломы вручили Анне Ким и Петру Лаптеву.")
    assert srsly.msgpack_loads(srsly.msgpack_dumps(doc._.parsed_ranges)) == [[4, 12]]   # no Spans stored
    again = Doc(parser.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]))
    assert [(t.head.i, t.dep_) for t in again] == [(t.head.i, t.dep_) for t in doc]


def assert_trees(doc) -> None:
    """One root a parsed sentence, every head inside it, no cycle."""
    for sent in doc._.parsed_sents:
        words = [t for t in sent if not t.is_space]
        assert [t.dep_ for t in words if t.head == t] == ["root"]
        assert all(sent.start <= t.head.i < sent.end and not t.head.is_space for t in words)
        assert all(len(list(t.ancestors)) < len(words) for t in words)


def test_trees_are_trees_and_batches_parse_as_single_documents(parser, seeds):
    texts = list(seeds.values()) + list(genre_texts().values())[:10]
    batched = list(parser.pipe(texts, batch_size=5))
    for doc in batched:
        assert_trees(doc)
    arcs = lambda doc: [(t.head.i, t.dep_) for t in doc]  # noqa: E731
    assert [arcs(d) for d in batched] == [arcs(parser(t)) for t in texts]


@pytest.mark.parametrize("corpus", ["seed", "genre-dev"])
def test_sentence_boundaries_are_unchanged(nlp, parser, corpus):
    texts = list((seed_texts() if corpus == "seed" else genre_texts()).values())
    if not texts:
        pytest.skip(f"no {corpus} texts")
    parsed_any = False
    for plain, parsed in zip(nlp.pipe(texts), parser.pipe(texts)):
        starts = [s.start for s in plain.sents]
        assert [s.start for s in parsed.sents] == starts
        assert [s.start for s in sentences(parsed)] == starts
        assert [t.is_sent_start for t in parsed] == [t.is_sent_start for t in plain]
        parsed_any |= bool(parsed._.parsed_sents)
    assert parsed_any


# A dative recipient conjoined to the indirect object of a verb: "вручили Анне Ким и Петру Лаптеву".
# The first recipient's case comes from its relation: pymorphy3 alone reads "Анне" as a nominative.
CONJOINED_DATIVE = [
    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "first", "RIGHT_ATTRS": {"DEP": "iobj"}},
    {"LEFT_ID": "first", "REL_OP": ">", "RIGHT_ID": "next",
     "RIGHT_ATTRS": {"DEP": "conj", "MORPH": {"IS_SUPERSET": ["Case=Dat"]}}},
]


@pytest.mark.parametrize("text,expected", [
    ("Дипломы III степени вручили Анне Ким и Петру Лаптеву.", "Петру"),
    ("Благодарственные письма губернатор вручил Марине Сомовой, Илье Гришину и Олегу Панову.", "Илье Олегу"),
    ("Почётные грамоты вручены воспитателю Елене Зуевой и повару Ольге Травиной.", "повару"),
    ("Дипломы III степени вручили Анне Ким.", ""),                       # one recipient
    ("Ким и Лаптев вручили дипломы выпускникам.", ""),                   # conjoined givers, not recipients
])
def test_a_dependency_matcher_finds_conjoined_dative_recipients(parser, text, expected):
    matcher = DependencyMatcher(parser.vocab, validate=True)
    matcher.add("conjoined_dative", [CONJOINED_DATIVE])
    doc = parser(text)
    found = sorted({doc[ids[2]].i for _, ids in matcher(doc)})
    assert " ".join(doc[i].text for i in found) == expected


def test_records_are_the_same_with_syntax_on(nlp, parser, seeds):
    for doc_id, text in seeds.items():
        plain = to_result(Document(doc_id, text), nlp(text))
        parsed = to_result(Document(doc_id, text), parser(text))
        assert parsed.model_dump_json() == plain.model_dump_json()
        assert plain.model_dump_json() == pressfacts.extract(text, doc_id=doc_id).model_dump_json()


# kind, a piece repeated to 12,000 and to 120,000 characters, whether its sentences are parsed
LINEAR = [
    ("figure sentences", "В 2023 году награды получили 240 педагогов и 15 врачей области. ", True),
    # slovnet's work grows with the square of a sentence's length: over MAX_WORDS it is not parsed
    ("awards, no sentence break", "грамоты вручены 240 педагогам, 97 врачам и 25 поварам; ", False),
]


@pytest.mark.parametrize("kind,piece,parsed", LINEAR, ids=[row[0] for row in LINEAR])
def test_time_grows_linearly(parser, kind, piece, parsed):
    parser(piece)   # models loaded before anything is timed
    times = []
    for n in (12_000, 120_000):
        text = piece * (n // len(piece) + 1)
        started = time.perf_counter()
        doc = parser(text)
        times.append(time.perf_counter() - started)
        assert all(s._.parsed == parsed for s in sentences(doc))
    assert times[1] / max(times[0], 0.05) < 35, f"{kind}: {times[0]:.2f} s -> {times[1]:.2f} s"


def test_role_words_are_lemmas_with_an_example():
    entries = read_entries("syntax_role_words.txt")
    lemmas = [e.fields[0] for e in entries]
    assert len(lemmas) == len(set(lemmas))
    assert all(len(e.fields) == 1 and e.example for e in entries)
    assert [w for w in lemmas if analyze(w)[0] != w] == []    # pymorphy3 gives them as lemmas, or they never match


def test_the_stacked_convolution_gives_slovnets_sums():
    import numpy
    from slovnet.exec.model import Conv1d, Weight

    from pressfacts.pipeline.convolution import StackedConv1d

    rng = numpy.random.default_rng(7)
    for channels, filters, kernel, padding in ((330, 256, 3, 1), (64, 32, 5, 2), (8, 4, 1, 0)):
        weights = rng.standard_normal((filters, channels, kernel)).astype("float32")
        biases = rng.standard_normal(filters).astype("float32")
        weight = Weight(weights.shape, "float32", weights)
        bias = Weight(biases.shape, "float32", biases)
        # slovnet hands a layer its input channels first, as a view of a channels-last array
        x = rng.standard_normal((3, 11, channels)).astype("float32").swapaxes(2, 1)
        expected = Conv1d(weight, bias, padding)(x)
        got = StackedConv1d(weight, bias, padding)(x)
        assert got.shape == expected.shape
        assert numpy.allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_the_models_run_the_stacked_convolution():
    from pressfacts.pipeline.convolution import StackedConv1d
    from pressfacts.pipeline.ner import load_ner
    from pressfacts.pipeline.syntax import load_syntax

    for model in (load_ner(32).infer.model, load_syntax(32).infer.model):
        assert all(type(layer.conv) is StackedConv1d for layer in model.encoder.layers)
