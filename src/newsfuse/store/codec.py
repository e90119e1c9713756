"""Articles and features to and from what the database holds (JSON text and compact binary vectors)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import date, datetime
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsfuse.embeddings import DIMENSIONS
from newsfuse.records import Article, DateEvidence, RemovedLine, Sentence, to_jsonable


def fingerprint(article: Article) -> str:
    """A hash of what makes an article itself: its id and text."""
    return hashlib.sha1(f"{article.id}\n{article.raw_text}".encode()).hexdigest()


def article_to_json(article: Article) -> str:
    """The whole article record as JSON."""
    return json.dumps(to_jsonable(article), ensure_ascii=False)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def article_from_json(text: str) -> Article:
    """The article record back from its JSON (fields added to ``Article`` later pass through as stored)."""
    data: dict[str, Any] = json.loads(text)
    known = {f.name for f in fields(Article)}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    values["published"] = _datetime(data.get("published"))
    values["event_date"] = _date(data.get("event_date"))
    values["date_anchor"] = _date(data.get("date_anchor"))
    values["sentences"] = tuple(Sentence(**s) for s in data.get("sentences", []))
    values["removed_lines"] = tuple(RemovedLine(**r) for r in data.get("removed_lines", []))
    values["date_evidence"] = tuple(
        DateEvidence(e["expression"], date.fromisoformat(e["value"]), e["basis"], e.get("grain", "day"))
        for e in data.get("date_evidence", [])
    )
    values["provenance"] = dict(data.get("provenance") or {})
    return Article(**values)


def vector_to_bytes(vector: NDArray[np.float32]) -> bytes:
    """A unit vector as float16 bytes: half the room, and cosines stay within 0.001."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def vector_from_bytes(blob: bytes) -> NDArray[np.float32]:
    """The vector back as float32."""
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def vectors_from_bytes(blobs: list[bytes]) -> NDArray[np.float32]:
    """Many stored vectors at once, as the rows of a float32 matrix."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), -1).astype(np.float32)


def shingles_to_bytes(shingles: frozenset[int]) -> bytes:
    """Shingle hashes (CRC32 values) as sorted unsigned 32-bit integers."""
    return np.array(sorted(shingles), dtype=np.uint32).tobytes()


def shingles_from_bytes(blob: bytes) -> frozenset[int]:
    """The shingle hashes back."""
    return frozenset(int(x) for x in np.frombuffer(blob, dtype=np.uint32))
