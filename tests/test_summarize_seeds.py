"""The story article of the reference case: the five real seed reports of the 21 December 2015 meeting in Moscow."""

from __future__ import annotations

import re

import pytest

from newsfuse.pipeline import RunResult
from newsfuse.records import Summary
from newsfuse.textnorm import fold, strip_accents

from conftest import MEETING

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


def test_coordination_quote_is_verbatim_and_cites_every_article_that_reports_it(seed_run: RunResult) -> None:
    summary, ids = _meeting(seed_run)
    sentence = next(s for s in summary.sentences if QUOTE in s.text)
    reporting = {a.id for a in seed_run.articles if a.id in ids and fold(QUOTE) in fold(a.clean_text)}
    assert len(reporting) >= 3  # 000#1, 001 and 002 report it; the RTL report paraphrases it
    assert reporting <= set(sentence.sources)
    assert sentence.support == len(reporting)  # the seeds' outlets are all distinct
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
