"""Nothing lost on the way in, through the real command: folders of every kind of file, nested
files of one name, JSONL dates as crawls write them, plain text on standard input, --out into
a folder that does not exist yet."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressfacts.inputs import InputError, count_documents, folder_documents, parse_date, read_inputs

from .conftest import ROOT

PAGE = ROOT / "tests" / "data" / "press_release_page.html"
TEXT = "Губернатор Андрей Бочаров посетил МФЦ. В центр поступило более 240 тысяч обращений."
COMMAND = [sys.executable, "-m", "pressfacts"]


def pressfacts(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The installed command in a process of its own, as a person runs it."""
    return subprocess.run([*COMMAND, *args], input=input, capture_output=True, timeout=300, cwd=cwd)


def lines_of(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def stderr_lines(done: subprocess.CompletedProcess, prefix: str) -> list[str]:
    return [line for line in done.stderr.decode("utf-8").splitlines() if line.startswith(prefix)]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --- a crawl folder: every readable file, in any case, recursively; the rest named ----------------

READABLE = {  # relative path -> the doc_id its line has
    "a.txt": "a",
    "NEWS2.TXT": "NEWS2",
    "pages/release.html": "pages/release",
    "pages/old.HTM": "pages/old",
    "2023/01/a.txt": "2023/01/a",
    "2023/02/a.txt": "2023/02/a",
}
OTHERS = ["notes.md", "report.docx", "scan.pdf", "2023/photo.jpg"]
JSONL_DATES = [  # (the line's date key and value, the publication date it gives)
    ("date", "2023-01-16T10:30:00+03:00", "2023-01-16"),
    ("published", "16.01.2023", "2023-01-16"),
    ("pubDate", "Tue, 17 Jan 2023 09:00:00 +0300", "2023-01-17"),
    ("date", "2023-01-18", "2023-01-18"),
    ("date", "в прошлый вторник", None),
]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crawl")
    for relative in READABLE:
        if relative.lower().endswith((".html", ".htm")):
            write(folder / relative, PAGE.read_bytes())
        else:
            write(folder / relative, f"{relative}. {TEXT}")
    for relative in OTHERS:
        write(folder / relative, b"%PDF-1.4 \x00\x01 not text")
    write(folder / ".git" / "config", "[core]")  # hidden: neither read nor warned about
    lines = [json.dumps({"id": f"j{i}", "text": TEXT, key: value}, ensure_ascii=False) for i, (key, value, _) in enumerate(JSONL_DATES)]
    write(folder / "feeds" / "rss.JSONL", "\n".join(lines) + "\n")
    return folder


@pytest.fixture(scope="module")
def crawl_run(crawl, tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "not" / "yet" / "there" / "out.jsonl"  # --out into folders that do not exist
    done = pressfacts("extract", str(crawl), "--out", str(out), "--jobs", "1")
    return done, lines_of(out.read_bytes()) if out.exists() else []


def test_a_folder_gives_one_line_per_readable_file_sorted(crawl_run):
    done, lines = crawl_run
    assert done.returncode == 0, done.stderr.decode()
    files = sorted(Path(p) for p in READABLE)
    ids = [line["doc_id"] for line in lines if not line["doc_id"].startswith("j")]
    assert ids == [READABLE[p.as_posix()] for p in files]  # sorted by path, whatever the case of the suffix
    assert [line["doc_id"] for line in lines if line["doc_id"].startswith("j")] == [f"j{i}" for i in range(len(JSONL_DATES))]
    assert all(line["officials"] or line["metrics"] for line in lines)  # each was really read and processed
    pages = [line for line in lines if line["doc_id"].startswith("pages/")]
    assert pages and all(line["title"] for line in pages)  # read as web pages


def test_every_other_file_is_one_warning_line_naming_it(crawl_run, crawl):
    done, _ = crawl_run
    warnings = stderr_lines(done, "warning:")
    skipped = [line for line in warnings if "skipped" in line]
    assert len(skipped) == len(OTHERS)
    for relative in OTHERS:
        assert sum(str(crawl / relative) in line for line in skipped) == 1, relative
    for relative in ("report.docx", "scan.pdf"):
        assert "convert" in next(line for line in skipped if relative in line)
    assert not any(".git" in line for line in warnings)


def test_nested_files_of_one_name_get_distinct_ids(crawl_run):
    _, lines = crawl_run
    ids = [line["doc_id"] for line in lines]
    assert len(ids) == len(set(ids))
    nested = {line["doc_id"]: line["source"] for line in lines if line["doc_id"].endswith("/a")}
    assert set(nested) == {"2023/01/a", "2023/02/a"}
    assert nested["2023/01/a"].endswith(os.path.join("2023", "01", "a.txt"))


def test_jsonl_dates_in_the_formats_crawls_write(crawl_run):
    done, lines = crawl_run
    by_id = {line["doc_id"]: line for line in lines}
    for i, (key, value, expected) in enumerate(JSONL_DATES):
        line = by_id[f"j{i}"]
        assert line["metrics"], "the text is processed whatever its date"
        if expected is None:
            assert line["published"] is None
            assert len(line["warnings"]) == 1 and value in line["warnings"][0] and key in line["warnings"][0]
        else:
            assert line["published"]["start"] == expected, (key, value)
            assert line["published_from"] == "input" and line["warnings"] == []
    # the unreadable date is a warning, not a failure
    assert any("в прошлый вторник" in line for line in stderr_lines(done, "warning:"))


def test_missing_out_folder_is_created(crawl_run):
    done, lines = crawl_run
    assert done.returncode == 0 and len(lines) == len(READABLE) + len(JSONL_DATES)


# --- standard input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,data,kind",
    [
        ([], TEXT + "\n\nВторой абзац того же текста.\n", "text"),                 # auto: not JSON, one text
        (["--input-format", "text"], '{"id": "x"} это всё же текст\n' + TEXT, "text"),  # said: one text, even if it opens with {
        ([], "\n" + PAGE.read_text(encoding="utf-8"), "html"),                      # auto: a web page
    ],
)
def test_plain_standard_input_is_one_document(args, data, kind):
    done = pressfacts("extract", "-", *args, input=data.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    lines = lines_of(done.stdout)
    assert len(lines) == 1
    assert lines[0]["doc_id"] == "stdin" and lines[0]["warnings"] == []
    assert lines[0]["officials"] or lines[0]["metrics"]
    warned = stderr_lines(done, "warning:")
    assert len(warned) == (0 if args else 1)  # auto-detection says what it decided
    if not args:
        assert "not JSON Lines" in warned[0] and f"--input-format {kind}" in warned[0]


def test_jsonl_on_standard_input_stays_jsonl():
    data = "\n".join(json.dumps({"id": i, "text": TEXT}, ensure_ascii=False) for i in ("x", "y")) + "\n"
    done = pressfacts("extract", "-", input=data.encode("utf-8"))
    assert done.returncode == 0 and [line["doc_id"] for line in lines_of(done.stdout)] == ["x", "y"]
    assert stderr_lines(done, "warning:") == []


# --- output errors: one line, exit 1 ------------------------------------------------------------


def test_an_output_that_cannot_be_written_is_one_error_line(tmp_path):
    source = write(tmp_path / "a.txt", TEXT)
    blocker = write(tmp_path / "file", "not a folder")
    done = pressfacts("extract", str(source), "--out", str(blocker / "out.jsonl"))  # a file where a folder must be
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "Traceback" not in done.stderr.decode()


# --- the pure parts, as tables -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,day",
    [
        ("2023-01-16", "2023-01-16"),
        ("2023-01-16T23:59:00+03:00", "2023-01-16"),  # the day as the publisher wrote it, not in UTC
        ("2023-01-16T10:30:00Z", "2023-01-16"),
        ("2023-01-16 10:30", "2023-01-16"),
        ("16.01.2023", "2023-01-16"),
        ("6.1.2023", "2023-01-06"),
        ("16.01.2023 10:30", "2023-01-16"),
        ("Mon, 16 Jan 2023 10:30:00 +0300", "2023-01-16"),
        ("16.01.23", None),          # a two-digit year is ambiguous
        ("31.02.2023", None),
        ("16.01.2023.", None),
        ("вчера", None),
        ("", None),
    ],
)
def test_parse_date(value, day):
    if day is None:
        with pytest.raises(InputError):
            parse_date(value)
    else:
        assert parse_date(value) == dt.date.fromisoformat(day)


def test_files_that_differ_only_by_extension_keep_it_in_their_ids(tmp_path):
    for name in ("a.txt", "a.html", "b.txt"):
        write(tmp_path / name, TEXT)
    assert [doc_id for _, doc_id in folder_documents(tmp_path, print)] == ["a.html", "a.txt", "b"]


def test_count_documents_counts_what_is_read(crawl):
    warnings: list[str] = []
    documents = list(read_inputs([str(crawl)], warn=warnings.append))
    assert count_documents([str(crawl)]) == len(documents) == len(READABLE) + len(JSONL_DATES)
    assert len(warnings) == len(OTHERS)
    assert count_documents(["-"]) is None and count_documents(["-"], "text") == 1


def test_an_empty_folder_still_yields_its_line(tmp_path):
    write(tmp_path / "only.md", "# nothing to read")
    warnings: list[str] = []
    documents = list(read_inputs([str(tmp_path)], warn=warnings.append))
    assert len(documents) == 1 and documents[0].failed and "no .txt" in documents[0].warnings[0]
    assert len(warnings) == 1


def test_a_pdf_given_by_name_says_to_convert_it(tmp_path):
    path = write(tmp_path / "scan.PDF", b"%PDF-1.4")
    (document,) = read_inputs([str(path)])
    assert document.failed and "pdftotext" in document.warnings[0]
