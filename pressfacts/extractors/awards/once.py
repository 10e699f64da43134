"""One record per recipient: a recipient told by a pronoun or a plain noun is the person (or the
people) named before; a recipient told again by a demonstrative, a group told again with more
words, or a counted group whose people are all named after it gives no record of its own."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc

from pressfacts.pipeline.numbers.words import cardinal_word

from .found import Found
from .morph import name_can_be
from .people import BOTH
from .pronouns import PLURAL, People, as_recipient, house_before, resolve, resolve_people
from .view import Recipient, SentenceView
from .words import GIVERS

DEMONSTRATIVES = frozenset({"этот", "тот", "такой", "данный"})


def with_antecedent(doc: Doc, people: People, found: Found, floors: tuple[int, int], earlier: list[Found]) -> list[Found]:
    """A result whose recipient is a pronoun, given the person it points to (none: no one fits);
    a plural one, one result for each of the people named in the sentence before (``floors``: where
    it starts, and where the one before it starts)."""
    if not found.recipient.pronoun:
        return [found]
    floor, further = floors
    at = doc[found.recipient.start].idx              # the people named before the pronoun itself
    if found.recipient.text == PLURAL:
        # the people of the sentences before, not of its own ("Начальник Иван Орлов вручил им …": the giver)
        opens = found.sentence_bounds[0]
        group = resolve_people(doc, people, found.recipient, opens, floor, [f.recipient for f in earlier])
        if not group and found.recipient.anaphor and not any(floor <= doc[s].idx < opens for s, _ in people.spans):
            # a plural noun, the sentence before naming no one: "Жители А и Б спасли мужчину. Его передали
            # врачам. За этот поступок земляков наградили …"
            group = resolve_people(doc, people, found.recipient, opens, further, [f.recipient for f in earlier])
        if doc[found.recipient.start].lower_ in BOTH and len(group) != 2:
            return []                                   # "оба специалиста": two people, or it is not known who
        return [given for person in group for given in given_to(found, person, earlier)]
    #   a noun may stand for a person named further back: "Школьника наградили …"
    person = resolve(doc, people, found.recipient, at, 0 if found.recipient.anaphor else floor, [f.recipient for f in earlier]) or house_before(
        found.recipient, [f.recipient for f in earlier if f.sentence == found.sentence - 1])
    return given_to(found, person, earlier) if person is not None else []


def given_to(found: Found, person: Recipient, earlier: list[Found]) -> list[Found]:
    """The result for the person a pronoun points to: none where the award is told again of its
    recipient, or where it is the prize of a result she has just had (that record takes it)."""
    if any(f.recipient.text == person.text and f.award == found.award for f in earlier):
        return []
    for n, f in enumerate(earlier):
        if f.recipient.text == person.text and found.rank is None and f.sentence >= found.sentence - 3 and (
            f.award is None or (f.contest_result and f.rank is not None)
        ):
            # "Первое место занял отдел № 1. Он награждён переходящим кубком": the place's prize, one record;
            # "Среди награждённых оказалась и Анна Ким. Женщину наградили медалью …": which honour she got
            earlier[n] = f._replace(award=f.award or found.award)
            return []
    return [found._replace(recipient=person)]


def told_again(view: SentenceView, found: Found, earlier: list[Found]) -> bool:
    """A recipient named by a demonstrative ("Победителем стало УЖКХ Лесного. Эта команда была
    награждена кубком") is the one the sentence before honoured: its record takes the honour, no
    record of its own (none either when no such record is there)."""
    if view.words[found.recipient.first].lemma_ not in DEMONSTRATIVES:
        return False
    for n, f in enumerate(earlier):
        if f.sentence == found.sentence - 1 and f.recipient.kind == "organization" and f.award is None:
            earlier[n] = f._replace(award=found.award)
            break
    return True


def told_once(found: list[Found]) -> list[Found]:
    """One record per group: a headline's "двое школьников" is the body's "двое школьников Ольховки"
    or "двое школьников" of the same honour (a group told again, in more or the same words; people by
    name are never merged)."""
    groups = [(f, frozenset(f.recipient.text.lower().split())) for f in found if f.recipient.text[:1].islower() or f.recipient.text[:1].isdigit()]
    if len(groups) > MAX_GROUPS_COMPARED:
        return found                                    # every pair compared: kept to what a release holds
    retold = {
        id(f) for n, (f, words) in enumerate(groups)
        if any(g.award == f.award and g.rank == f.rank and (words < more or (words == more and m > n and counted_groups_honour(f))) for m, (g, more) in enumerate(groups))
    }   # (a counted group's honour told again in the same words: the last, the body's after the headline's;
    #    not a team's place, which it may take in each sport)
    return [f for f in found if id(f) not in retold]


def named_again(found: list[Found]) -> list[Found]:
    """One record per person: a person told again later by a part of the name ("медалью
    наградили Анну Ким. … Медаль Анне вручил …"), with the same honour or its bare head, is the
    one named in full before."""
    people = [f for f in found if f.recipient.kind == "person" and len(f.recipient.text.split()) > 1]
    again = {
        id(f) for f in found
        if f.recipient.kind == "person" and len(words := f.recipient.text.split()) == 1 and words[0][:1].isupper()
        and any(
            g.start < f.start and g.rank == f.rank and words[0] in g.recipient.text.split() and same_honour(g.award, f.award)
            for g in people
        )
    }
    return [f for f in found if id(f) not in again]


def same_honour(before: str | None, again: str | None) -> bool:
    """Is ``again`` the honour told before, or its head alone ("медаль" after "медаль «За отвагу»")?"""
    if before is None or again is None:
        return before == again
    before, again = before.lower(), again.lower()
    return before == again or before.startswith(again + " ")


def counted_groups_honour(found: Found) -> bool:
    """Is the record a counted group's honour ("21 медик" and "медаль"), no place?"""
    return found.award is not None and found.rank is None and group_count(found) > 0


MAX_GROUPS_COMPARED = 60
NAMES_WITHIN = 4   # sentences after a counted group where its people may be named (and one a line of a list)


def group_count(found: Found) -> int:
    """How many people a group record counts ("27 медицинских работников", "шести школьникам"); 0 for none."""
    first = found.recipient.text.split()[0] if found.recipient.text.split() else ""
    return int(first) if first.isdigit() else (int(c[0]) if (c := cardinal_word(first.lower())) else 0)


MAX_MEMBERS = 12   # a group whose people a release goes on to name one by one


def members_named_later(doc: Doc, people: People, found: list[Found], starts: list[int]) -> list[Found]:
    """The people of a counted group named in the sentences after it, the honour not told again
    ("Губернатор вручил медали шести школьникам. … Ученики школы № 5 А и Б вынесли детей из огня. …"):
    where exactly as many people are named there, and none of them gives the honour, each gets the
    group's record (and the group gives way to them, ``named_in_full``)."""
    taken = [(f.recipient.start, f.recipient.end) for f in found]
    added: list[Found] = []
    for f in found:
        count = group_count(f)
        if f.recipient.kind != "person" or not 1 < count <= MAX_MEMBERS or f.recipient.pronoun:
            continue
        after = doc[f.recipient.end - 1].idx if f.recipient.end > f.recipient.start else f.end
        last = starts[f.sentence + NAMES_WITHIN + 2] if f.sentence + NAMES_WITHIN + 2 < len(starts) else len(doc.text)
        named: dict[str, tuple[int, int]] = {}
        before = {doc[start:end].lemma_ for start, end in people.spans if doc[start].idx < f.start}
        for start, end in people.spans:
            if not after < doc[start].idx < last or any(s < end and start < e for s, e in taken):
                continue
            if doc[start:end].lemma_ in before:
                continue                                # "Полпред Иван Орлов вручил награды … Иван Орлов пожелал …": the giver again
            if any(t.lemma_ in GIVERS for t in doc[max(start - 5, 0) : start]):
                continue                                # "по распоряжению председателя Совета Федерации Анны Ким"
            if not any(name_can_be(doc[start:end], case) for case in ("nomn", "accs", "datv")):
                continue                                # "… вручены трём финалистам заместителем мэра Анной Ким": who gave them
            named.setdefault(doc[start:end].lemma_, (start, end))
        if len(named) != count or any(g.recipient.kind == "person" and g.sentence > f.sentence and g.award == f.award for g in found):
            continue
        for start, end in named.values():
            person = as_recipient(doc, Recipient(start, end, "", "person"), start, end, [])
            sentence = bisect.bisect_right(starts, doc[start].idx) - 1
            at = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            added.append(f._replace(start=at[0], end=at[1], scope=at[1], recipient=person, sentence=sentence))
            taken.append((start, end))
    return found + added


def named_in_full(found: list[Found]) -> list[Found]:
    """A counted group whose people are all named after it ("звание присвоено пятерым медикам.
    Звание получили: – А; – Б; …" with five names) is told by its names: no record of its own.
    Where fewer are named ("15 работников. Среди них – А и Б") the group stays for the rest; the
    names told by the honour's head alone ("Звание получили: …") take its full name."""
    kept = []
    fuller: dict[int, str] = {}
    people = [   # the records of people by name, looked through once for every counted group (not every record)
        g for g in found
        if g.recipient.kind == "person" and g.recipient.text[:1].isupper() and not cardinal_word(g.recipient.text.split()[0].lower())
    ]
    for f in found:
        count = group_count(f)
        named = [
            g for g in people
            if f.sentence < g.sentence <= f.sentence + NAMES_WITHIN + count or (g.sentence == f.sentence and g.start > f.start)
        ] if count > 1 else []
        if 1 < count <= len(named):
            for g in named:
                if f.award and g.award and f.award.lower().startswith(g.award.lower() + " "):
                    fuller[id(g)] = f.award
            continue
        kept.append(f)
    return [f._replace(award=fuller[id(f)]) if id(f) in fuller else f for f in kept]


# the bare heads that stand for a team or a house named just before ("Бригада скорой помощи № 2 признана
# лучшей. Команда заняла первое место …"); a head with a name, a number or a house after it is its own
BARE_HEADS = frozenset({"команда", "коллектив", "сборная", "дружина", "бригада", "учреждение", "организация", "подразделение"})


def head_again(found: list[Found]) -> list[Found]:
    """A team or a house told again by its bare head in the sentence after is the one named
    there: the same result again gives no record; another result is the named one's."""
    kept: list[Found] = []
    for f in found:
        bare = f.recipient.kind == "organization" and f.recipient.text.lower() in BARE_HEADS
        before = [g for g in kept if g.recipient.kind == "organization" and f.sentence - 1 <= g.sentence < f.sentence] if bare else []
        if not before:
            kept.append(f)
            continue
        antecedent = before[-1]
        if antecedent.rank == f.rank and (f.award is None or antecedent.award == f.award):
            continue                                    # "Команда заняла первое место" after "признана лучшей"
        kept.append(f._replace(recipient=replace(f.recipient, text=antecedent.recipient.text, organization=antecedent.recipient.organization)))
    return kept
