"""Officials: person, position and organization, normalized and merged per document (issue 6)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("pressfacts_officials", assigns=["doc._.officials"], requires=["doc.ents"])
def extract_officials(doc: Doc) -> Doc:
    doc._.officials = []
    return doc
