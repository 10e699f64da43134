"""The awards extractor on the dependency parse (issue 15): conjuncts, the arguments of a verb,
winners and elliptic places (``extractors/awards/dependents.py``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

import pressfacts
from pressfacts.extractors.awards.dependents import ARGUMENT_RULES, build_argument_matcher, pattern_of
from pressfacts.schemas import Award


def awards(nlp, text: str) -> list[Award]:
    doc = nlp(text)
    for award in doc._.awards:                         # every span is a slice of the text
        for span in (award.span, award.recipient_span):
            assert text[span.start : span.end] == span.text
    return doc._.awards


def described(nlp, text: str) -> list[str]:
    """"rank recipient" for a contest result, "award → recipient" for an honour."""
    return [f"{a.award} → {a.recipient}" if a.award else f"{a.rank} {a.recipient}" for a in awards(nlp, text)]


@pytest.fixture(scope="module")
def linear():
    """The pipeline without the parse: the linear readers alone."""
    return pressfacts.load(syntax=False)


# --- What the parse adds ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # conjuncts of one honour or result, each with the same award and rank
    ("Дипломы III степени вручили Анне Ким из школы № 3 и Петру Лаптеву.",
     ["дипломы III степени → Анна Ким", "дипломы III степени → Пётр Лаптев"]),
    ("Грамоты получили тренеры по плаванию Ольга Сомова, Игорь Рябов и Денис Лужин.",
     ["грамоты → Ольга Сомова", "грамоты → Игорь Рябов", "грамоты → Денис Лужин"]),
    ("Звание «Почётный житель района» присвоено ветерану труда Анне Ким и бывшему директору школы Петру Лаптеву.",
     ["звание «Почётный житель района» → Анна Ким", "звание «Почётный житель района» → Пётр Лаптев"]),
    # the honour before the recipient in the passive
    ("Почётной грамотой министерства награждена заведующая детским садом № 3 Светлана Орлова.",
     ["почётная грамота министерства → Светлана Орлова"]),
    ("Звания «Заслуженный врач Российской Федерации» удостоена заведующая отделением Анна Ким.",
     ["звание «Заслуженный врач Российской Федерации» → Анна Ким"]),
    ("Премия присуждена руководителю фольклорного ансамбля «Родники» Ольге Мироновой.", ["премия → Ольга Миронова"]),
    ("Концертмейстер ансамбля «Родники» Ольга Миронова стала обладательницей премии в номинации «Песня».",
     ["премия → Ольга Миронова"]),
    ("Также грамотами отмечены волонтёры Анна Ким и Пётр Лаптев.", ["грамоты → Анна Ким", "грамоты → Пётр Лаптев"]),
    # a diploma's degree is a rank, also when "лауреатов" stands between
    ("Дипломом лауреатов 2-й степени в номинации «Хоровое пение» награждены Ирина Соколова и ансамбль «Криница».",
     ["диплом лауреатов 2-й степени → Ирина Соколова", "диплом лауреатов 2-й степени → ансамбль «Криница»"]),
    # counted groups: one record each
    ("Медаль «За доблестный труд» получили 14 жителей Заречного района.",
     ["медаль «За доблестный труд» → 14 жителей Заречного района"]),
    ("Почётного звания удостоились 6 педагогов района.", ["почётное звание → 6 педагогов района"]),
    ("Почётными грамотами МЧС награждены 12 спасателей.", ["почётные грамоты МЧС → 12 спасателей"]),
    # places the linear rules do not reach, elliptic ones included
    ("Второе место присуждено Илье Воронову, третье – Марине Гусевой.", ["2 Илья Воронов", "3 Марина Гусева"]),
    ("2 место поделили Анна Ким и Пётр Лаптев, 3 место присуждено Ивану Орлову.",
     ["2 Анна Ким", "2 Пётр Лаптев", "3 Иван Орлов"]),
    ("Первое место в эстафете заняла команда школы № 5, второе – сборная лицея № 2, третье – команда гимназии № 7.",
     ["1 команда школы № 5", "2 сборная лицея № 2", "3 команда гимназии № 7"]),
    # winners: the predicate apart from its subject, or the subject shared by two verbs
    ("Анна Ким подготовила проект и оказалась победителем в своей номинации.", ["1 Анна Ким"]),
    ("Лучшей медицинской сестрой по итогам конкурса признана Анна Ким.", ["1 Анна Ким"]),
    ("В номинации «Лучший тренер» победу одержал Пётр Лаптев.", ["1 Пётр Лаптев"]),
])
def test_the_parse_reaches_more_recipients(nlp, text, expected):
    assert described(nlp, text) == expected


@pytest.mark.parametrize("text,field,expected", [
    ("Грамоты получили тренеры по плаванию Ольга Сомова и Игорь Рябов.", "recipient_position",
     ["тренер по плаванию", "тренер по плаванию"]),                                     # the plural title, each's
    # a participle's post, and what it governs as the organization (as the officials give it)
    ("Почётной грамотой министерства награждена заведующая детским садом № 3 Светлана Орлова.", "recipient_position",
     ["заведующая"]),
    ("Почётной грамотой министерства награждена заведующая детским садом № 3 Светлана Орлова.", "recipient_organization",
     ["детский сад № 3"]),
    ("Премия присуждена руководителю фольклорного ансамбля «Родники» Ольге Мироновой.", "recipient_span", ["Ольге Мироновой"]),
    ("Медаль «За доблестный труд» получили 14 жителей Заречного района.", "recipient_kind", ["person"]),
    ("Дипломом лауреатов 2-й степени в номинации «Хоровое пение» награждены Ирина Соколова и ансамбль «Криница».",
     "rank", [2, 2]),
    ("Дипломом лауреатов 2-й степени в номинации «Хоровое пение» награждены Ирина Соколова и ансамбль «Криница».",
     "recipient_kind", ["person", "organization"]),
    ("В номинации «Лучший тренер» победу одержал Пётр Лаптев.", "nomination", ["Лучший тренер"]),
    ("Медалью ордена «За заслуги перед Отечеством» II степени награждены медсестра Анна Ким и фельдшер Пётр Лаптев.",
     "rank", [None, None]),                                                              # an order's degree is its name
])
def test_fields_of_what_the_parse_adds(nlp, text, field, expected):
    found = awards(nlp, text)
    assert [getattr(a, field).text if field.endswith("span") else getattr(a, field) for a in found] == expected


# --- What it must not add -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Заместитель губернатора выразил благодарность сотрудникам МФЦ.", []),            # not a giving word
    ("Сотрудникам МФЦ выплачена премия по итогам квартала.", []),                         # pay
    ("Победители конкурса будут награждены дипломами.", []),                             # no one named
    ("Команда области лишилась звания чемпиона.", []),
    ("Губернатор лишил звания «Почётный гражданин» Ивана Петрова.", []),
    ("Регион занял третье место в рейтинге.", []),                                       # a standing, no team
    ("Команда уступает соперникам второе место в таблице.", []),                       # not in the past
    ("Медали вручены к юбилею победы ветеранам.", []),                                    # "к юбилею": no recipient
    # the leader named after a collective is not a recipient of its own
    ("Дипломом губернатора награждён ансамбль «Радуга», руководитель Нина Белова.",
     ["диплом губернатора → ансамбль «Радуга»"]),
    # a count before the list that names its members
    ("Отмечены грамотами 3 участника: Анна Ким, Пётр Лаптев и Иван Орлов.",
     ["грамоты → Анна Ким", "грамоты → Пётр Лаптев", "грамоты → Иван Орлов"]),
    # a conjunct with a place of its own keeps it
    ("Призёрами стали Анна Ким (2 место) и Пётр Лаптев (3 место).", ["2 Анна Ким", "3 Пётр Лаптев"]),
    # the place after a comma starts a clause of its own: not the winner's
    ("В общем зачёте спартакиады победила команда ООО «Заря», второе место у команды «Сибирь».",
     ["1 команда ООО «Заря»", "2 команда «Сибирь»"]),
])
def test_no_more_than_there_is(nlp, text, expected):
    assert described(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Право открыть праздник получили МФЦ г. Орска и МФЦ г. Бузулука.",    # no award stem, no name beside a role word
    "Команда школы № 7 вышла в финал.",
])
def test_an_unparsed_sentence_keeps_the_linear_output(nlp, linear, text):
    doc = nlp(text)
    assert not doc._.parsed_sents
    assert [a.model_dump() for a in doc._.awards] == [a.model_dump() for a in linear(text)._.awards]


@pytest.mark.parametrize("text", [
    "Дипломы III степени вручили Анне Ким из школы № 3 и Петру Лаптеву.",
    "В номинации «Эссе» Анна Ким подготовила проект и оказалась победителем.",   # (the name does not open the sentence)
    "Анна Ким поздравила Петра Лаптева и стала победителем конкурса.",         # (another name between)
])
def test_without_the_parse_the_linear_readers_miss_them(nlp, linear, text):
    assert len(linear(text)._.awards) < len(awards(nlp, text))


# --- The rule table -----------------------------------------------------------------------------

@pytest.mark.parametrize("rule", ARGUMENT_RULES, ids=lambda r: r.name)
def test_argument_rules_are_valid_patterns_that_match_their_example(nlp, rule):
    matcher = DependencyMatcher(nlp.vocab, validate=True)   # validates the pattern
    matcher.add(rule.name, [[node for node in pattern_of(rule) if node]])
    doc = nlp(rule.example)
    assert doc._.parsed_sents, rule.example
    assert matcher(doc), rule.example


def test_the_matcher_holds_every_rule(nlp):
    assert len(build_argument_matcher(nlp.vocab)) == len(ARGUMENT_RULES)


@pytest.mark.parametrize("text,expected", [
    # a premium by itself beside the verb that grants it
    ("В номинации «Народный танец» премия присуждена руководителю ансамбля народного танца «Озорник» Андрею Орлову.",
     ["премия → Андрей Орлов"]),
    ("Премии удостоена руководитель студии «Вышивка» Анна Ким.", ["премия → Анна Ким"]),
    ("Премию в размере 50 тысяч рублей вручили Андрею Орлову.", []),            # a sum: money, no honour
    ("Премия в номинации «Театр» присуждена руководителю народного театра «Рампа» Татьяне Орловой.", ["премия → Татьяна Орлова"]),
    # the name that opens the sentence is the subject of a verb conjoined to the first
    ("Анна Ким подготовила проект и оказалась победителем в своей номинации.", ["1 Анна Ким"]),
    ("Анна Ким выразила своё отношение к выборам с помощью кроссворда, и оказалась победителем в своей номинации.", ["1 Анна Ким"]),
    # the holder of a premium or a prize, the award in the nominative
    ("Концертмейстер ансамбля «Родники» Иван Орлов стал обладателем премии в номинации «Песня».", ["премия → Иван Орлов"]),
    ("Обладателем премии губернатора стала Анна Ким.", ["премия → Анна Ким"]),
    # a relative clause between the place and its verb
    ("Первое место среди МФЦ, в котором работает до пяти окон, получило отделение, расположенное в посёлке Лесном.",
     ["1 отделение, расположенное в посёлке Лесном"]),
    # the list goes on after ", а в номинации «…»" with no dash
    ("Дипломом лауреатов 1-й степени в номинации «Песня» отмечены Иван Орлов и Пётр Лаптев, а в номинации «Танец» ансамбль «Радуга».",
     ["диплом лауреатов 1-й степени → Иван Орлов", "диплом лауреатов 1-й степени → Пётр Лаптев",
      "диплом лауреатов 1-й степени → ансамбль «Радуга»"]),
    ("Грамоты получили Иван Орлов и Пётр Лаптев, а в номинации «Танец» победил ансамбль «Радуга».",
     ["грамоты → Иван Орлов", "грамоты → Пётр Лаптев", "1 ансамбль «Радуга»"]),   # a verb after it: a clause of its own
])
def test_the_linear_readers_read_them_too(linear, text, expected):
    assert described(linear, text) == expected
