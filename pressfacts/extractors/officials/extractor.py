"""Officials: person, position and organization, normalized and merged per document (issue 6).

Every named person of a text becomes one ``Official``: the PER mentions of slovnet's NER
(``names``) grouped by surname, each with the roles written around its mentions
(``roles``): before the name ("заместитель губернатора Дмитрий Разумовский"), after
it ("Сергей Есипов, директор ГБУ ЛО «МФЦ»"). A role written with no name next to it goes to
the person it is said of ("Оливер Кан будет запасным вратарём"; "занять пост премьер-министра"),
or, as the subject of its clause, to the person named just before when that person has no role
yet ("сообщил Дмитрий Разумовский … по словам заместителя губернатора"). On the sentences the
syntax component parsed, ``dependents`` adds the roles the parse links to a name where these
windows stop short, and takes a role from a name when the parse gives it to another.

Word lists live in ``pressfacts/data/officials_*.txt``; ``lexicon`` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.pipeline.names import name_gender
from pressfacts.pipeline.regions import Region, text_district, text_region
from pressfacts.pipeline.titles import full_title
from pressfacts.pipeline.wordforms import best_parse, is_verb
from pressfacts.schemas import Official, PersonName, Role, Span

from .bodies import house_after, reshape
from .context import Context
from .dependents import ParsedRoles, role_position
from .forms import position_start
from .implied import generic_region, place
from .lexicon import DocWords, fold, load_words, organization_word, position_parses
from .names import Mention, find_mentions, find_surname_mentions
from .around import PREDICATE_REACH, predicate_of, roles_after, roles_before
from .roles import RolePhrase, View, read_role
from .tree import Tree, widen_mentions

# Words before a role with no name that make it the speaker of the text: "по словам заместителя губернатора".
REFERENCE_MARKS = [
    ("по", "словам"),   # Это, по словам заместителя губернатора, подтверждает …
    ("словам",),        # Это, словам заместителя губернатора …
]
REFERENCE_REACH = 600  # characters: a role refers to the person named this close before it
# Words before a role that name the post itself; it is the post of the person named in the clause.
POST_MARKS = [
    ("пост",),            # Владимир Путин согласился занять пост премьер-министра РФ
    ("поста",),           # Путин после ухода с поста президента
    ("посту",),           # на посту главного тренера сборной
    ("должность",),       # Иван Петров назначен на должность директора
    ("должности",),       # Иван Петров освобождён от должности министра
    ("место",),           # Место спикера Палаты представителей занял Джон Бенер
    ("в", "качестве"),    # в его команду, в качестве первого заместителя, входит Георгиос Макрополус
]
# Words shortly before such a post that make it one sought, not held.
SOUGHT = {
    "кандидат",           # Марин Ле Пен стала кандидатом на пост главы Франции
    "кандидатура",        # поддержало кандидатуру на пост президента
    "претендент",         # претендент на пост мэра
    "претендовать",       # претендует на пост губернатора
    "баллотироваться",    # баллотируется на пост президента
    "выдвинуть",          # выдвинут на пост премьер-министра
}
SOUGHT_REACH = 4  # words
BODY_POSTS = load_words("officials_body_posts.txt")
POSSESSIVES = {"его", "её", "ее"}   # Его заместителями стали Анна Ким и Пётр Лаптев


@dataclass
class FoundRole:
    """A role as found in the text, in character offsets."""

    position: str
    position_span: tuple[int, int]
    organization: str | None
    organization_span: tuple[int, int] | None
    implied: bool = False   # the text's main state for a bare state title, not the role phrase
    relative_to: int | None = None   # "его заместителем": where the pronoun stands, the post is at the body of the one it means


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[FoundRole] = field(default_factory=list)
    house: tuple[str, tuple[int, int]] | None = None   # a body in brackets after the name, for a person with no post

    @property
    def key(self) -> str | None:
        return next((m.form.key for m in self.mentions if m.form.key), None)

    @property
    def first(self) -> str | None:
        return next((m.form.first for m in self.mentions if m.form.first and not m.form.first.endswith(".")), None)

    def add_role(self, role: FoundRole) -> None:
        """A role, unless the person has it already, by position or by organization (then only a
        missing organization is filled in), or it is a post only with a body and has none."""
        if role.organization is None and fold(role.position) in BODY_POSTS:
            return
        for known in self.roles:
            same_organization = (
                role.organization is not None
                and known.organization is not None
                and fold(known.organization) == fold(role.organization)
                and known.organization_span != role.organization_span   # two titles before one organization stay two
            )
            if fold(known.position) == fold(role.position) or same_organization:
                # one role in other words: "губернатора Свердловской области" … "глава Свердловской области"
                if known.organization is None and role.organization is not None:
                    known.organization, known.organization_span = role.organization, role.organization_span
                return
        self.roles.append(role)


# ---------------------------------------------------------------- people


def _same_first(a: str | None, b: str | None) -> bool:
    """First names that may be one person's: equal, an initial of the other, or one unknown."""
    if not a or not b:
        return True
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    return a.startswith(b) or b.startswith(a)


def group_mentions(mentions: list[Mention]) -> list[Person]:
    """Mentions grouped into people: by surname, the first names not contradicting each other."""
    people: list[Person] = []
    for mention in mentions:
        form = mention.form
        if form.key:
            same = [p for p in people if p.key == form.key and _same_first(p.first, form.first)]
        else:   # a first name alone: the one person of that first name
            same = [p for p in people if p.first and fold(p.first) == fold(form.first or "")]
            same = same if len(same) == 1 else []
        if same:
            same[-1].mentions.append(mention)
        else:
            people.append(Person([mention]))
    return people


# ---------------------------------------------------------------- roles


def _found_role(context: Context, sentence: int, phrase: RolePhrase) -> FoundRole:
    view = context.views[sentence]
    phrase = reshape(view, phrase)   # "глава администрации района": the post's words out of the organization
    position = full_title(role_position(view, phrase))   # "замминистра" -> "заместитель министра"; the span as written
    start, end = view.start_char(position_start(phrase)), view.end_char(phrase.position_end - 1)
    organization, organization_span, implied = None, None, False
    org = context.organization(sentence, phrase)
    if org is None and (org := context.implied_state(sentence, phrase)) is not None:
        implied = True
    if org is not None:
        organization, where, a, b = org
        organization_span = (where.start_char(a), where.end_char(b - 1))
    return FoundRole(position, (start, end), organization, organization_span, implied)


def _phrase_tokens(view: View, phrase: RolePhrase) -> set[int]:
    return {view.ids[k] for k in range(phrase.start, phrase.end)}


def _preceded_by(view: View, k: int, marks: list[tuple[str, ...]]) -> bool:
    return any(
        k >= len(mark) and all(view.lower(k - len(mark) + i) == w for i, w in enumerate(mark)) for mark in marks
    )


def _is_subject(view: View, phrase: RolePhrase) -> bool:
    """The role is the subject of its clause: "рассказал заместитель губернатора", "Заместитель губернатора поблагодарил"."""
    nominative = any(p.tag.case == "nomn" for p in position_parses(view.text(phrase.head)))
    before, after = view.text(phrase.start - 1), view.text(phrase.end)
    return nominative and (phrase.start == 0 or is_verb(before) or is_verb(after))


def _same_role(a: FoundRole, b: FoundRole) -> bool:
    """One position at one organization; a role with no organization may be any holder's."""
    return fold(a.position) == fold(b.position) and (
        a.organization is None or b.organization is None or fold(a.organization) == fold(b.organization)
    )


def _sought(view: View, k: int) -> bool:
    """A post that someone runs for: "кандидатом на пост главы Франции"."""
    return any(fold(best_parse(view.text(j)).normal_form) in SOUGHT for j in range(max(0, k - SOUGHT_REACH - 1), k))


class RoleFinder:
    """The roles of the people of one Doc, found sentence by sentence."""

    def __init__(self, people: list[Person], words: DocWords, tree: Tree | None = None):
        self.people = people
        self.owner = {id(m): person for person in people for m in person.mentions}
        self.mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
        starts = {m.start for m in self.mentions}
        tokens = {i for m in self.mentions for i in range(m.start, m.end)}
        self.words = words
        self.views = [View(words, a, b, starts, tokens) for a, b in words.sentences]
        self.context = Context(self.views)
        self.taken = set(tokens) | {i for a, b in words.boilerplate for i in range(a, b)}
        self.parsed = ParsedRoles(tree or Tree([], []), self.views, self.mentions)   # roles the parse links to names

    def attach(self) -> None:
        """Roles around the names first; then roles without a name, said of someone or referring back."""
        found = []
        self.sentence_of = sentence_of = {i: n for n, view in enumerate(self.views) for i in view.ids}   # not every mention for every sentence
        for mention in self.mentions:
            if (n := sentence_of.get(mention.start)) is not None:
                view = self.views[n]
                found += [(view.start_char(p.start), mention, self.role(n, p)) for p in self.around(view, mention)]
        for _, mention, role in sorted(found, key=lambda f: f[0]):
            self.owner[id(mention)].add_role(role)
        for n, view in enumerate(self.views):
            for phrase in self.free_phrases(view):
                self.attach_free(n, phrase)
        self.resolve_relative()
        self.complete_bare_bodies()
        for mention in self.mentions:
            person = self.owner[id(mention)]
            if not person.roles and person.house is None:
                person.house = self.house_in_brackets(mention)

    def house_in_brackets(self, mention: Mention) -> tuple[str, tuple[int, int]] | None:
        """The body written right after a name, in brackets or between commas (``bodies.house_after``)."""
        n = self.sentence_of.get(mention.end - 1)
        view = self.views[n] if n is not None else None
        found = house_after(view, view.index[mention.end - 1] + 1) if view is not None else None
        return (found[0], (view.start_char(found[1]), view.end_char(found[2] - 1))) if found else None

    def role(self, sentence: int, phrase: RolePhrase) -> FoundRole:
        role = _found_role(self.context, sentence, phrase)
        view = self.views[sentence]
        if role.organization is None and phrase.start > 0 and view.lower(phrase.start - 1) in POSSESSIVES:
            role.relative_to = view.start_char(phrase.start - 1)
        return role

    def complete_bare_bodies(self) -> None:
        """A body written by its noun alone ("исполняющий обязанности главы администрации") is the one
        body of that noun the text writes in full for another post ("начальник отдела образования
        администрации города"), marked implied; two such bodies leave it as written."""
        roles = [r for p in self.people for r in p.roles if r.organization]
        for role in roles:
            words = role.organization.split()
            if len(words) != 1 or not words[0].islower() or not organization_word(words[0]):
                continue
            fuller = {fold(r.organization): r for r in roles if len(r.organization.split()) > 1
                      and fold(r.organization.split()[0]) == fold(words[0])}
            if len(fuller) == 1:
                full = next(iter(fuller.values()))
                role.organization, role.organization_span, role.implied = full.organization, full.organization_span, True

    def resolve_relative(self) -> None:
        """A post said with "его"/"её" and no body ("Его заместителями стали …") is held at the body of
        the person named last before the pronoun: "исполняющий обязанности министра … Республики Коми"."""
        for person in self.people:
            for role in person.roles:
                if role.relative_to is None or role.organization is not None:
                    continue
                gender = "masc" if self.words.text[role.relative_to:role.relative_to + 3].lower() == "его" else "femn"
                before = [
                    m for m in self.mentions if m.end_char <= role.relative_to and self.owner[id(m)] is not person
                    and name_gender(tuple(m.form.full.split())) in (gender, None)   # "её заместителем": a woman's
                ]
                held = [r for r in self.owner[id(before[-1])].roles if r.organization] if before else []
                if held:
                    role.organization, role.organization_span, role.implied = held[0].organization, held[0].organization_span, True

    def around(self, view: View, mention: Mention) -> list[RolePhrase]:
        """The roles written right before and right after one mention."""
        start, end = view.index[mention.start], view.index[mention.end - 1] + 1
        phrases = roles_before(view, start, mention.form.cases) + roles_after(view, end, mention.form.cases)
        phrases = self.parsed.merge(view, mention, phrases)
        for phrase in phrases:
            self.taken |= _phrase_tokens(view, phrase)
        return phrases

    def free_phrases(self, view: View):
        """Role phrases not next to any name, nor in boilerplate."""
        k = 0
        while k < len(view):
            phrase = read_role(view, k) if view.ids[k] not in self.taken else None
            if phrase is None:
                k += 1
                continue
            yield phrase
            k = phrase.end

    def attach_free(self, sentence: int, phrase: RolePhrase) -> None:
        view = self.views[sentence]
        predicate = predicate_of(view, phrase)
        if _preceded_by(view, phrase.start, POST_MARKS):
            holder = None if _sought(view, phrase.start) else self.relieved(view, phrase) or self.nearest_subject(view, phrase)
            if holder is not None:
                self.owner[id(holder)].add_role(self.role(sentence, phrase))
        elif predicate is not None:
            subject = self.predicate_subject(view, phrase, *predicate)
            if subject is not None:
                self.owner[id(subject)].add_role(self.role(sentence, phrase))
        elif _is_subject(view, phrase) or _preceded_by(view, phrase.start, REFERENCE_MARKS):
            self.refer_back(sentence, phrase)

    def predicate_subject(self, view: View, phrase: RolePhrase, side: str, verb: int) -> Mention | None:
        """The person a role in the instrumental is said of: the subject by the verb, or the object of a
        verb of naming ("назвал Йенса Лемана первым вратарём")."""
        here = [
            (view.index[m.start], view.index[m.end - 1] + 1, m)
            for m in self.mentions if m.start in view.index and m.end - 1 in view.index
        ]
        if side == "before":
            objects = [m for a, b, m in here if verb < a and b <= phrase.start]
            if objects:
                return objects[-1]
            subjects = [m for a, b, m in here if b <= verb and verb - b <= PREDICATE_REACH and "nomn" in m.form.cases]
            return subjects[-1] if subjects else None
        subjects = [m for a, b, m in here if a > verb and a - verb <= PREDICATE_REACH and "nomn" in m.form.cases]
        return subjects[0] if subjects else None

    def relieved(self, view: View, phrase: RolePhrase) -> Mention | None:
        """The name right before "от должности" / "от занимаемой должности" / "на должность": the one
        relieved of the post held it, the one appointed to it holds it ("освободил Ивана Петрова от
        должности главы управы"; "о назначении Виктора Фисенко на должность первого замминистра",
        not the premier who signed it)."""
        k = phrase.start - 1
        while k > 0 and view.lower(k) in ("должности", "должность", "пост", "занимаемой", "от", "на"):
            k -= 1
        if view.lower(k + 1) not in ("от", "на"):
            return None
        return next((m for m in self.mentions if m.end - 1 in view.index and view.index[m.end - 1] == k), None)

    def nearest_subject(self, view: View, phrase: RolePhrase) -> Mention | None:
        """The name nearest to the phrase in its sentence that can be a subject (nominative); a name
        after the phrase counts as a little farther: the subject more often stands first."""
        here = [
            (phrase.start - view.index[m.end - 1] - 1 if m.start < phrase.start else 1.5 * (view.index[m.start] - phrase.end), m)
            for m in self.mentions if m.start in view.index and m.end - 1 in view.index and "nomn" in m.form.cases
        ]
        here = [(d, m) for d, m in here if d <= 2 * PREDICATE_REACH]
        return min(here, key=lambda h: h[0])[1] if here else None

    def refer_back(self, sentence: int, phrase: RolePhrase) -> None:
        """A role with no name is the person named just before it, when nobody else holds the role (the
        position at the same organization) and that person has no role yet, or not this position and
        the role names its organization:
        "сообщил Дмитрий Разумовский. … рассказал заместитель губернатора"."""
        view = self.views[sentence]
        role = self.role(sentence, phrase)
        if any(_same_role(r, role) for p in self.people for r in p.roles):
            return
        here = view.start_char(phrase.start)
        before = [m for m in self.mentions if m.end_char <= here and here - m.end_char <= REFERENCE_REACH]
        if not before:
            return
        person = self.owner[id(before[-1])]
        if self.held_by_another(person, role):
            return              # "— рассказал губернатор Дона" after another's quote: the governor named before
        names_body = role.organization is not None and not generic_region(role.organization)   # not "главы региона"
        if not person.roles or names_body and not any(fold(r.position) == fold(role.position) for r in person.roles):
            person.add_role(role)   # a second role only with its organization: "Председатель Комитета по иностранным делам"


    def held_by_another(self, person: Person, role: FoundRole) -> bool:
        """Another person of the text holds the post, and the role adds no organization of its own
        beyond a place's name: it means them, not the person named last."""
        if role.organization is not None and len(role.organization.split()) > 1:
            return False
        return any(fold(r.position) == fold(role.position) for p in self.people if p is not person for r in p.roles)


# ---------------------------------------------------------------- records


def _span(text: str, span: tuple[int, int] | None) -> Span | None:
    return Span.of(text, *span) if span else None


def to_official(text: str, person: Person, region: Region | None = None, district: Region | None = None) -> Official:
    """The one place where a person found in the text becomes an output record; ``region``, the
    region the text is about, for the organizations its roles leave implied (``implied``)."""
    mentions = sorted(person.mentions, key=lambda m: m.start_char)
    size = max(_parts(m) for m in mentions)
    full = next(m for m in mentions if _parts(m) == size)
    form = full.form
    roles, implied = [], []
    for r in sorted(person.roles, key=lambda r: r.position_span[0]):   # in order of first mention
        placed = place(r.position, r.organization, region, district)
        where = (placed.source.start, placed.source.end) if placed.source else r.organization_span
        roles.append(Role(
            position=r.position,
            position_span=_span(text, r.position_span),
            organization=placed.organization,
            organization_span=_span(text, where) if placed.organization else None,
        ))
        implied.append(placed.implied or r.implied)
    house = {"organization": person.house[0], "organization_span": _span(text, person.house[1])} if person.house and not roles else {}
    return Official(
        **house,
        name=PersonName(full=form.full, last=form.last, first=form.first, middle=form.middle),
        name_span=Span.of(text, full.start_char, full.end_char),
        mentions=[Span.of(text, m.start_char, m.end_char) for m in mentions],
        roles=roles,
        organization_implied=bool(implied and implied[0]),
    )


def _parts(mention: Mention) -> int:
    form = mention.form
    return sum(x is not None for x in (form.last, form.first, form.middle))


def find_officials(doc: Doc) -> list[Official]:
    """Every named person of the Doc, with their roles, in order of first mention."""
    words = DocWords.of(doc)
    tree = Tree.of(doc)
    mentions = widen_mentions(words, tree, find_mentions(words))
    people = group_mentions(mentions)
    known = {p.key for p in people if p.key}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra = find_surname_mentions(words, known, taken)
    if extra:
        people = group_mentions(sorted(mentions + extra, key=lambda m: m.start))
    RoleFinder(people, words, tree).attach()
    roles = any(p.roles for p in people)
    region, district = (text_region(doc), text_district(doc)) if roles else (None, None)
    return [to_official(words.text, p, region, district) for p in people]


@Language.component("pressfacts_officials", assigns=["doc._.officials"], requires=["doc.ents"])
def extract_officials(doc: Doc) -> Doc:
    """Officials on ``doc._.officials``: one record per named person, with every role the text gives."""
    doc._.officials = find_officials(doc)
    return doc
