"""Serve: what users read, the story pages, the index and stories.json."""

from newsfuse.serve.knowledge_view import counted
from newsfuse.serve.pages import (
    IndexEntry,
    build_json,
    index_entry,
    render_html,
    render_index,
    render_markdown,
    write_outputs,
)

__all__ = [
    "IndexEntry",
    "build_json",
    "counted",
    "index_entry",
    "render_html",
    "render_index",
    "render_markdown",
    "write_outputs",
]
