"""Who speaks in the story article: a quotation attributed to a pronoun or a bare verb ('», sagte er.', '», ha
detto.') is given its speaker's name when the sentence that named them is not the one before it in the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.records import Article, CitedSentence, Entity, QuoteSource, Repair, StoryKnowledge, Summary

# How the knowledge stage says a speaker was found from the context, not from the sentence's own words.
_FROM_CONTEXT = re.compile(
    # (in double quotes when the words hold an apostrophe: "estime l'élu")
    r"^(?:quoted in other words \()?(?:'(?P<words>[^']{1,60})'|\"(?P<quoted>[^\"]{1,60})\"): the (?:last named speaker|"
    r"speaker of the sentence before|subject of the sentence)"
)
# A verb and a description of the speaker after it, a determiner and one noun: "estime l'élu", "said the mayor".
_DESCRIBED = re.compile(r"[^\W\d]+(?:\s[^\W\d]+)?\s+(?:le |la |l['’]|the |der |die |il |lo |el |o |a |het |de )[^\W\d]+")
# A subject pronoun after its verb ("sagte er", "zei ze", "säger hon", "disse ela") or before it ("he said").
_PRONOUNS = {
    "er", "sie", "hij", "zij", "ze", "han", "hon", "hun", "ela", "ele", "ella", "él", "lui", "lei", "on", "ona", "he",
    "she",
}  # fmt: skip
# French inverts the pronoun: "a-t-il ajouté", "a-t-elle dit", "poursuit-il", "explique-t-elle".
_FRENCH_INVERTED = re.compile(r"^(?P<aux>a|avait)-t-(?:il|elle)$|^(?P<verb>[^\W\d]+?)(?:-t)?-(?:il|elle)$")
_FRENCH_AUX_VERB = re.compile(r"\s+(?P<verb>[^\W\d]+)")


def _source_index(sentence: CitedSentence, by_id: dict[str, Article]) -> int | None:
    """Index of the sentence in the article it was taken from."""
    article = by_id.get(sentence.sources[0]) if sentence.sources else None
    if article is None:
        return None
    text = sentence.original
    return next((s.index for s in article.sentences if s.text == text or text in s.text or s.text in text), None)


def _short_form(entity: Entity) -> str:
    """The name a later mention uses: the surname the sources write alone, or the name without its first word."""
    tails = [f for f in entity.forms if f != entity.name and entity.name.endswith(" " + f)]
    if tails:
        return max(tails, key=len)
    words = entity.name.split()
    return " ".join(words[1:]) if len(words) > 1 else entity.name


def _full_form(entity: Entity) -> str:
    """The name a first mention uses: the most frequent form of two words or more, without a title a source glued to
    it ("Ordførar Arne Haugland", "Agrovenn-Sprecherin Sabine Kötter")."""
    name = next((f for f in entity.forms if len(f.split()) >= 2 and entity.name.endswith(f)), entity.name)
    titled = _TITLE_WORD.match(name)
    return name[titled.end() :] if titled and len(name[titled.end() :].split()) >= 2 else name


# A role written capitalised before a name, as a noun or a compound: "Ordførar", "Agrovenn-Sprecherin".
_TITLE_WORD = re.compile(
    r"^(?:\S+-)?(?:sprecher(?:in)?|bürgermeister(?:in)?|ordfør[ae]r|borgmester|borgmästare|direktør|direktor|"
    r"leiter(?:in)?|präsident(?:in)?|minister(?:in)?|landrat|landrätin|kommandant|trainer(?:in)?|vorsitzende[rn]?|"
    r"geschäftsführer(?:in)?|polizeisprecher(?:in)?|talsperson|talsmann|talskvinne|talskvinde|pressetalsmand|"
    r"woordvoerder|burgemeester|wethouder)\s+",
    re.I,
)


def _named_in(text: str, entity: Entity) -> bool:
    """Whether ``text`` names the entity in one of its forms."""
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in (entity.name, *entity.forms))


def _with_name(text: str, words: str, name: str) -> tuple[str, str, str] | None:
    """``text`` with the attribution ``words`` (its last occurrence) naming the speaker, and the words before and
    after the edit; None when the words are not found or hold no pronoun or verb to name."""
    at = text.rfind(words)
    if at < 0:
        return None
    tokens = words.split()
    inverted = _FRENCH_INVERTED.match(tokens[-1]) if tokens else None
    if inverted is not None:
        if inverted.group("aux"):  # "a-t-il ajouté" -> "a ajouté Name"
            verb = _FRENCH_AUX_VERB.match(text, at + len(words))
            if verb is None:
                return None
            before = text[at : verb.end()]
            after = f"{inverted.group('aux')} {verb.group('verb')} {name}"
        else:  # "poursuit-il" -> "poursuit Name"
            before, after = words, f"{' '.join([*tokens[:-1], inverted.group('verb')])} {name}"
        end = at + len(before)
        return text[:at] + after + text[end:], before, after
    lowered = [t.lower() for t in tokens]
    pronoun = next((k for k, t in enumerate(lowered) if t in _PRONOUNS), None)
    if pronoun is not None:
        if pronoun == 0 and len(tokens) == 1:
            return None
        after = " ".join([*tokens[:pronoun], name, *tokens[pronoun + 1 :]])
    elif _DESCRIBED.fullmatch(words):
        after = f"{words}, {name}"  # "estime l'élu" -> "estime l'élu, Jean-Pierre Lacombe": whom it describes
    elif len(tokens) <= 2 and all(t.islower() or t in "–—-" for t in tokens):
        after = f"{words} {name}"  # a bare verb: "ha detto" -> "ha detto Name", "– powiedział" -> "– powiedział Name"
    else:
        return None
    return text[:at] + after + text[at + len(words) :], words, after


def _named_just_before(entity: Entity, index: int, article: Article, entities: Sequence[Entity]) -> bool:
    """Whether the source names the person in the sentence before the quotation's, or, when that one names no one
    else, in the sentence before it: a speaker the rules reach further back for may be the wrong one, someone nearer
    having gone unrecognised ("Più cauto il geologo regionale Piero Scaglia, che ...")."""
    before = article.sentences[max(index - 2, 0) : index]
    if not before:
        return False
    last = before[-1].text
    if _named_in(last, entity):
        return True
    if len(before) < 2 or any(_named_in(last, e) for e in entities if e.type == "PER"):
        return False
    # Nor a name the recogniser missed or took for a place: two capitalised words past the sentence's first.
    return _NAME_LIKE.search(last, 1) is None and _named_in(before[0].text, entity)


_NAME_LIKE = re.compile(r"(?<=\s)[A-ZÀ-Ý][a-zà-ÿ'’-]+\s[A-ZÀ-Ý][a-zà-ÿ'’-]+")


def _context_speaker(renderings: Sequence[QuoteSource], people: dict[str, Entity]) -> tuple[Entity, str] | None:
    """The one person the knowledge stage found, from the context, to speak a sentence's quotations, with the words
    of the sentence that attribute them ("sagte er", "ha detto"); None when a rendering names no one or another."""
    speakers = {r.speaker_entity for r in renderings}
    found = _FROM_CONTEXT.match(renderings[0].attribution) if renderings else None
    if found is None or len(speakers) != 1 or None in speakers:
        return None
    entity = people.get(str(next(iter(speakers))))
    return (entity, found.group("words") or found.group("quoted")) if entity is not None else None


def name_speakers(summary: Summary, knowledge: StoryKnowledge, articles: Sequence[Article]) -> Summary:
    """The summary with each quotation's pronoun or bare verb replaced by its speaker's name, recorded as a "speaker"
    repair, where the sentence naming the speaker does not come right before it in the article."""
    by_id = {a.id: a for a in articles}
    people = {e.id: e for e in knowledge.entities if e.type == "PER"}
    spoken: dict[tuple[str, int], list[QuoteSource]] = {}
    for quote in knowledge.quotes:
        for source in quote.sources:
            spoken.setdefault((source.article, source.sentence), []).append(source)
    origins = [_source_index(s, by_id) for s in summary.sentences]
    out: list[CitedSentence] = []
    for i, sentence in enumerate(summary.sentences):
        index = origins[i]
        found = _context_speaker(spoken.get((sentence.sources[0], index), []), people) if index is not None else None
        if found is None or index is None:
            out.append(sentence)
            continue
        entity, words = found
        previous = summary.sentences[i - 1] if i else None
        # Right after its source's sentence before, or after one naming the speaker here too ("Katrin Lohmeier,
        # sagte: ..." then "..., sagte sie."), the pronoun is clear.
        clear = previous is not None and (
            (previous.sources[:1] == sentence.sources[:1] and origins[i - 1] == index - 1)
            or _named_in(previous.text, entity)
        )
        near = _named_just_before(entity, index, by_id[sentence.sources[0]], knowledge.entities)
        if clear or not near or _named_in(sentence.text, entity):
            out.append(sentence)
            continue
        name = _short_form(entity) if _named_in(" ".join(s.text for s in out), entity) else _full_form(entity)
        edited = _with_name(sentence.text, words, name)
        if edited is None:
            out.append(sentence)
            continue
        text, before, after = edited
        out.append(replace(sentence, text=text, repairs=(*sentence.repairs, Repair("speaker", before, after))))
    return replace(summary, sentences=tuple(out))
