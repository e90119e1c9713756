"""Calibrate the story-assignment weights and threshold on labelled data (sample corpus gold and the seeds).

Usage: python bench/calibrate_stories.py
Prints the B-cubed F1 of each setting on a grid and the best one. Features are computed once; only the online
assignment is replayed for each setting.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from newsfuse.embeddings import shared_encoder  # noqa: E402
from newsfuse.evaluate import bcubed  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402
from newsfuse.stories.grouping import StoryGrouper  # noqa: E402

from benchdata import labelled_sets  # noqa: E402


def main() -> None:
    """Grid-search the assignment settings and print the best by mean B-cubed F1."""
    sets = labelled_sets()
    base = Settings()
    featured = []
    for name, articles, gold in sets:
        grouper = StoryGrouper(base, shared_encoder())
        featured.append((name, grouper.features(articles), gold))
    results = []
    grid = itertools.product(
        [0.3, 0.4, 0.5], [0.1, 0.2, 0.35], [0.0, 0.15, 0.3], [0.3, 0.6], [0.36, 0.4, 0.44, 0.48, 0.52]
    )
    for emb, kw, nm, cp, threshold in grid:
        settings = replace(
            base,
            weight_embedding=emb,
            weight_keywords=kw,
            weight_names=nm,
            weight_copy=cp,
            story_join_threshold=threshold,
        )
        scores = []
        for _, feats, gold in featured:
            stories = StoryGrouper(settings, shared_encoder()).assign(feats)
            predicted = {a: s.id for s in stories for a in s.article_ids}
            scores.append(bcubed(predicted, gold).f1)
        results.append((sum(scores) / len(scores), min(scores), emb, kw, nm, cp, threshold, scores))
    results.sort(reverse=True)
    print("mean_f1 min_f1 w_emb w_kw w_names w_copy threshold per-set")
    for row in results[:15]:
        print(
            f"{row[0]:.3f} {row[1]:.3f} {row[2]:.2f} {row[3]:.2f} {row[4]:.2f} {row[5]:.2f} {row[6]:.2f} {[round(x, 3) for x in row[7]]}"
        )


if __name__ == "__main__":
    main()
