"""Near-duplicate articles: MinHash signatures (rensa) of word shingles, banded LSH, estimated and exact Jaccard.

The index streams: each batch of documents is signed, queried against the documents it remembers, then inserted.
It remembers at most ``window`` documents (their signature, shingle hashes and band keys); older ones are forgotten,
so memory stays flat however many documents pass through.
"""

from __future__ import annotations

import multiprocessing
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

import numpy as np
from numpy.typing import NDArray

from newsfuse.copies.shingles import tokens
from newsfuse.records import Article, CopyLink
from newsfuse.settings import Settings

Hashes = NDArray[np.uint64]
Digests = NDArray[np.uint32]

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier for the rolling shingle hash


def _word_hash(word: str) -> int:
    data = word.encode()
    return zlib.crc32(data) | (zlib.adler32(data) << 32)


def shingle_hashes(texts: Sequence[str], size: int) -> tuple[Hashes, NDArray[np.int64]]:
    """64-bit hashes of the ``size``-word shingles of each text, flat, with row offsets (len(texts) + 1)."""
    cache: dict[str, int] = {}
    lists = [tokens(t) for t in texts]
    flat: list[int] = []
    for words in lists:
        for w in words:
            h = cache.get(w)
            if h is None:
                h = cache[w] = _word_hash(w)
            flat.append(h)
    ids = np.array(flat, dtype=np.uint64)
    lengths = np.array([len(w) for w in lists], dtype=np.int64)
    # A text shorter than one shingle gives one shingle of all its words (so it can still match itself).
    counts = np.where(lengths >= size, lengths - size + 1, np.minimum(lengths, 1))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    index = np.repeat(starts, counts) + (np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts))
    width = np.repeat(np.minimum(lengths, size), counts)
    with np.errstate(over="ignore"):
        out = np.zeros(len(index), dtype=np.uint64)
        for j in range(size):
            valid = width > j
            take = np.minimum(index + j, max(len(ids) - 1, 0))
            out = np.where(valid, out * _MIX + (ids[take] if len(ids) else 0), out)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return out, offsets


def _sign_chunk(texts: Sequence[str], size: int, num_perm: int, seed: int) -> tuple[Digests, Hashes, NDArray[np.int64]]:
    """Signatures and shingle hashes of a chunk of texts (runs in a worker process for large batches)."""
    import rensa

    hashes, offsets = shingle_hashes(texts, size)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets.astype(np.uint64), num_perm, seed)
    digests = np.array(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), num_perm)
    return digests, hashes, offsets


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) with bands * rows <= num_perm that minimise false positives below and false negatives above the
    threshold, as areas under the S-curve 1 - (1 - s^rows)^bands."""
    s = np.linspace(0.0, 1.0, 401)
    best, best_cost = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        rows = num_perm // bands
        p = 1.0 - (1.0 - s**rows) ** bands
        cost = float(np.trapezoid(np.where(s < threshold, p, 1.0 - p), s))
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


@dataclass(frozen=True)
class Signed:
    """One batch of signed documents."""

    keys: list[str]
    digests: Digests
    hashes: Hashes
    offsets: NDArray[np.int64]

    def shingles(self, i: int) -> Hashes:
        """The distinct shingle hashes of document ``i`` of the batch."""
        distinct: Hashes = np.unique(self.hashes[self.offsets[i] : self.offsets[i + 1]])
        return distinct


class MinHasher:
    """Computes MinHash signatures of word shingles with rensa, in worker processes for large batches."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._pool: ProcessPoolExecutor | None = None

    def sign(self, keys: Sequence[str], texts: Sequence[str]) -> Signed:
        """Signatures and shingle hashes of a batch of texts."""
        s = self.settings
        workers = s.minhash_workers
        if workers <= 1 or len(texts) < 2000:
            digests, hashes, offsets = _sign_chunk(texts, s.shingle_size, s.minhash_permutations, s.minhash_seed)
            return Signed(list(keys), digests, hashes, offsets)
        if self._pool is None:
            # Spawned, not forked: a fork after rensa's threads started can deadlock in the child.
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        step = -(-len(texts) // workers)
        parts = list(
            self._pool.map(
                _sign_chunk,
                [texts[i : i + step] for i in range(0, len(texts), step)],
                *zip(*[(s.shingle_size, s.minhash_permutations, s.minhash_seed)] * workers, strict=True),
            )
        )
        shifts = np.cumsum([0] + [len(p[1]) for p in parts[:-1]])
        offsets = np.concatenate(
            [parts[0][2]] + [p[2][1:] + shift for p, shift in zip(parts[1:], shifts[1:], strict=True)]
        )
        return Signed(
            list(keys),
            np.vstack([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            offsets.astype(np.int64),
        )

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class NearDuplicateIndex:
    """A streaming MinHash LSH index that reports, for each new document, the remembered documents it nearly copies."""

    def __init__(self, settings: Settings | None = None, hasher: MinHasher | None = None) -> None:
        self.settings = settings or Settings()
        self.hasher = hasher or MinHasher(self.settings)
        s = self.settings
        if not 0.0 < s.near_duplicate_threshold <= 1.0:
            raise ValueError(f"near_duplicate_threshold must be in (0, 1], not {s.near_duplicate_threshold}")
        self.bands, self.rows = lsh_bands(s.near_duplicate_threshold, s.minhash_permutations)
        rng = np.random.default_rng(s.minhash_seed)
        self._band_mix = rng.integers(1, 2**63, size=self.rows, dtype=np.uint64) | np.uint64(1)
        self._buckets: dict[int, list[int]] = {}
        self._keys: dict[int, str] = {}
        self._digests: dict[int, Digests] = {}
        self._shingles: dict[int, Hashes] = {}
        self._band_keys: dict[int, NDArray[np.uint64]] = {}
        self._order: deque[int] = deque()
        self._next = 0

    def __len__(self) -> int:
        """Documents currently remembered."""
        return len(self._order)

    def _band_keys_of(self, digests: Digests) -> NDArray[np.uint64]:
        """One 64-bit key per band (band number mixed in, so bands never collide with each other)."""
        bands = digests[:, : self.bands * self.rows].astype(np.uint64).reshape(len(digests), self.bands, self.rows)
        with np.errstate(over="ignore"):
            keys = (bands * self._band_mix).sum(axis=2, dtype=np.uint64)
            keys = keys * _MIX + np.arange(self.bands, dtype=np.uint64)
        result: NDArray[np.uint64] = keys
        return result

    def add_batch(self, keys: Sequence[str], texts: Sequence[str]) -> list[CopyLink]:
        """Sign a batch, report its near-duplicates among remembered documents and within itself, remember it."""
        if len(keys) != len(texts):
            raise ValueError("add_batch needs as many keys as texts")
        signed = self.hasher.sign(keys, texts)
        return self.add_signed(signed)

    def add_signed(self, signed: Signed) -> list[CopyLink]:
        """Like ``add_batch`` for an already signed batch."""
        band_keys = self._band_keys_of(signed.digests)
        links: list[CopyLink] = []
        threshold = self.settings.near_duplicate_threshold
        for i, key in enumerate(signed.keys):
            doc = self._next
            self._next += 1
            row = band_keys[i].tolist()
            candidates: set[int] = set()
            for b in row:
                bucket = self._buckets.get(b)
                if bucket:
                    candidates.update(bucket)
            if candidates:
                own = signed.shingles(i)
                for other in sorted(candidates):
                    if other not in self._keys:
                        continue  # forgotten, not yet swept from its bucket
                    estimated = float(np.mean(self._digests[other] == signed.digests[i]))
                    theirs = self._shingles[other]
                    shared = len(np.intersect1d(own, theirs, assume_unique=True))
                    union = len(own) + len(theirs) - shared
                    exact = shared / union if union else 0.0
                    if exact >= threshold:
                        small = min(len(own), len(theirs))
                        links.append(
                            CopyLink(
                                self._keys[other], key, round(exact, 4), round(shared / small, 4), round(estimated, 4)
                            )
                        )
                self._shingles[doc] = own
            else:
                self._shingles[doc] = signed.shingles(i)
            for b in row:
                self._buckets.setdefault(b, []).append(doc)
            self._keys[doc] = key
            self._digests[doc] = signed.digests[i].copy()
            self._band_keys[doc] = band_keys[i]
            self._order.append(doc)
            self._forget()
        return links

    def _forget(self) -> None:
        """Drop the oldest documents beyond the window, and their bucket entries."""
        while len(self._order) > self.settings.near_duplicate_window:
            old = self._order.popleft()
            del self._keys[old], self._digests[old], self._shingles[old]
            for b in self._band_keys.pop(old).tolist():
                bucket = self._buckets.get(b)
                if bucket is None:
                    continue
                if bucket and bucket[0] == old:
                    bucket.pop(0)  # buckets are in insertion order, so the oldest is first
                else:
                    bucket.remove(old)
                if not bucket:
                    del self._buckets[b]

    def stream(self, items: Iterable[tuple[str, str]], batch: int = 1000) -> Iterator[CopyLink]:
        """Near-duplicate links of a stream of (key, text), each against everything remembered before it."""
        it = iter(items)
        while chunk := list(islice(it, batch)):
            keys, texts = zip(*chunk, strict=True)
            yield from self.add_batch(list(keys), list(texts))


def near_duplicates(articles: Sequence[Article], settings: Settings | None = None) -> list[CopyLink]:
    """Pairs of articles whose shingle Jaccard reaches the threshold, found through MinHash LSH."""
    index = NearDuplicateIndex(settings)
    try:
        return index.add_batch([a.id for a in articles], [a.clean_text or a.raw_text for a in articles])
    finally:
        index.hasher.close()
