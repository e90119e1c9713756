"""The ScrapingHub shingle scores, on cases worked out by hand."""

from __future__ import annotations

import pytest

from newsfuse.evaluate import shingle_counts, shingle_scores


def test_identical_texts_score_one() -> None:
    counts = shingle_counts("one two three four five", "one two three four five")
    assert counts == (1.0, 0.0, 0.0)
    assert shingle_scores([counts]).f1 == 1.0


def test_extra_and_missing_shingles_are_counted_and_normalised() -> None:
    # Reference shingles: (a b c d), (b c d e). Prediction: (a b c d), (b c d x), (c d x y).
    tp, fp, fn = shingle_counts("a b c d e", "a b c d x y")
    assert (tp, fp, fn) == pytest.approx((1 / 4, 2 / 4, 1 / 4))
    scores = shingle_scores([(tp, fp, fn)])
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.recall == pytest.approx(1 / 2)


def test_pages_are_averaged_and_empty_predictions_count_for_recall_only() -> None:
    perfect = shingle_counts("a b c d e", "a b c d e")
    empty = shingle_counts("a b c d e", "")
    scores = shingle_scores([perfect, empty])
    assert scores.precision == 1.0  # the empty prediction has no shingle to be wrong about
    assert scores.recall == pytest.approx(0.5)


def test_tokens_are_words_and_case_matters() -> None:
    assert shingle_counts("Le Drian, à Moscou; lundi.", "Le Drian à Moscou lundi") == (1.0, 0.0, 0.0)
    assert shingle_counts("Le Drian à Moscou", "le drian à moscou")[0] == 0.0
