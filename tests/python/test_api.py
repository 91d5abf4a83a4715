"""The Python API: shape, offsets, pickling, threads, and errors."""

from __future__ import annotations

import pickle

import pytest

import copydesk

HOSTILE = [
    "",
    "   \n\n ",
    "“" * 1000,
    "“a” " * 200,
    "U.S. " * 300,
    "naïve café — “Qué?” 😀 " * 50,
    "a\x00b. C\r\nd.",
    "\u200b\u200bZero. Width.",
    "9" * 100_000,
]


def test_analyze_returns_a_document() -> None:
    doc = copydesk.analyze("Col. Sonny Leggett spoke. “It is over,” he said.")
    assert isinstance(doc, copydesk.Document)
    assert [s.text for s in doc.sentences] == ["Col. Sonny Leggett spoke.", "“It is over,” he said."]
    assert isinstance(doc.quotes, list) and isinstance(doc.numbers, list)
    assert doc.text.startswith("Col.")


def test_sentences_matches_analyze() -> None:
    for text in copydesk.seeds().values():
        assert copydesk.sentences(text) == copydesk.analyze(text).sentences


@pytest.mark.parametrize("text", HOSTILE + list(copydesk.seeds().values()))
def test_offsets_slice_the_text(text: str) -> None:
    doc = copydesk.analyze(text)
    for item in [*doc.sentences, *doc.quotes, *doc.numbers]:
        assert text[item.start : item.end] == item.text
    ends = [(s.start, s.end) for s in doc.sentences]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    covered = "".join(s.text for s in doc.sentences)
    assert "".join(text.split()) == "".join(covered.split())


def test_offsets_count_characters_not_bytes() -> None:
    text = "“Naïve?” she asked. Éclair 😀. Done."
    sentences = copydesk.sentences(text)
    assert [(s.start, s.end) for s in sentences] == [(0, 19), (20, 29), (30, 35)]


def test_results_are_frozen() -> None:
    sentence = copydesk.sentences("One. Two.")[0]
    with pytest.raises(AttributeError):
        sentence.text = "x"  # type: ignore[misc]
    doc = copydesk.analyze("One.")
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]


def test_repr_is_readable() -> None:
    doc = copydesk.analyze("Yes. Now.")
    assert repr(doc.sentences[1]) == "Sentence(start=5, end=9, text='Now.')"
    assert repr(doc) == "Document(sentences=2, quotes=0, numbers=0, text='Yes. Now.')"


def test_to_dict() -> None:
    doc = copydesk.analyze("One. Two.")
    d = doc.to_dict()
    assert d["sentences"][1] == {"start": 5, "end": 9, "text": "Two."}
    assert set(d) >= {"text", "sentences", "quotes", "numbers"}
    assert doc.sentences[0].to_dict() == {"start": 0, "end": 4, "text": "One."}


def test_pickling_round_trips() -> None:
    for text in copydesk.seeds().values():
        doc = copydesk.analyze(text)
        assert pickle.loads(pickle.dumps(doc)) == doc
        for item in [*doc.sentences, *doc.quotes, *doc.numbers]:
            assert pickle.loads(pickle.dumps(item)) == item


def test_analyze_many_keeps_order_at_any_thread_count_and_batch_size() -> None:
    texts = [t for t in copydesk.seeds().values()] * 7 + HOSTILE
    alone = [copydesk.analyze(t) for t in texts]
    for n_threads in (None, 1, 2, 3):
        for batch_size in (1, 4, 256):
            assert list(copydesk.analyze_many(texts, n_threads=n_threads, batch_size=batch_size)) == alone


def test_analyze_many_is_lazy() -> None:
    consumed = []

    def texts():
        for i in range(10):
            consumed.append(i)
            yield f"Text {i}."

    docs = copydesk.analyze_many(texts(), batch_size=3)
    first = next(docs)
    assert first.sentences[0].text == "Text 0."
    # the batch handed out, and the next one, analysed meanwhile
    assert len(consumed) == 6


def test_analyze_many_hands_out_what_came_before_a_failing_source() -> None:
    def texts():
        yield from ["One.", "Two.", "Three."]
        raise RuntimeError("the source broke")

    out = []
    with pytest.raises(RuntimeError, match="the source broke"):
        for doc in copydesk.analyze_many(texts(), batch_size=2):
            out.append(doc.sentences[0].text)
    assert out == ["One.", "Two."]


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_wrong_types_name_the_argument(bad: object) -> None:
    with pytest.raises(TypeError, match="^text must be str"):
        copydesk.analyze(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^text must be str"):
        copydesk.sentences(bad)  # type: ignore[arg-type]


def test_analyze_many_argument_errors() -> None:
    with pytest.raises(TypeError, match=r"texts\[4\] must be str, not int"):
        list(copydesk.analyze_many(["a", "b", "c", "d", 5], batch_size=2))
    with pytest.raises(TypeError, match="iterable of str"):
        copydesk.analyze_many("just one string")
    with pytest.raises(ValueError, match="n_threads"):
        copydesk.analyze_many(["a"], n_threads=0)
    with pytest.raises(TypeError, match="n_threads"):
        copydesk.analyze_many(["a"], n_threads="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="batch_size"):
        copydesk.analyze_many(["a"], batch_size=0)


TASKS_TEXT = "Rates rose 2% in May. “We are ready,” Ann Lee said. About 40 banks agreed."


@pytest.mark.parametrize(
    "tasks, kept",
    [
        ("numbers", {"numbers"}),
        (["numbers"], {"numbers"}),
        ("sentences, quotes", {"sentences", "quotes"}),
        (("quotes", "numbers"), {"quotes", "numbers"}),
        ([], set()),
        (None, {"sentences", "quotes", "numbers"}),
    ],
)
def test_tasks_run_only_the_analyses_named(tasks: object, kept: set[str]) -> None:
    full = copydesk.analyze(TASKS_TEXT)
    assert full.sentences and full.quotes and full.numbers
    doc = copydesk.analyze(TASKS_TEXT, tasks=tasks)  # type: ignore[arg-type]
    for name in ("sentences", "quotes", "numbers"):
        assert getattr(doc, name) == (getattr(full, name) if name in kept else [])
    many = copydesk.analyze_many([TASKS_TEXT] * 3, n_threads=2, batch_size=2, tasks=tasks)  # type: ignore[arg-type]
    assert list(many) == [doc] * 3


def test_tasks_errors_name_the_problem() -> None:
    with pytest.raises(ValueError, match="unknown task 'speakers' \\(expected sentences, quotes or numbers\\)"):
        copydesk.analyze("a", tasks="quotes,speakers")
    with pytest.raises(ValueError, match="unknown task 'Numbers'"):
        copydesk.analyze("a", tasks=["Numbers"])
    with pytest.raises(TypeError, match=r"^tasks\[1\] must be str, not int"):
        copydesk.analyze("a", tasks=["quotes", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="^tasks must be a str or an iterable of str, not int"):
        copydesk.analyze("a", tasks=5)  # type: ignore[arg-type]
    # raised at the call, before any text is read
    with pytest.raises(ValueError, match="unknown task"):
        copydesk.analyze_many(["a"], tasks="all")


def test_lone_surrogate_is_a_unicode_error_naming_the_text() -> None:
    with pytest.raises(UnicodeError, match="^text cannot be read as UTF-8"):
        copydesk.analyze("bad \udc80 text")
    with pytest.raises(UnicodeError, match="^text cannot be read as UTF-8"):
        copydesk.sentences("bad \udc80 text")
    with pytest.raises(UnicodeError, match=r"^texts\[3\] cannot be read as UTF-8"):
        list(copydesk.analyze_many(["fine", "also fine", "and this", "bad \ud800"], batch_size=2))


def test_large_text() -> None:
    text = "The U.S. said “no.” It rose 5% to $1.2 billion. " * 20_000
    doc = copydesk.analyze(text)
    assert len(doc.sentences) == 40_000
    assert doc.sentences[-1].end == len(text.rstrip())


def test_quotes_and_the_speaker_table() -> None:
    text = (
        "“We will not leave,” said Jens Stoltenberg, the NATO chief. "
        "“The mission goes on,” he added.\n\nOthers disagreed."
    )
    doc = copydesk.analyze(text)
    assert [q.text for q in doc.quotes] == ["We will not leave", "The mission goes on"]
    first, second = doc.quotes
    assert first.speaker == second.speaker == "Jens Stoltenberg"
    assert first.kind == "direct" and first.resolution == "explicit" and second.resolution == "pronoun"
    assert first.speaker_title == "the NATO chief"
    assert first.cue is not None and first.cue.text == "said"
    assert text[first.outer_start : first.outer_end] == "“We will not leave,”"
    assert second.speaker_mention is not None and second.speaker_mention.text == "he"
    for mention in [first.cue, first.speaker_mention, second.speaker_mention]:
        assert mention is not None and text[mention.start : mention.end] == mention.text
    assert first.flags == []
    (speaker,) = doc.speakers
    assert (speaker.name, speaker.kind, speaker.quotes) == ("Jens Stoltenberg", "person", [0, 1])
    assert speaker.titles == ["the NATO chief"]
    assert [m.text for m in speaker.mentions] == ["Jens Stoltenberg", "he"]
    assert pickle.loads(pickle.dumps(speaker)) == speaker
    assert "Jens Stoltenberg" in repr(first)


def test_numbers_and_their_sources() -> None:
    text = (
        "Al-Qaeda still has between 400 and 600 active members in 12 provinces. "
        "“We have about 2,500 troops,” said Ann Lee. Prices rose 40% to $1.2 billion."
    )
    doc = copydesk.analyze(text)
    by_text = {n.text: n for n in doc.numbers}
    members = by_text["between 400 and 600 active members"]
    assert (members.low, members.high, members.value) == (400, 600, None)
    assert (members.kind, members.unit, members.counted) == ("count", "members", "active members")
    troops = by_text["about 2,500 troops"]
    assert (troops.value, troops.qualifier, troops.qualifier_text) == (2500, "about", "about")
    assert troops.source == "Ann Lee" and troops.quote == 0
    assert doc.quotes[0].numbers == [doc.numbers.index(troops)]
    money = next(n for n in doc.numbers if n.kind == "money")
    assert (money.value, money.currency) == (1.2e9, "USD")
    for n in doc.numbers:
        assert text[n.start : n.end] == n.text
        assert all(n.start <= a < b <= n.end for a, b in n.numerals)
        assert pickle.loads(pickle.dumps(n)) == n
    assert repr(troops).startswith("Number(value=2500")


def test_unbalanced_marks_are_flagged() -> None:
    doc = copydesk.analyze("“It never closes, he said.")
    assert doc.quotes[0].flags == ["unclosed"]


def test_seeds() -> None:
    seeds = copydesk.seeds()
    assert len(seeds) == 5
    assert all(len(t) > 1000 for t in seeds.values())
