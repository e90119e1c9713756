"""Readable accounts of the stories in a store: listings, one story in full, and why an article joined its story."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsfuse.store import Membership, Store, StoryOverview


def _when(seconds: float) -> str:
    if seconds <= 0:
        return "unknown"
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M")


def _signals(best: dict[str, Any]) -> str:
    sim = best.get("similarity", {})
    text = (
        f"embedding {sim.get('embedding', 0):.2f}, keywords {sim.get('keywords', 0):.2f}, "
        f"names {sim.get('names', 0):.2f}, shared text {sim.get('copy', 0):.2f}"
    )
    if best.get("hours_apart") is not None:
        text += f", {best['hours_apart']:.1f} h apart"
    if best.get("cross_lingual"):
        text += ", other language"
    if best.get("brief"):
        text += ", a title or a line only"
    if best.get("other_weekday"):
        text += ", its lead names another weekday"
    return text


def describe(membership: Membership) -> str:
    """One line on why an article is in its story (the top evidence of the decision)."""
    e = membership.evidence
    best, runner = e.get("best"), e.get("runner_up")
    if e.get("live_page"):
        text = "joined the story of an earlier update of its live page"
    elif e.get("decision") == "joined" and best:
        text = f"joined at {best['score']:.2f}: {_signals(best)} with {best['article']}"
        if runner:
            text += f"; next best story {runner['story']} at {runner['score']:.2f}"
    else:
        text = "opened the story"
        if best:
            text += f" (best other {best['score']:.2f} in {best['story']}: {_signals(best)} with {best['article']})"
    return text + _later(membership)


def _later(membership: Membership) -> str:
    """What happened to an article after it arrived: a move (it had no date) or a merge of its story."""
    moved = membership.evidence.get("moved")
    if moved:
        return (
            f"; it had no date and moved here from {moved['from']} when {moved['by']} arrived "
            f"(pair score {moved['score']:.2f})"
        )
    if membership.joined != membership.story_id:
        return f"; it joined {membership.joined}, since merged into this story"
    return ""


def _seen(o: StoryOverview) -> tuple[float, float]:
    """First and last seen: its articles' publication times when they give them, else when the stream met them."""
    if o.first_published is None or o.last_published is None:
        return o.story.first_seen, o.story.last_seen
    return o.first_published, o.last_published


def story_lines(overviews: list[StoryOverview]) -> list[str]:
    """A table of stories: id, size, languages, outlets, first and last seen, headline (else a title)."""
    lines = [
        f"{'story':<28} {'size':>4}  {'languages':<12} {'outlets':<30} {'first seen':<16}  {'last seen':<16}  headline"
    ]
    for o in sorted(overviews, key=lambda o: -_seen(o)[1]):  # most recently seen first
        languages = " ".join(f"{k} {v}" for k, v in o.languages.items())
        outlets = ", ".join(o.outlets) if o.outlets else "-"
        if len(outlets) > 30:
            outlets = outlets[:27] + "..."
        first, last = _seen(o)
        lines.append(
            f"{o.story.id:<28} {o.story.size:>4}  {languages:<12} {outlets:<30} {_when(first):<16}  "
            f"{_when(last):<16}  {o.title[:70]}"
        )
    return lines


def story_detail(store: Store, story_id: str) -> list[str]:
    """One story in full: its state, every article with why it is there, and its merges."""
    overview = store.overview(story_id)
    if overview is None:
        return []
    s = overview.story
    first, last = _seen(overview)
    lines = [f"story {s.id}: {overview.title}"]
    if s.state == "merged":
        lines.append(f"  merged into {s.merged_into}; its articles are listed there")
    lines += [
        f"  {s.size} article{'' if s.size == 1 else 's'}; languages {', '.join(f'{k} {v}' for k, v in overview.languages.items())}",
        f"  outlets: {', '.join(f'{k} ({v})' for k, v in overview.outlets.items()) or 'unknown'}",
        f"  first seen {_when(first)}, last seen {_when(last)}",
    ]
    members = store.members(s.id)
    articles = {a.id: a for a in store.articles([m.article_id for m in members])}
    lines.append("  articles, in arrival order:")
    for m in members:
        a = articles.get(m.article_id)
        title = (a.title or "") if a else ""
        lines.append(f"    {m.article_id}  [{(a.language if a else None) or '?'}] {title[:80]}")
        lines.append(f"      {describe(m)}")
    merges = store.merges(s.id)
    if merges:
        lines.append("  merges:")
        for merge in merges:
            lines.append(
                f"    {merge.merged} -> {merge.into} at {_when(merge.at)}: article {merge.article_id} matched both "
                f"(score {merge.score:.2f} with the merged story)"
            )
    return lines


def article_lines(store: Store, article_id: str) -> list[str]:
    """Why one article is in its story: the decision, each signal's contribution and what the two articles share."""
    membership = store.membership(article_id)
    found = store.articles([article_id])
    if membership is None or not found:
        return []
    article = found[0]
    e = membership.evidence
    lines = [
        f"article {article.id}: {article.title or '(no title)'}",
        f"  {article.language or '?'}, {article.outlet or 'unknown outlet'}, "
        f"published {article.published.isoformat() if article.published else 'unknown'}, "
        f"event date {article.event_date.isoformat() if article.event_date else 'unknown'}",
        f"  story {membership.story_id}{_later(membership)}",
        f"  decision: {e.get('decision', '?')}; {e.get('candidate_stories', 0)} candidate stories among "
        f"{e.get('window', 0)} articles in the time window",
    ]
    for label, key in (("best match", "best"), ("next best", "runner_up")):
        best = e.get(key)
        if not best:
            continue
        other = store.articles([best["article"]])
        other_title = other[0].title if other and other[0].title else ""
        if best.get("page_updates"):
            other_title = f"(the live page's {best['page_updates']} updates as one report)"
        lines.append(
            f"  {label}: story {best['story']}, score {best['score']:.2f}, via {best['article']} {other_title[:60]}"
        )
        parts = ", ".join(f"{k} {v:+.2f}" for k, v in best.get("contributions", {}).items() if abs(v) >= 0.005)
        lines.append(f"    contributions: {parts}")
        lines.append(f"    similarities: {_signals(best)}")
        shared = best.get("shared", {})
        if shared.get("names"):
            lines.append(f"    shared names and numbers: {', '.join(shared['names'])}")
        if shared.get("keywords"):
            lines.append(f"    shared keywords: {', '.join(shared['keywords'])}")
    return lines
