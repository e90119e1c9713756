"""The story article's headline: a source title, trimmed of site names and rubrics."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsfuse.embeddings import Encoder
from newsfuse.grammar import has_verb
from newsfuse.records import Article
from newsfuse.summarize.figures import counts
from newsfuse.summarize.repairs import glued_headline
from newsfuse.temporal import MONTHS, WEEKDAYS
from newsfuse.textnorm import strip_accents

# " - Le Monde", " | RTL", " – BBC News", " - The Anti-June Cleaver" at the end of a title (a hyphen inside a word
# belongs to the name; a comma, a question or an exclamation does not: " - Charlie, es-tu là?").
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?:(?!\s[|–—-]\s)[^|–—,?!]){2,40}$")
# "VIDEO.", "EN DIRECT -", "Exclusive:", "UPDATE 2-" at the start.
_RUBRIC = re.compile(
    r"^(?:vid[ée]o|photos?|en direct|live|direct|exclusif|exclusive|breaking|update\s*\d*|info\s+\w+|alerte"
    # Opinion and analysis rubrics: the story article reports, whatever page its headline came from.
    r"|analysis|leader|comment|opinion|editorial|éditorial|analyse|tribune|kommentar|meinung|análisis|opinión"
    r"|analisi|commento|análise|opinião)\s*[.:|–—-]+\s*",
    re.I,
)


# "SignOnSanDiego.com > News > Nation -- TV reporter threatened ...": the site's path before the title.
_BREADCRUMB = re.compile(r"^(?:[^>]{1,40}\s>\s)+[^>]{1,40}?\s(?:--|[|–—])\s+")
# Words a site's own page title is made of, besides the site's name.
_SITE_WORDS = {
    "the", "online", "news", "home", "homepage", "page", "latest", "headlines", "breaking", "top", "article", "articles",
    "accessing", "sports", "sport", "crime", "website", "web", "site", "and", "net", "com", "edition", "daily",
    "actualites", "accueil", "nachrichten", "noticias", "notizie", "ultime", "startseite", "portada", "le", "la", "les",
    "die", "der", "el", "il", "de", "des", "du",
}


# What a site's slogan is made of: "The trusted news source for information on Japan", "Today's Top Breaking News
# Headlines for San Francisco and the Nation", "The Free Press -- Independent News Media".
_SLOGAN_WORDS = _SITE_WORDS | {
    "trusted", "source", "information", "independent", "media", "today", "todays", "s", "nation", "world", "local",
    "your", "for", "on", "of", "in", "a", "an", "from", "all", "best", "leading", "free",
}


_ARCHIVE_WORDS = {
    "older", "old", "archive", "archives", "archiv", "archivo", "archivio", "news", "posts", "stories", "articles",
    "entries", "of", "for", "from", "in", "des", "du", "de", "von", "aus", "del", "della", "the", "mois", "month",
}


# A live page's label after its title: "... chiuso l'aeroporto di Catania. LIVE", "... – live", "(en direct)".
_LIVE_AFTER = re.compile(
    r"\s*(?:[.:|–—-]\s*|\()(?:live|en direct|direct|in diretta|diretta|en vivo|en directo|ao vivo|em direto|na żywo|"
    r"liveblog|live-?ticker|direkte|direkt)\)?\s*$",
    re.I,
)
_RUBRIC_AFTER = re.compile(r"[:|]\s*(?:feature|features|newswire|article|story|archives?|index|front page)\s*$", re.I)


def is_site_title(title: str, outlet: str | None) -> bool:
    """True for a page title that names the site, not the story: "The Japan Times Online", "Latest News & Headlines",
    "Salt Lake Tribune Home Page", a slogan, or a bare date."""
    words = [strip_accents(w.lower()) for w in re.findall(r"[^\W\d_]+", title)]
    if not words or title.lower().rstrip(" .").endswith(("home page", "homepage")):
        return True
    if _RUBRIC_AFTER.search(title):  # "Tennessee Independent Media Center: feature": the site and a page type
        return True
    site = re.sub(r"[^a-z]", "", strip_accents((outlet or "").lower()))
    left = [w for w in words if w not in _SITE_WORDS and not (len(w) >= 3 and w in site)]
    if len(left) < 2 and len(words) <= 8:
        return True
    # A slogan: news words, at most two others, and at least one word saying "news" or "source".
    other = [w for w in left if w not in _SLOGAN_WORDS]
    if len(other) <= 2 and len(other) <= len(words) / 4 and {"news", "headlines", "source", "media"} & set(words):
        return True
    # An archive of a month: "Older News: November of 2004", "Archives for December 2004".
    months = [w for w in words if strip_accents(w) in MONTHS]
    if months and all(w in _ARCHIVE_WORDS or w in months for w in words) and len(words) > len(months):
        return True
    # A date and time alone: "Saturday November 20, 2004 6:23PM".
    return all(strip_accents(w) in MONTHS or strip_accents(w) in WEEKDAYS or w in ("pm", "am") for w in words)


def name_only(title: str, language: str) -> bool:
    """True for a title that is only a name ("Sozialdemokratische Partei Österreichs") in a language that writes its
    headlines in sentence case: every word is capitalised ("Jean-Yves Le Drian à Moscou" is a headline). English
    headlines are often in title case, so English titles never count."""
    if language == "en":
        return False
    found = re.findall(r"[^\W\d_]+", title)
    return len(found) >= 2 and not re.search(r"\d", title) and all(w[0].isupper() for w in found)


# What a blog or a section page glues after the title: "USA votes Posted by Mikko @ 08:11 GMT", "... market share:
# November 02, 2004: By : NETWORKING".
_POSTED = re.compile(
    r"\s+(?:posted|published|publié|veröffentlicht|publicado|pubblicato)\s+(?:by|par|von|por|da)\s+\S+(?:\s+\S+)?"
    r"\s*@\s*\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?$"
    r"|\s*:\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*:\s*By\b.*$",
    re.I,
)


def trim_title(title: str, outlet: str | None) -> str:
    """A source title without its site path, site suffix, rubric prefix or a post's byline and time."""
    text = " ".join(title.split())
    text = _POSTED.sub("", text)
    text = _BREADCRUMB.sub("", text)
    path = text.split(" > ")
    if len(path) >= 3 and all(len(part.split()) <= 5 for part in path):
        text = path[-1]  # "Box Office Mojo > People > Michael Keaton": the page's own part of the site's path
    text = _LIVE_AFTER.sub("", _RUBRIC.sub("", text))
    prefix = _SITE_PREFIX.match(text)
    if prefix and (_names_site(prefix.group(1), outlet) or _initials_of_site(prefix.group(1), outlet)):
        text = text[prefix.end() :]  # "Lansing State Journal:'Fockers' sets ..." (lsj.com)
    text = _CAPS_BYLINE.sub("", text)
    suffix = _SITE_SUFFIX.search(text)
    if suffix and _PAIRED.search(text[: suffix.start()]) and suffix.group(0).lstrip()[:1] in "–—-":
        suffix = None  # a route or a match after a colon: "etapa 4 en directo: Villarmenta – Collado Barrueco"
    if suffix and (outlet is None or len(suffix.group(0)) < len(text) / 2) and _site_shaped(suffix.group(0), outlet):
        text = text[: suffix.start()]
    elif (glued := _GLUED_SUFFIX.search(text)) and _names_site(glued.group(1), outlet):
        text = text[: glued.start()]  # "Sensex ends at new high- The Economic Times" (economictimes.indiatimes.com)
    return text.strip(" .").rstrip(" :")


def _site_shaped(suffix: str, outlet: str | None) -> bool:
    """Whether what follows a title's last dash can be a site's name: the outlet's own, or, for a known outlet, a
    name's shape (capitalised words, no figures). A clause after a dash is the headline's ("... konkurs – 212 mister
    jobben", "... konkurs: – En svart dag for kysten")."""
    if outlet is None or _names_site(suffix, outlet):
        return True
    words = re.findall(r"\w[\w'’.-]*", suffix)
    return 1 <= len(words) <= 5 and not re.search(r"\d", suffix) and all(
        w[:1].isupper() or w.lower() in _SITE_WORDS for w in words
    )


# One place or team alone after a colon, paired by a dash with the next: a route or a match, not a site's name after it.
_PAIRED = re.compile(r":\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}$")
# A name before a colon, cut only when it is the site's own: "Lansing State Journal:'Fockers' sets New Year's mark".
_SITE_PREFIX = re.compile(r"^([^:|–—]{2,40}?)\s*:\s*(?=\S)")
# A columnist's name in capitals before a colon: "MIKE WENDLAND: Ballmer talks up links to the Net".
_CAPS_BYLINE = re.compile(r"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,2}\s*:\s+(?=[A-Z\"'‘“][a-z])")


def _initials_of_site(text: str, outlet: str | None) -> bool:
    """True when the initials of ``text`` spell the site's name: "Lansing State Journal" for lsj.com."""
    host = strip_accents((outlet or "").lower()).removeprefix("www.").split(".")[0]
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() != "the"]
    return len(words) >= 2 and "".join(w[0] for w in words).lower() == host


# A suffix whose dash is glued to the title's last word: only cut when it is the site's own name.
_GLUED_SUFFIX = re.compile(r"(?<=\w)[|–—-]\s+([^|–—-]{2,40})$")


def _names_site(text: str, outlet: str | None) -> bool:
    """True when every word of ``text`` is part of the outlet's name or a word sites add to it ("The", "Online")."""
    site = re.sub(r"[^a-z]", "", strip_accents((outlet or "").lower()))
    words = [strip_accents(w.lower()) for w in re.findall(r"[^\W\d_]+", text)]
    return bool(site) and any(len(w) >= 3 and w in site for w in words) and all(
        w in _SITE_WORDS or (len(w) >= 3 and w in site) for w in words
    )


# Words a cut headline does not end on: articles, prepositions, conjunctions and auxiliaries in our languages.
_NO_LAST_WORDS = """
    a an the of to in on at for by with from over into and or but as than that which who whose is are was were be been
    has have had its their his her this these those le la les l un une des du de d au aux a et ou mais en dans sur par
    pour avec sans que qui dont est sont a ont son sa ses leur leurs ce cette der die das den dem des ein eine einen
    einem einer und oder aber von zu zum zur im am an auf aus mit nach bei fur uber ist sind war el la los las lo un
    una unos unas del al y o e en con por para que es fue il lo gli di da dei della delle nel nella con per che ed
    os as um uma do da dos das no na nos nas em com por para que foi het een van voor met op te en of dat
"""
_NO_LAST_WORD = frozenset(_NO_LAST_WORDS.split())


def choose_headline(
    articles: Sequence[Article],
    language: str,
    centroid: np.ndarray,
    encoder: Encoder,
    lead_text: str,
    lead_id: str,
    cited: Sequence[str] = (),
    limit: int = 24,
    verb_margin: float = 0.05,
    set_aside: frozenset[str] = frozenset(),
) -> tuple[str, str]:
    """The title, in the summary's language, closest to the story's centre; else the lead's first clause.

    At most ``limit`` distinct titles are compared, those of the ``cited`` articles first. A title giving a count the
    article ``set_aside`` (its sources differ, and the article gives another) is taken only when no other title is left.
    """
    rank = {aid: k for k, aid in enumerate(dict.fromkeys(cited))}
    ordered = sorted(articles, key=lambda a: rank.get(a.id, len(rank)))
    seen: set[str] = set()
    titled = []
    for a in ordered:
        if a.language != language:
            continue
        # A page's own headline may sit glued before its first sentence, when its <title> names only the site or
        # a place ("Lakeland, Polk County, Florida").
        glued = glued_headline(a.sentences[0].text) if a.sentences else None
        for title in (trim_title(a.title or "", a.outlet), glued or ""):
            if (
                3 <= len(title.split()) <= 25
                and title not in seen
                and not is_site_title(title, a.outlet)
                and not name_only(title, language)
            ):
                seen.add(title)
                titled.append((a, title))
    titled = titled[:limit]
    clause = _lead_clause(lead_text, language)
    if set_aside:
        kept = [t for t in titled if not {v for v, _ in counts(t[1], language)} & set_aside]
        # Every title states a count the sources dispute: a title without the clause that states it ("... daña la
        # torre de la iglesia de Torres de Alhamar y deja once heridos"), else the lead's clause if it states none.
        kept = kept or [(a, cut) for a, title in titled if (cut := title_without_counts(title, set_aside, language))]
        titled = kept or ([] if not {v for v, _ in counts(clause, language)} & set_aside else titled)
    if titled:
        vectors = encoder.encode([t for _, t in titled], language)
        closeness = vectors @ centroid
        best = int(np.argmax(closeness))
        # An English headline says what happened with a verb: a title with one nearly as close to the centre beats a
        # label ("UEFA Champions League", "Excerpts from report on torture in Chile"). French and German headlines are
        # often nominal ("Autocar dans un ravin en Savoie : huit morts"), so they are left to closeness alone.
        if language == "en" and has_verb(titled[best][1], language) is False:
            near = [i for i in range(len(titled)) if closeness[i] >= closeness[best] - verb_margin]
            verbs = [i for i in near if has_verb(titled[i][1], language)]
            if verbs:
                best = max(verbs, key=lambda i: float(closeness[i]))
        return titled[best][1], titled[best][0].id
    return clause, lead_id


# Where a title's last clause starts: a conjunction, a comma, a colon or a spaced dash.
_LAST_CLAUSE = re.compile(r"\s(?:y|e|and|und|et|en|og|och|i|a)\s|,\s|:\s|\s[–—-]\s")


def title_without_counts(title: str, set_aside: frozenset[str], language: str) -> str | None:
    """The longest opening of a title, cut where a clause starts, that states none of the counts ``set_aside`` and
    still reads as a headline (five words or more, with a verb); else None."""
    for cut in reversed([m.start() for m in _LAST_CLAUSE.finditer(title)]):
        head = title[:cut].rstrip(" ,;:")
        if (
            len(head.split()) >= 5
            and not {v for v, _ in counts(head, language)} & set_aside
            and has_verb(head, language) is not False
        ):
            return head
    return None


def _lead_clause(lead_text: str, language: str) -> str:
    """The lead's first clause as a headline, cut at 14 words."""
    clause = re.split(r",\s", lead_text, maxsplit=1)[0].rstrip(".")
    # "On June 15" or "In Paris" opens the sentence and says nothing on its own; nor does a longer opening phrase
    # without a verb ("For the first time in history").
    if len(clause.split()) < 5 or has_verb(clause, language) is False:
        clause = lead_text.rstrip(".")
    words = clause.split()
    if len(words) <= 14:
        return clause
    cut = words[:14]
    while len(cut) > 5 and strip_accents(cut[-1].lower().strip(",;:'\"«»“”")) in _NO_LAST_WORD:
        cut.pop()  # "... closer to the Energy Department's goal of a…" ends on a word that leads on
    return " ".join(cut).rstrip(",;:") + "…"
