"""Metrics: every reported figure, with what it counts, its period and its change (issue 5)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("pressfacts_metrics", assigns=["doc._.metrics"], requires=["doc.spans"])
def extract_metrics(doc: Doc) -> Doc:
    doc._.metrics = []
    return doc
