"""Which language a story article is written in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsfuse.records import Article, Story
from newsfuse.settings import Settings


def _reports_by_language(articles: Sequence[Article]) -> Counter[str | None]:
    """How many reports with text are in each language; a live page's updates are one report."""
    return Counter(language for _, language in {(a.report_id, a.language) for a in articles if a.sentences})


def choose_language(story: Story, articles: Sequence[Article], settings: Settings) -> str:
    """The requested language when enough sources are in it, else the story's main language.

    "Enough" means ``settings.summary_language_min_sources`` sources, or as many as the most common language has
    (so a two-source story with one English and one Portuguese report can be written in either).
    """
    counts = _reports_by_language(articles)
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
    counts = _reports_by_language(articles)
    have = ", ".join(f"{n} in {lang}" for lang, n in counts.most_common())
    requested = settings.summary_language
    if requested and requested != chosen:
        return f"written in {chosen}: {requested} was asked for but too few sources are in it ({have})"
    if requested:
        return f"written in {chosen} as asked ({have})"
    return f"written in {chosen}, the story's main language ({have})"
