"""The evidence that two articles report one event, and the weighted score the decision compares."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsfuse.embeddings import UNCOVERED
from newsfuse.settings import Settings
from newsfuse.store import FeatureRow


@dataclass(frozen=True)
class PairEvidence:
    """The similarities of a new article and one stored article."""

    other: str  # the stored article's id
    embedding: float  # cosine of the embeddings of title, lead and body
    keywords: float  # TF-IDF cosine of content words (0 across languages: the embedding stands in, see score)
    names: float  # shared names and numbers over the smaller set (with a floor, so one shared name is not 1.0)
    copy: float  # share of the smaller article's word shingles found in the other: copied text
    hours_apart: float | None  # publication times apart, when both are known
    cross_lingual: bool
    brief: bool = False  # one of the two is only a title or a line: its similarities say less (see components)
    other_day: bool = False  # an article without a date names another weekday than the other's: another event?
    proper_names: float = 1.0  # ``names`` without the numbers: across languages, what says the event is the same
    lexical: bool = False  # one or both in a language the embedding model never saw: its vector is lexical

    def components(self, s: Settings) -> dict[str, float]:
        """Each signal's weighted contribution to the score."""
        keywords = self.keywords
        if self.cross_lingual:  # the embedding stands in for keywords, as far as the pair shares names
            names = min(1.0, self.proper_names / s.crosslingual_names) if s.crosslingual_names > 0 else 1.0
            keywords = s.crosslingual_keywords * self.embedding * names
        decay = 0.0
        if self.hours_apart is not None and s.time_decay_hours > 0:
            decay = 1.0 - math.exp(-self.hours_apart / s.time_decay_hours)
        return {
            "embedding": s.weight_embedding * self.embedding,
            "keywords": s.weight_keywords * keywords,
            "names": (s.weight_names_lexical if self.lexical else s.weight_names) * self.names,
            "copy": s.weight_copy * self.copy,
            "time": -s.weight_time * decay,
            "brief": -s.brief_penalty if self.brief else 0.0,
            "weekday": -s.weekday_penalty if self.other_day else 0.0,
        }

    def score(self, s: Settings) -> float:
        """The weighted score compared with ``Settings.story_join_threshold``."""
        return sum(self.components(s).values())

    def as_dict(self, s: Settings) -> dict[str, Any]:
        """The evidence as stored with a membership: raw similarities and weighted contributions."""
        return {
            "article": self.other,
            "score": round(self.score(s), 4),
            "similarity": {
                "embedding": round(self.embedding, 4),
                "keywords": round(self.keywords, 4),
                "names": round(self.names, 4),
                "copy": round(self.copy, 4),
            },
            "hours_apart": None if self.hours_apart is None else round(self.hours_apart, 2),
            "cross_lingual": self.cross_lingual,
            "brief": self.brief,
            "other_weekday": self.other_day,
            "contributions": {k: round(v, 4) for k, v in self.components(s).items()},
        }


def tfidf(terms: Mapping[str, int], df: Mapping[str, int], documents: int) -> dict[str, float]:
    """Unit-length TF-IDF weights of keyword counts (a term missing from ``df`` counts as seen once)."""
    weights = {t: (1 + math.log(c)) * (math.log((documents + 1) / (df.get(t, 1) + 1)) + 1) for t, c in terms.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def name_overlap(a: frozenset[str], b: frozenset[str], floor: int) -> float:
    """Shared names over the smaller set, never over fewer than ``floor``."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(floor, min(len(a), len(b)))


def shingle_containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller shingle set found in the other: the copies stage's measure of copied text."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _days_named(row: FeatureRow) -> frozenset[int]:
    """The weekdays an article gives its event: its lead's, and its event date's."""
    if row.event_day is None:
        return row.weekdays
    return row.weekdays | {date.fromordinal(row.event_day).weekday()}


def event_weekdays(low: int | None, high: int | None) -> frozenset[int]:
    """The weekdays of a story's event days (ordinals ``low`` to ``high``)."""
    if low is None or high is None:
        return frozenset()
    return frozenset(date.fromordinal(d).weekday() for d in range(low, min(high, low + 6) + 1))


def weekdays_apart(a: FeatureRow, b: FeatureRow, story_days: frozenset[int] = frozenset()) -> bool:
    """True when an article without an event date names only weekdays on which neither the other article nor the
    story the two would share (its event days: ``story_days``) has its event."""
    for undated, other in ((a, b), (b, a)):
        if undated.event_day is not None or not undated.weekdays:
            continue
        theirs = _days_named(other) | story_days
        if theirs and not undated.weekdays & theirs:
            return True
    return False


def pair_evidence(
    new: FeatureRow,
    new_terms: Mapping[str, float],
    old: FeatureRow,
    old_terms: Mapping[str, float],
    settings: Settings,
    story_days: frozenset[int] = frozenset(),
) -> PairEvidence:
    """The evidence between a new article and a stored one (TF-IDF weights given, as they depend on the store);
    ``story_days`` are the weekdays of the event days of the story they would share."""
    hours = None
    brief = min(len(new.terms), len(old.terms)) <= settings.brief_terms
    # Publication times apart say the reports may be of different events; event days at most a day apart say
    # otherwise (a morning paper's report of last night's derailment, nine hours after the first). Not for a title
    # alone: the day in "Météo du samedi 11 janvier" is every city's.
    same_day = new.event_day is not None and old.event_day is not None and abs(new.event_day - old.event_day) <= 1
    if new.published is not None and old.published is not None and (brief or not same_day):
        hours = abs(new.published - old.published) / 3600
    embedding = float(new.vector @ old.vector)
    if (new.language in UNCOVERED) != (old.language in UNCOVERED):
        # One vector is lexical, the other the model's: they are not comparable, so compare the model's two.
        a = new.model_vector if new.language in UNCOVERED else new.vector
        b = old.model_vector if old.language in UNCOVERED else old.vector
        embedding = float(a @ b) if a is not None and b is not None else 0.0
    return PairEvidence(
        other=old.article_id,
        embedding=embedding,
        keywords=cosine(new_terms, old_terms),
        names=name_overlap(new.names, old.names, settings.names_floor),
        copy=shingle_containment(new.shingles, old.shingles),
        hours_apart=hours,
        cross_lingual=new.language != old.language,
        brief=brief,
        other_day=weekdays_apart(new, old, story_days),
        proper_names=name_overlap(_words(new.names), _words(old.names), settings.names_floor),
        lexical=new.language in UNCOVERED or old.language in UNCOVERED,
    )


def _words(names: frozenset[str]) -> frozenset[str]:
    """Names without the numbers ("20", "2025"), which two events share by chance."""
    return frozenset(n for n in names if not any(c.isdigit() for c in n))


def shared_words(
    new: FeatureRow, new_terms: Mapping[str, float], old: FeatureRow, old_terms: Mapping[str, float], top: int = 8
) -> dict[str, list[str]]:
    """The names and keywords two articles share, strongest first, to show why they were put together."""
    kw = sorted(set(new_terms) & set(old_terms), key=lambda t: -new_terms[t] * old_terms[t])
    return {"names": sorted(new.names & old.names)[:top], "keywords": kw[:top]}
