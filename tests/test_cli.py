"""The command line, bad input included: every input document yields exactly one line."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from pressfacts.cli import app

from .conftest import TEXTS

runner = CliRunner()


def run(*args, input=None):
    result = runner.invoke(app, list(args), input=input)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result, lines


def test_extract_writes_one_line_per_text(tmp_path):
    out = tmp_path / "out.jsonl"
    result, _ = run("extract", str(TEXTS), "--out", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["doc_id"] for line in lines] == sorted(p.stem for p in TEXTS.glob("*.txt"))
    assert all(line["warnings"] == [] for line in lines)


def test_missing_path_yields_a_line_and_exit_1(tmp_path):
    result, lines = run("extract", str(tmp_path / "nope.txt"), str(TEXTS / "004_add48beae54fc4ec.txt"))
    assert result.exit_code == 1
    assert [line["doc_id"] for line in lines] == ["nope", "004_add48beae54fc4ec"]
    assert lines[0]["warnings"] == ["no such file or directory"]
    assert "error:" in result.stderr and "nope.txt" in result.stderr


@pytest.mark.parametrize(
    "content,warning,failed",
    [
        (b"", "empty document", True),
        (b"  \n\t\n", "empty document", True),
        ("Губернатор Андрей Бочаров посетил МФЦ.".encode("cp1251"), "not UTF-8: decoded as cp1251", False),
        ("Café déjà vu, garçon.".encode("latin-1"), "cannot decode", True),
        (bytes(range(256)) * 4, "binary file", True),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", True),
        ("\ufeffГубернатор посетил МФЦ.".encode("utf-8"), None, False),    # UTF-8 with BOM is fine
    ],
)
def test_bad_files(tmp_path, content, warning, failed):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    result, lines = run("extract", str(path))
    assert result.exit_code == (1 if failed else 0), result.output
    assert len(lines) == 1
    line = lines[0]
    if warning is None:
        assert line["warnings"] == []
    else:
        assert line["warnings"] and line["warnings"][0].startswith(warning)
        assert len([l for l in result.stderr.splitlines() if l.startswith(("error:", "warning:"))]) == 1
    if failed:
        assert line["officials"] == line["metrics"] == line["dates"] == []


def test_cp1251_text_is_processed(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Губернатор Андрей Бочаров посетил МФЦ.".encode("cp1251"))
    from pressfacts.inputs import read_text_file
    assert read_text_file(path).text == "Губернатор Андрей Бочаров посетил МФЦ."


def test_invalid_jsonl_lines_are_reported_by_number_and_the_rest_processed(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "a", "text": "Губернатор Андрей Бочаров посетил МФЦ.", "date": "2021-02-24"}, ensure_ascii=False),
            "{not json",
            json.dumps({"id": "c"}),
            json.dumps({"id": "d", "text": "Текст.", "date": "вчера"}, ensure_ascii=False),
            json.dumps(["a list"]),
            json.dumps({"id": "f", "text": "Текст."}, ensure_ascii=False),
        ]),
        encoding="utf-8",
    )
    result, lines = run("extract", str(path))
    assert result.exit_code == 1
    assert [line["doc_id"] for line in lines] == ["a", "docs:2", "c", "d", "docs:5", "f"]
    assert lines[0]["published"]["start"] == "2021-02-24" and lines[0]["warnings"] == []
    assert lines[1]["warnings"][0].startswith("line 2: invalid JSON")
    assert lines[2]["warnings"] == ['line 3: no "text" string']
    assert lines[3]["warnings"][0].startswith("line 4: not a date")
    assert lines[4]["warnings"] == ["line 5: expected a JSON object"]
    assert lines[5]["warnings"] == []
    assert "line 2" in result.stderr


def test_stdin_jsonl():
    lines_in = "\n".join(json.dumps({"id": i, "text": f"Текст номер {i}."}, ensure_ascii=False) for i in ("x", "y"))
    result, lines = run("extract", "-", input=lines_in)
    assert result.exit_code == 0
    assert [line["doc_id"] for line in lines] == ["x", "y"]


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],                                         # no input
        ["extract", str(TEXTS), "--published", "вчера"],
        ["extract", str(TEXTS), "--no-such-option"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args):
    result, lines = run(*args)
    assert result.exit_code == 2
    assert lines == []


def test_schema_command_prints_the_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) >= {"schema_version", "doc_id", "metrics", "officials", "awards", "dates", "warnings"}


def test_show_prints_tables():
    result = runner.invoke(app, ["show", str(TEXTS / "002_1bb00443b302b56e.txt")])
    assert result.exit_code == 0
    assert "published 2023-01-16" in result.stdout


def test_real_subprocess_output_validates_against_the_schema(tmp_path):
    """The contract end to end: the installed command, the JSON Schema, every span a slice."""
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-m", "pressfacts.cli"]
    done = subprocess.run([*cli, "extract", str(TEXTS), "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    schema = json.loads(subprocess.run([*cli, "schema"], capture_output=True, text=True, check=True).stdout)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, schema)
        text = (TEXTS / f"{record['doc_id']}.txt").read_text(encoding="utf-8")
        for span in spans(record):
            assert text[span["start"] : span["end"]] == span["text"]
        assert record["warnings"] == []


def spans(obj):
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from spans(value)
