"""Documents as tables: one row per sentence, quote, number or speaker.

Every field of a record is a column; nested records are flattened with their name as a
prefix (a quote's ``cue`` gives ``cue_start``, ``cue_end``, ``cue_text``). Each row has
``doc_id`` (the given id, else the document's position) and ``index`` (the record's
position in its document, which ``Quote.numbers`` and ``Speaker.quotes`` refer to).

pandas and pyarrow are optional: they are imported only here, when a table is asked for.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ._copydesk import _table_columns

if TYPE_CHECKING:
    import pandas
    import pyarrow

    from ._copydesk import Document

TABLES = ("sentences", "quotes", "numbers", "speakers")


def rows(docs: Iterable[Document], table: str, ids: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (one of ``TABLES``) over ``docs``, as flat dicts with the
    same keys for every row.

        >>> import copydesk
        >>> next(rows([copydesk.analyze("One. Two.")], "sentences"))
        {'doc_id': 0, 'index': 0, 'start': 0, 'end': 4, 'text': 'One.'}
    """
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    nested = _nested_fields(table)
    for position, doc in enumerate(docs):
        doc_id = ids[position] if ids is not None else position
        for index, record in enumerate(doc.to_dict()[table]):
            yield _flatten(record, nested, {"doc_id": doc_id, "index": index})


def _flatten(record: dict[str, Any], nested: dict[str, list[str]], row: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if key in nested:
            for sub in nested[key]:
                row[f"{key}_{sub}"] = value.get(sub) if isinstance(value, dict) else None
        else:
            row[key] = value
    return row


# A text with every kind of record and every nested field filled, to learn each
# table's columns from.
_SAMPLE = (
    "“We counted 12 fighters,” Ann Lee, the envoy, told reporters. "
    "She added that about 40% of the 500 troops had left."
)


def _sample_records(table: str) -> list[dict[str, Any]]:
    from . import analyze

    return list(analyze(_SAMPLE).to_dict()[table])


def _nested_fields(table: str) -> dict[str, list[str]]:
    """The fields of ``table`` that hold a record (a dict), with that record's keys."""
    nested: dict[str, list[str]] = {}
    for record in _sample_records(table):
        for key, value in record.items():
            if isinstance(value, dict):
                nested[key] = list(value)
    return nested


@functools.cache
def _fields(table: str) -> list[tuple[str, str | None]]:
    """The columns of ``table`` after ``doc_id`` and ``index``: each a field of the record
    or, for a nested record, one of its fields."""
    records = _sample_records(table)
    nested = _nested_fields(table)
    keys = list(records[0]) if records else []
    return [(key, sub) for key in keys for sub in (nested[key] if key in nested else [None])]


def _columns(docs: Iterable[Document], table: str, ids: Sequence[Any] | None) -> dict[str, list[Any]]:
    """The rows of ``table`` as columns, named as ``rows`` names the keys of its dicts."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    fields = _fields(table)
    positions, indexes, data = _table_columns(list(docs), table, fields)
    doc_ids = positions if ids is None else [ids[position] for position in positions]
    columns: dict[str, list[Any]] = {"doc_id": doc_ids, "index": indexes}
    for (key, sub), values in zip(fields, json.loads(data)):
        columns[key if sub is None else f"{key}_{sub}"] = values
    return columns


def empty_pandas(table: str) -> pandas.DataFrame:
    """A DataFrame with the columns and types of ``table`` and no rows (a Dask ``meta``)."""
    from . import analyze

    return to_pandas([analyze(_SAMPLE)], table).iloc[0:0]


def _require(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"{module} is needed for this: pip install 'copydesk[{extra}]'") from None


def to_pandas(docs: Iterable[Document], table: str, ids: Sequence[Any] | None = None) -> pandas.DataFrame:
    """One pandas DataFrame row per record of ``table`` in ``docs``.

        >>> import copydesk
        >>> df = copydesk.to_pandas(copydesk.analyze_many(["One. Two.", "Three."]), "sentences")
        >>> df[["doc_id", "text"]].values.tolist()
        [[0, 'One.'], [0, 'Two.'], [1, 'Three.']]
    """
    pd = _require("pandas", "pandas")
    return pd.DataFrame(_columns(docs, table, ids))


def to_arrow(docs: Iterable[Document], table: str, ids: Sequence[Any] | None = None) -> pyarrow.Table:
    """One pyarrow Table row per record of ``table`` in ``docs``.

        >>> import copydesk
        >>> copydesk.to_arrow([copydesk.analyze("One. Two.")], "sentences").num_rows
        2
    """
    pa = _require("pyarrow", "arrow")
    columns = _columns(docs, table, ids)
    return pa.table({name: pa.array(values) for name, values in columns.items()})
