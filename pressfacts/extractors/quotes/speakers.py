"""Who said it: the attribution of a statement, read from a stretch of the text.

"— подчеркнул Андрей Бочаров", "— рассказал заместитель губернатора", "по словам министра",
"Он отметил, что": a verb of speech (``data/quotes_verbs.txt``), and a speaker next to it: a
person the NER found (linked to the document's official by the mention it shares), else a role
("заместитель губернатора", given in the nominative and resolved to the one official who holds
it), else a personal pronoun, which the extractor resolves to the speaker before.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from pressfacts.data import read_entries
from pressfacts.pipeline.morphology import fold
from pressfacts.pipeline.titles import full_title
from pressfacts.pipeline.wordforms import (
    best_lemma, has_name_reading, has_reading, is_adjective, is_known, is_noun, is_preposition, is_role_noun, nominative_head,
    parses_as,
)
from pressfacts.schemas import Official

# folded lemma -> (lemma as written, the noun it needs or None)
VERBS: dict[str, tuple[str, str | None]] = {
    fold(e.fields[0]): (e.fields[0], e.fields[1] if len(e.fields) > 1 else None) for e in read_entries("quotes_verbs.txt")
}
PRONOUNS = frozenset({"он", "она", "его", "её", "ее"})   # "заявил он", "по её словам"
GENERIC_PLACES = frozenset(fold(e.fields[0]) for e in read_entries("quotes_generic_places.txt"))
ROLE_WORDS = 6   # a role longer than this is a clause: "заместитель министра цифрового развития и связи"


class Attribution(NamedTuple):
    verb: str | None                  # lemma: "подчеркнуть", "обратить внимание"
    verb_span: tuple[int, int] | None
    speaker: str | None               # the official's name in the nominative
    speaker_span: tuple[int, int] | None
    role: str | None                  # "заместитель губернатора", when no name is given
    official: int | None              # index into the document's officials
    pronoun: bool                     # "он", "она": the speaker is the one before

    @property
    def has_speaker(self) -> bool:
        return self.speaker is not None or self.role is not None or self.pronoun


NOBODY = Attribution(None, None, None, None, None, None, False)


def speech_verb(doc: Doc, i: int) -> tuple[str, int] | None:
    """(lemma, end token) of a verb of speech at token ``i`` ("обратил внимание" takes two), or None."""
    token = doc[i]
    if not token.is_alpha:
        return None
    entry = VERBS.get(fold(best_lemma(token.text.lower())))
    if entry is None:
        return None
    lemma, needed = entry
    if needed is None:
        return lemma, i + 1
    if i + 1 < len(doc) and best_lemma(doc[i + 1].text.lower()) == needed:
        return f"{lemma} {needed}", i + 2
    return None


def read_attribution(doc: Doc, start: int, end: int, officials: list[Official], case: str = "nomn") -> Attribution:
    """The attribution written in characters [start, end) of the Doc's text. A role is the subject
    (``case`` nominative), or the genitive of "по словам заместителя губернатора"."""
    window = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    tokens = [t for t in window or () if start <= t.idx < end and not t.is_space]
    verb, verb_span, verb_at = None, None, None
    for t in tokens:
        found = speech_verb(doc, t.i)
        if found is not None:
            verb, last = found
            verb_span, verb_at = (t.idx, doc[last - 1].idx + len(doc[last - 1])), t.i
            break
    people = [e for e in (window.ents if window is not None else ()) if e.label_ == "PER" and start <= e.start_char and e.end_char <= end]
    if people:
        person = min(people, key=lambda e: abs(e.start - verb_at) if verb_at is not None else e.start)
        official = official_of(officials, person.start_char, person.end_char)
        name = officials[official].name.full if official is not None else person.text
        return Attribution(verb, verb_span, name, (person.start_char, person.end_char), None, official, False)
    named = next(((k, m) for k, o in enumerate(officials) for m in o.mentions if start <= m.start and m.end <= end), None)
    if named is not None:                                     # a name the officials read and the NER missed
        k, mention = named
        return Attribution(verb, verb_span, officials[k].name.full, (mention.start, mention.end), None, k, False)
    # after the verb first ("— рассказал заместитель губернатора"), then before it, nearest first
    order = tokens if verb_at is None else [t for t in tokens if t.i > verb_at] + [t for t in reversed(tokens) if t.i < verb_at]
    for t in order:
        if t.lower_ in PRONOUNS:
            return Attribution(verb, verb_span, None, None, None, None, True)
        if is_role(t, t.i == tokens[0].i, case):
            first = t.i if verb_at is None or t.i > verb_at else phrase_start(doc, t.i, start)
            role = role_phrase(doc, first, verb_span[0] if verb_at is not None and t.i < verb_at else end)
            official = official_holding(officials, role, (start, end))
            if official is None and is_generic(role):
                official = named_last(officials, start)
            name = officials[official].name.full if official is not None else None
            return Attribution(verb, verb_span, name, None, role, official, False)
    return Attribution(verb, verb_span, None, None, None, None, False)


def is_role(token, first: bool, case: str) -> bool:
    """A noun that can name the speaker's post, in the case the attribution gives it ("и", a
    letter, has a noun reading too)."""
    word = token.text
    if word[:1].isupper() and (not first or has_name_reading(word) or not is_known(word.lower())):
        return False                                          # "Уильямс добавил": a name the NER missed
    if not (token.is_alpha and len(word) > 2 and is_noun(word) and is_known(word.lower())):
        return False                                          # a guessed word ("информполитики") names no post
    nouns = parses_as(word, "NOUN")
    return "anim" in nouns[0].tag and is_role_noun(word) and has_reading(word, "NOUN", case)   # "облдумы": no one


def phrase_start(doc: Doc, i: int, start: int) -> int:
    """The first role noun of the words that run up to token ``i`` ("заместитель губернатора"
    when read back from "губернатора")."""
    first, k = i, i - 1
    while k >= 0 and doc[k].idx >= start and doc[k].is_alpha and i - k < ROLE_WORDS and (is_noun(doc[k].text) or is_adjective(doc[k].text)):
        if is_role_noun(doc[k].text):
            first = k
        k -= 1
    while first > 0 and doc[first - 1].idx >= start and is_adjective(doc[first - 1].text) and not is_noun(doc[first - 1].text):
        first -= 1                                            # первый заместитель
    return first


def role_phrase(doc: Doc, i: int, end: int) -> str:
    """The role that opens at token ``i``, in the nominative: "заместителя губернатора" →
    "заместитель губернатора" (nouns and adjectives up to a mark, at most ROLE_WORDS words)."""
    words = []
    for t in doc[i:]:
        if t.idx >= end or not t.is_alpha or len(words) == ROLE_WORDS or (words and (
                t.text[:1].isupper() or is_preposition(t.text) or not (is_noun(t.text) or is_adjective(t.text)))):
            break                                             # a name, an initial, "в …", a verb end the role
        words.append(t.text)
    phrase = nominative_head(words, 0)
    return " ".join([phrase[0].lower(), *phrase[1:]])


def official_of(officials: list[Official], start: int, end: int) -> int | None:
    """The index of the official one of whose mentions the characters [start, end) overlap."""
    return next((k for k, o in enumerate(officials) if any(m.start < end and start < m.end for m in o.mentions)), None)


def official_holding(officials: list[Official], role: str, attribution: tuple[int, int] = (0, 0)) -> int | None:
    """The one official whose position is the role ("губернатор": the governor of the text), or
    None when none or several are. Of several, one given the role by this very attribution is not
    the one it means."""
    wanted = fold(full_title(role))

    def holders(same, outside: bool) -> list[int]:
        return [k for k, o in enumerate(officials)
                if any(r.position and same(fold(full_title(r.position.lower())))
                       and not (outside and r.position_span and attribution[0] <= r.position_span.start < attribution[1])
                       for r in o.roles)]

    head = wanted.split()[0]
    for same in (lambda p: p == wanted, lambda p: p.startswith(wanted + " ") or p.endswith(" " + wanted),
                 lambda p: p.split()[0] == head):             # "губернатор области": the governor
        for outside in (False, True):
            found = holders(same, outside)
            if len(found) == 1:
                return found[0]
            if not found:
                break
    return None


def is_generic(role: str) -> bool:
    """"глава региона", "замглавы ведомства": a role that points to the official the text is about."""
    return any(fold(best_lemma(word)) in GENERIC_PLACES for word in role.split()[1:])


def named_last(officials: list[Official], pos: int, with_post: bool = True) -> int | None:
    """The official (with a post, by default) whose mention comes last before ``pos``."""
    best = max(((m.end, k) for k, o in enumerate(officials) if o.roles or not with_post for m in o.mentions if m.end <= pos),
               default=None)
    return best[1] if best else None
