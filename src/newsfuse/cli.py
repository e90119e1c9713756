"""The ``newsfuse`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from newsfuse import __version__
from newsfuse.settings import Settings

EXIT_OK, EXIT_ALL_FAILED, EXIT_SOME_FAILED = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfuse",
        description="Turn many news reports into stories: clean them, group them into events and write one cited "
        "article per story.",
    )
    parser.add_argument("--version", action="version", version=f"newsfuse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="clean, group and summarise articles; write stories.json and story pages",
        description="Read articles (.txt, .html, .jsonl files or folders of them), and write DIR/stories.json, "
        "DIR/stories/<id>.md and .html, and DIR/index.html. Exit status: 0 all inputs used, 2 some inputs rejected "
        "(the rest is written), 1 nothing usable.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    run.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created if needed)")
    run.add_argument(
        "--summary-words",
        type=int,
        default=Settings.summary_words,
        metavar="N",
        help=f"target length of each story article in words (default {Settings.summary_words})",
    )
    run.add_argument(
        "--max-input-mb",
        type=float,
        default=Settings.max_input_bytes / 1e6,
        metavar="MB",
        help="reject files larger than this (default %(default).0f)",
    )
    run.add_argument("--gold", type=Path, metavar="DIR", help="score the run against gold labels (examples/gold)")
    run.add_argument("--quiet", action="store_true", help="print only problems")
    run.set_defaults(handler=_cmd_run)

    clean = sub.add_parser(
        "clean",
        help="show how files are cleaned, line by line",
        description="Clean files (.txt, .html, .jsonl, or folders of them) and print each item's clean text, or with "
        "--explain every line with its decision (keep news, heading, title; DROP with the reason) and the item's "
        "outcome. Several files are cleaned as one batch, so lines that recur across them count as furniture, as "
        "in `newsfuse run`.",
    )
    clean.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files or folders of articles")
    clean.add_argument("--explain", action="store_true", help="print every line with its decision and the reason")
    clean.add_argument(
        "--max-input-mb",
        type=float,
        default=Settings.max_input_bytes / 1e6,
        metavar="MB",
        help="reject files larger than this (default %(default).0f)",
    )
    clean.set_defaults(handler=_cmd_clean)
    return parser


T = TypeVar("T")


class _ProgressBar:
    """A tqdm bar on standard error for inputs long enough to need one."""

    def __init__(self, enabled: bool, min_items: int) -> None:
        self.enabled = enabled
        self.min_items = min_items

    def __call__(self, items: Iterable[T], label: str, total: int) -> Iterable[T]:
        """Wrap ``items`` in a progress bar when enabled and long enough."""
        if not self.enabled or total < self.min_items:
            return items
        from tqdm import tqdm

        bar: Iterable[T] = tqdm(items, desc=label, total=total, unit="item", leave=False, file=sys.stderr)
        return bar


def _cmd_run(args: argparse.Namespace) -> int:
    from newsfuse.pipeline import run
    from newsfuse.serve import write_outputs

    if args.summary_words < 20:
        print("newsfuse: --summary-words must be at least 20.", file=sys.stderr)
        return EXIT_ALL_FAILED
    settings = replace(
        Settings(),
        summary_words=args.summary_words,
        summary_max_words=max(args.summary_words, round(args.summary_words * 200 / 180)),
        max_input_bytes=int(args.max_input_mb * 1e6),
    )
    result = run(args.inputs, settings, progress=_ProgressBar(not args.quiet, settings.progress_min_items))
    for problem in result.problems:
        print(f"newsfuse: skipped {problem}", file=sys.stderr)
    if not result.articles:
        print("newsfuse: no usable article in the input; nothing written.", file=sys.stderr)
        return EXIT_ALL_FAILED
    extra = {"problems": [{"source": p.source, "problem": p.problem, "hint": p.hint} for p in result.problems]}
    index = write_outputs(args.out, result.articles, result.stories, result.summaries, extra, result.knowledge)
    if not args.quiet:
        print(f"{len(result.articles)} articles -> {len(result.stories)} stories")
        for story in result.stories:
            summary = result.summaries[story.id]
            when = story.date.isoformat() if story.date else "undated"
            print(f"  {when}  {len(story.article_ids):3d} articles  {summary.headline[:80]}")
        print(f"Story pages: {index.resolve()}")
        print(f"Data: {(args.out / 'stories.json').resolve()}")
    if args.gold:
        _print_gold(args.gold, result)
    if result.problems:
        print(
            f"newsfuse: {len(result.problems)} input(s) were skipped (see above); the rest was written.",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return EXIT_OK


def _print_gold(folder: Path, result: object) -> None:
    from newsfuse.evaluate import load_gold, score_run
    from newsfuse.pipeline import RunResult

    assert isinstance(result, RunResult)
    report = score_run(load_gold(folder), result.articles, result.stories)
    s, f = report.stories, report.lines.furniture
    print(f"Against gold ({report.items} items):")
    print(f"  stories   B-cubed precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}")
    print(
        f"  furniture precision {f.precision:.3f}  recall {f.recall:.3f}  news-line recall {report.lines.news_recall:.3f}"
    )
    if report.missing:
        print(f"  items not found in the run: {', '.join(report.missing)}")


def _cmd_clean(args: argparse.Namespace) -> int:
    from newsfuse.clean import explain_pages, format_explanation
    from newsfuse.ingest import read_inputs
    from newsfuse.records import Article, Problem

    settings = replace(Settings(), max_input_bytes=int(args.max_input_mb * 1e6))
    status = EXIT_OK
    articles = []
    for item in read_inputs(args.files, settings):
        if isinstance(item, Article):
            articles.append(item)
        else:
            print(f"newsfuse: {item}", file=sys.stderr)
            status = EXIT_SOME_FAILED
    results = explain_pages(articles, settings)
    for lines, outcome in results:
        print(format_explanation(lines, outcome, explain=args.explain))
        if isinstance(outcome, Problem):
            status = EXIT_SOME_FAILED
    if not any(not isinstance(outcome, Problem) for _, outcome in results):
        return EXIT_ALL_FAILED
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsfuse`` command."""
    args = _parser().parse_args(argv)
    status: int = args.handler(args)
    return status
