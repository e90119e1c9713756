"""Clean: split multi-item pages, remove furniture lines (with reasons), split sentences, find language and date."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from newsfuse.clean.cues import TIME_HEADER
from newsfuse.clean.errorpages import error_page_notice, paywall_notice, sign_up_notice
from newsfuse.clean.explain import format_explanation
from newsfuse.clean.furniture import (
    LineDecision,
    LineStats,
    classify_lines,
    ends_sentence,
    is_live_day_header,
    site_name_line,
    site_suffix,
    stamp_lines,
)
from newsfuse.clean.items import CleanedItem, ItemLines
from newsfuse.clean.language import identify_language, other_language_lines
from newsfuse.clean.metadata import infer_outlet, infer_published, latest_stamp
from newsfuse.clean.segment import split_page
from newsfuse.clean.sentences import split_sentences
from newsfuse.records import Article, Problem, RemovedLine, Sentence
from newsfuse.settings import Settings
from newsfuse.temporal import date_article, find_mentions, latest_absolute

__all__ = [
    "CleanedItem",
    "ItemLines",
    "LineDecision",
    "classify_pages",
    "clean_articles",
    "explain_article",
    "explain_pages",
    "format_explanation",
    "split_sentences",
]


def classify_pages(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[ItemLines]:
    """Split each page into items and decide every line; evidence across the whole batch is gathered first."""
    settings = settings or Settings()
    pages: list[tuple[Article, list[list[tuple[int, str]]], bool]] = []
    stats = LineStats()
    for article in articles:
        items, live = split_page(article.raw_text, settings.min_item_words)
        article = _with_outlet(article)
        pages.append((article, items, live))
        stats.add(article.id, article.outlet, (t for item in items for _, t in item))
    for article, items, live in pages:
        for k, lines in enumerate(items, start=1):
            item_id = article.id if len(items) == 1 else f"{article.id}#{k}"
            decisions = classify_lines(
                lines,
                outlet=article.outlet,
                stats=stats,
                title=article.title if len(items) == 1 else None,
                near_duplicate_ratio=settings.near_duplicate_line_ratio,
                outlet_recurrence=settings.outlet_recurrence_min_articles,
                live=live,
            )
            yield ItemLines(article, item_id, k, len(items), tuple(decisions), live)


def clean_articles(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[CleanedItem | Problem]:
    """Clean a batch: evidence across documents is gathered first, then each item is cleaned on its own."""
    settings = settings or Settings()
    for item, page_date, posted in _with_page_dates(classify_pages(articles, settings)):
        yield _finish(item, settings, page_date, posted)


PageDate = tuple[datetime, str] | None


def _with_page_dates(items: Iterable[ItemLines]) -> Iterator[tuple[ItemLines, PageDate, date | None]]:
    """Each item with the date its page's earlier items give (a second report printed below the first one has no
    date line of its own, and was published on the page's), and for a live page's update, the day it was posted."""
    found: dict[str, tuple[datetime, str]] = {}
    page: list[ItemLines] = []
    for item in [*items, None]:
        if page and (item is None or item.page.id != page[0].page.id):
            days = _live_days(page) if page[0].live else [None] * len(page)
            for k, (one, day) in enumerate(zip(page, days, strict=True)):
                yield one, (found.get(one.page.id) if k else None), day
            page = []
        if item is None:
            break
        page.append(item)
        if item.page.id not in found:
            stamp = infer_published(stamp_lines(item.decisions))
            if stamp:
                found[item.page.id] = (stamp[0], f"{stamp[1]}, on the page above this item")


def _live_days(updates: Sequence[ItemLines]) -> list[date | None]:
    """The day each update of a live page was posted, from its time header and where the page stands.

    The page stands at the latest day and time its timestamp lines give ("Sist oppdatert 11.11.2026 kl. 08.12"); the
    newest update was posted that day, or the day before when it is later than that time ("Updated 00:30" over
    "23:50"). Going back through the updates, a time later than the newer one's crossed a midnight. Updates may be
    listed newest first or oldest first.
    """
    stamps = [t for u in updates for t in stamp_lines(u.decisions)]
    stands = latest_stamp(stamps) or updates[0].page.published
    clocks = [_header_minutes(u.decisions) for u in updates]
    if stands is None:
        return [None] * len(updates)
    known = [c for c in clocks if c is not None]
    falling = sum(a > b for a, b in itertools.pairwise(known))
    order = list(range(len(updates)))
    if falling < len(known) - 1 - falling:
        order.reverse()  # oldest first: walk from the newest
    days: list[date | None] = [None] * len(updates)
    back, newer = 0, None
    for i in order:
        clock = clocks[i]
        if clock is not None:
            if newer is None:
                back = int(clock > stands.hour * 60 + stands.minute and (stands.hour, stands.minute) != (0, 0))
            elif clock > newer:
                back += 1
            newer = clock
        days[i] = stands.date() - timedelta(days=back)
    # A day header over the updates ("Onsdag 21 juli") says their day outright.
    return [headed or day for headed, day in zip(_header_days(updates, stands.date()), days, strict=True)]


def _header_days(updates: Sequence[ItemLines], stands: date) -> list[date | None]:
    """For each update of a live page, the day the last day header above its time gives (its year the one nearest
    where the page stands), or None."""
    out: list[date | None] = []
    current: date | None = None
    for update in updates:
        mine: date | None = None
        for d in update.decisions:
            if d.reason == "heading" and is_live_day_header(d.text):
                current = _header_day(d.text, stands) or current
            elif d.reason == "heading" and TIME_HEADER.match(d.text.strip()) and mine is None:
                mine = current
        out.append(mine)
    return out


def _header_day(text: str, stands: date) -> date | None:
    """The day a live page's day header names, in the year that puts it nearest ``stands``."""
    for mention in find_mentions(text):
        if mention.value is None or mention.kind not in ("absolute", "day-month"):
            continue
        if mention.kind == "absolute":
            return mention.value
        days = []
        for year in (stands.year - 1, stands.year, stands.year + 1):
            try:
                days.append(date(year, mention.value.month, mention.value.day))
            except ValueError:
                continue
        return min(days, key=lambda d: abs((d - stands).days), default=None)
    return None


def _header_minutes(decisions: Sequence[LineDecision]) -> int | None:
    """The minutes after midnight of an update's time header ("18:05"), or None."""
    header = next((d.text.strip() for d in decisions if d.reason == "heading" and TIME_HEADER.match(d.text.strip())), "")
    clock = _CLOCK.search(header)
    if clock is None or int(clock.group(1)) > 23 or int(clock.group(2)) > 59:
        return None
    return int(clock.group(1)) * 60 + int(clock.group(2))


def _finish(item: ItemLines, settings: Settings, page_date: PageDate = None, posted: date | None = None) -> CleanedItem | Problem:
    """The cleaned article of one item, or the Problem that keeps it out (one bad item never stops a batch)."""
    try:
        return _clean_item(item, settings, page_date, posted)
    except ValueError as err:
        # The source names the item already ("gone.txt", "file.jsonl:3 (id x)") unless it is one of a page's items.
        where = item.page.source if item.item_id in item.page.source else f"{item.page.source} ({item.item_id})"
        return Problem(where, str(err), _HINTS.get(str(err).split(":")[0], ""))


_HINTS = {
    "nothing is left after removing furniture": "Check the input is a news article; `newsfuse clean FILE --explain` shows each line's fate.",
    "unsupported language": 'newsfuse handles fr, en, de, es, it, pt, nl, pl, sv, no and da; set "language" in JSON Lines if this one is wrong.',
    "language could not be identified": 'Give more text, or set "language" in JSON Lines.',
    "not an article": "The site served this instead of the report: fetch the page again (signed in, for a paywall), "
    "or check its URL.",
}


# A publishing house, not the paper it publishes ("Hollerbacher Verlagsgesellschaft mbH & Co. KG").
_PUBLISHER = re.compile(
    r"\b(?:\w*media|medien|medier|mediengruppe|uitgeverij|\w*verlag\w*|publishing|publications|group|gruppe|groupe|"
    r"grupo|gruppo|edizioni|éditions|ediciones|edições|wydawnictwo|holding|forlag|förlag)\b",
    re.I,
)


def _with_outlet(article: Article) -> Article:
    """The article with its outlet: given, or named in the page's furniture, its title's suffix or its URL."""
    if article.outlet:
        return article
    lines = article.raw_text.split("\n")
    found = infer_outlet(lines[::-1])
    top = [line.strip() for line in lines if line.strip()][:6]
    site = None
    title = site_suffix(top[0]) if top else None
    if title and title[2] == "|":
        site = title[1], f"inferred from the page title {top[0]!r}"
    elif title and any(line.casefold() == title[1].casefold() for line in top[1:]):
        # "... i Vassteigdalen - Nyhetsporten" over the masthead "Nyhetsporten": a dash may end a headline, but not
        # on the name the page prints alone
        site = title[1], f"inferred from the page title {top[0]!r} and the line {title[1]!r}"
    elif named := next((line for line in top if site_name_line(line)), None):
        # "EUROPE WIRE" at the top of the page: the name, in capitals only where the page sets it so
        site = (named.title() if named.isupper() else named), f"inferred from the line {named!r} at the top"
    # The site's own name beats its publisher's ("DK24" over "© DK24 Medier ApS", "Het Noordelijk Dagblad" over
    # "© Uitgeverij Hanzekrant"), and stands in for none.
    if site and (
        not found
        or set(site[0].casefold().split()) < set(found[0].casefold().split())
        or _PUBLISHER.search(found[0])
    ):
        found = site
    found = found or infer_outlet([], article.url)
    if not found:
        return article
    return replace(article, outlet=found[0], provenance={**article.provenance, "outlet": found[1]})


def _clean_item(item: ItemLines, settings: Settings, page_date: PageDate = None, posted: date | None = None) -> CleanedItem:
    page, decisions = item.page, item.decisions
    title = page.title if item.items == 1 else None
    if title is None:
        title = next((d.shown.strip() for d in decisions if d.reason == "title"), None)
    if item.items > 1 and item.position == 1 and not item.live:
        # The first item of a page of several opens under the page's own title: its headline is the last one over
        # its text ("Lokalt i dag: ... | Mors-Thy Nu", then "Kl. 06.45", then "Vilsundvej spærret i tre weekender").
        opening = next((k for k, d in enumerate(decisions) if d.reason == "news"), len(decisions))
        heads = [
            d.shown.strip()
            for d in decisions[:opening]
            if d.reason in ("heading", "title")
            # a standfirst of one short clause, not of two sentences ("Taglio del nastro ieri mattina ... in
            # bicicletta. L'opera è costata 1,4 milioni di euro")
            or (
                d.reason == "standfirst"
                and len(d.shown.split()) <= 20
                and not ends_sentence(d.shown)
                and len(split_sentences(d.shown)) == 1
            )
        ]
        heads = [h for h in heads if not TIME_HEADER.match(h)]
        title = heads[-1] if heads else title

    language = page.language
    provenance = dict(page.provenance)
    if not language:
        # With nothing left, the raw text still tells an unsupported language from a page of furniture.
        has_news = any(d.reason == "news" for d in decisions)
        language, confidence = identify_language(item.body_text if has_news else "\n".join(d.text for d in decisions))
        how = f"identified ({confidence:.2f})"
        if confidence < settings.min_language_confidence and item.items > 1:
            # A live update or a brief of two lines says too little; the page it was cut from is in one language.
            language, confidence = identify_language(item.page.raw_text)
            how = f"identified on the whole page ({confidence:.2f})"
        if confidence < settings.min_language_confidence:
            raise ValueError(f"language could not be identified: best guess {language!r} at {confidence:.2f}")
        provenance["language"] = how
    elif any(d.reason == "news" for d in decisions):
        read, confidence = identify_language(item.body_text)
        if read != language and read in settings.languages and confidence >= settings.language_override_confidence:
            provenance["language"] = f"identified ({confidence:.2f}); given as {language}"
            language = read
    if language not in settings.languages:
        raise ValueError(f"unsupported language: {language!r}")
    decisions = other_language_lines(decisions, language, settings)
    item = replace(item, decisions=decisions)
    clean_text = item.body_text
    removed = tuple(RemovedLine(d.number, d.text, d.reason) for d in decisions if not d.kept)
    body = [d for d in decisions if d.reason in ("news", "standfirst", "heading")]
    sentences: list[Sentence] = []
    for paragraph, decision in enumerate(body):
        if decision.reason not in ("news", "standfirst"):
            continue
        for sentence in split_sentences(decision.shown.strip()):
            sentences.append(Sentence(len(sentences), sentence, paragraph, decision.reason == "standfirst"))
    if not sentences:
        raise ValueError("nothing is left after removing furniture")
    if all(s.standfirst for s in sentences):
        # A paragraph under the title with nothing after it (a live update, a brief) is the report itself.
        sentences = [replace(s, standfirst=False) for s in sentences]
    notice = error_page_notice([s.text for s in sentences])
    if notice:
        raise ValueError(f"not an article: the page is an error notice or a robot check ({notice[:80]!r})")
    form = sign_up_notice([*([title] if title else []), *(s.text for s in sentences)])
    if form:
        raise ValueError(f"not an article: the page is a sign-up form ({form[:80]!r})")
    paywall = paywall_notice([s.text for s in sentences])
    if paywall:
        raise ValueError(f"not an article: the page is a paywall ({paywall[:80]!r})")

    published = page.published if item.position == 1 or page.provenance.get("published") else None
    if published is None:
        found = infer_published(stamp_lines(decisions)) or page_date
        if found:
            published, provenance["published"] = found
    if item.live and published is not None:
        published, when = _update_time(decisions, published, posted)
        if when:
            provenance["published"] = when
    if title:
        provenance.setdefault("title", "inferred from the first line")
    article = replace(
        page,
        id=item.item_id,
        title=title,
        published=published,
        language=language,
        clean_text=clean_text,
        sentences=tuple(sentences),
        removed_lines=removed,
        provenance=provenance,
        live_page=page.id if item.live else None,
    )
    return CleanedItem(_dated(article, [d.text for d in decisions]), decisions)


_CLOCK = re.compile(r"(\d{1,2})[:h.](\d{2})")


def _update_time(decisions: Sequence[LineDecision], page_time: datetime, posted: date | None) -> tuple[datetime, str]:
    """A live page's update is published at its time header ("18:05") on the day it was posted (see ``_live_days``),
    or on the page's day. Without a header, the page's time stands."""
    minutes = _header_minutes(decisions)
    if minutes is None:
        return page_time, ""
    day = posted or page_time.date()  # a page giving no time at all: its day
    when = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=page_time.tzinfo)
    return when, f"the update's time header at {when:%H:%M}, posted on {day.isoformat()}"


def _dated(article: Article, page_lines: Sequence[str]) -> Article:
    """Resolve the article's dates and pick its event date with ``newsfuse.temporal.date_article``, against the
    publication date or, without one, the latest full date on the page; the knowledge stage reuses the result."""
    provenance = dict(article.provenance)
    anchor: date | None = article.published.date() if article.published else None
    basis = f"relative to publication {anchor.isoformat()}" if anchor else ""
    if anchor is None:
        page_date = latest_absolute(page_lines)
        if page_date:
            anchor = page_date[1]
            basis = f"relative to the page's date {anchor.isoformat()} (from {page_date[0]!r})"
            provenance["anchor"] = f"no publication date; the latest full date on the page, {page_date[0]!r}"
    dating = date_article(article.title, [s.text for s in article.sentences], anchor, basis, article.language or "en")
    event_date = dating.event_date
    if article.live_page is not None and article.published is not None:
        # A live page's update reports the day it is posted on: its "gestern Abend" is the background of the day's
        # news and its "Freitagmorgen" a forecast, and neither makes the page's story another day's.
        event_date = article.published.date()
    return replace(
        article,
        event_date=event_date,
        date_evidence=dating.mentions,
        date_anchor=anchor,
        provenance=provenance,
    )


def explain_pages(
    articles: Iterable[Article], settings: Settings | None = None
) -> list[tuple[ItemLines, CleanedItem | Problem]]:
    """Every item of the given raw articles, cleaned as one batch, with its line decisions and its outcome."""
    settings = settings or Settings()
    return [
        (item, _finish(item, settings, page_date, posted))
        for item, page_date, posted in _with_page_dates(classify_pages(articles, settings))
    ]


def explain_article(
    article: Article, settings: Settings | None = None
) -> list[tuple[ItemLines, CleanedItem | Problem]]:
    """Every item of one raw article with its line decisions and its outcome, for ``newsfuse clean --explain``."""
    return explain_pages([article], settings)
