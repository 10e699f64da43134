"""The awards extractor: contest results and honours, one record per recipient (issue 7)."""

from __future__ import annotations

import pytest
from spacy.schemas import validate_token_pattern

from pressfacts.extractors.awards import words as awards_words
from pressfacts.extractors.awards.grammar import RANK_RULES
from pressfacts.extractors.awards.rank_phrases import build_matcher, expand, find_rank_phrases
from pressfacts.pipeline.morphology import parse
from pressfacts.pipeline.wordforms import parse_lemma
from pressfacts.schemas import Award


def awards(nlp, text: str) -> list[Award]:
    doc = nlp(text)
    for award in doc._.awards:                         # every span is a slice of the text
        for span in (award.span, award.recipient_span):
            assert text[span.start : span.end] == span.text
        assert award.rank is None or award.rank >= 1
    return doc._.awards


def ranked(nlp, text: str) -> list[str]:
    return [f"{a.rank} {a.recipient}" for a in awards(nlp, text)]


# --- Contest results: every rank form ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга", ["1 Михин С.В."]),
    ("лауреаты 3 степени – Дошлова Д.Ф. специалист ГАУ «МФЦ» и Попова Е.Н. специалист МАУ «МФЦ» Октябрьского района.",
     ["3 Дошлова Д.Ф.", "3 Попова Е.Н."]),
    ("лауреаты 3 степени – МФЦ г. Бугуруслана и МФЦ Новоорского района.", ["3 МФЦ г. Бугуруслана", "3 МФЦ Новоорского района"]),
    ("Лауреатами 2 степени стали МФЦ г. Орска и МФЦ г. Бузулука.", ["2 МФЦ г. Орска", "2 МФЦ г. Бузулука"]),
    ("удостоены награды: за 1 место - МФЦ г. Новотроицка; за 2 место - МФЦ Соль-Илецкого городского округа и за 3 место - МФЦ Оренбургского района.",
     ["1 МФЦ г. Новотроицка", "2 МФЦ Соль-Илецкого городского округа", "3 МФЦ Оренбургского района"]),
    ("отмечены МФЦ Асекеевского района и ТОСП Заглядинского сельсовета (1 место), МФЦ Бугурусланского района и ТОСП села Михайловка (2 место).",
     ["1 МФЦ Асекеевского района", "1 ТОСП Заглядинского сельсовета", "2 МФЦ Бугурусланского района", "2 ТОСП села Михайловка"]),
    ("МФЦ Новоорского района» и ТОСП посёлка Энергетик (3 место).", ["3 МФЦ Новоорского района", "3 ТОСП посёлка Энергетик"]),
    ("2 место у МФЦ Медногорска", ["2 МФЦ Медногорска"]),
    ("3 место разделили МФЦ Ташлинского и Тюльганского районов.", ["3 МФЦ Ташлинского района", "3 МФЦ Тюльганского района"]),
    ("дипломом 1 степени награжден МФЦ Сакмарского района с проектом «Руководство будущего специалиста МФЦ»",
     ["1 МФЦ Сакмарского района"]),
    ("дипломом 3 степени МФЦ Ташлинского района с проектом «Формирование системы корпоративной культуры в МФЦ – залог успеха!»",
     ["3 МФЦ Ташлинского района"]),
    ("МФЦ г. Орска награжден дипломом 2 степени.", ["2 МФЦ г. Орска"]),
    ("В номинации «Лучшая команда МФЦ» победил коллектив МФЦ Сакмарского района, 2 место у МФЦ Медногорска, а 3 место разделили МФЦ Ташлинского и Тюльганского районов.",
     ["1 коллектив МФЦ Сакмарского района", "2 МФЦ Медногорска", "3 МФЦ Ташлинского района", "3 МФЦ Тюльганского района"]),
    ("I место – МФЦ г. Орска, II место – МФЦ г. Новотроицка.", ["1 МФЦ г. Орска", "2 МФЦ г. Новотроицка"]),
    ("Первое место в конкурсе «Лучший МФЦ» заняла команда МФЦ г. Орска.", ["1 команда МФЦ г. Орска"]),
    ("Команда гимназии № 2 заняла второе место.", ["2 Команда гимназии № 2"]),
    ("3-е место заняла Анна Смирнова.", ["3 Анна Смирнова"]),
    ("Победителем конкурса «Лучший МФЦ» стал МФЦ г. Бузулука.", ["1 МФЦ г. Бузулука"]),
    ("Победителями признаны Иван Петров и Анна Смирнова.", ["1 Иван Петров", "1 Анна Смирнова"]),
    ("Иван Петров стал победителем в номинации «Лучший специалист».", ["1 Иван Петров"]),
    ("Победитель конкурса – МФЦ г. Орска.", ["1 МФЦ г. Орска"]),
    # Гран-при stands above the places: no rank, the award is the Гран-при (issue 16)
    ("Гран-при фестиваля получил коллектив «Родник».", ["None коллектив «Родник»"]),
    ("Гран-при конкурса – коллектив «Родник».", ["None коллектив «Родник»"]),
    ("Второе место занял Василий Иванчук — 8 очков.", ["2 Василий Иванчук"]),
    ("В конкурсе первое место занял офис МФЦ в Мещовском районе, второе место – офис в г. Людиново, третье – офис МФЦ Заокского района.",
     ["1 офис МФЦ в Мещовском районе", "2 офис в г. Людиново", "3 офис МФЦ Заокского района"]),
    ("В номинации «Лучшая команда» победила команда «Вымпел», обойдя в финале команду «Сокол».", ["1 команда «Вымпел»"]),
    ("В финале конкурса команда «Вымпел» победила команду «Сокол».", ["1 команда «Вымпел»"]),   # not the beaten one
])
def test_contest_results(nlp, text, expected):
    assert ranked(nlp, text) == expected


@pytest.mark.parametrize("text,field,expected", [
    ("лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга", "recipient_position", "специалист"),
    ("лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга", "recipient_organization", "МАУ «МФЦ» г. Оренбурга"),
    ("лауреат 1 степени - Михин С.В. специалист МАУ «МФЦ» г. Оренбурга", "recipient_kind", "person"),
    ("за 1 место - МФЦ г. Новотроицка", "recipient_kind", "organization"),
    # a team or a collective stands for its house: kind organization (issue 16, as the genre's gold)
    ("победил коллектив МФЦ Сакмарского района в конкурсе", "recipient_kind", "organization"),
    ("Почётными грамотами награждены сотрудники администрации района", "recipient_kind", "person"),
    ("победил коллектив МФЦ Сакмарского района в конкурсе", "recipient_organization", "МФЦ Сакмарского района"),
    ("дипломом 1 степени награжден МФЦ Сакмарского района с проектом «Руководство будущего специалиста МФЦ»",
     "project", "Руководство будущего специалиста МФЦ"),
    ("дипломом 1 степени награжден МФЦ Сакмарского района", "award", "диплом 1 степени"),
    ("лауреат 1 степени – МФЦ Гайского городского округа", "award", None),
    ("3 место разделили МФЦ Ташлинского и Тюльганского районов", "recipient_span", ["МФЦ Ташлинского", "Тюльганского районов"]),
    ("МФЦ Новоорского района» и ТОСП посёлка Энергетик (3 место)", "recipient_span", ["МФЦ Новоорского района", "ТОСП посёлка Энергетик"]),
    ("лауреаты 3 степени – Дошлова Д.Ф. специалист ГАУ «МФЦ» и Попова Е.Н. специалист МАУ «МФЦ» Октябрьского района",
     "span", ["лауреаты 3 степени – Дошлова Д.Ф. специалист ГАУ «МФЦ» и Попова Е.Н. специалист МАУ «МФЦ» Октябрьского района"] * 2),
    ("В номинации «Лучший специалист» победила Анна Смирнова (МФЦ г. Орска).", "recipient_organization", "МФЦ г. Орска"),
    ("Лауреатом премии губернатора стала Анна Смирнова.", "award", "премия губернатора"),
    ("Лауреатом премии губернатора стала Анна Смирнова.", "rank", None),
])
def test_result_fields(nlp, text, field, expected):
    found = awards(nlp, text)
    values = [getattr(a, field).text if field.endswith("span") else getattr(a, field) for a in found]
    assert values == (expected if isinstance(expected, list) else [expected])


CONTEST = (
    "В ходе совещания прошло награждение победителей регионального конкурса «Лучший МФЦ области».\n"
    "В номинации «Лучший МФЦ» в категории «с количеством окон не менее 20» удостоены награды: за 1 место - МФЦ г. Орска.\n"
    "В категории «малые МФЦ» 1 место – МФЦ г. Кувандыка.\n"
    "Лауреатом 2 степени стал МФЦ г. Бузулука.\n"
    "В номинации «Лучшая команда МФЦ» победил коллектив МФЦ Сакмарского района.\n"
)


def test_contexts_carry_over_until_a_new_one_opens(nlp):
    found = [(a.recipient, a.contest, a.nomination, a.category) for a in awards(nlp, CONTEST)]
    assert found == [
        ("МФЦ г. Орска", "Лучший МФЦ области", "Лучший МФЦ", "с количеством окон не менее 20"),
        ("МФЦ г. Кувандыка", "Лучший МФЦ области", "Лучший МФЦ", "малые МФЦ"),
        ("МФЦ г. Бузулука", "Лучший МФЦ области", "Лучший МФЦ", "малые МФЦ"),            # carried over
        ("коллектив МФЦ Сакмарского района", "Лучший МФЦ области", "Лучшая команда МФЦ", None),  # closed
    ]


# --- Honours ----------------------------------------------------------------------------------

def honoured(nlp, text: str) -> list[str]:
    return [f"{a.award} → {a.recipient}" for a in awards(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    ("В рамках совещания состоялась церемония вручения лучшим сотрудникам МФЦ области наград регионального министерства цифрового развития.",
     ["награды регионального министерства цифрового развития → лучшие сотрудники МФЦ области"]),
    ("Губернатор Андрей Бочаров наградил орденом «За заслуги перед Отечеством» IV степени Ивана Петрова, директора школы № 5.",
     ["орден «За заслуги перед Отечеством» IV степени → Иван Петров"]),
    ("Указом Президента РФ орденом «За заслуги перед Отечеством» IV степени награжден Иван Петров.",
     ["орден «За заслуги перед Отечеством» IV степени → Иван Петров"]),
    ("Президент вручил медаль «За отвагу» старшему лейтенанту Сергею Смирнову.", ["медаль «За отвагу» → Сергей Смирнов"]),
    ("Медаль «За доблестный труд» вручена Петру Сидорову.", ["медаль «За доблестный труд» → Пётр Сидоров"]),
    ("Почётное звание «Заслуженный учитель Российской Федерации» присвоено директору школы № 5 Ивановой Марии Петровне.",
     ["почётное звание «Заслуженный учитель Российской Федерации» → Иванова Мария Петровна"]),
    ("Указом губернатора почётное звание «Заслуженный работник культуры» присвоено Анне Смирновой и Петру Сидорову.",
     ["почётное звание «Заслуженный работник культуры» → Анна Смирнова", "почётное звание «Заслуженный работник культуры» → Пётр Сидоров"]),
    ("Почётной грамотой губернатора награждены Иван Петров, директор МФЦ г. Орска, и Анна Смирнова, специалист МФЦ Сакмарского района.",
     ["почётная грамота губернатора → Иван Петров", "почётная грамота губернатора → Анна Смирнова"]),
    ("Почётными грамотами министерства награждены: Иван Петров – ведущий специалист МФЦ г. Орска, Анна Смирнова – оператор МФЦ.",
     ["почётные грамоты министерства → Иван Петров", "почётные грамоты министерства → Анна Смирнова"]),
    ("Иван Петров награжден почётной грамотой министерства цифрового развития.",
     ["почётная грамота министерства цифрового развития → Иван Петров"]),
    ("Объявлена благодарность губернатора коллективу МФЦ Сакмарского района.",
     ["благодарность губернатора → коллектив МФЦ Сакмарского района"]),
    ("Губернатор Андрей Бочаров объявил благодарность коллективу МФЦ Сакмарского района.",
     ["благодарность губернатора → коллектив МФЦ Сакмарского района"]),                 # the giver, as the genre names it
    ("Благодарственные письма получили Иван Петров, Анна Смирнова и Пётр Сидоров.",
     ["благодарственные письма → Иван Петров", "благодарственные письма → Анна Смирнова", "благодарственные письма → Пётр Сидоров"]),
    ("Глава района вручил почётные грамоты администрации района сотрудникам МФЦ.",
     ["почётные грамоты администрации района → сотрудники МФЦ"]),
    ("Нагрудный знак «Почётный работник» вручен Ивану Петрову.", ["нагрудный знак «Почётный работник» → Иван Петров"]),
    ("Премии губернатора удостоен Иван Петров.", ["премия губернатора → Иван Петров"]),
    ("Указом Президента медалью ордена «За заслуги перед Отечеством» II степени награжден директор ГБУ «МФЦ» Михаил Иванов.",
     ["медаль ордена «За заслуги перед Отечеством» II степени → Михаил Иванов"]),
    ("Министерство наградило почётной грамотой Ивана Петрова.", ["почётная грамота министерства → Иван Петров"]),
    ("Благодарность губернатора объявлена коллективу МФЦ и лично Ивану Петрову.",
     ["благодарность губернатора → коллектив МФЦ", "благодарность губернатора → Иван Петров"]),
    ("Губернатор наградил орденом Дружбы Ивана Петрова.", ["орден Дружбы → Иван Петров"]),     # a name slovnet misses
])
def test_honours(nlp, text, expected):
    assert honoured(nlp, text) == expected


@pytest.mark.parametrize("text,field,expected", [
    ("Губернатор наградил орденом Дружбы Ивана Петрова, директора школы № 5.", "recipient_position", "директор"),
    ("Губернатор наградил орденом Дружбы Ивана Петрова, директора школы № 5.", "recipient_organization", "школа № 5"),
    ("Почётное звание присвоено директору школы № 5 Ивановой Марии Петровне.", "recipient_span", "Ивановой Марии Петровне"),
    ("Вручение лучшим сотрудникам МФЦ области наград министерства.", "recipient_organization", "МФЦ области"),
    ("Вручение лучшим сотрудникам МФЦ области наград министерства.", "recipient_kind", "person"),
    ("Вручение лучшим сотрудникам МФЦ области наград министерства.", "rank", None),
    ("Благодарность объявлена сотрудникам МФЦ Людиновского района Сергею Иванову и Ольге Петровой.",
     "recipient_position", ["сотрудник", "сотрудник"]),                                   # a plural title, shared
    ("Благодарность объявлена сотрудникам МФЦ Людиновского района Сергею Иванову и Ольге Петровой.",
     "recipient", ["Сергей Иванов", "Ольга Петрова"]),
    ("Грамотой награждена главный специалист МФЦ Ирина Волкова.", "recipient_position", "главный специалист"),
])
def test_honour_fields(nlp, text, field, expected):
    found = awards(nlp, text)
    values = [getattr(a, field).text if field.endswith("span") else getattr(a, field) for a in found]
    assert values == (expected if isinstance(expected, list) else [expected])


# --- Negative rows: mentions that are not awards ----------------------------------------------

@pytest.mark.parametrize("text", [
    "В рамках конференции пройдёт конкурс видео-роликов «Субкультуры - маркер реальности».",   # a contest, no result
    "Конкурс «Лучший МФЦ» проводится в четвертый раз.",
    "В номинации «Лучший МФЦ» участвовали 20 центров.",
    "МФЦ принял участие в конкурсе «Лучший МФЦ».",
    "Победители конкурса будут награждены дипломами.",
    "Губернатор поздравил победителей конкурса.",
    "В ходе совещания прошло торжественное награждение победителей регионального конкурса «Лучший МФЦ».",
    "Сотрудники получили премию в размере 10 тысяч рублей.",                                  # премия as money
    "Сотрудникам МФЦ выплачена премия по итогам квартала.",
    "В МФЦ оборудовано рабочее место для заявителей.",                                        # место
    "В районе создано 20 удаленных рабочих мест.",
    "МФЦ занимает первое место в рейтинге регионов.",                                        # a standing, not a result
    "Страна занимает четвёртое место в мире по числу верующих.",
    "Его место займёт посол Японии в Чехии.",
    "Место спикера занял республиканец Джон Бенер.",
    "На выборах главы района победил Иван Петров.",                                          # победил: an election
    "На выборах победил кандидат от партии «Единая Россия».",
    "Иван Петров победил коронавирус.",                                                      # a disease
    "Пациент победил болезнь благодаря врачам.",
    "В споре победил мэр города.",
    "Заместитель губернатора выразил благодарность сотрудникам МФЦ.",                       # thanks, not an honour
    "Заместитель губернатора поблагодарил сотрудников МФЦ за работу.",
    "Губернатор вручил ключи от квартир семьям.",                                           # вручил, no honour
    "Заявитель получил письмо из налоговой инспекции.",                                     # письмо, not an honour
    "Медведев встретился с лауреатами премии президента РФ в области науки.",               # a status, no award given
    "Лауреат Нобелевской премии мира вышла на свободу.",
    "Третье место стало первым подиумом команды.",
    "Грамоты и ценные подарки победителям вручил заместитель губернатора.",                 # no one named
    "Первое место – за безопасностью, второе – за качеством услуг.",                        # no contest
])
def test_no_award(nlp, text):
    assert awards(nlp, text) == []


def test_a_sentence_without_an_award_word_is_skipped_at_once():
    assert not awards_words.mentions_award("Сотрудники МФЦ приняли 300 заявлений.")
    assert awards_words.mentions_award("3 место разделили МФЦ Ташлинского и Тюльганского районов")


# --- Whole texts ------------------------------------------------------------------------------

def test_seed_texts_give_valid_records(nlp, seeds):
    for text in seeds.values():
        awards(nlp, text)
    assert len(awards(nlp, seeds["003_0688055b2f096a1c"])) == 24
    assert [a.recipient for a in awards(nlp, seeds["000_5100cdfe7e332adf"])] == ["лучшие сотрудники МФЦ области"]


def test_the_api_puts_awards_on_the_result(seeds):
    import pressfacts

    result = pressfacts.extract(seeds["000_5100cdfe7e332adf"])
    result.check_spans(seeds["000_5100cdfe7e332adf"])
    assert [(a.award, a.recipient_kind) for a in result.awards] == [
        ("награды регионального министерства цифрового развития", "person"),
    ]


def test_news_texts_give_few_and_valid_records(nlp, factrueval):
    found = [a for text in factrueval.values() for a in awards(nlp, text)]
    assert len(found) <= 10            # news texts mention contests and prizes far more often than results
    assert all(a.recipient and (a.rank or a.award) for a in found)


def test_the_date_is_the_event_date(nlp):
    text = "4 марта 2020 г. прошло совещание.\nЛауреат 1 степени - МФЦ г. Орска."
    assert [a.date.span.text for a in awards(nlp, text)] == ["4 марта 2020 г."]
    assert [a.date for a in awards(nlp, "Лауреат 1 степени - МФЦ г. Орска.")] == [None]   # no date in the text


# --- Rules and data ---------------------------------------------------------------------------

@pytest.mark.parametrize("rule", RANK_RULES, ids=lambda r: r.name)
def test_rank_rules_are_valid_patterns_that_match_their_example(nlp, rule):
    for pattern in expand(rule.pattern):
        assert validate_token_pattern(pattern) == []
    assert rule.direction in ("forward", "backward", "either")
    assert rule.example
    doc = nlp(rule.example)
    matched = {m.rule.name for sent in doc.sents for m in find_rank_phrases(build_matcher(nlp.vocab), sent)}
    assert rule.name in matched
    assert awards(nlp, rule.example) or rule.needs_contest


LEMMA_FILES = [
    "awards_contests.txt", "awards_givers.txt", "awards_groups.txt", "awards_honours.txt", "awards_money.txt",
    "awards_not_contests.txt", "awards_organizations.txt", "awards_positions.txt",
    "awards_projects.txt", "awards_qualifiers.txt", "awards_verbs.txt",
]


@pytest.mark.parametrize("name", awards_words.DATA_FILES)
def test_data_files_have_an_example_per_entry_and_no_duplicates(name):
    entries = awards_words.read_entries(name)
    assert entries
    for entry in entries:
        assert entry.example, f"{name}:{entry.line} has no example comment"
        assert entry.fields[0] == entry.fields[0].lower(), f"{name}:{entry.line}"
    keys = [entry.fields[:2] if name == "awards_verbs.txt" else entry.fields[0] for entry in entries]
    assert len(keys) == len(set(keys)), f"{name} has duplicates"


@pytest.mark.parametrize("name", LEMMA_FILES)
def test_lemma_lists_hold_dictionary_forms(name):
    for entry in awards_words.read_entries(name):
        word = entry.fields[0]
        # a participle's own lemma counts: "заведующий" (pymorphy3 gives the verb, заведовать)
        assert any(word in (p.normal_form, parse_lemma(p)) for p in parse(word)), f"{name}:{entry.line}: {word!r} is not a lemma"


def test_data_file_fields():
    for entry in awards_words.read_entries("awards_honours.txt"):
        need, giver = entry.fields[1:]
        assert need in ("plain", "named", "qualified") and giver in ("-", "giver"), entry
    for entry in awards_words.read_entries("awards_verbs.txt"):
        lemma, form, case, honour_case = entry.fields
        assert form in awards_words.VERB_FORMS and case in awards_words.CASES and honour_case in awards_words.CASES, entry
    assert awards_words.ORDINALS["первый"] == 1 and max(awards_words.ORDINALS.values()) == awards_words.MAX_ORDINAL_RANK


@pytest.mark.parametrize("word", sorted(
    {lemma for lemma, need in awards_words.HONOURS.items() if need != "qualified"}
    | {"благодарственное письмо", "место", "степени", "победил", "победителем", "лауреат", "гран-при", "номинации", "категории", "конкурса"}
))
def test_every_honour_and_rank_word_passes_the_pre_check(word):
    assert awards_words.mentions_award(word)
