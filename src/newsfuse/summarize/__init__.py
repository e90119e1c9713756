"""Summarize: one extractive, cited, dated story article per story, with every edit recorded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from newsfuse.embeddings import Encoder
from newsfuse.grammar import has_verb
from newsfuse.records import Article, CitedSentence, Passage, Repair, Story, Summary, Variant
from newsfuse.settings import Settings
from newsfuse.summarize.attribution import name_speakers
from newsfuse.summarize.candidates import (
    SAYING,
    Candidate,
    bare_quotation,
    build_candidates,
    concept_weights,
    content_bigrams,
    embed_shortlist,
    leans_on_context,
    quoted_words,
    reportable,
    sentence_pairs,
    well_formed,
)
from newsfuse.summarize.figures import (
    COUNT_WORDS,
    TollDispute,
    counts,
    disputed_counts,
    overtaken_floors,
    plain_number,
    story_counts,
    story_tolls,
    toll_disputes,
)
from newsfuse.summarize.headline import choose_headline
from newsfuse.summarize.language import choose_language, language_note
from newsfuse.summarize.repairs import (
    case_forms,
    expand_first_mentions,
    full_names,
    name_pronoun_speaker,
    recase_shouting,
    resolve_date,
    resolve_relative,
    shorten_repeated_acronyms,
    shouting,
    titled_people,
    trim,
    trim_repeated_descriptions,
)
from newsfuse.summarize.rewrite import rewrite_summary
from newsfuse.temporal import (
    RELATIVE_DAYS,
    WEEKDAYS,
    find_mentions,
    format_date,
    names_day,
    nowadays,
    only_later,
    plain_weekdays,
)
from newsfuse.textnorm import fold, strip_accents, words

__all__ = [
    "Draft",
    "choose_language",
    "draft_story",
    "explain_draft",
    "name_speakers",
    "rewrite_summary",
    "summarize_story",
]


@dataclass
class Draft:
    """A story article with how it was made: every candidate, why each was taken or left, and the notes."""

    summary: Summary
    chosen: list[Candidate]  # in the article's order, lead first
    candidates: list[Candidate]
    left_out: dict[int, str] = field(default_factory=dict)  # id(candidate) -> why it was not taken
    headline_basis: str = ""


def summarize_story(
    story: Story, articles: Sequence[Article], passages: Sequence[Passage], settings: Settings, encoder: Encoder
) -> Summary:
    """Write the story article: a headline, a dated lead and a cited body (rewritten only if an endpoint is set)."""
    summary = draft_story(story, articles, passages, settings, encoder).summary
    if settings.rewrite_endpoint:
        summary = rewrite_summary(summary, articles, settings)
    return summary


def draft_story(
    story: Story, articles: Sequence[Article], passages: Sequence[Passage], settings: Settings, encoder: Encoder
) -> Draft:
    """Score the story's passages, pick a lead and a non-redundant body, order and repair them."""
    language = choose_language(story, articles, settings)
    notes = [language_note(story, articles, settings, language)]
    pairs_of = sentence_pairs(articles, language)
    candidates = build_candidates(articles, passages, language, settings, pairs_of)
    for other in dict.fromkeys(a.language for a in articles if a.language and a.language != language):
        if candidates:
            break
        # No passage has a sentence in the chosen language: write in the next language that has one.
        language, notes = other, [f"written in {other}: no passage has a sentence in {language}"]
        pairs_of = sentence_pairs(articles, language)
        candidates = build_candidates(articles, passages, language, settings, pairs_of)
    if not candidates:
        raise ValueError(f"story {story.id} has no sentence to summarise: its passages are empty")
    if not any(reportable(c.text, language) for c in candidates):
        # Tables, scorecards and lists only: the reader is told the article is made of such lines.
        notes.append(
            "the sources hold no complete sentence of a report (only table rows, list items, headings, teasers or "
            "fragments): the article gives their lines as they are"
        )
    candidates, centroid = embed_shortlist(candidates, articles, language, settings, encoder)
    # A sentence giving the event an earlier day than most sources do is not stated as fact (the facts table shows
    # the disagreement); it stays out unless it is all the story has.
    minority = _minority_days(story, articles, language, candidates, settings)
    # So is a toll that fewer outlets give than another (on a tie, the earlier one): its sentence is shown under the
    # one giving the prevailing toll, as what other sources say.
    counted = story_counts(articles)
    tolls = story_tolls(articles, counted)
    disputes = toll_disputes(articles, tolls)
    minority.update(_minority_tolls(disputes, candidates))
    _lift_prevailing(disputes, candidates)
    eligible = [c for c in candidates if (c.article, c.index) not in minority] or candidates

    # A story no article dates by its text (an announcement, dated the day it was published) may open on the day to come.
    announced = story.date is not None and not any(a.event_date == story.date for a in articles)
    ranked = sorted(eligible, key=lambda c: -lead_score(c, story, settings, language, announced))
    # The updates of one live page: the article opens on the page's own standfirst, the editor's account of the whole
    # day, else on the latest update, and tells the others in time order.
    update_time = _live_update_times(articles)
    if update_time:
        latest = max(update_time.values())
        told = _told_by_headline(ranked, articles, update_time, latest, language)
        told_ids = {id(c) for c in told}  # by identity: candidates hold their vectors
        rest = [c for c in ranked if not c.editor_lead and id(c) not in told_ids]
        # The latest update that opens on a report: a page's last updates are often a quotation from the press room,
        # a ranking, tomorrow's programme or a farewell ("Mañana, quinta y última etapa: ...").
        by_id = {a.id: a for a in articles}
        newest = sorted(update_time, key=lambda a: -update_time[a])
        opening = next((a for a in newest if by_id[a].sentences and _reports(by_id[a].sentences[0].text)), None)
        ranked = (
            [c for c in ranked if c.editor_lead]
            + told
            + [c for c in rest if c.article == opening and _reports(c.text)]
            + [c for c in rest if update_time.get(c.article) == latest]
            + [c for c in rest if update_time.get(c.article) != latest]
        )
    else:
        # Beside other reports, a live page's earlier updates are overtaken news ("I dag ventes en aftale"): what
        # only they carry does not open the article.
        overtaken = _overtaken_updates(articles)
        ranked = [c for c in ranked if not set(c.sources) <= overtaken] + [
            c for c in ranked if set(c.sources) <= overtaken
        ]
    # The lead tells what happened, not what had happened before it ("The Commission had first proposed 20 %").
    lead = next(
        (c for c in ranked if not _verbless(c.text, language) and not _background(c.text, language)),
        next((c for c in ranked if not _verbless(c.text, language)), ranked[0]),
    )
    weights = concept_weights(articles, language, pairs_of)
    chosen, left_out = _select(eligible, lead, weights, language, settings, story.date)
    if len(eligible) < len(candidates):
        left_out.update({id(c): minority[(c.article, c.index)] for c in candidates if (c.article, c.index) in minority})
    if update_time:
        ordered = [lead, *sorted(chosen[1:], key=lambda c: (update_time.get(c.article, latest), c.index))]
    else:
        ordered = [lead, *sorted(chosen[1:], key=lambda c: c.position)]
    _show_disputes(disputes, ordered)
    sentences = _repaired(ordered, story, articles, language)
    while sum(len(s.text.split()) for s in sentences) > settings.summary_max_words and len(sentences) > 1:
        # Over the hard ceiling after repairs: drop the weakest body sentence.
        weakest = min(range(1, len(sentences)), key=lambda i: ordered[i].score)
        left_out[id(ordered[weakest])] = "over the length ceiling after repairs"
        del sentences[weakest], ordered[weakest]
    cited = [a for sentence in sentences for a in sentence.sources]
    # Counts the sources give differently and the article gives otherwise: the headline must not state them.
    given = {n for s in sentences for n, _ in counts(s.text, language)}
    by_id = {a.id: a for a in articles}
    aside = {n for s in sentences for v in s.variants for n, _ in counts(v.text, by_id[v.article].language or language)}
    aside |= {plain_number(value) for d in disputes for value in (*d.others.values(), *d.contrary)}
    # A value the article gives only with its dispute shown under it: no headline states any value of it.
    unsettled = {
        plain_number(value)
        for d in disputes
        if not any((c.article, c.index) in d.stating for c in candidates)
        for value in (d.value, *d.others.values())
    }
    # A headline made from the lead names no full date: "am Montag, 29. November 2004" would end its first clause.
    lead_text = sentences[0].text
    for repair in sentences[0].repairs:
        if repair.kind == "date":
            lead_text = lead_text.replace(repair.after, repair.before, 1)
    headline, headline_source = choose_headline(
        _live_page_title(articles) or articles,
        language,
        centroid,
        encoder,
        lead_text,
        lead.article,
        cited,
        settings.headline_titles,
        settings.headline_verb_margin,
        # A floor another report's exact toll overtook ("au moins 18" beside 23) is kept from it even when the
        # article gives it, as an earlier toll; so is a count of those aboard the sources give differently
        frozenset((aside - given) | unsettled | overtaken_floors(tolls) | disputed_counts(counted)),
    )
    basis = (
        f"title of {headline_source}, the closest to the story's centre"
        if any(a.id == headline_source and a.title for a in articles)
        else "no source title in this language: the lead's first clause"
    )
    summary = Summary(story.id, headline, headline_source, tuple(sentences), language, story.date, tuple(notes))
    return Draft(summary, ordered, candidates, left_out, basis)


def lead_score(c: Candidate, story: Story, settings: Settings, language: str, announced: bool = False) -> float:
    """A good lead opens an article, is central and widely carried, and says when; it does not open on a quote or a
    pronoun. In an ``announced`` story (no article dates it by its text), naming only days to come is no flaw."""
    score = c.score + settings.weight_lead_centrality * c.features["centrality"]
    # Saying when means naming the story's day: a sentence dated to another day ("on Friday cracks were found",
    # for a closure on Monday) is background, however widely carried, even as a report's first sentence ("Do
    # wstrząsu doszło we wtorek", for a rescue on Wednesday).
    named = names_day(c.text, story.date, language) if story.date else bool(find_mentions(c.text, language))
    if named is False and announced and story.date and only_later(c.text, story.date, language):
        named = None  # an announcement names the day to come ("cortará el suministro el lunes 24 de mayo")
    if c.first_index <= 1 and named is not False:
        score += 0.3
        if c.editor_lead:
            score += 0.15  # the editor's own lead over the report: what the page itself opens on
    if named:
        score += 0.25
    # A caption or a heading ("Hari Kostov does did not belong to ... parties", no full stop) does not open an article;
    # a dateline the trim removes is no flaw (trimmed only when needed: this runs for every candidate).
    ill_formed = not well_formed(c.text) and not well_formed(trim(c.text)[0])
    if leans_on_context(c.text, language) or c.text[:1] in "«“\"'" or ill_formed:
        score -= 0.5
    return score


def _minority_days(
    story: Story, articles: Sequence[Article], language: str, candidates: Sequence[Candidate], settings: Settings
) -> dict[tuple[str, int], str]:
    """Sentences that tell the story's happening on an earlier day than most of its articles give: the sentence an
    article's event date came from, when more articles give the story's day and one of their sentences naming that
    day says much the same. (article id, sentence index) -> why it is left out."""
    day = story.date
    if day is None:
        return {}
    by_id = {a.id: a for a in articles}
    days = Counter(a.event_date for a in articles if a.event_date is not None)
    earlier = {
        a.id: a.event_date
        for a in articles
        if a.event_date is not None and a.event_date < day and days[a.event_date] < days[day]
    }
    if not earlier:  # most stories: every article dates the event as the story does, or later
        return {}
    # The majority's sentences that name the story's day ("am Mittwochabend", "on Wednesday", "9 April").
    naming = [
        c.vector
        for c in candidates
        if by_id[c.article].event_date == day
        and (names_day(c.text, day, by_id[c.article].language) or day.weekday() in plain_weekdays(c.text))
    ]
    out: dict[tuple[str, int], str] = {}
    for cand in candidates:
        given = earlier.get(cand.article)
        if given is None or not naming:
            continue
        expressions = [e.expression for e in by_id[cand.article].date_evidence if e.value == given]
        if not any(x in strip_accents(fold(cand.text)) for x in expressions):
            continue
        if max(float(v @ cand.vector) for v in naming) >= settings.summary_date_conflict_similarity:
            out[(cand.article, cand.index)] = (
                f"dates the event {format_date(given, language)}; {days[day]} sources give {format_date(day, language)}"
            )
    return out


# What a live page says last without reporting what happened: the day to come, thanks for following.
_AHEAD = re.compile(
    r"^(?:mañana|domani|demain|morgen|tomorrow|amanhã|jutro|i morgen|in de volgende|next up)\b"
    r"|\b(?:koniec naszej relacji|das war's|thanks for following|thank you for following|merci de nous avoir suivis|"
    r"grazie per averci seguito|gracias por (?:seguir|acompañarnos)|obrigado por (?:acompanhar|nos acompanhar)|"
    r"bedankt voor het volgen|tack för att (?:du|ni) följ|takk for at (?:du|dere) fulgte|tak fordi (?:du|I) fulgte|"
    r"dziękujemy za|si chiude qui la nostra diretta|la nostra diretta (?:si chiude|termina)|c'est la fin de ce direct|"
    r"ce direct est (?:désormais |maintenant )?terminé|this live (?:blog|coverage) (?:has )?(?:now )?(?:ended|closed)|"
    r"aquí (?:termina|acaba) (?:este|nuestro) directo|hier endet unser (?:liveticker|liveblog)|"
    r"einde van (?:dit|ons) liveblog|fim (?:deste|do nosso) direto)\b",
    re.I,
)


# A ranking: "1. Julián Cárdenas (Andes Pacífico); 2. Gorka Urrestarazu ..., a 13 s; 3. ..."
_RANKING = re.compile(r"(?:^|\s)1\.\s+[A-ZÀ-Ý][^;]{2,80}[;,]\s*2\.\s+[A-ZÀ-Ý]")


def _reports(text: str) -> bool:
    """True for a live update's sentence that can open its article: not mostly a quotation, no programme of the day to
    come, no farewell, no ranking."""
    quoted = sum(len(q) for q in quoted_words(text))
    return 2 * quoted < len(text.split()) and not _AHEAD.search(text) and not _RANKING.search(text)


def _live_update_times(articles: Sequence[Article]) -> dict[str, float]:
    """Article id -> publication time, when every article is an update of one live page (and they have times);
    else empty."""
    pages = {a.live_page for a in articles}
    if len(articles) < 2 or len(pages) != 1 or None in pages or any(a.published is None for a in articles):
        return {}
    return {a.id: a.published.timestamp() for a in articles if a.published is not None}


def _live_page_title(articles: Sequence[Article]) -> list[Article]:
    """For a story of one live page alone, its first item, which carries the page's own title: the updates' own
    headings ("Le pont de la Varenne bloqué pendant 40 minutes") head a moment of the page, not the page."""
    pages = {a.live_page for a in articles}
    if len(pages) != 1 or None in pages:
        return []
    return [a for a in articles if a.id == f"{a.live_page}#1" and a.title]


def _told_by_headline(
    ranked: Sequence[Candidate], articles: Sequence[Article], update_time: dict[str, float], latest: float, language: str
) -> list[Candidate]:
    """The sentences of the earlier update a live page's own headline reports, when the latest update does not: over a
    marathon's page, "Rotich gana con récord del circuito" is the update "¡Elias Kiplimo Rotich gana el Maratón ...! El
    keniano ... rebaja en 22 segundos el récord del circuito", not the women's podium that closes the page. The
    headline's words that count are those the page's first update did not give already (the event's name, its place):
    what the page came to report."""
    page = _live_page_title(articles)
    if not page or page[0].title is None:
        return []
    first = min(update_time, key=lambda a: update_time[a])
    by_id = {a.id: a for a in articles}
    known = set(words(" ".join(s.text for s in by_id[first].sentences)))
    titled = {w for w in words(page[0].title) if len(w) >= _HEADLINE_WORD and not w.isdigit()}
    headline = titled - known
    shared = {
        a.id: len(headline & set(words(" ".join(s.text for s in a.sentences)))) for a in articles if a.id in update_time
    }
    latest_shared = max((n for a, n in shared.items() if update_time[a] == latest), default=0)
    best = max(shared.values(), default=0)
    if best < _HEADLINE_SHARED or best < latest_shared + _HEADLINE_MARGIN:
        return []
    told = {a for a, n in shared.items() if n == best and update_time[a] != latest}
    return [
        c
        for c in ranked
        if c.article in told
        # the sentence itself tells what the headline says: not "Reizigers wordt aangeraden de reisplanner te
        # raadplegen" after the update's "NS rijdt ... geen treinen meer"
        and len(titled & set(words(c.text))) >= _HEADLINE_SENTENCE
        and not c.editor_lead
        and well_formed(c.text)
        and not leans_on_context(c.text, language)
        and c.text[:1] not in "«“\"'"
    ]


# The update a live page's headline reports shares with it three words of four letters or more that the first update did
# not give, two more than the latest update does.
_HEADLINE_WORD = 4
_HEADLINE_SHARED = 3
_HEADLINE_MARGIN = 2
# ... and each of its sentences that may open the article shares two words of four letters or more with the headline.
_HEADLINE_SENTENCE = 2


def _overtaken_updates(articles: Sequence[Article]) -> set[str]:
    """The updates of a live page that a later update of the same page follows."""
    latest: dict[str, float] = {}
    for a in articles:
        if a.live_page is not None and a.published is not None:
            latest[a.live_page] = max(latest.get(a.live_page, 0.0), a.published.timestamp())
    return {
        a.id
        for a in articles
        if a.live_page is not None and a.published is not None and a.published.timestamp() < latest[a.live_page]
    }


def _minority_tolls(disputes: Sequence[TollDispute], candidates: Sequence[Candidate]) -> dict[tuple[str, int], str]:
    """Sentences giving a toll other than the one that prevails ("i feriti sono 12" where two outlets give 14), unless
    they give the prevailing one too. (article id, sentence index) -> why it is left out."""
    out: dict[tuple[str, int], str] = {}
    for d in disputes:
        if not any((c.article, c.index) in d.stating for c in candidates):
            continue  # no sentence in the article's language gives the prevailing value: the others stay, qualified
        for c in candidates:
            ref = (c.article, c.index)
            if ref in d.others and ref not in d.stating:
                outlets = "1 outlet gives" if d.outlets == 1 else f"{d.outlets} outlets give"
                out[ref] = f"gives {d.others[ref]:g} {d.counts}; {outlets} {d.value:g} (shown under the sentence giving it)"
    return out


def _lift_prevailing(disputes: Sequence[TollDispute], candidates: Sequence[Candidate]) -> None:
    """The best sentence giving a prevailing toll is worth at least what a version giving another toll scored: both
    tell one fact, the toll, which the article should state as most sources give it."""
    for d in disputes:
        stating = [c for c in candidates if (c.article, c.index) in d.stating]
        others = [c for c in candidates if (c.article, c.index) in d.others]
        if stating and others:
            best = max(stating, key=lambda c: c.score)
            best.score = max(best.score, max(c.score for c in others))
            # and it may open the article as the version it replaces would have
            best.first_index = min(best.first_index, min(c.first_index for c in others))


def _show_disputes(disputes: Sequence[TollDispute], ordered: Sequence[Candidate]) -> None:
    """Give the first chosen sentence stating each prevailing toll the other sources' versions, one per article; or,
    when the article states only another value, the versions giving the prevailing one."""
    for d in disputes:
        stating = next((c for c in ordered if (c.article, c.index) in d.stating), None)
        versions = sorted(d.others)
        if stating is not None and (stating.article, stating.index) not in d.exact:
            # "Al menos tres personas han muerto" allows the four others give: it is shown with their sentences.
            versions = sorted(d.exact)
        if stating is None:
            # Only another value is stated (no sentence in this language gives the prevailing one): it is qualified by
            # the sentences, in their own languages, that give the prevailing value.
            stating = next((c for c in ordered if (c.article, c.index) in d.others), None)
            versions = sorted(d.stating - set(d.others))
        if stating is None:
            continue  # the article does not state this toll: nothing of it to qualify
        shown = set(stating.sources)  # one version per article and dispute, each sentence once
        for article, index in versions:
            if article not in shown and (article, index) not in stating.variants:
                shown.add(article)
                stating.variants = (*stating.variants, (article, index))


def _select(
    candidates: list[Candidate],
    lead: Candidate,
    weights: dict[tuple[str, str], int],
    language: str,
    settings: Settings,
    day: date | None = None,
) -> tuple[list[Candidate], dict[int, str]]:
    """Maximal marginal relevance plus concept coverage up to the target length, never past the ceiling nor
    repeating a chosen sentence."""
    chosen = [lead]
    total = lead.words
    left_out: dict[int, str] = {}
    pool = [c for c in candidates if c is not lead]

    pairs = {id(c): c.pairs or content_bigrams(c.text) for c in candidates}
    covered = set(pairs[id(lead)])

    def redundancy(c: Candidate) -> tuple[float, int]:
        sims = [float(c.vector @ s.vector) for s in chosen]
        k = int(np.argmax(sims))
        return sims[k], k

    def repeated(c: Candidate) -> float:
        """Share of its word pairs the article already has."""
        return len(pairs[id(c)] & covered) / max(len(pairs[id(c)]), 1)

    # A candidate's new concept weight, as a share of the most any candidate carries: redundancy as lost coverage.
    most = max((sum(weights.get(p, 0) for p in pairs[id(c)]) / max(c.words, 1) for c in candidates), default=0) or 1

    def coverage(c: Candidate) -> float:
        return sum(weights.get(p, 0) for p in pairs[id(c)] - covered) / max(c.words, 1) / most

    def requoted(c: Candidate) -> bool:
        """True for a quotation and its attribution (at most 12 other words) when every quotation it holds is a cut
        of one the article already gives: "X a plaidé pour «les mêmes règles»" after X's whole quotation."""
        quotes = quoted_words(c.text)
        if not quotes or c.words - sum(len(q) for q in quotes) > 12:
            return False
        given = [q for s in chosen for q in quoted_words(s.text)]
        return all(any(_within(q, g) for g in given) for q in quotes)

    def refigured(c: Candidate) -> int | None:
        """The chosen sentence with which it shares two or more figures ("52 votes to 31"), or one precise figure
        and some meaning ("responsible for 42.11 per cent of spam" twice, "bis mindestens 30. Mai" twice): the same
        fact again."""
        mine = _figures(c.text, language)
        precise = _precise_figures(c.text)
        days = _other_days(c.text, day)
        said = set().union(*(_content_stems(s.text) for s in chosen)) if days else set()
        for k, s in enumerate(chosen):
            if len(mine & _figures(s.text, language)) >= 2:
                return k
            if float(c.vector @ s.vector) < settings.redundancy_figure_similarity:
                continue
            if precise & _precise_figures(s.text):
                return k
            # The same count in words and much the same meaning: "Two of them were freed by their companions" and
            # "Two other members of his group were dug out by their companions" (0.60). A count in figures is often
            # a label ("RN90") and needs the rules above.
            worded = {f for f in mine & _figures(s.text, language) if f.startswith("#")}
            if worded and float(c.vector @ s.vector) >= settings.redundancy_count_similarity:
                return k
            # A day shared, and little else new: a sentence that gives the same date with a new place or a new
            # circumstance ("seqüestrada em 6 de novembro, quando participava de um churrasco ...") adds to it.
            shared_day = bool(days) and bool(days & _other_days(s.text, day))
            if shared_day and len(_content_stems(c.text) - said) <= settings.redundancy_day_new_words:
                return k
        return None

    def restated(c: Candidate) -> int | None:
        """The chosen sentence in which the same speaker is already reported in indirect speech, when this one
        reports them again without a quotation: outlets paraphrase one statement ("X said the cuts would hit the
        poorest areas" beside "X said the closures would hit the poorest neighbourhoods hardest")."""
        who = _reported_speaker(c.text)
        if who is None:
            return None
        for k, s in enumerate(chosen):
            if _reported_speaker(s.text) == who:
                return k
        return None

    def reworded(c: Candidate) -> int | None:
        """The chosen sentence this one says again in other words: most of the shorter one's content words in the
        other, and close in meaning; paraphrases across outlets often embed under the cosine ceiling."""
        mine = _content_stems(c.text)
        for k, s in enumerate(chosen):
            theirs = _content_stems(s.text)
            shorter = min(len(mine), len(theirs))
            share = len(mine & theirs) / max(shorter, 1)
            cosine = float(c.vector @ s.vector)
            said = share >= settings.redundancy_reworded_share and cosine >= settings.redundancy_reworded_similarity
            # Nearly all its words in the other: a short restatement embeds far from a long sentence.
            held = share >= settings.redundancy_contained_share and cosine >= settings.redundancy_contained_similarity
            if shorter >= 3 and (said or held):
                return k
        return None

    lead_stems, lead_days = _content_stems(lead.text), _day_words(lead.text, language)

    def retells(c: Candidate) -> bool:
        """True for a sentence that tells what the lead told, on the day it names: the story's opening again."""
        if not lead_days & _day_words(c.text, language):
            return False
        mine = _content_stems(c.text)
        share = len(mine & lead_stems) / max(min(len(mine), len(lead_stems)), 1)
        return (
            share >= settings.redundancy_lead_share
            and float(c.vector @ lead.vector) >= settings.redundancy_lead_similarity
        )

    # Each sentence's compound stems and figures, read once: chosen sentences are weighed against each other often.
    read: dict[int, tuple[set[str], set[str]]] = {}

    def words_and_figures(c: Candidate) -> tuple[set[str], set[str]]:
        if id(c) not in read:
            read[id(c)] = (_compound_stems(c.text), _figures(c.text, language))
        return read[id(c)]

    def pieced(c: Candidate, others: Sequence[Candidate]) -> bool:
        """True when two other sentences between them give this one's figures and all but one or so of its content
        words, though neither rewords it alone. A report's first sentence and a quotation are never pieced."""
        mine, figures = words_and_figures(c)
        if c.first_index == 0 or len(mine) < settings.redundancy_pieced_words or _QUOTE_MARK.search(c.text):
            return False
        theirs = [words_and_figures(s) for s in others]
        for i, (words_i, figures_i) in enumerate(theirs):
            for words_j, figures_j in theirs[i:]:
                if (
                    figures <= figures_i | figures_j
                    and len(mine - words_i - words_j) <= settings.redundancy_pieced_new_words
                ):
                    return True
        return False

    def orphaned(c: Candidate) -> bool:
        """True for a sentence that leans on the one before it in its source ("That is twice last year's figure.",
        "But the union refused.", a quotation whose speaker that sentence names) when the article has not taken that
        one: "avoided" when the context is missing."""
        leans = leans_on_context(c.text, language) or bare_quotation(c.text)
        return leans and not any((c.article, c.index - 1) in s.passage.members for s in chosen)

    def gain(c: Candidate) -> float:
        return (
            c.score
            - settings.redundancy_penalty * redundancy(c)[0]
            - settings.redundancy_lexical * repeated(c)
            + settings.weight_coverage * coverage(c)
        )

    while pool and total < settings.summary_words:
        best = max(pool, key=gain)
        pool.remove(best)
        similarity, k = redundancy(best)
        if similarity >= settings.redundancy_ceiling:
            left_out[id(best)] = f"repeats chosen sentence {_opening(chosen[k])} (similarity {similarity:.2f})"
        elif orphaned(best):
            left_out[id(best)] = "leans on the sentence before it in its source, which the article leaves out"
        elif best.text.rstrip().endswith(":"):  # "... the tenants' coordinator said:" needs what follows it
            left_out[id(best)] = "announces the sentence after it in its source, which cannot follow it here"
        elif requoted(best):
            left_out[id(best)] = "only repeats words already quoted"
        elif (twice := refigured(best)) is not None:
            left_out[id(best)] = f"repeats the figures of chosen sentence {_opening(chosen[twice])}"
        elif (again := restated(best)) is not None:
            left_out[id(best)] = (
                f"reports the speaker of chosen sentence {_opening(chosen[again])} again, without a quotation"
            )
        elif (twin := reworded(best)) is not None:
            left_out[id(best)] = f"rewords chosen sentence {_opening(chosen[twin])}"
        elif retells(best):
            left_out[id(best)] = f"tells the lead {_opening(lead)} again, on the same day"
        elif pieced(best, chosen):
            left_out[id(best)] = "says nothing the chosen sentences do not already say between them"
        elif _verbless(best.text, language):
            left_out[id(best)] = "has no verb: a name, a title or a label, not a report"
        elif gain(best) <= 0:
            left_out[id(best)] = (
                f"adds too little (score {best.score:.2f}, similarity {similarity:.2f}, "
                f"{100 * repeated(best):.0f}% of its word pairs already said)"
            )
        elif total + best.words > settings.summary_max_words:
            left_out[id(best)] = "would pass the length ceiling"
        else:
            # A short sentence chosen earlier that only quotes words this one quotes in full ("sprach von einem
            # 'schwarzen Tag für den Tourismus im Tal'" before the whole quotation) gives way to it.
            for s in [s for s in chosen[1:] if quoted_within(s, best)]:
                chosen.remove(s)
                total -= s.words
                left_out[id(s)] = f"only repeats words quoted in chosen sentence {_opening(best)}"
            chosen.append(best)
            # A body sentence that this one and the others now say between them gives way.
            for s in [s for s in chosen[1:-1] if pieced(s, [o for o in chosen if o is not s])]:
                chosen.remove(s)
                total -= s.words
                left_out[id(s)] = f"says nothing that chosen sentence {_opening(best)} and the others do not"
            covered.update(pairs[id(best)])
            total += best.words
    for c in pool:
        left_out.setdefault(id(c), "length target reached")
    return chosen, left_out


def _verbless(text: str, language: str) -> bool:
    """True for an English line without a verb ("Dr. James G. Roche, Secretary of the Air Force."): a signature, a
    caption or a fixture, not a report. French and German reports have nominal sentences, so only English is checked;
    it runs on the few sentences about to be chosen, not on every candidate."""
    if language != "en" or _ENGLISH_VERB.search(text):
        return False
    return has_verb(text, language) is False


def _background(text: str, language: str) -> bool:
    """True for a sentence in the pluperfect of its own accord, not of reported speech: what had happened before."""
    pluperfect = _PLUPERFECT.get(language)
    # "the police said that 14 people had been injured": the pluperfect of reported speech
    return bool(pluperfect and pluperfect.search(text) and not SAYING.search(text))


# The pluperfect's auxiliary "have", then its participle within a few words (verb-final in Dutch and German); not
# "be", whose participle is as often a state ("war gesperrt", "était fermée").
_PLUPERFECT = {
    "en": re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|ught|ade|id|ost|eft|ept|ent)\b", re.I),
    "fr": re.compile(r"\b(?:avai(?:t|ent))\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|u|us|it|ert)\b", re.I),
    "de": re.compile(r"\b(?:hatte|hatten)\b[^.,;]{0,60}\bge\w+(?:t|en)\b", re.I),
    "nl": re.compile(r"\b(?:had|hadden)\b[^.,;]{0,60}\b(?:ge|voorge|aange|opge|uitge|vastge)\w+[dt]\b", re.I),
    "es": re.compile(r"\bhabía(?:n)?\s+\w+(?:ado|ido|to|cho)\b", re.I),
    "it": re.compile(r"\b(?:aveva|avevano)\s+(?:\w+\s+)?\w+(?:ato|ata|ati|ate|ito|ita|uto|uta)\b", re.I),
    "pt": re.compile(r"\b(?:tinha|tinham|havia|haviam)\s+\w+(?:ado|ido|to)\b", re.I),
    "sv": re.compile(r"\bhade\s+(?:\w+\s+){0,3}\w+(?:at|it|tt|ts)\b", re.I),
    "no": re.compile(r"\bhadde\s+(?:\w+\s+){0,3}\w+(?:et|tt|dd)\b", re.I),
    "da": re.compile(r"\bhavde\s+(?:\w+\s+){0,3}\w+(?:et|t)\b", re.I),
}


# Words that are always verbs: most report sentences hold one, and the tagger is then not needed.
_ENGLISH_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|can|could|did|does)\b", re.I)


# An elided article or pronoun glued to the word it precedes: "l'autocar" is "autocar".
_ELIDED = re.compile(r"^(?:l|d|qu|n|s|c|j|m|t|dell|all|nell|dall|sull)['’]")


def _content_stems(text: str) -> set[str]:
    """A sentence's content words (four letters or more, and numbers), cut to five letters so that "delivered" and
    "delivery" meet."""
    return {w[:5] for w in (_ELIDED.sub("", w) for w in words(text)) if len(w) >= 4 or w.isdigit()}


def _compound_stems(text: str) -> set[str]:
    """Content words cut to five letters, or to three short of their length when longer, so that compounds keep their
    first part whole ("Lyngsfjellet" and "Lyngsfjord" differ; "kunstgødning" and "kunstgødningen" meet)."""
    return {w[: max(5, len(w) - 3)] for w in (_ELIDED.sub("", w) for w in words(text)) if len(w) >= 4 or w.isdigit()}


def _opening(c: Candidate, n: int = 6) -> str:
    """The first words of a chosen sentence, quoted: how a left-out candidate names it (the body is reordered)."""
    head = c.text.split()
    return "“" + " ".join(head[:n]) + ("…" if len(head) > n else "") + "”"


# A figure: a number of two characters or more ("52", "4.99"), years left out (two sentences of one story share them).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# A suffix may follow a hyphen ("vid 21.40-tiden", "the 34-year-old"); a range or a score may not ("2-1").
_PRECISE = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)*)(?:m|bn|k)?(?!\w|-\d)")
# "42 millions de mètres cubes", "3 billion dollars": a number of millions is as precise as its digits would be.
_MAGNITUDE = re.compile(r"\s(?:million|milliard|billion|trillion|millionen|milliarden|millones|milioni|miliardi|milhões)", re.I)


# "85 %", "42 per cent", "60 Prozent": a share is a precise figure whatever its digits.
_PERCENT = re.compile(
    r"\s?(?:%|per ?cent\b|pour ?cent\b|prozent\b|por ?ciento\b|per ?cento\b|por ?cento\b|procent\b)", re.I
)


# A weekday or a relative day, alone or opening a compound ("Freitagvormittag", "zondagvoormiddag", "ce mardi").
_DAY_WORD = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, {*WEEKDAYS, *RELATIVE_DAYS}), key=len, reverse=True)) + ")"
)


def _day_words(text: str, language: str) -> set[str]:
    """The weekdays and relative days a sentence names, each as one key per day ("vendredi", "Freitag" -> "w4")."""
    out = set()
    for m in _DAY_WORD.finditer(strip_accents(text.lower())):
        word = m.group(1)
        if word in WEEKDAYS:
            out.add(f"w{WEEKDAYS[word]}")
        elif word != "hier" or language == "fr":  # Dutch and German "hier" is "here"
            out.add(f"r{RELATIVE_DAYS[word]}")
    return out


def _other_days(text: str, day: date | None) -> set[str]:
    """The days of the year a sentence names other than the story's own (which many of its sentences give): a
    deadline or a next step ("bis mindestens 30. Mai") is as precise as a figure."""
    out = set()
    for mention in find_mentions(text):
        value = mention.value
        if value is None or mention.kind not in ("absolute", "day-month"):
            continue
        if day is None or (value.month, value.day) != (day.month, day.day):
            out.add(f"{value.month}-{value.day}")
    return out


# "34-year-old", "34 years old", "34-Jährige", "34 Jahre alt", "de 34 ans", "de 34 años", "di 34 anni", "34enne".
# An age tells one person from the others ("a 34-year-old man from Monza").
_AGE = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:-year-old|\s+years?\s+old|-[Jj]ährige\w*|\s+Jahre\s+alt|\s+(?:ans|años|anni|anos)\b|enne\b)"
)


def _precise_figures(text: str) -> set[str]:
    """Figures that name one fact: a decimal, a share, an age, a number of three digits or more or a number of
    millions, not a year, an ordinal or a label."""
    out = set()
    for m in _PRECISE.finditer(text):
        n = m.group(0)
        if _PERCENT.match(text, m.end()):
            out.add(n + "%")  # "revendique 85 % de grévistes" and "Le SDPM revendique 85 %, la direction 60 %"
            continue
        digits = re.sub(r"\D", "", n)
        large = len(digits) >= 3 or bool(_MAGNITUDE.match(text, m.end()))
        if re.fullmatch(r"(?:19|20)\d\d", n) or not (("." in n or "," in n) or large):
            continue
        before = text[: m.start()]
        # "MS 0735", "Boeing 767" label a thing; a sentence's capitalised first word ("Quelque 2 000") does not.
        if re.search(r"[A-ZÀ-Ý][\w-]*\s$", before[-30:]) and len(before.split()) > 1:
            continue
        out.add(n)
    return out | {f"age {m.group(1)}" for m in _AGE.finditer(text)}


_WORD = re.compile(r"[\w-]+")


def _figures(text: str, language: str) -> set[str]:
    """The figures a sentence gives, counts written as words in ``language`` included."""
    digits = {n for n in _NUMBER.findall(text) if len(n) >= 2 and not re.fullmatch(r"(?:19|20)\d\d", n)}
    counts = COUNT_WORDS.get(language, {})
    return digits | {f"#{counts[w]}" for w in _WORD.findall(text.lower()) if w in counts}


# A sentence opening with its speaker and a verb of saying, in the languages of the stories.
_REPORTED = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:said|says|told|added|argued|warned|stated|claimed|a déclaré|a dit|a indiqué"
    r"|a affirmé|a estimé|a expliqué|a assuré|a souligné|sagte|sagt|erklärte|betonte|dijo|afirmó|explicó|señaló"
    r"|aseguró|ha detto|ha dichiarato|ha spiegato|disse|afirmou|declarou|powiedział|powiedziała)\b"
)
_QUOTE_MARK = re.compile(r"[\"«»“”„]")


def _reported_speaker(text: str) -> str | None:
    """The named speaker a sentence reports in indirect speech ("Opposition leader Gareth Moss said ..."), or None
    when it holds a quotation or names nobody."""
    match = _REPORTED.match(text)
    if match is None or _QUOTE_MARK.search(text):
        return None
    who = match.group("who").strip()
    # A name after the first word (which a sentence capitalises anyway): "Police said ..." may open many facts.
    if not any(w[:1].isupper() for w in who.split()[1:]):
        return None
    return who.lower()


def quoted_within(short: Candidate, full: Candidate) -> bool:
    """True when ``short`` is a quotation and its attribution (at most 12 other words) whose every quotation is a part
    of a longer one ``full`` gives."""
    quotes = quoted_words(short.text)
    if not quotes or short.words - sum(len(q) for q in quotes) > 12:
        return False
    # words compared on their first five letters: a quotation cut into a sentence may be inflected ("von einem
    # 'schwarzen Tag'" from "ein schwarzer Tag")
    given = [tuple(w[:5] for w in g) for g in quoted_words(full.text)]
    cut = [tuple(w[:5] for w in q) for q in quotes]
    return all(any(len(g) > len(q) and _within(q, g) for g in given) for q in cut)


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """True when ``part`` is a run of consecutive words of ``whole``."""
    n = len(part)
    return n > 0 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _published_within_week(article: Article, day: date) -> bool:
    return article.published is not None and 0 <= (article.published.date() - day).days <= 6


def _may_date(article: Article, day: date, settled: bool) -> bool:
    """True when a weekday or "today" in the article can mean ``day``: ``day`` falls in the week up to its publication
    (a report of a later event on the same weekday must keep its own day), or, for an article without a publication
    date, its own text dates it ``day``, or the day is ``settled`` (a story date from a single report, or from pages
    without a publication date, may be another event's)."""
    if article.published is None:
        return settled or article.event_date == day
    return _published_within_week(article, day)


def _dated_otherwise(text: str, article: Article, day: date) -> bool:
    """True when the sentence's source resolves a day word of it to another day than ``day``: "chiuso da oggi
    pomeriggio" in a report published two days after the story's day is that later day, never the story's."""
    key = strip_accents(fold(text))
    return any(
        e.value != day and e.grain == "day" and re.search(rf"(?<![\w-]){re.escape(e.expression)}(?![\w-])", key)
        for e in article.date_evidence
    )


def _repaired(
    ordered: list[Candidate], story: Story, articles: Sequence[Article], language: str
) -> list[CitedSentence]:
    """Trim, give full names at first mention and write out dates; quotes are never touched."""
    by_id = {a.id: a for a in articles}
    trimmed = [trim(c.text) for c in ordered]
    names = full_names(a.clean_text for a in articles)
    named = expand_first_mentions([t for t, _ in trimmed], names, set())
    people = titled_people(names, (a.clean_text for a in articles))
    described = trim_repeated_descriptions([t for t, _ in named], people, names.values(), language)
    shortened = shorten_repeated_acronyms([t for t, _ in described])
    forms: dict[str, str] | None = None  # read from the sources only once a sentence shouts: few stories have one
    out = []
    for i, (c, (_, trims), (_, name_repair), (_, cut), (text, acronym)) in enumerate(
        zip(ordered, trimmed, named, described, shortened, strict=True)
    ):
        repairs: list[Repair] = [*trims, *([name_repair] if name_repair else []), *([cut] if cut else [])]
        repairs += [acronym] if acronym else []
        evidence = [(e.expression, e.value) for e in by_id[c.article].date_evidence]
        source = by_id[c.article].sentences
        year = story.date.year if story.date else None
        if 0 < c.index <= len(source) and nowadays(text, source[c.index - 1].text, year):
            date_repair = None  # "Damals ... Heute hat sie 48 Mitglieder": today is nowadays, no day to write
        elif i == 0:
            lead_evidence = [(x, v) for x, v in evidence if v == story.date]
            text, date_repair = resolve_relative(text, lead_evidence, None, language, weekdays=True)
            # Any report carrying the lead's passage may date it: copies of one dispatch share its day. The day is
            # settled when two reports published in the week after it give it as their event's.
            settled = story.date is not None and (
                sum(a.event_date == story.date and _published_within_week(a, story.date) for a in articles) >= 2
            )
            may_date = story.date is not None and any(_may_date(by_id[a], story.date, settled) for a in c.sources)
            if date_repair is None and story.date and may_date and not _dated_otherwise(text, by_id[c.article], story.date):
                text, date_repair = resolve_date(text, story.date, language)
            if date_repair is None and story.date and may_date:
                # A lead that names an earlier day of the story's week ("desde las 23.40 horas del miércoles") is
                # dated by that day: the article's lead then still gives its reader a full date.
                week = [(x, v) for x, v in evidence if 0 < (story.date - v).days <= 6]
                text, date_repair = resolve_relative(text, week, None, language, weekdays=True)
        else:
            text, date_repair = resolve_relative(text, evidence, story.date, language)
        if date_repair:
            repairs.append(date_repair)
        follows = i > 0 and (ordered[i - 1].article, ordered[i - 1].index) == (c.article, c.index - 1)
        if not follows and 0 < c.index <= len(source):
            # The sentence naming the speaker is not the one before it here: the pronoun would point elsewhere.
            text, speaker_repair = name_pronoun_speaker(text, source[c.index - 1].text)
            if speaker_repair:
                repairs.append(speaker_repair)
        if shouting(text):
            forms = case_forms(a.clean_text for a in articles) if forms is None else forms
            text, case_repair = recase_shouting(text, forms)
            repairs += [case_repair] if case_repair else []
        # Other sources' versions are shown without their datelines and credits, as the article's own sentences are.
        variants = tuple(Variant(a, trim(by_id[a].sentences[k].text)[0]) for a, k in c.variants)
        out.append(CitedSentence(text, c.sources, c.support, tuple(repairs), variants))
    return out


def explain_draft(draft: Draft, story: Story, numbers: dict[str, int] | None = None, top: int = 8) -> str:
    """A readable account of how the article was made: language, headline, each sentence's scores, repairs, and
    the best candidates left out with the reason."""
    numbers = numbers or {aid: i for i, aid in enumerate(story.article_ids, start=1)}
    s = draft.summary
    lines = [f"== {story.id}: {s.headline}", f"   headline: {draft.headline_basis}"]
    lines += [f"   {note}" for note in s.notes]
    lines.append(
        f"   {s.word_count} words, {len(s.sentences)} sentences from {len(draft.candidates)} candidate passages"
    )
    for k, (c, sentence) in enumerate(zip(draft.chosen, s.sentences, strict=False), start=1):
        role = "lead" if k == 1 else "body"
        features = ", ".join(f"{name} {value:.2f}" for name, value in c.features.items())
        refs = "".join(f"[{numbers.get(a, '?')}]" for a in sentence.sources)
        lines.append(f"  {k}. {role}  score {c.score:.2f} ({features}); support {sentence.support}; cites {refs}")
        if c.flaws:
            lines.append(f"     flaws: {', '.join(c.flaws)}")
        lines.append(f"     {sentence.text}")
        for r in sentence.repairs:
            after = f"“{r.after}”" if r.after else "(removed)"
            lines.append(f"     edit {r.kind}: “{r.before}” → {after}")
    left = sorted((c for c in draft.candidates if id(c) in draft.left_out), key=lambda c: -c.score)[:top]
    if left:
        lines.append("   best candidates left out:")
        for c in left:
            lines.append(f"   - {c.score:.2f} {draft.left_out[id(c)]}: {c.text[:100]}")
    return "\n".join(lines)
