"""Results written as tables: one CSV or Parquet file per table of ``pressfacts.tables`` in a directory.

Both writers stream: each result's rows are appended as it comes (Parquet buffers one row group
per table). Each file is written as ``DIR/<table>.<format>.incomplete`` and renamed into place
only when the run completes, so an interrupted run never leaves a file that looks complete.

    with open_tables("csv", Path("out")) as tables:
        for result in pressfacts.extract_many(texts):
            tables.write(result)
"""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path

from .extras import MissingExtra, require
from .frames import empty_frame
from .schemas import DocumentResult
from .tables import BOOL, COLUMNS, DATE, FLOAT, INT, STR, TABLES, ColumnType, column_names, table_rows

FORMATS = ("jsonl", "csv", "parquet")
TABLE_FORMATS = ("csv", "parquet")
ROW_GROUP_SIZE = 4096  # rows per Parquet row group: a few MB of memory per table at most
INCOMPLETE = ".incomplete"


class OutputError(ValueError):
    """An output that cannot be written as asked (a file where a directory is needed)."""


class TableFiles:
    """One file per table in a directory. Use as a context manager and ``write`` each result."""

    suffix = ""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.paths = {table: self.directory / f"{table}.{self.suffix}" for table in TABLES}

    def temporary(self, table: str) -> Path:
        return self.paths[table].with_name(self.paths[table].name + INCOMPLETE)

    def __enter__(self) -> TableFiles:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.open()
        return self

    def __exit__(self, kind, error, traceback) -> None:
        complete = kind is None
        self.close(complete)
        for table, path in self.paths.items():
            if complete:
                os.replace(self.temporary(table), path)
            else:
                self.temporary(table).unlink(missing_ok=True)

    def write(self, result: DocumentResult) -> None:
        for table, rows in table_rows(result).items():
            if rows:
                self.append(table, rows)

    def open(self) -> None:
        raise NotImplementedError

    def append(self, table: str, rows: list[dict]) -> None:
        raise NotImplementedError

    def close(self, complete: bool) -> None:
        raise NotImplementedError


def plain_number(value: float, decimal: str = ".") -> str:
    """A number as people write it: no exponent, no trailing ".0"; ``decimal`` "," for Russian Excel.

    >>> plain_number(1e6), plain_number(2.5, ","), plain_number(1e-05), plain_number(1.5e16)
    ('1000000', '2,5', '0.00001', '15000000000000000')
    """
    if value == int(value):
        return str(int(value))
    return f"{Decimal(repr(value)):f}".replace(".", decimal)


class CsvTables(TableFiles):
    """UTF-8 CSV with a header; ``bom=True`` starts each file with a BOM so that Excel reads Cyrillic right.

    ``excel=True`` writes what Excel in a Russian locale opens by a double click: ";" between
    cells, a decimal comma, and the BOM.
    """

    suffix = "csv"

    def __init__(self, directory: Path, *, bom: bool = False, excel: bool = False) -> None:
        super().__init__(directory)
        self.encoding = "utf-8-sig" if bom or excel else "utf-8"
        self.delimiter, self.decimal = (";", ",") if excel else (",", ".")

    def open(self) -> None:
        self.handles = {table: self.temporary(table).open("w", encoding=self.encoding, newline="") for table in TABLES}
        self.writers = {table: csv.writer(handle, delimiter=self.delimiter) for table, handle in self.handles.items()}
        for table, writer in self.writers.items():
            writer.writerow(column_names(table))

    def append(self, table: str, rows: list[dict]) -> None:
        # dates print as ISO (2020-04-01), None as an empty cell, numbers without an exponent
        self.writers[table].writerows([self.cell(value) for value in row.values()] for row in rows)

    def cell(self, value):
        if isinstance(value, float) and value == value and abs(value) != float("inf"):
            return plain_number(value, self.decimal)
        return value

    def close(self, complete: bool) -> None:
        for handle in self.handles.values():
            handle.close()


class ParquetTables(TableFiles):
    """Parquet through pyarrow, row groups of ``row_group_size`` rows, with the tables' explicit schema."""

    suffix = "parquet"

    def __init__(self, directory: Path, *, row_group_size: int = ROW_GROUP_SIZE) -> None:
        super().__init__(directory)
        self.pa = require("pyarrow", "parquet output")
        self.pq = require("pyarrow.parquet", "parquet output")
        self.row_group_size = row_group_size

    def open(self) -> None:
        self.schemas = {table: arrow_schema(table) for table in TABLES}
        self.writers = {table: self.pq.ParquetWriter(self.temporary(table), self.schemas[table]) for table in TABLES}
        self.buffers: dict[str, list[dict]] = {table: [] for table in TABLES}

    def append(self, table: str, rows: list[dict]) -> None:
        buffer = self.buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.row_group_size:
            self.flush(table)

    def flush(self, table: str) -> None:
        buffer = self.buffers[table]
        if buffer:
            self.writers[table].write_table(self.pa.Table.from_pylist(buffer, schema=self.schemas[table]))
            buffer.clear()

    def close(self, complete: bool) -> None:
        for table, writer in self.writers.items():
            if complete:
                self.flush(table)
            writer.close()  # with no row group written, the file still has the schema


def arrow_type(kind: ColumnType):
    pa = require("pyarrow", "parquet output")
    if isinstance(kind, tuple):
        return pa.dictionary(pa.int32(), pa.string())  # read by pandas as a category
    return {STR: pa.string(), INT: pa.int64(), FLOAT: pa.float64(), DATE: pa.date32(), BOOL: pa.bool_()}[kind]


def arrow_schema(table: str):
    """The Parquet schema of ``table``, from its documented columns.

    When pandas is installed, the schema also carries pandas' metadata, so that
    ``pandas.read_parquet`` gives nullable Int64 and string columns as ``to_frames`` does.
    """
    pa = require("pyarrow", "parquet output")
    schema = pa.schema([(name, arrow_type(kind)) for name, kind in COLUMNS[table]])
    try:
        metadata = pa.Schema.from_pandas(empty_frame(table), preserve_index=False).metadata
    except MissingExtra:  # no pandas: the file is complete without its metadata
        return schema
    return schema.with_metadata(metadata)


def open_tables(format: str, out: Path | None, *, bom: bool = False, excel: bool = False) -> TableFiles:
    """The writer of ``format`` ("csv" or "parquet") into the directory ``out``; one-line errors for bad use."""
    if bom and format != "csv":
        raise OutputError("--bom applies to --format csv only")
    if excel and format != "csv":
        raise OutputError("--excel applies to --format csv only")
    if format not in TABLE_FORMATS:
        raise OutputError(f"not a table format: {format} (one of {', '.join(TABLE_FORMATS)})")
    if out is None:
        raise OutputError(f"--format {format} needs --out DIR: it writes one file per table")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--format {format} needs --out DIR, and {out} is a file")
    if not out.exists() and out.suffix in {".csv", ".parquet", ".jsonl"}:
        raise OutputError(f"--format {format} needs --out DIR (one file per table), not a file name like {out}")
    return CsvTables(out, bom=bom, excel=excel) if format == "csv" else ParquetTables(out)
