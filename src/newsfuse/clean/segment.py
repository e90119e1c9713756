"""Pages that hold several items are cut into items: repeated "Publié" markers, the time or date headers of a live
page, and the headlines of a page of briefs."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from newsfuse.clean.cues import BRIEFS_PAGE, ITEM_MARKER, TIME_HEADER
from newsfuse.clean.furniture import cue_reason, ends_sentence, is_date_line

Lines = list[tuple[int, str]]

# A live update may be a single sentence; it must still hold one of this many words.
_MIN_UPDATE_WORDS = 6


def split_items(text: str, min_item_words: int = 25) -> list[Lines]:
    """Cut a page into items at repeated markers; a page with one item comes back whole.

    Markers are tried in turn: publication markers ("Publié", "Published"), then the time headers of a live page
    ("14:30") or repeated date headers ("Lundi 21 décembre 2015"), then the headlines of a page of briefs. The page's
    header goes with the first item, its footer with the last.
    """
    lines = list(enumerate(text.split("\n"), start=1))
    for markers, min_words in (
        (_markers(lines, lambda t: bool(ITEM_MARKER.match(t))), min_item_words),
        (_markers(lines, lambda t: bool(TIME_HEADER.match(t))), _MIN_UPDATE_WORDS),
        (_markers(lines, is_date_line), _MIN_UPDATE_WORDS),
        (_brief_headlines(lines), min_item_words),
    ):
        items = _cut(lines, markers, min_words)
        if len(items) > 1:
            return items
    return [lines]


def _markers(lines: Lines, is_marker: Callable[[str], bool]) -> list[int]:
    return [i for i, (_, t) in enumerate(lines) if t.strip() and is_marker(t.strip())]


def _cut(lines: Lines, markers: list[int], min_words: int) -> list[Lines]:
    """The items between markers, or the whole page when there are fewer than two or a part holds no real text."""
    # A marker right under another ("Publié le ... à 6h40", then "Mis à jour le ... à 11h05") is the same header.
    markers = [
        m
        for k, m in enumerate(markers)
        if k == 0 or any(t.strip() and cue_reason(t.strip()) is None for _, t in lines[markers[k - 1] + 1 : m])
    ]
    if len(markers) < 2:
        return [lines]
    bounds = [0, *markers[1:], len(lines)]
    items = [lines[a:b] for a, b in itertools.pairwise(bounds)]
    # Each part must hold a sentence of its own, or the markers were just repeated furniture.
    for item in items:
        body = [t for _, t in item if t.strip() and ends_sentence(t) and cue_reason(t) is None]
        if sum(len(t.split()) for t in body) < min_words:
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
