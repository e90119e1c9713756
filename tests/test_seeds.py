"""The reference case: five real reports of the 21 December 2015 meeting in Moscow (acceptance of the skeleton)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsfuse.evaluate import faithfulness_problem
from newsfuse.pipeline import RunResult
from newsfuse.records import Story
from newsfuse.settings import Settings
from newsfuse.textnorm import fold

from conftest import MEETING, ROOT, SEEDS

pytestmark = pytest.mark.slow


def _story_of(result: RunResult, article_id: str) -> Story:
    return next(s for s in result.stories if article_id in s.article_ids)


def test_meeting_story_holds_exactly_the_meeting_reports(seed_run: RunResult) -> None:
    story = _story_of(seed_run, MEETING[0])
    assert sorted(story.article_ids) == sorted(MEETING)


def test_november_report_and_unrelated_item_are_separate_stories(seed_run: RunResult) -> None:
    meeting = _story_of(seed_run, MEETING[0])
    november = _story_of(seed_run, "003_88db39ec24d024ab")
    territory = _story_of(seed_run, "000_3f9906dd629083e6#2")
    assert len({meeting.id, november.id, territory.id}) == 3
    # Apart by a margin, not a hair: its lead's "mardi" is not the meeting's Monday, which costs it the weekday penalty.
    best = re.search(r"best other (\d\.\d\d) in (\S+):", november.evidence["003_88db39ec24d024ab"])
    assert best is not None and best.group(2) == meeting.id
    assert float(best.group(1)) <= Settings().story_join_threshold - 0.05


def test_lead_states_date_and_place(seed_run: RunResult) -> None:
    story = _story_of(seed_run, MEETING[0])
    lead = seed_run.summaries[story.id].sentences[0].text
    assert "21 décembre 2015" in lead
    assert "Moscou" in lead
    assert story.date is not None and story.date.isoformat() == "2015-12-21"


def test_summary_is_short_and_every_sentence_cited(seed_run: RunResult) -> None:
    for story in seed_run.stories:
        summary = seed_run.summaries[story.id]
        assert summary.word_count <= 200
        assert summary.sentences
        for sentence in summary.sentences:
            assert sentence.sources and set(sentence.sources) <= set(story.article_ids)


def test_every_summary_sentence_is_faithful_to_a_cited_source(seed_run: RunResult) -> None:
    for story in seed_run.stories:
        members = {a.id: a for a in seed_run.story_articles(story)}
        for sentence in seed_run.summaries[story.id].sentences:
            assert faithfulness_problem(sentence, members) is None, sentence.text


def test_date_repair_is_recorded(seed_run: RunResult) -> None:
    story = _story_of(seed_run, MEETING[0])
    lead = seed_run.summaries[story.id].sentences[0]
    assert any(r.kind == "date" and "2015" in r.after for r in lead.repairs)


def test_no_furniture_line_reaches_a_summary_or_headline(seed_run: RunResult) -> None:
    labels = json.loads((ROOT / "tests" / "data" / "seed_furniture.json").read_text())["files"]
    furniture = []
    for name, numbers in labels.items():
        lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
        furniture += [fold(lines[n - 1]) for n in numbers if len(lines[n - 1].split()) >= 1]
    texts = []
    for summary in seed_run.summaries.values():
        texts.append(fold(summary.headline))
        texts += [fold(s.text) for s in summary.sentences]
    for line in furniture:
        for text in texts:
            assert line not in text, f"furniture {line!r} in {text!r}"


def test_run_command_writes_documented_outputs(tmp_path: Path) -> None:
    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    data = json.loads((tmp_path / "stories.json").read_text(encoding="utf-8"))
    story = next(s for s in data["stories"] if MEETING[0] in s["articles"])
    assert {"id", "headline", "language", "date", "articles", "summary"} <= set(story)
    assert story["date"] == "2015-12-21" and story["language"] == "fr"
    assert all(s["sources"] and s["support"] >= 1 for s in story["summary"])
    article = next(a for a in data["articles"] if a["id"] == "001_4abc9afbb70f35b4")
    assert {"id", "source", "title", "language", "published", "removed_lines"} <= set(article)
    assert any(r["reason"] == "advertising" for r in article["removed_lines"])
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for s in data["stories"]:
        assert f"stories/{s['id']}.html" in index
        assert (tmp_path / "stories" / f"{s['id']}.md").is_file()


def test_a_long_run_lists_its_largest_stories_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse import cli

    monkeypatch.setattr(cli, "_RUN_LISTING", 1)  # the seeds give three stories; a day of news gives hundreds
    assert cli.main(["run", str(SEEDS), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if re.match(r"  (\d{4}-|undated)", line)]
    assert len(listed) == 1 and "4 articles" in listed[0]
    assert "... and 2 smaller stories (all are in the index)" in out


def test_pages_cite_in_reference_order_and_count_in_words(tmp_path: Path) -> None:
    import re

    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    data = json.loads((tmp_path / "stories.json").read_text(encoding="utf-8"))
    for s in data["stories"]:
        page = (tmp_path / "stories" / f"{s['id']}.md").read_text(encoding="utf-8")
        body = page.split("## Sources")[0]
        for refs in re.findall(r"((?:\[\d+\])+)\n", body):
            numbers = [int(n) for n in re.findall(r"\d+", refs)]
            assert numbers == sorted(numbers), refs
        size = len(s["articles"])
        assert (f"· {size} source*" if size == 1 else f"· {size} sources*") in page
