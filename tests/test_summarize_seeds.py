"""The story article of the reference case: the five real seed reports of the 21 December 2015 meeting in Moscow."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsfuse.pipeline import RunResult
from newsfuse.records import Summary
from newsfuse.textnorm import fold, strip_accents

from conftest import MEETING, SEEDS

pytestmark = pytest.mark.slow

QUOTE = "Ce n'est pas s'allier, c'est se coordonner"


def _meeting(seed_run: RunResult) -> tuple[Summary, list[str]]:
    story = next(s for s in seed_run.stories if MEETING[0] in s.article_ids)
    return seed_run.summaries[story.id], list(story.article_ids)


def _text(summary: Summary) -> str:
    return strip_accents(fold(" ".join(s.text for s in summary.sentences)))


def test_meeting_article_is_short(seed_run: RunResult) -> None:
    summary, _ = _meeting(seed_run)
    assert summary.word_count <= 200


def test_meeting_article_names_who_where_when_what(seed_run: RunResult) -> None:
    summary, _ = _meeting(seed_run)
    text = _text(summary)
    for needed in ("jean-yves le drian", "serguei choigou", "moscou", "21 decembre 2015"):
        assert needed in text, needed
    assert "daech" in text or "etat islamique" in text
    assert re.search(r"(information|renseignement)s? militaire", text), "the exchange of military intelligence"
    lead = strip_accents(fold(summary.sentences[0].text))
    assert "21 decembre 2015" in lead and "moscou" in lead
    # The minister is described once; a later mention gives his name alone.
    assert text.count("ministre francais de la defense jean-yves le drian") <= 1, text


def test_coordination_quote_is_verbatim_and_cites_every_article_that_reports_it(seed_run: RunResult) -> None:
    summary, ids = _meeting(seed_run)
    sentence = next(s for s in summary.sentences if QUOTE in s.text)
    reporting = {a.id for a in seed_run.articles if a.id in ids and fold(QUOTE) in fold(a.clean_text)}
    assert len(reporting) >= 3  # 000#1, 001 and 002 report it; the RTL report paraphrases it
    assert reporting <= set(sentence.sources)
    # The RTL report retells it ("préféré parler de coordination plutôt que d'une alliance"): the copies stage links
    # that paraphrase, so the sentence is carried by four outlets.
    assert sentence.support >= 4 and len(sentence.sources) >= 4
    assert any(QUOTE in a.clean_text for a in seed_run.articles if a.id in sentence.sources)


def test_no_sentence_about_the_other_stories(seed_run: RunResult) -> None:
    summary, _ = _meeting(seed_run)
    text = _text(summary)
    assert "17 novembre" not in text
    assert "14%" not in text and "territoire" not in text and "km2" not in text


def test_headline_comes_from_a_source_title(seed_run: RunResult) -> None:
    summary, ids = _meeting(seed_run)
    assert summary.headline_source in ids
    title = next(a.title for a in seed_run.articles if a.id == summary.headline_source)
    assert title and fold(summary.headline) in fold(title)


def test_explain_shows_scores_citations_and_edits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "== 2015-12-21-" in out
    assert "1. lead  score" in out and "centrality" in out and "support" in out
    assert "edit date: “lundi” → “lundi 21 décembre 2015”" in out
    assert "best candidates left out:" in out
    assert "written in fr, the story's main language" in out


def test_explain_shows_the_speakers_named_after_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfuse.cli import main

    barge = sorted((Path(__file__).parent / "data" / "heldout83").glob("e83_0[1-5]_*.txt"))
    assert main(["run", *map(str, barge), "--out", str(tmp_path), "--quiet", "--explain"]) == 0
    assert "edit speaker (from the speakers found): “sagte er” → “sagte Bernd Aschauer”" in capsys.readouterr().out


def test_language_option_falls_back_when_no_source_is_in_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet", "--language", "en"]) == 0
    data = json.loads((tmp_path / "stories.json").read_text(encoding="utf-8"))
    meeting = next(s for s in data["stories"] if MEETING[0] in s["articles"])
    assert meeting["language"] == "fr"
    assert any("en was asked for but too few sources" in n for n in meeting["notes"])
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--language", "xx"]) == 1
    assert "--language 'xx' is not supported" in capsys.readouterr().err


def test_pages_number_citations_and_list_edits(tmp_path: Path) -> None:
    from newsfuse.cli import main

    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    data = json.loads((tmp_path / "stories.json").read_text(encoding="utf-8"))
    meeting = next(s for s in data["stories"] if MEETING[0] in s["articles"])
    page = (tmp_path / "stories" / f"{meeting['id']}.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "stories" / f"{meeting['id']}.md").read_text(encoding="utf-8")
    numbers = {aid: k for k, aid in enumerate(meeting["articles"], start=1)}
    for sentence in meeting["summary"]:
        refs = "".join(f"[{n}]" for n in sorted(numbers[a] for a in sentence["sources"]))
        assert refs in markdown
        assert all(f'href="#src-{numbers[a]}"' in page for a in sentence["sources"])
    assert '<li id="src-1">' in page
    assert "Edits to the source sentences" in page and "lundi 21 décembre 2015" in page
