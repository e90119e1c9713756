"""HTML ingest: trafilatura text with comments off and tables kept, htmldate publication time, courlan URLs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest import extract_html, read_inputs
from newsfuse.records import Article

from conftest import EXAMPLES

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour dues rise by 8% | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="Harbour dues rise by 8%">
<meta property="og:url" content="https://www.harbourgazette.example/news/2025/05/02/harbour-dues?utm_source=feed&utm_medium=rss&id=42">
<meta property="article:published_time" content="2025-05-02T06:30:00+01:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Harbour dues rise by 8%</h1>
<p>The port authority raised harbour dues by 8% on Friday, the first increase in four years.</p>
<p>"We have held prices for as long as we could," said the authority's chair, Ruth Calloway.</p>
<p>Fishing boats under 12 metres are exempt from the rise.</p>
<table><tr><th>Vessel</th><th>Old due</th><th>New due</th></tr>
<tr><td>Ferry</td><td>£400</td><td>£432</td></tr><tr><td>Cargo</td><td>£900</td><td>£972</td></tr></table>
<p>Share this article: Facebook | X | WhatsApp</p>
</article>
<section id="comments"><h2>Comments</h2><div class="comment"><p>Outrageous, another tax on the town!</p></div></section>
</body></html>
"""


def test_html_text_metadata_and_url() -> None:
    article = extract_html(PAGE, "dues", "dues.html")
    assert "first increase in four years" in article.raw_text
    assert "Outrageous" not in article.raw_text  # comments are off
    assert "£972" in article.raw_text  # tables are kept, as in trafilatura's default
    assert article.title == "Harbour dues rise by 8%"
    assert article.outlet == "The Harbour Gazette"
    assert article.published == datetime(2025, 5, 2, 6, 30, tzinfo=timezone(timedelta(hours=1)))
    assert article.provenance["published"] == "html (htmldate, original publication date)"
    assert article.url is not None and "utm_" not in article.url and "id=42" in article.url


def test_sample_html_page_gets_its_publication_time() -> None:
    [article] = [a for a in read_inputs([EXAMPLES / "corpus" / "en_northfieldpost_01.html"]) if isinstance(a, Article)]
    assert article.published is not None
    assert article.published.isoformat() == "2025-04-10T08:15:00-04:00"


def test_html_without_article_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no article text could be found"):
        extract_html("<html><head><title>x</title></head><body><div></div></body></html>", "empty", "empty.html")


def test_an_html_field_holding_a_url_is_never_fetched(tmp_path: Path) -> None:
    # htmldate treats a string starting with http as a URL to download; the page is parsed first, so it never is.
    with pytest.raises(InputError):
        extract_html("https://example.com/article", "url", "url.html")
