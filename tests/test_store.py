"""The SQLite store: what goes in comes back, across reopenings of a real file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest

from newsfuse.errors import InputError
from newsfuse.records import Article, DateEvidence, RemovedLine, Sentence
from newsfuse.store import FeatureRow, Membership, MergeRow, SQLiteStore, StoryRow, fingerprint


def _article(article_id: str, text: str = "Le conseil a voté le budget jeudi.") -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        raw_text=f"Titre\n{text}\nPublicité",
        outlet="Le Journal de Brévannes",
        title="Titre",
        published=datetime(2025, 5, 2, 10, 0, tzinfo=UTC),
        language="fr",
        clean_text=text,
        sentences=(Sentence(0, text, 0),),
        removed_lines=(RemovedLine(3, "Publicité", "advertising"),),
        event_date=date(2025, 5, 1),
        date_evidence=(DateEvidence("jeudi", date(2025, 5, 1), "relative to publication 2025-05-02"),),
        provenance={"outlet": "jsonl"},
    )


def _features(article_id: str, time: float, seed: int, terms: dict[str, int] | None = None) -> FeatureRow:
    vector = np.random.default_rng(seed).normal(size=512).astype(np.float32)
    return FeatureRow(
        article_id=article_id,
        time=time,
        published=time,
        event_day=date(2025, 5, 1).toordinal(),
        language="fr",
        outlet="Le Journal de Brévannes",
        vector=vector / np.linalg.norm(vector),
        terms=terms or {"budget": 2, "conseil": 1},
        names=frozenset({"brevannes", "2025"}),
        shingles=frozenset({1, 7, 4_000_000_000}),
    )


def test_articles_and_features_come_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    article, features = _article("a1"), _features("a1", 1_746_180_000.0, 1)
    with SQLiteStore(path) as store:
        store.add_articles([(article, features)])
    with SQLiteStore(path) as store:
        assert store.articles(["a1", "missing"]) == [article]
        assert store.fingerprint("a1") == fingerprint(article)
        (back,) = store.features(["a1"])
        assert back.terms == features.terms and back.names == features.names and back.shingles == features.shingles
        assert back.event_day == features.event_day and back.time == features.time
        # Vectors are kept as float16: cosines move by well under 0.001.
        assert abs(float(back.vector @ features.vector) - 1.0) < 1e-3


def test_undated_features_are_the_latest_of_the_articles_without_any_time(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    rows = [_features(f"a{i}", 1_746_180_000.0 + i, i) for i in range(5)]
    # a1, a3 and a4 have neither a publication time nor an event day; a2 has an event day only.
    for i in (1, 2, 3, 4):
        rows[i] = replace(rows[i], published=None, event_day=None if i != 2 else rows[i].event_day)
    with SQLiteStore(path) as store:
        store.add_articles([(_article(r.article_id), r) for r in rows])
    with SQLiteStore(path) as store:
        assert [r.article_id for r in store.undated_features(10)] == ["a1", "a3", "a4"]
        assert [r.article_id for r in store.undated_features(2)] == ["a3", "a4"]


def test_a_store_of_the_first_schema_gains_the_weekdays_and_keeps_its_rows(tmp_path: Path) -> None:
    # What the first schema wrote: no weekdays column, nor the model's vector.
    path = _older_store(tmp_path, "1", "weekdays", "model_vector", "report")
    with SQLiteStore(path) as store:
        assert store.get_meta("schema") == "4"
        (back,) = store.features(["old"])
        assert back.weekdays == frozenset() and back.terms == {"budget": 2, "conseil": 1}
        new = replace(_features("new", 0.0, 2), weekdays=frozenset({1, 4}))
        store.add_articles([(_article("new"), new)])
        store.commit()
    with SQLiteStore(path) as store:
        weekdays = {f.article_id: f.weekdays for f in store.features(["old", "new"])}
        assert weekdays == {"old": frozenset(), "new": frozenset({1, 4})}
        assert store.articles(["old"]) == [_article("old")]


def test_document_frequencies_accumulate_over_batches(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "news.db") as store:
        store.add_articles([(_article("a1"), _features("a1", 0.0, 1, {"budget": 3, "ecole": 1}))])
        store.add_articles([(_article("a2"), _features("a2", 0.0, 2, {"budget": 1}))])
        assert store.document_count() == 2
        assert store.document_frequencies(["budget", "ecole", "unseen"]) == {"budget": 2, "ecole": 1}


def test_index_rows_are_the_placed_articles_in_the_time_range(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "news.db") as store:
        store.add_articles([(_article(f"a{i}"), _features(f"a{i}", 100.0 * i, i)) for i in range(4)])
        for i in range(3):  # a3 is stored but not yet placed in a story
            store.add_membership(Membership(f"a{i}", "s1", "s1", i, None, {}))
        rows = store.features_between(100.0, 400.0)
        assert rows.ids == ["a1", "a2"]
        assert rows.stories == ["s1", "s1"]
        assert rows.vectors.shape == (2, 512)
        assert store.next_position() == 3


def test_index_rows_hold_the_models_vectors_and_the_lexical_ones_of_languages_the_model_never_saw(
    tmp_path: Path,
) -> None:
    model = _features("m", 0.0, 9).vector
    rows = [
        _features("fr", 100.0, 1),
        replace(_features("da", 200.0, 2), language="da", model_vector=model),
        replace(_features("sv-old", 300.0, 3), language="sv"),  # stored before the model's vector was kept
    ]
    with SQLiteStore(tmp_path / "news.db") as store:
        store.add_articles([(_article(r.article_id), r) for r in rows])
        for i, r in enumerate(rows):
            store.add_membership(Membership(r.article_id, "s1", "s1", i, None, {}))
        indexed = store.features_between(0.0, 400.0)
    # float16 storage: compare to three decimals
    assert np.allclose(indexed.vectors, [rows[0].vector, model, rows[2].vector], atol=1e-3)
    assert indexed.lexical_rows == [1, 2]
    assert np.allclose(indexed.lexical, [rows[1].vector, rows[2].vector], atol=1e-3)


def test_merge_moves_members_and_keeps_a_record(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "news.db") as store:
        store.add_articles([(_article(i), _features(i, 0.0, n)) for n, i in enumerate(["a", "b", "c"])])
        for n, (article_id, story_id) in enumerate([("a", "s1"), ("b", "s2"), ("c", "s1")]):
            store.add_membership(Membership(article_id, story_id, story_id, n, None, {}))
        store.save_story(StoryRow("s1", "active", None, 0.0, 0.0, 5.0, None, None, 2))
        store.save_story(StoryRow("s2", "active", None, 1.0, 1.0, 1.0, None, None, 1))
        store.record_merge(MergeRow("s2", "s1", 6.0, "c", 0.8, {"why": "c matched both"}))
        assert [m.article_id for m in store.members("s1")] == ["a", "b", "c"]
        b = store.membership("b")
        assert b is not None and b.story_id == "s1" and b.joined == "s2"
        merged = store.story("s2")
        assert merged is not None and merged.state == "merged" and merged.merged_into == "s1"
        assert [s.id for s in store.stories()] == ["s1"]
        assert store.merges("s2")[0].evidence == {"why": "c matched both"}
        overview = store.overview("s1")
        assert overview is not None and overview.languages == {"fr": 3} and overview.title == "Titre"
        store.save_headline("s1", "Le titre de l'article de la story", "fr")
        overview = store.overview("s1")
        assert overview is not None and overview.title == "Le titre de l'article de la story"


def test_a_file_that_is_not_a_store_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just some notes\n" * 50, encoding="utf-8")
    with pytest.raises(InputError) as err:
        SQLiteStore(path)
    assert "notes.txt" in str(err.value) and "not a newsfuse store" in str(err.value)
    assert "newsfuse run --store" in str(err.value)


def test_a_store_of_the_second_schema_gains_the_model_vector_and_keeps_its_rows(tmp_path: Path) -> None:
    path = _older_store(tmp_path, "2", "model_vector", "report")
    model = np.ones(4, dtype=np.float32) / 2
    with SQLiteStore(path) as store:
        assert store.get_meta("schema") == "4"
        store.add_articles([(_article("new"), replace(_features("new", 0.0, 2), model_vector=model))])
        store.commit()
    with SQLiteStore(path) as store:
        back = {f.article_id: f.model_vector for f in store.features(["old", "new"])}
        assert back["old"] is None
        assert back["new"] is not None and np.allclose(back["new"], model)


def test_a_store_of_the_third_schema_gains_the_live_page_of_an_update_and_keeps_its_rows(tmp_path: Path) -> None:
    path = _older_store(tmp_path, "3", "report")
    with SQLiteStore(path) as store:
        assert store.get_meta("schema") == "4"
        store.add_articles([(_article("new#2"), replace(_features("new#2", 0.0, 2), report="new"))])
        store.commit()
    with SQLiteStore(path) as store:
        back = {f.article_id: f.report for f in store.features(["old", "new#2"])}
        assert back == {"old": None, "new#2": "new"}


def _older_store(tmp_path: Path, version: str, *dropped: str) -> Path:
    """A store holding the article "old", turned back into what an older schema wrote: without ``dropped`` columns."""
    path = tmp_path / "news.db"
    with SQLiteStore(path) as store:
        store.add_articles([(_article("old"), _features("old", 0.0, 1))])
        store.commit()
    with sqlite3.connect(path) as db:
        for column in dropped:
            db.execute(f"ALTER TABLE features DROP COLUMN {column}")
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (version,))
    return path

