"""Stories: group a stream of cleaned articles into events, online, with the story state kept in a store."""

from newsfuse.stories.assign import BatchResult, Placement, StoryAssigner
from newsfuse.stories.dating import story_date
from newsfuse.stories.evidence import PairEvidence
from newsfuse.stories.explain import article_lines, describe, story_detail, story_lines
from newsfuse.stories.features import build_features, embedding_text, keywords, lead_text, names
from newsfuse.stories.grouping import assign_batch, group_stories

__all__ = [
    "BatchResult",
    "PairEvidence",
    "Placement",
    "StoryAssigner",
    "article_lines",
    "assign_batch",
    "build_features",
    "describe",
    "embedding_text",
    "group_stories",
    "keywords",
    "lead_text",
    "names",
    "story_date",
    "story_detail",
    "story_lines",
]
