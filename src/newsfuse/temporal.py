"""Date expressions in our languages, resolved against an anchor (the publication date) when there is one.

The one place where dates are found and resolved: the clean stage dates each article with ``date_article``, and the
knowledge stage calls the same function for the pages it anchors on their story. Beyond dateparser, it handles
weekdays disambiguated by tense and by the rest of the article ("mercredi" in a Tuesday report of a strike that "doit
reprendre mercredi" is the next day), day-times ("Dienstagabend", "tonight", "hier soir"), months alone ("en juin")
and anaphora ("ese día").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from newsfuse.records import DateEvidence
from newsfuse.textnorm import fold, strip_accents, words

_MONTH_NAMES = {
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "en": "january february march april may june july august september october november december",
    "de": "januar februar marz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    # Norwegian and Danish keep their own letters (ø, æ) once accents are stripped.
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
_WEEKDAY_NAMES = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "es": "lunes martes miercoles jueves viernes sabado domingo",
    "it": "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    "pt": "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedzialek wtorek sroda czwartek piatek sobota niedziela",
    "sv": "mandag tisdag onsdag torsdag fredag lordag sondag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES.values():
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS[_name] = _i
# Austrian German names January "Jänner" (and, rarely, February "Feber").
MONTHS.update({"setiembre": 9, "maerz": 3, "sept": 9, "janner": 1, "jaenner": 1, "feber": 2})
# Abbreviated months ("Nov. 26, 2025", "11 Nov 2025", "22 okt. 2025") count only with a year: alone, "ago", "mar" or
# "gen" are other words.
ABBREVIATED_MONTHS = {
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12},
    **{"janv": 1, "fevr": 2, "avr": 4, "juil": 7, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1},
    **{"giu": 6, "lug": 7, "ott": 10, "fev": 2, "out": 10, "dez": 12, "mrt": 3, "okt": 10},
    **{"sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paz": 10, "lis": 11, "gru": 12},
}
for _name, _i in ABBREVIATED_MONTHS.items():
    MONTHS.setdefault(_name, _i)
WEEKDAYS: dict[str, int] = {}
for _names in _WEEKDAY_NAMES.values():
    for _i, _name in enumerate(_names.split()):
        WEEKDAYS[_name] = _i
# Polish weekdays in the cases news puts them ("w środę", "w sobotę", "od wtorku"), with "ł" as folding leaves it.
WEEKDAYS.update(
    {"poniedziałek": 0, "poniedziałku": 0, "poniedzialku": 0, "wtorku": 1, "srode": 2, "srody": 2, "srodzie": 2}
    | {"czwartku": 3, "piatku": 4, "sobote": 5, "soboty": 5, "sobocie": 5, "niedziele": 6, "niedzieli": 6}
)

# Offsets in days from the anchor. German "morgen" and Spanish "mañana" also mean "morning", so they are left out.
RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "today": 0,
    "heute": 0,
    "hoy": 0,
    "oggi": 0,
    "hoje": 0,
    "vandaag": 0,
    "dzisiaj": 0,
    "hier": -1,
    "yesterday": -1,
    "gestern": -1,
    "ayer": -1,
    "ieri": -1,
    "ontem": -1,
    "gisteren": -1,
    "wczoraj": -1,
    "idag": 0,
    "i dag": 0,
    "igar": -1,
    "i gar": -1,
    "i gaar": -1,
    "avant-hier": -2,
    "vorgestern": -2,
    "anteayer": -2,
    "anteontem": -2,
    "eergisteren": -2,
    "przedwczoraj": -2,
    "demain": 1,
    "tomorrow": 1,
    "domani": 1,
    "amanha": 1,
    "jutro": 1,
    "i morgon": 1,
    "i morgen": 1,
}
# Relative days that are other words in other languages: only the languages named read them as days.
_RELATIVE_LANGUAGES = {"hier": {"fr"}}
_PAST = r"dernier|derniere|last|letzten|letzter|vergangenen|pasado|pasada|scorso|scorsa|passado|passada|vorige|ubiegly|ubiegla|forra|forrige|sidste"
_NORDIC_GENITIVE = re.compile(
    r"\b(?P<wd>"
    + "|".join(sorted({w for lang in ("sv", "no") for w in _WEEKDAY_NAMES[lang].split()}, key=len, reverse=True))
    + r")ens\b"
)
_SWEDISH_LAST = re.compile(r"\bi (?P<wd>mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)s\b")
_NEXT = r"prochain|prochaine|next|nachsten|kommenden|proximo|proxima|prossimo|prossima|volgende|przyszly|przyszla|nasta|neste|næste"

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MONTHS = {name for names in _MONTH_NAMES.values() for name in names.split()} | {"setiembre", "maerz", "sept"}
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_R = "|".join(re.escape(k) for k in sorted(RELATIVE_DAYS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{_W})[ ,]+)?(?:(?:le|the|el|il|am|den|o|dia)\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?(?P<m>{_M})\b(?:\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b)?"
)
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{_W}),?\s+)?(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_NUMERIC = re.compile(
    r"\b(?P<d>\d{1,2})[./·](?P<m>\d{1,2})[./·](?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)\b"
    # a stamp set with middle dots and a year of two digits: "Actualizado 10·03·27 | 17:12"
    r"|\b(?P<d3>\d{1,2})·(?P<m3>\d{1,2})·(?P<y3>\d\d)\b"
)
# A feast's weekday is that weekday: "am Pfingstsonntag", "Ostermontag", "Karfreitag", "Pinksterzondag".
_FEAST = r"(?:(?:pfingst|oster|kar|pinkster|paas)(?=(?:sonntag|montag|freitag|zondag|maandag)\b))"
_WEEKDAY = re.compile(
    rf"\b(?:(?P<pre_next>{_NEXT}|el proximo|il prossimo)\s+|(?P<pre_past>{_PAST})\s+)?{_FEAST}?(?P<wd>{_W})\b(?:\s+(?P<post_past>{_PAST})|\s+(?P<post_next>{_NEXT}))?"
)
_RELATIVE = re.compile(rf"(?<![\w-])(?P<r>{_R})(?![\w-])")


@dataclass(frozen=True)
class DateMention:
    """A date expression as found in text, resolved when it can be."""

    expression: str
    kind: str  # "absolute", "day-month", "weekday", "relative"
    value: date | None
    weekday: int | None = None  # for weekday mentions: 0 = Monday
    direction: int = 0  # -1 "last", +1 "next", 0 plain


def _key(text: str) -> str:
    return strip_accents(fold(text))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_mentions(text: str, language: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order; absolute dates come resolved, others not yet. Given the text's
    ``language``, a relative day of another language's is a word of its own ("hier" is "here" in Dutch and German)."""
    key = _key(text)
    found: list[tuple[int, int, DateMention]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for pattern in (_NUMERIC, _DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(key):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if pattern is _NUMERIC:
                if g.get("y2"):
                    value = _safe_date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
                elif g.get("y3"):
                    value = _safe_date(2000 + int(g["y3"]), int(g["m3"]), int(g["d3"]))
                else:
                    value = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
                mention = DateMention(m.group(0), "absolute", value)
            else:
                if g["m"] in ABBREVIATED_MONTHS and g["m"] not in _FULL_MONTHS and not g.get("y"):
                    continue
                month = MONTHS[g["m"]]
                day = int(g["d"])
                weekday = WEEKDAYS.get(g["wd"]) if g.get("wd") else None
                if g.get("y"):
                    mention = DateMention(m.group(0), "absolute", _safe_date(int(g["y"]), month, day), weekday)
                else:
                    # The year 2000 is a placeholder (a leap year, so 29 February survives) until resolved.
                    mention = DateMention(m.group(0), "day-month", _safe_date(2000, month, day), weekday)
            if mention.value is None:
                continue
            found.append((m.start(), m.end(), mention))
            taken.append((m.start(), m.end()))
    for m in _NORDIC_GENITIVE.finditer(key):
        # "ved tirsdagens kommunalvalg", "efter söndagens match": the day's own event, that weekday.
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), DateMention(m.group(0), "weekday", None, WEEKDAYS[m.group("wd")], 0)))
            taken.append((m.start(), m.end()))
    for m in _SWEDISH_LAST.finditer(key):
        # "i måndags": Swedish for last Monday.
        found.append((m.start(), m.end(), DateMention(m.group(0), "weekday", None, WEEKDAYS[m.group("wd")], -1)))
        taken.append((m.start(), m.end()))
    for m in _WEEKDAY.finditer(key):
        if not free(m.start("wd"), m.end("wd")) or recurring_or_named(key, m.start()):
            continue
        direction = (
            -1
            if (m.group("pre_past") or m.group("post_past"))
            else (1 if (m.group("pre_next") or m.group("post_next")) else 0)
        )
        found.append((m.start(), m.end(), DateMention(m.group(0), "weekday", None, WEEKDAYS[m.group("wd")], direction)))
        taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(key):
        if language and language not in _RELATIVE_LANGUAGES.get(m.group("r"), {language}):
            continue
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), DateMention(m.group(0), "relative", None)))
    return [mention for _, _, mention in sorted(found, key=lambda x: x[0])]


def resolve(mention: DateMention, anchor: date) -> date | None:
    """The day a mention refers to, given the date the text was written."""
    if mention.kind == "absolute":
        return mention.value
    if mention.kind == "relative":
        return anchor + timedelta(days=RELATIVE_DAYS[mention.expression])
    if mention.kind == "day-month" and mention.value is not None:
        # The latest such day up to a week after the anchor: news mostly reports what happened.
        options = [_safe_date(anchor.year + k, mention.value.month, mention.value.day) for k in (-1, 0, 1)]
        valid = [d for d in options if d is not None and -366 <= (d - anchor).days <= 7]
        return max(valid) if valid else None
    if mention.kind == "weekday" and mention.weekday is not None:
        back = (anchor.weekday() - mention.weekday) % 7
        if mention.direction > 0:
            return anchor + timedelta(days=(mention.weekday - anchor.weekday()) % 7 or 7)
        if mention.direction < 0:
            return anchor - timedelta(days=back or 7)
        # A bare weekday in a report is the most recent such day, the anchor day included.
        return anchor - timedelta(days=back)
    return None


def names_day(text: str, day: date, language: str | None = None) -> bool | None:
    """Whether the dates ``text`` names include ``day``: None when it names none. A relative day ("hier") may be
    ``day`` seen from a later publication, so it counts as naming it; a plain weekday must be ``day``'s weekday."""
    mentions = find_mentions(text, language)
    # "am Montagabend", "stamattina": a weekday joined to a part of the day, or a part of the day of writing.
    key = _key(text)
    compounds = [WEEKDAYS[m.group("wd")] for p in (_DE_DAYTIME, _NL_DAYTIME, _SV_DAYTIME) for m in p.finditer(key)]
    if day.weekday() in compounds or _SAME_DAY.search(key):
        return True
    if not mentions:
        return False if compounds else None
    for m in mentions:
        # "i tisdags", "last Tuesday": the most recent such day names it as well as a plain weekday does
        if m.kind == "relative" or (m.kind == "weekday" and m.weekday == day.weekday() and m.direction <= 0):
            return True
        if m.kind == "absolute" and m.value == day:
            return True
        if m.kind == "day-month" and m.value and (m.value.month, m.value.day) == (day.month, day.day):
            return True
    return False


def latest_absolute(texts: Iterable[str], not_after: date | None = None) -> tuple[str, date] | None:
    """The latest full date (with a year) in ``texts`` up to ``not_after`` (default: today): the best guess at when
    an undated page was written. A later date is a forecast ("an impact on 13 April 2029"), never the page's date."""
    limit = not_after or datetime.now(UTC).date()
    best: tuple[str, date] | None = None
    for text in texts:
        for mention in find_mentions(text):
            value = mention.value
            if mention.kind == "absolute" and value and value <= limit and (best is None or value > best[1]):
                best = (mention.expression, value)
    return best


# --- Dates of a whole article: the expressions above and more, resolved with the tense and the article's context ---

# German writes a weekday and a time of day as one word: "Dienstagabend", "Mittwochmorgen".
_DE_DAYTIME = re.compile(rf"\b(?P<wd>{_W})(?:abend|morgen|vormittag|nachmittag|mittag|nacht|fruh)\b")
# Swedish does too, with a linking s and perhaps the definite ending ("onsdagsmorgonen", "tisdagskvall"), and names
# a day in its definite form ("på tisdagen", Norwegian "mandagen"); only these languages' names take those endings.
_NORDIC_W = "|".join(
    sorted(set(_WEEKDAY_NAMES["sv"].split()) | set(_WEEKDAY_NAMES["no"].split()), key=len, reverse=True)
)
# Dutch joins them too: "dinsdagavond", "maandagochtend", "woensdagmiddag".
_NL_DAYTIME = re.compile(rf"\b(?P<wd>{'|'.join(_WEEKDAY_NAMES['nl'].split())})(?:avond|ochtend|morgen|middag|nacht)\b")
_SV_DAYTIME = re.compile(
    rf"\b(?P<wd>{_NORDIC_W})(?:en|s(?:morgon|morgen|kvall|kveld|aften|eftermiddag|ettermiddag|formiddag|natt|nat)"
    r"(?:en)?)\b"
)


def weekday_compound(word: str) -> int | None:
    """The weekday of one word that joins a weekday and a time of day ("Mittwochabend", "dinsdagavond",
    "tisdagskvällen", "tirsdagskvelden") or names it in its definite form ("tisdagen"); None for any other word."""
    key = _key(word)
    for pattern in (_DE_DAYTIME, _NL_DAYTIME, _SV_DAYTIME):
        m = pattern.fullmatch(key)
        if m:
            return WEEKDAYS[m.group("wd")]
    return None


def same_day_span(text: str) -> tuple[int, int] | None:
    """Where ``text`` first names a part of the day it was written ("stamattina", "this morning", "esta manhã"), as
    (start, end) in ``text``; None when it names none, or when folding changed the text's length."""
    key = _key(text)
    if len(key) != len(text):
        return None
    m = _SAME_DAY.search(key)
    return (m.start(), m.end()) if m else None


def part_of_day_span(text: str, expression: str) -> tuple[int, int] | None:
    """Where ``text`` names the part of a day ``expression`` ("gisteravond", "last night", "i går kväll") that a
    source's date evidence resolved, as (start, end) in ``text``; None when it is no such expression or is absent."""
    key, wanted = _key(text), _key(expression)
    if len(key) != len(text) or not (
        _SAME_DAY.fullmatch(wanted) or _LAST_NIGHT.fullmatch(wanted) or PAST_WEEKDAY.fullmatch(wanted)
    ):
        return None
    m = re.search(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", key)
    if m is None:
        return None
    part = PART_AFTER_DAY.match(key, m.end()) if PAST_WEEKDAY.fullmatch(wanted) else None
    return (m.start(), part.end() if part else m.end())  # "i måndags kväll": the part of the day goes with it


# The last such weekday, in Swedish, Danish and Norwegian: "i lördags", "i tirsdags".
PAST_WEEKDAY = re.compile(
    r"i (?:mandags|mondags|måndags|tisdags|tirsdags|onsdags|torsdags|fredags|lordags|lørdags|sondags|søndags)"
)
# A Nordic part of the day after a day's word: "i lördags kväll", "i går aftes".
PART_AFTER_DAY = re.compile(
    r" (?:morse|morges|morgon|formiddag|förmiddag|formiddags|eftermiddag|eftermiddags|kvall|kväll|natt|morgen|"
    r"ettermiddag|kveld|aften|aftes|nat)(?![\w-])"
)
_NIGHT_TO = re.compile(rf"\bin der nacht (?:zum|auf den) (?P<wd>{_W})\b")
_SAME_DAY = re.compile(
    r"\b(?:tonight|this (?:morning|afternoon|evening)|ce (?:matin|soir)|cet apres-midi|questa (?:mattina|sera)|"
    r"stamattina|stamane|stamani|stasera|oggi pomeriggio|questo pomeriggio|esta (?:manana|manha|tarde|noche|noite)|"
    r"heute (?:morgen|abend|nachmittag|fruh)|vanavond|vanochtend|vanmorgen|vanmiddag|dzis rano|i morse|i kvall|"
    r"i kveld|i aften|i morges|i formiddags|i eftermiddags|vannacht)\b"
)
_LAST_NIGHT = re.compile(
    r"\b(?:last night|anoche|ieri sera|gisteravond|la nuit derniere|letzte nacht|ontem a noite|ieri notte|i aftes|"
    r"i gar kvall|igar kvall|i gar kveld|gisterenochtend|gisterochtend|gistermorgen|gisterenmiddag|gistermiddag)\b"
)
_MONTH_ONLY = re.compile(
    # The word and the month apart ("mi-mars", "in March"): "about" is not "ab" and "out".
    rf"\b(?:(?:en|des|d'ici|jusqu'en|avant|apres|fin|debut|mi|le mois de|in|by|until|from|since|im|ab|bis|seit|"
    rf"desde|hasta|a|ad|entro|da|di|em|ate)(?:\s+|\s*-\s*)|le mois d')(?P<m>{_M})\b(?!\s+\d)"
)
_ANAPHORA = re.compile(
    r"\b(?:ese dia|ce jour-la|that day|the same day|an diesem tag|am selben tag|quel giorno|lo stesso giorno|naquele dia)\b"
)
# Future tense and scheduling words, per language: a bare weekday in such a clause is the next one.
_FUTURE = {
    "fr": re.compile(
        r"\b(?:\w{2,}(?:era|eront|ira|iront|dra|dront|rait|raient)|doit|doivent|devra|devrait|prevue?s?|attendue?s?|previsions?|"
        r"d'ici)\b"
    ),
    "en": re.compile(
        r"\b(?:will|'ll|is due|are due|is expected|are expected|scheduled|plans? to|going to|expects? to|expected to|"
        r"hopes? to|intends? to|due to (?:fly|return|leave|arrive|meet|sing|play|open|start|resume)|forecasts?|forecasters?)\b"
    ),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen|geplant|vorhersage|prognose)\b"),
    "es": re.compile(
        # and a forecast's words: "Las previsiones apuntan a máximas de 44 grados el viernes"
        r"\b(?:\w{3,}(?:aran|eran|iran|ara|era|ira)|esta previsto|prevista|previsto|previsiones|pronostico|se preven?|"
        # irregular futures: "habrá", "tendrá", "podrá", "saldrá", "hará", "dirá", "vendrá", "pondrá", "sabrá"
        r"(?:hab|tend|pod|sald|h|d|vend|pond|sab|quer|vald)ran?)\b"
    ),
    "it": re.compile(
        r"\b(?:\w{3,}(?:era|ira|eranno|iranno|aranno|eremo|iremo|aremo)|previsto|prevista|previsioni|"
        # irregular futures: "sarà", "avrà", "farà", "andrà", "potrà", "dovrà", "verrà", "vedrà", "saranno"
        r"(?:sar|avr|far|andr|potr|dovr|verr|vedr|terr|rimarr|dar|star)(?:a|anno)|"
        # and those of "-urre" and "-orre" verbs: "ridurrà", "produrranno", "porrà"
        r"\w{2,}(?:urr|orr)(?:a|anno))\b"
    ),
    "pt": re.compile(r"\b(?:\w{3,}(?:ara|era|ira|arao|erao|irao)|previsto|prevista|previsoes)\b"),
    # "zaterdag volgt een protestrit", "på lördag ska ...", "w sobotę odbędzie się ..."
    "nl": re.compile(
        r"\b(?:zal|zullen|volgt|volgen|(?:wordt|worden) verwacht|staat gepland|gepland|plant|plannen|organiseert|"
        r"organiseren)\b"
    ),
    "sv": re.compile(r"\b(?:ska|skall|kommer att|planeras|vantas)\b"),
    "no": re.compile(r"\b(?:skal|kommer til a|planlegges|ventes)\b"),
    "da": re.compile(r"\b(?:skal|planlaegges|ventes)\b"),
    # and perfective verbs, whose present is a future: "nie przejdzie", "nie zorganizuje", "rozpocznie"
    "pl": re.compile(
        r"\b(?:bedzie|beda|zostanie|zostana|odbedzie sie|planowan\w*|\w*(?:przej|poj|doj|wyj|wej|zej)d(?:zie|a)|"
        r"zorganizuj[ea]|rozpocznie|rozpoczna|zakonczy|zakoncza|otworzy|otworza|zamknie|zamkna|ruszy|rusza sie|"
        # "miał przejść w niedzielę": what was to happen
        r"mia[lł](?:a|o|y|i)?\s+(?:sie\s+)?\w+c)\b"
    ),
}
# "Until" right before a weekday points forward when the clause speaks of the future ("jusqu'à 104 km/h" does not);
# Swedish "natten till söndag" (Danish and Norwegian "natten til") is the night before Sunday, no "until".
_UNTIL = re.compile(
    r"(?:jusqu'(?:a|au)|until|(?<!natten )till?|bis(?: zum| am)?(?: (?:mindestens|voraussichtlich|spatestens|fruhestens))?|"
    r"hasta(?: el)?|fino a|ate|non prima di|nicht vor|pas avant|not before|no antes del?|nao antes de)\s*$"
)
# Common words that end like a future.
_NOT_FUTURE = {
    "para", "ahora", "hora", "otra", "entra", "mientras", "contra", "fuera", "ancora", "allora", "sopra", "dentro",
    "entre", "guerra", "carrera", "frontera", "madera", "primera", "tercera", "bandera", "cantera", "tierra",
    "terra", "sierra", "prima", "opera", "camera", "mera", "vera", "intera", "galera", "spera", "espera", "sincera",
    "severa", "costera", "entera", "manera", "afuera", "cualquiera", "quiera", "era",
    "naviera", "carretera", "cartera", "escalera", "ribera", "ladera", "petrolera", "pesquera", "camara",
}


@dataclass(frozen=True)
class DateExpression:
    """A date expression of one sentence: one of ``find_mentions``, or one of the kinds only this module knows."""

    position: int  # in the folded, accent-free sentence
    expression: str
    kind: str  # find_mentions' kinds, or "same-day", "last-night", "month", "anaphora", "weekday-compound"
    mention: DateMention | None
    weekday: int | None = None


def _quoted(key: str) -> list[tuple[int, int]]:
    """Spans between quote marks (folded to ") in a folded sentence."""
    marks = [i for i, c in enumerate(key) if c == '"']
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _future(clause: str, language: str) -> bool:
    pattern = _FUTURE.get(language)
    # No future ends in "-eira": Portuguese "primeira", "madeira", "Teixeira" and "sexta-feira" are no "-irá".
    return pattern is not None and any(
        m.group(0) not in _NOT_FUTURE and not m.group(0).endswith("eira") for m in pattern.finditer(clause)
    )


def _clause_of(key: str, position: int) -> str:
    """The words whose tense governs a date at ``position``: the quotation holding it, or the sentence outside its
    quotations (a future in someone's quoted words says nothing of when they spoke)."""
    spans = _quoted(key)
    for a, b in spans:
        if a < position < b:
            return key[a + 1 : b]
    out, last = [], 0
    for a, b in spans:
        out.append(key[last:a])
        last = b + 1
    out.append(key[last:])
    return " ".join(out)


def find_expressions(text: str, language: str | None = None) -> list[DateExpression]:
    """Every date expression of one sentence, in order (``find_mentions``'s, then the ones it does not know)."""
    key = _key(text)
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    cursor = 0
    # "i går kväll", "ieri sera", "ontem à noite": the evening is the expression, not the "yesterday" inside it.
    nights = [(m.start(), m.end()) for m in _LAST_NIGHT.finditer(key)]
    for mention in find_mentions(text, language):
        at = key.find(mention.expression, cursor)
        if at < 0:
            at = key.find(mention.expression)
        if mention.kind == "relative" and any(a <= at and at + len(mention.expression) <= b for a, b in nights):
            continue
        found.append(DateExpression(max(at, 0), mention.expression, mention.kind, mention))
        taken.append((max(at, 0), max(at, 0) + len(mention.expression)))
        cursor = max(at, 0) + len(mention.expression)

    def add(m: re.Match[str], kind: str, weekday: int | None = None) -> None:
        if all(m.end() <= a or m.start() >= b for a, b in taken):
            found.append(DateExpression(m.start(), m.group(0), kind, None, weekday))
            taken.append((m.start(), m.end()))

    for m in _NIGHT_TO.finditer(key):
        add(m, "weekday-compound", WEEKDAYS[m.group("wd")])
    for pattern in (_DE_DAYTIME, _NL_DAYTIME, _SV_DAYTIME):
        for m in pattern.finditer(key):
            if not recurring_or_named(key, m.start()):
                add(m, "weekday-compound", WEEKDAYS[m.group("wd")])
    for m in _SAME_DAY.finditer(key):
        add(m, "same-day")
    for m in _LAST_NIGHT.finditer(key):
        add(m, "last-night")
    for m in _MONTH_ONLY.finditer(key):
        if m.group("m") in ("mai", "may", "maj", "marz", "mars", "marzo") and not m.group(0).startswith(
            ("en", "in", "im", "le", "fin", "debut", "mi")
        ):
            continue  # "may" and "mars" are also common words
        add(m, "month")
    for m in _ANAPHORA.finditer(key):
        add(m, "anaphora")
    return sorted(found, key=lambda f: f.position)


def _nearest(anchor: date, month: int, day: int) -> date | None:
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    # The nearest such day; a tie goes to the past, since news mostly reports what happened.
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)) if options else None


def _weekday(anchor: date, weekday: int, direction: int, future: bool) -> date:
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if direction > 0:
        return anchor + timedelta(days=forward or 7)
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if back == 0:
        return anchor
    # A weekday six days back would be called "last ...": a bare one named the day after the anchor is tomorrow.
    if future or forward == 1:
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


# "the second Tuesday of the month", "chaque mardi", "jeden Dienstag": a weekday that recurs, not one day.
_RECURRING = re.compile(
    r"\b(?:first|second|third|fourth|fifth|every|each|premier|premiere|deuxieme|seconde|troisieme|quatrieme|chaque"
    r"|jeden|jedem|ersten|zweiten|dritten|vierten|cada|primer|tercer|cuarto|ogni|primo|terzo|quarto|elke|iedere"
    r"|eerste|tweede|derde|hver|hvar|varje|alle"
    # the Nordic habit: "om lørdagen står kunderne i kø" (on Saturdays), not one Saturday
    r"|(?<![\w'’])om"
    # A kind of day, not a date: "mit einem solchen Sonntag", "such a Sunday", "un tel dimanche", "un domingo así";
    # an article alone only as a word of its own ("jusqu'à mercredi" is a date).
    r"|einem solchen|einen solchen|ein solcher|so einen|such a|un tel|une telle|un simple|a typical)\s*$"
    r"|(?<![\w'’])(?:un|una)\s*$"
)
# English "a Tuesday"; in French, Spanish, Italian and Portuguese "a" ("à" folded) is a preposition: "de lundi à mardi".
_INDEFINITE_A = re.compile(r"(?<![\w'’])a\s*$")
_ENGLISH_WEEKDAY = re.compile(r"(?:" + "|".join(_WEEKDAY_NAMES["en"].split()) + r")\b")


# Days with names of their own ("Black Friday", "Good Friday", "mardi gras", "Viernes Santo"): not the weekday of a
# report's week, so "on Black Friday" is never "on Friday 15 November".
_NAMED_DAY = re.compile(
    r"\b(?:(?:black|cyber|good|holy|ash|palm|easter|super|bloody|maundy|shrove|giving) "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:vendredi|jeudi|samedi) saint|mardi gras"
    r"|lundi de paques|(?:lundi|jeudi|vendredi) noir|(?:viernes|jueves|sabado) santo|sexta-feira santa"
    r"|(?:venerdi|giovedi|sabato) santo|goede vrijdag|witte donderdag|stille zaterdag"
    r"|schwarze[nr]? (?:montag|donnerstag|freitag)|langfredag|skjartorsdag|skartorsdag)\b"
)


# An opening schedule: "O mercado funciona de terça-feira a sábado", "geöffnet von Dienstag bis Samstag".
_SCHEDULE_VERB = re.compile(
    r"\b(?:funciona\w*|abre|abrem|aberto|aberta|abierto|abierta|ouvert\w*|opens?|opening hours|geoffnet|offnet|"
    r"aperto|aperta|apre|open|geopend|oppet|apent|aben|otwart\w*|czynn\w*)\b"
)
_SPAN_TO = r"(?:a|au|al|to|through|bis|tot|til|till|do|-|–)"
_WEEKDAY_SPAN_AFTER = re.compile(rf"(?:{_W})\s+{_SPAN_TO}\s+(?:{_W})\b")
_WEEKDAY_SPAN_BEFORE = re.compile(rf"\b(?:{_W})\s+{_SPAN_TO}\s+$")


# Days with their articles span every week: "dal lunedì al sabato", "del lunes al viernes", "du lundi au samedi".
_EVERY_WEEK_SPAN = re.compile(rf"\b(?:dal|del|du|dos|das)\s+(?P<a>{_W})\s+(?:al|au|ao|a)\s+(?P<b>{_W})\b")


def _days_apart(first: str, last: str) -> int:
    """How many days after the weekday ``first`` the weekday ``last`` falls."""
    return (WEEKDAYS[last] - WEEKDAYS[first]) % 7


def recurring_or_named(text: str, start: int) -> bool:
    """True when the weekday at ``start`` follows an ordinal or "every" (a recurring day), is part of a day's own
    name ("Black Friday", "Vendredi saint"), or bounds the days a place opens ("funciona de terça-feira a sábado"):
    no date can replace it."""
    before = _key(text[max(0, start - 20) : start])
    if _RECURRING.search(before) is not None:
        return True
    key = _key(text)
    spans = _WEEKDAY_SPAN_AFTER.match(key, start) or _WEEKDAY_SPAN_BEFORE.search(key[max(0, start - 25) : start])
    if spans and _SCHEDULE_VERB.search(key):
        return True
    if any(m.start() <= start < m.end() and _days_apart(m.group("a"), m.group("b")) >= 2 for m in _EVERY_WEEK_SPAN.finditer(key)):
        return True  # not one night: "la noche del sábado al domingo"
    if _INDEFINITE_A.search(before) and _ENGLISH_WEEKDAY.match(_key(text[start : start + 12])):
        return True
    low = max(0, start - 12)
    return any(m.start() <= start - low < m.end() for m in _NAMED_DAY.finditer(_key(text[low : start + 25])))


# "tomorrow (28 December)", "mardi, 3 mars", "Friday 3/3", "Monday, December 27": the source dates the relative day
# itself, and that date is the evidence. A time ("samedi 17h", "zaterdag 17.00 uur") is not a date.
_SELF_DATED = re.compile(
    # maybe with its weekday first: "domani, sabato 19 luglio"
    # or "hoje, quinta-feira, 3 de setembro", "hoy, jueves 3 de septiembre"
    rf"\s*(?:,\s*|\(\s*)?(?:(?:{_W}),?\s+)?(?:\d{{1,2}}[/.](?:0?[1-9]|1[0-2])\b|\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})"
    # or a span whose second day carries the month: "lundi 16 à mardi 17 novembre", "Montag, 16. bis Dienstag, 17. November"
    rf"|\d{{1,2}}(?:er|\.)?\s+(?:à|au|et|to|and|bis|und|a|al|e|y|tot|en|till|til|og|och|do|i|-|–)\s+(?:(?:{_W}),?\s+)?"
    rf"\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<month_end>[^\W\d_]{{3,}})"
    r"|(?P<month_first>[^\W\d_]{3,})\.?\s+\d{1,2}\b)"
)
_MONTH_STARTS = {name[:3] for name in MONTHS}


def dated_after(text: str, end: int) -> bool:
    """True when the day expression ending at ``end`` is followed by the date the source gives it."""
    key = _key(text)
    m = _SELF_DATED.match(key if len(key) == len(text) else text, end)  # "oggi, lunedì 12 luglio": weekdays folded
    if m is None:
        return False
    if m["month_first"]:  # a whole month name, or its short form ("Dec. 27"): "Junction 12" is no date
        word = strip_accents(m["month_first"].lower())
        return word in MONTHS or (len(word) <= 4 and word[:3] in _MONTH_STARTS)
    if m["month_end"]:
        return strip_accents(m["month_end"].lower())[:3] in _MONTH_STARTS
    return m["month"] is None or strip_accents(m["month"].lower())[:3] in _MONTH_STARTS


def plain_weekdays(text: str) -> set[int]:
    """The weekdays a sentence names as one day (0 = Monday): not "last" or "next", not recurring, not dated by it, not
    the end of a span ("until Monday")."""
    key = _key(text)
    out = set()
    for f in find_expressions(text):
        m = f.mention
        weekday = m.weekday if m is not None and m.kind == "weekday" and m.direction == 0 else None
        if f.kind == "weekday-compound":
            weekday = f.weekday
        if weekday is None or recurring_or_named(key, f.position) or dated_after(key, f.position + len(f.expression)):
            continue
        if _UNTIL.search(key[: f.position]):
            continue  # "chiuso fino a lunedì": how long something lasts, not the day it happened
        out.add(weekday)
    return out


def resolve_sentence(
    text: str, anchor: date | None, basis: str, earlier: dict[int, date], last: date | None, language: str = "en"
) -> list[DateEvidence]:
    """The dates of one sentence; ``earlier`` maps weekdays resolved earlier in the article to their day, ``last`` is
    the last day resolved before this sentence. Months alone come as their first day, with the grain "month"."""
    out: list[DateEvidence] = []
    key = _key(text)
    ahead: date | None = None  # a weekday of this sentence resolved to a later day than the anchor
    for f in find_expressions(text, language):
        value: date | None = None
        how = basis
        grain = "day"
        m = f.mention
        if f.kind in ("relative", "weekday") and dated_after(key, f.position + len(f.expression)):
            continue
        if m is not None and m.kind == "absolute":
            value, how = m.value, "absolute"
        elif anchor is None:
            continue
        elif m is not None and m.kind == "day-month" and m.value is not None:
            value = _nearest(anchor, m.value.month, m.value.day)
            how = f"{basis}; the nearest {m.value.day}/{m.value.month}"
        elif m is not None and m.kind == "relative":
            value = resolve(m, anchor)
        elif (m is not None and m.kind == "weekday" and m.weekday is not None) or f.kind == "weekday-compound":
            weekday = m.weekday if m is not None else f.weekday
            assert weekday is not None
            direction = m.direction if m is not None else 0
            clause = _clause_of(key, f.position)
            future = _future(clause, language) or (
                bool(_UNTIL.search(key[: f.position])) and not _PAST_TENSE.get(language, _NEVER).search(clause)
            )
            numbered = _DAY_NUMBER.match(key, f.position + len(f.expression))
            if direction == 0 and numbered and m is not None:
                # "sabato 19": the day of that weekday and number nearest the anchor
                days = [anchor + timedelta(days=k) for k in range(-10, 11)]
                match = [d for d in days if d.weekday() == weekday and d.day == int(numbered.group(1))]
                value = match[0] if match else None
            if value is not None:
                how += "; the weekday's number"
            elif direction == 0 and weekday == anchor.weekday() and _THIS.search(key[: f.position]):
                # "obligó este viernes", written on a Friday: that day, not a Friday "el próximo viernes" named before
                value, how = anchor, f"{basis}; this weekday is the day of writing"
            elif direction == 0 and weekday in earlier:
                value, how = earlier[weekday], f"{basis}; the {f.expression!r} named earlier in the article"
            else:
                value = _weekday(anchor, weekday, direction, future)
                how = basis + ("; future tense: the next one" if future and direction == 0 and value > anchor else "")
                if ahead is not None and direction == 0 and value < ahead:
                    # "venerdì e sabato" after a Friday to come: the Saturday after it
                    value = ahead + timedelta(days=(weekday - ahead.weekday()) % 7 or 7)
                    how = f"{basis}; named after {format_date(ahead, 'en')} in the same sentence"
            if direction != 0:
                earlier[weekday] = value
            if value > anchor:
                ahead = max(ahead or value, value)
        elif f.kind == "same-day":
            value = anchor
        elif f.kind == "last-night":
            value = anchor - timedelta(days=1)
        elif f.kind == "month":
            month = MONTHS[re.search(_M, f.expression).group(0)]  # type: ignore[union-attr]
            value = min(
                (date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)),
                key=lambda d: abs((d - anchor.replace(day=1)).days),
            )
            grain, how = "month", f"{basis}; the nearest month of that name"
        elif f.kind == "anaphora" and last is not None:
            value, how = last, "the date the article named before"
        if value is None:
            continue
        out.append(DateEvidence(f.expression, value, how, grain))
        if grain == "day":
            last = value
    return out


_NEVER = re.compile(r"(?!x)x")
# "this" right before a weekday: "este viernes", "ce vendredi", "diesen Freitag", "questo venerdì".
_THIS = re.compile(
    r"\b(?:este|esta|this|ce|cette|diesen|dieser|diese|questo|questa|deze|denne|dette|denna|detta|w ten|nesta)"
    r"\s+$"
)
# A day number right after a weekday: "sabato 19", "Saturday 19th" (not a time, "sabato 19.30", nor a month's day).
_DAY_NUMBER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th|\.)?(?![\d:.,h]|\s*(?:uhr|h\b))")
# Past tenses that keep "until Tuesday" in the past ("la route était fermée jusqu'à mardi").
_PAST_TENSE = {
    "fr": re.compile(r"\b(?:etait|etaient|avait|avaient|a ete|ont ete)\b"),
    "en": re.compile(r"\b(?:was|were|had)\b"),
    "de": re.compile(r"\b(?:war|waren|hatte|hatten)\b"),
    "es": re.compile(r"\b(?:estaba|estaban|estuvo|habia)\b"),
    "it": re.compile(r"\b(?:era|erano|e stato|e stata)\b"),
}


# A day given to an earlier event the report follows from: "in seguito al crollo del ponte avvenuto martedì", "après
# l'effondrement survenu mardi", "following the collapse that occurred on Tuesday". It dates the cause, not what is
# reported ("la collision survenue le mardi 4 novembre" alone is the event itself).
_EARLIER_EVENT = re.compile(
    r"\b(?:dopo|in seguito a\w*|a seguito d\w*|apres|a la suite d\w*|after|following|nach|infolge|tras|despues de\w*|"
    r"a raiz de\w*|depois d\w*)\b[^.;]{0,80}?"
    r"\b(?:avvenut[oaie]|accadut[oaie]|verificatos[ioie]|survenue?s?|intervenue?s?|ocurrid[oa]s?|ocorrid[oa]s?|"
    r"occurred|happened|geschehen(?:en)?|ereignet(?:en)?)\s+"
    r"(?:(?:il|lo|le|el|on|am|o|de|di|del|op|dell')\s*)?$"
)


# "Damals zählte die Wehr 23 Mann. Heute hat sie 48 aktive Mitglieder": a past set against the present, whose
# "today" is nowadays, not a day.
_THEN_OPENING = re.compile(
    r"^(?:damals|einst|fruher|seinerzeit|back then|at the time|in those days|a l'epoque|autrefois|jadis|a l'origine|"
    r"entonces|en aquel entonces|en aquella epoca|allora|all'epoca|a quel tempo|na altura|naquela altura|"
    r"naquela epoca|destijds|vroeger|dengang|pa den tiden|den gangen|wtedy|dawniej)\b"
)
# (among the first four words: "Le club compte aujourd'hui 84 licenciés")
_NOW_OPENING = re.compile(r"^(?:\S+\s+){0,3}(?:heute|today|aujourd'hui|hoy|oggi|hoje|vandaag|i dag|idag|dzis|dzisiaj)\b")


_TODAY = re.compile(r"(?<![\w'])(?:heute|today|aujourd'hui|hoy|oggi|hoje|vandaag|i dag|idag|dzis|dzisiaj)\b")
# What is done every day, and what holds years after: "emploie aujourd'hui sept personnes et sort chaque jour ...",
# "Cent ans plus tard, ... ce sont aujourd'hui ses arrière-petits-enfants qui ..."
_HABITUAL = re.compile(
    r"\b(?:chaque (?:jour|nuit|semaine|matin)|tous les (?:jours|matins|soirs)|jeden (?:tag|morgen|abend)|taglich|"
    r"every (?:day|night|morning|week)|cada (?:dia|noche|semana)|todos los dias|ogni (?:giorno|notte|settimana)|"
    r"tutti i giorni|todos os dias|elke (?:dag|nacht|week)|dagelijks|hver (?:dag|nat|natt|uge|uke)|"
    r"varje (?:dag|natt|vecka)|dagligen|codziennie|kazdego dnia)\b"
)
_YEARS_LATER = re.compile(
    r"\b\S+ (?:ans|annees|jahre|years|anos|anni|jaar|ar|lat) (?:plus tard|spater|later|despues|mas tarde|dopo|"
    r"depois|mais tarde|pozniej|senare|senere)\b"
)


def nowadays(text: str, before: str, year: int | None = None) -> bool:
    """True when ``text`` opens on "today" (in its first four words) against a past that the sentence ``before``
    opens on, or against a year it names at least ten years before ``year`` ("nasceu a 14 de abril de 1927." / "Hoje
    tem 11 netos"), or names "today" beside what is done every day or what holds years later: nowadays."""
    key = strip_accents(fold(text))
    if _TODAY.search(key) and (_HABITUAL.search(key) or _YEARS_LATER.search(key)):
        return True
    if not _NOW_OPENING.match(key):
        return False
    past = year is not None and any(int(y) <= year - 10 for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", before))
    return past or bool(_THEN_OPENING.match(strip_accents(fold(before))))


# The end of a span from a time to this day: "da ottobre a oggi", "von Januar bis heute", "desde 2019 hasta hoy".
_TO_DATE = re.compile(
    r"\b(?:da|dal|dalla|von|seit|desde|de|depuis|from|since|sinds|van|vanaf|od|fra|fran|siden)\b[^.;]{1,40}?"
    r"\b(?:ad?|fino ad?|sino ad?|until|up to|to|bis|hasta|a|ate|jusqu'a|jusqu'au|tot|tot op|till|tills|til|do|az do)"
    r"\s*$"
)


def up_to(text: str, start: int) -> bool:
    """True when the day word at ``start`` ends a span from an earlier time up to it ("da ottobre a oggi"): no day of
    its own."""
    return bool(_TO_DATE.search(strip_accents(fold(text[:start]))))


def only_later(text: str, day: date, language: str | None = None) -> bool:
    """True when every day ``text`` names falls after ``day``: an announcement of what is to come."""
    values = [resolve(m, day) if m.kind != "day-month" or m.value is None else _nearest(day, m.value.month, m.value.day)
              for m in find_mentions(text, language)]
    return bool(values) and all(v is not None and v > day for v in values)


def _preceded(key: str, expression: str, pattern: re.Pattern[str], reach: int) -> bool:
    """True when ``pattern`` ends right before the day ``expression`` names in the folded sentence ``key``, within
    ``reach`` characters."""
    m = re.search(rf"(?<![\w-]){re.escape(expression)}(?![\w-])", key)
    return m is not None and bool(pattern.search(key[max(0, m.start() - reach) : m.start()]))


def _earlier_event(key: str, expression: str) -> bool:
    """True when the day ``expression`` names, in the folded sentence ``key``, is the day of an earlier event the
    sentence refers to."""
    return _preceded(key, expression, _EARLIER_EVENT, 140)


# "Since Tuesday" right before a day: when something began that the report follows ("Seit Dienstag sind 60 bis 90
# Zentimeter Neuschnee gefallen"), not the day it reports.
_SINCE = re.compile(
    r"\b(?:since|seit|depuis|desde|sinds|sedan|siden|od|dal|dalla)\s+"
    # the hour or the part of the day the span began on: "desde las 23.40 horas del miércoles"
    r"(?:(?:las|la|les|the|den|de|het)\s+)?(?:(?:\d{1,2}(?:[.:h]\d{2})?(?:\s*(?:horas|heures|uhr|uur|ore|h|pm|am))?|noche|"
    r"madrugada|tarde|nuit|soiree|night|evening|nacht|avond|notte|sera)\s+(?:(?:del|de|du|of|van|di|on|am|op)\s+)?)?"
    r"(?:(?:dem|le|el|o|a|la|last|vorigen|letzten|afgelopen|forrige|forra|zeszlego)\s+)?$"
)


# A pluperfect just before a day: "Dylan K., qui s'était évadé lundi", "who had escaped on Monday": an earlier
# event the report goes back to.
_PLUPERFECT = re.compile(
    r"\b(?:s'etait|s'etaient|avait|avaient|etait|etaient|had|hatte|hatten|habia|habian|aveva|avevano|era stat[oa]|"
    r"erano stati|tinha|tinham|havia|hade|hadde|havde)\s+(?:[\w'-]+\s+){1,3}(?:(?:on|am|el|il|o|op|le|w|på)\s+)?$"
)


# A weekday said to be last week's: "forrige onsdag", "last Wednesday", "mercredi dernier", "vorigen Mittwoch".
_LAST_WEEKDAY = re.compile(
    r"^(?:forrige|forra|sidste|last|letzten|vorigen|vergangenen|afgelopen|vorige|zesz[lł]\w*|ubieg[lł]\w*|el pasado|"
    r"lo scorso|la scorsa|no passado|na passada)\s+\S+$|^\S+\s+(?:dernier|passado|passada|pasado|scorso|scorsa)$"
)


def _pluperfect(key: str, expression: str) -> bool:
    """True when the day ``expression`` names, in the folded sentence ``key``, closes a pluperfect clause."""
    return _preceded(key, expression, _PLUPERFECT, 60)


def _since(key: str, expression: str) -> bool:
    """True when the day ``expression`` names, in the folded sentence ``key``, is where a span began ("seit Dienstag")."""
    return _preceded(key, expression, _SINCE, 40)


@dataclass(frozen=True)
class ArticleDating:
    """Every date of an article with its evidence, and the article's event date."""

    mentions: tuple[DateEvidence, ...]
    event_date: date | None


def date_article(
    title: str | None,
    sentences: Sequence[str],
    anchor: date | None,
    basis: str,
    language: str,
    today: date | None = None,
) -> ArticleDating:
    """Resolve the dates of an article's title and sentences against ``anchor`` (described by ``basis``).

    The event is what the lead (title and first four sentences) reports: the earliest day it names in the week up to
    the anchor; failing that, the earliest day named anywhere in that week. Without an anchor, a day after ``today``
    (default: the real today) is a forecast ("the asteroid passes on 13 April 2029"), never the event.
    """
    limit = today or datetime.now(UTC).date()
    earlier = _dated_weekdays([title or "", *sentences], anchor)
    # A headline's bare weekday is the one its report says is to come: "lunedì la riapertura" over "Da lunedì sarà di
    # nuovo aperto al pubblico".
    headline_days = {**_coming_weekdays(sentences, anchor, language), **earlier}
    last: date | None = None
    evidence: list[DateEvidence] = []
    lead: list[date] = []
    last_week: list[date] = []  # the lead's days named as last week's ("forrige onsdag", "last Wednesday")
    first_dated: list[date] = []  # the days of the first sentence naming one in the week up to the anchor
    for position, text in enumerate([title or "", *sentences]):
        found = resolve_sentence(text, anchor, basis, headline_days if position == 0 else earlier, last, language)
        if not first_dated and anchor is not None:
            first_dated = [e.value for e in found if e.grain == "day" and -7 <= (e.value - anchor).days <= 0]
        for ev in found:
            evidence.append(ev)
            if ev.grain == "day":
                last = ev.value
                in_week = -7 <= (ev.value - anchor).days <= 0 if anchor else ev.value <= limit
                if (
                    position <= 4
                    and in_week
                    and not _earlier_event(_key(text), ev.expression)
                    # a span's start ("seit Dienstag") before the anchor's day is no day the lead reports, nor a
                    # pluperfect's ("qui s'était évadé lundi")
                    and not (
                        anchor is not None
                        and ev.value < anchor
                        and (_since(_key(text), ev.expression) or _pluperfect(_key(text), ev.expression))
                    )
                ):
                    lead.append(ev.value)
                    if _LAST_WEEKDAY.match(ev.expression):
                        last_week.append(ev.value)
    # "Nordre Tuva gjorde et likelydende vedtak forrige onsdag" beside "onsdag kveld": last week's day is another
    # event's, when the lead names a day of its own
    lead = [d for d in lead if d not in last_week] or lead
    event = min(lead) if lead else None
    if event is not None and anchor is not None:
        event = _overnight(title, sentences, anchor, basis, language, event)
    if event is None and anchor is not None:
        # No day in the lead: the first sentence that names one, not a background day further down ("ontem")
        event = min(first_dated) if first_dated else None
    return ArticleDating(tuple(evidence), event)


def _coming_weekdays(sentences: Sequence[str], anchor: date | None, language: str) -> dict[int, date]:
    """The weekdays an article's sentences name in the future tense, each with the next such day after ``anchor``
    (only those named so once, and never also in a past clause)."""
    if anchor is None:
        return {}
    tenses: dict[int, set[bool]] = {}
    for text in sentences:
        key = _key(text)
        for f in find_expressions(text, language):
            m = f.mention
            if m is None or m.kind != "weekday" or m.weekday is None or m.direction != 0:
                continue
            tenses.setdefault(m.weekday, set()).add(_future(_clause_of(key, f.position), language))
    return {weekday: _weekday(anchor, weekday, 0, True) for weekday, seen in tenses.items() if seen == {True}}


def _dated_weekdays(texts: Sequence[str], anchor: date | None) -> dict[int, date]:
    """The weekdays an article gives with their date, in the week either side of ``anchor``: its bare "Samedi, elle
    ouvre ses portes" is the "samedi 19 juin" it names further down, not the Saturday before."""
    if anchor is None:
        return {}
    dated: dict[int, set[date]] = {}
    for text in texts:
        for m in find_mentions(text):
            if m.weekday is None or m.value is None or m.kind not in ("absolute", "day-month"):
                continue
            value = m.value if m.kind == "absolute" else _nearest(anchor, m.value.month, m.value.day)
            if value is not None and value.weekday() == m.weekday and abs((value - anchor).days) <= 7:
                dated.setdefault(m.weekday, set()).add(value)
    return {weekday: days.pop() for weekday, days in dated.items() if len(days) == 1}


# The small hours: a clock time from midnight to six ("2.15 am", "3 heures du matin", "gegen 2.15 Uhr", "rond 3 uur",
# "poco dopo le 2", "hacia las 2.15 horas", "kl. 02.30") or a word for the night just gone.
_SMALL_HOURS = re.compile(
    r"\b(?:early hours|small hours|early on|overnight|madrugada|nella notte|in nottata|stanotte|questa notte|"
    r"cette nuit|dans la nuit|in der nacht|heute nacht|vannacht|afgelopen nacht|in de nacht|w nocy|tej nocy|"
    r"minionej nocy|i natt|i nat|natten (?:till|mellan|mellom|mellem|til))\b"
    r"|\b[0-5](?:[.:]\d\d)? ?a\.?m\b"
    r"|\b[0-5] ?(?:h|heures?)(?: ?\d\d)? du matin\b"
    r"|\b(?:um|gegen) [0-5](?:[.:]\d\d)? uhr\b"
    r"|\b(?:om|rond|omstreeks|tegen) [0-5](?:[.:]\d\d)? uur\b"
    r"|\b(?:alle|dopo le|verso le|intorno alle|prima delle) (?:ore )?[0-5](?:[.:]\d\d)?\b(?![.:,]?\d)"
    r"|\b(?:las|as) [0-5](?:[.:h]\d\d)?(?: horas)?\b(?! de la (?:tarde|noche)| da (?:tarde|noite))"
    r"|\b(?:kl|klockan|klokken|klokka)\.? ?0?[0-5](?:[.:]\d\d)?\b"
    r"|\bo (?:godz\.? |godzinie )?[0-5](?:[.:]\d\d)\b"
)


# A start just before midnight ("shortly before midnight on Tuesday", "poco prima della mezzanotte", "um 23.40 Uhr"):
# a night's event that began on the earlier day.
_BEFORE_MIDNIGHT = re.compile(
    r"\b(?:before midnight|vor mitternacht|avant minuit|prima della mezzanotte|antes de la medianoche|"
    r"antes da meia-noite|przed polnoca|przed północą|voor middernacht|fore midnatt|før midnatt?|for midnat)\b"
    r"|\b23[.:h] ?[0-5]\d\b|\b11(?:[.:][0-5]\d)? ?p\.?m\b"
)


# An evening hour ("6.40pm", "18.40", "20:15"), with a verb saying something started: "broke out", "se declaró".
_EVENING = re.compile(r"\b(?:[5-9]|1[01])(?:[.:]\d\d)? ?p\.?m\b|\b(?:1[7-9]|2[0-3])[.:h] ?[0-5]\d\b")
_STARTED = re.compile(
    r"\b(?:broke out|started|began|erupted|se declaro|se origino|comenzo|empezo|e scoppiat\w|e divampat\w|"
    r"e iniziat\w|brach|begann|ausgebrochen|s'est declare|a eclate|a commence|a debute|brak ut|borjade|startet|"
    r"begon|brak uit|wybuchl|zaczal)"
)


def _overnight(
    title: str | None, sentences: Sequence[str], anchor: date, basis: str, language: str, event: date
) -> date:
    """The event of an overnight report, dated by the hour it happened. The first sentence of the opening that says
    when decides: when it puts the event in the small hours of the day after ``event``, the earliest day the lead
    names, that day is the event's ("left Ancona at 8.30 pm on Monday" comes after "early on Tuesday"; talks "réunis
    depuis hier matin" ended "à 3 heures du matin, ce mardi"). Small hours without a day ("poco dopo le 2") take the
    day of the next small-hours sentence that names one. A start before midnight keeps the earlier day."""
    after = event + timedelta(days=1)
    opening = [title or "", *sentences][:6]
    if any(_BEFORE_MIDNIGHT.search(_key(text)) for text in opening):
        return event
    if any(_STARTED.search(_key(text)) and _EVENING.search(_key(text)) for text in opening):
        return event  # "The blaze broke out at about 6.40pm on Wednesday": it began the evening before
    earlier: dict[int, date] = {}
    last: date | None = None
    undated_night = False
    for text in opening:
        found = resolve_sentence(text, anchor, basis, earlier, last, language)
        days = {ev.value for ev in found if ev.grain == "day" and -7 <= (ev.value - anchor).days <= 0}
        if found:
            last = found[-1].value
        night = _SMALL_HOURS.search(_key(text)) is not None
        if night and days:
            return after if after in days else event
        if days and not undated_night:
            return event  # the opening first dates the event without the night
        undated_night = undated_night or night
    return event


# How a written-out date sits in a sentence, by language. A relative day ("heute", "today", "hoy") needs its
# preposition or article; a part of the day goes after the date ("mardi 11 mars 2025 au matin", "Tuesday 11 March
# 2025 in the morning"), never between the day and its date; a clock time follows the language's "at" ("dès samedi
# 15 mars 2025 à 17h"); and the date follows a word joining a weekday and a time of day ("am Mittwochabend, 9. April
# 2025, ist ...", "dinsdagavond 13 mei 2025", "på tisdagskvällen den 13 maj 2025").
DAY_PREFIX = {"de": "am ", "en": "on ", "es": "el "}
# Polish says "on a day" with the weekday in its accusative ("w środę"): a relative day becomes that phrase.
POLISH_ON_WEEKDAY = ("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę")
PART_OF_DAY = {
    "fr": {"matin": "au matin", "soir": "au soir", "après-midi": "dans l'après-midi", "midi": "à midi"},
    "en": {"morning": "in the morning", "afternoon": "in the afternoon", "evening": "in the evening", "night": "at night"},
    "it": {"mattina": "in mattinata", "pomeriggio": "nel pomeriggio", "sera": "in serata", "notte": "in nottata"},
    "sv": {"morgon": "på morgonen", "förmiddag": "på förmiddagen", "eftermiddag": "på eftermiddagen", "kväll": "på kvällen"},
    "no": {"morgen": "om morgenen", "formiddag": "om formiddagen", "ettermiddag": "om ettermiddagen", "kveld": "om kvelden"},
    "da": {"morgen": "om morgenen", "formiddag": "om formiddagen", "eftermiddag": "om eftermiddagen", "aften": "om aftenen"},
}
CLOCK_AT = {"fr": " à", "en": " at", "de": ", um", "nl": " om", "es": " a las", "pt": " às", "it": " alle"}
AFTER_COMPOUND = {"de": ", ", "sv": " den ", "nl": " ", "no": " ", "da": " "}


def date_phrase_words(language: str) -> set[str]:
    """The words a written-out date may bring in ``language`` besides the date's own: what the tables above add."""
    phrases = [DAY_PREFIX.get(language, ""), CLOCK_AT.get(language, ""), AFTER_COMPOUND.get(language, "")]
    phrases += PART_OF_DAY.get(language, {}).values()
    if language == "pl":
        phrases += POLISH_ON_WEEKDAY
    return {w for phrase in phrases for w in words(phrase)}


def format_date(day: date, language: str, weekday: bool = True) -> str:
    """A date written out in ``language`` ("lundi 21 décembre 2015", "Monday 21 December 2015")."""
    months = _DISPLAY_MONTHS.get(language, _DISPLAY_MONTHS["en"])[day.month - 1]
    weekdays = _DISPLAY_WEEKDAYS.get(language, _DISPLAY_WEEKDAYS["en"])[day.weekday()]
    pattern = _DISPLAY_PATTERN.get(language, _DISPLAY_PATTERN["en"])
    if not weekday:
        pattern = pattern.split(" ", 1)[1]
    return pattern.format(d=day.day, m=months, y=day.year, w=weekdays)


_DISPLAY_MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
}
# Dutch, Swedish, Norwegian and Danish months carry no accents: their display names are the matching names.
_DISPLAY_MONTHS.update({language: _MONTH_NAMES[language].split() for language in ("nl", "sv", "no", "da")})
_DISPLAY_WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
# Dutch and Norwegian weekdays are written as they are matched; Danish names the days as Norwegian does.
_DISPLAY_WEEKDAYS.update({language: _WEEKDAY_NAMES[language].split() for language in ("nl", "no")})
_DISPLAY_WEEKDAYS["da"] = _DISPLAY_WEEKDAYS["no"]
_DISPLAY_PATTERN = {
    "fr": "{w} {d} {m} {y}",
    "en": "{w} {d} {m} {y}",
    "de": "{w}, {d}. {m} {y}",
    "es": "{w} {d} de {m} de {y}",
    "it": "{w} {d} {m} {y}",
    "pt": "{w} {d} de {m} de {y}",
    "nl": "{w} {d} {m} {y}",
    "pl": "{w} {d} {m} {y}",
    "sv": "{w} {d} {m} {y}",
    "no": "{w} {d}. {m} {y}",
    "da": "{w} {d}. {m} {y}",
}
