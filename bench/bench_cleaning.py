"""Benchmark: cleaning quality on the labelled line sets and on the ScrapingHub article-extraction benchmark."""

from __future__ import annotations

import re
from collections import Counter

from newsfuse.clean.language import identify_language
from newsfuse.evaluate import run_scrapinghub
from newsfuse.evaluate.extraction import load_scrapinghub, subset_scores
from newsfuse.evaluate.quality import line_set_scores, load_baseline, sets_from_baseline
from newsfuse.settings import Settings

from benchdata import ROOT

TITLE = "Cleaning quality: furniture lines and ScrapingHub article extraction"
Row = tuple[str, str, str]
SCRAPINGHUB = ROOT.parent / "shared" / "data" / "scrapinghub_article_extraction_benchmark"
_TOKEN = re.compile(r"\w+")


def run_benchmark() -> list[Row]:
    """Line scores of every labelled set, then our HTML path beside plain trafilatura on ScrapingHub."""
    rows: list[Row] = []
    baseline = load_baseline(ROOT / "tests" / "data" / "quality_baseline.json")
    for labelled in sets_from_baseline(baseline, ROOT):
        if not labelled.folder.is_dir():
            continue
        s = line_set_scores(labelled)
        f = s.furniture
        rows += [
            (
                f"{labelled.name}: furniture-line precision / recall / F1",
                f"{f.precision:.3f} / {f.recall:.3f} / {f.f1:.3f}",
                f"{s.tp + s.fn} furniture lines; {labelled.about}",
            ),
            (
                f"{labelled.name}: news-line recall",
                f"{s.news_recall:.3f}",
                f"{s.news_kept} of {s.news_lines} news lines kept",
            ),
        ]
    if SCRAPINGHUB.is_dir():
        rows += _scrapinghub_rows()
    return rows


def _scrapinghub_rows() -> list[Row]:
    report = run_scrapinghub(SCRAPINGHUB)
    o, p = report.ours, report.plain
    rows: list[Row] = [
        (
            "ScrapingHub: HTML path (trafilatura + line cleaning) P / R / F1",
            f"{o.precision:.3f} / {o.recall:.3f} / {o.f1:.3f}",
            f"{report.pages} pages, every language; goal F1 >= 0.958",
        ),
        (
            "ScrapingHub: plain trafilatura, same run, P / R / F1",
            f"{p.precision:.3f} / {p.recall:.3f} / {p.f1:.3f}",
            "trafilatura 2.3.1, include_comments=False; published figure for 2.0.0: F1 0.958",
        ),
    ]
    pages, truth = load_scrapinghub(SCRAPINGHUB)
    supported = set(Settings().languages)
    ours_lang = {k: identify_language(report.ours_run.texts[k] or report.plain_run.texts[k])[0] for k in pages}
    n, plain_sub, ours_sub = subset_scores(report, SCRAPINGHUB, lambda k: ours_lang[k] in supported)
    others = ", ".join(sorted({lang for lang in ours_lang.values() if lang not in supported}))
    rows.append(
        (
            "ScrapingHub: pages in newsfuse's languages, ours / plain F1",
            f"{ours_sub.f1:.3f} / {plain_sub.f1:.3f}",
            f"{n} pages; the pipeline turns the other {report.pages - n} away ({others}) after cleaning",
        )
    )
    # What the line cleaning removed, and how much of it the reference counts as article text.
    removed = sum(len(lines) for lines in report.removed.values())
    in_reference: Counter[str] = Counter()
    words_in_reference = 0
    for key, lines in report.removed.items():
        body = " " + " ".join(_TOKEN.findall(truth[key])) + " "
        for line in lines:
            reason, text = line[1:].split("] ", 1)
            tokens = " ".join(_TOKEN.findall(text))
            if tokens and f" {tokens} " in body:
                in_reference[re.sub(r" \d+.*| \(.*| line.*", "", reason)] += 1
                words_in_reference += len(tokens.split())
    top = ", ".join(f"{reason} {n}" for reason, n in in_reference.most_common(6))
    rows += [
        (
            "ScrapingHub: lines the cleaning removed",
            f"{removed} of {report.lines}",
            "lines of trafilatura's text, all pages",
        ),
        (
            "ScrapingHub: removed lines found in the reference body",
            f"{sum(in_reference.values())} ({words_in_reference} words)",
            f"by reason: {top}",
        ),
        (
            "ScrapingHub: recall of the HTML path minus plain trafilatura",
            f"{o.recall - p.recall:+.3f}",
            f"precision {o.precision - p.precision:+.3f}, F1 {o.f1 - p.f1:+.3f}",
        ),
    ]
    return rows
