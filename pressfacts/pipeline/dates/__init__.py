"""Dates and periods as written in running text: days, months, years, ranges, quarters, relative dates.

Pure functions, text in, records out (razdel's style). Each rule is a compiled pattern and a
builder that reads its match into ``Found`` tuples; ``find_dates`` keeps the longest
non-overlapping ones and turns them into ``DateMention`` records at one place (``adapt``).

Spans leave the governing preposition out ("2019 году" in "в 2019 году"), except the "с" of a
range ("с апреля по май 2020 года"). A mention whose year the text does not fix is resolved
against the publication date and marked ``relative``; without one it stays unresolved and says
only what the text fixes. Durations in years ("за 4 года МФЦ вошли в нашу жизнь") are dates only
when "последние" anchors them to the present ("за последние 5 лет").

Layout
------
``tables`` reads the word tables (``pressfacts/data/dates_*.txt``); the month, ordinal and Roman
numeral tables are shared with the numbers grammar (``pressfacts.pipeline.lexicon``).
``patterns`` holds the pieces of the rules and the context the builders check, ``resolve`` the
calendar and the reading of a year; the builders are ``days`` (days and months) and ``periods``
(years and longer), ``rules`` pairs each pattern with its builder, and ``find`` is the entry point.
"""

from __future__ import annotations

from .find import find_dates
from .rules import RULES

__all__ = ["RULES", "find_dates"]
