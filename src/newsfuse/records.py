"""Typed records passed between the pipeline stages.

Data flows one way: raw input -> Article -> cleaned Article -> copy links -> Story -> Summary.
Stages return new records (via ``dataclasses.replace``) rather than mutating the ones they receive.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    standfirst: bool = False  # from the editor's summary under the title: it dates and matches, but is no article line


@dataclass(frozen=True)
class DateEvidence:
    """How a date was found: the expression, the resolved day and what it was resolved against."""

    expression: str
    value: date
    basis: str  # e.g. "absolute", "relative to publication 2015-12-22", "weekday matched to story date"
    grain: str = "day"  # "day", or "month" for a month alone ("en juin"), given as its first day


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
    date_anchor: date | None = None  # what relative dates were resolved against: publication or the page's date
    live_page: str | None = None  # an update cut from a live page: that page's id (its updates make one story)
    # Where each metadata field came from ("jsonl", "html", "inferred: ..."), for --explain and the README promise.
    provenance: dict[str, str] = field(default_factory=dict)

    @property
    def report_id(self) -> str:
        """The report this article belongs to: its live page when it is one of the page's updates, else itself."""
        return self.live_page or self.id

    @property
    def outlet_key(self) -> str:
        """The outlet, or the article id when the outlet is unknown (each unknown source counts once)."""
        return self.outlet or f"?{self.id}"

    @classmethod
    def from_sentences(
        cls,
        article_id: str,
        sentences: Sequence[str],
        *,
        source: str,
        outlet: str | None = None,
        language: str | None = None,
        published: datetime | None = None,
    ) -> Article:
        """An article already cleaned and split: one sentence per paragraph, as a caller that did both gives it."""
        text = "\n".join(sentences)
        return cls(
            id=article_id,
            source=source,
            raw_text=text,
            outlet=outlet,
            published=published,
            language=language,
            clean_text=text,
            sentences=tuple(Sentence(i, s, i) for i, s in enumerate(sentences)),
        )


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
    estimated: float | None = None  # MinHash estimate of the Jaccard, when the pair was found through LSH


@dataclass(frozen=True)
class Passage:
    """Sentences of several articles that carry the same content (a copied or shared passage)."""

    members: tuple[tuple[str, int], ...]  # (article id, sentence index), in input order
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    kind: str  # "single", "exact", "near", "quote", "paraphrase": the loosest link that joined it
    text: str = ""  # for a passage of content units: the clause or quotation, as the first carrier wrote it
    first_article: str | None = None  # the earliest carrier by publication time; None when no time is known

    @property
    def support(self) -> int:
        """Distinct outlets carrying this content."""
        return len(self.outlets)


@dataclass(frozen=True)
class SentenceLink:
    """Two sentences of different articles that carry the same content: how they match and how well."""

    a: tuple[str, int]  # (article id, sentence index)
    b: tuple[str, int]
    kind: str  # "exact", "near", "quote", "paraphrase"
    score: float  # 1.0 for exact; token containment for near and quote; embedding cosine for paraphrase


@dataclass(frozen=True)
class StoryCopies:
    """What the articles of one story share, from whole sentences down to clauses and quotations."""

    links: tuple[SentenceLink, ...]
    passages: tuple[Passage, ...]  # sentence passages (every sentence in one), support counted over content units
    shared: tuple[Passage, ...]  # passages of content units carried by two articles or more, most supported first
    originality: dict[str, float]  # article id -> share of its content words that no earlier article carries
    exclusive: dict[str, float]  # article id -> share of its content words that no other article carries


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

    kind: str  # "date", "full-name", "trim", "speaker", "acronym", "case"
    before: str
    after: str


@dataclass(frozen=True)
class Variant:
    """Another source's version of a summary sentence that gives other figures: where the sources disagree."""

    article: str  # its article id
    text: str  # its sentence, as the source gives it


@dataclass(frozen=True)
class CitedSentence:
    """A summary sentence with every article that carries its content."""

    text: str
    sources: tuple[str, ...]  # article ids, the first is the one the text was taken from
    support: int  # distinct outlets carrying it
    repairs: tuple[Repair, ...] = ()
    variants: tuple[Variant, ...] = ()  # versions with other figures, in sources not cited for the sentence

    @property
    def original(self) -> str:
        """The sentence as its source has it: every recorded repair undone (a trim only removed words)."""
        text = self.text
        for repair in reversed(self.repairs):
            if repair.after:
                text = text.replace(repair.after, repair.before, 1)
        return text


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


# --- Story knowledge (the knowledge stage): who, what was said, when, how many, and where sources disagree ---


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place of a story, with every surface form and the articles that name it."""

    id: str  # "e1", "e2"... within the story
    name: str  # the fullest form found
    type: str  # "PER", "ORG" or "LOC"
    forms: tuple[str, ...]  # surface forms as written, most frequent first
    articles: tuple[str, ...]
    mentions: int
    grouping: tuple[str, ...] = ()  # why forms were grouped ("surname of ...", "acronym defined in ...")


@dataclass(frozen=True)
class QuoteSource:
    """One article's rendering of a quote, and whom that article says spoke it."""

    article: str
    sentence: int
    text: str  # the quoted words as this article gives them
    speaker: str | None  # entity name, or the description used ("une source dans l'entourage du ministre")
    speaker_entity: str | None  # entity id when the speaker resolves to one
    attribution: str  # how the speaker was found ("a déclaré M. Le Drian", "a-t-il poursuivi: last named speaker")
    retold: bool = False  # the article gives the quote's content without quotation marks (a copies-stage paraphrase)


@dataclass(frozen=True)
class Quote:
    """A direct quote of a story, merged across the articles that carry it."""

    text: str  # the fullest rendering
    speaker: str | None
    speaker_entity: str | None
    sources: tuple[QuoteSource, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """Article ids carrying the quote, in story order."""
        return tuple(dict.fromkeys(s.article for s in self.sources))


@dataclass(frozen=True)
class Quantity:
    """A number found in an article, normalised for comparison."""

    value: float
    unit: str  # "km²", "%", "€", "" for a count
    counts: str  # what it counts, normalised ("dead", "injured", "navires")
    expression: str  # as written ("près de 2 900 Russes")
    hedge: str  # "approximately", "at least", "more than", "" when exact
    article: str
    sentence: int


@dataclass(frozen=True)
class FactValue:
    """One value given for a fact, with the articles giving it and how they wrote it."""

    value: str
    articles: tuple[str, ...]
    expressions: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """A quantity or date of a story as its sources give it; disputed when they give different values."""

    kind: str  # "toll", "figure", "date", "attribution"
    what: str  # "dead", "navires", "event date", a quote's opening words
    unit: str
    values: tuple[FactValue, ...]
    # A count that later reports give otherwise: every report of the newer value came out half a day or more
    # after every report of the older one, so the count moved on rather than the sources contradicting each other.
    revised: bool = False

    @property
    def disputed(self) -> bool:
        """True when sources give more than one value."""
        return len(self.values) > 1


@dataclass(frozen=True)
class ArticleDates:
    """The dates of one article, resolved against its anchor, with how the anchor was found."""

    article: str
    anchor: date | None
    anchor_basis: str  # "publication date", "no publication date: ...", "unknown"
    event_date: date | None
    mentions: tuple[DateEvidence, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """What one article brought to its story when it arrived."""

    article: str
    seen: str | None  # ISO publication time, or the resolved anchor date when unpublished
    outlet: str | None
    new_entities: tuple[str, ...]  # entity ids first named by this article
    new_quotes: tuple[int, ...]  # indexes into StoryKnowledge.quotes first carried by this article
    new_numbers: tuple[str, ...]  # "7 dead", "14 navires" first given by this article


@dataclass(frozen=True)
class StoryKnowledge:
    """Everything the knowledge stage found for one story."""

    story_id: str
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    facts: tuple[Fact, ...]
    dates: tuple[ArticleDates, ...]
    story_date: date | None
    story_date_basis: str
    timeline: tuple[TimelineEntry, ...]
    first_seen: str | None
    last_seen: str | None
    entity_scope: str  # which sentences entities were computed on ("story", "summary", "all")

    @property
    def disagreements(self) -> tuple[Fact, ...]:
        """The facts on which sources disagree."""
        return tuple(f for f in self.facts if f.disputed)
