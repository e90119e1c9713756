"""Copies: what each article shares with the others, between whole articles and down to the sentence."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.copies.alignment import align_sentences, quotes_of
from newsfuse.copies.shingles import containment, jaccard, shingles
from newsfuse.records import Article, CopyLink

__all__ = ["align_sentences", "containment", "copy_links", "jaccard", "quotes_of", "shingles"]


def copy_links(articles: Sequence[Article], size: int = 5, min_containment: float = 0.2) -> list[CopyLink]:
    """Pairs of articles that share a good part of their text, with exact Jaccard and containment."""
    sets = [shingles(a.clean_text, size) for a in articles]
    links = []
    for i, a in enumerate(articles):
        for j in range(i + 1, len(articles)):
            c = containment(sets[i], sets[j])
            if c >= min_containment:
                links.append(CopyLink(a.id, articles[j].id, jaccard(sets[i], sets[j]), c))
    return links
