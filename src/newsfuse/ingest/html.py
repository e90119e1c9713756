"""HTML pages to articles through trafilatura, keeping the metadata it and htmldate find."""

from __future__ import annotations

import json
from datetime import datetime

import courlan
import trafilatura

from newsfuse.errors import InputError
from newsfuse.records import Article


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 date or datetime, returning None for anything else."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def extract_html(html: str, article_id: str, source: str, url: str | None = None) -> Article:
    """Extract the main text and metadata of one HTML page (comments excluded)."""
    found = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False, include_tables=False
    )
    if not found:
        raise InputError(source, "no article text could be found in this HTML page", "Check it is a news article page.")
    meta = json.loads(found)
    text = meta.get("text") or ""
    if not text.strip():
        raise InputError(source, "the HTML page holds no article text", "Check it is a news article page.")
    page_url = url or meta.get("source") or None
    if page_url:
        page_url = courlan.normalize_url(page_url, strict=True) or page_url
    provenance = {k: "html" for k, v in (("title", meta.get("title")), ("published", meta.get("date"))) if v}
    outlet = meta.get("source-hostname") or meta.get("hostname")
    if outlet:
        provenance["outlet"] = "html"
    return Article(
        id=article_id,
        source=source,
        raw_text=text,
        outlet=outlet,
        title=meta.get("title") or None,
        published=parse_datetime(meta.get("date")),
        url=page_url,
        provenance=provenance,
    )
