"""Sentence alignment within a story: typed, scored links between sentences, and the passages they share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from newsfuse.copies.shingles import tokens as words
from newsfuse.copies.units import Unit, anchors, content_words, is_figure, related, split_units
from newsfuse.embeddings import Vectors
from newsfuse.records import Article, Passage, SentenceLink, StoryCopies
from newsfuse.settings import Settings

# From the tightest to the loosest link; a passage is as loose as the loosest link that joined it.
KINDS = ("single", "exact", "near", "quote", "paraphrase")


def quotes_of(text: str) -> list[str]:
    """Quotations of five words or more, folded so that « », “ ” and " " compare equal."""
    return [u.folded for u in split_units(0, text) if u.quote and len(u.folded.split()) >= 5]


class _Union:
    """Union-find that remembers the loosest kind of link inside each group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.kind = ["single"] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, kind: str) -> None:
        a, b = self.find(i), self.find(j)
        loosest = max(self.kind[a], self.kind[b], kind, key=KINDS.index)
        if a != b:
            self.parent[b] = a
        self.kind[a] = loosest

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


@dataclass
class _Sentence:
    article: int  # index into the story's articles
    ref: tuple[str, int]
    folded: str
    tokens: frozenset[str]
    content: frozenset[str]
    language: str | None = None
    anchors: frozenset[str] = frozenset()  # names and figures, which a translation keeps


def _candidate_pairs(
    items: Sequence[frozenset[str]], owners: Sequence[int], min_shared: int
) -> Iterable[tuple[int, int]]:
    """Pairs of items of different articles sharing at least ``min_shared`` words (an inverted index, in numpy)."""
    postings: dict[str, list[int]] = {}
    for i, content in enumerate(items):
        for w in content:
            postings.setdefault(w, []).append(i)
    n = len(items)
    codes = []
    for ids in postings.values():
        if len(ids) > 1:
            p = np.array(ids, dtype=np.int64)
            a, b = np.triu_indices(len(p), 1)
            codes.append(p[a] * n + p[b])
    if not codes:
        return []
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    pairs = pairs[counts >= min_shared]
    first, second = pairs // n, pairs % n
    owner = np.asarray(owners)
    keep = owner[first] != owner[second]
    return zip(first[keep].tolist(), second[keep].tolist(), strict=True)


def _containment(a: frozenset[str], b: frozenset[str]) -> float:
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def _reported_speech(quote: frozenset[str], other: frozenset[str]) -> bool:
    """A quotation retold in other words of the same families: every word has a relative, half of them derived.

    "Ce n'est pas s'allier, c'est se coordonner" -> "a préféré parler de coordination plutôt que d'une alliance".
    """
    derived = 0
    for w in quote:
        if w in other:
            continue
        if not any(related(w, v) for v in other):
            return False
        derived += 1
    return derived >= 0.5 * len(quote)


def align_story(
    articles: Sequence[Article], vectors: Vectors | None = None, settings: Settings | None = None
) -> StoryCopies:
    """Align the sentences of a story's articles; ``vectors`` (one per sentence, in order) adds paraphrases."""
    settings = settings or Settings()
    sentences = [
        _Sentence(
            k, (a.id, s.index), " ".join(ws), frozenset(ws), frozenset(content_words(s.text)), a.language, anchors(s.text)
        )
        for k, a in enumerate(articles)
        for s in a.sentences
        for ws in [words(s.text)]
    ]
    texts = [s.text for a in articles for s in a.sentences]
    units = [u for i, t in enumerate(texts) for u in split_units(i, t, settings.unit_min_content_words)]
    quotes: list[set[str]] = [set() for _ in texts]
    for u in units:
        if u.quote and len(u.folded.split()) >= 5:
            quotes[u.sentence].add(u.folded)
    links = _sentence_links(sentences, quotes, vectors, settings)
    unit_groups = _unit_groups(units, sentences, links, settings)
    return _assemble(articles, sentences, texts, links, units, unit_groups, settings)


def _sentence_links(
    sentences: Sequence[_Sentence], quotes: Sequence[set[str]], vectors: Vectors | None, settings: Settings
) -> list[tuple[int, int, str, float, bool]]:
    """(i, j, kind, score, whole) for every linked pair; ``whole`` says the match covers the sentence, not a quote."""
    owners = [s.article for s in sentences]
    links: dict[tuple[int, int], tuple[str, float, bool]] = {}
    for i, j in _candidate_pairs([s.content for s in sentences], owners, 2):
        a, b = sentences[i], sentences[j]
        small = min(len(a.tokens), len(b.tokens))
        if a.folded == b.folded and small >= 3:
            links[(i, j)] = ("exact", 1.0, True)
            continue
        score = _containment(a.tokens, b.tokens)
        if (
            small >= 5
            and score >= settings.sentence_match_containment
            and _containment(a.content, b.content) >= settings.sentence_match_containment - 0.1
        ):
            links[(i, j)] = ("near", round(score, 3), True)
            continue
        shared = _shared_quote(quotes[i], quotes[j])
        if shared:
            # A quotation that makes up most of both sentences joins them; a quote inside longer text is partial.
            whole = len(shared.split()) >= 0.5 * small
            links[(i, j)] = ("quote", 1.0, whole)
            continue
        if a.language != b.language:
            score = _translation_score(a.anchors, b.anchors)
            if score:
                links[(i, j)] = ("paraphrase", score, True)
    if vectors is not None and len(sentences) > 1:
        sims = vectors @ vectors.T
        rows, cols = np.nonzero(np.triu(sims, 1) >= settings.paraphrase_threshold)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            long_enough = min(len(sentences[i].tokens), len(sentences[j].tokens)) >= 5
            if owners[i] != owners[j] and (i, j) not in links and long_enough:
                links[(i, j)] = ("paraphrase", round(float(sims[i, j]), 3), True)
    return [(i, j, kind, score, whole) for (i, j), (kind, score, whole) in sorted(links.items())]


def _translation_score(a: frozenset[str], b: frozenset[str]) -> float:
    """Anchor overlap of two sentences in different languages when they report one fact, else 0.

    The encoder cannot see that a Danish sentence translates an English one, but a translation keeps its names and
    figures. Two shared figures suffice when they are all of one sentence's figures or most of its anchors ("412
    passasjerer og 86 besetningsmedlemmer" / "412 passengers and 86 crew"), or half of them with a third anchor; four
    shared names must
    make up most of both sentences' anchors. Place names alone are a route or a setting that many sentences of one
    story name, so they never suffice.
    """
    shared = a & b
    if not shared:
        return 0.0
    jaccard = round(len(shared) / len(a | b), 3)
    covered = len(shared) / min(len(a), len(b))
    figures = {w for w in shared if is_figure(w)}
    every_figure = any(figures == {w for w in side if is_figure(w)} for side in (a, b))
    if len(figures) >= 2 and (every_figure or covered >= 0.6 or (len(shared) >= 3 and covered >= 0.5)):
        return jaccard
    names = sum(1 for w in shared if not w[:1].isdigit())
    return jaccard if names >= 4 and jaccard >= 0.6 else 0.0


def _shared_quote(a: set[str], b: set[str]) -> str:
    """The longest quotation two sentences share, verbatim or with a moved boundary ('' when none)."""
    best = ""
    for q in a:
        for r in b:
            qs, rs = frozenset(q.split()), frozenset(r.split())
            if (q == r or _containment(qs, rs) >= 0.8) and len(q) > len(best):
                best = q if len(q) <= len(r) else r
    return best


def _enough_shared(a: Unit, b: Unit, minimum: int) -> bool:
    """Whether two units share enough words to be the same content, beyond generic phrases.

    Two quotations may share two words; a quotation found in a clause needs three ("une rupture, une pause" is in
    many clauses); clauses must share more than ``minimum`` words besides names: "le ministre russe de la Défense,
    Sergueï Choïgou" or "l'organisation Etat islamique" alone are generic.
    """
    shared = a.content & b.content
    if a.quote and b.quote:
        return len(shared) >= 2
    if a.quote or b.quote:
        return len(shared) >= 3
    return len(shared - a.names - b.names) > minimum


def _unit_groups(
    units: Sequence[Unit],
    sentences: Sequence[_Sentence],
    links: Sequence[tuple[int, int, str, float, bool]],
    settings: Settings,
) -> _Union:
    """Join content units of different articles that carry the same clause or quotation."""
    owners = [sentences[u.sentence].article for u in units]
    union = _Union(len(units))
    minimum = settings.unit_min_content_words
    # Candidates share two word families (first four letters), so that allier/alliance meet.
    for i, j in _candidate_pairs([frozenset(w[:4] for w in u.content) for u in units], owners, 2):
        a, b = units[i], units[j]
        small = min(len(a.content), len(b.content))
        if small < (2 if a.quote or b.quote else minimum):
            continue
        shared = len(a.content & b.content)
        if a.folded == b.folded:
            union.join(i, j, "exact")
        elif shared / small >= settings.sentence_match_containment and _enough_shared(a, b, minimum):
            union.join(i, j, "quote" if a.quote and b.quote else "near")
        elif a.quote != b.quote:
            quote, other = (a, b) if a.quote else (b, a)
            long_enough = len(quote.folded.split()) >= 5  # "d'information militaire" is too short to retell
            if (
                long_enough
                and len(quote.content) <= len(other.content)
                and _reported_speech(quote.content, other.content)
            ):
                union.join(i, j, "paraphrase")
    # A paraphrase found between whole sentences (across languages, say) joins their main clauses.
    by_sentence: dict[int, list[int]] = {}
    for k, u in enumerate(units):
        by_sentence.setdefault(u.sentence, []).append(k)
    for i, j, kind, _, _ in links:
        if kind == "paraphrase" and by_sentence.get(i) and by_sentence.get(j):
            main_i = max(by_sentence[i], key=lambda k: len(units[k].content))
            main_j = max(by_sentence[j], key=lambda k: len(units[k].content))
            union.join(main_i, main_j, "paraphrase")
    return union


def _instant(when: datetime | None) -> float | None:
    """Seconds since the epoch; a time without a zone is taken as UTC, so naive and aware times compare."""
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def _earlier(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and a < b


def _assemble(
    articles: Sequence[Article],
    sentences: Sequence[_Sentence],
    texts: Sequence[str],
    links: Sequence[tuple[int, int, str, float, bool]],
    units: Sequence[Unit],
    unit_union: _Union,
    settings: Settings,
) -> StoryCopies:
    outlet = [a.outlet_key for a in articles]
    published = [_instant(a.published) for a in articles]

    def ordered(ids: Iterable[int]) -> list[int]:
        return sorted(set(ids))

    def first_of(ids: Sequence[int]) -> str | None:
        known = [k for k in ids if published[k] is not None]
        return articles[min(known, key=lambda k: (published[k] or 0.0, k))].id if known else None

    # Passages of content units.
    unit_groups = unit_union.groups()
    group_of = {k: g for g, members in enumerate(unit_groups) for k in members}
    group_articles = [ordered(sentences[units[k].sentence].article for k in members) for members in unit_groups]
    shared: list[Passage] = []
    for g, members in enumerate(unit_groups):
        ids = group_articles[g]
        if len(ids) < 2:
            continue
        first = first_of(ids)
        # Show the first carrier's wording when it is known, else the most repeated one, else the fullest.
        wordings = Counter(units[k].folded for k in members)
        shown = max(
            members,
            key=lambda k: (
                articles[sentences[units[k].sentence].article].id == first,
                wordings[units[k].folded],
                len(units[k].content),
            ),
        )
        shared.append(
            Passage(
                members=tuple(dict.fromkeys(sentences[units[k].sentence].ref for k in members)),
                articles=tuple(articles[k].id for k in ids),
                outlets=tuple(dict.fromkeys(outlet[k] for k in ids)),
                kind=unit_union.kind[unit_union.find(members[0])],
                text=units[shown].text,
                first_article=first,
            )
        )
    shared.sort(key=lambda p: (-p.support, -len(p.articles), p.members[0]))

    # Sentence passages: sentences joined by whole-sentence links; support counts the best-carried content unit.
    union = _Union(len(sentences))
    for i, j, kind, _, whole in links:
        if whole:
            union.join(i, j, kind)
    units_of: dict[int, list[int]] = {}
    for k, u in enumerate(units):
        units_of.setdefault(u.sentence, []).append(k)
    passages = []
    for members in union.groups():
        ids = ordered(sentences[m].article for m in members)
        best = max(
            (group_articles[group_of[k]] for m in members for k in units_of.get(m, [])),
            key=lambda g: len({outlet[x] for x in g}),
            default=[],
        )
        carriers = ids + [k for k in best if k not in ids]
        passages.append(
            Passage(
                members=tuple(sentences[m].ref for m in members),
                articles=tuple(articles[k].id for k in carriers),
                outlets=tuple(dict.fromkeys(outlet[k] for k in carriers)),
                kind=union.kind[union.find(members[0])],
                first_article=first_of(carriers),
            )
        )

    # Originality: content words in units that no earlier (or undatable) article carries.
    total = [0] * len(articles)
    original = [0] * len(articles)
    exclusive = [0] * len(articles)
    for k, u in enumerate(units):
        owner = sentences[u.sentence].article
        weight = len(u.content)
        total[owner] += weight
        others = [x for x in group_articles[group_of[k]] if x != owner]
        if not others:
            exclusive[owner] += weight
        if all(_earlier(published[owner], published[x]) for x in others):
            original[owner] += weight
    return StoryCopies(
        links=tuple(SentenceLink(sentences[i].ref, sentences[j].ref, kind, score) for i, j, kind, score, _ in links),
        passages=tuple(passages),
        shared=tuple(shared),
        originality={a.id: round(original[k] / total[k], 3) if total[k] else 1.0 for k, a in enumerate(articles)},
        exclusive={a.id: round(exclusive[k] / total[k], 3) if total[k] else 1.0 for k, a in enumerate(articles)},
    )


def align_sentences(
    articles: Sequence[Article],
    vectors: Vectors | None = None,
    containment_threshold: float | None = None,
    settings: Settings | None = None,
) -> list[Passage]:
    """The sentence passages of a story (every sentence in exactly one); see ``align_story`` for the rest."""
    settings = settings or Settings()
    if containment_threshold is not None:
        from dataclasses import replace

        settings = replace(settings, sentence_match_containment=containment_threshold)
    return list(align_story(articles, vectors, settings).passages)
