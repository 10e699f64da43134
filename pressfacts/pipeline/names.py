"""Person names to the nominative: the one normalizer every extractor uses.

The case is the one all the words of a name agree on, with their gender ("Георгия Орлова" ->
"Георгий Орлов", "Анне Ким" -> "Анна Ким": an indeclinable surname agrees with any case of its
gender); initials stay as written ("Михин С.В."), and so does a name already in the nominative.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from functools import lru_cache

from .morphology import CASES, case_of, fold, match_case, parse

GENDERS = ("masc", "femn")
NAME_GRAMMEMES = ("Name", "Surn", "Patr")
NOMINATIVE_PRIOR = 3.0  # names stand in the nominative more often than pymorphy3's scores say


@dataclass(frozen=True)
class NameForm:
    """A name in the nominative and its parts."""

    full: str
    last: str | None
    first: str | None
    middle: str | None
    cases: frozenset[str]      # every case the written form can be in

    @property
    def key(self) -> str | None:
        """What makes two mentions the same person: the surname's dictionary form."""
        return surname_key(self.last) if self.last else None


def _gender_fits(p, gender: str) -> bool:
    tag = p.tag
    return gender in tag or "ms-f" in tag or ("plur" not in tag and tag.gender is None)


def _candidates(word: str) -> tuple:
    """Noun and adjective parses of a name word; empty when the word declines in no known way."""
    return tuple(p for p in parse(word) if p.tag.POS in ("NOUN", "ADJF") and case_of(p) and "plur" not in p.tag)


def _name_parses(word: str) -> tuple:
    """Parses of a word as a first name, surname or patronymic, when it declines."""
    return tuple(
        p for p in _candidates(word)
        if "Fixd" not in p.tag and ("Surn" in p.tag or p.is_known and any(g in p.tag for g in NAME_GRAMMEMES))
    )


def _known_parses(word: str) -> tuple:
    """Parses from the dictionary, or a guessed surname: a guessed noun says little ("Пелоси")."""
    return tuple(p for p in _candidates(word) if "Fixd" not in p.tag and (p.is_known or "Surn" in p.tag))


def _surname_parses(word: str) -> tuple:
    """Parses of a word that stands as a surname: any known declinable reading but a first name's
    or a patronymic's ("Рудой": the adjective-like surname, not the name Руда)."""
    return tuple(p for p in _known_parses(word) if not {"Name", "Patr"} & p.tag.grammemes)


def _weight(p) -> float:
    return p.score * (3.0 if any(g in p.tag for g in NAME_GRAMMEMES) else 1.0)


def _indeclinable(word: str, gender: str, declinable: tuple) -> list[float]:
    """Weights of a word as an indeclinable name of ``gender`` ("Ким" of a woman), which agrees with
    every case; none when the word declines in that gender ("Анне" is Анна's dative, not Anne)."""
    if any(_gender_fits(p, gender) for p in declinable):
        return []
    return [_weight(p) for p in _candidates(word)
            if "Fixd" in p.tag and gender in p.tag and any(g in p.tag for g in NAME_GRAMMEMES)]


def _agreement(words: tuple[str, ...], surname: bool = False) -> list[tuple[float, str, str]]:
    """(score, case, gender) that every declinable word of a name supports, best first. ``surname``:
    the one word is a surname, an initial standing for the first name ("В. Рудой" is no Руда's
    instrumental)."""
    options = []
    named = {w: _name_parses(w) for w in words if _name_parses(w)}
    if surname:
        named = {w: found for w, found in ((w, _surname_parses(w)) for w in words) if found}
    # Words known as names decide the case; other words follow them ("Барака Обамы", "Нэнси Пелоси").
    declinable = named or {w: _known_parses(w) for w in words if _known_parses(w)}
    for case in CASES:
        for gender in GENDERS:
            total = NOMINATIVE_PRIOR if case == "nomn" else 1.0   # a form that can be the nominative stays as written
            for word, candidates in declinable.items():
                fitting = [_weight(p) for p in candidates if case_of(p) == case and _gender_fits(p, gender)]
                fitting = fitting or _indeclinable(word, gender, candidates)
                if not fitting:
                    break
                total *= max(fitting)
            else:
                if named and not _others_fit(words, named, case):
                    continue
                options.append((total, case, gender))
    return sorted(options, key=lambda o: -o[0])


SURNAME_LIKE = re.compile(r"(ов|ев|ёв|ин|ын)(а|ой|у|ым|ом|е)?$|(ова|ева|ина|ына)$|(ский|цкий|ская|цкая)$", re.IGNORECASE)


def _others_fit(words: tuple[str, ...], named: dict, case: str) -> bool:
    """Can the words that are no known name be in the case the names decide? ("Евгения Штепы":
    "Штепы" is no nominative, so "Евгения" is Евгений's genitive, not Евгения)."""
    for word in words:
        if word in named or SURNAME_LIKE.search(word):
            continue                      # "Кашина": a surname by its ending, whatever else pymorphy3 knows it as (a town)
        readings = _candidates(word)      # guessed ones too: "Штепы" is a genitive only
        if readings and not any(case_of(p) == case for p in readings):
            return False
    return True


FEMININE_OBLIQUE = re.compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))ой$")   # Нагорновой, Лариной: a woman's surname in -ова, -ина
POSSESSIVE_ADJECTIVE = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))ый$")   # сомовый, ершовый: Сомов, Ершов


def _nominative(word: str, case: str, gender: str, surname: bool = False) -> tuple[str, str | None]:
    """The nominative of one name word, and its role ("Name", "Surn", "Patr" or None)."""
    readings = _surname_parses(word) if surname else _candidates(word)
    fitting = [p for p in readings if case_of(p) == case and _gender_fits(p, gender)]
    if not fitting:
        return (by_ending, "Surn") if (by_ending := surname_by_ending(word, case, gender)) else (word, None)
    best = max(fitting, key=lambda p: (_weight(p), "Fixd" not in p.tag))   # "Анне": Анна before the indeclinable Анне
    role = next((g for g in NAME_GRAMMEMES if g in best.tag), None)
    if case == "nomn" or "Fixd" in best.tag:
        return word, role
    if gender == "femn" and (stem := FEMININE_OBLIQUE.match(word)):
        return stem[1] + "а", "Surn"   # "Нагорновой" is Нагорнова's, not an adjective's ("Нагорновая")
    if best.tag.POS == "ADJF" and (stem := POSSESSIVE_ADJECTIVE.match(best.normal_form)):
        # a surname in -ов/-ин that is also an adjective in the dictionary: "Сомовой" is Сомова's
        # dative, not сомовая's ("сомовый"); the surname declines as a noun in the masculine
        surname = stem[1] + ("а" if gender == "femn" else "")
        return match_case(word, surname), "Surn"
    wanted = {"nomn", "sing"} | ({gender} if best.tag.POS == "ADJF" or "Surn" in best.tag or "ms-f" in best.tag else set())
    inflected = best.inflect(wanted) or best.inflect({"nomn"})
    form = match_case(word, inflected.word) if inflected else word
    if role not in ("Name", "Patr") and "ё" not in word.lower():
        form = form.replace("ё", "е").replace("Ё", "Е")   # a surname as written: "Штепы" → "Штепа", not "Штёпа"
    return form, role


# the endings of a surname in -ов/-ев/-ёв/-ин/-ын in each oblique case, by gender: what to cut and add
SURNAME_ENDINGS = {
    "masc": {"gent": ("а", ""), "accs": ("а", ""), "datv": ("у", ""), "ablt": ("ым", ""), "loct": ("е", "")},
    "femn": {"gent": ("ой", "а"), "datv": ("ой", "а"), "ablt": ("ой", "а"), "loct": ("ой", "а"), "accs": ("у", "а")},
}
SURNAME_STEM = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$")


def surname_by_ending(word: str, case: str, gender: str) -> str | None:
    """The nominative of a surname pymorphy3 does not know, by its ending, in the case and gender
    its first name gives: "Олега Сомова" → "Сомов", "Ольгу Сомову" → "Сомова".

    >>> surname_by_ending("Сомова", "gent", "masc"), surname_by_ending("Сомову", "accs", "femn"), surname_by_ending("Сомова", "nomn", "femn")
    ('Сомов', 'Сомова', None)
    """
    cut, add = SURNAME_ENDINGS.get(gender, {}).get(case, (None, None))
    if cut is None or not word.endswith(cut) or not SURNAME_STEM.match(word[: -len(cut)]):
        return None
    return word[: -len(cut)] + add


@lru_cache(maxsize=50_000)
def normalize_name(pieces: tuple[str, ...], gaps: tuple[str, ...] | None = None, expected: str | None = None) -> NameForm:
    """The nominative of a name written as pieces: words, and initials with their dot.

    ``gaps`` are what stands between the pieces as written ("" in "С.В.", "’" in "О’Рейли");
    by default a space, none between initials. ``expected``: the case the grammar around the name
    asks for ("вручили" + dative), preferred when the words can be in it.

    >>> normalize_name(("Георгия", "Орлова")).full
    'Георгий Орлов'
    >>> form = normalize_name(("Михин", "С.", "В."))
    >>> form.full, form.last, form.first, form.middle
    ('Михин С.В.', 'Михин', 'С.', 'В.')
    >>> normalize_name(("Черкасова", "А.", "А.")).last
    'Черкасова'
    >>> form = normalize_name(("Харина", "Полина"), expected="nomn")
    >>> form.full, form.last, form.first
    ('Харина Полина', 'Харина', 'Полина')
    >>> normalize_name(("Евгения", "Штепы")).full
    'Евгений Штепа'
    >>> normalize_name(("Кашина", "Арина"), expected="nomn").full
    'Кашина Арина'
    >>> normalize_name(("Викторию", "Филин")).full
    'Виктория Филин'
    >>> form = normalize_name(("Роман", "Валерьевич"))
    >>> form.first, form.middle, form.last
    ('Роман', 'Валерьевич', None)
    """
    words = tuple(p for p in pieces if not p.endswith("."))
    initials = [p for p in pieces if p.endswith(".")]
    forms, cases = _nominative_forms(words, expected, surname=bool(initials) and len(words) == 1)
    first = middle = last = None
    unassigned = []
    surnames = {}   # nominative → can the written word be a surname
    for written, (word, role) in zip(words, forms):
        surnames[word] = any("Surn" in p.tag for p in _candidates(written))
        if role == "Name" and first is None:
            first = word
        elif role == "Patr" and middle is None:
            middle = word
        elif role == "Surn" and last is None:
            last = word
        else:
            unassigned.append(word)
    if last is None and unassigned:   # a word pymorphy3 does not know as a name: the last one is the surname ("Владислав Шапша")
        last = unassigned.pop()
        if first is not None and surnames.get(first) and not surnames.get(last):
            first, last = last, first   # "Харина Полина": the surname first, as lists write it
    if first is None and unassigned:
        first = unassigned.pop(0)
    if first is None and middle is not None and last is not None and not unassigned and any(
        "Name" in p.tag for p in _name_parses(words[0])
    ):
        first, last = last, None   # a first name and a patronymic: "Роман Валерьевич" (not the surname Роман)
    if initials:
        first = first or initials[0]
        middle = middle or (initials[1] if len(initials) > 1 else None)
    normal = dict(zip(words, (f for f, _ in forms)))
    full = _join(pieces, normal, gaps)
    return NameForm(full=full, last=last, first=first, middle=middle, cases=cases)


def _nominative_forms(
    words: tuple[str, ...], expected: str | None, surname: bool = False,
) -> tuple[list[tuple[str, str | None]], frozenset[str]]:
    """Each word in the nominative with its role, and every case the words can be in together."""
    options = _agreement(words, surname)
    if options:
        _, case, gender = next((o for o in options if o[1] == expected), options[0])
        cases = frozenset(c for _, c, _ in options)
    else:
        # the words agree on nothing ("Викторию Филин": a surname that does not decline for her;
        # "Нагорновой Анна", written in two cases): a first name goes to the nominative on its own,
        # a surname of its gender too, the other words stay as written
        gender = next(("femn" if "femn" in p.tag else "masc" for w in words for p in _name_parses(w) if "Name" in p.tag), None)
        return [_own_nominative(w, gender) for w in words], frozenset(CASES)
    return [_nominative(w, case, gender, surname) for w in words], cases


def _own_nominative(word: str, gender: str | None) -> tuple[str, str | None]:
    """A word of a name in the nominative by its own best first-name reading, or surname reading of
    the first name's ``gender``, else as written."""
    best = max((p for p in _name_parses(word) if "Name" in p.tag), key=_weight, default=None)
    if best is not None:
        return _nominative(word, case_of(best), "femn" if "femn" in best.tag else "masc")
    surname = max((p for p in _name_parses(word) if "Surn" in p.tag and gender and gender in p.tag), key=_weight, default=None)
    if surname is not None:
        return _nominative(word, case_of(surname), gender)
    return word, None


@lru_cache(maxsize=50_000)
def nominative_words(words: tuple[str, ...], expected: str | None = None) -> tuple[str, ...]:
    """The words of a name (no initials) each in the nominative, by the case and gender they agree on.

    >>> nominative_words(("Анне", "Ким"), "datv"), nominative_words(("Льву", "Толстому"))
    (('Анна', 'Ким'), ('Лев', 'Толстой'))
    """
    return tuple(word for word, _ in _nominative_forms(words, expected)[0])


@lru_cache(maxsize=50_000)
def name_gender(words: tuple[str, ...]) -> str | None:
    """The gender the words of a name agree on ("masc", "femn"), None when they tell nothing.

    >>> name_gender(("Анне", "Ким")), name_gender(("Павла", "Громова"))
    ('femn', 'masc')
    """
    options = _agreement(tuple(w for w in words if w[:1].isupper() and not w.endswith(".")))
    return options[0][2] if options else None


def _join(pieces: tuple[str, ...], normal: dict[str, str], gaps: tuple[str, ...] | None) -> str:
    """Pieces put back together as written: "Михин С.В.", "Фил О’Рейли"."""
    out = ""
    for i, piece in enumerate(pieces):
        if i:
            if gaps is not None:
                out += gaps[i - 1]
            elif not (piece.endswith(".") and pieces[i - 1].endswith(".")):
                out += " "
        out += normal.get(piece, piece)
    return out


@lru_cache(maxsize=50_000)
def surname_key(last: str) -> str:
    """The surname's dictionary form, the same for "Черкасова" and "Черкасов"."""
    word = fold(last.strip(" ."))
    parses = parse(word)
    surname = next((p for p in parses if "Surn" in p.tag), None)
    return fold(surname.normal_form) if surname else word


@lru_cache(maxsize=10_000)
def shared_surname(first: str, surname: str) -> NameForm | None:
    """A first name and a surname in the plural that two people share, as one person's name:
    ("Татьяне", "Ивановым") → Татьяна Иванова ("сёстрам Надежде и Татьяне Ивановым"); None when
    the surname is no plural.

    >>> shared_surname("Надежде", "Ивановым").full, shared_surname("Кирилл", "Остапенко").full
    ('Надежда Иванова', 'Кирилл Остапенко')
    """
    plural = next((p for p in parse(surname) if "Surn" in p.tag and "plur" in p.tag), None)
    written = PLURAL_SURNAME.match(surname)
    # the first name in the case of the plural ("Руслану и Алсу Гайнуллиным": his dative, no Руслана)
    name = normalize_name((first,), expected=case_of(plural) if plural is not None else PLURAL_CASES.get(written[2]) if written else None)
    if name.first is not None and surname.endswith(INDECLINABLE_SURNAMES) and surname[:1].isupper() and not written:
        # a surname that does not decline is shared as written: "Кирилл и Матвей Остапенко"
        return NameForm(full=f"{name.first} {surname}", last=surname, first=name.first, middle=None, cases=name.cases)
    if name.first is None or (plural is None and written is None):
        return None
    gender = name_gender((name.first,)) or name_gender((first,)) or "masc"
    single = plural.inflect({"nomn", "sing", gender}) if plural is not None else None
    if single is not None:
        last = match_case(surname, single.word)
    elif written is not None:    # a surname pymorphy3 does not know: "Сомовым" → Сомов, Сомова
        last = written[1] + ("а" if gender == "femn" else "")
    else:
        return None
    return NameForm(full=f"{name.first} {last}", last=last, first=name.first, middle=None, cases=name.cases)


INDECLINABLE_SURNAMES = ("енко", "ко", "ых", "их", "аго", "яго")   # Остапенко, Седых, Живаго
PLURAL_SURNAME = re.compile(r"^(\w+(?:ов|ев|ёв|ин|ын))(ы|ых|ым|ыми)$")   # Сомовым, Петровых, Малявиных (no Седых: it does not decline)
PLURAL_CASES = {"ы": "nomn", "ых": "gent", "ым": "datv", "ыми": "ablt"}
