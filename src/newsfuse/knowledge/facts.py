"""Facts of a story as its sources give them, and where they disagree: figures, tolls, dates and attributions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from newsfuse.quantities import as_written, compatible, display
from newsfuse.records import ArticleDates, Fact, FactValue, Quantity, Quote

_TOLLS = {"dead", "injured"}
# Groups a report counts whole and in parts ("17 tripulantes", then "içou 11 tripulantes"; "174 passagers", then
# "Sept passagers ont été légèrement blessés"): the whole is the largest.
_WHOLES = _TOLLS | {"crew", "passengers"}


def quantity_facts(quantities: Sequence[Quantity], n_articles: int) -> list[Fact]:
    """One fact per counted thing that two or more articles give; disputed when their values contradict, and for a
    figure other than a toll only when they lie within a factor of two.

    An article that gives several values for the same thing (six civilians here, two there) says nothing
    comparable about it, so only articles giving one value take part; but an article's toll of dead or injured, or
    its count of a ship's crew or a plane's passengers, is the largest it gives, as the story article reads it, since the smaller ones are a
    part or an earlier toll ("has risen to three" after "two had been confirmed dead").
    """
    by_key: dict[tuple[str, str], dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for q in quantities:
        if q.counts:
            by_key[(q.counts, q.unit)][q.article].append(q)
    facts = []
    for (counts, unit), per_article in by_key.items():
        if counts in _WHOLES:
            single = {a: max(qs, key=lambda q: q.value) for a, qs in per_article.items()}
        else:
            single = {a: qs[0] for a, qs in per_article.items() if len({q.value for q in qs}) == 1}
        if len(single) < 2:
            continue
        groups: list[list[Quantity]] = []
        for q in single.values():
            for g in groups:
                if all(compatible(q, other) for other in g):
                    g.append(q)
                    break
            else:
                groups.append([q])
        if counts not in _TOLLS and len(groups) > 1 and _apart(groups):
            continue  # "3,000 Stellen" cut and "9,400 Stellen" at the plant: two facts of one noun, not a dispute
        values = tuple(
            FactValue(display(g[0]), tuple(q.article for q in g), tuple(dict.fromkeys(q.expression for q in g)))
            for g in sorted(groups, key=lambda g: -len(g))
        )
        label = as_written(counts, next(iter(single.values())).expression)
        facts.append(Fact("toll" if counts in _TOLLS else "figure", label, unit, values))
    return facts


def revised_counts(facts: Sequence[Fact], published: dict[str, datetime | None]) -> list[Fact]:
    """The facts, each count marked revised when its values came out one after the other: two values, and every
    report of one published at least ``_REVISION_GAP`` after every report of the other (7 dead, then 12 a day later)."""
    out = []
    for f in facts:
        if f.kind in ("toll", "figure") and len(f.values) == 2:
            first, second = (_times(v.articles, published) for v in f.values)
            if first and second and (min(second) - max(first) >= _REVISION_GAP or min(first) - max(second) >= _REVISION_GAP):
                f = replace(f, revised=True)
        out.append(f)
    return out


_REVISION_GAP = timedelta(hours=12)


def _times(articles: Sequence[str], published: dict[str, datetime | None]) -> list[datetime]:
    """The publication times of the articles, or none when one of them has no time."""
    times = [published.get(a) for a in articles]
    if any(t is None for t in times):
        return []
    # Some reports give their time with a zone and others without: compare them all as naive UTC.
    return [t.astimezone(UTC).replace(tzinfo=None) if t.tzinfo else t for t in times if t is not None]


def _apart(groups: Sequence[Sequence[Quantity]]) -> bool:
    """True when the values of a figure lie more than a factor of two apart: sources that disagree on a figure give
    close ones (14 ships or 17, 31 injured or 34), and values further apart count different things with one noun."""
    values = [abs(g[0].value) for g in groups]
    return min(values) == 0 or max(values) / min(values) > 2


def date_fact(dates: Sequence[ArticleDates], story_date: date | None) -> Fact | None:
    """The event date as each article gives it; disputed when an article puts the event on another day and never
    names the story's day (a follow-up that names both days agrees)."""
    if story_date is None:
        return None
    agree, differ = [], defaultdict(list)
    for d in dates:
        if d.event_date is None:
            continue
        named = {e.value for e in d.mentions}
        if d.event_date == story_date or story_date in named:
            agree.append(d)
        else:
            differ[d.event_date].append(d)
    values = [
        FactValue(
            story_date.isoformat(),
            tuple(d.article for d in agree),
            tuple(e.expression for d in agree for e in d.mentions if e.value == story_date)[:6],
        )
    ]
    for day, ds in sorted(differ.items()):
        values.append(
            FactValue(
                day.isoformat(),
                tuple(d.article for d in ds),
                tuple(e.expression for d in ds for e in d.mentions if e.value == day)[:6],
            )
        )
    return Fact("date", "event date", "", tuple(values))


def attribution_facts(quotes: Sequence[Quote]) -> list[Fact]:
    """Quotes that sources attribute to different named speakers."""
    facts = []
    for q in quotes:
        by_speaker: dict[str, list[str]] = defaultdict(list)
        names: dict[str, str] = {}
        for s in q.sources:
            if s.speaker_entity:
                by_speaker[s.speaker_entity].append(s.article)
                names[s.speaker_entity] = s.speaker or s.speaker_entity
        if len(by_speaker) > 1:
            words = " ".join(q.text.split()[:8])
            facts.append(
                Fact(
                    "attribution",
                    f"speaker of “{words}…”",
                    "",
                    # An article that gives the quotation twice (a pull quote, then the paragraph) is cited once.
                    tuple(FactValue(names[e], tuple(dict.fromkeys(arts)), ()) for e, arts in by_speaker.items()),
                )
            )
    return facts
