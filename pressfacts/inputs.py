"""Reading input documents: .txt files, directories, JSON Lines, standard input.

Nothing is lost: an input that cannot be read still becomes a ``Document``, with no text and
the reason in ``warnings``, so that it yields its own line of output.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

CYRILLIC_SHARE = 0.5  # of the letters, for a cp1251 guess to be believed


@dataclass
class Document:
    """One input document. ``text`` is None when it could not be read."""

    doc_id: str
    text: str | None
    source: str | None = None
    published: dt.date | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.text is None


class InputError(ValueError):
    """An input that cannot be used at all (a bad --published, an unknown kind of path)."""


def parse_date(value: str) -> dt.date:
    """An ISO date, YYYY-MM-DD.

    >>> parse_date("2023-01-16")
    datetime.date(2023, 1, 16)
    """
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"not a date (YYYY-MM-DD): {value!r}") from None


def decode(data: bytes) -> tuple[str | None, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else the detected encoding, with a warning.

    >>> decode("Привет".encode("cp1251"))
    ('Привет', ['not UTF-8: decoded as cp1251'])
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, ["binary file: not text"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    # Russian text that is not UTF-8 is nearly always cp1251; charset detection on short
    # texts may name a Cyrillic cousin (mac_cyrillic, cp1125), so try cp1251 first.
    try:
        text = data.decode("cp1251")
        if _looks_russian(text):
            return text, ["not UTF-8: decoded as cp1251"]
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and _looks_russian(str(best)):
        return str(best), [f"not UTF-8: decoded as {best.encoding}"]
    return None, ["cannot decode: not UTF-8 and no Russian text in any known encoding"]


def _looks_russian(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if any(c in text for c in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10"):
        return False
    return bool(letters) and sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) / len(letters) >= CYRILLIC_SHARE


def read_text_file(path: Path) -> Document:
    """A .txt file as one document."""
    doc = Document(doc_id=path.stem, text=None, source=str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        doc.warnings.append(f"cannot read: {error.strerror or error}")
        return doc
    doc.text, doc.warnings = decode(data)
    if doc.text is not None and not doc.text.strip():
        doc.text, doc.warnings = None, [*doc.warnings, "empty document"]
    return doc


def read_jsonl(lines: Iterable[str | bytes], name: str) -> Iterator[Document]:
    """One document per line: {"id", "text", "date"?, "url"?}. A bad line yields a failed document."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        doc_id = f"{name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Document(doc_id, None, name, warnings=[f"line {number}: invalid JSON: {error.msg}"])
            continue
        yield document_from_dict(item, default_id=doc_id, where=f"line {number}: ")


def document_from_dict(item: object, default_id: str, where: str = "") -> Document:
    """A document from a JSONL object (or a dict a notebook user passes)."""
    if not isinstance(item, dict):
        return Document(default_id, None, warnings=[f"{where}expected a JSON object"])
    doc = Document(str(item.get("id", default_id)), None, item.get("url"))
    text = item.get("text")
    if not isinstance(text, str):
        doc.warnings.append(f"{where}no \"text\" string")
        return doc
    if not text.strip():
        doc.warnings.append(f"{where}empty document")
        return doc
    if item.get("date") is not None:
        try:
            doc.published = parse_date(str(item["date"]))
        except InputError as error:
            doc.warnings.append(f"{where}{error}")
            return doc
    doc.text = text
    return doc


def read_inputs(inputs: Iterable[str]) -> Iterator[Document]:
    """Every document of every input, in order: files, directories (*.txt sorted), .jsonl, "-"."""
    for name in inputs:
        path = Path(name)
        if name == "-":
            yield from read_jsonl(sys.stdin.buffer, "stdin")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield Document(path.name, None, str(path), warnings=["directory has no *.txt files"])
            for file in files:
                yield read_text_file(file)
        elif not path.exists():
            yield Document(path.stem, None, str(path), warnings=["no such file or directory"])
        elif path.suffix == ".jsonl":
            with path.open("rb") as handle:
                yield from read_jsonl(handle, path.stem)
        else:
            yield read_text_file(path)
