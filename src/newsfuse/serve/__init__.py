"""Serve: what users read, the story pages, the index and stories.json."""

from newsfuse.serve.knowledge_view import counted
from newsfuse.serve.pages import build_json, render_html, render_index, render_markdown, write_outputs

__all__ = ["build_json", "counted", "render_html", "render_index", "render_markdown", "write_outputs"]
