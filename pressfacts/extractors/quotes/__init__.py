"""Quotes: who said what, linked to the official who said it (issue 20).

``extractor`` is the spaCy component; ``direct`` reads statements in quotation marks or after a
dash, ``indirect`` reported ones ("по словам …", "X отметил, что …"), ``speakers`` attributions.
"""

from .extractor import extract_quotes

__all__ = ["extract_quotes"]
