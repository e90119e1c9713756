"""The embedded store: one SQLite file (or memory) holding articles, features, stories, memberships and merges."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.embeddings import UNCOVERED
from newsfuse.errors import InputError
from newsfuse.records import Article
from newsfuse.store.codec import (
    article_from_json,
    article_to_json,
    fingerprint,
    shingles_from_bytes,
    shingles_to_bytes,
    vector_from_bytes,
    vector_to_bytes,
    vectors_from_bytes,
)
from newsfuse.store.rows import FeatureRow, IndexedRows, Membership, MergeRow, StoryOverview, StoryRow

SCHEMA_VERSION = "4"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, title TEXT, outlet TEXT, language TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS features (
    id TEXT PRIMARY KEY, time REAL NOT NULL, published REAL, event_day INTEGER, language TEXT, outlet TEXT,
    vector BLOB NOT NULL, terms TEXT NOT NULL, names TEXT NOT NULL, shingles BLOB NOT NULL,
    weekdays TEXT NOT NULL DEFAULT '',
    model_vector BLOB,
    report TEXT
);
CREATE INDEX IF NOT EXISTS features_time ON features (time);
CREATE INDEX IF NOT EXISTS features_undated ON features (time) WHERE published IS NULL AND event_day IS NULL;
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, merged_into TEXT, opened REAL NOT NULL, first_seen REAL NOT NULL,
    last_seen REAL NOT NULL, event_min INTEGER, event_max INTEGER, size INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_seen ON stories (state, last_seen);
CREATE TABLE IF NOT EXISTS members (
    article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, joined TEXT NOT NULL, position INTEGER NOT NULL,
    score REAL, evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS members_story ON members (story_id, position);
CREATE TABLE IF NOT EXISTS merges (
    id INTEGER PRIMARY KEY, merged TEXT NOT NULL, into_story TEXT NOT NULL, at REAL NOT NULL, article_id TEXT NOT NULL,
    score REAL NOT NULL, evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merges_stories ON merges (merged, into_story);
CREATE TABLE IF NOT EXISTS headlines (story_id TEXT PRIMARY KEY, headline TEXT NOT NULL, language TEXT NOT NULL);
"""

_HINT = "Give the path of a store written by `newsfuse run --store`, or a new file name to start one."


class SQLiteStore:
    """The embedded store (``path`` ":memory:" keeps everything in memory for one run)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        is_new = self.path == ":memory:" or not Path(self.path).exists()
        if not is_new and Path(self.path).is_dir():
            raise InputError(self.path, "the store path is a folder", _HINT)
        try:
            self.db = sqlite3.connect(self.path)
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as err:
            raise InputError(self.path, f"not a newsfuse store ({err})", _HINT) from None
        version = self.get_meta("schema")
        if version is None:
            self.set_meta("schema", SCHEMA_VERSION)
        elif version in ("1", "2", "3"):
            # Schema 1 lacked the lead's weekdays, schema 2 the model's vector of a Nordic article, schema 3 the live
            # page an update was cut from: add the columns, keep every stored row (those written before compare as
            # before).
            if version == "1":
                self.db.execute("ALTER TABLE features ADD COLUMN weekdays TEXT NOT NULL DEFAULT ''")
            if version in ("1", "2"):
                self.db.execute("ALTER TABLE features ADD COLUMN model_vector BLOB")
            self.db.execute("ALTER TABLE features ADD COLUMN report TEXT")
            self.set_meta("schema", SCHEMA_VERSION)
            self.db.commit()
        elif version != SCHEMA_VERSION:
            raise InputError(
                self.path,
                f"store schema {version} is not the one this newsfuse writes ({SCHEMA_VERSION})",
                "Use a new store file, or the newsfuse version that wrote this one.",
            )

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Articles and features
    def add_articles(self, items: Sequence[tuple[Article, FeatureRow]]) -> None:
        """Store new articles with their features, and count their terms in the document frequencies."""
        self.db.executemany(
            "INSERT INTO articles (id, fingerprint, title, outlet, language, record) VALUES (?, ?, ?, ?, ?, ?)",
            [(a.id, fingerprint(a), a.title, a.outlet, a.language, article_to_json(a)) for a, _ in items],
        )
        self.db.executemany(
            "INSERT INTO features VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    f.article_id,
                    f.time,
                    f.published,
                    f.event_day,
                    f.language,
                    f.outlet,
                    vector_to_bytes(f.vector),
                    json.dumps(f.terms, ensure_ascii=False),
                    json.dumps(sorted(f.names), ensure_ascii=False),
                    shingles_to_bytes(f.shingles),
                    ",".join(str(d) for d in sorted(f.weekdays)),
                    None if f.model_vector is None else vector_to_bytes(f.model_vector),
                    f.report,
                )
                for _, f in items
            ],
        )
        df: Counter[str] = Counter()
        for _, f in items:
            df.update(f.terms.keys())
        self.db.executemany(
            "INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            list(df.items()),
        )
        self.set_meta("documents", str(self.document_count() + len(items)))

    def fingerprint(self, article_id: str) -> str | None:
        """The stored fingerprint of an article's text, or None when the id is not stored."""
        row = self.db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def articles(self, ids: Sequence[str]) -> list[Article]:
        """The stored articles with these ids (unknown ids are left out), in the order asked."""
        found = {
            row[0]: article_from_json(row[1])
            for chunk in _chunks(ids)
            for row in self.db.execute(
                f"SELECT id, record FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        }
        return [found[i] for i in ids if i in found]

    def features(self, ids: Sequence[str]) -> list[FeatureRow]:
        """The stored features of these articles (unknown ids are left out)."""
        out = []
        for chunk in _chunks(ids):
            rows = self.db.execute(f"SELECT * FROM features WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            out += [_feature_row(r) for r in rows]
        return out

    def undated_features(self, limit: int) -> list[FeatureRow]:
        """The features of the last ``limit`` stored articles with neither a publication time nor an event day,
        oldest first."""
        rows = self.db.execute(
            # Through the partial index: undated articles are few among a million, and a scan would read them all.
            "SELECT * FROM features INDEXED BY features_undated WHERE published IS NULL AND event_day IS NULL "
            "ORDER BY rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_feature_row(r) for r in reversed(rows)]

    def features_between(self, start: float, end: float) -> IndexedRows:
        """The indexed articles (those placed in a story) with start <= time < end, in arrival order."""
        rows = self.db.execute(
            "SELECT f.id, m.story_id, f.time, f.vector, f.model_vector, f.language FROM features f "
            "JOIN members m ON m.article_id = f.id WHERE f.time >= ? AND f.time < ? ORDER BY m.position",
            (start, end),
        ).fetchall()
        # An article stored before the model's vector was kept has only its lexical one: it stands in both spaces.
        lexical = [i for i, r in enumerate(rows) if r[4] is not None or r[5] in UNCOVERED]
        return IndexedRows(
            [r[0] for r in rows],
            [r[1] for r in rows],
            np.array([r[2] for r in rows], dtype=np.float64),
            vectors_from_bytes([r[3] if r[4] is None else r[4] for r in rows]),
            lexical,
            vectors_from_bytes([rows[i][3] for i in lexical]),
        )

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many stored articles contain each term (terms never seen are left out)."""
        out: dict[str, int] = {}
        for chunk in _chunks(list(set(terms))):
            for term, df in self.db.execute(
                f"SELECT term, df FROM terms WHERE term IN ({','.join('?' * len(chunk))})", chunk
            ):
                out[term] = int(df)
        return out

    def document_count(self) -> int:
        """How many articles the term statistics count."""
        return int(self.get_meta("documents") or 0)

    # Stories
    def save_story(self, story: StoryRow) -> None:
        """Insert or replace a story's state."""
        self.db.execute(
            "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                story.id,
                story.state,
                story.merged_into,
                story.opened,
                story.first_seen,
                story.last_seen,
                story.event_min,
                story.event_max,
                story.size,
            ),
        )

    def story(self, story_id: str) -> StoryRow | None:
        """One story's state."""
        row = self.db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        return StoryRow(*row) if row else None

    def stories(self, include_merged: bool = False, limit: int | None = None) -> list[StoryRow]:
        """Stories, most recently seen first."""
        where = "" if include_merged else "WHERE state = 'active'"
        sql = f"SELECT * FROM stories {where} ORDER BY last_seen DESC, id"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [StoryRow(*row) for row in self.db.execute(sql, params)]

    def add_membership(self, membership: Membership) -> None:
        """Record which story an article joined and why."""
        self.db.execute(
            "INSERT OR REPLACE INTO members VALUES (?, ?, ?, ?, ?, ?)",
            (
                membership.article_id,
                membership.story_id,
                membership.joined,
                membership.position,
                membership.score,
                json.dumps(membership.evidence, ensure_ascii=False),
            ),
        )

    def membership(self, article_id: str) -> Membership | None:
        """Why an article is in its story."""
        row = self.db.execute("SELECT * FROM members WHERE article_id = ?", (article_id,)).fetchone()
        return _membership(row) if row else None

    def members(self, story_id: str) -> list[Membership]:
        """A story's memberships in arrival order."""
        rows = self.db.execute("SELECT * FROM members WHERE story_id = ? ORDER BY position", (story_id,))
        return [_membership(r) for r in rows]

    def next_position(self) -> int:
        """The arrival position the next article gets."""
        row = self.db.execute("SELECT MAX(position) FROM members").fetchone()
        return 0 if row is None or row[0] is None else int(row[0]) + 1

    def record_merge(self, merge: MergeRow) -> None:
        """Fold one story into another: move its members, mark it merged and keep the record."""
        self.db.execute("UPDATE members SET story_id = ? WHERE story_id = ?", (merge.into, merge.merged))
        self.db.execute(
            "UPDATE stories SET merged_into = ? WHERE merged_into = ? OR id = ?",
            (merge.into, merge.merged, merge.merged),
        )
        self.db.execute("UPDATE stories SET state = 'merged' WHERE id = ?", (merge.merged,))
        self.db.execute(
            "INSERT INTO merges (merged, into_story, at, article_id, score, evidence) VALUES (?, ?, ?, ?, ?, ?)",
            (merge.merged, merge.into, merge.at, merge.article_id, merge.score, json.dumps(merge.evidence)),
        )

    def merges(self, story_id: str | None = None) -> list[MergeRow]:
        """Merge records (those involving ``story_id`` when given), oldest first."""
        sql = "SELECT merged, into_story, at, article_id, score, evidence FROM merges"
        params: tuple[str, ...] = ()
        if story_id is not None:
            sql += " WHERE merged = ? OR into_story = ?"
            params = (story_id, story_id)
        rows = self.db.execute(sql + " ORDER BY id", params)
        return [MergeRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    def overview(self, story_id: str) -> StoryOverview | None:
        """A story with its headline (else its first article's title), languages and outlets, for listings."""
        story = self.story(story_id)
        if story is None:
            return None
        rows = self.db.execute(
            "SELECT a.title, a.language, a.outlet FROM members m JOIN articles a ON a.id = m.article_id "
            "WHERE m.story_id = ? ORDER BY m.position",
            (story_id,),
        ).fetchall()
        headline = self.db.execute("SELECT headline FROM headlines WHERE story_id = ?", (story_id,)).fetchone()
        title = headline[0] if headline else next((r[0] for r in rows if r[0]), "")
        languages = Counter(r[1] or "und" for r in rows)
        outlets = Counter(r[2] for r in rows if r[2])
        first, last = self.db.execute(
            "SELECT MIN(f.published), MAX(f.published) FROM members m JOIN features f ON f.id = m.article_id "
            "WHERE m.story_id = ?",
            (story_id,),
        ).fetchone()
        return StoryOverview(story, title, dict(languages.most_common()), dict(outlets.most_common()), first, last)

    def save_headline(self, story_id: str, headline: str, language: str) -> None:
        """Keep the headline of the story article last written for this story."""
        self.db.execute("INSERT OR REPLACE INTO headlines VALUES (?, ?, ?)", (story_id, headline, language))

    # Settings and bookkeeping
    def get_meta(self, key: str) -> str | None:
        """A stored setting or counter."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting or counter."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        """Make everything written so far durable."""
        self.db.commit()

    def close(self) -> None:
        """Commit and release the database."""
        self.db.commit()
        self.db.close()


def _membership(row: Sequence[Any]) -> Membership:
    return Membership(row[0], row[1], row[2], int(row[3]), row[4], json.loads(row[5]))


def _feature_row(r: Sequence[Any]) -> FeatureRow:
    return FeatureRow(
        article_id=r[0],
        time=r[1],
        published=r[2],
        event_day=r[3],
        language=r[4] or "und",
        outlet=r[5],
        vector=vector_from_bytes(r[6]),
        terms=json.loads(r[7]),
        names=frozenset(json.loads(r[8])),
        shingles=shingles_from_bytes(r[9]),
        weekdays=frozenset(int(d) for d in r[10].split(",") if d),
        model_vector=vector_from_bytes(r[11]) if len(r) > 11 and r[11] is not None else None,
        report=r[12] if len(r) > 12 else None,
    )


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    # SQLite limits the number of bound parameters in one statement.
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])
