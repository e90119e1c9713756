"""Word shingles and overlap measures between whole articles."""

from __future__ import annotations

import re
import unicodedata
import zlib

from newsfuse.textnorm import words

# Same tokens as textnorm.words, without its full fold: only what changes word boundaries is replaced.
_WORD = re.compile(r"\w+(?:[-']\w+)*")
_APOSTROPHES_DASHES = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("´", "'"), ("`", "'"), ("‚", "'"), ("‑", "-"), ("–", "-"))


def tokens(text: str) -> list[str]:
    """Lowercased word tokens, with typographic apostrophes and hyphens folded (fast path of ``textnorm.words``)."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        for a, b in _APOSTROPHES_DASHES:
            text = text.replace(a, b)
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = 5) -> set[int]:
    """Hashes of the ``size``-word shingles of a text (a short text gives one shingle of all its words)."""
    ws = words(text)
    if len(ws) < size:
        return {zlib.crc32(" ".join(ws).encode())} if ws else set()
    return {zlib.crc32(" ".join(ws[i : i + size]).encode()) for i in range(len(ws) - size + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller set found in the larger one."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
