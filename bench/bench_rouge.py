"""Benchmark: ROUGE of the story article on WikinewsSum (English sample) against Lead, LexRank, TextRank and an oracle.

Every system gets the same input: the cluster's sources cleaned by newsfuse, in the language the summary is written in
(English when the cluster has English sources), split into the same sentences. Every system's output is cut to the
reference's length in words before scoring, and every reference is cleaned of wiki-markup leftovers the same way
(newsfuse.evaluate.wikinewssum.clean_reference). ROUGE is the rouge-score package's F1 with its Porter stemmer.
The summarizer's weights were chosen by a random search of ROUGE-2 on the even-numbered clusters only ("dev"); the
concept-coverage weight and the redundancy settings on a small dev grid (docs/decisions.md; the odd half was seen
alongside, so it is not strictly blind). Both halves are reported. bench/calibrate_summary.py reruns a dev search.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from newsfuse.embeddings import shared_encoder
from newsfuse.records import Article
from newsfuse.settings import Settings
from newsfuse.summarize import choose_language, summarize_story
from newsfuse.textnorm import words

from wikinews import WIKINEWS, Prepared, load_prepared

TITLE = "Story article: ROUGE on WikinewsSum (English sample)"
SHUFFLES = 5
Row = tuple[str, str, str]
METRICS = ("rouge1", "rouge2", "rougeL")
System = Callable[[Prepared, list[Article], int], list[str]]


class _WordTokenizer:
    """sumy's word tokenizer without NLTK's punkt data (which would be downloaded): newsfuse's own word split."""

    language = "english"

    def to_words(self, text: str) -> list[str]:
        """The words of a sentence."""
        return words(text)

    def to_sentences(self, text: str) -> list[str]:
        """Sentences are already split by newsfuse; sumy never asks for this with a built document."""
        return [text]


def _document(pool: Sequence[Article]) -> tuple[ObjectDocumentModel, list[str]]:
    tokenizer = _WordTokenizer()
    paragraphs = [Paragraph([SumySentence(s.text, tokenizer) for s in a.sentences]) for a in pool if a.sentences]
    texts = [s.text for a in pool for s in a.sentences]
    return ObjectDocumentModel(paragraphs), texts


def _fill(ranked: Sequence[str], budget: int, order: Sequence[str] | None = None) -> list[str]:
    """Take sentences by rank until the budget in words is reached; give them back in ``order`` when given."""
    chosen: list[str] = []
    total = 0
    for text in ranked:
        if total >= budget:
            break
        if text in chosen:
            continue
        chosen.append(text)
        total += len(text.split())
    if order is not None:
        position = {t: i for i, t in reversed(list(enumerate(order)))}
        chosen.sort(key=lambda t: position.get(t, 0))
    return chosen


def lead(prepared: Prepared, pool: list[Article], budget: int) -> list[str]:
    """First sentences of the sources, one source after the other, up to the reference length."""
    return _fill([s.text for a in pool for s in a.sentences], budget)


def lead_in_random_order(seed: int) -> System:
    """Lead with the sources in a random order (fixed by ``seed`` and the cluster): Lead without the reference's own
    citation order, which puts first the source the Wikinews article was written from."""

    def system(prepared: Prepared, pool: list[Article], budget: int) -> list[str]:
        shuffled = list(pool)
        random.Random(seed * 1000 + prepared.cluster.index).shuffle(shuffled)
        return lead(prepared, shuffled, budget)

    return system


def _ranked_by(summarizer_class: type) -> System:
    def system(prepared: Prepared, pool: list[Article], budget: int) -> list[str]:
        document, texts = _document(pool)
        if not texts:
            return []
        summarizer = summarizer_class(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        ratings: dict[object, float] = {}

        def capture(sentences: object, count: object, rating: dict[object, float], *args: object) -> tuple[()]:
            ratings.update(rating)
            return ()

        summarizer._get_best_sentences = capture  # sumy keeps the ratings private; take them before it cuts
        summarizer(document, len(texts))
        ranked = sorted(document.sentences, key=lambda s: -ratings.get(s, 0.0))
        return _fill([str(s) for s in ranked], budget, order=texts)

    return system


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(candidate: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(candidate.values()), overlap / sum(reference.values())
    return 2 * p * r / (p + r)


def oracle(scorer: rouge_scorer.RougeScorer) -> System:
    """Greedy ROUGE oracle: add the sentence that most raises ROUGE-1 + ROUGE-2 F1 against the reference.

    It tokenizes with the scorer's own tokenizer (stemmed) once per sentence, then counts n-grams itself.
    """
    tokenizer = scorer._tokenizer  # the very tokenizer and stemmer the scores use

    def system(prepared: Prepared, pool: list[Article], budget: int) -> list[str]:
        texts = list(dict.fromkeys(s.text for a in pool for s in a.sentences))
        tokens = {t: tokenizer.tokenize(t) for t in texts}
        ref = tokenizer.tokenize(prepared.cluster.reference)
        ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
        chosen: list[str] = []
        best = 0.0
        while sum(len(t.split()) for t in chosen) < budget:
            so_far = [w for t in chosen for w in tokens[t]]
            gains = []
            for t in texts:
                if t in chosen:
                    continue
                summary = (so_far + tokens[t])[: budget + 5]
                gains.append((_f1(_ngrams(summary, 1), ref1) + _f1(_ngrams(summary, 2), ref2), t))
            if not gains:
                break
            value, text = max(gains)
            if value <= best:
                break
            best = value
            chosen.append(text)
        return chosen

    return system


def newsfuse_system(settings: Settings) -> System:
    """The story article, with the target length set to the reference length."""
    encoder = shared_encoder()

    def system(prepared: Prepared, pool: list[Article], budget: int) -> list[str]:
        if not prepared.articles:
            return []
        local = replace(settings, summary_words=budget, summary_max_words=budget + 25)
        summary = summarize_story(prepared.story, prepared.articles, prepared.passages, local, encoder)
        return [s.text for s in summary.sentences]

    return system


def _cut(text: str, budget: int) -> str:
    return " ".join(text.split()[:budget])


def score_all(
    prepared: list[Prepared], systems: dict[str, System], settings: Settings
) -> dict[str, list[dict[str, float]]]:
    """ROUGE F1 of every system on every cluster, outputs cut to the reference length."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    out: dict[str, list[dict[str, float]]] = {name: [] for name in systems}
    for p in prepared:
        language = choose_language(p.story, p.articles, settings) if p.articles else "en"
        pool = [a for a in p.articles if a.language == language]
        budget = p.reference_words
        for name, system in systems.items():
            summary = _cut(" ".join(system(p, pool, budget)), budget)
            scores = scorer.score(p.cluster.reference, summary)
            out[name].append({m: 100 * scores[m].fmeasure for m in METRICS})
    return out


def _mean(rows: list[dict[str, float]], metric: str) -> float:
    return statistics.fmean(r[metric] for r in rows) if rows else 0.0


def paired_interval(
    ours: Sequence[float], theirs: Sequence[float], resamples: int = 10_000, seed: int = 7
) -> tuple[float, float]:
    """95% paired bootstrap interval of the mean per-cluster difference: clusters drawn again with replacement."""
    rng = random.Random(seed)
    diffs = [a - b for a, b in zip(ours, theirs, strict=True)]
    n = len(diffs)
    means = sorted(statistics.fmean(diffs[rng.randrange(n)] for _ in range(n)) for _ in range(resamples))
    return means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def run_benchmark() -> list[Row]:
    """ROUGE-1/2/L of newsfuse and the baselines on clusters with at least one and at least two sources."""
    if not WIKINEWS.is_dir():
        return [("skipped", "-", f"{WIKINEWS} not found")]
    settings = replace(Settings(), summary_language="en")
    started = time.perf_counter()
    prepared = load_prepared(settings)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    systems: dict[str, System] = {
        "newsfuse": newsfuse_system(settings),
        "Lead": lead,
        "LexRank (sumy)": _ranked_by(LexRankSummarizer),
        "TextRank (sumy)": _ranked_by(TextRankSummarizer),
        "greedy oracle": oracle(scorer),
    }
    shuffles = {f"Lead, random order {k}": lead_in_random_order(k) for k in range(SHUFFLES)}
    scores = score_all(prepared, {**systems, **shuffles}, settings)
    elapsed = time.perf_counter() - started
    rows: list[Row] = []
    subsets = {
        ">= 1 source": [i for i, p in enumerate(prepared)],
        ">= 2 sources": [i for i, p in enumerate(prepared) if len(p.cluster.sources) >= 2],
        ">= 1 source, dev (even)": [i for i, p in enumerate(prepared) if p.cluster.index % 2 == 0],
        ">= 1 source, held-out (odd)": [i for i, p in enumerate(prepared) if p.cluster.index % 2 == 1],
    }
    for subset, indices in subsets.items():
        oracle_r2 = _mean([scores["greedy oracle"][i] for i in indices], "rouge2")
        for name in systems:
            chosen = [scores[name][i] for i in indices]
            values = "/".join(f"{_mean(chosen, m):.2f}" for m in METRICS)
            note = f"{len(indices)} clusters"
            if name not in ("newsfuse", "greedy oracle"):
                note += f"; {100 * _mean(chosen, 'rouge2') / max(oracle_r2, 1e-9):.0f}% of oracle"
            if name == "newsfuse":
                r2 = _mean(chosen, "rouge2")
                best = max(
                    (b for b in systems if b not in ("newsfuse", "greedy oracle")),
                    key=lambda b: _mean([scores[b][i] for i in indices], "rouge2"),
                )
                best_baseline = _mean([scores[best][i] for i in indices], "rouge2")
                low, high = paired_interval(
                    [scores[name][i]["rouge2"] for i in indices], [scores[best][i]["rouge2"] for i in indices]
                )
                note += (
                    f"; R-2 {r2 - best_baseline:+.2f} over the best baseline ({best}; paired bootstrap 95% interval "
                    f"{low:+.2f} to {high:+.2f}), {100 * r2 / max(oracle_r2, 1e-9):.0f}% of oracle"
                )
            rows.append((f"{subset}: {name} R-1/R-2/R-L", values, note))
        # newsfuse reads the sources in any order alike; Lead gains from reading them in the reference's order.
        shuffled = [statistics.fmean(scores[k][i]["rouge2"] for k in shuffles) for i in indices]
        ours = [scores["newsfuse"][i]["rouge2"] for i in indices]
        low, high = paired_interval(ours, shuffled)
        rows.append(
            (
                f"{subset}: Lead with the sources in a random order, R-2 (mean of {SHUFFLES} orders)",
                f"{statistics.fmean(shuffled):.2f}",
                f"newsfuse {statistics.fmean(ours) - statistics.fmean(shuffled):+.2f} (paired bootstrap 95% interval "
                f"{low:+.2f} to {high:+.2f}); the Lead above reads the sources in the order the reference cites them",
            )
        )
    rejected = sum(len(p.rejected) for p in prepared)
    rows.append(("sources rejected by cleaning", str(rejected), "all systems lose them alike"))
    rows.append(("benchmark time", f"{elapsed:.0f} s", "all systems, oracle included"))
    return rows


if __name__ == "__main__":
    for row in run_benchmark():
        print(" | ".join(row), file=sys.stdout)
