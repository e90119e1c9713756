"""Ingest: files, directories, HTML pages, JSON Lines and RSS or Atom feeds become ``Article`` records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfuse.ingest.decoding import repair_text
from newsfuse.ingest.files import expand_paths, read_file
from newsfuse.ingest.html import extract_html
from newsfuse.records import Article, Problem
from newsfuse.settings import Settings

__all__ = ["extract_html", "read_inputs", "repair_text"]


def read_inputs(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Article | Problem]:
    """Yield an Article for every readable item under ``paths`` and a Problem for every unreadable one."""
    settings = settings or Settings()
    seen: set[str] = set()
    for entry in expand_paths(paths):
        if isinstance(entry, Problem):
            yield entry
            continue
        for item in read_file(entry, settings.max_input_bytes):
            if isinstance(item, Article):
                if item.id in seen:
                    yield Problem(item.source, f"duplicate article id {item.id!r}", "Give each article a unique id.")
                    continue
                seen.add(item.id)
            yield item
