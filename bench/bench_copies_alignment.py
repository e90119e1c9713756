"""Benchmark: sentence alignment on synthetic wire rewrites (precision and recall per edit type), and its speed on a
50-article story against a plain datasketch MinHash LSH over sentences on the same input."""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Sequence

from newsfuse.copies import align_story
from newsfuse.embeddings import shared_encoder
from newsfuse.records import Article

from rewrites import EDIT_TYPES, Rewrite, article, dispatches, rewrite

TITLE = "Copies: sentence alignment on synthetic rewrites"
Row = tuple[str, str, str]
REWRITES_PER_DISPATCH = 25
SEED = 20260101

Pair = tuple[str, int, int]  # (rewrite id, rewrite sentence, source sentence)


def _story(dispatch: str, rng: random.Random, count: int) -> tuple[list[Article], dict[str, Rewrite]]:
    language, source = dispatches()[dispatch]
    rewrites = {f"{dispatch}/r{k:02d}": rewrite(source, language, rng) for k in range(count)}
    articles = [article(dispatch, "agency", language, source)]
    articles += [article(rid, f"outlet {rid}", language, r.sentences) for rid, r in rewrites.items()]
    return articles, rewrites


def _predicted_newsfuse(articles: Sequence[Article], dispatch: str) -> set[Pair]:
    vectors = shared_encoder().encode([s.text for a in articles for s in a.sentences])
    copies = align_story(articles, vectors)
    pairs = set()
    for link in copies.links:
        (a, i), (b, j) = link.a, link.b
        if a == dispatch and b != dispatch:
            pairs.add((b, j, i))
        elif b == dispatch and a != dispatch:
            pairs.add((a, i, j))
    return pairs


def _datasketch_pairs(
    articles: Sequence[Article], threshold: float = 0.5
) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Baseline: MinHash of each sentence's word 3-shingles, LSH query, pairs of different articles."""
    from datasketch import MinHash, MinHashLSH

    from newsfuse.textnorm import words

    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    refs = []
    pairs = []
    for a in articles:
        for s in a.sentences:
            ws = words(s.text)
            grams = {" ".join(ws[k : k + 3]).encode() for k in range(max(1, len(ws) - 2))}
            m = MinHash(num_perm=64)
            m.update_batch(list(grams))
            key = len(refs)
            for other in lsh.query(m):
                if refs[other][0] != a.id:
                    pairs.append((refs[other], (a.id, s.index)))
            lsh.insert(key, m)
            refs.append((a.id, s.index))
    return pairs


def _predicted_datasketch(articles: Sequence[Article], dispatch: str) -> set[Pair]:
    out = set()
    for (a, i), (b, j) in _datasketch_pairs(articles):
        if a == dispatch and b != dispatch:
            out.add((b, j, i))
        elif b == dispatch and a != dispatch:
            out.add((a, i, j))
    return out


def _score(
    rows: list[Row], name: str, gold: set[Pair], predicted: set[Pair], kind_of: dict[tuple[str, int], str]
) -> float:
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for p in predicted:
        (tp if p in gold else fp)[kind_of[(p[0], p[1])]] += 1
    for p in gold - predicted:
        fn[kind_of[(p[0], p[1])]] += 1

    def prf(t: int, f: int, n: int) -> tuple[float, float, float]:
        precision = t / (t + f) if t + f else 1.0
        recall = t / (t + n) if t + n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    for kind in EDIT_TYPES:
        p, r, f = prf(tp[kind], fp[kind], fn[kind])
        note = f"{tp[kind] + fn[kind]} true links, {fp[kind]} false"
        if kind == "inserted":
            rows.append((f"{name}: inserted sentences wrongly linked", str(fp[kind]), "no true link exists"))
        else:
            rows.append((f"{name}: {kind} P / R / F1", f"{p:.3f} / {r:.3f} / {f:.3f}", note))
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    rows.append((f"{name}: all links P / R / F1", f"{p:.3f} / {r:.3f} / {f:.3f}", f"{len(gold)} true links"))
    return f


def run_benchmark() -> list[Row]:
    """Alignment quality per edit type on synthetic rewrites, and speed on a 50-article story."""
    rows: list[Row] = []
    rng = random.Random(SEED)
    gold: set[Pair] = set()
    ours: set[Pair] = set()
    baseline: set[Pair] = set()
    kind_of: dict[tuple[str, int], str] = {}
    dropped_hits = 0
    for dispatch in dispatches():
        articles, rewrites = _story(dispatch, rng, REWRITES_PER_DISPATCH)
        for rid, r in rewrites.items():
            for k, (kind, sources) in enumerate(zip(r.kinds, r.sources, strict=True)):
                kind_of[(rid, k)] = kind
                gold.update((rid, k, i) for i in sources)
        predicted = _predicted_newsfuse(articles, dispatch)
        dropped_hits += sum(1 for rid, _, i in predicted if i in rewrites[rid].dropped)
        ours |= predicted
        baseline |= _predicted_datasketch(articles, dispatch)
    rows.append(
        (
            "rewrites",
            f"{len(dispatches()) * REWRITES_PER_DISPATCH}",
            f"{REWRITES_PER_DISPATCH} per dispatch of examples/dispatches, seed {SEED}; "
            f"{Counter(kind_of.values()).most_common()} sentences",
        )
    )
    _score(rows, "newsfuse", gold, ours, kind_of)
    rows.append(("newsfuse: links to dropped source sentences", str(dropped_hits), "each is a false link"))
    _score(rows, "datasketch baseline", gold, baseline, kind_of)

    # Speed: one story of 50 articles (the dispatch and 49 rewrites); vectors are computed once beforehand, as the
    # pipeline does for the summarizer, so both sides are timed on text matching alone.
    articles, _ = _story("fr-D1", random.Random(SEED + 1), 49)
    sentences = sum(len(a.sentences) for a in articles)
    vectors = shared_encoder().encode([s.text for a in articles for s in a.sentences])
    ours_t = min(_timed(lambda: align_story(articles, vectors)) for _ in range(3))
    base_t = min(_timed(lambda: _datasketch_pairs(articles)) for _ in range(3))
    rows += [
        ("50-article story: newsfuse align_story", f"{ours_t * 1000:.0f} ms", f"{sentences} sentences; goal < 1 s"),
        ("50-article story: datasketch sentence LSH", f"{base_t * 1000:.0f} ms", "MinHash 64 perm of 3-shingles"),
        ("50-article story: time ratio newsfuse / datasketch", f"{ours_t / base_t:.2f}", "best of 3 each"),
        (
            "machine load",
            f"{os.getloadavg()[0]:.1f}",
            "1-minute load average at the end; other sessions share the 2 cores",
        ),
    ]
    return rows


def _timed(fn: object) -> float:
    assert callable(fn)
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started
