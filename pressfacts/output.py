"""Safe JSONL output: written as FILE.partial and renamed to FILE only when the run is complete.

An interrupted run (killed, out of memory, a reboot) leaves FILE.partial, never a truncated FILE
that looks complete. The engines keep input order, so the partial file is a prefix of the full
output: ``extract --resume`` keeps its lines that are still right and appends the rest, and the
final file equals, byte for byte, what an uninterrupted run writes.

A line is still right when its ``doc_id`` and ``text_sha1`` are those of the document at its
place in the input. The hash lives in the output line itself rather than in a sidecar index:
a line and its hash are written in one piece, so after a kill they can never disagree, there is
one file to keep, and analysts get a key for finding reposts.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import TextIO

from .inputs import Document
from .schemas import DocumentResult
from .schemas.records import text_sha1

Pair = tuple[Document, DocumentResult]
Run = Callable[[Iterable[Document]], Iterator[Pair]]


class ResumeError(ValueError):
    """``--resume`` asked for where it cannot work; the message is one line."""


def partial_path(out: Path) -> Path:
    """Where the output is written until the run is complete.

    >>> partial_path(Path("runs/out.jsonl")).as_posix()
    'runs/out.jsonl.partial'
    """
    return out.with_name(out.name + ".partial")


def parts_path(out: Path) -> Path:
    """The Dask engine's part files, one per partition, merged into ``out`` at the end."""
    return out.with_name(out.name + ".parts")


@contextmanager
def committed(out: Path, *, append: bool = False) -> Iterator[TextIO]:
    """A handle on ``out``'s partial file; when the block ends normally, the file becomes ``out``.

    ``append`` keeps what the partial file holds (a resumed run); otherwise it starts empty.
    If the block raises, the partial file stays and ``out`` is left as it was.
    """
    partial = partial_path(out)
    with partial.open("a" if append else "w", encoding="utf-8", newline="\n") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())  # the data on disk before the name that says it is complete
    os.replace(partial, out)
    _sync_directory(out.parent)


def _sync_directory(folder: Path) -> None:
    # the rename itself survives a power cut only once the directory is synced (POSIX)
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def resume_from(out: Path | None) -> Path:
    """The partial file an ``extract --resume`` run continues (it need not exist: then all is run).

    Part files of an interrupted Dask run are appended to it first. Refused (``ResumeError``)
    without ``--out``, and when ``out`` is complete and there is no partial file: a finished
    output is never silently kept or overwritten by a resume.
    """
    if out is None:
        raise ResumeError("--resume needs --out FILE: standard output cannot be resumed")
    partial = partial_path(out)
    fold_parts(parts_path(out), partial)
    if out.exists() and not partial.exists():
        raise ResumeError(f"{out} is complete, nothing to resume: remove it, or run without --resume to overwrite it")
    return partial


def fold_parts(parts_dir: Path, partial: Path) -> None:
    """Append the complete lines of an interrupted Dask run's part files to ``partial``; remove them."""
    if not parts_dir.is_dir():
        return
    _cut_to_complete_lines(partial)
    with partial.open("ab") as handle:
        for part in sorted(parts_dir.glob("part-*.jsonl")):
            data = part.read_bytes()
            complete = data[: data.rfind(b"\n") + 1]
            handle.write(complete)
            if len(complete) < len(data):  # the part being written when the run stopped: the last one
                break
    shutil.rmtree(parts_dir)


def _cut_to_complete_lines(path: Path) -> None:
    if not path.exists():
        return
    data = path.read_bytes()
    os.truncate(path, data.rfind(b"\n") + 1)


def skip_done(
    partial: Path, documents: Iterable[Document], run: Run, *, include_text: bool = False
) -> Iterator[tuple[Document, DocumentResult | None]]:
    """Resume: ``(document, None)`` for each document the partial file already holds, then ``run`` on the rest.

    The partial file is walked along the input: its lines are kept while each is complete and
    has the ``doc_id`` and ``text_sha1`` of the document at its place (and carries the text exactly
    when ``include_text``: a run resumed with the other setting redoes the lines). From the first one that
    does not (a line cut by a kill, a changed or inserted document), the file is cut and the rest
    is processed again; lines beyond the end of the input are dropped too. Nothing is written
    to the partial file before it is cut, so appending to it afterwards gives the full output.
    """
    documents = iter(documents)
    if not partial.exists():
        yield from run(documents)
        return
    kept_bytes, first_not_done = 0, None
    with partial.open("rb") as lines:
        for document in documents:
            line = lines.readline()
            if not is_done(line, document, include_text=include_text):
                first_not_done = document
                break
            kept_bytes += len(line)
            yield document, None
    os.truncate(partial, kept_bytes)
    if first_not_done is not None:
        yield from run(chain([first_not_done], documents))


def is_done(line: bytes, document: Document, *, include_text: bool = False) -> bool:
    """Whether an output line is the complete result of this very document (same id, same text).

    >>> line = DocumentResult(doc_id="a", text="Текст.").to_json().encode() + b"\\n"
    >>> is_done(line, Document("a", "Текст.")), is_done(line, Document("a", "Другой текст."))
    (True, False)
    >>> is_done(line[:-5], Document("a", "Текст.")), is_done(b"", Document("a", "Текст."))
    (False, False)
    >>> is_done(line, Document("a", "Текст."), include_text=True)  # written without the text
    False
    """
    if not line.endswith(b"\n"):  # cut by the kill, or the end of the file
        return False
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return (
        isinstance(record, dict)
        and record.get("doc_id") == document.doc_id
        and record.get("text_sha1") == text_sha1(document.text)
        and ("text" in record) == include_text
    )
