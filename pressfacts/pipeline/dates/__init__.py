"""Dates and periods as written in running text: days, months, years, ranges, quarters, relative dates.

Pure functions, text in, records out (razdel's style). Each rule is a compiled pattern and a
builder that reads its match into ``Found`` tuples; ``find_dates`` keeps the longest
non-overlapping ones and turns them into ``DateMention`` records at one place (``adapt``).

Spans leave the governing preposition out ("2019 году" in "в 2019 году"), except the "с" and "до"
of a range ("с апреля по май 2020 года"), open ones too ("с 2014 года": from 1 January 2014, the
end null; "до 2030 года": to 31 December 2030, the start null). A mention whose year the text does not fix is resolved
against the publication date and marked ``relative``; without one it stays unresolved and says
only what the text fixes. Durations in years ("за 4 года МФЦ вошли в нашу жизнь") are dates only
when "последние" anchors them to the present ("за последние 5 лет"); "за год" alone is the year
under report, as "за 8 месяцев" on 1 September is January–August.

Layout
------
``tables`` reads the word tables (``pressfacts/data/dates_*.txt``); the month, ordinal and Roman
numeral tables are shared with the numbers grammar (``pressfacts.pipeline.lexicon``).
``patterns`` holds the pieces of the rules and the context the builders check, ``resolve`` the
calendar and the reading of a year, ``clause`` the tense of a date's sentence (a period without a
year lies in the past unless the sentence looks ahead: "в первом полугодии прошли" in January is
last year's); the builders are ``days`` (days, months, decades), ``periods`` (years and longer)
and ``relative`` (weekdays, "год назад", "с начала года", "аналогичный период прошлого года");
``rules`` pairs each pattern with its builder, ``anaphora`` reads the mentions that count from
another date of the text, and ``find`` is the entry point.
"""

from __future__ import annotations

from .find import find_dates
from .rules import RULES

__all__ = ["RULES", "find_dates"]
