"""The store interface: what story assignment needs to persist, whatever database holds it.

``SQLiteStore`` is the embedded default; a server database can implement the same protocol later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from newsfuse.records import Article
from newsfuse.store.rows import FeatureRow, IndexedRows, Membership, MergeRow, StoryOverview, StoryRow


class Store(Protocol):
    """Articles, their matching features, term statistics, stories, memberships and merges."""

    # Articles and their features
    def add_articles(self, items: Sequence[tuple[Article, FeatureRow]]) -> None:
        """Store new articles with their features, and count their terms in the document frequencies."""
        ...

    def fingerprint(self, article_id: str) -> str | None:
        """The stored fingerprint of an article's text, or None when the id is not stored."""
        ...

    def articles(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles with these ids (unknown ids are left out), in the order asked."""
        ...

    def features(self, ids: Sequence[str]) -> list[FeatureRow]:
        """The stored features of these articles (unknown ids are left out)."""
        ...

    def undated_features(self, limit: int) -> list[FeatureRow]:
        """The features of the last ``limit`` stored articles with neither a publication time nor an event day,
        oldest first."""
        ...

    def features_between(self, start: float, end: float) -> IndexedRows:
        """The indexed articles (those placed in a story) with start <= time < end, in arrival order."""
        ...

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many stored articles contain each term (terms never seen are left out)."""
        ...

    def document_count(self) -> int:
        """How many articles the term statistics count."""
        ...

    # Stories
    def save_story(self, story: StoryRow) -> None:
        """Insert or replace a story's state."""
        ...

    def story(self, story_id: str) -> StoryRow | None:
        """One story's state."""
        ...

    def stories(self, include_merged: bool = False, limit: int | None = None) -> list[StoryRow]:
        """Stories, most recently seen first."""
        ...

    def add_membership(self, membership: Membership) -> None:
        """Record which story an article joined and why."""
        ...

    def membership(self, article_id: str) -> Membership | None:
        """Why an article is in its story."""
        ...

    def members(self, story_id: str) -> list[Membership]:
        """A story's memberships in arrival order."""
        ...

    def next_position(self) -> int:
        """The arrival position the next article gets."""
        ...

    def record_merge(self, merge: MergeRow) -> None:
        """Fold one story into another: move its members, mark it merged and keep the record."""
        ...

    def merges(self, story_id: str | None = None) -> list[MergeRow]:
        """Merge records (those involving ``story_id`` when given), oldest first."""
        ...

    def overview(self, story_id: str) -> StoryOverview | None:
        """A story with its headline (else its first article's title), languages and outlets, for listings."""
        ...

    def save_headline(self, story_id: str, headline: str, language: str) -> None:
        """Keep the headline of the story article last written for this story."""
        ...

    # Settings and bookkeeping
    def get_meta(self, key: str) -> str | None:
        """A stored setting or counter."""
        ...

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting or counter."""
        ...

    def commit(self) -> None:
        """Make everything written so far durable."""
        ...

    def close(self) -> None:
        """Commit and release the database."""
        ...
