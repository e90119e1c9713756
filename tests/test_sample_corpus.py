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


def test_sample_summaries_do_not_restate_a_sentence_another_holds(sample_run: RunResult) -> None:
    from newsfuse.textnorm import words

    def stems(text: str) -> set[str]:
        return {w.split("'")[-1][:5] for w in words(text) if len(w.split("'")[-1]) >= 4}

    # "L'autocar appartenait à la société lyonnaise Autocars Bellevaux." beside the sentence that names the company
    # and says where the coach was going: four fifths of its words, nothing new.
    for story in sample_run.stories:
        sentences = [s.text for s in sample_run.summaries[story.id].sentences]
        for a in sentences:
            for b in sentences:
                short = stems(a)
                if a is not b and len(short) >= 3 and len(short) < len(stems(b)):
                    assert len(short & stems(b)) < 0.8 * len(short), (a, b)


def test_sample_sources_that_count_differently_are_not_cited_for_a_figure(sample_run: RunResult) -> None:
    import re

    from newsfuse.evaluate.knowledge import load_knowledge_gold

    spelled = {"sept": "7", "huit": "8", "quatorze": "14", "dix-sept": "17", "seven": "7", "eight": "8", "sieben": "7"}

    def values(text: str) -> set[str]:
        found = set(re.findall(r"\b\d+\b", text))
        return found | {v for w, v in spelled.items() if re.search(rf"(?<![\w-]){w}(?![\w-])", text.lower())}

    _, disagreements = load_knowledge_gold(EXAMPLES / "gold")
    story_of = {a: s.id for s in sample_run.stories for a in s.article_ids}
    checked = variants = 0
    for planted in disagreements:
        items = {item: v["value"] for v in planted["values"] for item in v["items"]}
        stories = {story_of[i] for i in items if i in story_of}
        assert len(stories) == 1, planted
        summary = sample_run.summaries[stories.pop()]
        given: set[str] = set()
        for sentence in summary.sentences:
            mine = values(sentence.text) & set(items.values())
            given |= mine
            if not mine:
                continue
            checked += 1
            # A source is cited for a figure only if it gives that figure.
            assert all(items.get(a, next(iter(mine))) in mine for a in sentence.sources), (sentence.text, planted)
            for v in sentence.variants:
                variants += 1
                assert items[v.article] not in mine, (sentence.text, v)
        # The headline takes no side the article does not: it gives none of the figures the article left aside.
        assert not (values(summary.headline) & set(items.values())) - given, (summary.headline, planted)
    assert checked >= 2 and variants >= 1


def test_sample_summaries_give_a_deadline_or_a_next_step_once(sample_run: RunResult) -> None:
    from newsfuse.temporal import find_mentions

    for story in sample_run.stories:
        seen: dict[tuple[int, int], str] = {}
        for sentence in sample_run.summaries[story.id].sentences:
            for mention in find_mentions(sentence.text):
                day = mention.value
                if day is None or mention.kind not in ("absolute", "day-month"):
                    continue
                if story.date and (day.month, day.day) == (story.date.month, story.date.day):
                    continue  # the story's own day recurs, written out by the date repairs
                assert (day.month, day.day) not in seen, (seen[(day.month, day.day)], sentence.text)
                seen[(day.month, day.day)] = sentence.text


def test_sample_summaries_give_a_person_s_age_once(sample_run: RunResult) -> None:
    import re

    age = re.compile(r"\b(\d{1,3})(?:-year-old| ans\b| años\b| anni\b|-Jährige)")
    for story in sample_run.stories:
        ages = [a for s in sample_run.summaries[story.id].sentences for a in age.findall(s.text)]
        assert len(ages) == len(set(ages)), (story.id, ages)


def test_the_summarizer_reuses_the_alignment_vectors_and_encodes_only_new_texts() -> None:
    import numpy as np

    from newsfuse.embeddings import Encoder, shared_encoder
    from newsfuse.pipeline import _KnownVectors

    class Counting(Encoder):
        """The real encoder, counting the texts it is asked to encode."""

        def __init__(self) -> None:
            super().__init__()
            self.asked = 0

        def encode(self, texts, languages=None):  # type: ignore[no-untyped-def]
            """The shared encoder's vectors."""
            self.asked += len(texts)
            return shared_encoder().encode(texts, languages)

    known = ["The ferry left Baltholm at noon.", "Färjan lämnade Baltholm vid lunch.", "Le bac est parti à midi."]
    languages: list[str | None] = ["en", "sv", "fr"]
    real = Counting()
    reuse = _KnownVectors(real, known, shared_encoder().encode(known, languages), languages)
    asked = [known[2], "A new sentence about the harbour.", known[1], known[0]]
    vectors = reuse.encode(asked, ["fr", "en", "sv", "en"])
    assert real.asked == 1  # only the new sentence went to the model
    expected = shared_encoder().encode(asked, ["fr", "en", "sv", "en"])
    assert np.allclose(vectors, expected, atol=1e-5)
    # The same Swedish words asked for as English are another vector (the model's, not the lexical one).
    reuse.encode([known[1]], "en")
    assert real.asked == 2
