"""Engines: order kept, one poisoned document costs nothing else, Dask gives the local output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.engines import process_local
from pressfacts.inputs import Document

from .conftest import TEXTS

runner = CliRunner()


def documents(seeds, copies=3):
    return [Document(f"{doc_id}-{i}", text) for i in range(copies) for doc_id, text in seeds.items()]


def lines_of(pairs):
    return [result.to_json() for _, result in pairs]


def test_two_jobs_keep_input_order_and_give_the_same_output(seeds):
    alone = lines_of(process_local(documents(seeds), jobs=1))
    parallel = lines_of(process_local(documents(seeds), jobs=2, partition_size=2))
    assert [json.loads(line)["doc_id"] for line in parallel] == [d.doc_id for d in documents(seeds)]
    assert parallel == alone


def test_a_poisoned_document_yields_its_warning_line_and_the_others_complete(seeds):
    docs = documents(seeds, copies=2)
    docs.insert(4, Document("poison", text=b"\x00 not a str"))   # the pipeline raises on bytes
    pairs = list(process_local(docs, jobs=2, partition_size=3))
    assert [d.doc_id for d, _ in pairs] == [d.doc_id for d in docs]
    poisoned = pairs[4][1]
    assert poisoned.warnings and poisoned.warnings[0].startswith("processing failed")
    assert all(not r.warnings for d, r in pairs if d.doc_id != "poison")
    assert sum(len(r.dates) for _, r in pairs) > 0


def test_cli_jobs_option_keeps_order(tmp_path, seeds):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):  # more than one batch, so that workers are really used
        doc_id, text = list(seeds.items())[i % 5]
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines() if line.startswith("{")] == [f"{i:03d}" for i in range(40)]


def test_dask_output_equals_local_output(tmp_path):
    pytest.importorskip("dask.distributed")
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["extract", str(TEXTS), "--out", str(local), "--jobs", "1"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(TEXTS), "--out", str(on_dask), "--engine", "dask", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert on_dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert not (tmp_path / "dask.jsonl.parts").exists()   # parts merged and removed


def test_extract_bag_for_people_already_on_dask(seeds):
    bag_module = pytest.importorskip("dask.bag")
    from pressfacts.on_dask import extract_bag

    items = [{"id": doc_id, "text": text} for doc_id, text in seeds.items()]
    lines = extract_bag(bag_module.from_sequence(items, npartitions=2)).compute(scheduler="sync")
    expected = lines_of(process_local([Document(i["id"], i["text"]) for i in items]))
    assert lines == expected
