"""Direct quotes and their speakers, merged across the articles of a story."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from newsfuse.knowledge.entities import Mention, name_key
from newsfuse.knowledge.recognizer import AGENCY_NAMES
from newsfuse.records import Article, Entity, Passage, Quote, QuoteSource, Sentence
from newsfuse.textnorm import strip_accents, words

# Opening mark -> closing mark. English single quotes need care: ’ is also the apostrophe.
_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“", "»": "«", "‘": "’", "‹": "›"}
_QUOTE = re.compile(
    r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|\"(?P<c>[^\"]+?)\"|„(?P<d>[^„“”]+?)[“”]|»(?P<e>[^«»]+?)«"
    r"|(?:(?<=^)|(?<=[\s(:—–-]))‘(?P<f>[^‘]+?)’(?=[\s,.;:!?)—–-]|$)"
    # A sentence opening on a dash, as Polish prints a quotation: "– Był trzeźwy – powiedziała Anna Nowak."
    r"|^[–—]\s+(?P<g>[^–—]+?)\s+[–—](?=\s+\w)"
    # Or, as Nordic papers print one, ending at a comma before the verb: "– Vi viste god moral, sier trener Rune Lothe."
    r"|^[–—]\s+(?P<h>[^–—]+?),(?=\s+(?:sier|sa|säger|sade|siger|sagde|forteller|berättar|fortæller|uppger|opplyser|"
    r"oplyser|udtaler|uttaler|understreker|understryker|understreger|legger til|tilføjer|tillägger)\b)"
)
# Verbs and phrases of saying, as stems, in our languages.
_SAY = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|a-t-(?:il|elle)|ont-ils|ont-elles)?\s*(?:déclar|affirm|expliqu|ajout|poursuiv|poursuivi|poursuit\b|"
    r"précis|indiqu|soulign|estim|assur|lanc|prévenu|prévient|résum|justifi|martel|confi|insist|rappel|annonc|dit|dé?clar|"
    r"relev|salu|fait savoir|fait état|faisait état|commenté|répondu|réagi|avertit|averti|reconnu|admis|promis|racont|regrett|dénonc|déplor|"
    r"plaid|témoign|rétorqu|répliqu|concl|ironis|lâch|tranch|soutien|soutenu|observ|nuanc|avou|confirm|"
    # said with a smile or in a breath: "sourit Sophie Dessart", "glisse-t-il" (whole words: no "glissement")
    r"sourit\b|souri\b|glisse\b|glissé\b|souffle\b|soufflé\b|plaisante\b|s'exclame\b|"
    # or amused, delighted, in the imperfect of a scene: "s'amusait Corinne Pittet", "se réjouit le syndic"
    r"s'amus(?:e|ait|aient)\b|se réjoui(?:t|ssait)\b|s'enthousiasm(?:e|ait)\b|s'exclamait\b|s'étonn(?:e|ait)\b|"
    # called out from a stage: "ruft Verdi-Bezirksgeschäftsführerin Sabine Kettler von der Bühne"
    r"ruft\b|rief\b|"
    r"said|says|told|tells|added|explained|warned|insisted|stated|declared|argued|noted|continued|promised|recalled|"
    r"admitted|conceded|replied|called|described|urged|claimed|remarked|acknowledged|complained|wrote|confirmed|"
    r"sagte|sagt|erklärte|erklärt|betonte|fügte|warnte|versprach|versprochen|meinte|so\b|ergänzte|kritisierte|"
    r"berichtete|erzählte|räumte|bestätigte|"
    # the passive of a quotation taken from others: "wird Mauro Gianoli ... in italienischen Medien zitiert"
    r"wird(?=\s[^.!?]{0,120}\bzitiert\b)|"
    r"dijo|afirmó|declaró|señaló|añadió|explicó|aseguró|advirtió|indicó|subrayó|sostuvo|apuntó|lamentó|reconoció|"
    r"insistió|relató|contó|manifestó|recalcó|destacó|agregó|precisó|denunció|confirmó|zanjó|defendió|criticó|resumió|"
    # The perfect, as Spanish papers report the day's words: "ha afirmado", "ha zanjado Benavente".
    r"han? (?:dicho|afirmado|declarado|señalado|añadido|explicado|asegurado|advertido|indicado|subrayado|sostenido|"
    r"apuntado|lamentado|reconocido|insistido|relatado|contado|manifestado|recalcado|destacado|agregado|precisado|"
    r"denunciado|confirmado|zanjado|defendido|criticado|remarcado|avisado|resumido|reiterado|concluido)\b|"
    r"ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha affermato|ha sottolineato|ha avvertito|ha raccontato|"
    r"ha ricordato|ha commentato|ha precisato|ha ammesso|ha confermato|dice|spiega|racconta|afferma|aggiunge|sottolinea|"
    r"ha assicurato|assicura|ha riferito|riferisce|ha garantito|ha fatto sapere|fa sapere|ha descritto|"
    r"attacca|incalza|replica|ribadisce|denuncia|commenta|osserva|conclude|ha replicato|ha ribadito|ha denunciato|"
    r"disse|afirmou|declarou|explicou|acrescentou|contou|garantiu|sublinhou|lamentou|referiu|adiantou|resumiu|"
    # the present, as a report tells what people say: "afirma la presidenta", "advierte", "conta Albano Fernandes"
    r"afirma\b|advierte\b|explica\b|señala\b|asegura\b|añade\b|lamenta\b|reconoce\b|relata\b|insiste\b|"
    r"sostiene\b|destaca\b|recuerda\b|subraya\b|admite\b|confiesa\b|cuenta\b|decía\b|"
    # the imperfect, as a report sets a scene: "contaba a media mañana Rosario Jiménez"
    r"contaba\b|relataba\b|explicaba\b|aseguraba\b|recordaba\b|comentaba\b|"
    r"diz\b|conta\b|garante\b|acrescenta\b|refere\b|sublinha\b|adianta\b|recorda\b|lembra\b|"
    # Whole words where a stem would reach into other languages' words (Spanish "sierra", German "Zeit").
    r"säger|sade\b|berättar|förklarar|uppger|sier\b|forteller|forklarer|opplyser|uttaler|siger|sagde|fortæller|oplyser|"
    r"udtaler|berättade|förklarade|uppgav|fortalte|forklarte|forklarede|opplyste|oplyste|uttalte|udtalte|"
    # Swedish and Norwegian "sa" before the speaker's name only: French "sa" is "her".
    r"sa(?= [A-ZÅÄÖÆØ])|"
    r"zegt|zei\b|verklaarde|verklaart|stelt\b|stelde\b|aldus|benadrukte|waarschuwde|vertelde|vertelt|"
    # "..., klonk het.": it sounded, from the one who spoke just before (not "klonk het achteraan in de zaal")
    r"klonk(?= het[.!]?\s*$)|"
    # a verb whose particle follows the speaker: "legt Vermeersch uit", "vult de burgemeester aan", "geeft hij toe"
    r"legt\b|legde\b|vult\b|vulde\b|geeft\b|gaf\b|merkt\b|merkte\b|voegt\b|voegde\b|"
    r"powiedzia|mówi|dodał|dodała|dodaje|stwierdzi|podkreśli|wyjaśni|zapowiedzia|przekonywa|przekaza|opowiada|"
    r"poinformowa|zaznaczy|zaznacza|relacjonow|tłumaczy|ocenia|przyznaj|przyzna|opisa|zapewni|zapewnia|podkreśla|"
    r"wyjaśnia|zapowiada|"
    # describing what one saw: "opisała PAP moment", "schilderte", "a décrit", "describió", "descreveu"
    r"schilderte|beschrieb|décri|describió|descreveu|beschreef|beskrev|beskriver|cytuj|"
    # calling a thing by the words quoted: "kalder ulykken "et chok for hele byen"", "noemt de uitbraak 'zorgelijk'"
    r"kalder\b|kaldte\b|kaller\b|kalte\b|kallar\b|kallade\b|noemt\b|noemde\b|nennt\b|nannte\b|qualifie\b|"
    r"qualifié\b|califica\b|calificó\b|qualificou\b|definisce\b|nazywa\b|nazwał)\w*",
    re.I,
)
_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")
# A quotation a dash opened, as Nordic and Polish papers print one, and the comma and verb that close it over one or
# more sentences: "– Vi fikk melding ... slagside. Alle ressurser ble sendt ut, sier operasjonsleder Geir Arne Solheim."
_DASH_OPENED = re.compile(r"^[–—]\s+\w")
_NORDIC_SAY = re.compile(
    r",\s+(?:sier|sa|säger|sade|siger|sagde|forteller|berättar|fortæller|uppger|opplyser|oplyser|udtaler|uttaler|"
    r"understreker|understryker|understreger|legger til|tilføjer|tillägger)\b"
    r"|\s[–—]\s+(?:powiedzia|mówi|dodał|dodała|dodaje|stwierdzi|podkreśl|zapowiedzia|zapowiada|przekonywa|tłumaczy|"
    r"zaznacz|wyjaśni|przekaza|opowiada|poinformowa|relacjonow|ocenia|przyzna|opisa|zapewni)\w*"
)
_ACCORDING = re.compile(r"\b(?:selon|d'après|according to|según|laut|secondo|segundo)\b", re.I)
# A sentence opening on whom it reports: "Ifølge indsatsleder Lone Kirkegaard er der ...", "Volgens burgemeester ...".
_ACCORDING_OPENS = re.compile(
    r"^(?:selon|d'après|according to|según|laut|secondo|segundo|ifølge|enligt|volgens|według|stando a)\s", re.I
)
_ROLE = re.compile(
    # a Nordic office in its definite form, with no article: "sagde borgmesteren i sin tale"
    r"\b(?:borgmesteren|borgmästaren|ordføreren|ordföranden|formanden|formannen|talspersonen|talsmannen|talskvinnen|"
    r"pressechefen|presschefen|direktøren|direktören|kommunaldirektøren|rektoren|skolelederen|politimesteren)\b|"
    r"\b(?:le|la|les|l'|l’|un|une|the|a|an|el|la|los|der|die|il|lo|o|son|sa|his|her|leur|su)\s*(?:(?:\w+(?:['’]s)?\s+){0,2}?)"
    r"(?:ministre|ministra|minister|ministro|président|présidente|president|presidente|porte-parole|spokes(?:man|woman|person)|"
    r"Sprecher(?:in)?|portavoz|portavoce|directeur|directrice|director|directora|diretora|direttore|direttrice|secrétaire|secretary|secretario|maire|mayor|"
    r"Bürgermeister(?:in)?|sindac[oa]|alcalde|alcaldesa|regidora?|prefeit[oa]|presidenta|source|sources|membre|member|chef|head|official|responsable|jefe|jefa|capo|"
    r"syndicat|union|sindicato|police|polizia|Polizei|ministère|ministry|Kremlin|présidence|presidency|homologue|counterpart|"
    # regional and local offices: "el consejero de Sanidad", "l'assessore", "le préfet", "wethouder"
    r"consejer[oa]|conseller(?:a)?|concejala?|conseill(?:er|ère)|consigliere|assessore|procureure?|préfète?|prefetto|fiscal|gerente|"
    r"delegad[oa]|wethouder|burgemeester|bourgmestre|échevine?|ordfører|borgmester)s?\b"  # a whole word: "la mairie" is no mayor
    r"(?:\s+(?!qui\b|que\b|who\b|that\b|à\b|au\b|après\b|avant\b|lors\b|en\b|to\b|in\b|after\b|a\b|ont\b|avait\b|est\b|"
    r"était\b|has\b|had\b|is\b|was\b|hat\b|ist\b|war\b|ha\b|è\b|fue\b|es\b|said\b|says\b|told\b)(?-i:[a-zà-ÿ'’-][\w'’-]*)){0,6}"
    # The portfolio or body after "de la", "of": "le ministère russe de la Défense", "the Minister for Health".
    r"(?:\s+(?:(?<=\bde la )|(?<=\bde )|(?<=\bdu )|(?<=\bdes )|(?<=\bof )|(?<=\bfor )|(?<=\bthe ))(?-i:[A-ZÀ-Ý][\w'’-]*))?",
    re.I,
)
_COUNTERPART = re.compile(r"\b(?:homologue|counterpart)\b")
# The office a description names, which a counterpart shares: "ministre" in "le ministre français de la Défense".
_HEAD = re.compile(
    r"\b(?:ministre|ministra|minister|ministro|president[ea]?|secretaire|secretary|secretario|maire|mayor|"
    r"burgermeister(?:in)?|sindac[oa]|alcalde|directeur|directrice|director|direttore|chef|head|jefe|jefa|capo)\b"
)
# A pronoun subject: French inversion ("a-t-il ajouté", "ajoute-t-elle", "dit-il"), "he said", "sagte er".
_PRONOUN = re.compile(
    r"\b(?:[a-zà-ÿ]+-(?:t-)?(?:il|elle|ils|elles)|(?:he|she|they) (?:\w+ )?(?:said|added|continued|told|explained|warned|"
    r"insisted|argued|noted)|(?:said|added|continued) (?:he|she)|(?:fügte|sagte|erklärte|betonte|meinte|ergänzte|warnte) "
    r"(?:er|sie)|(?:er|sie) (?:sagte|fügte|erklärte|betonte)|"
    # and in the present, as a live ticker tells it: "sagt er, bevor er wieder ins Rathaus geht"
    r"(?:fügt|sagt|erklärt|betont|meint|ergänzt|warnt|ruft) (?:er|sie)|(?:er|sie) (?:sagt|fügt|erklärt|betont)|"
    r"(?:sier|sa|säger|sade|siger|sagde|fortæller|fortalte|forteller|berättar|berättade) (?:han|hun|hon)|"
    r"(?:zegt|zei|vertelt|vertelde|voegt|voegde|legt|legde) (?:hij|ze|zij)|"
    # Polish "cytuje go agencja AFP": the agency quotes him
    r"cytuj\w* (?:go|ją))\b",
    re.I,
)
# A pronoun subject before its verb of saying: "Il a précisé que ...", "She added that ...", "Er betonte, ...".
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:il|elle|ils|elles|he|she|they|er|sie|lui|lei|ella|él)(?:\s+[\w'’-]+){0,3}\s*$", re.I
)
# A proper name of two to four words in apposition after a description ("le secrétaire général, Karim Benhaddou").
_APPOSED_NAME = re.compile(
    r"^\s*,\s*(?P<n>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:van|von|de|del|della|di|da|le|la|du|der|den|dos|das)\s+)?[A-ZÀ-Ý][\w'’-]+){1,3})"
)
# A capitalised name right after the verb of saying, closing the sentence or its clause: ", zegt Oudewater."
_NAME_AFTER_VERB = re.compile(
    # (after a Polish title's abbreviation: "– mówił ks. Mrugała", "– dodał dr Nowak")
    r"^\s+(?:(?:ks|dr|prof|bp|abp|mgr|inż|bryg|asp|kom|mjr|płk|insp)\.?\s+)?(?P<n>(?:(?:ten|ter|van|von|de)\s+(?:(?:der|den|de)\s+)?)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|dos)\s+)?[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"(?:\s+(?:uit|aan|toe|op|eraan toe))?\s*(?:[.,;]|$"
    # or before the paper it was said to: "sa Moe til Vestlandsposten i målområdet"
    r"|\s(?=(?:til|till|tegen|tegenover|gegenüber)\s+[A-ZÀ-Ý]))"
)
# Two capitalised words right before the verb: "... Ruud Kamphuis noemde".
_NAME_WORD = r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?"  # "Gert-Jan", not "VVD-lijsttrekker"
# Or in commas after a description: "Eine Sprecherin des Netzbetreibers, Katrin Lohmeier, sagte".
_NAME_BEFORE_VERB = re.compile(
    rf"(?:(?:^|[\s-])(?P<n>{_NAME_WORD}\s+{_NAME_WORD})|,\s*(?P<a>{_NAME_WORD}\s+{_NAME_WORD})\s*,)\s*$"
)
# A relative clause or a new clause ends the attribution: "said X, who coordinated ...".
_CLAUSE_END = re.compile(
    r",\s*(?:qui|que|dont|où|who|which|whose|where|der|die|das|welche|quien|cuyo|cuya|donde|che|il cui|la cui)\b|;"
    r"|:(?!s\b)"  # not a Swedish genitive: "IFK:s ordförande"
)
# Words joining a person to the organisation they speak for: "Davide Colombera of Lario Mountain Rescue".
_OF = re.compile(
    r"^\s*(?:of|from|at|for|de|du|de la|de l'|des|del|de los|di|della|dello|del|von|vom|der|des|van|da|do|fra|från|z)"
    r"\s*$",
    re.I,
)
_OF_IN_COMMAS = re.compile(r"^\s*,\s*(?:of|from|at|de|du|de la|des|del|di|della|da|do|dos|das|von|vom|van|fra|från|z|ze)\s*$", re.I)
# An apposition between a name and its verb: "Marieke van Doorn, a spokeswoman for the fire service, told".
_APPOSITION = re.compile(r"^\s*,[^,()]{1,90},\s*$")
# A name's particle after one of its words: "Rubén Carrasco del Olmo", "Maria das Dores".
_PARTICLE_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+(?:de|del|della|di|da|do|dos|das|van|von|der|du|des)\s+$")
# Several in a row: "Megan Doyle, 20, from Birkenhead, who was due to fly to Alicante, said".
_APPOSITIONS = re.compile(r"^(?:\s*,[^,()]{1,90}){2,4},\s*$")
# The comma closing "son avocat, Me Olivier Sandrini," and the verb's first words: ", a aussitôt annoncé".
# An apposition in commas, then a few words before a colon: "Pedro Gutiérrez Llano, líder de Cantabria Primero, se
# deja querer:" (the name is the subject).
_APPOSED_BEFORE_COLON = re.compile(r"^\s*,[^,:]{1,80},(?:\s*[\w'’-]+){1,3}\s*:\s*$")
_CLOSED_APPOSITION = re.compile(r"^\s*,(?:\s*[\w'’-]+){0,2}\s*$")
# A preposition right before a name makes it an object, not the speaker: "a raconté à RFN", "avec M. Choïgou".
_GOVERNED = re.compile(
    r"\b(?:à|au|aux|avec|pour|contre|chez|vers|sur|to|with|for|against|at|on|a|al|ao|aos|con|para|contra|ante|alla|per|mit|an|"
    r"für|gegen|zu|zum|zur|til|till|tegen|tegenover|gegenüber|over for|overfor)\s+(?:(?:la|le|les|l'|the|el|los|las|der|die|den|dem)\s+)?$",
    re.I,
)
# French inversion of any verb with its pronoun, right after the quote: ", espère-t-il", ", soupire-t-elle".
_INVERSION = re.compile(r"^\W*[a-zà-ÿ]+-(?:t-)?(?:il|elle)\b")
_IMPERSONAL = re.compile(r"^\W*[a-zà-ÿ]+-t-on\b")
# A description for the speaker after the verb, a demonstrative or an article and a noun, no name: "cette infirmière",
# "la retraitée", "l'élue", "le quinquagénaire", "this pensioner"; any determiner and noun there is a subject.
_DETERMINED = re.compile(
    r"^\s*(?:cette|ce|cet|la|le|les|l'|l’|this|the|diese[rs]?|der|die|das|esta|este|questa|questo|il|el|los|las|lo|o|a|"
    r"os|as|de|het)(?:\s+|(?<=['’]))(?-i:[a-zà-ÿ])",
    re.I,
)
_DESCRIPTION = re.compile(
    r"^\s*(?:cette|ce|cet|la|le|l'|l’|this|the|diese[rs]?|der|die|esta|este|questa|questo|il|el|o|a|de|het)"
    r"(?:\s+|(?<=['’]))"
    # a person's, not a body's: "la préfecture", "la mairie", "the council" speak for no one named
    r"(?!(?:préfecture|police|gendarmerie|mairie|municipalité|compagnie|société|direction|ministère|parquet|"
    r"entreprise|ville|commune|région|agence|hôpital|fédération|association|ambassade|gouvernement|justice|"
    r"company|council|ministry|government|firm|police|force|polizei|gemeinde|stadt|firma|regierung|policía|empresa|"
    r"compañía|ayuntamiento|polizia|comune|azienda|società|prefeitura|câmara|gemeente|politie|bedrijf)\b)"
    r"(?-i:[a-zà-ÿ][\w'’-]+)\b"
    # with no body after it, which makes it someone else's office: "de voorzitter van de strafkamer", "le président du
    # tribunal" (an age is no body: "l'éleveur de 41 ans")
    r"(?!\s+(?:van|of|du|des|della|dello|del|do|da|der|de)\s+(?!\d))",
    re.I,
)
# A relative clause between commas: ", che opera 14 Airbus A320,", ", who led the inquiry,".
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:qui|que|dont|who|which|whose|der|die|das|dat|quien|cuyo|cuya|che|il cui|la cui|som|który|która|które)\b"
    # (a German article before an adjective opens an apposition, not a clause: ", der 71-jährige Wim Ribbers,")
    r"(?!\s+(?:\d+-)?[a-zäöüß]+(?:e|en)\s+[A-ZÄÖÜ][\w'’-]*(?:\s+(?:(?:de|van|von|der|den|ter|ten|zu)\s+)?"
    r"[A-ZÄÖÜ][\w'’-]*)*\s*,)"
    r"[^,]*,"
)
_Speaker = tuple[str, str | None]  # (speaker as written, entity key)


@dataclass
class _Found:
    article: str
    sentence: int
    text: str
    speaker: str | None
    speaker_key: str | None
    attribution: str


_ELISION = re.compile(r"\s*[\(\[](?:\.\.\.|…)?[\)\]]\s*")


def holds_quotation(text: str, min_words: int) -> bool:
    """True for a sentence that gives a quotation, or opens or closes one a dash opened: where speakers are sought."""
    return bool(find_quotes(text, min_words) or _DASH_OPENED.match(text) or _NORDIC_SAY.search(text))


def find_quotes(text: str, min_words: int) -> list[tuple[int, int, str]]:
    """(start, end, quoted words) of the direct quotes in one sentence, outer quotes only."""
    out = []
    for m in _QUOTE.finditer(text):
        if m.group("g") is not None and not _SAY.match(text, m.end() + 1):
            continue  # a dash that opens an aside, not a quotation its speaker's verb follows
        inner = next(g for g in m.groups() if g is not None).strip(" ,")
        # An elision mark ("(...)", or "()" once a page has lost the dots) stays visible as "(…)": gluing the two
        # parts would show words run together that no source has ("militaire Nous pouvons").
        inner = _ELISION.sub(" (…) ", inner).strip()
        inner = inner.removeprefix("(…)").removesuffix("(…)").strip(" ,")
        titled = _TITLED.search(text[max(0, m.start() - 40) : m.start()]) is not None
        if len(inner.split()) <= 6 and (
            (not re.search(r"[.!?,;:]", inner) and (titled or _NAME_WORDS.fullmatch(inner)))
            # a programme's name with its subtitle: "programu „Małopolska. Ochrona drewnianych zabytków”"
            or (titled and not re.search(r"[!?,;:]|\.(?!\s[A-ZÀ-ÝŁŚŻ])", inner))
        ):
            continue  # a paper's, a song's or a boat's name: "der Lütticher Zeitung „Le Quotidien Mosan“", "o "Estrela
            # do Norte II""
        if len(inner.replace("(…)", "").split()) >= min_words:
            out.append((m.start(), m.end(), inner))
    return out


# Capitalised words only, maybe with a name's particles: a name in quotation marks, not words said.
_NAME_WORDS = re.compile(
    r"[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+(?:(?:de|do|da|dos|das|des|du|del|della|di|la|le|van|von|der|den|of|the|and|y|e|et)\s+)*"
    # (a word may be elided before a capital: "Les Neiges d'Allière")
    r"(?:[dl]['’])?[A-ZÀ-Ý0-9][\w'’.-]*)+"
)
# A word for a paper, a work or a vessel right before a quoted name: what follows names it, no one speaks.
_TITLED = re.compile(
    r"\b(?:zeitung|journal|newspaper|krant|dagblad|diario|periódico|jornal|quotidiano|quotidien|giornale|tidning|"
    r"tidningen|avisen|avis|gazeta|dziennik\w*|magazine|magazin|revista|rivista|chanson|canción|canção|canzone|song|"
    r"lied|film|livre|libro|livro|book|buch|album|navio|barco|barca|bateau|ship|schiff|boot|båt|båten|"
    r"programme|programa|programma|émission|sendung|série|serie|programu|program|programm|programmes|"
    r"kampanii|kampania|akcji|projektu|projekt|project|projet|proyecto|progetto|projeto)\s+(?:[\w'’-]+\s+)?$",
    re.I,
)


def _inside(span: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The person and organisation mentions inside ``span`` (which starts at ``offset`` in the sentence), in order;
    news agencies are no speakers."""
    return sorted(
        (
            m
            for m in mentions
            if offset <= m.start < offset + len(span)
            and m.label in ("PER", "ORG")
            and m.text.casefold() not in AGENCY_NAMES
        ),
        key=lambda m: m.start,
    )


def _outside_clauses(span: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The person and organisation mentions inside ``span`` (``_inside``), but not those within a relative clause
    ("La compagnia, che opera 14 Airbus A320, ha assicurato ...")."""
    relative = [(r.start(), r.end()) for r in _RELATIVE_CLAUSE.finditer(span)]
    return [m for m in _inside(span, offset, mentions) if not any(a <= m.start - offset < b for a, b in relative)]


_OF_WORD = r"(?:de|del|de la|du|des|of|of the|von|der|di|della|do|da|dos|das)"
_OF_BODY = re.compile(rf"\b{_OF_WORD}\s+$")
# Words said, before whose they are: "Le parole di Gennaro Sabatini:", "Amaro il commento di Roberto Ghedin".
_WORDS_OF = re.compile(
    rf"\b(?:parole|commento|commenti|dichiarazioni|words|comments|remarks|palabras|declaraciones|comentarios?|mots|"
    rf"propos|commentaires?|Worte|woorden|słowa|palavras|declarações|comentários?)\s+{_OF_WORD}\s+$",
    re.I,
)


# A sentence opening on the person just named, described by their age: "Die 34-jährige Krankenpflegerin ...", "The
# 34-year-old nurse ...", "De 34-jarige verpleegster ...", "Den 34-årige sykepleieren ...".
_AGED_DESCRIPTION = re.compile(
    r"^(?:Die|Der|The|De|Het|Den|Det|La|Le|El|Il|A|O)\s+\d{1,3}-?(?:jährige[rn]?|year-old|jarige|årige|åriga|årig|"
    r"enne|ans|años|anni|anos|letni|letnia)\b"
)


# A sentence opening on a definite description of someone by what they are to a body: "El candidato de ...", "Il
# presidente della ...", "Le candidat du ...".
_DESCRIBED_OPENING = re.compile(
    r"^(?:El|La|Il|Lo|Le|L['’]|O|A|The|Der|Die|De|Het)\s*[a-zà-ÿ]+\s+(?:de|del|de la|di|della|dello|dei|du|des|do|da|dos|"
    r"das|of|von|der|van|van de|van het)\s+[A-ZÀ-Ý]"
)


def _of_someone(before: str) -> bool:
    """True when a name right after ``before`` is someone's or something's another word governs ("El candidato de
    Frente Social", "Geschäftsführer der Pfannerjoch Bergbahnen"), not the one whose words they are ("Le parole di
    ...")."""
    return _OF_BODY.search(before) is not None and _WORDS_OF.search(before) is None
# Whom words were said to, right before a name: "til Fjellposten", "told the Gazette", "gegenüber der Zeitung".
_TOLD_TO = re.compile(r"\b(?:til|till|to|tegen|tegenover|gegenüber|zu|à|al|ao|à la|dla|told)\s+(?:the\s+|der\s+|de\s+)?$", re.I)
# A verb of saying followed by the paper it was told to, then the sentence's end or where: no subject after it.
_TOLD_AFTER = re.compile(
    r"^\s+(?:à|ao|a|al|to|tegen|til|till|gegenüber|dla)\s+(?:the\s+|der\s+|o\s+|el\s+)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:de|do|da|das|dos|del|de las|de la|di|della|van|von|[A-ZÀ-Ý][\w'’-]*))*\s*"
    r"(?:[.!]\s*$|,\s+(?:à|a|en|na|no|in|dans|em|nel|nella)\s)"
)
# A verb of saying followed by what the speaker did as they said it: ", annunciando ...", ", adding that ...".
_GERUND_AFTER = re.compile(r"^,\s+[a-zà-ÿ]+(?:ando|endo|iendo|ant|ing)\b")
# A verb of saying followed by where or how it was said, not by its subject.
_SETTING_AFTER = re.compile(
    r"^\s+(?:en|in|dans|à|au|al|ao|na|no|nel|nella|im|auf|op|på|w|we|durante|during|pendant|während|tijdens|under|"
    # or how: "ha contado con la voz todavía temblorosa"
    r"con|com|avec|with|mit|met|"
    # or before whom: "dice ante unos 500 simpatizantes", "declara perante os militantes"
    r"ante|perante|devant|davanti a|before|vor|voor)\s+"
    r"(?:un|una|unos|unas|une|a|an|um|uma|uns|umas|een|ein|einem|einer|la|le|les|el|los|las|il|i|the|o|os|as|der|dem|den|"
    r"die|het|de|des|sus|ses|his|her|their)\b",
    re.I,
)
# A common noun's complement ("las redes sociales del Ayuntamiento"), not a name's particle ("Maria das Dores
# Silveira"), nor one after another complement ("de Salud del Alto Minho Raiano"); a body after "de" is no subject
# either way.
_COMPLEMENT = re.compile(rf"(?:^|\s)(?:[a-zà-ÿ][\w'’-]*|{_OF_WORD}\s+[A-ZÀ-Ý][\w'’-]*)\s+{_OF_WORD}\s+$")
_GOVERNED_NAME = re.compile(
    r"\b(?:à|au|aux|to|a|al|ao|aos|alla|zu|zum|zur|an)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+)+(?:do|da|de|del|della|di|du|des|der|of|the)\s+$"
)


# The body's role words between a body and its person: "'s director ", " chief executive ", "s vd ".
_BODY_ROLE = re.compile(
    r"(?::s|'s|’s|s)?\s+(?!(?:and|und|et|y|e|en|og|och|o|or|oder|ou|of|de|di|da|do|van|von|with|à|a|to|zu|til|i|w)\s)"
    r"(?:[a-zà-ÿ][\w-]*\s+){1,3}"
)

# A body's compound with a role, then a first name and a surname: "-meteoroloog Sanne de Vries", "-Sprecher Markus X".
_COMPOUND_NAME = re.compile(
    r"-[\w][\w-]{3,}\s+(?P<n>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|dos|ten|ter)\s+)*"
    r"[A-ZÀ-Ý][\w'’-]+){1,2})"
)
_OFFICER = re.compile(
    r"\b(?:chief|executive|director|chair(?:man|woman|person)?|spokes(?:man|woman|person)|president|manager|head|"
    r"officer|vd|ordförande|formand|leder|directeur|directrice|directora?|diretora?|direttore|dyrektor|prezes|rzecznik|"
    r"woordvoerder|voorzitter)\b"
)


def _first_named(
    span: str, offset: int, mentions: Sequence[Mention], resolve_role: Callable[[str], str | None]
) -> tuple[int, _Speaker] | None:
    """The speaker named in the clause ``span`` opens (after an inverted verb: ", a déclaré ..."), with its position.

    The first name or description of the clause is the subject, unless a preposition governs it ("a raconté à RFN
    Maxime Durieux", "avec M. Choïgou"); a description or organisation followed by a name in apposition ("le
    secrétaire général du SDPM, Karim Benhaddou") gives that name, which the recogniser may have missed.
    """
    end = _CLAUSE_END.search(span)
    clause = span[: end.start()] if end else span
    inside = [m for m in _inside(clause, offset, mentions) if not _GOVERNED.search(clause[: m.start - offset])]
    role = _ROLE.search(clause)
    if role and _GOVERNED.search(clause[: role.start()]):
        role = None
    first_entity = inside[0] if inside else None
    if role is not None and (first_entity is None or role.start() <= first_entity.start - offset):
        tail = clause[role.end() :]
        person = next(
            (m for m in inside if m.label == "PER" and m.start - offset >= role.end()),
            None,
        )
        if person is not None and re.fullmatch(r"[^,]{0,60},\s*", clause[role.end() : person.start - offset]):
            return person.start - offset, (person.text, person.key)
        apposed = re.match(r"[^,]{0,60}?" + _APPOSED_NAME.pattern[1:], tail)
        # a body named after the role's "de" is the role's, whatever the recogniser took it for: "la directora
        # general de Protección Civil y Emergencias, Marta Ibarzábal"
        bodys = first_entity is not None and _OF_BODY.search(clause[: first_entity.start - offset]) is not None
        if apposed and (first_entity is None or first_entity.label != "PER" or bodys):
            name = apposed.group("n")
            return role.start(), (name, name_key(name))
        text = role.group(0).strip(" ,.")
        return role.start(), (text, resolve_role(text))
    # With no role, a body after "del" or inside a name a preposition governs is no subject: "dijo en un vídeo
    # difundido en las redes sociales del Ayuntamiento", "contou ao Correio do Alto Minho o mestre ...".
    inside = [
        m
        for m in inside
        if not _COMPLEMENT.search(clause[: m.start - offset])
        and not _GOVERNED_NAME.search(clause[: m.start - offset])
        and not (m.label != "PER" and _OF_BODY.search(clause[: m.start - offset]))
        # nor a paper's name in quotation marks: "mówił niemieckiemu dziennikowi „Rhein-Echo” Uwe Brandscheid"
        and clause[max(0, m.start - offset - 1) : m.start - offset] not in ("„", "«", "“", '"')
    ]
    first_entity = inside[0] if inside else None
    if first_entity is None:
        return None
    if first_entity.label != "PER":
        person = next((m for m in inside if m.label == "PER"), None)
        between = clause[first_entity.start - offset + len(first_entity.text) : person.start - offset] if person else ""
        # "le secrétaire général du SDPM, Karim Benhaddou", "dyrektor ZDP Tomasz Wilk", "IFK:s ordförande Lena Åström",
        # "BSI-Sprecher Markus Feldhagen", "Westline chief executive Moira Dunbar", "Brunnsviks vd Karin Ålund"
        if person is not None and (
            re.fullmatch(r"\s*,?\s*|-[\w-]+\s+", between)
            or _BODY_ROLE.fullmatch(between)
            # or where the body's officer serves: "konsul RP w Hadze Agnieszka Wróblewska"
            or re.fullmatch(r"\s+(?:w|we|in|en|à|a|i|im|em|na)\s+[A-ZÀ-ÝŁŚŻ][\w'’-]+\s+", between)
        ):
            return person.start - offset, (person.text, person.key)
        # or a name the recogniser missed after the body's compound: "zegt KNMI-meteoroloog Sanne de Vries"
        glued = _COMPOUND_NAME.match(clause[first_entity.start - offset + len(first_entity.text) :])
        if person is None and glued is not None:
            name = glued.group("n")
            return first_entity.start - offset, (name, name_key(name))
    elif len(inside) > 1 and inside[1].label == "PER":
        # a body the model took for a person, then its officer: "said Westline chief executive Moira Dunbar"
        between = clause[first_entity.start - offset + len(first_entity.text) : inside[1].start - offset]
        if _BODY_ROLE.fullmatch(between) and _OFFICER.search(between):
            return inside[1].start - offset, (inside[1].text, inside[1].key)
    return first_entity.start - offset, (first_entity.text, first_entity.key)


# The Spanish, Italian and Portuguese "a" before a person the verb governs: "felicita a Lanuza", "ringrazia a".
_PERSON_OBJECT = re.compile(r"\s(?:a|ad)\s+$")


def _addressed(head: str, mention: Mention, offset: int) -> bool:
    """True for a person a verb governs through "a" ("La candidata ... felicita a Lanuza y asegura"): not the subject."""
    return mention.label == "PER" and _PERSON_OBJECT.search(" " + head[: mention.start - offset]) is not None


def _subject_before(
    head: str, offset: int, mentions: Sequence[Mention], resolve_role: Callable[[str], str | None]
) -> _Speaker | None:
    """The subject right before a verb of saying: "... Joost Verhaegen said", "Marieke van Doorn, a spokeswoman for
    the fire service, told", "Davide Colombera of Lario Mountain Rescue said"; not a name further back, nor one in a
    relative clause ("Martina Hollweg, who heads the agency's Rheinschiene Süd branch, told")."""
    inside = _outside_clauses(head, offset, mentions)
    # a place a preposition governs is where someone is from, no subject: "Megan Doyle, 20, from Birkenhead, ... said"
    inside = [
        m
        for m in inside
        if not (
            m.label != "ORG"
            and _PREPOSITION_BEFORE.search(head[: m.start - offset])
            and not _PARTICLE_BEFORE.search(head[: m.start - offset])  # "Rubén Carrasco del Olmo": a name's particle
        )
        and not _addressed(head, m, offset)
    ]
    if inside:
        subject = inside[-1]
        between = head[subject.start - offset + len(subject.text) :]
        if len(inside) > 1 and inside[-2].label == "PER":
            person = inside[-2]
            link = head[person.start - offset + len(person.text) : subject.start - offset]
            if _OF.match(link) and len(between.split()) <= 2 and not re.search(r"[,()]", between):
                return person.text, person.key
            # and in commas: "A engenheira Helena Brás, da Tecnoponte Engenharia, explicou": the body is hers
            if _OF_IN_COMMAS.match(link) and _CLOSED_APPOSITION.match(between):
                return person.text, person.key
            # or a party in brackets after the name: "Energiedirektorin Regula Brändli (FDP) sagte"
            if re.fullmatch(r"\s*\(", link) and re.fullmatch(r"\)\s*", between):
                return person.text, person.key
        # A person with an apposition naming a body, the body last before the verb: "Marco Bellandi, director of
        # the operator Funivie Valle d'Oro SpA, said".
        if subject.label != "PER":
            apposed = [
                m for m in inside if m.label == "PER" and _APPOSITION.match(head[m.start - offset + len(m.text) :])
            ]
            if apposed:
                return apposed[0].text, apposed[0].key
        if len(between.split()) <= 2 and not re.search(r"[,()]", between):
            return subject.text, subject.key
        # A name closing an apposition right before the verb: "Administrerende direktør ..., Hilde Rønneberg, sier".
        if subject.label == "PER" and (
            _APPOSITION.match(between)
            or _CLOSED_APPOSITION.match(between)
            or _APPOSITIONS.match(between)
            or _APPOSED_BEFORE_COLON.match(between)
        ):
            return subject.text, subject.key
        # A person with an apposition naming a body: "Marta Sequeira, presidente do SITC, estimou ...".
        people = [m for m in inside if m.label == "PER"]
        if people and people[-1] is not subject and _APPOSITION.match(head[people[-1].start - offset + len(people[-1].text) :]):
            return people[-1].text, people[-1].key
    roles = [r for r in _ROLE.finditer(head) if len(head[r.end() :].split()) <= 2]
    if roles:
        text = roles[-1].group(0).strip(" ,.")
        return text, resolve_role(text)
    return None


def _attribution(
    after: str,
    end: int,
    before: str,
    prev_end: int,
    mentions: Sequence[Mention],
    last: _Speaker | None,
    resolve_role: Callable[[str], str | None],
) -> tuple[_Speaker | None, str]:
    """The speaker of a quote from the words after it (", a déclaré X", "X said") or before it ("X a déclaré :")."""
    if _IMPERSONAL.match(after):
        return None, ""  # "indique-t-on": no one in particular
    if inversion := _INVERSION.match(after):
        # Any verb with its pronoun after it: "espère-t-il", "soupire-t-elle", "sourit-il": the person the sentence
        # opens on ("La bourgmestre Isabelle Dricot a déclenché ... « ... », a-t-elle déclaré"), else the last speaker.
        opener = _sentence_subject(before, [m for m in mentions if m.start < len(before)]) if not prev_end else None
        if opener is not None:
            return opener, f"{inversion.group(0).strip(' ,')!r}: the person the sentence opens on"
        if last is not None:
            return last, f"{inversion.group(0).strip(' ,')!r}: the last named speaker"
    say = _SAY.search(after[:120])
    if say:
        clause = after[: say.end() + 100]
        if _PRONOUN.search(after[: say.end() + 12]):
            # the person the sentence names before the quotation, else the last named speaker: "Zijn advocaat, Daniel
            # Okafor, liet weten dat ... ‘We zijn teleurgesteld’, zei hij"
            named = [m for m in _outside_clauses(before, prev_end, mentions) if m.label == "PER"]
            if named:
                return (named[-1].text, named[-1].key), f"{after.strip(' ,.')[:40]!r}: the person named before it"
            if last is not None:
                return last, f"{after.strip(' ,.')[:40]!r}: the last named speaker"
        straight = _subject_before(after[: say.start()], end, mentions, resolve_role)
        if straight is not None:
            return straight, clause.strip(" ,.")[:80]
        # Inverted (", a déclaré M. Le Drian") or not ("plant director Joost Verhaegen said").
        inverted = _first_named(after[say.end() :][:160], end + say.end(), mentions, resolve_role)
        # A name the recogniser missed or took for a place ("zegt Oudewater.", "sagte Mairhofer."): the words say
        # who speaks, so the last named speaker does not go on.
        plain = _NAME_AFTER_VERB.match(after[say.end() :])
        # ... and before a body it finds further on: "sagte Georg Wimmer, Vorsitzender der Bergfreunde Seebruckmoos"
        missed = (
            plain is not None
            and inverted is not None
            and inverted[0] >= plain.end("n")
            and len(plain.group("n").split()) >= 2  # a first name and a surname, not "said Lt. Priscila Arantes"
        )
        if inverted is not None and not (missed and plain is not None and plain.group("n").casefold() not in AGENCY_NAMES):
            return inverted[1], clause.strip(" ,.")[:80]
        # (an agency after the verb is whom it was told to: "– powiedział PAP")
        if plain is not None and plain.group("n").casefold() not in AGENCY_NAMES:
            return (plain.group("n"), name_key(plain.group("n"))), clause.strip(" ,.")[:80]
        if (
            last is not None
            and not before.strip(" —–-")
            and not after[: say.start()].strip(" ,.—–-")
            and (
                (len(after[say.end() :].split()) <= 3 and not _DETERMINED.match(after[say.end() :]))
                or _DESCRIPTION.match(after[say.end() :])
                # where or how it was said, and no one named after: ", dijo en un vídeo difundido en las redes ..."
                or _SETTING_AFTER.match(after[say.end() :])
                # or the paper it was said to: ", declaró a Correo de las Rías.", ", contou à Voz de Lavradas, à porta"
                or _TOLD_AFTER.match(after[say.end() :])
                # or what they did as they said it: ", ha detto, annunciando fondi comunali ...", ", adding that ..."
                or _GERUND_AFTER.match(after[say.end() :])
            )
        ):
            # A verb with no subject of its own (", añadió.", ", ha aggiunto."), or with a description for one (",
            # raconte cette infirmière, qui ...", ", confie l'élue"): the last named speaker goes on, unless a Polish
            # verb's gender says otherwise ("– zapewniła" after Tomasz Wrona spoke).
            if not _same_gender(say.group(0), last[0]):
                return None, ""
            return last, f"{after.strip(' ,.')[:40]!r}: the last named speaker"
    if _PRONOUN.search(before) and last is not None:
        return last, f"{_PRONOUN.search(before).group(0)!r}: the last named speaker"  # type: ignore[union-attr]
    says = list(_SAY.finditer(before)) + list(_ACCORDING.finditer(before))
    if says or before.rstrip().endswith(":"):
        verb = max(says, key=lambda m: m.start()) if says else None
        cut = verb.start() if verb else len(before)
        if verb is not None:
            inverted = _first_named(before[verb.end() :][:40], prev_end + verb.end(), mentions, resolve_role)
            if inverted is not None and inverted[0] <= 3:
                return inverted[1], before.strip(" ,.:")[-80:]
        # The subject before the verb: the name right before it, or a name in apposition ("Harriet Bloom, a
        # spokeswoman for the fire service, told reporters:"), or else the last name or description before it.
        head = before[:cut]
        subject = _subject_before(head, prev_end, mentions, resolve_role)
        # A name right before the verb that the recogniser missed: "VVD-lijsttrekker Ruud Kamphuis noemde ..." is
        # his, not the party's, the one name found there; a person found, or a preposition, keeps the rules' reading.
        plain = _NAME_BEFORE_VERB.search(head) if verb is not None else None
        person = subject is not None and any(m.key == subject[1] and m.label == "PER" for m in mentions)
        if plain is not None and not person and not _PREPOSITION_BEFORE.search(head[: plain.start()]):
            name = plain.group("n") or plain.group("a")
            return (name, name_key(name)), before.strip(" ,.:")[-80:]
        if subject is not None and (verb is not None or person):
            # (a person before a colon speaks, whatever the verb: "Pedro Gutiérrez Llano, líder de Cantabria Primero,
            # se deja querer:")
            return subject, before.strip(" ,.:")[-80:]
        named = [m for m in _outside_clauses(head, prev_end, mentions) if not _addressed(head, m, prev_end)]
        ent = named[-1] if named else None
        roles = list(_ROLE.finditer(head))
        options: list[tuple[int, _Speaker]] = []
        # a body a role governs is the role's: "Il direttore di Acque Valsorda:" speaks as the director
        # (with or without a role word the rules know: "La candidata de Alianza Progresista ... asegura")
        # (a name after "de" is no subject whatever the model made of it: "El candidato de Izquierda Social")
        governed = ent is not None and _of_someone(head[: ent.start - prev_end])
        # nor the paper it was said to: "Ødegården til Fjellposten rett etter målgang:"
        told = ent is not None and ent.label != "PER" and _TOLD_TO.search(head[: ent.start - prev_end])
        if ent is not None and not governed and not told:
            options.append((ent.start - prev_end, (ent.text, ent.key)))
        if roles:
            text = roles[-1].group(0).strip(" ,.")
            options.append((roles[-1].start(), (text, resolve_role(text))))
        if options:
            return max(options, key=lambda o: o[0])[1], before.strip(" ,.:")[-80:]
    # A quotation woven into a sentence whose subject is a person ("Council leader Priya Halloran called it "...""):
    # the person said it.
    people = [
        m
        for m in _outside_clauses(before, prev_end, mentions)
        if m.label == "PER"
        and not _addressed(before, m, prev_end)
        and not _of_someone(before[: m.start - prev_end])  # "El candidato de Frente Social ...": a party's name
    ]
    if people and len(before.split()) >= 2:
        return (people[-1].text, people[-1].key), f"{before.strip(' ,.:')[-60:]}: the subject of the sentence"
    return None, ""


def _same_gender(verb: str, name: str) -> bool:
    """False when a Polish past verb's gender ("zapewnił", "zapewniła") is not that of the name's first name: Polish
    women's first names end in "a" ("Katarzyna", "Joanna"), men's almost never do."""
    past = re.search(r"ł(a)?$", verb.strip())
    if past is None or not name:
        return True
    words = name.lower().split()
    if len(words) == 1:  # a surname alone says its gender only by a Polish adjective's ending
        return not re.search(r"(?:sk|ck|dzk)[ai]$", words[0]) or bool(past.group(1)) == words[0].endswith("a")
    # the first name is the word before the surname, whatever a town glued before it ("Radomierza Marek Zawadzki")
    return bool(past.group(1)) == words[-2].endswith("a")


# "As X told": the Polish "Jak poinformował", "Jak przekazała", "Jak mówi".
_AS_TOLD = re.compile(
    r"^Jak\s+(?:[a-ząćęłńóśźż]+\s+)?(?:poinformowa|przekaza|powiedzia|mówi|zapowiedzia|poda|wyjaśni|relacjonowa|"
    r"opisa|oceni|zaznaczy|podkreśli|doda|ustali)\w*"
)


def _reported_speaker(
    text: str, mentions: Sequence[Mention], resolve_role: Callable[[str], str | None] = lambda _: None
) -> _Speaker | None:
    """The person a sentence without quotes reports as speaking ("Gareth Moss said the closures would ...", "Ifølge
    indsatsleder Lone Kirkegaard er der ikke fare ...", or "La sindaca ha ricordato che ..." where the story names
    the mayor)."""
    according = _ACCORDING_OPENS.match(text)
    if according is not None:
        ordered = sorted((m for m in mentions if m.start >= according.end()), key=lambda m: m.start)
        person = next(iter(ordered), None)
        if person is not None and person.label == "PER" and len(text[according.end() : person.start].split()) <= 3:
            return person.text, person.key
        # or the first person, in apposition to a description: "Segundo o diretor do serviço de emergência da
        # Andaluzia (112), Manuel Prieto, a maioria ..."
        person = next((m for m in ordered if m.label == "PER"), None)
        if person is not None:
            between = text[according.end() : person.start]
            if between.rstrip().endswith(",") and len(between.split()) <= 14 and not re.search(r"[.;:!?]", between):
                return person.text, person.key
    if (told := _AS_TOLD.match(text)) is not None:
        # "Jak poinformowała w czwartek rano st. kpt. Katarzyna Malec, rzeczniczka ..., pożar ...": the person
        # before the clause's comma
        comma = text.find(",", told.end())
        people = [m for m in mentions if m.label == "PER" and told.end() <= m.start and (comma < 0 or m.start < comma)]
        if people:
            return people[-1].text, people[-1].key
    for say in _SAY.finditer(text):
        subject = _subject_before(text[: say.start()], 0, mentions, resolve_role)
        if subject is not None and subject[1] is not None and not any(m.text == subject[0] for m in mentions):
            return subject  # an office the story names the holder of
        if subject is None and text[: say.start()].rstrip().endswith(","):
            # Inverted after the reported words: "..., a précisé le directeur de l'aéroport, Jean-Philippe Rouvière."
            inverted = _first_named(text[say.end() :][:100], say.end(), mentions, lambda _: None)
            subject = inverted[1] if inverted is not None else None
        if (
            subject is not None
            and subject[1] is not None
            and any(m.key == subject[1] and m.label == "PER" for m in mentions)
        ):
            return subject
    return None


# A description before the name, its noun last: "Den lokala jaktlagsledaren Göran Ohlsson har följt ...", "Der
# örtliche Jagdpächter Anton Gruber ...": an article, an adjective or two, and a noun in the definite form or
# capitalised; not a verb ("La police a arrêté Jean Dupont").
_DESCRIBED = re.compile(
    r"(?i:den|det|der|die|das|de|het|the)\s+(?:(?!(?:har|hat|hade|hatte|ha|has|had|heeft|had|är|ist|is|er|was|war|var)\b)"
    r"[a-zåäöæøüéèà]+\s+){1,2}(?:[a-zåäöæø]{4,}(?:en|et|na|ne)|[A-ZÅÄÖÆØÜ][a-zåäöæøüß]{3,})"
)
_SUBJECT_ARTICLES = {"le", "la", "l'", "the", "der", "die", "el", "il", "lo", "o", "a", "de", "het"}


def _sentence_subject(text: str, mentions: Sequence[Mention]) -> _Speaker | None:
    """The person a sentence opens on, alone or after a title ("Bürgermeisterin Sabine Kröll lobte ...", "Mayor Ann
    Lee praised ..."): whom a pronoun in the next sentences most likely means; not a person after a verb."""
    # not a name a preposition governs: "Le maire de Rhinwiller, Jean-Marc Sitterlé, ..." (a place read as a person)
    people = [m for m in mentions if m.label == "PER" and not _PREPOSITION_BEFORE.search(text[: m.start])]
    if not people:
        return None
    first = min(people, key=lambda m: m.start)
    prefix = text[: first.start].strip(" ,")
    words = prefix.split()
    titled = len(words) <= 3 and all(w[:1].isupper() or w.lower() in _SUBJECT_ARTICLES for w in words)
    role = _ROLE.match(prefix)
    if (
        titled
        or (role is not None and role.end() == len(prefix))
        or _DESCRIBED.fullmatch(prefix)
        or _OWNED.fullmatch(prefix)
        or _OFFICE_OF.fullmatch(prefix)
        or _NOUN_OF_BODY.fullmatch(prefix)
        or _POLISH_OFFICE.fullmatch(prefix)
        # a holder of a place or body with the name in commas: "Ejeren af Havbjerggård, Jens Peter Lauritsen, opdagede"
        or (
            _HOLDER_OF.fullmatch(prefix) is not None
            and text[: first.start].rstrip().endswith(",")
            and text[first.start + len(first.text) :].lstrip().startswith(",")
        )
    ):
        return first.text, first.key
    return None


# A Polish office with its adjectives, its field and a degree: "Małopolska wojewódzka konserwator zabytków dr".
_POLISH_OFFICE = re.compile(
    r"(?:[A-ZŁŚŻa-ząćęłńóśźż][a-ząćęłńóśźż]+\s+){0,3}(?:konserwator|konserwatorka|burmistrz|burmistrzyni|wojewoda|"
    r"rzecznik|rzeczniczka|komendant|komendantka|dyrektor|dyrektorka|proboszcz|starosta|wójt|prezydent|prezes|"
    r"prezeska|minister|ministra)(?:\s+[a-ząćęłńóśźż]+){0,3}(?:\s+(?:dr|prof\.|ks\.|kan\.|mgr|inż\.|bryg\.|asp\.))*"
)
_HOLDER_OF = re.compile(
    r"[A-ZÀ-ÝÆØÅ][a-zà-ÿæøå]{3,}\s+(?:af|for|of|van|von|de|du|del|della|des|der|do|da)\s+"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
)
# A noun and the body it serves, before the name: "La sismóloga del IGN Elena Castaño", "the spokeswoman of NS".
_NOUN_OF_BODY = re.compile(
    r"(?i:la|el|le|il|lo|o|a|the|der|die|het|de)\s+[a-zà-ÿ]{4,}\s+"
    r"(?:del|de la|de|du|des|of the|of|della|dello|dell['’]|do|da|dos|das|van|van de|von|vom|der)\s*"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
)


# An office and the body it heads, before the holder's name: "Formand for klima- og miljøudvalget Jens Ove Dalgaard".
_OFFICE_OF = re.compile(
    r"(?i:formand|formanden|forperson|leder|lederen|ordfører|ordförande|voorzitter|chair|chairman|chairwoman|head|"
    r"director|directeur|direktør|direktör|burgemeester|borgmester|borgmästare)\s+(?:for|för|of|van|voor|i|ved)\s+"
    r"[^,;:.!?]{1,60}"
)


# A place or a team the person belongs to, in the genitive: "Brackenford's own Hannah Pickersgill", "Kenya's".
_OWNED = re.compile(r"[A-ZÀ-Ý][\w-]+['’]s(?:\s+own)?")


def _named_subject(text: str, mentions: Sequence[Mention]) -> _Speaker | None:
    """The person a sentence opens on (``_sentence_subject``), or else the first it names with an apposition after
    the name ("Dans le hall, Nadia Belkacem, 34 ans, tentait ..."): not a person a verb governs ("Police arrested Mark
    Dunn on Tuesday")."""
    subject = _sentence_subject(text, mentions)
    if subject is not None:
        return subject
    people = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.start)
    apposed = next(
        (
            (m.text, m.key)
            for m in people
            # "Declan Fahy (31), from Naas", but not a place a preposition governs ("Le maire de Rhinwiller, ...")
            if _APPOSITION_AFTER.match(text[m.start + len(m.text) :])
            and not _PREPOSITION_BEFORE.search(text[: m.start])
            and not _GOVERNED_APPOSITION.search(text[: m.start])
            # not the place or body of an office whose holder's name follows in commas: "Il gestore del rifugio
            # Vallascia, Ernesto Pini, aveva visto ..."
            and not any(
                o.start > m.start
                and re.fullmatch(r"\s*,\s*", text[m.start + len(m.text) : o.start])
                and _APPOSITION_AFTER.match(text[o.start + len(o.text) :])
                for o in people
            )
        ),
        None,
    )
    free = [m for m in people if not _PREPOSITION_BEFORE.search(text[: m.start])]  # not "di Acque Valsorda"
    if apposed is not None or len(free) != 1:
        return apposed
    # The one person named, after the office they hold, as the subject after its verb.
    holder = _office_holder(text, mentions)
    if holder is not None:
        return holder
    only = free[0]
    # or closing the sentence in apposition to an office: "Il messaggio più netto è arrivato dal direttore di Acque
    # Valsorda, Paolo Ferrandi."
    clause = text[: only.start].rsplit(",", 2)
    closing = not re.sub(r"[\W_]+", "", text[only.start + len(only.text) :])
    if closing and len(clause) >= 2 and not clause[-1].strip() and _HEAD.search(strip_accents(clause[-2].lower())):
        return only.text, only.key
    return None


# A name in apposition to a person a verb governs is no subject: "llamará ... al líder del CDA, Tomás Urrea, para".
# (after the verb's words, not opening the clause: "au micro de France Télévisions, Mathis Derouard, savoure")
_GOVERNED_APPOSITION = re.compile(
    r"[a-zà-ÿ\"”»]\s+(?:al|a la|a los|ao|aos|à|au|aux|alla|allo|ai)\s+[a-zà-ÿ][\w'’-]*"
    r"(?:\s+(?:del|de la|de los|de|da|do|das|dos|della|dei|di|du|des)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2})?,\s*$"
)
_APPOSITION_AFTER = re.compile(r"\s*(?:\((?:\d{1,3}|[A-ZÆØÅÄÖ][\w.-]{0,5})\))?,")  # "(31),", a party: "(V),"
# An office right before a name, after a verb (Dutch, German and Nordic put the subject there).
_OFFICE_BEFORE = re.compile(
    r"\s(?:reageerde|reageert|zei|zegt|vertelde|verklaarde|reagierte|sagte|erklärte|reagerade|reagerte|reagerede|"
    r"sa|sade|sagde|uttalte|udtalte)\s+(?:de\s+|der\s+|die\s+)?(?:burgemeester|wethouder|gedeputeerde|directeur|woordvoerder|"
    r"woordvoerster|Bürgermeister(?:in)?|Landrat|Landrätin|Sprecher(?:in)?|Direktor(?:in)?|kommunalråd|ordförande|"
    r"ordfører|borgmester|rådmann|talsperson|talsmann|talskvinne|pressetalsmand|direktør)\s+$"
    # and Polish, after any verb in the past: "Na miejsce przyjechała wojewoda dolnośląska Katarzyna Mroczek."
    # (with words between, and a degree before the name: "Na miejsce przyjechała także małopolska wojewódzka
    # konserwator zabytków dr Ewa Skrzypiec-Nowak.")
    r"|\s[a-ząćęłńóśźż]+(?:ł|ła|li|ły)\s+(?:[a-ząćęłńóśźż]+\s+){0,3}(?:wojewoda|burmistrz|burmistrzyni|prezydent|"
    r"prezydentka|rzecznik|rzeczniczka|starosta|wójt|dyrektor|dyrektorka|komendant|komendantka|minister|ministra|"
    r"konserwator|konserwatorka|proboszcz)(?:\s+[a-ząćęłńóśźż]+){0,2}(?:\s+(?:dr|prof\.|ks\.|mgr|inż\.))?\s+$"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:de|du|des|d'|of|from|in|at|to|von|vom|aus|zum|zur|van|uit|naar|di|del|della|da|do|dos|das|ao|aos|al|alla|"
    r"en|à|au|w|z|i|fra|från|til|till)\s*$",
    re.I,
)


def _pronoun_speaks(text: str) -> bool:
    """True for a sentence in which a pronoun speaks: "Il a précisé que ...", "a-t-il ajouté", "Er betonte, ..."."""
    say = _SAY.search(text)
    if say is None:
        return False
    return bool(_PRONOUN.search(text) or _PRONOUN_SUBJECT.match(text[: say.start()]))


def attribute(
    article: Article,
    mentions_of: Callable[[int], list[Mention]],
    min_words: int,
    resolve_role: Callable[[str], str | None],
) -> list[_Found]:
    """Every quote of an article with its speaker, resolved from the attribution or the last named speaker."""
    found: list[_Found] = []
    last: _Speaker | None = None  # the last named speaker: of a quote, or reported as speaking
    last_at = -2  # the sentence where they last spoke
    subject_at = -2  # the sentence a person last opened as its subject ("Pascal Ruhlmann ... s'interroge ...")
    named: _Speaker | None = None  # the person the sentence before names as its subject
    opened: list[Sentence] = []  # the sentences of a quotation a dash opened, its speaker not yet named
    opened_recent: _Speaker | None = None  # whom a pronoun means where that quotation opened
    people_by_surname = _by_surname(
        (m.text, m.key) for s in article.sentences for m in mentions_of(s.index) if m.label == "PER"
    )
    for sentence in article.sentences:
        text = sentence.text
        quotes = find_quotes(text, min_words)
        mentions = mentions_of(sentence.index)
        named_before, named = named, _named_subject(text, mentions)
        if opened and sentence.paragraph != opened[0].paragraph:
            opened = []  # a paragraph ended with no speaker named: no quotation found
        if opened and not quotes:
            verb = _NORDIC_SAY.search(text)
            if verb is None:
                opened.append(sentence)
                continue
            inner = " ".join([opened[0].text[2:].strip(), *(s.text for s in opened[1:]), text[: verb.start()]])
            speaker, how = _attribution(
                text[verb.start() :], verb.start(), "", 0, mentions, opened_recent or last, resolve_role
            )
            if len(inner.split()) >= min_words:
                found.append(
                    _Found(article.id, opened[0].index, inner, speaker[0] if speaker else None,
                           speaker[1] if speaker else None, how)
                )
                if speaker is not None and speaker[0]:
                    last, last_at = speaker, sentence.index
            opened = []
            continue
        if not quotes and _DASH_OPENED.match(text) and not _NORDIC_SAY.search(text):
            opened = [sentence]  # "– Vi fikk melding om at ferja hadde truffet grunnen ...": who speaks comes later
            # "Bland de första besökarna fanns Eva Holm, 74, ..." / "– Jag kom hit ..., säger hon": the person the
            # sentence before the quotation names, unless the last speaker spoke right there
            opened_recent = last if last_at == sentence.index - 1 or named_before is None else named_before
            continue
        if not quotes:
            reported = _reported_speaker(text, mentions, resolve_role)
            if reported is not None:
                last, last_at = reported, sentence.index
            elif (subject := _sentence_subject(text, mentions) or _office_holder(text, mentions)) is not None:
                # "Bürgermeisterin Sabine Kröll lobte ...": the "sie" of the next quote; so is the person opening
                # "Graham Whitfield, 67, ..., said he and his wife ...", whose "said he" is his own, and the officer a
                # verb brings in ("Na miejsce przyjechała ... konserwator zabytków dr Ewa Skrzypiec-Nowak.")
                last = subject
                subject_at = sentence.index
            elif (
                opener := _surname_opening(
                    text, {**_by_surname((f.speaker, f.speaker_key) for f in found if f.speaker), **people_by_surname}
                )
            ) is not None:
                # a surname alone opening the sentence, which the recogniser left as a common word: "Hoffmeister will
                # zur Betriebsversammlung gehen." after "sagt Dirk Hoffmeister"
                last = opener
                subject_at = sentence.index
            elif last is not None and _pronoun_speaks(text):
                last_at = sentence.index  # "Il a précisé que ...": the same speaker goes on
            elif (
                last is not None
                and sentence.index - 1 in (last_at, subject_at)
                and _AGED_DESCRIPTION.match(text)
                and not any(m.label == "PER" for m in mentions)
            ):
                subject_at = sentence.index  # "..., schilderte Theresa Mair. Die 34-jährige Krankenpflegerin pendelt ..."
            elif _SAY.search(text) and (_WITNESS.match(text) or _FIRST_NAME_ONLY.search(text)):
                # someone unnamed tells it: "Pasażerka autobusu, pani Krystyna, opowiadała nam, że ...", whose
                # "– mówiła" is hers, not the last named speaker's; or someone named in apposition: "En af
                # passagererne, Mette Brøndum fra Brønderslev, fortæller, at ..."
                people = [m for m in mentions if m.label == "PER"]
                last, last_at = ((people[0].text, people[0].key) if people else None), sentence.index
            continue
        for k, (start, end, inner) in enumerate(quotes):
            next_start = quotes[k + 1][0] if k + 1 < len(quotes) else len(text)
            prev_end = quotes[k - 1][1] if k > 0 else 0
            after = text[end:next_start]
            before = text[prev_end:start]
            if k == 0 and (own := _reported_speaker(before, mentions)) is not None:
                # "Son avocat, Me Olivier Sandrini, a annoncé ... « ... », a-t-il lancé": the "il" is the one who
                # spoke earlier in the sentence, not the last speaker of the sentences before.
                last = own
            # A pronoun or a description ("soupire-t-elle", "raconte cette retraitée") means the person the sentence
            # before named, when no one spoke there: "Dans le hall, Nadia Belkacem, 34 ans, tentait ...".
            recent = last if last_at == sentence.index - 1 or named_before is None else named_before
            speaker, how = _attribution(after, end, before, prev_end, mentions, recent, resolve_role)
            if speaker is None and k > 0 and found and found[-1].sentence == sentence.index and found[-1].speaker:
                # The second half of a split quote: ‘...,’ said X, ‘but ...’
                speaker, how = (found[-1].speaker or "", found[-1].speaker_key), "continues the previous quote"
            elif (
                speaker is None
                and (recent := last if sentence.index - 1 in (last_at, subject_at) else named_before) is not None
                and not re.sub(r"[\W_]+", "", text[:start] + text[end:])
                and _ENDS_SENTENCE.search(inner + text[end:])
            ):
                # A quotation standing alone right after someone spoke, or right after a sentence that names a person
                # as its subject, carries on their words; one without a full stop is a pull quote heading the next
                # paragraph (« Nous allons faire appel »), whose speaker comes later.
                speaker, how = recent, "a quotation standing alone: the speaker of the sentence before"
            elif (
                speaker is None
                and k == 0
                and (recent := last if sentence.index - 1 in (last_at, subject_at) else named_before) is not None
                and _DESCRIBED_OPENING.match(before)
                and not any(m.label == "PER" and m.start < start for m in mentions)
            ):
                # a description of the person the sentence before named opens this one: "Javier Cobo reconoce la
                # derrota. El candidato de Izquierda Social ha comparecido ...: "...""
                speaker, how = recent, "a description opens the sentence: the person named in the sentence before"
            elif speaker is None and last is not None and last_at == sentence.index - 1 and _pronoun_speaks(before):
                # "Il a par ailleurs expliqué qu'une « méthode ... »": the speaker of the sentence before goes on.
                speaker, how = last, "a pronoun speaks: the speaker of the sentence before"
            found.append(
                _Found(
                    article.id,
                    sentence.index,
                    inner,
                    speaker[0] if speaker else None,
                    speaker[1] if speaker else None,
                    how,
                )
            )
            if speaker is not None and speaker[0]:
                last, last_at = speaker, sentence.index
            elif speaker is None and _UNNAMED.match(text) and _SAY.search(text[:start]):
                # "Un chauffeur de poids lourd ... a raconté ... « ... »": someone unnamed spoke, whose "a-t-il ajouté"
                # the next quotation's is, not the last person named
                last, last_at = None, sentence.index
    return _with_full_names(found, article, mentions_of)


def _office_holder(text: str, mentions: Sequence[Mention]) -> _Speaker | None:
    """The one person a sentence names, right after the office they hold and a verb before it ("In Oostervelde
    reageerde burgemeester Koen Vanderstraeten", "Na miejsce przyjechała ... konserwator zabytków dr Ewa ...")."""
    free = [m for m in mentions if m.label == "PER" and not _PREPOSITION_BEFORE.search(text[: m.start])]
    if len(free) == 1 and _OFFICE_BEFORE.search(text[: free[0].start]):
        return free[0].text, free[0].key
    return None


def _by_surname(people: Iterable[_Speaker]) -> dict[str, _Speaker]:
    """People named in full, by their surname, where the surname is one person's."""
    seen: dict[str, set[_Speaker]] = {}
    for name, key in people:
        if len(name.split()) >= 2:
            seen.setdefault(name.split()[-1], set()).add((name, key))
    return {surname: next(iter(found)) for surname, found in seen.items() if len(found) == 1}


def _surname_opening(text: str, people: dict[str, _Speaker]) -> _Speaker | None:
    """The person whose surname alone opens the sentence before a lower-case verb ("Hoffmeister will ...")."""
    m = re.match(r"([A-ZÀ-Ý][\w'’-]+)\s+[a-zà-ÿ]", text)
    return people.get(m.group(1)) if m else None


def _with_full_names(found: list[_Found], article: Article, mentions_of: Callable[[int], list[Mention]]) -> list[_Found]:
    """A speaker named by the surname alone ("zegt ten Have", "sagte Mairhofer") takes the full name the article gives
    one person with that surname ("Initiatiefnemer Marloes ten Have"); one named by a description the story resolves
    ("a souligné le bourgmestre") takes the name the article gives that person ("Michel Georis")."""
    mentioned = [m for s in article.sentences for m in mentions_of(s.index) if m.label == "PER"]
    people = {m.text for m in mentioned}
    by_key = {m.key: m.text for m in sorted(mentioned, key=lambda m: len(m.text))}
    full = {n for n in people | {f.speaker for f in found if f.speaker} if len(n.split()) >= 2}
    out = []
    for f in found:
        if f.speaker and f.speaker[:1].islower() and f.speaker_key in by_key:
            f = replace(f, speaker=by_key[f.speaker_key])
        fits = sorted((n for n in full if f.speaker and n.endswith(" " + f.speaker)), key=len)
        # one person, in the shortest of its forms: "Marloes ten Have" beside "Initiatiefnemer Marloes ten Have"
        if fits and all(n.endswith(fits[0]) for n in fits):
            f = replace(f, speaker=fits[0], speaker_key=name_key(fits[0]))
        out.append(f)
    return out


# A sentence opening on someone unnamed: an indefinite article and a noun ("Un chauffeur", "A witness", "Eine Zeugin").
# One of many who tells it, opening the sentence: "En passager, som Kystposten har talt med, fortæller", "Une
# habitante raconte" (not the article "A" of Portuguese: "A urgência ... continua aberta").
_WITNESS = re.compile(r"(?:Un|Une|An|Ein|Eine|Una|Um|Uma|Een|En|Ett|Et)\s+(?-i:[a-zà-ÿ])")
# A Polish witness named by the first name only: "pani Krystyna", "pan Zbigniew".
_FIRST_NAME_ONLY = re.compile(r"\b(?:pani|pan)\s+[A-ZŁŚŻ][a-ząćęłńóśźż]+\b(?!\s+[A-ZŁŚŻ])")
_UNNAMED = re.compile(r"(?:Un|Une|A|An|Ein|Eine|Una|Um|Uma|Een|En|Ett|Et)\s+(?-i:[a-zà-ÿ])")


def _tokens(text: str) -> list[str]:
    return [strip_accents(w) for w in words(text)]


def _same(a: list[str], b: list[str], containment: float, in_order: bool = False) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3:
        return short == long
    if in_order:
        # Two renderings of one quotation keep its words in order, in runs; a fragment's common words ("at the
        # time of the lease") are found in any long quotation, but one by one.
        matcher = SequenceMatcher(None, short, long, autojunk=False)
        runs = sum(block.size for block in matcher.get_matching_blocks() if block.size >= 2)
        return runs / len(short) >= containment
    longset = set(long)
    return sum(t in longset for t in short) / len(short) >= containment


def merge_quotes(
    found: Sequence[_Found], entities: Sequence[Entity], key_to_entity: dict[str, str], containment: float
) -> list[Quote]:
    """One Quote per distinct quoted text across the story's articles, with every source and its speaker."""
    names = {e.id: e.name for e in entities}
    clusters: list[list[tuple[int, _Found, list[str]]]] = []
    tokens = [_tokens(f.text) for f in found]
    # Longest first, so that each part of a split quote (‘The smoke is unpleasant,’ said X, ‘but ...’) joins the
    # whole quotation another source gives, rather than a part opening a quote of its own.
    for i in sorted(range(len(found)), key=lambda i: (-len(tokens[i]), i)):
        for cluster in clusters:
            if any(_same(tokens[i], t, containment, in_order=True) for _, _, t in cluster):
                cluster.append((i, found[i], tokens[i]))
                break
        else:
            clusters.append([(i, found[i], tokens[i])])
    quotes = []
    for cluster in sorted(clusters, key=lambda c: min(i for i, _, _ in c)):
        sources = []
        for _, f, _ in sorted(cluster, key=lambda m: m[0]):
            entity = key_to_entity.get(f.speaker_key or "") if f.speaker_key else None
            speaker = names.get(entity, f.speaker) if entity else f.speaker
            sources.append(QuoteSource(f.article, f.sentence, f.text, speaker, entity, f.attribution))
        fullest = max(sources, key=lambda s: len(s.text)).text
        votes: dict[tuple[str | None, str | None], int] = {}
        for s in sources:
            if s.speaker:
                votes[(s.speaker, s.speaker_entity)] = votes.get((s.speaker, s.speaker_entity), 0) + (
                    2 if s.speaker_entity else 1
                )
        speaker, entity = max(votes, key=lambda v: votes[v]) if votes else (None, None)
        quotes.append(Quote(fullest, speaker, entity, tuple(sources)))
    return quotes


def add_retellings(
    quotes: Sequence[Quote], shared: Sequence[Passage], articles: Sequence[Article], containment: float
) -> list[Quote]:
    """Credit the articles that retell a quote without quotation marks, as the copies stage linked them.

    They count among the quote's sources, marked as retold: they carry its content, not its words, so they never
    vote on the speaker nor supply the quoted text. A retelling that quotes in other words (a translation) keeps its
    own speaker, and the two quotations credit each other.
    """
    sentences = {(a.id, s.index): s.text for a in articles for s in a.sentences}
    # A retelling that is itself a quotation (a translation, another wording) keeps that quotation's speaker.
    quoting = {(s.article, s.sentence): (j, s) for j, q in enumerate(quotes) for s in q.sources}
    extra: list[list[QuoteSource]] = [[] for _ in quotes]
    have = [set(q.articles) for q in quotes]
    other_words: set[tuple[int, int]] = set()  # (quote, its rendering in other words)
    for i, quote in enumerate(quotes):
        quoted = _tokens(quote.text)
        for passage in shared:
            if passage.kind not in ("quote", "paraphrase") or not _same(_tokens(passage.text), quoted, containment):
                continue
            for article, index in passage.members:
                if article in have[i] or (article, index) not in sentences:
                    continue
                if (article, index) in quoting:
                    other_words.add((i, quoting[(article, index)][0]))
                    continue
                have[i].add(article)
                how = f"retold without quotation marks: the copies stage linked it ({passage.kind})"
                extra[i].append(QuoteSource(article, index, sentences[(article, index)], None, None, how, retold=True))
    for i, j in sorted(other_words | {(j, i) for i, j in other_words}):
        for source in quotes[j].sources:
            if source.article not in have[i]:
                have[i].add(source.article)
                how = f"quoted in other words ({source.attribution}); the copies stage linked it"
                extra[i].append(replace(source, attribution=how, retold=True))
    return [replace(q, sources=q.sources + tuple(e)) if e else q for q, e in zip(quotes, extra, strict=True)]


# A word for an office that papers use for another's: "la regidora" is "la alcaldesa" said again.
_SAME_OFFICE = {"regidora": "alcaldesa", "regidor": "alcalde"}


def role_resolver(
    articles: Sequence[Article], mentions_of: Callable[[str, int], list[Mention]]
) -> Callable[[str], str | None]:
    """Resolve a description ("le ministre français") to the person a story names with it ("le ministre français de
    la Défense Jean-Yves Le Drian"), when exactly one person fits."""
    described: dict[str, set[str]] = {}
    for a in articles:
        for s in a.sentences:
            in_sentence: list[tuple[str, str]] = []
            found = mentions_of(a.id, s.index)
            for m in found:
                if m.label != "PER":
                    continue
                # a place after the role's "de", read as a person, with the holder in apposition after it is the
                # office's seat: "Le bourgmestre de Falizelle, Michel Georis"
                seat = _PREPOSITION_BEFORE.search(s.text[: m.start]) and any(
                    o.label == "PER" and re.fullmatch(r"\s*,\s*", s.text[m.start + len(m.text) : o.start]) for o in found
                )
                if seat:
                    continue
                before = s.text[max(0, m.start - 60) : m.start]
                roles = list(_ROLE.finditer(before))
                # (not a person a verb's preposition governs: "La candidata socialista felicita a Javier Lanuza")
                governed = _GOVERNED_PERSON.search(before)
                if governed:
                    continue
                rest = before[roles[-1].end() :] if roles else ""
                # (the office's seat may be a name of several words: "la sindaca di Pieve di Ròsa, Sara Ghedina")
                seated = bool(roles) and any(
                    re.fullmatch(rf"\s*(?:(?:de|di|del|della|du|of|von|van|do|da)\s+)?{re.escape(o.text)}\s*,\s*", rest)
                    for o in found
                )
                if roles and (len(rest.split()) <= 2 or seated):
                    in_sentence.append((m.key, strip_accents(roles[-1].group(0).lower())))
                elif bare := _BARE_OFFICE.search(before):
                    # an office with no article, as Nordic and Dutch name it: "klippede borgmester Jens-Ole Damgaard"
                    in_sentence.append((m.key, strip_accents(bare.group(1).lower())))
            for key, role in in_sentence:
                described.setdefault(key, set()).add(role)
                # "le ministre français ... a rencontré son homologue russe X": X is the Russian minister.
                if _COUNTERPART.search(role):
                    for other_key, other_role in in_sentence:
                        head = _HEAD.search(other_role)
                        if other_key != key and head:
                            described[key].add(_COUNTERPART.sub(head.group(0), role))

    def resolve(description: str) -> str | None:
        want = [w for w in strip_accents(description.lower()).split() if len(w) > 2 and w not in ("les", "the", "une")]
        fits = [
            key
            for key, roles in described.items()
            if any(all(w in r or _SAME_OFFICE.get(w, w) in r or _indefinite(w) in r for w in want) for r in roles)
        ]
        return fits[0] if len(set(fits)) == 1 else None

    return resolve


_GOVERNED_PERSON = re.compile(r"\s(?:a|à|al|ao|to|zu|an|con|avec|with|mit|met|med)\s+$")
_BARE_OFFICE = re.compile(
    r"(?:^|\s)((?i:borgmester|borgmästare|ordfører|ordförande|formand|formann|burgemeester|wethouder|rektor|"
    r"direktør|direktör|politimester))\s+$"
)


def _indefinite(word: str) -> str:
    """A Nordic noun without its definite ending ("borgmesteren" -> "borgmester", "ordföranden" -> "ordförande")."""
    for ending in ("en", "et", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


def speaker_key(text: str) -> str:
    """The matching key of a speaker's name."""
    return name_key(text)
