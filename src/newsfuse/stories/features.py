"""What story assignment compares: an embedding of title, lead and body, keywords, names, shingles and times."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time

import numpy as np
from numpy.typing import NDArray

from newsfuse.copies import shingles
from newsfuse.embeddings import UNCOVERED, Encoder
from newsfuse.records import Article
from newsfuse.settings import Settings
from newsfuse.store import FeatureRow
from newsfuse.stories.stopwords import NORDIC_STOP_WORDS, STOP_WORDS
from newsfuse.temporal import plain_weekdays
from newsfuse.textnorm import strip_accents, words


def keywords(text: str, language: str | None = None) -> Counter[str]:
    """Content-word counts: folded, accent-free tokens of four letters or more that are not stop words (of any of
    our languages, and Swedish, Norwegian and Danish frequent words in a text of those languages)."""
    stop = STOP_WORDS | NORDIC_STOP_WORDS if language in ("sv", "no", "da") else STOP_WORDS
    return Counter(
        w for w in (strip_accents(t) for t in words(text)) if len(w) >= 4 and not w.isdigit() and w not in stop
    )


_NAME_TOKEN = re.compile(r"[\w'’-]+")
_NUMBER = re.compile(r"\d[\d.,]*\d")


def names(article: Article) -> set[str]:
    """Language-independent anchors: capitalised words not opening a sentence, and multi-digit numbers."""
    out = set()
    for text in [article.title or ""] + [s.text for s in article.sentences]:
        tokens = _NAME_TOKEN.findall(text)
        for i, token in enumerate(tokens):
            if (i > 0 and token[:1].isupper() and len(token) > 2) or _NUMBER.fullmatch(token):
                out.add(strip_accents(token.lower()))
                # A compound place name is also its parts: "Aïnharbe-Mendibe" in one report, "Aïnharbe" in another.
                parts = token.split("-")
                out.update(strip_accents(p.lower()) for p in parts if len(p) > 3 and p[:1].isupper())
    return out


def lead_text(article: Article, sentences: int = 4) -> str:
    """The title and the first sentences: what an article is about."""
    return " ".join([article.title or ""] + [s.text for s in article.sentences[:sentences]]).strip()


def lead_weekdays(article: Article, sentences: int = 4) -> frozenset[int]:
    """The weekdays the title and the first sentences name as a plain day (0 = Monday)."""
    texts = [article.title or ""] + [s.text for s in article.sentences[:sentences]]
    return frozenset(day for text in texts for day in plain_weekdays(text))


def embedding_text(article: Article, max_words: int) -> str:
    """The title, then the lead and the body up to about ``max_words`` words: the text that is embedded."""
    parts = [article.title or ""]
    count = 0
    for sentence in article.sentences:
        if count >= max_words:
            break
        if sentence.text == article.title:
            continue
        parts.append(sentence.text)
        count += len(sentence.text.split())
    return " ".join(p for p in parts if p).strip()


def epoch(moment: datetime) -> float:
    """Seconds since 1970 (a time without a zone is taken as UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def day_epoch(day: date) -> float:
    """Noon UTC of a day, in seconds since 1970."""
    return datetime.combine(day, time(12), tzinfo=UTC).timestamp()


def known_time(article: Article) -> float | None:
    """When the article belongs on the stream: its publication time, else its event day, else unknown."""
    if article.published is not None:
        return epoch(article.published)
    if article.event_date is not None:
        return day_epoch(article.event_date)
    return None


def stream_clock(articles: Sequence[Article], stored: float) -> float:
    """The latest time the stream has reached: the stored clock and the batch's latest publication time.

    Event days move the clock only when no publication time is known at all: a page with no publication date is dated
    from the dates it names, which may lie years ahead (a forecast, the deadline of a plan), and would put every
    article of unknown time far from its story.
    """
    published = [epoch(a.published) for a in articles if a.published is not None]
    if published or stored:
        return max([stored, *supported_times(published, stored)])
    return max([day_epoch(a.event_date) for a in articles if a.event_date is not None], default=0.0)


def supported_times(times: Sequence[float], stored: float = 0.0, days: float = 7.0) -> list[float]:
    """The times that another one, or the stored clock, comes within ``days`` of.

    One page dated years away from the rest of its batch (a sports index stamped 2021 in a stream of 2004 reports)
    must not move the clock: every article of unknown time would then be placed years away from its story. A lone
    time, or a batch whose times are all isolated, is kept whole.
    """
    ordered = sorted(times)
    span = days * 86_400
    kept = [
        t
        for i, t in enumerate(ordered)
        if (i > 0 and t - ordered[i - 1] <= span)
        or (i + 1 < len(ordered) and ordered[i + 1] - t <= span)
        or (stored and abs(t - stored) <= span)
    ]
    return kept or ordered


def _matching_day(article: Article) -> int | None:
    """The day compared between articles: the latest day the lead reports in the week up to the anchor.

    An article's event date is the earliest day its lead names ("closed today after cracks were found on Friday" is
    dated Friday); stories are matched on the latest, so such a report meets the reports of the closure itself.
    """
    anchor = article.date_anchor
    days = [
        e.value for e in article.date_evidence if e.grain == "day" and anchor and -7 <= (e.value - anchor).days <= 0
    ]
    if article.event_date is not None and days:
        return max(max(days), article.event_date).toordinal()
    return article.event_date.toordinal() if article.event_date else None


def page_features(page: str, updates: Sequence[FeatureRow]) -> FeatureRow:
    """A live page's updates as one report: their words, names and text together, their mean embedding, and the time
    and day of the latest update (the page as it stands).

    Each update is a few lines; another outlet's report of the event shares a little with each, and enough only with
    the page as a whole.
    """
    latest = max(updates, key=lambda r: (r.time, r.article_id))
    terms: Counter[str] = Counter()
    for row in updates:
        terms.update(row.terms)
    models = [r.model_vector for r in updates if r.model_vector is not None]
    return replace(
        latest,
        article_id=page,
        vector=_mean([r.vector for r in updates]),
        terms=dict(terms),
        names=frozenset().union(*(r.names for r in updates)),
        shingles=frozenset().union(*(r.shingles for r in updates)),
        weekdays=frozenset().union(*(r.weekdays for r in updates)),
        model_vector=_mean(models) if len(models) == len(updates) else None,
        report=page,
    )


def _mean(vectors: Sequence[NDArray[np.float32]]) -> NDArray[np.float32]:
    """The unit-length mean of unit vectors."""
    total: NDArray[np.float32] = np.sum(vectors, axis=0, dtype=np.float32)
    norm = float(np.linalg.norm(total))
    return total / np.float32(norm) if norm else total


def build_features(articles: Sequence[Article], settings: Settings, encoder: Encoder, clock: float) -> list[FeatureRow]:
    """Features of a batch (one call to the encoder); an article of unknown time is placed at ``clock``."""
    texts = [embedding_text(a, settings.story_embedding_words) for a in articles]
    vectors = encoder.encode(texts, [a.language for a in articles])
    uncovered = [i for i, a in enumerate(articles) if a.language in UNCOVERED]
    model: dict[int, NDArray[np.float32]] = {}
    if uncovered:
        model = dict(zip(uncovered, encoder.encode([texts[i] for i in uncovered]), strict=True))
    out = []
    for i, (article, vector) in enumerate(zip(articles, vectors, strict=True)):
        when = known_time(article)
        out.append(
            FeatureRow(
                article_id=article.id,
                time=clock if when is None else when,
                published=epoch(article.published) if article.published else None,
                event_day=_matching_day(article),
                language=article.language or "und",
                outlet=article.outlet,
                vector=vector,
                terms=dict(keywords(lead_text(article, 6) + " " + article.clean_text, article.language)),
                names=frozenset(names(article)),
                shingles=frozenset(shingles(article.clean_text, settings.shingle_size)),
                weekdays=lead_weekdays(article),
                model_vector=model.get(i),
                report=article.live_page,
            )
        )
    return out
