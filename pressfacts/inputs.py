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

from .decoding import decode, decode_lines
from .html_input import is_html_path, read_page


@dataclass
class Document:
    """One input document. ``text`` is None when it could not be read."""

    doc_id: str
    text: str | None
    source: str | None = None
    published: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    published_from: str | None = None  # "page" for a web page's own date; None: "input"
    title: str | None = None  # a web page's title
    encoding: str | None = None  # what the bytes were decoded with; None for a str

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


def read_text_file(path: Path) -> Document:
    """A .txt file (or a saved web page, .html/.htm) as one document."""
    doc = Document(doc_id=path.stem, text=None, source=str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        doc.warnings.append(f"cannot read: {error.strerror or error}")
        return doc
    html = is_html_path(path.name)
    decoded = decode(data, html=html)
    doc.text, doc.encoding, doc.warnings = decoded.text, decoded.encoding, decoded.warnings
    if html and doc.text is not None and doc.text.strip():
        read_html(doc, doc.text)
    if doc.text is not None and not doc.text.strip():
        doc.text, doc.warnings = None, [*doc.warnings, "empty document"]
    return doc


def read_jsonl(lines: Iterable[str | bytes], name: str) -> Iterator[Document]:
    """One document per line: {"id", "text" or "html", "date"?, "url"?}. A bad line yields a failed document."""
    for number, decoded in enumerate(decode_lines(lines), start=1):
        line = decoded.text
        if line is not None and not line.strip():
            continue
        doc_id = f"{name}:{number}"
        where = f"line {number}: "
        if line is None:
            yield Document(doc_id, None, name, warnings=[where + w for w in decoded.warnings])
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Document(doc_id, None, name, warnings=[f"{where}invalid JSON: {error.msg}"], encoding=decoded.encoding)
            continue
        doc = document_from_dict(item, default_id=doc_id, where=where)
        doc.encoding = decoded.encoding
        doc.warnings[:0] = [where + w for w in decoded.warnings]
        yield doc


def document_from_dict(item: object, default_id: str, where: str = "") -> Document:
    """A document from a JSONL object (or a dict a notebook user passes)."""
    if not isinstance(item, dict):
        return Document(default_id, None, warnings=[f"{where}expected a JSON object"])
    doc = Document(str(item.get("id", default_id)), None, item.get("url"))
    text, html = item.get("text"), item.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        doc.warnings.append(f"{where}no \"text\" string")
        return doc
    if not (text if isinstance(text, str) else html).strip():
        doc.warnings.append(f"{where}empty document")
        return doc
    if item.get("date") is not None:
        try:
            doc.published = parse_date(str(item["date"]))
        except InputError as error:
            doc.warnings.append(f"{where}{error}")
            return doc
    if isinstance(text, str):
        doc.text = text
    else:
        read_html(doc, html, where)
    return doc


def read_html(doc: Document, html: str, where: str = "") -> None:
    """Fill a document from a web page: its main text, title, and the date and URL it states."""
    page = read_page(html)
    doc.title = page.title
    doc.text = page.text
    if page.text is None:
        doc.warnings.append(f"{where}no main text in the HTML page")
        return
    if doc.published is None and page.published is not None:
        doc.published, doc.published_from = page.published, "page"
    if doc.source is None:
        doc.source = page.url


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
