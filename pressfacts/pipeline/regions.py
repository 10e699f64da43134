"""The region a text is about: the subject of the Russian Federation it names most often.

A regional press release says "губернатор региона", "министр здравоохранения края", "в области"
and leaves the region to the reader; the genre's annotation resolves them to the region of the
text ("Рязанская область"), marked implied. The names and their other spellings are data
(``pressfacts/data/regions.txt``); a name is found by the lemmas of its words, in any case:
"Рязанской области", "в Кузбассе", "Республики Коми".

    >>> import spacy; nlp = spacy.blank("ru")
    >>> text_region(nlp("В Кузбассе открыли школу. Губернатор Кемеровской области — Кузбасса …")).name
    'Кемеровская область — Кузбасс'
    >>> text_region(nlp("Рязань. Депутаты Рязанской областной думы утвердили бюджет.")).name
    'Рязанская область'
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, TypeVar

from spacy.tokens import Doc

from pressfacts.data import read_entries

from .extensions import text_of
from .morphology import fold, match_case, parse
from .wordforms import best_lemma, parses_as


T = TypeVar("T")


class Region(NamedTuple):
    name: str        # as given in output: "Рязанская область"
    start: int       # character offsets of its first mention
    end: int


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    # a place adjective by its adjective reading: pymorphy3 takes "Тверская" for a surname first,
    # and "Тверской области" would then miss "Тверская область"
    adjective = parses_as(word, "ADJF") if word[:1].isupper() else ()
    return fold(adjective[0].normal_form if adjective else best_lemma(word))


def lemmas(text: str) -> list[str]:
    """The lemmas of a name's words, punctuation left out: "Кемеровской области — Кузбасса" ->
    ["кемеровский", "область", "кузбасс"]."""
    return [_lemma(w) for w in text.split() if w.replace("-", "").isalpha()]


def _spellings(name: str) -> list[list[str]]:
    """The entries of a "name | other spelling | …" data file: the name first in each."""
    return [[n.strip() for n in " ".join(entry.fields).split(" | ")] for entry in read_entries(name)]


def load_regions() -> tuple[dict[str, str], dict[str, str]]:
    """Lemma key of every way a region is written → its name ({"рязанский область": "Рязанская
    область"}), and of the adjectives that name it before "областной"/"краевой" ({"рязанский": …})."""
    regions, adjectives = {}, {}
    for names in _spellings("regions.txt"):
        for written in names:
            table = adjectives if written.endswith("*") else regions
            table[" ".join(lemmas(written.rstrip("*")))] = names[0]
    return regions, adjectives


REGIONS, ADJECTIVES = load_regions()
REGIONAL = frozenset({"областной", "краевой"})   # "Рязанской областной думы"
LONGEST = max(len(key.split()) for key in REGIONS)


class Word(NamedTuple):
    text: str
    idx: int


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def once_per_doc(read: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``read`` computed once per Doc: the metrics and the officials both ask for the text's region."""
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(read)
    def cached(doc: Doc) -> T:
        if doc not in cache:
            cache[doc] = read(doc)
        return cache[doc]

    return cached


@once_per_doc
def words_of(doc: Doc) -> list[Word]:
    """The letter words of a Doc's text with their offsets, read from the text (a spaCy Token per
    word made a long text's region search the costliest step of the metrics)."""
    return [Word(m[0], m.start()) for m in WORD.finditer(text_of(doc))]


def region_mentions(doc: Doc) -> list[Region]:
    """Every mention of a region in a Doc, in text order (the longest name at each place)."""
    words = words_of(doc)
    found, k = [], 0
    while k < len(words):
        size = 0
        if words[k].text[:1].isupper():
            size = next(
                (n for n in range(min(LONGEST, len(words) - k), 0, -1)
                 if " ".join(_lemma(t.text) for t in words[k : k + n]) in REGIONS),
                0,
            )
        if size:
            key = " ".join(_lemma(t.text) for t in words[k : k + size])
            last = words[k + size - 1]
            found.append(Region(REGIONS[key], words[k].idx, last.idx + len(last.text)))
        elif words[k].text[:1].isupper() and k + 1 < len(words) and _lemma(words[k + 1].text) in REGIONAL and (
            name := ADJECTIVES.get(_lemma(words[k].text))
        ):
            found.append(Region(name, words[k].idx, words[k].idx + len(words[k].text)))
        k += size or 1
    return found


LEAD = 200   # characters: a region named once is the text's only in its lead (or first third)


def most_named(found: list[T], name: Callable[[T], str]) -> T | None:
    """The first of the mentions whose name is named more often than any other; None when there
    are none, or when two names are named as often."""
    counts = Counter(map(name, found)).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1]:
        return None
    return next(m for m in found if name(m) == counts[0][0])


@once_per_doc
def text_region(doc: Doc) -> Region | None:
    """The region named most often in the Doc (the first named, of equals); None when none is, or
    when the one it names once comes late (a federal text's "бывший вице-губернатор Приморского края")."""
    mentions = region_mentions(doc)
    if not mentions:
        return None
    counts = Counter(m.name for m in mentions)
    best = max(counts.values())
    region = next(m for m in mentions if counts[m.name] == best)
    if best == 1 and region.start >= max(LEAD, len(doc.text) // 3):
        return None
    return region


STATES = {" ".join(lemmas(written)): names[0] for names in _spellings("state_names.txt") for written in names}


def region_name(text: str) -> str | None:
    """The one name of a region written any of its ways ("Подмосковье" → "Московская область"), or None.

    >>> region_name("Подмосковье"), region_name("Московской области")
    ('Московская область', 'Московская область')
    """
    return REGIONS.get(" ".join(lemmas(text)))


def state_name(text: str) -> str | None:
    """The one name of a state written any of its ways ("РФ", "России" → "Российская Федерация"), or None.

    >>> state_name("России"), state_name("КНР"), state_name("Калуга")
    ('Российская Федерация', 'Китай', None)
    """
    return STATES.get(" ".join(lemmas(text)))


DISTRICT_NOUNS = frozenset({"район"})   # "Селивановского района" → Селивановский район


@once_per_doc
def text_district(doc: Doc) -> Region | None:
    """The district the text names more often than any other ("Селивановский район"), for a
    district's posts written with "района" alone; None when none, or two as often.

    >>> import spacy; nlp = spacy.blank("ru")
    >>> text_district(nlp("Глава Селивановского района отчитался. В Селивановском районе построили школу.")).name
    'Селивановский район'
    """
    words, text = words_of(doc), text_of(doc)
    found = []
    for a, b in zip(words, words[1:]):
        if text[a.idx + len(a.text) : b.idx].isspace() and a.text[:1].isupper() and a.text[1:].islower() and _lemma(b.text) in DISTRICT_NOUNS and (lemma := _lemma(a.text)).endswith(("ский", "цкий", "ный", "ой", "ий")):
            found.append(Region(f"{lemma[:1].upper()}{lemma[1:]} район", a.idx, b.idx + len(b.text)))
    return most_named(found, lambda r: r.name)


def _genitive_word(word: str, gender: str | None) -> str:
    """One word of a place's name in the genitive, agreeing in gender ("Кабардино-Балкарская": its last part)."""
    if "-" in word and word[:1].isupper():
        first, _, last = word.rpartition("-")
        return f"{first}-{_genitive_word(last, gender)}"
    for p in parse(word):
        if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn" and (gender is None or p.tag.POS == "NOUN" or gender in p.tag):
            inflected = p.inflect({"gent"})
            if inflected is not None:
                return match_case(word, inflected.word)
    return word


@lru_cache(maxsize=1_000)
def genitive(name: str) -> str:
    """A region's or district's name in the genitive, for an organization it is the place of
    ("Минздрав Рязанской области"): the words up to the first noun of each part decline, the rest
    is an apposition and stays.

    >>> genitive("Рязанская область"), genitive("Республика Коми"), genitive("Малоархангельский район")
    ('Рязанской области', 'Республики Коми', 'Малоархангельского района')
    >>> genitive("Кемеровская область — Кузбасс"), genitive("Тверская область")
    ('Кемеровской области — Кузбасса', 'Тверской области')
    """
    parts = []
    for part in name.split(" — "):
        words = part.split()
        if parts and not last_declined:
            parts.append(part)   # "Республики Северная Осетия — Алания": an apposition's apposition stays
            continue
        # the head: the first word that is a noun and no adjective ("Тверская" is also a surname)
        head = next((i for i, w in enumerate(words) if not any(p.tag.POS == "ADJF" for p in parse(w))
                     and any(p.tag.POS == "NOUN" for p in parse(w))), 0)
        gender = next((p.tag.gender for p in parse(words[head]) if p.tag.POS == "NOUN"), None)
        parts.append(" ".join(_genitive_word(w, gender) if i <= head else w for i, w in enumerate(words)))
        last_declined = head == len(words) - 1
    return " — ".join(parts)
