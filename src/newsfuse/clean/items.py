"""What cleaning produces for one item of a page: its line decisions, and the cleaned article."""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.clean.furniture import LineDecision
from newsfuse.records import Article


@dataclass(frozen=True)
class ItemLines:
    """One item of a page with the decision taken on each of its lines, before the language and date checks."""

    page: Article
    item_id: str
    position: int  # 1-based place of the item on its page
    items: int  # how many items the page holds
    decisions: tuple[LineDecision, ...]
    live: bool = False  # the page is a live page cut at its time headers: the items are its updates

    @property
    def body_text(self) -> str:
        """The kept news, standfirst and heading lines, repaired, one per line (the title excluded)."""
        return "\n".join(d.shown.strip() for d in self.decisions if d.reason in ("news", "standfirst", "heading"))


@dataclass(frozen=True)
class CleanedItem:
    """A cleaned article together with the decision taken on each of its lines."""

    article: Article
    decisions: tuple[LineDecision, ...]
