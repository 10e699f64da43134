"""Officials: person, position and organization, normalized and merged per document.

``extractor`` is the spaCy component; ``names`` finds the people, ``roles`` their positions and
organizations, ``context`` what the text around resolves, ``lexicon`` the word lists.
"""

from .extractor import extract_officials

__all__ = ["extract_officials"]
