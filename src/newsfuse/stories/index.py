"""The index of active stories: stored articles blocked by day, searched by embedding cosine within a time window.

Only the days around the article being placed are held in memory, loaded from the store on first use, so the cost of
one search grows with the number of articles in the window, not with the number stored.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from newsfuse.embeddings import DIMENSIONS
from newsfuse.store import Store

DAY = 86_400.0


@dataclass
class _Block:
    """The articles of one day: ids, their stories and their vectors (rows of a growing matrix)."""

    ids: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    times: NDArray[np.float64] = field(default_factory=lambda: np.zeros(16))
    vectors: NDArray[np.float32] = field(default_factory=lambda: np.zeros((16, DIMENSIONS), dtype=np.float32))

    def append(self, article_id: str, story_id: str, time: float, vector: NDArray[np.float32]) -> None:
        """Add one article, doubling the arrays when they are full."""
        n = len(self.ids)
        if n == len(self.vectors):
            vectors = np.zeros((2 * n, DIMENSIONS), dtype=np.float32)
            vectors[:n] = self.vectors
            times = np.zeros(2 * n)
            times[:n] = self.times
            self.vectors, self.times = vectors, times
        self.vectors[n] = vector
        self.times[n] = time
        self.ids.append(article_id)
        self.stories.append(story_id)


@dataclass(frozen=True)
class Neighbour:
    """A stored article near the one being placed."""

    article_id: str
    story_id: str  # its story now (merges followed)
    cosine: float


class StoryIndex:
    """Nearest stored articles within ``window_days`` of a time, by embedding cosine."""

    def __init__(self, store: Store, window_days: float, neighbours: int) -> None:
        self.store = store
        self.window = window_days * DAY
        self.neighbours = neighbours
        self.blocks: dict[int, _Block] = {}
        self.merged: dict[str, str] = {}  # story -> the story it was merged into

    def resolve(self, story_id: str) -> str:
        """The story a (possibly merged) story now lives in."""
        root = story_id
        while root in self.merged:
            root = self.merged[root]
        while story_id != root:  # path compression
            self.merged[story_id], story_id = root, self.merged[story_id]
        return root

    def merge(self, merged: str, into: str) -> None:
        """Follow a merge: articles of ``merged`` now belong to ``into``."""
        self.merged[merged] = into

    def _block(self, day: int) -> _Block:
        block = self.blocks.get(day)
        if block is None:
            rows = self.store.features_between(day * DAY, (day + 1) * DAY)
            size = max(16, len(rows.ids))
            block = _Block(
                list(rows.ids), list(rows.stories), np.zeros(size), np.zeros((size, DIMENSIONS), dtype=np.float32)
            )
            block.times[: len(rows.ids)] = rows.times
            block.vectors[: len(rows.ids)] = rows.vectors
            self.blocks[day] = block
        return block

    def _evict(self, day: int, window: float) -> None:
        # Days far from the current one are dropped; they are read again from the store if the stream goes back.
        keep = max(self.window, window) / DAY + 2
        for old in [d for d in self.blocks if abs(d - day) > keep]:
            del self.blocks[old]

    def add(self, article_id: str, story_id: str, time: float, vector: NDArray[np.float32]) -> None:
        """Index an article that has just been placed (a day not yet loaded will read it from the store)."""
        day = int(time // DAY)
        if day in self.blocks:
            self.blocks[day].append(article_id, story_id, time, vector)

    def move(self, article_id: str, time: float, story_id: str) -> None:
        """Record that an indexed article now belongs to another story."""
        block = self.blocks.get(int(time // DAY))
        if block is not None and article_id in block.ids:
            block.stories[block.ids.index(article_id)] = story_id

    def search(
        self, vector: NDArray[np.float32], time: float, window_days: float | None = None
    ) -> tuple[list[Neighbour], int]:
        """The nearest articles within the window (or ``window_days``), best first, and how many the window held."""
        day = int(time // DAY)
        window = self.window if window_days is None else window_days * DAY
        self._evict(day, window)
        span = int(window // DAY) + 1
        best: list[tuple[float, int, str, str]] = []
        seen = 0
        order = 0
        for d in range(day - span, day + span + 1):
            block = self._block(d)
            n = len(block.ids)
            if n == 0:
                continue
            inside = np.abs(block.times[:n] - time) <= window
            if not inside.any():
                continue
            seen += int(inside.sum())
            scores = block.vectors[:n] @ vector
            scores[~inside] = -2.0
            k = min(self.neighbours, n)
            top = np.argpartition(-scores, k - 1)[:k] if n > k else np.arange(n)
            for i in top:
                if scores[i] <= -2.0:
                    continue
                order += 1
                item = (float(scores[i]), -order, block.ids[i], block.stories[i])
                if len(best) < self.neighbours:
                    heapq.heappush(best, item)
                elif item > best[0]:
                    heapq.heapreplace(best, item)
        ranked = sorted(best, reverse=True)
        return [Neighbour(a, self.resolve(s), c) for c, _, a, s in ranked], seen
