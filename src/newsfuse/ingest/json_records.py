"""JSON records: JSON Lines (one article per line) and JSON files (an array of articles, or one); each record's
failure is reported on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from newsfuse.errors import InputError
from newsfuse.ingest.decoding import repair_text
from newsfuse.ingest.html import extract_html, parse_datetime
from newsfuse.records import Article, Problem

_HINT = 'Each line must be a JSON object with "id" and "text" or "html" (see the README, "Input formats").'
_FILE_HINT = (
    'A .json file holds one article object or an array of them, each with "id" and "text" or "html"; for one object '
    "per line, name the file .jsonl (see the README, \"Input formats\")."
)


def read_jsonl(text: str, source: str, max_bytes: int) -> Iterator[Article | Problem]:
    """Yield an Article for each good line and a Problem for each bad one."""
    if text.lstrip().startswith("["):
        # A pretty-printed array saved as .jsonl: read it whole rather than report every line as broken.
        try:
            records = json.loads(text)
        except json.JSONDecodeError:
            records = None
        if isinstance(records, list):
            yield from _read_array(records, source, "jsonl")
            return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _record_to_article(_parse_line(line, where, max_bytes), where, _HINT, "jsonl")
        except InputError as err:
            yield Problem(err.source, err.problem, err.hint)


def read_json(text: str, source: str) -> Iterator[Article | Problem]:
    """Yield the articles of a JSON file holding an array of records or one record, a Problem for each bad one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Problem(source, f"malformed JSON ({err.msg} at line {err.lineno}, column {err.colno})", _FILE_HINT)
        return
    if isinstance(data, list):
        yield from _read_array(data, source, "json")
    elif isinstance(data, dict):
        try:
            yield _record_to_article(data, source, _FILE_HINT, "json")
        except InputError as err:
            yield Problem(err.source, err.problem, err.hint)
    else:
        yield Problem(source, "the file is JSON but neither an object nor an array", _FILE_HINT)


def _read_array(records: list[object], source: str, given: str) -> Iterator[Article | Problem]:
    # The whole file is within the size limit already, so its records are too.
    if not records:
        yield Problem(source, "the JSON array is empty", _FILE_HINT)
    for index, record in enumerate(records):
        where = f"{source}[{index}]"
        if not isinstance(record, dict):
            yield Problem(where, "the array item is not an object", _FILE_HINT)
            continue
        try:
            yield _record_to_article(record, where, _FILE_HINT, given)
        except InputError as err:
            yield Problem(err.source, err.problem, err.hint)


def _parse_line(line: str, where: str, max_bytes: int) -> dict[str, object]:
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
    return record


def _record_to_article(record: dict[str, object], where: str, hint: str, given: str) -> Article:
    """The article of one record; ``given`` names the format in its provenance ("jsonl", "json")."""
    article_id = str(record.get("id") or "").strip()
    if not article_id:
        raise InputError(where, 'the record has no "id"', hint)
    where = f"{where} (id {article_id})"
    # JSON escapes ("\\u0097") reach the parsed strings without the file-level repair: repair them here.
    text, html = (_repaired(record.get(key)) for key in ("text", "html"))
    given_url = record.get("url")
    url = given_url.strip() or None if isinstance(given_url, str) else None
    if isinstance(html, str) and html.strip() and not (isinstance(text, str) and text.strip()):
        article = extract_html(html, article_id, where, url=url)
    elif isinstance(text, str) and text.strip():
        article = Article(id=article_id, source=where, raw_text=text.replace("\r\n", "\n"), url=url)
    else:
        raise InputError(where, 'the record has no non-empty "text" or "html"', hint)
    provenance = dict(article.provenance)
    updates: dict[str, object] = {}
    for key in ("title", "outlet", "language"):
        value = _repaired(record.get(key))
        if isinstance(value, str) and value.strip():
            updates[key] = value.strip()
            provenance[key] = given
    published = record.get("published")
    if published:
        parsed = parse_datetime(str(published))
        if parsed is None:
            raise InputError(
                where, f'"published" is not an ISO 8601 date: {published!r}', "Use e.g. 2025-03-04T07:30:00+01:00."
            )
        updates["published"] = parsed
        provenance["published"] = given
    return replace(article, provenance=provenance, **updates)  # type: ignore[arg-type]


def _repaired(value: object) -> object:
    """A string field with its mojibake repaired; anything else as it is."""
    return repair_text(value) if isinstance(value, str) else value
