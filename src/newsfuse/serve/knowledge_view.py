"""The knowledge of a story as people and programs read it: JSON, Markdown and HTML sections of the story page."""

from __future__ import annotations

import html
from typing import Any

from newsfuse.records import Fact, Quote, QuoteSource, StoryKnowledge


def counted(n: int, noun: str) -> str:
    """A count with its noun, singular for one ("1 source", "4 sources")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_CSS = """
.chips span{display:inline-block;margin:.15rem;padding:.1rem .5rem;border-radius:1rem;font-size:.85rem;background:#eef}
.chips span.PER{background:#e8f4ea}.chips span.ORG{background:#f4eee8}.chips span.LOC{background:#e8eef4}
table.facts{border-collapse:collapse;font-size:.9rem}table.facts td,table.facts th{border:1px solid #ccc;padding:.2rem .5rem}
tr.disputed{background:#fff1c2}blockquote{margin:.6rem 0 .2rem 1rem;font-style:italic}.who{font-size:.85rem;color:#555}
"""
CSS = _CSS


def _flag(f: Fact, bold: bool = False) -> str:
    """What the facts table says of a fact: a toll revised by later reports, or sources that disagree."""
    if not f.disputed:
        return ""
    text = "revised in later reports" if f.revised else "sources disagree"
    return f"**{text}**" if bold else text


def _fact_json(f: Fact) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "what": f.what,
        "unit": f.unit,
        "disputed": f.disputed,
        "revised": f.revised,
        "values": [
            {"value": v.value, "articles": list(v.articles), "as_written": list(v.expressions)} for v in f.values
        ],
    }


def knowledge_json(k: StoryKnowledge) -> dict[str, Any]:
    """The ``knowledge`` object of a story in stories.json (documented in the README)."""
    return {
        "entity_scope": k.entity_scope,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "forms": list(e.forms),
                "articles": list(e.articles),
                "mentions": e.mentions,
                "grouping": list(e.grouping),
            }
            for e in k.entities
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "speaker_entity": q.speaker_entity,
                "articles": list(q.articles),
                "sources": [
                    {
                        "article": s.article,
                        "sentence": s.sentence,
                        "text": s.text,
                        "speaker": s.speaker,
                        "speaker_entity": s.speaker_entity,
                        "attribution": s.attribution,
                        "retold": s.retold,
                    }
                    for s in q.sources
                ],
            }
            for q in k.quotes
        ],
        "facts": [_fact_json(f) for f in k.facts],
        "disagreements": [_fact_json(f) for f in k.disagreements],
        "date": k.story_date.isoformat() if k.story_date else None,
        "date_basis": k.story_date_basis,
        "article_dates": [
            {
                "article": d.article,
                "anchor": d.anchor.isoformat() if d.anchor else None,
                "anchor_basis": d.anchor_basis,
                "event_date": d.event_date.isoformat() if d.event_date else None,
                "mentions": [
                    {"expression": m.expression, "value": m.value.isoformat(), "basis": m.basis, "grain": m.grain}
                    for m in d.mentions
                ],
            }
            for d in k.dates
        ],
        "first_seen": k.first_seen,
        "last_seen": k.last_seen,
        "timeline": [
            {
                "article": t.article,
                "seen": t.seen,
                "outlet": t.outlet,
                "new_entities": list(t.new_entities),
                "new_quotes": list(t.new_quotes),
                "new_numbers": list(t.new_numbers),
            }
            for t in k.timeline
        ],
    }


def _values(f: Fact, numbers: dict[str, int]) -> str:
    return "; ".join(f"{v.value} [{', '.join(str(numbers.get(a, a)) for a in v.articles)}]" for v in f.values)


def _unique(q: Quote, retold: bool) -> list[QuoteSource]:
    """The quote's sources of one kind (quoting or retelling), one per article."""
    return list({s.article: s for s in q.sources if s.retold == retold}.values())


def knowledge_markdown(k: StoryKnowledge, numbers: dict[str, int]) -> list[str]:
    """Markdown sections: people and places, quotes, facts (disagreements marked), timeline."""
    names = {e.id: e.name for e in k.entities}
    lines = ["", "## People, organisations and places", ""]
    for kind, label in (("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")):
        group = [e for e in k.entities if e.type == kind]
        if group:
            lines.append(f"- {label}: " + ", ".join(f"{e.name} ({len(e.articles)})" for e in group))
    if k.quotes:
        lines += ["", "## Quotes", ""]
        for q in k.quotes:
            refs = "".join(f"[{numbers.get(s.article, s.article)}]" for s in _unique(q, retold=False))
            again = "".join(f"[{numbers.get(s.article, s.article)}]" for s in _unique(q, retold=True))
            lines.append(
                f"- “{q.text}” — {q.speaker or 'speaker not named'} {refs}" + (f", retold in {again}" if again else "")
            )
    if k.facts:
        lines += ["", "## Facts", "", "| fact | values [sources] | |", "|---|---|---|"]
        for f in k.facts:
            flag = _flag(f, bold=True)
            lines.append(f"| {f.kind}: {f.what} | {_values(f, numbers)} | {flag} |")
    lines += ["", "## Timeline", ""]
    for t in k.timeline:
        added = [counted(len(t.new_entities), "new name") if t.new_entities else ""]
        added += [counted(len(t.new_quotes), "new quote") if t.new_quotes else ""]
        added += [f"figures {', '.join(t.new_numbers[:4])}" if t.new_numbers else ""]
        named = ", ".join(names[e] for e in t.new_entities[:5])
        lines.append(
            f"- {_when(t.seen)} [{numbers.get(t.article, t.article)}] {t.outlet or 'unknown outlet'}: "
            + ("; ".join(a for a in added if a) or "nothing new")
            + (f" ({named})" if named else "")
        )
    lines += ["", f"*Story date {k.story_date or 'unknown'}: {k.story_date_basis}.*"]
    return lines


def _when(seen: str | None) -> str:
    """A timeline time as a reader takes it in: "2025-03-15 16:05" (stories.json keeps the ISO form)."""
    if not seen:
        return "undated"
    day, _, clock = seen.partition("T")
    return f"{day} {clock[:5]}" if clock else day


def knowledge_html(k: StoryKnowledge, numbers: dict[str, int]) -> str:
    """HTML sections: entity chips, quotes with speakers and sources, facts table with disagreements, timeline."""
    e = html.escape
    names = {x.id: x.name for x in k.entities}
    chips = "".join(
        f'<span class="{x.type}" title="{e(x.type + ": " + " / ".join(x.forms))}">{e(x.name)}</span>'
        for x in k.entities
    )
    parts = [f'<h2>People, organisations and places</h2><div class="chips">{chips}</div>']
    if k.quotes:
        parts.append("<h2>Quotes</h2>")
        for q in k.quotes:
            refs, again = (
                "".join(
                    f'<a href="#src-{numbers.get(s.article, s.article)}">[{numbers.get(s.article, s.article)}]</a>'
                    for s in _unique(q, retold=flag)
                )
                for flag in (False, True)
            )
            parts.append(
                f'<blockquote>“{e(q.text)}”</blockquote><div class="who">— {e(q.speaker or "speaker not named")} {refs}'
                + (f", retold in {again}" if again else "")
                + "</div>"
            )
    if k.facts:
        rows = "".join(
            f'<tr class="{"disputed" if f.disputed else ""}"><td>{e(f.kind)}: {e(f.what)}</td><td>{e(_values(f, numbers))}</td>'
            f"<td>{_flag(f)}</td></tr>"
            for f in k.facts
        )
        parts.append(
            f'<h2>Facts</h2><table class="facts"><tr><th>fact</th><th>values [sources]</th><th></th></tr>{rows}</table>'
        )
    items = []
    for t in k.timeline:
        added = ", ".join(names[x] for x in t.new_entities[:6])
        bits = [
            counted(len(t.new_quotes), "new quote") if t.new_quotes else "",
            f"figures {', '.join(t.new_numbers[:4])}" if t.new_numbers else "",
        ]
        items.append(
            f'<li>{e(_when(t.seen))} <a href="#src-{numbers.get(t.article, t.article)}">[{numbers.get(t.article, t.article)}]</a> '
            f"{e(t.outlet or 'unknown outlet')}: {e('; '.join(b for b in bits if b) or 'no new quotes or figures')}"
            + (f"; new names: {e(added)}" if added else "")
            + "</li>"
        )
    parts.append(f"<h2>Timeline</h2><ul>{''.join(items)}</ul>")
    parts.append(f'<p class="meta">Story date {e(str(k.story_date or "unknown"))}: {e(k.story_date_basis)}.</p>')
    return "".join(parts)
