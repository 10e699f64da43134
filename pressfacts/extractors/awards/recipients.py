"""Recipients of awards: people, groups of people and organizations, read off a run of words.

A recipient is one of
* a person: a name (slovnet's PER, or a surname with initials) with a position and an
  organization before or after it: "Михин С.В. специалист МАУ «МФЦ» г. Оренбурга",
  "директору школы № 5 Ивановой Марии Петровне";
* a group of people: "лучшим сотрудникам МФЦ области", "коллектив МФЦ Сакмарского района"
  (kind "person", the institution as the organization);
* an organization: an abbreviation, an organization noun, a quoted name or slovnet's ORG,
  with the words that name it: "МФЦ г. Новотроицка", "ТОСП села Михайловка".
Recipients come in chains joined by "и" and commas ("МФЦ г. Бугуруслана и МФЦ Новоорского
района"); a head shared by coordinated adjectives gives one recipient each ("МФЦ Ташлинского
и Тюльганского районов"). A project may follow: "… с проектом «Руководство …»" (what follows a
recipient and is still its own: ``following``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pressfacts.pipeline.lexicon import roman_value
from pressfacts.pipeline.morphology import is_abbreviation
from pressfacts.pipeline.wordforms import (
    ADJECTIVE_POS,
    NUMBERED_ORDINAL,
    can_agree,
    has_common_reading,
    has_reading,
    inflect_word,
    is_animate,
    is_role_noun,
)

from .morph import can_be, name_can_be, nominative_name, nominative_phrase
from .places import read_place
from .pronouns import PLURAL
from .posts import (
    KIN,
    SUBSTANTIVE_POSTS,
    agrees,
    described_name,
    field_end,
    first_noun_is_plural,
    genitives_end,
    governed_end,
    is_participle_post,
    is_who_noun,
    lower_case,
    nominative_position,
    position_run,
    title_run,
)
from .view import (
    AGE,
    APPOSITION,
    COLLECTIVE_HEADS,
    COLLECTIVE_NUMERAL,
    EVERYONE,
    TRUE_DASHES,
    Recipient,
    SentenceView,
    adjectives_end,
    can_be_genitive,
    count_end,
    is_adjective_form,
    is_word,
    numbered_unit,
    slashed_abbreviation,
    tail_end,
    unit_head,
)
from .people import (
    BOTH,
    FAMILIES,
    complemented,
    coordinated_people,
    counted_in_singular,
    described_people,
    honour_after,
    is_people_head,
    names_soon,
    people_participle,
    shares_a_case,
)
from .following import SETTLEMENTS, origin_end, participle_clause_end, read_project, read_shared_head, second_house_end, settlement_after, shared_abbreviation
from .words import GROUP_HEADS, HONOURS, ORGANIZATION_HEADS, PROJECT_WORDS, is_contest_word, is_rank_only

# --- Items: one recipient (or several sharing a head) at a position -------------------------

def read_item(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    """The recipient(s) that start at ``k``: a person, a group or an organization."""
    if k >= limit or k in view.blocked:
        return []
    for read in (read_work, read_person, read_group, read_organization):
        found = read(view, k, limit, case)
        if found:
            return found
    return read_place(view, k, limit, case) if view.places else []


MERITS = frozenset({"труд", "заслуга", "вклад"})   # "отмечен труд замглавного врача Ивана Орлова": whose the honour is


def read_work(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    """A work that stands for its author: "отмечена работа ученицы 9 класса Анны Ким «Мой край»"
    (the author the recipient, the quoted title the project); a merit, its holder ("Орденом
    отмечен труд врача Ивана Орлова", "отмечены заслуги коллектива больницы")."""
    work = view.words[k]
    if work.lemma_ in MERITS and work.text.islower() and k + 1 < limit and (not case or can_be([work], case)):
        holders = read_person(view, k + 1, limit, "gent") or read_group(view, k + 1, limit, "gent") or read_organization(view, k + 1, limit, "gent")
        for holder in holders[:1]:
            holder.first = k
        return holders
    if work.lemma_ not in PROJECT_WORDS or not work.text.islower() or (case and not can_be([work], case)):
        return []
    authors = read_person(view, k + 1, limit, "gent") if k + 1 < limit else []
    if len(authors) != 1:
        return []
    author = authors[0]
    author.first = k
    if author.project is None and author.stop < limit and author.stop in view.quotes and view.quotes[author.stop] < limit:
        author.project = view.text(author.stop + 1, view.quotes[author.stop])
        author.stop = view.quotes[author.stop] + 1
    return authors


def field_of_post(view: SentenceView, k: int, end: int) -> int:
    """Where the organization starts in the genitives after a post: the post keeps the bare
    nouns before the first word that names a house ("учитель истории", "мастер участка", "учитель
    математики школы № 12" → "школы № 12"); ``end`` when none does (no organization). A noun
    with an adjective is a house's ("водитель скорой помощи" @ "скорая помощь")."""
    words = view.words
    j = k
    while j < end and words[j].pos_ == "NOUN" and words[j].text.islower() and can_be_genitive(words[j].text) and not is_organization_head(view, j):
        j += 1
    if named_after(view, j):
        return k                                        # "водителя автоколонны № 2": a house by its number or name
    return j


def named_after(view: SentenceView, k: int) -> bool:
    """Do the words before ``k`` name a house by what follows them: a number, a quoted name
    ("автоколонны № 2", "студии «Лад»")?"""
    return k < len(view.words) and (view.words[k].text == "№" or k in view.quotes)


def organization_text(view: SentenceView, start: int, end: int, case: str = "gent") -> str | None:
    """The organization as written, a leading common noun (in the genitive after a position
    or a group) in the nominative with the adjectives before it: "школы № 5" → "школа № 5",
    "Заречной средней школы" → "Заречная средняя школа"."""
    if end > start and view.words[end - 1].text == "»" and end - 1 not in view.quotes.values():
        end -= 1                                        # a quote that closes nothing stays out
    if start >= end:
        return None
    head = start
    while head < end - 1 and (view.words[head].pos_ == "ADJ" or "Part" in view.words[head].morph.get("VerbForm")) and (
        is_word(view.words[head]) or NUMBERED_ORDINAL.match(view.words[head].text)
    ):
        head += 1                                       # "5-го оперативного батальона" → "5-й оперативный батальон"
    noun = view.words[head]
    if noun.pos_ == "NOUN" and not noun.text.isupper() and is_word(noun):   # "Дома культуры" → "Дом культуры"
        return view.text(start, end, nominative_phrase(view.words[start:end], head - start, case))
    return view.text(start, end)


POSSESSIVES = frozenset({"его", "её", "ее", "их"})


def read_person(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    words = view.words
    if (words[k].lower_ in POSSESSIVES and k + 2 < limit and words[k + 1].pos_ == "NOUN") or (AGE.match(words[k].text) and k + 1 < limit):
        found = read_person(view, k + 1, limit, case)  # "и его воспитанница Анна Ким": whose, no post; "36-летнюю Анну Ким": her age
        for recipient in found:
            recipient.first = k
        return found
    house = None                                                # a house after "из" before the name
    who = False
    if k in view.names:
        name = prefix_end = governed = organization_end = k
    else:
        prefix_end = title_run(view, position_run(view, k, limit), limit)
        head = k
        while prefix_end == k and head < limit and words[head].pos_ == "ADJ" and lower_case(view, head):
            head += 1                                           # "олимпийская чемпионка", "Почётному гражданину"
        who = prefix_end == k and head + 1 < limit and is_who_noun(view.words[head]) and (
            (view.words[head + 1].lower_ == "из" and tail_end(view, head + 2, limit) in view.names) or tail_end(view, head + 1, limit) in view.names
        )                                                       # "их коллега Сергей Морозов", "школьника из Лужска Данилу Орлова",
        #   "олимпийская чемпионка по самбо Анна Ким", "жительница Озёрска Анна Ким"
        if who:
            prefix_end = head + 1                               # "их коллега Сергей Морозов": who he is, no post
        if prefix_end == k:
            if (named := described_name(view, k, limit, case)) is None:
                return []
            # "удостоили работающую в школе № 3 Анну Ким": who she is; her post, where one comes before the name, hers
            post = next((found for j in range(k + 1, named + 1) if (j == named or (case and is_role_noun(words[j].text) and can_be([words[j]], case)))
                         and (found := read_person(view, j, limit, case)[:1]) and view.position[found[0].start] == named), [])
            for recipient in post:
                recipient.first = k
            return post
        prefix_end = field_end(view, prefix_end, limit)
        if prefix_end + 1 < limit and words[prefix_end].like_num and words[prefix_end + 1].lemma_ == "класс":
            prefix_end += 2                                     # "ученица 9 класса": her form is her post's
        governed = governed_end(view, prefix_end, limit) if is_participle_post(words[prefix_end - 1]) else prefix_end
        organization_end = name = tail_end(view, governed, limit)
        if name not in view.names and name > governed and (field := field_end(view, name, limit)) in view.names:
            name = field                                        # "заслуженному тренеру России по фигурному катанию Анне Ким"
        if name not in view.names and name + 2 < limit and words[name].lower_ == "из" and (
            words[name + 1].text[:1].isupper() or words[name + 1].lower_ in SETTLEMENTS
            or is_organization_head(view, min(adjectives_end(words, name + 1, limit), limit - 1))
        ):   # "доярка из (сельскохозяйственного) предприятия «Заря» Анна Ким"
            name = tail_end(view, name + 1, limit)              # "шахматистка из Лесного Анна Ким": where she is from
            if is_organization_head(view, organization_end + 1):
                house = organization_text(view, organization_end + 1, name)
        if name not in view.names:
            name = name_past_titles(view, name, limit, ranked=name > prefix_end)
        if name not in view.names:
            return []
    name_end = view.names[name]
    if name_end > limit or any(j in view.blocked for j in range(k, name_end)):
        return []
    tokens = words[name:name_end]
    if case and not name_can_be(tokens, case):
        return []
    if case and prefix_end > k and words[k].pos_ == "NOUN" and words[k].text.islower() and not can_be([words[k]], case):
        return []                                       # "вручила министр Ингрид Пельтонен": the giver, her post says
    if governed == prefix_end:
        prefix_end = governed = field_of_post(view, prefix_end, organization_end)   # "учитель истории"
    position = None if who else nominative_position(view, k, prefix_end, case)
    if position in KIN:
        position = None                                 # "сёстрам Надежде и Татьяне Ивановым": kin, no post
    organization = organization_text(view, prefix_end, organization_end, "ablt" if governed > prefix_end else "gent") or house
    if who and not is_organization_head(view, prefix_end):
        organization = house                            # "чемпионка мира по самбо": what she won, no house
    stop = name_end
    if position is None or is_rank_only(position):             # a position after the name (a rank's too: "лейтенант А, участковый …")
        after = name_end + 1 if name_end < limit and words[name_end].text in APPOSITION else name_end
        run = position_run(view, after, limit)
        if run == after < limit and words[after].lemma_ in GROUP_HEADS and "Sing" in words[after].morph.get("Number"):
            run = after + 1                                     # "Анна Ким, служащая ОМВД …": one of a group's people, her post
        if (titled := title_run(view, after, limit)) > run and agrees(view, tokens, titled - 1):
            run = titled                                        # any person noun in the name's case: "Ивану Орлову, механизатору", "…, старший тренер"
        governed = governed_end(view, run, limit) if run > after and is_participle_post(words[run - 1]) else run
        house_end = tail_end(view, governed, limit) if governed > run else run
        if governed > run and (house_end >= limit or words[house_end].text in (",", ";", ".", "и")):
            # "Анна Ким — заведующая стационаром", "…, заведующая детским садом № 5": the post, and what it governs as her house
            position = nominative_position(view, after, run, case if after > name_end else "nomn")
            organization, stop = organization_text(view, run, house_end, "ablt"), house_end
        elif run > after:
            run = field_end(view, run, limit)                   # "Анна Ким – тренер по плаванию": the post's field
            tail = tail_end(view, run, limit)
            following = words[tail : view.names[tail]] if tail in view.names else []
            if following and view.names[tail] <= limit and tail > run and not (
                has_reading(following[0].text, "NOUN", case, "sing") if case else shares_a_case(tokens, following)
            ):
                tail = run = view.names[tail]                   # "Анна Ким, помощник депутата Елены Орловой": whose helper she is
            ahead = title_run(view, tail, limit) if tail < limit else tail   # "…, участковый педиатр Юлия Посадская"
            if tail not in view.names and ahead not in view.names:   # else the position is the next person's
                run = field_of_post(view, run, tail) if run < tail else run
                position = nominative_position(view, after, run, case if after > name_end else "nomn")
                organization = organization_text(view, run, tail)
                stop = tail
    if organization is None and (inside := parenthesized_organization(view, stop, limit)):
        organization, stop = inside                             # Анна Смирнова (МФЦ г. Орска)
    if organization is None and stop + 1 < limit and words[stop].lower_ == "из" and is_organization_head(view, stop + 1):
        end = tail_end(view, stop + 2, limit)                   # Ирина Коврова из ДК «Заря»
        organization, stop = organization_text(view, stop + 1, end), end
    else:
        stop = origin_end(view, stop, limit)                    # Анна Ким из г. Озёрска: where she is from
    if organization is None and settlement_after(view, stop, limit):
        stop = tail_end(view, stop + 1, limit)                  # "Людмила Ковальчук, с. Бережки": where she lives
    start, end = view.span_of(name, name_end)
    text = view.text(name, name_end, nominative_name(tokens, case))
    shares = prefix_end > k and first_noun_is_plural(view, k, prefix_end)
    recipient = Recipient(start, end, text, "person", position, organization, first=k, shares_position=shares)
    recipient.stop = read_project(view, stop, limit, recipient)
    return [recipient]


def name_past_titles(view: SentenceView, k: int, limit: int, ranked: bool) -> int:
    """Where the name starts after a post and its house (``k``: the first word after them), past
    what may still stand between: a rank held beside the post ("начальник части № 5 старший
    лейтенант внутренней службы Иван Петров"), more titles after commas ("заслуженному художнику
    РФ, лауреату премии губернатора Игорю Зотову"), a dash ("тренер спортшколы «Рывок» - Коротаева
    Елена"); ``k`` when no name comes after them. A rank only where a house stood (``ranked``)."""
    words = view.words
    if ranked and (title := title_run(view, k, limit)) > k and (rank_end := genitives_end(view, title, limit)) in view.names:
        return rank_end
    name = k
    for _ in range(2):
        if not (name + 1 < limit and (words[name].text == "," or words[name].text in TRUE_DASHES)):
            break                                       # (a post of two joined by a dash: "начальнику отдела – старшему приставу …")
        stacked = title_run(view, position_run(view, name + 1, limit), limit)
        if stacked == name + 1 and words[name + 1].pos_ == "NOUN" and words[name + 1].text.islower() and is_animate(words[name + 1].text):
            stacked = name + 2                          # "лауреату премии губернатора": who he is, a title too
        # past the title's house, and the genitives a house does not take ("премии губернатора": an honour's)
        following = genitives_end(view, tail_end(view, field_end(view, stacked, limit), limit), limit) if stacked > name + 1 else name
        if following not in view.names:
            break
        name = following
    if name in view.names:
        return name
    return k + 1 if k + 1 < limit and words[k].text in TRUE_DASHES and k + 1 in view.names else k


def parenthesized_organization(view: SentenceView, k: int, limit: int) -> tuple[str, int] | None:
    """An organization in brackets after a name: "(МФЦ г. Орска)" → ("МФЦ г. Орска", after ")"),
    and what else the brackets say of her after a comma, no one named ("(ФК «Луч», второе место)")."""
    words = view.words
    if not (k + 2 < limit and words[k].text == "(" and is_organization_head(view, k + 1)):
        return None
    end = tail_end(view, k + 2, limit)
    if end < limit and words[end].text == ",":
        close = next((j for j in range(end, min(limit, end + BRACKET_NOTE)) if words[j].text == ")"), None)
        if close is not None and not any(j in view.names or words[j].text == "(" for j in range(end, close)):
            return view.text(k + 1, end), close + 1
    if end < limit and words[end].text == ")":
        return view.text(k + 1, end), end + 1
    return None


BRACKET_NOTE = 8   # at most this many words after the organization in a name's brackets


def adjectives_before_head(view: SentenceView, k: int, limit: int, heads) -> int | None:
    """Position of a head word (``heads(token)``) after adjectives at ``k``, or None."""
    j = k
    while j < limit and j not in view.blocked and not heads(view.words[j]):
        token = view.words[j]
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and has_reading(token.text, "PRTF")
        named = token.pos_ == "PROPN" and j not in view.names and has_reading(token.text, "ADJF", "nomn")   # "Новокаменский с/с"
        if not ((token.pos_ == "ADJ" and is_word(token) and is_adjective_form(token.text)) or participle or named):
            return None                                 # "объединённой команды": a participle as an adjective
        j += 1
    if j >= limit or j in view.blocked:
        return None
    if view.words[j].text.islower() and not all(can_agree(view.words[a].text, view.words[j].text) for a in range(k, j)):
        return None                                     # "старшему участковому … полиции": the adjectives are another noun's
    return j


def is_team_head(view: SentenceView, token: Token) -> bool:
    """People named by the house they come from: an animate noun in the plural before an
    organization in the genitive ("спортсмены лицея № 2", "воспитанникам спортшколы «Олимп»",
    "учащимся Заречной школы")."""
    k = view.position.get(token.i)
    if k is None or not lower_case(view, k):
        return False
    # a noun of people, or a participle standing for them ("учащимся Киевской школы")
    participle = people_participle(token)
    if not (token.pos_ == "NOUN" and is_animate(token.text)) and not participle:
        return False
    if "Plur" not in token.morph.get("Number") and not participle:
        return False                                    # "директору школы № 5": a post without a name, not a team
    j = k + 1
    while j < len(view.words) and (view.words[j].pos_ == "ADJ" or "Part" in view.words[j].morph.get("VerbForm")) and j not in view.blocked:
        j += 1                                          # "Заречной", "детско-юношеской", "специализированной"
    return j < len(view.words) and j not in view.blocked and is_organization_head(view, j) and can_be([view.words[j]], "gent")


def is_team(view: SentenceView, head: Token) -> bool:
    """A group that stands for its house, as teams and collectives do ("команда школы № 7",
    "спортсмены лицея № 2", "коллектив МФЦ": kind organization), not people counted as people
    ("сотрудники администрации", "ветераны труда": kind person)."""
    return head.lemma_ in COLLECTIVE_HEADS or (head.lemma_ not in GROUP_HEADS and is_team_head(view, head))


HOUSE_BOUND_GROUPS = frozenset({"состав"})   # a group only with its house: "личный состав 27 ПСЧ"


def posts_as_people(view: SentenceView, token: Token, limit: int) -> bool:
    """A post's adjective in the plural with no noun after it stands for the people who hold it:
    "участковые Лесного района" (not "участковые врачи")."""
    k = view.position[token.i]
    return (
        token.pos_ == "ADJ" and token.text.islower() and token.lemma_ in PEOPLE_POSTS
        and has_reading(token.text, "ADJF", "plur")
        and not attributive(view, token, limit)
        and not (k + 1 < limit and view.words[k + 1].pos_ == "ADJ" and has_reading(view.words[k + 1].text, "ADJF", "plur"))
    )


PEOPLE_POSTS = SUBSTANTIVE_POSTS | {"участковый", "дежурный"}


def read_group(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    if view.words[k].lower_ in BOTH and k + 1 < limit and view.words[k + 1].pos_ == "NOUN" and view.words[k + 1].text.islower() and (
        is_animate(view.words[k + 1].text)
    ):
        # "Оба специалиста стали победителями": the two people named before, resolved later
        return [Recipient(view.words[k].i, view.words[k + 1].i + 1, PLURAL, "person", first=k, stop=k + 2, pronoun=True)]
    # "14 медиков района", "троих жителей области"
    after_count = count_end(view.words, k, limit) if k not in view.blocked else None
    counted = after_count is not None and after_count < limit
    head = adjectives_before_head(
        view, after_count if counted else k, limit,
        lambda t: (t.lemma_ in GROUP_HEADS and not attributive(view, t, limit)) or is_team_head(view, t) or ((counted or view.results) and is_people_head(t, counted))
        or (counted and counted_in_singular(view.words[after_count - 1], t))
        or (view.results and posts_as_people(view, t, limit))
        or (is_people_head(t) and (complemented(view, t) or described_people(view, t, k))),
    )
    if (
        after_count is not None and after_count + 1 < len(view.words) and view.words[after_count].text in TRUE_DASHES
        and (COLLECTIVE_NUMERAL.match(view.words[after_count - 1].text) or honour_after(view, after_count + 1))
    ):   #   (a bare number or "один" only before an honour: "38 – почётной грамотой", "один – благодарность …")
        start_token, end_token = view.span_of(k, after_count)   # "ещё трое — медалью …": people counted, the noun left out
        return [Recipient(start_token, end_token, view.text(k, after_count), "person", first=k, stop=after_count)]
    if head is None or (case and not counted and not can_be([view.words[head]], case)):
        return []
    if view.words[head].lemma_ in HOUSE_BOUND_GROUPS and not (head + 1 < limit and is_organization_head(view, head + 1)):
        return []                                       # "личному составу вручены награды": whose, it does not say
    if not counted and is_animate(view.words[head].text) and not has_reading(view.words[head].text, "NOUN", "plur") and not any(
        j in view.names for j in range(head + 1, next((e for e in range(head, limit) if view.words[e].text in (".", ";")), limit))
    ):
        return []                                       # "звание присвоено каменноярскому медику": one person, unnamed
    if k > 0 and view.words[k - 1].lower_ in EVERYONE and view.words[head].lemma_ not in GROUP_HEADS:
        return []                                       # "все дети получили подарки": everyone, not a group honoured
    bare = head == k and (head + 1 >= limit or not (
        is_word(view.words[head + 1]) or NUMBERED_ORDINAL.match(view.words[head + 1].text) or view.words[head + 1].text == "№"
    )) and head + 1 not in view.quotes and not (   # "команда № 2", "бригада № 3": named by its number
        head + 1 < limit and numbered_unit(view, head + 1)
    )
    if not counted and bare and not (view.results and is_people_head(view.words[head]) and view.words[head].lemma_ not in GROUP_HEADS):
        #   (where a place is told, people by their trade are a team: "второе место у авиаторов")
        if not (head + 2 < limit and view.words[head + 1].text == ":" and names_soon(view, head + 2, limit, 2)):
            return []                                   # "дипломы вручили командам, занявшим …": which, it does not say
        #   (a colon and names after it: the people it names take its place, ``chains.named_members``)
    end = house_end = tail_end(view, head + 1, limit)
    joined = coordinated_people(view, head, limit) if end == head + 1 else None
    if joined is not None:
        end = house_end = tail_end(view, joined, limit)  # "ольховским спортсменам и тренерам": one group
    if end > head + 1 and (second := second_house_end(view, end, limit, case)) is not None:
        end = second                                    # "32 сотрудникам больницы и Лесного филиала": one group of both
    if not counted and (shared := read_shared_head(view, k, head, end, limit, case, people=not is_team(view, view.words[head]))):
        return shared                                   # "жители Лесной и Озёрной областей", "команды Лесного и Озёрского районов"
    if view.words[head].lemma_ in FAMILIES and end in view.names and view.names[end] <= limit:
        end = view.names[end]                           # "семья Ивановых": the family's name is the group's
    if view.words[head].lemma_ not in GROUP_HEADS and names_soon(view, end, limit, agreeing=view.words[head]) and not (end < limit and view.words[end].text == ":"):
        return []                                       # "тренеры по самбо Анна Ким и …": the title of the names
    if counted and end < limit and view.words[end].text == ":":
        return []                                       # "отмечены 3 педагога: …": the list names them
    house_from = None
    if end + 1 < limit and view.words[end].lower_ == "из" and is_organization_head(view, end + 1):
        house_from = end + 1                            # "участковые из отдела полиции № 1": who they are is where from
        end = tail_end(view, end + 2, limit)
    tokens = view.words[k:house_from - 1 if house_from else end]
    # a count is its own nominative: the words as written
    replacements = {} if counted else nominative_phrase(tokens, head - k, case)
    if not counted and joined is not None:               # "спортсменам и тренерам" → "спортсмены и тренеры"
        other = view.words[joined - 1]
        replacements[other.i] = inflect_word(other.text, case, "plur", None)
    if not counted and people_participle(view.words[head]):   # "учащимся" → "учащиеся"
        participle = view.words[head]
        replacements[participle.i] = inflect_word(participle.text, case, "plur", None, ADJECTIVE_POS)
    text = view.text(k, end, replacements)
    start_token, end_token = view.span_of(k, end)
    kind = "organization" if is_team(view, view.words[head]) else "person"
    noun = next((j for j in range(head + 1, end) if view.words[j].pos_ != "ADJ"), end)
    # "педагоги школы № 5": the school; "ветераны педагогического труда": no organization
    organization = organization_text(view, head + 1, house_end) if noun < house_end and is_organization_head(view, noun) else None
    if house_from is not None:
        organization = organization_text(view, house_from, end)
    if noun in view.quotes and view.quotes[noun] == end - 1:
        organization = None                             # "коллектив «Радуга»": its name, no house
    recipient = Recipient(start_token, end_token, text, kind, None, organization, first=k)
    recipient.stop = read_project(view, origin_end(view, end, limit), limit, recipient)   # "семья Орловых из Лесного"
    return [recipient]


def attributive(view: SentenceView, token: Token, limit: int) -> bool:
    """An adjective that heads a group alone but is here its noun's: "пожарная часть", "пожарная
    команда" (not "пожарные Лесной части")."""
    k = view.position[token.i]
    return token.pos_ == "ADJ" and k + 1 < limit and view.words[k + 1].pos_ == "NOUN" and can_agree(token.text, view.words[k + 1].text)


def is_organization_head(view: SentenceView, k: int) -> bool:
    token = view.words[k]
    if roman_value(token.text) is not None:
        return False                                    # "II – команда «Искра»": a place, not an abbreviation
    # an ORG entity's first word, unless an adjective of its head ("Лесной МФЦ": the head is "МФЦ")
    return (
        (is_abbreviation(token.text) and not shouted_people(token.text)) or slashed_abbreviation(view, k) or token.lemma_ in ORGANIZATION_HEADS or (k in view.orgs and token.pos_ != "ADJ")
        or (k in view.quotes and not is_citation(view, k)) or numbered_unit(view, k)
    )


def shouted_people(text: str) -> bool:
    """A people word in capitals, no abbreviation: "ПОБЕДИТЕЛИ (1 место):", "ЛАУРЕАТЫ" (not "ИП")."""
    return len(text) > 3 and is_animate(text.lower()) and has_common_reading(text.lower(), "NOUN", "anim")   # no surname: "ФОМИЧЕВ"


CITATION_WORDS = 4   # a quote longer than this that opens in lower case cites words, it names no house


def is_citation(view: SentenceView, k: int) -> bool:
    """Does the quote at ``k`` cite words rather than name something ("«за большой вклад в борьбу с
    инфекцией»", not "«Луч»", "«мини-футбол»")?"""
    close = view.quotes[k]
    return k + 1 < close and view.words[k + 1].text[:1].islower() and close - k - 1 > CITATION_WORDS


def is_named_collective(view: SentenceView, token: Token) -> bool:
    """A common noun with a quoted name after it (its genitives between): "хор «Рябинушка»", "ансамбль «Калинка»"
    (not an honour's or a contest's name: "медаль «За отвагу»", "конкурс «Мастер»")."""
    k = view.position[token.i]
    j = k + 1
    while j < min(len(view.words), k + 4) and j not in view.quotes and view.words[j].text.islower() and can_be_genitive(view.words[j].text):
        j += 1                                          # "хор ветеранов «Русская песня»", "ансамбль народного танца «Онар»"
    return (
        token.pos_ == "NOUN" and token.text.islower() and j in view.quotes
        and token.lemma_ not in HONOURS and not is_contest_word(token.lemma_) and token.lemma_ not in WORK_TITLES
    )


# a performance or a work by its quoted title, no collective: "танец «Гуляние»", "за хоровод «Весна»"
WORK_TITLES = frozenset({
    "танец", "песня", "композиция", "постановка", "спектакль", "хоровод", "пляска", "плясовая", "номер", "клип", "видеоклип",
    "фильм", "рассказ", "роман", "повесть", "сборник", "картина", "серия",
})


def read_organization(view: SentenceView, k: int, limit: int, case: str | None) -> list[Recipient]:
    if (shared := shared_abbreviation(view, k, limit)):
        return shared                                   # "Лесной и Озёрный СДК"
    head = adjectives_before_head(
        view, k, limit, lambda t: is_organization_head(view, view.position[t.i]) or is_named_collective(view, t)
    )
    if head is None and view.results:
        head = adjectives_before_head(view, k, limit, lambda t: is_unit_of(view, view.position[t.i], limit))
    if head is None:
        return []
    if numbered_unit(view, head):
        if head > k:
            return []                                   # "пожарный 3 пожарно-спасательной части": his unit, no recipient
        head = unit_head(view, head)                    # "1 пожарно-спасательной частью": the noun heads it
    if case and is_named_collective(view, view.words[head]) and not can_be([view.words[head]], case):
        return []                                       # "победила команду «Сокол»": the beaten one
    if head in view.quotes:
        if view.quotes[head] >= limit:
            return []
        end = tail_end(view, head, limit)
    else:
        end = tail_end(view, max(head + 1, view.orgs.get(head, head + 1)), limit)
    end = max([end] + [view.quotes[q] + 1 for q in range(k, end) if q in view.quotes and view.quotes[q] < limit])
    #   a name never ends inside its quotes: the NER's "МБОУ «Гимназия № 2" leaves out the "»"
    if (shared := read_shared_head(view, k, head, end, limit, case)):
        return shared
    end = participle_clause_end(view, end, limit)
    house, stop = None, end
    if end + 1 < limit and view.words[end].lower_ == "из" and is_organization_head(view, end + 1):
        stop = tail_end(view, end + 2, limit)           # "ансамбль «Услада» из ДК Ягуновский": its house
        house = organization_text(view, end + 1, stop)
    elif (origin := origin_end(view, end, limit)) > end:
        stop = origin                                   # "ансамбль «Станица» из Лесного": where it is from
    elif is_named_collective(view, view.words[head]):
        close = next((view.quotes[q] for q in range(head + 1, end) if q in view.quotes), end)
        if close + 1 < end and view.words[close + 1].text[:1].isupper():
            # "ансамбль «Истоки» Дома культуры п. Заречный": the collective, and its house
            house, end = organization_text(view, close + 1, end), close + 1
    tokens = view.words[k:end]
    text = view.text(k, end, nominative_phrase(tokens, head - k, case))
    if head == k and head in view.quotes and view.quotes[head] == end - 1:
        text = view.text(k + 1, end - 1)                        # «Родник» → Родник
    start_token, end_token = view.span_of(k, end)
    recipient = Recipient(start_token, end_token, text, "organization", organization=house, first=k)
    recipient.stop = read_project(view, stop, limit, recipient)
    return [recipient]


def is_unit_of(view: SentenceView, k: int, limit: int) -> bool:
    """A lower-case thing whose genitives name an organization is a unit of it, where a contest
    ranks units: "изолятор временного содержания ОМВД России …", "дежурная часть УМВД …"."""
    token = view.words[k]
    if not (token.pos_ == "NOUN" and token.text.islower() and not is_animate(token.text)):
        return False
    end = tail_end(view, k + 1, limit)   # an organization by its abbreviation or name, not "строительство новой школы"
    return any(is_abbreviation(view.words[j].text) or j in view.quotes or j in view.orgs for j in range(k + 1, end))
