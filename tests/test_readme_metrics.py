"""The README's metrics examples are what the pipeline gives: each indented sentence of the section
"Metrics: … sentences and what they give", run alone, yields the JSON lines of the block after it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import pressfacts

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Metrics:") :].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"\n {4}(\S[^\n]*)\n\n```json\n(.*?)```", SECTION, re.S)


def test_the_section_has_its_examples():
    assert len(EXAMPLES) >= 6
    kinds = {json.loads(line)["kind"] for _, block in EXAMPLES for line in block.splitlines()}
    assert {"measure", "percent", "count"} <= kinds


@pytest.mark.parametrize("sentence,block", EXAMPLES)
def test_example(sentence, block):
    expected = [json.loads(line) for line in block.splitlines() if line.strip()]
    got = [json.loads(m.model_dump_json()) for m in pressfacts.extract(sentence).metrics]
    assert got == expected


QUOTES = README[README.index("## Quotes:") :].split("\n## ", 1)[0]


def test_quotes_example():
    [(sentence, block)] = re.findall(r"\n {4}(\S[^\n]*)\n\n```json\n(.*?)```", QUOTES, re.S)
    lines = [json.loads(line) for line in block.splitlines() if line.strip()]
    result = pressfacts.extract(sentence)
    assert [json.loads(q.model_dump_json()) for q in result.quotes] == [x for x in lines if "speaker" in x]
    assert [json.loads(m.model_dump_json(include={"span", "value", "quote"})) for m in result.metrics] == [
        x for x in lines if "value" in x
    ]
