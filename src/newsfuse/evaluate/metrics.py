"""Scores: B-cubed clustering and line-level furniture precision and recall."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed precision and recall of a clustering, over the items both mappings share."""
    items = [i for i in gold if i in predicted]
    if not items:
        return PRF(0.0, 0.0)
    pairs = Counter((predicted[i], gold[i]) for i in items)
    pred_sizes = Counter(predicted[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    precision = sum(pairs[(predicted[i], gold[i])] / pred_sizes[predicted[i]] for i in items) / len(items)
    recall = sum(pairs[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    return PRF(precision, recall)


@dataclass(frozen=True)
class LineScores:
    """Furniture detection counted over lines: furniture P/R and the share of news lines kept."""

    tp: int
    fp: int
    fn: int
    news_lines: int
    news_kept: int

    @property
    def furniture(self) -> PRF:
        """Precision and recall of the furniture class."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return PRF(p, r)

    @property
    def news_recall(self) -> float:
        """Share of news (non-furniture) lines that were kept."""
        return self.news_kept / self.news_lines if self.news_lines else 1.0

    def __add__(self, other: LineScores) -> LineScores:
        return LineScores(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.news_lines + other.news_lines,
            self.news_kept + other.news_kept,
        )


def line_scores(lines: list[str], gold_furniture: set[int], removed: set[int]) -> LineScores:
    """Compare removed line numbers with gold furniture line numbers over the non-blank lines of one text."""
    content = {n for n, t in enumerate(lines, start=1) if t.strip()}
    gold = gold_furniture & content
    pred = removed & content
    news = content - gold
    return LineScores(len(gold & pred), len(pred - gold), len(gold - pred), len(news), len(news - pred))
