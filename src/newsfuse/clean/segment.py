"""Pages that hold several items (live pages, repeated "Publié" markers) are cut into items."""

from __future__ import annotations

from newsfuse.clean.cues import ITEM_MARKER

Lines = list[tuple[int, str]]


def split_items(text: str, min_item_words: int = 25) -> list[Lines]:
    """Cut a page into items at repeated publication markers; a page with one item comes back whole."""
    lines = list(enumerate(text.split("\n"), start=1))
    markers = [i for i, (_, t) in enumerate(lines) if ITEM_MARKER.match(t.strip())]
    if len(markers) < 2:
        return [lines]
    bounds = [0, *markers[1:], len(lines)]
    items = [lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    # Each part must hold real text, or the markers were just repeated furniture.
    if any(sum(len(t.split()) for _, t in item) < min_item_words for item in items):
        return [lines]
    return items
