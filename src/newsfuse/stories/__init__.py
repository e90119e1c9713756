"""Stories: group a stream of cleaned articles into events."""

from newsfuse.stories.grouping import group_stories, keywords, lead_text, story_date

__all__ = ["group_stories", "keywords", "lead_text", "story_date"]
