"""Roles that the dependency parse links to a name where the linear windows of ``roles`` stop short.

Only on the sentences the syntax component parsed (``pressfacts.pipeline.syntax``); on the others
nothing here runs and the windows alone decide. The parse says which name a role head goes with;
the words between them are still read by the role grammar (``read_unit``) and must agree with the
name, so a parse that wanders off gives nothing:

    apposition before the name    директор департамента труда и социальной защиты Иван Петров
                                  назначил исполняющего обязанности руководителя управления – Анну Ким
                                  (name --appos--> head; the windows stop at "и социальной")
    apposition after the name     Иван Петров, директор департамента труда и социальной защиты, …
                                  Иван Петров (начальник отдела образования, молодёжной политики и спорта)
    predicate                     Иван Петров с прошлого года является председателем правления
                                  губернатор назначил Ивана Петрова министром финансов
                                  поблагодарил Ивана Петрова, который был заместителем министра
                                  (xcomp / obl of a verb of ``officials_copulas.txt``, or a nominal
                                  predicate with "быть" as cop; its object holds the role when it has
                                  one, else its subject)
    one role, conjoined names     заместители министра Анна Ким и Пётр Лаптев (a plural head)
    roles listed before a name    заведующая отделением, врач-терапевт Анна Ким
    a role that goes on to the    глава района Иван Петров, начальник отдела образования, молодёжной
    next name, not the last one   политики и спорта Анна Ким

A role head is a position of the lexicon, singular or plural, or an animate common noun that names
the body it is held at: "хормейстер народного хора «Зори»", "студентка ВолГУ" ("журналист Иван
Петров" gives no role). A role head the parse gives to one name is not another's: the windows'
reading of it is dropped there. The parse also widens a name the NER cut short
(``widen_mentions``: "Белёва Евгения" where only "Евгения" was tagged).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from pressfacts.pipeline.morphology import case_of, is_abbreviation
from pressfacts.pipeline.wordforms import NOT_ROLES as SHARED_NOT_ROLES
from pressfacts.pipeline.wordforms import (
    ADJECTIVE_POS, NOMINAL_POS, NOUN_POS, adjective_cases, best_parse, inflect_phrase, is_verb, noun_cases, parse_lemma, parses_as,
)

from .forms import _render, fold_title, position_start, position_text
from .lexicon import POSITIONS, fold, is_copula, modifier_parses, place_parses, position_parses
from .names import Mention
from .around import ROLE_LINKS, _agrees, _linked, _role_ending_at, roles_after, roles_before
from .roles import (
    COORDINATION,
    MAX_ROLE,
    PLACE_PREPOSITIONS,
    RolePhrase,
    Unit,
    View,
    _coordinated,
    read_role,
    read_unit,
)
from .tree import Tree

# Between a role and the name it stands before: "руководителя управления – Анну Ким".
SEPARATORS = {",", "—", "–", "-"}
# Between a name and the role after it: "Анна Ким, директор школы"; "Анна Ким (директор школы)".
APPOSITION_OPENERS = {",", "—", "–", "-", "("}
PREDICATE_RELS = {"xcomp", "obl", "obl:agent"}   # является председателем; назначен заместителем
SUBJECT_RELS = {"nsubj", "nsubj:pass"}
POSITION_KINDS = ("position", "positions")
INNER_CAPITAL = re.compile(r"^[А-ЯЁA-Z].*[а-яёa-z][А-ЯЁA-Z]")   # ВолГУ, СПбГУ: an abbreviation in mixed case
RELATIVE = {"который"}        # Иван Петров, который ранее был заместителем министра
WORDS_BEFORE_HEAD = 6         # modifiers and "исполняющий обязанности" before a head, at most
CLAUSE_STOPS = {";", ":", "(", ")", "—", "–", "-"}   # inside a role only as a hyphen, never alone
OPENING_MARKS = {"—", "–", "-", "«", "(", ":", '"'}   # after them a capital may open a sentence: "— Хормейстер …"
# Animate nouns linked to a name that are no occupation: kin, status, awards, address (the shared
# list, data/not_roles.txt); here also "сестра" alone, kin ("медицинская сестра" is read by the list),
# and "ветеран", a status (beside a name in an award it is a title: "ветерану труда Нине Сомовой").
NOT_ROLES = SHARED_NOT_ROLES | {"сестра", "ветеран"}


@lru_cache(maxsize=50_000)
def head_kind(word: str) -> str | None:
    """What a word can head: "position" (of the lexicon, singular), "positions" (one in the plural:
    "заместители"), "animate" (a common noun for a person: "хормейстер"), "animates" (plural:
    "сотрудники"), or None.

    >>> head_kind("заместителями"), head_kind("хормейстер"), head_kind("дочь"), head_kind("школа")
    ('positions', 'animate', None, None)
    """
    if position_parses(word):
        return "position"
    nouns = parses_as(word, NOUN_POS)
    if any(parse_lemma(p) in POSITIONS and "plur" in p.tag for p in nouns):
        return "positions"
    if not word[:1].islower():
        return None
    best = nouns[0] if nouns else None
    if best is not None and "anim" in best.tag and not {"Name", "Surn", "Patr"} & best.tag.grammemes:
        if fold(best.normal_form) in NOT_ROLES:
            return None
        return "animates" if "plur" in best.tag else "animate"
    best = best_parse(word)   # a participle or adjective used as a noun: "учащийся школы № 13"
    if best.tag.POS in ADJECTIVE_POS and "Subx" in best.tag and "sing" in best.tag and parse_lemma(best) not in NOT_ROLES:
        return "animate"
    return None


def role_position(view: View, phrase: RolePhrase) -> str:
    """The position of a role in the nominative singular: a plural head ("заместителями министра"
    -> "заместитель министра") or an animate noun ("Хормейстер" -> "хормейстер") too."""
    if position_parses(view.text(phrase.head)):
        return position_text(view, phrase)
    start, end = position_start(phrase), phrase.position_end
    words = [view.text(k) for k in range(start, end)]
    nominative = inflect_phrase(words, phrase.head - start, singular=True)
    changed = {
        start + i: fold_title(new, old) for i, (new, old) in enumerate(zip(nominative, words)) if start + i <= phrase.head
    }
    return _render(view, start, end, changed)


class ParsedRoles:
    """The roles the parse gives the mentions of one Doc, read once per parsed sentence."""

    def __init__(self, tree: Tree, views: list[View], mentions: list[Mention]):
        self.tree = tree
        self.roles: dict[int, list[RolePhrase]] = {}   # id(mention) -> its roles
        self.claims: dict[int, set[int]] = {}           # Doc token of a role head -> id() of its mentions
        if not tree.deps:
            return
        views = [view for view in views if view.ids]
        firsts = [view.ids[0] for view in views]
        here: dict[int, list[Mention]] = {}
        for mention in mentions:   # a mention lies in the sentence that starts last at or before it
            n = bisect.bisect_right(firsts, mention.start) - 1
            if n >= 0 and mention.start in views[n].index and mention.end - 1 in views[n].index:
                here.setdefault(n, []).append(mention)
        for n, found in here.items():
            if any(tree.dep(i) for i in views[n].ids):
                SentenceRoles(tree, views[n], found, self).read()

    def add(self, view: View, mention: Mention, phrase: RolePhrase) -> None:
        self.roles.setdefault(id(mention), []).append(phrase)
        self.claims.setdefault(view.ids[phrase.head], set()).add(id(mention))

    def merge(self, view: View, mention: Mention, phrases: list[RolePhrase]) -> list[RolePhrase]:
        """The windows' roles of a mention with the parse's: a role head the parse gives to another
        name goes; the parse's reading of a head both found wins when it is longer."""
        kept = [
            p for p in phrases
            if not (owners := self.claims.get(view.ids[p.head])) or id(mention) in owners
        ]
        for phrase in self.roles.get(id(mention), []):
            same = next((n for n, p in enumerate(kept) if p.head == phrase.head), None)
            if same is None:
                if not any(p.start < phrase.end and phrase.start < p.end for p in kept):
                    kept.append(phrase)
            elif phrase.end - phrase.start > kept[same].end - kept[same].start:
                kept[same] = phrase
        return sorted(kept, key=lambda p: p.start)


class SentenceRoles:
    """The parse's roles in one sentence, in view positions."""

    def __init__(self, tree: Tree, view: View, mentions: list[Mention], found: ParsedRoles):
        self.tree, self.view, self.found = tree, view, found
        self.spans = [(view.index[m.start], view.index[m.end - 1] + 1, m) for m in mentions]
        self.span_of = {id(m): (a, b) for a, b, m in self.spans}
        self.person_at = {k: m for a, b, m in self.spans for k in range(a, b)}
        self.children: dict[int, list[int]] = {}
        for k, i in enumerate(view.ids):
            h = self.head(k)
            if h is not None and h != k:
                self.children.setdefault(h, []).append(k)

    def head(self, k: int) -> int | None:
        i = self.view.ids[k]
        return self.view.index.get(self.tree.heads[i]) if self.tree.dep(i) else None

    def dep(self, k: int) -> str:
        return self.tree.dep(self.view.ids[k])

    def under(self, k: int, top: int) -> bool:
        return self.tree.under(self.view.ids[k], self.view.ids[top])

    def read(self) -> None:
        for a, b, mention in self.spans:
            self.apposition_before(a, b, mention)
            self.apposition_after(a, b, mention)
        for first, second in zip(self.spans, self.spans[1:]):
            self.listed_after(first, second)
        for h in range(len(self.view)):
            if self.dep(h) in PREDICATE_RELS or any(self.dep(c) == "cop" for c in self.children.get(h, ())):
                self.predicate(h)

    def kind(self, k: int) -> str | None:
        """``head_kind`` of the word at k, a capital that opens the sentence or a quote read as small."""
        word = self.view.text(k)
        if k == 0 or self.view.text(k - 1) in OPENING_MARKS:
            word = word[:1].lower() + word[1:]
        return head_kind(word)

    # ------------------------------------------------------------ apposition

    def linked(self, a: int, b: int) -> list[int]:
        """Role heads linked to the name at a:b by "appos", either way round."""
        found = []
        for k in range(a, b):
            h = self.head(k)
            if self.dep(k) == "appos" and h is not None and not a <= h < b:
                found.append(h)
            found += [c for c in self.children.get(k, ()) if self.dep(c) == "appos" and not a <= c < b]
        return [self.outer(h) for h in found if h not in self.person_at and self.kind(h)]

    def outer(self, h: int) -> int:
        """The head of the role a linked word is a complement of: "первым заместителем министра
        [области] Анну Ким" links the name to "министра", the role is "первым заместителем …"."""
        while self.dep(h) == "nmod" and (up := self.head(h)) is not None and up < h and self.kind(up) in POSITION_KINDS:
            h = up
        return h

    def apposition_before(self, a: int, b: int, mention: Mention) -> None:
        """The role right before a name. The head the parse links it to, the words between them
        read; or, when the parse calls the name an apposition of a head farther off (its heads go
        astray in long lists), the role that ends right there. Either in a case of the name: not
        "Указом губернатора Анна Ким назначена …"."""
        view = self.view
        stop = a - 1 if a > 1 and view.text(a - 1) in SEPARATORS else a
        linked = [h for h in self.linked(a, b) if h < a]
        for h in linked:   # in a case of the name, unless the parse reads the role as the subject (a slip of case)
            phrase = self.phrase(h, stop)
            if phrase is not None and (self.agrees(phrase, mention) or self.dep(h) in SUBJECT_RELS):
                return self.give_before(phrase, mention)
        if view.text(a - 1) == "," or not (linked or any(self.dep(k) == "appos" for k in range(a, b))):
            return   # "директору школы, Анне Ким": a list, not an apposition
        for h in self.heads_back(stop):   # the longest role that ends at the name, or none
            phrase = self.phrase(h, stop)
            if phrase is not None:
                if self.agrees(phrase, mention):
                    self.give_before(phrase, mention)
                return

    def give_before(self, phrase: RolePhrase, mention: Mention) -> None:
        """A role before a name, to it (to every name conjoined, for a plural head), and the roles
        listed before it. An occupation with no body ("врач-терапевт Анна Ким") is not a post
        itself, but shows that the roles before it are hers."""
        holders = self.shared(phrase, mention)
        if not self.bodiless(phrase):
            for holder in holders:
                self.found.add(self.view, holder, phrase)
        if len(holders) == 1:
            for earlier in self.listed_before(phrase):
                self.found.add(self.view, mention, earlier)

    def heads_back(self, stop: int) -> list[int]:
        """The role heads before ``stop`` back to a verb, a name or a clause mark, farthest first."""
        view, found = self.view, []
        for k in range(stop - 1, max(-1, stop - 1 - MAX_ROLE), -1):
            word = view.text(k)
            if k in view.person or word in CLAUSE_STOPS or word == "," or word[:1].isalpha() and is_verb(word):
                break
            if self.kind(k):
                found.append(k)
        return found[::-1]

    def apposition_after(self, a: int, b: int, mention: Mention) -> None:
        """The role right after a name, set off by a comma, a dash or a bracket: the head the parse
        links it to, or a head there that the parse calls an apposition and that agrees with the name."""
        view = self.view
        opener = b + (view.text(b) in APPOSITION_OPENERS)
        heads = [(h, False) for h in self.linked(a, b) if h >= b]
        window = next((h for h in range(opener, min(len(view), opener + WORDS_BEFORE_HEAD)) if self.kind(h)), None)
        if window is not None and all(h != window for h, _ in heads) and self.dep(window) == "appos":
            heads.append((window, True))   # a head the parse gave to another name: it must agree with this one
        for h, check in heads:
            phrase = self.phrase(h, None)
            if (
                phrase is not None and phrase.start == opener and phrase.end not in view.person_starts
                and not self.bodiless(phrase) and (not check or self.agrees(phrase, mention))
            ):
                for holder in self.shared(phrase, mention):
                    self.found.add(view, holder, phrase)
                return

    def listed_after(self, first: tuple[int, int, Mention], second: tuple[int, int, Mention]) -> None:
        """"ROLE NAME, ROLE … NAME": a name with its role before it, then a role that goes on, past
        where the windows stop, to the next name: the role is the next name's ("глава района Иван
        Петров, начальник отдела образования, молодёжной политики и спорта Анна Ким")."""
        view = self.view
        a, b, mention = first
        after = roles_after(view, b, mention.form.cases)
        if not after or not (
            roles_before(view, a, mention.form.cases) or any(p.start < a for p in self.found.roles.get(id(mention), ()))
        ):
            return
        last = replace(after[-1], units=list(after[-1].units))
        if last.end < second[0] and self.fill(last, second[0]):
            for phrase in after[:-1] + [last]:
                self.found.add(view, second[2], phrase)

    def listed_before(self, phrase: RolePhrase) -> list[RolePhrase]:
        """Roles joined by a comma before one the parse linked to a name: "заведующая отделением,
        врач-терапевт Анна Ким" (as ``roles_before`` chains them)."""
        found = []
        while True:
            earlier = None
            for link in ROLE_LINKS:
                end = phrase.start - len(link)
                if link and end > 0 and _linked(self.view, end, link):
                    earlier = _role_ending_at(self.view, end)
                    if earlier is not None:
                        break
            if earlier is None:
                return found
            found.insert(0, earlier)
            phrase = earlier

    # ------------------------------------------------------------ predicate

    def predicate(self, h: int) -> None:
        """A role said of someone by a verb: "Анна Ким является директором школы"; "назначил Анну
        Ким директором"; "Анна Ким была директором" (the role the head, "была" its cop)."""
        view = self.view
        kind = self.kind(h)
        if kind is None or not self._instrumental(view.text(h), kind):
            return
        if self.dep(h) in PREDICATE_RELS:
            verb = self.head(h)
            if verb is None or not is_copula(view.text(verb)):
                return
        else:
            verb = h
        phrase = self.phrase(h, None)
        if phrase is not None and h < verb < phrase.end:   # the verb read as a noun: "заместителями стали" (сталь)
            phrase.units = [u for u in phrase.units if u.end <= verb]
            phrase.end = phrase.units[-1].end if phrase.units else h + 1
        if phrase is None or self.bodiless(phrase):
            return
        holders = self.holders(verb)
        if phrase.end in view.person_starts:   # a role that ends at a name is that name's: the object of
            # an active verb when in the accusative ("назначил главой департамента Ивана Петрова")
            after = self.person_at.get(phrase.end)
            active = verb != h and not any(self.dep(c) in {"obj", "nsubj:pass"} for c in self.children.get(verb, ()))
            holders = [after] if after is not None and active and "accs" in after.form.cases else []
        if not holders:
            return
        for holder in (self.shared(phrase, holders[0]) if len(holders) == 1 else holders if kind.endswith("s") else []):
            self.found.add(view, holder, phrase)

    @staticmethod
    def _instrumental(word: str, kind: str) -> bool:
        parses = position_parses(word) if kind == "position" else parses_as(word, NOMINAL_POS)
        return any(case_of(p) == "ablt" for p in parses)

    def holders(self, verb: int) -> list[Mention]:
        """Who a verb says the role of: its object when a name ("назначил Анну Ким"), else its subject;
        the name before ", который"; the name a participle hangs from ("Анна Ким, назначенная …")."""
        children = self.children.get(verb, ())
        for rels in ({"obj"}, SUBJECT_RELS):
            found = [self.person_at[c] for c in children if self.dep(c) in rels and c in self.person_at]
            if found:
                return list({id(m): m for m in found}.values())
        for c in children:
            if self.dep(c) in SUBJECT_RELS and fold(self.view.text(c)) in RELATIVE and self.view.text(c - 1) == ",":
                return [self.person_at[c - 2]] if c - 2 in self.person_at else []
        up = self.head(verb)
        if self.dep(verb) == "acl" and up is not None and up in self.person_at:
            return [self.person_at[up]]
        return []

    def shared(self, phrase: RolePhrase, mention: Mention) -> list[Mention]:
        """The names a role goes to: one, or with a plural head every name conjoined to it
        ("заместители министра Анна Ким и Пётр Лаптев")."""
        if not (self.kind(phrase.head) or "").endswith("s"):
            return [mention]
        found, todo = [mention], [mention]   # one name only: the plural is a group beside it, not its role
        while todo:
            a, b = self.span_of[id(todo.pop())]
            for k in range(a, b):
                for c in self.children.get(k, ()):
                    other = self.person_at.get(c)
                    if self.dep(c) == "conj" and other is not None and all(other is not m for m in found):
                        found.append(other)
                        todo.append(other)
        return found if len(found) > 1 else []

    # ------------------------------------------------------------ reading the phrase

    def phrase(self, h: int, stop: int | None) -> RolePhrase | None:
        """The role phrase headed at view position h: to ``stop`` exactly (a name starts there), or
        as far as the grammar reads and the parse keeps under h."""
        view = self.view
        kind = self.kind(h)
        limit = len(view) if stop is None else stop
        if kind == "position":
            phrase = next(
                (p for k in range(max(0, h - WORDS_BEFORE_HEAD), h + 1)
                 if (p := read_role(view, k, limit=limit)) is not None and p.head == h),
                None,
            )
        else:
            phrase = self.other_phrase(h, limit)
        if phrase is None:
            return None
        self.extend(phrase, limit)
        if stop is not None and phrase.end < stop and not self.fill(phrase, stop):
            return None
        return phrase

    def bodiless(self, phrase: RolePhrase) -> bool:
        """An occupation that names no body it is held at: "журналист Иван Петров", "хорватский
        гроссмейстер", "жительница Оренбурга" (not so "студентка ВолГУ", "хормейстер хора «Зори»",
        "учащийся школы № 13"): no post, however the text links it."""
        if self.kind(phrase.head) not in ("animate", "animates"):
            return False
        view = self.view
        if any(view.text(k) == "№" for k in range(phrase.head, phrase.end)):
            return False   # a numbered institution: "гимназии № 5"
        return not any(
            k in view.quotes or view.ids[k] in self.tree.bodies
            or is_abbreviation(view.text(k)) or INNER_CAPITAL.search(view.text(k))
            for unit in phrase.org_units for k in range(unit.start, unit.end)
        )

    def agrees(self, phrase: RolePhrase, mention: Mention) -> bool:
        """The head of a role can be in a case of the name: "Анне Ким – учителю школы"."""
        word = self.view.text(phrase.head)
        if self.kind(phrase.head) == "position":
            return _agrees(self.view, phrase, mention.form.cases)
        return bool((noun_cases(word) | adjective_cases(word)) & mention.form.cases)

    def other_phrase(self, h: int, limit: int) -> RolePhrase | None:
        """A phrase whose head ``read_role`` does not take (plural, animate): modifiers before it,
        the units after."""
        view = self.view
        start = h
        while start > 0 and start - 1 not in view.person and _modifier(view.text(start - 1)):
            start -= 1
        phrase = RolePhrase(start, h + 1, h)
        phrase.place = next((j for j in range(start, h) if place_parses(view.text(j)) and not modifier_parses(view.text(j))), None)
        j, in_org = h + 1, False
        while j < min(limit, start + MAX_ROLE):
            unit = read_unit(view, j, in_org)
            if unit is None and view.text(j) in COORDINATION and phrase.units:
                unit = _coordinated(view, j, phrase.units[-1], in_org, limit)
            if unit is None or unit.end > limit or in_org and unit.np and position_parses(view.text(unit.end - 1)):
                break
            in_org = in_org or unit.kind == "org"
            phrase.units.append(unit)
            phrase.end = j = unit.end
        return phrase

    def extend(self, phrase: RolePhrase, limit: int) -> None:
        """Past where the grammar stopped, on words the parse keeps under the head: a coordination
        inside the organization ("департамента труда и социальной защиты населения")."""
        view = self.view
        limit = min(limit, phrase.start + MAX_ROLE)
        j = phrase.end
        while j < limit:
            in_org = bool(phrase.org_units)
            unit = read_unit(view, j, in_org)
            if unit is None and view.text(j) in COORDINATION and phrase.units:
                after = read_unit(view, j + 1, in_org)
                unit = Unit(j, after.end, "org" if in_org or after.kind == "org" else after.kind) if after else None
            if unit is None or unit.end > limit or not all(self.under(k, phrase.head) for k in range(unit.start, unit.end)):
                return
            if any(position_parses(view.text(k)) for k in range(unit.start, unit.end)):
                return   # a second role: "министр по делам разведки, глава комиссии"
            phrase.units.append(unit)
            phrase.end = j = unit.end

    def fill(self, phrase: RolePhrase, stop: int) -> bool:
        """The words left between a phrase and the name it stands before, when they can belong to the
        role: no verb, no name, no clause mark; a comma only before a word under the head."""
        view = self.view
        j = phrase.end
        if stop - phrase.start > MAX_ROLE:
            return False
        for k in range(j, stop):
            word = view.text(k)
            if k in view.person or word in CLAUSE_STOPS or word[:1].isalpha() and is_verb(word) or position_parses(word):
                return False   # a verb, a name, a clause mark; a second role ("министр …, глава комиссии")
            if word == "," and not self.under(k + 1, phrase.head):
                return False
            if self.dep(k) == "conj" and self.head(k) == phrase.head:
                return False   # a second role beside it: "глава компании и совладелец WFC Иван Петров"
        org = next((k for k in range(j, stop) if phrase.org_units or _names_body(view, k)), None)
        if org is not None and org > j and view.lower(org - 1) in PLACE_PREPOSITIONS:
            org -= 1   # "уполномоченный по правам человека в Тамбовской области": the place with its preposition
        if org is not None and org > j:
            phrase.units.append(Unit(j, org, "domain"))
        phrase.units.append(Unit(org if org is not None else j, stop, "org" if org is not None else "domain"))
        phrase.end = stop
        return True


def _modifier(word: str) -> bool:
    return bool(modifier_parses(word) or place_parses(word))


def _names_body(view: View, k: int) -> bool:
    """Does an organization's name begin at k: an entity, an abbreviation, a quote, a capital letter?"""
    word = view.text(k)
    return k in view.entities or k in view.quotes or is_abbreviation(word) or word[:1].isupper()
