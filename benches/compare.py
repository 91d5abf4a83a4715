#!/usr/bin/env python3
"""Compare copydesk with peer libraries: segmentation speed and quality.

Usage (from any environment; a peer that does not import is skipped, and this
script installs nothing):

    pip install sentencex blingfire pysbd syntok spacy quantulum3   # the peers
    python3 benches/compare.py                    # speed on 4 MB of Reuters
    python3 benches/compare.py --limit-mb 1 --rounds 5
    python3 benches/compare.py --quality          # F1 on ../shared/eval
    python3 benches/compare.py --quality --pred-dir /tmp/pred
    python3 ../shared/eval/score.py ../shared/eval/news_dev.jsonl \
        /tmp/pred/blingfire.news_dev.jsonl --errors     # one peer's misses
    python3 benches/compare.py --only copydesk,sentencex

Segmenters: copydesk.sentences (when `import copydesk` works), sentencex,
blingfire, pysbd (clean=False), syntok, and spaCy's rule-based sentencizer
(spacy.blank("en"); no trained pipeline).

Speed (the default): the Reuters corpus (../shared/corpus/news/*.jsonl beside
the repo, "text" of each line; the first --limit-mb MB of UTF-8 text), each
segmenter called on one whole document at a time, in --rounds rounds in which
the segmenters alternate. Reported: the median MB/s of CPU time
(time.process_time) and the ratio to sentencex. With copydesk also
copydesk.analyze (all tasks, CPU time) and copydesk.analyze_many over the
whole batch with n_threads=1 and 2 (wall time, as the threads run in
parallel).

Quality (--quality): for each gold file (seeds_gold, news_dev, sentences_dev
in ../shared/eval), writes each segmenter's predictions ({"id", "sentences"},
one JSON a line) and scores them with `score.py GOLD PRED --json`, reporting
sentence_f1 and sentence_docs_exact. copydesk gets the whole text; a peer gets
"paragraph splitting first": the text is cut at every line break (a news line
is a paragraph, a headline or a byline), each piece is segmented on its own
and the results are concatenated. quantulum3, when it imports, is scored on
the numbers of the files that have them (copydesk's own numbers and quotes
are scored with `copydesk analyze GOLD -o PRED` and score.py).

Output: markdown tables on stdout.
"""

import argparse
import importlib.metadata
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus" / "news"
EVAL = SHARED / "eval"
GOLD_FILES = ["seeds_gold.jsonl", "news_dev.jsonl", "sentences_dev.jsonl"]
BASELINE = "sentencex"


# Each loader returns a function text -> [sentence strings] (not yet stripped).


def load_copydesk():
    import copydesk

    return lambda text: [
        s if isinstance(s, str) else s.text for s in copydesk.sentences(text)
    ]


def load_sentencex():
    import sentencex

    return lambda text: list(sentencex.segment("en", text))


def load_blingfire():
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


def load_pysbd():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False).segment


def load_syntok():
    from syntok import segmenter

    def split(text):
        # Cut the text at each sentence's first token: token values are not
        # verbatim ("n't" comes back as "not"), their offsets are.
        starts = [s[0].offset for para in segmenter.analyze(text) for s in para if s]
        return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]

    return split


def load_spacy():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda text: [s.text for s in nlp(text).sents]


LOADERS = {
    "copydesk": load_copydesk,
    "sentencex": load_sentencex,
    "blingfire": load_blingfire,
    "pysbd": load_pysbd,
    "syntok": load_syntok,
    "spacy-sentencizer": load_spacy,
}
DISTRIBUTION = {"spacy-sentencizer": "spacy"}


def load_segmenters(only):
    """Segmenters that import, as {name: text -> [sentence strings]}."""
    found = {}
    for name, loader in LOADERS.items():
        if only and name not in only:
            continue
        try:
            found[name] = loader()
        except ImportError as e:
            print(f"skipped {name}: {e}", file=sys.stderr)
    return found


def for_scoring(name, segment):
    """The document segmenter that is scored: stripped sentences, and for a
    peer, paragraph splitting first (each line segmented on its own)."""

    def scored(text):
        if name == "copydesk":  # it finds paragraphs itself
            pieces = [text]
        else:
            pieces = [line for line in text.splitlines() if line.strip()]
        return [t for piece in pieces for t in (s.strip() for s in segment(piece)) if t]

    return scored


def version(name):
    try:
        return importlib.metadata.version(DISTRIBUTION.get(name, name))
    except importlib.metadata.PackageNotFoundError:
        return "?"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_corpus(limit_mb):
    """Texts of the Reuters corpus, in file order, up to limit_mb MB of UTF-8."""
    texts, size = [], 0
    for path in sorted(CORPUS.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if size >= limit_mb * 1e6:
                    return texts
                text = json.loads(line)["text"]
                texts.append(text)
                size += len(text.encode("utf-8"))
    return texts


def table(header, rows):
    """A markdown table, the first column left-aligned and the others right."""
    rule = ["---"] + ["---:"] * (len(header) - 1)
    return "\n".join(
        "| " + " | ".join(map(str, row)) + " |" for row in [header, rule, *rows]
    )


# ---------- speed ----------


def cpu_time(fn, texts):
    t0 = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - t0


def wait_for_frees():
    """Documents from analyze_many are freed by its worker threads after Python lets go of
    them: wait for those, so that their cost is inside the time measured."""
    from copydesk import _copydesk

    while _copydesk._frees_pending():
        time.sleep(0.0002)


def wall_time(fn):
    t0 = time.perf_counter()
    fn()
    wait_for_frees()
    elapsed = time.perf_counter() - t0
    # Worker threads spin a little before they sleep: let them, so that their CPU time
    # is not counted against the next call timed by process CPU time.
    time.sleep(0.2)
    return elapsed


def speed(segmenters, texts, rounds):
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} documents, {mb:.2f} MB; {rounds} rounds, median\n")
    jobs = {
        name: (lambda seg=seg: cpu_time(seg, texts)) for name, seg in segmenters.items()
    }
    if "copydesk" in segmenters:
        import copydesk

        # the API call itself (a list of Sentence objects), as a user makes it
        jobs["copydesk"] = lambda: cpu_time(copydesk.sentences, texts)

        jobs["copydesk.analyze (all tasks)"] = lambda: cpu_time(copydesk.analyze, texts)
        for n in (1, 2):
            jobs[f"copydesk.analyze_many n_threads={n} (wall)"] = lambda n=n: wall_time(
                lambda: list(copydesk.analyze_many(texts, n_threads=n))
            )
    times = {name: [] for name in jobs}
    for _ in range(rounds):
        for name, job in jobs.items():
            times[name].append(job())
    rate = {name: mb / statistics.median(ts) for name, ts in times.items()}
    base = rate.get(BASELINE)
    rows = [
        [name, f"{r:.2f}", f"{r / base:.3g}×" if base else "–"]
        for name, r in rate.items()
    ]
    print(table(["call", "MB/s", f"vs {BASELINE}"], rows))


# ---------- quality ----------


def score(gold, pred):
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def quantulum_numbers(parse, text):
    """quantulum3's quantities as score.py number records."""
    out = []
    for q in parse(text):
        rec = {
            "text": q.surface,
            "unit": None if q.unit.entity.name == "dimensionless" else q.unit.name,
        }
        if q.uncertainty:
            rec.update(low=q.value - q.uncertainty, high=q.value + q.uncertainty)
        else:
            rec["value"] = q.value
        out.append(rec)
    return out


def sentence_quality(segmenters, golds, pred_dir):
    rows = []
    for seg_name, segment in segmenters.items():
        seg = for_scoring(seg_name, segment)
        row = [seg_name]
        for gold_name, docs in golds.items():
            pred = pred_dir / f"{seg_name}.{gold_name}"
            write_jsonl(
                pred, [{"id": d["id"], "sentences": seg(d["text"])} for d in docs]
            )
            s = score(EVAL / gold_name, pred)
            row += [f"{s['sentence_f1']:.3f}", f"{s['sentence_docs_exact']:.2f}"]
            if s["sentence_text_not_found"]:
                lost = s["sentence_text_not_found"]
                print(
                    f"note: {seg_name}, {gold_name}: {lost} not in the text",
                    file=sys.stderr,
                )
        rows.append(row)
    header = ["segmenter"]
    for gold_name in golds:
        header += [f"{gold_name.split('.')[0]} F1", "docs exact"]
    print(table(header, rows))


def number_quality(golds, pred_dir):
    """quantulum3 on the gold files that have numbers, when it imports."""
    with warnings.catch_warnings():  # it warns when its unit classifier is absent
        warnings.simplefilter("ignore")
        try:
            from quantulum3 import parser
        except ImportError:
            return
    rows = []
    for gold_name, docs in golds.items():
        if not any("numbers" in d for d in docs):
            continue
        pred = pred_dir / f"quantulum3.{gold_name}"
        found = [
            {"id": d["id"], "numbers": quantulum_numbers(parser.parse, d["text"])}
            for d in docs
        ]
        write_jsonl(pred, found)
        s = score(EVAL / gold_name, pred)
        rows.append(
            [gold_name]
            + [f"{s[k]:.3f}" for k in ("number_p", "number_r", "number_f1", "unit_acc")]
        )
    print(f"\nquantulum3 {version('quantulum3')}, numbers\n")
    print(table(["file", "P", "R", "F1", "unit acc"], rows))


def quality(segmenters, pred_dir, numbers):
    golds = {name: read_jsonl(EVAL / name) for name in GOLD_FILES}
    sentence_quality(segmenters, golds, pred_dir)
    if numbers:
        number_quality(golds, pred_dir)


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--quality",
        action="store_true",
        help="score against the gold files instead of timing",
    )
    ap.add_argument(
        "--limit-mb",
        type=float,
        default=4,
        help="MB of the corpus to time on (default 4)",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="timing rounds; the median is reported (default 3)",
    )
    ap.add_argument(
        "--only",
        help="comma-separated names among "
        + ", ".join([*LOADERS, "quantulum3"])
        + " (default: all that import)",
    )
    ap.add_argument(
        "--pred-dir",
        type=Path,
        help="keep the --quality predictions here (default: a temporary folder)",
    )
    a = ap.parse_args()

    only = set(a.only.split(",")) if a.only else None
    segmenters = load_segmenters(only)
    numbers = not only or "quantulum3" in only
    print(
        f"Python {sys.version.split()[0]}; "
        + ", ".join(f"{n} {version(n)}" for n in segmenters)
        + "\n"
    )
    if not a.quality:
        speed(segmenters, load_corpus(a.limit_mb), a.rounds)
    elif a.pred_dir:
        a.pred_dir.mkdir(parents=True, exist_ok=True)
        quality(segmenters, a.pred_dir, numbers)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            quality(segmenters, Path(tmp), numbers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
