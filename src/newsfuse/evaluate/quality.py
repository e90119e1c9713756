"""The cleaning quality gate: measured scores on the labelled sets, checked against floors in a baseline file.

In the style of trafilatura's evaluation: the figures are computed on fixed labelled data, recorded in a baseline file
with a floor for each, and the tests fail when a change lets one drop below its floor. ``bench/quality_baseline.py``
records a new baseline after a deliberate change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newsfuse.clean import classify_pages
from newsfuse.evaluate.extraction import gold_line_scores, labelled_line_scores, load_line_labels, run_scrapinghub
from newsfuse.evaluate.gold import load_gold
from newsfuse.evaluate.metrics import LineScores
from newsfuse.ingest import read_inputs
from newsfuse.records import Article
from newsfuse.settings import Settings

Figures = dict[str, dict[str, float]]


@dataclass(frozen=True)
class LabelledSet:
    """A folder of pages with furniture line labels: a label file, or the sample corpus gold."""

    name: str
    folder: Path
    labels: Path  # a label file ({"files": {...}}), or a gold folder when ``gold`` is set
    gold: bool = False
    about: str = ""


def _articles(folder: Path, settings: Settings) -> list[Article]:
    return [a for a in read_inputs([folder], settings) if isinstance(a, Article)]


def line_set_scores(labelled: LabelledSet, settings: Settings | None = None) -> LineScores:
    """Furniture-line scores of one labelled set, its folder cleaned as one batch."""
    settings = settings or Settings()
    items = list(classify_pages(_articles(labelled.folder, settings), settings))
    if labelled.gold:
        return gold_line_scores(load_gold(labelled.labels), items)
    return labelled_line_scores(load_line_labels(labelled.labels, labelled.folder), items)


def line_figures(scores: LineScores) -> dict[str, float]:
    """The gate's figures for one set of line scores."""
    f = scores.furniture
    return {
        "furniture_precision": round(f.precision, 4),
        "furniture_recall": round(f.recall, 4),
        "furniture_f1": round(f.f1, 4),
        "news_recall": round(scores.news_recall, 4),
        "furniture_lines": scores.tp + scores.fn,
        "news_lines": scores.news_lines,
    }


def measure(sets: list[LabelledSet], scrapinghub: Path | None, settings: Settings | None = None) -> Figures:
    """Every figure the gate checks: line scores per labelled set, and ScrapingHub extraction scores when given."""
    figures: Figures = {}
    for labelled in sets:
        figures[labelled.name] = line_figures(line_set_scores(labelled, settings))
    if scrapinghub is not None:
        report = run_scrapinghub(scrapinghub, settings)
        figures["scrapinghub"] = {
            "precision": round(report.ours.precision, 4),
            "recall": round(report.ours.recall, 4),
            "f1": round(report.ours.f1, 4),
            "plain_trafilatura_f1": round(report.plain.f1, 4),
        }
    return figures


def floors_from(figures: Figures, margin: float, minimums: Figures) -> Figures:
    """Floors a little below the measured figures (never below the acceptance minimums where those are stricter)."""
    floors: Figures = {}
    for name, values in figures.items():
        floors[name] = {}
        for metric, value in values.items():
            if metric.endswith("_lines") or metric.startswith("plain_"):
                continue
            floor = value if metric == "news_recall" and value >= 1.0 else round(value - margin, 3)
            minimum = minimums.get(name, {}).get(metric)
            floors[name][metric] = max(floor, minimum) if minimum is not None and minimum <= value else floor
    return floors


def below_floors(figures: Figures, floors: Figures) -> list[str]:
    """Every figure below its floor, as a readable line; empty when the gate passes."""
    failures = []
    for name, metrics in floors.items():
        for metric, floor in metrics.items():
            value = figures.get(name, {}).get(metric)
            if value is None:
                continue
            if value < floor:
                failures.append(f"{name} {metric} {value:.4f} is below its floor {floor:.4f}")
    return failures


def load_baseline(path: Path) -> dict[str, object]:
    """The baseline file: the labelled sets, the ScrapingHub folder, minimums, measured figures and floors."""
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def sets_from_baseline(baseline: dict[str, object], root: Path) -> list[LabelledSet]:
    """The labelled sets a baseline file names, with paths resolved against the project root."""
    sets = baseline.get("sets")
    assert isinstance(sets, dict)
    out = []
    for name, spec in sets.items():
        gold = "gold" in spec
        out.append(
            LabelledSet(
                name=name,
                folder=(root / spec["folder"]).resolve(),
                labels=(root / (spec["gold"] if gold else spec["labels"])).resolve(),
                gold=gold,
                about=str(spec.get("about", "")),
            )
        )
    return out
