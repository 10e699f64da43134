"""The command's face, through the real command: --version, python -m pressfacts, help pages
with an example and no type tags, --excel CSV, and show on results files and several documents."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app

COMMAND = [sys.executable, "-m", "pressfacts"]
COMMANDS = ["extract", "schema", "show", "eval", "report"]
TEXTS = {
    "a": "Охват вакцинацией составил 97,5%. За год поступило 1 миллион обращений.",
    "b": "Губернатор Андрей Бочаров посетил МФЦ. Объём вырос в 2,5 раза. «Работа центров продолжится», — сказал Андрей Бочаров.",
    "c": "В 2022 году в центр поступило 4,3 миллиона обращений.",
}
TYPE_TAG = re.compile(r"<(bool|str|int|path|float|list|int range)[^>]*>|\{\w+\}")


def pressfacts(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "160"})


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("show") / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t, "date": "2023-01-16"}, ensure_ascii=False) + "\n"
                            for i, t in TEXTS.items()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def results(inputs) -> Path:
    out = inputs.with_name("out.jsonl")
    done = pressfacts("extract", str(inputs), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_version_and_python_m():
    done = pressfacts("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"pressfacts {version('pressfacts')}"
    usage = pressfacts("--help")
    assert usage.returncode == 0 and "Usage: pressfacts " in usage.stdout  # the command's name, not python -m


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_an_example_and_no_type_tags(command):
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "160"}, terminal_width=160)
    assert result.exit_code == 0, result.output
    assert TYPE_TAG.findall(result.output) == []
    assert "Example" in result.output
    example = result.output.split("Example", 1)[1]
    assert "pressfacts " + (command or "") in example


def test_excel_csv_opens_in_a_russian_excel(tmp_path, inputs, results):
    out = tmp_path / "tables"
    done = pressfacts("extract", str(inputs), "--excel", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = (out / "metrics.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 Cyrillic
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    expected = [m["value"] for line in map(json.loads, results.read_text(encoding="utf-8").splitlines()) for m in line["metrics"]]
    assert len(rows) == len(expected) and any(v != int(v) for v in expected)
    for row, value in zip(rows, expected):
        assert "e" not in row["value"].lower() and "." not in row["value"]  # no exponent, a decimal comma
        assert float(row["value"].replace(",", ".")) == value
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[0] == "doc_id" and "," not in header


def test_show_reads_a_results_file_and_shows_every_document(results):
    done = pressfacts("show", str(results))
    assert done.returncode == 0, done.stderr
    for doc_id in TEXTS:
        assert f"metrics of {doc_id}, published 2023-01-16" in done.stdout
    assert "1000000" in done.stdout and "e+" not in done.stdout  # 1 миллион, not 1e+06
    assert "97.5" in done.stdout


def test_show_picks_documents_and_names_a_missing_one(results):
    done = pressfacts("show", str(results), "--doc", "c", "--doc", "a")
    assert done.returncode == 0
    assert "metrics of a," in done.stdout and "metrics of c," in done.stdout and "metrics of b," not in done.stdout
    missing = pressfacts("show", str(results), "--doc", "zz")
    assert missing.returncode == 1
    assert [line for line in missing.stderr.splitlines() if line.startswith("error:")] == [f"error: no document 'zz' in {results}"]


def test_show_runs_texts_it_is_given(inputs):
    done = pressfacts("show", str(inputs), "--doc", "b")
    assert done.returncode == 0, done.stderr
    assert "officials of b," in done.stdout and "Бочаров" in done.stdout
    assert "quotes of b," in done.stdout and "сказать" in done.stdout and "Работа центров продолжится" in done.stdout


def readme_options() -> dict[str, str]:
    """The options table of `extract` in the README: option name -> what it takes ('' for a flag)."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("The options of `extract`", 1)[1].split("\n\n", 2)[1]
    options = {}
    for row in table.splitlines()[2:]:
        cell = row.replace("\\|", "\0").split("|")[1].replace("\0", "|")
        parts = [part.partition(" ") for part in re.findall(r"`([^`]+)`", cell)]
        value = parts[-1][2]  # "`--out`, `-o FILE`": the value is said once for the names of one option
        options.update((name, value) for name, _, _ in parts)
    return options


def test_readme_options_table_matches_extract_help():
    import typer.main

    command = typer.main.get_command(app).commands["extract"]
    ctx = command.make_context("extract", ["x"])
    helped = {}
    for param in command.get_params(ctx):
        if param.param_type_name == "option" and "--help" not in param.opts:
            for name in param.opts:
                helped[name] = param.metavar or ""
    assert readme_options() == helped
    text = CliRunner().invoke(app, ["extract", "--help"], terminal_width=200).output
    for name, value in helped.items():
        assert re.search(rf"{re.escape(name)}\b.*{re.escape(value)}", text), name
