"""The shared linguistic stages of the pressfacts spaCy pipeline.

Importing this package registers the tokenizer and the components with spaCy.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import cleanup, extensions, morphology, ner, normalize, sentences, slovnet_morph, syntax, tokenizer  # noqa: F401  (registers)

TOKENIZER = "pressfacts.razdel_tokenizer.v1"

# In pipeline order: cleanup never changes the text, so every later offset is an original one.
LINGUISTIC_STAGES = [
    "pressfacts_cleanup",
    "pressfacts_sentences",
    "pressfacts_morphology",
    "pressfacts_ner",
    "pressfacts_dates",
    "pressfacts_quantities",
]


def blank() -> Language:
    """``spacy.blank("ru")`` with the razdel tokenizer, no components yet."""
    return spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
