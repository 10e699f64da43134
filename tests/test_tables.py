"""Results as tables: row flattening, pandas frames and their dtypes, CSV and Parquet output."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest
from typer.testing import CliRunner

import pressfacts
from pressfacts.cli import app
from pressfacts.extras import MissingExtra
from pressfacts.schemas import Award, DateMention, DocumentResult, Metric, Official, PersonName, Quote, Role, Span
from pressfacts.tables import COLUMNS, GRANULARITY, KIND, RECORD_TABLES, TABLES, column_names, read_results, table_rows
from pressfacts.writers import INCOMPLETE, CsvTables, OutputError, ParquetTables, open_tables

from .conftest import ROOT, TEXTS

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

runner = CliRunner()

TEXT = (
    "В апреле 2020 года поступило более 240 тысяч обращений. Колл-центр расширен с 6 до 54 линий. "
    "Губернатор Денис Паслер, председатель правительства области, вручил Ивану Петрову диплом 1 степени 12 мая 2020 года."
    " «Работа с обращениями продолжится», — сказал Денис Паслер."
)


def span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span.of(TEXT, start, start + len(part))


def date(part: str, start: dt.date, end: dt.date, granularity: str) -> DateMention:
    return DateMention(span=span(part), start=start, end=end, granularity=granularity, year=start.year)


APRIL = date("апреле 2020 года", dt.date(2020, 4, 1), dt.date(2020, 4, 30), "month")
MAY_12 = date("12 мая 2020 года", dt.date(2020, 5, 12), dt.date(2020, 5, 12), "day")

METRIC_WITH_PERIOD = Metric(
    span=span("более 240 тысяч обращений"), value=240000, value_span=span("240 тысяч"), kind="count",
    unit="обращение", subject="обращения", qualifier="more_than", period=APRIL,
)
METRIC_WITHOUT_PERIOD = Metric(
    span=span("с 6 до 54 линий"), value=54, value_span=span("54"), kind="count", unit="линия", previous=6,
)
OFFICIAL_TWO_ROLES = Official(
    name=PersonName(full="Денис Паслер", last="Паслер", first="Денис"),
    name_span=span("Денис Паслер"),
    mentions=[span("Денис Паслер")],
    roles=[
        Role(position="губернатор", position_span=span("Губернатор")),
        Role(
            position="председатель правительства", position_span=span("председатель правительства"),
            organization="область", organization_span=span("области"),
        ),
    ],
)
AWARD_WITH_DATE = Award(
    span=span("вручил Ивану Петрову диплом 1 степени"), award="диплом 1 степени", rank=1,
    recipient="Иван Петров", recipient_span=span("Ивану Петрову"), recipient_kind="person", date=MAY_12,
)
QUOTE = Quote(
    span=span("«Работа с обращениями продолжится», — сказал Денис Паслер."), text="Работа с обращениями продолжится",
    text_span=span("Работа с обращениями продолжится"), kind="direct", speaker="Денис Паслер",
    speaker_span=span("Денис Паслер", TEXT.index("сказал")), speaker_official=0, verb="сказать", verb_span=span("сказал"),
)
RESULT = DocumentResult(
    doc_id="d1", source="d1.txt", published=MAY_12, published_from="text",
    metrics=[METRIC_WITH_PERIOD, METRIC_WITHOUT_PERIOD], officials=[OFFICIAL_TWO_ROLES], awards=[AWARD_WITH_DATE],
    dates=[APRIL, MAY_12], quotes=[QUOTE],
)
FAILED = DocumentResult(doc_id="gone", source="gone.txt", warnings=["no such file or directory"])


# --- rows ---------------------------------------------------------------------------------


def test_rows_have_exactly_the_documented_columns_in_order():
    rows = table_rows(RESULT)
    assert set(rows) == set(TABLES)
    for table, table_rows_ in rows.items():
        assert table_rows_, table
        for row in table_rows_:
            assert list(row) == column_names(table)
            assert row["doc_id"] == "d1"


@pytest.mark.parametrize(
    "record,expected",
    [
        (METRIC_WITH_PERIOD, {"text": "более 240 тысяч обращений", "value": 240000, "value_text": "240 тысяч",
                              "period_start": dt.date(2020, 4, 1), "period_end": dt.date(2020, 4, 30),
                              "period_granularity": "month", "period_text": "апреле 2020 года", "previous": None}),
        (METRIC_WITHOUT_PERIOD, {"value": 54, "previous": 6, "period_start": None, "period_end": None,
                                 "period_granularity": None, "period_text": None}),
    ],
)
def test_metric_rows(record, expected):
    row = table_rows(RESULT.model_copy(update={"metrics": [record]}))["metrics"][0]
    assert {k: row[k] for k in expected} == expected
    assert TEXT[row["start"] : row["end"]] == row["text"]
    assert TEXT[row["value_start"] : row["value_end"]] == row["value_text"]


def test_official_with_two_roles_flattens_the_first_and_lists_the_other():
    row = table_rows(RESULT)["officials"][0]
    assert (row["name_full"], row["name_last"], row["name_first"], row["name_middle"]) == ("Денис Паслер", "Паслер", "Денис", None)
    assert TEXT[row["name_start"] : row["name_end"]] == row["name_text"] == "Денис Паслер"
    assert (row["position"], row["position_text"], row["organization"], row["organization_start"]) == ("губернатор", "Губернатор", None, None)
    assert row["mention_count"] == 1 and row["role_count"] == 2
    assert row["other_roles"] == "председатель правительства (область)"


def test_official_without_roles():
    person = Official(name=PersonName(full="Денис Паслер"), name_span=span("Денис Паслер"))
    row = table_rows(RESULT.model_copy(update={"officials": [person]}))["officials"][0]
    assert (row["position"], row["position_start"], row["role_count"], row["other_roles"]) == (None, None, 0, None)


def test_award_date_flattens_like_a_period():
    row = table_rows(RESULT)["awards"][0]
    assert (row["rank"], row["recipient"], row["recipient_text"], row["recipient_kind"]) == (1, "Иван Петров", "Ивану Петрову", "person")
    assert (row["date_start"], row["date_end"], row["date_granularity"], row["date_text"]) == (
        dt.date(2020, 5, 12), dt.date(2020, 5, 12), "day", "12 мая 2020 года",
    )


def test_date_rows_keep_offsets_and_days_apart():
    row = table_rows(RESULT)["dates"][0]
    assert TEXT[row["start"] : row["end"]] == row["text"] == "апреле 2020 года"
    assert (row["date_start"], row["date_end"], row["granularity"], row["year"]) == (dt.date(2020, 4, 1), dt.date(2020, 4, 30), "month", 2020)


@pytest.mark.parametrize(
    "result,expected",
    [
        (RESULT, {"published": dt.date(2020, 5, 12), "published_from": "text", "metric_count": 2, "official_count": 1,
                  "award_count": 1, "date_count": 2, "warnings": None}),
        (FAILED, {"published": None, "metric_count": 0, "official_count": 0, "warnings": "no such file or directory"}),
        (DocumentResult(doc_id="w", warnings=["a", "b"]), {"warnings": "a; b"}),
    ],
)
def test_document_rows(result, expected):
    rows = table_rows(result)
    assert len(rows["documents"]) == 1
    row = rows["documents"][0]
    assert {k: row[k] for k in expected} == expected


# --- frames -------------------------------------------------------------------------------

DTYPES = [
    ("documents", "published", "datetime64[s]"),
    ("documents", "published_from", "category"),
    ("documents", "metric_count", "Int64"),
    ("documents", "warnings", "string"),
    ("metrics", "start", "Int64"),
    ("metrics", "value", "float64"),
    ("metrics", "previous", "float64"),
    ("metrics", "kind", "category"),
    ("metrics", "qualifier", "category"),
    ("metrics", "change", "bool"),
    ("metrics", "period_start", "datetime64[s]"),
    ("metrics", "period_granularity", "category"),
    ("officials", "mention_count", "Int64"),
    ("officials", "other_roles", "string"),
    ("awards", "rank", "Int64"),
    ("awards", "recipient_kind", "category"),
    ("awards", "date_end", "datetime64[s]"),
    ("dates", "granularity", "category"),
    ("dates", "year", "Int64"),
    ("dates", "relative", "bool"),
]


@pytest.mark.parametrize("table,column,dtype", DTYPES)
@pytest.mark.parametrize("results", [[RESULT, FAILED], []], ids=["records", "empty"])
def test_to_frames_dtypes(results, table, column, dtype):
    frames = pressfacts.to_frames(results)
    assert str(frames[table][column].dtype) == dtype


def test_to_frames_values_and_categories():
    frames = pressfacts.to_frames([RESULT, FAILED])
    assert {t: len(f) for t, f in frames.items()} == {"documents": 2, "metrics": 2, "officials": 1, "awards": 1, "dates": 2,
                                                      "quotes": 1}
    assert frames["quotes"]["speaker"].tolist() == ["Денис Паслер"] and frames["quotes"]["speaker_official"].tolist() == [0]
    metrics = frames["metrics"]
    assert metrics["value"].tolist() == [240000.0, 54.0]
    assert metrics["previous"].isna().tolist() == [True, False]
    assert metrics["period_start"].iloc[0] == pd.Timestamp("2020-04-01") and pd.isna(metrics["period_start"].iloc[1])
    assert list(metrics["kind"].cat.categories) == list(KIND)
    assert list(frames["dates"]["granularity"].cat.categories) == list(GRANULARITY)
    assert frames["awards"]["rank"].tolist() == [1]
    assert frames["documents"]["doc_id"].tolist() == ["d1", "gone"]


def test_empty_results_give_empty_tables_with_every_column():
    frames = pressfacts.to_frames([])
    assert list(frames) == list(TABLES)
    for table, frame in frames.items():
        assert frame.empty and list(frame.columns) == column_names(table)


def test_to_frames_reads_dicts_and_json_lines():
    line = RESULT.to_json()
    frames = pressfacts.to_frames([line, json.loads(line), line.encode()])
    assert frames["documents"]["doc_id"].tolist() == ["d1"] * 3
    assert len(frames["metrics"]) == 6


def test_to_frames_names_the_extra_when_pandas_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=r'pip install "pressfacts\[parquet\]"'):
        pressfacts.to_frames([RESULT])


def test_read_results_streams_a_file_and_names_a_bad_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(RESULT.to_json() + "\n\n" + FAILED.to_json() + "\n", encoding="utf-8")
    assert [r.doc_id for r in read_results(path)] == ["d1", "gone"]
    path.write_text(RESULT.to_json() + "\n{not json\n", encoding="utf-8")
    results = read_results(path)
    assert next(results).doc_id == "d1"
    with pytest.raises(ValueError, match=r"out\.jsonl:2: not a pressfacts result"):
        next(results)


# --- writers ------------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [CsvTables, ParquetTables])
def test_files_are_incomplete_until_the_run_completes(tmp_path, writer):
    with writer(tmp_path) as tables:
        tables.write(RESULT)
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names and all(name.endswith(INCOMPLETE) for name in names)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.{writer.suffix}" for t in TABLES)


@pytest.mark.parametrize("writer", [CsvTables, ParquetTables])
def test_an_interrupted_run_leaves_no_table_file(tmp_path, writer):
    with pytest.raises(KeyboardInterrupt), writer(tmp_path) as tables:
        tables.write(RESULT)
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_parquet_row_groups_and_empty_tables_keep_their_schema(tmp_path):
    with ParquetTables(tmp_path, row_group_size=2) as tables:
        for _ in range(3):
            tables.write(RESULT.model_copy(update={"awards": []}))
    metrics = pq.ParquetFile(tmp_path / "metrics.parquet")
    assert metrics.metadata.num_rows == 6 and metrics.metadata.num_row_groups == 3
    awards = pd.read_parquet(tmp_path / "awards.parquet")
    assert awards.empty and list(awards.columns) == column_names("awards")
    assert str(awards["rank"].dtype) == "Int64" and str(awards["recipient_kind"].dtype) == "category"
    assert str(pq.read_schema(tmp_path / "awards.parquet").field("date_start").type) == "date32[day]"


@pytest.mark.parametrize(
    "format,out,bom,message",
    [
        ("csv", None, False, "needs --out DIR"),
        ("parquet", "out.parquet", False, "not a file name like"),
        ("csv", "a_file", False, "is a file"),
        ("parquet", "dir", True, "--bom applies to --format csv only"),
        ("jsonl", "dir", False, "not a table format"),
    ],
)
def test_open_tables_refuses_bad_use(tmp_path, format, out, bom, message):
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(OutputError, match=message):
        open_tables(format, out and tmp_path / out, bom=bom)


@pytest.mark.parametrize("format,out", [("csv", "dir"), ("parquet", "dir")])
def test_open_tables_accepts_a_directory(tmp_path, format, out):
    assert open_tables(format, tmp_path / out).directory == tmp_path / out


# --- the command --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jsonl_lines(tmp_path_factory):
    out = tmp_path_factory.mktemp("jsonl") / "out.jsonl"
    result = runner.invoke(app, ["extract", str(TEXTS), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def counts(lines: list[dict]) -> dict[str, int]:
    return {"documents": len(lines), **{t: sum(len(line[t]) for line in lines) for t in RECORD_TABLES}}


def test_extract_parquet_gives_one_row_per_record(tmp_path, jsonl_lines):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(TEXTS), "--format", "parquet", "--out", f"{out}/", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    frames = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}
    assert {t: len(f) for t, f in frames.items()} == counts(jsonl_lines)
    assert all(list(frames[t].columns) == column_names(t) for t in TABLES)
    metrics = frames["metrics"]
    assert metrics["value"].tolist() == [m["value"] for line in jsonl_lines for m in line["metrics"]]
    assert metrics["text"].tolist() == [m["span"]["text"] for line in jsonl_lines for m in line["metrics"]]
    assert frames["documents"]["doc_id"].tolist() == [line["doc_id"] for line in jsonl_lines]


@pytest.mark.parametrize("bom", [True, False])
def test_extract_csv_gives_one_row_per_record(tmp_path, jsonl_lines, bom):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(TEXTS), "--format", "csv", "--out", str(out), "--jobs", "1", *(["--bom"] if bom else [])])
    assert result.exit_code == 0, result.output
    for table in TABLES:
        assert (out / f"{table}.csv").read_bytes().startswith(b"\xef\xbb\xbf") is bom
    frames = {t: pd.read_csv(out / f"{t}.csv", encoding="utf-8-sig") for t in TABLES}
    assert {t: len(f) for t, f in frames.items()} == counts(jsonl_lines)
    assert all(list(frames[t].columns) == column_names(t) for t in TABLES)
    assert frames["officials"]["name_full"].tolist() == [o["name"]["full"] for line in jsonl_lines for o in line["officials"]]


def test_a_failed_document_still_gets_its_documents_row(tmp_path):
    out = tmp_path / "out"
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing), str(TEXTS / "004_add48beae54fc4ec.txt"), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 1
    documents = pd.read_csv(out / "documents.csv")
    assert documents["doc_id"].tolist() == ["nope", "004_add48beae54fc4ec"]
    assert documents["warnings"].tolist()[0] == "no such file or directory"
    assert documents["metric_count"].tolist()[0] == 0


@pytest.mark.parametrize(
    "args,message",
    [
        (["--format", "csv"], "needs --out DIR"),
        (["--format", "parquet", "--out", "out.parquet"], "not a file name like"),
        (["--bom", "--out", "dir"], "--bom applies to --format csv only"),
        (["--format", "csv", "--out", "dir", "--resume"], "--resume applies to --format jsonl only"),
    ],
)
def test_extract_tables_usage_errors_are_one_line(tmp_path, args, message):
    args = [str(tmp_path / a) if a in ("dir", "out.parquet") else a for a in args]
    result = runner.invoke(app, ["extract", str(TEXTS / "004_add48beae54fc4ec.txt"), *args])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and message in result.stderr


def test_extract_parquet_names_the_extra_when_pyarrow_is_missing(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = runner.invoke(app, ["extract", str(TEXTS), "--format", "parquet", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == 'error: parquet output needs pyarrow: pip install "pressfacts[parquet]"'
    assert not (tmp_path / "out").exists()


def test_the_readme_documents_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Tables, pandas", 1)[1].split("\n## ", 1)[0]
    for table, columns in COLUMNS.items():
        missing = [name for name, _ in columns if f"`{name}`" not in section]
        assert not missing, (table, missing)
