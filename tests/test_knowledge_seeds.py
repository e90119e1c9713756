"""Acceptance of the knowledge stage on the seeds: people grouped, quotes attributed, dates resolved."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsfuse.knowledge import build_knowledge, name_key
from newsfuse.pipeline import RunResult, run
from newsfuse.records import StoryKnowledge

from conftest import MEETING, SEEDS

pytestmark = pytest.mark.slow


def _meeting(seed_run: RunResult) -> StoryKnowledge:
    story = next(s for s in seed_run.stories if MEETING[0] in s.article_ids)
    return seed_run.knowledge[story.id]


def test_meeting_people_are_grouped_across_surface_forms(seed_run: RunResult) -> None:
    people = {e.name: e for e in _meeting(seed_run).entities if e.type == "PER"}
    for name in ("Jean-Yves Le Drian", "Sergueï Choïgou", "François Hollande", "Vladimir Poutine"):
        assert name in people, sorted(people)
    assert {"Jean-Yves Le Drian", "M. Le Drian"} <= set(people["Jean-Yves Le Drian"].forms)
    assert {"Sergueï Choïgou", "M. Choïgou", "Choïgou"} <= set(people["Sergueï Choïgou"].forms)
    assert set(people["Jean-Yves Le Drian"].articles) == set(MEETING)
    # One group per person: no other entity holds one of their forms.
    keys = [{name_key(f) for f in e.forms} for e in _meeting(seed_run).entities]
    assert sum(len(k) for k in keys) == len(set().union(*keys))


def test_organisation_names_and_acronyms_are_one_entity(seed_run: RunResult) -> None:
    ei = next(e for e in _meeting(seed_run).entities if "EI" in e.forms)
    assert {"Etat islamique", "Daech", "EI"} <= set(ei.forms)
    assert ei.type == "ORG"


def test_quote_is_attributed_to_le_drian_with_all_its_sources(seed_run: RunResult) -> None:
    quote = next(q for q in _meeting(seed_run).quotes if q.text.startswith("Ce n'est pas s'allier, c'est se coordonner"))
    assert quote.speaker == "Jean-Yves Le Drian"
    # The words appear in three of the four meeting reports, and all three quote it; 004 retells it
    # ("a préféré parler de coordination plutôt que d'une alliance") and is credited as a retelling.
    carrying = {a for a in MEETING if "s'allier, c'est se coordonner" in _text(seed_run, a)}
    assert {s.article for s in quote.sources if not s.retold} == carrying and len(carrying) == 3
    retold = [s for s in quote.sources if s.retold]
    assert [s.article for s in retold] == ["004_c0b0d63a5f0cf3d9"]
    assert "coordination plutôt que d'une alliance" in retold[0].text and retold[0].speaker is None
    assert len(quote.articles) == 4
    # 002 attributes it with "a-t-il poursuivi", resolved to the last named speaker.
    source = next(s for s in quote.sources if s.article == "002_782f633ee9fe343a")
    assert source.speaker == "Jean-Yves Le Drian" and "last named speaker" in source.attribution


def test_the_russian_minister_is_named_through_his_french_counterpart(seed_run: RunResult) -> None:
    # 002 says "Le ministre russe a pour sa part expliqué"; the story names him only as Le Drian's "homologue russe
    # Sergueï Choïgou", next to "le ministre français de la Défense", so the counterpart is the Russian minister.
    quote = next(q for q in _meeting(seed_run).quotes if q.text.startswith("des entretiens entre marins russes"))
    assert quote.speaker == "Sergueï Choïgou"


def test_most_reported_quote_has_four_sources(seed_run: RunResult) -> None:
    quote = next(q for q in _meeting(seed_run).quotes if q.text.startswith("Nous avons convenu de renforcer"))
    assert quote.speaker == "Jean-Yves Le Drian" and len(quote.articles) == 4


def _text(result: RunResult, article_id: str) -> str:
    return next(a.clean_text for a in result.articles if a.id == article_id)


def test_story_date_and_how_undated_reports_were_anchored(seed_run: RunResult) -> None:
    k = _meeting(seed_run)
    assert k.story_date is not None and k.story_date.isoformat() == "2015-12-21"
    anchors = {d.article: d.anchor_basis for d in k.dates}
    # The seeds carry no publication date: each report says how its anchor was inferred.
    assert anchors["004_c0b0d63a5f0cf3d9"].startswith("the page's date")
    assert anchors["001_4abc9afbb70f35b4"].startswith("the story date") and "'lundi'" in anchors["001_4abc9afbb70f35b4"]
    assert "without a publication date" in k.story_date_basis
    assert not k.disagreements


def test_yesterday_in_002_resolves_against_its_publication_date(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": "2015-12-22T08:00:00", "language": "fr"}
        for p in [SEEDS / "002_782f633ee9fe343a.txt"]
    ]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    result = run([feed])
    story = result.stories[0]
    k = build_knowledge(story, result.story_articles(story), result.summaries[story.id])
    dates = k.dates[0]
    assert dates.anchor_basis == "publication date"
    hier = [m for m in dates.mentions if m.expression == "hier"]
    assert hier and all(m.value.isoformat() == "2015-12-21" for m in hier)
    assert dates.event_date is not None and dates.event_date.isoformat() == "2015-12-21"


def test_stories_json_and_pages_carry_the_knowledge(tmp_path: Path) -> None:
    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    data = json.loads((tmp_path / "stories.json").read_text(encoding="utf-8"))
    story = next(s for s in data["stories"] if MEETING[0] in s["articles"])
    knowledge = story["knowledge"]
    assert {"entities", "quotes", "facts", "disagreements", "article_dates", "timeline", "first_seen"} <= set(knowledge)
    assert any(e["name"] == "Jean-Yves Le Drian" for e in knowledge["entities"])
    page = (tmp_path / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
    assert 'class="chips"' in page and "<h2>Quotes</h2>" in page and "<h2>Timeline</h2>" in page
    markdown = (tmp_path / "stories" / f"{story['id']}.md").read_text(encoding="utf-8")
    assert "Jean-Yves Le Drian" in markdown
    # The retelling of the quote is listed apart from the verbatim sources, in JSON and on the pages.
    quote = next(q for q in knowledge["quotes"] if q["text"].startswith("Ce n'est pas s'allier"))
    assert [s["article"] for s in quote["sources"] if s["retold"]] == ["004_c0b0d63a5f0cf3d9"]
    line = next(x for x in markdown.splitlines() if "Ce n'est pas s'allier" in x and x.startswith("- "))
    assert ", retold in [" in line and ", retold in <a" in page


def test_the_timeline_counts_in_the_right_number(seed_run: RunResult) -> None:
    from newsfuse.serve.knowledge_view import knowledge_markdown

    k = _meeting(seed_run)
    numbers = {a: i for i, a in enumerate((t.article for t in k.timeline), start=1)}
    timeline = "\n".join(knowledge_markdown(k, numbers))
    assert any(len(t.new_entities) == 1 for t in k.timeline) and "1 new name;" in timeline
    assert not re.search(r"\b1 new (names|quotes)\b", timeline)
