"""Analyse a Dask DataFrame of texts on a cluster: one output row per record.

    >>> import dask.dataframe as dd, pandas as pd, copydesk.dask
    >>> ddf = dd.from_pandas(pd.DataFrame({"id": ["a", "b"], "text": ["One. Two.", "Three."]}), npartitions=2)
    >>> copydesk.dask.analyze(ddf, "sentences").compute()["text"].tolist()
    ['One.', 'Two.', 'Three.']

Each partition is analysed by ``copydesk.analyze_many`` on ``n_threads`` threads
(default 1: a Dask worker usually runs one task per core already, and more threads
would oversubscribe the machine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import analyze_many
from .tables import TABLES, _require, empty_pandas, to_pandas

if TYPE_CHECKING:
    import dask.dataframe
    import pandas


def _partition(
    frame: pandas.DataFrame, table: str, text_column: str, id_column: str | None, n_threads: int
) -> pandas.DataFrame:
    texts = frame[text_column].tolist()
    ids = frame[id_column].tolist() if id_column is not None else frame.index.tolist()
    result = to_pandas(analyze_many(texts, n_threads=n_threads), table, ids=ids)
    return result.reindex(columns=empty_pandas(table).columns)


def analyze(
    ddf: dask.dataframe.DataFrame,
    table: str,
    text_column: str = "text",
    id_column: str | None = "id",
    n_threads: int = 1,
) -> dask.dataframe.DataFrame:
    """The ``table`` (sentences, quotes, numbers or speakers) of every text in ``ddf``.

    ``doc_id`` holds the value of ``id_column`` (the index when ``None``).
    """
    _require("dask.dataframe", "dask")
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    meta = empty_pandas(table)
    ids = ddf[id_column] if id_column is not None else ddf.index
    meta["doc_id"] = ids._meta.reset_index(drop=True)
    return ddf.map_partitions(_partition, table, text_column, id_column, n_threads, meta=meta)
