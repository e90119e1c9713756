"""Paths to articles: directories, plain text, HTML, JSON Lines, JSON and RSS or Atom feed files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.decoding import decode_bytes
from newsfuse.ingest.feeds import is_feed, read_feed
from newsfuse.ingest.html import extract_html
from newsfuse.ingest.json_records import read_json, read_jsonl
from newsfuse.records import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Yield the files named or held (recursively, sorted) by the given paths; a missing path is a Problem."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            inputs = [p for p in files if p.suffix.lower() in KNOWN_SUFFIXES - {""}]
            if not inputs:
                yield Problem(
                    str(path),
                    "the directory holds no .txt, .html, .jsonl, .json or feed (.rss, .atom, .xml) file",
                    "Point at a folder of articles.",
                )
            yield from inputs
            others = [p for p in files if p.suffix.lower() not in KNOWN_SUFFIXES - {""}]
            if inputs and others:
                # Said once per folder, so that a PDF or an archive among the pages is not passed over in silence.
                names = ", ".join(str(p.relative_to(path)) for p in others[:5])
                more = f" and {len(others) - 5} more" if len(others) > 5 else ""
                yield Problem(
                    str(path),
                    f"{len(others)} file(s) not read, by their suffix: {names}{more}",
                    "newsfuse reads .txt, .html, .htm, .xhtml, .jsonl, .ndjson, .json, .rss, .atom and .xml files; "
                    "convert the others, or name a file without a suffix on the command line to read it as text.",
                )
        elif path.is_file():
            yield path
        else:
            yield Problem(str(path), "no such file or directory", "Check the path.")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Read one file into articles, yielding a Problem (never raising) for what cannot be read."""
    source = str(path)
    try:
        # Check the size before reading, so a huge file is never loaded into memory.
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                source,
                f"input is {size / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB limit",
                "Split it into smaller files, or raise the limit with --max-input-mb.",
            )
        data = path.read_bytes()
        text = decode_bytes(data, source, max_bytes)
        kind = _kind(path, text)
        if kind == "jsonl":
            yield from read_jsonl(text, source, max_bytes)
        elif kind == "json":
            yield from read_json(text, source)
        elif kind == "feed":
            yield from read_feed(text, source, path.stem)
        elif kind == "html":
            yield extract_html(text, path.stem, source)
        else:
            yield Article(id=path.stem, source=source, raw_text=text)
    except InputError as err:
        yield Problem(err.source, err.problem, err.hint)
    except OSError as err:
        yield Problem(source, f"could not be read ({err.strerror})", "Check the file's permissions.")


def _kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in FEED_SUFFIXES:
        return "feed"
    head = text.lstrip()[:200].lower()
    if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        return "html"
    return "feed" if head.startswith("<?xml") and is_feed(text) else "text"
