"""Scoring functions on hand-computed cases."""

from __future__ import annotations

import pytest

from newsfuse.evaluate import bcubed, line_scores


def test_bcubed_perfect_and_split() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold).f1 == 1.0
    split = bcubed({"a": "x", "b": "y", "c": "z"}, gold)
    assert split.precision == 1.0
    assert split.recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_bcubed_merge() -> None:
    merged = bcubed({"a": "x", "b": "x", "c": "x"}, {"a": "1", "b": "1", "c": "2"})
    assert merged.recall == 1.0
    assert merged.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_line_scores_ignore_blank_lines() -> None:
    lines = ["Title", "", "News sentence.", "Ad", "Share"]
    scores = line_scores(lines, gold_furniture={4, 5}, removed={2, 4})
    assert (scores.tp, scores.fp, scores.fn) == (1, 0, 1)
    assert scores.news_recall == 1.0
    assert scores.furniture.recall == 0.5
