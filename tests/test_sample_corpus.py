"""The shipped sample corpus against its gold labels."""

from __future__ import annotations

import pytest

from newsfuse.evaluate import faithfulness_problem, load_gold, score_run
from newsfuse.pipeline import RunResult
from newsfuse.records import CitedSentence

from conftest import EXAMPLES

pytestmark = pytest.mark.slow


def test_gold_covers_the_corpus_requirements() -> None:
    gold = load_gold(EXAMPLES / "gold")
    assert len(gold) >= 40
    assert len({g.story for g in gold}) >= 8
    assert any("#2" in g.id for g in gold)
    assert sum(1 for g in gold if g.derived_from) >= 5


def test_sample_scores_reach_the_floors(sample_run: RunResult) -> None:
    report = score_run(load_gold(EXAMPLES / "gold"), sample_run.articles, sample_run.stories)
    assert not report.missing
    assert report.stories.precision >= 0.95
    assert report.stories.f1 >= 0.90
    assert report.lines.furniture.precision >= 0.97
    assert report.lines.furniture.recall >= 0.97
    assert report.lines.news_recall >= 0.99


def test_sample_summaries_are_faithful_and_short(sample_run: RunResult) -> None:
    assert not sample_run.problems
    languages = {s.language for s in sample_run.stories}
    assert {"fr", "en", "de", "es"} <= languages
    for story in sample_run.stories:
        summary = sample_run.summaries[story.id]
        assert summary.word_count <= 200
        members = {a.id: a for a in sample_run.story_articles(story)}
        for sentence in summary.sentences:
            assert faithfulness_problem(sentence, members) is None, sentence.text


def test_sample_summaries_do_not_repeat_a_quotation_in_other_words(sample_run: RunResult) -> None:
    import re

    from newsfuse.textnorm import words

    quoted = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"")

    def quotes(text: str) -> list[str]:
        return [" ".join(words(next(g for g in m.groups() if g))) for m in quoted.finditer(text)]

    repeats = 0
    for story in sample_run.stories:
        seen: list[str] = []
        for sentence in sample_run.summaries[story.id].sentences:
            mine = quotes(sentence.text)
            outside = len(words(quoted.sub(" ", sentence.text)))
            if mine and outside <= 12 and all(any(q in s for s in seen) for q in mine):
                repeats += 1
            seen += mine
    assert repeats == 0


def test_sample_summaries_state_a_fact_with_its_figures_once(sample_run: RunResult) -> None:
    import re

    def figures(text: str) -> set[str]:
        return {n for n in re.findall(r"\d+(?:[.,]\d+)*", text) if len(n) >= 2 and not re.fullmatch(r"(?:19|20)\d\d", n)}

    def as_sourced(sentence: CitedSentence) -> str:
        # Repairs write dates out ("10 April 2025"): compare what the sources said.
        text = sentence.text
        for repair in sentence.repairs:
            if repair.after:
                text = text.replace(repair.after, repair.before, 1)
        return text

    for story in sample_run.stories:
        sentences = [as_sourced(s) for s in sample_run.summaries[story.id].sentences]
        for i, a in enumerate(sentences):
            for b in sentences[i + 1 :]:
                assert len(figures(a) & figures(b)) < 2, (a, b)
