"""Reading input documents: text files, saved web pages, folders, JSON Lines, standard input.

Nothing is lost: an input that cannot be read still becomes a ``Document``, with no text and
the reason in ``warnings``, so that it yields its own line of output. A file in a folder that
is not a document we read (a .docx, an image) is named in a warning, never skipped silently.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from .decoding import WIDE_BOMS, decode, decode_lines
from .html_input import is_html_path, read_page

JSONL_SUFFIX = ".jsonl"
READABLE_SUFFIXES = (".txt", ".html", ".htm", JSONL_SUFFIX)  # what a folder is read for, in any case
# formats people have documents in but that we do not read: say how to get text out of them
CONVERT_FIRST = {
    ".pdf": "convert it to text first (pdftotext FILE.pdf)",
    ".docx": "convert it to text first (pandoc FILE.docx -t plain, or save it as .txt)",
    ".doc": "convert it to text first (save it as .txt or .docx)",
    ".odt": "convert it to text first (pandoc FILE.odt -t plain, or save it as .txt)",
    ".rtf": "convert it to text first (save it as .txt)",
}
INPUT_FORMATS = ("auto", "jsonl", "text", "html")  # how standard input is read
DATE_KEYS = ("date", "published", "pubDate")  # a JSONL line's publication date, the first one given
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")  # 16.01.2023, 16.01.2023 10:30

Warn = Callable[[str], None]
log = logging.getLogger("pressfacts")


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
    """A publication date as crawls write it: an ISO date or date-time (the day as written,
    whatever its offset), DD.MM.YYYY, or an RSS ``pubDate`` (RFC 822).

    >>> parse_date("2023-01-16"), parse_date("2023-01-16T23:30:00+03:00"), parse_date("16.01.2023")
    (datetime.date(2023, 1, 16), datetime.date(2023, 1, 16), datetime.date(2023, 1, 16))
    >>> parse_date("Mon, 16 Jan 2023 10:30:00 +0300")
    datetime.date(2023, 1, 16)
    """
    text = str(value).strip()
    for read in (dt.date.fromisoformat, lambda t: dt.datetime.fromisoformat(t).date(), _day_month_year, _rfc822):
        try:
            return read(text)
        except (TypeError, ValueError, IndexError):
            continue
    raise InputError(f"not a date (YYYY-MM-DD, an ISO date-time, DD.MM.YYYY or an RFC 822 date): {value!r}")


def _day_month_year(text: str) -> dt.date:
    found = DAY_MONTH_YEAR.fullmatch(text) or DAY_MONTH_YEAR.match(text)
    if found is None or (found.end() < len(text) and not text[found.end()].isspace()):
        raise ValueError(text)
    day, month, year = map(int, found.groups())
    return dt.date(year, month, day)


def _rfc822(text: str) -> dt.date:
    return email.utils.parsedate_to_datetime(text).date()


def read_text_file(path: Path, doc_id: str | None = None) -> Document:
    """A .txt file (or a saved web page, .html/.htm) as one document."""
    doc = Document(doc_id=doc_id or path.stem, text=None, source=str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        doc.warnings.append(f"cannot read: {error.strerror or error}")
        return doc
    return read_bytes(doc, data, html=is_html_path(path.name))


def read_bytes(doc: Document, data: bytes, *, html: bool = False) -> Document:
    """Fill ``doc`` from a document's bytes: decoded, and reduced to its main text if a web page."""
    decoded = decode(data, html=html)
    doc.text, doc.encoding, doc.warnings = decoded.text, decoded.encoding, [*doc.warnings, *decoded.warnings]
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
    """A document from a JSONL object (or a dict a notebook user passes).

    An unreadable date is a warning: the text is still processed, without it.
    """
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
    key = next((key for key in DATE_KEYS if item.get(key) is not None), None)
    if key is not None:
        try:
            doc.published = parse_date(item[key])
        except InputError as error:
            doc.warnings.append(f'{where}{error} in "{key}": processed without it')
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


def folder_documents(folder: Path, warn: Warn) -> list[tuple[Path, str]]:
    """The files of a folder to read, with their ids, sorted; every other file named through ``warn``.

    Recursive; hidden files and folders (.git, .DS_Store) are left out. A file's id is its path
    relative to the folder without the extension ("2023/01/a"), so two files of one name in two
    folders never share one; two files that differ only by extension keep it ("a.txt", "a.html").
    """
    readable = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix in READABLE_SUFFIXES:
            readable.append(relative)
        else:
            advice = CONVERT_FIRST.get(suffix, "not a document pressfacts reads (.txt, .html, .htm, .jsonl)")
            warn(f"{path}: skipped: {advice}")
    stems = [relative.with_suffix("").as_posix() for relative in readable]
    shared = {stem for stem in stems if stems.count(stem) > 1}
    return [(folder / relative, relative.as_posix() if stem in shared else stem) for relative, stem in zip(readable, stems)]


def read_inputs(inputs: Iterable[str], *, input_format: str = "auto", warn: Warn | None = None) -> Iterator[Document]:
    """Every document of every input, in order: files, folders (read recursively, sorted), .jsonl,
    and "-" for standard input (``input_format``: JSON Lines, one text, one web page, or auto).

    ``warn`` receives one line for each file of a folder that is not read (default: the
    "pressfacts" logger).
    """
    warn = warn or log.warning
    for name in inputs:
        path = Path(name)
        if name == "-":
            yield from read_stdin(sys.stdin.buffer, input_format, warn)
        elif path.is_dir():
            files = folder_documents(path, warn)
            if not files:
                yield Document(path.name, None, str(path), warnings=["folder has no .txt, .html, .htm or .jsonl files"])
            for file, doc_id in files:
                if file.suffix.lower() == JSONL_SUFFIX:
                    yield from _read_jsonl_file(file, doc_id)
                else:
                    yield read_text_file(file, doc_id)
        elif not path.exists():
            yield Document(path.stem, None, str(path), warnings=["no such file or directory"])
        elif path.suffix.lower() == JSONL_SUFFIX:
            yield from _read_jsonl_file(path, path.stem)
        elif path.suffix.lower() in CONVERT_FIRST:
            yield Document(path.stem, None, str(path), warnings=[f"a {path.suffix} file is not read: {CONVERT_FIRST[path.suffix.lower()]}"])
        else:
            yield read_text_file(path)


def _read_jsonl_file(path: Path, name: str) -> Iterator[Document]:
    try:
        with path.open("rb") as handle:
            yield from read_jsonl(handle, name)
    except OSError as error:
        yield Document(name, None, str(path), warnings=[f"cannot read: {error.strerror or error}"])


def read_stdin(stream: BinaryIO, input_format: str, warn: Warn) -> Iterator[Document]:
    """Standard input as JSON Lines, or as one document (``text``, ``html``).

    ``auto`` looks at the first line that is not blank: JSON Lines when it opens a JSON object,
    else one web page when it opens with "<", else one text; either of the last two with a warning.
    """
    if input_format == "jsonl":
        yield from read_jsonl(stream, "stdin")
        return
    head: list[bytes] = []
    if input_format == "auto":
        for line in stream:
            head.append(line)
            if line.strip(b" \t\r\n\xef\xbb\xbf"):
                break
        opening = decode(head[-1]).text if head and not head[0].startswith(WIDE_BOMS) else None
        opening = (opening or "").lstrip("\ufeff \t")
        if opening.startswith("{") or (head and head[0].startswith(WIDE_BOMS)):
            yield from read_jsonl(chain(head, stream), "stdin")
            return
        input_format = "html" if opening.startswith("<") else "text"
        kind = "one web page" if input_format == "html" else "one text document"
        warn(f"standard input is not JSON Lines: read as {kind} (--input-format {input_format} says so)")
    data = b"".join(chain(head, stream))
    yield read_bytes(Document("stdin", None), data, html=input_format == "html")


def count_documents(inputs: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents the inputs hold, when that can be known before reading them (not for
    JSON Lines on standard input); JSONL files are counted by their lines that are not blank."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-":
            if input_format in ("text", "html"):
                total += 1
                continue
            return None
        if path.is_dir():
            files = folder_documents(path, lambda message: None)
            total += sum(_count_lines(file) if file.suffix.lower() == JSONL_SUFFIX else 1 for file, _ in files) or 1
        elif path.suffix.lower() == JSONL_SUFFIX and path.is_file():
            total += _count_lines(path)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1
