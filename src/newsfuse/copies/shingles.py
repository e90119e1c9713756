"""Word shingles and overlap measures between whole articles."""

from __future__ import annotations

import zlib

from newsfuse.textnorm import words


def shingles(text: str, size: int = 5) -> set[int]:
    """Hashes of the ``size``-word shingles of a text (a short text gives one shingle of all its words)."""
    tokens = words(text)
    if len(tokens) < size:
        return {zlib.crc32(" ".join(tokens).encode())} if tokens else set()
    return {zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller set found in the larger one."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
