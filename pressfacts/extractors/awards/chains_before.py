"""Recipients told before their rank phrase or verb: "Анна Ким и Пётр Лаптев заняли второе и третье
места", "Иван Орлов, спасший двоих детей, за мужество награждён …" (the longest chain that ends right
before it, past a clause that says who, what for and by what act)."""

from __future__ import annotations

from pressfacts.pipeline.wordforms import is_verb

from .chains import ACTS, bracketed_descriptor, chain_stop, read_chain
from .recipients import parenthesized_organization
from .view import CONJUNCTIONS, DASHES, LEAD_WORDS, Recipient, SentenceView


def is_breaker(view: SentenceView, k: int) -> bool:
    """A word no recipient chain reaches back across: a verb, a colon, "а", a blocked word."""
    token = view.words[k]
    return k in view.blocked or (is_verb(token.text) and k not in view.named) or token.text in (":", ";", "(", ")") or token.lower_ == "а"


def starts_line(view: SentenceView, k: int) -> bool:
    """Is there a line break between the word before ``k`` and it?"""
    before, token = view.words[k - 1], view.words[k]
    return "\n" in view.sent.doc.text[before.idx + len(before.text) : token.idx]


def before_participle_clause(view: SentenceView, end: int, floor: int) -> int:
    """Where the words before ``end`` stop being a participle or relative clause between commas:
    "Иван Орлов, спасший (который спас) двоих детей, награждён …" → after "Орлов" (the clause says
    who, it is no recipient)."""
    words = view.words
    comma = next((j for j in range(end - 1, floor - 1, -1) if words[j].text == ","), None)
    if comma is None or comma + 1 >= end:
        return end
    first = words[comma + 1]
    named = any(j in view.names for j in range(comma + 1, end))      # "учащийся школы № 13 Иван Орлов": a post
    if "Part" in first.morph.get("VerbForm") and first.text.islower() and not is_verb(first.text) and not named:
        return comma
    if first.lower_.startswith("котор"):
        return comma                                    # "Иван Орлов, который спас двоих детей, награждён …"
    return end


MOTIVE_BREAKS = frozenset({":", ";", "(", ")", "-", "–", "—"})


def before_adverbs(view: SentenceView, end: int, floor: int) -> int:
    """Where the words before ``end`` stop being adverbs and a count of years: "МФЦ города второй
    год подряд признан лучшим", "Анна Ким вновь стала победителем" → after the recipient."""
    words = view.words
    j = end
    while j - 1 > floor and j - 1 not in view.named and (
        words[j - 1].pos_ == "ADV" or words[j - 1].lemma_ in ("год", "раз") or (words[j - 1].pos_ == "ADJ" and words[j - 1].lower_[:3] in ORDINAL_STARTS)
    ):
        j -= 1
    return j if j < end and words[j - 1].text != "," else end


ORDINAL_STARTS = frozenset({"пер", "вто", "тре", "чет", "пят", "шес", "сед", "вос", "дев", "дес"})   # второй год подряд


def before_motive(view: SentenceView, end: int, floor: int) -> int:
    """Where the words before ``end`` stop being what the honour is for or by what act, between
    the recipient and its verb: "Иван Орлов за многолетний добросовестный труд награждён …",
    "Анна Ким указом губернатора удостоена …" → after the name. Nothing of it is a name or a verb."""
    words = view.words
    end = before_adverbs(view, end, floor)
    for j in range(end - 1, floor - 1, -1):
        token = words[j]
        if j in view.names or is_verb(token.text) or token.text in MOTIVE_BREAKS:
            return end
        opens = token.lower_ == "за" or (token.lemma_ in ACTS and "Ins" in token.morph.get("Case"))
        if opens and (j == floor or words[j - 1].text != ","):
            return j                                    # (at the clause's start too: "За службу поощрены …")
    return end


def read_chain_before(view: SentenceView, end: int, floor: int, case: str | None) -> list[Recipient]:
    """The recipients that end right before ``end`` (a rank phrase or a verb): the longest
    chain after ``floor`` and after the last verb, colon or blocked word."""
    words = view.words
    verb = words[end] if end < len(words) and words[end].pos_ == "VERB" else None
    while end > floor and (
        words[end - 1].text in DASHES | {","} or (is_verb(words[end - 1].text) and end - 1 not in view.named)
        or words[end - 1].lower_ in LEAD_WORDS
    ):
        end -= 1
    end = before_participle_clause(view, end, floor)
    end = before_motive(view, end, floor)
    start, k = floor, floor
    while k < end:
        if words[k].text == "(" and (inside := parenthesized_organization(view, k, end)):
            k = inside[1]                               # "Анна Ким (школа № 1) – 1 место": the name's own
            continue
        if (close := bracketed_descriptor(view, k, end)) is not None:
            k = close                                   # "Анна Ким (7а) – 1 место"
            continue
        if is_breaker(view, k):
            start = k + 1
        elif k > floor and starts_line(view, k):
            start = k                                   # a list's line is its own: "… преподаватель Ольга Рябова⏎Анна Ким – диплом"
        k += 1
    while start < end and (words[start].lower_ in CONJUNCTIONS or words[start].text == ","):
        start += 1                                      # "(2 место) и Пётр Лаптев (3 место)": not a title "и"
    for k in range(start, end):
        found = read_chain(view, k, end, case, lead=False, after_verb=False)
        if found and chain_stop(view, found, end) >= end:
            if verb is not None and "Sing" in verb.morph.get("Number") and not any(
                words[j].lower_ in CONJUNCTIONS for j in range(found[0].stop, found[-1].first)
            ):
                return found[-1:]                       # "I место – команда А, команда Б заняла II место": one subject
            return found
    return []
