"""Online grouping of articles into stories: embeddings, keywords, copied text and event dates."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from newsfuse.copies import containment, shingles
from newsfuse.embeddings import Encoder, Vectors
from newsfuse.records import Article, Story
from newsfuse.settings import Settings
from newsfuse.temporal import find_mentions
from newsfuse.textnorm import strip_accents, words

_STOP = set(
    [
        "avec",
        "dans",
        "pour",
        "sont",
        "elle",
        "elles",
        "leur",
        "leurs",
        "nous",
        "vous",
        "mais",
        "plus",
        "être",
        "avoir",
        "cette",
        "aussi",
        "entre",
        "après",
        "avant",
        "depuis",
        "selon",
        "sans",
        "sous",
        "tout",
        "tous",
        "toute",
        "toutes",
        "très",
        "même",
        "encore",
        "deux",
        "trois",
        "contre",
        "lors",
        "dont",
        "quand",
        "comme",
        "alors",
        "ainsi",
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "their",
        "there",
        "which",
        "would",
        "about",
        "after",
        "before",
        "other",
        "into",
        "they",
        "been",
        "also",
        "more",
        "than",
        "when",
        "what",
        "will",
        "said",
        "says",
        "over",
        "only",
        "some",
        "such",
        "them",
        "then",
        "these",
        "those",
        "while",
        "where",
        "under",
        "again",
        "being",
        "eine",
        "einer",
        "einem",
        "einen",
        "sich",
        "nicht",
        "auch",
        "oder",
        "aber",
        "wird",
        "wurde",
        "wurden",
        "haben",
        "nach",
        "noch",
        "über",
        "unter",
        "sind",
        "seine",
        "ihre",
        "ihren",
        "diese",
        "dieser",
        "dieses",
        "beim",
        "sowie",
        "zwei",
        "drei",
        "para",
        "como",
        "pero",
        "más",
        "este",
        "esta",
        "estos",
        "estas",
        "tiene",
        "sobre",
        "entre",
        "desde",
        "hasta",
        "fueron",
        "sido",
        "según",
        "durante",
    ]
)


def keywords(text: str) -> Counter[str]:
    """Content-word counts: folded, accent-free tokens of four letters or more that are not stop words."""
    return Counter(
        w for w in (strip_accents(t) for t in words(text)) if len(w) >= 4 and not w.isdigit() and w not in _STOP
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
    return out


@dataclass
class _Features:
    article: Article
    vector: Vectors
    terms: dict[str, float]
    shingles: set[int]
    names: set[str]


@dataclass(frozen=True)
class PairEvidence:
    """The similarities of two articles that the story decision draws on."""

    embedding: float
    keywords: float
    copy: float
    names: float

    def score(self, s: Settings) -> float:
        """The weighted combination compared with ``Settings.story_join_threshold``."""
        return (
            s.weight_embedding * self.embedding
            + s.weight_keywords * self.keywords
            + s.weight_copy * self.copy
            + s.weight_names * self.names
        )


@dataclass
class _OpenStory:
    members: list[_Features] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)

    def dates(self) -> list[date]:
        return [m.article.event_date for m in self.members if m.article.event_date]


def _tfidf(counts: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    out = []
    for c in counts:
        weights = {t: (1 + math.log(v)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, v in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def lead_text(article: Article, sentences: int = 4) -> str:
    """The title and the first sentences: what an article is about."""
    return " ".join([article.title or ""] + [s.text for s in article.sentences[:sentences]]).strip()


def _reported_days(article: Article) -> set[date]:
    """The days an article names in the week up to the date it was written (its event date is one of them)."""
    anchor = article.date_anchor
    if anchor is None:
        return set()
    return {e.value for e in article.date_evidence if e.grain == "day" and -7 <= (e.value - anchor).days <= 0}


def _order_key(item: tuple[int, Article]) -> tuple[float, int]:
    """Publication order: times compared in UTC (a naive time is taken as UTC), undated articles last."""
    index, article = item
    if article.published is not None:
        when = article.published if article.published.tzinfo else article.published.replace(tzinfo=UTC)
        return when.timestamp(), index
    if article.event_date is not None:
        return datetime(
            article.event_date.year, article.event_date.month, article.event_date.day, tzinfo=UTC
        ).timestamp(), index
    return float("inf"), index


class StoryGrouper:
    """Assigns articles, in publication order, to the best matching story or opens a new one."""

    def __init__(self, settings: Settings, encoder: Encoder) -> None:
        self.settings = settings
        self.encoder = encoder

    @staticmethod
    def evidence(a: _Features, b: _Features) -> PairEvidence:
        """The similarities of two articles."""
        shared = len(a.names & b.names) / max(1, min(len(a.names), len(b.names)))
        return PairEvidence(
            float(a.vector @ b.vector), _cosine(a.terms, b.terms), containment(a.shingles, b.shingles), shared
        )

    def pair_score(self, a: _Features, b: _Features) -> tuple[float, str]:
        """The combined similarity of two articles and its evidence, in words."""
        e = self.evidence(a, b)
        why = f"embedding {e.embedding:.2f}, keywords {e.keywords:.2f}, names {e.names:.2f}, shared text {e.copy:.2f} with {b.article.id}"
        return e.score(self.settings), why

    def _compatible(self, article: Article, story: _OpenStory) -> bool:
        if article.event_date is None:
            return True
        gap = self.settings.max_event_gap_days

        def close(day: date, days: set[date]) -> bool:
            return any(abs((day - d).days) <= gap for d in days)

        # A report naming two days ("closed today after cracks were found on Friday") fits a story dated on either.
        mine = _reported_days(article)
        return all(
            close(article.event_date, {m.article.event_date} | _reported_days(m.article))
            or close(m.article.event_date, mine)
            for m in story.members
            if m.article.event_date is not None
        )

    def group(self, articles: Sequence[Article]) -> list[Story]:
        """Group a batch of cleaned articles into stories."""
        return self.assign(self.features(articles))

    def features(self, articles: Sequence[Article]) -> list[_Features]:
        """Per-article features, in the order articles are assigned (publication order)."""
        ordered = [a for _, a in sorted(enumerate(articles), key=_order_key)]
        vectors = self.encoder.encode([lead_text(a) for a in ordered])
        terms = _tfidf([keywords(lead_text(a, 6) + " " + a.clean_text) for a in ordered])
        return [
            _Features(a, vectors[i], terms[i], shingles(a.clean_text, self.settings.shingle_size), names(a))
            for i, a in enumerate(ordered)
        ]

    def assign(self, feats: Sequence[_Features]) -> list[Story]:
        """Assign featured articles one by one to stories."""
        stories: list[_OpenStory] = []
        for f in feats:
            best: tuple[float, str, _OpenStory | None] = (-1.0, "", None)
            for story in stories:
                if not self._compatible(f.article, story):
                    continue
                score, why = max(self.pair_score(f, m) for m in story.members)
                if score > best[0]:
                    best = (score, why, story)
            if best[2] is not None and best[0] >= self.settings.story_join_threshold:
                best[2].members.append(f)
                best[2].evidence[f.article.id] = f"joined at {best[0]:.2f}: {best[1]}"
            else:
                opened = _OpenStory([f])
                opened.evidence[f.article.id] = "opened the story" + (
                    f" (best other {best[0]:.2f}: {best[1]})" if best[2] else ""
                )
                stories.append(opened)
        return [_finish(s) for s in stories]


def _finish(story: _OpenStory) -> Story:
    articles = [m.article for m in story.members]
    day, basis = story_date(articles)
    languages = Counter(a.language or "und" for a in articles)
    first = articles[0].id
    digest = hashlib.sha1(first.encode()).hexdigest()[:8]
    return Story(
        id=f"{day.isoformat() if day else 'undated'}-{digest}",
        article_ids=tuple(a.id for a in articles),
        language=languages.most_common(1)[0][0],
        date=day,
        date_basis=basis,
        evidence=dict(story.evidence),
    )


def story_date(articles: Sequence[Article]) -> tuple[date | None, str]:
    """The story's event date: the most common article event date, checked against undated articles' weekdays."""
    dated = Counter(a.event_date for a in articles if a.event_date)
    if not dated:
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


def group_stories(articles: Sequence[Article], settings: Settings, encoder: Encoder) -> list[Story]:
    """Group cleaned articles into stories (see ``StoryGrouper``)."""
    if not articles:
        return []
    return StoryGrouper(settings, encoder).group(articles)
