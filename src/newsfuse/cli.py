"""The ``newsfuse`` command."""

from __future__ import annotations

import argparse
import os
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
    run.add_argument(
        "--language",
        metavar="LANG",
        help="write each story article in LANG (e.g. en) when the story has enough sources in it; "
        "otherwise, and by default, in the story's main language",
    )
    run.add_argument(
        "--explain",
        action="store_true",
        help="print how each story article was made: the score of each sentence, its citations, every edit made "
        "to it, and the best sentences left out with the reason",
    )
    run.add_argument(
        "--rewrite-endpoint",
        metavar="URL",
        help="optional: an OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1) asked to tighten each "
        "article; its text is kept only if every sentence still aligns to its cited sources (off by default; "
        "the API key, if any, is read from NEWSFUSE_REWRITE_API_KEY)",
    )
    run.add_argument("--rewrite-model", default=Settings.rewrite_model, metavar="NAME", help="model name for the endpoint")
    run.add_argument("--gold", type=Path, metavar="DIR", help="score the run against gold labels (examples/gold)")
    run.add_argument("--quiet", action="store_true", help="print only problems")
    run.set_defaults(handler=_cmd_run)

    clean = sub.add_parser(
        "clean",
        help="show how one file is cleaned",
        description="Clean one file and print its clean text, or with --explain every line with its decision and reason.",
    )
    clean.add_argument("file", type=Path, metavar="FILE")
    clean.add_argument("--explain", action="store_true", help="print every line with its decision and the reason")
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
    if args.language and args.language not in Settings.languages:
        print(
            f"newsfuse: --language {args.language!r} is not supported; use one of {', '.join(Settings.languages)}.",
            file=sys.stderr,
        )
        return EXIT_ALL_FAILED
    settings = replace(
        Settings(),
        summary_words=args.summary_words,
        summary_max_words=max(args.summary_words, round(args.summary_words * 200 / 180)),
        max_input_bytes=int(args.max_input_mb * 1e6),
        summary_language=args.language,
        rewrite_endpoint=args.rewrite_endpoint,
        rewrite_model=args.rewrite_model,
        rewrite_api_key=os.environ.get("NEWSFUSE_REWRITE_API_KEY"),
    )
    result = run(args.inputs, settings, progress=_ProgressBar(not args.quiet, settings.progress_min_items))
    for problem in result.problems:
        print(f"newsfuse: skipped {problem}", file=sys.stderr)
    if not result.articles:
        print("newsfuse: no usable article in the input; nothing written.", file=sys.stderr)
        return EXIT_ALL_FAILED
    extra = {"problems": [{"source": p.source, "problem": p.problem, "hint": p.hint} for p in result.problems]}
    index = write_outputs(args.out, result.articles, result.stories, result.summaries, extra)
    if not args.quiet:
        print(f"{len(result.articles)} articles -> {len(result.stories)} stories")
        for story in result.stories:
            summary = result.summaries[story.id]
            when = story.date.isoformat() if story.date else "undated"
            print(f"  {when}  {len(story.article_ids):3d} articles  {summary.headline[:80]}")
        print(f"Story pages: {index.resolve()}")
        print(f"Data: {(args.out / 'stories.json').resolve()}")
    if args.explain:
        _print_explanations(result, settings)
    if args.gold:
        _print_gold(args.gold, result)
    if result.problems:
        print(
            f"newsfuse: {len(result.problems)} input(s) were skipped (see above); the rest was written.",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return EXIT_OK


def _print_explanations(result: object, settings: Settings) -> None:
    from newsfuse.embeddings import shared_encoder
    from newsfuse.pipeline import RunResult
    from newsfuse.summarize import draft_story, explain_draft

    assert isinstance(result, RunResult)
    for story in result.stories:
        draft = draft_story(
            story, result.story_articles(story), result.passages[story.id], settings, shared_encoder()
        )
        print()
        print(explain_draft(draft, story))
        for note in result.summaries[story.id].notes[len(draft.summary.notes) :]:
            print(f"   {note}")


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
    from newsfuse.clean import explain_article
    from newsfuse.ingest import read_inputs
    from newsfuse.records import Article

    status = EXIT_OK
    for item in read_inputs([args.file]):
        if not isinstance(item, Article):
            print(f"newsfuse: {item}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        for item_id, decisions in explain_article(item):
            print(f"== {item_id}")
            for d in decisions:
                if args.explain:
                    mark = "keep" if d.kept else "DROP"
                    print(f"{d.number:4d} {mark} {d.reason:<28.28} {d.text}")
                elif d.kept:
                    print(d.text)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsfuse`` command."""
    args = _parser().parse_args(argv)
    status: int = args.handler(args)
    return status
