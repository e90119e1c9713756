"""The optional language-model pass, against a small fake OpenAI-compatible endpoint on the loopback interface.

The fake endpoint answers each chat completion by editing the sentences it is sent in one of several ways (chosen by
the model name): deleting words only (faithful), inventing a word, altering a quotation, or answering in the wrong
form. Only the faithful edit may replace the extractive text. The articles are fictional text written for this test.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from newsfuse.evaluate import faithfulness_problem
from newsfuse.records import Article, CitedSentence, Repair, Sentence, Summary
from newsfuse.settings import Settings
from newsfuse.summarize import rewrite_summary


def _edit(sentence: str, behaviour: str) -> str:
    if behaviour == "trim":  # deletes a parenthesis and a clause: words only removed, in order
        sentence = re.sub(r"\s*\([^)]*\)", "", sentence)
        return re.sub(r", which [^,]*,", "", sentence)
    if behaviour == "invent":  # adds a word the sources never use
        return sentence.replace("opened", "inaugurated", 1)
    if behaviour == "misquote":  # deletes a word inside a quotation: still words in order, but not verbatim
        return sentence.replace("very proud", "proud", 1)
    return sentence


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        self.server.requests.append({"path": self.path, "body": body})  # type: ignore[attr-defined]
        behaviour = body["model"]
        sentences = json.loads(body["messages"][-1]["content"])
        if behaviour == "garbage":
            content = "Sure! Here is a better summary of the story."
        elif behaviour == "drop":
            content = json.dumps(sentences[:-1])
        else:
            content = "```json\n" + json.dumps([_edit(s, behaviour) for s in sentences]) + "\n```"
        answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
        data = json.dumps(answer).encode()
        self.send_response(200 if self.path.endswith("/chat/completions") else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@contextmanager
def fake_endpoint() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A chat-completions endpoint on 127.0.0.1 (a free port), stopped on exit; yields its URL and its requests."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def _article(aid: str, text: str) -> Article:
    sentences = tuple(Sentence(i, s, 0) for i, s in enumerate(re.split(r"(?<=\.)\s+", text)))
    return Article(aid, aid, text, outlet=f"Outlet {aid}", language="en", clean_text=text, sentences=sentences)


ARTICLES = [
    _article(
        "a1",
        "The mayor of Lindenfeld opened the new river bridge (the town's third) on Monday. "
        '"We are very proud of this bridge," said the mayor, who cut the ribbon.',
    ),
    _article("a2", "The bridge, which took four years to build, carries two tram lines across the Ister."),
]
SUMMARY = Summary(
    "s1",
    "Lindenfeld opens its third river bridge",
    "a1",
    (
        CitedSentence(
            "The mayor of Lindenfeld opened the new river bridge (the town's third) on Monday 3 March 2025.",
            ("a1",),
            1,
            (Repair("date", "Monday", "Monday 3 March 2025"),),
        ),
        CitedSentence('"We are very proud of this bridge," said the mayor, who cut the ribbon.', ("a1",), 1),
        CitedSentence(
            "The bridge, which took four years to build, carries two tram lines across the Ister.", ("a2",), 1
        ),
    ),
    "en",
    None,
)
# The date repair's words must be known to the sources for the faithfulness check, as the pipeline's evidence makes.
ARTICLES[0] = replace(ARTICLES[0], raw_text=ARTICLES[0].raw_text + " Monday 3 March 2025")


def _rewrite(model: str) -> tuple[Summary, list[dict[str, Any]]]:
    with fake_endpoint() as (url, requests):
        settings = replace(Settings(), rewrite_endpoint=url, rewrite_model=model, rewrite_timeout_s=5)
        return rewrite_summary(SUMMARY, ARTICLES, settings), requests


def test_faithful_rewrite_is_kept_and_still_aligns() -> None:
    result, requests = _rewrite("trim")
    assert requests and requests[0]["path"] == "/v1/chat/completions"
    assert requests[0]["body"]["temperature"] == 0
    texts = [s.text for s in result.sentences]
    assert texts[0] == "The mayor of Lindenfeld opened the new river bridge on Monday 3 March 2025."
    assert texts[2] == "The bridge carries two tram lines across the Ister."
    assert texts[1] == SUMMARY.sentences[1].text  # the quote is untouched
    assert any("rewrite kept" in n and "2 of 3" in n for n in result.notes)
    by_id = {a.id: a for a in ARTICLES}
    for sentence in result.sentences:
        assert faithfulness_problem(sentence, by_id) is None, sentence.text
    assert result.sentences[0].repairs == SUMMARY.sentences[0].repairs
    assert [s.sources for s in result.sentences] == [s.sources for s in SUMMARY.sentences]


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        ("invent", "do not appear, in order"),
        ("misquote", "quotation"),
        ("drop", "2 sentences for 3"),
        ("garbage", "no JSON array"),
    ],
)
def test_unfaithful_or_malformed_rewrite_leaves_the_extractive_text(model: str, reason: str) -> None:
    result, requests = _rewrite(model)
    assert requests, "the endpoint was called"
    assert [s.text for s in result.sentences] == [s.text for s in SUMMARY.sentences]
    assert any(reason in n for n in result.notes), result.notes


def test_unreachable_endpoint_leaves_the_extractive_text() -> None:
    with fake_endpoint() as (url, _):
        dead = url  # the server stops at the end of the block, so the port is closed afterwards
    settings = replace(Settings(), rewrite_endpoint=dead, rewrite_timeout_s=2)
    result = rewrite_summary(SUMMARY, ARTICLES, settings)
    assert result.sentences == SUMMARY.sentences
    assert any("not used" in n and "failed" in n for n in result.notes)


def test_rewrite_is_off_by_default() -> None:
    assert Settings().rewrite_endpoint is None
