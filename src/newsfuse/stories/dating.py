"""A story's event date, from its articles' event dates and the weekdays their leads name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from newsfuse.records import Article
from newsfuse.temporal import find_mentions


def story_date(articles: Sequence[Article]) -> tuple[date | None, str]:
    """The story's event date: the most common article event date, checked against undated articles' weekdays; else
    the day the first article was published."""
    dated = Counter(a.event_date for a in articles if a.event_date)
    if not dated:
        # An announcement names only days ahead ("fermée du lundi 22 mars au vendredi 9 avril"): it is news the day
        # it is published.
        published = sorted((a.published, a.id) for a in articles if a.published is not None)
        if published:
            when, first = published[0]
            return when.date(), f"no article gives an event date; the day {first} was published"
        return None, "no article gives a date that can be resolved"
    day, _count = dated.most_common(1)[0]
    sources = [a.id for a in articles if a.event_date == day]
    basis = f"event date of {', '.join(sources)}"
    agreeing = []
    for a in articles:
        if a.event_date is not None:
            continue
        for s in a.sentences[:3]:
            if any(
                m.kind == "weekday" and m.weekday == day.weekday() and m.direction == 0 for m in find_mentions(s.text)
            ):
                agreeing.append(a.id)
                break
    if agreeing:
        basis += f"; the weekday named by {', '.join(agreeing)} agrees"
    return day, basis
