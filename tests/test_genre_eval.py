"""Scoring on the genre corpus's gold format: alternatives, accepted readings, borderline items, splits.

A small corpus in that format is written here from invented sentences in the genre's phrasing, so
the scorer is tested with or without ``../shared``; the real corpus is checked too when present.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.evaluation import (
    GoldError,
    evaluate,
    evaluate_predictions,
    failures_under,
    flat_scores,
    load_genre_gold,
    raise_floors,
)
from pressfacts.evaluation.genre import split_ids
from pressfacts.schemas import DateMention, DocumentResult, Span

from .conftest import ROOT

GENRE = ROOT.parent / "shared" / "genre-dev"
runner = CliRunner()

TEXTS = {
    "a_mfc": "Калуга, 12 марта. В 2024 году в МФЦ области поступило более 120 тысяч обращений, сообщил "
             "директор МФЦ Калужской области Иван Петров. Площадь новых офисов составила 1,2 тыс. кв. метров. "
             "Число жалоб снизилось на 10,5%.",
    "b_awards": "Почётной грамотой губернатора награждена заведующая детским садом № 3 Светлана Орлова. "
                "Второе место в конкурсе «Лучший МФЦ» заняла команда МФЦ Заречного района.",
}


def span(doc: str, text: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXTS[doc].index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def date(doc: str, text: str, start, end, granularity: str, accept=None, **more) -> dict:
    mention = {"span": span(doc, text), "start": start, "end": end, "granularity": granularity,
               "year": None, "month": None, "day": None, "time": None, "relative": False, **more}
    return {**mention, "accept": accept if accept is not None else [[start, end]]}


def metric(doc, claim, figure, value, kind, unit, **more) -> dict:
    return {"span": span(doc, claim), "value": value, "value_span": span(doc, figure), "kind": kind, "unit": unit,
            "subject": None, "qualifier": "exact", "previous": None, "period": None, "organization": None,
            "borderline": False, **more}


def official(doc, name, first, last, position=None, position_text=None, organization=None, **more) -> dict:
    return {"name": {"full": name, "last": last, "first": first, "middle": None}, "name_span": span(doc, name),
            "mentions": [span(doc, name)], "position": position,
            "position_span": span(doc, position_text) if position_text else None,
            "organization": organization, "organization_span": None, "implied": False, "position_implied": False,
            "position_alternatives": [], "borderline": False, **more}


def award(doc, recipient, rank, award_name=None, kind="person", **more) -> dict:
    return {"span": span(doc, recipient), "award": award_name, "contest": None, "nomination": None, "category": None,
            "rank": rank, "recipient": recipient, "recipient_span": span(doc, recipient), "recipient_kind": kind,
            "recipient_organization": None, "recipient_position": None, "project": None, "date": None,
            "borderline": False, **more}


def synthetic_gold() -> dict:
    year = date("a_mfc", "2024 году", "2024-01-01", "2024-12-31", "year", year=2024)
    return {"gold_format": "pressfacts-seeds-gold/1", "documents": {
        "a_mfc": {
            "text": TEXTS["a_mfc"],
            "published": None, "published_accept": [None, "2024-03-12"],
            "metrics": [
                metric("a_mfc", "более 120 тысяч обращений", "120 тысяч", 120000, "count", "обращение",
                       qualifier="more_than", period=year),
                metric("a_mfc", "1,2 тыс. кв. метров", "1,2 тыс.", 1200, "measure", "квадратный метр",
                       unit_alternatives=["кв. м"]),
                metric("a_mfc", "снизилось на 10,5%", "10,5%", 10.5, "percent", "%", change=True,
                       value_alternatives=[-10.5]),
            ],
            "officials": [official("a_mfc", "Иван Петров", "Иван", "Петров", "директор", "директор",
                                   "МФЦ Калужской области", position_alternatives=["директор МФЦ"])],
            "awards": [],
            "dates": [year, {**date("a_mfc", "12 марта", None, None, "day", accept=[[None, None], ["2024-03-12", "2024-03-12"]]),
                             "borderline": True}],
            "non_metrics": [{"span": span("a_mfc", "12"), "reason": "date"}],
        },
        "b_awards": {
            "text": TEXTS["b_awards"],
            "published": None, "published_accept": None,
            "metrics": [],
            "officials": [official("b_awards", "Светлана Орлова", "Светлана", "Орлова", "заведующая",
                                   "заведующая", "детский сад № 3", position_alternatives=["заведующая детским садом"])],
            "awards": [
                award("b_awards", "Светлана Орлова", None, "почётная грамота губернатора"),
                award("b_awards", "МФЦ Заречного района", 2, kind="organization",
                      match_span=span("b_awards", "команда МФЦ Заречного района")),
            ],
            "dates": [],
            "non_metrics": [],
        },
    }}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "synth"
    (folder / "texts").mkdir(parents=True)
    for doc_id, text in TEXTS.items():
        (folder / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
    (folder / "gold.json").write_text(json.dumps(synthetic_gold(), ensure_ascii=False), encoding="utf-8")
    (folder / "sources.json").write_text(json.dumps({"a_mfc": {"url": "https://example.org/a", "published": None}}))
    (folder / "check.txt").write_text("b_awards\n")
    return folder


def perfect(gold) -> dict[str, DocumentResult]:
    return {g.doc_id: g.result.model_copy(deep=True) for g in gold}


def scores_of(corpus, predictions, split="all"):
    return evaluate_predictions(load_genre_gold(corpus, split), predictions)


def test_gold_as_predictions_scores_1(corpus):
    gold = load_genre_gold(corpus, "all")
    scores = evaluate_predictions(gold, perfect(gold))
    for kind in ("metrics", "officials", "awards", "dates", "officials_position"):
        assert scores[kind]["f1"] == 1.0, kind
        assert all(value == 1.0 for value in scores[kind]["fields"].values()), (kind, scores[kind]["fields"])
    assert scores["dates"]["tp"] == 1  # the borderline dateline is set aside


def test_splits_are_disjoint_and_check_txt_decides(corpus):
    assert split_ids(corpus, "dev") == ["a_mfc"]
    assert split_ids(corpus, "check") == ["b_awards"]
    assert split_ids(corpus, "all") == ["a_mfc", "b_awards"]
    (corpus / "check.txt").write_text("b_awards\nnot_there\n")
    with pytest.raises(GoldError, match="not_there"):
        split_ids(corpus, "dev")


@pytest.mark.parametrize("kind", ["metrics", "officials", "awards", "dates"])
def test_removing_a_record_lowers_recall_and_trips_the_ratchet(corpus, kind):
    gold = load_genre_gold(corpus, "all")
    predictions = perfect(gold)
    accepted = {k: v for k, v in flat_scores(evaluate_predictions(gold, predictions)).items() if k.endswith(".f1")}
    doc = next(g for g in gold if any(not r.borderline for r in g.records[kind]))
    drop = next(i for i, r in enumerate(doc.records[kind]) if not r.borderline)
    setattr(predictions[doc.doc_id], kind, [r for i, r in enumerate(getattr(predictions[doc.doc_id], kind)) if i != drop])
    scores = evaluate_predictions(gold, predictions)
    assert (scores[kind]["fn"], scores[kind]["fp"]) == (1, 0) and scores[kind]["recall"] < 1.0
    assert any(line.startswith(f"{kind}.f1") for line in failures_under(scores, accepted))


@pytest.mark.parametrize("unit,right", [("гектар", False), (None, False), ("кв. м", True), ("Квадратный  метр", True)])
def test_a_wrong_unit_lowers_unit_accuracy_only(corpus, unit, right):
    predictions = perfect(load_genre_gold(corpus, "all"))
    predictions["a_mfc"].metrics[1].unit = unit
    scores = scores_of(corpus, predictions)
    assert scores["metrics"]["f1"] == 1.0
    assert scores["metrics"]["fields"]["unit"] == (1.0 if right else round(2 / 3, 4))


def test_a_borderline_record_neither_raises_nor_lowers_anything(corpus):
    gold = load_genre_gold(corpus, "all")
    with_it = evaluate_predictions(gold, perfect(gold))
    without = perfect(gold)
    without["a_mfc"].dates = [d for d in without["a_mfc"].dates if d.span.text != "12 марта"]
    assert evaluate_predictions(gold, without) == with_it
    # a borderline item read another accepted way is still set aside, not a false positive
    other = perfect(gold)
    other["a_mfc"].dates[1].start = other["a_mfc"].dates[1].end = None
    assert evaluate_predictions(gold, other) == with_it


@pytest.mark.parametrize("value,matched", [(-10.5, True), (10.5, True), (10.54, True), (10.6, False), (-10.6, False)])
def test_value_alternatives_and_tolerance(corpus, value, matched):
    predictions = perfect(load_genre_gold(corpus, "all"))
    predictions["a_mfc"].metrics[2].value = value
    scores = scores_of(corpus, predictions)
    assert (scores["metrics"]["fn"], scores["metrics"]["fp"]) == ((0, 0) if matched else (1, 1))


@pytest.mark.parametrize("position,right", [
    ("директор", True),
    ("директор МФЦ", True),                    # an alternative
    ("директор МФЦ Калужской области", True),  # contains the gold's, word for word
    ("замдиректора", False),                   # shares letters, not words
    ("губернатор", False),
    (None, False),                             # the gold states a position: null is wrong
])
def test_position_rules(corpus, position, right):
    gold = load_genre_gold(corpus, "all")
    predictions = perfect(gold)
    petrov = predictions["a_mfc"].officials[0]
    data = petrov.model_dump()
    data["roles"] = [{**data["roles"][0], "position": position}] if position else []
    data["position"] = None if position is None else position
    predictions["a_mfc"].officials[0] = type(petrov).model_validate(data)
    scores = evaluate_predictions(gold, predictions)
    assert scores["officials"]["f1"] == 1.0
    assert (scores["officials_position"]["f1"] == 1.0) is right


def test_a_position_given_only_by_coreference_accepts_null(corpus):
    data = synthetic_gold()
    data["documents"]["a_mfc"]["officials"][0]["position_implied"] = True
    (corpus / "gold.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    gold = load_genre_gold(corpus, "all")
    predictions = perfect(gold)
    predictions["a_mfc"].officials[0] = predictions["a_mfc"].officials[0].model_copy(
        update={"roles": [], "position": None, "position_span": None})
    assert evaluate_predictions(gold, predictions)["officials_position"]["f1"] == 1.0


@pytest.mark.parametrize("start,end,accepted", [
    ("2024-01-01", "2024-12-31", True), ("2023-01-01", "2023-12-31", False), (None, None, False)])
def test_dates_match_an_accepted_reading_only(corpus, start, end, accepted):
    predictions = perfect(load_genre_gold(corpus, "all"))
    days = [None if d is None else dt.date.fromisoformat(d) for d in (start, end)]
    predictions["a_mfc"].dates[0] = predictions["a_mfc"].dates[0].model_copy(update=dict(zip(("start", "end"), days)))
    scores = scores_of(corpus, predictions)
    assert (scores["dates"]["fn"], scores["dates"]["fp"]) == ((0, 0) if accepted else (1, 1))


def test_a_wider_match_span_matches_an_award(corpus):
    gold = load_genre_gold(corpus, "all")
    predictions = perfect(gold)
    team = predictions["b_awards"].awards[1]
    text = TEXTS["b_awards"]
    start = text.index("команда")
    team.recipient_span = type(team.recipient_span)(start=start, end=start + len("команда"), text="команда")
    assert evaluate_predictions(gold, predictions)["awards"]["f1"] == 1.0
    team.rank = 3
    assert evaluate_predictions(gold, predictions)["awards"]["fn"] == 1


@pytest.mark.parametrize("day,tp,fp", [(None, 0, 0), (dt.date(2024, 3, 12), 1, 0), (dt.date(2023, 3, 12), 0, 1)])
def test_publication_dates_the_gold_accepts(corpus, day, tp, fp):
    """a_mfc accepts none or 12 March 2024; b_awards has none, and none is given."""
    predictions = perfect(load_genre_gold(corpus, "all"))
    if day:
        nowhere = Span(start=0, end=0, text="")
        predictions["a_mfc"].published = DateMention(span=nowhere, start=day, end=day, granularity="day")
    published = scores_of(corpus, predictions)["published"]
    assert (published["tp"], published["fp"], published["fn"]) == (tp, fp, 0)


def test_a_text_that_is_not_the_golds_is_refused(corpus):
    (corpus / "texts" / "a_mfc.txt").write_text(TEXTS["a_mfc"] + " Дополнение.", encoding="utf-8")
    with pytest.raises(GoldError, match="not the text"):
        load_genre_gold(corpus, "dev")


def test_raise_floors_never_lowers():
    assert raise_floors({"metrics.f1": 0.9}, {"metrics": {"f1": 0.8, "fields": {}}}) == {"metrics.f1": 0.9}
    assert raise_floors({"metrics.f1": 0.9}, {"metrics": {"f1": 0.95, "fields": {"unit": 0.5}}}) == {"metrics.f1": 0.95}


def write_predictions(path: Path, predictions: dict[str, DocumentResult]) -> Path:
    path.write_text("".join(r.to_json() + "\n" for r in predictions.values()), encoding="utf-8")
    return path


def test_cli_prints_scores_and_fields_per_split(corpus, tmp_path):
    pred = write_predictions(tmp_path / "pred.jsonl", perfect(load_genre_gold(corpus, "all")))
    result = runner.invoke(app, ["eval", str(corpus), "--pred", str(pred), "--split", "check", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert list(report) == ["synth/check"]
    assert report["synth/check"]["awards"]["tp"] == 2 and "recipient_kind" in report["synth/check"]["awards"]["fields"]
    both = json.loads(runner.invoke(app, ["eval", str(corpus), "--pred", str(pred), "--split", "dev", "--split", "check",
                                          "--json"]).stdout)
    assert list(both) == ["synth/dev", "synth/check"]
    assert both["synth/dev"]["metrics"]["tp"] == 3 and both["synth/dev"]["awards"]["tp"] == 0


def test_cli_ratchet_trips_on_a_degraded_prediction_file(corpus, tmp_path):
    predictions = perfect(load_genre_gold(corpus, "all"))
    good = write_predictions(tmp_path / "good.jsonl", predictions)
    scores = tmp_path / "scores.json"
    scores.write_text("{}")
    args = ["eval", str(corpus), "--pred", str(good), "--split", "dev", "--split", "check", "--fail-under", str(scores)]
    assert runner.invoke(app, [*args, "--update-scores"]).exit_code == 0
    assert json.loads(scores.read_text())["synth/dev"]["metrics.f1"] == 1.0
    predictions["a_mfc"].metrics = predictions["a_mfc"].metrics[1:]
    bad = write_predictions(tmp_path / "bad.jsonl", predictions)
    result = runner.invoke(app, ["eval", str(corpus), "--pred", str(bad), "--split", "dev", "--fail-under", str(scores),
                                 "--update-scores"])
    assert result.exit_code == 1
    assert "regression: synth/dev metrics.f1" in result.stderr
    assert json.loads(scores.read_text())["synth/dev"]["metrics.f1"] == 1.0  # a failed run raises nothing


def test_cli_errors_are_for_the_dev_split_only(corpus, tmp_path):
    predictions = perfect(load_genre_gold(corpus, "all"))
    predictions["a_mfc"].metrics[1].unit = "гектар"
    pred = write_predictions(tmp_path / "pred.jsonl", predictions)
    result = runner.invoke(app, ["eval", str(corpus), "--pred", str(pred), "--errors"])
    assert result.exit_code == 0
    assert "a_mfc  metrics" in result.stdout and "unit: gold 'квадратный метр' / predicted 'гектар'" in result.stdout
    for split in ("check", "all"):
        refused = runner.invoke(app, ["eval", str(corpus), "--pred", str(pred), "--errors", "--split", split])
        assert refused.exit_code == 2 and len(refused.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("layout", ["empty", "texts only", "bad json"])
def test_a_folder_with_no_gold_is_a_one_line_error(tmp_path, layout):
    folder = tmp_path / "folder"
    folder.mkdir()
    if layout == "texts only":
        (folder / "a.txt").write_text("Текст.", encoding="utf-8")
    if layout == "bad json":
        (folder / "a.json").write_text('{"metrics": [', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(folder)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")
    assert result.stdout == ""


# --- the real genre corpus, when ../shared is here -------------------------------------------------

@pytest.fixture(scope="module")
def genre():
    if not (GENRE / "gold.json").exists():
        pytest.skip("../shared/genre-dev is absent")
    return GENRE


def test_the_genre_gold_accepts_itself(genre):
    """Every gold record matches itself under the rules (alternatives and accept lists agree with it)."""
    gold = load_genre_gold(genre, "all")
    assert len(gold) == 50
    scores = evaluate_predictions(gold, perfect(gold))
    for kind in ("metrics", "officials", "awards", "dates", "officials_position", "published"):
        assert scores[kind]["f1"] == 1.0, kind


def test_the_genre_splits(genre):
    dev, check = split_ids(genre, "dev"), split_ids(genre, "check")
    assert len(check) == 15 and len(dev) == 35 and not set(dev) & set(check)


def test_the_genre_ratchet_holds(genre):
    """pressfacts eval ../shared/genre-dev --split dev --split check --fail-under corpus/scores.json."""
    result = runner.invoke(app, ["eval", str(genre), "--split", "dev", "--split", "check",
                                 "--fail-under", str(ROOT / "corpus" / "scores.json"), "--json"])
    assert result.exit_code == 0, result.stderr
    assert set(json.loads(result.stdout)) == {"genre-dev/dev", "genre-dev/check"}


def test_evaluate_from_python(genre):
    outcome = evaluate(genre, split="check")
    assert outcome["documents"] == 15 and outcome["snapshot_differences"] is None


def test_a_document_the_pipeline_failed_on_is_said_on_stderr(capsys):
    from pressfacts.evaluation.runner import FAILED, said_failures

    results = [DocumentResult(doc_id="ok"), DocumentResult(doc_id="bad", warnings=[f"{FAILED} KeyError: 3"])]
    assert said_failures(results) == results
    assert capsys.readouterr().err.strip().splitlines() == ["warning: bad: processing failed: KeyError: 3"]
