"""Chains of recipients: the items joined by "и", commas and ", а также", read forward from a
position ("награждены Анна Ким, Пётр Лаптев и МФЦ района") or backward from a rank phrase or a
verb ("Анна Ким и Пётр Лаптев (2 место)"); the turns a list takes on the way (a nomination
opened inside it, "в том числе", a workplace after a comma, a collective renamed by its name).
"""

from __future__ import annotations

from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.names import shared_surname
from pressfacts.pipeline.sentence_view import QUOTE_PAIRS
from pressfacts.pipeline.wordforms import inflect_phrase, is_role_noun, is_verb

from .morph import nominative_phrase
from .following import bracketed_post, origin_end, participle_clause_end
from .recipients import is_organization_head, organization_text, read_item
from .view import (
    COLLECTIVE_HEADS, DASHES, LEAD_WORDS, SAME_AS_BEFORE, TRUE_DASHES, Recipient, SentenceView, adjectives_end, is_count,
    is_plural_noun, is_word, tail_end,
)
from .words import POSITION_WORDS


# --- Chains: recipients joined by "и" and commas ----------------------------------------------

def skip_stray_quotes(view: SentenceView, k: int, limit: int) -> int:
    """Past quote marks that close nothing here: "МФЦ Новоорского района» и …"."""
    closing = set(QUOTE_PAIRS.values())
    while k < limit and view.words[k].text in closing and k not in view.quotes:
        k += 1
    return k


# documents an honour is given by, in the instrumental before the verb: "указом губернатора"
ACTS = frozenset({"указ", "распоряжение", "постановление", "приказ", "решение"})
ADVERBIAL = 7   # at most this many words in a prepositional phrase between a verb and its recipients


def past_adverbial(view: SentenceView, k: int, limit: int, case: str) -> int:
    """Past a prepositional phrase that says where or among whom, after the verb and before the
    named person it gives to, in ``case`` ("увезли с собой Анна Ким и Пётр Лаптев", "победила среди
    женщин Анна Ким"); ``k`` when no one named follows it in the clause."""
    words = view.words
    if k + 1 < limit and (words[k + 1].lemma_ in ACTS or words[k + 1].lemma_ == "рука"):
        return k                                        # "по распоряжению председателя … Анны Ким", "из рук главы … Анны Ким": who gave it
    for j in range(k + 2, min(limit, k + ADVERBIAL)):
        if words[j - 1].text in (",", ";", ":", ".") or j - 1 in view.blocked or (is_verb(words[j - 1].text) and "Part" not in words[j - 1].morph.get("VerbForm")):
            return k
        if (found := read_item(view, j, limit, case)) and (
            (found[0].kind == "person" and view.position[found[0].start] in view.names) or view.words[j].lemma_ in COLLECTIVE_HEADS
        ):
            return j                                    # (a named person or a team: "состоялась в театре кукол" names no house that won)
    return k


def skip_lead(view: SentenceView, k: int, limit: int) -> int:
    """Past dashes, verbs and auxiliaries before a chain: "– МФЦ", "награжден МФЦ"."""
    while k < limit and k not in view.blocked:
        token = view.words[k]
        if is_count(token) and (colon := counted_colon(view, k, limit)):
            view.blocked.update(range(k, colon + 1))    # "Награды получили четыре педагога: А, Б …": the list names them
            k = colon + 1
        elif token.text in DASHES or token.lower_ in LEAD_WORDS or (
            is_verb(token.text) and token.lemma_ not in POSITION_WORDS and k not in view.names and not is_count(token)
        ):
            #   (an initial is no verb: "вручены Е. Зимину"; nor a collective numeral: "троим медикам")
            k += 1
        elif token.lower_ == "и" and k + 2 < limit and view.words[k + 1].lower_ in ("их", "его", "её", "ее"):
            k += 2                                      # "медали удостоен и их коллега Пётр Лаптев"
        elif (among := k + (token.text == ",")) + 3 <= limit and [w.lower_ for w in view.words[among : among + 3]] == ["в", "том", "числе"]:
            k = among + 3 + (among + 3 < limit and view.words[among + 3].text == ",")   # "был вручен, в том числе, А, Б …"
        elif token.lower_ == "между" and k + 1 < limit and view.words[k + 1].lower_ == "собой":
            k += 2                                      # "поделили между собой А и Б"
        elif token.lower_ == "и" and k > 0 and is_verb(view.words[k - 1].text) and k + 1 < limit and not is_verb(view.words[k + 1].text):
            k += 1                                      # "Почётным гражданином стал и бывший директор …": "also"
        elif token.lemma_ in COLLECTIVE_HEADS and is_plural_noun(token.text) and k + 2 < limit and view.words[k + 1].text == ":":
            k += 2                                      # "первое место заняли команды: МБОУ «СОШ № 1» и …": the list names them
        elif token.text == "(" and (close := bracketed_descriptor(view, k, limit)) is not None and close < limit and view.words[close].text == ":":
            k = close + 1                               # "признаны (в алфавитном порядке): А, Б"
        elif token.lower_.startswith("следующ") and (colon := next((j for j in range(k + 1, min(limit, k + 5)) if view.words[j].text == ":"), None)):
            k = colon + 1                               # "признаны следующие подразделения: А, Б"
        elif token.lower_ == "в" and k + 1 in view.openers and view.openers[k + 1] < limit and view.words[view.openers[k + 1]].text in DASHES:
            k = view.openers[k + 1] + 1                 # "Победители: в номинации «Проза» — Анна Ким, …"
        elif token.lower_ == "в" and k + 1 in view.openers and view.openers[k + 1] < limit and view.words[view.openers[k + 1]].lemma_ in LINKS:
            k = view.openers[k + 1]                     # "Лауреатом I степени в номинации «Проза» стал …" (not "награждены": the honour's)
        else:
            break
    return k


def family_sibling(view: SentenceView, previous: Recipient, k: int, limit: int) -> list[Recipient]:
    """A surname alone after a family shares its head: "семьи Орловых, Лаптевых и Ким" → "семья
    Лаптевых" (the shared head expanded, the family a group of its own)."""
    words = view.words
    family = previous.text.split(" ", 1)[0].lower()
    if not (family.startswith(("семь", "династ")) and k < limit and words[k].text[:1].isupper() and is_word(words[k])):
        return []
    if k + 1 < limit and is_word(words[k + 1]) and words[k + 1].text[:1].isupper():
        return []                                       # "семья Орловых, Анна Ким": a person's name
    start, end = view.span_of(k, k + 1)
    head = "династия" if family.startswith("династ") else "семья"
    previous.text = f"{head} {previous.text.split(' ', 1)[1]}" if " " in previous.text else previous.text   # "семьи Орловых" → "семья …"
    return [Recipient(start, end, f"{head} {words[k].text}", previous.kind, first=k, stop=origin_end(view, k + 1, limit))]


def numbered_sibling(view: SentenceView, previous: Recipient, k: int, limit: int) -> list[Recipient]:
    """A number alone after a numbered recipient shares its head: "команды школ № 1 и № 3" →
    "команды школ № 3"; "МФЦ № 2, № 5"."""
    words = view.words
    if not (k + 1 < limit and words[k].text == "№" and words[k + 1].like_num and "№" in previous.text):
        return []
    head = previous.text[: previous.text.rindex("№")]
    noun = words[previous.first]
    if previous.first + 1 < limit and words[previous.first + 1].text == "№" and is_plural_noun(noun.text) and noun.text[1:].islower():
        # "школы № 5, № 7": each is a school, "школа № 5", "школа № 7"
        head = (noun.lemma_.capitalize() if noun.text[0].isupper() else noun.lemma_) + " "
        previous.text = head + previous.text[previous.text.index("№"):]
    start, end = view.span_of(k, k + 2)
    organization = previous.organization
    if organization and "№" in organization:
        organization = organization[: organization.rindex("№")] + view.text(k, k + 2)
    return [Recipient(start, end, head + view.text(k, k + 2), previous.kind, previous.position, organization, first=k, stop=k + 2)]


LINKS = frozenset({"стать", "признать", "оказаться", "выйти", "назвать"})   # the verbs that make a title a result


def counted_colon(view: SentenceView, k: int, limit: int) -> int | None:
    """The colon after a count of people or houses ("четыре педагога:", "12 сотрудников МФЦ:", "два
    отдела:"), when the words between are words and a name follows the colon (a person's, or a
    house's capital or quote: "два отдела: Лесной отдел и …")."""
    for j in range(k + 1, min(limit, k + 10)):
        if view.words[j].text == ":" or view.words[j].text in TRUE_DASHES:   # "двоим сотрудникам министерства – А и Б"
            if j + 1 >= limit:
                return None
            named = (
                any(n in view.names for n in range(j + 1, min(limit, j + 12)))
                or view.words[j + 1].text[:1].isupper() or j + 1 in view.quotes
                or any(is_organization_head(view, n) for n in range(j + 1, min(limit, j + 5)))   # "трём больницам: детской больнице № 1, …"
            )
            return j if named else None
        if not is_word(view.words[j]) or j in view.names:
            return None
    return None


def is_leader(view: SentenceView, collective: Recipient, person: Recipient) -> bool:
    """The leader named after a collective, by a bare title: "ансамбль «Радуга», руководитель
    Нина Белова" (hers is not an award of its own)."""
    bare_title = person.position is not None and " " not in person.position and person.organization is None
    if not (person.first > 0 and view.words[person.first - 1].text == ","):
        return False                                    # "ансамбль «Радуга» и солистка Яна Рыжова": two
    after_name = person.first > 1 and view.words[person.first - 1].text == "," and view.words[person.first - 2].text in "»”\""
    collective_kind = collective.kind == "organization" or collective.text[:1].islower() or after_name
    return person.kind == "person" and bare_title and collective_kind


def titles_before(view: SentenceView, previous: Recipient, items: list[Recipient]) -> bool:
    """Is the item before a comma a title of the named person after it, with no name of its own:
    one noun in the singular, in the case of her title ("ветерану труда, основателю … Аркадию …");
    or one before "и" and her post ("врача и спасателя Дениса Орлова")?"""
    if not (len(items) == 1 and items[0].kind == "person" and previous.kind == "person"):
        return False
    if not items[0].position and (
        items[0].first in view.names or not view.words[items[0].first].text.islower() or not is_role_noun(view.words[items[0].first].text)
    ):
        return False                                    # a named person with a post, or a title ("доктору наук, доценту …")
    head = view.words[previous.first]
    title = view.words[items[0].first]
    if previous.first in view.names or not previous.text[:1].islower() or "Sing" not in head.morph.get("Number"):
        return False
    joined = view.words[items[0].first - 1].lower_
    named = view.position[items[0].start] in view.names   # "врача и спасателя Дениса Орлова": one man, two posts
    return (joined == "," or (joined == "и" and named and items[0].position)) and head.morph.get("Case") == title.morph.get("Case")


def renames(view: SentenceView, previous: Recipient, items: list[Recipient]) -> bool:
    """Does a named collective after a comma name the one before it, adjectives and a noun only
    ("народный коллектив, вокальный ансамбль «Заря»"; not "коллектив школы № 5, ансамбль «Заря»")?"""
    if len(items) != 1:
        return False
    item = items[0]
    return (
        previous.kind == "organization" and item.kind == "organization"
        and all(view.words[j].pos_ == "ADJ" for j in range(previous.first, previous.stop - 1))
        and (previous.text[:1].islower() or view.words[item.first - 1].text in TRUE_DASHES)
        and view.words[item.first - 1].text in {","} | TRUE_DASHES and any(q in view.quotes for q in range(item.first, item.stop))
    )                                                   # "Образцовый коллектив — театр-студия «Непоседы»" too


def workplace_of(view: SentenceView, found: list[Recipient], items: list[Recipient]) -> bool:
    """Is the organization read after "Анна Ким," hers ("Анна Ким, детский сад № 5"), a common
    noun after a comma, rather than a recipient of its own ("МФЦ района" stays one)?"""
    if not found or len(items) != 1:
        return False
    person, item = found[-1], items[0]
    first = view.words[item.first]
    return (
        person.kind == "person" and person.organization is None and item.kind == "organization"
        and view.words[item.first - 1].text == "," and first.text.islower() and not is_abbreviation(first.text)
    )


# the words after a group that name some of its members: "в том числе", "среди них", "из них"
INCLUDING = (("в", "том", "числе"), ("среди", "них"), ("из", "них"), ("в", "их", "числе"), ("включая",))


def including_at(view: SentenceView, k: int) -> int | None:
    """Past ", в том числе" at ``k``: the named members of a group follow ("12 работников отрасли,
    в том числе оператор котельной Анна Ким", "8 педагогов, среди них …")."""
    if k >= len(view.words) or view.words[k].text != ",":
        return None
    for words in INCLUDING:
        if tuple(w.lower_ for w in view.words[k + 1 : k + 1 + len(words)]) == words:
            after = k + 1 + len(words)
            return after + 1 if after < len(view.words) and view.words[after].text in DASHES else after   # "среди них –"
    return None


def named_members(view: SentenceView, group: Recipient, limit: int, case: str | None) -> list[Recipient]:
    """The people a group names after a colon, each a recipient in its place: "троим сотрудникам
    МФЦ: Анне Ким, Петру Лаптеву и …" (the group's house theirs, when they have none)."""
    k = group.stop
    # a colon, or a dash after a counted group ("двоим сотрудникам министерства – Анне Ким и Петру Лаптеву")
    counted = is_count(view.words[group.first])
    if group.kind != "person" or not (k + 1 < limit and (view.words[k].text == ":" or (counted and view.words[k].text in TRUE_DASHES))):
        return []
    members = read_chain(view, k + 1, limit, case, lead=False)
    if not members or any(m.kind != "person" for m in members):
        return []
    for member in members:
        member.organization = member.organization or group.organization
    members[0].covers = group.first                     # the group's words are taken with them
    return members


def read_chain(view: SentenceView, k: int, limit: int, case: str | None, lead: bool = True, after_verb: bool = True) -> list[Recipient]:
    """The recipients from ``k`` on, joined by "и", ",", ", а также" (``after_verb``: read after
    their verb, so that one a verb follows opens a clause of its own)."""
    words = view.words
    if lead:
        k = skip_lead(view, k, limit)
        if case and k < limit and words[k].pos_ == "ADP" and not read_item(view, k, limit, case):
            k = past_adverbial(view, k, limit, case)    # "бронзу завоевала в категории до 18 лет Анна Ким"
    found: list[Recipient] = []
    while k < limit:
        items = (family_sibling(view, found[-1], k, limit) if found else []) or read_item(view, k, limit, case) or (
            numbered_sibling(view, found[-1], k, limit) if found else []
        )
        if not items or (found and is_leader(view, found[-1], items[0])):
            break                                       # "ансамбль «Радуга», руководитель Нина Белова": not hers
        if found and (renames(view, found[-1], items) or titles_before(view, found[-1], items)):
            # "коллектив, вокальный ансамбль «Заря»": one recipient, by its name; "ветерану труда,
            # директору питомника Аркадию Лапшину": one man, by his name
            items[0].covers = found[-1].first
            found[-1] = items[0]
            if (k := joined_after(view, items[0].stop, limit)) is None:
                break
            continue
        if workplace_of(view, found, items):
            found[-1].organization, found[-1].stop = items[0].text, items[0].stop
            if (k := joined_after(view, items[0].stop, limit)) is None:
                break
            continue
        if len(items) == 1 and (members := named_members(view, items[0], limit, case)):
            found += members                            # the group is the people it names
            break
        if found and items[0].place and found[-1].kind == "organization" and not found[-1].place and words[items[0].first - 1].text == ",":
            found[-1].stop = items[-1].stop             # "ДЮП «Витязи», МБОУ «Лицей № 2», г. Озёрск": where it is, no winner
            if (k := joined_after(view, items[-1].stop, limit)) is None:
                break
            continue
        if after_verb and found and items[-1].stop < len(words) and is_verb(words[items[-1].stop].text) and words[items[0].first - 1].text == ",":
            break                                       # "отмечены А, Б получили медаль …": Б opens a clause of its own
        sharing = next((r for r in reversed(found) if r.shares_position), None)
        for item in items:
            if item.organization and item.organization.split()[0].lower() in SAME_AS_BEFORE:
                item.organization = found[-1].organization if found else None   # "советнику этого же отдела": the house before
            if sharing and item.kind == "person" and item.position is None and item.first == view.position[item.start]:
                item.position, item.organization = sharing.position, sharing.organization
        found += items
        k = skip_stray_quotes(view, items[-1].stop, limit)
        if (close := bracketed_context(view, k, limit)) is not None:
            items[-1].stop = k = close                  # "МФЦ г. Озёрска (категория «Крупные МФЦ») и …": its own category
        elif (close := bracketed_descriptor(view, k, limit)) is not None:
            items[-1].stop = k = close                  # "Анна Ким (7а), Пётр Лаптев (г. Озёрск) и …"
        elif items[-1].kind == "person" and (close := bracketed_post(view, k, limit)) is not None:
            items[-1].stop = k = close                  # "Т.И. Орлова (заведующая библиотекой «Причал»), …": her post
        elif items[-1].kind == "organization" and (close := bracketed_staff(view, k, limit)) is not None:
            view.blocked.update(range(k, close))
            items[-1].stop = k = close                  # "магазин «Сударь» (директор Ольга Пятакова)": its staff
        elif items[-1].kind == "person" and (clause_end := who_clause_end(view, k, limit)) > k:
            items[-1].stop = k = clause_end             # "Анне Ким, проживающей в Лесном, и Петру Лаптеву": who she is
        if k < limit and words[k].text in (",", ";"):
            members = including_at(view, k)
            if members is not None and words[members - 1].text in DASHES:
                case = None                             # "десяти тренерам, среди них – Анна Ким": named, not given
            k = members or k + 1
            opener = k + 1 if k + 1 < limit and words[k].lower_ == "а" else k
            if opener < limit and view.words[opener].lower_ == "в" and opener + 1 in view.openers:
                after = view.openers[opener + 1]        # ", в номинации «Песня» – ансамбль «Истоки»": the list goes on
                if after < limit and words[after].text in DASHES:
                    k = after + 1
                elif after < limit and opener > k and is_word(words[after]) and not is_verb(words[after].text):
                    k = after                           # ", а в номинации «Песня» ансамбль «Истоки»": and with no dash
            if k < limit and words[k].lower_ == "и":
                k += 1
            elif k + 1 < limit and words[k].lower_ == "а" and words[k + 1].lower_ == "также":
                k += 2
        elif k < limit and words[k].lower_ == "и":
            k += 1
        elif k + 1 < limit and words[k].text in TRUE_DASHES and items[-1].kind == "organization" and renames(
            view, items[-1], read_item(view, k + 1, limit, case)
        ):
            k += 1                                      # "Образцовый коллектив — театр-студия «Непоседы»": renamed next
        else:
            share_organization(view, found, k, limit)
            break
        while k < limit and words[k].lower_ in LEAD_WORDS:       # и лично Ивану Петрову
            k += 1
    share_surname(view, found)
    share_quoted_head(view, found)
    share_team_head(view, found, case)
    return found


def bracketed_context(view: SentenceView, k: int, limit: int) -> int | None:
    """One past a nomination or a category in brackets after a recipient ("(категория «Малые
    МФЦ»)"), the recipient's own; None when there is none."""
    words = view.words
    if not (k + 1 < limit and words[k].text == "(" and k + 1 in view.openers):
        return None
    close = view.openers[k + 1]
    return close + 1 if close < limit and words[close].text == ")" else None


BRACKET_WORDS = 4   # at most this many words in a descriptor's brackets


def who_clause_end(view: SentenceView, k: int, limit: int) -> int:
    """The comma that closes a participle or relative clause after a person in a list ("Анне Ким,
    проживающей в Лесном, и …", "А и Б, которые представляли Лесную школу, и В"); ``k`` when none."""
    words = view.words
    if k + 1 < limit and words[k].text == "," and words[k + 1].lower_.startswith("котор"):
        end = next((j for j in range(k + 2, limit) if words[j].text in (",", ";", ".", ":")), limit)
        return end if end < limit and words[end].text == "," else k
    end = participle_clause_end(view, k, limit)
    return end if k < end and (end >= limit or words[end].text in (",", ";", ".")) else k   # (to the list's end too: no one of its own)


def bracketed_staff(view: SentenceView, k: int, limit: int) -> int | None:
    """One past a bracket after an organization that names its staff ("(генеральный директор Эльдар
    Гусейнов, директор Ольга Пятакова)", "(рук. Семён Дегтярёв)"): none of them won."""
    words = view.words
    if not (k + 2 < limit and words[k].text == "("):
        return None
    j = adjectives_end(words, k + 1, limit)
    close = next((i for i in range(j, min(limit, j + 30)) if words[i].text == ")"), None)
    if close is None or not (j < limit and (
        words[j].lemma_ in POSITION_WORDS or words[j].lower_ in ("рук", "руководитель", "тренер", "педагог")
        #   any person noun before a name: "(профорг Олег Орлов, ответственная за спорт Анна Ким)"
        or (is_role_noun(words[j].text) and words[j].text.islower() and any(i in view.names for i in range(j + 1, close)))
    )):
        return None
    return close + 1


def bracketed_descriptor(view: SentenceView, k: int, limit: int) -> int | None:
    """One past a short bracket after a recipient that names no one and no house: a class, an age,
    a town, "на фото" ("Анна Ким (7а)", "Озёрск (Лесная область)", "(г. Лесной)"); None else."""
    words = view.words
    if not (k + 2 < limit and words[k].text == "("):
        return None
    close = next((j for j in range(k + 1, min(limit, k + 2 + BRACKET_WORDS)) if words[j].text == ")"), None)
    if close is None or close == k + 1:
        return None
    if any(j in view.names or j in view.blocked or words[j].text in ("(", "«") for j in range(k + 1, close)):
        return None
    return close + 1


def joined_after(view: SentenceView, stop: int, limit: int) -> int | None:
    """Where the next item of a chain starts after a comma, a semicolon or "и" past ``stop``;
    None when the chain ends there."""
    k = skip_stray_quotes(view, stop, limit)
    return k + 1 if k < limit and view.words[k].text in (",", ";", "и") else None


def share_surname(view: SentenceView, found: list[Recipient]) -> None:
    """Two people of one surname written once in the plural ("сёстрам Надежде и Татьяне Ивановым"):
    each gets it in the nominative singular (the linguistic layer's ``names.shared_surname``)."""
    for a, b in zip(found, found[1:]):
        first = [t.text for t in view.sent.doc[a.start:a.end] if t.is_alpha]
        second = [t.text for t in view.sent.doc[b.start:b.end] if t.is_alpha]
        if a.kind != "person" or b.kind != "person" or len(first) != 1 or len(second) != 2:
            continue
        if (one := shared_surname(first[0], second[1])) and (other := shared_surname(second[0], second[1])):
            a.text, b.text = one.full, other.full


def share_quoted_head(view: SentenceView, found: list[Recipient]) -> None:
    """A plural head before a list of quoted names is each one's: "команды «Луч», «Искра» и «Вега»"
    → "команда «Луч»", "команда «Искра»", "команда «Вега»"."""
    if len(found) < 2 or found[0].kind != "organization":
        return
    first = found[0].first
    while first + 1 < found[0].stop and view.words[first].pos_ == "ADJ":
        first += 1                                      # "Лесные рестораны «Ива» и «Луг»": the noun heads them
    head = view.words[first]
    opens = found[0].first == 0 and head.text[1:].islower()   # "Команды «Луч» и «Искра» заняли …"
    quote = first + 1
    while quote < found[0].stop and quote - found[0].first <= 3 and view.words[quote].pos_ in ("ADJ", "NOUN") and view.words[quote].text.islower():
        quote += 1                                      # "команды территориальных отделов «Рассвет» и «Озёрки»"
    if not ((head.text.islower() or opens) and is_plural_noun(head.text) and quote in view.quotes):
        return
    rest = [r for r in found[1:] if r.kind == "organization" and r.first in view.quotes and view.words[r.first - 1].text != head.text]
    if len(rest) != len(found) - 1:
        return
    written = [t.text for t in view.words[first + 1 : quote]]
    # each is one: "команда территориального отдела «Рассвет»", of "территориальный отдел «Рассвет»"
    between = inflect_phrase(written, len(written) - 1, "gent", target="gent", singular=True) if written else []
    house = " ".join(inflect_phrase(written, len(written) - 1, "gent", singular=True)) if written else None
    adjectives = [t.text for t in view.words[found[0].first : first]]
    before = inflect_phrase([*adjectives, head.text], len(adjectives), "nomn", singular=True)[:-1] if adjectives else []
    noun = " ".join([*before, head.lemma_, *between])
    for r, name in [(found[0], quote), *((r, r.first) for r in rest)]:
        quoted = view.text(name, view.quotes[name] + 1)
        r.text = f"{noun[:1].upper() + noun[1:] if opens and r is found[0] else noun} {quoted}"
        if house:
            r.organization = f"{house} {quoted}"


def share_team_head(view: SentenceView, found: list[Recipient], case: str | None) -> None:
    """A team's head before places joined to it is each place's team: "команды Лесного района и
    Озёрского округа" → "команда Лесного района", "команда Озёрского округа" (the second read as a
    place alone)."""
    for a, b in zip(found, found[1:]):
        head = view.words[a.first]
        if not (
            a.kind == "organization" and not a.place and b.place and head.lemma_ in COLLECTIVE_HEADS
            and head.text[1:].islower() and view.words[a.first + 1].text[:1].isupper()
            and view.words[b.first - 1].lower_ in ("и", ",") and view.words[b.first].text[:1].isupper()
        ):
            continue
        noun = head.lemma_.capitalize() if head.text[0].isupper() else head.lemma_
        if case == "nomn" and is_plural_noun(head.text):   # "заняли команды …": each is one team
            a.text = f"{noun} {view.text(a.first + 1, a.stop)}"
        b.text, b.place = f"{head.lemma_} {view.text(b.first, b.stop)}", False


def read_distributed(view: SentenceView, k: int, limit: int, count: int) -> list[Recipient]:
    """The places named after a dash that tells which of a group took each place: "Второе и третье
    места достались отделениям из двух городов — Заречного и Лесного" (one per place, in order;
    nothing unless there are as many as places)."""
    words, found = view.words, []
    while k < limit and k not in view.blocked and words[k].text not in TRUE_DASHES and is_word(words[k]) and (words[k].text.islower() or words[k].text.isupper()):
        k += 1                                          # "из двух городов": the rest of the group
    if not (k < limit and words[k].text in TRUE_DASHES):
        return []
    j = k + 1
    while j < limit and j not in view.blocked:
        start = j
        while j < limit and j not in view.blocked and is_word(words[j]) and words[j].text[:1].isupper():
            j += 1
        if j == start:
            break
        tokens = words[start:j]
        start_token, end_token = view.span_of(start, j)
        text = view.text(start, j, nominative_phrase(tokens, len(tokens) - 1, "gent"))
        found.append(Recipient(start_token, end_token, text, "organization", first=start, stop=j))
        if j < limit and (words[j].text == "," or words[j].lower_ == "и"):
            j += 1
        else:
            break
    return found if len(found) == count else []


def share_organization(view: SentenceView, found: list[Recipient], k: int, limit: int) -> None:
    """An organization after a dash that closes a list of people is theirs: "2 место – Анна Ким и
    Ольга Рябова – МБОУ «СШ № 1»" (each without one of their own gets it)."""
    words = view.words
    people = [r for r in found if r.kind == "person" and r.organization is None]
    if not people or not (k + 1 < limit and words[k].text in TRUE_DASHES and is_organization_head(view, k + 1)):
        return
    end = tail_end(view, k + 1 if k + 1 in view.quotes else k + 2, limit)
    organization = organization_text(view, k + 1, end)
    for person in people:
        person.organization = organization
    found[-1].stop = max(found[-1].stop, end)


def chain_stop(view: SentenceView, found: list[Recipient], limit: int) -> int:
    return skip_stray_quotes(view, found[-1].stop, limit) if found else 0
