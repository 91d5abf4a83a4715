#!/usr/bin/env bash
# Instructions per MB for each task, counted by callgrind (deterministic, so a busy
# machine does not skew it): sentences alone, quotes and numbers each on top of sentences.
# A pass's cost is two passes less one, which leaves out start-up, reading the corpus and
# building the lexicons; a task's own cost is its pass less the sentences pass.
#
#   bash benches/instructions.sh [CORPUS.jsonl ...]
#
# Without arguments: the bundled seeds (news prose, dense with quotes) and, when it is
# beside the repository, the first MB of the Reuters stories in ../shared/corpus/news
# (wire copy dense with figures), read at run time and never copied here.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind (apt install valgrind)" >&2; exit 2; }
cargo build --release --quiet --example passes
bin=target/release/examples/passes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

corpora=("$@")
if [[ ${#corpora[@]} -eq 0 ]]; then
    python3 - "$work/seeds.jsonl" <<'PY'
import json, pathlib, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sorted(pathlib.Path("seeds").glob("*.txt")):
        out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
PY
    corpora=("$work/seeds.jsonl")
    if compgen -G "../shared/corpus/news/*.jsonl" >/dev/null; then
        python3 - "$work/reuters-1MB.jsonl" ../shared/corpus/news/*.jsonl <<'PY'
import json, sys
total = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for name in sorted(sys.argv[2:]):
        for line in open(name, encoding="utf-8"):
            if total >= 1 << 20:
                break
            text = json.loads(line).get("text")
            if isinstance(text, str):
                total += len(text.encode("utf-8"))
                out.write(json.dumps({"text": text}) + "\n")
PY
        corpora+=("$work/reuters-1MB.jsonl")
    fi
fi

count() { # TASK CORPUS PASSES -> instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" "$3" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

echo "| corpus | MB | sentences (M instr/MB) | quotes (M/MB, × sentences) | numbers (M/MB, × sentences) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for corpus in "${corpora[@]}"; do
    mb=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()) / 1e6)' "$corpus")
    declare -A pass=()
    for task in sentences quotes numbers; do
        pass[$task]=$(( $(count "$task" "$corpus" 2) - $(count "$task" "$corpus" 1) ))
    done
    python3 - "$(basename "$corpus" .jsonl)" "$mb" "${pass[sentences]}" "${pass[quotes]}" "${pass[numbers]}" <<'PY'
import sys
name, mb, seg, quotes, numbers = sys.argv[1], float(sys.argv[2]), *map(int, sys.argv[3:])
per = lambda n: n / mb / 1e6
q, n = quotes - seg, numbers - seg
print(f"| {name} | {mb:.2f} | {per(seg):.1f} | {per(q):.1f} ({q / seg:.2f}×) | {per(n):.1f} ({n / seg:.2f}×) |")
PY
done
