"""Metrics: every reported figure, with what it counts, its period and its change.

``extractor`` is the spaCy component; ``grammar`` reads what a figure counts, ``context`` its
period and organization, ``morph`` the counted nouns, ``words`` the word lists.
"""

from .extractor import extract_metrics

__all__ = ["extract_metrics"]
