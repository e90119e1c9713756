"""Numbers with their unit and what they count, normalised for comparison ("2 900", "2.900", "2900", "sept"): the
knowledge stage's facts and the story article's tolls both read them."""

from __future__ import annotations

import itertools
import re

from newsfuse.records import Article, Quantity
from newsfuse.temporal import MONTHS, WEEKDAYS
from newsfuse.textnorm import strip_accents

# Numbers written as words, zero to twenty, per language and as printed: "once" is eleven only in Spanish, "sept"
# seven only in French. The story article's figures read them too.
# fmt: off
_SPELLED = {
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf vingt",
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty",
    "de": "null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
    "siebzehn achtzehn neunzehn zwanzig",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove venti",
    "pt": "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete "
    "dezoito dezanove vinte",
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
    "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia",
    "sv": "noll en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton "
    "tjugo",
    "no": "null en to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten "
    "tjue",
    "da": "nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten "
    "tyve",
}
# fmt: on
NUMBER_WORDS = {lang: {w: n for n, w in enumerate(forms.split())} for lang, forms in _SPELLED.items()}
NUMBER_WORDS["fr"] |= {"trente": 30, "quarante": 40, "cinquante": 50, "cent": 100}
NUMBER_WORDS["en"] |= {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
NUMBER_WORDS["pt"] |= {"dezesseis": 16, "dezessete": 17, "dezenove": 19}  # as Brazil writes them
# Polish numbers take the gender and case of what they count: "dwie osoby", "trzech górników", "pięciu rannych".
NUMBER_WORDS["pl"] |= {"dwie": 2, "dwóch": 2, "dwaj": 2, "dwoje": 2, "trzech": 3, "trzej": 3, "troje": 3} | {
    "czterech": 4, "czterej": 4, "pięciu": 5, "sześciu": 6, "siedmiu": 7, "ośmiu": 8, "dziewięciu": 9, "dziesięciu": 10
}
# Children are counted with collective numbers: "Siedemnaścioro uczniów zostało rannych".
_COLLECTIVE = """
    czworo pięcioro sześcioro siedmioro ośmioro dziewięcioro dziesięcioro jedenaścioro dwanaścioro trzynaścioro
    czternaścioro piętnaścioro szesnaścioro siedemnaścioro osiemnaścioro dziewiętnaścioro dwadzieścioro
"""
NUMBER_WORDS["pl"] |= {word: n for n, word in enumerate(_COLLECTIVE.split(), start=4)}
# Matched without accents; "one" is also an article, so it is no count.
_WORD_NUMBERS_BY_LANGUAGE = {
    lang: {strip_accents(w): n for w, n in words.items() if n != 1} for lang, words in NUMBER_WORDS.items()
}
_SCALES = {
    "miljoner": 1e6,
    "miljon": 1e6,
    "millioner": 1e6,
    "miljoen": 1e6,
    "milhoes": 1e6,
    "miliony": 1e6,
    "milionow": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "millionen": 1e6,
    "millones": 1e6,
    "milioni": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "milliarden": 1e9,
    "mil": 1e3,
    "mila": 1e3,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
}
_UNITS = {
    "%": "%",
    "pour cent": "%",
    "percent": "%",
    "per cent": "%",
    "prozent": "%",
    "por ciento": "%",
    "per cento": "%",
    "km²": "km²",
    "km2": "km²",
    "km/h": "km/h",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometer": "km",
    "kilometern": "km",
    "kilometros": "km",
    "chilometri": "km",
    "m³": "m³",
    "metres cubes": "m³",
    "metres": "m",
    "meters": "m",
    "metern": "m",
    "metri": "m",
    "metros": "m",
    "mètres": "m",
    "tonnes": "t",
    "tonnen": "t",
    "toneladas": "t",
    "tons": "t",
    "euros": "€",
    "euro": "€",
    "€": "€",
    "£": "£",
    "$": "$",
    "dollars": "$",
    "francs": "CHF",
    "francs suisses": "CHF",
}
_CURRENCIES = frozenset({"€", "£", "$", "CHF"})
_CONCEPTS = {
    "dead": "morts mort mortes tues tuees tue tuee deces victimes peri dead killed death deaths died tote toten todesopfer "
    "getotet starben starb muertos muertas murieron murio fallecidos fallecidas fallecieron fallecio morti morte "
    "deceduti mortos morreram muerto muerta gestorben umgekommen doden omgekomen dode doda dodsoffer omkom omkommet "
    "omkommit zginelo zgineli zmarlo zmarli ofiar ofiary ofiarami zgineło zgineły zginał zgineła zmarło zmarły zmarł "
    "zmarła niezyja",
    "injured": "blesses blessees blesse blessee injured wounded hurt verletzte verletzten verletzt heridos heridas herido "
    "feriti ferite feridos feridas gewonden gewond skadade skadet skadede ranne rannych rannych "
    # Nordic forms: "fire personer er lettere skadd", "sex personer skadades lätt", "har fått lettere skader"
    "skadd skadde skadad skadades skadats skader skador sarede saret sarade lettskadde ranni",
    # A ship's crew, which reports of one wreck count alike or not: "17 tripulantes", "all 18 crew".
    "crew": "crew tripulantes tripulacao tripulacion equipage besatzung besatzungsmitglieder equipaggio bemanning "
    "bemanningsleden zaloga załoga załogi zalogi besattning mannskap besaetning",
    # Flights and passengers, which reports of one strike or storm count in their own languages.
    "flights": "flights voos vuelos vols fluge flugen voli vluchten flygningar flygavgangar flyavganger flyafgange "
    "avganger loty lotow",
    "passengers": "passengers passageiros pasajeros passagers passagiere passagieren passeggeri passagiers "
    "passagerare passasjerer passagerer pasazerow pasazerowie",
    # Other things reports of one event count in their own languages, and give differently: operations postponed,
    # households told to boil water, litres spilled, ships waiting and hectares burned (people are counted
    # as generic words, qualified by what they suffered).
    "operations": "operations operaciones operazioni operacoes cirurgias cirugias operationen operaties operacji "
    "operacje operationer operasjoner",
    "households": "households hushall husstander husstande husholdninger foyers hogares haushalte huishoudens "
    "gospodarstw gospodarstwa",
    "litres": "litres liters liter litros litri litrow",
    "ships": "ships vessels schepen navires navi buques barcos schiffe skibe fartyg statkow",
    "hectares": "hectares hectareas ettari hektar hektarow",
}
_CONCEPT = {w: c for c, ws in _CONCEPTS.items() for w in ws.split()}
# Negations that deny what a count's verb says, up to the word after it.
_NEGATIONS = frozenset(["not", "nicht", "inte", "ikke", "ej", "pas", "non", "niet", "nie", "nao"])
# Dying said in several words: "kamen ums Leben", "ont perdu la vie", "perdieron la vida", "lost their lives".
_LOST_LIFE = re.compile(
    r"\b(?:ums leben|perdu la vie|trouve la mort|la vida|perso la vita|lost their lives|lost (?:his|her) life|"
    r"om het leven)\b"
)
_DETERMINERS = set(
    [
        "les",
        "des",
        "nos",
        "vos",
        "leurs",
        "ses",
        "ces",
        "the",
        "these",
        "those",
        "our",
        "their",
        "his",
        "her",
        "die",
        "der",
        "den",
        "beiden",
        "los",
        "las",
        "sus",
        "nuestros",
        "i",
        "gli",
        "le",
        "loro",
    ]
)
_PEOPLE_WORDS = """
    personnes personne people persons person menschen personen personas persone pessoas osoby osob osoba ludzi mensen
    personer mennesker manniskor
    children kinder enfants ninos bambini criancas kinderen barn born dzieci pupils students schuler schulerinnen eleves
    alumnos alunni alunos leerlingen elever uczniow uczniowie
"""
_GENERIC = set(_PEOPLE_WORDS.split())
_SKIP = set(
    [
        "de",
        "des",
        "du",
        "d'",
        "et",
        "and",
        "und",
        "y",
        "e",
        "of",
        "the",
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "di",
        "da",
        "dont",
        "sur",
        "a",
        "au",
        "aux",
        "en",
        "in",
        "im",
    ]
)
_HEDGES = [
    (
        "approximately",
        r"pres de|environ|quelque|quelques|une trentaine de|about|around|nearly|almost|some|roughly|rund|etwa|fast|knapp|"
        r"unas|unos|cerca de|casi|alrededor de|circa|quasi|oltre|cerca",
    ),
    ("at least", r"au moins|at least|mindestens|al menos|por lo menos|almeno"),
    ("more than", r"plus de|more than|over|uber|mehr als|mas de|piu di"),
    ("less than", r"moins de|less than|under|fewer than|weniger als|menos de|meno di"),
]
_NUM = re.compile(
    # not the minutes of a clock ("23:59"), which the hour before them marks as a time
    r"(?<![\w.,:'’-])(?P<cur>[£$€])?(?P<n>\d{1,3}(?:(?:[ \u00a0\u202f]|[.'’](?=\d{3}\b))\d{3})+|\d+(?:[.,]\d+)?)(?P<scale>m|bn|k|mila)?(?![\w])"
)
_TIME_AFTER = re.compile(
    r"^\s*(?:h\b|h\d|heures?\b|uhr\b|uur\b|horas\b|ore\b|pm\b|am\b|gmt\b|bst\b|cet\b|:\d)|"
    r"^\.\d{2}\s*(?:[ap]\.?m\b|gmt\b|h\b|uur\b)",
    re.I,
)
# A clock time after "at": "alle 7.30", "um 5.30", "om 19.50", "às 5.42" (not an amount: "om 7.50 euro").
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.,:][0-5]\d")
_AT_BEFORE = re.compile(r"\b(?:alle|verso le|dalle|vers|um|gegen|om|rond|às|a las|hacia las)\s+$", re.I)
_AMOUNT_AFTER = re.compile(r"\s*(?:[€$£%]|euros?|dollar|pounds?|franc|kron|procent|per ?cent|km|kg|m\b)", re.I)
_WORD = re.compile(r"[\w'’²³/%€£$-]+")
_MONTH_BEFORE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|febr|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+$",
    re.I,
)
# A number after one of these names a thing, not an amount: "la route nationale 90", "flight 370", "article 49".
_LABEL_BEFORE = re.compile(
    r"\b(?:nationale|departementale|route|autoroute|highway|interstate|ligne|line|vol|flight|numero|number|no\.|n°|"
    r"article|chapitre|chapter|page|salle|room|gate|porte|quai|platform|voie|section|paragraphe|paragraph|resolution|"
    r"bundesstrasse|autobahn|linie|flug|artikel|seite|ruta|carretera|vuelo|linea|articulo|pagina|strada|statale|volo|"
    r"articolo|estrada|voo|linha|artigo|lijn|snelweg|rijksweg|linje|riksvei|riksväg|vej|linii|linia|drogi|droga)\s+$"
)
_CLAUSE_END = re.compile(r"[;:«»“”\"()]|,\s")
_NUMBER_OF = re.compile(
    r"\b(?:(?:numero|nombre|number|zahl|numero|bilan|toll|total|cifra|chiffre|anzahl)\s+(?:de|des|of|der|di|del|dei)\s+"
    # Polish puts what is counted after "liczba" in the genitive: "liczba ofiar śmiertelnych".
    r"|liczba\s+)(?P<w>\w+)",
    re.I,
)
# Verbs that give the amount of their subject: "El número de heridos asciende a 34", "Los heridos ascienden a 34",
# "le bilan s'élève à 7 morts", "the toll rose to 12".
# The number before what it is the number of: "quatro o número de mortos", "four the toll of" is rare in English.
_NUMBER_OF_AFTER = re.compile(
    r"^(?:o|le|el|il|la|lo|the)\s+(?:numero|nombre|number|cifra|chiffre|bilan|toll|total)\s+(?:de|des|of|di|dei|del|d)\s+"
    r"(?P<w>\w+)(?:\s+(?P<x>\w+))?"
)
_VICTIMS = frozenset(["vitimas", "victimas", "victims", "vittime", "victimes", "opfer", "slachtoffers", "ofiar"])
_MORTAL = frozenset(["mortais", "mortales", "mortali", "mortelles", "fatales", "fatali", "fatais", "todliche"])
_AMOUNTS_TO = re.compile(
    r"(?:asciende|ascienden|ascendio|ascendieron|se eleva|se elevan|sube|suben|subio|alcanza|alcanzan|s'eleve|s'elevent|"
    r"s'est eleve|passe|atteint|rises|rose|has risen|stands|stood|climbed|has climbed|reached|betragt|betrug|stieg|"
    r"liegt|lag|sale|salgono|e salito|sono saliti|ammonta|ammontano|"
    # a copula after its subject: "i feriti sono 12", "los heridos son 12"
    r"sono|sont|son|sind|zijn|sao|ist auf|sind auf|wzrosla|wzrosl|wzrosly|wynosi|siega|zwiekszyla sie)\s+"
    r"(?:a|a|to|at|auf|bei|de|do)?\s*$"
)
_DETERMINER_START = re.compile(
    r"^(?:les|le|la|l'|des|the|die|der|das|los|las|el|i|gli|le|os|as|o)\s+(?P<w>[a-z]\w{2,})"
)
# A rate is another quantity than a count: "180 000 visiteurs par an" is not "2 000 visiteurs".
_RATE = re.compile(
    r"^(?:par|per|a|an|each|every|pro|im|al|por|all'|ao|chaque|cada|ogni)\s*(?:an|annee|jour|mois|semaine|heure|year|"
    r"day|month|week|hour|jahr|tag|monat|woche|stunde|ano|dia|mes|semana|hora|anno|giorno|mese|settimana|ora)\b"
)


def _parse(raw: str, language: str) -> float:
    digits = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .'’]\d{3})+", digits):
        return float(re.sub(r"[ .'’]", "", digits))
    if "," in digits:
        return float(digits.replace(",", ".")) if language != "en" else float(digits.replace(",", ""))
    return float(digits)


# Words after "personnes" that say where they are, not who they are: "400 personnes devant la capitainerie".
_PREPOSITION_WORDS = """
    devant derriere pres dans sous avec pour contre selon apres avant depuis pendant entre vers chez par outside near
    at on from with for by inside into vor hinter bei mit nach seit fur durch gegen ante tras con para por segun desde
    davanti dietro presso per secondo dopo prima perto com segundo
"""
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())
# Prepositions that no count is ever of, beyond those above, which also qualify people ("180 personas a bordo").
_BARE_PREPOSITIONS = frozenset(
    [
        *("von", "tot", "uit", "naar", "till", "til", "av", "fra", "fran", "dla", "przez"),
        # the preposition and its article in one word: "poco prima delle 5 nel piano seminterrato"
        *("nel", "nella", "nei", "negli", "sul", "sulla", "sui", "alla", "agli", "dalla", "nas", "nos", "aux", "beim", "zum"),
    ]
)
_CLAUSE_JOINS = frozenset(["and", "et", "und", "y", "e", "ed", "en", "och", "og", "i", "but", "mais", "aber", "pero"])
# Words that stand for people named before: "cuatro de ellas", "deux autres".
_PRONOUN_WORDS = """
    them they eux elles ils sie ihnen ellos ellas loro essi esse eles elas autres others andere anderen otros otras
    altri altre outros outras
"""
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
# A number before these is a part of what was counted before, not a count of its own: "two of the injured", "due dei
# quali", "zwei davon", "dois dos feridos" (elided "d'entre" is read "entre").
_PARTITIVE = frozenset(
    ["of", "des", "dei", "degli", "delle", "della", "entre", "davon", "darunter", "der", "van", "dos", "das", "von"]
)
_PARTITIVE_AFTER_DE = frozenset(["los", "las", "ellos", "ellas", "sus", "quienes", "ses", "leurs", "eux", "elles"])
# Verbs after a number whose subject it is: what it counts is in its own clause ("trois sont morts") or was named
# before ("otto sono già stati dimessi", "drei sind noch im Krankenhaus"), never the verb itself.
_LINKING = frozenset(
    [
        *("ont", "ete", "have", "had", "were", "are", "is", "was", "sont", "wurden", "sono", "sind", "son", "estan"),
        *("zijn", "waren", "sao", "estao", "restano", "rimangono", "remain", "remained", "bleiben", "siguen"),
        *("restent", "hanno", "han", "haben", "hebben", "erano", "furono", "foram", "fueron"),
    ]
)


def _counted(rest: list[str], before: str, language: str = "", title: bool = False) -> tuple[str, str]:
    """(unit, what is counted) from the words after a number, or from the words before it: "number of X", or the
    subject of a verb giving an amount ("los heridos ascienden a 34"). A capitalised word after the number is a
    name, not what is counted ("près de 500 en France", "100 Boeing 767s"), except in German, which capitalises its
    nouns, and in a ``title``, whose words may all be capitalised ("12 People Killed")."""
    unit = ""
    # "d'euros", "l'an": the elided article is not part of the word.
    words = [re.sub(r"^[dl]['’]", "", strip_accents(w.lower().strip("'’"))) for w in rest]
    i = 0
    while i < len(words) and words[i] in _SCALES:
        i += 1
    if i > 0 and i + 1 < len(words) and words[i] in ("de", "of", "di"):
        i += 1  # "42 millions de mètres cubes", "3 million of dollars": the unit follows the scale's preposition
    for size in (2, 1):
        phrase = " ".join(words[i : i + size])
        if phrase in _UNITS:
            unit = _UNITS[phrase]
            i += size
            break
    if unit:
        return unit, ""  # km², %, €: compared only with what they measure, which the words after rarely say
    # "elevando para quatro o número de vítimas mortais", "portant à quatre le nombre de morts": what the number is of.
    number_of = _NUMBER_OF_AFTER.match(" ".join(words[i : i + 6]))
    if number_of:
        what, then = number_of.group("w"), number_of.group("x") or ""
        if what in _CONCEPT:
            return unit, _CONCEPT[what]
        if what in _VICTIMS and then in _MORTAL:
            return unit, "dead"
    partitive = words[:1] and words[0] in ("de", "di") and words[1:2] and words[1] in _PARTITIVE_AFTER_DE
    if i == 0 and words and (words[0] in _PARTITIVE or partitive):
        return unit, ""
    while i < len(words) and words[i] in _SKIP:
        i += 1
    counted = words[i] if i < len(words) else ""
    a_name = bool(counted) and language != "de" and not title and rest[i][:1].isupper()
    if counted in _PREPOSITIONS or counted in _BARE_PREPOSITIONS:
        return unit, ""  # "45 dans la commune", "3 with serious injuries", "3 tot 4 dagen": no noun after the number
    if counted.startswith("-") or counted in _PRONOUNS or a_name:
        return unit, ""  # "34-year-old" is an age, "cuatro de ellas" counts nothing named, "500 en France" names a place
    # Polish says dead as "not alive": "Nie żyją dwie osoby".
    before_key = re.sub(r"\bnie (?:zyja|zyje|zyl|zyla|zyli)\b", "niezyja", strip_accents(before.lower()))
    if counted in _GENERIC or counted in _LINKING:
        # The clause of this number only: "killed sixteen people and wounded 38 others" does not make 16 wounded.
        own = list(itertools.takewhile(lambda w: w not in _CLAUSE_JOINS and not w[:1].isdigit(), words[i : i + 6]))
        if re.search(r"\bnie (?:zyja|zyje|zyl|zyla|zyli)\b", " ".join(own)):
            return unit, "dead"  # "Dwie osoby nie żyją": not alive
        for k, w in enumerate(own):
            if w in _CONCEPT:
                # "were not injured", "skadades inte": a count of those who were not
                if _NEGATIONS & set(own[: k + 2]):
                    return unit, ""
                return unit, _CONCEPT[w]
        # A number that is the subject of its verb ("14 feriti, due sono gravi") counts a part of what came before.
        before_words = re.findall(r"\w+", before_key)[-3:] if counted in _GENERIC else []
        verb = next((_CONCEPT[w] for w in reversed(before_words) if w in _CONCEPT), None)
        if verb is not None:
            return unit, verb  # "bombs killed sixteen people and ...": the verb before the number says it
        if _LOST_LIFE.search(" ".join(words[i : i + 7])):
            return unit, "dead"
        if counted in _GENERIC:
            # "180 personas a bordo", "4 personas siguen ingresadas": people, qualified by the next word.
            following = [w for w in words[i + 1 : i + 4] if w not in _SKIP and w not in _DETERMINERS]
            rate = _RATE.match(" ".join(words[i + 1 : i + 3]))
            if following and (rate or following[0] in _PREPOSITIONS):
                return unit, counted
            return unit, f"{counted} {following[0]}" if following else counted
        return unit, ""
    if counted in _CONCEPT:
        return unit, _CONCEPT[counted]
    if counted.endswith("est") and len(counted) >= 6 and i + 1 < len(words):
        return unit, f"{counted} {words[i + 1]}"  # "two biggest powers" and "10 biggest countries" count other things
    if _AMOUNTS_TO.search(before_key):
        clause = re.split(r"[,;:]", before_key)[-1].strip()
        named = list(_NUMBER_OF.finditer(clause))
        subject = _DETERMINER_START.match(clause)
        concept = next((_CONCEPT[w] for w in re.findall(r"\w+", clause) if w in _CONCEPT), None)
        if named and not (concept and named[-1].group("w") in _GENERIC):
            return unit, _CONCEPT.get(named[-1].group("w"), named[-1].group("w"))
        if concept:  # "the number of people killed ... has risen to three": killed, not people
            return unit, concept
        if subject:
            return unit, _CONCEPT.get(subject.group("w"), subject.group("w"))
    spelled = _WORD_NUMBERS_BY_LANGUAGE.get(language, {})
    if not counted or counted in spelled or counted.isdigit() or len(counted) < 3:
        m = list(_NUMBER_OF.finditer(before_key[-80:]))
        if m:
            word = m[-1].group("w")
            return unit, _CONCEPT.get(word, word)
        return unit, unit if unit else ""
    if counted in MONTHS:
        return "date", ""
    if counted in WEEKDAYS:
        return unit, ""  # a clock's hour before its day: "klokken 04 mandag morgen"
    rate = _RATE.match(" ".join(words[i + 1 : i + 3]))
    what = _CONCEPT.get(counted, counted)
    return unit, f"{what} {rate.group(0)}" if rate else what


def quantities(article: Article) -> list[Quantity]:
    """Every counted number of an article, normalised (years, times and days of dates left out)."""
    language = article.language or "en"
    number_words = _WORD_NUMBERS_BY_LANGUAGE.get(language, {})
    out: list[Quantity] = []
    for sentence in ([(-1, article.title)] if article.title else []) + [(s.index, s.text) for s in article.sentences]:
        index, text = sentence
        assert text is not None
        spans: list[tuple[int, int, float, str]] = []
        for m in _NUM.finditer(text):
            if _TIME_AFTER.match(text[m.end() :]) or (
                _CLOCK.fullmatch(m.group("n"))
                and _AT_BEFORE.search(text[: m.start()])
                and not _AMOUNT_AFTER.match(text[m.end() :])
            ):
                continue  # a time of day: "19.50 uur", "alle 7.30", "om 19.50"
            value = _parse(m.group("n"), language)
            if m.group("scale"):
                value *= _SCALES[m.group("scale")]
            if re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
                continue  # a year
            if _MONTH_BEFORE.search(text[: m.start()]):
                continue  # the day of a date: "Sept. 5", "December 23"
            if _LABEL_BEFORE.search(strip_accents(text[max(0, m.start() - 20) : m.start()].lower())):
                continue
            before_words = text[: m.start()].split()
            last = before_words[-1] if before_words else ""
            named = last[:1].isupper() and last[-1:].isalpha() and strip_accents(last.lower()) not in WEEKDAYS
            if len(before_words) > 1 and named:
                continue  # "Boeing 767 tankers", "Apollo 11" name a model; "on Saturday 16 people" counts people
            spans.append((m.start(), m.end(), value, m.group("cur") or ""))
        for m in _WORD.finditer(text) if number_words else ():
            word = strip_accents(m.group(0).lower())
            if number_words.get(word, 0) < 2:
                continue
            previous = strip_accents(text[max(0, m.start() - 6) : m.start()].lower()).split()
            if previous and previous[-1] in _DETERMINERS:
                continue  # "les deux pays", "nos deux présidents": not a reported count
            spans.append((m.start(), m.end(), float(number_words[word]), ""))
        for start, end, value, currency in sorted(spans):
            # What the number counts is said within its clause: "blessé neuf personnes », a indiqué" counts people.
            rest = _WORD.findall(_CLAUSE_END.split(text[end : end + 80], maxsplit=1)[0])
            if rest and strip_accents(rest[0].lower()) in _SCALES and not currency:
                value *= _SCALES[strip_accents(rest[0].lower())]
            unit, counts = _counted(rest, text[:start], language, index < 0)
            if not unit and counts.split()[:1] and counts.split()[0] in _PEOPLE and _evacuated(text, start, end):
                counts = "evacuated"
            unit = currency or unit
            if unit == "date" or (not counts and not unit):
                continue
            before = strip_accents(text[max(0, start - 30) : start].lower())
            if unit in _CURRENCIES and _is_fine(before, strip_accents(" ".join(rest[:4]).lower())):
                counts = "fine"  # "une amende de 100 000 euros", "150.000 Euro Geldstrafe": what a court imposed
            hedge = next((name for name, pattern in _HEDGES if re.search(rf"(?:{pattern})\s*$", before)), "")
            expression = text[start : min(len(text), end + 1 + len(" ".join(rest[:2])))].strip(" ,.;")
            out.append(Quantity(value, unit, counts, expression, hedge, article.id, index))
    return out


# A fine, named before its amount ("une amende de", "eine Geldstrafe von", "fined") or after it ("d'amende", "di
# multa", "Geldstrafe").
_FINE_WORDS = r"(?:amende|fine|fined|geldstrafe|geldbusse|geldbuße|multa|multe|boete|grzywn\w*|boter|bot|bøde|bøder)"
_FINE_BEFORE = re.compile(rf"\b{_FINE_WORDS}\b(?:\s+\w+){{0,2}}\s*[€$£]?\s*$")
_FINE_AFTER = re.compile(rf"^(?:\w+\s+){{0,2}}(?:d'|de |di |of |in )?{_FINE_WORDS}\b")


def _is_fine(before: str, after: str) -> bool:
    return bool(_FINE_BEFORE.search(before) or _FINE_AFTER.match(after))


# People counted where an evacuation is reported: residents or people, in every language handled.
_RESIDENTS = """
    residents inhabitants locals habitants riverains anwohner einwohner bewohner vecinos habitantes residentes
    residenti abitanti moradores bewoners inwoners omwonenden mieszkancow mieszkancy osob ludzi invanare boende
    manniskor personer innbyggere beboere indbyggere mennesker
"""
_PEOPLE = _GENERIC | set(_RESIDENTS.split())
# Being evacuated, or made to leave home, said after the number ("1,200 residents were evacuated", "1500 Anwohner
# mussten ihre Wohnungen verlassen") or before it ("evacuare circa 1.500 residenti", "retirar de casa 1.200 moradores").
_EVACUATED_AFTER = re.compile(
    r"\b(?:evacu\w*|evakui\w*|evakuer\w*|ewakuow\w*|geevacueerd|desalojad\w*|(?:forced )?from their homes|"
    r"(?:ihre|ihr) (?:hauser|haus|wohnungen|wohnung|heime) (?:verlassen|raumen)|quitter leurs? (?:domiciles?|logements?|"
    r"maisons?)|lasciare le (?:loro )?(?:case|abitazioni)|abandonar sus (?:casas|hogares|viviendas)|deixar as (?:suas )?"
    r"casas|hun huizen (?:verlaten|uit))"
)
_EVACUATED_BEFORE = re.compile(
    r"\b(?:evacu\w*|evakui\w*|evakuer\w*|ewakuow\w*|desaloj\w*|retirar de casa|retirados? de casa)(?:\s+\S+){0,3}\s*$"
)


def _evacuated(text: str, start: int, end: int) -> bool:
    """True when the people counted at ``text[start:end]`` are said, in the number's clause, to be evacuated."""
    after = strip_accents(_CLAUSE_END.split(text[end : end + 80], maxsplit=1)[0].lower())
    before = strip_accents(text[max(0, start - 50) : start].lower())
    return bool(_EVACUATED_AFTER.search(after) or _EVACUATED_BEFORE.search(before))


def compatible(a: Quantity, b: Quantity) -> bool:
    """Two values that need not contradict each other: equal, within a hedge, or within 10% when approximate."""
    if a.value == b.value:
        return True
    for x, y in ((a, b), (b, a)):
        if (x.hedge == "at least" and y.value >= x.value) or (x.hedge == "more than" and y.value > x.value):
            return True
        if x.hedge == "less than" and y.value < x.value:
            return True
        if x.hedge == "approximately" and abs(x.value - y.value) <= 0.1 * max(x.value, y.value):
            return True
    return False


def as_written(counts: str, expression: str) -> str:
    """What a number counts, in the words its expression uses: the key "salaries" of "1 800 salariés" is shown as
    "salariés" (the key drops accents to compare; a concept such as "dead" stays as it is)."""
    if counts in _CONCEPTS:
        return counts
    written = {strip_accents(w.lower().strip("'’")): w for w in _WORD.findall(expression)}
    return " ".join(written.get(w, w) for w in counts.split())


def display(q: Quantity) -> str:
    """A quantity for people: "7 dead", "12,800 km²", "≈2,900 russes"."""
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,.2f}"
    mark = {"approximately": "≈", "at least": "≥", "more than": ">", "less than": "<"}.get(q.hedge, "")
    unit = q.unit if q.unit not in ("", q.counts) else ""
    what = as_written(q.counts, q.expression) if q.counts != q.unit else ""
    return " ".join(p for p in (f"{mark}{value}", unit, what) if p)
