"""Gold labels of the sample corpus (format in examples/README.md) and scoring a run against them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsfuse.evaluate.metrics import PRF, LineScores, bcubed, line_scores
from newsfuse.records import Article, Story


@dataclass(frozen=True)
class GoldItem:
    """One labelled article or page item."""

    id: str
    file: Path
    story: str
    furniture_lines: frozenset[int]
    derived_from: str | None


def load_gold(folder: Path) -> list[GoldItem]:
    """All items of every gold part file in ``folder`` (paths resolved against the folder's parent)."""
    items = []
    for part in sorted(folder.glob("*.json")):
        data = json.loads(part.read_text(encoding="utf-8"))
        for raw in data["items"]:
            items.append(
                GoldItem(
                    id=raw["id"],
                    file=(folder.parent / raw["file"]).resolve(),
                    story=raw["story"],
                    furniture_lines=frozenset(raw.get("furniture_lines", [])),
                    derived_from=raw.get("derived_from"),
                )
            )
    return items


def _record_text(path: Path, record_id: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if str(record.get("id")) == record_id:
                return str(record.get("text") or "")
    raise KeyError(record_id)


def removed_by_page(articles: Iterable[Article]) -> dict[str, set[int]]:
    """Removed line numbers per page (the article id before any "#k"), the items of a page pooled."""
    removed: dict[str, set[int]] = {}
    for a in articles:
        removed.setdefault(a.id.split("#")[0], set()).update(r.number for r in a.removed_lines)
    return removed


def file_line_scores(labels: Mapping[Path, Iterable[int]], removed: Mapping[str, set[int]]) -> LineScores:
    """Furniture-line scores of plain-text files whose furniture line numbers are labelled."""
    totals = LineScores(0, 0, 0, 0, 0)
    for path, furniture in labels.items():
        lines = path.read_text(encoding="utf-8").split("\n")
        totals = totals + line_scores(lines, set(furniture), removed.get(path.stem, set()))
    return totals


def score_files(labels: Mapping[Path, Iterable[int]], articles: Iterable[Article]) -> LineScores:
    """Furniture-line scores of plain-text files whose furniture line numbers are labelled (items of a page pooled)."""
    return file_line_scores(labels, removed_by_page(articles))


def gold_furniture_scores(gold: Iterable[GoldItem], removed: Mapping[str, set[int]]) -> LineScores:
    """Furniture-line scores against gold items (text files and JSON Lines records; HTML has no line labels)."""
    by_text: dict[tuple[Path, str], set[int]] = {}
    for g in gold:
        if g.file.suffix in (".html", ".htm"):
            continue
        key = (g.file, g.id if g.file.suffix == ".jsonl" else g.id.split("#")[0])
        by_text.setdefault(key, set()).update(g.furniture_lines)
    totals = LineScores(0, 0, 0, 0, 0)
    for (path, base), furniture in sorted(by_text.items()):
        text = _record_text(path, base) if path.suffix == ".jsonl" else path.read_text(encoding="utf-8")
        totals = totals + line_scores(text.split("\n"), furniture, removed.get(base, set()))
    return totals


@dataclass(frozen=True)
class GoldReport:
    """How a run compares with the gold labels."""

    stories: PRF
    lines: LineScores
    items: int
    missing: tuple[str, ...]


def score_run(gold: list[GoldItem], articles: list[Article], stories: list[Story]) -> GoldReport:
    """B-cubed over stories and furniture-line scores over labelled text files and JSON Lines records."""
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    predicted = {g.id: story_of[g.id] for g in gold if g.id in story_of}
    clusters = bcubed(predicted, {g.id: g.story for g in gold})
    totals = gold_furniture_scores(gold, removed_by_page(articles))
    missing = tuple(g.id for g in gold if g.id not in story_of)
    return GoldReport(clusters, totals, len(gold), missing)
