"""JSON Lines: one article per line, each line's failure reported on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from newsfuse.errors import InputError
from newsfuse.ingest.decoding import repair_text
from newsfuse.ingest.html import extract_html, parse_datetime
from newsfuse.records import Article, Problem

_HINT = 'Each line must be a JSON object with "id" and "text" or "html" (see the README, "Input formats").'


def read_jsonl(text: str, source: str, max_bytes: int) -> Iterator[Article | Problem]:
    """Yield an Article for each good line and a Problem for each bad one."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _record_to_article(line, where, max_bytes)
        except InputError as err:
            yield Problem(err.source, err.problem, err.hint)


def _record_to_article(line: str, where: str, max_bytes: int) -> Article:
    if len(line.encode("utf-8")) > max_bytes:
        raise InputError(
            where, f"record is larger than {max_bytes / 1e6:.0f} MB", "Split the article or raise --max-input-mb."
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"malformed JSON ({err.msg} at column {err.colno})", _HINT) from None
    if not isinstance(record, dict):
        raise InputError(where, "the line is JSON but not an object", _HINT)
    article_id = str(record.get("id") or "").strip()
    if not article_id:
        raise InputError(where, 'the record has no "id"', _HINT)
    where = f"{where} (id {article_id})"
    # JSON escapes ("\\u0097") reach the parsed strings without the file-level repair: repair them here.
    text, html = (_repaired(record.get(key)) for key in ("text", "html"))
    url = record.get("url") or None
    if isinstance(html, str) and html.strip() and not (isinstance(text, str) and text.strip()):
        article = extract_html(html, article_id, where, url=url)
    elif isinstance(text, str) and text.strip():
        article = Article(id=article_id, source=where, raw_text=text.replace("\r\n", "\n"), url=url)
    else:
        raise InputError(where, 'the record has no non-empty "text" or "html"', _HINT)
    provenance = dict(article.provenance)
    updates: dict[str, object] = {}
    for key in ("title", "outlet", "language"):
        value = _repaired(record.get(key))
        if isinstance(value, str) and value.strip():
            updates[key] = value.strip()
            provenance[key] = "jsonl"
    published = record.get("published")
    if published:
        parsed = parse_datetime(str(published))
        if parsed is None:
            raise InputError(
                where, f'"published" is not an ISO 8601 date: {published!r}', "Use e.g. 2025-03-04T07:30:00+01:00."
            )
        updates["published"] = parsed
        provenance["published"] = "jsonl"
    return replace(article, provenance=provenance, **updates)  # type: ignore[arg-type]


def _repaired(value: object) -> object:
    """A string field with its mojibake repaired; anything else as it is."""
    return repair_text(value) if isinstance(value, str) else value
