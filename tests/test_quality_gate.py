"""The cleaning quality gate: recorded floors in tests/data/quality_baseline.json must hold.

The floors are the figures measured when the baseline was recorded (bench/quality_baseline.py --write) minus a small
margin, and never below the issue's acceptance minimums. A change that lowers furniture-line F1 or news-line recall on
a labelled set, or the ScrapingHub F1 of the HTML path, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.evaluate.quality import (
    LabelledSet,
    below_floors,
    line_figures,
    line_set_scores,
    load_baseline,
    sets_from_baseline,
)

from conftest import ROOT

BASELINE = load_baseline(ROOT / "tests" / "data" / "quality_baseline.json")
FLOORS = BASELINE.get("floors", {})
SETS = sets_from_baseline(BASELINE, ROOT)


def test_baseline_keeps_the_acceptance_minimums() -> None:
    minimums = BASELINE["minimums"]
    assert isinstance(minimums, dict) and isinstance(FLOORS, dict)
    for name in ("seeds", "sample"):
        assert minimums[name] == {"furniture_precision": 0.97, "furniture_recall": 0.97, "news_recall": 1.0}
        for metric, minimum in minimums[name].items():
            assert FLOORS[name][metric] >= minimum, f"{name} {metric} floor was lowered below the issue's minimum"
    assert minimums["scrapinghub"]["f1"] == 0.958
    assert FLOORS["scrapinghub"]["f1"] >= 0.958


@pytest.mark.parametrize("labelled", SETS, ids=[s.name for s in SETS])
def test_furniture_lines_stay_above_their_floors(labelled: LabelledSet) -> None:
    if not labelled.folder.is_dir():
        pytest.skip(f"{labelled.folder} not found")
    assert isinstance(FLOORS, dict) and labelled.name in FLOORS, "no floors recorded: run bench/quality_baseline.py"
    figures = {labelled.name: line_figures(line_set_scores(labelled))}
    assert below_floors(figures, {labelled.name: FLOORS[labelled.name]}) == []


@pytest.mark.slow
def test_scrapinghub_f1_stays_above_its_floor() -> None:
    from newsfuse.evaluate import run_scrapinghub

    folder = (ROOT / str(BASELINE["scrapinghub"])).resolve()
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    assert isinstance(FLOORS, dict)
    report = run_scrapinghub(Path(folder))
    figures = {"scrapinghub": {"f1": report.ours.f1, "precision": report.ours.precision, "recall": report.ours.recall}}
    assert below_floors(figures, {"scrapinghub": FLOORS["scrapinghub"]}) == []
    # Same run, same pages: the line cleaning must not make the HTML path worse than plain trafilatura.
    assert report.ours.f1 >= report.plain.f1
