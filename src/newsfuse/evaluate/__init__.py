"""Evaluate: scores against gold labels, shared by the tests, the CLI and the benchmarks."""

from newsfuse.evaluate.extraction import (
    ScrapingHubReport,
    gold_line_scores,
    labelled_line_scores,
    load_line_labels,
    run_scrapinghub,
    shingle_counts,
    shingle_scores,
)
from newsfuse.evaluate.faithfulness import faithfulness_problem, unrepaired
from newsfuse.evaluate.gold import GoldItem, GoldReport, load_gold, score_files, score_run
from newsfuse.evaluate.metrics import PRF, LineScores, bcubed, line_scores

__all__ = [
    "PRF",
    "GoldItem",
    "GoldReport",
    "LineScores",
    "ScrapingHubReport",
    "bcubed",
    "faithfulness_problem",
    "gold_line_scores",
    "labelled_line_scores",
    "line_scores",
    "load_gold",
    "load_line_labels",
    "run_scrapinghub",
    "score_files",
    "score_run",
    "shingle_counts",
    "shingle_scores",
    "unrepaired",
]
