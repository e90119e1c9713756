"""The ``newsfuse`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsfuse import __version__
from newsfuse.settings import Settings

if TYPE_CHECKING:
    from newsfuse.store import SQLiteStore

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
    run.add_argument(
        "--store",
        type=Path,
        metavar="FILE",
        help="keep articles and stories in this SQLite file (created if needed): a later run with the same store "
        "adds its articles to the stories already there",
    )
    run.set_defaults(handler=_cmd_run)

    stories = sub.add_parser(
        "stories",
        help="list the stories in a store, show one, or show why an article joined its story",
        description="Read a store written by `newsfuse run --store FILE`. Without STORY or --why, list the active "
        "stories, most recently seen first, with their size, languages, outlets and first and last seen times.",
    )
    stories.add_argument("story", nargs="?", metavar="STORY", help="show this story: every article and why it joined")
    stories.add_argument("--store", type=Path, required=True, metavar="FILE", help="the store to read")
    stories.add_argument("--why", metavar="ARTICLE", help="show why this article is in its story (its top evidence)")
    stories.add_argument("--limit", type=int, default=50, metavar="N", help="list at most N stories (default 50)")
    stories.add_argument("--all", action="store_true", help="list merged stories too")
    stories.add_argument("--merges", action="store_true", help="list the merges of converging stories")
    stories.set_defaults(handler=_cmd_stories)

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
    settings = replace(
        Settings(),
        summary_words=args.summary_words,
        summary_max_words=max(args.summary_words, round(args.summary_words * 200 / 180)),
        max_input_bytes=int(args.max_input_mb * 1e6),
    )
    store = _open_store(args.store) if args.store else None
    if args.store and store is None:
        return EXIT_ALL_FAILED
    try:
        result = run(
            args.inputs, settings, progress=_ProgressBar(not args.quiet, settings.progress_min_items), store=store
        )
    finally:
        if store is not None:
            store.close()
    for problem in result.problems:
        print(f"newsfuse: skipped {problem}", file=sys.stderr)
    if not result.articles:
        print("newsfuse: no usable article in the input; nothing written.", file=sys.stderr)
        return EXIT_ALL_FAILED
    extra = {"problems": [{"source": p.source, "problem": p.problem, "hint": p.hint} for p in result.problems]}
    index = write_outputs(args.out, result.articles, result.stories, result.summaries, extra)
    if not args.quiet:
        earlier = f" (and {len(result.from_store)} from the store)" if result.from_store else ""
        print(f"{len(result.articles) - len(result.from_store)} articles{earlier} -> {len(result.stories)} stories")
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


def _open_store(path: Path) -> SQLiteStore | None:
    from newsfuse.errors import InputError
    from newsfuse.store import SQLiteStore

    try:
        return SQLiteStore(path)
    except InputError as err:
        print(f"newsfuse: {err}", file=sys.stderr)
        return None


def _cmd_stories(args: argparse.Namespace) -> int:
    from newsfuse.stories import article_lines, story_detail, story_lines

    if not args.store.is_file():
        print(f"newsfuse: {args.store}: no such store. Write one with `newsfuse run INPUT --store FILE`.", file=sys.stderr)
        return EXIT_ALL_FAILED
    store = _open_store(args.store)
    if store is None:
        return EXIT_ALL_FAILED
    with store:
        if args.why:
            lines = article_lines(store, args.why)
            if not lines:
                print(f"newsfuse: article {args.why!r} is not in {args.store}.", file=sys.stderr)
                return EXIT_ALL_FAILED
        elif args.story:
            lines = story_detail(store, args.story)
            if not lines:
                print(f"newsfuse: story {args.story!r} is not in {args.store}; list them with `newsfuse stories --store {args.store}`.", file=sys.stderr)
                return EXIT_ALL_FAILED
        elif args.merges:
            lines = [
                f"{m.merged} -> {m.into}: article {m.article_id} linked them (score {m.score:.2f})"
                for m in store.merges()
            ] or ["no merges"]
        else:
            rows = store.stories(include_merged=args.all, limit=args.limit)
            overviews = [o for o in (store.overview(r.id) for r in rows) if o is not None]
            lines = story_lines(overviews) if overviews else ["the store holds no story yet"]
        print("\n".join(lines))
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
