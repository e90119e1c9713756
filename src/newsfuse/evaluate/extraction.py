"""Scores of the cleaning stage: article-body extraction (ScrapingHub's shingle method) and labelled furniture lines.

The ScrapingHub article-extraction benchmark scores each page by the multiset of its word 4-grams ("shingles"):
true positives are shingles found in both the reference body and the prediction, counts normalised per page so long
pages weigh no more than short ones. Precision is averaged over the pages where something was predicted or expected,
recall likewise, and F1 is computed from the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from newsfuse.clean import ItemLines, classify_pages
from newsfuse.evaluate.gold import GoldItem, file_line_scores, gold_furniture_scores
from newsfuse.evaluate.metrics import PRF, LineScores
from newsfuse.ingest import extract_html
from newsfuse.settings import Settings

_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]  # tp, fp, fn, normalised to sum to 1 for one page


def shingle_counts(reference: str, predicted: str, size: int = 4) -> Counts:
    """Shingle true positives, false positives and false negatives of one page, normalised to sum to 1."""
    ref, pred = _shingles(reference, size), _shingles(predicted, size)
    tp = sum((ref & pred).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, size: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    # A text shorter than one shingle still counts as one (shorter) shingle.
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i : i + size])


def shingle_scores(pages: Iterable[Counts]) -> PRF:
    """Mean precision and recall over pages, as the benchmark computes them."""
    precisions, recalls = [], []
    for tp, fp, fn in pages:
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    return PRF(statistics.fmean(precisions) if precisions else 0.0, statistics.fmean(recalls) if recalls else 0.0)


@dataclass(frozen=True)
class ExtractionRun:
    """One system's output on the benchmark pages, with its time."""

    texts: dict[str, str]
    seconds: float


@dataclass(frozen=True)
class ScrapingHubReport:
    """Our HTML path (trafilatura, then line cleaning) beside plain trafilatura, measured in the same run."""

    pages: int
    plain: PRF
    ours: PRF
    plain_run: ExtractionRun
    ours_run: ExtractionRun
    clean_seconds: float  # the line cleaning's share of ``ours_run.seconds``
    lines: int  # lines of trafilatura's text that the line cleaning classified
    removed: dict[str, list[str]]  # page id -> lines the cleaning removed, with the reason, for inspection


def load_scrapinghub(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The benchmark's pages (id -> HTML) and reference bodies (id -> text)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in truth:
        with gzip.open(folder / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
            pages[key] = f.read()
    return pages, {key: str(value.get("articleBody") or "") for key, value in truth.items()}


def run_scrapinghub(folder: Path, settings: Settings | None = None) -> ScrapingHubReport:
    """Score plain trafilatura (as the benchmark ran it: comments off) and our HTML path on the same pages.

    Our path keeps every page whatever its language: the line cleaning is scored here, and the language check that
    would turn away pages in languages newsfuse does not handle comes after it.
    """
    pages, truth = load_scrapinghub(folder)
    started = time.perf_counter()
    plain = {key: trafilatura.extract(html, include_comments=False) or "" for key, html in pages.items()}
    plain_run = ExtractionRun(plain, time.perf_counter() - started)

    started = time.perf_counter()
    articles = [extract_html(html, key, key) for key, html in pages.items()]
    extracted = time.perf_counter()
    items = list(classify_pages(articles, settings))
    finished = time.perf_counter()
    ours = _page_texts(items, pages)
    removed: dict[str, list[str]] = {}
    for item in items:
        for d in item.decisions:
            if not d.kept:
                removed.setdefault(item.page.id, []).append(f"[{d.reason}] {d.text}")
    return ScrapingHubReport(
        pages=len(pages),
        plain=shingle_scores(shingle_counts(truth[k], plain[k]) for k in truth),
        ours=shingle_scores(shingle_counts(truth[k], ours[k]) for k in truth),
        plain_run=plain_run,
        ours_run=ExtractionRun(ours, finished - started),
        clean_seconds=finished - extracted,
        lines=sum(len(item.decisions) for item in items),
        removed=removed,
    )


def _page_texts(items: Iterable[ItemLines], keys: Iterable[str]) -> dict[str, str]:
    texts: dict[str, list[str]] = {key: [] for key in keys}
    for item in items:
        texts[item.page.id].append(item.body_text)
    return {key: "\n".join(parts) for key, parts in texts.items()}


def subset_scores(report: ScrapingHubReport, folder: Path, keep: Callable[[str], bool]) -> tuple[int, PRF, PRF]:
    """Plain and our scores on the pages ``keep`` accepts (by page id): (pages, plain, ours)."""
    _, truth = load_scrapinghub(folder)
    keys = [k for k in truth if keep(k)]
    plain = shingle_scores(shingle_counts(truth[k], report.plain_run.texts[k]) for k in keys)
    ours = shingle_scores(shingle_counts(truth[k], report.ours_run.texts[k]) for k in keys)
    return len(keys), plain, ours


def removed_lines(items: Iterable[ItemLines]) -> dict[str, set[int]]:
    """The line numbers removed from each page (the items of a page pooled), by page id."""
    removed: dict[str, set[int]] = {}
    for item in items:
        removed.setdefault(item.page.id, set()).update(d.number for d in item.decisions if not d.kept)
    return removed


def labelled_line_scores(labels: Mapping[Path, Iterable[int]], items: Iterable[ItemLines]) -> LineScores:
    """Furniture-line scores of plain-text pages whose furniture line numbers are labelled (a page's items pooled).

    Every page counts, including one whose items are later turned away (language, nothing left).
    """
    return file_line_scores(labels, removed_lines(items))


def gold_line_scores(gold: Iterable[GoldItem], items: Iterable[ItemLines]) -> LineScores:
    """Furniture-line scores against the sample corpus gold (text files and JSON Lines records; HTML has none)."""
    return gold_furniture_scores(gold, removed_lines(items))


def load_line_labels(label_file: Path, folder: Path) -> dict[Path, list[int]]:
    """A label file ({"files": {name: [furniture line numbers]}}) as paths under ``folder``."""
    files = json.loads(label_file.read_text(encoding="utf-8"))["files"]
    return {folder / name: list(numbers) for name, numbers in files.items()}
