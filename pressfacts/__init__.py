"""pressfacts: validated, source-linked records from Russian government press releases.

    import pressfacts
    result = pressfacts.extract(text, published="2023-01-16")   # a DocumentResult
    for result in pressfacts.extract_many(texts): ...           # streams, in input order
    nlp = pressfacts.load()                                      # the spaCy pipeline
    frames = pressfacts.to_frames(pressfacts.read_results("out.jsonl"))  # pandas DataFrames
"""

from . import display  # noqa: F401  (registers the notebook HTML of a DocumentResult)
from .api import extract, extract_many, load, process
from .frames import to_frames
from .inputs import Document, read_inputs
from .schemas import (
    Award,
    DateMention,
    DocumentResult,
    Metric,
    Official,
    Span,
    json_schema,
)
from .tables import read_results

__version__ = "0.1.0"

__all__ = [
    "Award",
    "DateMention",
    "Document",
    "DocumentResult",
    "Metric",
    "Official",
    "Span",
    "extract",
    "extract_many",
    "json_schema",
    "load",
    "process",
    "read_inputs",
    "read_results",
    "to_frames",
]
