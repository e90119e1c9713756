"""Copies: what each article shares with the others, between whole articles and down to the sentence."""

from __future__ import annotations

from newsfuse.copies.alignment import KINDS, align_sentences, align_story, quotes_of
from newsfuse.copies.shingles import containment, jaccard, shingles
from newsfuse.copies.units import Unit, content_words, split_units

__all__ = [
    "KINDS",
    "Unit",
    "align_sentences",
    "align_story",
    "containment",
    "content_words",
    "jaccard",
    "quotes_of",
    "shingles",
    "split_units",
]
