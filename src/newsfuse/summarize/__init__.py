"""Summarize: one extractive, cited, dated story article per story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.embeddings import Encoder
from newsfuse.records import Article, CitedSentence, Passage, Repair, Story, Summary
from newsfuse.settings import Settings
from newsfuse.summarize.repairs import expand_first_mentions, full_names, resolve_date
from newsfuse.temporal import find_mentions

__all__ = ["summarize_story"]

# Sentences that lean on context the summary may not give ("Il", "Ces derniers", "He", "Sie"...).
_DANGLING = re.compile(
    r"^(il|elle|ils|elles|ce|cela|ces|celui|celle|he|she|they|it|this|these|those|er|sie|es|dies|diese|él|ella|ellos|esto|"
    r"lui|lei|esso|essa|par ailleurs|however|also|aussi|but|mais|pero|aber|auch|donc|so)\b",
    re.I,
)
_SITE_SUFFIX = re.compile(r"\s+[|–-]\s+[^|–-]{2,40}$")


@dataclass
class _Candidate:
    passage: Passage
    text: str
    article: str
    index: int  # sentence index in that article
    position: float  # mean relative position across carrying articles, 0 = top
    vector: np.ndarray
    score: float = 0.0

    @property
    def words(self) -> int:
        return len(self.text.split())


def _well_formed(text: str) -> bool:
    balanced = text.count("«") == text.count("»") and text.count("“") == text.count("”") and text.count('"') % 2 == 0
    starts = text[:1].isupper() or text[:1] in '«“"'
    return balanced and starts and bool(re.search(r"[.!?»\"”]$", text))


def _representative(passage: Passage, by_id: dict[str, Article]) -> tuple[str, int]:
    """The most complete, best-formed variant of a passage (its article id and sentence index)."""

    def rank(ref: tuple[str, int]) -> tuple[bool, bool, int]:
        text = by_id[ref[0]].sentences[ref[1]].text
        n = len(text.split())
        return _well_formed(text), n <= 50, min(n, 50)

    return max(passage.members, key=rank)


def summarize_story(
    story: Story, articles: Sequence[Article], passages: Sequence[Passage], settings: Settings, encoder: Encoder
) -> Summary:
    """Write the story article from the story's passages: a headline, a dated lead and a cited body."""
    by_id = {a.id: a for a in articles}
    texts = [s.text for a in articles for s in a.sentences]
    vectors = encoder.encode(texts)
    offsets: dict[str, int] = {}
    k = 0
    for a in articles:
        offsets[a.id] = k
        k += len(a.sentences)
    outlets = {a.outlet_key for a in articles}
    centroid = vectors.mean(axis=0)
    centroid /= max(float(np.linalg.norm(centroid)), 1e-9)

    candidates = []
    for p in passages:
        aid, idx = _representative(p, by_id)
        text = by_id[aid].sentences[idx].text
        rel = [i / max(len(by_id[a].sentences), 1) for a, i in p.members]
        cand = _Candidate(p, text, aid, idx, sum(rel) / len(rel), vectors[offsets[aid] + idx])
        central = float(cand.vector @ centroid)
        support = p.support / max(len(outlets), 1)
        informative = min(1.0, len(re.findall(r"\d+|\b[A-ZÀ-Ý][\w-]+", text[1:])) / 6)
        cand.score = 0.4 * central + 0.3 * support + 0.15 * (1 - cand.position) + 0.15 * informative
        if _DANGLING.match(text) or not _well_formed(text):
            cand.score *= 0.6
        if cand.words < 6 or cand.words > 55:
            cand.score *= 0.5
        candidates.append(cand)

    lead = max(candidates, key=lambda c: _lead_score(c, story))
    chosen = [lead]
    total = lead.words
    pool = [c for c in candidates if c is not lead]
    while pool and total < settings.summary_words:

        def mmr(c: _Candidate) -> float:
            redundancy = max(float(c.vector @ s.vector) for s in chosen)
            return c.score - settings.redundancy_penalty * redundancy

        best = max(pool, key=mmr)
        pool.remove(best)
        if mmr(best) <= 0 or total + best.words > settings.summary_max_words:
            continue
        chosen.append(best)
        total += best.words

    body = sorted(chosen[1:], key=lambda c: c.position)
    ordered = [lead, *body]
    sources_text = [a.raw_text for a in articles]
    repaired = expand_first_mentions([c.text for c in ordered], full_names(sources_text), set())
    sentences = []
    for i, (c, (text, name_repair)) in enumerate(zip(ordered, repaired, strict=True)):
        repairs: list[Repair] = [name_repair] if name_repair else []
        if i == 0 and story.date:
            text, date_repair = resolve_date(text, story.date, story.language)
            if date_repair:
                repairs.append(date_repair)
        cited = (c.article, *[a for a in c.passage.articles if a != c.article])
        sentences.append(CitedSentence(text, cited, c.passage.support, tuple(repairs)))
    while sum(len(s.text.split()) for s in sentences) > settings.summary_max_words and len(sentences) > 1:
        sentences.pop()
    headline, headline_source = _headline(articles, vectors, offsets, centroid, lead)
    return Summary(story.id, headline, headline_source, tuple(sentences), story.language, story.date)


def _lead_score(c: _Candidate, story: Story) -> float:
    """A good lead opens an article, is widely carried and says when."""
    score = c.score
    if any(i <= 1 for _, i in c.passage.members):
        score += 0.3
    if find_mentions(c.text):
        score += 0.25
    if _DANGLING.match(c.text) or "«" in c.text[:2] or '"' in c.text[:2]:
        score -= 0.5
    return score


def _headline(
    articles: Sequence[Article], vectors: np.ndarray, offsets: dict[str, int], centroid: np.ndarray, lead: _Candidate
) -> tuple[str, str]:
    """The source title closest to the story's centre, without a site suffix; else the lead's first clause."""
    titled = [a for a in articles if a.title]
    if titled:
        # A title is scored by its article's first sentence, already embedded.
        best = max(titled, key=lambda a: float(vectors[offsets[a.id]] @ centroid) if a.sentences else 0.0)
        return _SITE_SUFFIX.sub("", best.title or "").strip(), best.id
    clause = re.split(r",\s", lead.text, maxsplit=1)[0].rstrip(".")
    return clause, lead.article
