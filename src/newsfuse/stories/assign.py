"""Online assignment: each article, in publication order, joins the best active story or opens a new one.

Candidates come from the story index (same time window, nearest embeddings); each candidate story is scored by its
best-matching article on embeddings, keywords, names, copied text and publication time, and stories whose event
dates are too far from the article's are never candidates. An article that matches two stories strongly merges
them, with a record of the merge. All state lives in the store, so a later batch adds to the same stories.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from newsfuse.embeddings import Encoder
from newsfuse.records import Article, Problem, Story
from newsfuse.settings import Settings
from newsfuse.store import FeatureRow, Membership, MergeRow, Store, StoryRow, fingerprint
from newsfuse.stories.dating import story_date
from newsfuse.stories.evidence import PairEvidence, event_weekdays, pair_evidence, shared_words, tfidf
from newsfuse.stories.explain import describe
from newsfuse.stories.features import build_features, known_time, page_features, stream_clock, supported_times
from newsfuse.stories.index import StoryIndex


@dataclass(frozen=True)
class Placement:
    """Where one article went."""

    article_id: str
    story_id: str  # its story after this batch's merges
    opened: bool
    score: float | None


@dataclass
class BatchResult:
    """What one batch did to the store's stories."""

    stories: list[Story] = field(default_factory=list)  # every story the batch touched, with all its articles
    placements: list[Placement] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # ids already stored with the same text: not placed again
    conflicts: list[Problem] = field(default_factory=list)  # ids already stored with another text...
    rejected: list[str] = field(default_factory=list)  # ...which are left out of the batch
    merges: list[MergeRow] = field(default_factory=list)


@dataclass(frozen=True)
class _Candidate:
    story: str
    evidence: PairEvidence
    score: float


# Undated articles kept in memory for dated reports to take over, the latest first.
_UNDATED_KEPT = 5_000


class StoryAssigner:
    """Places batches of cleaned articles into the stories of a store."""

    def __init__(self, store: Store, settings: Settings, encoder: Encoder | None = None) -> None:
        self.store = store
        self.settings = settings
        self.encoder = encoder
        self.index = StoryIndex(store, settings.story_window_days, settings.story_neighbours)
        self.rows: dict[str, FeatureRow] = {}
        self.weights: dict[str, dict[str, float]] = {}
        self.df: dict[str, int] = {}
        self.documents = 0
        self.cache: dict[str, StoryRow] = {}
        # Undated articles that joined a story on arrival: a dated article arriving later may take them over. Those of
        # earlier runs come from the store, on the first placement.
        self.undated: dict[str, FeatureRow] = {}
        self._undated_loaded = False
        self._undated_vectors: tuple[list[str], NDArray[np.float32]] | None = None  # stacked once per change
        self.pages: dict[str, frozenset[str]] = {}  # live page id -> the updates its row in ``rows`` was built from

    # Batches
    def add(self, articles: Sequence[Article]) -> BatchResult:
        """Place a batch of cleaned articles (in publication order) and return the stories it touched."""
        if self.encoder is None:
            raise ValueError("StoryAssigner.add needs an encoder; use place() with ready-made features")
        result = BatchResult()
        fresh = self._screen(articles, result)
        placements, merges = self.place(self.prepare(fresh))
        result.placements, result.merges = placements, merges
        touched = [p.story_id for p in placements]
        for article_id in result.known:
            membership = self.store.membership(article_id)
            if membership is not None:
                touched.append(membership.story_id)
        result.stories = self.story_records(touched, {a.id: a for a in fresh})
        return result

    def prepare(self, articles: Sequence[Article]) -> list[tuple[Article, FeatureRow]]:
        """The articles in stream order (publication time; unknown times last) with their features."""
        if self.encoder is None:
            raise ValueError("StoryAssigner.prepare needs an encoder")
        clock = stream_clock(articles, float(self.store.get_meta("clock") or 0.0))
        ordered = [a for _, a in sorted(enumerate(articles), key=_order_key)]
        features = build_features(ordered, self.settings, self.encoder, clock)
        return list(zip(ordered, features, strict=True))

    def _screen(self, articles: Sequence[Article], result: BatchResult) -> list[Article]:
        fresh = []
        batch: dict[str, str] = {}
        for article in articles:
            in_store = self.store.fingerprint(article.id)
            stored = in_store or batch.get(article.id)
            batch.setdefault(article.id, fingerprint(article))
            if stored is None:
                fresh.append(article)
            elif stored == fingerprint(article):
                result.known.append(article.id)
            else:
                where = "in the store" if in_store else "earlier in this batch"
                if in_store:
                    result.rejected.append(article.id)
                result.conflicts.append(
                    Problem(
                        article.source,
                        f"article id {article.id!r} is already {where} with another text",
                        "Rename the file (or change the JSON Lines id), or use another --store.",
                    )
                )
        return fresh

    def place(self, items: Sequence[tuple[Article, FeatureRow]]) -> tuple[list[Placement], list[MergeRow]]:
        """Store the articles and place them one by one, in the order given."""
        if not self._undated_loaded:
            for stored in self.store.undated_features(_UNDATED_KEPT):
                self.undated[stored.article_id] = self.rows[stored.article_id] = stored
            self._undated_loaded = True
        self.store.add_articles(items)
        self.documents = self.store.document_count()
        self.df.clear()
        self.weights.clear()
        position = self.store.next_position()
        placements: list[Placement] = []
        merges: list[MergeRow] = []
        clock = float(self.store.get_meta("clock") or 0.0)
        # Each search is one small matrix-vector product: BLAS threads only add contention there.
        with threadpool_limits(1, user_api="blas"):
            moved: dict[str, str] = {}
            pages: dict[str, str] = {}  # live page id -> the story its first update went to
            for offset, (article, row) in enumerate(items):
                self.rows[row.article_id] = row
                merged: list[MergeRow] = []
                if article.live_page is not None and article.live_page in pages:
                    placement = self._join_live_page(row, pages[article.live_page], position + offset)
                else:
                    placement, merged = self._place_one(row, position + offset)
                if article.live_page is not None:
                    pages.setdefault(article.live_page, placement.story_id)
                placements.append(placement)
                merges += merged
                moved.update(self._reclaim(row, placement.story_id, merges))
            for page, story_id in sorted(pages.items()):
                moved.update(self._page_alone(page, story_id, merges))
            placements = [replace(p, story_id=moved.get(p.article_id, p.story_id)) for p in placements]
        clock = max([clock, *supported_times([row.time for _, row in items], clock)])
        self.store.set_meta("clock", repr(clock))
        self.store.commit()
        final = [replace(p, story_id=self.index.resolve(p.story_id)) for p in placements]
        if len(self.rows) > 200_000:  # bound the cache on long streams
            self.rows.clear()
        return final, merges

    # One article
    def _place_one(self, row: FeatureRow, position: int) -> tuple[Placement, list[MergeRow]]:
        # An article of unknown time sits at the stream clock; its story may be older, so it looks further back.
        undated = row.published is None and row.event_day is None
        wide = self.settings.story_undated_window_days if undated else None
        neighbours, window = self.index.search(row.common_vector, row.time, wide, _lexical(row))
        candidates = self._candidates(row, [(n.article_id, n.story_id) for n in neighbours])
        s = self.settings
        best = candidates[0] if candidates else None
        evidence: dict[str, Any] = {
            "window": window,
            "candidate_stories": len(candidates),
            "best": self._evidence_dict(row, best),
            "runner_up": self._evidence_dict(row, candidates[1] if len(candidates) > 1 else None),
        }
        merges: list[MergeRow] = []
        if best is not None and best.score >= s.story_join_threshold:
            story_id = best.story
            evidence["decision"] = "joined"
            self._grow(story_id, row)
            for other in candidates[1:]:
                if other.score < s.story_merge_threshold:
                    break
                merge = self._merge(story_id, other, row)
                if merge is not None:
                    merges.append(merge)
                    story_id = merge.into
            score: float | None = best.score
            joined = best.story
        else:
            story_id = self._open(row)
            evidence["decision"] = "opened"
            score = None
            joined = story_id
        self.store.add_membership(Membership(row.article_id, story_id, joined, position, score, evidence))
        self.index.add(row.article_id, story_id, row.time, row.common_vector, _lexical(row))
        if undated:
            self.undated[row.article_id] = row
            self._undated_vectors = None
            if len(self.undated) > _UNDATED_KEPT:  # bound the memory on long streams: the oldest go first
                del self.undated[next(iter(self.undated))]
        return Placement(row.article_id, story_id, score is None, score), merges

    def _join_live_page(self, row: FeatureRow, story_id: str, position: int) -> Placement:
        """An update of a live page joins the story of the page's first update: one page told one event as it went,
        however little two short updates share in words."""
        story_id = self.index.resolve(story_id)
        self._grow(story_id, row)
        evidence: dict[str, Any] = {"decision": "joined", "live_page": True}
        self.store.add_membership(Membership(row.article_id, story_id, story_id, position, None, evidence))
        self.index.add(row.article_id, story_id, row.time, row.common_vector, _lexical(row))
        return Placement(row.article_id, story_id, False, None)

    def _affinity(self, row: FeatureRow, story_id: str) -> float:
        """The best pair score of an article with the other members of its story."""
        ids = [m.article_id for m in self.store.members(story_id) if m.article_id != row.article_id]
        self._load_rows(ids)
        story = self._story(story_id)
        return max(
            (self._pair(row, self.rows[a], story).score(self.settings) for a in ids if a in self.rows), default=0.0
        )

    def _reclaim(self, row: FeatureRow, story_id: str, merges: list[MergeRow]) -> dict[str, str]:
        """Take over undated articles that joined another story but fit this dated article's story better.

        An undated article arriving before any dated report of its own event can only join a same-topic story of
        another date; revising that membership when its event's reports arrive makes the result depend less on the
        order of arrival. Returns article id -> its new story; merges it causes go to ``merges``.
        """
        if not self.undated or (row.published is None and row.event_day is None):
            return {}
        if self._undated_vectors is None:
            ids = list(self.undated)
            self._undated_vectors = (ids, np.stack([self.undated[i].vector for i in ids]))
        ids, vectors = self._undated_vectors
        cosines = vectors @ row.vector
        k = min(self.settings.story_reclaim_candidates, len(ids))
        target = self.index.resolve(story_id)
        moved = {}
        for i in np.argsort(-cosines)[:k]:
            other = self.undated[ids[i]]
            membership = self.store.membership(other.article_id)
            if membership is None:
                continue
            current = self.index.resolve(membership.story_id)
            story = self._story(current)
            if current == target or story is None:
                continue
            pair = self._pair(row, other, self._story(target))
            score = pair.score(self.settings)
            if score < self.settings.story_join_threshold:
                continue
            if story.size == 1:  # alone in the story it opened: the two stories converge
                merge = self._merge(target, _Candidate(current, pair, score), row)
                if merge is not None:
                    merges.append(merge)
                    target = merge.into
                    moved[other.article_id] = target
                continue
            # It moves only to a story it fits better than its own (an opener: than the articles that joined it).
            if score <= (membership.score if membership.score is not None else self._affinity(other, current)):
                continue
            evidence = {
                **membership.evidence,
                "moved": {"from": current, "by": row.article_id, "score": round(score, 3)},
            }
            self.store.add_membership(replace(membership, story_id=target, score=score, evidence=evidence))
            self._save(replace(story, size=story.size - 1))
            self._grow(target, other)
            self.index.move(other.article_id, other.time, target)
            moved[other.article_id] = target
        return moved

    def _candidates(self, row: FeatureRow, neighbours: Sequence[tuple[str, str]]) -> list[_Candidate]:
        by_story: dict[str, list[str]] = {}
        for article_id, story_id in neighbours:
            by_story.setdefault(story_id, []).append(article_id)
        self._load_rows([a for ids in by_story.values() for a in ids])
        out = []
        for story_id, ids in by_story.items():
            story = self._story(story_id)
            if story is None or not self._dates_fit(row.event_day, story.event_min, story.event_max):
                continue
            pairs = [self._pair(row, self.rows[a], story) for a in ids]
            pages = {r for a in ids if (r := self.rows[a].report) is not None and r != row.report}
            for page in sorted(pages):
                whole = self._page_row(story_id, page)
                if whole is not None:
                    pairs.append(self._pair(row, whole, story))
            scored = [(p.score(self.settings), p) for p in pairs]
            score, best = max(scored, key=lambda x: x[0])
            out.append(_Candidate(story_id, best, score))
        out.sort(key=lambda c: (-c.score, c.story))
        return out

    def _page_row(self, story_id: str, page: str) -> FeatureRow | None:
        """The updates of a live page in a story as one report (None for a single update)."""
        ids = [m.article_id for m in self.store.members(story_id)]
        self._load_rows(ids)
        updates = frozenset(a for a in ids if a in self.rows and self.rows[a].report == page)
        if len(updates) < 2:
            return None
        if self.pages.get(page) != updates or page not in self.rows:
            self.rows[page] = page_features(page, [self.rows[a] for a in sorted(updates)])
            self.pages[page] = updates
            self.weights.pop(page, None)
        return self.rows[page]

    def _page_alone(self, page: str, story_id: str, merges: list[MergeRow]) -> dict[str, str]:
        """Join a live page that opened a story of its own to the story it fits as a whole, if any.

        Its first update was compared alone when it arrived; a report of the event placed earlier shares too little
        with one update and much with the page. Returns article id -> its new story.
        """
        story_id = self.index.resolve(story_id)
        members = [m.article_id for m in self.store.members(story_id)]
        whole = self._page_row(story_id, page)
        if whole is None or any(self.rows[a].report != page for a in members if a in self.rows):
            return {}
        neighbours, _ = self.index.search(whole.common_vector, whole.time, None, _lexical(whole))
        others = [(n.article_id, n.story_id) for n in neighbours if self.index.resolve(n.story_id) != story_id]
        candidates = self._candidates(whole, others)
        if not candidates or candidates[0].score < self.settings.story_join_threshold:
            return {}
        latest = max(members, key=lambda a: (self.rows[a].time, a))
        merge = self._merge(story_id, candidates[0], whole, by=latest)
        if merge is None:
            return {}
        merges.append(merge)
        return {a: merge.into for a in members}

    def _load_rows(self, ids: Sequence[str]) -> None:
        """Read from the store the features of the articles not cached yet."""
        for loaded in self.store.features([a for a in ids if a not in self.rows]):
            self.rows[loaded.article_id] = loaded

    def _pair(self, row: FeatureRow, other: FeatureRow, story: StoryRow | None = None) -> PairEvidence:
        """The evidence that two articles report one event (in ``story``, whose event days count as theirs)."""
        days = event_weekdays(story.event_min, story.event_max) if story is not None else frozenset()
        return pair_evidence(row, self._weights(row), other, self._weights(other), self.settings, days)

    def _dates_fit(self, day: int | None, low: int | None, high: int | None) -> bool:
        # Event dates more than the allowed gap apart never share a story.
        if day is None or low is None or high is None:
            return True
        gap = self.settings.max_event_gap_days
        return day - low <= gap and high - day <= gap

    def _weights(self, row: FeatureRow) -> dict[str, float]:
        cached = self.weights.get(row.article_id)
        if cached is None:
            unknown = [t for t in row.terms if t not in self.df]
            if unknown:
                found = self.store.document_frequencies(unknown)
                self.df.update({t: found.get(t, 1) for t in unknown})
            cached = tfidf(row.terms, self.df, self.documents)
            self.weights[row.article_id] = cached
        return cached

    def _evidence_dict(self, row: FeatureRow, candidate: _Candidate | None) -> dict[str, Any] | None:
        if candidate is None:
            return None
        out = {"story": candidate.story, **candidate.evidence.as_dict(self.settings)}
        other = self.rows[candidate.evidence.other]
        out["shared"] = shared_words(row, self._weights(row), other, self._weights(other))
        if other.report == other.article_id:
            out["page_updates"] = len(self.pages.get(other.article_id, ()))  # compared with the page as a whole
        return out

    # Stories
    def _story(self, story_id: str) -> StoryRow | None:
        story = self.cache.get(story_id)
        if story is None:
            story = self.store.story(story_id)
            if story is not None:
                self.cache[story_id] = story
        return story

    def _save(self, story: StoryRow) -> None:
        self.cache[story.id] = story
        self.store.save_story(story)

    def _open(self, row: FeatureRow) -> str:
        day = (
            date.fromordinal(row.event_day).isoformat()
            if row.event_day is not None
            else (datetime.fromtimestamp(row.published, UTC).date().isoformat() if row.published else "undated")
        )
        digest = hashlib.sha1(row.article_id.encode()).hexdigest()
        story_id = f"{day}-{digest[:8]}"
        if self._story(story_id) is not None:  # a hash prefix already taken: use more of it
            story_id = f"{day}-{digest[:16]}"
        self._save(StoryRow(story_id, "active", None, row.time, row.time, row.time, row.event_day, row.event_day, 1))
        return story_id

    def _grow(self, story_id: str, row: FeatureRow) -> None:
        story = self._story(story_id)
        assert story is not None
        days = [d for d in (story.event_min, story.event_max, row.event_day) if d is not None]
        self._save(
            replace(
                story,
                first_seen=min(story.first_seen, row.time),
                last_seen=max(story.last_seen, row.time),
                event_min=min(days) if days else None,
                event_max=max(days) if days else None,
                size=story.size + 1,
            )
        )

    def _merge(self, story_id: str, other: _Candidate, row: FeatureRow, by: str | None = None) -> MergeRow | None:
        """Merge two converging stories, the newer into the older; ``by`` is the article that linked them (by
        default ``row``'s)."""
        a, b = self._story(story_id), self._story(other.story)
        if a is None or b is None or a.id == b.id:
            return None
        days = [d for d in (a.event_min, a.event_max, b.event_min, b.event_max) if d is not None]
        if days and max(days) - min(days) > self.settings.max_event_gap_days:
            return None
        # The older story keeps its id, so links to it stay valid.
        into, merged = (a, b) if (a.opened, a.id) <= (b.opened, b.id) else (b, a)
        record = MergeRow(
            merged=merged.id,
            into=into.id,
            at=row.time,
            article_id=by or row.article_id,
            score=other.score,
            evidence={"link": self._evidence_dict(row, other), "merged_size": merged.size},
        )
        self.store.record_merge(record)
        self.index.merge(merged.id, into.id)
        self._save(replace(merged, state="merged", merged_into=into.id))
        self._save(
            replace(
                into,
                first_seen=min(a.first_seen, b.first_seen),
                last_seen=max(a.last_seen, b.last_seen),
                event_min=min(days) if days else None,
                event_max=max(days) if days else None,
                size=a.size + b.size,
            )
        )
        return record

    def story_records(self, story_ids: Sequence[str], batch: dict[str, Article]) -> list[Story]:
        """Full ``Story`` records of these stories (merges followed), in the order their first articles arrived, each
        with its articles in publication order."""
        wanted: list[str] = []
        for story_id in story_ids:
            root = self._root(story_id)
            if root not in wanted:
                wanted.append(root)
        memberships = {sid: self.store.members(sid) for sid in wanted}
        wanted.sort(key=lambda sid: memberships[sid][0].position if memberships[sid] else 0)
        need = [m.article_id for ms in memberships.values() for m in ms if m.article_id not in batch]
        articles = {**batch, **{a.id: a for a in self.store.articles(need)}}
        out = []
        for sid in wanted:
            members = [articles[m.article_id] for m in memberships[sid] if m.article_id in articles]
            if not members:
                continue
            # Publication order, not arrival order: a story read over two runs, or in another order, then gets the
            # same story article and the same numbered sources as when read at once.
            members.sort(key=_chronological)
            day, basis = story_date(members)
            out.append(
                Story(
                    id=sid,
                    article_ids=tuple(a.id for a in members),
                    language=_main_language(members),
                    date=day,
                    date_basis=basis,
                    evidence={m.article_id: describe(m) for m in memberships[sid]},
                )
            )
        return out

    def _root(self, story_id: str) -> str:
        story = self._story(story_id)
        while story is not None and story.merged_into:
            story = self._story(story.merged_into)
        return story.id if story is not None else story_id


def _main_language(members: Sequence[Article]) -> str:
    """The language most reports are in (a live page counts once); on a tie, that of the latest report (by its known time, then by name),
    which tells the story as it stands: "one fisherman found dead", not the first report's "two missing". Whatever
    the order the reports were read in, the same set gives the same language."""
    # A live page's updates are one report: its eleven updates do not outvote two other outlets.
    counts = Counter(language for _, language in {(a.report_id, a.language or "und") for a in members})
    latest: dict[str, float] = {}
    for article in members:
        when = known_time(article)
        language = article.language or "und"
        latest[language] = max(latest.get(language, float("-inf")), float("-inf") if when is None else when)
    return min(counts, key=lambda language: (-counts[language], -latest[language], language))


def _chronological(article: Article) -> tuple[float, str]:
    when = known_time(article)
    return (float("inf") if when is None else when, article.id)


def _order_key(item: tuple[int, Article]) -> tuple[float, int]:
    index, article = item
    when = known_time(article)
    return (float("inf") if when is None else when, index)


def _lexical(row: FeatureRow) -> NDArray[np.float32] | None:
    """The lexical vector of an article in a language the model never saw (its ``vector``), else None."""
    return None if row.model_vector is None else row.vector
