"""RSS and Atom feeds: each item (or entry) with its text becomes an article; an item without text is a Problem."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from newsfuse.errors import InputError
from newsfuse.ingest.decoding import repair_text
from newsfuse.ingest.html import parse_datetime
from newsfuse.records import Article, Problem

# Tags that end a line of text in an item's HTML.
_BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption", "section"}
_SKIPPED = {"script", "style"}
_NO_TEXT_HINT = "The feed gives titles only: fetch the linked pages and read them as HTML."


class _FragmentText(HTMLParser):
    """The text of an HTML fragment, a line per block, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block on a new line; enter a script or style."""
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """End a block's line; leave a script or style."""
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text outside scripts and styles."""
        if not self.skipping:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Plain text of an item's HTML (or of plain text), one line per paragraph."""
    parser = _FragmentText()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def is_feed(text: str) -> bool:
    """True when the text is an RSS (0.9x, 1.0, 2.0) or Atom document."""
    head = text.lstrip()[:1000].lower()
    return "<rss" in head or "<rdf:rdf" in head or re.search(r"<feed[\s>]", head) is not None


def _local(tag: str) -> str:
    """A tag's name without its namespace: "{http://www.w3.org/2005/Atom}entry" is "entry"."""
    return tag.rsplit("}", 1)[-1].lower()


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    """The first child whose local name is one of ``names``, in the order of ``names``."""
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _atom_content(element: ET.Element | None) -> str:
    """An Atom text construct as HTML: xhtml content is serialised, html and text are taken as they are."""
    if element is None:
        return ""
    if element.get("type") == "xhtml":
        return "".join(ET.tostring(child, encoding="unicode") for child in element)
    return element.text or ""


def _published(value: str) -> datetime | None:
    """An RSS date (RFC 822: "Mon, 21 Dec 2015 14:05:00 +0100") or an Atom or Dublin Core one (ISO 8601)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return parse_datetime(value)


def _link(item: ET.Element) -> str | None:
    """The item's page: RSS <link>, or the Atom link that is the alternate (or has no rel)."""
    for child in item:
        if _local(child.tag) != "link":
            continue
        if child.get("href"):
            if child.get("rel", "alternate") == "alternate":
                return child.get("href")
        elif (child.text or "").strip():
            return (child.text or "").strip()
    return None


def read_feed(text: str, source: str, stem: str) -> Iterator[Article | Problem]:
    """Yield an Article for each item of an RSS or Atom feed that has text, and a Problem for each that has none.

    An item's id is the file's stem and a hash of its guid (or link, or title), so the same item read again from a
    later copy of the feed keeps its id and a store does not take it twice.
    """
    if not is_feed(text):
        raise InputError(
            source, "the XML file is not an RSS or Atom feed", "Give feeds, HTML pages, text or JSON Lines."
        )
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        raise InputError(
            source, f"the feed is not well-formed XML ({err})", "Check the file is a whole RSS or Atom feed."
        ) from None
    channel = _child(root, "channel") if _local(root.tag) in ("rss", "rdf") else root
    if channel is None:
        raise InputError(source, "the RSS document has no <channel>", "Check the file is a whole RSS or Atom feed.")
    outlet = repair_text(_text(_child(channel, "title"))) or None
    stated = _text(_child(channel, "language")) or root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    language = stated.split("-")[0].lower() or None  # "fr-FR" is French; cleaning checks it against the text
    items = [e for e in (channel if _local(root.tag) != "rdf" else root) if _local(e.tag) in ("item", "entry")]
    if not items:
        raise InputError(source, "the feed holds no item", "Check the feed is not empty.")
    for position, item in enumerate(items, start=1):
        title = repair_text(_text(_child(item, "title"))) or None
        link = _link(item)
        key = _text(_child(item, "guid", "id")) or link or title or str(position)
        article_id = f"{stem}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"
        where = f"{source} (item {position}: {article_id})"
        # The full text when the feed carries it (content:encoded, Atom content), else the description or summary.
        body = (
            _text(_child(item, "encoded"))
            or _atom_content(_child(item, "content"))
            or _atom_content(_child(item, "description", "summary"))
        )
        body_text = repair_text(fragment_text(body))
        if not body_text.strip():
            yield Problem(where, "the feed item has no text", _NO_TEXT_HINT)
            continue
        provenance = {"title": "feed"} if title else {}
        published = _published(_text(_child(item, "pubdate", "published", "date", "updated", "issued")))
        if published is not None:
            provenance["published"] = "feed"
        if outlet:
            provenance["outlet"] = "feed (channel title)"
        if language:
            provenance["language"] = "feed"
        yield Article(
            id=article_id,
            source=where,
            raw_text=body_text,
            outlet=outlet,
            title=title,
            published=published,
            language=language,
            url=link,
            provenance=provenance,
        )
