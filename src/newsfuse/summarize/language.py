"""Which language a story article is written in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsfuse.records import Article, Story
from newsfuse.settings import Settings


def choose_language(story: Story, articles: Sequence[Article], settings: Settings) -> str:
    """The requested language when enough sources are in it, else the story's main language.

    "Enough" means ``settings.summary_language_min_sources`` sources, or as many as the most common language has
    (so a two-source story with one English and one Portuguese report can be written in either).
    """
    counts = Counter(a.language for a in articles if a.sentences)
    requested = settings.summary_language
    if requested and counts:
        enough = min(settings.summary_language_min_sources, max(counts.values()))
        if counts[requested] >= enough:
            return requested
    if counts[story.language] or not counts:
        return story.language
    main = counts.most_common(1)[0][0]
    return main or story.language


def language_note(story: Story, articles: Sequence[Article], settings: Settings, chosen: str) -> str:
    """One line saying why the article is in ``chosen`` (shown by --explain and kept in the summary's notes)."""
    counts = Counter(a.language for a in articles if a.sentences)
    have = ", ".join(f"{n} in {lang}" for lang, n in counts.most_common())
    requested = settings.summary_language
    if requested and requested != chosen:
        return f"written in {chosen}: {requested} was asked for but too few sources are in it ({have})"
    if requested:
        return f"written in {chosen} as asked ({have})"
    return f"written in {chosen}, the story's main language ({have})"
