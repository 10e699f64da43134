"""Awards: contest results and state or departmental honours, one record per recipient (issue 7)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("pressfacts_awards", assigns=["doc._.awards"])
def extract_awards(doc: Doc) -> Doc:
    doc._.awards = []
    return doc
