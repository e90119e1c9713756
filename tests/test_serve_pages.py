"""How the pages name their sources. All text here is fictional, written for these tests."""

from __future__ import annotations

from dataclasses import replace

from newsfuse.records import Article
from newsfuse.serve.pages import source_label

OPENING = "The harbour council of Nordhaven approved the new ferry line on Tuesday after two years of talks with the operators."


def test_a_source_is_named_by_its_title_else_by_its_opening_words() -> None:
    article = Article.from_sentences("nordhaven-01", [OPENING], source="nordhaven-01.txt", outlet="Nordhaven Post")
    assert source_label(replace(article, title="Ferry line approved")) == "Ferry line approved"
    assert source_label(article) == "The harbour council of Nordhaven approved the new ferry line on Tuesday …"
    assert source_label(replace(article, sentences=())) == "nordhaven-01"
