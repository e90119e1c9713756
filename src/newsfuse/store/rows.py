"""What the store keeps besides the articles themselves: matching features, stories, memberships and merges."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class FeatureRow:
    """What story assignment compares: one article's embedding, keywords, names, shingles and times."""

    article_id: str
    time: float  # epoch seconds used for blocking: publication, else event day, else arrival on the stream clock
    published: float | None  # epoch seconds, when the article gives a publication time
    event_day: int | None  # date.toordinal() of the event date found in the text
    language: str
    outlet: str | None
    vector: NDArray[np.float32]  # unit vector
    terms: dict[str, int]  # keyword counts (TF-IDF weights are computed with the store's document frequencies)
    names: frozenset[str]
    shingles: frozenset[int]
    # The weekdays its lead names as the day of the event (0 = Monday): what an article without a date says of its day.
    weekdays: frozenset[int] = frozenset()
    # For an article in a language the model never saw (its ``vector`` is lexical): the model's vector too, the only
    # one comparable with the vector of an article in another language.
    model_vector: NDArray[np.float32] | None = None
    # For an update cut from a live page: the page's id. The page's updates are also compared as one report.
    report: str | None = None

    @property
    def common_vector(self) -> NDArray[np.float32]:
        """The model's vector: the one comparable with the vector of an article in any language."""
        return self.vector if self.model_vector is None else self.model_vector


def _no_vectors() -> NDArray[np.float32]:
    return np.zeros((0, 0), dtype=np.float32)


@dataclass(frozen=True)
class IndexedRows:
    """Articles placed in stories, as the story index loads them: ids, stories, times and the model's vectors (one
    row each), and the lexical vectors of those in a language the model never saw (``lexical_rows`` gives their
    rows)."""

    ids: list[str]
    stories: list[str]
    times: NDArray[np.float64]
    vectors: NDArray[np.float32]
    lexical_rows: list[int] = field(default_factory=list)
    lexical: NDArray[np.float32] = field(default_factory=_no_vectors)


@dataclass(frozen=True)
class StoryRow:
    """A story's state: still open to new articles ("active") or merged into another story."""

    id: str
    state: str  # "active" or "merged"
    merged_into: str | None
    opened: float  # stream time of the article that opened it
    first_seen: float
    last_seen: float
    event_min: int | None  # earliest and latest event day (ordinal) of its articles
    event_max: int | None
    size: int


@dataclass(frozen=True)
class Membership:
    """Why an article is in its story: the story it joined (or opened) and the evidence of that decision."""

    article_id: str
    story_id: str  # the story it belongs to now (after merges)
    joined: str  # the story it joined or opened when it arrived
    position: int  # arrival order over the whole store
    score: float | None  # the winning score, None when it opened a story
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeRow:
    """Two stories that converged: ``merged`` was folded into ``into`` when ``article_id`` linked them."""

    merged: str
    into: str
    at: float  # stream time of the merge
    article_id: str
    score: float
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryOverview:
    """A story as ``newsfuse stories`` lists it."""

    story: StoryRow
    title: str  # the headline of its story article, else its first article's title
    languages: dict[str, int]
    outlets: dict[str, int]
    # Earliest and latest publication times of its articles (epoch seconds), None when none gives one. The story's
    # own first/last seen also count undated articles, at the stream clock where they arrived.
    first_published: float | None = None
    last_published: float | None = None
