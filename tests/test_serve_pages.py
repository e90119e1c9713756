"""How the pages name their sources. All text here is fictional, written for these tests."""

from __future__ import annotations

from dataclasses import replace

from newsfuse.records import Article
from newsfuse.serve.pages import source_label

OPENING = "The harbour council of Nordhaven approved the new ferry line on Tuesday after two years of talks with the operators."


def test_a_source_is_named_by_its_title_else_by_its_opening_words() -> None:
    article = Article.from_sentences("nordhaven-01", [OPENING], source="nordhaven-01.txt", outlet="Nordhaven Post")
    assert source_label(replace(article, title="Ferry line approved")) == "Ferry line approved"
    assert source_label(article) == "The harbour council of Nordhaven approved the new ferry line on Tuesday …"
    assert source_label(replace(article, sentences=())) == "nordhaven-01"


def test_a_sentence_whose_sources_count_differently_shows_their_version() -> None:
    from datetime import date

    from newsfuse.records import CitedSentence, Story, Summary, Variant
    from newsfuse.serve.pages import build_json, render_html, render_markdown

    lead = "Seven people were killed when the ferry hit the pier in Nordhaven on Tuesday."
    other = "Eight people were killed when the ferry hit the pier in Nordhaven on Tuesday."
    articles = {
        f"n{k}": Article.from_sentences(f"n{k}", [text], source=f"n{k}.txt", outlet=f"Outlet {k}")
        for k, text in ((1, lead), (2, lead), (3, other))
    }
    story = Story("s1", ("n1", "n2", "n3"), "en", date(2025, 5, 6))
    sentence = CitedSentence(lead, ("n1", "n2"), 2, (), (Variant("n3", other),))
    summary = Summary("s1", "Ferry hits the pier", "n1", (sentence,), "en", date(2025, 5, 6))
    markdown = render_markdown(summary, story, articles)
    assert f"{lead} [1][2]\n\n> Sources differ: “{other}” [3]\n" in markdown
    page = render_html(summary, story, articles)
    assert f'class="variants">Sources differ: “{other}” <sup><a href="#src-3">[3]</a></sup></p>' in page
    document = build_json(list(articles.values()), [story], {"s1": summary}, {})
    assert document["stories"][0]["summary"][0]["variants"] == [{"article": "n3", "outlet": "Outlet 3", "text": other}]



def test_a_story_without_an_event_date_is_dated_by_its_first_report() -> None:
    from datetime import UTC, datetime

    from newsfuse.records import CitedSentence, Story, Summary
    from newsfuse.serve.pages import index_entry, render_html, render_index, render_markdown

    first = Article.from_sentences("n1", [OPENING], source="n1.txt", published=datetime(2025, 5, 14, 8, tzinfo=UTC))
    later = replace(first, id="n2", published=datetime(2025, 5, 15, 9, tzinfo=UTC))
    undated = replace(first, id="n3", published=None)
    story = Story("s1", ("n2", "n1", "n3"), "en", None)
    summary = Summary("s1", "Ferry line approved", "n1", (CitedSentence(OPENING, ("n1",), 1),), "en", None)
    articles = {a.id: a for a in (first, later, undated)}
    assert "*published 14 May 2025 · 3 sources*" in render_markdown(summary, story, articles)
    assert "published 14 May 2025 · 3 sources" in render_html(summary, story, articles)
    assert "published 14 May 2025 · 3 articles" in render_index([index_entry(summary, story, articles)])
    alone = Story("s2", ("n3",), "en", None)
    lone = Summary("s2", "Ferry line approved", "n3", (CitedSentence(OPENING, ("n3",), 1),), "en", None)
    assert "*date unknown · 1 source*" in render_markdown(lone, alone, articles)


def test_the_updates_of_one_live_page_count_as_one_source_and_show_their_times() -> None:
    from datetime import UTC, datetime

    from newsfuse.records import CitedSentence, Story, Summary
    from newsfuse.serve.pages import render_html, render_markdown

    updates = [
        replace(
            Article.from_sentences(f"live#{k}", [OPENING], source="live.txt", outlet="Nordhaven Post"),
            published=datetime(2025, 5, 14, hour, 5, tzinfo=UTC),
            live_page="live",
        )
        for k, hour in ((1, 18), (2, 16), (3, 9))
    ]
    articles = {a.id: a for a in updates}
    story = Story("s1", tuple(articles), "en", None)
    summary = Summary("s1", "Ferry line approved", "live#1", (CitedSentence(OPENING, ("live#1",), 1),), "en", None)
    markdown = render_markdown(summary, story, articles)
    assert "· 1 source, 3 updates*" in markdown
    assert "Nordhaven Post, 2025-05-14 16:05 (`live#2`)" in markdown
    assert "1 source, 3 updates" in render_html(summary, story, articles)
