"""Pages that hold several items (live pages, repeated "Publié" markers) are cut into items."""

from __future__ import annotations

import itertools

from newsfuse.clean.cues import BRIEFS_PAGE, ITEM_MARKER
from newsfuse.clean.furniture import cue_reason, ends_sentence

Lines = list[tuple[int, str]]


def split_items(text: str, min_item_words: int = 25) -> list[Lines]:
    """Cut a page into items at repeated publication markers; a page with one item comes back whole."""
    lines = list(enumerate(text.split("\n"), start=1))
    markers = [i for i, (_, t) in enumerate(lines) if ITEM_MARKER.match(t.strip())]
    if len(markers) < 2:
        markers = _brief_headlines(lines)
    if len(markers) < 2:
        return [lines]
    bounds = [0, *markers[1:], len(lines)]
    items = [lines[a:b] for a, b in itertools.pairwise(bounds)]
    # Each part must hold real text, or the markers were just repeated furniture.
    if any(sum(len(t.split()) for _, t in item) < min_item_words for item in items):
        return [lines]
    return items


def _brief_headlines(lines: Lines) -> list[int]:
    """On a page of briefs, the headline lines: short, unpunctuated, after a blank line and before a sentence."""
    head = [t for _, t in lines if t.strip()][:3]
    if not any(BRIEFS_PAGE.search(t) for t in head):
        return []
    found = []
    for i, (_, text) in enumerate(lines):
        t = text.strip()
        if not t or ends_sentence(t) or len(t.split()) > 15 or cue_reason(t):
            continue
        before = lines[i - 1][1].strip() if i else ""
        after = next((x.strip() for _, x in lines[i + 1 :] if x.strip()), "")
        if not before and ends_sentence(after):
            found.append(i)
    return found
