"""Story assignment: online placement, time blocking, event dates, merges, later runs and the stories command."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest

from newsfuse.cli import main
from newsfuse.evaluate import bcubed, load_gold
from newsfuse.pipeline import RunResult
from newsfuse.records import Article, Sentence
from newsfuse.settings import Settings
from newsfuse.store import FeatureRow, SQLiteStore
from newsfuse.stories import StoryAssigner, describe
from newsfuse.stories.explain import article_lines
from newsfuse.stories.features import stream_clock

from conftest import EXAMPLES

DAY = 86_400.0
# Embedding similarity alone decides in the hand-built cases below.
ONLY_EMBEDDING = replace(
    Settings(),
    weight_embedding=1.0,
    weight_keywords=0.0,
    weight_names=0.0,
    weight_copy=0.0,
    weight_time=0.0,
    brief_penalty=0.0,
    story_join_threshold=0.7,
    story_merge_threshold=0.7,
)


def _unit(v: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
    return (v / np.linalg.norm(v)).astype(np.float32)


def _item(article_id: str, vector: np.ndarray, time: float, event_day: int | None = None) -> tuple[Article, FeatureRow]:  # type: ignore[type-arg]
    text = f"Fictional report {article_id}."
    article = Article(article_id, f"{article_id}.txt", text, clean_text=text, sentences=(Sentence(0, text, 0),))
    row = FeatureRow(article_id, time, time, event_day, "en", None, _unit(vector), {}, frozenset(), frozenset())
    return article, row


def _basis(seed: int) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    rng = np.random.default_rng(seed)
    a = _unit(rng.normal(size=512))
    b = rng.normal(size=512)
    b = _unit(b - (b @ a) * a)  # orthogonal to a
    return a, b


def test_an_article_matching_two_stories_merges_them_with_a_record() -> None:
    a, b = _basis(1)
    with SQLiteStore() as store:
        assigner = StoryAssigner(store, ONLY_EMBEDDING)
        placed, merges = assigner.place(
            [_item("first", a, 0.0), _item("second", _unit(0.2 * a + b), 3600.0), _item("bridge", a + b, 7200.0)]
        )
        # cos(first, second) is 0.2: two stories; the bridge is at 0.71 and 0.83 with them: joins one, merges both.
        assert placed[0].opened and placed[1].opened and not placed[2].opened
        assert len(merges) == 1 and merges[0].article_id == "bridge"
        assert merges[0].into == placed[0].story_id  # the older story keeps its id
        assert {p.story_id for p in placed} == {placed[0].story_id}
        assert [m.article_id for m in store.members(placed[0].story_id)] == ["first", "second", "bridge"]
        moved = store.membership("second")
        assert moved is not None and moved.joined != moved.story_id
        assert store.story(merges[0].merged) is not None
        assert [s.id for s in store.stories()] == [placed[0].story_id]


def test_in_a_busy_window_a_report_the_model_never_saw_is_found_by_its_model_vector_and_by_its_words() -> None:
    a, b = _basis(12)
    rng = np.random.default_rng(12)
    settings = replace(ONLY_EMBEDDING, story_neighbours=2)
    # A Danish report: its own vector is lexical (b), the model's is a. Four other reports lie near b in the
    # model's space, so a search of the lexical vectors' space by the model's vector of an English report would
    # rank them above the Danish one and never see it.
    article, danish = _item("danish", b, 0.0)
    items = [(article, replace(danish, language="da", model_vector=a))]
    items += [_item(f"other{i}", b + 0.25 * _unit(rng.normal(size=512)) + 0.2 * a, 600.0 * (i + 1)) for i in range(4)]
    items.append(_item("english", a, 3600.0))
    # A second Danish report: its words are the first one's, its model vector is unlike anything stored.
    article, second = _item("danish2", _unit(b + 0.1 * _unit(rng.normal(size=512))), 7200.0)
    items.append((article, replace(second, language="da", model_vector=_unit(rng.normal(size=512)))))
    with SQLiteStore() as store:
        placed, _ = StoryAssigner(store, settings).place(items)
    story = {p.article_id: p.story_id for p in placed}
    assert story["english"] == story["danish"] == story["danish2"]
    assert story["other0"] != story["danish"]


def test_stories_are_blocked_by_time_window_and_event_dates() -> None:
    a, _ = _basis(2)
    settings = replace(ONLY_EMBEDDING, story_window_days=3.0, max_event_gap_days=1)
    day = date(2025, 4, 1).toordinal()
    with SQLiteStore() as store:
        placed, _ = StoryAssigner(store, settings).place(
            [
                _item("monday", a, 0.0, day),
                _item("tuesday", a, DAY, day + 1),  # same event, a day later: joins
                _item("friday", a, 4 * DAY, day + 4),  # same words, event three days after the story's: apart
                _item("weeks later", a, 20 * DAY),  # outside the time window: apart
            ]
        )
    stories = [p.story_id for p in placed]
    assert stories[0] == stories[1]
    assert len(set(stories)) == 3


def test_a_title_alone_must_clear_a_higher_bar_than_a_whole_article() -> None:
    a, b = _basis(3)
    near = _unit(0.8 * a + 0.6 * b)  # cosine 0.8 with a
    settings = replace(ONLY_EMBEDDING, brief_terms=16, brief_penalty=0.2)
    body = {f"word{i}": 1 for i in range(40)}
    outcomes = []
    for terms in ({"storm": 1, "harbour": 1}, body):
        items = [_item("one", a, 0.0), _item("two", near, 3600.0)]
        items = [(article, replace(row, terms=terms)) for article, row in items]
        with SQLiteStore() as store:
            placed, _ = StoryAssigner(store, settings).place(items)
            evidence = store.membership("two")
        assert evidence is not None
        outcomes.append(placed[1].opened)
    # Titles alone: 0.8 - 0.2 is under the 0.7 threshold, so two stories; whole articles at 0.8 share one.
    assert outcomes == [True, False]


def test_an_undated_article_naming_another_weekday_than_the_story_must_clear_a_higher_bar() -> None:
    a, b = _basis(7)
    monday = date(2025, 3, 10).toordinal()
    settings = replace(ONLY_EMBEDDING, weekday_penalty=0.1)
    outcomes = {}
    for name, cosine, weekdays in [
        ("no weekday", 0.75, frozenset()),
        ("Monday", 0.75, frozenset({0})),
        ("Tuesday", 0.75, frozenset({1})),  # 0.75 - 0.1 is under the 0.7 threshold
        ("Tuesday, close", 0.85, frozenset({1})),  # a follow-up "a day on" that says the same: it still joins
    ]:
        undated = _unit(cosine * a + float(np.sqrt(1 - cosine**2)) * b)
        article, row = _item("undated", undated, 2 * 3600.0)
        with SQLiteStore() as store:
            placed, _ = StoryAssigner(store, settings).place(
                [_item("meeting", a, 0.0, monday), (article, replace(row, published=None, weekdays=weekdays))]
            )
            membership = store.membership("undated")
        assert membership is not None
        outcomes[name] = placed[1].opened
        best = membership.evidence["best"]
        assert best["other_weekday"] == (name.startswith("Tuesday"))
        assert ("its lead names another weekday" in describe(membership)) == name.startswith("Tuesday")
    assert outcomes == {"no weekday": False, "Monday": False, "Tuesday": True, "Tuesday, close": False}


def test_an_undated_article_moves_to_the_story_of_its_event_when_that_story_arrives() -> None:
    a, b = _basis(4)
    day = date(2025, 4, 1).toordinal()
    undated = _unit(0.75 * a + 0.66 * b)  # cosine 0.75 with the first strike, 0.98 with the second
    second = _unit(0.6 * a + 0.8 * b)
    with SQLiteStore() as store:
        assigner = StoryAssigner(store, ONLY_EMBEDDING)
        first_items = [_item("strike 1", a, 0.0, day), _item("strike 1 again", a, 3600.0, day)]
        article, row = _item("strike 2, undated", undated, 7200.0)
        first, _ = assigner.place([*first_items, (article, replace(row, published=None))])
        # Arriving before any report of its own event, it can only join the first strike.
        assert first[2].story_id == first[0].story_id
        later, _ = assigner.place([_item("strike 2", second, 14 * DAY, day + 14)])
        assert later[0].opened
        moved = store.membership("strike 2, undated")
        assert moved is not None and moved.story_id == later[0].story_id
        assert moved.evidence["decision"] == "joined" and moved.evidence["moved"]["by"] == "strike 2"
        assert "moved here from" in describe(moved)
        assert store.story(first[0].story_id).size == 2  # type: ignore[union-attr]
        assert [m.article_id for m in store.members(later[0].story_id)] == ["strike 2, undated", "strike 2"]


def test_the_stream_clock_follows_publication_times_not_the_dates_a_page_names() -> None:
    def fictional(article_id: str, published: datetime | None, event: date | None) -> Article:
        return Article(article_id, f"{article_id}.txt", "Text.", published=published, event_date=event)

    batch = [
        fictional("dated", datetime(2025, 4, 10, 12, tzinfo=UTC), date(2025, 4, 9)),
        fictional("forecast", None, date(2087, 4, 13)),  # a page naming a far future day, with no publication date
    ]
    assert stream_clock(batch, 0.0) == datetime(2025, 4, 10, 12, tzinfo=UTC).timestamp()
    # With no publication time at all, the event days are all there is.
    assert stream_clock(batch[1:], 0.0) == datetime(2087, 4, 13, 12, tzinfo=UTC).timestamp()
    # One page published years away from the rest of its batch (a misdated index page) does not move the clock, or
    # every article of unknown time would be placed years away from its story.
    days = [fictional(f"report {d}", datetime(2004, 11, d, 12, tzinfo=UTC), None) for d in (1, 2, 3)]
    stray = fictional("stray", datetime(2021, 12, 5, 21, 15, tzinfo=UTC), None)
    assert stream_clock([*days, stray], 0.0) == datetime(2004, 11, 3, 12, tzinfo=UTC).timestamp()
    assert stream_clock([stray], 0.0) == datetime(2021, 12, 5, 21, 15, tzinfo=UTC).timestamp()


def test_a_later_batch_joins_the_stories_of_a_stored_file(tmp_path: Path) -> None:
    a, b = _basis(3)
    path = tmp_path / "news.db"
    with SQLiteStore(path) as store:
        first, _ = StoryAssigner(store, ONLY_EMBEDDING).place([_item("x1", a, 0.0), _item("y1", b, 10.0)])
    with SQLiteStore(path) as store:
        second, _ = StoryAssigner(store, ONLY_EMBEDDING).place([_item("x2", _unit(a + 0.1 * b), 50.0)])
        assert second[0].story_id == first[0].story_id
        assert [m.article_id for m in store.members(first[0].story_id)] == ["x1", "x2"]
        joined = store.membership("x2")
        assert joined is not None and joined.evidence["best"]["article"] == "x1"


# The real pipeline, with the real embedding model, on the fictional sample corpus.


def _corpus_copy(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / "corpus" / name, folder / name)
    return folder


@pytest.mark.slow
def test_every_gold_story_of_the_sample_corpus_is_recovered_exactly(sample_run: RunResult) -> None:
    gold = {g.id: g.story for g in load_gold(EXAMPLES / "gold")}
    found = {frozenset(s.article_ids) for s in sample_run.stories}
    expected: dict[str, set[str]] = {}
    for article_id, story in gold.items():
        expected.setdefault(story, set()).add(article_id)
    assert found == {frozenset(v) for v in expected.values()}
    avalanche = next(s for s in sample_run.stories if "it_gazzettalaghi_01" in s.article_ids)
    assert {a.language for a in sample_run.story_articles(avalanche)} == {"en", "it"}


@pytest.mark.slow
def test_second_run_with_a_store_adds_to_its_stories_and_the_stories_command_explains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "news.db"
    first = _corpus_copy(tmp_path / "1", ["fr_courrierduval_03.txt", "fr_ouestmatin_04.txt", "fr_ouestmatin_02.txt"])
    second = _corpus_copy(tmp_path / "2", ["fr_infolemanique_01.txt", "fr_rfn_02.txt"])
    assert main(["run", str(first), "--out", str(tmp_path / "o1"), "--store", str(store), "--quiet"]) == 0
    assert main(["run", str(second), "--out", str(tmp_path / "o2"), "--store", str(store), "--quiet"]) == 0
    data = json.loads((tmp_path / "o2" / "stories.json").read_text(encoding="utf-8"))
    by_article = {a: s for s in data["stories"] for a in s["articles"]}
    # The coach crash item of the brief page joins the crash story of the first run; the strike report joins the strike.
    assert {"fr_courrierduval_03", "fr_ouestmatin_04"} < set(by_article["fr_infolemanique_01#1"]["articles"])
    assert "fr_ouestmatin_02" in by_article["fr_rfn_02"]["articles"]
    assert by_article["fr_infolemanique_01#2"]["articles"] == ["fr_infolemanique_01#2"]
    capsys.readouterr()

    assert main(["stories", "--store", str(store)]) == 0
    listing = capsys.readouterr().out
    assert "size" in listing and "languages" in listing and "first seen" in listing and "last seen" in listing
    crash = by_article["fr_courrierduval_03"]["id"]
    # outlets in the order they first reported it: Le Courrier du Val's byline dates its report on the 17th
    assert re.search(rf"{crash} +3  fr 3 +Ouest Matin, Le Courrier du", listing)
    # A story is listed by the headline of its latest article, as on its page.
    headline = by_article["fr_courrierduval_03"]["headline"]
    assert re.search(rf"{crash} .*  {re.escape(headline[:70])}", listing)
    assert main(["stories", "--store", str(store), "--why", "fr_infolemanique_01#1"]) == 0
    why = capsys.readouterr().out
    assert f"story {crash}" in why and "decision: joined" in why
    assert "contributions: embedding +" in why and "shared names and numbers:" in why
    assert main(["stories", "--store", str(store), crash]) == 0
    assert "fr_infolemanique_01#1" in capsys.readouterr().out


@pytest.mark.slow
def test_a_story_read_over_two_runs_gets_the_article_it_gets_when_read_at_once(tmp_path: Path) -> None:
    # The Leeds budget report of the later page arrives first: its article and numbered sources must not depend on it.
    files = ["en_harbourgazette_03.txt", "en_harbourgazette_02.txt", "intl_feed.jsonl"]
    store = tmp_path / "news.db"
    for run, names in (("1", files[:1]), ("2", files[1:])):
        folder = _corpus_copy(tmp_path / run, names)
        assert main(["run", str(folder), "--out", str(tmp_path / "o"), "--store", str(store), "--quiet"]) == 0
    assert main(["run", str(_corpus_copy(tmp_path / "all", files)), "--out", str(tmp_path / "once"), "--quiet"]) == 0

    def leeds(out: Path) -> tuple[list[str], list[tuple[str, list[int]]]]:
        stories = json.loads((out / "stories.json").read_text(encoding="utf-8"))["stories"]
        story = next(s for s in stories if "en_harbourgazette_02" in s["articles"])
        return story["articles"], [(x["text"], x["sources"]) for x in story["summary"]]

    assert leeds(tmp_path / "o") == leeds(tmp_path / "once")


@pytest.mark.slow
def test_rerunning_the_same_files_changes_nothing_and_a_changed_text_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "news.db"
    folder = _corpus_copy(tmp_path, ["fr_courrierduval_02.txt", "fr_ouestmatin_02.txt"])
    assert main(["run", str(folder), "--out", str(tmp_path / "o1"), "--store", str(store), "--quiet"]) == 0
    assert main(["run", str(folder), "--out", str(tmp_path / "o2"), "--store", str(store), "--quiet"]) == 0
    once = json.loads((tmp_path / "o1" / "stories.json").read_text(encoding="utf-8"))["stories"]
    twice = json.loads((tmp_path / "o2" / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert [s["articles"] for s in once] == [s["articles"] for s in twice]
    with SQLiteStore(store) as opened:
        assert opened.document_count() == 2
    (folder / "fr_ouestmatin_02.txt").write_text("Un tout autre texte sur les dockers du port.\n" * 3, encoding="utf-8")
    capsys.readouterr()
    code = main(["run", str(folder), "--out", str(tmp_path / "o3"), "--store", str(store), "--quiet"])
    assert code == 2
    assert "article id 'fr_ouestmatin_02' is already in the store with another text" in capsys.readouterr().err


def test_a_rerun_into_the_same_folder_removes_pages_of_stories_that_are_gone(tmp_path: Path) -> None:
    folder = _corpus_copy(tmp_path, ["fr_courrierduval_02.txt", "fr_ouestmatin_02.txt"])
    out = tmp_path / "out"
    (out / "stories").mkdir(parents=True)
    stale = [out / "stories" / "2025-03-11-0badc0de.md", out / "stories" / "undated-0badc0de.html"]
    mine = out / "stories" / "notes.md"
    for path in [*stale, mine]:
        path.write_text("old", encoding="utf-8")
    assert main(["run", str(folder), "--out", str(out), "--quiet"]) == 0
    ids = {s["id"] for s in json.loads((out / "stories.json").read_text(encoding="utf-8"))["stories"]}
    pages = {p.stem for p in (out / "stories").glob("*.md")}
    assert pages == ids | {"notes"}
    assert not any(p.exists() for p in stale) and mine.read_text(encoding="utf-8") == "old"


@pytest.mark.slow
def test_a_folder_written_run_after_run_with_a_store_shows_every_story_of_the_store(tmp_path: Path) -> None:
    store, out = tmp_path / "news.db", tmp_path / "out"
    first = _corpus_copy(tmp_path / "1", ["fr_courrierduval_02.txt", "en_northfieldpost_02.txt"])
    second = _corpus_copy(tmp_path / "2", ["fr_ouestmatin_02.txt", "de_rheinabend_01.txt"])
    assert main(["run", str(first), "--out", str(out), "--store", str(store), "--quiet"]) == 0
    before = json.loads((out / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert main(["run", str(second), "--out", str(out), "--store", str(store), "--quiet"]) == 0
    after = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    by_article = {a: s for s in after["stories"] for a in s["articles"]}
    # The second run touched the strike story (fr_ouestmatin_02 joined it) and opened one; the jobs story of the
    # first run is kept as written, with its pages, its articles and its line in the index.
    jobs = next(s for s in before if s["articles"] == ["en_northfieldpost_02"])
    assert by_article["en_northfieldpost_02"] == jobs
    assert "fr_courrierduval_02" in by_article["fr_ouestmatin_02"]["articles"]
    assert {a["id"] for a in after["articles"]} == set(by_article)
    pages = {p.stem for p in (out / "stories").glob("*.html")}
    assert pages == {s["id"] for s in after["stories"]} and len(pages) == 3
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="stories/{story_id}.html"' in index for story_id in pages)


def test_stories_command_names_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--store", str(tmp_path / "none.db")]) == 1
    assert "none.db: no such store" in capsys.readouterr().err


def test_bcubed_of_identical_clusterings_is_one() -> None:
    labels = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(labels, labels).f1 == 1.0


@pytest.mark.slow
def test_first_and_last_seen_follow_publication_times_not_the_clock_of_undated_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "news.db"
    names = ["fr_courrierduval_01.txt", "fr_courrierduval_04.txt", "fr_rfn_01.txt", "fr_ouestmatin_01.txt"]
    folder = _corpus_copy(tmp_path, [*names, "en_harbourgazette_01.txt"])
    assert main(["run", str(folder), "--out", str(tmp_path / "o"), "--store", str(store), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["stories", "--store", str(store)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    water = next(r for r in rows if " 4  fr 4 " in r)
    # The undated reaction piece arrives at the stream clock (10 April): it must not stretch the story to April. The
    # last report is Le Courrier du Val's of the next morning, dated by its byline ("Par ... | 04/03/2025 à 06:15").
    assert "2025-03-03 17:05  2025-03-04 06:15" in water
    assert rows[0].startswith("2025-04-10")  # most recently seen first


# Two fictional bridge closures told alike in two languages on one day: only the places differ.
_TWO_BRIDGES = [
    {
        "id": "es-bridge",
        "outlet": "Diario del Ebro",
        "language": "es",
        "published": "2025-06-11T09:00:00+02:00",
        "title": "Cerrado el puente de Tortosa tras hallar grietas en dos pilares",
        "text": "El Ayuntamiento de Tortosa cerró el martes por la noche el puente sobre el Ebro a todo el tráfico. "
        'Durante una inspección, los técnicos detectaron grietas en dos pilares. "La seguridad es lo primero", '
        "afirmó la alcaldesa Marta Puig. El tráfico se desvía por la AP-7, lo que supone 20 minutos más de viaje. "
        "El puente permanecerá cerrado al menos hasta finales de julio.",
    },
    {
        "id": "it-bridge",
        "outlet": "Gazzetta del Po",
        "language": "it",
        "published": "2025-06-11T10:00:00+02:00",
        "title": "Chiuso il ponte di Casalmaggiore dopo la scoperta di crepe",
        "text": "Il Comune di Casalmaggiore ha chiuso martedì sera il ponte sul Po a tutto il traffico. Durante "
        'un\'ispezione, i tecnici hanno scoperto crepe in due piloni. "La sicurezza viene prima di tutto", ha '
        "dichiarato il sindaco Luca Ferri. Il traffico viene deviato sulla A21, con 20 minuti di viaggio in più. "
        "Il ponte resterà chiuso almeno fino alla fine di luglio.",
    },
]


@pytest.mark.slow
def test_two_events_told_alike_in_two_languages_stay_apart_when_they_share_no_names(tmp_path: Path) -> None:
    feed = tmp_path / "bridges.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _TWO_BRIDGES), encoding="utf-8")
    assert main(["run", str(feed), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    stories = json.loads((tmp_path / "out" / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert sorted(s["articles"] for s in stories) == [["es-bridge"], ["it-bridge"]]


def test_publication_hours_apart_cost_nothing_when_the_event_days_agree() -> None:
    from newsfuse.stories.evidence import pair_evidence

    a, _ = _basis(7)
    terms = {f"woord{i}": 1 for i in range(30)}  # a whole report, not a title alone
    evening = FeatureRow("eve", 0.0, 0.0, 739545, "nl", None, a, terms, frozenset(), frozenset())
    morning = replace(evening, article_id="morn", time=9.5 * 3600, published=9.5 * 3600)
    settings = Settings()
    # A morning paper's report of last night's derailment, nine hours after the first: no time decay.
    assert pair_evidence(replace(morning, event_day=739546), {}, evening, {}, settings).components(settings)["time"] == 0
    # Without event days, the hours apart count; and for a title alone, whose day every city's weather page shares.
    undated = pair_evidence(replace(morning, event_day=None), {}, evening, {}, settings)
    assert undated.components(settings)["time"] < -0.09
    title = pair_evidence(replace(morning, event_day=739546, terms={"meteo": 1}), {}, evening, {}, settings)
    assert title.components(settings)["time"] < -0.09


def test_the_updates_of_a_live_page_make_one_story_however_unlike_they_are() -> None:
    a, b = _basis(7)
    other = _item("brief#2", b, 1000.0)
    first, second = _item("ticker#1", a, 1000.0), _item("ticker#2", b, 1000.0)
    live = [(replace(article, live_page="ticker"), row) for article, row in (first, second)]
    with SQLiteStore() as store:
        placements, _ = StoryAssigner(store, ONLY_EMBEDDING).place([other, *live])
        story = {p.article_id: p.story_id for p in placements}
        # The second update is unlike the first and the same as another page's item: its page decides.
        assert story["ticker#1"] == story["ticker#2"]
        assert story["brief#2"] != story["ticker#1"]
        assert describe(store.membership("ticker#2")).startswith("joined the story of an earlier update")  # type: ignore[arg-type]


LOOSE = replace(ONLY_EMBEDDING, story_join_threshold=0.8, story_merge_threshold=0.8)


def _page(*updates: tuple[Article, FeatureRow]) -> list[tuple[Article, FeatureRow]]:
    """Updates cut from the live page "ticker"."""
    return [(replace(article, live_page="ticker"), replace(row, report="ticker")) for article, row in updates]


def test_a_report_joins_a_live_page_it_fits_as_a_whole_though_no_single_update() -> None:
    a, b = _basis(8)
    live = _page(_item("ticker#1", a, 0.0), _item("ticker#2", b, 60.0))
    with SQLiteStore() as store:
        placements, _ = StoryAssigner(store, LOOSE).place([*live, _item("report", a + b, 3600.0)])
        story = {p.article_id: p.story_id for p in placements}
        # The report is at 0.71 with each update, under the bar, and at 1.0 with the page's mean.
        assert story["report"] == story["ticker#1"] == story["ticker#2"]
        best = store.membership("report").evidence["best"]  # type: ignore[union-attr]
        assert best["article"] == "ticker" and best["page_updates"] == 2
        assert "the live page's 2 updates as one report" in "\n".join(article_lines(store, "report"))


def test_a_live_page_arriving_after_a_report_it_fits_as_a_whole_merges_into_its_story() -> None:
    a, b = _basis(9)
    live = _page(_item("ticker#1", a, 7200.0), _item("ticker#2", b, 7260.0))
    with SQLiteStore() as store:
        first, _ = StoryAssigner(store, LOOSE).place([_item("report", a + b, 0.0)])
        placements, merges = StoryAssigner(store, LOOSE).place(live)
        # The first update opened a story of its own; the page as a whole then fits the report's.
        assert {p.story_id for p in placements} == {first[0].story_id}
        assert len(merges) == 1 and merges[0].article_id == "ticker#2" and merges[0].into == first[0].story_id
        assert [m.article_id for m in store.members(first[0].story_id)] == ["report", "ticker#1", "ticker#2"]


def test_a_live_page_alone_in_a_story_with_another_report_is_not_compared_as_a_whole() -> None:
    a, b = _basis(10)
    c = _unit(np.random.default_rng(3).normal(size=512))
    live = _page(_item("ticker#1", a, 0.0), _item("ticker#2", b, 60.0))
    with SQLiteStore() as store:
        # A page whose first update fits nothing, and a far report: no merge, whatever the page's mean.
        placements, merges = StoryAssigner(store, LOOSE).place([*live, _item("other", c, 120.0)])
        story = {p.article_id: p.story_id for p in placements}
        assert story["ticker#1"] == story["ticker#2"] != story["other"] and not merges


@pytest.mark.slow
def test_a_polish_live_blog_and_a_norwegian_report_of_one_ski_jumping_event_share_a_story(tmp_path: Path) -> None:
    folder = Path(__file__).parent / "data" / "heldout32"
    blog, report = folder / "e32_10_pl_przegladpodhalanski.txt", folder / "e32_11_no_vestlandsposten.txt"
    store = tmp_path / "news.db"
    # Read at once, and over two runs with the report first: one story either way.
    assert main(["run", str(blog), str(report), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    stories = json.loads((tmp_path / "a" / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 13
    for i, path in enumerate((report, blog)):
        assert main(["run", str(path), "--store", str(store), "--out", str(tmp_path / f"b{i}"), "--quiet"]) == 0
    with SQLiteStore(store) as stored:
        (only,) = stored.stories()
        assert only.size == 13 and len(stored.merges(only.id)) == 1


def test_a_live_page_is_cut_into_updates_that_are_read_as_reports() -> None:
    from newsfuse.clean import CleanedItem, clean_articles

    page = (
        "Landratswahl im Kreis Ostermoor: Der Wahlabend im Ticker\n"
        "21:27\nVorläufiges Endergebnis: Es kommt zur Stichwahl\n"
        "Nach Auszählung aller 118 Wahlbezirke liegt Sabine Oltmanns knapp vor Amtsinhaber Henning Brückmann.\n"
        "Beitrag teilen\n"
        "20:03\nBrückmann: „Das Rennen ist offen“\n"
        "Im Foyer des Kreishauses hat sich Landrat Henning Brückmann erstmals vor seinen Anhängern geäußert.\n"
        "Beitrag teilen\n"
    )
    cleaned = [c.article for c in clean_articles([Article("ticker", "ticker.txt", page)]) if isinstance(c, CleanedItem)]
    assert [a.id for a in cleaned] == ["ticker#1", "ticker#2"]
    assert {a.live_page for a in cleaned} == {"ticker"}
    # A paragraph under an update's heading with nothing after it is the update, not a standfirst over nothing.
    assert cleaned[1].sentences and not any(s.standfirst for s in cleaned[1].sentences)


def test_a_compound_place_name_is_also_its_parts() -> None:
    from newsfuse.stories.features import names

    article = Article.from_sentences(
        "fire", ["El fuego se originó en Aïnharbe-Mendibe y cruzó a Navarra."], source="t", language="es"
    )
    assert {"ainharbe-mendibe", "ainharbe", "mendibe", "navarra"} <= names(article)


def test_a_swedish_and_a_danish_report_of_one_storm_share_a_story_and_an_earlier_closure_does_not() -> None:
    from newsfuse.pipeline import run

    folder = Path(__file__).parent / "data" / "heldout20"
    files = [folder / f for f in ("a20_06_sv_sydkustennyheter.txt", "a20_07_da_amagerdagblad.txt", "a20_08_sv_malmomorgon.txt")]
    result = run(files)
    story_of = {a: s.id for s in result.stories for a in s.article_ids}
    assert story_of["a20_06_sv_sydkustennyheter"] == story_of["a20_07_da_amagerdagblad"]
    assert story_of["a20_08_sv_malmomorgon"] != story_of["a20_06_sv_sydkustennyheter"]


def test_a_story_whose_articles_name_only_days_ahead_is_dated_the_day_it_was_published() -> None:
    from newsfuse.stories.dating import story_date

    notice = Article.from_sentences(
        "rd214", ["La route sera fermée du lundi 22 mars au vendredi 9 avril."], source="t", language="fr"
    )
    notice = replace(notice, published=datetime(2027, 3, 16, 11, 20))
    day, basis = story_date([notice])
    assert day == date(2027, 3, 16) and "published" in basis
