"""Rank phrases of contest results, as spaCy token patterns (rules as data).

A rank phrase is an anchor: "лауреат 1 степени", "за 1 место", "(1 место)", "3 место разделили",
"победил". Each rule says where its recipients stand (after the phrase, before it, or either,
after first), their case, what rank it gives, and whether it names an award. The patterns are
spaCy ``Matcher`` patterns; a placeholder string in a pattern stands for each of its
alternatives in turn (``"RANK"`` is a number or an ordinal word), and optional whitespace
tokens are put between the elements when the patterns are compiled (``rank_phrases``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .words import ORDINALS

PAST = {"IS_SUPERSET": ["Tense=Past"]}
NOMINATIVE = {"IS_SUPERSET": ["Case=Nom"]}      # "Победитель конкурса – …", not "Чемпиона мира – …"
INSTRUMENTAL = {"IS_SUPERSET": ["Case=Ins"]}    # "призёрами стали …", not "призёры не стали …"

# A rank written as a number: 1, 1-е, I, IV.
NUMBER = {"LOWER": {"REGEX": r"^(\d{1,2}|[ivx]{1,4})(-?(е|ое|й|ой|го|ого|ей|ую|м|ом))?$"}}
# A rank written as an ordinal word: первое, третьей (the stem of each ordinal of the data).
ORDINAL_STEMS = sorted({lemma[:-2] for lemma in ORDINALS})
ORDINAL = {"LOWER": {"REGEX": r"^(" + "|".join(ORDINAL_STEMS).replace("ё", "[её]") + r")[а-яё]{1,4}$"}}
# An ordinal in the neuter standing for "N место" in a list: "второе место – А, третье – Б".
ELLIPTIC_ORDINAL = {"LOWER": {"REGEX": r"^(" + "|".join(ORDINAL_STEMS).replace("ё", "[её]") + r")(ое|ье)$|^[1-3]-?е$"}}   # "третье", "3-е"
# an ordinal in the locative, as where one stands: "на втором (месте)"
ORDINAL_LOC = {"LOWER": {"REGEX": r"^(" + "|".join(ORDINAL_STEMS).replace("ё", "[её]") + r")ь?(ом|ем)$"}}
# an ordinal in the instrumental, as a result: "вторым", "третьей" (not "второе", "первого")
ORDINAL_INSTR = {"LOWER": {"REGEX": r"^(" + "|".join(ORDINAL_STEMS).replace("ё", "[её]") + r")ь?(ым|им|ой|ей|ими|ыми)$"}}
BECAME = {"LEMMA": "стать", "MORPH": PAST}
PLACE_NOUNS = frozenset({"место", "степень", "ступень"})   # the nouns a rank is written with, no rank themselves
PLACE = {"LEMMA": "место"}                                         # 1 место, первое место
# a word of praise between the verb and the rank: "заняла почётное 3 место", "призовое второе место"
PLACE_PRAISE = {"LOWER": {"REGEX": r"^(почётн|почетн|призов|уверенн|заслуженн)[а-яё]{2,3}$"}, "OP": "?"}
DEGREE = {"LEMMA": "степень"}                                      # лауреат 1 степени
DASH = {"ORTH": {"IN": ["-", "–", "—", "−", ":"]}}                      # за 1 место - МФЦ г. Новотроицка
TAB = {"IS_SPACE": True, "TEXT": {"REGEX": "\t"}}                  # a table's cells: "1 место<TAB>МФЦ г. Орска"
TRUE_DASH = {"ORTH": {"IN": ["-", "–", "—", "−"]}}                      # Анна Ким – 1 место (not "Итоги: 1 место")
PLACE_VERB = {"LEMMA": {"IN": ["занять", "разделить", "поделить", "завоевать", "получить", "взять"]}, "MORPH": PAST}
COPULA = {"LEMMA": {"IN": ["стать", "признать", "объявить", "назвать", "оказаться", "выйти"]}, "MORPH": PAST}  # победителем стал, признан
WINNER = {"LEMMA": {"IN": ["победитель", "победительница", "чемпион", "чемпионка"]}}   # победителем стал, чемпионами стали
FORMER = re.compile(r"^(прошл|прошлогодн|бывш|действующ|прежн|многократн|неоднократн|\w+кратн)")   # a title one held before
# "лучшим признан", "лидером стал": a winner only where a contest is told of ("лидер по вводу жилья" is a rating)
BEST = {"LOWER": {"REGEX": r"^(лучш(ий|им|ая|ей|ею|ие|ими)|сильнейш(ий|им|ая|ей|ею|ие|ими)|лидер(ом|ами)?|лидеры)$"}}
# a clause: no sentence, clause or bracket mark ("Анна Ким (2 место) и два участника заняли" is two)
CLAUSE_BREAKS = [".", ";", "!", "?", ",", ":", "-", "–", "—", "−", "(", ")"]
IN_CLAUSE = {"ORTH": {"NOT_IN": CLAUSE_BREAKS}, "OP": "{0,8}"}
# a clause with no rank of its own: "лауреатом I степени стал" is the degree's rule
UNRANKED = {"ORTH": {"NOT_IN": CLAUSE_BREAKS}, "LEMMA": {"NOT_IN": ["степень", "место", "премия"]}, "OP": "{0,8}"}
NEAR = {"ORTH": {"NOT_IN": CLAUSE_BREAKS}, "OP": "{0,3}"}
# a place's clause may name where and in which nomination: "2-е место среди округов в номинации «…» занял"
LONG_CLAUSE = {"ORTH": {"NOT_IN": CLAUSE_BREAKS}, "OP": "{0,16}"}
# a medal, or the metal for it: "серебро досталось", "бронзовые медали завоевали" (rank_of reads the rank)
MEDAL = {"LEMMA": {"IN": ["золото", "серебро", "бронза", "золотой", "серебряный", "бронзовый"]}}
MEDAL_VERB = {"LEMMA": {"IN": ["завоевать", "получить", "взять", "выиграть", "забрать", "увезти"]}, "MORPH": PAST}
GIVEN_VERB = {"LEMMA": {"IN": ["достаться", "присудить", "присвоить", "вручить"]}, "MORPH": PAST}   # the recipient in the dative
PODIUM = [{"LEMMA": "ступень"}, {"LEMMA": "пьедестал"}]                                # вторая ступень пьедестала
TOP_STEP = {"LOWER": {"REGEX": r"^(верхн|высш)[а-яё]{2,3}$"}}                              # верхнюю (ступень), высшей

# "лучший результат показали …": the best result of a contest is its first place
BEST_RESULT = [{"LOWER": {"REGEX": r"^лучш(ий|ие|ая|ее|его|ую)$"}}, {"LEMMA": "результат"}]   # pymorphy3: лучший → хороший
SHOWED = {"LEMMA": {"IN": ["показать", "продемонстрировать"]}, "MORPH": PAST}
# "замкнули тройку сильнейших …": the third place
CLOSED = {"LEMMA": {"IN": ["замкнуть", "замыкать", "закрыть", "закрывать"]}}     # замкнула, замыкает, закрыл тройку
TOP_THREE = [{"LEMMA": "тройка"}, {"LOWER": {"REGEX": r"^(сильнейших|лидеров|призёров|призеров|лучших|победителей)$"}, "OP": "?"}]
STANDINGS = [{"LOWER": {"IN": ["турнирную", "итоговую", "общую"]}, "OP": "?"}, {"LEMMA": "таблица"}]   # возглавила турнирную таблицу
MOST_POINTS = [{"LOWER": {"REGEX": r"^(максимальн|наибольш|наивысш)[а-яё]+$|^больше$"}}, {"LOWER": "всех", "OP": "?"},
               {"LEMMA": {"IN": ["количество", "число"]}, "OP": "?"}, {"LEMMA": {"IN": ["балл", "голос", "очко"]}}]   # наибольшее количество голосов
HOLDER = {"LEMMA": {"IN": ["обладатель", "обладательница", "владелец", "владелица"]}, "MORPH": INSTRUMENTAL}   # обладателем Гран-при стал
HELD_PRIZE = {"LEMMA": {"IN": ["премия", "приз", "кубок", "грант"]}, "MORPH": {"IS_SUPERSET": ["Case=Gen"]}}   # обладателем премии стал
PRIZE_KIND = {"LOWER": {"REGEX": r"^(поощрительн|специальн|главн)[а-яё]{2,3}$"}}   # поощрительный приз – …
AMONG = {"LOWER": {"IN": ["среди", "в"]}}
OPENING_QUOTE = {"ORTH": {"IN": ["«", "\"", "“", "„"]}}
CLOSING_QUOTE = {"ORTH": {"IN": ["»", "\"", "”", "“"]}, "OP": "?"}   # after a metal in quotes: "«Серебро» у …"
IN_NOMINATION = [{"LOWER": "в"}, {"LEMMA": "номинация"}, OPENING_QUOTE, {"ORTH": {"NOT_IN": ["«", "»", "\"", ".", "!", "?"]}, "OP": "{1,8}"},
                 {"ORTH": {"IN": ["»", "\"", "”", "“"]}}]   # в номинации «Лучший хирург»

BEST_ADJ = {"LOWER": {"REGEX": r"^лучш(ий|им|ая|ей|ею|ие|ими)$"}}        # not "лидер": a rating's word
RECOGNIZED = {"LEMMA": {"IN": ["признать", "назвать"]}, "MORPH": {"IS_SUPERSET": ["Voice=Pass"]}}   # признан, названа

ENTERED = {"LEMMA": "войти", "MORPH": PAST}
BRACKET = [{"ORTH": "("}, {"ORTH": {"NOT_IN": [")", "(", "."]}, "OP": "{1,6}"}, {"ORTH": ")"}]   # "(30 тысяч рублей)"
OF_THE_YEAR_TITLE = {"POS": "NOUN", "MORPH": INSTRUMENTAL, "IS_TITLE": True}        # Учителем (года)
YEAR_WORD = {"LOWER": "года"}
IN_CLAUSE_QUOTED = {"ORTH": {"NOT_IN": [".", ";", "!", "?", ",", ":", "(", ")"]}, "OP": "{0,6}"}   # "» –2024»" may stand between
NOTED = {"LEMMA": "отметить", "MORPH": {"IS_SUPERSET": ["Voice=Pass"]}}
# words that give a rank or name an honour: "в номинации … дипломом лауреата I степени отмечены" is the degree's
RANKED_WORDS = ["степень", "место", "лауреат", "диплом", "грамота", "премия", "медаль", "приз", "победитель", "призёр", "призер"]
GETS = {"LEMMA": "получать", "MORPH": {"IS_SUPERSET": ["Tense=Pres"]}}
BEST_INSTR = {"LOWER": {"REGEX": r"^лучш(им|ей|ими)$"}}
# an active finite verb: no feature beyond these ("признали", not the participle "признаны")
FINITE = {"IS_SUBSET": [f"{k}={v}" for k, vs in (("Aspect", ("Perf", "Imp")), ("Gender", ("Masc", "Fem", "Neut")),
                                                 ("Number", ("Sing", "Plur")), ("Tense", ("Past", "Pres")), ("Mood", ("Ind",)),
                                                 ("Voice", ("Act",)), ("VerbForm", ("Fin",)), ("Person", ("3",))) for v in vs]}
RECOGNIZED_ACTIVE = {"LEMMA": {"IN": ["признать", "назвать", "посчитать", "выбрать"]}, "MORPH": FINITE, "POS": "VERB"}   # "лучшим выбрали …"
LIST_OF = {"LEMMA": {"IN": ["число", "список"]}}

PLACEHOLDERS = {"RANK": [NUMBER, ORDINAL]}
MEDAL_RANKS = {"золото": 1, "золотой": 1, "серебро": 2, "серебряный": 2, "бронза": 3, "бронзовый": 3}
SPACE = {"IS_SPACE": True, "OP": "*"}  # a no-break space or a line break between two words


READ = "RANK"  # a rule's rank read from its RANK token


class RankRule(NamedTuple):
    name: str
    pattern: list            # token dicts and placeholder names
    direction: str           # where the recipients stand: forward | backward | either (forward first)
    case: str = "nomn"       # the recipients' case
    rank: int | str | None = READ  # READ: from the RANK token; a number: fixed; None: no rank
    award: tuple[int, int] | str | None = None
    # the award: pattern elements [from, to) that name it ("дипломом 1 степени"), or
    # "honour": the honour phrase that follows the first word ("лауреатом премии губернатора"), or
    # "told": the honour a sentence before named ("Её обладателем стал …")
    needs_contest: bool = False  # only in a contest context (a contest word near, or an open nomination)
    example: str = ""        # a sentence the rule is for (tests/test_awards.py checks it matches)
    shared_out: bool = False  # several ranks, one to each recipient in order: "Второе и третье места заняли А и Б"
    lookahead: int = 0        # the pattern's last tokens only look ahead: the recipients start there
    lookbehind: int = 0       # the pattern's first tokens only look behind: the recipients end there


PRIZE = {"LEMMA": {"IN": ["премия", "конкурс", "фестиваль"]}}    # лауреатом премии губернатора
PLACED = {"LEMMA": {"IN": ["призёр", "призер", "лауреат", "дипломант", "медалист", "медалистка"]}}   # призёрами стали: no rank
WIN_VERB = {"LEMMA": {"IN": ["получить", "завоевать", "выиграть", "взять", "присудить", "стать"]}, "MORPH": PAST}

TITLE_ADJ = {"LOWER": {"REGEX": r"^(почётн|почетн|заслуженн)(ым|ой|ыми)$"}}   # an honorary title, in the instrumental
TITLE_NOUN = {"POS": "NOUN", "MORPH": {"IS_SUPERSET": ["Animacy=Anim", "Case=Ins"]}}   # гражданином, врачом (not "почётным местом")
TITLE_VERB = {"LEMMA": {"IN": ["стать", "признать", "объявить"]}, "MORPH": PAST}
TITLE_RULES = frozenset({"title_became", "quoted_title_became", "became_title", "became_quoted_title"})   # the award: the title and whose it is, in the singular
HELD_RULES = frozenset({"holder_of_prize_became", "became_holder_of_prize"})   # the award in the genitive: "обладателем премии"

AWARDED = {"LEMMA": {"IN": ["наградить", "отметить", "поощрить"]}, "MORPH": {"IS_SUPERSET": ["Voice=Pass"]}}   # награждена, отмечены
STOOD = {"LEMMA": {"IN": ["расположиться", "оказаться", "находиться"]}}   # на втором месте расположилась …
PRIZE_NOUNS = ["рубль", "диплом", "кубок", "грамота", "приз", "медаль", "премия", "сертификат", "подарок"]   # what a place brings

RANK_RULES = [
    RankRule("laureate", [{"LEMMA": "лауреат"}, "RANK", DEGREE], "either",
             example="лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга"),
    RankRule("diploma", [{"LEMMA": "диплом"}, "RANK", DEGREE], "either", award=(0, 3),
             example="дипломом 1 степени награжден МФЦ Сакмарского района"),
    RankRule("place_for", [{"LOWER": "за"}, "RANK", PLACE], "forward",
             example="за 1 место - МФЦ г. Новотроицка"),
    # awarded for the place: "за первое место в спартакиаде награждена команда школы № 3"
    RankRule("place_for_awarded", [{"LOWER": "за"}, "RANK", PLACE, LONG_CLAUSE, AWARDED], "forward",
             example="За первое место в спартакиаде награждена команда школы № 3."),
    RankRule("place_parenthesized", [{"ORTH": "("}, "RANK", PLACE, {"ORTH": ")"}], "backward",
             example="МФЦ Асекеевского района и ТОСП Заглядинского сельсовета (1 место)"),
    RankRule("places_parenthesized", [{"ORTH": "("}, "RANK", {"LOWER": "и"}, "RANK", PLACE, {"ORTH": ",", "OP": "?"},
                                      {"LOWER": "соответственно", "OP": "?"}, {"ORTH": ")"}], "backward", shared_out=True,
             example="Призёрами стали Анна Ким и Пётр Лаптев (второе и третье места, соответственно)."),
    # a degree whose diploma the one before named: "Диплом I степени получил ресторан «Ива», II степени – «Луг»"
    RankRule("degree_elliptic", [{"ORTH": {"IN": [",", ";"]}}, "RANK", DEGREE, TRUE_DASH], "forward", needs_contest=True,
             example="В конкурсе диплом I степени получила Анна Ким, II степени – Пётр Лаптев."),
    RankRule("place_dash", ["RANK", PLACE, DASH], "forward",
             example="I место – МФЦ г. Орска"),
    # the place and what it brings, then the recipient: "Первое место и 50 тысяч рублей — Анна Ким"
    RankRule("place_and_prize_dash", ["RANK", PLACE, {"LOWER": "и"}, {"ORTH": {"NOT_IN": CLAUSE_BREAKS}, "LEMMA": {"NOT_IN": ["место"]}, "OP": "{0,3}"},
                                      {"LEMMA": {"IN": PRIZE_NOUNS}}, TRUE_DASH],
             "forward", needs_contest=True, example="Второе место и 30 тысяч рублей – учитель школы № 3 Анна Ким"),
    RankRule("place_cell", ["RANK", PLACE, TAB], "forward",
             example="1 место\tМФЦ г. Орска"),
    # a results line with no mark between the place and the recipient: "1 место команда «МЧС»"
    RankRule("place_line", [{**NUMBER, "IS_SENT_START": True}, PLACE], "forward", needs_contest=True,
             example="Результаты спартакиады:\n1 место команда «МЧС»"),
    RankRule("dash_place", [TRUE_DASH, "RANK", PLACE], "backward",
             example="Анна Ким (школа № 1) – 1 место"),
    RankRule("place_elliptic", [ELLIPTIC_ORDINAL, DASH], "forward", needs_contest=True,
             example="В конкурсе первое место – МФЦ г. Орска, второе – МФЦ г. Бузулука."),
    # a place written as a number alone after a comma, in a sentence of places: "I место заняла А, II – Б, III – В"
    RankRule("place_elliptic_number", [{"ORTH": {"IN": [",", ":"]}}, NUMBER, TRUE_DASH], "forward", needs_contest=True,
             example="В турнире I место заняла команда «Луч», II – команда «Искра»."),
    # the place noun and the dash left out after a comma: "Первое место заняла команда «Луч», второе Лесная ЦРБ"
    RankRule("place_elliptic_bare", [{"ORTH": ","}, ELLIPTIC_ORDINAL, {"IS_TITLE": True}], "forward", needs_contest=True, lookahead=1,
             example="В турнире первое место заняла команда «Луч», второе Лесная ЦРБ."),
    # the verb left out before a quoted name: "первое место заняла команда «Луч», второе место «Заря» и …"
    RankRule("place_elliptic_quoted", [{"ORTH": ","}, "RANK", PLACE, OPENING_QUOTE], "forward", needs_contest=True, lookahead=1,
             example="В чемпионате первое место заняла команда «Луч», второе место «Заря»."),
    # another sport's result, its verb and place left out: "в волейболе победила команда А, в баскетболе — Б"
    #   (the place of the result before it in the sentence: ``contest_results``)
    RankRule("sport_elliptic", [{"ORTH": ","}, {"LOWER": {"IN": ["в", "во"]}}, {"POS": "NOUN", "IS_LOWER": True}, TRUE_DASH], "forward",
             rank=None, needs_contest=True, example="В волейболе победила команда «Луч», в баскетболе — команда «Искра»."),
    # the rank after its recipient, "место" left out: "призовые места: Анна Ким – первое, Пётр Лаптев – второе"
    RankRule("dash_elliptic", [TRUE_DASH, ELLIPTIC_ORDINAL, {"ORTH": {"IN": [",", ".", ";"]}}], "backward",
             example="Призовые места заняли: Анна Ким – первое, Пётр Лаптев – второе."),
    # the place noun left out before its verb: "второе место заняла команда «Луч», третье досталось команде «Искра»"
    RankRule("place_elliptic_given", [ELLIPTIC_ORDINAL, GIVEN_VERB], "forward", case="datv", needs_contest=True,
             example="В турнире второе место заняла команда «Луч», третье досталось команде «Искра»."),
    RankRule("place_elliptic_taken", [{"ORTH": {"IN": [",", "и"]}}, ELLIPTIC_ORDINAL, PLACE_VERB], "forward", needs_contest=True,
             example="В турнире первое место досталось команде «Луч», второе заняла команда «Искра»."),
    RankRule("place_elliptic_at", [ELLIPTIC_ORDINAL, {**DASH, "OP": "?"}, {"LOWER": "у"}], "forward", case="gent", needs_contest=True,
             example="В турнире второе место у команды «Луч», третье – у команды «Искра» и четвёртое у команды «Заря»."),
    # a place as where one stands: "На первом месте – команда школы № 5, на втором – …"
    RankRule("place_on", [{"LOWER": "на"}, "RANK", PLACE, NEAR, TRUE_DASH], "forward",
             example="На первом месте – команда школы № 5."),
    RankRule("place_on_verb", [{"LOWER": "на"}, "RANK", PLACE, STOOD], "forward",
             needs_contest=True, example="В турнире на втором месте расположилась команда «Искра»."),
    RankRule("place_on_bare", [{"LOWER": "на"}, "RANK", PLACE], "forward", needs_contest=True,
             example="В турнире победила команда «Луч». На втором месте команда «Искра»."),
    RankRule("place_on_number_elliptic", [{"LOWER": "на"}, {"LOWER": {"REGEX": r"^\d-?м$"}}, TRUE_DASH], "forward", needs_contest=True,
             example="В турнире на 2-м месте команда «Луч», на 3-м – команда «Искра»."),
    RankRule("place_on_elliptic_verb", [{"LOWER": "на"}, ORDINAL_LOC, STOOD],
             "forward", needs_contest=True, example="В турнире второе место у команды «Луч», на третьем расположились связисты."),
    RankRule("place_on_elliptic", [{"LOWER": "на"}, ORDINAL_LOC, TRUE_DASH], "forward", needs_contest=True,
             example="В турнире на первом месте – команда «Луч», на втором – команда «Искра»."),
    # a place left to its holder: "2-е место осталось за коллективом АО «Вега», 3-е место - за командой …"
    RankRule("place_left_to", ["RANK", PLACE, {"LEMMA": "остаться"}, {"LOWER": "за"}], "forward", case="ablt",
             example="В турнире 2-е место осталось за коллективом АО «Вега»."),
    RankRule("place_dash_to", ["RANK", PLACE, TRUE_DASH, {"LOWER": "за"}], "forward", case="ablt", needs_contest=True,
             example="В турнире 3-е место - за объединённой командой ЖКХ."),
    RankRule("place_elliptic_to", [ELLIPTIC_ORDINAL, TRUE_DASH, {"LOWER": "за"}], "forward", case="ablt", needs_contest=True,
             example="В турнире второе место осталось за командой «Луч», третье – за командой «Искра»."),
    # a place as a result: "Третий результат – у сержанта Петра Лаптева", "второй результат показала Анна Ким"
    RankRule("result_at", ["RANK", {"LEMMA": "результат"}, {**TRUE_DASH, "OP": "?"}, {"LOWER": "у"}], "forward", case="gent",
             needs_contest=True, example="В конкурсе третий результат – у сержанта полиции Петра Лаптева."),
    RankRule("result_shown", ["RANK", {"LEMMA": "результат"}, {"LEMMA": "показать", "MORPH": PAST}], "forward",
             needs_contest=True, example="В турнире второй результат показала Анна Ким."),
    # the first places in order: "первые три места в командном зачёте заняли А, Б и В" (no order given: none read)
    RankRule("first_places", [{"LOWER": "первые"}, {"LOWER": {"IN": ["два", "две", "три"]}}, PLACE, NEAR, PLACE_VERB], "forward",
             rank=1, needs_contest=True, example="В турнире первые три места заняли команды «Луч», «Искра» и «Вега»."),
    RankRule("place_at", ["RANK", PLACE, {"LOWER": "у"}], "forward", case="gent",
             example="2 место у МФЦ Медногорска"),
    RankRule("place_dash_at", ["RANK", PLACE, TRUE_DASH, {"LOWER": "у"}], "forward", case="gent",
             example="Второе место — у команды «Луч»."),
    # a sum or a score in brackets before the dash: "2 место (30 тысяч рублей) – у Анны Ким", "3 место (20 тысяч) – Пётр Лаптев"
    RankRule("place_bracket_dash_at", ["RANK", PLACE, *BRACKET, TRUE_DASH, {"LOWER": "у"}], "forward", case="gent",
             example="2 место (30 тысяч рублей) – у тренера по плаванию Анны Ким."),
    RankRule("place_bracket_dash", ["RANK", PLACE, *BRACKET, TRUE_DASH], "forward",
             example="3 место (20 тысяч рублей) – Пётр Лаптев, тренер по самбо."),
    RankRule("place_of_contest_dash_at", ["RANK", PLACE, LONG_CLAUSE, TRUE_DASH, {"LOWER": "у"}], "forward", case="gent",
             example="Первое место в конкурсе на лучшее новогоднее убранство – у Лесного сельского поселения."),
    RankRule("place_decided", ["RANK", PLACE, {"LOWER": "решено"}, {"LEMMA": {"IN": ["присудить", "отдать", "присвоить"]}}], "forward",
             case="datv", example="Второе место решено присудить Лесному сельскому поселению."),
    RankRule("place_verb", ["RANK", PLACE, {**LONG_CLAUSE, "LEMMA": {"NOT_IN": ["место"]}}, PLACE_VERB], "forward",   # (not past another place)
             example="3 место разделили МФЦ Ташлинского и Тюльганского районов"),
    # a relative clause between the place and its verb: "Первое место среди МФЦ, в которых до пяти окон, получило …"
    RankRule("place_verb_relative", ["RANK", PLACE, NEAR, {"ORTH": ","}, {"LOWER": {"IN": ["в", "на", "у", "с", "где"]}, "OP": "?"},
                                     {"LEMMA": "который", "OP": "?"}, LONG_CLAUSE, {"ORTH": ","}, PLACE_VERB], "forward",
             example="Первое место среди МФЦ, в которых работает до пяти окон, получило отделение в посёлке Лесном."),
    # places shared out in order: "Второе и третье места заняли А и Б" (ranks_of reads them all)
    RankRule("places_taken", ["RANK", {"LOWER": "и"}, "RANK", PLACE, NEAR, PLACE_VERB], "forward", shared_out=True,
             example="Второе и третье места заняли МФЦ г. Орска и МФЦ г. Бузулука."),
    RankRule("three_places_taken", ["RANK", {"ORTH": ","}, "RANK", {"LOWER": "и"}, "RANK", PLACE, NEAR, PLACE_VERB], "forward", shared_out=True,
             example="I, II и III места заняли соответственно команды Лесного, Озёрного и Кедрового районов."),
    RankRule("places_given", ["RANK", {"LOWER": "и"}, "RANK", PLACE, NEAR, GIVEN_VERB], "forward", case="datv", shared_out=True,
             example="Второе и третье места достались Анне Ким и Петру Лаптеву."),
    RankRule("places_dash", ["RANK", {"LOWER": "и"}, "RANK", PLACE, TRUE_DASH], "forward", shared_out=True,
             example="2 и 3 места – МФЦ г. Орска и МФЦ г. Бузулука."),
    RankRule("places_on_verb", [{"LOWER": "на"}, "RANK", {"LOWER": "и"}, "RANK", PLACE, STOOD], "forward", shared_out=True,
             needs_contest=True, example="В турнире на втором и третьем местах расположились Анна Ким и Пётр Лаптев."),
    RankRule("places_at", ["RANK", {"LOWER": "и"}, "RANK", PLACE, {**TRUE_DASH, "OP": "?"}, {"LOWER": "у"}], "forward", case="gent",
             shared_out=True, example="Второе и третье места у МФЦ г. Орска и МФЦ г. Бузулука."),
    RankRule("place_given", ["RANK", PLACE, NEAR, GIVEN_VERB], "forward", case="datv",
             example="3 место присуждено Марине Гусевой."),
    # the most points or votes won: "Наибольшее количество голосов набрала Анна Ким", "больше всех баллов набрала сборная …"
    RankRule("most_points", [*MOST_POINTS, NEAR, {"LEMMA": "набрать", "MORPH": PAST}], "forward", rank=1, needs_contest=True,
             example="В конкурсе максимальное количество баллов набрал участковый Руслан Ким."),
    RankRule("most_votes_given", [*MOST_POINTS, NEAR, {"LEMMA": "отдать", "MORPH": PAST}], "forward", case="datv", rank=1, needs_contest=True,
             example="Наибольшее количество голосов жители отдали участковому Александру Орлову."),
    RankRule("scored_most", [{"LEMMA": "набрать", "MORPH": PAST}, *MOST_POINTS], "backward", rank=1, needs_contest=True,
             example="В голосовании Анна Ким набрала наибольшее число голосов."),
    # a place one was found worthy of: "Третьего места в голосовании удостоен Иван Орлов"
    RankRule("place_deserved", ["RANK", PLACE, LONG_CLAUSE, {"LEMMA": {"IN": ["удостоить", "удостоиться"]}}], "forward",
             example="Третьего места в голосовании был удостоен участковый Алексей Орлов."),
    RankRule("verb_place", [PLACE_VERB, PLACE_PRAISE, "RANK", PLACE], "backward",
             example="Команда гимназии № 2 заняла второе место."),
    # where one stands, after the holder: "Администрация района расположилась на втором месте"
    RankRule("stands_on_place", [{"LEMMA": {"IN": ["расположиться", "разместиться", "оказаться", "остановиться"]}, "MORPH": PAST},
                                 {"LOWER": "на"}, "RANK", PLACE], "backward", needs_contest=True,
             example="В турнире команда «Луч» расположилась на втором месте."),
    # none equal to the winner: "не было равных команде «Луч»", "равных не было команде «Луч»"
    RankRule("none_equal", [{"LOWER": "не"}, {"LOWER": "было"}, {"LOWER": "равных"}], "forward", case="datv", rank=1,
             needs_contest=True, example="В заплыве не было равных команде «Луч»."),
    RankRule("none_equal_now", [{"LOWER": "нет"}, {"LOWER": "равных"}], "forward", case="datv", rank=1, needs_contest=True,
             example="Много лет в сельской спартакиаде нет равных Лесному району."),
    RankRule("none_equal_after", [{"LOWER": "равных"}, {"LOWER": "не"}, {"LOWER": "было"}], "forward", case="datv", rank=1,
             needs_contest=True, example="В заплыве равных не было команде «Луч»."),
    # the first of the three ("замкнула тройку": closed_top_three): "возглавила тройку лидеров"
    RankRule("headed_top_three", [{"LEMMA": {"IN": ["возглавить", "возглавлять"]}}, *TOP_THREE], "either", rank=1,
             needs_contest=True, example="В турнире команда «Луч» возглавила тройку призёров."),
    RankRule("headed_standings", [{"LEMMA": {"IN": ["возглавить", "возглавлять"]}}, *STANDINGS], "either", rank=1,
             needs_contest=True, example="Команда «Искра» возглавила итоговую таблицу турнира."),
    RankRule("standings_headed", [*STANDINGS, {"LEMMA": {"IN": ["возглавить", "возглавлять"]}}], "forward", rank=1,
             needs_contest=True, example="По итогам спартакиады турнирную таблицу возглавила команда «Луч»."),
    RankRule("verb_places", [PLACE_VERB, PLACE_PRAISE, "RANK", {"LOWER": "и"}, "RANK", PLACE], "backward", shared_out=True,
             example="Анна Ким и Пётр Лаптев заняли второе и третье места."),
    # the report's present: "Третье место получает Иван Орлов"
    RankRule("place_gets", ["RANK", PLACE, NEAR, GETS], "forward", example="Третье место за фотоподборку получает Иван Орлов."),
    RankRule("gets_place", [GETS, "RANK", PLACE], "backward", example="Иван Орлов получает третье место."),
    # "второе место жюри разделило между Анной Ким и Петром Лаптевым"
    RankRule("place_shared_between", ["RANK", PLACE, NEAR, {"LEMMA": {"IN": ["разделить", "поделить", "распределиться"]}}, {"LOWER": "между"},
                                      {"LOWER": {"NOT_IN": ["собой"]}}], "forward", case="ablt", lookahead=1, example="Второе место жюри разделило между Анной Ким и Петром Лаптевым."),
    # "Дипломантами конкурса признали Анну Ким и Петра Лаптева": the recipients in the accusative
    RankRule("placed_recognized", [{**PLACED, "MORPH": INSTRUMENTAL}, UNRANKED, RECOGNIZED_ACTIVE], "forward", case="accs",
             rank=None, example="Дипломантами конкурса признали Анну Ким и Петра Лаптева."),
    RankRule("winner_recognized", [{**WINNER, "MORPH": INSTRUMENTAL}, IN_CLAUSE, RECOGNIZED_ACTIVE], "forward", case="accs",
             rank=1, example="Победителем конкурса жюри признало Анну Ким."),
    # a title of the year is a contest's first place: "«Учителем года» стала Анна Ким", "стал «Воспитателем года – 2024»"
    RankRule("title_of_year_became", [{**OPENING_QUOTE, "OP": "?"}, OF_THE_YEAR_TITLE, YEAR_WORD, IN_CLAUSE_QUOTED, COPULA],
             "forward", rank=1, example="«Учителем года» стала учитель химии Анна Ким."),
    RankRule("became_title_of_year", [BECAME, {**OPENING_QUOTE, "OP": "?"}, OF_THE_YEAR_TITLE, YEAR_WORD], "backward", rank=1,
             example="Учитель физики Пётр Лаптев стал «Учителем года»."),
    # a nomination's result with no rank: "в номинации «Дебют» была отмечена Анна Ким"
    #   (the nomination opens the sentence: "Дипломом … в номинации «А» отмечены …" is the diploma's)
    RankRule("nomination_noted", [{"IS_SENT_START": True, "LOWER": {"IN": ["в", "а"]}}, {"LOWER": "в", "OP": "?"}, {"LEMMA": "номинация"},
                                  {"ORTH": {"NOT_IN": [".", "!", "?", ";"]}, "LEMMA": {"NOT_IN": RANKED_WORDS}, "OP": "{0,12}"}, NOTED],
             "forward", rank=None, needs_contest=True,
             example="А в номинации «За добросовестный труд» была отмечена специалист Анна Ким."),
    RankRule("won", [{"LEMMA": "победить", "MORPH": PAST}], "either", rank=1, needs_contest=True,
             example="В номинации «Лучшая команда МФЦ» победил коллектив МФЦ Сакмарского района"),
    # "выиграть" with no object, a person after it: "среди женщин выиграла Анна Ким" (not "выиграла грант")
    RankRule("won_by_name", [{"LEMMA": "выиграть", "MORPH": PAST}, {"ENT_TYPE": "PER"}], "forward", rank=1, needs_contest=True, lookahead=1,
             example="В лыжной гонке на 3 километра среди женщин выиграла Анна Ким."),
    RankRule("winner_became", [WINNER, IN_CLAUSE, COPULA], "forward", rank=1,
             example="Победителем конкурса «Лучший МФЦ» стал МФЦ г. Бузулука."),
    RankRule("became_winner", [COPULA, WINNER], "backward", rank=1,
             example="МФЦ г. Орска стал победителем."),
    RankRule("winner_dash", [{**WINNER, "MORPH": NOMINATIVE}, IN_CLAUSE, DASH], "forward", rank=1,
             example="Победитель конкурса – МФЦ г. Орска."),
    # the winner chosen, named after a colon: "Жюри определило победителя: Анна Ким – учитель школы № 3"
    RankRule("winner_chosen", [{"LEMMA": {"IN": ["определить", "назвать", "выбрать", "объявить"]}, "MORPH": PAST},
                               {"LOWER": {"IN": ["победителя", "победителей", "победительницу", "победительниц"]}}, IN_CLAUSE, {"ORTH": ":"}],
             "forward", rank=1,
             needs_contest=True, example="В конкурсе жюри определило победителя: Анна Ким – учитель школы № 3."),
    RankRule("dash_winner", [DASH, {**WINNER, "MORPH": NOMINATIVE}], "backward", rank=1,
             example="Ученица школы № 4 Анна Ким – победитель в номинации «Эссе»."),
    RankRule("placed_nom_dash", [{**PLACED, "MORPH": NOMINATIVE}, UNRANKED, TRUE_DASH], "forward", rank=None,
             example="Призёры турнира – команда школы № 5 и команда лицея № 2."),
    RankRule("dash_placed", [TRUE_DASH, {**PLACED, "MORPH": NOMINATIVE}], "backward", rank=None,
             example="Анна Ким (школа № 3) – призёр олимпиады."),
    # a verdict needs no contest word: "лучшим подразделением признан отдел полиции …"
    RankRule("best_recognized", [BEST_ADJ, IN_CLAUSE, RECOGNIZED], "forward", rank=1,
             example="По итогам года лучшим подразделением области признан отдел полиции № 3."),
    RankRule("best_recognized_active", [BEST_ADJ, IN_CLAUSE, RECOGNIZED_ACTIVE], "forward", case="accs", rank=1,
             example="Лучшим начальником отдела признали руководителя администрации посёлка Анну Ким."),
    # the verdict's verb first, its doer named: "Жюри признало лучшим хирургом года Петра Лаптева"; the
    # recipient before it where none follows ("Лесное лесничество признали лучшим в области")
    RankRule("recognized_active_best", [RECOGNIZED_ACTIVE, BEST_INSTR, {"POS": {"IN": ["NOUN", "ADJ"]}, "MORPH": {"IS_SUPERSET": ["Case=Ins"]}, "OP": "{0,3}"},
                                        {"POS": "NOUN", "MORPH": {"IS_SUPERSET": ["Case=Gen", "Animacy=Inan"]}, "OP": "{0,2}"}],
             "either", case="accs", rank=1, example="Члены жюри признали лучшим хирургом года заведующего отделением Петра Лаптева."),
    RankRule("recognized_best", [RECOGNIZED, BEST_INSTR], "backward", rank=1,   # not "назван лучший сотрудник": who, it says after
             example="Отдел полиции № 3 признан лучшим подразделением области."),
    RankRule("best_became", [BEST, LONG_CLAUSE, COPULA], "forward", rank=1, needs_contest=True,
             example="Среди трактористов лучшим по итогам соревнования стал Иван Орлов."),
    RankRule("became_best", [COPULA, BEST], "backward", rank=1, needs_contest=True,
             example="Студентка колледжа Нина Белова стала лучшей в номинации «Дебют»."),
    RankRule("named_as_best", [COPULA, {"LOWER": "как"}, OPENING_QUOTE, BEST], "backward", rank=1, needs_contest=True,
             example="В номинации «Наставник» Анна Ким была названа как «лучший педагог года»."),
    RankRule("best_result_shown", [*BEST_RESULT, NEAR, SHOWED], "forward", rank=1, needs_contest=True,
             example="В эстафете спартакиады лучший результат показали спортсмены лицея № 2."),
    RankRule("showed_best_result", [SHOWED, *BEST_RESULT], "backward", rank=1, needs_contest=True,
             example="В эстафете спартакиады спортсмены лицея № 2 показали лучший результат."),
    RankRule("best_of_all_shown", [{"LOWER": "лучше"}, {"LOWER": {"IN": ["всех", "всего"]}}, {"LOWER": "себя", "OP": "?"},
                                   {"POS": "VERB", "MORPH": FINITE}], "forward", rank=1,   # "лучше всех управляет автобусом …"
             needs_contest=True, example="В смотре-конкурсе лучше всего себя показала команда казачьего общества «Терек»."),
    RankRule("closed_top_three", [CLOSED, *TOP_THREE], "either", rank=3, needs_contest=True,
             example="Замкнули тройку сильнейших на турнире воспитанники Лесной школы."),
    RankRule("top_three_closed", [*TOP_THREE, NEAR, CLOSED], "forward", rank=3, needs_contest=True,
             example="Тройку призёров турнира замкнула сборная школы № 3."),
    # among the three placed, which place not said: no rank ("В тройку призёров также вошли А и Б")
    RankRule("entered_top_three", [{"LOWER": "в"}, *TOP_THREE, {"POS": "NOUN", "OP": "?"}, NEAR, {"LEMMA": "войти", "MORPH": PAST}], "forward",
             rank=None, needs_contest=True, example="В тройку лучших конкурсантов также вошли Глеб Орлов и Роман Ким."),
    RankRule("top_three_entered", [{"LEMMA": "войти", "MORPH": PAST}, {"LOWER": "в"}, *TOP_THREE], "backward", rank=None, needs_contest=True,
             example="На турнире Глеб Орлов и Роман Ким вошли в тройку сильнейших."),
    RankRule("prize_dash", [PRIZE_KIND, {"LEMMA": "приз"}, NEAR, DASH], "forward", rank=None, award=(0, 2), needs_contest=True,
             example="Итоги конкурса: поощрительный приз – Роман Ефимов."),
    RankRule("victory_won", [{"LEMMA": "победа"}, IN_CLAUSE, {"LEMMA": "одержать", "MORPH": PAST}], "forward", rank=1,
             needs_contest=True, example="В номинации «Наставник» победу одержала учитель физики Анна Ким."),
    RankRule("victory_brought", [{"LEMMA": "победа"}, NEAR, {"LEMMA": "принести", "MORPH": PAST}], "forward", rank=1, needs_contest=True,
             example="На чемпионате победу краю принесли Анна Ким и Пётр Лаптев."),
    RankRule("won_victory", [{"LEMMA": "одержать", "MORPH": PAST}, {"LEMMA": "победа"}], "backward", rank=1,
             needs_contest=True, example="В турнире по мини-футболу команда лицея № 2 одержала победу."),
    RankRule("medal_won", [MEDAL, NEAR, MEDAL_VERB], "forward", needs_contest=True,
             example="На турнире по борьбе серебро завоевал Пётр Лаптев."),
    # a nomination between the metal and its verb: "золото в номинации «Лучший хирург» завоевала Анна Ким"
    RankRule("medal_in_nomination_won", [MEDAL, *IN_NOMINATION, MEDAL_VERB], "forward", needs_contest=True,
             example="Так, золото в номинации «Лучший врач-невролог» завоевала Анна Ким."),
    RankRule("medal_in_nomination_given", [MEDAL, *IN_NOMINATION, GIVEN_VERB], "forward", case="datv", needs_contest=True,
             example="Серебро в номинации «Лучший хирург» досталось Петру Лаптеву."),
    RankRule("medal_given", [MEDAL, NEAR, GIVEN_VERB], "forward", case="datv", needs_contest=True,
             example="Бронзовые медали соревнований достались воспитанникам спортшколы «Олимп»."),
    # the metal alone before a dash, its verb left out: "серебро досталось А, бронза – Б"
    RankRule("medal_elliptic_dash", [{**MEDAL, "POS": "NOUN"}, TRUE_DASH], "forward", case=None, needs_contest=True,
             example="В турнире серебро досталось команде «Луч», бронза – команде «Искра»."),
    RankRule("medal_at", [MEDAL, CLOSING_QUOTE, {**TRUE_DASH, "OP": "?"}, {"LOWER": "у"}], "forward", case="gent", needs_contest=True,
             example="В турнире серебро у команды «Луч», «бронза» — у сборной МЧС."),
    # the ellipsis of a medal's prizewinner: "серебряным призёром стала А, бронзовым – Б"
    RankRule("medal_placed_dash", [MEDAL, {**PLACED, "MORPH": NOMINATIVE}, TRUE_DASH], "forward", needs_contest=True,
             example="На турнире серебряные призёры – ребята из Лугового."),
    RankRule("medal_placed_instr_dash", [{**MEDAL, "MORPH": INSTRUMENTAL}, {**PLACED, "MORPH": INSTRUMENTAL}, TRUE_DASH], "forward",
             needs_contest=True, example="В первенстве серебряным призёром стала Анна Ким, а бронзовым призёром – Пётр Лаптев."),
    RankRule("medal_dash", [{**MEDAL, "MORPH": INSTRUMENTAL}, TRUE_DASH], "forward", needs_contest=True,
             example="На турнире серебряным призёром стала Анна Ким, бронзовым – Пётр Лаптев."),
    # the ellipsis of a verdict: "лучшим специалистом признана А, лучшим наставником – Б"
    RankRule("best_dash", [{"ORTH": ","}, BEST_INSTR, NEAR, TRUE_DASH], "forward", rank=1,
             example="Лучшим специалистом признана Анна Ким, лучшим наставником – Пётр Лаптев."),
    RankRule("best_dash_opening", [{**BEST_INSTR, "IS_SENT_START": True}, NEAR, TRUE_DASH], "forward", rank=1,
             example="Лучшим специалистом МФЦ признана Анна Ким. Лучшим наставником — Пётр Лаптев."),
    # a title of the best, quoted, and who won it after a dash: "«Лучший участковый района» — Иван Орлов"
    RankRule("best_title_dash", [{**OPENING_QUOTE, "IS_SENT_START": True}, {"LOWER": {"REGEX": r"^лучш(ий|ая|ее|ие)$"}},
                                 {"ORTH": {"NOT_IN": ["«", "»", "\"", ".", "!", "?"]}, "OP": "{1,8}"}, {"ORTH": {"IN": ["»", "\""]}}, TRUE_DASH],
             "forward", rank=1, example="«Лучший участковый уполномоченный района» — Пётр Лаптев (Лесной район)."),
    RankRule("ordinal_dash", [ORDINAL_INSTR, TRUE_DASH], "forward", needs_contest=True,
             example="В первенстве лучшим стал Иван Орлов, вторым — Пётр Лаптев."),
    RankRule("won_medal", [MEDAL_VERB, MEDAL], "backward", needs_contest=True,
             example="Команда гимназии № 1 завоевала серебро первенства области."),
    RankRule("podium", ["RANK", *PODIUM, NEAR, {"LEMMA": "подняться", "MORPH": PAST}], "forward", needs_contest=True,
             example="На вторую ступень пьедестала спартакиады поднялась сборная школы № 3."),
    RankRule("podium_dash", [{"LOWER": "на"}, "RANK", *PODIUM, NEAR, TRUE_DASH], "forward", needs_contest=True,
             example="В спартакиаде на третьей ступени пьедестала – сборная завода «Прибор»."),
    # the top step: "верхнюю ступень пьедестала заняли …", "… поднялась на высшую ступень пьедестала"
    RankRule("top_of_podium", [TOP_STEP, *PODIUM, NEAR, {"LEMMA": {"IN": ["подняться", "занять"]}, "MORPH": PAST}], "forward", rank=1,
             needs_contest=True, example="В спартакиаде верхнюю ступень пьедестала заняла команда завода «Прибор»."),
    RankRule("rose_to_top_of_podium", [{"LEMMA": "подняться", "MORPH": PAST}, {"LOWER": "на"}, TOP_STEP, *PODIUM], "backward", rank=1,
             needs_contest=True, example="Сборная школы № 3 поднялась на высшую ступень пьедестала турнира."),
    RankRule("rose_to_podium", [{"LEMMA": "подняться", "MORPH": PAST}, {"LOWER": "на"}, "RANK", *PODIUM], "backward",
             needs_contest=True, example="Сборная школы № 3 поднялась на третью ступень пьедестала турнира."),
    # an honorary title as what one became: "Почётным гражданином района стал …", "… стала заслуженным врачом"
    RankRule("title_became", [TITLE_ADJ, TITLE_NOUN, UNRANKED, TITLE_VERB], "forward", rank=None, award=(0, 2),
             example="Почётным гражданином района посмертно стал бывший директор льнозавода Фёдор Лыков."),
    RankRule("quoted_title_became", [OPENING_QUOTE, TITLE_ADJ, TITLE_NOUN, UNRANKED, TITLE_VERB], "forward", rank=None, award=(1, 3),
             example="«Заслуженными работниками здравоохранения РФ» стали фельдшеры Анна Ким и Нина Белова."),
    RankRule("became_title", [TITLE_VERB, TITLE_ADJ, TITLE_NOUN], "backward", rank=None, award=(1, 3),
             example="Фельдшер Анна Ким стала заслуженным работником здравоохранения."),
    RankRule("became_quoted_title", [TITLE_VERB, OPENING_QUOTE, TITLE_ADJ, TITLE_NOUN], "backward", rank=None, award=(2, 4),
             example="Фельдшер Анна Ким и врач Нина Белова стали «Заслуженными врачами РФ»."),
    RankRule("grand_prix_given", [{"LOWER": "гран-при"}, IN_CLAUSE, {"LEMMA": {"IN": ["присудить", "присвоить", "вручить", "достаться"]}}],
             "forward", case="datv", rank=None, award=(0, 1), example="Гран-при конкурса присуждено фотографу Анне Ким."),
    RankRule("grand_prix_won", [{"LOWER": "гран-при"}, IN_CLAUSE, WIN_VERB], "forward", rank=None, award=(0, 1), needs_contest=True,
             example="Гран-при фестиваля получил коллектив «Родник»."),
    RankRule("won_grand_prix", [WIN_VERB, {"LOWER": "гран-при"}], "backward", rank=None, award=(1, 2), needs_contest=True,
             example="Коллектив «Родник» получил гран-при фестиваля."),
    # the holder of the honour the sentence before named: "Ещё один житель получил премию мэра. Её обладателем стал …"
    RankRule("holder_of_told", [{"LOWER": {"IN": ["её", "ее", "его", "их"]}}, HOLDER, COPULA], "forward", rank=None, award="told",
             example="Премию мэра вручили в третий раз. Её обладателем стал тренер Иван Орлов."),
    RankRule("holder_of_grand_prix", [HOLDER, {"LOWER": "гран-при"}, UNRANKED, COPULA], "forward", rank=None, award=(1, 2),
             example="Обладателем Гран-при фестиваля стал ансамбль «Родник»."),
    RankRule("holder_of_prize_became", [HOLDER, HELD_PRIZE, UNRANKED, COPULA], "forward", rank=None, award=(1, 2),
             example="Обладателем премии в номинации «Песня» стал концертмейстер ансамбля Иван Орлов."),
    RankRule("became_holder_of_prize", [COPULA, HOLDER, HELD_PRIZE], "backward", rank=None, award=(2, 3),
             example="Концертмейстер ансамбля «Родники» Иван Орлов стал обладателем премии в номинации «Песня»."),
    RankRule("became_holder_of_grand_prix", [COPULA, HOLDER, {"LOWER": "гран-при"}], "backward", rank=None, award=(2, 3),
             example="Ансамбль «Родник» стал обладателем Гран-при фестиваля."),
    RankRule("grand_prix", [{"LOWER": "гран-при"}, IN_CLAUSE, DASH], "forward", rank=None, award=(0, 1), needs_contest=True,
             example="Гран-при конкурса – коллектив «Родник»."),
    RankRule("prize_laureate_became", [{"LEMMA": "лауреат"}, PRIZE, IN_CLAUSE, COPULA], "forward", rank=None, award="honour",
             example="Лауреатом премии губернатора стала Анна Смирнова."),
    RankRule("became_prize_laureate", [COPULA, {"LEMMA": "лауреат"}, PRIZE], "backward", rank=None, award="honour",
             example="Анна Смирнова стала лауреатом премии «Просветитель»."),
    # a medal's prizewinner: "серебряным призёром стала", "бронзовый призёр первенства – …" (rank_of reads the metal)
    RankRule("medal_placed_became", [MEDAL, {**PLACED, "MORPH": INSTRUMENTAL}, UNRANKED, COPULA], "forward",
             example="Серебряным призёром первенства стала Анна Ким."),
    RankRule("became_medal_placed", [COPULA, MEDAL, {**PLACED, "MORPH": INSTRUMENTAL}], "backward",
             example="Пётр Лаптев стал бронзовым призёром турнира."),
    # an ordinal alone after "стать": "стал вторым в конкурсе", "третьей стала команда …"
    # a race's order: "лучшей была Анна Ким, второй финишировала Нина Белова, третьей – Ольга Рябова"
    RankRule("ordinal_finished", [ORDINAL_INSTR, {"LOWER": "на", "OP": "?"}, {"LOWER": "финиш", "OP": "?"},
                                  {"LOWER": {"REGEX": r"^(приш(ёл|ел|ла|ли)|финиширова(л|ла|ли))$"}}], "forward",   # ("пришли": the tagger's "прислать")
             needs_contest=True, example="В забеге второй финишировала Нина Белова, третьими на финиш пришли бегуньи школы № 2."),
    # "стал вторым, а Б третьим": the verb left out between the name and its ordinal
    RankRule("name_ordinal", [{"POS": "PROPN", "IS_TITLE": True}, ORDINAL_INSTR, {"ORTH": {"IN": [",", ".", ";"]}}], "backward",
             needs_contest=True, lookbehind=1, example="В первенстве Пётр Орлов стал вторым, а Степан Кравец третьим."),
    RankRule("best_was", [BEST, {"LEMMA": "быть", "MORPH": PAST}], "forward", rank=1, needs_contest=True,
             example="В забеге лучшей была Анна Ким."),
    RankRule("ordinal_became", [ORDINAL_INSTR, IN_CLAUSE, BECAME], "forward", needs_contest=True,
             example="В конкурсе чтецов третьим стал Иван Орлов."),
    RankRule("became_ordinal", [BECAME, ORDINAL_INSTR], "backward", needs_contest=True,
             example="Команда школы № 5 стала второй в турнире."),
    # the ellipsis of "стать" in a second clause: "победителем стала А, призёрами — Б и В"
    RankRule("placed_dash", [{**PLACED, "MORPH": INSTRUMENTAL}, TRUE_DASH], "forward", rank=None,
             example="Победителем стала Анна Ким, призёрами — Пётр Лаптев и Иван Орлов."),
    RankRule("winner_instr_dash", [{"LOWER": {"REGEX": r"^(абсолютн|безусловн)[а-яё]+$"}, "OP": "?"}, {**WINNER, "MORPH": INSTRUMENTAL}, NEAR, TRUE_DASH],
             "forward", rank=1, example="Призёрами стали Анна Ким и Пётр Лаптев, а абсолютным победителем в своей группе — Иван Орлов."),
    # among the winners, the awarded: "Среди победителей — А и Б", "В числе награждённых — А"
    RankRule("among_winners", [AMONG, {"LOWER": "числе", "OP": "?"}, {"LOWER": {"REGEX": r"^победител"}}, IN_CLAUSE, TRUE_DASH],
             "forward", rank=1, example="Среди победителей конкурса — Анна Ким и Пётр Лаптев."),
    RankRule("among_awarded", [AMONG, {"LOWER": "числе", "OP": "?"}, {"LOWER": {"REGEX": r"^(призёр|призер|лауреат|награждённ|награжденн)"}}, NEAR, TRUE_DASH],
             "forward", rank=None, example="В числе награждённых — Анна Ким и Пётр Лаптев."),
    # "Анна Ким была в числе награждённых", "… вошли в число награждённых"
    RankRule("in_number_of_awarded", [{"LOWER": "в"}, {"LOWER": {"IN": ["числе", "число"]}}, {"LOWER": {"REGEX": r"^награжд[её]нн"}}],
             "backward", rank=None, example="Тренер по боксу Денис Орлов и его воспитанница Анна Ким были в числе награждённых."),
    # "Анна Ким вошла в число победителей", "В число призёров вошли А и Б"
    RankRule("entered_winners", [ENTERED, {"LOWER": "в"}, LIST_OF, {"LOWER": {"REGEX": r"^победител"}}], "backward", rank=1,
             example="Учитель физики Анна Ким вошла в число победителей конкурса."),
    RankRule("winners_entered", [{"LOWER": "в"}, LIST_OF, {"LOWER": {"REGEX": r"^победител"}}, NEAR, ENTERED], "forward", rank=1,
             example="В число победителей конкурса вошли Анна Ким и Пётр Лаптев."),
    RankRule("entered_placed", [ENTERED, {"LOWER": "в"}, LIST_OF, {"LOWER": {"REGEX": r"^(призёр|призер|лауреат)"}}], "backward",
             rank=None, example="Команда школы № 5 вошла в число призёров турнира."),
    RankRule("placed_entered", [{"LOWER": "в"}, LIST_OF, {"LOWER": {"REGEX": r"^(призёр|призер|лауреат)"}}, NEAR, ENTERED], "forward",
             rank=None, example="В число лауреатов премии вошли Анна Ким и Пётр Лаптев."),
    # a victory given: "победа в номинации «Лучший МФЦ» досталась МФЦ Заречного района"
    RankRule("victory_given", [{"LEMMA": "победа"}, IN_CLAUSE, GIVEN_VERB], "forward", case="datv", rank=1, needs_contest=True,
             example="Победа в номинации «Лучший МФЦ» досталась МФЦ Заречного района."),
    # "Светлана Орлова отмечена в номинации «Песня»": a result in that nomination, no rank
    RankRule("noted_in_nomination", [{"LEMMA": "отметить", "MORPH": {"IS_SUPERSET": ["Voice=Pass"]}}, {"LOWER": "в"}, {"LEMMA": "номинация"}],
             "backward", rank=None, needs_contest=True,
             example="На конкурсе «Мастер» хормейстер Светлана Орлова отмечена в номинации «Народное пение»."),
    RankRule("placed_became", [{**PLACED, "MORPH": INSTRUMENTAL}, UNRANKED, COPULA], "forward", rank=None,
             example="Призёрами олимпиады по химии стали Вера Гусева и Илья Фомин."),
    RankRule("became_placed", [COPULA, {**PLACED, "MORPH": INSTRUMENTAL}], "backward", rank=None,
             example="Вера Гусева стала призёром областной олимпиады."),
    # (last: of two phrases as long, any other wins) a place in a sentence of places, its verb and dash left out: "первой стала А, второе место Б, …"
    RankRule("place_bare_after_comma", [{"ORTH": ","}, "RANK", PLACE], "forward", needs_contest=True,
             example="В турнире первой стала Анна Ким, второе место Нина Белова."),
]
