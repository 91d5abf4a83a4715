"""Where the time of copydesk.analyze_many goes, and how far it can scale with cores.

    python3 benches/threads.py [--limit-mb 16] [--rounds 5]

Runs analyze_many over the first --limit-mb MB of the Reuters stories in ../shared/corpus/news
(read at run time, never copied here) with n_threads=1 and with every core, rounds
alternating, and reports per call (medians): wall time, the CPU time of the whole process,
of the calling thread, and of the pool's workers together (read from /proc on Linux).

The calling thread takes the texts out of Python and wraps each result, while the pool
analyses the next batch (the workers also free the documents once Python lets go of them;
the clock stops when they are done). Call its share of one-thread CPU time S. Its work
overlaps the workers', so on N cores (N workers) the wall time is at least the process CPU
time over N, and at least the calling thread's own; one worker takes about (1 - S) of the
one-thread CPU time. That bounds the speed-up over one thread at min(N (1 - S), (1 - S) / S),
printed for 2 to 32 cores. The workers' CPU time with one worker and with N says whether the
analysis itself gets dearer when the cores run together (shared caches, memory, the host):
that loss no change to the pipeline can win back. CPU times are used for S, so a busy machine
skews it less than it skews wall time.

A call should be long against the pipeline's fixed costs (waking the workers, the first batch
before any overlap, the last one's hand-out): the default 16 MB takes a few tenths of a second
a call on the build machine; at 4 MB, a twentieth, and the ratio is noisier.
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

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def worker_cpu():
    """CPU seconds used so far by the pool's threads (named copydesk-N), or None off Linux."""
    tasks = pathlib.Path("/proc/self/task")
    if not tasks.is_dir():
        return None
    total = 0
    for task in tasks.iterdir():
        try:
            if not (task / "comm").read_text().startswith("copydesk-"):
                continue
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the thread ended meanwhile
        total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
    return total / TICKS


def run(texts, n_threads):
    """Wall, process CPU, calling-thread CPU and worker CPU seconds of one call."""
    workers = worker_cpu()
    wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    docs = list(copydesk.analyze_many(texts, n_threads=n_threads))
    del docs
    wait_for_frees()
    times = [time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - own]
    # Worker threads spin a little before they sleep: let them, and count it.
    time.sleep(0.2)
    after = worker_cpu()
    times.append(after - workers if workers is not None and after is not None else float("nan"))
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=16.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = load_corpus(args.limit_mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"{len(texts)} documents, {mb:.2f} MB; {cores} cores; median of {args.rounds} rounds\n")
    samples = {n: [] for n in sorted({1, cores})}
    for n in samples:  # start each pool before the clock
        list(copydesk.analyze_many(texts[:50], n_threads=n))
    for _ in range(args.rounds):
        for n in samples:
            samples[n].append(run(texts, n))
    print("| n_threads | wall s | MB/s (wall) | process CPU s | calling thread CPU s | workers' CPU s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    median = {n: [statistics.median(column) for column in zip(*rows)] for n, rows in samples.items()}
    for n, (wall, cpu, own, workers) in median.items():
        print(f"| {n} | {wall:.3f} | {mb / wall:.1f} | {cpu:.3f} | {own:.3f} | {workers:.2f} |")
    one_wall, one_cpu, one_own, one_workers = median[1]
    if cores > 1:
        wall, _, _, workers = median[cores]
        print(f"\n{cores} threads vs 1: {one_wall / wall:.2f}× (wall)")
        print(f"workers' CPU time, {cores} workers vs 1: {workers / one_workers:.2f}× (ticks of 1/{TICKS} s)")
    serial = one_own / one_cpu
    bounds = ", ".join(f"{n}: {min(n * (1 - serial), (1 - serial) / serial):.2f}×" for n in (2, 4, 8, 16, 32))
    print(f"calling thread's share S (calling thread / process CPU, one thread): {serial:.3f}")
    print(f"bound on the speed-up, min(N (1 - S), (1 - S) / S): {bounds}")


if __name__ == "__main__":
    main()
