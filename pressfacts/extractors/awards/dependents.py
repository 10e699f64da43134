"""Awards read off the dependency parse, where the linear windows of ``recipients`` fall short.

The linear readers (``grammar``, ``honours``, ``recipients``) take the recipients that stand right
after or before a rank phrase or a giving word. In a sentence that the syntax component parsed
(``span._.parsed``, ``pressfacts/pipeline/syntax.py``) the tree reaches more:

* conjuncts: every ``conj`` of a recipient already read is one more recipient of the same award,
  rank and contest, whatever stands between them ("дипломы III степени вручили Анне Ким из
  школы № 3 и Петру Лаптеву");
* the arguments of a verb: an honour or a ranked place is one argument, the recipient another,
  told by the relation and the case rather than by the order of the words (``ARGUMENT_RULES``):
  "медалью … награждена заведующая детским садом № 3 Светлана Орлова", "премия присуждена
  руководителю ансамбля Андрею Дмитриеву", "второе место присуждено …";
* winners: "победителем признана …", "лучшим в номинации «…» стал …" with the predicate and its
  subject apart, "… и оказалась победителем" with the subject shared by two verbs;
* elliptic places: "второе место занял А, третье – Б": an ordinal conjoined to the place's verb
  gives Б the third place.

An argument is read by the linear readers from its first word; failing that, the tree gives the
names set beside a title ("тренеры по плаванию Ольга Сомова, Игорь Рябов …"), a counted group
("14 жителей района"), a collective with a quoted name ("ансамбль «Радуга»") or, for a place, a
team ("сборная лицея № 2").
In the sentences the parser skipped every word hangs flat from the first as ``unparsed``: no rule
here matches that, and the extractor calls in only on parsed sentences, so there the output
stays what the linear readers give.
"""

from __future__ import annotations


from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .arguments import NUMERALS, claim, read_argument, team
from .chains import is_leader
from .grammar import MEDAL_RANKS
from .rank_phrases import rank_of
from .honour_phrases import HonourPhrase, giving_word, read_honour
from .morph import nominative_phrase
from .view import Recipient, SentenceView, descriptor_end
from .words import HONOURS

ELLIPSIS_MARKS = frozenset({"-", "–", "—", ":"})  # "третье – Марине Гусевой"
# The honour nouns that need a name to be an honour ("премия губернатора") are one with it as
# the argument of a giving verb: "премия присуждена руководителю ансамбля …".
# honours that stand bare when given ("премия присуждена"); a "qualified" one never ("подарок вручили": a gift)
NEEDS_NAME = frozenset(lemma for lemma, need in HONOURS.items() if need == "named")
PROPOSING = frozenset({"выдвинуть", "выдвигать", "представить", "представлять", "рекомендовать", "номинировать"})   # to an honour, not given
METAL_HONOURS = frozenset({"медаль", "награда"})          # серебряная медаль, бронзовая награда
RANKED_PRIZES = frozenset({"премия", "приз", "диплом"})   # первая премия, второй приз
DEGREE_HONOURS = frozenset({"диплом"})   # диплом II степени: the degree is a rank (an order's is its name)
LAUREATE = "лауреат"                     # диплом лауреата I степени, грамота лауреата II степени
WINNERS = frozenset({"победитель", "победительница"})   # звание победителя, диплом победителя: rank 1


class Reading(NamedTuple):
    """An award read off the tree, before the extractor makes it a ``Found``."""

    start: int                    # view positions [start, end) of the honour or the place
    end: int
    recipients: list[Recipient]
    rank: int | None
    award: str | None             # the honour phrase in the nominative; None for a place
    contest_result: bool          # a ranked place (contexts always apply) or an honour


# --- The rules: an anchor and a recipient, two arguments of one verb ---------------------------

class ArgumentRule(NamedTuple):
    name: str
    kind: str            # honour | place (a ranked "место") | winner (rank 1)
    verb: dict           # token attributes of the verb
    anchor: dict         # of the honour or the place, its relation to the verb included
    recipient: dict      # of the recipient, its relation included
    case: str            # the recipient's case, for reading its words
    giver: tuple[str, ...]  # the forms of ``awards_verbs.txt`` the verb must have ("copula": "получили"); () any verb
    example: str         # an invented sentence it matches (tests/test_awards_syntax.py checks it)
    via: dict | None = None  # a word between the verb and the anchor: "стала обладательницей премии"
    shared: bool = False     # the recipient is the subject of the verb this one is conjoined to:
    #                          "Анна Ким подготовила кроссворд и оказалась победителем"
    needs_contest: bool = False  # only with a contest word in the sentence or a context open in the paragraph
    anchor_op: str = ">"     # how the anchor stands to the verb (``via``): a dependent; ">>" anywhere under
    #                          it, outside the recipient's words; ";" right before it, wherever the parse hangs it


GIVES = ("active", "passive", "noun")   # the giver is not the subject: "вручил", "присуждена"
RECEIVES = ("copula",)                  # the recipient is the subject: "получили"


HONOUR = {"LEMMA": {"IN": sorted(HONOURS)}}
PLACE = {"LEMMA": "место"}
PASSIVE = {"POS": "VERB", "MORPH": {"IS_SUPERSET": ["Voice=Pass"]}}
ACTIVE = {"POS": "VERB", "MORPH": {"NOT_IN": ["Voice=Pass"]}}
PAST = {"POS": "VERB", "MORPH": {"IS_SUPERSET": ["Tense=Past"]}}
PAST_PASSIVE = {"POS": "VERB", "MORPH": {"IS_SUPERSET": ["Voice=Pass", "Tense=Past"]}}
ANY_VERB = {"POS": "VERB"}
DATIVE = {"DEP": {"IN": ["iobj", "obl"]}}   # an obl only in the dative, without a preposition (``is_dative``)
WINNER = {"DEP": "xcomp", "LOWER": {"REGEX": "^победител"}}   # победителем, победительницей
BEST = {"DEP": "xcomp", "LOWER": {"REGEX": "^лучш"}}          # лучшим, лучшей (lemma "хороший")
ANCHOR_LEMMAS = frozenset(HONOURS) | {"место", "победа"}          # the anchors of ARGUMENT_RULES below
ANCHOR_PREFIXES = ("победител", "лучш")

ARGUMENT_RULES = [
    # the honour in the instrumental or the genitive, the recipient the passive's subject
    # ("dep": a root the parse repaired, the elliptic "…, в номинации «…» – ансамбль «Радуга»";
    # a second "nsubj:pass" in the genitive: "Звания «…» удостоена заведующая …")
    ArgumentRule("honour_by_passive", "honour", PASSIVE, {**HONOUR, "DEP": {"IN": ["obl", "obj", "iobj", "nsubj:pass"]}},
                 {"DEP": {"IN": ["nsubj:pass", "dep"]}}, "nomn", (),
                 "Почётной грамотой министерства награждена заведующая детским садом № 3 Светлана Орлова."),
    # the same, the honour in the instrumental deeper down, where the parse hangs it off a word
    # of its own phrase ("Почётными грамотами МЧС награждены 12 спасателей": "грамотами" under "Почётными")
    ArgumentRule("honour_under_passive", "honour", PASSIVE, {**HONOUR, "MORPH": {"IS_SUPERSET": ["Case=Ins"]}},
                 {"DEP": "nsubj:pass"}, "nomn", (), "Почётными грамотами МЧС награждены 12 спасателей.", anchor_op=">>"),
    # the honour the passive's subject, the recipient in the dative
    ArgumentRule("honour_given_passive", "honour", PASSIVE, {**HONOUR, "DEP": "nsubj:pass"}, DATIVE, "datv", GIVES,
                 "Премия присуждена руководителю фольклорного ансамбля «Родники» Ольге Мироновой."),
    # the honour the object, the recipient in the dative: "вручил медали ветеранам войны"
    ArgumentRule("honour_given", "honour", ACTIVE, {**HONOUR, "DEP": "obj"}, DATIVE, "datv", GIVES,
                 "Губернатор вручил на празднике почётные знаки ветеранам труда Анне Ким и Петру Лаптеву."),
    # "получили": the recipient the subject; the parse mixes up subject and object there
    ArgumentRule("honour_received", "honour", ACTIVE, {**HONOUR, "DEP": {"IN": ["obj", "nsubj"]}},
                 {"DEP": {"IN": ["nsubj", "obj"]}}, "nomn", RECEIVES,
                 "Благодарственные письма губернатора получили 12 волонтёров района."),
    # "удостоились звания": the one active verb whose subject receives an honour in the genitive
    # (a reflexive at large would take "лишились звания" too)
    ArgumentRule("honour_deserved", "honour", {**ACTIVE, "LEMMA": {"REGEX": "^удостоить(ся)?$"}},
                 {**HONOUR, "DEP": {"IN": ["obj", "obl", "iobj"]}, "MORPH": {"IS_SUPERSET": ["Case=Gen"]}},
                 {"DEP": "nsubj"}, "nomn", (),
                 "Почётного звания удостоились 6 педагогов района."),
    # the holder of an honour: "стала обладательницей премии", "стал кавалером ордена"; the holder
    # (an animate noun in the instrumental) makes a bare "премия" an honour
    ArgumentRule("honour_held", "honour", ANY_VERB, {**HONOUR, "DEP": "nmod"}, {"DEP": "nsubj"}, "nomn", (),
                 "Концертмейстер ансамбля «Родники» Ольга Миронова стала обладательницей премии в номинации «Песня».",
                 via={"DEP": "xcomp", "POS": "NOUN", "MORPH": {"IS_SUPERSET": ["Animacy=Anim", "Case=Ins"]}}),
    # a place taken: the recipient the subject ("занял", "получило", "завоевала")
    ArgumentRule("place_taken", "place", PAST, {**PLACE, "DEP": "obj"}, {"DEP": "nsubj"}, "nomn", (),
                 "Первое место по итогам сезона занял комбайнер Иван Петров."),
    # a place given: the recipient in the dative ("присуждено", "досталось", "отдали"); in the past,
    # as results are told ("уступает соперникам второе место в таблице" is a standing)
    ArgumentRule("place_given", "place", PAST, {**PLACE, "DEP": {"IN": ["nsubj:pass", "nsubj", "obj"]}}, DATIVE,
                 "datv", (), "Второе место присуждено Илье Воронову."),
    # the same, the place right before the passive, in a second clause the parse hangs on the first
    # verb ("2 место поделили А и Б, 3 место присуждено В": "3 место" the object of "поделили")
    ArgumentRule("place_given_next", "place", PAST_PASSIVE, PLACE, DATIVE, "datv", (), "2 место поделили Анна Ким и Пётр Лаптев, 3 место присуждено Ивану Орлову.",
                 anchor_op=";"),
    # the winner as the predicate: "победителем признана …", "… и оказалась победителем"; the
    # nomination may stand between them, where the linear rules stop
    *(ArgumentRule("winner", "winner", ANY_VERB, WINNER, {"DEP": {"IN": ["nsubj", "nsubj:pass"]}}, "nomn", (),
                   example, shared=shared)
      for shared, example in ((False, "Победителем в номинации «Лучший тренер» признан Пётр Лаптев."),
                              (True, "Анна Ким подготовила кроссворд и оказалась победителем в своей номинации."))),
    # "лучшим признан", "лучшим участковым признан": the winner only in a contest ("лучшим в
    # рейтинге" is a standing)
    *(ArgumentRule("best", "winner", ANY_VERB, BEST, {"DEP": {"IN": ["nsubj", "nsubj:pass"]}}, "nomn", (),
                   example, shared=shared, needs_contest=True)
      for shared, example in ((False, "Анна Ким из Заречного района признана лучшей в номинации «Наставник»."),
                              (True, "Пётр Лаптев прошёл все этапы конкурса и стал лучшим в номинации «Дебют»."))),
    ArgumentRule("best_titled", "winner", ANY_VERB, {**BEST, "DEP": "amod"}, {"DEP": {"IN": ["nsubj", "nsubj:pass"]}}, "nomn", (),
                 "Лучшим участковым уполномоченным в конкурсе признан капитан полиции Иван Орлов.",
                 via={"DEP": "xcomp"}, needs_contest=True),
    # "победу одержал": the winner the subject, in a contest ("одержал победу на выборах" is not)
    ArgumentRule("victory", "winner", PAST, {"LEMMA": "победа", "DEP": "obj"}, {"DEP": "nsubj"}, "nomn", (),
                 "В номинации «Лучший тренер» победу одержал Пётр Лаптев.", needs_contest=True),
]


@lru_cache(maxsize=4)
def build_argument_matcher(vocab: Vocab) -> DependencyMatcher:
    """A DependencyMatcher with every argument rule, keyed by the rule's index in ``ARGUMENT_RULES``.
    It needs the syntax component's trees (spaCy refuses DEP patterns on a Doc without them, E155)."""
    matcher = DependencyMatcher(vocab, validate=True)
    for n, rule in enumerate(ARGUMENT_RULES):
        matcher.add(str(n), [[node for node in pattern_of(rule) if node]])
    return matcher


def pattern_of(rule: ArgumentRule) -> list[dict]:
    """The rule as a DependencyMatcher pattern (None for the nodes it has not); a match gives its
    tokens in this order, without the Nones (``nodes_of``)."""
    verb = {**rule.verb, "DEP": "conj"} if rule.shared else rule.verb
    return [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": verb},
        {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "first", "RIGHT_ATTRS": {"POS": "VERB"}} if rule.shared else None,
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "via", "RIGHT_ATTRS": rule.via} if rule.via else None,
        {"LEFT_ID": "via" if rule.via else "verb", "REL_OP": rule.anchor_op, "RIGHT_ID": "anchor", "RIGHT_ATTRS": rule.anchor},
        {"LEFT_ID": "first" if rule.shared else "verb", "REL_OP": ">", "RIGHT_ID": "recipient", "RIGHT_ATTRS": rule.recipient},
    ]


class ArgumentMatches:
    """The argument rules' matches in the sentences of one Doc, token indices into the sentence.

    The matcher runs on each sentence made a Doc of its own from the Doc's arrays, read once:
    ``Span.as_doc`` reads the whole Doc's arrays on every call, and a Span copies the Doc's user
    data, records and all; either made a text with an award in every sentence quadratic. (On the
    whole Doc at once it matches every sentence to use a few, which cost more on real texts.)"""

    ATTRS = [ORTH, LEMMA, POS, MORPH, DEP, HEAD]   # what the patterns read, and the tree

    def __init__(self, matcher: DependencyMatcher, doc: Doc):
        self.matcher = matcher
        self.doc = doc
        self.array = None

    def of(self, sent: Span) -> list[tuple[int, list[int]]]:
        if self.array is None:
            self.array = self.doc.to_array(self.ATTRS)
        tokens = list(sent)
        own = Doc(self.doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
        own.from_array(self.ATTRS, self.array[sent.start : sent.end])
        return self.matcher(own)


def nodes_of(rule: ArgumentRule, tokens: list[int]) -> dict[str, int]:
    """The tokens of a match by the names of the pattern's nodes."""
    return dict(zip((node["RIGHT_ID"] for node in pattern_of(rule) if node), tokens))


# --- Readings off the tree ----------------------------------------------------------------------

def has_anchor(view: SentenceView) -> bool:
    """Can any argument rule match here: an honour, a place, a victory, a winner or the best?
    (The matcher costs as much as the rest of the extractor; most award sentences have one.)"""
    return any(t.lemma_ in ANCHOR_LEMMAS or t.lower_.startswith(ANCHOR_PREFIXES) for t in view.words)


def argument_readings(arguments: ArgumentMatches, view: SentenceView, in_contest: bool) -> list[Reading]:
    """Awards whose honour, place or winner is an argument of a verb and whose recipient is another.
    An anchor a linear reading took may give more recipients here: those its chain did not reach
    ("награждены Анна Ким из ДК «Заря», ансамбль «Радуга» …"); the words it took stay blocked."""
    if not has_anchor(view):
        return []
    sent = view.sent
    matches: dict[int, list[tuple[ArgumentRule, Token, Token]]] = {}
    for match_id, tokens in arguments.of(sent):
        rule = ARGUMENT_RULES[int(sent.vocab.strings[match_id])]
        nodes = nodes_of(rule, tokens)
        verb, anchor, recipient = nodes["verb"], nodes["anchor"], nodes["recipient"]
        anchor_token = sent[anchor]
        if anchor_token.i == sent[recipient].i:
            continue
        if rule.case == "datv" and not is_dative(sent[recipient]):
            continue
        if rule.name == "honour_by_passive" and honour_case(anchor_token) not in ("gent", "ablt"):
            continue                                    # "медаль вручена Ивану": the honour given, not the means
        if rule.kind == "honour" and (sent[verb].lemma_ in PROPOSING or (rule.anchor_op == ">>" and under_other_noun(anchor_token, sent[verb]))):
            continue                                    # "кандидатура выдвинута на награждение наградой": proposed, not given
        if separated(view, sent[nodes["first" if rule.shared else "verb"]], sent[recipient]):
            continue                                    # "… признан А, второе место занял Б": Б is not the best
        if rule.kind == "place" and after_break(view, sent[verb], anchor_token):
            continue                                    # "победила команда А, второе место у команды Б"
        if rule.anchor_op == ">>" and sent[recipient].is_ancestor(anchor_token):
            continue                                    # "награждены кавалеры ордена": the order is theirs
        if rule.needs_contest and not in_contest:
            continue
        if rule.giver and ((verb_entry := giving_word(sent[verb])) is None or verb_entry.form not in rule.giver):
            continue
        if rule.name == "place_taken" and has_dative(sent[verb]):
            continue                                    # "жюри присудило первое место Анне": she, not the jury
        matches.setdefault(anchor_token.i, []).append((rule, sent[verb], sent[recipient]))
    readings = []
    for anchor_i, found in sorted(matches.items()):
        anchor = view.position.get(anchor_i)
        if anchor is None:
            continue
        kind = found[0][0].kind
        if kind == "place":
            reading = place_reading(view, anchor, found)
        elif kind == "winner":
            reading = winner_reading(view, anchor, found)
        else:
            reading = honour_reading(view, anchor, found)
        if reading is not None:
            readings.append(reading)
    return readings


def under_other_noun(honour: Token, verb: Token) -> bool:
    """Does the parse hang the honour off a noun with a preposition on the way up to the verb
    ("(выдвинута) на награждение … наградой"), not off a word of its own ("Почётными грамотами")
    or a decree's ("Указом … «Орденом Пирогова» награждены")?"""
    head = honour.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ == "NOUN" and head.lemma_ not in HONOURS and any(c.dep_ == "case" for c in head.children):
            return True
        head = head.head
    return False


def separated(view: SentenceView, verb: Token, recipient: Token) -> bool:
    """Another verb or a semicolon between a verb and its recipient (its own "была" aside): the
    parse reached into the next clause ("награждена А; преподаватель Б")."""
    low, high = sorted((verb.i, recipient.i))
    between = (view.words[k] for k in range(view.position[low] + 1, view.position[high]))
    return any((t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")) or t.text == ";" for t in between)


def after_break(view: SentenceView, verb: Token, place: Token) -> bool:
    """A place after its verb and a comma: the start of a clause of its own ("…, второе место у …")."""
    if place.i < verb.i:
        return False
    return any(view.words[k].text in (",", ";") for k in range(view.position[verb.i] + 1, view.position[place.i]))


def is_dative(token: Token) -> bool:
    """An indirect object, or an oblique in the dative without a preposition ("к юбилею" is not)."""
    if token.dep_ == "iobj":
        return True
    return token.dep_ == "obl" and "Dat" in token.morph.get("Case") and not any(c.dep_ == "case" for c in token.children)


def has_dative(verb: Token) -> bool:
    return any(is_dative(c) for c in verb.children)


def honour_reading(view: SentenceView, head: int, found: list[tuple[ArgumentRule, Token, Token]]) -> Reading | None:
    """The honour at ``head`` and the recipients the matched arguments name."""
    rule, verb, _ = found[0]
    entry = giving_word(verb)          # its case for the honour ("получили письма": accs), else slovnet's
    case = entry.honour_case if entry and not rule.via else honour_case(view.words[head])
    phrase = read_honour(view, head, case) or bare_honour(view, head, verb, rule.via is not None)
    if phrase is None:
        return None
    recipients = [r for rule, _, token in found for r in read_argument(view, token, rule.case)]
    recipients = [r for r in recipients if not phrase.start <= view.position[r.start] < phrase.end]
    if not recipients:
        return None
    return Reading(phrase.start, phrase.end, recipients, degree_rank(view, phrase), phrase.text, False)


def honour_case(token: Token) -> str | None:
    """The case slovnet gives an honour noun, as pymorphy3 names it: "грамотой" → ablt."""
    case = token.morph.get("Case")
    return {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}.get(case[0]) if case else None


def bare_honour(view: SentenceView, head: int, verb: Token, held: bool) -> HonourPhrase | None:
    """A noun that needs a name to be an honour, given by a giving word or held: "премия присуждена
    …", "стал обладателем премии" (not "премия в размере оклада": a sum of money makes it pay)."""
    token = view.words[head]
    if token.lemma_ not in NEEDS_NAME or view.money or not (held or giving_word(verb) is not None):
        return None
    text = view.text(head, head + 1, nominative_phrase([token], 0, honour_case(token)))
    return HonourPhrase(head, head + 1, head, text[:1].lower() + text[1:])


def degree_rank(view: SentenceView, phrase: HonourPhrase) -> int | None:
    """The rank a diploma's or a laureate's degree gives: "дипломом II степени", "дипломом
    лауреата 1-й степени" → 2, 1; a winner's title or diploma ("звание победителя") → 1; an order's degree is part of its name ("орден … II степени").
    Read right after the honour noun, where the phrase may stop short of a rank phrase."""
    words, k = view.words, phrase.head + 1
    after = phrase.end
    if after + 2 < len(words) and words[after].lower_ == "за" and words[after + 2].lemma_ == "место" and rank_of(words[after + 1]):
        return rank_of(words[after + 1])                # "диплом за первое место", "кубок за 2 место"
    if k < len(words) and words[k].lemma_ in WINNERS:
        return 1                                        # звание победителя, диплом победителя: "победитель" = 1
    for j in range(phrase.start, phrase.head):          # the words before the honour noun
        if words[j].lemma_ in MEDAL_RANKS and words[phrase.head].lemma_ in METAL_HONOURS:
            return MEDAL_RANKS[words[j].lemma_]         # "серебряной медали удостоен": a second place
        if words[phrase.head].lemma_ in RANKED_PRIZES and words[j].pos_ == "ADJ" and (rank := rank_of(words[j])) is not None:
            return rank                                 # "Вторые премии присуждены:", "первый приз"
    laureate = k < len(words) and words[k].lemma_ == LAUREATE
    if laureate:
        k += 1
    diploma = words[phrase.head].lemma_ in DEGREE_HONOURS or any(   # "Диплом и Кубок III степени"
        words[j].lemma_ in DEGREE_HONOURS and words[j + 1].lower_ == "и" for j in range(phrase.start, phrase.head))
    while k + 1 < len(words) and words[k].lower_ == "и" and words[k + 1].pos_ == "NOUN":
        diploma = diploma or words[k + 1].lemma_ in DEGREE_HONOURS   # "Диплом и Кубок III степени": the degree is both's
        k += 2
    if not diploma and not laureate:
        return None
    if k + 1 < len(words) and words[k + 1].lemma_ == "степень":
        return rank_of(words[k])
    return None


def place_reading(view: SentenceView, place: int, found: list[tuple[ArgumentRule, Token, Token]]) -> Reading | None:
    """A ranked place ("второе место") and the recipients the matched arguments name."""
    rank = place_rank(view.words[place])
    if rank is None:
        return None
    recipients = [r for rule, _, token in found for r in read_argument(view, token, rule.case) or team(view, token)]
    if not recipients:
        return None
    return Reading(place, place + 1, recipients, rank, None, True)


def winner_reading(view: SentenceView, anchor: int, found: list[tuple[ArgumentRule, Token, Token]]) -> Reading | None:
    """The winner of a contest, rank 1: "победителем признана …", "… стала лучшей в номинации"."""
    recipients = [r for rule, _, token in found for r in read_argument(view, token, rule.case) or team(view, token)]
    return Reading(anchor, anchor + 1, recipients, 1, None, True) if recipients else None


def place_rank(place: Token) -> int | None:
    """The rank of "место" from the number or ordinal it governs: "2 место", "второе место"; none
    for a count of places ("37 призовых мест", a number before the plural)."""
    if place.lower_ in ("мест", "местах", "местами"):
        return None
    rank = next((r for c in place.children if c.dep_ in ("amod", "nummod") and (r := rank_of(c)) is not None), None)
    return rank if rank is not None and rank <= 3 else None          # "наша дружина стала шестой": no prize


def elliptic_readings(view: SentenceView) -> list[Reading]:
    """"Второе место занял А, третье – Б": an ordinal conjoined to the verb (or to the place) of a
    ranked place, with the recipient right after it (and its dash), read in the case the place's
    recipient takes. The words after the ordinal, not its dependents: the parse hangs "сборная"
    of "второе – сборная лицея, третье – …" on the last ordinal."""
    readings = []
    for place in view.words:
        if place.lemma_ != "место" or place_rank(place) is None or place.dep_ not in ("obj", "nsubj", "nsubj:pass"):
            continue
        case = "nomn" if place.dep_ == "obj" else "datv"
        for ordinal in (*place.head.children, *place.children):
            rank = rank_of(ordinal)
            if ordinal.dep_ != "conj" or rank is None or ordinal.lemma_ == "место" or ordinal.i not in view.position:
                continue
            k = view.position[ordinal.i]
            if (token := word_after(view, k)) is None:
                continue
            recipients = read_argument(view, token, case) or team(view, token)
            if recipients:
                readings.append(Reading(k, k + 1, recipients, rank, None, True))
    return readings


def word_after(view: SentenceView, k: int) -> Token | None:
    """The head of the words after an elliptic ordinal and its dash: "третье – 5 учащихся" → "учащихся"."""
    j = k + 1
    while j < len(view.words) and view.words[j].text in ELLIPSIS_MARKS:
        j += 1
    if j >= len(view.words) or j == k + 1 and view.words[j].pos_ not in ("NOUN", "PROPN"):
        return None                                     # "третье место": not elliptic
    token = view.words[j]
    if token.dep_ in ("amod", *NUMERALS) and token.head.i > token.i and token.head.i in view.position:
        token = token.head
    return token


# --- Conjuncts of a recipient ------------------------------------------------------------------

def conjuncts(view: SentenceView, recipient: Recipient) -> list[Recipient]:
    """The recipients conjoined in the tree to one already read ("вручили Анне Ким из школы № 3 и
    Петру Лаптеву"), that no reading has taken yet, in the same clause, with no result of their own."""
    inside = range(recipient.first, max(recipient.stop, view.position[recipient.end - 1] + 1))
    roots = [
        t for k in inside if (t := view.words[k]).head.i not in view.position or view.position[t.head.i] not in inside
    ]
    found = []
    for root in roots:
        for token in conjoined(root):
            k = view.position.get(token.i)
            if k is None or k in inside or k in view.blocked or crosses_clause(view, inside, k) or has_place(token):
                continue
            read = [r for r in read_argument(view, token, None) if not is_leader(view, recipient, r)]
            if read and house_after_descriptor(view, recipient, read[0]):
                recipient.organization = recipient.organization or read[0].text
                read = read[1:]
            found += claim(view, read)
    return found


def house_after_descriptor(view: SentenceView, person: Recipient, other: Recipient) -> bool:
    """An organization after a person's class or age is her school, no second recipient: "Анна
    Ким, 10 «А» класс, школа № 1"."""
    if person.kind != "person" or other.kind != "organization":
        return False
    k = person.stop
    if not (k < len(view.words) and view.words[k].text == ","):
        return False
    after = descriptor_end(view, k + 1, len(view.words))
    return after > k + 1 and after + 1 == other.first and view.words[after].text == ","


def crosses_clause(view: SentenceView, inside: range, k: int) -> bool:
    """A verb or a place between a recipient and its conjunct: the parse joined two clauses
    ("2 место поделили А и Б, 3 место присуждено В и Г": not Б and Г)."""
    between = range(inside.stop, k) if k >= inside.stop else range(k + 1, inside.start)
    return any(view.words[j].pos_ in ("VERB", "AUX") or view.words[j].lemma_ in ("место", "степень") or view.words[j].text == ";"
               for j in between)                        # "…; преподаватель Ольга Рябова": another clause


def has_place(token: Token) -> bool:
    """A conjunct with a place of its own: "Анна Ким (1 место), Пётр Лаптев (2 место)"."""
    return any(c.lemma_ == "место" and place_rank(c) is not None for c in token.children)


def conjoined(token: Token) -> list[Token]:
    """The other conjuncts of a token: UD hangs every conjunct on the first one."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [t for t in (first, *(c for c in first.children if c.dep_ == "conj")) if t.i != token.i]
