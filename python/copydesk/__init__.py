"""copydesk reads news text the way a copy desk does.

It splits text into sentences, finds every quotation and who said it, and pulls out
every numeric claim, in one pass, in Rust::

    >>> import copydesk
    >>> doc = copydesk.analyze("Col. Sonny Leggett spoke. “It is over,” he said.")
    >>> [s.text for s in doc.sentences]
    ['Col. Sonny Leggett spoke.', '“It is over,” he said.']

Offsets count characters, so ``text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sized

from ._copydesk import (
    Document,
    _batch_pipeline,
    _BatchPipeline,
    Mention,
    Number,
    Quote,
    Sentence,
    Speaker,
    __version__,
    analyze,
    sentences,
)
from ._copydesk import seeds as _seeds
from ._html import display
from .tables import to_arrow, to_pandas

__all__ = [
    "Document",
    "Mention",
    "Number",
    "Quote",
    "Sentence",
    "Speaker",
    "__version__",
    "analyze",
    "analyze_many",
    "display",
    "seeds",
    "sentences",
    "to_arrow",
    "to_pandas",
]


def analyze_many(
    texts: Iterable[str],
    n_threads: int | None = None,
    batch_size: int = 256,
    progress: bool = False,
    tasks: str | Iterable[str] | None = None,
) -> Iterator[Document]:
    """Analyse many texts in parallel, yielding one Document per text, in input order.

    The iterable is consumed lazily, ``batch_size`` texts at a time; each batch is
    analysed on ``n_threads`` threads (all cores when ``None``) with the interpreter
    released, the next one while the documents of the one before are handed out. On a
    cluster worker that already runs one task per core, pass ``n_threads=1``. With
    ``progress=True`` a tqdm bar shows the documents done (when tqdm is installed).
    ``tasks`` runs only the analyses named, as in :func:`analyze`.

        >>> docs = copydesk.analyze_many(["One. Two.", "Three."], n_threads=2)
        >>> [len(d.sentences) for d in docs]
        [2, 1]
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of str, not a single " + type(texts).__name__)
    if n_threads is not None and (not isinstance(n_threads, int) or isinstance(n_threads, bool)):
        raise TypeError(f"n_threads must be an int or None, not {type(n_threads).__name__}")
    if n_threads is not None and n_threads < 1:
        raise ValueError("n_threads must be at least 1")
    if not isinstance(batch_size, int) or isinstance(batch_size, bool):
        raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    docs = _analyze_many(iter(texts), _batch_pipeline(n_threads, tasks), batch_size)
    if progress:
        try:
            from tqdm.auto import tqdm
        except ImportError:
            return docs
        total = len(texts) if isinstance(texts, Sized) else None
        return iter(tqdm(docs, total=total, unit="doc"))
    return docs


def _analyze_many(texts: Iterator[str], pipeline: _BatchPipeline, batch_size: int) -> Iterator[Document]:
    # The next batch is on the pool while the documents of the one before are handed out,
    # so the workers never wait for the interpreter to read texts in or documents out.
    offset, more = 0, True
    while True:
        while more and pipeline.in_flight < 2:
            try:
                batch = list(itertools.islice(texts, batch_size))
                if batch:
                    pipeline.submit(batch)
            except Exception as e:
                # the documents before the failing text come out first, as they would in turn
                while (docs := pipeline.take()) is not None:
                    yield from docs
                if isinstance(e, (TypeError, UnicodeError)):
                    # name the position in the whole iterable, not in the batch
                    raise type(e)(_shift_index(str(e), offset)) from None
                raise
            more = bool(batch)
            offset += len(batch)
        docs = pipeline.take()
        if docs is None:
            return
        yield from docs


def _shift_index(message: str, offset: int) -> str:
    prefix = "texts["
    if message.startswith(prefix) and "]" in message:
        index, rest = message[len(prefix) :].split("]", 1)
        if index.isdigit():
            return f"{prefix}{int(index) + offset}]{rest}"
    return message


def seeds() -> dict[str, str]:
    """The five bundled news articles, by id.

        >>> sorted(copydesk.seeds())[0]
        '000_5e305de6cae3bff8'
    """
    return dict(_seeds())
