"""Figures in a sentence: what two versions of one sentence count differently ("Sept morts" against "Huit morts"),
and the tolls a story's sources give differently."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from newsfuse.quantities import NUMBER_WORDS, compatible, quantities
from newsfuse.records import Article, Quantity
from newsfuse.temporal import MONTHS, WEEKDAYS
from newsfuse.textnorm import strip_accents

# Counts written as words ("sept morts et 21 blessés" gives the lead's toll again), two to twenty; "one" is also an
# article.
COUNT_WORDS = {lang: {w: n for w, n in words.items() if 2 <= n <= 20} for lang, words in NUMBER_WORDS.items()}


@cache
def _count_pattern(language: str) -> re.Pattern[str]:
    """A count in ``language``: a number ("21", "1 300", "2,500") or one of its number words, then the word it counts
    ("morts", "ships"), looked ahead since that word may itself be followed by a count."""
    spelled = "|".join(sorted(COUNT_WORDS.get(language, {}), key=len, reverse=True))
    return re.compile(
        r"(?<![\w.,:/-])(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?"
        + (rf"|(?i:{spelled})(?![\w-])" if spelled else "")
        + r")(?=\s+(?P<noun>[^\W\d_][\w'’-]*))"
    )
# Words after a number that make it a time, a date or a unit of time, not a count of things: "à 6 heures", "le 15
# mars", "20 Uhr", "3 pm". A count of hours or days apart ("24 heures", "two days") is a duration, which versions of one
# sentence give in many ways.
_TIME_WORDS = """
    h heure heures hour hours hrs uhr stunden hora horas ora ore uur timmar am pm gmt utc cet minute minutes min
    minuten minuti minutos seconde secondes seconds second day days jour jours tag tage tagen dia dias giorno giorni
    week weeks semaine semaines woche wochen month months mois monat monate year years an ans ano anos anno anni jahr
    jahre jahren
"""
_NOT_COUNTED = frozenset(_TIME_WORDS.split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def counts(text: str, language: str) -> frozenset[tuple[str, str]]:
    """The counts a sentence gives, as (number, what it counts): "Sept personnes ont été tuées et 21 blessées" gives
    ("7", "perso") and ("21", "bless"). Years, times, dates, labels ("Boeing 767") and durations are left out."""
    words = COUNT_WORDS.get(language, {})
    out = set()
    for m in _count_pattern(language).finditer(text):
        raw, noun = m.group("n"), strip_accents(m.group("noun").lower())
        if noun in _NOT_COUNTED or len(noun) < 3:
            continue
        if raw[0].isdigit():
            value = re.sub(r"[ \u00a0\u202f]", "", raw)
            if re.fullmatch(r"(?:1[5-9]|20)\d\d", raw):
                continue  # a year ("2 000" is not one)
            before = text[: m.start()].rstrip()
            # "Boeing 767 tanker", "route nationale 90": a number after a capitalised word or a "no." labels a thing.
            last = before.split()[-1] if before.split() else ""
            if len(before.split()) > 1 and (last[:1].isupper() or last.lower() in ("no.", "n°", "nr.", "nº")):
                continue
        else:
            number = words.get(raw.lower())
            if number is None:
                continue
            value = str(number)
        out.add((_plain(value), noun[:5]))  # five letters: "personne" and "personnes" meet
    return frozenset(out)


def _plain(number: str) -> str:
    """A written number as ``plain_number`` gives it: "1,200" and "1.200" are 1200, "2,5" is 2.5."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return number.replace(",", "").replace(".", "")
    return number.replace(",", ".")


def plain_number(value: float) -> str:
    """A value as ``counts`` writes it: 1200.0 is "1200", 2.5 is "2.5"."""
    return f"{value:.0f}" if value.is_integer() else f"{value:g}"


def counted_differently(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """True when two versions of a sentence count one thing differently: "seven people dead and 21 injured" against
    "eight people dead and 21 injured". A version that leaves a count out does not contradict one that gives it, nor
    does a count of something else ("four countries" beside "two blocs")."""
    for noun in {n for _, n in a} & {n for _, n in b}:
        mine, theirs = {v for v, n in a if n == noun}, {v for v, n in b if n == noun}
        if mine - theirs and theirs - mine:
            return True
    return False


# What the article must not state as settled when its sources give it differently: the toll of the event, and how
# many people had to leave their homes.
_TOLLS = ("dead", "injured", "evacuated")


@dataclass(frozen=True)
class TollDispute:
    """A toll the story's sources give differently: the value most outlets give (on a tie, the one published last,
    since a later report corrects a toll) and the sentences that give another."""

    counts: str  # "dead", "injured" or "evacuated"
    value: float  # the prevailing value
    outlets: int  # distinct outlets giving it
    others: dict[tuple[str, int], float]  # (article, sentence index) -> the other value that sentence gives
    stating: frozenset[tuple[str, int]]  # the sentences that give the prevailing value, or a hedge allowing it
    exact: frozenset[tuple[str, int]] = frozenset()  # those that give it as it is ("four dead", not "at least three")
    contrary: frozenset[float] = frozenset()  # every other value given, in a title too ("Dwie ofiary")


def story_counts(articles: Sequence[Article]) -> list[Quantity]:
    """Every counted number the story's articles give, titles included (sentence index -1): read once per story."""
    return [q for a in articles for q in quantities(a)]


def story_tolls(articles: Sequence[Article], counted: Sequence[Quantity] | None = None) -> list[Quantity]:
    """Every count of dead, injured and evacuated the story's articles give, titles included (``counted``: their
    ``story_counts``, read again when not given)."""
    return [q for q in (story_counts(articles) if counted is None else counted) if q.counts in _TOLLS and not q.unit]


# Counts of an event's own that early reports give differently, besides its tolls: those aboard, the flights hit.
_ABOARD = ("passengers", "crew", "flights")


def disputed_counts(counted: Sequence[Quantity]) -> set[str]:
    """The values of the passengers, crew or flights that a story's articles give differently (each article's
    largest, from the story's ``story_counts``): no headline should state one as the fact ("287 passasjerer" beside
    "312 passagerare")."""
    largest: dict[str, dict[str, float]] = defaultdict(dict)
    for q in counted:
        if q.counts in _ABOARD and not q.unit and not q.hedge:
            largest[q.counts][q.article] = max(q.value, largest[q.counts].get(q.article, 0.0))
    return {
        plain_number(v) for per in largest.values() if len(set(per.values())) >= 2 for v in set(per.values())
    }


def overtaken_floors(tolls: Sequence[Quantity]) -> set[str]:
    """Tolls given as a floor ("au moins 18 blessés") below the exact toll another report gives (23): true, but
    overtaken, so no headline states them."""
    return {
        plain_number(q.value)
        for q in tolls
        if q.hedge in ("at least", "more than")
        and any(o.counts == q.counts and not o.hedge and o.value > q.value and o.article != q.article for o in tolls)
    }


def toll_disputes(articles: Sequence[Article], tolls: Sequence[Quantity] | None = None) -> list[TollDispute]:
    """The tolls two or more articles give incompatibly (``tolls``: ``story_tolls``, read again when not given). An
    article's toll is the largest value it gives: the smaller ones count a part ("onze blessés ... deux blessés se
    trouvent dans un état grave") or an earlier toll."""
    by_id = {a.id: a for a in articles}
    given: dict[str, dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    for q in story_tolls(articles) if tolls is None else tolls:
        given[q.counts][q.article].append(q)
    if not any(len(per_article) >= 2 for per_article in given.values()):
        return []  # most stories: no toll, or one article alone gives it
    out = []
    for what, per_article in given.items():
        largest = {aid: max(qs, key=lambda q: q.value) for aid, qs in per_article.items()}
        groups: list[list[Quantity]] = []
        for toll in largest.values():
            group = next((g for g in groups if all(compatible(toll, other) for other in g)), None)
            if group is None:
                groups.append([toll])
            else:
                group.append(toll)
        if len(groups) < 2:
            continue

        def weight(group: list[Quantity]) -> tuple[int, float]:
            times = [by_id[q.article].published for q in group]
            latest = max((t.timestamp() for t in times if t is not None), default=0.0)
            return len({by_id[q.article].outlet_key for q in group}), latest

        prevailing = max(groups, key=weight)
        others = {
            (q.article, q.sentence): q.value
            for g in groups
            if g is not prevailing
            for toll in g
            for q in per_article[toll.article]
            if q.sentence >= 0 and q.value == toll.value
        }
        stating = frozenset(
            (q.article, q.sentence)
            for qs in per_article.values()
            for q in qs
            if q.sentence >= 0 and compatible(q, prevailing[0])
        )
        exact = frozenset(
            (q.article, q.sentence)
            for qs in per_article.values()
            for q in qs
            if q.sentence >= 0 and q.value == prevailing[0].value and not q.hedge
        )
        contrary = frozenset(toll.value for g in groups if g is not prevailing for toll in g)
        out.append(TollDispute(what, prevailing[0].value, weight(prevailing)[0], others, stating, exact, contrary))
    return out
