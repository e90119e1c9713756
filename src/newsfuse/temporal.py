"""Date expressions in our languages, resolved against an anchor (the publication date) when there is one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from newsfuse.textnorm import fold, strip_accents

_MONTH_NAMES = {
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "en": "january february march april may june july august september october november december",
    "de": "januar februar marz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
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
}
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES.values():
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS[_name] = _i
MONTHS.update({"setiembre": 9, "maerz": 3, "sept": 9})
WEEKDAYS: dict[str, int] = {}
for _names in _WEEKDAY_NAMES.values():
    for _i, _name in enumerate(_names.split()):
        WEEKDAYS[_name] = _i

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
}
_PAST = r"dernier|derniere|last|letzten|letzter|vergangenen|pasado|scorso|passado|vorige|ubiegly"
_NEXT = r"prochain|prochaine|next|nachsten|kommenden|proximo|prossimo|volgende|przyszly"

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_R = "|".join(re.escape(k) for k in sorted(RELATIVE_DAYS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<wd>{_W})[ ,]+)?(?:(?:le|the|el|il|am|den|o|dia)\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|º|\.)?\s+(?:de\s+)?(?P<m>{_M})\b(?:\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b)?"
)
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<wd>{_W}),?\s+)?(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_NUMERIC = re.compile(
    r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)-(?P<d2>\d\d)\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<pre_next>{_NEXT}|el proximo|il prossimo)\s+|(?P<pre_past>{_PAST})\s+)?(?P<wd>{_W})\b(?:\s+(?P<post_past>{_PAST})|\s+(?P<post_next>{_NEXT}))?"
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


def find_mentions(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in order; absolute dates come resolved, others not yet."""
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
                else:
                    value = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
                mention = DateMention(m.group(0), "absolute", value)
            else:
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
    for m in _WEEKDAY.finditer(key):
        if not free(m.start("wd"), m.end("wd")):
            continue
        direction = (
            -1
            if (m.group("pre_past") or m.group("post_past"))
            else (1 if (m.group("pre_next") or m.group("post_next")) else 0)
        )
        found.append((m.start(), m.end(), DateMention(m.group(0), "weekday", None, WEEKDAYS[m.group("wd")], direction)))
        taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(key):
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


def latest_absolute(texts: Iterable[str]) -> tuple[str, date] | None:
    """The latest full date (with a year) in ``texts``: the best guess at when an undated page was written."""
    best: tuple[str, date] | None = None
    for text in texts:
        for mention in find_mentions(text):
            if mention.kind == "absolute" and mention.value and (best is None or mention.value > best[1]):
                best = (mention.expression, mention.value)
    return best


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
}
_DISPLAY_WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}
_DISPLAY_PATTERN = {
    "fr": "{w} {d} {m} {y}",
    "en": "{w} {d} {m} {y}",
    "de": "{w} {d}. {m} {y}",
    "es": "{w} {d} de {m} de {y}",
    "it": "{w} {d} {m} {y}",
    "pt": "{w} {d} de {m} de {y}",
}
