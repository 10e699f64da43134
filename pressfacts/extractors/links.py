"""What one record type tells another, after both are read: a contest's results name where each
laureate comes from, and the leader a collective is given with ("ансамбль «Радуга», руководитель
Нина Белова"); the officials record of that person gets the organization.

    2 место – Ольга Рябова – МБОУ «СШ № 1»            -> Ольга Рябова @ МБОУ «СШ № 1»
    ансамбль «Родник», руководитель Нина Белова        -> Нина Белова: руководитель @ ансамбль «Родник»

Only an official with no organization of their own is given one; one the officials found no post
for is given the post the results read, where it is written beside the name:

    Иван Орлов – водитель скорой помощи                -> Иван Орлов: водитель @ скорая помощь
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.pipeline.extensions import text_of
from pressfacts.schemas import Award, Official, Role, Span

POSITION_REACH = 80   # characters between a recipient and the words of their post
LEADER_REACH = 80   # characters between a collective and its leader's title: ", " or its house and ", "
HOUSE_BREAK = re.compile(r"[,;:!?()\n]")   # a house is one phrase: no clause mark inside ("п." is fine)


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def recipient_organization(official: Official, awards: list[Award]) -> str | None:
    """The organization the results give for the person: "Ольга Рябова – МБОУ «СШ № 1»"."""
    return next(
        (a.recipient_organization for a in awards
         if a.recipient_kind == "person" and a.recipient_organization
         and any(overlaps(m, a.recipient_span) for m in official.mentions)),
        None,
    )


def led_collective(official: Official, awards: list[Award], text: str) -> tuple[str, Span] | None:
    """The collective an official's first role leads, written just before it: "ансамбль
    «Радуга», руководитель Нина Белова"."""
    if official.position_span is None:
        return None
    start = official.position_span.start
    for award in awards:
        end = award.recipient_span.end
        if award.recipient_kind != "organization" or not 0 < start - end <= LEADER_REACH:
            continue
        gap = text[end:start]
        # ", " only, or the collective's house first: "ансамбль «Истоки» Дома культуры п. Лесной, руководитель …"
        if not gap.strip(" ,") or (gap.rstrip().endswith(",") and award.recipient_organization and not HOUSE_BREAK.search(gap.rstrip()[:-1])):
            return award.recipient, award.recipient_span
    return None


def led_house(official: Official, awards: list[Award], text: str) -> tuple[str, Span] | None:
    """The house of a laureate written just before an official's first role, which the leader
    shares: "1 место – Анна Зуева, МБОУ «СОШ № 5», руководитель Ольга Ким"."""
    if official.position_span is None:
        return None
    start = official.position_span.start
    for award in awards:
        house = award.recipient_organization
        if award.recipient_kind != "person" or not house or not 0 < start - award.recipient_span.end <= LEADER_REACH:
            continue
        at = text.rfind(house, award.recipient_span.end, start)
        if at >= 0 and not text[at + len(house) : start].strip(" ,"):
            return house, Span.of(text, at, at + len(house))
    return None


def with_organization(official: Official, awards: list[Award], text: str) -> Official:
    if official.organization is not None:
        return official
    if (led := led_collective(official, awards, text) or led_house(official, awards, text)) is not None:
        name, span = led
        role = official.roles[0].model_copy(update={"organization": name, "organization_span": span})
        return official.model_copy(update={
            "roles": [role, *official.roles[1:]], "organization": role.organization, "organization_span": role.organization_span,
        })
    if not official.roles and (role := recipient_role(official, awards, text)) is not None:
        return official.model_copy(update={
            "roles": [role], "position": role.position, "position_span": role.position_span, "organization": role.organization,
        })
    if not official.roles and (organization := recipient_organization(official, awards)):
        return official.model_copy(update={"organization": organization})
    return official


def recipient_role(official: Official, awards: list[Award], text: str) -> Role | None:
    """The post the results give for a person the officials found none for ("Иван Орлов – водитель
    скорой помощи", an occupation with no body), where its words are written beside the name."""
    for award in awards:
        if award.recipient_kind != "person" or not award.recipient_position or not any(
            overlaps(m, award.recipient_span) for m in official.mentions
        ):
            continue
        span = written_near(text, award.recipient_position, award.recipient_span)
        if span is not None and beside(text, span, award.recipient_span, award.recipient_organization):
            return Role(position=award.recipient_position, position_span=span, organization=award.recipient_organization)
    return None


def beside(text: str, post: Span, name: Span, organization: str | None) -> bool:
    """Only a space, a comma, a dash or the person's organization between a post and a name
    ("Ивану Орлову, водителю", "водителю скорой помощи Ивану Орлову"; not "шахматистка из Лесного
    Анна Ким", where the post may be a trade as much as a post)."""
    between = text[post.end : name.start] if post.end <= name.start else text[name.end : post.start]
    words = re.findall(r"\w+", between)
    house = {w[:4].lower() for w in re.findall(r"\w+", organization or "")}
    return all(w[:4].lower() in house for w in words)


def written_near(text: str, words: str, near: Span) -> Span | None:
    """Where words given in the nominative are written, in any case, closest to ``near``:
    "водитель" in "Ивану Орлову, водителю"."""
    stems = [w[: max(3, len(w) - 2)] for w in words.split()]
    pattern = re.compile(r"(?<!\w)" + r"\w*[\s-]+".join(map(re.escape, stems)) + r"\w*", re.IGNORECASE)
    start, end = max(0, near.start - POSITION_REACH), min(len(text), near.end + POSITION_REACH)
    found = [m for m in pattern.finditer(text, start, end) if not (near.start <= m.start() < near.end)]
    if not found:
        return None
    best = min(found, key=lambda m: min(abs(m.start() - near.end), abs(near.start - m.end())))
    return Span.of(text, best.start(), best.end())


@Language.component("pressfacts_links", assigns=["doc._.officials"], requires=["doc._.officials", "doc._.awards"])
def link_records(doc: Doc) -> Doc:
    """Officials given the organizations the awards read for them."""
    if doc._.awards and doc._.officials:
        text = text_of(doc)
        doc._.officials = [with_organization(o, doc._.awards, text) for o in doc._.officials]
    return doc
