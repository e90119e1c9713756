"""Pages that hold several items are cut into items: repeated "Publié" markers, the time or date headers of a live
page, the headlines of a page of briefs, and a second report printed below the first one's tags and comments."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from newsfuse.clean.cues import BRIEFS_PAGE, COMMENTER, COMMENTER_NAME, ITEM_MARKER, KEY_POINTS, TIME_HEADER
from newsfuse.clean.furniture import cue_reason, ends_sentence, is_date_line, is_day_header, is_name_only, table_row
from newsfuse.temporal import find_mentions
from newsfuse.textnorm import fold

Lines = list[tuple[int, str]]

_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d{2}\b")
# A live update may be a single sentence; it must still hold one of this many words.
_MIN_UPDATE_WORDS = 6


def split_items(text: str, min_item_words: int = 25) -> list[Lines]:
    """Cut a page into items at repeated markers; a page with one item comes back whole (see ``split_page``)."""
    return split_page(text, min_item_words)[0]


def split_page(text: str, min_item_words: int = 25) -> tuple[list[Lines], bool]:
    """Cut a page into items at repeated markers, and say whether they are the updates of one live page (cut at time
    headers); a page with one item comes back whole.

    Markers are tried in turn: publication markers ("Publié", "Published"), then the time headers of a live page
    ("14:30") or repeated date headers ("Lundi 21 décembre 2015"), then the headlines of a page of briefs, then a
    report printed below the end of the first one, then a sports brief under a report on something else. The page's header goes with the first item, its footer with the
    last.
    """
    lines = list(enumerate(text.split("\n"), start=1))
    live = _markers(lines, lambda t: bool(TIME_HEADER.match(t)))
    # An age ("hace 2 horas", "vor 58 Minuten") under a reader's name below the comments' header dates a comment.
    ages = set(live) - set(_markers(lines, lambda t: bool(_CLOCK.match(t))))
    live = [m for m in live if m not in ages or m in _uncommented([m], lines)]
    briefs = _brief_headlines(lines)
    for markers, min_words in (
        (_markers(lines, lambda t: bool(ITEM_MARKER.match(t))), min_item_words),
        (live, _MIN_UPDATE_WORDS),
        # A date header, not the article's own "Published: ..." line under a dated page header.
        (
            _day_headers(_uncommented(_markers(lines, lambda t: is_day_header(t) and not ITEM_MARKER.match(t)), lines), lines),
            _MIN_UPDATE_WORDS,
        ),
        (briefs, min_item_words),
        (_item_after_article_end(lines), min_item_words),
        (_sports_brief(lines), min_item_words),
        (_bylined_headlines(lines), min_item_words),
    ):
        # A live page's update opens on its time, a brief on its headline; any other item opens on the headline over
        # its date line.
        opens = markers if markers is live or markers is briefs else _with_headlines(lines, markers)
        # A live page's update may be a table alone ("Le classement de l'étape :" over its rows): one in five may
        # hold no sentence when ten or more updates do.
        spare = len(markers) // 5 if markers is live and len(markers) >= 10 else 0
        items = _cut(lines, opens, min_words, spare)
        if len(items) > 1:
            # A page of timed briefs ("Kl. 08.10" over each) is no live page: a live page says it is one.
            return items, markers is live and _names_itself_live(lines[: markers[0]])
    return [lines], False


# A live page names itself above its first update: "● LIVE", "DIRECT.", "Relacja na żywo", "im Ticker".
_LIVE_WORD = re.compile(
    r"\b(?:live|liveblog|live-?ticker|ticker|direkte?|direct|en direct|na żywo|relacja|en directo|en vivo|diretta|"
    r"ao vivo|em direto|direto|ao minuto|al minuto|minuto a minuto|live-?updates)\b",
    re.I,
)


def _names_itself_live(head: Lines) -> bool:
    """Whether the lines above a page's first update call it a live page."""
    return any(_LIVE_WORD.search(t) for _, t in head)


def _with_headlines(lines: Lines, markers: list[int]) -> list[int]:
    """Each marker after the first moved up to the headline right over it ("Giraffe geboren in Dierenpark Heuvelrijk"
    over "donderdag 19 november 2026, 09:40"): the item starts with its headline, which is no line of the item
    before."""
    out = []
    for k, m in enumerate(markers):
        # The headline may stand over the item's byline ("Redazione") as well as its date line, and over its
        # standfirst ("A cocker spaniel who vanished ...").
        before = _line_above(lines, m, skip_bylines=True)
        if k and before is not None and _standfirst_shaped(lines[before][1].strip()):
            above = _line_above(lines, before)
            if (
                above is not None
                and above not in markers
                and _headline_shaped(lines[above][1].strip())
                and not _under_ad_label(lines, above)
            ):
                before = above
        if k and before is not None and before not in markers and _headline_shaped(lines[before][1].strip()):
            m = before
            # and up to its kicker right over it: "GRABENRIED" over "Neues Tanklöschfahrzeug: ..."
            kicker = lines[m - 1][1].strip() if m > 0 else ""
            if _KICKER.fullmatch(kicker) and cue_reason(kicker) is None:  # not a label: "SIGUIENTE NOTICIA"
                m -= 1
        out.append(m)
    return out


# A kicker in capitals, one word: a place ("GRABENRIED", "SAINT-LOUP"); two words are more often a label between
# items ("SIGUIENTE NOTICIA").
_KICKER = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+")


def _under_ad_label(lines: Lines, i: int) -> bool:
    """Whether the line over line ``i`` is an ad's label ("Advertentie"): ``i`` is then the ad's copy, no headline."""
    above = _line_above(lines, i)
    return above is not None and cue_reason(lines[above][1].strip()) == "advertising"


def _standfirst_shaped(text: str) -> bool:
    """A standfirst between a headline and its byline: a sentence, or a long line even without its full stop."""
    if not _headline_shaped(text):
        return ends_sentence(text) or len(text.split()) > 20
    return len(text.split()) >= 12 and not text.isupper()


def _line_above(lines: Lines, m: int, skip_bylines: bool = False) -> int | None:
    """The nearest line above ``m`` with text (and no byline, with ``skip_bylines``)."""
    return next(
        (i for i in range(m - 1, -1, -1) if lines[i][1].strip() and not (skip_bylines and _byline(lines[i][1]))), None
    )


def _byline(text: str) -> bool:
    """A byline by its cue, or a writer's name alone: "Carla Sofia Marques" over "12 junho 2027 | 10:40"."""
    return cue_reason(text.strip()) == "byline" or (is_name_only(text) and 2 <= len(text.split()) <= 4)


def _headline_shaped(text: str) -> bool:
    return 3 <= len(text.split()) <= 20 and not ends_sentence(text) and cue_reason(text) is None


def _markers(lines: Lines, is_marker: Callable[[str], bool]) -> list[int]:
    return [i for i, (_, t) in enumerate(lines) if t.strip() and is_marker(t.strip())]


# A handle no byline looks like: "~kupiec", "mieszkaniec_Szewskiej", "giovanni.r58" (not "Sylvie D."), or a reader
# signing with a town: "Hans-Peter K. aus Offenbach".
_HANDLE = re.compile(
    r"^(?:~\S+|\S*[\d_]\S*|[A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý]\. (?:aus|from|de|da|di|van|z|från|fra|uit) [A-ZÀ-Ý][\w'’-]+)$"
)


def _uncommented(markers: list[int], lines: Lines) -> list[int]:
    """Date lines that are no comment's date: "April 14, 2026 at 7:12 pm" under "Sandra P. says:" or under a
    commenter's handle ("~kupiec") dates a comment, and so does one under a reader's name below the comments' header
    ("Kommentare (12)" ... "Gisela W." / "18.11.2026 | 08:21 Uhr"); a second report's date line stands under its
    headline."""
    heads = [i for i, (_, t) in enumerate(lines) if t.strip() and cue_reason(t.strip()) == "comment widget"]
    out = []
    for m in markers:
        above = [t.strip() for _, t in reversed(lines[:m]) if t.strip()][:2]
        before = above[0] if above else ""
        # under a handle, or under the comment a handle opens ("~ewa_k" / "A autobus 17 zlikwidują?" / the date)
        if any(COMMENTER.match(b) or (COMMENTER_NAME.match(b) and _HANDLE.match(b)) for b in above):
            continue
        if any(h < m for h in heads) and len(before.split()) < 5 and cue_reason(before) != "byline":
            continue
        out.append(m)
    return out


def _bylined_headlines(lines: Lines) -> list[int]:
    """The bylines right under a headline ("Le Vélo-club vernaysien fête son centenaire en roulant" / "Par Sophie
    Berthet"), or under its standfirst ("Text: Sandra Küng"), when a page has two or more: a local page's items, each
    signed by its writer."""
    found = []
    for i, (_, t) in enumerate(lines):
        if not t.strip() or not _signature(t.strip()):
            continue
        above = _line_above(lines, i)
        if above is not None and not _headline_shaped(lines[above][1].strip()) and _standfirst_shaped(lines[above][1].strip()):
            above = _line_above(lines, above)
        if above is not None and _headline_shaped(lines[above][1].strip()):
            found.append(i)
    return found if len(found) >= 2 else []


def _signature(text: str) -> bool:
    """A writer's byline by its cue, maybe with its date after a bar: "Par Sophie Berthet", "Anna Kołodziej | 27
    sierpnia 2027, 11:40"."""
    reason = cue_reason(text)
    if reason == "byline":
        return True
    return reason == "timestamp" and "|" in text and is_name_only(text.split("|", 1)[0])


def _day_headers(markers: list[int], lines: Lines) -> list[int]:
    """Date lines that head a day's entries: a line giving the same day as the one before, when one of them gives no
    time, is the article's stamp under the page's date ("Quinta-feira, 20 de novembro de 2025", then "20 de novembro
    de 2025, 18h12"), not a new day."""
    # Each is weighed against the line before it, kept or not: the next item's stamp under the article's own one
    # ("04/11/2026 - 17:05" after "04/11/2026 - 12:18") is no stamp under the page's date. An update's stamp right
    # under the publication's ("Aktualisiert: 18.11.2026 - 16:05 Uhr") is the same header.
    kept = []
    for k, m in enumerate(markers):
        if k:
            a, b = lines[markers[k - 1]][1], lines[m][1]
            untimed = not (_CLOCK.search(a) and _CLOCK.search(b))
            between = lines[markers[k - 1] + 1 : m]
            adjacent = all(cue_reason(t.strip()) for _, t in between if t.strip())
            # Two reports of one day, each under its own date line, hold paragraphs between the two lines; a stamp
            # under the page's date holds at most a headline and a standfirst there.
            reported = sum(_paragraph(t) for _, t in between) >= _MIN_PARAGRAPHS + 1
            if (adjacent or (untimed and not reported)) and _same_day(a, b):
                continue
        kept.append(m)
    return kept


def _same_day(a: str, b: str) -> bool:
    days = [{x.value for x in find_mentions(t) if x.kind == "absolute"} for t in (a, b)]
    return bool(days[0] & days[1])


def _cut(lines: Lines, markers: list[int], min_words: int, spare: int = 0) -> list[Lines]:
    """The items between markers, or the whole page when there are fewer than two or more than ``spare`` parts hold no
    real text."""
    # A marker right under another ("Publié le ... à 6h40", then "Mis à jour le ... à 11h05") is the same header.
    markers = [
        m
        for k, m in enumerate(markers)
        if k == 0 or any(t.strip() and cue_reason(t.strip()) is None for _, t in lines[markers[k - 1] + 1 : m])
    ]
    if len(markers) < 2:
        return [lines]
    bounds = [0, *markers[1:], len(lines)]
    items = [lines[a:b] for a, b in itertools.pairwise(bounds)]
    # A first part of header alone (the page's own date line over the items) goes with the first item.
    while len(items) > 2 and _body_words(items[0]) == 0:
        items[:2] = [items[0] + items[1]]
    # Each part must hold a sentence of its own, or the markers were just repeated furniture.
    if sum(_body_words(item) < min_words for item in items) > spare:
        return [lines]
    return items


def _body_words(item: Lines) -> int:
    """The words of an item's sentences that no cue calls furniture."""
    body = [t for _, t in item if t.strip() and ends_sentence(_SIGNED.sub("", t)) and cue_reason(t) is None]
    return sum(len(t.split()) for t in body)


def _brief_headlines(lines: Lines) -> list[int]:
    """On a page of briefs, the headline lines: short, unpunctuated, after a blank line and before a sentence."""
    # The page's label ("En bref", "Krótko") stands over the briefs: among its first lines, or alone on a line.
    head = [t for _, t in lines if t.strip()][:3]
    if not any(BRIEFS_PAGE.search(t) for t in head) and not any(
        _briefs_label(t) and not _over_points(lines, i) for i, (_, t) in enumerate(lines)
    ):
        return []
    # A page without blank lines (a scraper's, one block a line) gives no blank line before a headline.
    text_lines = [t for _, t in lines]
    while text_lines and not text_lines[-1].strip():
        text_lines.pop()  # the file's final newline
    spaced = any(not t.strip() for t in text_lines)
    found = []
    for i, (_, text) in enumerate(lines):
        t = text.strip()
        if not t or ends_sentence(t) or len(t.split()) > 15 or cue_reason(t) or _briefs_label(t) or t.isupper():
            continue  # nor the page's label ("KORT OM"), which heads them all, nor a name in capitals ("CORREIO DO TEJO")
        before = lines[i - 1][1].strip() if i else ""
        # The brief's text, maybe under its time and its photo's caption ("Publicerad 09.20", "Foto: Privat").
        below = [x.strip() for _, x in lines[i + 1 :] if x.strip()][:3]
        after = next((x for x in below if not cue_reason(x) and not is_date_line(x)), "")
        # A brief may end on its writer's initials: "... pojadą zmienioną trasą. (kw)".
        if (not before or not spaced) and ends_sentence(_SIGNED.sub("", after)):
            found.append(i)
    return found


def _over_points(lines: Lines, i: int) -> bool:
    """Whether the line at ``i`` heads a list of points ("W skrócie:" over "• wyciek gazu ..."): the report's own
    summary, not a page of briefs."""
    below = next((t.strip() for _, t in lines[i + 1 :] if t.strip()), "")
    return bool(re.match(r"[•·▪*–-]\s", below))


def _briefs_label(text: str) -> bool:
    """A line that labels a page of briefs: "KORT OM", "NYHETER I KORTHET" (up to four words); a newsletter's name
    ("Morning Briefing") labels none."""
    found = BRIEFS_PAGE.search(text.strip())
    if found is None or len(text.split()) > 4 or cue_reason(text.strip()) == "summary box" or KEY_POINTS.match(text.strip()):
        return False  # "Das Wichtigste in Kürze" heads the article's own summary, not a page of briefs
    return found.group(0).lower() != "briefing" or found.group(0) == text.strip()


_SIGNED = re.compile(r"\s*\([^\W\d_]{1,6}(?:/[^\W\d_]{1,6})?\)\s*$")


# Lines that close an article: its tags and its comments.
_ARTICLE_END = ("navigation", "comment widget", "comment prompt", "comment policy")
# A second report must hold this many paragraphs of its own, which a teaser with its excerpt does not.
_MIN_PARAGRAPHS = 2


def _item_after_article_end(lines: Lines) -> list[int]:
    """[0, k] when line k opens a second report below the first one's end: after the article's paragraphs, its tags
    or comments, then maybe a section label ("BARRIOS"), a headline over paragraphs of their own."""
    paragraphs = [i for i, (_, t) in enumerate(lines) if _paragraph(t)]
    if not paragraphs:
        return []
    for i in range(paragraphs[0] + 1, len(lines)):
        if cue_reason(lines[i][1].strip()) not in _ARTICLE_END:
            continue
        below = next((t for _, t in lines[i + 1 :] if t.strip()), "")
        if table_row(below):
            continue  # a table's header over its rows ("Set | KS Wierzbin | Sokół Lipowiec | Czas"), no end
        rest = [j for j in range(i + 1, len(lines)) if lines[j][1].strip()]
        labels = list(itertools.takewhile(lambda j: _label(lines[j][1]), rest))
        if len(labels) > 1:
            continue  # a list of links, not one section's label
        after = rest[len(labels) :]
        if not after or not _headline(lines[after[0]][1]):
            continue
        body = list(itertools.takewhile(lambda j: _paragraph(lines[j][1]), after[1:]))
        if len(body) >= _MIN_PARAGRAPHS:
            return [0, labels[0] if labels else after[0]]
    return []


# A sport named as a kicker before a headline: "Fotball: Sørvik snudde kampen i Hjelmevik".
_SPORTS_KICKER = re.compile(
    r"^(?P<sport>sport|sports|fotball|fodbold|fotboll|football|soccer|fußball|fussball|calcio|fútbol|futebol|voetbal|"
    r"piłka nożna|hockey|ishockey|eishockey|handball|håndball|håndbold|basketball|basket|baloncesto|pallacanestro|"
    r"koszykówka|tennis|tenis|cycling|radsport|ciclismo|cyclisme|wielrennen|kolarstwo|rugby|cricket|golf|ski|skiing|"
    r"langrenn|längdskidor|ski alpin|athletics|friidrett|friidræt|friidrott|leichtathletik|atletica|atletismo|"
    r"lekkoatletyka|siatkówka|volleyball|volley|pallavolo|voleibol)\s*[:|–—-]\s*(?P<head>\S.+)$",
    re.I,
)


def _sports_brief(lines: Lines) -> list[int]:
    """[0, k] when line k is a sports brief's headline ("Fotball: Sørvik snudde kampen i Hjelmevik") over a
    paragraph, below two paragraphs of a report that never names that sport: local pages append results so."""
    if not any(_SPORTS_KICKER.match(t.strip()) for _, t in lines):
        return []  # most pages: no kicker, and no need to find their paragraphs
    paragraphs = [i for i, (_, t) in enumerate(lines) if _paragraph(t)]
    if len(paragraphs) < 2:
        return []
    for i in range(paragraphs[1] + 1, len(lines)):
        match = _SPORTS_KICKER.match(lines[i][1].strip())
        if match is None or not _headline(match.group("head")) or cue_reason(lines[i][1].strip()):
            continue
        after = next((j for j in range(i + 1, len(lines)) if lines[j][1].strip()), None)
        above = fold(" ".join(t for _, t in lines[:i] if _paragraph(t)))
        named = re.search(rf"\b{re.escape(fold(match.group('sport')))}", above)
        if after is not None and _paragraph(lines[after][1]) and not named:
            return [0, i]
    return []


def _paragraph(text: str) -> bool:
    t = text.strip()
    return len(t.split()) >= 12 and ends_sentence(t) and cue_reason(t) is None


def _headline(text: str) -> bool:
    t = text.strip()
    return 4 <= len(t.split()) <= 20 and not ends_sentence(t) and cue_reason(t) is None


def _label(text: str) -> bool:
    t = text.strip()
    return 1 <= len(t.split()) <= 3 and not ends_sentence(t) and cue_reason(t) is None
