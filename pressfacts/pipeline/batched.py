"""A spaCy component that works on batches of documents, for models that pad and batch (slovnet)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc


class BatchedComponent:
    """Subclasses define ``tag_batch(docs)``; ``nlp.pipe`` hands them whole batches."""

    def tag_batch(self, docs: list[Doc]) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.tag_batch([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            self.tag_batch(batch)
            yield from batch
