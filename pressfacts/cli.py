"""The ``pressfacts`` command: thin wrappers that parse arguments, call the library, print."""

from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager
from importlib.metadata import version
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import evaluation
from .api import BATCH_SIZE, process
from .chunking import MAX_CHARS
from .engines import default_jobs, process_local
from .cli_help import PlainHelpCommand, PlainHelpGroup
from .inputs import Document, InputError, count_documents, parse_date, read_inputs
from .output import ResumeError, committed, parts_path, resume_from, skip_done
from .report import TOP_UNITS, write_report
from .console import result_tables, score_tables
from .report.loading import looks_like_results, read_results
from .schemas import DocumentResult, json_schema
from .extras import MissingExtra
from .writers import OutputError, TableFiles, open_tables

app = typer.Typer(
    cls=PlainHelpGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


def _print_version(value: bool) -> None:
    if value:
        print(f"pressfacts {version('pressfacts')}")
        raise typer.Exit()


@app.callback()
def options(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Metrics, officials, awards and dates from Russian government press releases.

    \b
    Example:
      pressfacts extract crawl/ --out out.jsonl && pressfacts report out.jsonl
    """


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class InputFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    text = "text"
    html = "html"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _published_option(value: Optional[str]) -> Optional[str]:
    if value is not None:
        try:
            parse_date(value)
        except InputError as error:
            raise typer.BadParameter(str(error)) from None
    return value


def _warn(message: str) -> None:
    err.print(f"warning: {message}", markup=False, soft_wrap=True)  # one line, whatever the width


def run_extract(
    inputs: list[str], out, published: str | None, *, jobs: int = 1, engine: str = "local",
    scheduler: str | None = None, parts_dir: Path | None = None, partial: Path | None = None,
    tables: TableFiles | None = None,  # --format csv|parquet: the rows of each result go there too
    max_chars: int = MAX_CHARS,  # a longer document is processed in chunks (pressfacts.chunking)
    include_text: bool = False,  # --include-text: each line carries its document's text
    input_format: str = "auto",  # how standard input is read (pressfacts.inputs.read_stdin)
) -> tuple[int, int]:
    """Write one JSON line per input document to ``out`` (None: the engine writes part files); return (documents, failed).

    With ``partial`` (--resume), documents whose lines that file already holds are not run again.
    """
    default = parse_date(published) if published else None

    def documents():
        for doc in read_inputs(inputs, input_format=input_format, warn=_warn):
            if doc.published is None:
                doc.published = default
            yield doc

    done = failed = 0
    total = count_documents(inputs, input_format)
    if total is not None and total <= BATCH_SIZE:
        jobs = 1  # workers would cost more to start than they save
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal or total == 1,
    ) as progress, _engine(engine, jobs, scheduler, parts_dir, max_chars, include_text) as run:
        task = progress.add_task("extracting", total=total)
        pairs = run(documents()) if partial is None else skip_done(partial, documents(), run, include_text=include_text)
        try:
            for document, result in pairs:  # result None: already in the partial output
                if out is not None and result is not None:
                    out.write(result.to_json(include_text=include_text) + "\n")
                if tables is not None and result is not None:
                    tables.write(result)
                done += 1
                failed += _report(document)
                progress.advance(task)
        except KeyboardInterrupt:
            raise Stopped(done, total, signal.SIGINT) from None
        except _Terminated:
            raise Stopped(done, total, signal.SIGTERM) from None
        finally:
            pairs.close()  # the engine ends its workers now, not when the generator is collected
    return done, failed


@contextmanager
def _engine(
    engine: str, jobs: int, scheduler: str | None, parts_dir: Path | None, max_chars: int = MAX_CHARS, include_text: bool = False
):
    """A function from documents to (document, result) pairs, in input order."""
    if engine == "local":
        yield lambda documents: process_local(documents, jobs=jobs, max_chars=max_chars, notify=_warn)
        return
    try:
        from . import on_dask  # an optional extra: pip install "pressfacts[dask]"
    except ImportError:
        raise typer.BadParameter('the dask engine needs the extra: pip install "pressfacts[dask]"') from None
    with on_dask.connect(scheduler, jobs) as client:
        yield lambda documents: on_dask.process_dask(
            documents, client=client, parts_dir=parts_dir, max_chars=max_chars, include_text=include_text
        )


def _report(document: Document) -> int:
    """Print a document's problems on standard error, one line each; 1 if it failed."""
    where = document.source or document.doc_id
    for warning in document.warnings:
        level = "error" if document.failed else "warning"
        err.print(f"{level}: {where}: {warning}", markup=False, soft_wrap=True)  # one line, however long
    return int(document.failed)


class Stopped(Exception):
    """A run ended by SIGINT or SIGTERM, after ``written`` of ``total`` documents."""

    def __init__(self, written: int, total: int | None, signal_number: int) -> None:
        super().__init__(written, total, signal_number)
        self.written, self.total, self.signal_number = written, total, signal_number


class _Terminated(Exception):
    """SIGTERM, raised in the main thread like KeyboardInterrupt for SIGINT."""


@contextmanager
def _stop_cleanly_on_sigterm():
    """SIGTERM unwinds the run as Ctrl-C does: workers ended, the partial file closed and kept."""
    def terminate(signal_number, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        raise _Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (an embedding program): its own handling stays
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _one_line_io_errors():
    """An output that cannot be written (no room, no permission, a folder where a file goes):
    one line on standard error and exit status 1, not a traceback."""
    try:
        yield
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        err.print(f"error: {where}{error.strerror or error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _say_stopped(stopped: Stopped, out: Path | None, resumable: bool) -> None:
    of = f" of {stopped.total}" if stopped.total is not None else ""
    line = f"interrupted: {stopped.written}{of} documents written"
    if resumable:
        line += "; run the same command with --resume"
    elif out is not None:
        line += f"; nothing was put in {out}"
    err.print(line, markup=False, soft_wrap=True)
    raise typer.Exit(128 + stopped.signal_number)


@app.command(cls=PlainHelpCommand)
def extract(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUTS", show_default=False,
        help="Files (.txt, .html, .htm, .jsonl), folders (read recursively), or - for standard input.")],
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", metavar="FILE",
        help="Write JSON Lines here instead of standard output (a folder with --format csv|parquet). Missing folders are created.")] = None,
    published: Annotated[Optional[str], typer.Option(
        metavar="DATE", callback=_published_option,
        help="Publication date (2023-01-16 or 16.01.2023) for documents that do not give one.")] = None,
    input_format: Annotated[InputFormat, typer.Option(
        "--input-format", metavar="auto|jsonl|text|html",
        help="How standard input is read: JSON Lines, or one text or web page; auto: JSON Lines if it starts with {.")
    ] = InputFormat.auto,
    jobs: Annotated[int, typer.Option(metavar="N", min=1, help="Worker processes (default: the number of cores).")] = default_jobs(),
    engine: Annotated[Engine, typer.Option(
        metavar="local|dask", help="local processes, or a Dask cluster (pip install pressfacts\\[dask]).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        metavar="ADDRESS", help="Dask scheduler address; none starts a local cluster.")] = None,
    max_chars: Annotated[int, typer.Option(
        "--max-chars", metavar="N", min=1, help="A longer document is processed in chunks cut at paragraph or sentence breaks.")
    ] = MAX_CHARS,
    resume: Annotated[bool, typer.Option(
        "--resume",
        help="Continue an interrupted --out FILE run from FILE.partial: its lines for unchanged documents "
        "(same id, same text) are kept, the rest is run. No partial file: a full run. FILE complete: an error.")] = False,
    format_: Annotated[OutputFormat, typer.Option(
        "--format", metavar="jsonl|csv|parquet",
        help="jsonl: one line per document; csv, parquet: one file per table in --out DIR.")] = OutputFormat.jsonl,
    excel: Annotated[bool, typer.Option(
        "--excel", help="CSV for Excel in a Russian locale: ; between cells, decimal comma, BOM (implies --format csv).")] = False,
    bom: Annotated[bool, typer.Option("--bom", help="CSV: start each file with a UTF-8 BOM, so that Excel reads Cyrillic.")] = False,
    include_text: Annotated[bool, typer.Option(
        "--include-text", help="Write each document's text into its line, so that every span can be checked.")] = False,
) -> None:
    """Extract records from INPUTS: one JSON line per document, in input order.

    With --out FILE, lines go to FILE.partial, renamed to FILE when the run is complete;
    Ctrl-C or SIGTERM keeps FILE.partial, and --resume continues it.

    \b
    Example:
      pressfacts extract crawl/ --out out.jsonl        a folder of .txt, .html and .jsonl files
    """
    if excel and format_ is OutputFormat.jsonl:
        format_ = OutputFormat.csv
    options = {
        "jobs": jobs, "engine": engine.value, "scheduler": scheduler, "max_chars": max_chars,
        "include_text": include_text, "input_format": input_format.value,
    }
    if format_ is OutputFormat.jsonl and not bom and out is not None and out.is_dir():
        _usage_error(f"--out {out} is a folder: give a file name (out.jsonl), or --format csv|parquet for one file per table")
    with _one_line_io_errors():
        if format_ is not OutputFormat.jsonl or bom:
            _extract_tables(inputs, out, published, format_.value, bom=bom, excel=excel, resume=resume, **options)
        if resume:
            try:
                options["partial"] = resume_from(out)
            except ResumeError as error:
                _usage_error(str(error))
        try:
            with _stop_cleanly_on_sigterm():
                done, failed = _extract_jsonl(inputs, out, published, resume=resume, **options)
        except Stopped as stopped:
            _say_stopped(stopped, out, resumable=out is not None and engine is Engine.local)
    err.print(f"pressfacts: {done} documents, {failed} failed" + (f" -> {out}" if out else ""), markup=False)
    raise typer.Exit(1 if failed else 0)


def _extract_jsonl(inputs: list[str], out: Path | None, published: str | None, *, resume: bool, **options) -> tuple[int, int]:
    if out is None:
        sys.stdout.reconfigure(encoding="utf-8")
        return run_extract(inputs, sys.stdout, published, **options)
    out.parent.mkdir(parents=True, exist_ok=True)
    if options["engine"] == Engine.dask.value:
        # one part file per partition, merged in input order when the run is complete
        parts = parts_path(out)
        done, failed = run_extract(inputs, None, published, parts_dir=parts, **options)
        from .on_dask import merge_parts
        merge_parts(parts, out, append=resume)
        return done, failed
    with committed(out, append=resume) as handle:  # FILE.partial, renamed to FILE when the run is complete
        return run_extract(inputs, handle, published, **options)


def _extract_tables(
    inputs: list[str], out: Path | None, published: str | None, format: str, *, bom: bool, excel: bool, resume: bool,
    **options,
) -> None:
    """--format csv|parquet: one file per table in the directory ``out``, put in place when the run completes."""
    try:
        if resume:
            raise OutputError("--resume applies to --format jsonl only")
        tables = open_tables(format, out, bom=bom, excel=excel)
    except (OutputError, MissingExtra) as error:
        _usage_error(str(error))
    try:
        with _stop_cleanly_on_sigterm(), tables:
            done, failed = run_extract(inputs, None, published, tables=tables, **options)
    except Stopped as stopped:
        _say_stopped(stopped, out, resumable=False)
    err.print(f"pressfacts: {done} documents, {failed} failed -> {out}", markup=False)
    raise typer.Exit(1 if failed else 0)


@app.command(cls=PlainHelpCommand)
def schema() -> None:
    """Print the JSON Schema of one output line.

    \b
    Example:
      pressfacts schema > line.schema.json
    """
    sys.stdout.reconfigure(encoding="utf-8")
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command(cls=PlainHelpCommand)
def show(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUTS", show_default=False,
        help="A results file written by extract (read as it is), or texts to run: .txt, .html, .jsonl, folders, - for stdin.")],
    doc: Annotated[Optional[list[str]], typer.Option(
        "--doc", metavar="ID", help="Show this document only (its doc_id); repeat it for several. Default: all.")] = None,
    published: Annotated[Optional[str], typer.Option(
        metavar="DATE", callback=_published_option, help="Publication date for texts that do not give one.")] = None,
) -> None:
    """Print the records of documents as tables, for a person to read.

    \b
    Example:
      pressfacts show out.jsonl --doc 2023/01/a     one document of a results file
    """
    wanted = list(dict.fromkeys(doc or []))
    failed = 0
    with _one_line_io_errors():
        results, failed = _results_to_show(inputs, published)
        shown = [result for result in results if not wanted or result.doc_id in wanted]
    found = {result.doc_id for result in shown}
    for missing in (doc_id for doc_id in wanted if doc_id not in found):
        err.print(f"error: no document {missing!r} in {' '.join(inputs)}", markup=False, soft_wrap=True)
        failed += 1
    console = Console()
    for result in shown:
        for table in result_tables(result):
            console.print(table)
    raise typer.Exit(1 if failed else 0)


def _results_to_show(inputs: list[str], published: str | None) -> tuple[list[DocumentResult], int]:
    """The results of ``inputs``: results files read as they are, the other inputs run; and how many failed."""
    results, failed, texts = [], 0, []
    for name in inputs:
        if name != "-" and looks_like_results(Path(name)):
            outcome = read_results(Path(name))
            for line in outcome.skipped:
                err.print(f"error: {name}: {line} (skipped)", markup=False, soft_wrap=True)
            results += outcome.documents
            failed += len(outcome.skipped)
        else:
            texts.append(name)
    default = parse_date(published) if published else None
    documents = list(read_inputs(texts, warn=_warn))
    for document in documents:
        document.published = document.published or default
    for document, result in process(documents):
        results.append(result)
        failed += _report(document)
    return results, failed


@app.command("eval", cls=PlainHelpCommand)
def eval_(
    corpus: Annotated[Optional[Path], typer.Argument(
        help="A corpus folder: the sample corpus (gold/ and texts/), a gold folder, or the genre corpus (gold.json).")] = None,
    split: Annotated[Optional[list[str]], typer.Option(
        metavar="dev|check|all", help="Genre corpus: score this split, dev (default), check or all; repeat it for several.")] = None,
    errors: Annotated[bool, typer.Option(
        "--errors", help="Print every miss, false record and wrong field (not for the check split).")] = False,
    pred: Annotated[Optional[Path], typer.Option(metavar="FILE", help="Score this JSONL output instead of running the pipeline.")] = None,
    factrueval: Annotated[Optional[Path], typer.Option(metavar="DIR", help="Score officials on the factRuEval-2016 folder.")] = None,
    fail_under: Annotated[Optional[Path], typer.Option(metavar="FILE", help="Exit 1 when a score falls below this scores.json.")] = None,
    update_scores: Annotated[bool, typer.Option(
        help="Raise the --fail-under file's scores to the new ones where higher (never lowers them).")] = False,
    update_snapshot: Annotated[bool, typer.Option(help="Accept the current output as the corpus snapshot.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the pipeline against gold records: precision, recall, F1 and per-field accuracy.

    \b
    Examples:
    pressfacts eval corpus/                                   the sample corpus (and its output snapshot)
    pressfacts eval ../shared/genre-dev                       the genre corpus, dev split
    pressfacts eval ../shared/genre-dev --split check --json  the check split: look at its scores only
    pressfacts eval --factrueval ../shared/factrueval-2016-dev
    """
    if corpus is None and factrueval is None:
        raise typer.BadParameter("give a corpus folder, --factrueval DIR, or both")
    for path in (corpus, factrueval, pred, fail_under):
        if path is not None and not path.exists():
            raise typer.BadParameter(f"no such file or directory: {path}")
    genre = corpus is not None and evaluation.is_genre_corpus(corpus)
    splits = list(dict.fromkeys(split or ["dev"]))
    if split and not genre:
        raise typer.BadParameter("--split is for a corpus with gold.json (the genre corpus)")
    for name in splits:
        if name not in evaluation.SPLITS:
            raise typer.BadParameter(f"unknown split {name!r}: use one of {', '.join(evaluation.SPLITS)}")
    if errors and genre and splits != ["dev"]:
        _usage_error("--errors is for the dev split alone: on the check split look at the scores only")
    if update_scores and fail_under is None:
        _usage_error("--update-scores needs --fail-under FILE: the scores it raises")
    predictions = evaluation.read_predictions(pred) if pred else None
    report, failures, found = {}, [], []
    accepted = json.loads(fail_under.read_text(encoding="utf-8")) if fail_under else {}
    if corpus is not None:
        try:
            if genre and predictions is None:  # one run of the pipeline for every split asked for
                predictions = evaluation.predict_genre(corpus, "all" if len(splits) > 1 else splits[0])
            for name in splits if genre else [None]:
                outcome = evaluation.evaluate(corpus, predictions, split=name or "dev", errors=found if errors else None)
                key = f"{corpus.resolve().name}/{name}" if genre else "corpus"
                report[key] = outcome["scores"]
                failures += [f"{key} {line}" for line in evaluation.failures_under(outcome["scores"], accepted.get(key, {}))]
        except evaluation.GoldError as error:
            _usage_error(str(error))
        differences = outcome["snapshot_differences"]
        if update_snapshot and not genre:
            path = evaluation.write_snapshot(corpus, outcome["predictions"])
            err.print(f"snapshot written: {path}", markup=False)
        elif differences:
            err.print(f"snapshot: {len(differences)} differences from the accepted output", markup=False)
            for line in differences[:20]:
                err.print(f"  {line}", markup=False)
    if factrueval is not None:
        scores = evaluation.evaluate_factrueval_folder(factrueval, predictions if corpus is None else None)
        report["factrueval"] = scores
        failures += [f"factrueval {line}" for line in evaluation.failures_under(scores, accepted.get("factrueval", {}))]
    if errors:
        for line in evaluation.error_lines(found):
            print(line, file=sys.stderr if as_json else sys.stdout)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        console = Console()
        for name, scores in report.items():
            for table in score_tables(name, scores):
                console.print(table)
    for line in failures:
        err.print(f"regression: {line}", markup=False)
    if update_scores and not failures:
        raised = {**accepted, **{key: evaluation.raise_floors(accepted.get(key, {}), scores) for key, scores in report.items()}}
        if raised != accepted:
            fail_under.write_text(json.dumps(raised, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            err.print(f"accepted scores raised: {fail_under}", markup=False)
    raise typer.Exit(1 if failures else 0)


def _usage_error(message: str) -> None:
    """One line on standard error, exit status 2."""
    err.print(f"error: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(2)


@app.command(cls=PlainHelpCommand)
def report(
    results: Annotated[Path, typer.Argument(
        metavar="RESULTS", help="A results file written by pressfacts extract (JSON Lines).", exists=True, dir_okay=False)],
    html: Annotated[Optional[Path], typer.Option(
        "--html", metavar="FILE", help="Write the page here (default: RESULTS with .html).")] = None,
    top: Annotated[int, typer.Option(metavar="N", min=1, help="Chart this many of the most frequent pairs of a metric unit and subject (or kind).")] = TOP_UNITS,
) -> None:
    """Write one static HTML page about RESULTS: totals, metrics over time, officials, awards, each document.

    \b
    Example:
      pressfacts report out.jsonl --html report.html
    """
    html = html or results.with_suffix(".html")
    try:
        outcome = write_report(results, html, top=top)
    except OSError as error:
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    for line in outcome.skipped:
        err.print(f"error: {results}: {line} (skipped)", markup=False, soft_wrap=True)  # one line, however long
    skipped = f", {len(outcome.skipped)} lines skipped" if outcome.skipped else ""
    err.print(f"pressfacts: {len(outcome.documents)} documents{skipped} -> {html}", markup=False)
    raise typer.Exit(1 if outcome.skipped else 0)


def main() -> None:
    app(prog_name="pressfacts")  # also under python -m pressfacts


if __name__ == "__main__":
    main()
