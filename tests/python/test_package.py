"""The package around the API: stub, README examples, the console command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import copydesk

ROOT = Path(__file__).resolve().parents[2]


def test_stub_matches_the_runtime() -> None:
    config = str(ROOT / "pyproject.toml")
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "copydesk._copydesk", "--mypy-config-file", config],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_type_checks() -> None:
    package = ROOT / "python" / "copydesk"
    config = str(ROOT / "pyproject.toml")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", config, str(package)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_python_examples_run(root: Path, capsys) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) >= 4
    for block in blocks:
        if block.startswith("# requires: pyspark"):
            continue  # no Spark here; the recipe is checked by eye
        exec(compile(block, "README.md", "exec"), {})


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("copydesk")
    return subprocess.run([str(command), *args], capture_output=True, text=True, input=stdin)


def test_cli_on_the_seeds(root: Path) -> None:
    result = run_cli("analyze", str(root / "seeds"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == sorted(copydesk.seeds())
    for record in records:
        text = copydesk.seeds()[record["id"]]
        assert set(record) == {"id", "sentences", "quotes", "numbers", "speakers"}
        items = record["sentences"] + record["quotes"] + record["numbers"]
        items += [m for q in record["quotes"] for m in (q["cue"], q["speaker_mention"]) if m]
        for item in items:
            assert text[item["start"] : item["end"]] == item["text"]


def test_cli_defaults_to_the_bundled_seeds() -> None:
    result = run_cli("analyze")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 5


def test_cli_bad_records_keep_their_place(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "One. Two."}),
        "not json",
        json.dumps({"id": "c"}),
        json.dumps({"text": "No id."}),
        json.dumps({"id": 5, "text": ""}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "f", "text": "bad \xff byte"}\n')
    result = run_cli("analyze", str(path), "--tasks", "sentences")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 6
    assert [r.get("id") for r in records] == ["a", None, "c", f"{path}:4", 5, None]
    assert [("error" in r) for r in records] == [False, True, True, False, False, True]
    assert records[1]["line"] == 2 and "JSON" in records[1]["error"]
    assert "text" in records[2]["error"]
    assert "UTF-8" in records[5]["error"]
    assert records[4]["sentences"] == []


def test_cli_reads_stdin_and_keeps_fields() -> None:
    stdin = json.dumps({"id": "x", "title": "T", "text": "Hi. Bye."}) + "\n"
    result = run_cli("analyze", "-", "--keep", "title", "--tasks", "sentences", stdin=stdin)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "id": "x",
        "title": "T",
        "sentences": [{"start": 0, "end": 3, "text": "Hi."}, {"start": 4, "end": 8, "text": "Bye."}],
    }


def test_cli_reads_gzip_and_summarises(tmp_path: Path) -> None:
    import gzip

    lines = [json.dumps({"id": i, "text": f"Story {i}. It ended."}) for i in range(1000)]
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    result = run_cli("analyze", str(path), "--tasks", "sentences", "--progress")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == list(range(1000))
    assert "copydesk: 1000 documents" in result.stderr and "0 errors" in result.stderr


def test_cli_usage_error() -> None:
    result = run_cli("analyze", "--threads", "zero")
    assert result.returncode == 2
    assert "--threads" in result.stderr


def test_thread_storage_fits_a_late_import() -> None:
    """The extension's thread-local storage stays small: a library loaded into a running
    program (after other extensions) gets only a little static TLS from the loader, and
    a large table there fails the import with "cannot allocate memory in static TLS
    block". Big per-thread tables belong on the heap."""
    path = Path(copydesk._copydesk.__file__)
    data = path.read_bytes()
    if not data.startswith(b"\x7fELF\x02\x01"):  # 64-bit little-endian ELF only
        pytest.skip("not a 64-bit little-endian ELF file")
    phoff = int.from_bytes(data[0x20:0x28], "little")
    phentsize = int.from_bytes(data[0x36:0x38], "little")
    phnum = int.from_bytes(data[0x38:0x3A], "little")
    pt_tls = 7
    sizes = [
        int.from_bytes(data[h + 0x28 : h + 0x30], "little")
        for h in (phoff + k * phentsize for k in range(phnum))
        if int.from_bytes(data[h : h + 4], "little") == pt_tls
    ]
    assert sum(sizes) <= 1024, f"{sum(sizes)} bytes of static TLS"
