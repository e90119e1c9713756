"""Named-entity recognition: spaCy pipelines for French and English, rules and the story's own names elsewhere."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from newsfuse.grammar import SPACY_PACKAGES, spacy_pipeline
from newsfuse.quantities import NUMBER_WORDS

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "NORP": "NORP"}


@dataclass(frozen=True)
class RawMention:
    """An entity mention as a recogniser found it in one sentence."""

    start: int  # character offsets in the sentence
    end: int
    text: str
    label: str  # "PER", "ORG", "LOC"
    source: str  # "spacy", "rules", "story names", "office cut" (a surname an office stood before)


class Recognizer:
    """Finds entity mentions; spaCy pipelines load on first use of their language, once per process."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self.sentences_processed = 0

    def has_model(self, language: str) -> bool:
        """True when a spaCy pipeline covers ``language``."""
        return language in SPACY_PACKAGES

    def recognise(
        self, texts: Sequence[str], language: str, known: dict[str, str] | None = None
    ) -> list[list[RawMention]]:
        """Mentions of each text; ``known`` maps names found elsewhere in the story to their type (for the fallback)."""
        self.sentences_processed += len(texts)
        if self.has_model(language):
            nlp = spacy_pipeline(language)
            from newsfuse.knowledge.spans import tidy, with_acronyms

            out = []
            # Entities need only the shared token vectors and the recogniser: word classes would cost a fifth more.
            unused = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]
            docs = nlp.pipe(texts, batch_size=self.batch_size, disable=unused)
            for text, doc in zip(texts, docs, strict=True):
                found = [
                    RawMention(e.start_char, e.end_char, e.text, _LABELS[e.label_], "spacy")
                    for e in doc.ents
                    if e.label_ in _LABELS
                ]
                tidied = [replace(m, label=_label(text, m)) for m in tidy(text, found)]
                out.append(with_acronyms(text, _with_missed_names(text, tidied, language)))
            return with_surnames(texts, out, language, known or {})
        from newsfuse.knowledge.spans import with_acronyms

        by_rules = [with_acronyms(t, rule_mentions(t, language, known or {})) for t in texts]
        # The rules find a surname alone unless it is a common word too ("Cárdenas"): then only where a comma or a
        # colon sets it off, as a speaker opening a live page's quotation ("Cárdenas, en meta: «...»").
        return with_surnames(texts, by_rules, language, known or {}, set_off=True)


# A person's title right before a name: "Union president Marta Sequeira", "la ministre Anne Morel".
_TITLE_BEFORE = re.compile(
    r"\b(?:president|spokes(?:man|woman|person)|minister|mayor|director|chairman|chairwoman|chief executive|"
    r"secretary|governor|senator|judge|prosecutor|coach|manager|professor|leader|"
    r"présidente?|ministre|maire|porte-parole|directeur|directrice|secrétaire|juge|procureure?|entraîneur)\s+$",
    re.I,
)


def _label(text: str, mention: RawMention) -> str:
    """The model's label, but a person for a name of two or three capitalised words after a person's title, which
    the small English model sometimes takes for a body ("Union president Marta Sequeira"), or after a verb of saying
    and the speaker's description ("a indiqué la spécialiste en santé environnementale Marloes Tjoonk"), or with a
    title opening it ("Councillor Amrit Sangha")."""
    from newsfuse.knowledge.entities import strip_title  # entities builds on this module

    words = mention.text.split()
    bare = strip_title(mention.text).split()
    if mention.label in ("ORG", "LOC") and len(bare) < len(words) and 2 <= len(bare) <= 3:
        words = bare
        if all(w[:1].isupper() and not w.isupper() for w in words):
            return "PER"
    if (
        mention.label in ("ORG", "LOC")
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and (
            _TITLE_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
            or _said_described(text[max(0, mention.start - 80) : mention.start])
        )
    ):
        return "PER"
    return mention.label


# A verb of saying, then the speaker's description in lower case, right before a name: "zegt milieukundige", "a
# indiqué la spécialiste en santé environnementale", "said environmental health specialist".
_SAID_DESCRIBED = re.compile(
    r"\b(?:said|says|told|sagte|sagt|erklärte|zegt|zei|aldus|a (?:déclaré|indiqué|expliqué|précisé|ajouté)|explique|"
    r"dijo|afirmó|explicó|afirma|explica|ha detto|ha spiegato|dice|spiega|disse|afirmou|explicou|diz|"
    r"siger|sagde|sier|sa|säger|sade|powiedział|powiedziała|mówi)"
    r"(?:\s+(?:[a-zà-ÿß-]+|d'|l'))(?:\s+(?:[a-zà-ÿß-]+|d'|l')){0,5}\s+$"
)
# Words that end no description of a person: after them comes a body's or a place's name ("said the Red Cross",
# "told reporters in Bad Ischl").
_NOT_DESCRIPTION_END = {
    "the", "a", "an", "la", "le", "les", "l'", "de", "d'", "del", "der", "die", "das", "den", "dem", "des", "het",
    "een", "el", "il", "lo", "o", "do", "da", "dos", "du", "of", "van", "von", "for", "för", "til", "till", "at", "in",
    "im", "w", "z", "to", "from", "with", "by", "on", "en", "na", "no", "nel", "della", "al", "au", "à", "i", "på",
    "reporters", "journalists", "agency", "newspaper",
}


def _said_described(window: str) -> bool:
    """True when ``window`` ends on a verb of saying and a description of the speaker (see ``_SAID_DESCRIBED``)."""
    return _SAID_DESCRIBED.search(window) is not None and window.split()[-1].lower() not in _NOT_DESCRIPTION_END


def _surnames(people: Iterable[str]) -> set[str]:
    """The last words of full names ("Evelyn R. Hargrove" gives "Hargrove"), of three letters or more."""
    out = set()
    for name in people:
        words = name.split()
        last = re.sub(r"['’]s?$", "", words[-1]) if len(words) >= 2 else ""
        if len(last) >= 3 and last[:1].isupper() and not last.isupper() and last.isalpha():
            out.add(last)
    return out


def _without_office(mention: RawMention, surnames: set[str]) -> RawMention:
    """A person's mention without the office before a known surname: "Komendant Zawada" after "Marek Zawada"."""
    words = mention.text.split()
    if mention.label != "PER" or len(words) != 2 or words[1] not in surnames:
        return mention
    office = words[0].lower()
    if not (_ROLE.search(office) or ROLE_WORD_END.search(office)):
        return mention
    start = mention.start + mention.text.index(words[1], len(words[0]))
    return RawMention(start, mention.end, words[1], "PER", "office cut")


# A preposition of place right before a word: what follows is a place ("aus Nordhorst", "nach Münster", "w Opolu").
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:aus|nach|in|im|from|uit|naar|i|z|w|we|fra|från|till|til|à|en)$", re.I)


def with_surnames(
    texts: Sequence[str], found: list[list[RawMention]], language: str, known: dict[str, str], set_off: bool = False
) -> list[list[RawMention]]:
    """The mentions plus a person's surname standing alone, where the full name is known from these texts or the
    story ("Hargrove said at the hearing" after "Judge Evelyn R. Hargrove"): a model often misses it beside a
    quotation. A surname opening a sentence (anywhere, with ``set_off``) that is also a common word ("Young people
    ...") is left alone unless a comma or a colon follows it."""
    people = [m.text for ms in found for m in ms if m.label == "PER"] + [n for n, t in known.items() if t == "PER"]
    surnames = _surnames(people)
    if not surnames:
        return found
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])")
    out = []
    for text, ms in zip(texts, found, strict=True):
        ms = [_without_office(m, surnames) for m in ms]
        taken = [(m.start, m.end) for m in ms]
        extra = []
        for hit in pattern.finditer(text):
            start, end = hit.span()
            before = text[:start].rstrip()
            glued = re.search(r"[A-ZÀ-Ý][\w.]*$", before) and text[start - 1 : start] == " "
            after = re.match(r" [A-ZÀ-Ý]", text[end:])
            opening = not before or before[-1] in '.!?:"«»„“”'
            if glued or after or any(not (end <= a or start >= b) for a, b in taken):
                continue  # part of a longer name ("Mrs Hargrove" is found by the model, "Hargrove Street" is not hers)
            # (a comma or a colon after it sets it off as a name: "Cárdenas, en meta: «...»")
            apart = re.match(r"\s*[,:]", text[end:]) is not None
            if (opening or set_off) and dictionary_word(hit.group(0), language) and not apart:
                continue
            if set_off and _PLACE_PREPOSITION.search(before):
                continue  # where someone is from or goes to: "Schülerin Merle aus Nordhorst, die ..."
            extra.append(RawMention(start, end, hit.group(0), "PER", "story names"))
            taken.append((start, end))
        out.append(sorted([*ms, *extra], key=lambda m: m.start) if extra else ms)
    return out


# A dateline opening a report: "COLICO, Italy (CP) - ...", "ROTTERDAM (CP) - ...", "MARSEILLE - ...".
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*)(?:,\s*[A-ZÀ-Ý][\w-]+)?\s*"
    r"(?:\((?P<agency>[A-Z]{2,6})\)\s*)?(?:[-–—.]|\.-)"
)


def dateline_mentions(text: str) -> list[RawMention]:
    """The place and agency of a dateline at the start of a sentence."""
    m = _DATELINE.match(text)
    if not m or len(m.group("place")) < 3:
        return []
    out = [RawMention(m.start("place"), m.end("place"), m.group("place"), "LOC", "rules")]
    if m.group("agency"):
        out.append(RawMention(m.start("agency"), m.end("agency"), m.group("agency"), "ORG", "rules"))
    return out


def _with_missed_names(text: str, found: list[RawMention], language: str) -> list[RawMention]:
    """The model's mentions, plus what it misses: a dateline's place and agency, and runs of two or more capitalised
    words inside the sentence ("Davide Colombera of Lario Mountain Rescue said" gives the small English model
    nothing)."""
    # A dateline's place and agency are known from their position: they replace what the model made of them
    # ("MOÛTIERS (AEP) -" read as an organisation).
    dateline = dateline_mentions(text)
    found = [m for m in found if all(m.end <= d.start or m.start >= d.end for d in dateline)]
    from newsfuse.knowledge.spans import label_from_context

    taken = [(m.start, m.end) for m in found]
    extra = dateline + [
        replace(m, label=label_from_context(text, m.start, m.end, m.label))  # "le plan Horizon Quais" is no person
        for m in rule_mentions(text, language, {})
        if len([w for w in m.text.split() if w[:1].isupper()]) >= 2
        and (text[: m.start].strip() or _apposed_opening(text, m, language))
        and not (m.text.isupper() and len(m.text.split()) >= 3)  # a heading in capitals: "TAXING THE WRONG RESOURCES"
        and not _quoted(text, m.start, m.end)  # a title or a slogan: the campaign "Make Love, Not Spam"
    ]
    for m in extra:
        if all(m.end <= a or m.start >= b for a, b in taken):
            found = [*found, m]
            taken.append((m.start, m.end))
    return sorted(found, key=lambda m: m.start)


def _apposed_opening(text: str, mention: RawMention, language: str) -> bool:
    """True for a name of two or three words no dictionary knows that opens the sentence with an apposition after it
    ("Laurent Jeunet, a microbiologist at ..., told ..."): a sentence's first words are capitalised anyway, so only
    such a run is surely a name."""
    words = mention.text.split()
    return (
        2 <= len(words) <= 3
        and text[mention.end :].startswith(",")
        and not any(_known(w, language) or _compound(w, language) for w in words)
    )


_QUOTED_SPAN = re.compile(r"\"[^\"]{2,60}\"|“[^”]{2,60}”|«[^»]{2,60}»|„[^“”]{2,60}[“”]")


def _quoted(text: str, start: int, end: int) -> bool:
    """True when the span lies inside a short quotation, a title or a slogan ("Make Love, Not Spam"): a longer
    quotation may name people the model missed."""
    return any(q.start() < start and end < q.end() for q in _QUOTED_SPAN.finditer(text))


@cache
def shared_recognizer() -> Recognizer:
    """The process-wide recogniser, so each spaCy pipeline loads once per process."""
    return Recognizer()


# --- The fallback for languages without a pipeline: capitalised names, checked against a dictionary ---

NAME_CONNECTORS = {
    "de",
    "del",
    "della",
    "dei",
    "degli",
    "di",
    "da",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "ten",
    "ter",
}
_LEADING_STOP = set(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "eines",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "beim",
        "ins",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "seit",
        "von",
        "vor",
        "wie",
        "als",
        "wenn",
        "auch",
        "aber",
        "und",
        "oder",
        "nur",
        "so",
        "es",
        "er",
        "sie",
        "wir",
        "ihr",
        "ich",
        "man",
        "dies",
        "diese",
        "dieser",
        "dieses",
        "jetzt",
        "heute",
        "gestern",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "lo",
        "al",
        "del",
        "en",
        "con",
        "por",
        "para",
        "según",
        "tras",
        "desde",
        "hasta",
        "este",
        "esta",
        "estos",
        "ese",
        "esa",
        "il",
        "lo",
        "gli",
        "le",
        "i",
        "un",
        "una",
        "uno",
        "dei",
        "delle",
        "degli",
        "della",
        "nel",
        "nella",
        "sul",
        "sulla",
        "con",
        "per",
        "da",
        "dal",
        "dalla",
        "secondo",
        "questa",
        "questo",
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "no",
        "na",
        "do",
        "da",
        "dos",
        "das",
        "pelo",
        "pela",
        "het",
        "de",
        "een",
        "en",
        "in",
        "op",
        "van",
        "met",
        "voor",
        "door",
        # Dutch, Swedish, Norwegian and Danish openers before a name: "Volgens Rijkswaterstaat", "Enligt polisen".
        "volgens",
        "tijdens",
        "bij",
        "daarbij",
        "daarna",
        "uit",
        "naar",
        "aan",
        "om",
        "onder",
        "tegen",
        "hij",
        "zij",
        "ze",
        "dit",
        "deze",
        "burgemeester",
        "wethouder",
        "woordvoerder",
        "woordvoerster",
        "sinds",
        "ook",
        "maar",
        "toen",
        "nadat",
        "omdat",
        "enligt",
        "efter",
        "sedan",
        "även",
        "ifølge",
        "etter",
        "også",
        "på",
    ]
)
# What opens a sentence, a quotation or a clause: a capitalised word after it may be a common word.
_OPENERS = '.!?:–-"«»„“\'‘’'
# Words that open Polish sentences capitalised: prepositions, conjunctions and adverbs ("W Radochowie ...", "Według
# IMGW ...", "Dziś rano ..."), which simplemma's dictionary lacks in part.
_POLISH_OPENERS = """
    w we z ze na do po od o u i a według przez dla pod nad przed za przy bez ku jak gdy ale lecz oraz to ten ta te
    tam tu już jeszcze dziś wczoraj jutro teraz wciąż też także jednak wcześniej później nikt ktoś
"""
# Words that open Swedish, Norwegian and Danish sentences capitalised ("När Stockholmsbörsen öppnade ...").
_NORDIC_OPENERS = """
    när når då da efter etter enligt ifølge ifølge under sedan siden men och og det den de detta dette denne vid ved
    med för for från fra hos om som nu nå till til av af även også også redan allerede
"""
_LEADING_STOP_BY_LANGUAGE = {
    "pl": frozenset(_POLISH_OPENERS.split()),
    **{language: frozenset(_NORDIC_OPENERS.split()) for language in ("sv", "no", "da")},
}
# A role before a name at the start of a sentence, in one word: "Ordfører", "Melkebonde", "Cheføkonom", "Burmistrz".
_ROLE = re.compile(
    r"(?:ordfører|ordförande|økonom|ekonom|minister|ministeren|direktør|direktör|chef|leder|talsperson|talsmand|"
    r"talsmann|bonde|borgmester|borgmästare|burmistrz|wojewoda|prezes|rzecznik|dyrektor|komendant|wethouder|"
    r"burgemeester|woordvoerder|woordvoerster|voorzitter|formand|sjef|rektor|professor|dijkgraaf|gedeputeerde|"
    r"analytiker|vd|directeur|directrice|director|directora|direktor|direktorin)$"
)
# Polish prepositions of place ("w Radochowie Wielkim", "do Stronia Górnego", "na Ziemi Kłodzkiej").
_POLISH_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:w|we|na|pod|przy|nad|koło|obok|do|z|ze|od|okolicach)\s*$", re.I)


# Adjectives of a place or people before their noun, capitalised in Dutch only: "Vlaamse vissers", "Belgische vloot".
_ADJECTIVE_OF_PLACE = re.compile(r"\w(?:se|sche)$")


def _common_word(word: str, after: str, language: str) -> bool:
    """True for one capitalised Dutch word that is a common word all the same: it is its own dictionary form in
    lowercase ("de ministers van Visserij"), or an adjective of a place before its noun ("Vlaamse vissers"). Elsewhere
    a capitalised word inside a sentence is a name even when it is a word too ("Silla", "Lund")."""
    import simplemma

    code = _SIMPLEMMA_CODES.get(language, language)
    try:
        lemma = simplemma.lemmatize(word, lang=code)
    except ValueError:  # a language simplemma lacks
        return False
    # Only a word that is its own dictionary form: "Folketinget" is "folketing" with its article, and names a body.
    if lemma == word.lower() and _dictionary_word(word.lower(), language):
        return True
    return bool(_ADJECTIVE_OF_PLACE.search(word)) and bool(re.match(r" [a-zà-ÿ]", after))


# Prepositions of place before a name, in the languages without a model ("a", "de", "di", "da" also mark people).
_LOC_BEFORE = re.compile(
    r"(?:^|\s)(?:in|im|nach|near|en|nel|nella|nei|negli|em|no|na|nos|nas|op|naar|uit|à|au|aux|dans|i|på|fra|från|til)\s+$"
)


def _polish_place(span: str, before: str) -> bool:
    """True for a Polish name that is a place by its preposition, or by its adjective's case: a place's adjective
    follows it in the case a preposition gives, and people are named in the nominative."""
    words = span.split()
    return bool(_POLISH_PLACE_BEFORE.search(before)) or (
        len(words) >= 2 and words[-1].endswith(("ym", "im", "ej", "ego", "iej", "ów", "owie", "ach"))
    )


# "Den Haag", "Den Bosch": in Dutch the old article is part of the place's name.
_NAME_ARTICLES = {"nl": {"Den"}}
# An article capitalised inside a sentence belongs to the name it opens, in whatever language the text is: "at the
# 2019 Los Angeles Auto Show", "near Las Vegas", "the De Beers group".
_ARTICLES_IN_NAMES = {"Los", "Las", "La", "Le", "Les", "El", "Il", "Lo", "De", "Del", "Der", "Die", "Das", "Da", "Di"}
_ORG_CUES = re.compile(
    r"\b(GmbH|AG|SE|Ltd|Inc|S\.A\.|SpA|Sindicato|Oficina|Agencia|Ferrovías|Soccorso|Verband|Partei|Ministerium|Feuerwehr|"
    r"Polizei|Gewerkschaft|Universität|Università|Universidad|Comune|Consiglio|Servicio|Servizio|Agentur|Behörde|"
    r"Agency|Council|Press|Ingenieurbüro|Stiftung|Gruppe|Grupo|Gruppo|Banco|Bank|Compagnia|Compañía|Federación|"
    r"Asociación|Associazione|Verein|Amt|Rescue|Service|Services|Authority|Trust|Board|Brigade|Commission|Committee|"
    r"Institute|Corporation|Company|Union|Association|Federation|Society|Foundation|Hospital|Museum|"
    # Portuguese, Spanish and Italian bodies: "Câmara Municipal de ...", "Infraestruturas de Portugal".
    r"Câmara|Ayuntamiento|Municipio|Prefeitura|Assembleia|Associação|Federação|Universidade|Instituto|Companhia|"
    r"Infraestruturas|Tribunal|Tribunale|Polícia|Policía|Ministério|Ministerio|Ministero|Governo|Gobierno|"
    r"Sociedade|Sociedad|Fundação|Fundación|Fondazione|Partido|Partito|Izquierda|Esquerda|Sinistra|Coalición|Coligação|"
    r"Movimiento|Movimento|Alianza|Aliança|Alleanza|Ospedale|Guardia|Polizia|Carabinieri|"
    # Dutch, Nordic and Polish bodies: "Europese Commissie", "Vereniging van Oostendse Reders", "Straż Pożarna".
    r"Commissie|Kommissionen|Komisja|Parlement|Parlament|Ministerie|Vereniging|Forening|Förening|Straż|Urząd|Sąd|"
    r"Policja|Wody|Wód|Spółka|Spółki|Zakład|Zakładu|Zakładów|Przedsiębiorstwo|Przedsiębiorstwa|Cruz Roja|Croce Rossa|Rotes Kreuz|Croix-Rouge|Rode Kruis|Red Cross|Generalitat|Consulado|"
    r"Consolato|Konsulat|Embajada|Ambasciata|Botschaft|Ministerio|Dierenpark|Tierpark)\b|\w(?:rettung|wehr|polizei|gericht|behörde|ministerium|verband|verein|dienst|"
    r"partei|gewerkschaft|stiftung|agentur|forening|foreningen|förening|föreningen|forbund|förbund|udvalg|udvalget|"
    r"utvalg|utvalget|vereniging)\b"
    # Swedish, Norwegian and Danish bodies in the definite form: "Vegtrafikksentralen", "Kattegattlinjen", "Trafikverket".
    r"|\w(?:sentralen|centralen|verket|etaten|direktoratet|tilsynet|styrelsen|myndigheten|tjänsten|tjenesten|linjen)\b"
)
_LOC_CUES = re.compile(
    r"\b(Monte|Lago|See|Río|Rio|Valle|Piazza|Plaza|Calle|Straße|Platz)\b|(brücke|straße|platz|tal)$"
    # A place's first word in Portuguese, Spanish and Italian: "Vila Franca de Xira", "Puerto Real", "Santo Domingo".
    r"|^(?:Vila|Villa|Ciudad|Città|Cidade|San|Santa|Santo|São|Porto|Puerto|Castelo|Castillo|Castello|Serra|Sierra|"
    r"Mercado|Mercato|Mercat|"
    r"Ilha|Isla|Isola|Praia|Playa|Vale|Ponte|Puente|Cabo|Capo|Baía|Bahía|Lagoa|Laguna)\b"
)
# A body's kind in lower case right before its name: "la società Funivie Col de Ròsa", "la empresa Aguas del Sur".
_ORG_BEFORE = re.compile(
    r"\b(?:società|societa|empresa|compañía|companhia|azienda|company|firm|firma|gesellschaft|bedrijf|consorzio|"
    r"cooperativa|hospital|ospedale|clínica|clinica)\s+$",
    re.I,
)
_PER_CUES = re.compile(
    r"(?:Sprecher(?:in)?|Leiter(?:in)?|Werksleiter(?:in)?|Bürgermeister(?:in)?|Minister(?:in)?|Präsident(?:in)?|"
    r"Direktor(?:in)?|Chef(?:in)?|\w*ingenieur(?:in)?|\w*stadtrat|\w*stadträtin|Pendlerin|Pendler|Herr|Frau|Dr\.|"
    r"portavoz|ministr[oa]|president[ea]|director[a]?|secretari[oa]|alcalde(?:sa)?|jef[ea]|señor[a]?|"
    r"portavoce|sindac[oa]|coordinat(?:ore|rice)|direttore|direttrice|signor[a]?|dottor(?:essa)?|"
    r"burgemeester|wethouder|gedeputeerde|woordvoerder|woordvoerster|commandant|directeur|bourgmestre|maire|mayor)"
    r"\s*,?\s*$",
    re.I,
)
# An elided article before a name is a token of its own: "dell'Aiguille" is "dell'" and "Aiguille".
_TOKEN = re.compile(r"(?:[ldnsLDNS]|[dD]ell|[aA]ll|[nN]ell|[dD]all|[sS]ull|[uU]n|[qQ]u)['’](?=[A-ZÀ-Ý])|[\w][\w'’.-]*")


def _is_capitalised(token: str) -> bool:
    # "Sull'autobus", "L'incendio": an elided article or preposition opening a sentence before a common word.
    return token[:1].isupper() and not _ELIDED_LOWER.match(token)


_ELIDED_LOWER = re.compile(r"^\w{1,4}['’][a-zà-ÿ]")


def dictionary_word(token: str, language: str) -> bool:
    """True when simplemma's dictionary of ``language`` knows the word (as written or in lowercase)."""
    return _dictionary_word(token, language)


# simplemma knows Norwegian as Bokmål.
_SIMPLEMMA_CODES = {"no": "nb"}
NORDIC = ("sv", "no", "da")  # Swedish, Norwegian and Danish share the rules below
# "Statens vegvesen", "Statens järnvägar": a state agency, named by a capitalised genitive and a common noun.
_STATE_AGENCY = re.compile(r"\bStatens\s+[a-zæøåäö]+")


_DEFINITE_ENDINGS = ("en", "et", "n", "t", "na", "ne", "ene", "erna", "arna", "orna")


# A people's adjective in Danish, Norwegian or Swedish: "Svenske", "Danska", "Norske", "Tyske", "Amerikanske".
_NORDIC_DEMONYM = re.compile(r"(?:Sven|Dan|Nor|Ty|Fin|Pol|Fran|Brit|Russ|Amerikan|Europæ|Europe|Holland|Island)[a-zæøå]{0,3}sk[ae]")


# A firm's name written in camel case or in capitals: "NetVerbind", "ProRail", "KPN" ("Ilse Brouwer van NetVerbind").
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}")
# An office with its portfolio after it: "assessore alla", "concejala de", "vereador do", "adjointe à la".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:assessore|assessora|consigliere|consigliera|delegato|delegata|ministro|ministra|vereador|vereadora|"
    r"presidente|presidenta|président|présidente|governatore|governatrice|"
    r"concejal|concejala|consejero|consejera|conseiller|conseillère|adjoint|adjointe|secretario|secretaria|"
    r"secretário|secretária|wethouder|schepen)\s+(?:alla|al|all'|all’|ai|agli|alle|della|del|dello|di|de|da|do|dos|das|"
    r"de la|du|des|à la|au|aux|van|voor)\s*$",
    re.I,
)


def _definite_noun(token: str, language: str) -> bool:
    """A Swedish, Norwegian or Danish noun in its definite form ("Rederiet", "Polisen"): its dictionary form plus a
    definite ending. A first name is its own dictionary form ("Karin", "Anna"), so it never is one."""
    import simplemma

    word = token.lower()
    lemma = simplemma.lemmatize(word, lang=_SIMPLEMMA_CODES.get(language, language))
    return lemma.islower() and lemma != word and word.startswith(lemma) and word[len(lemma) :] in _DEFINITE_ENDINGS


def _dictionary_word(token: str, language: str) -> bool:
    import simplemma

    language = _SIMPLEMMA_CODES.get(language, language)
    try:
        return bool(simplemma.is_known(token, lang=language)) or bool(simplemma.is_known(token.lower(), lang=language))
    except ValueError:  # a language simplemma lacks: treat every word as unknown
        return False


# Laws, codes and treaties are named like people or bodies: "German Penal Code", "Data Protection Act".
_DOCUMENT_CUES = re.compile(
    r"\b(Code|Act|Law|Treaty|Policy|Agreement|Convention|Directive|Constitution|Gesetz|Gesetzbuch|"
    r"Loi|Ley|Legge|Lei|Tratado|Traité|Trattato|Vertrag)\b|gesetz(?:buch)?\b"
)


# A road's code is a place, as the sample's gold has it: "A4", "E6", "RN90", "AP-7".
_ROAD_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,4}$")


def _type_of(name: str, before: str) -> str:
    if _ROAD_CODE.match(name):
        return "LOC"
    if _ORG_CUES.search(name) or (name.isupper() and 2 <= len(name) <= 6) or " & " in name:
        return "ORG"
    if _DOCUMENT_CUES.search(name) or any(ch.isdigit() for ch in name):
        return "MISC"  # a document, or a model's name with its number ("Airbus A320"): no person, no place
    if _LOC_CUES.search(name):
        return "LOC"
    if _PER_CUES.search(before):
        return "PER"
    if _ORG_BEFORE.search(before):
        return "ORG"  # "il presidente della società Funivie Col de Ròsa"
    parts = [p for p in name.split() if p.lower() not in NAME_CONNECTORS]
    return "PER" if 2 <= len(parts) <= 3 else "LOC"


# Elided articles glued to a word: "L'uomo", "dell'Adda".
_ELISION = re.compile(r"^(?:l|d|dell|all|nell|dall|sull|un|qu|s|c|j|m|n)['’]", re.I)
# Endings of German compounds that name places, so that "Längenfeld" stays a name although "Länge" and "Feld" are words.
_PLACE_ENDINGS = (
    "feld", "berg", "dorf", "bach", "burg", "heim", "hausen", "stadt", "tal", "see", "kirchen", "wald", "hof", "stein",
    "brücke", "brunn", "ach", "au", "ingen", "hafen", "weiler", "furt", "münster", "stett", "reut", "grub",
)


def _known(word: str, language: str) -> bool:
    """A dictionary word, once an elided article is cut off ("L'uomo")."""
    word = _ELISION.sub("", word.strip("'’"))
    return not word or word.lower() in NUMBER_WORDS.get(language, {}) or _dictionary_word(word, language)


def _compound(word: str, language: str) -> bool:
    """A German compound of dictionary words ("Routineprüfung", "Verkehrsstadträtin"), not a place name."""
    if language != "de" or len(word) < 8 or word.lower().endswith(_PLACE_ENDINGS):
        return False
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:].capitalize()
        heads = (head, head[:-1]) if head.endswith(("s", "n")) else (head,)
        if _dictionary_word(tail, language) and any(_dictionary_word(h.capitalize(), language) for h in heads):
            return True
    return False


def _german_noun(word: str) -> bool:
    """True for a German noun: its dictionary form is capitalised, as an adjective's or a numeral's is not."""
    import simplemma

    return simplemma.lemmatize(word, lang="de")[:1].isupper()


def _german_name(run: list[re.Match[str]], common: Callable[[str], bool]) -> tuple[list[re.Match[str]], bool]:
    """A run of German capitalised words without the dictionary words before the name proper: a noun governing a
    genitive ("Sperre der Weikerlbrücke"), a description ("Prüfingenieur Florian Achleitner"); and without the noun a
    place adjective qualifies ("Rotterdamer Hafen"). True with it when a description introduced a person's name."""
    words = [t.group(0).rstrip(".") for t in run]
    if _ORG_CUES.search(" ".join(words[1:])):
        return run, False  # "Donau Mobil GmbH": an organisation's name keeps its words
    if len(run) >= 3 and words[1].lower() in NAME_CONNECTORS and common(words[0]):
        return run[2:], False
    described = False
    while len(run) >= 3 and common(run[0].group(0).rstrip(".")) and not _ORG_CUES.search(run[0].group(0)):
        # A noun describes the name after it ("Prüfingenieur"); an adjective or a numeral ("Rote", "Drei") does not.
        run, described = run[1:], described or _german_noun(run[0].group(0).rstrip("."))
    if run and run[0].group(0) in NAME_CONNECTORS:
        run, described = run[1:], False  # "Mitarbeiter der Nachtschicht": a genitive, not a name in apposition
    for k in range(len(run) - 2):
        # "HSG-Trainer Dirk Hellwege", "Ostermoors Trainer Sven Kallweit": a team's role, then the person (the
        # dictionary knows first names and surnames such as "Dirk" or "Hellwege", so the role is told by its ending)
        if ROLE_WORD_END.search(run[k].group(0).rstrip(".").lower()) and (k > 0 or "-" in run[k].group(0)):
            return run[k + 1 :], True
    if len(run) == 2:
        first, second = (t.group(0).rstrip(".") for t in run)
        if first.endswith("er") and not common(first) and common(second) and not _ORG_CUES.search(second):
            return run[:1], False
    return run, described


# A role written with a capital, alone or at the end of a compound, before a name: German "Trainer", "HSG-Trainer",
# "Polizeisprecherin", and the trades and roles Dutch and Nordic papers put first: "Molenbouwer", "Bewoonster", "Bager".
ROLE_WORD_END = re.compile(
    r"(?:trainer|trainerin|coach|kapitän|kapitänin|sprecher|sprecherin|bürgermeister|bürgermeisterin|präsident|"
    r"präsidentin|chef|chefin|leiter|leiterin|direktor|direktorin|minister|ministerin|manager|managerin|kommandant|"
    r"kommandantin|geschäftsführer|geschäftsführerin|vorsitzende|vorsitzender|landrat|landrätin|sekretär|sekretärin|"
    r"molenaar|molenbouwer|bewoner|bewoonster|woordvoerder|woordvoerster|eigenaar|eigenares|schepen|wethouder|"
    r"bager|bagare|baker|kaptajn|kaptein|kapten|skipper|fisker|fiskare|houder|akkerbouwer|tuinder|"
    # a Dutch expert's field ("milieukundige", "deskundige") and one who takes part or the lead ("initiatiefnemer")
    r"kundige|omwonende|nemer|neemster|"
    # a coach, a player of a position, a neighbour: "Træner Thomas Kirk", "Stregspiller Sofie Brandt", "Buurvrouw Ilse"
    r"træner|trener|tränare|spiller|spelare|buurvrouw|buurman|komendant|rzecznik|kapitan|"
    # one who travels to work by it: "Pendler Marit Lunde", "Pendlerin Anna Huber", "forens Jan de Vries"
    r"pendler|pendlerin|pendlare|forens|"
    # a scientist of a field ("KNMI-meteoroloog", "IGN-Seismologin", "sismologo")
    r"loog|loge|login|ologe|ologo|ologa|olog)$"
)


def _acronym_before_name(run: Sequence[re.Match[str]]) -> bool:
    """An organisation's initials before a person's first name and surname ("MSZ Paweł Zieliński"): two mentions."""
    head, rest = run[0].group(0), [t.group(0) for t in run[1:]]
    return (
        head.isupper()
        and 2 <= len(head) <= 6
        and len(rest) == 2
        and all(w[:1].isupper() and w[1:].islower() and len(w) >= 3 for w in rest)
    )


# A municipality or police district ends its name; capitalised words after it name someone else: "Søndervang
# Kommune Jens Ole Riber", "Lunds kommun".
# (and an association or a committee: "Hjortebæk Handelsstandsforening Anders Bech")
_BODY_END = re.compile(
    r"(?:kommune|kommun|politi|polis|forening|foreningen|förening|föreningen|forbund|förbund|udvalg|udvalget|utvalg|"
    r"utvalget|vereniging|verband|verein)$",
    re.I,
)


# News agencies pass words on; they do not speak them (", ha dicho, según recoge EFE"), and a person's name may follow
# one on the same run ("disse à Lusa Helena Cordeiro").
AGENCY_NAMES = frozenset(
    {"efe", "afp", "ap", "reuters", "dpa", "ansa", "lusa", "anp", "belga", "ntb", "tt", "ritzau", "pap", "apa", "ats",
     "sda", "europa press", "agence france-presse", "associated press"}
)


# A Nordic public agency is one compound word ending in its kind: "Fødevarestyrelsen Mette Kjærgaard Holm",
# "Mattilsynet", "Livsmedelsverket".
_AGENCY_END = re.compile(
    r"\w{3,}(?:styrelsen|styrelse|verket|tilsynet|direktoratet|myndigheten|myndigheden|instituttet|institutet|"
    r"departementet|ministeriet)$",
    re.I,
)


# An adjective in the genitive or locative ("Łużyckiego", "Brzostowej"), not a first name ending alike ("Andrzej").
_POLISH_GENITIVE_ADJECTIVE = re.compile(r"(?:ego|iej|[^z]ej)$")
_POLISH_OFFICE_BEFORE = re.compile(
    r"(?:^|\s)(?i:prezydent|prezydentka|burmistrz|burmistrzyni|wójt|starosta|marszałek|trener|trenerka|kapitan|"
    r"kapitanka|prezes|prezeska|komendant|komendantka|dyrektor|dyrektorka|rzecznik|rzeczniczka)"
    r"(?:\s+(?:gminy|miasta|powiatu|województwa|klubu|drużyny|zespołu))?\s+$"
)
_GOVERNING_BEFORE = re.compile(r"\b(?:for|för|i|ved|vid|hos|fra|från|af|av)\s+$", re.I)


def _body_end(run: Sequence[re.Match[str]]) -> int | None:
    """The index of a body's last word inside a run, when two or more capitalised words follow it."""
    for k, tok in enumerate(run[:-2]):
        if (k > 0 and _BODY_END.search(tok.group(0))) or _AGENCY_END.match(tok.group(0)):
            return k
    return None


def rule_mentions(text: str, language: str, known: dict[str, str]) -> list[RawMention]:
    """Mentions by rules: names the story already knows, then runs of capitalised words that are not common words.

    In German every noun is capitalised, so there a run is a name only when one of its words is unknown to the
    language's dictionary (simplemma) and is no compound of dictionary words, or the run is a name the story already
    knows; dictionary words before a name ("Prüfingenieur Florian Achleitner", "Sperre der Weikerlbrücke") are cut.
    """
    found: list[RawMention] = dateline_mentions(text)
    if language in NORDIC:
        found += [RawMention(m.start(), m.end(), m.group(0), "ORG", "rules") for m in _STATE_AGENCY.finditer(text)]
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in found]
    for name in sorted(known, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                # an office right before the name makes it a person, whatever another sentence's model read:
                # "Burgemeester Ingrid Veldhuis-Kamp" beside "la bourgmestre de Zuiderwaard, Ingrid Veldhuis-Kamp" (LOC)
                window = text[max(0, m.start() - 80) : m.start()]
                titled = bool(_PER_CUES.search(window[-40:]) or _said_described(window)) and len(name.split()) >= 2
                found.append(RawMention(m.start(), m.end(), name, "PER" if titled else known[name], "story names"))
                taken.append((m.start(), m.end()))
    tokens = list(_TOKEN.finditer(text))

    def common(word: str) -> bool:
        return _known(word, language) or _compound(word, language)

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group(0).rstrip(".")
        inside = bool(text[: tok.start()].strip()) and text[: tok.start()].rstrip()[-1:] not in _OPENERS
        opens_name = (
            (word in _NAME_ARTICLES.get(language, set()) or (inside and word in _ARTICLES_IN_NAMES))
            and i + 1 < len(tokens)
            and text[tok.end() : tokens[i + 1].start()] == " "
            and _is_capitalised(tokens[i + 1].group(0))
        )
        stop = word.lower() in _LEADING_STOP or word.lower() in _LEADING_STOP_BY_LANGUAGE.get(language, ())
        if not _is_capitalised(word) or (stop and not opens_name):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1].group(0)
            gap = text[tokens[j].end() : tokens[j + 1].start()]
            # Punctuation ends a name, and so does a full stop glued to a word ("Leitgeb. Die Sperre").
            if gap == " & " and _is_capitalised(nxt):
                j += 1  # a firm named after its founders: "Rederiet Holm & Vestergaard", "Marks & Spencer"
                continue
            if gap.strip() or (tokens[j].group(0).endswith(".") and len(tokens[j].group(0)) > 3):
                break
            if _is_capitalised(nxt):
                j += 1
            elif (
                nxt.lower() in NAME_CONNECTORS
                and j + 2 < len(tokens)
                and _is_capitalised(tokens[j + 2].group(0))
                # after a first name and a surname, "van" and a common word open a body: "Ruud Hermans van
                # Bibliotheek Maasland"
                and not (
                    language == "nl"
                    and nxt == "van"
                    and j > i
                    # (after an office and a first name, "van" opens the surname: "Directeur Erik van Dorsten")
                    and not (j == i + 1 and _ROLE.search(tokens[i].group(0).lower()))
                    and (common(tokens[j + 2].group(0)) or _CAMEL_CASE.fullmatch(tokens[j + 2].group(0).rstrip(".")))
                )
            ):
                j += 2
            else:
                break
        sentence_initial = not text[: tok.start()].strip() or text[: tok.start()].rstrip()[-1:] in _OPENERS
        run = tokens[i : j + 1]
        i = j + 1
        described = False
        genitive_place = False
        if language == "de":
            run, described = _german_name(run, common)
        elif language in NORDIC and sentence_initial and len(run) >= 2 and (
            _definite_noun(run[0].group(0), language)
            or (_NORDIC_DEMONYM.fullmatch(run[0].group(0)) and run[1].group(0).endswith(("en", "et", "na", "ne")))
        ):
            # "Rederiet Kattegattlinjen", "Svenske Kustbevakningen": a noun in its definite form, or a people's
            # adjective before one, opens the sentence, not the name ("Danske Bank" stays whole)
            run = run[1:]
        elif len(run) >= 3 and "-" in run[0].group(0) and ROLE_WORD_END.search(run[0].group(0).lower()):
            run = run[1:]  # a body's compound with a role before the name: "KNMI-meteoroloog Femke de Graaf"
        elif (
            language != "de"
            and sentence_initial
            and len(run) >= 3
            and (_ROLE.search(run[0].group(0).lower()) or ROLE_WORD_END.search(run[0].group(0).lower()))
        ):
            run = run[1:]  # "Ordfører Siri Bakken", "Melkebonde Ola Myrvang": a role opens the sentence, not the name
            if len(run) >= 4 and run[0].group(0) in NAME_CONNECTORS:
                run = run[2:]  # and its portfolio: "Schepen van Digitalisering Evy De Backer"
        if not run:
            continue
        if language != "de" and _PORTFOLIO_BEFORE.search(text[max(0, run[0].start() - 40) : run[0].start()]):
            # "l'assessore alla Mobilità Davide Contini": the portfolio, then the person who holds it (a longer run
            # may be a body's name: "presidente della Croce Rossa Italiana Mario Bianchi")
            run = run[1:] if len(run) == 3 else run
        if (cut := _body_end(run)) is not None:
            run, i = run[: cut + 1], tokens.index(run[cut + 1])
        elif (
            language in NORDIC
            and len(run) >= 3
            and _GOVERNING_BEFORE.search(text[max(0, run[0].start() - 12) : run[0].start()])
            and "&" not in text[run[0].start() : run[-1].end()]  # a firm named for its founders: "Rederiet Berg & Tangen"
            and _definite_noun(run[0].group(0), language)
        ):
            # a club or a body the office governs, in its definite form, then its holder: "Formand for Isbjørnene
            # Karen Lund-Iversen"
            run, i = run[:1], tokens.index(run[1])
        elif len(run) >= 3 and len(run[0].group(0)) >= 3 and run[0].group(0).lower() in AGENCY_NAMES:
            run, i = run[:1], tokens.index(run[1])  # the agency, then the person who told it
        elif (
            language == "pl"
            and len(run) >= 3
            and (
                run[-3].group(0).endswith(("ego", "iej"))
                # an adjective and a noun in the genitive: "Brzostowej Góry", "Zielonej Łąki"
                or (
                    len(run) >= 4
                    and run[-4].group(0).endswith(("ej", "ego"))
                    and run[-3].group(0).endswith(("y", "i", "ej"))
                )
            )
            and not any(_POLISH_GENITIVE_ADJECTIVE.search(t.group(0)) for t in run[-2:])
        ):
            # "burmistrz Jodłowa Łużyckiego Tomasz Szczepaniak", "Burmistrz Brzostowej Góry Agnieszka Wątorek": the town
            # in the genitive, then its mayor
            run, i = run[:-2], tokens.index(run[-2])
            genitive_place = True
        elif (
            language == "pl"
            and 3 <= len(run) <= 6
            and _POLISH_OFFICE_BEFORE.search(text[max(0, run[0].start() - 40) : run[0].start()])
            and not _POLISH_GENITIVE_ADJECTIVE.search(run[-2].group(0))
            and not run[0].group(0).isupper()  # a ministry's initials: "Rzecznik MSZ Paweł Zieliński"
        ):
            # an office, the town or club it serves, then its holder: "prezydent Radomierza Marek Zawadzki", "Trener
            # Neptuna Ryszard Gołębiowski", "wójt gminy Bukowiec Kłodzki Andrzej Pietras"; a longer body is more
            # often a firm than a town: "rzecznik Śląskiej Spółki Węglowej Tomasz Gajda"
            run, i = run[:-2], tokens.index(run[-2])
            genitive_place = len(run) <= 2
        elif _acronym_before_name(run) or (
            # "Pasażerka z Katowic Marta Kowalczyk": the place a preposition governs, then the person
            language == "pl"
            and len(run) == 3
            and _POLISH_PLACE_BEFORE.search(text[max(0, run[0].start() - 40) : run[0].start()])
            and not _polish_place(f"{run[1].group(0)} {run[2].group(0)}", "")  # "z Nowej Wsi Górnej": one place
        ):
            run, i = run[:1], tokens.index(run[1])  # "Rzecznik MSZ Paweł Zieliński": the ministry, then the person
        start, end = run[0].start(), run[-1].end()
        span = text[start:end].rstrip(".")
        end = start + len(span)
        if any(not (end <= a or start >= b) for a, b in taken) or len(span) < 2:
            continue
        words = [w for w in span.split() if w.lower() not in NAME_CONNECTORS]
        unknown = [w for w in words if not common(w)]
        acronym = span.isupper() and 2 <= len(span) <= 6
        # In German, a name a description introduces ("Verkehrsstadträtin Martina Leitgeb") counts even when its words
        # are also dictionary words; otherwise one of them must be unknown.
        article_named = span.split()[0] in _NAME_ARTICLES.get(language, set())  # "Den Haag wil ...": a name all the same
        if (
            (language == "de" or (sentence_initial and len(words) == 1))
            and not unknown
            and not acronym
            and not described
            and not article_named
        ):
            continue
        if language == "nl" and len(words) == 1 and not acronym and _common_word(span, text[end:], language):
            continue
        kind = _type_of(span, text[max(0, start - 40) : start])
        if genitive_place or (language == "pl" and kind == "PER" and _polish_place(span, text[max(0, start - 40) : start])):
            kind = "LOC"
        elif kind == "PER" and _LOC_BEFORE.search(text[max(0, start - 12) : start]):
            kind = "LOC"  # "en Torrealta de Túria", "in Altenbrünn", "nel Savonese": a place, not a person
        found.append(RawMention(start, end, span, kind, "rules"))
        taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


def known_names(mentions: Iterable[RawMention]) -> dict[str, str]:
    """Names (of two letters or more) and their types, to find them again in other languages' articles; not a surname
    an office stood before ("Bondscoach Stam"), which would take "Stam" out of "Erwin Stam"."""
    return {
        m.text: m.label
        for m in mentions
        if len(m.text) >= 2 and m.label in ("PER", "ORG", "LOC") and m.source != "office cut"
    }
