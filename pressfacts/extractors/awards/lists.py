"""Lines and sentences that take their award from what came before them: a heading that names an
honour or a place and no one ("Почётными грамотами награждены:") and its lines; a result that goes
on past a semicolon; a contest report's numbered lines under a short heading ("Лыжные гонки:");
a nomination's line under a title of winners; an honour with no word that gives it ("Медалями
Жукова: сержант …"); "Им стал …" after the sentence that names the winner."""

from __future__ import annotations

from typing import NamedTuple

from pressfacts.pipeline.numbers.words import cardinal_word
from pressfacts.pipeline.wordforms import is_verb

from .chains import chain_stop, read_chain
from .contexts import Context
from .dependents import degree_rank
from .found import Found, award_name, claim, line_results, with_house
from .rank_phrases import RankFinder, rank_of
from .honour_phrases import HonourPhrase, giving_word, read_honour
from .once import group_count
from .view import AGE, DASHES, TRUE_DASHES, Recipient, SentenceView, is_count, is_finite, is_word, names_a_house
from .words import HONOURS


class Heading(NamedTuple):
    """An award announced before a colon, its recipients on the lines after it."""

    award: str | None
    rank: int | None
    contest_result: bool
    by_semicolon: bool = False   # a list that goes on after a semicolon, as long as its items end with one
    numbered: bool = False       # a contest's short heading ("Лыжные гонки:"): each line's number is its place
    case: str | None = None      # "Президент вручил:": the case of the recipients its lines name after their honour
    ordered: bool = False        # "Лучшими стали:", "Призовые места распределились так:": a line's number, where it has one, is its place


CREDITS = frozenset({"фото", "источник", "автор", "текст", "видео"})   # a line that credits the page's makers
# who prepared a winner, named after her: no winner of their own
TUTORS = frozenset({"преподаватель", "руководитель", "учитель", "педагог", "тренер", "наставник", "концертмейстер"})
BULLETS = frozenset({"-", "–", "—", "−", "•", "*", "·"})   # "−": the minus sign some releases type for a dash
# a heading that names the winners themselves: "Лауреаты конкурса «Учитель года»:"; the winners' rank is 1
LIST_TITLES = {"победитель": 1, "победительница": 1, "лауреат": None, "призёр": None, "призер": None, "дипломант": None}
# the plural forms a short heading may name its list by, written into a compound: "победители-горожане:"
TITLE_FORMS = {"победители": 1, "победительницы": 1, "лауреаты": None, "призёры": None, "призеры": None, "дипломанты": None}
# and the titles a pronoun in the next sentence may stand for: "помог выявить лидера. Им стал …"
TITLE_RANKS = {**LIST_TITLES, "лидер": 1, "чемпион": 1, "чемпионка": 1}


def title_rank(view: SentenceView, before: int | None) -> int | None:
    """The rank a title line gives the lists after it ("Победители конкурса" → 1, "Лауреаты" →
    None); ``before`` when the sentence is no title."""
    words = view.words
    # "Названы победители конкурса", "Определены победители": the title after its participle
    k = 1 if len(words) > 1 and "Pass" in words[0].morph.get("Voice") and words[0].lemma_ in ANNOUNCED else 0
    first = words[k] if k < len(words) else None
    if first is not None and first.lemma_ in LIST_TITLES and "Nom" in first.morph.get("Case"):
        return LIST_TITLES[first.lemma_]
    return before


ANNOUNCED = frozenset({"назвать", "определить", "объявить", "выявить", "известный"})


def nomination_line(view: SentenceView, titled: int | None, paragraph: int, sentence: int) -> list[Found]:
    """A line that opens with its nomination and names its winners after a colon or a dash, under
    a title of winners: "Номинация «Лучшая практика»: Сомов Игорь Витальевич (АНО «Дорога»);"."""
    words = view.words
    k = list_mark_end(view)
    if titled != 1 or k not in view.openers or words[k].lemma_ != "номинация":
        return []
    k = view.openers[k]
    if not (k < len(words) and words[k].text in DASHES):
        return []
    chain = claim(view, read_chain(view, k + 1, len(words), None, lead=False))
    if not chain or chain[0].first != k + 1:
        return []
    return line_results(view, chain, k, k + 1, titled, None, True, paragraph, sentence)


def list_heading(
    ranks: RankFinder, view: SentenceView, in_contest: bool, titled: int | None = None, told: str | None = None,
) -> Heading | None:
    """A sentence that ends with a colon and names an honour or a place but no recipient:
    "Почётными грамотами губернатора награждены:", "Дипломы I степени получили:"; or only a
    nomination in a contest ("В номинации «Открытие года»:", the rank of the title before it)."""
    words = view.words
    if not words or not (words[-1].text == ":" or ends_a_line(view)):
        return None
    if in_contest and view.openers and all(k in view.blocked or not is_word(t) or t.lower_ == "в" for k, t in enumerate(words)):
        return Heading(None, titled, True)
    for k, token in enumerate(words):
        if token.lemma_ in HONOURS and (phrase := read_honour(view, k)):
            return Heading(phrase.text, degree_rank(view, phrase), False)
    placed = [m for m in ranks(view.sent) if in_contest or not m.rule.needs_contest]
    if placed:
        return Heading(award_name(view, placed[-1]), placed[-1].rank, True, ordered=words[-1].text == ":" and lists_places(view))
    first = words[0]
    if first.lemma_ in LIST_TITLES and "Nom" in first.morph.get("Case"):
        return Heading(None, LIST_TITLES[first.lemma_], True)
    titles = [t for t in words if t.lower_.split("-")[0] in TITLE_FORMS]
    if words[-1].text == ":" and titles and len([t for t in words if is_word(t)]) <= 4:
        return Heading(None, TITLE_FORMS[titles[0].lower_.split("-")[0]], True)   # "Итак, победители-горожане:"
    if words[-1].text == ":" and told and any(t.lower_.startswith(AWARDED) for t in words):
        return Heading(told, None, False)               # "Вот список награждённых:" under the honour told before
    if words[-1].text == ":" and (verb := next((v for t in words if (v := giving_word(t))), None)):
        return Heading(None, None, False, case=verb.case)   # "Президент вручил:" and a line per honour
    return None


def members_heading(view: SentenceView, group: Found | None, sentence: int) -> Heading | None:
    """A short line that opens the list of a counted group told of just before, its honour theirs:
    "Звание получат 13 жителей. … В списке:⏎- директор лицея Анна Ким, …", "В их числе:"."""
    words = [t for t in view.words if is_word(t)]
    if group is None or not (view.words and view.words[-1].text == ":" and 0 < len(words) <= MEMBERS_HEADING_WORDS):
        return None
    if group.sentence < sentence - GROUP_REACH or not group_count(group) > 1:
        return None
    if not any(t.lemma_ in ("список", "число") or t.lower_ == "среди" for t in words):
        return None
    return Heading(group.award, group.rank, group.contest_result)


MEMBERS_HEADING_WORDS = 3   # "В их числе:", "Среди них:"
GROUP_REACH = 3             # sentences back to the group a members' heading lists


AWARDED = ("награждённ", "награжденн")   # "список награждённых", "в числе награждённых"


def numbered_heading(view: SentenceView) -> tuple[Heading, int | None] | None:
    """A short line of a contest's report that ends with a colon and says nothing but what the
    list under it is for ("Лыжные гонки:", "Мини-футбол:", "Среди юношей:"): the numbers of its
    lines are places ("1. Лесной район."). With the first line's number when the sentence took
    it ("Мини-футбол: 1." | "АО «Ромб»; 2. …")."""
    words = view.words
    number = None
    if len(words) > 3 and words[-3].text == ":" and words[-2].like_num and words[-1].text == ".":
        number, words = rank_of(words[-2]), words[:-2]
    if not words or words[-1].text != ":":
        return None
    depth, content = 0, []
    for w in words:                                     # "По первой возрастной группе (до 40 лет):": the bracket is its own
        depth += (w.text == "(") - (w.text == ")")
        if depth == 0 and is_word(w):
            content.append(w)
    if (not 0 < len(content) <= 4 or any(is_verb(w.text) for w in content)) and not lists_places(view):
        return None
    return Heading(None, None, True, numbered=True), number


PLACE_LISTS = frozenset({"лучшими", "лидерами", "призёрами", "призерами"})


def lists_places(view: SentenceView) -> bool:
    """Does a heading say its lines are places in order: places in the plural ("призовые места
    распределились следующим образом:"), or the best, leaders or prizewinners ("Лучшими стали:")?"""
    return any((t.lower_ in ("места", "мест") and t.lemma_ == "место") or t.lower_ in PLACE_LISTS for t in view.words)


def line_number(view: SentenceView) -> int | None:
    """The number a line of a list opens with: "2." → 2."""
    words = view.words
    if len(words) > 1 and words[0].like_num and words[1].text in (".", ")"):
        return rank_of(words[0])
    return None


def ends_with_semicolon(view: SentenceView) -> bool:
    return bool(view.words) and view.words[-1].text == ";"


def semicolon_list(view: SentenceView, read: list[Found]) -> Heading | None:
    """A result whose recipients run to a semicolon goes on in the sentence after it: "1 место –
    Анна Ким; Пётр Лаптев." (the sentences split at the semicolon; the second names no place)."""
    last = read[-1]
    if not ends_with_semicolon(view) or last.recipient.stop < len(view.words) - 1:
        return None
    return Heading(last.award, last.rank, last.contest_result, by_semicolon=True)


def ends_a_line(view: SentenceView) -> bool:
    """A sentence that is a line of its own with no mark at its end, as a heading is written
    without its colon: "Призёрами стали⏎", "Награды получили⏎"."""
    last = view.words[-1]
    return is_word(last) and "\n" in view.sent.text[last.idx + len(last.text) - view.sent.start_char :]


def list_mark_end(view: SentenceView) -> int:
    """Past the marks a line of a list begins with: "-", "•", "1.", "2)"."""
    words, k = view.words, 0
    while k < len(words):
        if words[k].text in BULLETS:
            k += 1
        elif words[k].like_num and k + 1 < len(words) and words[k + 1].text in (".", ")"):
            k += 2
        else:
            break
    return k


def has_result(ranks: RankFinder, view: SentenceView) -> bool:
    """Does a line give a result of its own: a rank phrase or an honour word?"""
    return bool(ranks(view.sent)) or any(t.lemma_ in HONOURS and not names_a_house(view, k) for k, t in enumerate(view.words))


def list_item(view: SentenceView, heading: Heading, paragraph: int, sentence: int, number: int | None = None) -> list[Found]:
    """The recipients of one line under a heading ("- Анна Ким, учитель школы № 3;", "– в
    номинации «Дебют» – Анна Ким;"), or nothing when the line is not one of its list. Under a
    numbered heading the line's number (or ``number``, split off the line before) is its place."""
    k = list_mark_end(view)
    if k + 1 < len(view.words) and view.words[k].lower_ in CREDITS and view.words[k + 1].text == ":":
        return []                                       # "Фото: пресс-служба": the page's credit, no recipient
    rank = heading.rank
    if heading.numbered:
        rank = line_number(view) or number
        if rank is None:
            return []
        view.places = True                              # "1. Лесной район."
    elif heading.ordered and (rank := line_number(view) or number or heading.rank) > 3:
        return []
    opened = k in view.openers or (k + 1 < len(view.words) and view.words[k].lower_ == "в" and k + 1 in view.openers)
    if k in view.openers:
        k = view.openers[k] + 1                         # «Лучший проект»: Анна Ким (see ``quoted_nomination``)
    while k + 1 < len(view.words) and view.words[k].lower_ == "в" and k + 1 in view.openers:
        k = view.openers[k + 1]                         # the line's contest or nomination opens it, or both:
        while k < len(view.words) and view.words[k].text in BULLETS:   # "в конкурсе «…» в номинации «Дебют» – …"
            k += 1
    if heading.by_semicolon and not opened and k < len(view.words) and view.words[k].lemma_ in TUTORS:
        return []                                       # "1 место – Анна Ким; преподаватель Ольга Рябова": her teacher
    chain = claim(view, read_chain(view, k, len(view.words), None, lead=False))
    view.places = False
    if not chain or k not in (chain[0].first, chain[0].covers):
        return []                                       # (a collective renamed keeps the words it renames: "коллектив — театр «Лад»")
    if chain[-1].stop < len(view.words) and is_finite(view.words[chain[-1].stop]):
        return []                                       # "Председатель комитета Иван Орлов поручил …": a sentence of its own
    chain = with_house(view, chain)
    if heading.numbered and rank > 3:
        return []                                       # a fourth place wins nothing
    return line_results(view, chain, k, k + 1, rank, heading.award, heading.contest_result, paragraph, sentence)


def quoted_nomination(view: SentenceView, paragraph: int, sentence: int) -> list[Context]:
    """A list's line that opens with a quoted title and a colon, its recipient after it: the title
    is the line's nomination ("«Лучший проект»: ООО «Ромб»" under "Победителями в номинациях стали:")."""
    k = list_mark_end(view)
    close = view.quotes.get(k)
    if close is None or close + 2 >= len(view.words) or view.words[close + 1].text != ":":
        return []
    view.blocked.update(range(k, close + 2))
    view.openers[k] = close + 1
    return [Context("nomination", view.text(k + 1, close), view.words[k].idx, paragraph, sentence)]


def category_line(view: SentenceView) -> bool:
    """A short line under a heading of places that names whom the lines after it rank ("Первая
    группа", "Юноши 2008 г.р."): at most five words, no verb, no mark that ends a sentence."""
    words = [t for t in view.words if is_word(t)]
    return 0 < len(words) <= 5 and not any(is_verb(t.text) for t in words) and view.words[-1].text not in (".", "!", "?", ";")


def honour_line(view: SentenceView, heading: Heading, paragraph: int, sentence: int) -> list[Found]:
    """A line under a heading that names its recipients' own honour after a dash: "Награды
    получили:⏎Анна Ким – почётную грамоту;⏎Пётр Лаптев – благодарственное письмо." (the line
    gives nothing on its own: no giving word, no place)."""
    k = list_mark_end(view)
    words = view.words
    if any(giving_word(t) for t in words):
        return []
    chain = read_chain(view, k, len(words), None, lead=False)
    if not chain or chain[0].first != k or (phrase := honour_after_dash(view, chain[-1].stop)) is None:
        return []
    chain = with_house(view, claim(view, chain))
    rank = degree_rank(view, phrase)
    return line_results(view, chain, k, phrase.end, rank, phrase.text, heading.contest_result, paragraph, sentence)


def another_group(view: SentenceView, before: Found | None, paragraph: int, sentence: int) -> list[Found]:
    """A sentence that gives more people, counted, an honour of their own with the verb of the
    sentence before left out: "Губернатор вручил грамоты девяти пожарным. Ещё четверым – благодарности
    главы региона." (after a record of an honour, not of a place)."""
    words = view.words
    if before is None or before.rank is not None or not (len(words) > 3 and words[0].lower_ in ("ещё", "еще") and is_count(words[1])):
        return []
    chain = read_chain(view, 1, len(words), None, lead=False)
    if len(chain) != 1 or chain[0].first != 1 or (phrase := honour_after_dash(view, chain[0].stop)) is None:
        return []
    return line_results(view, claim(view, chain), 0, phrase.end, None, phrase.text, False, paragraph, sentence)


def honour_after_dash(view: SentenceView, dash: int, clause: bool = False) -> HonourPhrase | None:
    """The honour that follows a dash at ``dash`` and ends the sentence ("… – почётную грамоту;"),
    or with ``clause``, ends its clause at a comma or a semicolon; or None."""
    words = view.words
    if not (dash + 1 < len(words) and words[dash].text in TRUE_DASHES) or (phrase := honour_at(view, dash + 1)) is None:
        return None
    rest = words[phrase.end : next((j for j in range(phrase.end, len(words)) if words[j].text in (",", ";")), len(words)) if clause else None]
    return None if any(is_word(t) for t in rest) else phrase


def gapped_honours(view: SentenceView, read: list[Found], paragraph: int, sentence: int) -> list[Found]:
    """Further recipients, each given an honour of its own after a dash, the verb of the honour read
    before left out: "30 медсёстрам вручили грамоты министерства, 20 — грамоты губернатора, двоим —
    нагрудный знак" (after an honour, not a place)."""
    honoured = [f for f in read if f.rank is None and not f.contest_result and f.award]
    if not honoured or len(honoured) != len(read):
        return []
    words, taken = view.words, {f.recipient.first for f in read}
    last = max(f.recipient.stop for f in honoured)
    found = []
    for comma in (j for j in range(last, len(words) - 1) if words[j].text == ","):
        chain = read_chain(view, comma + 1, len(words), None, lead=False)
        if len(chain) != 1 or chain[0].first != comma + 1 or chain[0].first in taken:
            continue
        if (phrase := honour_after_dash(view, chain[0].stop, clause=True)) is not None:
            found += line_results(view, claim(view, chain), comma + 1, phrase.end, None, phrase.text, False, paragraph, sentence)
    if last + 1 < len(words) and words[last].lower_ == "и" and (phrase := honour_at(view, last + 1)) is not None:
        # "вручил медаль ученику Ивану Орлову и благодарность его однокласснику Петру Лаптеву": an honour and its own recipient
        chain = read_chain(view, phrase.end, len(words), None, lead=False)
        if chain and chain[0].first == phrase.end:
            found += line_results(view, claim(view, chain), last, chain[-1].stop, None, phrase.text, False, paragraph, sentence)
    return found


def honour_at(view: SentenceView, k: int) -> HonourPhrase | None:
    """The honour phrase that starts at ``k`` (its adjectives first), or None."""
    words = view.words
    head = k
    while head < len(words) and words[head].pos_ == "ADJ":
        head += 1
    if head >= len(words) or words[head].lemma_ not in HONOURS:
        return None
    phrase = read_honour(view, head)
    return phrase if phrase is not None and phrase.start == k else None


def elliptic_honour(view: SentenceView, case: str | None, paragraph: int, sentence: int) -> list[Found]:
    """A line that names an honour, then its recipients, with no word that gives it: under "Президент
    вручил:" ("• медаль «За труд» учителю Анне Ким;", in the heading's case), or on its own after a
    colon or a dash ("Медалями Жукова: сержант Иван Орлов и рядовой Пётр Лаптев.")."""
    words = view.words
    k = list_mark_end(view)
    if any(giving_word(t) for t in words):
        return []
    head = next((j for j in range(k, min(len(words), k + 4)) if words[j].lemma_ in HONOURS), None)
    phrase = read_honour(view, head) if head is not None else None
    if phrase is None or phrase.start != k:
        return []
    j = phrase.end
    if j < len(words) and words[j].text in DASHES:
        j += 1
    elif case is None:
        return []                                       # on its own only with its mark: "Медалями Жукова:"
    chain = read_chain(view, j, len(words), case, lead=False)
    if not chain or chain[0].first != j or any(is_word(t) for t in words[chain_stop(view, chain, len(words)) :]):
        return []
    claim(view, chain)
    rank = degree_rank(view, phrase)
    return line_results(view, chain, k, phrase.end, rank, phrase.text, False, paragraph, sentence)




def titled_before(view: SentenceView) -> tuple[bool, int | None]:
    """Does a sentence name the winners or laureates a pronoun in the next may stand for
    ("Определился победитель конкурса.", "помог выявить лидера"), and their rank?"""
    title = next((t.lemma_ for k, t in enumerate(view.words) if t.lemma_ in TITLE_RANKS and (t.text.islower() or k == 0)), None)
    return (title is not None, TITLE_RANKS.get(title) if title else None)


# the words that open a sentence naming some of those the sentence before honoured
THEIR_NAMES = ("их", "имена")                    # names them after a dash only
THESE = ("это",)                                   # "Награждены семь медиков. Это педиатры А и Б, …": after a group only
THEM = ("ими",)                                     # "Ими стали А и Б": after a group only
# "Награждены трое жителей. Речь идёт о машинисте Иване Орлове, …": after a group counted only
SPOKEN_OF = tuple((speech, goes, about) for speech in ("речь",) for goes in ("идёт", "идет") for about in ("о", "об"))
MEMBERS_OPENERS = (THEIR_NAMES, ("среди", "них"), ("в", "их", "числе"), ("среди", "награждённых"), ("среди", "награжденных"), THESE, THEM, *SPOKEN_OF)


def without_group_named(view: SentenceView, found: list[Found], before: Found | None, named: list[Found]) -> list[Found]:
    """The records before, less an uncounted group all of whose people the sentence names ("Юные
    герои получили медали. Их имена — А и Б": the names are its record; a counted one gives way to
    its names in ``once.named_in_full``, "Среди них – …" names only some)."""
    words = [w.lower_ for w in view.words[:2]]
    everyone = any(words[: len(o)] == list(o) for o in (THEIR_NAMES, THESE, THEM))
    told = before.recipient.text.split() if before is not None else []
    group = before is not None and before.recipient.kind == "person" and any(w.islower() for w in told[1:]) and not (
        told[0].isdigit() or cardinal_word(told[0].lower()))   # no one's name, and no count
    if not (named and everyone and group):
        return found
    return [f for f in found if f is not before]


def named_after_group(view: SentenceView, before: Found | None, paragraph: int, sentence: int) -> list[Found]:
    """The sentence after a result that names who it was for: its members ("Среди них – …") or,
    its verb left out, another group's result ("Среди … третьей группы – …")."""
    return their_names(view, before, paragraph, sentence) or (among_elliptic(view, before, paragraph, sentence) if before else [])


def their_names(view: SentenceView, before: Found | None, paragraph: int, sentence: int) -> list[Found]:
    """"Их имена — Анна Ким, Пётр Лаптев", "Среди них – фельдшер Ольга Рябова": the people the
    sentence before honoured (``before``, its last record: "награждены 15 работников отрасли"),
    named after it; each takes that record's rank and honour (with none, award "": the honour told
    before, as for "Их получили …")."""
    words = view.words
    opener = next((o for o in MEMBERS_OPENERS if [w.lower_ for w in words[: len(o)]] == list(o)), None)
    if opener is None or (opener in (THESE, THEM, *SPOKEN_OF) and not (before is not None and is_count(view.sent.doc[before.recipient.start]))):
        return []
    k = len(opener)
    if k < len(words) and words[k].lemma_ in ("быть", "оказаться", "стать"):
        k += 1                                          # "Среди них были …", "Среди награждённых оказались …"
    elif k < len(words) and words[k].text in DASHES:
        k += 1
    elif opener == THEIR_NAMES:
        return []
    elif (dash := described_members_end(view, k)) is not None:
        k = dash + 1                                    # "Среди них участники тушения пожара на складе — прапорщик Иван Орлов"
    if k < len(words) and words[k].lower_ == "и":
        k += 1                                          # "Среди награждённых были и …"
    if k < len(words) and AGE.match(words[k].text):
        k += 1                                          # "В их числе 12-летний Никита Орлов": his age
    chain = claim(view, read_chain(view, k, len(words), "loct" if opener in SPOKEN_OF else None, lead=False))
    if not chain or chain[0].first != k:
        return []
    if opener != THEIR_NAMES and not all(is_named(view, r) for r in chain):
        return []                                       # "Среди них руководители волонтёрских организаций": no one named
    rank, award = (before.rank, before.award) if before is not None else (None, "")
    return line_results(view, chain, 0, k, rank, award, before is not None and before.contest_result, paragraph, sentence)


DESCRIPTION_WORDS = 25   # at most this many words describe the members before the dash that names them


def described_members_end(view: SentenceView, k: int) -> int | None:
    """The dash after a description of the members that names no one ("участники тушения пожара,
    который произошёл на складе, —"), its first word a lower-case noun; None where there is none."""
    words = view.words
    if not (k < len(words) and words[k].pos_ == "NOUN" and words[k].text.islower()):
        return None
    for j in range(k + 1, min(len(words), k + DESCRIPTION_WORDS)):
        if j in view.names or words[j].text in (".", ";", ":"):
            return None
        if words[j].text in TRUE_DASHES:
            return j
    return None


def is_named(view: SentenceView, recipient: Recipient) -> bool:
    """Does a recipient have a name of its own: a person's, or a house's capital, number or quote?"""
    return any(
        j in view.names or view.words[j].text[:1].isupper() or view.words[j].like_num or j in view.quotes
        for j in range(recipient.first, recipient.stop)
    )


def among_elliptic(view: SentenceView, before: Found, paragraph: int, sentence: int) -> list[Found]:
    """"Среди подразделений третьей группы (…) – группа уголовного розыска …" after a sentence
    that gave a result to another group ("Среди … второй группы лучшим стал …"): the same result,
    its verb left out."""
    words = view.words
    if not (words and words[0].lower_ == "среди" and before.contest_result and before.rank is not None):
        return []
    dash = next((k for k, t in enumerate(words) if t.text in TRUE_DASHES), None)
    if dash is None or any(words[k].pos_ in ("VERB", "AUX") for k in range(dash)):
        return []
    view.results = True                                 # a unit may have placed ("группа уголовного розыска …")
    chain = claim(view, read_chain(view, dash + 1, len(words), None, lead=False))
    view.results = False
    if not chain or chain[0].first != dash + 1:
        return []
    return line_results(view, chain, 0, dash + 1, before.rank, before.award, True, paragraph, sentence)


def became_it(view: SentenceView, rank: int | None, paragraph: int, sentence: int) -> list[Found]:
    """"Им стал Артур Гаврилов — воспитатель …" after a sentence that names the winner: the
    pronoun is the title; the names after the verb are the recipients."""
    words = view.words
    if not (len(words) > 2 and words[0].lower_ in ("им", "ими", "ею", "ей") and words[1].lemma_ in ("стать", "оказаться")):
        return []
    chain = claim(view, read_chain(view, 2, len(words), "nomn", lead=False))
    if not chain or chain[0].first != 2:
        return []
    return line_results(view, chain, 0, 2, rank, None, True, paragraph, sentence)
