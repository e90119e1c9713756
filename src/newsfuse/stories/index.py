"""The index of active stories: stored articles blocked by day, searched by embedding cosine within a time window.

Only the days around the article being placed are held in memory, loaded from the store on first use, so the cost of
one search grows with the number of articles in the window, not with the number stored.

Every article is searched by the model's vector, the one comparable across languages. An article in a language the
model never saw is also searched by its lexical vector, among the other articles that have one: in a busy window the
model's vector alone would rank its same-language reports below unrelated ones.
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
        self.blocks: dict[int, tuple[_Block, _Block]] = {}  # day -> (model's vectors, lexical vectors)
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

    def _load(self, day: int) -> tuple[_Block, _Block]:
        blocks = self.blocks.get(day)
        if blocks is None:
            rows = self.store.features_between(day * DAY, (day + 1) * DAY)
            common = _filled(rows.ids, rows.stories, rows.times, rows.vectors)
            lexical = _filled(
                [rows.ids[i] for i in rows.lexical_rows],
                [rows.stories[i] for i in rows.lexical_rows],
                rows.times[rows.lexical_rows],
                rows.lexical,
            )
            blocks = self.blocks[day] = (common, lexical)
        return blocks

    def _evict(self, day: int, window: float) -> None:
        # Days far from the current one are dropped; they are read again from the store if the stream goes back.
        keep = max(self.window, window) / DAY + 2
        for old in [d for d in self.blocks if abs(d - day) > keep]:
            del self.blocks[old]

    def add(
        self,
        article_id: str,
        story_id: str,
        time: float,
        vector: NDArray[np.float32],
        lexical: NDArray[np.float32] | None = None,
    ) -> None:
        """Index an article that has just been placed, by the model's vector and, if it has one, its lexical vector
        (a day not yet loaded will read it from the store)."""
        blocks = self.blocks.get(int(time // DAY))
        if blocks is not None:
            blocks[0].append(article_id, story_id, time, vector)
            if lexical is not None:
                blocks[1].append(article_id, story_id, time, lexical)

    def move(self, article_id: str, time: float, story_id: str) -> None:
        """Record that an indexed article now belongs to another story."""
        for block in self.blocks.get(int(time // DAY), ()):
            if article_id in block.ids:
                block.stories[block.ids.index(article_id)] = story_id

    def search(
        self,
        vector: NDArray[np.float32],
        time: float,
        window_days: float | None = None,
        lexical: NDArray[np.float32] | None = None,
    ) -> tuple[list[Neighbour], int]:
        """The nearest articles within the window (or ``window_days``), best first, and how many the window held.

        With ``lexical``, the nearest by lexical vector follow those by the model's (each article once)."""
        day = int(time // DAY)
        window = self.window if window_days is None else window_days * DAY
        self._evict(day, window)
        span = int(window // DAY) + 1
        blocks = [self._load(d) for d in range(day - span, day + span + 1)]
        found, seen = self._nearest([b[0] for b in blocks], vector, time, window)
        if lexical is not None:
            ids = {n.article_id for n in found}
            more, _ = self._nearest([b[1] for b in blocks], lexical, time, window)
            found += [n for n in more if n.article_id not in ids]
        return found, seen

    def _nearest(
        self, blocks: list[_Block], vector: NDArray[np.float32], time: float, window: float
    ) -> tuple[list[Neighbour], int]:
        best: list[tuple[float, int, str, str]] = []
        seen = 0
        order = 0
        for block in blocks:
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


def _filled(
    ids: list[str], stories: list[str], times: NDArray[np.float64], vectors: NDArray[np.float32]
) -> _Block:
    """A block holding these rows, with room to grow."""
    size = max(16, len(ids))
    block = _Block(list(ids), list(stories), np.zeros(size), np.zeros((size, DIMENSIONS), dtype=np.float32))
    block.times[: len(ids)] = times
    block.vectors[: len(ids)] = vectors
    return block
