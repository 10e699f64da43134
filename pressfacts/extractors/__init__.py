"""Extractors: one module per record type, each a registered spaCy component.

Each puts its records, already validated Pydantic models, on a Doc extension of its own:
``doc._.metrics``, ``doc._.officials``, ``doc._.awards`` (``doc._.dates`` comes from the
pipeline's dates component).
"""

from __future__ import annotations

from pressfacts.pipeline.extensions import RECORD_EXTENSIONS

from . import awards, metrics, officials  # noqa: F401  (registers the components)

# In pipeline order, after the linguistic stages.
EXTRACTOR_STAGES: list[str] = ["pressfacts_metrics", "pressfacts_officials", "pressfacts_awards"]

__all__ = ["EXTRACTOR_STAGES", "RECORD_EXTENSIONS"]
