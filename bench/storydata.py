"""Streams of real articles with cluster labels for the story benchmarks: WikinewsSum and the French headlines.

Both read ../shared/data (never copied into the project). Articles go through the real ingest and clean stages, from
JSON Lines written to a temporary folder, so the grouping sees what ``newsfuse run`` would see.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsfuse.clean import CleanedItem, clean_articles
from newsfuse.embeddings import shared_encoder
from newsfuse.evaluate import PRF, bcubed
from newsfuse.ingest import read_inputs
from newsfuse.records import Article, Problem
from newsfuse.settings import Settings
from newsfuse.store import SQLiteStore
from newsfuse.stories import StoryAssigner, keywords
from newsfuse.temporal import find_mentions, resolve

from benchdata import SHARED

WIKINEWS = SHARED / "data" / "wikinewssum_en_sample" / "cleaned_endataset.json"
HEADLINES = SHARED / "data" / "french_headlines" / "test_one_day.csv"

_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_MONTHS.update({"dez": 12, "out": 10, "set": 9, "fev": 2, "abr": 4, "mai": 5, "ago": 8})
_URL_DATES = [
    # /2004/11/16/, /2004/nov/14/, 2004-05/24, 2004_12_15, 2005-01-05-voa47
    re.compile(r"(?<!\d)(?P<y>20[01]\d)[/_-](?P<m>\d\d|[a-z]{3})[/_-](?P<d>\d\d)(?!\d)"),
    # 20041104-1415, nn20041117a1, story=20041126130302760 (the first eight digits)
    re.compile(r"(?<!\d)(?P<y>20[01]\d)(?P<m>\d\d)(?P<d>\d\d)"),
    # cnn.com/2004/ALLPOLITICS/11/16/, rte.ie/arts/2004/1118/, 17NOV2004
    re.compile(r"(?P<y>20[01]\d)/[a-z]+/(?P<m>\d\d)/(?P<d>\d\d)/"),
    re.compile(r"(?P<y>20[01]\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"(?<!\d)(?P<d>[0-3]\d)(?P<m>[a-z]{3})(?P<y>20[01]\d)"),
    # br.news.yahoo.com/041113/..., afp 041229202127: yymmdd for 2004 and 2005 only
    re.compile(r"(?<![\d=])(?P<y>0[45])(?P<m>\d\d)(?P<d>\d\d)(?!\d{1,5}\b)"),
    # fas.org/.../111704.html, 112304_soa: mmddyy for 2004 and 2005 only
    re.compile(r"(?<![\d=])(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<y>0[45])(?!\d)"),
]


def url_date(url: str) -> date | None:
    """The publication day written in a news URL, when it holds one (web.archive.org prefixes are skipped)."""
    url = re.sub(r"^https?://web\.archive\.org/web/\d+/", "", url)
    for pattern in _URL_DATES:
        for m in pattern.finditer(url.lower()):
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            month = _MONTHS.get(m["m"][:3]) if m["m"].isalpha() else int(m["m"])
            try:
                day = date(year, month or 0, int(m["d"]))
            except ValueError:
                continue
            if date(2000, 1, 1) <= day <= date(2012, 12, 31):
                return day
    return None


@dataclass(frozen=True)
class LabelledStream:
    """Cleaned articles in stream order, the gold cluster of each, and notes on how the stream was built."""

    articles: list[Article]
    gold: dict[str, str]
    dropped: list[str]  # ids of records the pipeline rejected (reported, and left out of the scores)
    notes: dict[str, str]


def _clean_jsonl(records: list[dict[str, object]]) -> tuple[list[Article], list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stream.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
        raw: list[Article] = []
        dropped: list[str] = []
        for item in read_inputs([path]):
            if isinstance(item, Article):
                raw.append(item)
            else:
                dropped.append(item.source)
        cleaned: list[Article] = []
        for c in clean_articles(raw):
            if isinstance(c, CleanedItem):
                cleaned.append(c.article)
            elif isinstance(c, Problem):
                dropped.append(c.source)
    return cleaned, dropped


def wikinews_stream() -> LabelledStream:
    """Every source of every WikinewsSum cluster in one stream, in the order of the day in its URL where known.

    Sources without a date in their URL keep their place in the file between the dated ones (a stable merge), and
    get no publication time: the archive snapshot time is years off for many of them. A source cited by two clusters
    appears once per cluster (as two items), so it cannot be right for both.
    """
    rows = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    entries: list[tuple[int, str, str, dict[str, object], date | None]] = []
    for i, row in enumerate(rows):
        for j, source in enumerate(row["sources"]):
            text = (source.get("maintext") or "").strip()
            day = url_date(source.get("url") or "")
            record: dict[str, object] = {
                "id": f"wn{i:03d}-{j}",
                "text": text,
                "title": (source.get("title") or "").strip(),
                "url": source.get("url"),
                "language": source.get("language"),
            }
            if day:
                record["published"] = datetime(day.year, day.month, day.day, 12).isoformat() + "+00:00"
            entries.append((len(entries), f"c{i:03d}", str(record["id"]), record, day))
    # Stable merge: an undated source takes the day of the dated source before it in the file, for ordering only.
    last = date(2004, 1, 1)
    keyed = []
    for index, cluster, _id, record, day in entries:
        last = day or last
        keyed.append(((last, index), cluster, record))
    keyed.sort(key=lambda k: k[0])
    records = [r for _, _, r in keyed]
    gold_all = {str(r["id"]): c for _, c, r in keyed}
    articles, dropped = _clean_jsonl(records)
    order = {str(r["id"]): n for n, r in enumerate(records)}
    articles.sort(key=lambda a: order[a.id.split("#")[0]])
    references = {f"c{i:03d}": f"{row['title']} {row['text']}" for i, row in enumerate(rows)}
    gold = _item_gold(articles, gold_all, references)
    dated = sum(1 for _, _, _, _, d in entries if d)
    notes = {
        "sources": str(len(entries)),
        "dated": f"{dated} of {len(entries)} have a day in their URL",
        "clusters": str(len({c for _, c, _, _, _ in entries})),
    }
    return LabelledStream(articles, gold, dropped, notes)


def _item_gold(articles: Sequence[Article], pages: Mapping[str, str], references: Mapping[str, str]) -> dict[str, str]:
    """The cluster of each item; of a page cut into items ("id#2"), only the item closest to the reference text.

    Such pages are blog archives holding one post per day, of which the source cites one; the other posts are
    other events, so each is a gold story of its own. One archive cited twice (two URLs of one page) gives each of
    those posts twice: the two copies of a post share their gold story, keyed by the post's text. The reference
    serves only to label, never to predict.
    """
    gold: dict[str, str] = {}
    by_page: dict[str, list[Article]] = {}
    for article in articles:
        by_page.setdefault(article.id.split("#")[0], []).append(article)
    for page, items in by_page.items():
        cluster = pages[page]
        if len(items) == 1:
            gold[items[0].id] = cluster
            continue
        words = set(_WORD.findall(references[cluster].lower()))
        best = max(items, key=lambda a: len(words & set(_WORD.findall(a.clean_text.lower()))))
        for item in items:
            post = hashlib.sha1(item.clean_text.encode()).hexdigest()[:12]
            gold[item.id] = cluster if item is best else f"{cluster}:post-{post}"
    return gold


_WORD = re.compile(r"[^\W\d_]{4,}")


def _template_key(title: str) -> str:
    # A title's shape with its capitalised words (places, names) and numbers masked.
    return re.sub(r"\b[A-ZÉÈÀ][\w'’-]*(?:[\s-][A-ZÉÈÀ][\w'’-]*)*|\d+", "#", title).strip()


def title_article(article_id: str, title: str, published: datetime, language: str, source: str) -> Article:
    """An article of which only the title is known (cleaning needs a body, so this builds the cleaned record).

    Its event date is the latest date the title names, resolved against the publication day, not after the next day:
    the rule cleaning applies to a lead.
    """
    anchor = published.date()
    days = [resolve(m, anchor) for m in find_mentions(title)]
    lead = [d for d in days if d is not None and d <= anchor + timedelta(days=1)]
    article = Article.from_sentences(article_id, [title], source=source, language=language, published=published)
    return replace(article, title=title, event_date=max(lead) if lead else None)


def headline_stream(limit: int | None = None) -> tuple[LabelledStream, set[str]]:
    """The French headlines of one day, titles only, in timestamp order (taken as UTC); and the ids in templated groups.

    A silver group is templated when most of its titles share one shape once capitalised words and numbers are
    masked (the weather pages: "La météo du vendredi 10 janvier 2020 à Rennes").
    """
    with HEADLINES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle) if len(r) >= 3]
    ordered = sorted(enumerate(rows), key=lambda x: (x[1][1], x[0]))
    if limit:
        ordered = ordered[:limit]
    articles: list[Article] = []
    gold: dict[str, str] = {}
    titles: dict[str, str] = {}
    for n, (_index, row) in enumerate(ordered):
        title, stamp, story = row[0].strip(), row[1].strip(), row[2].strip()
        article_id = f"h{n:05d}"
        published = datetime.fromisoformat(stamp).replace(tzinfo=UTC)
        articles.append(title_article(article_id, title, published, "fr", f"{HEADLINES.name}:{_index + 1}"))
        gold[article_id] = story
        titles[article_id] = title
    gold_all = gold
    dropped: list[str] = []
    groups: dict[str, list[str]] = {}
    for article_id, story in gold_all.items():
        groups.setdefault(story, []).append(article_id)
    templated: set[str] = set()
    for members in groups.values():
        distinct = {titles[m] for m in members}
        if len(distinct) < 3:
            continue
        shapes: dict[str, int] = {}
        for t in distinct:
            shapes[_template_key(t)] = shapes.get(_template_key(t), 0) + 1
        if max(shapes.values()) >= 0.5 * len(distinct):
            templated.update(members)
    notes = {"titles": str(len(articles)), "silver groups": str(len(groups)), "templated items": str(len(templated))}
    return LabelledStream(articles, gold, dropped, notes), templated


def split_of(key: str, folds: int = 2) -> int:
    """A stable fold number for a cluster id, for calibration and evaluation halves (extra posts keep their page's)."""
    return zlib.crc32(key.split(":")[0].encode()) % folds


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Pairwise precision and recall: pairs put together that belong together, over the items both share."""
    items = [i for i in gold if i in predicted]
    both = Counter((predicted[i], gold[i]) for i in items)
    pred = Counter(predicted[i] for i in items)
    true = Counter(gold[i] for i in items)

    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    hits, p, t = pairs(both), pairs(pred), pairs(true)
    return PRF(hits / p if p else 1.0, hits / t if t else 1.0)


def bcubed_of(items: Iterable[str], predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed precision and recall averaged over some items only, with their whole clusters counted."""
    members_p: dict[str, set[str]] = {}
    members_g: dict[str, set[str]] = {}
    for i in gold:
        if i in predicted:
            members_p.setdefault(predicted[i], set()).add(i)
            members_g.setdefault(gold[i], set()).add(i)
    chosen = [i for i in items if i in gold and i in predicted]
    if not chosen:
        return PRF(0.0, 0.0)
    precision = recall = 0.0
    for i in chosen:
        same = len(members_p[predicted[i]] & members_g[gold[i]])
        precision += same / len(members_p[predicted[i]])
        recall += same / len(members_g[gold[i]])
    return PRF(precision / len(chosen), recall / len(chosen))


def online_clusters(similarity: NDArray[np.float32], threshold: float) -> list[int]:
    """Baseline online clustering: each item joins the cluster of its most similar earlier item above the threshold."""
    labels: list[int] = []
    for i in range(similarity.shape[0]):
        if i and float(similarity[i, :i].max()) >= threshold:
            labels.append(labels[int(similarity[i, :i].argmax())])
        else:
            labels.append(i)
    return labels


def tfidf_similarity(texts: Sequence[str]) -> NDArray[np.float32]:
    """All-pairs cosine of TF-IDF vectors of content words (the keyword baseline)."""
    counts = [keywords(t) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocabulary = {t: n for n, t in enumerate(df)}
    matrix = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, c in enumerate(counts):
        for term, count in c.items():
            matrix[row, vocabulary[term]] = (1 + math.log(count)) * (math.log((len(texts) + 1) / (df[term] + 1)) + 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    out: NDArray[np.float32] = matrix @ matrix.T
    return out


def tuned_baseline(
    similarity: NDArray[np.float32],
    ids: Sequence[str],
    gold_calibration: Mapping[str, str],
    thresholds: Sequence[float],
) -> tuple[float, dict[str, str]]:
    """The threshold with the best B-cubed F1 on the calibration items, and the clustering it gives."""
    best: tuple[float, float, dict[str, str]] = (-1.0, 0.0, {})
    for threshold in thresholds:
        labels = online_clusters(similarity, threshold)
        predicted = {ids[i]: str(labels[i]) for i in range(len(ids))}
        f1 = bcubed(predicted, gold_calibration).f1
        if f1 > best[0]:
            best = (f1, threshold, predicted)
    return best[1], best[2]


def nearest_elsewhere(
    similarities: Sequence[NDArray[np.float32]], ids: Sequence[str], gold: Mapping[str, str]
) -> tuple[int, int]:
    """How many items with a cluster mate have their nearest neighbour in another cluster by every similarity given,
    out of how many items have a mate."""
    labels = [gold.get(i) for i in ids]
    lost = with_mate = 0
    for i, label in enumerate(labels):
        if label is None or labels.count(label) < 2:
            continue
        with_mate += 1
        nearest = []
        for similarity in similarities:
            row = similarity[i].copy()
            row[i] = -np.inf
            nearest.append(labels[int(row.argmax())])
        lost += all(n != label for n in nearest)
    return lost, with_mate


def identical_across(
    similarity: NDArray[np.float32], ids: Sequence[str], gold: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Pairs of items whose texts are the same (cosine 0.99 or more) but whose gold clusters differ."""
    return [
        (ids[i], ids[j])
        for i, j in zip(*np.nonzero(np.triu(similarity >= 0.99, k=1)), strict=True)
        if gold.get(ids[i]) is not None and gold.get(ids[j]) is not None and gold[ids[i]] != gold[ids[j]]
    ]


@dataclass(frozen=True)
class Placed:
    """A whole stream placed by the story assigner in a fresh in-memory store."""

    prepared: list[tuple[Article, Any]]  # (article, its feature row), in placement order
    stories: dict[str, str]  # article id -> story id
    merges: int
    seconds: float


def place_stream(articles: Sequence[Article]) -> Placed:
    """Place every article with the default settings (features, embeddings included, and assignment are timed)."""
    started = time.perf_counter()
    with SQLiteStore() as store:
        assigner = StoryAssigner(store, Settings(), shared_encoder())
        prepared = assigner.prepare(articles)
        placements, merges = assigner.place(prepared)
    seconds = time.perf_counter() - started
    return Placed(list(prepared), {p.article_id: p.story_id for p in placements}, len(merges), seconds)
