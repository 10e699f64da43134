"""The referee: matching rules, the ratchet, the snapshot. Degraded predictions must fail both."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.evaluation import (
    evaluate_predictions,
    failures_under,
    flat_scores,
    load_gold,
    read_occupations,
    snapshot_diff,
)
from pressfacts.evaluation.factrueval import evaluate_factrueval, head_noun
from pressfacts.evaluation.matching import surname_lemma
from pressfacts.schemas import DocumentResult

from .conftest import FACTRUEVAL, ROOT, TEXTS

GOLD = ROOT / "corpus" / "gold"
runner = CliRunner()


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD, TEXTS)


def perfect(gold):
    """Predictions equal to the gold records, borderline ones included."""
    return {g.doc_id: g.result.model_copy(deep=True) for g in gold}


def test_gold_as_predictions_scores_1(gold):
    scores = evaluate_predictions(gold, perfect(gold))
    for kind in ("metrics", "officials", "awards", "dates", "officials_position"):
        assert scores[kind]["f1"] == 1.0, kind
        assert all(value == 1.0 for value in scores[kind]["fields"].values()), kind


@pytest.mark.parametrize("kind", ["metrics", "officials", "awards", "dates"])
def test_removing_a_record_lowers_recall_and_trips_the_ratchet(gold, kind):
    predictions = perfect(gold)
    accepted = {k: v for k, v in flat_scores(evaluate_predictions(gold, predictions)).items() if k.endswith(".f1")}
    doc = next(g for g in gold if any(i not in g.borderline[kind] for i in range(len(getattr(g.result, kind)))))
    records = getattr(predictions[doc.doc_id], kind)
    keep = [r for i, r in enumerate(records) if i != min(set(range(len(records))) - doc.borderline[kind])]
    setattr(predictions[doc.doc_id], kind, keep)
    scores = evaluate_predictions(gold, predictions)
    assert scores[kind]["fn"] == 1 and scores[kind]["recall"] < 1.0
    assert any(line.startswith(f"{kind}.f1") for line in failures_under(scores, accepted))


@pytest.mark.parametrize("factor,missed", [(1.01, True), (0.99, True), (1.004, False), (0.996, False)])
def test_a_value_off_by_more_than_half_a_percent_is_a_miss_and_a_false_positive(gold, factor, missed):
    """Within 0.5% the record still matches (the genre gold's rule), but its value is not right."""
    predictions = perfect(gold)
    doc = next(g for g in gold if g.result.metrics and 0 not in g.borderline["metrics"])
    metric = predictions[doc.doc_id].metrics[0]
    metric.value = metric.value * factor
    scores = evaluate_predictions(gold, predictions)
    assert (scores["metrics"]["fp"], scores["metrics"]["fn"]) == ((1, 1) if missed else (0, 0))
    if not missed:
        assert scores["metrics"]["fields"]["value"] < 1.0


def test_a_wrong_position_counts_only_in_the_strict_officials_score(gold):
    predictions = perfect(gold)
    doc = next(g for g in gold if any(o.roles for o in g.result.officials))
    officials = predictions[doc.doc_id].officials
    i = next(i for i, o in enumerate(officials) if o.roles)
    data = officials[i].model_dump()
    data["roles"][0]["position"] = data["position"] = "дворник"
    officials[i] = type(officials[i]).model_validate(data)
    scores = evaluate_predictions(gold, predictions)
    assert scores["officials"]["f1"] == 1.0
    assert scores["officials_position"]["f1"] < 1.0
    assert scores["officials"]["fields"]["position"] < 1.0


def test_borderline_gold_is_neither_a_miss_nor_a_false_positive(gold):
    doc = next(g for g in gold if g.borderline["metrics"])
    predictions = perfect(gold)
    index = min(doc.borderline["metrics"])
    without = [m for i, m in enumerate(predictions[doc.doc_id].metrics) if i != index]
    predictions[doc.doc_id].metrics = without
    assert evaluate_predictions(gold, predictions)["metrics"]["f1"] == 1.0


@pytest.mark.parametrize("a,b", [("Черкасова", "Черкасовой"), ("Разумовский", "Разумовского"), ("Михин", "Михина"), ("Орлов", "Орлова")])
def test_surname_lemmas_agree_across_cases(a, b):
    assert surname_lemma(a) == surname_lemma(b)


@pytest.mark.parametrize(
    "phrase,head",
    [("заместителем министра иностранных дел", "заместитель"), ("Генеральный секретарь", "секретарь"), ("главы", "глава"), ("мэра", "мэр")],
)
def test_position_head_nouns(phrase, head):
    assert head_noun(phrase) == head


def test_snapshot_diff_names_every_change():
    line = {"doc_id": "d", "source": "a.txt", "metrics": [{"value": 1}, {"value": 2}], "warnings": []}
    assert snapshot_diff([line], [copy.deepcopy(line)]) == []
    assert snapshot_diff([line], [{**line, "source": "elsewhere/a.txt"}]) == []
    removed = {**line, "metrics": [{"value": 1}]}
    assert snapshot_diff([line], [removed]) == ['d: metrics removed {"value": 2}']
    assert snapshot_diff([line], [{**line, "warnings": ["x"]}]) == ['d: warnings added "x"']
    assert snapshot_diff([line], []) == ["d: document missing from the output"]


def test_snapshot_matches_the_current_output(gold):
    """The committed output snapshot equals what the pipeline writes now, field by field.

    After a reviewed change of output: pressfacts eval corpus/ --update-snapshot
    """
    from pressfacts.evaluation import evaluate
    differences = evaluate(ROOT / "corpus")["snapshot_differences"]
    assert differences == [], "\n".join(differences[:20])


def test_eval_cli_fails_on_a_degraded_prediction_file(tmp_path, gold):
    """The gate users put in CI: a prediction file missing one record falls under the accepted scores."""
    predictions = perfect(gold)
    good = tmp_path / "good.jsonl"
    good.write_text("".join(r.to_json() + "\n" for r in predictions.values()), encoding="utf-8")
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(ROOT / "corpus"), "--pred", str(good), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    scores.write_text(json.dumps({"corpus": {k: v for k, v in flat_scores(report["corpus"]).items() if k.endswith(".f1")}}))
    assert runner.invoke(app, ["eval", str(ROOT / "corpus"), "--pred", str(good), "--fail-under", str(scores)]).exit_code == 0

    first = next(iter(predictions.values()))
    degraded_doc = first.model_copy(update={"officials": first.officials[1:]})
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join((degraded_doc if r is first else r).to_json() + "\n" for r in predictions.values()), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(ROOT / "corpus"), "--pred", str(bad), "--fail-under", str(scores)])
    assert result.exit_code == 1
    assert "regression: corpus officials.f1" in result.stderr


def test_the_ratchet_holds_for_the_current_pipeline():
    """pressfacts eval corpus/ --fail-under corpus/scores.json: the accepted scores still hold."""
    result = runner.invoke(app, ["eval", str(ROOT / "corpus"), "--fail-under", str(ROOT / "corpus" / "scores.json")])
    assert result.exit_code == 0, result.stderr


def test_factrueval_occupations_are_read(factrueval):
    facts = read_occupations(FACTRUEVAL)
    assert len(facts) == 122
    assert sum(map(len, facts.values())) == 211
    first = facts["book_100"][0]
    assert (first.who, first.positions, first.wheres) == ("Лужков Юрий", ("мэра",), ("Москва",))
    assert facts["book_489"][4].wheres == ("ОФДД", "Объединённый фронт за демократию против диктатуры")


def test_factrueval_scoring_of_a_perfect_prediction(factrueval):
    """Occupation facts turned into Officials score 1: the comparison rules accept their own gold."""
    from pressfacts.schemas import Official, Span
    facts = read_occupations(FACTRUEVAL)
    predictions = {}
    nowhere = Span(start=0, end=0, text="")
    for doc_id, occupations in facts.items():
        officials = []
        for fact in occupations:
            surname, *rest = fact.who.split()
            role = {"position": fact.positions[0] if fact.positions else "сотрудник", "position_span": nowhere,
                    "organization": fact.wheres[0] if fact.wheres else None}
            officials.append(Official(name={"full": fact.who, "last": surname, "first": rest[0] if rest else None},
                                      name_span=nowhere, roles=[role]))
        predictions[doc_id] = DocumentResult(doc_id=doc_id, officials=officials)
    scores = evaluate_factrueval(FACTRUEVAL, predictions)
    assert scores["occupation"]["f1"] == 1.0
    predictions["book_100"].officials = predictions["book_100"].officials[1:]
    assert evaluate_factrueval(FACTRUEVAL, predictions)["occupation"]["fn"] == 1


def test_snapshot_fails_when_a_record_is_removed(tmp_path, gold):
    """A snapshot of full output, then the same output with one official removed: the diff names it."""
    predictions = [r.model_dump(mode="json") for r in perfect(gold).values()]
    degraded = copy.deepcopy(predictions)
    removed = degraded[0]["officials"].pop()
    differences = snapshot_diff(predictions, degraded)
    assert len(differences) == 1
    assert differences[0].startswith(f"{degraded[0]['doc_id']}: officials removed")
    assert removed["name"]["full"] in differences[0]


def test_the_factrueval_ratchet_holds(factrueval):
    """pressfacts eval --factrueval DIR --fail-under corpus/scores.json: officials on news nobody here wrote."""
    result = runner.invoke(app, ["eval", "--factrueval", str(FACTRUEVAL), "--fail-under", str(ROOT / "corpus" / "scores.json")])
    assert result.exit_code == 0, result.stderr
