"""WikinewsSum clusters made ready for the summarizer and its baselines (shared by the ROUGE and speed benchmarks)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.clean import CleanedItem, clean_articles
from newsfuse.copies import align_sentences
from newsfuse.evaluate.wikinewssum import Cluster, load_clusters
from newsfuse.records import Article, Passage, Story
from newsfuse.settings import Settings
from newsfuse.stories import story_date

from benchdata import SHARED

WIKINEWS = SHARED / "data" / "wikinewssum_en_sample"


@dataclass
class Prepared:
    """One cluster after cleaning and alignment: what summarize_story takes, plus the reference."""

    cluster: Cluster
    articles: list[Article]
    story: Story
    passages: list[Passage]
    rejected: list[str] = field(default_factory=list)

    @property
    def reference_words(self) -> int:
        """Length of the cleaned reference in words."""
        return len(self.cluster.reference.split())


def story_for(story_id: str, articles: Sequence[Article]) -> Story:
    """The known story of a cluster: all its articles, main language and event date as the pipeline finds them."""
    day, basis = story_date(articles)
    language = Counter(a.language or "und" for a in articles).most_common(1)[0][0]
    return Story(story_id, tuple(a.id for a in articles), language, day, basis)


def prepare(cluster: Cluster, settings: Settings) -> Prepared:
    """Clean a cluster's sources, align their sentences, and make its story."""
    articles: list[Article] = []
    rejected: list[str] = []
    for item in clean_articles(cluster.sources, settings):
        if isinstance(item, CleanedItem):
            articles.append(item.article)
        else:
            rejected.append(str(item))
    story = story_for(f"w{cluster.index:03d}", articles) if articles else Story(f"w{cluster.index:03d}", (), "en", None)
    passages = align_sentences(articles, None, settings.sentence_match_containment) if articles else []
    return Prepared(cluster, articles, story, passages, rejected)


def load_prepared(settings: Settings, folder: Path = WIKINEWS) -> list[Prepared]:
    """Every cluster with at least one source, prepared."""
    return [prepare(c, settings) for c in load_clusters(folder) if c.sources]
