"""Results as pandas DataFrames: ``to_frames(results)``, one frame per table of ``pressfacts.tables``.

pandas is an optional extra (``pip install "pressfacts[parquet]"``), imported when first needed.
"""

from __future__ import annotations

from collections.abc import Iterable

from .extras import require
from .schemas import DocumentResult
from .tables import BOOL, COLUMNS, DATE, FLOAT, INT, STR, TABLES, ColumnType, column_names, iter_table_rows


def pandas_dtype(kind: ColumnType):
    """The pandas dtype of a column type: nullable Int64, float64, datetime64, bool, string, category."""
    pd = require("pandas", "pressfacts.to_frames")
    if isinstance(kind, tuple):
        return pd.CategoricalDtype(categories=list(kind))
    # datetime64[s], not [ns]: a year before 1677 ("основан в 1147 году") must still fit
    return {STR: "string", INT: "Int64", FLOAT: "float64", DATE: "datetime64[s]", BOOL: "bool"}[kind]


def to_frames(results: Iterable[DocumentResult | dict | str | bytes]) -> dict:
    """The five tables of ``results`` as DataFrames: ``documents``, ``metrics``, ``officials``, ``awards``, ``dates``.

    ``results`` are ``DocumentResult``s, dicts, or JSON lines of ``pressfacts extract`` output
    (``pressfacts.read_results(path)`` streams them from a file); they are read one at a time.
    Every frame has all its documented columns, even when it has no rows.

        frames = pressfacts.to_frames(pressfacts.read_results("out.jsonl"))
        frames["metrics"].groupby("kind").value.sum()
    """
    pd = require("pandas", "pressfacts.to_frames")
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    for tables in iter_table_rows(results):
        for table, table_rows in tables.items():
            rows[table].extend(tuple(row.values()) for row in table_rows)
    return {table: frame(pd, table, rows[table]) for table in TABLES}


def frame(pd, table: str, rows: list[tuple]):
    """A DataFrame of one table's rows (value tuples in column order), with the table's dtypes."""
    names = column_names(table)
    columns = list(zip(*rows)) if rows else [()] * len(names)
    return pd.DataFrame(
        {name: pd.Series(list(values), dtype=object).astype(pandas_dtype(kind)) for (name, kind), values in zip(COLUMNS[table], columns)},
        columns=names,
    )


def empty_frame(table: str):
    """A table with no rows: its columns and dtypes."""
    return frame(require("pandas", "pressfacts.to_frames"), table, [])
