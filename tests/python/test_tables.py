"""Tables (pandas, Arrow), the notebook view, progress, and the Dask path."""

from __future__ import annotations

import pickle

import pytest

import copydesk
from copydesk.tables import TABLES, _SAMPLE

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

DOCS = list(copydesk.analyze_many(copydesk.seeds().values()))
IDS = list(copydesk.seeds())


@pytest.mark.parametrize("table", TABLES)
def test_one_row_per_record_with_every_field(table: str) -> None:
    frame = copydesk.to_pandas(DOCS, table, ids=IDS)
    assert len(frame) == sum(len(getattr(d, table)) for d in DOCS)
    assert list(frame.columns[:2]) == ["doc_id", "index"]
    assert set(frame["doc_id"]) <= set(IDS)
    arrow = copydesk.to_arrow(DOCS, table, ids=IDS)
    assert arrow.num_rows == len(frame)
    assert arrow.column_names == list(frame.columns)


@pytest.mark.parametrize("table", TABLES)
def test_columns_built_in_rust_equal_the_rows(table: str) -> None:
    rows = list(copydesk.tables.rows(DOCS, table, ids=IDS))
    assert copydesk.to_pandas(DOCS, table, ids=IDS).equals(pd.DataFrame.from_records(rows))
    assert copydesk.to_arrow(DOCS, table, ids=IDS).equals(pa.Table.from_pylist(rows))


def test_sentence_rows_slice_their_documents() -> None:
    frame = copydesk.to_pandas(DOCS, "sentences", ids=IDS)
    texts = copydesk.seeds()
    for row in frame.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text


def test_quote_rows_flatten_nested_records() -> None:
    frame = copydesk.to_pandas([copydesk.analyze(_SAMPLE)], "quotes")
    row = frame.iloc[0]
    assert row["speaker"] == "Ann Lee"
    assert row["cue_text"] == "told"
    assert row["addressee_text"] == "reporters"
    assert not row["flags_unclosed"]


def test_the_sample_fills_every_nested_field() -> None:
    # The tables learn their columns from this sample: each record in it must be complete.
    doc = copydesk.analyze(_SAMPLE)
    quote = doc.quotes[0]
    assert quote.cue and quote.speaker_mention and quote.addressee
    assert doc.speakers


def test_positions_are_ids_by_default_and_empty_tables_keep_their_columns() -> None:
    frame = copydesk.to_pandas(DOCS, "sentences")
    assert sorted(set(frame["doc_id"])) == list(range(len(DOCS)))
    empty = copydesk.to_pandas([copydesk.analyze("")], "quotes")
    assert len(empty) == 0 and "speaker" in empty.columns
    assert "speaker" in copydesk.to_arrow([], "quotes").column_names


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="table must be one of"):
        copydesk.to_pandas(DOCS, "paragraphs")


def test_html_view_marks_quotes_and_speakers() -> None:
    doc = copydesk.analyze("“We will stay,” said Ann Lee. “Not I,” said Bo Chan. It cost $5 <b>.")
    html = doc._repr_html_()
    assert html.count("<mark") >= 4  # two quotes, two speakers in the legend
    assert 'title="Ann Lee (direct)"' in html and 'title="Bo Chan (direct)"' in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert html == copydesk._html.render(doc)


def test_progress_bar_keeps_the_documents() -> None:
    pytest.importorskip("tqdm")
    texts = list(copydesk.seeds().values())
    assert list(copydesk.analyze_many(texts, progress=True)) == DOCS


def test_dask_on_a_local_cluster_matches_local_tables() -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    import copydesk.dask

    frame = pd.DataFrame({"id": IDS * 3, "text": list(copydesk.seeds().values()) * 3})
    local = copydesk.to_pandas(copydesk.analyze_many(frame["text"]), "quotes", ids=list(frame["id"]))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            ddf = dd.from_pandas(frame, npartitions=4)
            result = copydesk.dask.analyze(ddf, "quotes").compute()
    result = result.reset_index(drop=True)
    assert len(result) == len(local)
    assert result["text"].tolist() == local["text"].tolist()
    assert result["speaker"].tolist() == local["speaker"].tolist()
    assert result["doc_id"].astype(str).tolist() == local["doc_id"].astype(str).tolist()


def test_documents_pickle_for_cluster_workers() -> None:
    assert pickle.loads(pickle.dumps(DOCS)) == DOCS
