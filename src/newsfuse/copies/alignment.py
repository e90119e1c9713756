"""Sentence alignment within a story: sentences that carry the same content form one passage."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsfuse.embeddings import Vectors
from newsfuse.records import Article, Passage
from newsfuse.textnorm import fold, words

_QUOTE = re.compile(r'"([^"]{20,})"')
_KIND_ORDER = ("single", "exact", "near", "quote", "paraphrase")


def quotes_of(text: str) -> list[str]:
    """Quoted spans of five words or more, folded so that « », “ ” and " " compare equal."""
    return [q.strip(" ,.") for q in _QUOTE.findall(fold(text)) if len(q.split()) >= 5]


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.kind = ["single"] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, kind: str) -> None:
        a, b = self.find(i), self.find(j)
        loosest = max(self.kind[a], self.kind[b], kind, key=_KIND_ORDER.index)
        if a != b:
            self.parent[b] = a
        self.kind[a] = loosest


def align_sentences(
    articles: Sequence[Article],
    vectors: Vectors | None = None,
    containment_threshold: float = 0.7,
    paraphrase_threshold: float = 0.86,
) -> list[Passage]:
    """Group the sentences of a story's articles into passages; ``vectors`` (one per sentence) adds paraphrases."""
    refs = [(a.id, s.index) for a in articles for s in a.sentences]
    texts = [s.text for a in articles for s in a.sentences]
    owner = [k for k, a in enumerate(articles) for _ in a.sentences]
    token_sets = [set(words(t)) for t in texts]
    folded = [" ".join(words(t)) for t in texts]
    quote_sets = [set(quotes_of(t)) for t in texts]
    union = _Union(len(texts))
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if owner[i] == owner[j] and folded[i] != folded[j]:
                continue
            small = min(len(token_sets[i]), len(token_sets[j]))
            if folded[i] == folded[j] and small >= 3:
                union.join(i, j, "exact")
            elif small >= 5 and len(token_sets[i] & token_sets[j]) / small >= containment_threshold:
                union.join(i, j, "near")
            elif quote_sets[i] & quote_sets[j]:
                union.join(i, j, "quote")
    if vectors is not None and len(texts) > 1:
        sims = vectors @ vectors.T
        for i, j in zip(*np.nonzero(np.triu(sims, 1) >= paraphrase_threshold), strict=False):
            if owner[i] != owner[j] and min(len(token_sets[i]), len(token_sets[j])) >= 5:
                union.join(int(i), int(j), "paraphrase")
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(union.find(i), []).append(i)
    outlets = {a.id: a.outlet_key for a in articles}
    passages = []
    for root, members in groups.items():
        ids = tuple(dict.fromkeys(refs[m][0] for m in members))
        passages.append(
            Passage(
                members=tuple(refs[m] for m in members),
                articles=ids,
                outlets=tuple(dict.fromkeys(outlets[i] for i in ids)),
                kind=union.kind[root],
            )
        )
    return passages
