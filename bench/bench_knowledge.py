"""Benchmark: the knowledge stage on the sample corpus (gold scores) and its speed, entities where needed vs everywhere."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from newsfuse.embeddings import shared_encoder
from newsfuse.evaluate.knowledge import load_knowledge_gold, score_knowledge
from newsfuse.knowledge import Recognizer, build_knowledge
from newsfuse.pipeline import RunResult, run
from newsfuse.records import Article, Story, Summary
from newsfuse.settings import Settings
from newsfuse.summarize import summarize_story

from benchdata import ROOT, SEEDS
from wikinews import load_prepared

TITLE = (
    "Story knowledge: entities, quotes, dates, disagreements against the sample gold (development data) and held-out "
    "items; speed"
)
Row = tuple[str, str, str]


StoryInput = tuple[Story, list[Article], Summary]


def _knowledge_pass(stories: list[StoryInput], settings: Settings) -> tuple[float, int, dict[str, object]]:
    """Time one knowledge pass over every story with a fresh recogniser (its models already loaded)."""
    recognizer = Recognizer()
    recognizer.recognise(["Warm-up."], "fr")
    recognizer.recognise(["Warm-up."], "en")
    recognizer.sentences_processed = 0
    started = time.perf_counter()
    out = {s.id: build_knowledge(s, articles, summary, settings, recognizer) for s, articles, summary in stories}
    return time.perf_counter() - started, recognizer.sentences_processed, out


def _inputs(result: RunResult) -> list[StoryInput]:
    """Each story of a run with its articles and summary."""
    return [(s, result.story_articles(s), result.summaries[s.id]) for s in result.stories]


def _wikinews_inputs() -> list[StoryInput]:
    """The WikinewsSum clusters as stories, summarised: a real mix of one-source and many-source stories."""
    settings, encoder = Settings(), shared_encoder()
    return [
        (p.story, p.articles, summarize_story(p.story, p.articles, p.passages, settings, encoder))
        for p in load_prepared(settings)
        if p.articles
    ]


def _scope_rows(label: str, stories: list[StoryInput], note: str) -> list[Row]:
    """The knowledge stage timed with entities where needed and everywhere, same process, same machine."""
    n = sum(len(articles) for _, articles, _ in stories)
    # An untimed pass first: the rules' lemma dictionaries load once per language and process, and the first timed
    # pass would otherwise pay for both.
    _knowledge_pass(stories, replace(Settings(), entity_scope="all"))
    all_time, all_sentences, _ = _knowledge_pass(stories, replace(Settings(), entity_scope="all"))
    default_time, default_sentences, _ = _knowledge_pass(stories, Settings())
    return [
        (
            f"{label}knowledge stage, entities where needed",
            f"{n / default_time:.1f} articles/s",
            f"{default_sentences} sentences through NER, {default_time:.2f} s",
        ),
        (
            f"{label}knowledge stage, entities everywhere",
            f"{n / all_time:.1f} articles/s",
            f"{all_sentences} sentences through NER, {all_time:.2f} s",
        ),
        (f"{label}speed-up of entities where needed", f"{all_time / default_time:.2f}x", note),
    ]


def _texts(result: RunResult) -> dict[str, str]:
    """Title and clean text of each article: where an entity's form is looked for when scoring."""
    return {a.id: f"{a.title or ''}\n{a.clean_text}" for a in result.articles}


def _score_rows(prefix: str, result: RunResult, gold: Path, planted: str) -> list[Row]:
    """The gold scores of one labelled corpus as rows."""
    items, disagreements = load_knowledge_gold(gold)
    report = score_knowledge(items, disagreements, result.knowledge.values(), _texts(result))
    return [
        (
            f"{prefix}quote-speaker accuracy",
            f"{report.quote_speaker_accuracy:.3f}",
            f"{report.gold_quotes} gold quotes; goal 0.95",
        ),
        (f"{prefix}quotes found", f"{report.quotes_found:.3f}", f"precision {report.quote_precision:.3f}"),
        (
            f"{prefix}entity grouping B-cubed precision / recall",
            f"{report.entity_grouping.precision:.3f} / {report.entity_grouping.recall:.3f}",
            "end to end: gold groups span gold stories, so a story the stories stage splits costs recall; goal 0.95",
        ),
        (
            f"{prefix}entity grouping within the stories found, P / R",
            f"{report.entity_grouping_in_stories.precision:.3f} / {report.entity_grouping_in_stories.recall:.3f}",
            "gold groups cut along the stories found: the knowledge stage's own grouping",
        ),
        (
            f"{prefix}entity mention detection P / R",
            f"{report.entity_detection.precision:.3f} / {report.entity_detection.recall:.3f}",
            f"{report.gold_mentions} gold (article, form) mentions; not part of the grouping score",
        ),
        (
            f"{prefix}entity type accuracy",
            f"{report.entity_type_accuracy:.3f}",
            "of the gold mentions found, the share whose entity has the gold type (person, organisation, place)",
        ),
        (
            f"{prefix}date expression accuracy",
            f"{report.date_accuracy:.3f}",
            f"{report.gold_dates} gold expressions; goal 0.95",
        ),
        (f"{prefix}article event-date accuracy", f"{report.event_date_accuracy:.3f}", f"{len(items)} articles"),
        (
            f"{prefix}planted disagreements flagged",
            f"{report.disagreements_flagged} / {report.gold_disagreements}",
            planted,
        ),
        (f"{prefix}false disagreement flags", str(report.false_flags), "disputed facts matching no planted one"),
    ]


def _gold_story_rows(prefix: str, result: RunResult, gold: Path) -> list[Row]:
    """The knowledge stage alone: built on the gold stories instead of the stories found, so that the stories
    stage's errors (a story split in two keeps its disagreeing sources apart) are left out."""
    items, disagreements = load_knowledge_gold(gold)
    by_id = {a.id: a for a in result.articles}
    members: dict[str, list[str]] = {}
    for item in items:
        if item["id"] in by_id:
            members.setdefault(item["story"], []).append(item["id"])
    knowledge = []
    for story_id, ids in members.items():
        articles = [by_id[i] for i in ids]
        story = Story(story_id, tuple(ids), articles[0].language or "en", None)
        knowledge.append(build_knowledge(story, articles))
    report = score_knowledge(items, disagreements, knowledge, _texts(result))
    return [
        (
            f"{prefix}on the gold stories: speakers / grouping P, R / planted flagged / false flags",
            f"{report.quote_speaker_accuracy:.3f} / {report.entity_grouping.precision:.3f}, "
            f"{report.entity_grouping.recall:.3f} / {report.disagreements_flagged} of {report.gold_disagreements} / "
            f"{report.false_flags}",
            "the knowledge stage without the stories stage's errors",
        )
    ]


def run_benchmark() -> list[Row]:
    """Gold scores of the default run on the sample corpus (development data) and on the held-out items, then the
    knowledge stage timed in both entity scopes, same run, same machine."""
    result = run([ROOT / "examples" / "corpus"])
    rows = _score_rows("", result, ROOT / "examples" / "gold", "toll, date, two figures")
    rows += _gold_story_rows("", result, ROOT / "examples" / "gold")
    heldout = ROOT / "tests" / "data" / "knowledge_heldout"
    held = run([heldout / "corpus"])
    rows += _score_rows("held-out: ", held, heldout / "gold", "figure, toll, date (first run: 1 of 3, see its README)")
    rows += _gold_story_rows("held-out: ", held, heldout / "gold")
    # Speed: the default scope (NER on stories' distinct sentences, summaries and quotes of single-article stories)
    # against NER on every sentence of every article. The baseline runs in the same process on the same machine.
    rows += _scope_rows("", _inputs(result), "sample: nearly every story has several articles, so little to skip")
    wikinews = _wikinews_inputs()
    singles = sum(len(articles) == 1 for _, articles, _ in wikinews)
    rows += _scope_rows(
        "WikinewsSum clusters: ",
        wikinews,
        f"{len(wikinews)} stories, {singles} of one article (full-length pages); 2 cores, timings under load",
    )
    if SEEDS.is_dir():
        seeds = run([SEEDS])
        t, sentences, _ = _knowledge_pass(_inputs(seeds), Settings())
        rows.append(
            (
                "seeds: knowledge stage",
                f"{len(seeds.articles) / t:.1f} articles/s",
                f"{sentences} sentences through NER",
            )
        )
    return rows
