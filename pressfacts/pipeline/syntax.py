"""Dependency syntax from natasha's slovnet parser (the model of ``NewsSyntaxParser``), optional.

``pressfacts.load()`` adds it after the NER and the quantities (``load(syntax=False)`` leaves it
out). It parses only the sentences that can carry an award or a role: those with a word of a
result or an honour (a stem of ``data/awards_triggers.txt`` not marked "context"), those with a
PER entity and a role word
(a lemma of ``data/syntax_role_words.txt`` or a position head of ``data/officials_positions.txt``),
and with the config ``figures=True`` those with a quantity (no metric rule reads the parse yet, so
they are not paid for). On their words it sets ``token.head`` and ``token.dep_``
with slovnet's UD labels ("nsubj:pass", "conj", "appos", "root"...).

Outside the parse: the words of a sentence the parser skips, and every whitespace token, hang
from their sentence's root (the first word of a skipped sentence) with the label ``unparsed``.
So every sentence is one tree and a Doc reloaded by ``Doc.from_bytes`` or a ``DocBin`` (where
spaCy draws the sentence starts from the trees) keeps its sentences. ``span._.parsed`` says
whether a span lies in a parsed sentence, ``doc._.parsed_sents`` lists those sentences:
extractors read the parse there and fall back on the rest.

Setting heads makes spaCy recompute every sentence start from the trees; the starts
``pressfacts_sentences`` set are written back right after, so ``doc.sents`` does not change.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy
from natasha.data import NEWS_SYNTAX
from slovnet import Syntax
from slovnet.chop import chop
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..data import read_words
from .batched import BatchedComponent
from .convolution import stack_convolutions
from .morphology import visible
from .extensions import text_of
from .ner import load_navec
from .sentences import sentences
from .wordlists import stem_pattern

REPAIR = "dep"  # UD's unspecified relation (slovnet gives it too): an arc added to make a tree
UNPARSED = "unparsed"  # a word of a sentence the parser skipped, or a whitespace token, under its sentence's root
# slovnet scores every pair of words of a sentence: time and memory grow with the square of its
# length. The longest sentence of the genre and factRuEval texts has 131 words; a longer one is a
# page that lost its full stops, and stays unparsed.
MAX_WORDS = 200


def normalize_lemma(lemma: str) -> str:
    """A lemma with "ё" read as "е", as the trigger list is matched.

    >>> normalize_lemma("призёр")
    'призер'
    """
    return lemma.replace("ё", "е")


ROLE_WORDS = frozenset(
    normalize_lemma(word) for name in ("syntax_role_words.txt", "officials_positions.txt") for word in read_words(name)
)
AWARD_WORDS = stem_pattern("awards_triggers.txt", without="context")   # the awards pre-check's result words


def is_parsed(span: Span) -> bool:
    """Whether the span lies inside a sentence that the syntax component parsed."""
    ranges = span.doc._.parsed_ranges
    if not ranges:
        return False
    k = bisect.bisect_right(ranges, span.start, key=lambda r: r[0]) - 1
    return k >= 0 and span.end <= ranges[k][1]


def parsed_sentences(doc: Doc) -> list[Span]:
    """The sentences the syntax component parsed, in order."""
    return [doc[start:end] for start, end in doc._.parsed_ranges or ()]


# The ranges are plain ints, which Doc.to_bytes can store; the Spans are built on reading.
if not Doc.has_extension("parsed_ranges"):
    Doc.set_extension("parsed_ranges", default=None)
if not Doc.has_extension("parsed_sents"):
    Doc.set_extension("parsed_sents", getter=parsed_sentences)
if not Span.has_extension("parsed"):
    Span.set_extension("parsed", getter=is_parsed)


@lru_cache(maxsize=None)
def load_syntax(batch_size: int) -> Syntax:
    """slovnet's news syntax parser, on the navec embeddings the NER already loaded."""
    parser = Syntax.load(NEWS_SYNTAX, batch_size=batch_size).navec(load_navec())
    stack_convolutions(parser.infer.model)
    return parser


def make_tree(heads: list[int], rels: list[str]) -> tuple[list[int], list[str]]:
    """slovnet's heads (1-based, 0 for the root) as one tree: 0-based heads, the root its own head.

    slovnet picks every head on its own: on the genre and factRuEval texts one parsed sentence
    in four comes with several roots or a cycle. The first root stays; every other root, and one word of each cycle, hangs from
    it as "dep". Without any root, the word where the first cycle closes becomes the root.

    >>> make_tree([2, 0, 2], ["nsubj", "root", "obj"])
    ([1, 1, 1], ['nsubj', 'root', 'obj'])
    >>> make_tree([0, 0, 1], ["root", "root", "punct"])        # two roots
    ([0, 0, 0], ['root', 'dep', 'punct'])
    >>> make_tree([2, 1, 0, 4], ["nsubj", "obj", "root", "punct"])   # a cycle and a self-loop
    ([2, 0, 2, 2], ['dep', 'obj', 'root', 'dep'])
    >>> make_tree([2, 1], ["nsubj", "obj"])                    # no root at all
    ([0, 0], ['root', 'obj'])
    """
    heads = [h - 1 for h in heads]  # -1: the root
    rels = list(rels)
    roots = [i for i, h in enumerate(heads) if h < 0]
    root = roots[0] if roots else None
    for i in roots[1:]:
        heads[i], rels[i] = root, REPAIR
    state = [0] * len(heads)  # 0 unseen, 1 on the walk now, 2 known to reach the root
    for start in range(len(heads)):
        walk, i = [], start
        while i >= 0 and state[i] == 0:
            state[i] = 1
            walk.append(i)
            i = heads[i]
        if i >= 0 and state[i] == 1:  # the walk came back to itself: cut the cycle at i
            if root is None:
                root = i
                heads[i], rels[i] = -1, "root"
            else:
                heads[i], rels[i] = root, REPAIR
        for j in walk:
            state[j] = 2
    return [i if h < 0 else h for i, h in enumerate(heads)], rels


def sentences_to_parse(doc: Doc, figures: bool = False) -> list[Span]:
    """The sentences that can carry an award (the awards pre-check finds a stem) or a role (a PER
    entity and a role word, by pressfacts_morphology's lemmas), or with ``figures`` a quantity; at
    most MAX_WORDS words. A name alone, or a role word alone, gives the extractors nothing to link."""
    # arrays, not Tokens: spaCy makes a new Token object at every doc[i], which cost a third of the stage
    lemmas, spaces = doc.to_array([LEMMA, IS_SPACE]).T
    roles = numpy.isin(lemmas, [key for key in numpy.unique(lemmas) if is_role_word(doc.vocab.strings, int(key))])
    people = numpy.zeros(len(doc), dtype=bool)
    people[[e.start for e in doc.ents if e.label_ == "PER"]] = True   # one pass over the mentions
    figured = numpy.zeros(len(doc), dtype=bool)
    if figures and "quantities" in doc.spans:
        figured[[s.start for s in doc.spans["quantities"]]] = True
    words = numpy.concatenate([[0], numpy.cumsum(spaces == 0)])   # words before each token
    text = text_of(doc)

    def worth(sent: Span) -> bool:
        a, b = sent.start, sent.end
        return bool(
            (people[a:b].any() and roles[a:b].any())
            or figured[a:b].any()
            or AWARD_WORDS.search(text, sent.start_char, sent.end_char)
        )

    return [sent for sent in sentences(doc) if words[sent.end] - words[sent.start] <= MAX_WORDS and worth(sent)]


_ROLE_KEYS: dict[int, bool] = {}   # lemma hash -> is it a role word (the strings of one vocab, for the process)


def is_role_word(strings, key: int) -> bool:
    found = _ROLE_KEYS.get(key)
    if found is None:
        found = _ROLE_KEYS[key] = normalize_lemma(strings[key]) in ROLE_WORDS
    return found


class SlovnetSyntax(BatchedComponent):
    """Sets ``token.head`` and ``token.dep_`` from slovnet's parser on the sentences worth parsing."""

    def __init__(self, nlp: Language, name: str, batch_size: int, figures: bool = False):
        self.name = name
        self.batch_size = batch_size
        self.figures = figures

    def tag_batch(self, docs: list[Doc]) -> None:
        chosen = {id(doc): sentences_to_parse(doc, self.figures) for doc in docs}
        items = [
            (doc, words)
            for doc in docs
            for sent in chosen[id(doc)]
            if (words := [t for t in sent if not t.is_space])
        ]
        # slovnet pads a batch to its longest sentence: sentences of like length go together
        order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
        infer = load_syntax(self.batch_size).infer
        arcs: dict[int, list[tuple[Token, Token, str]]] = {id(doc): [] for doc in docs}
        for chunk in chop(order, self.batch_size):
            batch = [[visible(t.text) for t in items[i][1]] for i in chunk]
            for i, (_, heads, rels) in zip(chunk, infer.decoder(infer.process(infer.encoder(batch)))):
                doc, words = items[i]
                heads, rels = make_tree([int(h) for h in heads], rels)
                arcs[id(doc)].extend((word, words[h], rel) for word, h, rel in zip(words, heads, rels))
        for doc in docs:
            set_arcs(doc, arcs[id(doc)])
            doc._.parsed_ranges = [(sent.start, sent.end) for sent in chosen[id(doc)]]


def arcs_of(doc: Doc) -> tuple[list[int], list[str]]:
    """The head (absolute index) and relation of every token as plain lists, read in one array:
    a token's own index and "" where no parse reached it (skipped sentences, whitespace)."""
    if not doc.has_annotation("DEP"):
        return list(range(len(doc))), [""] * len(doc)
    strings = doc.vocab.strings
    unparsed = strings[UNPARSED]
    array = doc.to_array([HEAD, DEP])
    offsets = array[:, 0].astype("int64").tolist()   # HEAD is an offset stored unsigned
    heads, labels = [], []
    for i, (offset, label) in enumerate(zip(offsets, array[:, 1].tolist())):
        outside = label == unparsed or label == 0
        heads.append(i if outside else i + offset)
        labels.append("" if outside else strings[label])
    return heads, labels


def set_arcs(doc: Doc, arcs: list[tuple[Token, Token, str]]) -> None:
    """Heads and labels in one array for the whole Doc, then the sentence starts as they were.

    Every sentence becomes one tree: the parse where there is one, the rest of its tokens under
    its root as ``unparsed``. spaCy's token.head setter re-reads the whole Doc on every call;
    ``from_array`` with HEAD and DEP makes spaCy set sentence starts from the trees, which the
    SENT_START array undoes.
    """
    starts = doc.to_array([SENT_START])
    offsets = numpy.zeros(len(doc), dtype="int64")
    labels = numpy.full(len(doc), doc.vocab.strings.add(UNPARSED), dtype="uint64")
    parsed = numpy.zeros(len(doc), dtype=bool)
    strings = doc.vocab.strings
    roots = set()
    for word, head, rel in arcs:
        offsets[word.i] = head.i - word.i
        labels[word.i] = strings.add(rel)
        parsed[word.i] = True
        if head.i == word.i:
            roots.add(word.i)
    for sent in sentences(doc):
        root = next((i for i in range(sent.start, sent.end) if i in roots), None)
        if root is None:   # a sentence the parser skipped: its first word holds the rest
            root = next((t.i for t in sent if not t.is_space), sent.start)
        for i in range(sent.start, sent.end):
            if not parsed[i]:
                offsets[i] = root - i
    doc.from_array([HEAD, DEP], numpy.column_stack([offsets.astype("uint64"), labels]))
    doc.from_array([SENT_START], starts)


@Language.factory(
    "pressfacts_syntax",
    assigns=["token.head", "token.dep", "doc._.parsed_ranges"],
    requires=["token.is_sent_start", "token.lemma", "doc.ents"],
    default_config={"batch_size": 32, "figures": False},
)
def create_syntax(nlp: Language, name: str, batch_size: int, figures: bool) -> SlovnetSyntax:
    return SlovnetSyntax(nlp, name, batch_size, figures)
