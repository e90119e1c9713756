"""Knowledge against the gold labels of the sample corpus: quote speakers, entity groups, dates, disagreements."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfuse.evaluate.metrics import PRF, bcubed
from newsfuse.knowledge.entities import name_key
from newsfuse.records import StoryKnowledge
from newsfuse.textnorm import fold, strip_accents, words


@dataclass(frozen=True)
class KnowledgeReport:
    """How the knowledge of a run compares with the gold labels."""

    quote_speaker_accuracy: float  # share of gold quotes found with the right speaker
    quotes_found: float  # share of gold quotes found at all
    quote_precision: float  # share of found quotes that are gold quotes
    gold_quotes: int
    entity_grouping: PRF  # B-cubed over the mentions both sides have
    entity_grouping_in_stories: PRF  # the same, gold groups cut along the stories found (story errors left out)
    entity_detection: PRF  # mentions (article, surface form) found
    entity_type_accuracy: float  # of the mentions found, the share whose entity has the gold type (PER, ORG, LOC)
    gold_mentions: int
    date_accuracy: float  # gold date expressions found with the right value
    gold_dates: int
    event_date_accuracy: float  # articles whose event date is the gold one
    disagreements_flagged: int
    gold_disagreements: int
    false_flags: int
    errors: tuple[str, ...]  # what went wrong, for reading


def load_knowledge_gold(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labelled items and planted disagreements of every part file in ``folder``."""
    items: list[dict[str, Any]] = []
    disagreements: list[dict[str, Any]] = []
    for part in sorted(folder.glob("*.json")):
        data = json.loads(part.read_text(encoding="utf-8"))
        items += data["items"]
        disagreements += data.get("disagreements", [])
    return items, disagreements


def _norm(text: str) -> str:
    return " ".join(strip_accents(w) for w in words(text))


def _same_person(predicted: str | None, gold: str, forms: Iterable[str]) -> bool:
    if not predicted:
        return False
    key = name_key(predicted)
    return key == name_key(gold) or key in {name_key(f) for f in forms}


def score_knowledge(
    items: Sequence[dict[str, Any]],
    disagreements: Sequence[dict[str, Any]],
    knowledge: Iterable[StoryKnowledge],
    texts: Mapping[str, str] | None = None,
) -> KnowledgeReport:
    """Score the knowledge of every story against the gold items (matched by article id).

    ``texts`` (article id -> clean text) lets an entity's form count only for the articles whose text holds it;
    without it, every form of an entity counts for every article the entity appears in.
    """
    knowledge = list(knowledge)
    errors: list[str] = []
    # Quotes: a gold quote is found when a quote source of its article holds its words.
    quote_of: dict[str, list[tuple[str, str | None, list[str]]]] = {}
    for k in knowledge:
        for q in k.quotes:
            for s in q.sources:
                if s.retold:  # gold quotes are direct quotes; a retelling is scored as its own quotation, if any
                    continue
                entity = next((e for e in k.entities if e.id == (s.speaker_entity or q.speaker_entity)), None)
                forms = list(entity.forms) if entity else []
                quote_of.setdefault(s.article, []).append((_norm(s.text), s.speaker, forms))
    gold_quotes = found = right = 0
    matched_pred = 0
    for item in items:
        preds = quote_of.get(item["id"], [])
        used: set[int] = set()
        for gq in item.get("quotes", []):
            gold_quotes += 1
            text = _norm(gq["text"])
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and (text in p[0] or p[0] in text) and p[0]), None
            )
            if hit is None:
                errors.append(f"quote not found in {item['id']}: {gq['text'][:50]!r}")
                continue
            used.add(hit)
            found += 1
            _, speaker, forms = preds[hit]
            if _same_person(speaker, gq["speaker"], forms):
                right += 1
            else:
                errors.append(f"speaker of {gq['text'][:40]!r} in {item['id']}: {speaker!r}, gold {gq['speaker']!r}")
        matched_pred += len(used)
    total_pred = sum(len(quote_of.get(i["id"], [])) for i in items)

    # Entities: mentions are (article, surface form without title); gold groups are (story, name).
    gold_group: dict[str, str] = {}
    gold_type: dict[str, str] = {}
    for item in items:
        for e in item.get("entities", []):
            for form in e["forms"]:
                key = f"{item['id']}|{name_key(form)}"
                gold_group[key], gold_type[key] = f"{item['story']}|{e['name']}", e["type"]
    pred_group: dict[str, str] = {}
    pred_type: dict[str, str] = {}
    ids = {i["id"] for i in items}
    for k in knowledge:
        for e in k.entities:
            for form in e.forms:
                for article in e.articles:
                    # A predicted (article, form) only counts where that form occurs in that article's text.
                    if article in ids and (texts is None or form in texts.get(article, "")):
                        key = f"{article}|{name_key(form)}"
                        pred_group.setdefault(key, f"{k.story_id}|{e.id}")
                        pred_type.setdefault(key, e.type)
    both = {m for m in pred_group if m in gold_group}
    typed_right = sum(pred_type[m] == gold_type[m] for m in both)
    errors.extend(
        f"type of {m}: {pred_type[m]}, gold {gold_type[m]}" for m in sorted(both) if pred_type[m] != gold_type[m]
    )
    detection = PRF(
        len(both) / len(pred_group) if pred_group else 0.0, len(both) / len(gold_group) if gold_group else 0.0
    )
    grouping = bcubed({m: pred_group[m] for m in both}, {m: gold_group[m] for m in both})
    in_stories = bcubed(
        {m: pred_group[m] for m in both}, {m: f"{gold_group[m]}|{pred_group[m].split('|')[0]}" for m in both}
    )

    # Dates: each gold expression is matched, in order, to a predicted one of its article whose words overlap.
    dates_of = {d.article: d for k in knowledge for d in k.dates}
    gold_dates = right_dates = 0
    event_right = event_total = 0
    for item in items:
        d = dates_of.get(item["id"])
        event_total += 1
        if d is not None and d.event_date is not None and d.event_date.isoformat() == item["event_date"]:
            event_right += 1
        elif d is not None:
            errors.append(f"event date of {item['id']}: {d.event_date}, gold {item['event_date']}")
        used_dates: set[int] = set()
        for gd in item.get("dates", []):
            gold_dates += 1
            key = strip_accents(fold(gd["expression"]))
            mentions = list(d.mentions) if d else []
            hit = None
            for i, m in enumerate(mentions):
                if i in used_dates:
                    continue
                expr = strip_accents(fold(m.expression))
                if expr in key or key in expr:
                    hit = i
                    break
            if hit is None:
                errors.append(f"date not found in {item['id']}: {gd['expression']!r}")
                continue
            used_dates.add(hit)
            value = mentions[hit].value.isoformat()
            if value.startswith(gd["date"]) and (len(gd["date"]) == 10 or value.endswith("-01")):
                right_dates += 1
            else:
                errors.append(f"date {gd['expression']!r} in {item['id']}: {value}, gold {gd['date']}")

    # Disagreements: a planted one is flagged when a disputed fact of a story holding its articles has its values.
    flagged = 0
    matched_facts: set[tuple[str, int]] = set()
    for gd in disagreements:
        gold_values = {_value_key(v["value"]) for v in gd["values"]}
        gold_items = {a for v in gd["values"] for a in v["items"]}
        hit = False
        for k in knowledge:
            if not gold_items & {t.article for t in k.timeline}:
                continue
            for n, f in enumerate(k.facts):
                if f.disputed and {_value_key(v.value) for v in f.values} == gold_values:
                    hit = True
                    matched_facts.add((k.story_id, n))
        flagged += hit
        if not hit:
            errors.append(f"disagreement not flagged: {gd['story']} {gd['what']} {sorted(gold_values)}")
    false_flags = 0
    for k in knowledge:
        for n, f in enumerate(k.facts):
            if f.disputed and (k.story_id, n) not in matched_facts:
                false_flags += 1
                errors.append(f"false flag in {k.story_id}: {f.kind} {f.what} {[v.value for v in f.values]}")
    return KnowledgeReport(
        quote_speaker_accuracy=right / gold_quotes if gold_quotes else 1.0,
        quotes_found=found / gold_quotes if gold_quotes else 1.0,
        quote_precision=matched_pred / total_pred if total_pred else 1.0,
        gold_quotes=gold_quotes,
        entity_grouping=grouping,
        entity_grouping_in_stories=in_stories,
        entity_detection=detection,
        entity_type_accuracy=typed_right / len(both) if both else 0.0,
        gold_mentions=len(gold_group),
        date_accuracy=right_dates / gold_dates if gold_dates else 1.0,
        gold_dates=gold_dates,
        event_date_accuracy=event_right / event_total if event_total else 1.0,
        disagreements_flagged=flagged,
        gold_disagreements=len(disagreements),
        false_flags=false_flags,
        errors=tuple(errors),
    )


def _value_key(value: str) -> str:
    m = re.search(r"\d{4}-\d\d-\d\d|\d[\d,.]*", value.replace("≈", "").replace("≥", ""))
    return m.group(0).replace(",", "") if m else value
