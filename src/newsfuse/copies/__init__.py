"""Copies: what each article shares with the others, between whole articles and down to the sentence."""

from __future__ import annotations

from newsfuse.copies.alignment import KINDS, align_sentences, align_story, quotes_of
from newsfuse.copies.minhash import MinHasher, NearDuplicateIndex, lsh_bands, near_duplicates, shingle_hashes
from newsfuse.copies.report import render_copy_map
from newsfuse.copies.shingles import containment, jaccard, shingles
from newsfuse.copies.units import Unit, content_words, split_units

__all__ = [
    "KINDS",
    "MinHasher",
    "NearDuplicateIndex",
    "Unit",
    "align_sentences",
    "align_story",
    "containment",
    "content_words",
    "jaccard",
    "lsh_bands",
    "near_duplicates",
    "quotes_of",
    "render_copy_map",
    "shingle_hashes",
    "shingles",
    "split_units",
]
