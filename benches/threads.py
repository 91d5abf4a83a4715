"""Where the time of copydesk.analyze_many goes, and how far it can scale with cores.

    python3 benches/threads.py [--limit-mb 4] [--rounds 5]

Runs analyze_many over the first --limit-mb MB of the Reuters stories in ../shared/corpus/news
(read at run time, never copied here) with n_threads=1 and with every core, and reports,
per call, wall time, the CPU time of the whole process and that of the calling thread.
The calling thread takes the texts out of Python and wraps each result, while the pool
analyses the next batch (the worker threads also free the documents once Python lets go
of them; the clock stops when they are done). Call its share of one-thread CPU time S.
Its work overlaps the workers', so on N cores (N workers) the wall time is at least the
process CPU time over N, and at least the calling thread's own; one worker takes about
(1 - S) of the one-thread CPU time. That bounds the speed-up over one thread at
min(N (1 - S), (1 - S) / S), printed for 2 to 32 cores. CPU times are used for S, so a
busy machine skews it less than it skews wall time.
"""

import argparse
import os
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from compare import load_corpus, wait_for_frees  # noqa: E402

import copydesk  # noqa: E402


def run(texts, n_threads):
    """Wall, process CPU and calling-thread CPU seconds of one analyze_many call."""
    wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    docs = list(copydesk.analyze_many(texts, n_threads=n_threads))
    del docs
    wait_for_frees()
    times = (time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - own)
    # Worker threads spin a little before they sleep: keep it out of the next call.
    time.sleep(0.2)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = load_corpus(args.limit_mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"{len(texts)} documents, {mb:.2f} MB; {cores} cores; median of {args.rounds} rounds\n")
    samples = {n: [] for n in sorted({1, cores})}
    run(texts[:50], 1)
    for _ in range(args.rounds):
        for n in samples:
            samples[n].append(run(texts, n))
    print("| n_threads | wall s | MB/s (wall) | process CPU s | calling thread CPU s |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    median = {n: [statistics.median(column) for column in zip(*rows)] for n, rows in samples.items()}
    for n, (wall, cpu, own) in median.items():
        print(f"| {n} | {wall:.3f} | {mb / wall:.1f} | {cpu:.3f} | {own:.3f} |")
    one_wall, one_cpu, one_own = median[1]
    if cores > 1:
        print(f"\n{cores} threads vs 1: {one_wall / median[cores][0]:.2f}× (wall)")
    serial = one_own / one_cpu
    bounds = ", ".join(f"{n}: {min(n * (1 - serial), (1 - serial) / serial):.2f}×" for n in (2, 4, 8, 16, 32))
    print(f"calling thread's share S (calling thread / process CPU, one thread): {serial:.3f}")
    print(f"bound on the speed-up, min(N (1 - S), (1 - S) / S): {bounds}")


if __name__ == "__main__":
    main()
