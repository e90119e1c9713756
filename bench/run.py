"""Benchmark runner: prints a table per benchmark and, with --write, records it in docs/benchmarks.md.

Usage:
    python bench/run.py sample [--write]   # sample corpus against gold, and the seeds' furniture labels
    python bench/run.py all [--write]

Each benchmark returns rows of (metric, value, note). Recorded sections are replaced in place between markers, so
the file keeps one current result per benchmark, with the command and machine that produced it.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from newsfuse.evaluate import load_gold, score_files, score_run  # noqa: E402
from newsfuse.pipeline import run  # noqa: E402

from benchdata import SEEDS, SHARED, seed_furniture_labels  # noqa: E402

Row = tuple[str, str, str]
DOC = ROOT / "docs" / "benchmarks.md"


def bench_sample() -> list[Row]:
    """The whole pipeline on the sample corpus and the seeds, scored against their labels."""
    rows: list[Row] = []
    started = time.perf_counter()
    result = run([ROOT / "examples" / "corpus"])
    elapsed = time.perf_counter() - started
    report = score_run(load_gold(ROOT / "examples" / "gold"), result.articles, result.stories)
    rows += [
        (
            "sample: articles / stories found",
            f"{len(result.articles)} / {len(result.stories)}",
            f"{report.items} gold items",
        ),
        ("sample: stories B-cubed precision", f"{report.stories.precision:.3f}", ""),
        ("sample: stories B-cubed recall", f"{report.stories.recall:.3f}", ""),
        ("sample: stories B-cubed F1", f"{report.stories.f1:.3f}", ""),
        (
            "sample: furniture-line precision",
            f"{report.lines.furniture.precision:.3f}",
            f"{report.lines.tp + report.lines.fp} lines removed",
        ),
        (
            "sample: furniture-line recall",
            f"{report.lines.furniture.recall:.3f}",
            f"{report.lines.tp + report.lines.fn} furniture lines",
        ),
        ("sample: news-line recall", f"{report.lines.news_recall:.3f}", f"{report.lines.news_lines} news lines"),
        ("sample: end-to-end time", f"{elapsed:.1f} s", "models loaded inside the run"),
    ]
    if SEEDS.is_dir():
        seed_run = run([SEEDS])
        totals = score_files(seed_furniture_labels(), seed_run.articles)
        rows += [
            (
                "seeds: furniture-line precision",
                f"{totals.furniture.precision:.3f}",
                f"{totals.tp + totals.fn} labelled lines",
            ),
            ("seeds: furniture-line recall", f"{totals.furniture.recall:.3f}", ""),
            ("seeds: news-line recall", f"{totals.news_recall:.3f}", ""),
            ("seeds: stories", str(len(seed_run.stories)), "meeting, 17 November, territory loss"),
        ]
    return rows


BENCHMARKS: dict[str, tuple[str, Callable[[], list[Row]]]] = {
    "sample": ("Sample corpus and seeds against their labels", bench_sample),
}


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
    parser.add_argument("name", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--write", action="store_true", help="record the results in docs/benchmarks.md")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"note: {SHARED} not found; benchmarks on shared data are skipped", file=sys.stderr)
    names = list(BENCHMARKS) if args.name == "all" else [args.name]
    for name in names:
        title, function = BENCHMARKS[name]
        rows = function()
        print(f"\n{title}\n{table(rows)}")
        if args.write:
            record(name, title, rows, f"python bench/run.py {name} --write")


if __name__ == "__main__":
    main()
