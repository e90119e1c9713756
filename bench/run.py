"""Benchmark runner: prints a table per benchmark and, with --write, records it in docs/benchmarks.md.

Usage:
    python bench/run.py NAME [--write]   # NAME is a bench/bench_NAME.py module, e.g. sample
    python bench/run.py all [--write]

Each benchmark module defines TITLE and run_benchmark() returning rows of (metric, value, note). Recorded sections are replaced in place between markers, so
the file keeps one current result per benchmark, with the command and machine that produced it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


Row = tuple[str, str, str]
DOC = ROOT / "docs" / "benchmarks.md"


def discover() -> list[str]:
    """The names of the bench/bench_NAME.py modules, each defining TITLE and run_benchmark() -> rows."""
    return [path.stem.removeprefix("bench_") for path in sorted((ROOT / "bench").glob("bench_*.py"))]


def load(name: str) -> ModuleType:
    """Import one benchmark module (only when it runs: some need heavy libraries)."""
    return importlib.import_module(f"bench_{name}")


def table(rows: list[Row]) -> str:
    """A Markdown table of the rows."""
    lines = ["| metric | value | note |", "|---|---|---|"]
    lines += [f"| {m} | {v} | {n} |" for m, v, n in rows]
    return "\n".join(lines)


def record(name: str, title: str, rows: list[Row], command: str) -> None:
    """Replace (or add) the benchmark's section in docs/benchmarks.md."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    section = f"{start}\n## {title}\n\n`{command}` on {when} ({machine}).\n\n{table(rows)}\n{end}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if start in text:
        before, rest = text.split(start, 1)
        text = before + section + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    """Run the named benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    benchmarks = discover()
    parser.add_argument("name", choices=[*benchmarks, "all"])
    parser.add_argument("--write", action="store_true", help="record the results in docs/benchmarks.md")
    args = parser.parse_args()
    if not (ROOT.parent / "shared").is_dir():
        print(f"note: {ROOT.parent / 'shared'} not found; benchmarks on shared data are skipped", file=sys.stderr)
    names = list(benchmarks) if args.name == "all" else [args.name]
    for name in names:
        module = load(name)
        rows = module.run_benchmark()
        print(f"\n{module.TITLE}\n{table(rows)}")
        if args.write:
            record(name, module.TITLE, rows, f"python bench/run.py {name} --write")


if __name__ == "__main__":
    main()
