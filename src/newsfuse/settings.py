"""All tunables in one place, with their documented defaults."""

from __future__ import annotations

from dataclasses import dataclass

# Languages the pipeline handles end to end (cleaning cues, dates, embeddings).
DEFAULT_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "pl", "sv", "no", "da")


@dataclass(frozen=True)
class Settings:
    """Tunables of every stage. Defaults are calibrated on the seeds and the sample corpus (docs/decisions.md)."""

    # ingest
    max_input_bytes: int = 20_000_000  # a single file or JSON Lines record larger than this is rejected
    languages: tuple[str, ...] = DEFAULT_LANGUAGES

    # clean
    min_language_confidence: float = 0.5  # below this, the language of a short text is taken as unknown
    near_duplicate_line_ratio: float = 0.85  # character similarity above which a line repeats another
    outlet_recurrence_min_articles: int = 3  # a short line seen in this many articles of one outlet is furniture

    # copies
    shingle_size: int = 5  # words per shingle for article overlap
    sentence_match_containment: float = 0.7  # token containment for two sentences to carry the same content

    # stories
    # An article joins the active story holding its best-matching article when the weighted score reaches the
    # threshold: weights x similarities (embedding, keywords, names, copied text) minus a publication-time decay.
    # Calibrated by bench/calibrate_stories.py on the calibration halves of WikinewsSum and the French headlines, the
    # sample corpus and the seeds (docs/decisions.md, docs/benchmarks.md).
    story_join_threshold: float = 0.55
    story_merge_threshold: float = 0.55  # an article scoring this high with a second story merges the two
    max_event_gap_days: int = 1  # articles whose event dates differ by more never share a story
    weight_embedding: float = 0.6  # cosine of multilingual embeddings of title, lead and body
    weight_keywords: float = 0.5  # TF-IDF cosine of content words, same language
    crosslingual_keywords: float = 1.0  # across languages keywords cannot match: this x the embedding cosine stands in
    weight_copy: float = 0.6  # shingle containment: shared copied text
    weight_names: float = 0.1  # overlap of names and numbers, which survive translation
    names_floor: int = 4  # name overlap is shared names over the smaller set, but over no fewer than this many
    weight_time: float = 0.1  # the most publication-time distance can take off the score...
    time_decay_hours: float = 3.0  # ...approached as 1 - exp(-hours apart / this)
    story_embedding_words: int = 150  # the embedded text: title, then lead and body up to about this many words
    story_window_days: float = 3.0  # blocking: only articles this close in time are candidates
    story_undated_window_days: float = 60.0  # an article of unknown time looks back this far from the stream clock
    story_neighbours: int = 30  # nearest stored articles (by embedding) whose stories are scored

    # summarize
    summary_words: int = 180  # target length of the story article (WikinewsSum French average is 176)
    summary_max_words: int = 200  # hard ceiling
    redundancy_penalty: float = 0.7  # MMR weight of similarity to already chosen sentences

    # progress
    progress_min_items: int = 20  # show a progress bar only for inputs at least this long
