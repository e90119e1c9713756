"""Benchmark: time to write the story article of a 10-article and a 100-article story, models loaded.

Stories are built from the WikinewsSum sample's real English sources: the 10-article story is the whole pages of its
largest cluster (pages cut into posts left out), topped up to ten with other English pages; the 100-article story is the first hundred English sources of the whole sample taken as
one story (a mix of events, which only matters for timing). Times are the median of five runs after a warm-up that loads the
model. The baseline, timed in the same run, is embedding every sentence of the story once, which the summarizer
avoids by embedding only a shortlist. The machine has 2 cores shared with other jobs, so wall-clock times vary with
the load average (reported); the CPU time of this process is given beside them.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from newsfuse.clean import CleanedItem, clean_articles
from newsfuse.copies import align_sentences
from newsfuse.embeddings import shared_encoder
from newsfuse.evaluate.wikinewssum import load_clusters
from newsfuse.records import Article
from newsfuse.settings import Settings
from newsfuse.summarize import summarize_story

from wikinews import WIKINEWS, story_for

TITLE = "Story article: speed of one summary (models loaded)"
Row = tuple[str, str, str]
GOALS = {10: 0.3, 100: 3.0}


def _median_time(call: Callable[[], object], runs: int = 5) -> float:
    return _median_times(call, runs)[0]


def _median_times(call: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median wall-clock and median CPU time of this process (the CPU time is less swayed by other jobs)."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _stories(settings: Settings) -> dict[int, list[Article]]:
    clusters = load_clusters(WIKINEWS)
    largest = max(clusters, key=lambda c: len(c.sources))
    english = [a for c in clusters for a in c.sources if a.language == "en"]

    def whole_pages(sources: list[Article]) -> list[Article]:
        # A page that cleaning cuts into items (a blog archive into its posts) is left out: a story of reports.
        return [
            i.article
            for i in clean_articles(sources, settings)
            if isinstance(i, CleanedItem) and "#" not in i.article.id
        ]

    first = whole_pages(largest.sources)
    ten = (first + [a for a in whole_pages(english[:40]) if a.id not in {x.id for x in first}])[:10]
    hundred = [i.article for i in clean_articles(english, settings) if isinstance(i, CleanedItem)][:100]
    return {10: ten, 100: hundred}


def run_benchmark() -> list[Row]:
    """Median time of summarize_story on a 10- and a 100-article story, against embedding all their sentences."""
    if not WIKINEWS.is_dir():
        return [("skipped", "-", f"{WIKINEWS} not found")]
    settings = replace(Settings(), summary_language="en")
    encoder = shared_encoder()
    encoder.encode(["warm-up: the model loads on first use"])
    rows: list[Row] = []
    for size, articles in _stories(settings).items():
        story = story_for(f"speed-{size}", articles)
        sentences = [s.text for a in articles for s in a.sentences]
        align = _median_time(partial(align_sentences, articles, None, settings.sentence_match_containment), runs=1)
        passages = align_sentences(articles, None, settings.sentence_match_containment)
        summarize = partial(summarize_story, story, articles, passages, settings, encoder)
        summarize()  # warm caches once
        took, cpu = _median_times(summarize)
        baseline = _median_time(partial(encoder.encode, sentences), runs=1)
        verdict = "meets" if took < GOALS[size] else "misses"
        rows.append(
            (
                f"{len(articles)}-article story: summary time",
                f"{1000 * took:.0f} ms",
                f"{verdict} the goal of {1000 * GOALS[size]:.0f} ms (CPU time {1000 * cpu:.0f} ms); "
                f"{len(sentences)} sentences, {len(passages)} passages; load average {os.getloadavg()[0]:.1f}",
            )
        )
        rows.append(
            (
                f"{len(articles)}-article story: embedding every sentence (baseline)",
                f"{1000 * baseline:.0f} ms",
                f"summary / baseline = {took / baseline:.2f}",
            )
        )
        rows.append(
            (
                f"{len(articles)}-article story: sentence alignment (copies stage, before the summary)",
                f"{1000 * align:.0f} ms",
                "not part of the summary time",
            )
        )
    return rows
