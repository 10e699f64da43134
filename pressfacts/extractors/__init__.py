"""Extractors: one module per record type, each a registered spaCy component.

Each puts its records, already validated Pydantic models, on a Doc extension of its own:
``doc._.metrics``, ``doc._.officials``, ``doc._.awards``, ``doc._.quotes`` (``doc._.dates`` comes from the
pipeline's dates component). The records survive ``Doc.to_bytes`` and ``DocBin``: the
pipeline's msgpack codec writes every schemas record (see ``pressfacts.pipeline.extensions``).
"""

from __future__ import annotations

from pressfacts.pipeline.extensions import set_list_extension

from . import awards, links, metrics, officials, quotes  # noqa: F401  (registers the components)

# The Doc extensions that hold output records; the pipeline registers its own, dates.
RECORD_EXTENSIONS = ("metrics", "officials", "awards", "dates", "quotes")
for _name in RECORD_EXTENSIONS:
    set_list_extension(_name)

# In pipeline order, after the linguistic stages.
# "pressfacts_links": what the awards read tells the officials (``links``); "pressfacts_quotes"
# last: it links statements to the officials as finally read, and metrics to the statements.
EXTRACTOR_STAGES: list[str] = ["pressfacts_metrics", "pressfacts_officials", "pressfacts_awards", "pressfacts_links",
                               "pressfacts_quotes"]

__all__ = ["EXTRACTOR_STAGES", "RECORD_EXTENSIONS"]
