from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "doc_id,person",
    [
        ("000_5100cdfe7e332adf", "Дмитрий Разумовский"),
        ("000_5100cdfe7e332adf", "Михаил Иванов"),
        ("001_cad042e2b87eea08", "Андрей Бочаров"),
        ("002_1bb00443b302b56e", "Александр Серяков"),
        ("002_1bb00443b302b56e", "Владислав Шапша"),
        ("003_0688055b2f096a1c", "Анатолий Шабельников"),
        ("003_0688055b2f096a1c", "Денис Гончаров"),
        ("004_add48beae54fc4ec", "Сергей Есипов"),
    ],
)
def test_ner_finds_the_persons_of_the_seed_texts(nlp, seeds, doc_id, person):
    doc = nlp(seeds[doc_id])
    assert person in {e.text for e in doc.ents if e.label_ == "PER"}


def test_entities_are_batched_across_documents_the_same_as_alone(nlp, seeds):
    texts = list(seeds.values())
    batched = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=5)]
    alone = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    assert batched == alone


def test_morphology_lemmas_and_features(nlp):
    doc = nlp("Заместитель губернатора поблагодарил сотрудников")
    assert [t.lemma_ for t in doc] == ["заместитель", "губернатор", "поблагодарить", "сотрудник"]
    assert doc[1].morph.get("Case") == ["Gen"]
    assert doc[0]._.parses[0].inflect({"datv"}).word == "заместителю"


def test_two_person_entities_that_touch_are_one_name_but_not_across_a_line():
    import pressfacts
    nlp = pressfacts.load()
    assert [e.text for e in nlp("1 место – Кашина Арина.").ents if e.label_ == "PER"] == ["Кашина Арина"]
    assert [e.text for e in nlp("Иван Орлов и Анна Ким выступили.").ents if e.label_ == "PER"] == ["Иван Орлов", "Анна Ким"]


@pytest.mark.parametrize("text,name", [
    ("Награды получили учитель Озёрной школы Р.В. Ким и директор Лесной школы М.Н. Орлова.", "Р.В. Ким"),
    ("Благодарность объявлена заведующему отделением Эльчину Тофику оглы Гасанову.", "Эльчину Тофику оглы Гасанову"),
    ("Девятиклассник Илья Сомов спас тонущего друга.", "Илья Сомов"),   # the capital only opens the sentence
])
def test_a_person_never_holds_a_common_word_before_the_name(nlp, text, name):
    people = [e.text for e in nlp(text).ents if e.label_ == "PER"]
    assert name in people and not any(p.split()[0].islower() or " школы " in f" {p} " or p.startswith("Девятиклассник") for p in people)


def test_a_person_trimmed_to_a_house_is_no_person_and_nothing_breaks(nlp):
    import pressfacts
    text = "Награждены:\nОрлов Иван Петрович – врач-хирург ЦРБ\nКим Анна Сергеевна – медицинская сестра ЦРБ"
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == ["Орлов Иван Петрович", "Ким Анна Сергеевна"]
    assert [a.recipient for a in pressfacts.extract(text).awards] == ["Орлов Иван Петрович", "Ким Анна Сергеевна"]


@pytest.mark.parametrize("text,name", [
    ("Второе и третье места заняли депутаты Кречетов Андрей и Сомов Игорь.", "Кречетов Андрей"),   # a surname pymorphy3 does not know
    ("Грамоты вручили Ладыгиной Ирине и Орлову Петру.", "Ладыгиной Ирине"),
    ("Второе место – Ладыгина Ирина, специалист отдела.", "Ладыгина Ирина"),
])
def test_a_surname_before_a_first_name_is_part_of_the_name(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "PER"]


def test_a_word_before_a_first_name_that_cannot_be_its_surname_stays_out(nlp):
    people = [e.text for e in nlp("Решением Совета Андрей Орлов назначен директором. Грамоту получила Москвина Анна.").ents if e.label_ == "PER"]
    assert "Андрей Орлов" in people and not any(p.startswith("Совета") for p in people)


def test_a_places_adjective_before_a_house_is_no_person(nlp):
    people = [e.text for e in nlp("Первое место занял главный врач Озёрского врачебно-физкультурного диспансера Глеб Сомов.").ents if e.label_ == "PER"]
    assert people == ["Глеб Сомов"]


@pytest.mark.parametrize("text,names", [
    # the initials after a surname at the very end of a text belong to the name
    ("Победители:\n1. Лаптева И.М.;\n2. Рябова О.Н.", ["Лаптева И.М.", "Рябова О.Н."]),
    ("Грамоту получила Рябова О.", ["Рябова О."]),
    # a capital after the sentence's end opens the next name, no initial of this one
    ("Грамоту получил Орлов. А. Петров поздравил его.", ["Орлов", "А. Петров"]),
])
def test_initials_after_a_surname_are_part_of_the_name(nlp, text, names):
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == names


def test_initials_another_name_starts_on_stay_its_own(nlp):
    # "Иванова О.Н. Петров": where the NER reads "О.Н. Петров" as a name, the initials stay his
    from spacy.tokens import Span
    from pressfacts.pipeline.ner import with_initials
    doc = nlp.make_doc("Награждены Иванова О.Н. Петров А.А.")
    first, second = Span(doc, 1, 2, label="PER"), Span(doc, 2, 7, label="PER")
    assert [s.text for s in with_initials([first, second])] == ["Иванова", "О.Н. Петров"]
    assert [s.text for s in with_initials([first])] == ["Иванова О.Н."]
