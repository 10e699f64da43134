"""Awards: contest results and honours, one record per recipient.

``extractor`` is the spaCy component; ``grammar`` reads ranks, ``honours`` honour phrases,
``recipients`` who receives them, ``morph`` their nominative forms, ``words`` the word lists.
"""

from .extractor import AwardsExtractor, create_awards

__all__ = ["AwardsExtractor", "create_awards"]
