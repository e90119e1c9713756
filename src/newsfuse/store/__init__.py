"""Store: where articles, their matching features and the story state live between runs.

``Store`` is the interface; ``SQLiteStore`` the embedded default (a file, or memory for a single run). A server
database can implement the same protocol later.
"""

from newsfuse.store.base import Store
from newsfuse.store.codec import fingerprint
from newsfuse.store.rows import FeatureRow, IndexedRows, Membership, MergeRow, StoryOverview, StoryRow
from newsfuse.store.sqlite import SQLiteStore

__all__ = [
    "FeatureRow",
    "IndexedRows",
    "Membership",
    "MergeRow",
    "SQLiteStore",
    "Store",
    "StoryOverview",
    "StoryRow",
    "fingerprint",
]
