"""Calibrate the story article's selection weights on the dev half of WikinewsSum (even-numbered clusters only).

Usage: python bench/calibrate_summary.py [--trials N] [--seed S]

Each trial summarises every even-numbered cluster with other settings, the target length set to the reference's, as
bench_rouge.py does, and scores ROUGE-2 F1 of the output cut to the reference length. Trials: the current settings,
then a random search over GRID, then one coordinate pass from the best (each setting in turn over its GRID values,
keeping any improvement). The odd-numbered clusters are never read, so bench_rouge.py can report them as held out.
Sentence embeddings are memoised for the run, so a trial costs a few seconds once the first has embedded the text.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from rouge_score import rouge_scorer  # noqa: E402

from newsfuse.embeddings import UNCOVERED, Encoder, Vectors  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402
from newsfuse.summarize import summarize_story  # noqa: E402

from wikinews import WIKINEWS, Prepared, load_prepared  # noqa: E402

GRID: dict[str, list[float]] = {
    "weight_centrality": [0.0, 0.1, 0.2, 0.3, 0.5],
    "weight_support": [0.0, 0.1, 0.2, 0.3, 0.5],
    "weight_position": [0.05, 0.1, 0.15, 0.25, 0.4],
    "weight_informative": [0.0, 0.05, 0.1, 0.2],
    "weight_repeated": [0.0, 0.2, 0.4, 0.6],
    "weight_title": [0.2, 0.4, 0.6, 0.8],
    "weight_coverage": [0.0, 0.1, 0.2, 0.3, 0.5],
    "redundancy_penalty": [0.0, 0.1, 0.3, 0.5, 0.7],
    "redundancy_ceiling": [0.7, 0.75, 0.8],
}


class MemoEncoder(Encoder):
    """The real encoder, remembering each text's vector for the length of the run."""

    def __init__(self) -> None:
        super().__init__()
        self.memo: dict[tuple[str, str | None], np.ndarray] = {}

    def encode(self, texts: Sequence[str], languages: Sequence[str | None] | str | None = None) -> Vectors:
        """Vectors of texts, each encoded once per run (a text of a language the model never saw apart)."""
        if not texts:
            return super().encode([])
        per_text = [languages] * len(texts) if languages is None or isinstance(languages, str) else list(languages)
        # A text's vector depends only on whether its language is one the model never saw.
        keys = [(t, language if language in UNCOVERED else None) for t, language in zip(texts, per_text, strict=True)]
        missing = list(dict.fromkeys(k for k in keys if k not in self.memo))
        if missing:
            vectors = super().encode([t for t, _ in missing], [language for _, language in missing])
            self.memo.update(zip(missing, vectors, strict=True))
        return np.vstack([self.memo[k] for k in keys]).astype(np.float32)


def dev_rouge2(prepared: list[Prepared], settings: Settings, encoder: Encoder) -> float:
    """Mean ROUGE-2 F1 (x100) of the articles on the given clusters, outputs cut to the reference length."""
    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    values = []
    for p in prepared:
        budget = p.reference_words
        text = ""
        if p.articles:
            local = replace(settings, summary_words=budget, summary_max_words=budget + 25)
            summary = summarize_story(p.story, p.articles, p.passages, local, encoder)
            text = " ".join(" ".join(s.text for s in summary.sentences).split()[:budget])
        values.append(100 * scorer.score(p.cluster.reference, text)["rouge2"].fmeasure)
    return statistics.fmean(values)


def main() -> None:
    """Random search, then a coordinate pass; prints every improvement and the best settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not WIKINEWS.is_dir():
        sys.exit(f"{WIKINEWS} not found: the calibration needs the WikinewsSum sample in ../shared/data")
    base = replace(Settings(), summary_language="en")
    dev = [p for p in load_prepared(base) if p.cluster.index % 2 == 0]
    encoder = MemoEncoder()
    rng = random.Random(args.seed)

    def trial(values: dict[str, float]) -> float:
        return dev_rouge2(dev, replace(base, **values), encoder)  # type: ignore[arg-type]

    best = {name: float(getattr(base, name)) for name in GRID}
    best_score = trial(best)
    print(f"current settings: dev R-2 {best_score:.2f}", flush=True)
    for i in range(args.trials):
        values = {name: rng.choice(options) for name, options in GRID.items()}
        score = trial(values)
        if score > best_score:
            best, best_score = values, score
            print(f"random trial {i}: dev R-2 {score:.2f} {values}", flush=True)
    for name, options in GRID.items():
        for option in options:
            values = {**best, name: option}
            score = trial(values)
            if score > best_score:
                best, best_score = values, score
                print(f"coordinate {name}={option}: dev R-2 {score:.2f}", flush=True)
    print(f"best dev R-2 {best_score:.2f}: {best}")


if __name__ == "__main__":
    main()
