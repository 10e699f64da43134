"""Reading a results file (``pressfacts extract`` output): every good line, and why each bad one was skipped."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..schemas import DocumentResult


@dataclass
class LineError:
    """A line of the results file that could not be used."""

    number: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.number}: {self.reason}"


@dataclass
class Results:
    """The documents of a results file, in file order, and the lines skipped."""

    documents: list[DocumentResult] = field(default_factory=list)
    skipped: list[LineError] = field(default_factory=list)


def read_results(path: Path) -> Results:
    """Every line of a JSONL results file as a DocumentResult; a bad line is skipped with its reason.

    Raises ``OSError`` when the file itself cannot be read.
    """
    results = Results()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                results.documents.append(parse_line(raw))
            except ValueError as error:
                results.skipped.append(LineError(number, str(error)))
    return results


def looks_like_results(path: Path) -> bool:
    """Whether a file is ``pressfacts extract`` output: .jsonl whose first line that is not blank is
    an object with ``schema_version`` and ``doc_id`` (an input line has ``text`` or ``html`` instead)."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    with path.open("rb") as handle:
        first = next((line for line in handle if line.strip()), b"")
    try:
        item = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(item, dict) and "schema_version" in item and "doc_id" in item


def parse_line(raw: bytes) -> DocumentResult:
    """One output line as a DocumentResult; ``ValueError`` with a one-line reason otherwise."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    try:
        return DocumentResult.model_validate(item)
    except ValidationError as error:
        raise ValueError(f"not a pressfacts result: {summarize(error)}") from None


def summarize(error: ValidationError) -> str:
    """The first problem of a validation error on one line, and how many more there are."""
    problems = error.errors()
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "line"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"
