"""The ``newsfuse`` command."""

from __future__ import annotations

import argparse
import os
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
        description="Read articles (.txt, .html, .jsonl, .json, .rss or .atom files, or folders of them), and write DIR/stories.json, "
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
    run.add_argument(
        "--rewrite-model", default=Settings.rewrite_model, metavar="NAME", help="model name for the endpoint"
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
        "stories, most recently seen first, with their size, languages, outlets, first and last seen times and the "
        "headline of their latest story article.",
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
        help="show how files are cleaned, line by line",
        description="Clean files (.txt, .html, .jsonl, .json, .rss, .atom, or folders of them) and print each item's clean text, or with "
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

    copies = sub.add_parser(
        "copies",
        help="show who carries what: shared passages, outlets, originality, near-duplicate articles",
        description="Clean and group the articles into stories, then print a copy map: for each story every "
        "article's outlet, publication time and originality share, and the passages (clauses and quotations) that "
        "two outlets or more carry, verbatim, edited or paraphrased; then the pairs of near-duplicate articles found "
        "with MinHash. Exit status as for run.",
    )
    copies.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    copies.add_argument(
        "--threshold",
        type=float,
        default=Settings.near_duplicate_threshold,
        metavar="J",
        help="shingle Jaccard from which two articles are near-duplicates (default %(default).2f)",
    )
    copies.add_argument(
        "--min-support", type=int, default=2, metavar="N", help="show passages carried by N outlets or more (default 2)"
    )
    copies.add_argument("--json", action="store_true", help="print the copy map as JSON instead of text")
    copies.set_defaults(handler=_cmd_copies)
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


# Stories a run lists on the terminal; the index lists them all.
_RUN_LISTING = 30


def _cmd_run(args: argparse.Namespace) -> int:
    from newsfuse.pipeline import run
    from newsfuse.serve import counted, write_outputs

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
    store = _open_store(args.store) if args.store else None
    if args.store and store is None:
        return EXIT_ALL_FAILED
    active: set[str] = set()
    try:
        result = run(
            args.inputs, settings, progress=_ProgressBar(not args.quiet, settings.progress_min_items), store=store
        )
        if store is not None and (args.out / "stories.json").exists():
            # The store's other stories keep the pages an earlier run wrote for them in this folder.
            active = {row.id for row in store.stories()}
    finally:
        if store is not None:
            store.close()
    for problem in result.problems:
        print(f"newsfuse: skipped {problem}", file=sys.stderr)
    if not result.articles:
        print("newsfuse: no usable article in the input; nothing written.", file=sys.stderr)
        return EXIT_ALL_FAILED
    extra = {"problems": [{"source": p.source, "problem": p.problem, "hint": p.hint} for p in result.problems]}
    index = write_outputs(
        args.out,
        result.articles,
        result.stories,
        result.summaries,
        extra,
        knowledge=result.knowledge,
        copies=result.copies,
        keep=active,
    )
    if not args.quiet:
        earlier = f" (and {len(result.from_store)} from the store)" if result.from_store else ""
        print(f"{len(result.articles) - len(result.from_store)} articles{earlier} -> {len(result.stories)} stories")
        shown = list(result.stories)
        if len(shown) > _RUN_LISTING:  # a day of news: the largest stories, in the same order; the rest on the pages
            largest = {s.id for s in sorted(shown, key=lambda s: -len(s.article_ids))[:_RUN_LISTING]}
            shown = [s for s in shown if s.id in largest]
        for story in shown:
            summary = result.summaries[story.id]
            when = story.date.isoformat() if story.date else "undated"
            print(f"  {when}  {counted(len(story.article_ids), 'article'):>12}  {summary.headline[:80]}")
        if len(shown) < len(result.stories):
            print(f"  ... and {len(result.stories) - len(shown)} smaller stories (all are in the index)")
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
        draft = draft_story(story, result.story_articles(story), result.passages[story.id], settings, shared_encoder())
        print()
        print(explain_draft(draft, story))
        final = result.summaries[story.id]
        for note in final.notes[len(draft.summary.notes) :]:
            print(f"   {note}")
        # Edits made after the draft, once the knowledge stage had found the speakers.
        for k, (drafted, written) in enumerate(zip(draft.summary.sentences, final.sentences, strict=False), start=1):
            for r in written.repairs[len(drafted.repairs) :] if written.original == drafted.original else ():
                print(f"   sentence {k}, edit {r.kind} (from the speakers found): “{r.before}” → “{r.after}”")


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
        print(
            f"newsfuse: {args.store}: no such store. Write one with `newsfuse run INPUT --store FILE`.", file=sys.stderr
        )
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
                print(
                    f"newsfuse: story {args.story!r} is not in {args.store}; list them with `newsfuse stories --store {args.store}`.",
                    file=sys.stderr,
                )
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


def _cmd_copies(args: argparse.Namespace) -> int:
    import json

    from newsfuse.clean import CleanedItem, clean_articles
    from newsfuse.copies import align_story, near_duplicates, render_copy_map
    from newsfuse.embeddings import shared_encoder
    from newsfuse.ingest import read_inputs
    from newsfuse.records import Article, Problem, to_jsonable
    from newsfuse.serve.pages import copy_passages
    from newsfuse.stories import group_stories

    if not 0.0 < args.threshold <= 1.0:
        print("newsfuse: --threshold must be between 0 and 1 (a Jaccard similarity).", file=sys.stderr)
        return EXIT_ALL_FAILED
    settings = replace(Settings(), near_duplicate_threshold=args.threshold)
    problems: list[Problem] = []
    raw: list[Article] = []
    for item in read_inputs(args.inputs, settings):
        (raw if isinstance(item, Article) else problems).append(item)  # type: ignore[arg-type]
    articles = []
    for cleaned in clean_articles(raw, settings):
        if isinstance(cleaned, CleanedItem):
            articles.append(cleaned.article)
        else:
            problems.append(cleaned)
    for problem in problems:
        print(f"newsfuse: skipped {problem}", file=sys.stderr)
    if not articles:
        print("newsfuse: no usable article in the input.", file=sys.stderr)
        return EXIT_ALL_FAILED
    encoder = shared_encoder()
    stories = group_stories(articles, settings, encoder)
    by_id = {a.id: a for a in articles}
    copies = {}
    for story in stories:
        members = [by_id[i] for i in story.article_ids]
        vectors = encoder.encode(
            [s.text for a in members for s in a.sentences], [a.language for a in members for _ in a.sentences]
        )
        copies[story.id] = align_story(members, vectors, settings)
    near = near_duplicates(articles, settings)
    if args.json:
        document = {
            "stories": [
                {
                    "id": story.id,
                    "articles": list(story.article_ids),
                    "originality": copies[story.id].originality,
                    "exclusive": copies[story.id].exclusive,
                    "passages": [p for p in copy_passages(copies[story.id], by_id) if p["support"] >= args.min_support],
                    "links": to_jsonable(copies[story.id].links),
                }
                for story in stories
            ],
            "near_duplicates": to_jsonable(near),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(render_copy_map(articles, stories, copies, near, args.threshold, args.min_support), end="")
    return EXIT_SOME_FAILED if problems else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsfuse`` command."""
    args = _parser().parse_args(argv)
    status: int = args.handler(args)
    return status
