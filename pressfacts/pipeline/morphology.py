"""Morphology: pymorphy3 lemmas and tags on every token, cached per word form.

pymorphy3 analyses a word out of context; its first parse is right for most words of the
genre and it is about four times faster than slovnet's tagger. Every parse stays reachable as
``token._.parses`` for the extractors, which inflect with it (``parse.inflect({"nomn"})``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import pymorphy3
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH
from spacy.attrs import POS as POS_ATTR
from spacy.language import Language
from spacy.parts_of_speech import IDS as UD_POS
from spacy.tokens import Doc

# OpenCorpora part of speech -> Universal Dependencies POS.
POS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",   # новый
    "ADJS": "ADJ",   # нов
    "COMP": "ADJ",   # больше
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",  # учрежденная
    "PRTS": "VERB",  # учреждена
    "GRND": "VERB",  # анализируя
    "NUMR": "NUM",   # двадцать
    "ADVB": "ADV",
    "NPRO": "PRON",
    "PRED": "ADV",   # можно
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
    "PNCT": "PUNCT",
    "NUMB": "NUM",   # 2020
    "ROMN": "NUM",   # IV
    "LATN": "X",
    "UNKN": "X",
}

# OpenCorpora grammeme -> (UD feature, value).
FEATURES = {
    "nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "datv": ("Case", "Dat"),
    "accs": ("Case", "Acc"), "ablt": ("Case", "Ins"), "loct": ("Case", "Loc"),
    "voct": ("Case", "Voc"), "gen2": ("Case", "Gen"), "acc2": ("Case", "Acc"),
    "loc2": ("Case", "Loc"),
    "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
    "masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
    "anim": ("Animacy", "Anim"), "inan": ("Animacy", "Inan"),
    "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp"),
    "past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
    "1per": ("Person", "1"), "2per": ("Person", "2"), "3per": ("Person", "3"),
    "Supr": ("Degree", "Sup"), "Cmp2": ("Degree", "Cmp"),
    "actv": ("Voice", "Act"), "pssv": ("Voice", "Pass"),
}

NAME_GRAMMEMES = {"Name", "Surn", "Patr"}  # Дмитрий, Разумовский, Сергеевич

# Characters a web page leaves inside words that no reader sees: soft hyphen ("обра\u00adщений"),
# zero-width space, non-joiner and joiner, word joiner, BOM.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The one pymorphy3 analyzer of this process."""
    return pymorphy3.MorphAnalyzer()


def visible(word: str) -> str:
    """The word as a reader sees it: its invisible characters left out (the word itself if that is all it has).

    >>> visible("обра\u00adщений"), visible("\ufeffМФ\u200dЦ"), visible("\u200b")
    ('обращений', 'МФЦ', '\u200b')
    """
    return word.translate(INVISIBLE) or word


@lru_cache(maxsize=200_000)
def parse(word: str) -> tuple:
    """All pymorphy3 parses of a word form, best first; invisible characters are not read."""
    return tuple(analyzer().parse(visible(word)))


@lru_cache(maxsize=200_000)
def analyze(word: str) -> tuple[str, str, str]:
    """(lemma, UD POS, UD features) of a word form, from its best parse."""
    best = parse(word)[0]
    tag = best.tag
    pos = POS.get(tag.POS or next(iter(tag.grammemes & POS.keys()), "UNKN"), "X")
    if pos == "NOUN" and tag.grammemes & NAME_GRAMMEMES:
        pos = "PROPN"
    features = dict(FEATURES[g] for g in tag.grammemes if g in FEATURES)
    if tag.POS in ("PRTF", "PRTS"):
        features["VerbForm"] = "Part"
    elif tag.POS == "GRND":
        features["VerbForm"] = "Conv"
    elif tag.POS == "INFN":
        features["VerbForm"] = "Inf"
    morph = "|".join(f"{k}={v}" for k, v in sorted(features.items()))
    return best.normal_form, pos, morph


def fold(word: str) -> str:
    """Lower case, ё as е: how words are compared.

    >>> fold("Посёлок")
    'поселок'
    """
    return word.lower().replace("ё", "е")


CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
VARIANT_CASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}


def case_of(p) -> str | None:
    """The case of a parse, the second genitive, accusative and locative counted as the first
    ("году" in "в году" is loct, "чаю" gent).

    >>> case_of(parse("году")[0]) in CASES
    True
    """
    case = p.tag.case
    return VARIANT_CASES.get(case, case)


def is_abbreviation(word: str) -> bool:
    """An upper-case abbreviation or a Latin name: "ГБУ", "МФЦ", "NASA".

    >>> is_abbreviation("ГБУ"), is_abbreviation("Губернатор"), is_abbreviation("В")
    (True, False, False)
    """
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def match_case(original: str, new: str) -> str:
    """``new`` in the letter case of ``original``, part by part across hyphens.

    >>> match_case("Волгоградской", "волгоградская"), match_case("МФЦ", "мфц")
    ('Волгоградская', 'МФЦ')
    >>> match_case("Ахмат-Хаджи", "ахмат-хаджи"), match_case("Губернатора", "губернатор")
    ('Ахмат-Хаджи', 'Губернатор')
    """
    if is_abbreviation(original):
        return new.upper()
    if "-" in new and "-" in original:
        parts, models = new.split("-"), original.split("-")
        if len(parts) == len(models):
            return "-".join(match_case(m, p) for m, p in zip(models, parts))
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@Language.component("pressfacts_morphology", assigns=["token.lemma", "token.pos", "token.morph"])
def tag_morphology(doc: Doc) -> Doc:
    """pymorphy3's best parse of each word: lemma, UD POS and features.

    Read and written as arrays: a Token object per word and a setter call per attribute cost
    more than the (cached) analysis itself.
    """
    if not len(doc):
        return doc
    strings, morphology = doc.vocab.strings, doc.vocab.morphology
    values = []
    for orth, lemma, space in doc.to_array([ORTH, LEMMA, IS_SPACE]).tolist():
        if space:
            values.append((lemma, UD_POS["SPACE"], 0))
            continue
        lemma, pos, morph = analyze(strings[orth])
        values.append((strings.add(lemma), UD_POS[pos], morphology.add(morph) if morph else 0))
    doc.from_array([LEMMA, POS_ATTR, MORPH], numpy.array(values, dtype="uint64"))
    return doc
