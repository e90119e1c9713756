"""Optional language-model pass through an OpenAI-compatible endpoint, kept only when it stays faithful.

The model is asked to tighten each sentence by deleting words only. Its output is kept when it gives one sentence
for each of ours and every one of them still aligns, words in order, to a cited source, with every quotation
exactly as the source has it. Otherwise the extractive article stands, and the summary's notes say why.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from newsfuse.evaluate import faithfulness_problem
from newsfuse.records import Article, CitedSentence, Summary
from newsfuse.settings import Settings

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“]*“")

_INSTRUCTIONS = (
    "You edit a news summary written in {language}. You receive a JSON array of sentences. Return only a JSON "
    "array with exactly one string per input sentence, in the same order. Make each sentence shorter and clearer by "
    "deleting words only: never add, replace or reorder words, never change names, numbers or dates, and copy every "
    "quotation (text between quote marks) character for character."
)


class RewriteError(Exception):
    """The endpoint could not be used or gave an answer in the wrong form."""


def request_rewrite(sentences: Sequence[str], language: str, settings: Settings) -> list[str]:
    """Ask the endpoint for one rewritten sentence per sentence."""
    if not settings.rewrite_endpoint:
        raise RewriteError("no endpoint is set")
    body = {
        "model": settings.rewrite_model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": _INSTRUCTIONS.format(language=language)},
            {"role": "user", "content": json.dumps(list(sentences), ensure_ascii=False)},
        ],
    }
    headers = {"Content-Type": "application/json"}
    if settings.rewrite_api_key:
        headers["Authorization"] = f"Bearer {settings.rewrite_api_key}"
    url = settings.rewrite_endpoint.rstrip("/") + "/chat/completions"
    request = urllib.request.Request(url, json.dumps(body).encode("utf-8"), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=settings.rewrite_timeout_s) as response:
            answer: Any = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError, json.JSONDecodeError) as err:
        raise RewriteError(f"endpoint {url} failed: {err}") from err
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as err:
        raise RewriteError("the answer is not an OpenAI-style chat completion") from err
    return _parse_sentences(str(content), len(sentences))


def _parse_sentences(content: str, expected: int) -> list[str]:
    # Models often wrap JSON in a code fence; take the outermost array.
    start, end = content.find("["), content.rfind("]")
    if start < 0 or end < start:
        raise RewriteError("the answer holds no JSON array")
    try:
        parsed = json.loads(content[start : end + 1])
    except json.JSONDecodeError as err:
        raise RewriteError(f"the answer's array is not valid JSON ({err})") from err
    if not isinstance(parsed, list) or not all(isinstance(s, str) for s in parsed):
        raise RewriteError("the answer is not an array of strings")
    if len(parsed) != expected:
        raise RewriteError(f"the answer has {len(parsed)} sentences for {expected}")
    return [" ".join(s.split()) for s in parsed]


def rewrite_problem(before: CitedSentence, after: str, articles: Mapping[str, Article]) -> str | None:
    """Why a rewritten sentence cannot replace ``before``, or None when it can."""
    if len(after.split()) < 3:
        return "empty or nearly empty"
    kept_repairs = tuple(r for r in before.repairs if not r.after or r.after in after)
    candidate = replace(before, text=after, repairs=kept_repairs)
    problem = faithfulness_problem(candidate, articles)
    if problem:
        return problem
    original_quotes = set(_QUOTED.findall(before.text))
    for quote in _QUOTED.findall(after):
        if quote not in original_quotes:
            return f"quotation altered: {quote}"
    for quote in original_quotes:
        if quote not in after and any(w in after for w in quote.strip('«»“”"„ ').split()[:3]):
            return f"quotation cut: {quote}"
    return None


def rewrite_summary(summary: Summary, articles: Sequence[Article], settings: Settings) -> Summary:
    """The summary rewritten by the endpoint when every sentence stays faithful; otherwise unchanged, with a note."""
    by_id = {a.id: a for a in articles}
    try:
        rewritten = request_rewrite([s.text for s in summary.sentences], summary.language, settings)
    except RewriteError as err:
        return replace(summary, notes=(*summary.notes, f"language-model rewrite not used: {err}"))
    sentences = []
    for k, (before, after) in enumerate(zip(summary.sentences, rewritten, strict=True), start=1):
        problem = rewrite_problem(before, after, by_id)
        if problem:
            note = f"language-model rewrite refused, the extractive text stands: sentence {k} {problem}"
            return replace(summary, notes=(*summary.notes, note))
        kept = tuple(r for r in before.repairs if not r.after or r.after in after)
        sentences.append(replace(before, text=after, repairs=kept))
    changed = sum(a.text != b.text for a, b in zip(sentences, summary.sentences, strict=True))
    note = f"language-model rewrite kept ({settings.rewrite_model}): {changed} of {len(sentences)} sentences shortened"
    return replace(summary, sentences=tuple(sentences), notes=(*summary.notes, note))
