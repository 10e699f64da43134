"""Named entities from natasha's slovnet NER (PER, LOC, ORG) as ``doc.ents``.

The model and its navec embeddings ship inside the natasha wheel: nothing is downloaded.
slovnet pads every sentence of a batch to the longest one, so sentences from many documents
are sorted by length before they are batched.
"""

from __future__ import annotations

from functools import lru_cache

from natasha.data import NEWS_EMBEDDING, NEWS_NER
from navec import Navec
from slovnet import NER
from spacy.language import Language
from spacy.tokens import Doc, Span

from .batched import BatchedComponent
from .sentences import sentences

@lru_cache(maxsize=None)
def load_ner(batch_size: int) -> NER:
    """slovnet's news NER with navec embeddings, loaded once per process."""
    return NER.load(NEWS_NER, batch_size=batch_size).navec(Navec.load(NEWS_EMBEDDING))


class SlovnetNER(BatchedComponent):
    """Sets ``doc.ents`` from slovnet's NER, run sentence by sentence."""

    def __init__(self, nlp: Language, name: str, batch_size: int):
        self.name = name
        self.batch_size = batch_size

    def tag_batch(self, docs: list[Doc]) -> None:
        items = [
            (doc, sent.start_char, sent.text)
            for doc in docs
            for sent in sentences(doc)
            if not sent.text.isspace()
        ]
        order = sorted(range(len(items)), key=lambda i: len(items[i][2]))
        markups = load_ner(self.batch_size).map([items[i][2] for i in order])
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for i, markup in zip(order, markups):
            doc, offset, _ = items[i]
            for span in markup.spans:
                entity = doc.char_span(offset + span.start, offset + span.stop, label=span.type, alignment_mode="contract")
                if entity is not None and len(entity):
                    found[id(doc)].append(entity)
        for doc in docs:
            doc.set_ents(sorted(found[id(doc)], key=lambda e: e.start))


@Language.factory(
    "pressfacts_ner",
    assigns=["doc.ents"],
    requires=["token.is_sent_start"],
    default_config={"batch_size": 32},
)
def create_ner(nlp: Language, name: str, batch_size: int) -> SlovnetNER:
    return SlovnetNER(nlp, name, batch_size)
