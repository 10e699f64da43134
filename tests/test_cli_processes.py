"""Nothing left running on the way out, through the real command with two workers: the driver
killed with -9 takes its workers with it, a worker killed with -9 is replaced and every line is
still written, SIGTERM and SIGINT stop cleanly with a partial file that --resume completes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressfacts.cli import app
from pressfacts.output import partial_path

from .test_resume import short_documents

pytestmark = pytest.mark.slow
COUNT = 160  # five partitions of 32: workers are used, and a run lasts long enough to be stopped
INTERRUPTED = re.compile(r"^interrupted: (\d+) of (\d+) documents written; run the same command with --resume$")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for document in short_documents(COUNT):
        (folder / f"{document['id']}.txt").write_text(document["text"], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> bytes:
    """What an uninterrupted run writes."""
    out = tmp_path_factory.mktemp("reference") / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def start(folder: Path, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "pressfacts", "extract", str(folder), "--out", str(out), "--jobs", "2"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def children(pid: int, *, workers_only: bool = True) -> list[int]:
    """The live processes whose parent is ``pid`` (from /proc: no dependency for it): the workers,
    or also multiprocessing's resource tracker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat and stat[1] == pid and stat[0] != "Z":
                if not workers_only or b"spawn_main" in _cmdline(int(entry.name)):
                    found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"  # a zombie has exited: only its parent has not reaped it


def _stat(pid: int) -> tuple[str, int] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = text.rsplit(")", 1)[1].split()[:2]
    return state, int(ppid)


def wait_for(condition, process: subprocess.Popen, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, f"the run ended before {what}: {process.stderr.read()}"
        assert time.monotonic() < deadline, f"no {what} after {seconds} s"
        time.sleep(0.05)


def lines_written(out: Path) -> int:
    partial = partial_path(out)
    return partial.read_bytes().count(b"\n") if partial.exists() else 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_killing_the_driver_ends_its_workers(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    process = start(folder, out)
    try:
        wait_for(lambda: len(children(process.pid)) >= 2, process, "two workers")
        workers = children(process.pid)
        wait_for(lambda: lines_written(out) > 0, process, "an output line")  # the workers are busy
    finally:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if alive(pid)] == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_worker_is_replaced_and_every_line_written(folder, tmp_path, reference):
    out = tmp_path / "out.jsonl"
    process = start(folder, out)
    try:
        wait_for(lambda: lines_written(out) > 0, process, "an output line")
        victim = children(process.pid)[0]
        os.kill(victim, signal.SIGKILL)  # as the OOM killer does
        _, stderr = process.communicate(timeout=300)
    finally:
        process.kill()
    assert process.returncode == 0, stderr  # no document failed
    assert len([line for line in stderr.splitlines() if "worker process died (killed by signal 9)" in line]) == 1
    assert out.read_bytes() == reference
    assert not alive(victim)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_run_says_how_to_resume_and_resume_completes_it(folder, tmp_path, reference, stop):
    out = tmp_path / "out.jsonl"
    process = start(folder, out)
    try:
        wait_for(lambda: lines_written(out) > 0, process, "an output line")
        helpers = children(process.pid, workers_only=False)  # the workers and the resource tracker
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 128 + stop
    said = [line for line in stderr.splitlines() if line.startswith("interrupted")]
    assert len(said) == 1 and "Traceback" not in stderr and "leaked" not in stderr, stderr
    written, total = map(int, INTERRUPTED.match(said[0]).groups())
    assert total == COUNT and 0 < written < COUNT
    kept = partial_path(out).read_bytes()
    assert kept.count(b"\n") == written and reference.startswith(kept)  # whole lines, in order
    assert not out.exists()
    deadline = time.monotonic() + 5  # the workers are joined before the driver exits; the tracker follows it
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in helpers if alive(pid)] == []

    result = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--resume", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == reference


class Crash:
    """Text that kills the worker that unpickles it, every time (a document that always brings its worker down)."""

    def __reduce__(self):
        return (os._exit, (9,))


def test_a_document_that_kills_every_worker_fails_alone_and_the_others_complete():
    from pressfacts.engines import process_local
    from pressfacts.inputs import Document

    documents = [Document(d["id"], d["text"]) for d in short_documents(5)]
    documents.insert(2, Document("crash", Crash()))
    told: list[str] = []
    pairs = list(process_local(documents, jobs=2, partition_size=3, notify=told.append))
    assert [d.doc_id for d, _ in pairs] == [d.doc_id for d in documents]
    failed = [d.doc_id for d, _ in pairs if d.failed]
    assert failed == ["crash"]
    assert pairs[2][1].warnings == ["processing failed: the worker process died on this document (exit status 9)"]
    assert all(result.warnings == [] for d, result in pairs if d.doc_id != "crash")
    assert any("run again" in line for line in told) and any("one at a time" in line for line in told)
