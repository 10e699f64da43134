"""Metrics: every reported figure, with what it counts, its period and its change (issue 5).

The extractor reads only around the figures that the quantities stage found
(``doc.spans["quantities"]``), sentence by sentence:

1. figures that are no metric are passed over: page furniture (``doc.spans["boilerplate"]``),
   figures inside a quoted name ("в категории «с количеством окон менее 20 окон»"), durations
   that frame a statement ("за 4 года МФЦ прочно вошли в нашу жизнь"), ages ("в возрасте 85
   лет"), and figures of which nothing can be said (no counted noun, no measured thing);
2. what the figure counts (``grammar``): the noun it governs ("более 240 тысяч
   обращений"), the noun of a neighbour for an ellipsis ("148 региональных госуслуг и 621
   муниципальная") or for an anaphor ("их всего 86", "показатель увеличился на миллион"), the
   measured thing before a copula ("охват населения составляет 97%");
3. kind and unit: percent "%", ratio "раз", money and durations by their unit words
   (``metrics_units.txt``), count otherwise;
4. change: "с 5 до 27 тысяч" gives ``previous``; "увеличился на миллион", "на 9 больше" are a
   difference (``change``);
5. period and organization from the figure's clause (``context``).

Readings become ``Metric`` records in one place, ``to_metric``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import groupby
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressfacts.pipeline.extensions import text_of
from pressfacts.pipeline.numbers import Quantity
from pressfacts.pipeline.regions import region_name, text_district, text_region
from pressfacts.pipeline.numbers.tables import MULTIPLIER_STEMS
from pressfacts.pipeline.sentences import sentences
from pressfacts.pipeline.wordforms import agree_adjective, is_noun, is_preposition, lemma, nominative_noun, noun_gender
from pressfacts.schemas import DateMention, Metric
from pressfacts.schemas import Span as TextSpan

from .morph import counted_forms, is_common_word
from .context import DateIndex, organization
from .grammar import (
    Before,
    amount_unit,
    Counted,
    SentenceView,
    counted_phrase,
    counts_date,
    genitive_phrase_end,
    is_age,
    is_frame,
    is_time_of_day,
    nominative_head_phrase,
    priced_thing,
    read_before,
    read_counted,
    read_dependents,
    read_ratio_subject,
    substantive_reading,
)
from .claims import read_claim
from .lists import is_difference_item, item_subject, list_source, list_year
from .measures import Measure, read_measure
from .quoted import inside_any, quoted_names
from .subjects import clause_subject
from .words import COMPARATIVES, LIGHT_NOUNS, LINKERS, RATE_BASES, UNITS, Unit, is_change_word

# Where the figure itself stands inside a quantity's text.
RANGE_END = re.compile(r"(?:\s(?:до|по)\s+|\s*[-–—]\s*)(?=\S)(?!.*(?:\s(?:до|по)\s|[-–—]))", re.I)  # с 6 до 54 → 54
RATIO_IN = re.compile(r"в\s+", re.I)  # в 2,5 раза → 2,5
RATIO_TIMES = re.compile(r"(?:\s+с\s+(?:лишним|небольшим))?\s+раза?$", re.I)  # в два с лишним раза → два
RANGE_START = re.compile(r"^(?:с|со)\s", re.I)  # с 5 до 27 тысяч: a change from 5000
POINTS = re.compile(r"пункт|п\.\s?п", re.I)  # процентных пунктов; п.п.: a percent's unit "п.п."
MULTIPLIED = re.compile(rf"(?:{'|'.join(MULTIPLIER_STEMS)})\w*\.?$", re.I)  # 320 тысяч; 2,9 млн
MAX_GRADE = 11  # school grades run 1 to 11
ANTECEDENT_SENTENCES = 1  # an anaphor looks back this many sentences


class Found(NamedTuple):
    """One figure as read, before it becomes a record."""

    start: int                       # character offsets of the claim
    end: int
    value: float | int
    value_start: int
    value_end: int
    kind: str
    unit: str | None
    subject: str | None
    qualifier: str
    value_low: float | int | None
    previous: float | int | None
    change: bool
    direction: str | None
    target: bool
    period: DateMention | None
    organization: str | None
    noun: str | None                 # lemma of the counted noun, for the figures that refer back
    sentence: int


class Reading(NamedTuple):
    """What the words around a figure say it is about."""

    kind: str
    unit: str | None
    noun: str | None
    subject: str | None
    start: int          # view positions of the claim
    end: int
    taken_end: int      # view position after the counted thing's last word


@Language.component("pressfacts_metrics", assigns=["doc._.metrics"], requires=["doc.spans", "doc.ents"])
def extract_metrics(doc: Doc) -> Doc:
    """Put a ``Metric`` on ``doc._.metrics`` for every reported figure of the text."""
    furniture = [(s.start_char, s.end_char) for s in doc.spans["boilerplate"]] if "boilerplate" in doc.spans else []
    dates = sorted(doc.spans["dates"], key=lambda d: d.start_char) if "dates" in doc.spans else []
    quantities = [q for q in doc.spans["quantities"] if not any(s <= q.start_char < e for s, e in furniture)]
    in_name = inside_any(quoted_names(doc, quantities))
    sents = sentences(doc) if quantities else []
    sentence_starts = [s.start for s in sents]
    # each sentence's dates by bisection (its entities are the shared view's): a filter of the
    # whole Doc's for every sentence (spaCy's sent.ents is one) made a long text quadratic
    date_starts = [d.start_char for d in dates]
    found: list[Found] = []
    for number, group in groupby(quantities, key=lambda q: bisect_right(sentence_starts, q.start) - 1):
        sent = sents[number]
        own_dates = dates[bisect_left(date_starts, sent.start_char) : bisect_left(date_starts, sent.end_char)]
        found += read_sentence(sent, list(group), own_dates, in_name, found, number)
    place = text_place(doc) if found else None
    doc._.metrics = [to_metric(doc, f, place) for f in found]
    return doc


# --- Sentences ---------------------------------------------------------------------------------

def read_sentence(sent: Span, spans: list[Span], own_dates: list[Span],
                  in_name: Callable[[int], bool], earlier: list[Found], number: int) -> list[Found]:
    """The metrics of one sentence, left to right; each may lean on the ones before it."""
    view = SentenceView.of(sent, [(d.start_char, d.end_char) for d in own_dates])
    date_index = DateIndex(view, own_dates)
    entities = view.entities
    person_ends = {end - 1 for _, end, label in entities if label == "PER"}
    found: list[Found] = []
    for span in spans:
        quantity: Quantity = span._.quantity
        if in_name(quantity.start):
            continue
        figure = read_figure(view, span, quantity, earlier + found, number, date_index, entities, person_ends)
        if figure is not None:
            found.append(figure)
    return found


# --- One figure --------------------------------------------------------------------------------

def read_figure(view: SentenceView, span: Span, quantity: Quantity, earlier: list[Found], sentence: int,
                date_index: DateIndex, entities: list[tuple[int, int, str]], person_ends: set[int]) -> Found | None:
    """The metric of one figure, or None when it is no metric."""
    first = view.position[span[0].i]
    last = view.position[span[-1].i]
    claim_first = first
    if quantity.qualifier_start is not None and quantity.qualifier_start < quantity.start:
        claim_first = next((k for k in range(first, -1, -1) if view.words[k].idx <= quantity.qualifier_start), first)
    if one_more(view, quantity, claim_first):
        return None
    reading = read_thing(view, quantity, claim_first, first, last, earlier, sentence)
    source = list_source(view, claim_first, last, earlier, sentence)
    if reading is None and source is not None and quantity.kind == "number":
        reading = Reading(neighbour_kind(source), source.unit, source.noun, None, claim_first, last + 1, last + 1)
    if reading is None or not_a_figure(view, claim_first, reading, quantity):
        return None
    if source is not None and reading.subject is None:       # no words of its own name the thing
        reading = reading._replace(subject=item_subject(view, claim_first) or source.subject)
    if reading.subject is None:
        reading = reading._replace(subject=clause_subject(view, claim_first, last))
    if reading.kind == "duration" and reading.unit is not None and not_a_measure(view, claim_first, reading, quantity, person_ends):
        return None
    change = is_difference(view, claim_first, last, reading)
    carried = not change and source is not None and is_difference_item(view, claim_first, source)
    previous = quantity.low if quantity.low is not None and (RANGE_START.match(quantity.text) or change_before(view, claim_first)) else None
    start = min(reading.start, claim_first)
    if change and (verb := change_word_before(view, claim_first)) is not None:
        start = min(start, verb)
    value_start, value_end = value_span(quantity)
    taken = range(start, max(reading.taken_end, last + 1))
    text = text_of(view.sent.doc)
    claim = read_claim(view, claim_first, last, quantity.value, quantity.low, previous, quantity.qualifier,
                       change_word(view, claim_first, last, reading) if change else None,
                       text[max(0, quantity.start - 3) : quantity.start])
    if claim.value != quantity.value:
        value_start += 1                                       # the list's dash is not the figure's
    if carried:
        claim = claim._replace(direction=source.direction)
    return Found(
        start=view.words[start].idx,
        end=max(view.words[reading.end - 1].idx + len(view.words[reading.end - 1]), quantity.end),
        value=claim.value,
        value_start=value_start,
        value_end=value_end,
        kind=reading.kind,
        unit=reading.unit,
        subject=reading.subject,
        qualifier=claim.qualifier,
        value_low=claim.value_low,
        previous=previous,
        change=change or carried,
        direction=claim.direction,
        target=claim.target,
        period=(list_year(view, claim_first) if source is not None else None) or date_index.period(claim_first, last),
        organization=organization(view, claim_first, last, taken, entities),
        noun=reading.noun,
        sentence=sentence,
    )


def not_a_measure(view: SentenceView, first: int, reading: Reading, quantity: Quantity, person_ends: set[int]) -> bool:
    """A duration that frames the statement, a time of day, or an age."""
    noun = reading.end - 1
    if is_frame(view, first, noun):
        return True
    if reading.unit == "час" and is_time_of_day(view, first, noun, quantity.value):
        return True
    return reading.unit == "год" and is_age(view, first, noun, person_ends)


def not_a_figure(view: SentenceView, first: int, reading: Reading, quantity: Quantity) -> bool:
    """A rate's base ("154 преступления на 10 тысяч жителей": the 10 000) or school grades
    ("ученики 5-11 классов")."""
    if reading.noun in RATE_BASES and view.low(first - 1) == "на" and str(quantity.value).rstrip("0") == "1":
        return True
    return reading.noun == "класс" and quantity.low is not None and quantity.value <= MAX_GRADE


def one_more(view: SentenceView, quantity: Quantity, first: int) -> bool:
    """"ещё одним камнем преткновения", "на одной сцене", "в одном флаконе": the word "one"
    after "ещё" or a preposition means "another" or "the same", not a count."""
    if quantity.value != 1 or quantity.text[:1].isdigit():
        return False
    before = view.low(first - 1)
    return before in ("ещё", "еще") or (before.isalpha() and is_preposition(before))


def read_thing(view: SentenceView, quantity: Quantity, claim_first: int, first: int, last: int,
               earlier: list[Found], sentence: int) -> Reading | None:
    """What the figure counts or measures, by its kind."""
    if quantity.kind == "percent":
        reading = read_percent(view, claim_first, last, earlier, sentence)
        if reading is not None and POINTS.search(quantity.text):
            reading = reading._replace(unit="п.п.")                # на 0,3 процентного пункта
        return reading
    if quantity.kind == "ratio":
        return read_ratio(view, claim_first, last, earlier, sentence)
    return read_number(view, quantity, claim_first, first, last, earlier, sentence)


def read_number(view: SentenceView, quantity: Quantity, claim_first: int, first: int, last: int,
                earlier: list[Found], sentence: int) -> Reading | None:
    """A count, money or a duration: "320 тысяч государственных и муниципальных услуг"."""
    after = last + 1
    sign = currency(view, first - 1) or currency(view, after)
    if sign is not None:
        end = after + 1 if currency(view, after) else after
        return Reading("money", sign.unit, sign.unit, linked_subject(view, claim_first), claim_first, end, end)
    measure = read_measure(text_of(view.sent.doc), quantity.end)
    if measure is not None:
        return measure_reading(view, measure, claim_first)
    if counts_date(view, after):
        return None
    forms = counted_forms(quantity.value, bool(MULTIPLIED.search(quantity.text)))
    counted = read_counted(view, after, forms)
    if counted is not None and counted.head is not None:
        return counted_reading(view, counted, claim_first)
    neighbour = ellipsis_source(earlier, sentence) if counted is not None else None
    if counted is not None and neighbour is None:
        return counted_reading(view, substantive_reading(counted, view, forms), claim_first)
    if counted is not None and neighbour is not None:
        noun = nominative_noun(neighbour.noun, "plur") if neighbour.noun else None
        subject = counted_phrase(view, counted, noun, "plur")
        end = counted.adjectives[-1] + 1
        return Reading(neighbour_kind(neighbour), neighbour.unit if neighbour.kind != "percent" else neighbour.noun,
                       neighbour.noun, subject, claim_first, end, end)
    return read_referring(view, "count", None, claim_first, last, earlier, sentence)


def counted_reading(view: SentenceView, counted: Counted, claim_first: int) -> Reading:
    unit_word = UNITS.get(counted.lemma.lower()) if counted.lemma else None
    tail = read_dependents(view, counted.head + 1)
    head_phrase = counted_phrase(view, counted)
    subject = head_phrase + (" " + view.text(counted.head + 1, tail) if tail > counted.head + 1 else "")
    if unit_word is not None:
        measured = linked_subject(view, claim_first)
        return Reading(unit_word.kind, unit_word.unit, counted.lemma, measured, claim_first, counted.head + 1, tail)
    return Reading("count", counted_unit(view, counted), counted.lemma, subject, claim_first, counted.head + 1, tail)


def counted_unit(view: SentenceView, counted: Counted) -> str | None:
    """The counted noun's lemma; with its adjective for a noun that names a thing only with one
    ("транспортных средств" → "транспортное средство")."""
    adjective = counted.head - 1
    if counted.lemma not in LIGHT_NOUNS or adjective not in counted.adjectives:
        return counted.lemma
    head = view.words[counted.head].text
    return f"{agree_adjective(view.words[adjective].text.lower(), 'sing', noun_gender(head))} {counted.lemma}"


def measure_reading(view: SentenceView, measure: Measure, claim_first: int) -> Reading:
    """"Урожайность составила 39 ц/га" (the measured thing before), "собрано 195 тыс. тонн
    зерна" (after): never the unit itself."""
    end = next((k for k, word in enumerate(view.words) if word.idx >= measure.end), len(view))
    tail = read_dependents(view, end)
    subject = linked_subject(view, claim_first)
    if subject is None and tail > end:
        subject = nominative_head_phrase(view, end, tail)
    return Reading("measure", measure.unit, measure.unit, subject, claim_first, end, tail)


def read_percent(view: SentenceView, claim_first: int, last: int, earlier: list[Found], sentence: int) -> Reading | None:
    """"80% жителей" (of whom), "охват населения составляет 97%", "их было 46%"."""
    after = last + 1
    end = genitive_phrase_end(view, after, len(view))
    if end is not None and is_noun(view.words[end - 1].text):
        tail = read_dependents(view, end)
        subject = nominative_head_phrase(view, after, tail)
        return Reading("percent", "%", lemma(view.words[end - 1].text), subject, claim_first, end, tail)
    return read_referring(view, "percent", "%", claim_first, last, earlier, sentence)


def read_ratio(view: SentenceView, claim_first: int, last: int, earlier: list[Found], sentence: int) -> Reading:
    """"более чем десятикратный рост числа звонивших", "в 10 раз больше крымских татар",
    "Это практически в 2,5 раза больше"."""
    after = last + 1
    found = read_ratio_subject(view, after)
    if found is not None:
        start, end = found
        return Reading("ratio", "раз", None, nominative_head_phrase(view, start, end), claim_first, start, end)
    end = after + 1 if view.low(after) in COMPARATIVES else after
    referring = read_referring(view, "ratio", "раз", claim_first, last, earlier, sentence)
    if referring is not None:
        return referring._replace(end=max(referring.end, end), taken_end=max(referring.taken_end, end))
    return Reading("ratio", "раз", None, None, claim_first, end, end)


def read_referring(view: SentenceView, kind: str, unit: str | None, claim_first: int, last: int,
                   earlier: list[Found], sentence: int) -> Reading | None:
    """A figure with no noun of its own: the thing measured before it ("охват населения
    составляет 97%"), an anaphor's antecedent ("их всего 86"), or a neighbour in a list
    ("26 депутатов из 30")."""
    end = last + 1
    if kind == "count" and view.low(end) in COMPARATIVES:
        end += 1                                               # на 9 больше
    before = read_before(view, claim_first)
    if before is not None and before.anaphor:
        antecedent = antecedent_of(earlier, sentence)
        if antecedent is None:
            return None if kind == "count" else Reading(kind, unit, None, None, before.start, end, end)
        if kind == "count":
            kind = neighbour_kind(antecedent)
            unit = antecedent.unit if antecedent.kind != "percent" else antecedent.noun
        return Reading(kind, unit, antecedent.noun, antecedent.subject, before.start, end, end)
    if before is not None and (before.linked or kind == "percent" and starts_clause(view, before.start)):
        subject = subject_text(view, before)
        if kind == "count" and year_like(view, last):
            return None                                        # чемпион Европы — 1960
        if kind == "count":
            unit = amount_unit(view, before)
            return Reading("count", unit, unit, subject, before.start, end, end)
        return Reading(kind, unit, None, subject, before.start, end, end)
    neighbour = linked_neighbour(view, claim_first, earlier, sentence)
    if neighbour is not None and kind == "count":
        return Reading(neighbour_kind(neighbour), neighbour.unit, neighbour.noun, neighbour.subject, claim_first, end, end)
    if kind == "count":
        return None
    return Reading(kind, unit, None, None, claim_first, end, end)


def year_like(view: SentenceView, k: int) -> bool:
    word = view.words[k].text
    return word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100


def subject_text(view: SentenceView, before: Before) -> str:
    text = view.text(before.start, before.end)
    first = view.words[before.start]
    if first.is_sent_start and text[:1].isupper() and text[1:2].islower() and is_common_word(first.text):
        text = text[:1].lower() + text[1:]                      # Время ожидания … → время ожидания …
    return text


def starts_clause(view: SentenceView, k: int) -> bool:
    return k == 0 or view.is_mark(k - 1) or view.words[k - 1].text in ("«", "»")


def linked_subject(view: SentenceView, claim_first: int) -> str | None:
    """The measured thing of a duration or a sum: "Время ожидания … составляет менее 15 минут",
    "штраф в размере 500 миллионов долларов"."""
    before = read_before(view, claim_first)
    if before is not None and before.linked and not before.anaphor:
        return subject_text(view, before)
    thing = priced_thing(view, claim_first)
    return nominative_head_phrase(view, *thing) if thing is not None else None


def currency(view: SentenceView, k: int) -> Unit | None:
    """A currency sign or code at view position ``k``: "$", "₽", "USD" (words are read as nouns)."""
    if not 0 <= k < len(view):
        return None
    word = view.words[k].text
    unit = UNITS.get(word.lower())
    if unit is None or unit.kind != "money" or (word.isalpha() and not word.isupper()):
        return None
    return unit


def neighbour_kind(neighbour: Found) -> str:
    return neighbour.kind if neighbour.kind in ("count", "money", "duration") else "count"


def ellipsis_source(earlier: list[Found], sentence: int) -> Found | None:
    """The figure whose noun an ellipsis takes: the last one of the sentence with a noun."""
    return next((f for f in reversed(earlier) if f.sentence == sentence and f.noun is not None), None)


def antecedent_of(earlier: list[Found], sentence: int) -> Found | None:
    """What an anaphor refers to: the last figure of this or the previous sentence."""
    last = earlier[-1] if earlier else None
    return last if last is not None and sentence - last.sentence <= ANTECEDENT_SENTENCES else None


def linked_neighbour(view: SentenceView, claim_first: int, earlier: list[Found], sentence: int) -> Found | None:
    """"26 депутатов из 30", "5 или 6 человек": a linking word right before the figure, and a
    figure with a noun of the same sentence just before that."""
    k = claim_first - 1
    if view.low(k) == "(":
        k -= 1
    if view.low(k) not in LINKERS and not (view.low(k - 1) == "(" and view.low(k) in LINKERS):
        return None
    source = ellipsis_source(earlier, sentence)
    if source is None or source.unit is None:
        return None
    gap_start = view.words[max(0, k - 4)].idx
    return source if source.end >= gap_start else None


# --- Change ------------------------------------------------------------------------------------

def change_word_before(view: SentenceView, first: int) -> int | None:
    """The view position of a word of change within the three words before the figure."""
    lo, _ = view.clause(first, first)
    return next((j for j in range(first - 1, max(lo, first - 4) - 1, -1) if is_change_word(view.words[j].text)), None)


def change_before(view: SentenceView, first: int) -> bool:
    return change_word_before(view, first) is not None


def change_word(view: SentenceView, first: int, last: int, reading: Reading) -> str | None:
    """The word that makes a figure a difference: the word of change before it or the comparative after."""
    verb = change_word_before(view, first - 1) if view.low(first - 1) == "на" else change_word_before(view, first)
    if verb is not None:
        return view.words[verb].text
    after = next((view.low(k) for k in (last + 1, reading.end) if view.low(k) in COMPARATIVES), None)
    return after


def is_difference(view: SentenceView, first: int, last: int, reading: Reading) -> bool:
    """"увеличился на миллион", "выросли на 5%", "на 9 больше": the figure is a difference."""
    if view.low(first - 1) != "на":
        return False
    return change_before(view, first - 1) or view.low(last + 1) in COMPARATIVES or view.low(reading.end) in COMPARATIVES


# --- Spans -------------------------------------------------------------------------------------

def value_span(quantity: Quantity) -> tuple[int, int]:
    """The figure itself inside a quantity: "54" of "с 6 до 54", "2,5" of "в 2,5 раза"."""
    start, end = quantity.start, quantity.end
    if quantity.low is not None and (m := RANGE_END.search(quantity.text)):
        start += m.end()
    if quantity.kind == "ratio":
        inner = quantity.text[start - quantity.start :]
        head, tail = RATIO_IN.match(inner), RATIO_TIMES.search(inner)
        if head and tail:
            end -= len(tail[0])
            start += head.end()
    return start, end


def text_place(doc: Doc) -> str | None:
    """Whose figures a text gives when a clause does not say: the region it is about, else its
    district (the genre's "в области", "по району" leave them to the reader)."""
    place = text_region(doc) or text_district(doc)
    return place.name if place is not None else None


def own_name(organization: str | None) -> str | None:
    """A region named any of its ways under its one name ("Приморье" → "Приморский край")."""
    return organization and (region_name(organization) or organization)


# --- Records -----------------------------------------------------------------------------------

def to_metric(doc: Doc, found: Found, place: str | None = None) -> Metric:
    """The one place where a reading becomes a record; ``place`` is whose figures the text gives
    when the figure's clause names nobody."""
    named = own_name(found.organization)
    return Metric(
        span=TextSpan.of(text_of(doc), found.start, found.end),
        value=found.value,
        value_span=TextSpan.of(text_of(doc), found.value_start, found.value_end),
        kind=found.kind,
        unit=found.unit,
        subject=found.subject,
        qualifier=found.qualifier,
        value_low=found.value_low,
        previous=found.previous,
        change=found.change,
        direction=found.direction,
        target=found.target,
        period=found.period,
        organization=named or place,
        organization_implied=named is None and place is not None,
    )
