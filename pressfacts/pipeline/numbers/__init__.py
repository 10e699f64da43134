"""Numbers in press-release text: quantities ("более 240 тысяч", "97%", "в 2,5 раза") and ordinals ("50-м", "1 место").

These are pure functions in razdel's style: text goes in, spans come out. ``find_quantities``
and ``find_ordinals`` never raise, and every span they return is a slice of the input. The
rules are data: each word list (``pressfacts/data/numbers_*.txt``) and each pattern has the
example that needed it beside it.

How a text is read
------------------
1. At every place where a figure in digits may start, the rules of ``NOT_QUANTITIES`` are
   tried. Each rule is a pattern matched from the digit, plus an optional pattern for the text
   just before it. A rule that holds sets its match aside: dates, times, years, phone
   numbers, document and house numbers, versions and list numbers. Where no rule holds, an
   ordinal may be written ("50-м", "1 место", "лауреат 1 степени").
2. Ordinals in Roman numerals ("IV квартал") and in words ("четвертый", "двадцать пятый") are
   found and set aside as well.
3. Every other figure is read. A figure is either digits, or number words whose pymorphy3 lemma
   is a numeral (pymorphy3 is asked only about words that start like a number word). It is read
   together with its multiplier ("тысяч", "млн"), its percent sign or its ratio frame
   ("в 2,5 раза"), the other end of a range ("5–7", "с 6 до 54"), and the qualifier before it
   ("более", "не менее").

This stays cheap: the rules run only at digits, never across the whole text, and the two
searches for words open with a class of first letters that ``re`` can skip ahead to.

Decisions on the doubtful cases
-------------------------------
* Bare multipliers. A bare plural "тысячи" / "миллионы" / "тысяч" ("тысячи обращений") means
  "thousands of" and is not a quantity. A bare singular ("миллион", "тысячу", "миллиона",
  "полмиллиона") is. After a qualifier or "от"/"с", "тысячи" is read as the genitive singular
  ("более тысячи" = 1000).
* "один", "одна", "одно" count only when a noun, an adjective or a multiplier follows them
  ("один корабль", "одна тысяча"). They do not count in "один из", "одной из лучших" or
  "один и тот же", or after "ни".
* Two number words joined by a hyphen ("одно-два окна", "двух-трёх дней") are a vague estimate
  that describes a kind of thing. They are not a reported figure, so neither the pair nor its
  halves is a quantity. A range written in digits ("5-7", "5–7") is a quantity.
* "до" is a less_than qualifier ("до 20 окон"), with two exceptions. It is not a qualifier when
  it closes a range ("с 6 до 54", "от 5 до 7"). It is exact when a word of change stands just
  before it ("вырос до 30 тысяч"), because there it gives the new value.
* In "с 5 до 27 тысяч" the second figure's multiplier also applies to the first, when that
  makes the two values the closer pair: 5000–27000. In "с 500 до 2 тысяч" it does not, and
  the first value stays 500. A percent sign on the second figure applies to both.
* A range span includes its "от"/"с" ("с 6 до 54"), just as a ratio span includes its "в"
  ("в 2,5 раза"). Post-qualifiers ("сто с лишним", "в два с лишним раза") give more_than, and
  ``qualifier_start`` then points at the "с" that follows the figure.
* "N-х" with N ending in 2, 3 or 4 (but not 12–14) is the cardinal "двух/трёх/четырёх"
  ("в 2-х экземплярах", "в 24-х странах"). Other "N-х" forms are ordinals ("5-х классов"), and
  "90-х годов" is a decade.
* Compound adjectives "22-летний", "25-летие" and codes like "131-ФЗ" and
  "123-п" are not quantities. "10-кратный" is a ratio.
* Fractions ("три четверти", "две трети") are not read at all; they are not "три".
* "от" on its own ("от 5 лет") is not a qualifier, because it can also name a source
  ("от 5 граждан"). Only "от X до Y" is read, and it is read as a range.
* A year is set aside when "год"/"г." follows it ("в 2020 году", "2018–2020 годы"), when a month
  comes before it, when it has an ending ("в 2020-м"), when it is a span of years ("2018–2020"),
  or when it stands alone after a preposition ("с 2018 по 2020, а…"). "2020 человек" is a count.
* "N часов" after "в"/"к" and "N утра/вечера" are times of day ("в 19 часов"). "за 2 часа"
  is a duration, and so a quantity.
* Digits after a Latin name ("Windows 10", "Channel 4") are part of the name. A line that
  starts with "3." or "2)" is a list item.
* "тысячный" and "миллионный" are mostly sizes ("миллионные штрафы"), not ordinals, and are
  not read as ordinals.
* "1 просмотр0 комментариев" reads "1": digits glued to letters ("просмотр0", "26а", "5G")
  are never figures. The pipeline drops the widget line elsewhere.
* An ordinal noun is read as ordinal when it is in a form that cannot be counted ("1 место",
  "2 место", "3 степени", "в 1 полугодии"). A form shared with counting ("3 места",
  "2 квартала") is read as a count, unless it is 1 or a year follows it ("3 квартала 2020 года").

Layout
------
``tables`` reads the word tables; the month, ordinal and Roman numeral tables are shared with
the dates grammar (``pressfacts.pipeline.lexicon``).
``patterns`` builds the patterns from them, ``rules`` holds ``NOT_QUANTITIES``; the readers are
``words`` (number words), ``figures`` (a quantity at a position), ``ordinals`` and ``find``
(the entry points).
"""

from __future__ import annotations

from .find import _read, find_ordinals, find_quantities  # noqa: F401  (_read: tests clear its cache)
from .records import Ordinal, Quantity
from .rules import NOT_QUANTITIES
from .tables import AFTER_QUALIFIERS, CARDINALS, MULTIPLIERS, ORDINAL_NOUNS, QUALIFIERS

__all__ = [
    "AFTER_QUALIFIERS",
    "CARDINALS",
    "MULTIPLIERS",
    "NOT_QUANTITIES",
    "ORDINAL_NOUNS",
    "QUALIFIERS",
    "Ordinal",
    "Quantity",
    "find_ordinals",
    "find_quantities",
]
