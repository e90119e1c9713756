"""Calibrate the story-assignment weights and thresholds on labelled data.

Usage: python bench/calibrate_stories.py [--trials N] [--seed S]

Data: the calibration halves of WikinewsSum (clusters in fold 0) and of the French headlines (silver stories in fold
0), plus the sample corpus gold and the seeds (which are also acceptance sets; their figures are therefore not
held out). Every set is streamed whole, as in the benchmarks; only the items of the calibration fold are scored.
The evaluation halves (fold 1) are what bench_stories_wikinews and bench_stories_headlines report as held out.

Features are computed once per set; each trial replays the real online assignment (StoryAssigner.place, in-memory
store) with other settings. Trials: the current settings, then a random search over GRID, then a coordinate search
from the best trial (each setting in turn over its GRID values, keeping any improvement). The objective is the mean
B-cubed F1 over the four sets, and a trial that does not get the seeds exactly right is discarded.
The settings in newsfuse.settings came from such a run (27 random trials, then one coordinate pass; best mean 0.897:
sample 1.000, seeds 1.000, WikinewsSum fold 0 0.684, headlines fold 0 0.902); the merge threshold was then lowered
to the join threshold for order independence (docs/decisions.md), which the objective barely noticed. The brief-text
penalty (added later, with the stream clock on publication times) was chosen on the same four sets by a grid of
brief_penalty x story_join_threshold (0-0.3 x 0.5-0.6), then one coordinate step on the time, copy, names, keyword and
embedding weights: 0.2 at a join threshold of 0.55 (mean 0.8747: sample 1.000, seeds 1.000, WikinewsSum fold 0 0.573,
headlines fold 0 0.926; without it 0.898; 0.25 and 0.3 gave the same within 0.0001, and no coordinate step improved it).
The weekday penalty (added later still) is the largest of 0, 0.05, ..., 0.3 that leaves WikinewsSum fold 0 as it was
(0.8307 with the other settings of the day): from 0.15 on, it splits a follow-up that names the day after its story's
event. At 0.1 the seeds' 17 November report scores 0.448 with the 21 December story instead of 0.548.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from newsfuse.embeddings import shared_encoder  # noqa: E402
from newsfuse.evaluate import bcubed  # noqa: E402
from newsfuse.records import Article  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402
from newsfuse.store import FeatureRow, SQLiteStore  # noqa: E402
from newsfuse.stories import StoryAssigner  # noqa: E402

from benchdata import labelled_sets  # noqa: E402
from storydata import headline_stream, split_of, wikinews_stream  # noqa: E402

Prepared = list[tuple[Article, FeatureRow]]

GRID: dict[str, list[float]] = {
    "story_join_threshold": [0.4, 0.42, 0.44, 0.46, 0.48, 0.5, 0.52, 0.55, 0.58, 0.6],
    "story_merge_threshold": [0.55, 0.6, 0.65, 0.7, 0.8, 9.0],
    "weight_embedding": [0.4, 0.5, 0.6, 0.7],
    "weight_keywords": [0.1, 0.2, 0.3, 0.4, 0.5],
    "crosslingual_keywords": [0.5, 0.75, 1.0],
    "weight_copy": [0.3, 0.6, 0.9],
    "weight_names": [0.0, 0.1, 0.15, 0.2, 0.3],
    "weight_names_lexical": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25],
    "names_floor": [1, 2, 3, 4],
    "weight_time": [0.0, 0.05, 0.1, 0.2, 0.3],
    "time_decay_hours": [3, 6, 12, 24, 72],
    "brief_penalty": [0.0, 0.1, 0.15, 0.2, 0.25, 0.3],
    "weekday_penalty": [0.0, 0.05, 0.1, 0.15, 0.2],
}


def calibration_sets(settings: Settings) -> list[tuple[str, Prepared, dict[str, str]]]:
    """(name, articles with features in stream order, gold of the scored items) for each calibration set."""
    encoder = shared_encoder()
    out = []
    for name, articles, gold in labelled_sets():
        out.append((name, StoryAssigner(SQLiteStore(), settings, encoder).prepare(articles), gold))
    wikinews = wikinews_stream()
    out.append(
        (
            "wikinews fold 0",
            StoryAssigner(SQLiteStore(), settings, encoder).prepare(wikinews.articles),
            {k: v for k, v in wikinews.gold.items() if split_of(v) == 0},
        )
    )
    headlines, _templated = headline_stream()
    out.append(
        (
            "headlines fold 0",
            StoryAssigner(SQLiteStore(), settings, encoder).prepare(headlines.articles),
            {k: v for k, v in headlines.gold.items() if split_of(v) == 0},
        )
    )
    return out


def replay(prepared: Prepared, settings: Settings) -> dict[str, str]:
    """Article id -> story id after placing the prepared stream into a fresh in-memory store."""
    with SQLiteStore() as store:
        placements, _ = StoryAssigner(store, settings).place(prepared)
    return {p.article_id: p.story_id for p in placements}


def evaluate(sets: list[tuple[str, Prepared, dict[str, str]]], settings: Settings) -> dict[str, float]:
    """B-cubed F1 on each set."""
    return {name: bcubed(replay(prepared, settings), gold).f1 for name, prepared, gold in sets}


def main() -> None:
    """Random search; prints every trial and the best ones."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    base = Settings()
    sets = calibration_sets(base)
    rng = random.Random(args.seed)
    results = []
    current = {f.name: getattr(base, f.name) for f in fields(Settings) if f.name in GRID}
    for trial in range(args.trials):
        values = dict(current) if trial == 0 else {k: rng.choice(v) for k, v in GRID.items()}
        settings = replace(base, **values)  # type: ignore[arg-type]
        started = time.perf_counter()
        scores = evaluate(sets, settings)
        if scores.get("seeds", 1.0) < 1.0:
            print(f"trial {trial}: seeds not exact, discarded", flush=True)
            continue
        mean = sum(scores.values()) / len(scores)
        results.append((mean, scores, values))
        print(
            f"trial {trial}: mean {mean:.4f} "
            + " ".join(f"{k}={v:.3f}" for k, v in scores.items())
            + f" ({time.perf_counter() - started:.0f} s) {values}",
            flush=True,
        )
    results.sort(key=lambda r: -r[0])
    print("\nbest of the random search:")
    for mean, scores, values in results[:5]:
        print(f"{mean:.4f} {' '.join(f'{k}={v:.3f}' for k, v in scores.items())} {values}")
    best_mean, _, best = results[0]
    for key, grid in GRID.items():
        for value in grid:
            trial = {**best, key: value}
            scores = evaluate(sets, replace(base, **trial))  # type: ignore[arg-type]
            mean = sum(scores.values()) / len(scores) if scores.get("seeds", 1.0) >= 1.0 else -1.0
            print(f"coordinate {key}={value}: {mean:.4f}", flush=True)
            if mean > best_mean + 1e-4:
                best_mean, best = mean, trial
    print(f"\nbest after the coordinate pass: {best_mean:.4f} {best}")


if __name__ == "__main__":
    main()
