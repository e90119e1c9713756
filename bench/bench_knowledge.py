"""Benchmark: the knowledge stage on the sample corpus (gold scores) and its speed, entities where needed vs everywhere."""

from __future__ import annotations

import time
from dataclasses import replace

from newsfuse.evaluate.knowledge import load_knowledge_gold, score_knowledge
from newsfuse.knowledge import Recognizer, build_knowledge
from newsfuse.pipeline import RunResult, run
from newsfuse.settings import Settings

from benchdata import ROOT, SEEDS

TITLE = "Story knowledge: entities, quotes, dates, disagreements against the sample gold; speed"
Row = tuple[str, str, str]


def _knowledge_pass(result: RunResult, settings: Settings) -> tuple[float, int, dict[str, object]]:
    """Time one knowledge pass over every story with a fresh recogniser (its models already loaded)."""
    recognizer = Recognizer()
    recognizer.recognise(["Warm-up."], "fr")
    recognizer.recognise(["Warm-up."], "en")
    recognizer.sentences_processed = 0
    started = time.perf_counter()
    out = {
        s.id: build_knowledge(s, result.story_articles(s), result.summaries[s.id], settings, recognizer)
        for s in result.stories
    }
    return time.perf_counter() - started, recognizer.sentences_processed, out


def run_benchmark() -> list[Row]:
    """Gold scores of the default run, then the knowledge stage timed in both entity scopes, same run, same machine."""
    result = run([ROOT / "examples" / "corpus"])
    items, disagreements = load_knowledge_gold(ROOT / "examples" / "gold")
    report = score_knowledge(items, disagreements, result.knowledge.values())
    n = len(result.articles)
    rows: list[Row] = [
        (
            "quote-speaker accuracy",
            f"{report.quote_speaker_accuracy:.3f}",
            f"{report.gold_quotes} gold quotes; goal 0.95",
        ),
        ("quotes found", f"{report.quotes_found:.3f}", f"precision {report.quote_precision:.3f}"),
        (
            "entity grouping B-cubed precision",
            f"{report.entity_grouping.precision:.3f}",
            "over mentions found on both sides; goal 0.95",
        ),
        ("entity grouping B-cubed recall", f"{report.entity_grouping.recall:.3f}", "goal 0.95"),
        (
            "entity mention detection P / R",
            f"{report.entity_detection.precision:.3f} / {report.entity_detection.recall:.3f}",
            f"{report.gold_mentions} gold (article, form) mentions",
        ),
        ("date expression accuracy", f"{report.date_accuracy:.3f}", f"{report.gold_dates} gold expressions; goal 0.95"),
        ("article event-date accuracy", f"{report.event_date_accuracy:.3f}", f"{len(items)} articles"),
        (
            "planted disagreements flagged",
            f"{report.disagreements_flagged} / {report.gold_disagreements}",
            "toll, date, two figures",
        ),
        ("false disagreement flags", str(report.false_flags), "disputed facts matching no planted one"),
    ]
    # Speed: the default scope (NER on stories' distinct sentences, summaries and quotes of single-article stories)
    # against NER on every sentence of every article. The baseline runs in the same process on the same machine.
    default_time, default_sentences, _ = _knowledge_pass(result, Settings())
    all_time, all_sentences, _ = _knowledge_pass(result, replace(Settings(), entity_scope="all"))
    rows += [
        (
            "knowledge stage, entities where needed",
            f"{n / default_time:.1f} articles/s",
            f"{default_sentences} sentences through NER, {default_time:.2f} s",
        ),
        (
            "knowledge stage, entities everywhere",
            f"{n / all_time:.1f} articles/s",
            f"{all_sentences} sentences through NER, {all_time:.2f} s",
        ),
        (
            "speed-up of entities where needed",
            f"{all_time / default_time:.2f}x",
            "2 cores, other helpers' jobs running (timings under load)",
        ),
    ]
    if SEEDS.is_dir():
        seeds = run([SEEDS])
        t, sentences, _ = _knowledge_pass(seeds, Settings())
        rows.append(
            (
                "seeds: knowledge stage",
                f"{len(seeds.articles) / t:.1f} articles/s",
                f"{sentences} sentences through NER",
            )
        )
    return rows
