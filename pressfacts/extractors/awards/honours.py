"""Honours: an honour phrase ("почётной грамотой губернатора"), a word that gives it
("награждены", "вручил", "вручение", "получили") and the recipients that word governs.

The giving words and the case of their recipients are data (``awards_verbs.txt``): "наградил"
takes its recipient in the accusative ("наградил … Ивана Петрова"), "вручил", "присвоено",
"объявлена" in the dative, "награждены" and "получили" in the nominative. The awarder of an
active verb stands before it in the nominative and so is never read as a recipient.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from spacy.tokens import Token

from pressfacts.pipeline.wordforms import has_common_reading, is_verb

from .chains import read_chain, skip_lead
from .chains_before import read_chain_before
from .honour_phrases import HonourPhrase, giving_word, honour_phrases, names_giver, read_honour
from .morph import can_be, nominative_phrase
from .pronouns import anaphor_at, pronoun_at
from .view import LEAD_WORDS, NAME_POS, TRUE_DASHES, Recipient, SentenceView, adjectives_end, can_be_genitive, is_finite, is_plural_noun, is_word
from .words import GIVERS, HONOURS_WITH_GIVER, HonourVerb


class Honour(NamedTuple):
    trigger: int                # view position of the giving word
    phrase: HonourPhrase
    recipients: list[Recipient]
    titles: list[str] | None = None   # one award each, in order: "звания заслуженного работника А, Б и В"
    own: list[HonourPhrase] | None = None   # one honour phrase each, in order: "орденом – А; медалью – Б"


WINNING = frozenset({"завоевать", "выиграть", "собрать", "взять"})   # verbs of medals won, where a count makes them a tally


def counted_honour(view: SentenceView, phrase: HonourPhrase) -> bool:
    """Is the honour counted ("157 медалей", "более трёх тысяч наград", "12 золотых медалей")?"""
    before = view.words[max(phrase.start - 3, 0) : phrase.start]
    return any(t.pos_ == "NUM" or t.like_num for t in before) and all(t.text != "№" for t in before)


def nearest(phrases: list[HonourPhrase], starts: list[int], k: int) -> HonourPhrase:
    """The honour phrase nearest the giving word at ``k`` (the first of two as near). The phrases are
    in order and none contains another: the nearest is one of those around ``k``, not every one
    compared (quadratic in a long sentence of honours)."""
    around = bisect.bisect_right(starts, k)
    return min(phrases[max(around - 2, 0) : around + 2], key=lambda p: min(abs(p.start - k), abs(p.end - 1 - k)))


def find_honours(view: SentenceView, floor: int = 0) -> list[Honour]:
    """Every honour of a sentence with its recipients (positions in ``view.blocked`` excluded)."""
    words = view.words
    phrases = outermost(honour_phrases(view))
    triggers = [(k, verb) for k, t in enumerate(words) if k not in view.blocked and (verb := giving_word(t))]
    if not phrases and triggers:
        return bare_honours(view, triggers)
    if not phrases or not triggers:
        return []
    found = []
    starts = [p.start for p in phrases]
    for n, (k, verb) in enumerate(triggers):
        limit = triggers[n + 1][0] if n + 1 < len(triggers) else len(words)
        lower = triggers[n - 1][0] + 1 if n else floor
        if found and found[-1].recipients:
            lower = max(lower, max(r.stop for r in found[-1].recipients))   # "отмечены А, Б получили …": Б's, not А's
        phrase = nearest(phrases, starts, k)
        phrase = read_honour(view, phrase.head, verb.honour_case) or phrase
        phrase = with_coordinated(view, phrase, phrases, verb.honour_case)
        if words[k].lemma_ in WINNING and counted_honour(view, phrase):
            continue                                    # "завоевали более трёх тысяч медалей": a tally, no honour given
        if verb.form == "active" and (giver := giver_of(view, k, phrase)):
            phrase = phrase._replace(text=f"{phrase.text} {giver}")
        recipients = between(view, phrase, k, verb) or recipients_after(view, k, limit, phrase, verb)
        if n + 1 < len(triggers) and triggers[n + 1][1].case == "nomn" and triggers[n + 1][1].form in ("copula", "passive"):
            # "награды получили 15 человек: семеро получили знаки, …": the next verb's subject, not a list's item
            recipients = [r for r in recipients if r.stop != limit]
        recipients = before_own_honour(view, phrases, recipients)
        if not recipients:
            recipients = honour_dash_recipients(view, phrases, k, limit, verb)
        elif verb.form != "active":   # "награждён А, знаком «…» – Б": an honour of its own for those after
            recipients += honour_dash_recipients(view, phrases, recipients[-1].stop - 1, limit, verb)
        elif (listed := honour_dash_recipients(view, phrases, recipients[-1].stop - 1, limit, verb)):
            # "вручил спасателям награды: орден Мужества – А, медаль – Б": the people the group was
            for group in (r for r in recipients if is_bare_group(r)):
                view.blocked.update(range(group.first, group.stop))   # its words are no one's now
            recipients = [r for r in recipients if not is_bare_group(r)] + listed
        if not recipients and verb.form in ("passive", "copula"):
            end = phrase.start if phrase.end == k else k
            opens = end
            while opens > 0 and words[opens - 1].lower_ in LEAD_WORDS:
                opens -= 1
            if not (end == phrase.start and opens > 0 and words[opens - 1].text == ","):
                # not across a clause: "приняли участие 120 школьников, дипломы получили 15 из них",
                # "…, также высокую награду получила …"
                recipients = read_chain_before(view, end, lower, verb.case)
        if not recipients and impersonal(view, k, verb):
            before = read_chain_before(view, min(k, phrase.start), lower, verb.case)
            if before and (before[0].first == lower or view.words[before[0].first - 1].lower_ == "а" or (
                adverbial(view, lower, before[0].first) and can_be([view.words[before[0].first]], verb.case)
                and view.words[before[0].first - 1].pos_ != "ADP"   # "В МЧС вручили медали": where, not whom
                and not (before[0].kind == "organization" and view.words[before[0].first - 1].pos_ == "NOUN")
                #   "за смелость ученика школы № 5 наградили": a house after a noun is the noun's
            )):
                recipients = before     # the recipient opens the sentence or its clause: "Ивана Орлова наградили …",
                #                         "…, а семью Орловых наградили медалью …"

        recipients = [r for r in recipients if not (phrase.start <= view.position[r.start] < phrase.end)]
        if not recipients and (pronoun := pronoun_at(view, k, verb.case) or anaphor_at(view, k, verb.case)):
            recipients = [pronoun]                              # "Ему вручили орден", "Школьника наградили …": resolved by the extractor
        if recipients:
            titles = distributed_titles(view, phrase, k, len(recipients))
            own = None if titles else own_honours(view, phrases, phrase, k, recipients, verb)
            found.append(Honour(k, phrase, recipients, titles, own))
            if verb.form != "active":   # ", а начальник управления Иван Орлов — медалью «За отличие»"
                found += recipient_dash_honours(view, phrases, recipients[-1].stop, limit, k, verb)
    return found


def adverbial(view: SentenceView, start: int, end: int) -> bool:
    """Do the words ``[start, end)`` only say when or where ("В мае", "Накануне праздника", "В
    торжественной обстановке"): a preposition or an adverb first, no verb, name or comma?"""
    words = view.words
    return start < end and words[start].pos_ in ("ADP", "ADV") and not any(
        words[j].pos_ in ("VERB", "AUX", "PROPN") or words[j].text in (",", ":", "—", "–") or j in view.names for j in range(start, end)
    )


def recipient_dash_honours(
    view: SentenceView, phrases: list[HonourPhrase], after: int, limit: int, trigger: int, verb: HonourVerb,
) -> list[Honour]:
    """The ellipsis of a second clause that names the recipient first and its honour after a dash:
    "Медалью «А» награждён Иван Орлов, а начальник управления Пётр Лаптев — медалью «Б»"."""
    found = []
    for phrase in sorted((p for p in phrases if after < p.start < limit), key=lambda p: p.start):
        dash = phrase.start - 1
        if view.words[dash].text not in TRUE_DASHES and (contrasted := contrasted_recipient(view, phrase, after, verb)):
            found.append(Honour(trigger, read_honour(view, phrase.head, verb.honour_case) or phrase, contrasted))
            after = phrase.end                          # "…, а Пётр Лаптев почётной грамотой": no dash
            continue
        if view.words[dash].text not in TRUE_DASHES:
            after = max(after, phrase.end)              # "награждены медалями …, семь человек — …": past the first honour
            continue
        chain = read_chain_before(view, dash, after, verb.case)
        if chain and chain_ends(view, chain, dash):
            found.append(Honour(trigger, read_honour(view, phrase.head, verb.honour_case) or phrase, chain))
        after = phrase.end
    return found


def contrasted_recipient(view: SentenceView, phrase: HonourPhrase, after: int, verb: HonourVerb) -> list[Recipient]:
    """The same ellipsis with "а" and no dash, the honour in the verb's case: "Анна Ким награждена
    медалью «А», а Пётр Лаптев почётной грамотой МВД"."""
    if verb.honour_case == "accs" or read_honour(view, phrase.head, verb.honour_case) is None:
        return []                                       # (an accusative honour after a name is no ellipsis: "…, а Б письмо губернатора")
    chain = read_chain_before(view, phrase.start, after, verb.case)
    if not chain or chain[-1].stop != phrase.start or chain[0].first < 2:
        return []
    return chain if view.words[chain[0].first - 1].lower_ == "а" and view.words[chain[0].first - 2].text == "," else []


def before_own_honour(view: SentenceView, phrases: list[HonourPhrase], chain: list[Recipient]) -> list[Recipient]:
    """The recipients before the first one that a dash gives its own honour: "награждены медалями
    40 сотрудников, семь человек — благодарностью думы" (the seven are the next clause's)."""
    starts = {p.start for p in phrases}
    for n, recipient in enumerate(chain[1:], 1):
        stop = recipient.stop
        if stop + 1 < len(view.words) and view.words[stop].text in TRUE_DASHES and stop + 1 in starts:
            return chain[:n]
    return chain


def chain_ends(view: SentenceView, chain: list[Recipient], dash: int) -> bool:
    """Does a chain read before a dash reach it?"""
    return chain[-1].stop >= dash


BARE_GIVERS = frozenset({"наградить", "отметить", "поощрить"})   # honour enough without naming the honour
HONOUR_PRONOUNS = frozenset({"их", "его", "её", "ее"})             # the honours of the sentence before: "Их получили …"


def bare_honours(view: SentenceView, triggers: list[tuple[int, HonourVerb]]) -> list[Honour]:
    """A passive that honours without naming the honour: "Также отмечены лучшие специалисты МФЦ",
    "Награждены Анна Ким и Пётр Лаптев" (the recipients after it; award None)."""
    found = []
    for k, verb in triggers:
        taken = (verb.form == "copula" or verb.lemma == "удостоить") and k > 0 and view.words[k - 1].lower_ in HONOUR_PRONOUNS
        #   "Их получили А и Б", "Его удостоена Анна Ким" (the title the sentence before named)
        if not taken and (verb.form != "passive" or verb.lemma not in BARE_GIVERS):
            continue
        recipients = read_chain(view, skip_lead(view, k + 1, len(view.words)), len(view.words), verb.case)
        if not (recipients and recipients[0].first <= k + 2) and not taken:
            recipients = bare_subjects(view, k)         # "Анна Ким и Пётр Лаптев награждены за смелость"
        if recipients and (recipients[0].first <= k + 2 or recipients[-1].stop <= k):
            # "" for the honours a pronoun stands for: the extractor gives them the award told before
            found.append(Honour(k, HonourPhrase(k, k + 1, k, "" if taken else None), recipients))
    return found


def bare_subjects(view: SentenceView, k: int) -> list[Recipient]:
    """The subject that opens a sentence or its clause right before a passive that names no
    honour: "Анна Ким, Пётр Лаптев и Нина Белова награждены за волю к победе"."""
    chain = read_chain_before(view, k, 0, "nomn")
    if not chain or any(view.words[j].lemma_ != "быть" for j in range(chain[-1].stop, k)):
        return []                                       # ("Анна Ким будет награждена …": the auxiliary only between)
    opens = chain[0].first
    if opens > 0 and view.words[opens - 1].text not in (",", ";", ":") and view.words[opens - 1].lower_ not in ("а", "и"):
        return []
    return chain


def is_bare_group(recipient: Recipient) -> bool:
    """A group named by a plain people noun, which a list after it names one by one ("спасателям")."""
    return recipient.kind == "person" and recipient.text[:1].islower() and " " not in recipient.text.strip()


def nominative(token: Token) -> bool:
    """Can the word be in the nominative (a common noun as a common noun: "Медиков" opening a
    sentence is "медиков", no surname)?"""
    return has_common_reading(token.text.lower(), "NOUN", "nomn") if token.pos_ == "NOUN" else can_be([token], "nomn")


def impersonal(view: SentenceView, k: int, verb: HonourVerb) -> bool:
    """An active verb in the plural with no one named as its doer, its recipient before it in
    the dative or the accusative ("Ивана Орлова наградили медалью", "Анне Ким вручили письмо")."""
    token = view.words[k]
    return verb.form == "active" and verb.case != "nomn" and "Plur" in token.morph.get("Number") and not any(
        c.dep_ == "nsubj" and ("Anim" in c.morph.get("Animacy") or c.lemma_ in GIVERS) and nominative(c) for c in token.children
    )   # (an inanimate subject the parse gives is the object: "Ансамбль «Калинка» удостоили диплома";
    #    and one in no nominative: "Медиков Анну Ким и Нину Белову поощрят знаком …")


def honour_dash_recipients(view: SentenceView, phrases: list[HonourPhrase], k: int, limit: int, verb: HonourVerb) -> list[Recipient]:
    """The recipients of honours listed after the giving word, each after a dash: "вручил награды:
    почётную грамоту – Анне Ким, благодарственное письмо – Петру Лаптеву"."""
    later = sorted((p for p in phrases if k < p.start < limit), key=lambda p: p.start)
    found = []
    for n, phrase in enumerate(later):
        if phrase.end + 1 < limit and view.words[phrase.end].text in TRUE_DASHES:
            stop = later[n + 1].start if n + 1 < len(later) else limit
            found += read_chain(view, phrase.end + 1, stop, verb.case, lead=False)
    return found


def own_honours(
    view: SentenceView, phrases: list[HonourPhrase], phrase: HonourPhrase, verb: int, recipients: list[Recipient], giving: HonourVerb,
) -> list[HonourPhrase] | None:
    """One honour each when the lines after the giving word name their own: "награждены: орденом
    Почёта – А; медалью «За труд» – Б" (each recipient the honour nearest before it)."""
    later = [p for p in phrases if p.start > verb and p.head != phrase.head]
    if not later:
        return None
    own = []
    for recipient in recipients:
        before = [p for p in [phrase, *later] if p.end <= recipient.first]
        nearest = max(before, key=lambda p: p.end) if before else phrase
        own.append(read_honour(view, nearest.head, giving.honour_case) or nearest)
    return own


def with_coordinated(view: SentenceView, phrase: HonourPhrase, phrases: list[HonourPhrase], case: str | None) -> HonourPhrase:
    """Two honours joined by "и" are given together: "государственные награды России и награды
    области получили …" (one award, both names)."""
    for other in phrases:
        first, second = (other, phrase) if other.end < phrase.start else (phrase, other)
        if first.end + 1 == second.start and view.words[first.end].lower_ == "и" and other != phrase:
            first = read_honour(view, first.head, case) or first
            second = read_honour(view, second.head, case) or second
            return HonourPhrase(first.start, second.end, phrase.head, f"{first.text} и {second.text}")
    return phrase


def distributed_titles(view: SentenceView, phrase: HonourPhrase, verb: int, count: int) -> list[str] | None:
    """One title for each recipient, in order, when a plural honour lists its fields: "Звания
    заслуженного работника здравоохранения, сельского хозяйства и культуры получили А, Б и В"
    → "звание заслуженного работника здравоохранения", "… сельского хозяйства", "… культуры"."""
    words = view.words
    head = words[phrase.head]
    if count < 2 or not is_plural_noun(head.text) or phrase.end >= verb or words[phrase.end].text != ",":
        return None
    first = phrase.end - 1                                 # the first field: the noun that ends the phrase,
    while first - 1 > phrase.head and words[first - 1].pos_ == "ADJ":
        first -= 1                                          # with its adjectives
    fields, k = [(first, phrase.end)], phrase.end
    while k < verb and (words[k].text == "," or words[k].lower_ == "и"):
        start = k + 1
        end = adjectives_end(words, start, verb)
        if not (end < verb and words[end].pos_ == "NOUN" and words[end].text.islower() and can_be_genitive(words[end].text)):
            return None
        fields.append((start, end + 1))
        k = end + 1
    if len(fields) != count or k != verb:
        return None
    single = read_honour(view, phrase.head, None)
    stem = nominative_phrase([head], 0, None, singular=True).get(head.i, head.text).lower()
    shared = view.text(phrase.head + 1, first) if first > phrase.head + 1 else ""
    return [" ".join(w for w in (stem, shared, view.text(a, b)) if w) for a, b in fields] if single else None


def outermost(phrases: list[HonourPhrase]) -> list[HonourPhrase]:
    """The phrases that no other phrase contains, in their order. One sweep over the starts, not a
    comparison of every pair, which was quadratic in a long sentence of honours."""
    by_start: dict[int, list[HonourPhrase]] = {}
    for phrase in phrases:
        by_start.setdefault(phrase.start, []).append(phrase)
    reach, before = -1, {}   # before[start]: the furthest end of the phrases that start earlier
    for start in sorted(by_start):
        before[start] = reach
        reach = max(reach, *(p.end for p in by_start[start]))
    return [
        p for p in phrases
        if before[p.start] < p.end and not any(o.end >= p.end and o != p for o in by_start[p.start])
    ]


def giver_of(view: SentenceView, verb: int, phrase: HonourPhrase) -> str | None:
    """The giver of an active verb, in the genitive, for an honour the genre names by its giver:
    "Губернатор Андрей Бочаров объявил благодарность" → "губернатора"."""
    words = view.words
    if words[phrase.head].lemma_ not in HONOURS_WITH_GIVER or names_giver(view, phrase):
        return None
    end = next((start for start, stop in view.names.items() if stop == verb), verb)   # past the name
    start = end
    while start > 0 and start - 1 not in view.blocked and words[start - 1].pos_ in NAME_POS and is_word(words[start - 1]):
        start -= 1
    giver = next((j for j in range(end - 1, start - 1, -1) if words[j].lemma_ in GIVERS), None)
    if giver is None:
        return None
    text = view.text(giver, end, nominative_phrase(words[giver:end], 0, "nomn", target="gent"))
    return text[:1].lower() + text[1:] if not words[giver].text.isupper() else text


def between(view: SentenceView, phrase: HonourPhrase, k: int, verb: HonourVerb) -> list[Recipient]:
    """The recipients between the honour and an active verb, in the verb's case, filling the gap:
    "Награду Ивану Орлову вручил начальник управления" (not the giver after the verb)."""
    if verb.form != "active" or verb.case == "nomn" or not phrase.end < k:
        return []
    found = read_chain(view, phrase.end, k, verb.case, lead=False)
    return found if found and found[0].first == phrase.end and found[-1].stop == k else []


def recipients_after(view: SentenceView, k: int, limit: int, phrase: HonourPhrase, verb: HonourVerb) -> list[Recipient]:
    """The recipients after the giving word, past the honour phrase when it comes first."""
    position = skip_lead(view, k + 1, limit)
    if phrase.start <= position < phrase.end or position == phrase.start:
        position = phrase.end
    if position < limit and view.words[position].lower_ == "за" and verb.case != "nomn":
        return past_motive(view, position, limit, verb.case)
    found = read_chain(view, position, limit, verb.case) or after_described_group(view, position, limit, verb.case)
    if verb.form == "noun" and found and found[0].stop < limit and is_finite(view.words[found[0].stop]):
        return []                                       # "На церемонии награждения Орлов выразил …": the verb's subject
    return found



def after_described_group(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    """The people named after a colon that closes a group described, not named: "награждены
    жители области, спасшие людей на пожаре: Иван Орлов, Пётр Лаптев" (nothing before the colon
    is a name or a finite verb)."""
    words = view.words
    for j in range(k, min(limit, k + 14)):
        if j in view.names or j in view.blocked or (is_verb(words[j].text) and "Part" not in words[j].morph.get("VerbForm")):
            return []
        if words[j].text == ":":
            found = read_chain(view, j + 1, limit, case, lead=False)
            return found if found and found[0].first == j + 1 and all(r.kind == "person" for r in found) else []
    return []


def past_motive(view: SentenceView, k: int, limit: int, case: str) -> list[Recipient]:
    """The recipients after what the honour is for, in the verb's case: "вручил благодарность за
    заслуги в сфере образования педагогу Лесной школы Анне Ким" (the words of "за …" are none)."""
    words = view.words
    for j in range(k + 1, limit):
        if is_verb(words[j].text) or not (is_word(words[j]) or words[j].text == ",") or j in view.blocked:
            return []                                   # (what it is for may be a list: "за успехи …, мастерство, …")
        if (found := read_chain(view, j, limit, case, lead=False)) and found[0].first == j:
            return found
    return []
