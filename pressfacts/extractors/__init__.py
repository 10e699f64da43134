"""Extractors: one module per record type, each a registered spaCy component.

Each puts its records, already validated Pydantic models, on a Doc extension of its own:
``doc._.metrics``, ``doc._.officials``, ``doc._.awards``, ``doc._.dates``.
"""

from __future__ import annotations

from spacy.tokens import Doc

RECORD_EXTENSIONS = ("metrics", "officials", "awards", "dates")

for _name in RECORD_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# In pipeline order, after the linguistic stages; the extractor issues add theirs here.
EXTRACTOR_STAGES: list[str] = []
