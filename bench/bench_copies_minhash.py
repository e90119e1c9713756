"""Benchmark: near-duplicate articles with MinHash LSH. Precision and recall on synthetic rewrites; speed of signatures
and LSH on 100,000 generated documents against a plain datasketch run on the same input; memory as documents stream."""

from __future__ import annotations

import os
import random
import time
import tracemalloc
from dataclasses import replace
from itertools import combinations

from newsfuse.copies import NearDuplicateIndex, jaccard, lsh_bands, near_duplicates, shingles
from newsfuse.copies.minhash import MinHasher
from newsfuse.copies.shingles import tokens
from newsfuse.records import Article
from newsfuse.settings import Settings

from rewrites import article, dispatches, rewrite

TITLE = "Copies: near-duplicate articles (MinHash LSH)"
Row = tuple[str, str, str]
DOCS = 100_000
BATCH = 10_000
SEED = 7


def _rewrite_corpus() -> tuple[list[Article], set[frozenset[str]]]:
    """Each dispatch, 15 light rewrites (near-duplicates of it and of each other) and 15 heavy ones (not)."""
    rng = random.Random(SEED)
    articles: list[Article] = []
    families: dict[str, list[str]] = {}
    for dispatch, (language, source) in dispatches().items():
        articles.append(article(dispatch, "agency", language, source))
        families[dispatch] = [dispatch]
        for k in range(15):
            light = rewrite(source, language, rng, p_drop=0.1, p_edit=0.2, p_insert=0.1)
            articles.append(article(f"{dispatch}/light{k}", f"o{k}", language, light.sentences))
            families[dispatch].append(articles[-1].id)
            heavy = rewrite(source, language, rng, p_drop=0.7, p_edit=0.6, p_insert=0.8)
            articles.append(article(f"{dispatch}/heavy{k}", f"o{k}", language, heavy.sentences))
    gold = {frozenset(pair) for members in families.values() for pair in combinations(members, 2)}
    return articles, gold


def _quality(rows: list[Row]) -> None:
    articles, gold = _rewrite_corpus()
    sets = {a.id: shingles(a.clean_text) for a in articles}
    for threshold in (0.3, 0.4, 0.5):
        settings = replace(Settings(), near_duplicate_threshold=threshold)
        found = {frozenset((link.a, link.b)) for link in near_duplicates(articles, settings)}
        tp = len(found & gold)
        precision = tp / len(found) if found else 1.0
        recall = tp / len(gold)
        exact = {frozenset((a, b)) for a, b in combinations(sets, 2) if jaccard(sets[a], sets[b]) >= threshold}
        lsh_recall = len(found & exact) / len(exact) if exact else 1.0
        bands, rows_per_band = lsh_bands(threshold, settings.minhash_permutations)
        rows.append(
            (
                f"rewrites, threshold {threshold}: P / R",
                f"{precision:.3f} / {recall:.3f}",
                f"{len(gold)} true pairs among {len(articles)} articles; LSH ({bands}x{rows_per_band}) found "
                f"{lsh_recall:.3f} of the {len(exact)} pairs at or above the threshold by all-pairs exact Jaccard",
            )
        )


def _generated_documents(n: int) -> list[str]:
    """Distinct documents of dispatch vocabulary (about 150 words), with 5% near-copies of an earlier one."""
    rng = random.Random(SEED)
    vocabulary = sorted({w for _, sentences in dispatches().values() for s in sentences for w in s.split()})
    docs: list[str] = []
    for k in range(n):
        if k > 100 and rng.random() < 0.05:
            words = docs[rng.randrange(k - 100, k)].split()
            for _ in range(len(words) // 20):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            docs.append(" ".join(words))
        else:
            docs.append(" ".join(rng.choices(vocabulary, k=rng.randint(100, 200))) + ".")
    return docs


def _datasketch(docs: list[str], settings: Settings) -> tuple[float, float, float, set[tuple[int, int]]]:
    """Signature wall and CPU time, LSH time and pairs (kept on the MinHash estimate) of a plain datasketch run."""
    from datasketch import MinHash, MinHashLSH

    size = settings.shingle_size
    started, cpu = time.perf_counter(), time.process_time()
    signatures = []
    for text in docs:
        ws = tokens(text)
        m = MinHash(num_perm=settings.minhash_permutations, seed=settings.minhash_seed)
        m.update_batch([" ".join(ws[i : i + size]).encode() for i in range(max(1, len(ws) - size + 1))])
        signatures.append(m)
    signed, signed_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=settings.near_duplicate_threshold, num_perm=settings.minhash_permutations)
    pairs = set()
    for k, m in enumerate(signatures):
        for other in lsh.query(m):
            if m.jaccard(signatures[other]) >= settings.near_duplicate_threshold:
                pairs.add((other, k))
        lsh.insert(k, m)
    return signed, signed_cpu, time.perf_counter() - started, pairs


def _speed(rows: list[Row]) -> None:
    docs = _generated_documents(DOCS)
    keys = [str(k) for k in range(len(docs))]
    words = sum(len(d.split()) for d in docs) / len(docs)
    one = MinHasher(Settings())
    started, cpu = time.perf_counter(), time.process_time()
    for k in range(0, len(docs), BATCH):
        one.sign(keys[k : k + BATCH], docs[k : k + BATCH])
    one_wall, one_cpu = time.perf_counter() - started, time.process_time() - cpu
    settings = replace(Settings(), minhash_workers=2)
    two = MinHasher(settings)
    two.sign(keys[:4000], docs[:4000])  # start the two worker processes before timing
    started = time.perf_counter()
    for k in range(0, len(docs), BATCH):
        two.sign(keys[k : k + BATCH], docs[k : k + BATCH])
    two_wall = time.perf_counter() - started
    two.close()
    # The whole index on the faster single process (two processes lost to pipe traffic on the loaded machine).
    index = NearDuplicateIndex(replace(Settings(), near_duplicate_window=DOCS), one)
    started = time.perf_counter()
    ours = set()
    for k in range(0, len(docs), BATCH):
        ours |= {(int(link.a), int(link.b)) for link in index.add_batch(keys[k : k + BATCH], docs[k : k + BATCH])}
    total_time = time.perf_counter() - started
    ds_sign, ds_cpu, ds_lsh, theirs = _datasketch(docs, settings)
    n = len(docs)
    rows += [
        ("generated documents", f"{n:,}", f"{words:.0f} words on average, 5% near-copies of a recent one"),
        (
            "newsfuse signatures, 1 process",
            f"{n / one_wall:,.0f} docs/s",
            f"{n / one_cpu:,.0f} docs per CPU second; goal 20,000",
        ),
        (
            "newsfuse signatures, 2 processes",
            f"{n / two_wall:,.0f} docs/s",
            "rensa, 128 permutations, minhash_workers=2",
        ),
        (
            "newsfuse signatures + LSH + exact Jaccard",
            f"{n / total_time:,.0f} docs/s",
            f"{len(ours):,} pairs, 1 process",
        ),
        ("datasketch signatures, 1 process", f"{n / ds_sign:,.0f} docs/s", f"{n / ds_cpu:,.0f} docs per CPU second"),
        ("datasketch signatures + LSH", f"{n / (ds_sign + ds_lsh):,.0f} docs/s", f"{len(theirs):,} pairs"),
        (
            "signature speed ratio newsfuse / datasketch, wall",
            f"{ds_sign / min(one_wall, two_wall):.1f}x",
            "newsfuse's faster setting against datasketch",
        ),
        ("signature speed ratio newsfuse / datasketch, CPU", f"{ds_cpu / one_cpu:.1f}x", "1 process each"),
        ("end-to-end speed ratio newsfuse / datasketch, wall", f"{(ds_sign + ds_lsh) / total_time:.1f}x", ""),
        (
            "pairs found by both / by datasketch only / by newsfuse only",
            f"{len(ours & theirs):,} / {len(theirs - ours):,} / {len(ours - theirs):,}",
            "newsfuse keeps pairs by exact Jaccard, datasketch here by its estimate",
        ),
        (
            "machine load",
            f"{os.getloadavg()[0]:.1f}",
            "1-minute load average at the end; other sessions share the 2 cores",
        ),
    ]


def _memory(rows: list[Row]) -> None:
    window = 20_000
    docs = _generated_documents(DOCS)
    index = NearDuplicateIndex(replace(Settings(), near_duplicate_window=window))
    tracemalloc.start()
    sizes = []
    for k in range(0, len(docs), BATCH):
        index.add_batch([str(i) for i in range(k, k + BATCH)], docs[k : k + BATCH])
        if (k + BATCH) % 20_000 == 0:
            sizes.append(tracemalloc.get_traced_memory()[0] / 1e6)
    tracemalloc.stop()
    rows.append(
        (
            "memory traced after 20k, 40k, 60k, 80k, 100k documents",
            " / ".join(f"{s:.0f} MB" for s in sizes),
            f"window of {window:,} documents (Settings.near_duplicate_window); includes the current batch of {BATCH:,}",
        )
    )


def run_benchmark() -> list[Row]:
    """Near-duplicate quality on rewrites, speed on 100,000 documents against datasketch, memory while streaming."""
    rows: list[Row] = []
    _quality(rows)
    _speed(rows)
    _memory(rows)
    return rows
