"""Knowledge: a story's people, organisations and places, quotes, dates, numbers, disagreements and timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from newsfuse.knowledge.dates import story_dates
from newsfuse.knowledge.entities import Mention, entity_index, group_mentions, name_key
from newsfuse.knowledge.facts import attribution_facts, date_fact, quantity_facts, revised_counts
from newsfuse.knowledge.quotes import add_retellings, attribute, holds_quotation, merge_quotes, role_resolver
from newsfuse.knowledge.recognizer import RawMention, Recognizer, known_names, shared_recognizer
from newsfuse.quantities import display, quantities
from newsfuse.records import (
    Article,
    ArticleDates,
    Entity,
    Quantity,
    Quote,
    Sentence,
    Story,
    StoryCopies,
    StoryKnowledge,
    Summary,
    TimelineEntry,
)
from newsfuse.settings import Settings

__all__ = ["Recognizer", "build_knowledge", "name_key", "shared_recognizer", "story_dates"]


def _summary_sentences(summary: Summary | None, articles: Sequence[Article]) -> set[tuple[str, int]]:
    """(article, sentence) pairs a summary draws on: the source sentence of each summary sentence."""
    if summary is None:
        return set()
    out = set()
    by_id = {a.id: a for a in articles}
    for cited in summary.sentences:
        original = cited.original
        for aid in cited.sources:
            for s in by_id[aid].sentences if aid in by_id else ():
                if s.text == original or original in s.text or s.text in original:
                    out.add((aid, s.index))
    return out


def _title_case(title: str) -> bool:
    """True for a headline with most of its longer words capitalised."""
    long_words = [w for w in title.split() if len(w) >= 4]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.6 * len(long_words)


def _mentions(
    articles: Sequence[Article], wanted: set[tuple[str, int]] | None, recognizer: Recognizer, dedupe: bool
) -> dict[tuple[str, int], list[Mention]]:
    """Entity mentions of the wanted sentences (all when None); model languages first, so that the others can look
    for the names they found. With ``dedupe``, a sentence repeated across articles goes through NER once."""
    out: dict[tuple[str, int], list[Mention]] = {}
    found: list[RawMention] = []
    ordered = sorted(articles, key=lambda a: not recognizer.has_model(a.language or ""))
    cache: dict[tuple[str, str], list[RawMention]] = {}
    for article in ordered:
        language = article.language or "en"
        # The title names the story's main entities too; it goes through NER as sentence -1.
        title = [Sentence(-1, article.title, -1)] if article.title else []
        todo = title + [s for s in article.sentences if wanted is None or (article.id, s.index) in wanted]
        texts = [s.text for s in todo]
        if dedupe:
            fresh = list(dict.fromkeys(t for t in texts if (language, t) not in cache))
            for t, ms in zip(fresh, recognizer.recognise(fresh, language, known_names(found)), strict=True):
                cache[(language, t)] = ms
            results = [cache[(language, t)] for t in texts]
        else:
            results = recognizer.recognise(texts, language, known_names(found))
        for s, ms in zip(todo, results, strict=True):
            found.extend(ms)
            out[(article.id, s.index)] = [Mention(article.id, s.index, m.start, m.text, m.label) for m in ms]
    return out


def build_knowledge(
    story: Story,
    articles: Sequence[Article],
    summary: Summary | None = None,
    settings: Settings | None = None,
    recognizer: Recognizer | None = None,
    copies: StoryCopies | None = None,
) -> StoryKnowledge:
    """Everything the knowledge stage finds in one story (``articles`` in story order); ``copies`` adds retellings."""
    settings = settings or Settings()
    recognizer = recognizer or shared_recognizer()
    if settings.entity_scope == "all":
        wanted, scope = None, "all"
    elif len(articles) >= settings.entity_story_min_articles:
        wanted, scope = None, "story"
    else:
        # A quotation's sentence and the two before it, where "he said" or a quotation standing alone finds its speaker.
        wanted = _summary_sentences(summary, articles) | {
            (a.id, s.index - back)
            for a in articles
            for s in a.sentences
            if holds_quotation(s.text, settings.quote_min_words)
            for back in (0, 1, 2)
        }
        scope = "summary"
    mentions = _mentions(articles, wanted, recognizer, dedupe=settings.entity_scope != "all")
    # A Title Case headline ("Rotterdam Chemical Fire") gives the models false names: there, only names the
    # articles' sentences also give count.
    # So does a headline's first word ("Skier pulled from avalanche"): it needs the sentences' confirmation.
    body = {m.key for (_, index), ms in mentions.items() if index >= 0 for m in ms}
    for a in articles:
        if a.title and (a.id, -1) in mentions:
            title_case = _title_case(a.title)
            mentions[(a.id, -1)] = [
                m
                for m in mentions[(a.id, -1)]
                if m.key in body or not (title_case or (m.start == 0 and len(m.text.split()) == 1))
            ]
    order = [a.id for a in articles]
    texts = [t for a in articles for t in [a.title or "", *(s.text for s in a.sentences)]]
    languages = {a.id: a.language or "" for a in articles}
    outlets = {a.outlet for a in articles if a.outlet}
    entities = group_mentions([m for ms in mentions.values() for m in ms], texts, order, languages, outlets)
    key_to_entity = entity_index(entities)
    # A mention takes its entity's type: "Ibarra" alone may look like a place to the rules, "Ramón Ibarra" does not.
    types = {name_key(form): e.type for e in entities for form in e.forms}
    mentions = {k: [replace(m, label=types.get(m.key, m.label)) for m in ms] for k, ms in mentions.items()}

    def mentions_of(article_id: str, index: int) -> list[Mention]:
        return mentions.get((article_id, index), [])

    resolve_role = role_resolver(articles, mentions_of)
    found = []
    for article in articles:
        found += attribute(article, partial(mentions_of, article.id), settings.quote_min_words, resolve_role)
    quotes = merge_quotes(found, entities, key_to_entity, settings.quote_merge_containment)
    if copies is not None:
        quotes = add_retellings(quotes, copies.shared, articles, settings.quote_merge_containment)

    dates, day, basis = story_dates(articles)
    numbers: list[Quantity] = [q for a in articles for q in quantities(a)]
    facts = revised_counts(quantity_facts(numbers, len(articles)), {a.id: a.published for a in articles})
    fact = date_fact(dates, day)
    if fact is not None:
        facts.insert(0, fact)
    facts += attribution_facts(quotes)

    timeline = _timeline(articles, dates, entities, quotes, numbers)
    seen = [t.seen for t in timeline if t.seen]
    return StoryKnowledge(
        story_id=story.id,
        entities=tuple(entities),
        quotes=tuple(quotes),
        facts=tuple(facts),
        dates=tuple(dates),
        story_date=day,
        story_date_basis=basis,
        timeline=tuple(timeline),
        first_seen=min(seen) if seen else None,
        last_seen=max(seen) if seen else None,
        entity_scope=scope,
    )


def _timeline(
    articles: Sequence[Article],
    dates: Sequence[ArticleDates],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    numbers: Sequence[Quantity],
) -> list[TimelineEntry]:
    """What each article added, in the order the articles appeared."""
    anchor: dict[str, date | None] = {d.article: d.anchor for d in dates}

    def seen(a: Article) -> str | None:
        if a.published:
            return a.published.isoformat()
        day = anchor.get(a.id)
        return day.isoformat() if day else None

    ordered = sorted(articles, key=lambda a: (seen(a) or "9999", [x.id for x in articles].index(a.id)))
    known_entities: set[str] = set()
    known_quotes: set[int] = set()
    known_numbers: set[str] = set()
    out = []
    for a in ordered:
        new_e = tuple(e.id for e in entities if a.id in e.articles and e.id not in known_entities)
        new_q = tuple(i for i, q in enumerate(quotes) if a.id in q.articles and i not in known_quotes)
        shown = [display(q) for q in numbers if q.article == a.id and q.counts]
        new_n = tuple(dict.fromkeys(n for n in shown if n not in known_numbers))
        known_entities.update(new_e)
        known_quotes.update(new_q)
        known_numbers.update(new_n)
        out.append(TimelineEntry(a.id, seen(a), a.outlet, new_e, new_q, new_n))
    return out
