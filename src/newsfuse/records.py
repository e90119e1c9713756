"""Typed records passed between the pipeline stages.

Data flows one way: raw input -> Article -> cleaned Article -> copy links -> Story -> Summary.
Stages return new records (via ``dataclasses.replace``) rather than mutating the ones they receive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class RemovedLine:
    """A line that cleaning removed from an article, with the reason, so users can audit it."""

    number: int  # 1-based line number in the article's raw text
    text: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's clean text."""

    index: int  # position in the article, 0-based
    text: str
    paragraph: int  # which clean line (paragraph) it came from


@dataclass(frozen=True)
class DateEvidence:
    """How a date was found: the expression, the resolved day and what it was resolved against."""

    expression: str
    value: date
    basis: str  # e.g. "absolute", "relative to publication 2015-12-22", "weekday matched to story date"


@dataclass(frozen=True)
class Article:
    """One news item: from ingest it carries raw text; cleaning fills the clean fields."""

    id: str
    source: str  # path or URL it came from
    raw_text: str
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    # Filled by cleaning:
    clean_text: str = ""
    sentences: tuple[Sentence, ...] = ()
    removed_lines: tuple[RemovedLine, ...] = ()
    event_date: date | None = None
    date_evidence: tuple[DateEvidence, ...] = ()
    # Where each metadata field came from ("jsonl", "html", "inferred: ..."), for --explain and the README promise.
    provenance: dict[str, str] = field(default_factory=dict)

    @property
    def outlet_key(self) -> str:
        """The outlet, or the article id when the outlet is unknown (each unknown source counts once)."""
        return self.outlet or f"?{self.id}"


@dataclass(frozen=True)
class Problem:
    """An input that could not be processed: which one, what is wrong, what to do."""

    source: str
    problem: str
    hint: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}. {self.hint}"


@dataclass(frozen=True)
class CopyLink:
    """A near-duplicate relation between two articles."""

    a: str
    b: str
    jaccard: float  # exact shingle Jaccard
    containment: float  # share of the smaller article's shingles found in the other


@dataclass(frozen=True)
class Passage:
    """Sentences of several articles that carry the same content (a copied or shared passage)."""

    members: tuple[tuple[str, int], ...]  # (article id, sentence index), in input order
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    kind: str  # "single", "exact", "near", "quote", "paraphrase": the loosest link that joined it

    @property
    def support(self) -> int:
        """Distinct outlets carrying this content."""
        return len(self.outlets)


@dataclass(frozen=True)
class Story:
    """A group of articles about one event."""

    id: str
    article_ids: tuple[str, ...]
    language: str
    date: date | None
    date_basis: str = ""
    evidence: dict[str, str] = field(default_factory=dict)  # article id -> why it joined


@dataclass(frozen=True)
class Repair:
    """A conservative edit made to an extracted sentence, always shown to the user."""

    kind: str  # "date", "full-name", "trim"
    before: str
    after: str


@dataclass(frozen=True)
class CitedSentence:
    """A summary sentence with every article that carries its content."""

    text: str
    sources: tuple[str, ...]  # article ids, the first is the one the text was taken from
    support: int  # distinct outlets carrying it
    repairs: tuple[Repair, ...] = ()


@dataclass(frozen=True)
class Summary:
    """The story article: headline, dated lead and body, every sentence cited."""

    story_id: str
    headline: str
    headline_source: str
    sentences: tuple[CitedSentence, ...]
    language: str
    date: date | None
    notes: tuple[str, ...] = ()  # how it was written: language choice, language-model rewrite kept or refused

    @property
    def word_count(self) -> int:
        """Words in the lead and body."""
        return sum(len(s.text.split()) for s in self.sentences)


def to_jsonable(value: Any) -> Any:
    """Convert records (and nested dates) into JSON-ready plain values."""
    if hasattr(value, "__dataclass_fields__"):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
