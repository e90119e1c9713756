"""Dates of each article and of the story, resolved against the publication date or, failing it, the story.

``newsfuse.temporal`` finds the expressions; this module adds what news needs beyond it and beyond dateparser:
weekdays disambiguated by tense and by the rest of the article ("mercredi" in a Tuesday report of a strike that
"doit reprendre mercredi" is the next day), day-times ("Dienstagabend", "tonight", "hier soir"), months alone
("en juin"), anaphora ("ese día") and an anchor for pages that carry no publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsfuse.records import Article, ArticleDates, DateEvidence
from newsfuse.temporal import MONTHS, WEEKDAYS, DateMention, find_mentions, latest_absolute
from newsfuse.textnorm import fold, strip_accents

_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
# German writes a weekday and a time of day as one word: "Dienstagabend", "Mittwochmorgen".
_DE_DAYTIME = re.compile(rf"\b(?P<wd>{_W})(?:abend|morgen|vormittag|nachmittag|mittag|nacht|fruh)\b")
_NIGHT_TO = re.compile(rf"\bin der nacht (?:zum|auf den) (?P<wd>{_W})\b")
_SAME_DAY = re.compile(
    r"\b(?:tonight|this (?:morning|afternoon|evening)|ce (?:matin|soir)|cet apres-midi|questa (?:mattina|sera)|"
    r"stamattina|stasera|oggi pomeriggio|esta (?:manana|tarde|noche)|heute (?:morgen|abend|nachmittag|fruh)|"
    r"vanavond|vanochtend|vanmiddag)\b"
)
_LAST_NIGHT = re.compile(r"\b(?:last night|anoche|ieri sera|gisteravond|la nuit derniere|letzte nacht)\b")
_MONTH_ONLY = re.compile(
    rf"\b(?:(?:en|des|d'ici|jusqu'en|avant|apres|fin|debut|mi|le mois d'|le mois de|in|by|until|from|since|im|ab|bis|seit|"
    rf"desde|hasta|a|ad|entro|da|di|em|ate)\s*-?\s*)(?P<m>{_M})\b(?!\s+\d)"
)
_ANAPHORA = re.compile(
    r"\b(?:ese dia|ce jour-la|that day|the same day|an diesem tag|am selben tag|quel giorno|lo stesso giorno|naquele dia)\b"
)
# Future tense and scheduling words, per language: a bare weekday in such a sentence is the next one.
_FUTURE = {
    "fr": re.compile(
        r"\b(?:\w{2,}(?:era|eront|ira|iront|dra|dront|rait|raient)|doit|doivent|devra|devrait|prevue?s?|attendue?s?|"
        r"jusqu'a|d'ici)\b"
    ),
    "en": re.compile(r"\b(?:will|'ll|is due|are due|is expected|are expected|scheduled|plans? to|going to|until)\b"),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen|bis|geplant)\b"),
    "es": re.compile(r"\b(?:\w{3,}(?:aran|eran|iran|ara|era|ira)|esta previsto|prevista|previsto|hasta)\b"),
    "it": re.compile(r"\b(?:\w{3,}(?:era|ira|eranno|iranno|aranno)|previsto|prevista|fino a)\b"),
    "pt": re.compile(r"\b(?:\w{3,}(?:ara|era|ira|arao|erao|irao)|previsto|prevista|ate)\b"),
}
# Common words that end like a future.
_NOT_FUTURE = {
    "para",
    "ahora",
    "hora",
    "otra",
    "entra",
    "mientras",
    "contra",
    "fuera",
    "ancora",
    "allora",
    "sopra",
    "dentro",
    "entre",
    "guerra",
    "carrera",
    "frontera",
    "madera",
    "primera",
    "tercera",
    "bandera",
    "cantera",
    "tierra",
    "terra",
    "sierra",
    "prima",
    "opera",
    "camera",
    "mera",
    "vera",
    "intera",
    "galera",
    "spera",
    "espera",
    "sincera",
    "severa",
    "costera",
    "entera",
    "manera",
    "afuera",
    "cualquiera",
    "quiera",
    "era",
}


@dataclass(frozen=True)
class _Found:
    position: int
    expression: str
    kind: str  # temporal kinds, plus "same-day", "last-night", "month", "anaphora", "weekday-compound"
    mention: DateMention | None
    weekday: int | None = None


def _key(text: str) -> str:
    return strip_accents(fold(text))


def _future(sentence_key: str, language: str) -> bool:
    pattern = _FUTURE.get(language)
    return pattern is not None and any(m.group(0) not in _NOT_FUTURE for m in pattern.finditer(sentence_key))


def find_all(text: str) -> list[_Found]:
    """Every date expression of one sentence, in order (temporal's, then the ones it does not know)."""
    key = _key(text)
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    cursor = 0
    for mention in find_mentions(text):
        at = key.find(mention.expression, cursor)
        if at < 0:
            at = key.find(mention.expression)
        found.append(_Found(max(at, 0), mention.expression, mention.kind, mention))
        taken.append((max(at, 0), max(at, 0) + len(mention.expression)))
        cursor = max(at, 0) + len(mention.expression)

    def add(m: re.Match[str], kind: str, weekday: int | None = None) -> None:
        if all(m.end() <= a or m.start() >= b for a, b in taken):
            found.append(_Found(m.start(), m.group(0), kind, None, weekday))
            taken.append((m.start(), m.end()))

    for m in _NIGHT_TO.finditer(key):
        add(m, "weekday-compound", WEEKDAYS[m.group("wd")])
    for m in _DE_DAYTIME.finditer(key):
        add(m, "weekday-compound", WEEKDAYS[m.group("wd")])
    for m in _SAME_DAY.finditer(key):
        add(m, "same-day")
    for m in _LAST_NIGHT.finditer(key):
        add(m, "last-night")
    for m in _MONTH_ONLY.finditer(key):
        if m.group("m") in ("mai", "may", "marz", "mars", "marzo") and not m.group(0).startswith(
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


def resolve_sentence(
    text: str, anchor: date | None, basis: str, earlier: dict[int, date], last: date | None, language: str = "en"
) -> list[tuple[DateEvidence, str]]:
    """The dates of one sentence as (evidence, granularity "day" or "month"); ``earlier`` maps weekdays resolved
    earlier in the article to their day, ``last`` is the last date resolved before this sentence."""
    out: list[tuple[DateEvidence, str]] = []
    future = _future(_key(text), language)
    for f in find_all(text):
        value: date | None = None
        how = basis
        grain = "day"
        m = f.mention
        if m is not None and m.kind == "absolute":
            value, how = m.value, "absolute"
        elif anchor is None:
            continue
        elif m is not None and m.kind == "day-month" and m.value is not None:
            value = _nearest(anchor, m.value.month, m.value.day)
            how = f"{basis}; the nearest {m.value.day}/{m.value.month}"
        elif m is not None and m.kind == "relative":
            from newsfuse.temporal import resolve

            value = resolve(m, anchor)
        elif (m is not None and m.kind == "weekday" and m.weekday is not None) or f.kind == "weekday-compound":
            weekday = m.weekday if m is not None else f.weekday
            assert weekday is not None
            direction = m.direction if m is not None else 0
            if direction == 0 and weekday in earlier:
                value, how = earlier[weekday], f"{basis}; the {f.expression!r} named earlier in the article"
            else:
                value = _weekday(anchor, weekday, direction, future)
                how = basis + ("; future tense: the next one" if future and direction == 0 and value > anchor else "")
            if direction != 0:
                earlier[weekday] = value
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
        out.append((DateEvidence(f.expression, value, how), grain))
        if grain == "day":
            last = value
    return out


def article_dates(article: Article, anchor: date | None, anchor_basis: str) -> tuple[ArticleDates, dict[str, str]]:
    """Every date of an article with its evidence, its event date, and the granularity of each expression."""
    basis = f"relative to {anchor_basis.split(':')[0]} {anchor.isoformat()}" if anchor else ""
    earlier: dict[int, date] = {}
    last: date | None = None
    evidence: list[DateEvidence] = []
    grains: dict[str, str] = {}
    lead: list[date] = []
    for position, text in enumerate([article.title or ""] + [s.text for s in article.sentences]):
        for ev, grain in resolve_sentence(text, anchor, basis, earlier, last, article.language or "en"):
            evidence.append(ev)
            grains[f"{len(evidence) - 1}"] = grain
            if grain == "day":
                last = ev.value
                if position <= 4 and (anchor is None or -7 <= (ev.value - anchor).days <= 0):
                    lead.append(ev.value)
    # The event is what the lead reports: the earliest day of the week before the anchor that it names.
    event = min(lead) if lead else None
    if event is None and anchor is not None:
        recent = [
            e.value for i, e in enumerate(evidence) if grains[str(i)] == "day" and -7 <= (e.value - anchor).days <= 0
        ]
        event = min(recent) if recent else None
    return ArticleDates(article.id, anchor, anchor_basis, event, tuple(evidence)), grains


def _lead_weekday(article: Article) -> tuple[str, int] | None:
    for text in [article.title or ""] + [s.text for s in article.sentences[:3]]:
        for f in find_all(text):
            if f.mention is not None and f.mention.kind == "weekday" and f.mention.direction == 0:
                assert f.mention.weekday is not None
                return f.expression, f.mention.weekday
            if f.kind == "weekday-compound" and f.weekday is not None:
                return f.expression, f.weekday
    return None


def story_dates(articles: Sequence[Article]) -> tuple[list[ArticleDates], list[dict[str, str]], date | None, str]:
    """Dates of every article of a story, the story date and how it was found.

    Articles with a publication date are resolved first. A page without one is anchored on its own latest full
    date, or else on the story: on the story date when the weekday its lead names is that day's, or else on the
    first publication date of the story; its anchor basis says which.
    """
    anchors: dict[str, tuple[date | None, str]] = {}
    for a in articles:
        if a.published:
            anchors[a.id] = (a.published.date(), "publication date")
        else:
            # An item of a page of several reads only its own text: the page's other items have their own dates.
            lines = [a.title or "", *a.clean_text.split("\n")] if "#" in a.id else a.raw_text.split("\n")
            page = latest_absolute(lines)
            if page:
                anchors[a.id] = (
                    page[1],
                    f"the page's date: no publication date, the latest full date on the page is {page[0]!r}",
                )
    results: dict[str, tuple[ArticleDates, dict[str, str]]] = {}
    for a in articles:
        if a.id in anchors:
            results[a.id] = article_dates(a, *anchors[a.id])
    events = Counter(r.event_date for r, _ in results.values() if r.event_date)
    day = events.most_common(1)[0][0] if events else None
    published = sorted(a.published.date() for a in articles if a.published)
    for a in articles:
        if a.id in results:
            continue
        named = _lead_weekday(a)
        if day is not None and named is not None and named[1] == day.weekday():
            givers = ", ".join(i for i, (r, _) in results.items() if r.event_date == day)
            anchor, how = (
                day,
                f"the story date: no publication date, and its {named[0]!r} is the weekday of the story date given by {givers}",
            )
        elif published:
            anchor, how = published[0], "the story's first publication date: no publication date on the page"
        else:
            anchor, how = None, "unknown: no publication date, no full date on the page, no dated article in the story"
        results[a.id] = article_dates(a, anchor, how)
    events = Counter(r.event_date for r, _ in results.values() if r.event_date)
    if not events:
        return (
            [results[a.id][0] for a in articles],
            [results[a.id][1] for a in articles],
            None,
            "no article gives a date that can be resolved",
        )
    top = max(events.values())
    # Ties go to the earliest day: later dates in a lead are mostly follow-ups.
    day = min(d for d, n in events.items() if n == top)
    agreeing = [a.id for a in articles if results[a.id][0].event_date == day]
    basis = f"event date of {len(agreeing)} of {len(articles)} articles ({', '.join(agreeing)})"
    inferred = [a.id for a in articles if not a.published]
    if inferred:
        basis += "; without a publication date: " + "; ".join(
            f"{i} anchored on {results[i][0].anchor_basis.split(':')[0]}" for i in inferred
        )
    return [results[a.id][0] for a in articles], [results[a.id][1] for a in articles], day, basis
