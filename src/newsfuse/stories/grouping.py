"""Grouping a batch of cleaned articles into stories, in a given store or in a store that lasts one run."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.embeddings import Encoder
from newsfuse.records import Article, Story
from newsfuse.settings import Settings
from newsfuse.store import SQLiteStore, Store
from newsfuse.stories.assign import BatchResult, StoryAssigner


def assign_batch(articles: Sequence[Article], settings: Settings, encoder: Encoder, store: Store) -> BatchResult:
    """Place a batch into the stories of ``store`` (see ``StoryAssigner``); the store is committed."""
    return StoryAssigner(store, settings, encoder).add(articles)


def group_stories(
    articles: Sequence[Article], settings: Settings, encoder: Encoder, store: Store | None = None
) -> list[Story]:
    """Group cleaned articles into stories: those of ``store`` when given, else a store that lasts this call."""
    if not articles:
        return []
    if store is not None:
        return assign_batch(articles, settings, encoder, store).stories
    with SQLiteStore(":memory:") as memory:
        return assign_batch(articles, settings, encoder, memory).stories
