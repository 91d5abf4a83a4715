#!/usr/bin/env bash
# Every test, Rust and Python: bash tests/run.sh
# Makes its own virtual environment (.venv) and installs the package into it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: format, lints, tests"
cargo fmt --check
cargo clippy --all-targets --features cli -- -D warnings
cargo clippy --lib --features python -- -D warnings
cargo test --features cli
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --features cli --quiet
cargo check --benches --quiet

echo "== Python: build, install, tests"
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet ".[test]"
.venv/bin/python -m pytest
