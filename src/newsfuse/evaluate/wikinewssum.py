"""WikinewsSum clusters (Calizzano et al., LREC 2022) as raw articles and cleaned reference summaries."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from newsfuse.ingest import repair_text
from newsfuse.records import Article

CLEANED_FILE = "cleaned_endataset.json"
MARKUP_FILE = "endataset.json"

# [[File:...|thumb|left|caption]] or [[Image:...]]: the caption is the last field, which may hold links itself.
_FILE_LINK = re.compile(r"\[\[(?:File|Image):((?:[^\[\]]|\[\[[^\]]*\]\])*)\]\]", re.I)
_INNER_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_EMPTY_PARENS = re.compile(r"\(\s*[,;]?\s*\)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_REPEATED_COMMAS = re.compile(r",(\s*,)+")


@dataclass(frozen=True)
class Cluster:
    """One Wikinews article (the reference) and the sources it cites, as raw articles for the pipeline."""

    index: int
    title: str
    reference: str
    sources: tuple[Article, ...]


def _last_field(inner: str) -> str:
    """The text after the last "|" that is not inside a nested [[link]]."""
    depth, start = 0, 0
    for i, ch in enumerate(inner):
        if inner.startswith("[[", i):
            depth += 1
        elif inner.startswith("]]", i):
            depth -= 1
        elif ch == "|" and depth == 0:
            start = i + 1
    return inner[start:]


def captions(markup: str) -> list[str]:
    """The image captions of a Wikinews page, as the cleaned text renders them (links replaced by their label)."""
    found = (_INNER_LINK.sub(r"\1", _last_field(m.group(1))).strip() for m in _FILE_LINK.finditer(markup))
    return [c for c in found if c]


def clean_reference(text: str, page_captions: Sequence[str] = ()) -> str:
    """Remove wiki-markup leftovers from a cleaned reference: captions, '' marks, empty parentheses, stray spaces."""
    lines = []
    for line in text.split("\n"):
        line = line.replace("''", "")
        line = _EMPTY_PARENS.sub("", line)
        line = _REPEATED_COMMAS.sub(",", line)
        line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
        line = re.sub(r"\s+", " ", line).strip(" ,;:-–—")
        if not line or line in {"(...)", "..."} or any(line == c.replace("''", "").strip() for c in page_captions):
            continue
        lines.append(line)
    return "\n".join(lines)


def _outlet(url: str) -> str | None:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.") or None


def load_clusters(folder: Path) -> list[Cluster]:
    """Every cluster of a WikinewsSum folder, with references cleaned the same way for every system."""
    cleaned = [json.loads(line) for line in (folder / CLEANED_FILE).read_text(encoding="utf-8").splitlines() if line]
    markup_path = folder / MARKUP_FILE
    markup = (
        [json.loads(line) for line in markup_path.read_text(encoding="utf-8").splitlines() if line]
        if markup_path.exists()
        else []
    )
    clusters = []
    for i, row in enumerate(cleaned):
        page = markup[i] if i < len(markup) and markup[i].get("title") == row["title"] else None
        page_text = "\n".join(page["text"]) if page and isinstance(page["text"], list) else ""
        sources = tuple(
            Article(
                id=f"w{i:03d}-{j}",
                source=src.get("url") or f"{folder.name}:{i}:{j}",
                # The same repair as a JSON Lines input gets: some sources hold Windows-1252 controls ("\x91").
                raw_text=repair_text(src["maintext"]),
                outlet=_outlet(src.get("url") or ""),
                title=repair_text(src.get("title") or "").strip() or None,
                language=src.get("language") or None,
                url=src.get("url") or None,
                provenance={"outlet": "url", "title": "dataset", "language": "dataset"},
            )
            for j, src in enumerate(row["sources"])
            if (src.get("maintext") or "").strip()
        )
        clusters.append(Cluster(i, row["title"], clean_reference(row["text"], captions(page_text)), sources))
    return clusters
