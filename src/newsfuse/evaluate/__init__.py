"""Evaluate: scores against gold labels, shared by the tests, the CLI and the benchmarks."""

from newsfuse.evaluate.faithfulness import faithfulness_problem, unrepaired
from newsfuse.evaluate.gold import GoldItem, GoldReport, load_gold, score_files, score_run
from newsfuse.evaluate.metrics import PRF, LineScores, bcubed, line_scores

__all__ = [
    "PRF",
    "GoldItem",
    "GoldReport",
    "LineScores",
    "bcubed",
    "faithfulness_problem",
    "line_scores",
    "load_gold",
    "score_files",
    "score_run",
    "unrepaired",
]
