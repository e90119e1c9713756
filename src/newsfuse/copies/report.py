"""The copy map: a readable account of who carries what, for ``newsfuse copies``."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from newsfuse.records import Article, CopyLink, Story, StoryCopies


def _outlet(article: Article) -> str:
    return article.outlet or "outlet unknown"


def _when(article: Article) -> str:
    return article.published.strftime("%Y-%m-%d %H:%M") if article.published else "time unknown"


def render_copy_map(
    articles: Sequence[Article],
    stories: Sequence[Story],
    copies: dict[str, StoryCopies],
    near: Sequence[CopyLink],
    threshold: float,
    min_support: int = 2,
    width: int = 100,
) -> str:
    """Per story: each article's outlet, time and originality; the shared passages; then near-duplicate articles."""
    by_id = {a.id: a for a in articles}
    lines = [f"{len(articles)} articles, {len(stories)} stories, {len(near)} near-duplicate article pairs", ""]
    for story in stories:
        c = copies[story.id]
        when = story.date.isoformat() if story.date else "undated"
        lines.append(f"== Story {story.id} ({when}, {len(story.article_ids)} articles)")
        id_width = max(len(a) for a in story.article_ids)
        lines.append(f"  {'article':<{id_width}}  {'outlet':<22} {'published':<16}  original  exclusive")
        for aid in story.article_ids:
            a = by_id[aid]
            lines.append(
                f"  {aid:<{id_width}}  {_outlet(a)[:22]:<22} {_when(a):<16}  {c.originality[aid]:>7.0%}"
                f"  {c.exclusive[aid]:>8.0%}"
            )
        shown = [p for p in c.shared if p.support >= min_support]
        if not shown:
            lines += ["  No passage is carried by two outlets or more.", ""]
            continue
        lines.append(f"  Shared passages ({len(shown)}), most carried first:")
        for p in shown:
            first = p.first_article or "unknown (no publication times)"
            lines.append(f"  - support {p.support} · {p.kind} · first: {first}")
            quoted = textwrap.wrap(f"“{p.text}”", width=width - 6)
            lines += [f"      {q}" for q in quoted]
            carriers = ", ".join(f"{a} ({_outlet(by_id[a])})" for a in p.articles)
            lines += [f"      {w}" for w in textwrap.wrap(f"carried by {carriers}", width=width - 6)]
        lines.append("")
    if near:
        lines.append(f"== Near-duplicate articles (shingle Jaccard >= {threshold:.2f})")
        for link in near:
            estimate = f"{link.estimated:.2f}" if link.estimated is not None else "-"
            lines.append(
                f"  {link.a} ~ {link.b}: Jaccard {link.jaccard:.2f} (MinHash estimate {estimate}), "
                f"containment {link.containment:.2f}"
            )
    else:
        lines.append(f"No near-duplicate articles (shingle Jaccard >= {threshold:.2f}).")
    lines.append("")
    lines.append(
        "original: share of an article's content words that no earlier article (or one of unknown time) carries; "
        "exclusive: that no other article carries."
    )
    return "\n".join(lines) + "\n"
