"""Candidate sentences of a story article and their scores: centrality, support, position, informativeness."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newsfuse.copies import quotes_of, split_units
from newsfuse.embeddings import Encoder
from newsfuse.grammar import has_verb
from newsfuse.records import Article, Passage
from newsfuse.settings import Settings
from newsfuse.summarize.figures import counted_differently, counts
from newsfuse.summarize.repairs import KICKER, trim
from newsfuse.temporal import MONTHS, RELATIVE_DAYS, WEEKDAYS, find_expressions
from newsfuse.textnorm import strip_accents, words

# Sentences that lean on context the summary may not give ("Il", "Ces derniers", "He", "Sie"...).
DANGLING = re.compile(
    r"^(il|elle|ils|elles|ce|cela|ces|celui|celle|ceux|he|she|they|it|this|that|these|those|his|her|their|its|er|sie|es|"
    r"dies|diese|dieser|él|ella|ellos|ellas|esto|este|esta|lui|lei|esso|essa|questo|questa|"
    r"son|sa|ses|leur|leurs|sein|seine|seinen|seinem|seiner|ihre|ihren|ihrem|su|sus|"
    r"par ailleurs|en outre|de son côté|however|also|meanwhile|but|and|aussi|mais|et|pero|aber|auch|donc|so|"
    r"ces derniers|the latter|the former|le premier|le second|"
    # pt, nl, sv, no/da, pl: not the words that also open a sentence as an article ("De", "Den", "Het") or as an
    # English word ("Men", "Hon.").
    r"ele|ela|eles|elas|isso|isto|porém|hij|zij|deze|maar|ook|han|hon|hun|dessa|detta|disse|dette|ona|oni|"
    # Polish "its" and "as a result of it": "W jego wyniku zawaliła się część chodnika."
    r"jego|jej|ich|w jego wyniku|w jej wyniku|w ich wyniku|w wyniku tego|z tego powodu|dzięki temu|wtedy|potem)\b"
    # A copula whose subject the language leaves out, before what "it" is: "È la sentenza pronunciata oggi ...",
    # "Es el tercer accidente ...", "É a maior greve ...": it is what the sentence before told.
    r"|^(?:è|fu|es|fue|é|foi)\s+(?:la|il|lo|l['’]|un|una|uno|el|a|o|um|uma)(?:\s|(?<=['’]))"
    # A subject pronoun after a short opening phrase leans on context all the same: "Today, they announced ...",
    # "Lundi, il a annoncé ...". Not "it", which is often impersonal ("In 2004, it was clear that ..."), nor German
    # "er" and "sie", which open reported speech after its speaker ("Gusenbauer betonte, er wolle ...").
    r"|^[^,.;:!?\"«“]{1,30},\s+(?:il|elle|ils|elles|he|she|they|él|ella|ellos|ellas|lui|lei|ele|ela|eles|elas"
    r"|hij|zij|han|hon|ona|oni)\b"
    # A pronoun as the subject of both the opening clause and the main one: "As they stepped outside the airport, one
    # after the other, they appeared sad." ("When he arrived, Lund said ..." names him: the pronoun looks ahead.)
    r"|^(?:as|when|while|after|before|because|since|although|though|once|until|quand|lorsque?|alors que|comme|"
    r"après qu|parce qu|puisqu|als|nachdem|weil|während|obwohl|cuando|mientras|porque|quando|mentre|perché)"
    r"(?:\s+|['’])(?:il|elle|ils|elles|he|she|they|er|él|ella|ellos|ellas|lui|lei|ele|ela|eles|elas)\b"
    r"[^,.;:!?]{1,80},(?:[^,.;:!?]{1,40},)?\s+(?:il|elle|ils|elles|he|she|they|er|sie|él|ella|ellos|ellas|lui|lei"
    r"|ele|ela|eles|elas)\b"
    # What the sentence before told, as the object of a verb of saying: "Lo hanno confermato questa mattina i geologi",
    # "Lo confirmó el alcalde" (not the article: "Lo stadio ...").
    r"|^(?:lo|la|l['’])\s*(?:ha|hanno|aveva|avevano|han|había|habían)\s+(?:\w+\s+)?(?:confermat|annunciat|dett|"
    r"spiegat|riferit|comunicat|dichiarat|ribadit|sottolineat|assicurat|confirmad|anunciad|dich|explicad|asegurad)\w*"
    r"|^lo\s+(?:confirmó|confirmaron|anunció|anunciaron|dijo|dijeron|explicó|aseguró|afirmó|conferma|confermano|"
    r"annuncia|dice|spiega|confirma|anuncia|explica|asegura)\b"
    # "Like Ero mentioned earlier, ...", "As reported above, ...": the page's earlier words, which the article may not give.
    r"|^(?:like|as)\s+(?:[\w'-]+\s+){0,2}(?:mentioned|said|reported|noted|explained|written)\s+(?:earlier|before|above)\b"
    r"|^comme (?:nous l'avons |indiqué |évoqué |expliqué )+(?:plus haut|précédemment)\b"
    # "Deux d'entre elles, le conducteur ...", "Two of them were ...": a part of those the sentence before counted.
    r"|^[\w-]+\s+(?:d'entre (?:eux|elles)|d’entre (?:eux|elles)|of (?:them|whom|these|those)|von ihnen|de (?:ellos|ellas)"
    r"|di (?:loro|essi|esse)|deles|delas|z nich|van hen)\b"
    # "Of the latter, 229 were detained while pregnant.": a share of a group the sentence before counted.
    r"|^(?:of|among|parmi|unter|entre|de)\s+(?:the latter|the former|them|these|those|eux|elles|ces derni[eè]re?s"
    r"|ihnen|ellos|ellas|eles|elas)\s*,"
    # A connective that continues the sentence before: "Then, last week, ...", "For example, the port ...". Those
    # that also open a phrase of their own ("In addition to ...", "Instead of ...") only with their comma.
    r"|^(?:then|moreover|furthermore|nevertheless|nonetheless|additionally|consequently|therefore|likewise|similarly|"
    r"ensuite|puis|toutefois|cependant|pourtant|néanmoins|außerdem|zudem|allerdings|jedoch|trotzdem|deshalb|"
    r"además|asimismo|inoltre|tuttavia|quindi|contudo|bovendien|echter|daarom|dessutom|dessuten|imidlertid|"
    r"ponadto|jednak|natomiast|si tratta|se trata|trata-se|dazu|hinzu kommt|darüber hinaus|daneben|"
    # "Het gaat onder meer om ...", "Il s'agit de ...": what the sentence before named
    r"het gaat (?:onder meer |vooral |met name |hier )?om|es handelt sich|il s'agit|det handlar om|det dreier seg om|"
    r"det drejer sig om|chodzi o|"
    # "Ebenfalls angenommen wurde ...": "also" adds to what the sentence before told.
    r"ebenfalls|ebenso|gleichfalls|also|également|también|anche|também|ook|också|også|również|także)\b"
    # "Until then", "Since then": a time the sentence before set.
    r"|^(?:fram till dess|till dess|innan dess|sedan dess|dessförinnan|indtil da|inntil da|siden da|tot dan|sindsdien|"
    r"bis dahin|seitdem|jusque-là|d'ici là|depuis lors|until then|since then|by then|hasta entonces|desde entonces|"
    r"fino ad allora|da allora|até lá|desde então|do tego czasu|od tego czasu)\b"
    r"|^(?:for (?:example|instance)|in addition|instead|in fact|as a result|even so|on the other hand|in turn|"
    r"par exemple|de plus|en effet|d'ailleurs|zum beispiel|sin embargo|por ejemplo|no obstante|per esempio|"
    r"além disso|no entanto|entretanto|por exemplo|daarnaast|bijvoorbeeld|däremot|derimod)\s*,",
    re.I,
)
# Openers that lean on context in one language and are plain words in another: Norwegian and Danish "Et" is "a",
# Italian "Il" is "the" ("Il sindaco ha detto ...").
_PLAIN_OPENERS = {"no": {"et"}, "da": {"et"}, "it": {"il"}}
# A demonstrative before a time word dates the sentence rather than pointing back: "This morning, ...", "Questa
# mattina un incendio ...", "Este lunes comenzó ...", "Diese Woche hat ...".
_DEMONSTRATIVE_TIME = re.compile(
    r"^(?:this|these|ce|cette|questo|questa|questi|queste|este|esta|estos|estas|diese|dieser|dieses|diesen|deze|dit)"
    r"\s+(?P<w>fine settimana|fin de semana|[\w-]+)",
    re.I,
)
_TIME_WORD_LIST = """
    morning afternoon evening night week weekend month year season summer winter spring autumn fall matin soir
    apres-midi nuit semaine week-end mois annee saison ete hiver printemps automne mattina mattino pomeriggio sera
    notte settimana mese anno estate inverno manana tarde noche semana mes ano verano invierno manha noite
    woche wochenende monat jahr morgen vormittag nachmittag abend sommer maand jaar ochtend middag avond zomer
"""
_TIME_WORDS = frozenset(_TIME_WORD_LIST.split()) | {"fine settimana", "fin de semana"}


def leans_on_context(text: str, language: str | None) -> bool:
    """True for a sentence that opens on a word needing the sentence before it ("Il", "Ces derniers", "However"), or
    that refers back to a figure it does not give ("the earlier figure had excluded ...")."""
    match = DANGLING.match(text)
    if match is not None and _IMPERSONAL.match(text):
        match = None  # "Il était 7 h 42 ce lundi lorsque ...", "Il y a trois ans, ...": no one is meant
    if match is not None and match.group(0).lower() not in _PLAIN_OPENERS.get(language or "", set()):
        dated = _DEMONSTRATIVE_TIME.match(text)
        word = strip_accents(dated.group("w").lower()) if dated else ""
        if not (word in _TIME_WORDS or word in WEEKDAYS or word in MONTHS):
            return True
    if language in _PRO_DROP and len(text.split()) <= 8 and _PRO_DROP[language].match(text):
        return True
    if language in _V2_PRONOUNS and _V2_PRONOUNS[language].match(text):
        return True
    return bool(_FIGURE_BEFORE.search(text))


# Dutch and the Nordic languages put the verb second, and a subject pronoun right after it: "Dinsdagavond boden zij
# een petitie aan", "I går sa hon att ...": the pronoun points to the sentence before.
_V2_PRONOUNS = {
    "nl": re.compile(r"^(?:[^\s,.;:!?\"«“]+\s+){1,4}(?:zij|hij|ze)\s", re.I),
    "sv": re.compile(r"^(?:[^\s,.;:!?\"«“]+\s+){1,4}(?:han|hon)\s", re.I),
    "no": re.compile(r"^(?:[^\s,.;:!?\"«“]+\s+){1,4}(?:han|hun)\s", re.I),
    "da": re.compile(r"^(?:[^\s,.;:!?\"«“]+\s+){1,4}(?:han|hun)\s", re.I),
}


# An impersonal pronoun: the clock ("Il était 7 h 42 ...", "It was around 2am when ...", "Es war kurz nach 3 Uhr, als
# ..."), "il y a", "il faut".
_IMPERSONAL = re.compile(
    r"^(?:il (?:y a|y avait|faut|fallait)\b|(?:il|it|es) (?:était|est|is|was|war|ist) (?:\d|vers |around |about |"
    r"shortly |just |gegen |kurz |peu ))",
    re.I,
)
# A short sentence whose subject its language leaves out, so that it names no one: "Non sarebbe in pericolo di vita."
_PRO_DROP = {
    language: re.compile(rf"^(?:{negation})\s+(?:{verbs})\b", re.I)
    for language, negation, verbs in (
        ("it", "non", "sarebbe|sarebbero|è|era|erano|ha|hanno|avrebbe|avrebbero|risulta|risultano"),
        ("es", "no", "sería|serían|es|está|están|estaba|estaban|fue|fueron|ha|han|habría|habrían"),
        ("pt", "não", "seria|seriam|é|está|estão|estava|estavam|foi|foram|tem|têm|teria|teriam"),
        ("pl", "nie", "jest|są|był|była|byli|było|ma|mają|miał|miała|mieli"),
    )
}


# A figure the sentence before gave: "the earlier figure", "ce chiffre", "diese Zahl", "het eerdere cijfer".
_FIGURE_BEFORE = re.compile(
    r"\b(?:the (?:earlier|previous|initial|original) (?:figure|estimate|count|toll|tally)|"
    r"(?:this|that) (?:figure|estimate|tally)|ce (?:chiffre|bilan)|cette estimation|le (?:chiffre|bilan) (?:précédent|initial)|"
    r"diese (?:zahl|schätzung)|die (?:frühere|ursprüngliche) (?:zahl|schätzung)|"
    r"(?:esa|esta) cifra|la cifra (?:anterior|inicial|precedente)|quella cifra|questa cifra|"
    r"(?:esse|este) número|o número (?:anterior|inicial)|essa estimativa|"
    r"dat cijfer|dit cijfer|het (?:eerdere|oorspronkelijke) cijfer)\b",
    re.I,
)


_SPEAKER_LABEL = re.compile(r"(?:^|--\s*|\)\s+|(?<=(?:19|20)\d\d)\s+)(?:Q|A|[A-ZÀ-Ý]{2,}\.?(?: [A-ZÀ-Ý]{2,}\.?){0,3}):\s")
# "Contact MIKE WENDLAND at 313-222-8861 or mwendland@freepress.com.": an address is the page's, not the report's.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# "(2) Data for users in individual countries ...": a page's footnote or a numbered list's entry, not a report's.
_FOOTNOTE = re.compile(r"^[(\[]\d{1,2}[)\]]\s")
# "Empty Mass : 26,760 kg.", "LEO Payload: 25,800 kg.", "Launch site: Vandenberg Air Force Base, Calif.": a field of a
# data sheet, a label and its figure with at most units after it, or a value of names only ("Le bilan : 31 blessés
# dont quatre graves" is a sentence).
_DATA_FIELD = re.compile(
    r"^[^\W\d][^\W\d .$/()-]*(?: [^\W\d][\w$/()-]*){0,3}\s?:\s"
    r"(?:[$£€]?\d(?!.*\b[a-zà-ÿ]{5,})|(?=[A-ZÀ-Ý])(?!.*\b[a-zà-ÿ]{3,}))"
)
# "From: James Roche To: Darleen Druyun Date: Oct 9, 2002 Subject: Re: Tanker leasing Please do.": an e-mail's header,
# from a page that prints the mails themselves; what the report says of them is another sentence.
_MAIL_HEADER = re.compile(r"\bFrom:\s.{1,120}?\bTo:\s|\b(?:Date|Sent):\s.{1,80}?\bSubj(?:ect)?\b")
# "A nova reforma é velha 6/4/2001 (18h17) - O Governo ...": an entry of a list of articles, with its time stamp.
_LISTED = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s*\(\d{1,2}[h:]\d{2}\)\s*[-–—]")
# "1 300" is one number, not two tokens.
_SPACED_NUMBER = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_DIGIT_TOKEN = re.compile(r"\S*?\d\S*")
_DIGIT_RUN = re.compile(r"\d+")


def tabular(text: str) -> bool:
    """True for a row of a table, a score line or an entry of a list ("Bowling O M R W McGrath 20.1 3 66 4",
    "Philippines 04/28/04, expires on 10/29/ 2004."): six tokens or more, two in five of them with digits."""
    if len(_DIGIT_RUN.findall(text)) < 3:  # two in five of six tokens or more: three at least (most sentences)
        return False
    joined = _SPACED_NUMBER.sub("", text)
    tokens = len(joined.split())
    return tokens >= 6 and 5 * len(_DIGIT_TOKEN.findall(joined)) >= 2 * tokens


# "Excerpts from the Report of the National Commission ..., as translated by The Herald.": a label of what follows.
_EXCERPT_LABEL = re.compile(
    r"^(?:(?:excerpts?|extracts?|highlights|(?:the )?full text|(?:the )?text|transcript) (?:from|of)|extraits? d[eu']|"
    r"texte intégral d[eu']|auszüge aus|wortlaut d(?:er|es)|extractos? de|fragmentos? de|estratti d[ai]|trechos? d[aeo])\b",
    re.I,
)
# A live page speaking of itself ("C'est la fin de ce direct.", "Welcome to our live coverage"), not of the event.
_LIVE_SELF_ANYWHERE = re.compile(
    r"\b(?:ce direct|ce live|notre direct|this live (?:blog|page|coverage)|our live (?:blog|coverage|updates)|"
    r"diese[nmr]? (?:live-?blog|live-?ticker|ticker)|unser(?:en)? (?:live-?blog|live-?ticker|ticker)|este directo|"
    r"nuestro directo|questa diretta|la nostra diretta|este direto|o nosso direto|deze liveblog|onze liveblog|"
    r"denna direktrapport|vår direktrapport|denne livebloggen|vår direktedekning|denne liveblog|vores liveblog|"
    r"tę relację|naszą relację|relację na żywo|relacji na żywo|ons liveblog|dit liveblog|ce liveblog|notre liveblog|"
    r"this liveblog|our liveblog)\b"
    # or to a later edition: "Full reportasje fra siste runde kommer i mandagens avis."
    r"|\b(?:mandagens|morgendagens|søndagens|lørdagens|morgondagens|måndagens|tomorrow's|monday's|sunday's|morgigen)\s+"
    r"(?:avis|tidning|paper|edition|ausgabe)\b"
    r"|\b(?:edição impressa|print edition|édition papier|edición impresa|printausgabe|papiravisen|papirutgaven|"
    r"edizione cartacea|papieren krant|papperstidningen)\b",
    re.I,
)
# Its opening words (matched at the start only, which keeps the long list cheap on every sentence of a story):
_LIVE_SELF_OPENING = re.compile(
    # or greeting its readers: "Goedenavond en welkom bij ons liveblog", "Bonjour et bienvenue"
    r"(?:bonjour|bonsoir|goedemorgen|goedemiddag|goedenavond|guten (?:morgen|tag|abend)|good (?:morning|afternoon|"
    r"evening)|buenos días|buenas (?:tardes|noches)|buongiorno|buonasera|bom dia|boa (?:tarde|noite)|god (?:morgen|"
    r"morgon|kväll|kveld|aften)|dzień dobry|hello|welcome (?:to|back)|bienvenue|welkom|willkommen|bienvenid[oa]s?|"
    r"benvenut[ie]|bem-vind[oa]s?|velkommen|välkommen|witamy|"
    r"(?:hei|hej|hallo|hola|ciao|olá|hi),? (?:og|och|und|y|e|and|en|et) (?:velkommen|välkommen|willkommen|bienvenid|"
    r"benvenut|bem-vind|welcome|welkom|bienvenue))\b"
    # or taking its leave: "Merci de l'avoir suivi.", "Thanks for following along"
    r"|(?:merci de (?:l'avoir|nous avoir) suivie?s?|thanks? (?:you )?for following|danke fürs mitlesen|gracias por "
    r"(?:seguir|acompañarnos)|grazie per (?:averci|aver) seguit[oi]|obrigad[oa] por (?:acompanhar|nos acompanhar)|"
    r"bedankt voor het (?:volgen|meelezen)|tack för att (?:du|ni) följ|takk for at du fulgte|dziękujemy za uwagę|"
    r"obrigad[oa] por (?:ter estado connosco|nos ter acompanhado)|terminamos (?:por )?aqui|"
    r"(?:dermed |så )?(?:takker vi for oss|tackar vi för oss|takker vi af))"
    # or closing: "La diretta si chiude qui: ...", "Le direct se termine ici", "Hier endet unser Ticker"
    r"|(?:la (?:nostra )?diretta|le direct|notre direct|el directo|nuestro directo|o direto|"
    r"the live (?:blog|coverage)|this live (?:blog|page)|our live (?:blog|coverage)|het liveblog|ons liveblog|"
    r"(?:hier )?endet (?:der|unser) (?:live-?)?(?:ticker|blog)|(?:der|unser) (?:live-?)?(?:ticker|blog)|"
    r"direktrapporten|livebloggen|liveblogget|relacja)\b[^.:]{0,25}\b(?:si chiude|finisce|termina|se termine|"
    r"s'achève|est terminé|endet|ends|is (?:now )?closed|closes|eindigt|acaba|termina|avslutas|avsluttes|afsluttes|"
    r"kończy się|dobiega końca)"
    # or looking back on itself: "Dit was het liveblog van het begrotingsdebat.", "That was our live coverage"
    r"|(?:dit was (?:het|ons) liveblog|th(?:is|at) was (?:our|the) live|das war (?:der|unser) (?:live-?)?(?:ticker|blog)|"
    r"c'était (?:notre|le) direct|esto (?:ha sido|fue) (?:el|nuestro) directo|questa era la (?:nostra )?diretta|"
    r"det var (?:vår|dagens) (?:direktsändning|liveblogg))"
    # or sending the reader to tomorrow's paper: "Mañana, todo el análisis de los resultados en El Diario del Ebro."
    r"|(?:mañana|demain|morgen|domani|amanhã|tomorrow|i morgen|jutro),? (?:todo el |tout le |toute l'|all the |"
    r"die ganze |tutte le |tutta l'|toda a |alle )?(?:análisis|analyse|analysis|analisi|análise|analyses)\b"
    # or asking the reader to follow it: "Sigue la noche electoral del 23 de mayo: participación, escrutinio, ..."
    r"|(?:sigue|siga|follow|suivez|verfolgen sie|segui|seguite|acompanhe|volg|følg|följ|śledź)\b(?!-)",
    re.I,
)
# An entry of a timeline: "October 1998: Police in UK arrest Pinochet ...", "August 2000: Supreme Court strips his
# immunity" (matched on the accent-free text, in every language's month names).
_YEAR_COLON = re.compile(r"\d{4} ?:")  # what every entry holds: a quick test before the months
_TIMELINE_ENTRY = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? \d{{4}} ?:", re.I)
_NAME_OR_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|\b[A-ZÀ-Ý][\w'’-]+")
_TERMINAL = re.compile(r"[.!?»\"”]$")
# A subheading set in quotation marks, its words ending no sentence: "« Une croûte qui chante »".
_QUOTED_HEADING = re.compile(r"^[«“\"„]\s?[^«»“”\"„]*[^.!?…\s«»“”\"„]\s?[»”\"“]$")
# The writer speaking ("I submitted my resignation", "Nous avons convenu"): a letter, a transcript or the inside of a
# quotation whose marks are in another sentence. A news article must not present it as its own voice.
_FIRST_PERSON = {
    "en": {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "our"}
    | {"ours", "ourselves", "us"},
    "fr": {"je", "j'", "j’", "moi", "nous", "notre", "nos"},
    "de": {"ich", "wir", "mich", "mir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "mein", "meine"},
    "es": {"yo", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras"},
    "pt": {"eu", "nós", "meu", "minha", "nosso", "nossa", "nossos", "nossas"},
    "it": {"io", "noi", "mio", "mia", "nostro", "nostra", "nostri", "nostre"},
    "nl": {"ik", "wij", "mijn", "onze"},
    "sv": {"jag", "vi", "vår", "våra", "vårt"},
    "no": {"jeg", "vi", "vår", "våre", "vårt"},
    "da": {"jeg", "vi", "vores", "mit", "mine"},  # not "min": also the abbreviation of minutes
    "pl": {"ja", "my", "mnie", "nas", "nasz", "nasza", "nasze", "mój", "moja", "moje"},
}
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|[«“„"].*$')
_WORD = re.compile(r"[jJ][’'](?=\w)|[\w’']+")


def bare_quotation(text: str) -> bool:
    """True when the sentence is only a quotation: its speaker is named in another sentence."""
    if _DASH_OPENER.match(text):  # "– Det var et skikkelig smell ...": a dash opens it, and no one is said to speak
        return not (_ATTRIBUTION.search(text) or _SCANDINAVIAN_SAID.search(text))
    return text[:1] in '"“«„' and not _WORD.search(_QUOTED.sub(" ", text))


# Saying who speaks: some outlets print quotations without marks ("In a week, we will have the list, the
# commissioner told The Indian Express").
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|added|explained|stated|according to|a déclaré|a dit|a indiqué|a affirmé|a ajouté"
    r"|a expliqué|a souligné|selon|sagte|sagt|erklärte|dijo|afirmó|según|disse|afirmou|segundo|ha detto|secondo|zei"
    r"|volgens|sier|sade|sagde|siger|enligt|ifølge|säger|uppger|berättar|forteller|opplyser|fortæller|oplyser|udtaler"
    r"|uttaler|powiedział|powiedziała|mówi|mówił|mówiła|dodał|dodała|stwierdził|stwierdziła)\b",
    re.I,
)
# A quotation opened by a dash, as Nordic and Polish papers print one: "– Det var et skikkelig smell ..., sier han."
_DASH_OPENER = re.compile(r"^[–—]\s")


def dash_quotation_tails(article: Article) -> set[int]:
    """Indexes of the sentences of a quotation a dash opened that runs over several sentences: the ones after the
    first are the speaker's words with no mark of their own ("Folk var redde, men mannskapet gjorde en kjempejobb."),
    and the first does not name the speaker, whom a later one names."""
    out: set[int] = set()
    opener: int | None = None
    paragraph = None
    for s in article.sentences:
        if s.paragraph != paragraph:
            opener, paragraph = None, s.paragraph
        if opener is not None:
            out |= {opener, s.index}
        if _DASH_OPENER.match(s.text):
            opener = s.index
        if opener is not None and (_ATTRIBUTION.search(s.text) or _SCANDINAVIAN_SAID.search(s.text)):
            opener = None
    return out
# A speaker named beside a verb of saying, outside quotation marks: "said harbour master Ian Rowley", "Claire Madden,
# a spokeswoman for the agency, said". Two or three capitalised words, not a body's name ("Environment Agency").
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}"
_SAID_BY = re.compile(
    rf"\b(?:said|says|told|added|explained|a déclaré|a dit|a ajouté|sagte|erklärte|dijo|afirmó|disse|ha detto|zei)"
    rf"\s+(?:[a-zà-ÿ'’-]+\s+){{0,3}}(?P<after>{_NAME})|(?P<before>{_NAME})(?:,[^,]{{1,80}},)?\s+(?:said|says|told|added|"
    rf"a déclaré|a dit|sagte|erklärte|dijo|disse|ha detto|zei)\b"
)
_BODIES = """
    agency service police ministry council department authority office company group bank union court government
    brigade party institute association federation commission
"""
_BODY_WORDS = frozenset(_BODIES.split())


# A verb of saying, in the story languages (not Swedish "sa", which is French "his").
SAYING = re.compile(
    r"\b(?:said|says|told|added|explained|reported|a déclaré|a dit|a ajouté|a indiqué|a annoncé|sagte|sagt|erklärte|"
    r"teilte|dijo|afirmó|informó|disse|afirmou|ha detto|ha riferito|zei|zegt|meldde|aldus|sade|säger|sier|sagde|"
    r"siger)\b",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def named_speakers(text: str) -> frozenset[str]:
    """The words of the people a sentence names as speaking, outside its quotations (lowercased)."""
    if not SAYING.search(text):
        return frozenset()  # most sentences: no verb of saying, and no need to look for names beside one
    plain = _QUOTED.sub(" ", text)
    out: set[str] = set()
    for m in _SAID_BY.finditer(plain):
        name = m.group("after") or m.group("before")
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
        if not _BODY_WORDS & set(words):
            out.update(words)
    return frozenset(out)


# "sa" is "said" in Swedish and Norwegian, but "his" or "her" in French.
_SCANDINAVIAN_SAID = re.compile(r"\bsa\b", re.I)


_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "yesterday", "tomorrow", "tonight"}


def _fragment(text: str) -> bool:
    """True for the tail of a sentence the source cut in two, or an item of a list: its first word is in lower case
    ("which contains Cabir.B, Cabir.C and Cabir.D.", "nine counts of kidnapping."); not "eBay" or "iPhone"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].islower() and first == first.lower()


def first_person(text: str, language: str) -> bool:
    """True when the sentence speaks in the first person outside quotation marks, and says nowhere who speaks."""
    pronouns = _FIRST_PERSON.get(language, set())
    plain = _QUOTED.sub(" ", text)
    tokens = _WORD.findall(plain)
    for i, token in enumerate(tokens):
        if token.isupper() and sum(ch.isalpha() for ch in token) > 1:  # "US", "MY": an acronym
            continue
        # "World War I", "Elizabeth I": a numeral after a name; not after the opening word or a day ("On Friday I
        # will go to the lab").
        if token == "I" and i > 1 and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() not in _DAY_WORDS:
            continue
        # A typographic apostrophe ("We’ll") is the typewriter one of the pronoun tables.
        if token.lower().replace("’", "'") in pronouns and (language != "en" or token != "i"):
            # Speaking, unless the sentence says who speaks (sought only now: most sentences have no pronoun).
            return not (
                _ATTRIBUTION.search(plain) or (language in ("sv", "no", "da") and _SCANDINAVIAN_SAID.search(plain))
            )
    return False


@dataclass
class Candidate:
    """One passage of the story, represented by its best-formed sentence in the summary's language."""

    passage: Passage
    text: str
    article: str  # the article the text is taken from
    index: int  # its sentence index there
    vector: np.ndarray
    position: float  # mean relative position across carrying articles, 0 = top (used for the body order)
    first_index: int  # smallest sentence index across carrying articles, standfirst sentences not counted
    sources: tuple[str, ...]  # every article that carries it, the text's own article first
    outlets: tuple[str, ...]  # their distinct outlets
    variants: tuple[tuple[str, int], ...] = ()  # versions giving other figures (article, sentence), not cited
    editor_lead: bool = False  # the text is an editor's standfirst that reads as a report's lead
    pairs: frozenset[tuple[str, str]] = frozenset()  # its content word pairs (see content_bigrams)
    features: dict[str, float] = field(default_factory=dict)
    flaws: list[str] = field(default_factory=list)
    score: float = 0.0

    @property
    def words(self) -> int:
        """Length in words."""
        return len(self.text.split())

    @property
    def support(self) -> int:
        """Distinct outlets carrying it."""
        return len(self.outlets)


def quotes_balanced(text: str) -> bool:
    """Every quotation the sentence opens, it closes."""
    # French «…», German »…« and „…“, English “…”: the curly marks pair as “” or „“, so their total is even.
    curly = text.count("“") + text.count("”") + text.count("„")
    return text.count("«") == text.count("»") and curly % 2 == 0 and text.count('"') % 2 == 0


# A number opens a sentence when a word follows in lower case or is joined to it; not a clause number ("5 b. Prior
# to ..."), a scale's step ("7 A close encounter"), a date before a glued title or a live blog's time ("11.03am:").
_NUMBER_OPENING = re.compile(r"\d[\d,.'’]*(?:-[^\W\d]{2,}|\s[a-zà-ÿ]{2,}\b)")
# German capitalises the noun after a number ("300 Menschen mussten ...", "1'284 Ja gegen 1'211 Nein: ..."); a year
# or a day before a month ("12 December 2004 Tsunami ...") is no such opening.
_NOUN_AFTER_NUMBER = re.compile(r"(?!(?:1[5-9]|20)\d\d\b)\d[\d,.'’]*\s([A-ZÀ-Ý][a-zà-ÿ]+)\b")


# Words a lead-shaped standfirst needs: a full sentence of this many at least ("En 34-årig kvinna fördes till sjukhus
# efter att ha kört på en älg ... på söndagskvällen."), unlike a summary in headline style; fewer for a later sentence
# of the standfirst that names the day with its verb ("Wethouder Yusuf Demir opende vrijdagavond het skatepark ...",
# after "Na jaren lobbyen hebben de skaters eindelijk een eigen park.").
_LEAD_STANDFIRST_WORDS = 14
_LATER_STANDFIRST_WORDS = 10


def _lead_standfirst(article: Article, index: int, language: str) -> bool:
    """Whether the standfirst sentence at ``index`` reads as the report's lead: long, well formed, ending on a full
    stop, quoting no one, leaning on nothing before it, and saying when; the standfirst's first sentence, or a later
    one with a verb that names the day, when no sentence before it reads as a lead."""
    text = article.sentences[index].text
    before = list(itertools.takewhile(lambda s: s.standfirst, reversed(article.sentences[:index])))
    first = not any(_TERMINAL.search(s.text) for s in before)  # a headline over it ends on no full stop
    if not first and (
        len(text.split()) < _LATER_STANDFIRST_WORDS
        or has_verb(text, language) is False
        # a day named, not "today" or "tomorrow": "... og overfarten er indstillet til i morgen" is an aside
        or not any(
            f.kind not in ("month", "anaphora") and RELATIVE_DAYS.get(f.expression, -1) < 0
            for f in find_expressions(text, language)
        )
        or any(_lead_standfirst(article, index - 1 - k, language) for k in range(len(before)))
    ):
        return False
    return (
        len(text.split()) >= (_LEAD_STANDFIRST_WORDS if first else _LATER_STANDFIRST_WORDS)
        and text.rstrip().endswith(".")
        and well_formed(text)
        and not any(len(q) >= 3 for q in quoted_words(text))  # a word in quotes ("auf 4 („groß“)") quotes no one
        and not leans_on_context(text, language)
        # a lead says when; a summary in the present tense ("secundan de forma masiva el primer día de huelga") does not
        and any(f.kind != "month" for f in find_expressions(text, language))
    )


def well_formed(text: str) -> bool:
    """Starts with a capital (after a Spanish "¡"), a quote or a number read as a word ("48-åringen greps", "300 people
    fled", "300 Menschen flohen"), ends a sentence, and opens no quotation it does not close."""
    text = text.removeprefix("¡")  # a Spanish exclamation: "¡Rotich gana el maratón!"
    noun = _NOUN_AFTER_NUMBER.match(text)
    counted = noun is not None and strip_accents(noun.group(1).lower()) not in MONTHS
    starts = text[:1].isupper() or text[:1] in '«»„“"' or bool(_NUMBER_OPENING.match(text)) or counted
    return quotes_balanced(text) and starts and bool(_TERMINAL.search(text))


def content_bigrams(text: str) -> set[tuple[str, str]]:
    """Word pairs of a sentence in which at least one word carries content (a number, or four letters or more)."""
    tokens = words(text)
    return {(a, b) for a, b in itertools.pairwise(tokens) if max(len(a), len(b)) >= 4 or a.isdigit()}


def sentence_pairs(articles: Sequence[Article], language: str) -> dict[str, frozenset[tuple[str, str]]]:
    """The content word pairs of each sentence text of the story in ``language``: read once, used by the scores and
    the selection."""
    texts = dict.fromkeys(s.text for a in articles if a.language == language for s in a.sentences)
    return {text: frozenset(content_bigrams(text)) for text in texts}


def concept_weights(
    articles: Sequence[Article], language: str, pairs_of: dict[str, frozenset[tuple[str, str]]] | None = None
) -> dict[tuple[str, str], int]:
    """Each content word pair of the story's sentences in ``language``, weighted by the distinct outlets carrying it
    (``pairs_of``: their ``sentence_pairs``, read again when not given)."""
    pairs_of = sentence_pairs(articles, language) if pairs_of is None else pairs_of
    carriers: dict[tuple[str, str], set[str]] = {}
    for a in articles:
        if a.language == language:
            for s in a.sentences:
                for pair in pairs_of[s.text]:
                    carriers.setdefault(pair, set()).add(a.outlet_key)
    return {pair: len(outlets) for pair, outlets in carriers.items()}


def quoted_words(text: str) -> list[tuple[str, ...]]:
    """The folded words of each quotation a sentence holds, in order (the copies stage's quotation units)."""
    return [tuple(u.folded.split()) for u in split_units(0, text) if u.quote]


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '"«“„')


def _title_words(articles: Sequence[Article], language: str) -> set[str]:
    return {w for a in articles if a.title and a.language == language for w in words(a.title) if len(w) >= 4}


def _representative(refs: Sequence[tuple[str, int]], by_id: dict[str, Article]) -> tuple[str, int]:
    """The most complete, best-formed variant of a passage (its article id and sentence index)."""

    def rank(ref: tuple[str, int]) -> tuple[bool, bool, bool, int]:
        text = by_id[ref[0]].sentences[ref[1]].text
        if not well_formed(text) or len(text.split()) > 50:
            text = trim(text)[0]  # as the article would show it: "(ANSA) - VALMORENA, 11 NOV - Sei anni ..."
        n = len(text.split())
        return well_formed(text), not leans_on_context(text, by_id[ref[0]].language), n <= 50, min(n, 50)

    return max(refs, key=rank)


# A clock time: "10h00", "18h", "10:00", "18.30 Uhr".
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:h.][0-5]\d\b|h\b)")


def _other_moments(a: str, b: str) -> bool:
    """True when two sentences count at different times of the day ("até às 10h00" and "até às 18h"): a count
    updated as the day goes, not a disagreement."""
    mine, theirs = set(_CLOCK.findall(a)), set(_CLOCK.findall(b))
    return bool(mine and theirs and not mine & theirs)


def _settle_versions(
    own: Sequence[tuple[str, int]],
    members: Sequence[tuple[str, int]],
    by_id: dict[str, Article],
    language: str,
    count: Callable[[str, str], frozenset[tuple[str, str]]] = counts,
) -> tuple[tuple[str, int], list[tuple[str, int]]]:
    """The passage's representative and the versions that count differently from it ("Huit personnes ont été tuées"
    beside "Sept personnes ont été tuées") or give its words to another speaker ("said harbour master Ian Rowley"
    beside "said Claire Madden"). The version more outlets give wins; on a tie, the one published last, since a later
    report corrects a toll."""

    def text_of(ref: tuple[str, int]) -> str:
        return by_id[ref[0]].sentences[ref[1]].text

    def counted(ref: tuple[str, int]) -> frozenset[tuple[str, str]]:
        return count(text_of(ref), by_id[ref[0]].language or language)

    def speakers(ref: tuple[str, int]) -> frozenset[str]:
        return named_speakers(by_id[ref[0]].sentences[ref[1]].text)

    def split(rep: tuple[str, int]) -> list[tuple[str, int]]:
        mine, said_by = counted(rep), speakers(rep)
        if not mine and not said_by:  # nothing counted nor said: no version can differ (most passages end here)
            return []
        return [
            ref
            for ref in members
            if ref[0] != rep[0]
            and (
                (mine and counted_differently(mine, counted(ref)) and not _other_moments(text_of(rep), text_of(ref)))
                or (said_by and (theirs := speakers(ref)) and not said_by & theirs)
            )
        ]

    rep = _representative(own, by_id)
    differing = split(rep)
    if not differing:
        return rep, []
    rivals = [ref for ref in own if ref in differing]
    if rivals:
        said_by = speakers(rep)

        def silent(ref: tuple[str, int]) -> bool:
            # Names no speaker where the representative names one, and counts nothing: it takes no side
            return bool(said_by) and not speakers(ref) and not counted(ref)

        agreeing = [ref for ref in members if ref not in differing and not silent(ref)]

        def weight(refs: Sequence[tuple[str, int]]) -> tuple[int, float]:
            times = [by_id[a].published for a, _ in refs]
            latest = max((t.timestamp() for t in times if t is not None), default=0.0)
            return len({by_id[a].outlet_key for a, _ in refs}), latest

        if weight(differing) > weight(agreeing):
            rep = _representative(rivals, by_id)
            differing = split(rep)
    return rep, differing


# Units of measure and money, as ``counts`` names what it counts (five letters, no accents).
_MEASURE = re.compile(
    r"(?:grad|grau|degr|kilo|metr|mete|cent|mill|litr|lite|tonn|hect|etta|proc|perc|porc|pour|euro|doll|pfun|poun|fran|"
    r"zlot|kron|mile|minu|stund)"
)


def _revised(stated: frozenset[tuple[str, str]], headline: frozenset[tuple[str, str]]) -> bool:
    """True when a headline gives a count of the same thing close to, but other than, the sentence's: a figure revised
    (120 operations, then 145; seven dead, then eight), not another count of that noun (30,000 passengers affected
    beside 18,000 rebooked, 640 pupils evacuated beside two taken to hospital)."""
    for noun in {n for _, n in stated} & {n for _, n in headline}:
        if _MEASURE.match(noun):
            continue  # degrees, kilometres, euros: a record and a forecast, a cost and a budget are both in them
        mine = {float(v) for v, n in stated if n == noun}
        theirs = {float(v) for v, n in headline if n == noun}
        if not mine & theirs and any(min(a, b) > 0 and max(a, b) <= 1.5 * min(a, b) for a in mine for b in theirs):
            return True
    return False


def _parentheses_nested(text: str) -> bool:
    """Whether every parenthesis closes one opened before it, and all are closed."""
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def reportable(text: str, language: str) -> bool:
    """True for a sentence of a report, as opposed to a line that is not one: see build_candidates."""
    return (
        len(text.split()) >= 4
        and quotes_balanced(text)
        and _parentheses_nested(text)  # half of a parenthesis that spans sentences: "(Oops.", "Pietrzak), ... (63."
        and (bool(KICKER.match(text)) or not _SPEAKER_LABEL.search(text))
        and not first_person(text, language)
        and not _EMAIL.search(text)
        and not _FOOTNOTE.match(text)
        and not _MAIL_HEADER.search(text)
        and not _LISTED.search(text)
        and not _DATA_FIELD.match(text)
        and not tabular(text)
        and not _EXCERPT_LABEL.match(text)
        and not _LIVE_SELF_ANYWHERE.search(text)
        and not _LIVE_SELF_OPENING.match(text)
        and not (_YEAR_COLON.search(text) and _TIMELINE_ENTRY.search(strip_accents(text)))
        and not _fragment(text)
        and (bool(_TERMINAL.search(text)) or text.endswith(":"))  # a heading; an announcement is left with a reason
        and not _QUOTED_HEADING.match(text)
    )


def build_candidates(
    articles: Sequence[Article],
    passages: Sequence[Passage],
    language: str,
    settings: Settings,
    pairs_of: dict[str, frozenset[tuple[str, str]]] | None = None,
) -> list[Candidate]:
    """One candidate per passage that has a sentence in ``language``, scored on everything but the embeddings
    (``pairs_of``: the story's ``sentence_pairs`` in ``language``, read again when not given)."""
    by_id = {a.id: a for a in articles}
    outlet_of = {a.id: a.outlet_key for a in articles}
    all_outlets = {a.outlet_key for a in articles}
    # How often the story repeats a sentence's word pairs, in other sentences: content the sources agree on.
    pairs_of = sentence_pairs(articles, language) if pairs_of is None else pairs_of
    # A sentence's counts are asked for by the choice of its version and again by its citations: read once.
    counted: dict[tuple[str, str], frozenset[tuple[str, str]]] = {}

    def count(text: str, lang: str) -> frozenset[tuple[str, str]]:
        if (text, lang) not in counted:
            counted[(text, lang)] = counts(text, lang)
        return counted[(text, lang)]

    pair_counts: dict[tuple[str, str], int] = {}
    for a in articles:
        if a.language == language:
            for s in a.sentences:
                for pair in pairs_of[s.text]:
                    pair_counts[pair] = pair_counts.get(pair, 0) + 1
    titles = _title_words(articles, language)
    # Quotations of five words or more, by article: an article that reports a sentence's quotation carries it.
    quotes_by_article = {
        a.id: {q for s in a.sentences if _has_quote(s.text) for q in quotes_of(s.text)} for a in articles
    }

    tails = {(a.id, i) for a in articles if a.language == language for i in dash_quotation_tails(a)}

    def title_counts(article: Article, language: str) -> frozenset[tuple[str, str]]:
        """The counts an article's headline gives, when it is in ``language``."""
        return count(article.title or "", language) if article.language == language else frozenset()

    # A sentence's place in its report's body: the standfirst over the report is no part of its opening.
    standfirst_before = {a.id: list(itertools.accumulate((s.standfirst for s in a.sentences), initial=0)) for a in articles}

    candidates = []
    for passage in passages:
        # A standfirst's sentence ("Quattordici feriti, due restano in prognosi riservata.") summarises in headline
        # style what the report then tells: it supports and cites, but is not the article's text, unless it is the
        # first and reads as a report's lead. Nor is the rest of a quotation a dash opened: it would read as the
        # report's own words.
        own = [
            ref
            for ref in passage.members
            if by_id[ref[0]].language == language
            and (not by_id[ref[0]].sentences[ref[1]].standfirst or _lead_standfirst(by_id[ref[0]], ref[1], language))
            and ref not in tails
        ]
        if not own:
            continue
        (aid, idx), differing = _settle_versions(own, passage.members, by_id, language, count)
        text = by_id[aid].sentences[idx].text
        # An article whose every version of the passage counts differently does not carry the sentence.
        carriers = {a for a, i in passage.members if (a, i) not in differing}
        variants = {a: (a, i) for a, i in reversed(differing) if a not in carriers}
        sources = [aid, *[a for a in passage.articles if a != aid and a not in variants]]
        for quote in quotes_of(text) if _has_quote(text) else ():
            for other, quotes in quotes_by_article.items():
                if other not in sources and other not in variants and any(quote in q or q in quote for q in quotes):
                    sources.append(other)
        if stated := count(text, language):
            # A report whose headline counts the same thing otherwise ("145 operaciones aplazadas" beside "aplazar
            # unas 120 operaciones") does not carry the sentence's figure. Only the headline: a report's other
            # sentences may count other things of the same name (a tanker's cargo and what it spilled, in tonnes);
            # and not the updates of one live page, whose counts move on.
            sources = [
                s
                for s in sources
                if s == aid
                or outlet_of[s] == outlet_of[aid]
                or not _revised(stated, title_counts(by_id[s], language))
                # its own version gives the figure: the headline counts something else ("96 voos" of an earlier
                # strike under a headline on this one's flights)
                or any(stated & count(by_id[a].sentences[i].text, language) for a, i in passage.members if a == s)
            ]
        relative = [i / max(len(by_id[a].sentences), 1) for a, i in passage.members]
        cand = Candidate(
            passage=passage,
            text=text,
            article=aid,
            index=idx,
            vector=np.zeros(0, dtype=np.float32),
            position=sum(relative) / len(relative),
            first_index=min(i - standfirst_before[a][i] for a, i in passage.members),
            sources=tuple(sources),
            outlets=tuple(dict.fromkeys(outlet_of[s] for s in sources)),
            variants=tuple(variants[a] for a in passage.articles if a in variants),
            editor_lead=by_id[aid].sentences[idx].standfirst,
            pairs=pairs_of[text],
        )
        pairs = cand.pairs
        own_words = {w for w in words(text) if len(w) >= 4}
        cand.features = {
            "centrality": 0.0,
            "support": cand.support / max(len(all_outlets), 1),
            "position": 1.0 / (1.0 + cand.first_index),
            "repeated": sum(pair_counts.get(p, 1) - 1 for p in pairs) / max(len(pairs), 1),
            "title": len(own_words & titles) / max(len(own_words), 1),
            "informative": 0.0,
        }
        candidates.append(cand)
    # A line of fewer than four words ("Linz.", a credit, a label), a turn of a transcript ("QUESTION: Mr.
    # Secretary -- SECRETARY POWELL: Follow up."), someone's own words outside quotation marks, a contact line, a
    # mail's header, the tail of a sentence cut in two, an entry of a list of articles or of a timeline, a data sheet's field, a table's row, a heading or a label
    # ("Excerpts from ...") is not a sentence of a report, and a quotation or a parenthesis that runs on into the next sentence would stay open
    # in the article: never chosen while the story has any other.
    candidates = [c for c in candidates if reportable(c.text, language)] or candidates
    top_repeated = max((c.features["repeated"] for c in candidates), default=0.0)
    for cand in candidates:
        cand.features["repeated"] /= max(top_repeated, 1e-9)
        _score(cand, settings, language)
    return candidates


def embed_shortlist(
    candidates: list[Candidate], articles: Sequence[Article], language: str, settings: Settings, encoder: Encoder
) -> tuple[list[Candidate], np.ndarray]:
    """Embed the best candidates (by the scores that need no model) and add centrality and cross-lingual support.

    Embedding every sentence of a large story costs seconds; the candidates that could make the article are few.
    Returns the shortlist, rescored, and the story's centre (the mean of the shortlist's vectors).
    """
    size = min(
        max(
            settings.summary_shortlist_base + settings.summary_shortlist_per_article * len(articles),
            settings.summary_words // max(settings.summary_shortlist_words, 1),
        ),
        settings.summary_shortlist_max,
    )
    shortlist = sorted(candidates, key=lambda c: -c.score)[:size]
    # The text the article would show: a wire dateline ("Santiago, Chile, Jan. 5 (UPI) --") hides a repeat.
    vectors = encoder.encode([trim(c.text)[0] for c in shortlist], language)
    for cand, vector in zip(shortlist, vectors, strict=True):
        cand.vector = vector
    centroid = vectors.mean(axis=0)
    centroid /= max(float(np.linalg.norm(centroid)), 1e-9)
    # Sentences in other languages add support through cross-lingual similarity; their leads carry most of it.
    foreign = [
        (a.id, s.text, a.language)
        for a in articles
        if a.language != language
        for s in a.sentences[: settings.summary_foreign_sentences]
    ]
    foreign_vectors = encoder.encode([t for _, t, _ in foreign], [x for _, _, x in foreign]) if foreign else None
    outlet_of = {a.id: a.outlet_key for a in articles}
    all_outlets = {a.outlet_key for a in articles}
    for cand in shortlist:
        if foreign_vectors is not None:
            sims = foreign_vectors @ cand.vector
            extra = [foreign[int(j)][0] for j in np.nonzero(sims >= settings.cross_lingual_match)[0]]
            cand.sources = tuple(dict.fromkeys([*cand.sources, *extra]))
            cand.outlets = tuple(dict.fromkeys(outlet_of[s] for s in cand.sources))
        cand.features["support"] = cand.support / max(len(all_outlets), 1)
        cand.features["centrality"] = float(cand.vector @ centroid)
        cand.flaws.clear()
        _score(cand, settings, language)
    return shortlist, centroid


def _score(cand: Candidate, settings: Settings, language: str) -> None:
    text = cand.text
    names = len(_NAME_OR_NUMBER.findall(text[1:]))  # names, numbers and dates (a month or a weekday has a capital in
    # English and German; in French the day number counts)
    cand.features["informative"] = min(1.0, names / 6)
    f = cand.features
    cand.score = (
        settings.weight_centrality * f["centrality"]
        + settings.weight_support * f["support"]
        + settings.weight_position * f["position"]
        + settings.weight_repeated * f["repeated"]
        + settings.weight_title * f["title"]
        + settings.weight_informative * f["informative"]
    )
    if leans_on_context(text, language):
        cand.flaws.append("leans on missing context")
    if not well_formed(text) and not well_formed(trim(text)[0]):  # a dateline the article trims is no flaw
        cand.flaws.append("not a well-formed sentence")
    if text.rstrip().endswith("?"):
        cand.flaws.append("a question")
    if cand.words < 6:
        cand.flaws.append("too short")
    if cand.words > 55:
        cand.flaws.append("too long")
    cand.score *= 0.6 ** len(cand.flaws)
