"""Dates of each article and of the story, resolved against the publication date or, failing it, the story.

Expressions are found and resolved by ``newsfuse.temporal`` (``date_article``), the same function the clean stage
dates articles with: an article the clean stage could anchor (on its publication date or its page's date) keeps the
dates and event date it was given there. This module adds what needs the whole story: an anchor for pages that carry
no date at all, and the story date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from newsfuse.records import Article, ArticleDates
from newsfuse.temporal import date_article, find_expressions, latest_absolute, resolve_sentence

__all__ = ["article_dates", "resolve_sentence", "story_dates"]


def article_dates(article: Article, anchor: date | None, anchor_basis: str) -> ArticleDates:
    """Every date of an article with its evidence and its event date, resolved against ``anchor``."""
    basis = f"relative to {anchor_basis.split(':')[0]} {anchor.isoformat()}" if anchor else ""
    dating = date_article(
        article.title, [s.text for s in article.sentences], anchor, basis, article.language or "en"
    )
    return ArticleDates(article.id, anchor, anchor_basis, dating.event_date, dating.mentions)


def _from_clean(article: Article) -> ArticleDates | None:
    """The dates the clean stage gave an article it could anchor (same function, same anchor), else None."""
    if article.date_anchor is None:
        return None
    if article.published is not None and article.published.date() == article.date_anchor:
        basis = "publication date"
    else:
        page = article.provenance.get("anchor", "the latest full date on the page")
        basis = f"the page's date: {page}"
    return ArticleDates(article.id, article.date_anchor, basis, article.event_date, article.date_evidence)


def _lead_weekday(article: Article) -> tuple[str, int] | None:
    for text in [article.title or ""] + [s.text for s in article.sentences[:3]]:
        for f in find_expressions(text):
            if f.mention is not None and f.mention.kind == "weekday" and f.mention.direction == 0:
                assert f.mention.weekday is not None
                return f.expression, f.mention.weekday
            if f.kind == "weekday-compound" and f.weekday is not None:
                return f.expression, f.weekday
    return None


def story_dates(articles: Sequence[Article]) -> tuple[list[ArticleDates], date | None, str]:
    """Dates of every article of a story, the story date and how it was found.

    Articles with a publication date are resolved first. A page without one is anchored on its own latest full
    date, or else on the story: on the story date when the weekday its lead names is that day's, or else on the
    first publication date of the story; its anchor basis says which.
    """
    results: dict[str, ArticleDates] = {}
    for a in articles:
        cleaned = _from_clean(a)
        if cleaned is not None:
            results[a.id] = cleaned
        elif a.published:
            results[a.id] = article_dates(a, a.published.date(), "publication date")
        else:
            # An item of a page of several reads only its own text: the page's other items have their own dates.
            lines = [a.title or "", *a.clean_text.split("\n")] if "#" in a.id else a.raw_text.split("\n")
            page = latest_absolute(lines)
            if page:
                results[a.id] = article_dates(
                    a, page[1], f"the page's date: no publication date, the latest full date on the page is {page[0]!r}"
                )
    events = Counter(r.event_date for r in results.values() if r.event_date)
    day = events.most_common(1)[0][0] if events else None
    published = sorted(a.published.date() for a in articles if a.published)
    for a in articles:
        if a.id in results:
            continue
        named = _lead_weekday(a)
        if day is not None and named is not None and named[1] == day.weekday():
            givers = ", ".join(i for i, r in results.items() if r.event_date == day)
            anchor, how = (
                day,
                f"the story date: no publication date, and its {named[0]!r} is the weekday of the story date given by {givers}",
            )
        elif published:
            anchor, how = published[0], "the story's first publication date: no publication date on the page"
        else:
            anchor, how = None, "unknown: no publication date, no full date on the page, no dated article in the story"
        results[a.id] = article_dates(a, anchor, how)
    ordered = [results[a.id] for a in articles]
    events = Counter(r.event_date for r in ordered if r.event_date)
    if not events:
        if published:  # an announcement of days ahead only: news the day it is published
            return ordered, published[0], "no article gives an event date; the story's first publication day"
        return ordered, None, "no article gives a date that can be resolved"
    top = max(events.values())
    # Ties go to the earliest day: later dates in a lead are mostly follow-ups.
    day = min(d for d, n in events.items() if n == top)
    agreeing = [a.id for a in articles if results[a.id].event_date == day]
    basis = f"event date of {len(agreeing)} of {len(articles)} articles ({', '.join(agreeing)})"
    inferred = [a.id for a in articles if not a.published]
    if inferred:
        basis += "; without a publication date: " + "; ".join(
            f"{i} anchored on {results[i].anchor_basis.split(':')[0]}" for i in inferred
        )
    return ordered, day, basis

