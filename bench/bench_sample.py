"""Benchmark: the whole pipeline on the sample corpus and the seeds, scored against their labels."""

from __future__ import annotations

import time

from newsfuse.evaluate import load_gold, score_files, score_run
from newsfuse.pipeline import run

from benchdata import ROOT, SEEDS, seed_furniture_labels

TITLE = "Sample corpus and seeds against their labels"
Row = tuple[str, str, str]


def run_benchmark() -> list[Row]:
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
