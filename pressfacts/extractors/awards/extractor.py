"""Awards: contest results and state or departmental honours, one record per recipient (issue 7).

Sentence by sentence (a sentence with no award word is skipped at once):
1. contexts: "конкурса «…»", "В номинации «…»", "в категории «…»" open a contest, a nomination
   or a category that carries over to every result after it until a new one opens
   (a new nomination closes the category); their words are kept from recipients;
2. contest results: rank phrases ("лауреат 1 степени", "за 1 место", "(1 место)",
   "3 место разделили", "победил") with the recipients after or before them
   (``grammar``, ``recipients``);
3. honours: an honour phrase and a word that gives it, with the recipients that word governs
   ("почётной грамотой губернатора награждены …", ``honours``);
4. in a sentence the syntax component parsed, what the tree adds: the conjuncts of the
   recipients read, and the honours, places and winners whose recipients only the tree reaches
   ("медалью … награждена заведующая детским садом № 3 Светлана Орлова", ``dependents``);
5. lines and sentences that take their award from what came before them (``lists``): a sentence
   that ends with a colon after an honour or a place and names no one ("Почётными грамотами
   награждены:") gives its award to the recipient of each line after it, until a line is not one;
   a result goes on past a semicolon; a contest report's numbered lines under "Лыжные гонки:";
   "Их получили …" and "Им стал …" after the sentence that names the honour or the winner;
6. one record per recipient (``once``): a pronoun or a plain noun is the person or the people
   named before, a recipient told again gives none, a counted group named in full gives its names.
Matches become ``Award`` records in one place, ``to_award``; the sums of money that come with
the places are put on them last (``prizes``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from pressfacts.pipeline.extensions import text_of
from pressfacts.pipeline.sentences import sentences
from pressfacts.pipeline.wordforms import has_reading, is_animate, is_verb
from pressfacts.schemas import Award, DateMention, Span

from .chains import read_chain, read_distributed
from .chains_before import read_chain_before
from .contexts import Context, context_at, is_contest, mentions_contest, read_contexts, refuses_contest
from .dependents import ArgumentMatches, argument_readings, build_argument_matcher, conjuncts, degree_rank, elliptic_readings
from .found import Found, award_name, claim, clause, with_house
from .grammar import MEDAL_RANKS, READ
from .rank_phrases import RankFinder, RankMatch, build_matcher, rank_of, ranks_of
from .honour_phrases import HonourPhrase, honour_phrases, read_honour
from .honours import find_honours
from .houses import SHARING, each_house
from .lists import (
    Heading, another_group, became_it, category_line, elliptic_honour, ends_with_semicolon, gapped_honours, has_result, honour_at, honour_line, line_number, list_heading, list_item, list_mark_end, nomination_line,
    members_heading, named_after_group, numbered_heading, quoted_nomination, semicolon_list, title_rank, titled_before, without_group_named,
)
from .nominations import dashed_nominations
from .once import DEMONSTRATIVES, head_again, members_named_later, named_again, named_in_full, told_again, told_once, with_antecedent
from .places import VERDICTS, is_rating, is_standing
from .prizes import attach_prizes
from .pronouns import PLURAL, People, pronoun_at
from .view import COLLECTIVE_HEADS, TRUE_DASHES, Recipient, SentenceView, is_count
from .words import HONOURS, TITLE_DASH, mentions_award

PARAGRAPH_BREAK = re.compile(r"\n")


class AwardsExtractor:
    """Puts ``Award`` records on ``doc._.awards``, one per recipient."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.matcher: Matcher = build_matcher(nlp.vocab)
        self.arguments: DependencyMatcher = build_argument_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text_of(doc))]
        furniture = boilerplate(doc)
        contexts: list[Context] = []
        found: list[Found] = []
        told_of_contest = False   # a contest word in an earlier sentence: the text tells of one
        heading: Heading | None = None   # "Почётными грамотами награждены:" with its list still to come
        titled: int | None = None        # the rank of the latest "Победители конкурса" title: 1
        split_number: int | None = None  # a list line's number the sentences split off it ("1." | "Лесной район.")
        arguments = ArgumentMatches(self.arguments, doc)   # the parse's argument matches, found once
        ranks = RankFinder(self.matcher)                   # and the rank phrases, once a sentence
        people = People.of(doc)
        previous = 0     # where the sentence before this one starts: a pronoun's antecedent is no further back
        floor = 0        # (but a plural noun's may be two sentences back, where the one before names no one)
        told: str | None = None   # the latest honour a sentence named, for "Их получили …"
        winner_told: tuple[bool, int | None] = (False, None)   # the sentence before named the winner: "Им стал …"
        for number, sent in enumerate(sentences(doc)):
            previous, floor, further = sent.start_char, previous, floor
            if any(s <= sent.start_char < e for s, e in furniture):
                continue
            paragraph = bisect.bisect_right(paragraphs, sent.start_char) - 1
            if heading is not None:   # a line with a place or an honour of its own reads it
                line = SentenceView.of(sent)
                if list_mark_end(line) == len(line.words):
                    split_number = line_number(line)        # "1." split off its line
                    continue
                if not mentions_award(sent.text) or not has_result(ranks, line):
                    opened = read_contexts(line, paragraph, number) or quoted_nomination(line, paragraph, number)   # "– в номинации «Дебют» – Анна Ким;"
                    listed = list_item(line, heading, paragraph, number, split_number)
                    split_number = None
                    if listed:
                        contexts += opened
                        found += listed
                        told_of_contest = told_of_contest or any(f.contest_result and f.rank is not None for f in listed)
                        if heading.by_semicolon and not ends_with_semicolon(line):
                            heading = None                  # "А; Б." ends the list
                        continue
                    if opened and any(c.kind == "nomination" for c in opened):
                        contexts += opened              # a nomination's line whose recipient is not read: the list goes on,
                        heading = heading._replace(ordered=heading.ordered or heading.rank == 1)   # its winners by number:
                        continue                        # "Победители:⏎Номинация «…»:⏎1. Анна Ким⏎2. …" are places
                    if (heading.ordered or heading.numbered) and category_line(line):
                        # "Места распределились так:⏎Первая группа⏎1. …": the lines' category
                        contexts += opened or [Context("category", sent.text.strip(), sent.start_char, paragraph, number)]
                        continue
                elif not ranks(line.sent) and (listed := honour_line(line, heading, paragraph, number)):
                    found += listed                         # "Анна Ким – почётную грамоту;"
                    continue
                elif heading.case and (listed := elliptic_honour(line, heading.case, paragraph, number)):
                    found += listed                         # "Президент вручил:⏎• медаль «За труд» учителю Анне Ким;"
                    continue
                heading = None
            before = found[-1] if found and found[-1].sentence == number - 1 else None
            if not mentions_award(sent.text) and before is not None and (named := named_after_group(line := SentenceView.of(sent), before, paragraph, number)):
                found = without_group_named(line, found, before, named) + named   # "Среди них – Анна Ким."
                continue                                    # "… лучшим стал А. Среди … третьей группы – Б."
            if not mentions_award(sent.text) and not (told_of_contest and TITLE_DASH.match(sent.text)):
                winner_told = (False, None)                 # "Им стал …" only right after the winner is told of
                if told_of_contest and ":" in sent.text and (numbered := numbered_heading(SentenceView.of(sent))):
                    heading, split_number = numbered            # "Лыжные гонки:" in a contest's report
                elif ":" in sent.text and found:
                    heading = members_heading(SentenceView.of(sent), found[-1], number)   # "… 13 жителей. В списке:"
                continue
            view = SentenceView.of(sent)
            opened = read_contexts(view, paragraph, number)
            contexts += opened
            in_contest = is_contest(view, contexts, paragraph) or (told_of_contest and not refuses_contest(view))
            standing = is_standing(view)   # "первое место в области по заготовке кормов": a figure's standing, no result
            read = [] if standing else contest_results(ranks, view, in_contest, paragraph, number)
            read += honours(view, opened, paragraph, number)
            read = [r for f in read for r in with_antecedent(doc, people, f, (floor, further), found)]
            read = [r for f in read if (r := with_award_told(f, told))]   # "Их получили А и Б": the honours before
            read = [f for f in read if not told_again(view, f, found)]         # "Эта команда была награждена …"
            told = honour_told(view) or told
            if not read:
                read = nomination_line(view, titled, paragraph, number)   # "Номинация «…»: Анна Ким;" under "Победители"
            if not read:   # "В номинациях «Подвиг» — Анна Ким, «Память» — Пётр Лаптев"
                listed, read = dashed_nominations(view, in_contest or told_of_contest, titled, paragraph, number)
                contexts += listed
            if not read:
                read = elliptic_honour(view, None, paragraph, number)      # "Медалями Жукова: сержант Иван Орлов"
            if not read:   # "Их имена — …", "Среди них – …", "Среди … третьей группы – …"
                read = [r for f in named_after_group(view, before, paragraph, number) if (r := with_award_told(f, told))]
                found = without_group_named(view, found, before, read)
            if not read:
                read = another_group(view, before, paragraph, number)      # "… грамоты девяти пожарным. Ещё четверым – благодарности"
            read += gapped_honours(view, read, paragraph, number)      # "… грамоты 30 медсёстрам, 20 — благодарности …"
            if not read and winner_told[0]:
                read = became_it(view, winner_told[1], paragraph, number)  # "Определился победитель. Им стал …"
            if sent._.parsed:
                read += [f for f in parsed(arguments, view, read, opened, in_contest, paragraph, number)
                         if not (standing and f.contest_result)]
            if described_before_list(view, read):
                read = []                                   # "признаны организации, набравшие …, а именно:" and the lines
            found += read
            # a contest word, or a result read already ("лучшим признан отдел …": the next "лучшим стал" is one too)
            told_of_contest = told_of_contest or mentions_contest(view) or any(f.contest_result and f.rank is not None for f in read)
            heading = semicolon_list(view, read) if read else list_heading(ranks, view, in_contest, titled, told)
            if heading is None and not read and in_contest and (numbered := numbered_heading(view)):
                heading, split_number = numbered            # "Места в командном зачёте:⏎1. «Пламя» (…)"
            titled = title_rank(view, titled)
            winner_told = titled_before(view)
        days = Days.of(doc)
        found = members_named_later(doc, people, found, [s.start_char for s in sentences(doc)])
        awards = [to_award(doc, f, contexts, days) for f in sorted(head_again(named_again(told_once(named_in_full(found)))), key=lambda f: (f.start, f.recipient.start))]
        doc._.awards = attach_prizes(doc, awards)
        return doc


@Language.factory("pressfacts_awards", assigns=["doc._.awards"], requires=["doc.ents", "token.lemma"])
def create_awards(nlp: Language, name: str) -> AwardsExtractor:
    return AwardsExtractor(nlp, name)


def boilerplate(doc: Doc) -> list[tuple[int, int]]:
    spans = doc.spans["boilerplate"] if "boilerplate" in doc.spans else []
    return [(s.start_char, s.end_char) for s in spans]


# --- Contest results -------------------------------------------------------------------------

class Anchor(NamedTuple):
    start: int   # view positions [start, end)
    end: int
    match: RankMatch


AWARDED_ONLY = frozenset({"among_awarded"})      # rank phrases that list the honoured, no one who placed
SAME_PLACE_AS_BEFORE = frozenset({"sport_elliptic"})   # rank phrases that take the rank of the one before them
ELLIPTIC_PLACES = frozenset({"place_elliptic", "place_elliptic_number"})   # a place whose verb is the one before
VICTORIES = frozenset({"victory_won", "won_victory"})   # "победу одержала …": a contest's result wherever it is told
ELLIPTIC_VERDICTS = frozenset({"best_dash", "ordinal_dash"})   # a verdict whose verb, and the case it governs, is the one before
FIRST_PLACES = {"два": 2, "две": 2, "три": 3}   # "первые три места": how many places in order


def contest_results(ranks: RankFinder, view: SentenceView, in_contest: bool, paragraph: int, sentence: int) -> list[Found]:
    """Rank phrases with their recipients: the backward ones first, so that a forward phrase
    before them ("победил X, а Y занял второе место") stops where their recipients start."""
    matches = ranks(view.sent)
    # a place or a degree written out makes the sentence a contest's: "второе место — у А, а первое — у Б"
    in_contest = in_contest or any(m.rule.rank == READ and not m.rule.needs_contest for m in matches) or metals(view) > 1 or (
        any(m.rule.name in VICTORIES for m in matches) and not refuses_contest(view)
    )   # and so do two metals ("золотые медали завоевали А и Б, серебряные – у В") and a victory won ("В решающем
    #     поединке победу одержала Анна Ким"; not an election's)
    anchors = [
        Anchor(view.position[words[0].i], view.position[words[-1].i] + 1, m)
        for m in matches
        if (words := [t for t in m.span if not t.is_space]) and (in_contest or not m.rule.needs_contest)
    ]
    for n, anchor in enumerate(anchors):
        if anchor.match.rule.name in SAME_PLACE_AS_BEFORE:   # "…, в баскетболе — Б": the place of the result before
            rank = anchors[n - 1].match.rank if n else None
            anchors[n] = anchor._replace(match=anchor.match._replace(rank=rank))
    anchors = [a for a in anchors if not (a.match.rule.name in SAME_PLACE_AS_BEFORE and a.match.rank is None)]
    awards = [award_name(view, anchor.match) for anchor in anchors]
    for anchor in anchors:
        view.blocked.update(range(anchor.start, anchor.end))
    chains: dict[int, list[Recipient]] = {}
    #   any people noun may be who placed ("юные атлеты"): ``view.results`` while a ranked anchor's chain is read
    # a district or a town may have won, where a contest or a verdict gives the place and no rating does
    view.places = not is_rating(view) and (in_contest or any(a.match.rule.name.startswith(VERDICTS) for a in anchors))
    for n, anchor in enumerate(anchors):
        view.results = anchor.match.rule.name not in AWARDED_ONLY   # who placed; "Среди награждённых — водители, …" names no team
        if anchor.match.rule.direction == "backward":
            floor = anchors[n - 1].end if n else 0
            chain = read_chain_before(view, anchor.start, floor, anchor.match.rule.case)
            if n and anchors[n - 1].match.rule.direction != "backward" and len(chain) > 1 and chain[0].first == floor and (
                view.words[anchor.start].pos_ == "VERB" and view.words[chain[1].first - 1].text == ","
            ):
                chain = chain[1:]                       # "Первое место заняли 46 человек, 102 учащихся завоевали второе": 46 the first's
            if anchor.match.rule.shared_out and len(chain) > (many := len(ranks_of(anchor.match.span))):
                chain = chain[-many:]                   # "победил А, Б и В заняли второе и третье места": Б and В
            if not chain and (pronoun := pronoun_at(view, anchor.start, "nomn")) is not None and pronoun.first < anchor.start and not (
                pronoun.text == PLURAL and anchor.match.rule.shared_out
            ):
                chain = [pronoun]                       # "Она заняла второе место": the person named before, resolved later
                #   (not "Они заняли второе и третье места": which took which, the pronoun does not say)
            if not chain and not n:
                chain = shared_subject(view, anchor.start)   # "Анна Ким подготовила проект и стала победителем"
            relative = chain and any(w.lemma_ == "который" for w in view.words[chain[-1].stop : anchor.start])
            #   "Звания удостоилась Анна Ким, которая была признана лучшей …": hers too, the honour's reading as well
            chains[n] = with_house(view, chain) if relative else claim(view, with_house(view, chain))
    for n, anchor in enumerate(anchors):
        rule = anchor.match.rule
        view.results = rule.name not in AWARDED_ONLY
        if rule.direction == "backward":
            continue
        limit = anchors[n + 1].start if n + 1 < len(anchors) else len(view.words)
        chain = []
        if rule.name in ELLIPTIC_VERDICTS and n and (case := anchors[n - 1].match.rule.case) != rule.case:
            chain = read_chain(view, anchor.end, limit, case)   # "лучшим терапевтом признали А, лучшим хирургом – Петра Лаптева": him
        chain = chain or read_chain(view, anchor.end, limit, rule.case)
        if not chain and rule.name in ELLIPTIC_PLACES and n:
            # the verb of the place before left out: its case goes on ("1-е место присуждено А, 2-е — Б"), and
            # with an event after it its subject ("заняла первое место в плавании, второе – в шахматах": hers again)
            before = anchors[n - 1].match.rule
            if before.case != rule.case:
                chain = read_chain(view, anchor.end, limit, before.case)
            if not chain and before.name in MORE_RESULTS and chains.get(n - 1) and anchor.end < limit and (
                view.words[anchor.end].lower_ in EVENT_PREPOSITIONS
            ):
                chain = [replace(r) for r in chains[n - 1]]
        if not chain and rule.award is not None and anchor.end < limit and view.words[anchor.end].text in TRUE_DASHES:
            chain = read_chain(view, anchor.end, limit, "datv")   # "Диплом I степени – Ивановой Анне": given to her
        if not chain and rule.direction == "either":
            chain = read_chain_before(view, anchor.start, anchors[n - 1].end if n else 0, rule.case)
        if len(chain) == 1 and any(t.lemma_ in SHARING for t in anchor.match.span):
            chain = each_house(view, chain[0])          # "Третье место поделили сотрудники отдела охраны и батальона ДПС"
        chains[n] = claim(view, with_house(view, chain))
    view.results = view.places = False
    found = []
    bounds = (view.sent.start_char, view.sent.end_char)
    for n, anchor in enumerate(anchors):
        chain = chains.get(n) or []
        if beyond_podium(anchor.match):
            continue                                    # "4 место – Кира Мельник": a result, no prize
        if not chain:
            # a rank phrase with no recipients here may be part of an honour read next:
            # "Дипломы II степени вручили Анне Ким" (the diploma, its degree and a dative)
            view.blocked.difference_update(range(anchor.start, anchor.end))
            continue
        start, end = clause(view, anchor.start, anchor.end, chain)
        scope = view.words[anchors[n + 1].start].idx if n + 1 < len(anchors) else view.sent.end_char
        ranks = ranks_of(anchor.match.span) if anchor.match.rule.shared_out else []
        if anchor.match.rule.name == "first_places":    # "первые три места заняли А, Б и В": 1, 2, 3 in order
            ranks = list(range(1, 1 + next((FIRST_PLACES[t.lower_] for t in anchor.match.span if t.lower_ in FIRST_PLACES), 0)))
        if len(ranks) > 1 and len(chain) == 1 and (each := claim(view, read_distributed(view, chain[0].stop, len(view.words), len(ranks)))):
            chain = each                                # "… отделениям двух городов — Заречного и Лесного"
            start, end = clause(view, anchor.start, anchor.end, chain)
        if len(ranks) != len(chain) and anchor.match.rule.name == "first_places":
            continue                                    # which took which place, the list does not say
        if len(ranks) > len(chain) and anchor.match.rule.direction == "backward":
            ranks = ranks[-len(chain):]                 # "…, студент ВГУ - И. Щукин (второе и третье места)": the nearest, the last
        if len(ranks) != len(chain):
            ranks = [anchor.match.rank] * len(chain)    # one place for all ("2 место поделили А и Б")
        for recipient, rank in zip(chain, ranks):
            # a nomination opened inside the list is the next recipients': "в номинации «А» — X, в номинации «Б» — Y"
            inside = any(anchor.end <= k < recipient.first for k in view.openers)
            # and one opened before it while another opens later ("В номинации «А» лауреатом стала X,
            # в номинации «Б» – Y"): X's is the one before her
            before = (
                anchor.match.rule.direction != "backward"
                and any(k < anchor.start for k in view.openers) and any(k > recipient.first for k in view.openers)
            )
            own = view.words[recipient.first].idx if inside or before else scope
            own = own_context_end(view, recipient, own)
            found.append(Found(start, end, own, recipient, rank, awards[n], True, paragraph, sentence, bounds))
        if anchor.match.rule.name in MORE_RESULTS:
            following = anchors[n + 1].start if n + 1 < len(anchors) else len(view.words)
            for k, rank in further_results(view, anchor.end, following):
                start, end = clause(view, k, k + 1, chain)
                found += [Found(start, end, scope, r, rank, None, True, paragraph, sentence, bounds) for r in chain]
    return found


MORE_RESULTS = frozenset({"verb_place", "won_medal"})   # a subject's place, after which it may take more in other events
EVENT_PREPOSITIONS = frozenset({"в", "во", "по", "на"})  # "(серебро) в лёгкой атлетике", "по шахматам"


def further_results(view: SentenceView, k: int, limit: int) -> list[tuple[int, int]]:
    """The places the same subject took in further events after its first, as (position, rank):
    "завоевала золото в плавании, серебро в лёгкой атлетике и бронзу в волейболе", "первое место в
    плавании и второе место в шахматах" (a medal, or a place and "место", then the event)."""
    words = view.words
    found = []
    for j in range(k + 1, limit):
        token = words[j]
        if token.text in (".", ";", ":") or j in view.names or (token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm")):
            break
        if words[j - 1].lower_ not in (",", "и") or (rank := rank_of(token)) is None or rank > 3:
            continue
        after = j + 1 if token.lemma_ in MEDAL_RANKS else j + 2
        if (token.lemma_ in MEDAL_RANKS or (j + 1 < limit and words[j + 1].lemma_ == "место")) and after < limit and (
            words[after].lower_ in EVENT_PREPOSITIONS
        ):
            found.append((j, rank))
    return found


def described_before_list(view: SentenceView, read: list[Found]) -> bool:
    """A sentence that ends with a colon after recipients that are only groups described ("признаны
    организации, набравшие наибольшее количество баллов, а именно:"): the lines after it name them."""
    words = view.words
    return bool(read) and words[-1].text == ":" and all(
        (f.recipient.text[:1].islower() or is_count(words[f.recipient.first])) and f.recipient.first not in view.names for f in read
    )                                                   # "Три сотрудника департамента получили грамоты:"


def beyond_podium(match: RankMatch) -> bool:
    """A place after the third ("4 место", "стала шестой"): the genre's places are 1, 2 and 3 (a
    degree may go further: "диплом IV степени")."""
    return match.rank is not None and match.rank > 3 and not any(t.lemma_ == "степень" for t in match.span)


def own_context_end(view: SentenceView, recipient: Recipient, default: int) -> int:
    """Past the recipient's own nomination or category, where it has one (a character offset):
    in brackets ("А (категория «X») и Б (категория «Y»)") or after a dash ("Анна Ким – в номинации
    «Труд», Пётр Лаптев – в номинации «Сердце»"); ``default`` else."""
    if bracketed(view, recipient):
        return view.words[recipient.stop - 1].idx + 1
    k = recipient.stop + (recipient.stop < len(view.words) and view.words[recipient.stop].text in TRUE_DASHES)
    if k + 1 < len(view.words) and view.words[k].lower_ == "в" and k + 1 in view.openers:
        return view.words[view.openers[k + 1] - 1].idx + 1
    return default


def bracketed(view: SentenceView, recipient: Recipient) -> bool:
    """Does the recipient's own nomination or category close it, in brackets?"""
    return recipient.stop > 0 and view.words[recipient.stop - 1].text == ")" and any(
        recipient.first < k < recipient.stop for k in view.openers
    )


def metals(view: SentenceView) -> int:
    """How many of gold, silver and bronze a sentence names (as medals or metals)."""
    return len({MEDAL_RANKS[t.lemma_] for t in view.words if t.lemma_ in MEDAL_RANKS})


# --- Honours ---------------------------------------------------------------------------------

def honours(view: SentenceView, opened: list[Context], paragraph: int, sentence: int) -> list[Found]:
    found = []
    bounds = (view.sent.start_char, view.sent.end_char)
    for honour in find_honours(view):
        claim(view, honour.recipients)
        start = min(honour.trigger, honour.phrase.start)
        end = max(honour.trigger + 1, honour.phrase.end)
        first, last = clause(view, start, end, honour.recipients)
        phrases = honour.own or [honour.phrase] * len(honour.recipients)
        titles = honour.titles or [p.text for p in phrases]
        for recipient, title, phrase in zip(honour.recipients, titles, phrases):
            scope = recipient_scope(view, opened, recipient)
            rank = degree_rank(view, phrase)                   # дипломом лауреатов 2-й степени
            found.append(Found(first, last, scope, recipient, rank, title, False, paragraph, sentence, bounds))
    return found


# --- What the parse adds ---------------------------------------------------------------------

def unnamed_person(view: SentenceView, recipient: Recipient) -> bool:
    """One person the text does not name ("победу праздновал спортсмен из Лесного"): no record."""
    head = view.words[recipient.first]
    return (
        (recipient.kind == "person" or is_animate(head.text)) and not recipient.pronoun and head.pos_ == "NOUN" and "Sing" in head.morph.get("Number")
        and head.lemma_ not in COLLECTIVE_HEADS and not any(j in view.names for j in range(recipient.first, max(recipient.stop, recipient.first + 1)))
    )


def shared_subject(view: SentenceView, k: int) -> list[Recipient]:
    """The name that opens a sentence, as the subject of a verb conjoined to the one before ``k``
    ("Анна Ким подготовила проект и оказалась победителем"): the name, a finite verb right after
    it, "и" right before ``k``; no other name between."""
    words = view.words
    if not (0 in view.names and k > 1 and words[k - 1].lower_ == "и"):
        return []
    end = view.names[0]
    if not (end < k - 1 and is_verb(words[end].text) and words[end].pos_ == "VERB" and "Part" not in words[end].morph.get("VerbForm")):
        return []
    if any(j in view.names for j in range(end, k)):
        return []
    chain = read_chain(view, 0, end, "nomn", lead=False)
    return chain if len(chain) == 1 and chain[0].stop == end else []


def with_award_told(found: Found, told: str | None) -> Found | None:
    """An honour a pronoun stands for ("Их получили …", award "") takes the latest honour a sentence
    before it named ("Также были вручены знаки отличия «…»."); with none, it is no record."""
    if found.award != "":
        return found
    return found._replace(award=told) if told else None


def honour_told(view: SentenceView) -> str | None:
    """The last honour a sentence names."""
    phrases = [p for p in honour_phrases(view) if not any(view.words[j].lemma_ in DEMONSTRATIVES for j in range(max(p.start - 1, 0), p.head))]
    return phrases[-1].text if phrases else None   # not "эта награда …": the one told before it




def recipient_scope(view: SentenceView, opened: list[Context], recipient: Recipient) -> int:
    """Up to where contexts apply to the recipient of an honour, or of a result read off the tree:
    those its sentence opens before it ("в номинации «А» награждены X, в номинации «Б» – Y"), else
    those of the whole sentence ("X стал обладателем премии в номинации «А»")."""
    start = view.words[recipient.first].idx
    return own_context_end(view, recipient, start if any(c.start < start for c in opened) else view.sent.end_char)


def parsed(
    arguments: ArgumentMatches, view: SentenceView, read: list[Found], opened: list[Context],
    in_contest: bool, paragraph: int, sentence: int,
) -> list[Found]:
    """In a parsed sentence: the conjuncts of the recipients read, then the honours, places and
    winners whose recipients only the tree reaches, with their conjuncts (``dependents``)."""
    # an honour's own words name no recipient: "…, медалью Луки Крымского награждены 46 человек"
    inside = {k for phrase in honour_phrases(view) for k in range(phrase.start, phrase.end)}
    found = [
        own_honour(view, with_recipient(view, f, r, own_context_end(view, r, f.scope) if f.contest_result else recipient_scope(view, opened, r)), f.recipient.stop)
        for f in read if not f.recipient.pronoun for r in conjuncts(view, f.recipient) if r.first not in inside
    ]
    bounds = (view.sent.start_char, view.sent.end_char)
    for reading in argument_readings(arguments, view, in_contest) + elliptic_readings(view):
        start, end = clause(view, reading.start, reading.end, [])
        first = Found(start, end, end, reading.recipients[0], reading.rank, reading.award, reading.contest_result, paragraph, sentence, bounds)
        recipients = reading.recipients + [r for x in reading.recipients for r in conjuncts(view, x)]
        recipients = [r for r in recipients if not view.words[r.first].lower_.startswith("следующ")]   # the list after names them
        recipients = [r for r in recipients if not unnamed_person(view, r) and r.first not in inside]
        found += [
            own_honour(view, with_recipient(view, first, r, recipient_scope(view, opened, r)), reading.end)
            for r in recipients
        ]
    return found


def own_honour(view: SentenceView, found: Found, after: int) -> Found:
    """A further recipient of an honour with its own honour and rank where another honour is named
    between ``after`` (the honour or the recipient before) and it ("награждены: орденом Почёта – А;
    медалью «За труд» – Б", "дипломами победителей – А, дипломами призёров – Б"), else as found."""
    if found.contest_result:
        return found
    if (phrase := honour_after_recipient(view, found.recipient)) is not None:
        return found._replace(award=phrase.text, rank=degree_rank(view, phrase))
    between = [k for k in range(after, found.recipient.first) if view.words[k].lemma_ in HONOURS]
    #   (in the instrumental after a passive; in the accusative where the verb takes it so: "20 – грамоты губернатора")
    case = "ablt" if between and has_reading(view.words[between[-1]].text, "NOUN", "ablt") else None
    phrase = read_honour(view, between[-1], case) if between else None
    return found._replace(award=phrase.text, rank=degree_rank(view, phrase)) if phrase else found


def honour_after_recipient(view: SentenceView, recipient: Recipient) -> HonourPhrase | None:
    """The honour a dash gives a further recipient right after it, the verb left out: "30 медсёстрам
    вручили грамоты министерства, 20 — грамоты губернатора"."""
    words, dash = view.words, recipient.stop
    return honour_at(view, dash + 1) if dash + 1 < len(words) and words[dash].text in TRUE_DASHES else None


def with_recipient(view: SentenceView, found: Found, recipient: Recipient, scope: int) -> Found:
    """The same award for another recipient, the clause stretched to take it in."""
    first, last = view.words[recipient.first], view.words[max(recipient.stop, view.position[recipient.end - 1] + 1) - 1]
    start, end = min(found.start, first.idx), max(found.end, last.idx + len(last.text))
    return found._replace(start=start, end=end, scope=scope, recipient=recipient)


# --- Records ---------------------------------------------------------------------------------

class Days(NamedTuple):
    """The days a Doc names (``doc._.dates`` of day granularity), in text order, with their starts."""

    days: list[DateMention]
    starts: list[int]

    @classmethod
    def of(cls, doc: Doc) -> Days:
        dates = getattr(doc._, "dates", None)   # when the dates component has run
        named = dates if isinstance(dates, list) else []
        days = sorted((d for d in named if isinstance(d, DateMention) and d.granularity == "day"), key=lambda d: d.span.start)
        return cls(days, [d.span.start for d in days])


def event_date(days: Days, found: Found) -> DateMention | None:
    """The date of the event: a day named in the award's sentence, else the latest day named
    before it (by bisection: a text with an award in every sentence stays linear)."""
    start, end = found.sentence_bounds
    first = bisect.bisect_left(days.starts, start)
    if first < len(days.days) and days.starts[first] < end:
        return days.days[first]
    return days.days[first - 1] if first else None


def to_award(doc: Doc, found: Found, contexts: list[Context], days: Days) -> Award:
    """The one place where a match becomes an ``Award`` record."""
    context = context_at(contexts, found.scope)
    if not found.contest_result and not any(c.paragraph == found.paragraph and c.kind != "category" for c in contexts):
        context = {"contest": None, "nomination": None, "category": None}
    recipient = found.recipient
    first, last = doc[recipient.start], doc[recipient.end - 1]
    return Award(
        span=Span.of(text_of(doc), found.start, found.end),
        award=found.award,
        contest=context["contest"],
        nomination=context["nomination"],
        category=context["category"],
        rank=found.rank,
        recipient=recipient.text,
        recipient_span=Span.of(text_of(doc), first.idx, last.idx + len(last.text)),
        recipient_kind=recipient.kind,
        recipient_organization=recipient.organization,
        recipient_position=recipient.position,
        project=recipient.project,
        date=event_date(days, found),
    )
