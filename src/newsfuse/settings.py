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
    # A stated language (a JSON Lines field, an HTML lang attribute) is replaced when the text reads as another
    # supported language at this probability: feeds mislabel pages ("no" on an English page).
    language_override_confidence: float = 0.95
    # A news line of this many words or more that reads as another language than the article's at this probability
    # is removed (a translation on a bilingual page); see docs/decisions.md.
    other_language_min_words: int = 8
    other_language_confidence: float = 0.9
    near_duplicate_line_ratio: float = 0.85  # character similarity above which a line repeats another
    outlet_recurrence_min_articles: int = 3  # a short line seen in this many articles of one outlet is furniture
    min_item_words: int = 25  # each item of a page cut at "Publié" markers or brief headlines holds this many words

    # copies
    shingle_size: int = 5  # words per shingle for article overlap
    sentence_match_containment: float = 0.7  # token containment for two sentences to carry the same content
    unit_min_content_words: int = 3  # a clause needs this many content words to be matched on its own (quotes: 2)
    # Embedding cosine above which two sentences of different articles are paraphrases (also across languages).
    # STACK.md measured 0.79-0.85 for French-English translations and at most 0.23 for unrelated pairs.
    paraphrase_threshold: float = 0.78
    # Near-duplicate articles (MinHash + LSH over word shingles)
    near_duplicate_threshold: float = 0.4  # shingle Jaccard from which two articles are near-duplicates (rewrites)
    minhash_permutations: int = 128  # signature length: the estimate's standard error is about 0.5/sqrt(128) = 0.04
    minhash_seed: int = 42
    near_duplicate_window: int = 20_000  # most recent articles the index remembers; older ones are forgotten
    minhash_workers: int = 1  # processes computing signatures for large batches (2 uses both cores of CI)

    # stories
    # An article joins the active story holding its best-matching article when the weighted score reaches the
    # threshold: weights x similarities (embedding, keywords, names, copied text) minus a publication-time decay.
    # Calibrated by bench/calibrate_stories.py on the calibration halves of WikinewsSum and the French headlines, the
    # sample corpus and the seeds (docs/decisions.md, docs/benchmarks.md).
    story_join_threshold: float = 0.55
    story_merge_threshold: float = 0.55  # an article scoring this high with a second story merges the two
    # Articles whose event dates differ by more never share a story. Two days, not one: reports of one event run
    # over days ("a day on"), and a source may date it a day off (the sample corpus plants such a disagreement).
    max_event_gap_days: int = 2
    weight_embedding: float = 0.6  # cosine of multilingual embeddings of title, lead and body
    weight_keywords: float = 0.5  # TF-IDF cosine of content words, same language
    crosslingual_keywords: float = 1.0  # across languages keywords cannot match: this x the embedding cosine stands in
    # ... scaled down when the pair shares fewer names (numbers left out) than this: names survive translation, and
    # two events told alike in two languages share none. Any value from 0.1 to 0.4 left the calibration sets unchanged.
    crosslingual_names: float = 0.1
    weight_copy: float = 0.6  # shingle containment: shared copied text
    weight_names: float = 0.1  # overlap of names and numbers, which survive translation
    # ... and this instead when either article is in a language the embedding model never saw (sv, no, da): its
    # vector is lexical, so two wordings of one event score low, and the names they share say more. The calibration
    # sets and both WikinewsSum folds do not move from 0.1 to 1.25; 1.0 is the least that joins the Nordic reports of
    # one event in held-out batches 10, 12, 15, 18 and 20, and no value up to 1.25 joins two events there
    # (docs/decisions.md).
    weight_names_lexical: float = 1.0
    names_floor: int = 4  # name overlap is shared names over the smaller set, but over no fewer than this many
    weight_time: float = 0.1  # the most publication-time distance can take off the score...
    time_decay_hours: float = 3.0  # ...approached as 1 - exp(-hours apart / this)
    # A title alone (or a one-line brief) has no body to tell one event from another of the same topic and shape:
    # two titles share a template, a place or a date far more easily than two articles share their facts. A pair in
    # which one article has at most brief_terms distinct content words (titles have 4-16, whole articles 30 or more)
    # loses brief_penalty from its score, i.e. it must clear a higher bar. Calibrated with the other settings.
    brief_terms: int = 16
    brief_penalty: float = 0.2
    # An article without an event date whose lead names only other weekdays than the other article's event ("mardi"
    # against a Monday meeting) more likely reports another event of the topic: this comes off the pair's score. Soft,
    # not a gate, because follow-ups name the next day ("a day on"); see docs/decisions.md.
    weekday_penalty: float = 0.1
    story_embedding_words: int = 150  # the embedded text: title, then lead and body up to about this many words
    story_window_days: float = 3.0  # blocking: only articles this close in time are candidates
    story_undated_window_days: float = 60.0  # an article of unknown time looks back this far from the stream clock
    # A dated article may take over an undated one that joined another story on arrival, when their pair scores
    # above the join threshold and above the undated article's own join score: the nearest this many are checked.
    story_reclaim_candidates: int = 5
    story_neighbours: int = 30  # nearest stored articles (by embedding) whose stories are scored

    # summarize
    summary_words: int = 180  # target length of the story article (WikinewsSum French average is 176)
    summary_max_words: int = 200  # hard ceiling
    redundancy_penalty: float = 0.0  # MMR weight of similarity to already chosen sentences (coverage does this)
    redundancy_lexical: float = 0.0  # MMR weight of the share of a sentence's word pairs the article already has
    redundancy_ceiling: float = 0.7  # a sentence this similar to a chosen one says the same thing: never added
    # ...nor one this similar that gives the same precise figure ("42.11 per cent", "£612m", "28,000"): one fact
    redundancy_figure_similarity: float = 0.3
    # ...or, at that cosine, names a chosen sentence's day (not the story's own) and adds at most this many content
    # words the article lacks ("bis mindestens 30. Mai" twice; a new place or circumstance adds more)
    redundancy_day_new_words: int = 4
    # ...nor one that rewords a chosen sentence: this share of the shorter one's content words (first five letters,
    # words of four letters or more and numbers) in the other, at this cosine ("Court officials delivered the arrest
    # order to the general" after "Court officials say the arrest order was delivered to General Pinochet's home")
    redundancy_reworded_share: float = 0.6
    redundancy_reworded_similarity: float = 0.5
    # ...or holds this share of its content words in a chosen sentence at this lower cosine: "L'autocar appartenait à la
    # société lyonnaise Autocars Bellevaux." inside a long sentence that names the same company (0.38)
    redundancy_contained_share: float = 0.8
    redundancy_contained_similarity: float = 0.3
    # ...nor one giving a chosen sentence's count written in words ("Two of them were freed", "Two other members were
    # dug out") at this cosine
    redundancy_count_similarity: float = 0.55
    # ...nor one whose figures and all but this many of its content words (of at least redundancy_pieced_words) two
    # chosen sentences give between them: outlets cut one dispatch sentence differently ("11 af vognene er kørt af
    # sporet, oplyser politiet" beside the lead and the police's account); a report's first sentence and a quotation
    # are kept
    redundancy_pieced_new_words: int = 1
    redundancy_pieced_words: int = 6
    # ...nor one that tells the lead again: this close to it, with this share of the shorter one's content words, and
    # naming the same day ("Ein Reisebus mit niederländischen Schülern ist am Freitagvormittag ... umgekippt" under
    # "Bei Wolfertsried ist am Freitagvormittag ein Reisebus mit 48 Schülern ... gekippt": 0.69 and 0.50); body
    # sentences naming one day may tell two things ("Tra queste ci sono Firenze ... domani, sabato" and "Sabato ...
    # si aggiungeranno"), so only the lead is weighed this way
    redundancy_lead_similarity: float = 0.5
    redundancy_lead_share: float = 0.45
    # A sentence dating the event earlier than most sources, at this cosine to one of theirs that names the story's day,
    # tells the same happening on another day: left out ("Dienstagabend" beside "Mittwochabend": 0.65; a background
    # fact of an earlier day, "am Freitag Risse entdeckt" beside the Monday closure: 0.14)
    summary_date_conflict_similarity: float = 0.5
    # Concept coverage (after Gillick & Favre): a candidate gains this weight times the concept weight per word it adds
    # that the article does not cover yet (concepts: content word pairs, weighted by the outlets carrying them),
    # relative to the densest candidate. Chosen with redundancy_penalty on the WikinewsSum dev half (decisions.md).
    weight_coverage: float = 0.3
    # Sentence score: weights of centrality (embeddings), support (outlets), position (leads) and informativeness.
    # Chosen by a random search of ROUGE-2 on the even-numbered WikinewsSum clusters only (bench/bench_rouge.py),
    # then checked on the seeds; the odd-numbered clusters are held out.
    weight_centrality: float = 0.2
    weight_support: float = 0.3
    weight_position: float = 0.15
    weight_informative: float = 0.1
    weight_repeated: float = 0.4  # how often the story repeats the sentence's word pairs
    weight_title: float = 0.4  # share of its content words found in the sources' titles
    # The lead's extra weight on centrality: what the story is about, not an opening of one side story. Any value
    # from 0.5 to 2 raised ROUGE-2 on both WikinewsSum halves (odd half +0.3); 0.5 kept the dev half best.
    weight_lead_centrality: float = 0.5
    summary_language: str | None = None  # write in this language when the story has enough sources in it
    summary_language_min_sources: int = 2  # "enough": this many sources, or as many as the main language has
    # Only the best candidates by the model-free scores are embedded: base + per-article count, capped (speed, see
    # bench/bench_summary_speed.py); sentences of other-language sources are compared from their first ones.
    summary_shortlist_base: int = 10
    summary_shortlist_per_article: int = 2
    summary_shortlist_max: int = 120  # never more, whatever the story's size
    summary_shortlist_words: int = 6  # and at least one candidate per this many words of the target length
    summary_foreign_sentences: int = 6
    headline_titles: int = 16  # distinct source titles compared for the headline, those of cited articles first
    headline_verb_margin: float = 0.05  # a verbless title must be this much closer to the story's centre to win
    cross_lingual_match: float = 0.8  # embedding cosine at which a sentence in another language supports one
    # Optional language-model rewrite through an OpenAI-compatible endpoint (off when None); kept only when every
    # rewritten sentence still aligns, words in order, to its cited sources and every quote is verbatim.
    rewrite_endpoint: str | None = None  # e.g. "http://127.0.0.1:8080/v1"
    rewrite_model: str = "default"
    rewrite_api_key: str | None = None
    rewrite_timeout_s: float = 60.0

    # knowledge
    # Where entities are computed: "stories" runs NER on every sentence of stories of at least
    # entity_story_min_articles articles (each distinct sentence once) and, in smaller stories, on the sentences the
    # summary uses, those holding a quote and the two before each; "all" runs it on every sentence of every article.
    entity_scope: str = "stories"
    entity_story_min_articles: int = 2
    quote_min_words: int = 3  # shorter quoted fragments are scare quotes or titles, not quotes
    quote_merge_containment: float = 0.8  # share of the shorter quote's words in the longer for the two to be one

    # progress
    progress_min_items: int = 20  # show a progress bar only for inputs at least this long
