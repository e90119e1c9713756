"""The main job: inputs -> articles -> cleaned articles -> stories -> story articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np

from newsfuse.clean import CleanedItem, clean_articles
from newsfuse.copies import align_story
from newsfuse.embeddings import UNCOVERED, Encoder, Vectors, shared_encoder
from newsfuse.ingest import read_inputs
from newsfuse.knowledge import build_knowledge
from newsfuse.records import Article, Passage, Problem, Story, StoryCopies, StoryKnowledge, Summary
from newsfuse.settings import Settings
from newsfuse.store import Store
from newsfuse.stories import assign_batch, group_stories
from newsfuse.summarize import name_speakers, summarize_story

T = TypeVar("T")


class Progress(Protocol):
    """Wraps an iterable to show progress (the CLI passes a progress bar)."""

    def __call__(self, items: Iterable[T], label: str, total: int) -> Iterable[T]:
        """Yield ``items`` unchanged while reporting progress."""
        ...


def _no_progress(items: Iterable[T], label: str, total: int) -> Iterable[T]:
    return items


@dataclass
class RunResult:
    """Everything one run produced, in the order the stages produced it."""

    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    summaries: dict[str, Summary] = field(default_factory=dict)
    passages: dict[str, list[Passage]] = field(default_factory=dict)
    copies: dict[str, StoryCopies] = field(default_factory=dict)  # story id -> links, shared passages, originality
    problems: list[Problem] = field(default_factory=list)
    knowledge: dict[str, StoryKnowledge] = field(default_factory=dict)
    from_store: list[str] = field(default_factory=list)  # articles of earlier runs that share a story with this one

    def story_articles(self, story: Story) -> list[Article]:
        """The articles of one story, in story order."""
        by_id = {a.id: a for a in self.articles}
        return [by_id[i] for i in story.article_ids]


def run(
    inputs: Sequence[str | Path],
    settings: Settings | None = None,
    encoder: Encoder | None = None,
    progress: Progress = _no_progress,
    store: Store | None = None,
) -> RunResult:
    """Run every stage on the given files or directories; bad inputs become Problems, never exceptions.

    With a ``store``, the articles join the stories already there, and the stories they touch come back whole.
    """
    settings = settings or Settings()
    encoder = encoder or shared_encoder()
    result = RunResult()
    raw: list[Article] = []
    for item in read_inputs(inputs, settings):
        (result.problems if isinstance(item, Problem) else raw).append(item)  # type: ignore[arg-type]
    for cleaned in progress(clean_articles(raw, settings), "cleaning", len(raw)):
        if isinstance(cleaned, CleanedItem):
            result.articles.append(cleaned.article)
        elif isinstance(cleaned, Problem):
            result.problems.append(cleaned)
    if store is None:
        result.stories = group_stories(result.articles, settings, encoder)
    else:
        batch = assign_batch(result.articles, settings, encoder, store)
        result.problems += batch.conflicts
        rejected = set(batch.rejected)
        result.articles = [a for a in result.articles if a.id not in rejected]
        have = {a.id for a in result.articles}
        result.from_store = [i for s in batch.stories for i in s.article_ids if i not in have]
        result.articles += store.articles(result.from_store)
        result.stories = batch.stories
    for story in progress(result.stories, "summarising", len(result.stories)):
        members = result.story_articles(story)
        texts = [s.text for a in members for s in a.sentences]
        vectors = encoder.encode(texts, [a.language for a in members for _ in a.sentences])
        copies = align_story(members, vectors, settings)
        result.copies[story.id] = copies
        result.passages[story.id] = list(copies.passages)
        reuse = _KnownVectors(encoder, texts, vectors, [a.language for a in members for _ in a.sentences])
        result.summaries[story.id] = summarize_story(story, members, result.passages[story.id], settings, reuse)
        if store is not None:  # `newsfuse stories` lists a story by the headline its article was given
            store.save_headline(story.id, result.summaries[story.id].headline, result.summaries[story.id].language)
    if store is not None:
        store.commit()
    for story in progress(result.stories, "knowledge", len(result.stories)):
        members = result.story_articles(story)
        knowledge = build_knowledge(story, members, result.summaries[story.id], settings, copies=result.copies[story.id])
        result.knowledge[story.id] = knowledge
        # The speakers found are written where the article's "sagte er" no longer follows the sentence naming them.
        result.summaries[story.id] = name_speakers(result.summaries[story.id], knowledge, members)
    return result


class _KnownVectors(Encoder):
    """The story's sentence vectors, computed once for alignment and handed on to the summarizer."""

    def __init__(self, encoder: Encoder, texts: list[str], vectors: Vectors, languages: list[str | None]) -> None:
        super().__init__(encoder.batch_size)
        self._encoder, self._texts, self._vectors = encoder, texts, vectors
        # A text's vector depends on it and on whether its language is one the model never saw.
        self._known = {(t, lang in UNCOVERED): i for i, (t, lang) in enumerate(zip(texts, languages, strict=True))}

    def encode(self, texts: Sequence[str], languages: Sequence[str | None] | str | None = None) -> Vectors:
        """The known vectors of the texts asked for, the real encoder's for the others (sentences the summarizer
        trimmed, titles)."""
        if list(texts) == self._texts:
            return self._vectors
        per_text = [languages] * len(texts) if languages is None or isinstance(languages, str) else list(languages)
        rows = [self._known.get((t, lang in UNCOVERED)) for t, lang in zip(texts, per_text, strict=True)]
        missing = [i for i, row in enumerate(rows) if row is None]
        if len(missing) == len(texts):
            return self._encoder.encode(texts, languages)
        out = np.empty((len(texts), self._vectors.shape[1]), dtype=np.float32)
        for i, row in enumerate(rows):
            if row is not None:
                out[i] = self._vectors[row]
        if missing:
            out[missing] = self._encoder.encode([texts[i] for i in missing], [per_text[i] for i in missing])
        return out
