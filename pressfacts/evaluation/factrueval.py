"""Officials against factRuEval-2016's Occupation facts (person, position, organization).

Each Role of a predicted Official stands for one Occupation fact: name -> Who, role position ->
Position, role organization -> Where. Comparison, as the data set's README says: lower case and
ё -> е; for Who, the predicted surname equal to one of its words; the head noun for Position (its first noun's lemma); for Where, the
content-word lemmas of one side contained in the other's. A fact without a Position or a Where
accepts any value there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pressfacts.pipeline.morphology import parse
from pressfacts.pipeline.regions import region_name, state_name
from pressfacts.pipeline.titles import full_title
from pressfacts.schemas import DocumentResult

from .matching import match, surname_lemma
from .scoring import Counts

VARIANT_ID = re.compile(r"^(?:obj|span)\d+\s+")
WORD = re.compile(r"[\wёЁ-]+")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}


@dataclass(frozen=True)
class Occupation:
    who: str
    positions: tuple[str, ...]     # variants; empty when the fact gives none
    wheres: tuple[str, ...]


def _variants(value: str) -> tuple[str, ...]:
    return tuple(VARIANT_ID.sub("", v.strip()) for v in value.split(" | ") if v.strip())


def read_occupations(folder: Path) -> dict[str, list[Occupation]]:
    """doc_id ("book_100") -> its Occupation facts."""
    facts: dict[str, list[Occupation]] = {}
    for path in sorted(Path(folder).glob("*.facts")):
        found = []
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            lines = block.strip().splitlines()
            if not lines or not lines[0].endswith(" Occupation"):
                continue
            slots: dict[str, list[str]] = {}
            for line in lines[1:]:
                name, _, value = line.partition(" ")
                slots.setdefault(name, []).extend(_variants(value))
            if slots.get("Who"):
                found.append(Occupation(slots["Who"][0], tuple(slots.get("Position", ())), tuple(slots.get("Where", ()))))
        facts[path.stem] = found
    return facts


@lru_cache(maxsize=50_000)
def _lemma(word: str) -> str:
    return parse(word.lower().replace("ё", "е"))[0].normal_form


def head_noun(phrase: str) -> str | None:
    """The lemma of the first noun: "заместителем министра иностранных дел" -> "заместитель"."""
    words = WORD.findall(phrase)
    for word in words:
        best = parse(word.lower().replace("ё", "е"))[0]
        if best.tag.POS == "NOUN":
            return best.normal_form
    return _lemma(words[-1]) if words else None


def content_lemmas(phrase: str) -> frozenset[str]:
    return frozenset(
        _lemma(w) for w in WORD.findall(phrase)
        if parse(w.lower())[0].tag.POS not in FUNCTION_POS
    )


def _same_where(gold: tuple[str, ...], predicted: str | None) -> bool:
    if not gold:
        return True
    if not predicted:
        return False
    for name in (state_name, region_name):   # one state or region written two ways: "РФ"/"Россия", "Подмосковье"
        if (place := name(predicted)) is not None and any(name(g) == place for g in gold):
            return True
    mine = content_lemmas(predicted)
    return any(mine and (mine <= (theirs := content_lemmas(g)) or theirs <= mine) for g in gold)


def _same_position(gold: tuple[str, ...], predicted: str) -> bool:
    # short titles in full on both sides: "замминистра" is "заместитель министра"
    return not gold or head_noun(full_title(predicted)) in {head_noun(full_title(g)) for g in gold}


def _same_person(gold: Occupation, official) -> bool:
    # Who is written surname first, but not always ("Николаевич Борис Ельцин"): any of its
    # words may be the predicted surname (or the first name, for people known by it alone).
    names = {surname_lemma(n) for n in (official.name.last, official.name.first) if n}
    return any(surname_lemma(word) in names for word in gold.who.split())


def roles_of(result: DocumentResult) -> list[tuple]:
    """(official, role) pairs: one predicted Occupation each."""
    return [(official, role) for official in result.officials for role in official.roles]


def evaluate_factrueval(folder: Path, predictions: dict[str, DocumentResult]) -> dict:
    """Scores of predicted officials' roles against the Occupation facts."""
    full, person_position = Counts(), Counts()
    for doc_id, facts in read_occupations(folder).items():
        predicted = roles_of(predictions.get(doc_id) or DocumentResult(doc_id=doc_id))

        def strict(g, p):
            official, role = p
            ok = _same_person(g, official) and _same_position(g.positions, role.position) and _same_where(g.wheres, role.organization)
            return 1.0 if ok else None

        def loose(g, p):
            official, role = p
            return 1.0 if _same_person(g, official) and _same_position(g.positions, role.position) else None

        for counts, score in ((full, strict), (person_position, loose)):
            pairs = match(facts, predicted, score)
            counts.tp += len(pairs)
            counts.fn += len(facts) - len(pairs)
            counts.fp += len(predicted) - len(pairs)
    return {"occupation": full.scores(), "person_position": person_position.scores()}
