"""HTML pages to articles through trafilatura, keeping the metadata it and htmldate find."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import courlan
import htmldate
import trafilatura

from newsfuse.errors import InputError
from newsfuse.records import Article

_DATETIME = "%Y-%m-%dT%H:%M:%S%z"


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 date or datetime, returning None for anything else."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def extract_html(html: str, article_id: str, source: str, url: str | None = None) -> Article:
    """Extract the main text and metadata of one HTML page (comments excluded, tables kept)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(source, "the HTML could not be parsed", "Check the file is an HTML page, not another format.")
    found = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False, include_tables=True
    )
    if not found:
        raise InputError(source, "no article text could be found in this HTML page", "Check it is a news article page.")
    meta: dict[str, Any] = json.loads(found)
    text = meta.get("text") or ""
    if not text.strip():
        raise InputError(source, "the HTML page holds no article text", "Check it is a news article page.")
    page_url = url or meta.get("source") or None
    if page_url:
        page_url = courlan.normalize_url(page_url, strict=True) or page_url
    provenance = {"title": "html"} if meta.get("title") else {}
    published, how = _published(tree, page_url, meta.get("date"))
    if published:
        provenance["published"] = how
    # trafilatura gives the site's name when the page declares one, else its host name.
    outlet = meta.get("source-hostname") or meta.get("hostname")
    if outlet:
        provenance["outlet"] = "html (site name)" if meta.get("source-hostname") else "html (host name)"
    return Article(
        id=article_id,
        source=source,
        raw_text=text,
        outlet=outlet,
        title=meta.get("title") or None,
        published=published,
        url=page_url,
        provenance=provenance,
    )


def _published(tree: Any, url: str | None, day: str | None) -> tuple[datetime | None, str]:
    """The publication time: htmldate's original date from the page's markup (with the time of day when declared),
    else the day trafilatura found. The tree is passed parsed, so htmldate never fetches anything."""
    try:
        stamp = htmldate.find_date(
            tree, extensive_search=False, original_date=True, outputformat=_DATETIME, url=url, deferred_url_extractor=True
        )
    except ValueError:
        stamp = None
    published = parse_datetime(stamp)
    if published is not None:
        if published.hour == published.minute == published.second == 0 and published.tzinfo is None:
            return published, "html (htmldate, original publication date; no time given)"
        return published, "html (htmldate, original publication date)"
    published = parse_datetime(day)
    return published, "html (trafilatura)" if published else ""
