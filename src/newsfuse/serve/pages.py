"""Readable outputs of a run: stories.json, one Markdown and one HTML page per story, and an index page."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfuse import __version__
from newsfuse.records import (
    Article,
    CitedSentence,
    Repair,
    Story,
    StoryCopies,
    StoryKnowledge,
    Summary,
    to_jsonable,
)
from newsfuse.serve.knowledge_view import CSS as _KNOWLEDGE_CSS
from newsfuse.serve.knowledge_view import counted, knowledge_html, knowledge_json, knowledge_markdown
from newsfuse.temporal import format_date

_CSS = (
    """
body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#222}
h1{font-size:1.7rem;line-height:1.25}.meta{color:#666;font-size:.9rem}
sup a{text-decoration:none;font-size:.75rem}ol.sources li{font-size:.9rem;margin-bottom:.3rem}
.story{margin-bottom:1.4rem}.story>a{font-size:1.15rem}.lead{font-weight:bold}
.variants{font-size:.9rem;color:#555;border-left:3px solid #c90;padding-left:.6rem;margin-top:-.6rem}
"""
    + _KNOWLEDGE_CSS
)


def build_json(
    articles: Sequence[Article],
    stories: Sequence[Story],
    summaries: dict[str, Summary],
    extra: dict[str, Any],
    knowledge: dict[str, StoryKnowledge] | None = None,
    copies: dict[str, StoryCopies] | None = None,
) -> dict[str, Any]:
    """The stories.json document (schema in the README)."""
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    by_id = {a.id: a for a in articles}
    copies = copies or {}
    originality = {aid: c.originality[aid] for c in copies.values() for aid in c.originality}
    out_stories = []
    for story in stories:
        summary = summaries[story.id]
        out_stories.append(
            {
                "id": story.id,
                "headline": summary.headline,
                "headline_source": summary.headline_source,
                "language": story.language,
                "date": story.date.isoformat() if story.date else None,
                "dateline": _dateline(summary, story, by_id),
                "date_basis": story.date_basis,
                "articles": list(story.article_ids),
                "outlets": sorted({o for a in story.article_ids if (o := by_id[a].outlet)}),
                "summary": [
                    {
                        "text": s.text,
                        "sources": list(s.sources),
                        "outlets": list(dict.fromkeys(by_id[a].outlet for a in s.sources)),
                        "support": s.support,
                        "repairs": to_jsonable(s.repairs),
                        "variants": [
                            {"article": v.article, "outlet": by_id[v.article].outlet, "text": v.text}
                            for v in s.variants
                        ],
                    }
                    for s in summary.sentences
                ],
                "word_count": summary.word_count,
                "notes": list(summary.notes),
                "evidence": story.evidence,
                **({"passages": copy_passages(copies[story.id], by_id)} if story.id in copies else {}),
            }
        )
        if knowledge and story.id in knowledge:
            out_stories[-1]["knowledge"] = knowledge_json(knowledge[story.id])
    out_articles = [
        {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "outlet": a.outlet,
            "title": a.title,
            "language": a.language,
            "published": a.published.isoformat() if a.published else None,
            "event_date": a.event_date.isoformat() if a.event_date else None,
            "story": story_of.get(a.id),
            "sentences": len(a.sentences),
            "removed_lines": [{"line": r.number, "text": r.text, "reason": r.reason} for r in a.removed_lines],
            "dates": to_jsonable(a.date_evidence),
            "provenance": a.provenance,
            **({"originality": originality[a.id]} if a.id in originality else {}),
        }
        for a in articles
    ]
    return {"newsfuse": __version__, "stories": out_stories, "articles": out_articles, **extra}


def copy_passages(copies: StoryCopies, by_id: dict[str, Article]) -> list[dict[str, Any]]:
    """The story's shared passages for stories.json: text, carriers, support, kind and first outlet."""
    return [
        {
            "text": p.text,
            "articles": list(p.articles),
            "outlets": list(dict.fromkeys(by_id[a].outlet for a in p.articles)),
            "support": p.support,
            "kind": p.kind,
            "first_article": p.first_article,
            "first_outlet": by_id[p.first_article].outlet if p.first_article else None,
        }
        for p in copies.shared
    ]


def _dateline(summary: Summary, story: Story, articles: Mapping[str, Article]) -> str:
    """The story's date in its article's language; without one, the day its first report came out, said as such."""
    if summary.date:
        return format_date(summary.date, summary.language)
    times = [articles[a].published for a in story.article_ids if a in articles]
    days = [t.date() for t in times if t is not None]
    return f"published {format_date(min(days), summary.language, weekday=False)}" if days else "date unknown"


def _when(article: Article) -> str:
    """A source's day; an update of a live page also its time, which orders the updates of one day."""
    if article.published is None:
        return "undated"
    return article.published.strftime("%Y-%m-%d %H:%M" if article.live_page else "%Y-%m-%d")


def _source_count(story: Story, articles: Mapping[str, Article]) -> str:
    """How many sources: "3 sources"; the updates of one live page count as one: "1 source, 7 updates"."""
    pages = {articles[a].report_id for a in story.article_ids if a in articles}
    updates = sum(1 for a in story.article_ids if a in articles and articles[a].live_page)
    shown = counted(len(pages), "source")
    return f"{shown}, {counted(updates, 'update')}" if updates > 1 else shown


def render_markdown(
    summary: Summary, story: Story, articles: dict[str, Article], knowledge: StoryKnowledge | None = None
) -> str:
    """One story as Markdown: headline, dateline, cited sentences and a numbered sources list."""
    numbers = {aid: i for i, aid in enumerate(story.article_ids, start=1)}
    dateline = _dateline(summary, story, articles)
    lines = [f"# {summary.headline}", "", f"*{dateline} · {_source_count(story, articles)}*", ""]
    for sentence in summary.sentences:
        refs = "".join(f"[{n}]" for n in sorted(numbers[a] for a in sentence.sources))
        lines.append(f"{sentence.text} {refs}")
        lines.append("")
        if sentence.variants:
            versions = "; ".join(
                f"“{text}” " + "".join(f"[{n}]" for n in ns) for text, ns in _versions(sentence, numbers)
            )
            lines += [f"> Sources differ: {versions}", ""]
    lines.append("## Sources")
    lines.append("")
    for aid in story.article_ids:
        a = articles[aid]
        when = _when(a)
        lines.append(f"{numbers[aid]}. {source_label(a)} — {a.outlet or 'unknown outlet'}, {when} (`{aid}`)")
    repairs = [(s, r) for s in summary.sentences for r in s.repairs]
    if repairs:
        lines += ["", "## Edits to the source sentences", ""]
        lines += [f"- {_edit(r)}" for _, r in repairs]
    if summary.notes:
        lines += ["", "## How this article was written", ""]
        lines += [f"- {note}" for note in summary.notes]
    if knowledge is not None:
        lines += knowledge_markdown(knowledge, numbers)
    return "\n".join(lines) + "\n"


def _versions(sentence: CitedSentence, numbers: dict[str, int]) -> list[tuple[str, list[int]]]:
    """Each other version of a sentence (figures that differ from the cited ones) with its sources' numbers."""
    by_text: dict[str, list[int]] = {}
    for v in sentence.variants:
        by_text.setdefault(v.text, []).append(numbers[v.article])
    return [(text, sorted(ns)) for text, ns in by_text.items()]


def _edit(repair: Repair) -> str:
    """One edit, readable: a trim shows what was removed."""
    if not repair.after:
        return f"{repair.kind}: removed “{repair.before}”"
    return f"{repair.kind}: “{repair.before}” → “{repair.after}”"


def render_html(
    summary: Summary, story: Story, articles: dict[str, Article], knowledge: StoryKnowledge | None = None
) -> str:
    """One story as a standalone HTML page with numbered references."""
    e = html.escape
    numbers = {aid: i for i, aid in enumerate(story.article_ids, start=1)}
    body = []
    for k, sentence in enumerate(summary.sentences):
        refs = "".join(
            f'<sup><a href="#src-{numbers[a]}" title="{e(_ref_title(articles[a]))}">[{numbers[a]}]</a></sup>'
            for a in sorted(sentence.sources, key=numbers.__getitem__)
        )
        cls = ' class="lead"' if k == 0 else ""
        body.append(f"<p{cls}>{e(sentence.text)} {refs}</p>")
        if sentence.variants:
            versions = "; ".join(
                f"“{e(text)}” " + "".join(f'<sup><a href="#src-{n}">[{n}]</a></sup>' for n in ns)
                for text, ns in _versions(sentence, numbers)
            )
            body.append(f'<p class="variants">Sources differ: {versions}</p>')
    sources = []
    for aid in story.article_ids:
        a = articles[aid]
        when = _when(a)
        link = f'<a href="{e(a.url)}">{e(source_label(a))}</a>' if a.url else e(source_label(a))
        sources.append(
            f'<li id="src-{numbers[aid]}">{link} — {e(a.outlet or "unknown outlet")}, {when} <code>{e(aid)}</code></li>'
        )
    return (
        f'<!doctype html><html lang="{e(summary.language)}"><head><meta charset="utf-8">'
        f"<title>{e(summary.headline)}</title><style>{_CSS}</style></head><body>"
        f'<p class="meta"><a href="../index.html">All stories</a></p><h1>{e(summary.headline)}</h1>'
        f'<p class="meta">{e(_dateline(summary, story, articles))} · {e(_source_count(story, articles))}</p>'
        + "".join(body)
        + (knowledge_html(knowledge, numbers) if knowledge is not None else "")
        + '<h2>Sources</h2><ol class="sources">'
        + "".join(sources)
        + "</ol>"
        + _html_edits(summary)
        + "</body></html>\n"
    )


def _ref_title(article: Article) -> str:
    """What a citation's tooltip says: the outlet and the title."""
    return f"{article.outlet or 'unknown outlet'} — {source_label(article)}"


def _html_edits(summary: Summary) -> str:
    """The edits made to source sentences and the notes on how the article was written, as HTML lists."""
    e = html.escape
    out = ""
    repairs = [r for s in summary.sentences for r in s.repairs]
    if repairs:
        out += '<h2>Edits to the source sentences</h2><ul class="edits">'
        out += "".join(f"<li>{e(_edit(r))}</li>" for r in repairs) + "</ul>"
    if summary.notes:
        out += '<h2>How this article was written</h2><ul class="notes">'
        out += "".join(f"<li>{e(n)}</li>" for n in summary.notes) + "</ul>"
    return out


@dataclass(frozen=True)
class IndexEntry:
    """One story as the index lists it."""

    story_id: str
    headline: str
    date: str | None  # ISO day, for the order
    dateline: str
    size: int
    language: str
    lead: str


def index_entry(summary: Summary, story: Story, articles: Mapping[str, Article]) -> IndexEntry:
    """The index entry of a story of this run."""
    lead = summary.sentences[0].text if summary.sentences else ""
    date = story.date.isoformat() if story.date else None
    dateline = _dateline(summary, story, articles)
    return IndexEntry(story.id, summary.headline, date, dateline, len(story.article_ids), story.language, lead)


def render_index(entries: Sequence[IndexEntry]) -> str:
    """The index page: every story with its date, size and lead, linking to its page."""
    e = html.escape
    items = []
    for entry in sorted(entries, key=lambda x: (x.date is None, x.date or "", x.story_id)):
        items.append(
            f'<div class="story"><a href="stories/{e(entry.story_id)}.html">{e(entry.headline)}</a>'
            f'<div class="meta">{e(entry.dateline)} · {counted(entry.size, "article")} · {e(entry.language)}'
            f' · <a href="stories/{e(entry.story_id)}.md">Markdown</a></div><div>{e(entry.lead)}</div></div>'
        )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>newsfuse stories</title>'
        f"<style>{_CSS}</style></head><body><h1>Stories</h1>" + "".join(items) + "</body></html>\n"
    )


def source_label(article: Article, words: int = 12) -> str:
    """What a reader knows a source by: its title, else the opening words of its first sentence, else its id."""
    if article.title:
        return article.title
    if article.sentences:
        opening = article.sentences[0].text.split()
        return " ".join(opening[:words]) + (" …" if len(opening) > words else "")
    return article.id


# A story page's file name (without its suffix): the story id, "2025-03-11-4c6a4630" or "undated-7eddc99c".
_STORY_PAGE = re.compile(r"(?:\d{4}-\d{2}-\d{2}|undated)-[0-9a-f]{8}")


def write_outputs(
    out_dir: Path,
    articles: Sequence[Article],
    stories: Sequence[Story],
    summaries: dict[str, Summary],
    extra: dict[str, Any],
    knowledge: dict[str, StoryKnowledge] | None = None,
    copies: dict[str, StoryCopies] | None = None,
    keep: Collection[str] = (),
) -> Path:
    """Write stories.json, the story pages and index.html under ``out_dir``; returns the index path.

    ``keep``: ids of stories this run did not touch that are still current (in a store). Their pages and their
    entries in the folder's stories.json stay, so a folder written run after run shows every story of the store.
    """
    pages = out_dir / "stories"
    pages.mkdir(parents=True, exist_ok=True)
    by_id = {a.id: a for a in articles}
    knowledge = knowledge or {}
    document = build_json(articles, stories, summaries, extra, knowledge, copies)
    current = {story.id for story in stories}
    keep = {k for k in keep if k not in current}
    earlier = _earlier_document(out_dir) if keep else {}
    carried = _carried(earlier, pages, keep)
    document["stories"] += carried
    have = {a["id"] for a in document["articles"]}
    document["articles"] += [a for a in _carried_articles(earlier, carried) if a["id"] not in have]
    (out_dir / "stories.json").write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    for story in stories:
        summary = summaries[story.id]
        k = knowledge.get(story.id)
        (pages / f"{story.id}.md").write_text(render_markdown(summary, story, by_id, k), encoding="utf-8")
        (pages / f"{story.id}.html").write_text(render_html(summary, story, by_id, k), encoding="utf-8")
    # Pages of stories that no longer exist (merged, or regrouped by a later run into this folder) would be read
    # as current: only pages named like a story's are removed, never a user's own files.
    listed = current | {c["id"] for c in carried}
    for page in pages.iterdir():
        if page.suffix in (".md", ".html") and _STORY_PAGE.fullmatch(page.stem) and page.stem not in listed:
            page.unlink()
    entries = [index_entry(summaries[story.id], story, by_id) for story in stories]
    entries += [_carried_entry(c) for c in carried]
    index = out_dir / "index.html"
    index.write_text(render_index(entries), encoding="utf-8")
    return index


def _earlier_document(out_dir: Path) -> dict[str, Any]:
    """The folder's stories.json from an earlier run, or an empty one (missing or unreadable: nothing to keep)."""
    try:
        document = json.loads((out_dir / "stories.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _carried(earlier: dict[str, Any], pages: Path, keep: set[str]) -> list[dict[str, Any]]:
    """The earlier stories.json entries of the stories to keep whose two pages are still in the folder."""
    return [
        story
        for story in earlier.get("stories", [])
        if isinstance(story, dict)
        and story.get("id") in keep
        and all((pages / f"{story['id']}{suffix}").exists() for suffix in (".md", ".html"))
    ]


def _carried_articles(earlier: dict[str, Any], carried: list[dict[str, Any]]) -> list[dict[str, Any]]:
    wanted = {a for story in carried for a in story.get("articles", [])}
    return [a for a in earlier.get("articles", []) if isinstance(a, dict) and a.get("id") in wanted]


def _carried_entry(story: dict[str, Any]) -> IndexEntry:
    summary = story.get("summary") or [{}]
    return IndexEntry(
        story["id"],
        str(story.get("headline", story["id"])),
        story.get("date"),
        str(story.get("dateline") or story.get("date") or "date unknown"),
        len(story.get("articles", [])),
        str(story.get("language", "")),
        str(summary[0].get("text", "")),
    )

