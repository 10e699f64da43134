"""Safe output and --resume: a killed run never leaves FILE, and resuming gives the uninterrupted output."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from razdel import sentenize
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.output import committed, fold_parts, partial_path

from .conftest import seed_texts

runner = CliRunner()
KEPT = b'"warnings":["kept from the partial file"]'  # marks partial lines, to see which ones a resume keeps
NO_WARNINGS = b'"warnings":[]'


def seed_sentences() -> list[str]:
    return [s.text for text in seed_texts().values() for s in sentenize(text) if 40 <= len(s.text) <= 300 and "\n" not in s.text]


def short_documents(count: int) -> list[dict]:
    """Short documents of two seed sentences each, every one with its own id."""
    sentences = seed_sentences()
    return [
        {"id": f"doc{i:04d}", "text": f"{sentences[i % len(sentences)]} {sentences[(5 * i + 1) % len(sentences)]}"}
        for i in range(count)
    ]


def write_jsonl(path: Path, documents: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    return path


def extract(*args: str):
    return runner.invoke(app, ["extract", *args])


def uninterrupted(inputs: Path, out: Path) -> bytes:
    result = extract(str(inputs), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def lines_of(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def marked(lines: list[bytes]) -> bytes:
    assert all(NO_WARNINGS in line for line in lines)
    return b"".join(line.replace(NO_WARNINGS, KEPT) for line in lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A few hundred short .txt documents: enough for a run to be killed midway."""
    folder = tmp_path_factory.mktemp("many")
    for document in short_documents(240):
        (folder / f"{document['id']}.txt").write_text(document["text"], encoding="utf-8")
    return folder


@pytest.fixture()
def small(tmp_path) -> tuple[Path, bytes]:
    """Twelve documents as JSONL, and what an uninterrupted run writes for them."""
    inputs = write_jsonl(tmp_path / "docs.jsonl", short_documents(12))
    return inputs, uninterrupted(inputs, tmp_path / "reference.jsonl")


def test_a_killed_run_leaves_only_a_prefix_and_resume_completes_it(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    partial = partial_path(out)
    command = [sys.executable, "-m", "pressfacts.cli", "extract", str(folder), "--out", str(out), "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while not (partial.exists() and b"\n" in partial.read_bytes()):
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no output line after 120 s"
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert not out.exists()
    written = partial.read_bytes()

    full = uninterrupted(folder, tmp_path / "reference.jsonl")
    assert 0 < len(written) < len(full)
    assert full.startswith(written)  # a prefix, its last line possibly cut
    result = extract(str(folder), "--out", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full
    assert not partial.exists()


def cut_line(lines, n, size=None):
    """The first ``n`` lines, then ``size`` bytes of the next one (a write cut by a kill)."""
    return b"".join(lines[:n]) + (lines[n][:size] if size else b"")


def another_id(line: bytes) -> bytes:
    record = json.loads(line)
    return line.replace(json.dumps(record["doc_id"]).encode(), b'"someone-else"')


PARTIALS = [
    # (case, partial file from the marked full output's lines, how many of its lines are kept)
    ("cut inside a line", lambda lines: cut_line(lines, 5, 40), 5),
    ("cut after the closing brace", lambda lines: cut_line(lines, 5, len(lines[5]) - 1), 5),
    ("cut at a line end", lambda lines: cut_line(lines, 5), 5),
    ("cut inside the first line", lambda lines: cut_line(lines, 0, 40), 0),
    ("empty", lambda lines: b"", 0),
    ("complete: the rename was missed", lambda lines: b"".join(lines), 12),
    ("lines beyond the input", lambda lines: b"".join(lines + lines[:2]), 12),
    ("a line that is not JSON", lambda lines: b"".join(lines[:5]) + b"not json\n" + b"".join(lines[6:]), 5),
    ("another document at a line's place", lambda lines: b"".join(lines[:5] + [another_id(lines[5])] + lines[6:]), 5),
    ("a line with no text_sha1", lambda lines: b"".join(lines[:4] + [lines[4].replace(b'"text_sha1"', b'"other"')] + lines[5:]), 4),
]


@pytest.mark.parametrize("case,make_partial,kept", PARTIALS, ids=[row[0] for row in PARTIALS])
def test_resume_keeps_the_lines_still_right_and_gives_the_uninterrupted_output(small, tmp_path, case, make_partial, kept):
    inputs, full = small
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(make_partial(lines_of(marked(lines_of(full)))))
    result = extract(str(inputs), "--out", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0, result.output
    output = lines_of(out.read_bytes())
    assert [KEPT in line for line in output] == [i < kept for i in range(12)]
    assert out.read_bytes().replace(KEPT, NO_WARNINGS) == full
    assert not partial_path(out).exists()


def test_a_changed_document_is_redone(small, tmp_path):
    inputs, full = small
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(marked(lines_of(full)[:8]))
    documents = short_documents(12)
    documents[3]["text"] = "Губернатор Андрей Бочаров 16 января 2023 года посетил МФЦ."  # same id, new text
    write_jsonl(inputs, documents)
    result = extract(str(inputs), "--out", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0, result.output
    output = out.read_bytes()
    assert [KEPT in line for line in lines_of(output)] == [i < 3 for i in range(12)]
    assert json.loads(lines_of(output)[3])["officials"]  # the new text's record, not the old line
    assert output.replace(KEPT, NO_WARNINGS) == uninterrupted(inputs, tmp_path / "changed.jsonl")


def test_resume_on_two_processes(tmp_path):
    inputs = write_jsonl(tmp_path / "docs.jsonl", short_documents(80))  # more than a batch: the workers are used
    full = uninterrupted(inputs, tmp_path / "reference.jsonl")
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(cut_line(lines_of(full), 20, 100))
    result = extract(str(inputs), "--out", str(out), "--resume", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full


def test_resume_with_no_partial_file_runs_everything(small, tmp_path):
    inputs, full = small
    out = tmp_path / "out.jsonl"
    result = extract(str(inputs), "--out", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full


def test_a_run_without_resume_ignores_a_stale_partial_file(small, tmp_path):
    inputs, full = small
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(marked(lines_of(full)[:5]))
    assert extract(str(inputs), "--out", str(out), "--jobs", "1").exit_code == 0
    assert out.read_bytes() == full
    assert not partial_path(out).exists()


@pytest.mark.parametrize(
    "args,complete_out,message",
    [
        (["--resume"], False, "--resume needs --out FILE"),                  # standard output cannot be resumed
        (["--out", "{out}", "--resume"], True, "is complete, nothing to resume"),
        (["--out", "{out}", "--resume", "--format", "csv"], False, "jsonl"),  # tables in a directory: not resumable
    ],
)
def test_resume_refused_with_one_line(small, tmp_path, args, complete_out, message):
    inputs, _ = small
    out = tmp_path / "out.jsonl"
    if complete_out:
        out.write_text("finished\n", encoding="utf-8")
    result = extract(str(inputs), *[a.format(out=out) for a in args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [result.stderr.strip()] and message in result.stderr
    assert not complete_out or out.read_text(encoding="utf-8") == "finished\n"  # left as it was
    assert not partial_path(out).exists()


def test_a_complete_file_with_a_partial_file_is_resumed_and_replaced(small, tmp_path):
    inputs, full = small
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier run\n", encoding="utf-8")
    partial_path(out).write_bytes(cut_line(lines_of(full), 6, 10))
    assert extract(str(inputs), "--out", str(out), "--resume", "--jobs", "1").exit_code == 0
    assert out.read_bytes() == full


@pytest.mark.parametrize("earlier", [None, "an earlier complete output\n"])
def test_a_failing_run_leaves_the_output_as_it_was(tmp_path, earlier):
    out = tmp_path / "out.jsonl"
    if earlier is not None:
        out.write_text(earlier, encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), committed(out) as handle:
        handle.write('{"doc_id": "a"}\n')
        raise KeyboardInterrupt
    assert (out.read_text(encoding="utf-8") if out.exists() else None) == earlier
    assert partial_path(out).read_text(encoding="utf-8") == '{"doc_id": "a"}\n'


@pytest.mark.parametrize(
    "partial,parts,expected",
    [
        # (partial file or None, part files in order, the partial file after folding)
        (None, [b"a\nb\n", b"c\n"], b"a\nb\nc\n"),
        (None, [b"a\nb\n", b"c\nd"], b"a\nb\nc\n"),              # the last part was being written
        (b"x\n", [b"a\n"], b"x\na\n"),                           # a resumed run's kept lines come first
        (b"x\ny", [b"a\n"], b"x\na\n"),                          # the partial's cut line is dropped first
        (b"x\n", [], b"x\n"),
    ],
)
def test_dask_part_files_are_folded_into_the_partial_file(tmp_path, partial, parts, expected):
    target = tmp_path / "out.jsonl.partial"
    if partial is not None:
        target.write_bytes(partial)
    parts_dir = tmp_path / "out.jsonl.parts"
    parts_dir.mkdir()
    for index, data in enumerate(parts):
        (parts_dir / f"part-{index:06d}.jsonl").write_bytes(data)
    fold_parts(parts_dir, target)
    assert target.read_bytes() == expected
    assert not parts_dir.exists()


def test_dask_merge_is_atomic_and_resumable(small, tmp_path):
    pytest.importorskip("dask.distributed")
    from pressfacts.on_dask import merge_parts

    inputs, full = small
    lines = lines_of(full)
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    parts.mkdir()
    (parts / "part-000000.jsonl").write_bytes(b"".join(lines[:2]))
    (parts / "part-000001.jsonl").write_bytes(b"".join(lines[2:4]))
    merge_parts(parts, out)
    assert out.read_bytes() == b"".join(lines[:4]) and not parts.exists() and not partial_path(out).exists()

    # an interrupted Dask run: its parts, the last one cut; resumed on Dask
    out.unlink()
    parts.mkdir()
    (parts / "part-000000.jsonl").write_bytes(marked(lines[:3]))
    (parts / "part-000001.jsonl").write_bytes(marked(lines[3:5])[:-30])
    result = extract(str(inputs), "--out", str(out), "--resume", "--engine", "dask", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert [KEPT in line for line in lines_of(out.read_bytes())] == [i < 4 for i in range(12)]
    assert out.read_bytes().replace(KEPT, NO_WARNINGS) == full
    assert not parts.exists() and not partial_path(out).exists()
