"""Faithfulness of a story article: every sentence is a trimmed copy of a cited source, repairs aside."""

from __future__ import annotations

from collections.abc import Mapping

from newsfuse.records import Article, CitedSentence
from newsfuse.temporal import date_phrase_words, format_date, weekday_compound
from newsfuse.textnorm import words


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(w == h for h in it) for w in needle)


def unrepaired(sentence: CitedSentence) -> str:
    """The sentence as the source had it: every recorded repair undone."""
    return sentence.original


def faithfulness_problem(sentence: CitedSentence, articles: Mapping[str, Article]) -> str | None:
    """Why a summary sentence is not faithful to its sources, or None when it is."""
    if not sentence.sources:
        return "no source cited"
    original = words(unrepaired(sentence))
    if not any(_is_subsequence(original, words(articles[s].clean_text)) for s in sentence.sources if s in articles):
        return "its words do not appear, in order, in any cited source"
    story_words = set()
    for article in articles.values():
        story_words.update(words(article.raw_text))
        # A resolved date may be written out in words the sources spell otherwise ("16/03/2025"): its evidence counts.
        for evidence in article.date_evidence:
            story_words.update(words(format_date(evidence.value, article.language or "en")))
        # ...and so may the words that set a date in a sentence ("den", "au matin", ", um").
        story_words.update(date_phrase_words(article.language or "en"))
    for repair in sentence.repairs:
        # A repair may part a hyphenated word it was given: "soupire-t-elle" becomes "soupire Nadia Belkacem".
        given = {part for w in words(repair.before) for part in (w, *w.split("-"))}
        added = set(words(repair.after)) - given
        # A weekday joined to a part of the day ("Dienstagmorgen" for "heute Morgen") is a date word too.
        unknown = {w for w in added - story_words if weekday_compound(w) is None}
        if unknown:
            return f"repair {repair.kind!r} adds words found in no source: {sorted(unknown)}"
    return None
