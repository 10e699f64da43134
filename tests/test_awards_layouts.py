"""Awards in the layouts and turns the first rows did not cover (issue 16, second round): places
that win, a nominative "призёры –", a person and her house on one line, an honour per line, the
members a group names, works that stand for their author, a post's field.
Every sentence is invented in the genre's phrasing; no name or place is taken from a corpus.

A row is (text, the awards as "rank | award → recipient" in text order)."""

from __future__ import annotations

import pytest

from tests.test_awards_genre import described   # "rank | award → recipient", every span checked


ROWS = [
    # --- districts and towns that win a contest or a verdict ------------------------------------
    ("Победителем в категории «Городские округа» стал Лесной городской округ.", ["1 | None → Лесной городской округ"]),
    ("Среди муниципальных образований лучшим признан Озёрный район, второе место у Сосновского района.",
     ["1 | None → Озёрный район", "2 | None → Сосновский район"]),
    ("По итогам смотра-конкурса 1 место у Берёзовского района, 3 место – у Лугового района.",
     ["1 | None → Берёзовский район", "3 | None → Луговой район"]),
    ("Итоги смотра-конкурса: первое место занял Сосновский район, второе – Луговское сельское поселение.",
     ["1 | None → Сосновский район", "2 | None → Луговское сельское поселение"]),
    ("Победителем конкурса по охране труда стал город Заречный.", ["1 | None → город Заречный"]),
    # a town by its bare name, in the case the place's verb asks for; not where a winner is from
    ("В конкурсе среди городов первое место досталось Крутогорску, второе занял Лесногорск.",
     ["1 | None → Крутогорск", "2 | None → Лесногорск"]),
    ("В конкурсе второе место заняла фельдшер Анна Ким из города Озёрска.", ["2 | None → Анна Ким"]),
    # a house's abbreviation of two capitals and a slash ("П/З" a stud farm, "А/Ф" an agrofirm)
    ("В конкурсе «Лучшие посевы» первое место присуждено П/З «Луговское», второе место – А/Ф «Кремень».",
     ["1 | None → П/З «Луговское»", "2 | None → А/Ф «Кремень»"]),
    # places whose noun the next clause leaves out: "и третье у …", "3-е заняли …", "3-е присвоено …"
    ("В конкурсе «Безопасное колесо» второе место у команды школы № 5 и третье у команды школы № 8.",
     ["2 | None → команда школы № 5", "3 | None → команда школы № 8"]),
    ("В соревнованиях юных пожарных 2-е место у команды лицея, 3-е заняли учащиеся школы № 7.",
     ["2 | None → команда лицея", "3 | None → учащиеся школы № 7"]),
    ("В районе первое место присвоено команде Лесной школы, 3-е присвоено команде Озёрной школы.",
     ["1 | None → команда Лесной школы", "3 | None → команда Озёрной школы"]),
    # lines of a list in lower case, each a sentence: a category is no recipient; a line's own contest opens it
    ("На первенстве района по лыжным гонкам места распределились так:\nмальчики 2010 г.р.:\n1 место – Олег Орлов (школа № 2);\n"
     "мальчики 2008 г.р.:\n3 место – Иван Белов (школа № 5);",
     ["1 | None → Олег Орлов", "3 | None → Иван Белов"]),
    ("В конкурсе «Учитель года» победила учитель химии школы № 17 Анна Ким;\nв конкурсе «Молодой учитель» – учитель истории гимназии № 2 Нина Белова;",
     ["1 | None → Анна Ким", "1 | None → Нина Белова"]),
    # "и" and one capital after an abbreviation end it: "ДТД и М", a palace of children and youth
    ("Результаты конкурса:\n3 место — команда МАУДО ДТД и М (г. Лесной).", ["3 | None → команда МАУДО ДТД и М"]),
    # three places shared out in order ("I, II и III места заняли соответственно …"), not the last two read alone
    ("По итогам спартакиады I, II и III места заняли соответственно команды Лесного, Озёрного и Кедрового районов.",
     ["1 | None → команда Лесного района", "2 | None → команда Озёрного района", "3 | None → команда Кедрового района"]),
    # a place's rank in a rating is a figure, not a prize
    ("Озёрная область заняла четвёртое место по стране по вводу жилья.", []),
    ("По итогам конкурса Лесной район занял 9 место среди субъектов.", []),
    ("Озёрный район занял первое место в рейтинге муниципалитетов по уровню газификации.", []),
    ("Второе место по надою молока у Полевского района.", []),       # no contest: a figure's standing
    # --- a word of praise before the place ----------------------------------------------------
    ("Команда Лесного района заняла почётное 3 место.", ["3 | None → Команда Лесного района"]),
    ("Сборная колледжа заняла призовое второе место в турнире.", ["2 | None → Сборная колледжа"]),
    # --- prizewinners named in the nominative with a dash ------------------------------------
    ("Номинация «Лучший сайт»: победитель – МФЦ г. Озёрска, призёры – МФЦ Лесного района и МФЦ г. Полевска.",
     ["1 | None → МФЦ г. Озёрска", "None | None → МФЦ Лесного района", "None | None → МФЦ г. Полевска"]),
    ("На олимпиаде Вера Гусева (школа № 3) – победитель, Илья Фомин (гимназия № 1) – призёр.",
     ["1 | None → Вера Гусева", "None | None → Илья Фомин"]),
    ("Лауреат I степени – Анна Ким.", ["1 | None → Анна Ким"]),       # the degree's rule, not "лауреат –"
    # --- a person and her house after a comma are one recipient --------------------------------
    ("Лауреатами конкурса стали:\n- Иванова Мария, МБОУ СОШ № 5 – диплом I степени;\n- Петров Олег, МБОУ СОШ № 7 – диплом II степени.",
     ["1 | диплом I степени → Иванова Мария", "2 | диплом II степени → Петров Олег"]),
    ("1 место – Алина Седова, школа № 4.", ["1 | None → Алина Седова"]),
    ("2 место разделили МФЦ г. Озёрска и МФЦ Лесного района.", ["2 | None → МФЦ г. Озёрска", "2 | None → МФЦ Лесного района"]),
    # --- an honour for each line of a decree ------------------------------------------------------
    ("Указом Президента награждены:\nорденом Почёта – Громов Николай Петрович, директор АО «Лесной завод»;\n"
     "медалью «За трудовую доблесть» – Савина Ольга Ивановна, доярка СПК «Заря».",
     ["None | орден Почёта → Громов Николай Петрович", "None | медаль «За трудовую доблесть» → Савина Ольга Ивановна"]),
    ("Медалью «За заслуги» награждены Иван Орлов и Пётр Лаптев.",     # one honour for both
     ["None | медаль «За заслуги» → Иван Орлов", "None | медаль «За заслуги» → Пётр Лаптев"]),
    # --- a collective and a soloist joined by "и" are two; a leader after a comma is not one -------
    ("Дипломами лауреатов I степени отмечены вокальная группа «Гармония» и солистка Яна Рыжова.",
     ["1 | None → вокальная группа «Гармония»", "1 | None → Яна Рыжова"]),
    ("Дипломом лауреата I степени отмечен ансамбль «Радуга», руководитель Нина Белова.", ["1 | None → ансамбль «Радуга»"]),
    # --- the members a group names -------------------------------------------------------------
    ("Почётные грамоты получили 8 педагогов, среди них учитель истории Анна Ким и воспитатель Ольга Рябова.",
     ["None | почётные грамоты → 8 педагогов", "None | почётные грамоты → Анна Ким", "None | почётные грамоты → Ольга Рябова"]),
    ("Благодарственные письма вручены троим сотрудникам МФЦ: Анне Ким, Петру Лаптеву и Ольге Рябовой.",
     ["None | благодарственные письма → Анна Ким", "None | благодарственные письма → Пётр Лаптев",
      "None | благодарственные письма → Ольга Рябова"]),
    # --- a work stands for its author ------------------------------------------------------------
    ("Лучшей признана работа Алины Сомовой «Мой край».", ["1 | None → Алина Сомова"]),
    ("Первое место – рисунок ученицы 4 класса Веры Гусевой.", ["1 | None → Вера Гусева"]),
    ("Лучшей признана работа жюри.", []),                              # a work, no author named
    # --- a name after an honour in the genitive is its giver, no recipient -----------------------
    ("Наградить почётной грамотой губернатора Лаптева Ивана Петровича, директора школы № 5.",
     ["None | почётная грамота губернатора → Лаптев Иван Петрович"]),  # an accusative after a decree's verb
    ("Почётную грамоту вручили Васильевых Полине.", ["None | почётная грамота → Васильевых Полина"]),   # -ых does not decline
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_awards_in_more_layouts(nlp, text, expected):
    assert described(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a post keeps the field it names; the house starts at a word that names one
    ("Почётные грамоты получили учитель истории Анна Ким и мастер участка Ольга Бурова.",
     [("учитель истории", None), ("мастер участка", None)]),
    ("Победителем конкурса «Учитель года» стала учитель математики школы № 12 Ольга Светлова.",
     [("учитель математики", "школа № 12")]),
    ("Грамотой награждён водитель автоколонны № 2 Сергей Нестеров.", [("водитель", "автоколонна № 2")]),
    ("Премия присуждена руководителю детского ансамбля народного танца «Лад» Андрею Лунёву.",
     [("руководитель", "детский ансамбль народного танца «Лад»")]),
    ("Знаком отличия награждён председатель совета ветеранов Николай Громов.", [("председатель", "совет ветеранов")]),
    ("Специальным дипломом жюри отмечена работа ученицы 9 класса Полины Гавриловой.", [("ученица 9 класса", None)]),
])
def test_a_posts_field_and_the_house(nlp, text, expected):
    assert [(a.recipient_position, a.recipient_organization) for a in nlp(text)._.awards] == expected


def test_each_recipient_takes_the_nomination_opened_before_it(nlp):
    text = "В номинации «Лучший проект» лауреатом стала Анна Ким, в номинации «Дебют» – Пётр Лаптев."
    assert [a.nomination for a in nlp(text)._.awards] == ["Лучший проект", "Дебют"]
    text = "Анна Ким – победитель в номинации «Проза», Пётр Лаптев стал лучшим в номинации «Поэзия»."
    assert [a.nomination for a in nlp(text)._.awards] == ["Проза", "Поэзия"]      # a nomination after its winner


def test_a_compound_contest_opens_its_context(nlp):
    text = "Подведены итоги фотоконкурса «Мой край». Победителем стала Анна Ким."
    assert [a.contest for a in nlp(text)._.awards] == ["Мой край"]


def test_a_name_after_an_honour_in_the_genitive_is_its_giver(nlp):
    text = "Врачи больницы отмечены почётными грамотами и благодарностью Ивана Лаптева."
    assert [a.recipient for a in nlp(text)._.awards] == ["Врачи больницы"]


def test_a_name_ends_before_a_bracket(nlp):
    # slovnet runs a name on into "(МФЦ г. Озёрска"; a name holds no bracket
    text = "Победители конкурса «Лучший специалист»: Анна Ким (МФЦ г. Озёрска), Пётр Лаптев (МФЦ Лесного района)."
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Анна Ким", "Пётр Лаптев"]
    assert [(a.recipient, a.recipient_organization) for a in doc._.awards] == [
        ("Анна Ким", "МФЦ г. Озёрска"), ("Пётр Лаптев", "МФЦ Лесного района")]


MORE_ROWS = [
    # --- a standing by a figure is no result, whoever holds the place ---------------------------------
    ("Лесной район занял первое место в области по заготовке кормов.", []),
    ("Первое место в рейтинге прозрачности заняла администрация Лесного района.", []),
    ("Второе место по числу обращений у МФЦ г. Озёрска.", []),
    ("Команда заняла первое место в турнире по количеству набранных очков.", ["1 | None → Команда"]),   # a contest's
    ("В числе награждённых — Анна Ким.", ["None | None → Анна Ким"]),         # "в числе" is no measure

    # --- contests written as one compound word --------------------------------------------------
    ("В фотоконкурсе победила Анна Ким.", ["1 | None → Анна Ким"]),
    ("На слёте юных экологов победила команда школы № 2.", ["1 | None → команда школы № 2"]),
    ("На выборах победила Анна Ким.", []),

    # --- a diploma given to someone after a dash; people a participle names before a colon ----------
    ("Диплом I степени – Воробьёвой Полине, диплом II степени – Ивану Орлову.",
     ["1 | диплом I степени → Воробьёва Полина", "2 | диплом II степени → Иван Орлов"]),
    ("Лауреатами стали учащиеся: Иванова Полина (5 лет), Сидоров Артём (6 лет).",
     ["None | None → Иванова Полина", "None | None → Сидоров Артём"]),

    ("По итогам конкурса 1 место – МФЦ г. Озёрска, 2 и 3 места – МФЦ Лесного района и МФЦ Полевского района.",
     ["1 | None → МФЦ г. Озёрска", "2 | None → МФЦ Лесного района", "3 | None → МФЦ Полевского района"]),

    # --- a participle standing for the people of a house -----------------------------------------
    ("По итогам соревнований бронза досталась учащимся Лесной школы.", ["3 | None → учащиеся Лесной школы"]),
    ("Серебро первенства досталось обучающимся лицея № 2.", ["2 | None → обучающиеся лицея № 2"]),

    # --- a relative clause says who; the recipient before an impersonal verb ----------------------
    ("Иван Орлов, который спас двоих детей, награждён медалью «За спасение погибавших».",
     ["None | медаль «За спасение погибавших» → Иван Орлов"]),
    ("Школьнице Анне Ким, которая помогла задержать грабителя, вручили благодарственное письмо.",
     ["None | благодарственное письмо → Анна Ким"]),
    ("Ивана Орлова наградили медалью «За отвагу».", ["None | медаль «За отвагу» → Иван Орлов"]),
    ("В этот день Анне Ким исполнилось 90 лет, ей вручили цветы.", []),
    # --- several places at one holder each ------------------------------------------------------
    ("В турнире победил МФЦ г. Озёрска, второе и третье места у МФЦ Лесного и Полевского районов.",
     ["1 | None → МФЦ г. Озёрска", "2 | None → МФЦ Лесного района", "3 | None → МФЦ Полевского района"]),
    # --- an honour of its own for those after the first -------------------------------------------
    ("Медалью «За отличие в службе» награждён майор полиции Олег Сомов, знаком «Лучший сотрудник» – капитан Пётр Лаптев.",
     ["None | медаль «За отличие в службе» → Олег Сомов", "None | знак «Лучший сотрудник» → Пётр Лаптев"]),

    # --- a prize with its giver stays an honour beside its sum; pay alone is none -------------------
    ("Премия губернатора в размере 100 тысяч рублей присуждена Анне Ким.", ["None | премия губернатора → Анна Ким"]),
    ("Премию в размере оклада получили 12 сотрудников.", []),
    ("Приветственным адресом главы района отмечен коллектив школы № 5.",
     ["None | приветственный адрес главы района → коллектив школы № 5"]),
    # --- the rank after its recipient, "место" left out ----------------------------------------------
    ("Юные спортсмены заняли призовые места: Анна Ким – первое, Пётр Лаптев – второе.",
     ["1 | None → Анна Ким", "2 | None → Пётр Лаптев"]),
    ("Ответ на вопрос – второе, сказал председатель жюри.", []),
    # --- a word inside a quoted name starts no rank phrase; each recipient the nomination before it ---
    ("В номинации «Лучший проект» лауреатом стала Анна Ким, в номинации «Дебют» – Пётр Лаптев.",
     ["None | None → Анна Ким", "None | None → Пётр Лаптев"]),
    # --- honours listed after the giving word, each with its recipient after a dash -------------------
    ("Глава района вручил награды: почётную грамоту – Анне Ким, благодарственное письмо – Петру Лаптеву.",
     ["None | почётная грамота → Анна Ким", "None | благодарственное письмо → Пётр Лаптев"]),

    # --- tables and headings without their colon -------------------------------------------------
    ("Итоги конкурса «Лучший МФЦ»\n1 место\tМФЦ г. Озёрска\n2 место\tМФЦ Лесного района",
     ["1 | None → МФЦ г. Озёрска", "2 | None → МФЦ Лесного района"]),
    ("Призёрами стали\nИван Орлов, МФЦ г. Озёрска\nАнна Ким, МФЦ Лесного района",
     ["None | None → Иван Орлов", "None | None → Анна Ким"]),
    ("Подведены итоги конкурса.\nПобедители:\n• Анна Ким\n• Пётр Лаптев", ["1 | None → Анна Ким", "1 | None → Пётр Лаптев"]),
    ("Итоги года\nВ области построено 5 школ", []),                    # a line without a mark, no heading of a list
    # --- a surname in capitals, as official lists write it ------------------------------------------
    ("Победители:\nСЕМЁНОВА Мария Петровна – 1 место\nЛАПТЕВ Олег Игоревич – 2 место",
     ["1 | None → СЕМЁНОВА Мария Петровна", "2 | None → ЛАПТЕВ Олег Игоревич"]),
    ("Победители:\nМФЦ Мария Петровна – 1 место", ["1 | None → Мария Петровна"]),   # an abbreviation is no surname

    # --- two metals make a sentence a contest's; a medal's prizewinner in an ellipsis ---------------
    ("Золотые медали завоевали Анна Ким и Пётр Лаптев, серебряные – у Ольги Рябовой, бронзу взял Илья Фомин.",
     ["1 | None → Анна Ким", "1 | None → Пётр Лаптев", "2 | None → Ольга Рябова", "3 | None → Илья Фомин"]),
    ("На турнире серебряным призёром стала Анна Ким, бронзовым – Пётр Лаптев.", ["2 | None → Анна Ким", "3 | None → Пётр Лаптев"]),
    ("Наши спортсмены завоевали 5 золотых, 3 серебряных и 2 бронзовые медали.", []),          # counts of medals
    # --- a place as where one stands ----------------------------------------------------------
    ("На первом месте – команда МФЦ г. Озёрска, на втором – МФЦ Лесного района.",
     ["1 | None → команда МФЦ г. Озёрска", "2 | None → МФЦ Лесного района"]),
    ("На первом месте по числу обращений – МФЦ г. Озёрска.", []),                       # a standing by a figure
    # --- each honour its own rank ---------------------------------------------------------------
    ("Дипломами победителей награждены Анна Ким, Пётр Лаптев; дипломами призёров – Ольга Рябова и Илья Фомин.",
     ["1 | дипломы победителей → Анна Ким", "1 | дипломы победителей → Пётр Лаптев",
      "None | дипломы призёров → Ольга Рябова", "None | дипломы призёров → Илья Фомин"]),
    # --- people named by their house open the sentence -------------------------------------------
    ("Ученики школы № 5 стали победителями областного конкурса «Юный эколог».", ["1 | None → Ученики школы № 5"]),
    # --- where one comes from, between the title and the name -------------------------------------
    ("Чемпионкой области стала шахматистка из Лесного Анна Ким.", ["1 | None → Анна Ким"]),
    ("Лучшим признан тренер из ДЮСШ «Олимп» Пётр Лаптев.", ["1 | None → Пётр Лаптев"]),
    # --- a family, a dynasty -------------------------------------------------------------------
    ("Благодарственным письмом губернатора награждена семья Ивановых из Лесного района.",
     ["None | благодарственное письмо губернатора → семья Ивановых"]),
    ("Почётной грамотой отмечена учительская династия Лаптевых.", ["None | почётная грамота → учительская династия Лаптевых"]),
    # --- the holder of a Grand Prix --------------------------------------------------------------
    ("Обладателем Гран-при фестиваля стал образцовый коллектив «Радуга».", ["None | гран-при → образцовый коллектив «Радуга»"]),
    ("Ансамбль «Родник» стал обладателем Гран-при конкурса.", ["None | гран-при → Ансамбль «Родник»"]),
    # --- the people a group names take its place -------------------------------------------------
    ("Благодарности министра объявлены сотрудникам управления: Анне Ким, Петру Лаптеву.",
     ["None | благодарности министра → Анна Ким", "None | благодарности министра → Пётр Лаптев"]),
]


@pytest.mark.parametrize("text,expected", MORE_ROWS)
def test_awards_in_more_turns(nlp, text, expected):
    assert described(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a short line under a heading of places names the group its numbered lines rank
    ("На сельской спартакиаде призовые места распределились следующим образом:\nПервая группа\n1. Лесной район\n2. Озёрный район\n\n"
     "Вторая группа\n1. Сосновский район\n2. Луговой район",
     [(1, "Лесной район", "Первая группа"), (2, "Озёрный район", "Первая группа"), (1, "Сосновский район", "Вторая группа"),
      (2, "Луговой район", "Вторая группа")]),
    # a sentence after the heading closes its list
    ("На сельской спартакиаде призовые места распределились следующим образом:\nГлава района поздравил участников.\n1. Лесной район",
     []),
])
def test_groups_under_a_heading_of_places(nlp, text, expected):
    assert [(a.rank, a.recipient, a.category) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a list's line that opens with its contest and its nomination, both before the dash
    ("В конкурсе «Учитель года» победила учитель школы № 3 Анна Ким;\n"
     "в конкурсе «Педагог года» в номинации «Дебют» – воспитатель детского сада № 5 Ольга Рябова;\n"
     "в конкурсе «Воспитатель года» – воспитатель детского сада № 7 Мария Орлова.",
     [(1, "Анна Ким", "Учитель года", None), (1, "Ольга Рябова", "Педагог года", "Дебют"),
      (1, "Мария Орлова", "Воспитатель года", None)]),
    # a line that tells of the contest, no one after its dash, ends the list
    ("В конкурсе «Учитель года» победила учитель школы № 3 Анна Ким;\n"
     "в конкурсе «Педагог года» в номинации «Дебют» – заявок не поступило.",
     [(1, "Анна Ким", "Учитель года", None)]),
])
def test_a_list_line_opened_by_its_contest_and_nomination(nlp, text, expected):
    assert [(a.rank, a.recipient, a.contest, a.nomination) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a line that opens with a quoted title and a colon: the title is the line's nomination
    ("Победителями конкурса «Зимняя сказка» в номинациях стали:\n«Лучшая витрина»: магазин «Ромашка»\n«Лучший фасад»: ООО «Ромб»",
     [(1, "магазин «Ромашка»", "Лучшая витрина"), (1, "ООО «Ромб»", "Лучший фасад")]),
    # a nomination's line whose recipient is not read keeps the list going
    ("Победителями конкурса «Зимняя сказка» в номинациях стали:\n«Лучшая витрина»: гипермаркет-дискаунтер\n«Лучший фасад»: ООО «Ромб»",
     [(1, "ООО «Ромб»", "Лучший фасад")]),
    # winners by nomination, numbered: the numbers are places
    ("Подведены итоги смотра-конкурса. Определены следующие победители:\nНоминация «Огород»:\n1. Орлова А.П.;\n2. Ким А.С.;\n"
     "Номинация «Сад»:\n1. Лаптев П.И.;\n2. Рябова О.Н.",
     [(1, "Орлова А.П.", "Огород"), (2, "Ким А.С.", "Огород"), (1, "Лаптев П.И.", "Сад"), (2, "Рябова О.Н.", "Сад")]),
    # a quoted name and a colon in a sentence of its own is no nomination
    ("Победителями конкурса стали:\nАнна Ким\nПётр Лаптев\nГазета «Вестник»: итоги года подведены.", [(1, "Анна Ким", None), (1, "Пётр Лаптев", None)]),
])
def test_nominations_that_split_a_list_of_winners(nlp, text, expected):
    assert [(a.rank, a.recipient, a.nomination) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a place and what it brings, then its recipient after the dash
    ("Победителями конкурса стали:\n— Первое место и 50 тысяч рублей — Анна Ким, учитель школы № 3.\n"
     "— Второе место и диплом — Пётр Лаптев, учитель гимназии № 2.",
     [(1, "Анна Ким", 50000), (2, "Пётр Лаптев", None)]),
    # two places joined: the dash's recipient is the second's
    ("Мини-футбол: команда МЧС заняла II место и III место - команда ООО «Ромб».", [(2, "команда МЧС", None), (3, "команда ООО «Ромб»", None)]),
])
def test_a_place_and_its_prize_before_the_dash(nlp, text, expected):
    assert [(a.rank, a.recipient, a.prize.value if a.prize else None) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a bracket after a name that gives her post goes with her; the list goes on after it
    ("Грамотами администрации отмечены Т.И. Орлова (заведующая библиотекой «Книжный причал»), И.В. Ким, Л.М. Рябова.",
     ["Т.И. Орлова", "И.В. Ким", "Л.М. Рябова"]),
    ("Грамотами администрации отмечены О.Н. Сомова (старший методист), П.И. Лаптев.", ["О.Н. Сомова", "П.И. Лаптев"]),
    # a bracket that names another person is no post of hers
    ("Грамотами администрации отмечены Т.И. Орлова (наставник Анна Ким) и ученики школы № 3.", ["Т.И. Орлова", "ученики школы № 3"]),
])
def test_a_post_in_brackets_after_a_name(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # place adjectives that share the abbreviation after them: one recipient each
    ("Места распределились следующим образом:\n1 место — Лесной и Озёрный СДК\n3 место — Луговой, Сосновый и Ключевой СК",
     [(1, "Лесной СДК"), (1, "Озёрный СДК"), (3, "Луговой СК"), (3, "Сосновый СК"), (3, "Ключевой СК")]),
    # one adjective, one house
    ("Места распределились следующим образом:\n2 место — Лесной СДК", [(2, "Лесной СДК")]),
])
def test_adjectives_that_share_an_abbreviation(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a street and its house won the place: the yard or the house on it
    ("Итоги конкурса «Лучший двор».\n1 место – ул. Лесная, 12а\n2 место – улица Садовая, 3 и улица Полевая, 8 (с. Ключи);\n"
     "3 место – проспект Строителей",
     [(1, "ул. Лесная, 12а"), (2, "улица Садовая, 3"), (2, "улица Полевая, 8"), (3, "проспект Строителей")]),
    # a street where something happened is no recipient
    ("Итоги конкурса «Лучший двор» подвели во дворе на ул. Лесной, 12.", []),
])
def test_a_street_that_won_a_place(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # where or among whom, between the result and the team it went to
    ("Итоги игры «Зарница» подвели в округе. Третье место заняла в старшей группе команда школы № 8.", [(3, "команда школы № 8")]),
    ("Итоги игры «Зарница» подвели в округе. Замкнула тройку лидеров в старшей группе команда лицея № 2.", [(3, "команда лицея № 2")]),
    # a house where it took place is no team
    ("Итоги игры «Зарница» подвели в округе. Первое место заняли в спортзале школы № 8.", []),
])
def test_a_team_after_where_it_won(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # two places where they stand, shared out in order
    ("Итоги конкурса водителей. На втором и третьем местах расположились Анна Ким (маршрут № 4) и Пётр Лаптев (маршрут № 10).",
     [(2, "Анна Ким"), (3, "Пётр Лаптев")]),
    # the best of all by any verb, in a contest
    ("Итоги конкурса водителей. Автобусом лучше всех управляет Иван Орлов.", [(1, "Иван Орлов")]),
    ("Итоги конкурса водителей. С заданием на время лучше всех справилась Анна Ким.", [(1, "Анна Ким")]),
    # no contest told of: a compliment, no result
    ("Город лучше всех знает Иван Орлов.", []),
])
def test_places_where_they_stand_and_the_best_of_all(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # the name after "награждения" that a verb follows is that verb's subject, no one awarded
    ('Во время церемонии награждения Кулаков выразил благодарность персоналу, отметив вклад словами: "Это заслуженная награда."', []),
    # the people a ceremony awards, named after it
    ("Состоялась церемония награждения Ивановых медалью «За любовь и верность».", [("медаль «За любовь и верность»", "Ивановых")]),
])
def test_the_awarded_after_a_ceremony(nlp, text, expected):
    assert [(a.award, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a headline line with no mark at its end, then a sentence whose subject a verb follows: no list
    ("Спасавших людей из автобуса удостоят ведомственных наград\nПредседатель комитета Иван Орлов поручил установить всех участников.", []),
    # a heading without its colon and the names under it
    ("Почётными грамотами награждены\nАнна Ким, учитель школы № 3\nПётр Лаптев, врач", ["Анна Ким", "Пётр Лаптев"]),
])
def test_a_line_with_its_own_verb_is_no_item_of_a_list(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a people word in capitals heads a list, it is no house that won
    ("Итоги конкурса исследовательских работ.\nПОБЕДИТЕЛИ (1 место):\nАнна Ким, Пётр Лаптев.", ["Анна Ким", "Пётр Лаптев"]),
    # an abbreviation still is
    ("Итоги конкурса.\n1 место – ГИБДД\n2 место – ЛАУРЕАТЫ", ["ГИБДД"]),
])
def test_a_people_word_in_capitals_is_no_house(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a short line after a counted group opens the list of its people, the group's honour theirs
    ("Звание «Почётный гражданин Лесного» получат 5 жителей. Такое решение принято на заседании думы.\n\nВ списке:\n"
     "- директор лицея № 2 Анна Ким,\n- главный врач больницы Пётр Лаптев,\n- ветеран труда Ольга Рябова.",
     ["5 жителей", "Анна Ким", "Пётр Лаптев", "Ольга Рябова"]),
    # no counted group before it: a list of something else
    ("Звание «Почётный гражданин Лесного» получила Анна Ким.\n\nВ списке:\n- директор лицея № 2 Пётр Лаптев.", ["Анна Ким"]),
])
def test_a_short_heading_lists_the_people_of_a_group(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # places shared out in brackets after their recipients, in order
    ("Призёрами олимпиады стали Анна Ким и Пётр Лаптев (второе и третье места, соответственно).", [(2, "Анна Ким"), (3, "Пётр Лаптев")]),
    # where the first of them is not read, the nearest takes the last place
    ("Итоги олимпиады: студент академии Анна Ким и студент 5 курса ВГУ - Пётр Лаптев (второе и третье места).", [(3, "Пётр Лаптев")]),
])
def test_places_shared_out_in_brackets(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # the words right after a place's verb are its recipients, not the next place's told backward
    ("Итоги олимпиады. Первое место заняла Анна Ким, Пётр Лаптев завоевал второе место.", [(1, "Анна Ким"), (2, "Пётр Лаптев")]),
    ("Итоги олимпиады. Первое место заняли 46 человек, 102 учащихся завоевали второе место.", [(1, "46 человек"), (2, "102 учащихся")]),
])
def test_a_place_told_forward_then_one_told_backward(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # the top step of the podium is the first place
    ("В спартакиаде верхнюю ступень пьедестала почёта заняла команда завода «Прибор».", [(1, "команда завода «Прибор»")]),
    ("Сборная школы № 3 поднялась на высшую ступень пьедестала турнира.", [(1, "Сборная школы № 3")]),
    # a plural team word before a colon: the teams are those listed after it
    ("В спартакиаде первое место заняли команды: ГБУЗ «Лесная ЦРБ» и ГУЗ «Поликлиника № 4».",
     [(1, "ГБУЗ «Лесная ЦРБ»"), (1, "ГУЗ «Поликлиника № 4»")]),
    # no contest told of: the top step of something else
    ("Верхнюю ступень пьедестала заняла ваза с цветами.", []),
])
def test_the_top_of_the_podium_and_teams_listed(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # awarded for a place: the place is the rank
    ("За первое место в спартакиаде работников образования награждена команда школы № 3.", [(1, "команда школы № 3")]),
    ("За третье место в турнире отмечены спортсмены лицея № 2.", [(3, "спортсмены лицея № 2")]),
    # the place of a figure, no award
    ("За первое полугодие в районе построено 5 домов.", []),
])
def test_awarded_for_a_place(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a plural head with its adjective before quoted names: each one's, in the singular
    ("Лесные рестораны «Ива», «Луг» и «Сад» стали победителями конкурса «Вкус года».",
     ["Лесной ресторан «Ива»", "Лесной ресторан «Луг»", "Лесной ресторан «Сад»"]),
    ("Победителями турнира стали команды «Луч» и «Искра».", ["команда «Луч»", "команда «Искра»"]),
])
def test_a_shared_head_with_its_adjective(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a degree whose diploma the one before named, the noun left out
    ("В конкурсе диплом I степени получил ресторан «Ива», II степени – кафе «Луг».", [(1, "ресторан «Ива»"), (2, "кафе «Луг»")]),
    # the holder of a diploma
    ("В конкурсе ресторан «Сад» стал владельцем диплома III степени.", [(3, "ресторан «Сад»")]),
    # a state decoration's degree is no place
    ("Указом президента орденом «За заслуги перед Отечеством» III степени награждён Иван Орлов.", [(None, "Иван Орлов")]),
])
def test_a_degree_with_its_diploma_left_out(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # a name in quotes nested in another, one mark closing both, and the recipient after it
    ("Званием «Заслуженный пилот» отмечен пилот предприятия «Аэропорт «Лесной» Юрий Зотов.", ["Юрий Зотов"]),
    # a group whose house's director is named in brackets after it
    ("Вторыми в спартакиаде стали спортсмены ОАО «Сигнал» (генеральный директор А. Орлов).", ["спортсмены ОАО «Сигнал»"]),
])
def test_nested_quotes_and_a_director_in_brackets(nlp, text, expected):
    assert [a.recipient for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # "назван лучший …": the best named after it, no verdict on the words before
    ("Участковые отметили годовщину службы: назван лучший сотрудник года", []),
    ("Отдел полиции № 3 признан лучшим подразделением области.", [(1, "Отдел полиции № 3")]),
])
def test_a_verdict_takes_the_best_in_the_instrumental(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # the winner the jury chose, named after a colon
    ("Жюри конкурса определило победителя: Анна Ким – учитель школы № 3.", [(1, "Анна Ким")]),
    ("По итогам конкурса назвали победителей: Анна Ким и Пётр Лаптев.", [(1, "Анна Ким"), (1, "Пётр Лаптев")]),
    # the winners congratulated are no result told here
    ("Глава района поздравил победителей: они получат подарки позже.", []),
])
def test_the_winner_chosen_and_named_after_a_colon(nlp, text, expected):
    assert [(a.rank, a.recipient) for a in nlp(text)._.awards] == expected


@pytest.mark.parametrize("text,expected", [
    # each recipient's own nomination after its dash
    ("Обладателями премии стали: Анна Ким – в номинации «Труд», Пётр Лаптев – в номинации «Сердце» и Илья Орлов - в номинации «Патриот».",
     [("Анна Ким", "Труд"), ("Пётр Лаптев", "Сердце"), ("Илья Орлов", "Патриот")]),
    # a nomination before the recipients is theirs
    ("В номинации «Труд» премию получили Анна Ким и Пётр Лаптев.", [("Анна Ким", "Труд"), ("Пётр Лаптев", "Труд")]),
])
def test_a_nomination_after_each_recipient(nlp, text, expected):
    assert [(a.recipient, a.nomination) for a in nlp(text)._.awards] == expected
