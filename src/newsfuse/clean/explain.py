"""Readable reports of how a page was cleaned, for ``newsfuse clean``."""

from __future__ import annotations

from collections import Counter

from newsfuse.clean.items import CleanedItem, ItemLines
from newsfuse.records import Problem


def format_explanation(item: ItemLines, outcome: CleanedItem | Problem, explain: bool = True) -> str:
    """One item's report: with ``explain``, its metadata and every line with its decision and reason, then a
    summary and the outcome; without, the clean text (title first) or the reason the item was skipped."""
    out: list[str] = []
    where = f"item {item.position} of {item.items} on " if item.items > 1 else ""
    out.append(f"== {item.item_id}  ({where}{item.page.source})")
    if not explain:
        if isinstance(outcome, Problem):
            out.append(f"(skipped: {outcome.problem}. {outcome.hint})")
            return "\n".join(out)
        if outcome.article.title:
            out.append(f"# {outcome.article.title}")
        out.append(outcome.article.clean_text)
        return "\n".join(out)

    article = outcome.article if not isinstance(outcome, Problem) else item.page
    for label, value in (
        ("title", article.title),
        ("outlet", article.outlet),
        ("published", article.published.isoformat() if article.published else None),
        ("language", article.language),
        ("url", article.url),
    ):
        if value:
            basis = article.provenance.get(label)
            out.append(f"   {label + ':':<11}{value}" + (f"  [{basis}]" if basis else ""))
    width = min(40, max((len(d.reason) for d in item.decisions), default=10))
    out.append(f"   {'line':>4} {'':4} {'reason':<{width}} text")
    for d in item.decisions:
        mark = "keep" if d.kept else "DROP"
        out.append(f"   {d.number:4d} {mark} {_clip(d.reason, width):<{width}} {d.text}")
        if d.repair:
            out.append(f"   {'':4} {'':4} {'':<{width}} -> repaired ({d.repair}): {d.shown}")
    kept = Counter(d.reason for d in item.decisions if d.kept)
    removed = [d for d in item.decisions if not d.kept]
    parts = ", ".join(f"{n} {reason}" for reason, n in sorted(kept.items()))
    out.append(f"   {len(item.decisions)} lines: {sum(kept.values())} kept ({parts or 'none'}), {len(removed)} removed")
    if isinstance(outcome, Problem):
        out.append(f"   outcome: skipped, {outcome.problem}. {outcome.hint}")
    else:
        cleaned = outcome.article
        when = f", event date {cleaned.event_date.isoformat()}" if cleaned.event_date else ""
        out.append(f"   outcome: cleaned, {len(cleaned.sentences)} sentences{when}")
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
