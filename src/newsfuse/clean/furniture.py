"""Line-level furniture detection: every line is kept or removed, and every removal has a reason.

The decision draws on cues (``cues.py``), on shape (length, sentence punctuation, capitalisation, position on the
page, repetition of another line) and on evidence across documents (``LineStats``). No rule removes a line for being
short alone: shape rules need a second signal (a credit beside it, a list header above it, a place above the title or
after the last news paragraph).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsfuse.clean import cues
from newsfuse.clean.metadata import AGENCIES
from newsfuse.clean.sentences import split_sentences
from newsfuse.temporal import find_mentions
from newsfuse.textnorm import fold as _fold_uncached
from newsfuse.textnorm import strip_accents

# Each line is folded by several rules and for the batch's line statistics: fold it once.
fold = lru_cache(maxsize=100_000)(_fold_uncached)

# The closing quote may be German ("... trotzdem.“") as well as English or French.
_SENTENCE_END = re.compile(r"[.!?…:;。！？](?:[ \u00a0\u202f]?['\"»”’“‘)\]」])*$")
_ELLIPSIS_END = re.compile(r"(?<!\()(\.\.\.|…)['\"»”’]?\s*$")
_BREADCRUMB_SEP = re.compile(r"\s+(?:-|>|»|\||/|›|•|·)\s+")
_TIME = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b")
_CAPITALISED = re.compile(r"^[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]*$|^(de|von|van|den|der|ter|da|do|dos|das|du|del|di|al|el|le|la)$")
# A line that is one quotation, opened at its start and closed only at its end: «Non ci arrenderemo».
_QUOTE_LINE = re.compile(r"^[«\"“„‘‹»][^«»\"“”„‹›]{3,}[»\"”“’›«]$")
_NUMBERS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_NON_ALNUM = re.compile(r"\W+")

# Decisions that keep a line.
KEPT = ("news", "heading", "title", "standfirst")
# A news paragraph: long enough to anchor the page's zones (header above the first, footer below the last).
_PARAGRAPH_WORDS = 10
_HEADING_WORDS = 12
# Furniture that stands beside an author's name alone on a line: the page's date, reading time, audio player.
_BYLINE_NEIGHBOURS = ("timestamp", "reading time", "byline", "notification prompt")
# Recurrence across documents is counted for lines up to this many words.
_RECURRENCE_WORDS = 15


@dataclass(frozen=True)
class LineDecision:
    """The fate of one raw line: kept as news, heading or title, or removed as furniture with a reason."""

    number: int
    text: str
    reason: str
    repaired: str | None = None  # the text kept after a repair (a credit or sign-off cut off), when it differs
    repair: str = ""  # what the repair did, shown by ``newsfuse clean --explain``

    @property
    def kept(self) -> bool:
        """True when the line stays in the article."""
        return self.reason in KEPT

    @property
    def shown(self) -> str:
        """The text the article keeps for this line: the repaired text, or the line as it came."""
        return self.repaired if self.repaired is not None else self.text


@dataclass
class LineStats:
    """Evidence across documents: which articles (of which outlet) carry each short line."""

    by_outlet: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    by_line: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    sentences: dict[str, set[str]] = field(default_factory=dict)

    def add(self, article_id: str, outlet: str | None, lines: Iterable[str]) -> None:
        """Record the short lines of one article, and its long sentence lines for telling copies apart."""
        long_lines = set()
        for line in lines:
            key = fold(line)
            if not key:
                continue
            if len(key.split()) <= _RECURRENCE_WORDS:
                self.by_line[key].add(article_id)
                if outlet:
                    self.by_outlet[(outlet, key)].add(article_id)
            elif ends_sentence(line):
                long_lines.add(key)
        self.sentences[article_id] = long_lines

    def unrelated_count(self, line: str) -> int:
        """In how many articles that share no sentence with each other (so not copies) ``line`` recurs."""
        groups: list[set[str]] = []
        for article_id in sorted(self.by_line.get(fold(line), ())):
            mine = self.sentences.get(article_id, set())
            if not any(mine & g for g in groups):
                groups.append(set(mine))
        return len(groups)

    def outlet_count(self, outlet: str | None, line: str) -> int:
        """How many articles of ``outlet`` carry ``line``."""
        if not outlet:
            return 0
        return len(self.by_outlet.get((outlet, fold(line)), ()))


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (punctuation, maybe a closing quote)."""
    return bool(_SENTENCE_END.search(line.strip()))


def _is_statement(line: str) -> bool:
    """A line ending like a declarative sentence (a full stop, not an ellipsis, a question or a colon)."""
    text = line.strip()
    return ends_sentence(text) and not _ELLIPSIS_END.search(text) and text.rstrip("'\"»”’“‘)]").endswith(".")


def _is_paragraph(line: str) -> bool:
    """A line of running text: a sentence of some length, not cut off with an ellipsis."""
    text = line.strip()
    return ends_sentence(text) and not _ELLIPSIS_END.search(text) and len(text.split()) >= _PARAGRAPH_WORDS


def _is_menu_run(line: str) -> bool:
    """A run of section names ruled with dashes: "Programs ------ RADIO ------ AM Back. Briefing Business ...".

    A line of capitalised words alone is not enough: subheadings in title case and scripts without case look alike.
    """
    # The substring test first: the pattern alone backtracks over every long line.
    return "----" in line and bool(_DASH_RULE.search(line))


_DASH_RULE = re.compile(r"\w.*?-{4,}.*\w")


def _is_spaced_menu(line: str) -> bool:
    """Four or more short items set apart by runs of spaces, as a menu's links come out of a page: "Nyheder  Lokalt
    Sport  Debat  112  E-avis  Log ind"."""
    parts = re.split(r"\s{2,}", line)
    # A longer item among many ("8 On Your Side") still makes a menu.
    short = all(len(p.split()) <= 3 for p in parts) or (len(parts) >= 6 and all(len(p.split()) <= 4 for p in parts))
    return len(parts) >= 4 and short and not ends_sentence(line)


def _byline_row(line: str) -> bool:
    """A row opening on the author and holding the date: "Por Noelia Carril | Porto de Albeiras | 18.02.2027"."""
    parts = [p.strip() for p in line.split(" | ")]
    return (
        len(parts) <= 5
        and _line_cue(parts[0]) == "byline"
        and any(_is_timestamp(p) for p in parts[1:])
    )


def _is_keyword_list(line: str) -> bool:
    """A page's search keywords or tags, comma-separated and in lower case, with no sentence's end: "calendario stock
    car 2018, stock car brasil, stock car cascavel, ...". Six items at least, of at most six words each."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 6 or ends_sentence(line) or not all(1 <= len(p.split()) <= 6 for p in parts):
        return False
    if 2 * sum(p.isdigit() for p in parts) > len(parts):
        return False  # a row of results with decimal commas: "1. Eirik Moe, NOR, 139,5, 141,0, 288,4"
    return sum(p[:1].islower() or p[:1].isdigit() for p in parts) >= 0.8 * len(parts)


# One short sentence closed by an agency after a dash: a photo's caption with its credit.
_AGENCY_AFTER_DASH = re.compile(r"^[^.!?]+[.]\s[-–]\s(?:Belga|AFP|ANP|Reuters|dpa|EFE|ANSA|Lusa|PAP|TT|NTB|Ritzau|APA)\s*$")
# An agency and a paper (a name with a press word) as the report's joint source.
_REPORTER_AND_AGENCY = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?: (?:van|de|der|den|ten|ter|von|da|di|del|dos|le|la|[A-ZÀ-Ý][\w'’-]+)){1,4}\s*"
    r"(?:og|och|und|and|et|e|y|i|en|&|met|with|mit|avec|con|com)\s+"
    r"(?:ANP|AFP|dpa|DPA|EFE|Lusa|ANSA|PAP|Reuters|AP|TT|NTB|Ritzau|Belga|APA|SDA|ATS|Europa Press)$"
)
_AGENCY_AND_PAPER = re.compile(
    r"^(?:lusa|efe|ansa|afp|dpa|apa|anp|belga|pap|reuters|ap|tt|ntb|ritzau|sda|ats)\s*(?:/|og|och|und|and|et|e|y|i|en|&)\s*"
    r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3} (?:avis|zeitung|nyheter|nyheder|tidning|post|bote|kurier|journal|"
    r"gazeta|krant|diario|giornale|jornal|courant|dagblad|tidende|blad|bladet)$",
    re.I,
)


# A photo's credit in brackets closing its caption, an outlet or agency and the photographer: "(Ticino Ora / Sara
# Molinari)"; a sentence closes with its full stop after the bracket instead.
_PAREN_CREDIT = re.compile(r"\s\([A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3} ?/ ?[A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3}\)$")
# Pointers and media marks before a line; not "©" nor a comment's "👍", which cues read.
_LEADING_SYMBOLS = re.compile(r"^[➜➔→►▶▸▷⏵⏩🔊🔉🎧📷📸🎥📹🔴🔗👉📰✉📧📩\ufe0f]+\s*")


# The newsroom's mark after the agencies it edited: "ATS/AFP/réd.", "dpa/red".
_NEWSROOM_MARK = re.compile(r"\s*/\s*(?:réd|red|rédaction|redaktion|redazione|redacción)\.?$", re.I)
# A line of hashtags only: "#Valsorda #acqua #protezionecivile".
_HASHTAGS = re.compile(r"^#[\w-]+(?:\s+#[\w-]+)+$")


def _undecorated(text: str) -> str:
    """The line without the symbols a site sets before it (an arrow, a loudspeaker) or the dashes framing it; a dash
    before a quotation alone stays ("– Vi fikk melding ...")."""
    text = _LEADING_SYMBOLS.sub("", text)
    framed = re.fullmatch(r"[—–-]+\s*(.+?)\s*[—–-]+", text)
    return framed.group(1) if framed else text


@lru_cache(maxsize=1 << 16)
def cue_reason(line: str) -> str | None:
    """The furniture reason a line's wording or shape gives on its own, or None (remembered: splitting a page into
    items and classifying its lines ask for the same lines)."""
    stripped = line.strip()
    reason = _line_cue(stripped)
    if reason is None and (bare := _undecorated(stripped)) not in (stripped, ""):
        return _line_cue(bare)  # "➜ Veja também: ...", "🔊 Ouvir notícia", "— Anúncio —"
    return reason


def _line_cue(stripped: str) -> str | None:
    """The furniture reason of a stripped line, as ``cue_reason`` gives it."""
    if _PAREN_CREDIT.search(stripped):
        return "caption with credit"  # "Una carrozzeria ... in attesa di perizia (Ticino Ora / Sara Molinari)"
    if stripped[:1] == "[" and stripped[-1:] == "]" and "]" not in stripped[1:-1]:
        return cue_reason(stripped[1:-1])  # a bracketed button: "[Subscribe]", "[Jetzt kostenlos anmelden]"
    if cues.SIGNOFF_LINE.match(stripped):
        return "agency sign-off"
    if cues.COUNTER_LINE.match(stripped):
        return "counter"
    if cues.GALLERY_LINE.match(stripped):
        return "gallery caption"
    if cues.NEWSROOM_BYLINE.match(stripped):
        return "byline"
    if cues.AGENCY_NAME.match(stripped) and all(p.strip().lower() in AGENCIES for p in stripped.split("/")):
        return "byline"  # "ATS/AFP" under a standfirst: the agencies the report comes from, not a photo's credit
    agencies = _NEWSROOM_MARK.sub("", stripped)
    if agencies != stripped and all(p.strip().lower() in AGENCIES for p in agencies.split("/")):
        return "byline"  # "ATS/AFP/réd.": the agencies, then the newsroom that edited their copy
    if _HASHTAGS.match(stripped):
        return "tags"
    if _AGENCY_AND_PAPER.match(stripped):
        return "byline"  # "Ritzau / Skovlund Avis", "NTB og Havnevik Avis": the report's sources, not a photo's
    if _REPORTER_AND_AGENCY.match(stripped):
        return "byline"  # "Marieke ten Hove en ANP": the reporter and the agency whose copy she used
    if cues.AGENCY_NAME.match(stripped) and stripped.count("/") == 1:
        return "photo credit"
    if (
        cues.CAPS_CREDIT.match(stripped)
        or cues.PERSON_CREDIT.match(stripped)
        or cues.AGENCY_PHOTOGRAPHER.match(stripped)
        or cues.AGENCY_PHOTOGRAPHER_CAPS.match(stripped)
    ):
        return "photo credit"
    if cues.DEATH_NOTICE.match(stripped):
        return "obituary"
    if _is_menu_run(stripped) or _is_spaced_menu(stripped):
        return "navigation"
    if _is_keyword_list(stripped):
        return "tags"
    if table_row(stripped):
        return None  # a table's row of counts ("Razem | 109 | 107 | 130 min"): the page decides what the table is
    folded = fold(stripped)
    short = len(folded.split()) <= cues.SHORT_LINE_WORDS
    for cue in cues.CUES if short else cues.STRONG_CUES:
        if cue.pattern.search(folded):
            if cue.reason == "navigation" and " | " in stripped and _byline_row(stripped):
                return "byline"  # "Por Noelia Carril | Porto de Albeiras | 18.02.2027 | 09:05": no menu, though alike
            return cue.reason
    if cues.SCORE_LINE.match(stripped):
        return "score widget"
    n_words = len(stripped.split())
    if cues.GLUED_CREDIT.search(stripped) or cues.AGENCY_FIRST_CREDIT.search(stripped):
        return "caption with credit"
    if n_words <= 25 and _AGENCY_AFTER_DASH.search(stripped):
        return "caption with credit"  # "Le parking ... bouclé par la police durant toute la matinée. - Belga"
    if n_words <= 30 and not ends_sentence(stripped) and cues.POSITION_MARKER.search(stripped):
        return "photo caption"
    if n_words <= 30 and _INITIALS_CREDIT.search(stripped):
        return "caption with credit"  # "... durante la reapertura. / N. C."
    if (
        n_words <= 20
        and not ends_sentence(stripped)
        and (cues.BYLINE.match(stripped) or cues.AGENCY_BYLINE.match(stripped) or cues.BYLINE_FORMS.match(stripped))
    ):
        return "byline"
    if n_words <= 30 and (
        cues.AUTHOR_BIO.match(stripped) or cues.AUTHOR_BEAT.match(stripped) or cues.AUTHOR_CONTACT.match(stripped)
    ):
        return "author bio"
    if n_words <= 16 and _is_timestamp(stripped):
        return "timestamp"
    if n_words <= 24 and _is_dateline_row(stripped):
        return "timestamp"
    if n_words <= 30 and (row := _furniture_row(stripped)):
        return row
    # A site's name before the date of the page: "The Japan Times: Nov. 17, 2004".
    source, colon, when = stripped.partition(": ")
    named = 1 <= len(source.split()) <= 4 and all(w[:1].isupper() for w in source.split())
    if colon and n_words <= 12 and named and _is_timestamp(when):
        return "timestamp"
    # A section's label before the page's date: "Lokaal nieuws, dinsdag 12 oktober 2027".
    label, comma, when = stripped.partition(", ")
    if comma and 1 <= len(label.split()) <= 3 and not any(c.isdigit() for c in label) and is_date_line(when):
        return "timestamp"
    return None


def glued_furniture(line: str) -> tuple[str, tuple[str, str]] | None:
    """Split a paragraph from the furniture glued into it: (paragraph, (furniture, reason)), or None.

    Feeds and extractors often join page tools, prompts and notices to a paragraph ("... na última década. Comunicar
    erros Enviar por e-mail Imprimir"), so the line as a whole reads as news. Its sentences that a cue marks are cut,
    wherever they stand, as long as one sentence is left.
    """
    if not _MORE_THAN_ONE_SENTENCE.search(line):
        return None
    parts = split_sentences(line)
    if len(parts) < 2:
        return None
    reasons = [_sentence_cue(part) for part in parts]
    if all(reasons) or not any(reasons):
        return None
    kept = " ".join(p for p, r in zip(parts, reasons, strict=True) if r is None)
    cut = " ".join(p for p, r in zip(parts, reasons, strict=True) if r is not None)
    return kept, (cut, next(r for r in reasons if r is not None))


# A sentence end followed by more text: a line that may hold two sentences or more.
_MORE_THAN_ONE_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*\s+\S")


def _sentence_cue(sentence: str) -> str | None:
    found = cue_reason(sentence)
    if found is None and not ends_sentence(sentence) and cues.TOOLS_ROW.search(fold(sentence)):
        found = "share widget"
    return found


def _noted(repair: str, note: str) -> str:
    """The repairs of a line so far, with one more."""
    return f"{repair}; {note}" if repair else note


def _glued_title(line: str, title: str | None) -> str | None:
    """The known title (four words or more) when a line starts with it and goes on, after a space or a separator,
    with a new capitalised sentence of three words or more: feeds glue them. Otherwise None."""
    if not title or len(title.split()) < 4 or not line.startswith(title.strip()):
        return None
    rest = line[len(title.strip()) :]
    body = rest.lstrip(" :|-–—")
    starts_anew = body[:1].isupper() or body[:1] in "\"«“„"
    return title.strip() if rest[:1] in " :|-–—" and starts_anew and len(body.split()) >= 3 else None


def _news_before_glued_tools(line: str) -> tuple[str, tuple[str, str]] | None:
    """``glued_furniture`` of a line whose kept part is news: six words or more, a full sentence, no cue."""
    glued = glued_furniture(line)
    if glued is None:
        return None
    head = glued[0]
    return glued if len(head.split()) >= 6 and ends_sentence(head) and cue_reason(head) is None else None


def _word_set(text: str) -> frozenset[str]:
    return frozenset(strip_accents(w) for w in text.split())


# Words a timestamp line may hold besides numbers, months and weekdays: "Publié le", "am", "Uhr", "às", "godz.".
_TIMESTAMP_WORDS = _word_set(
    "le la les am um on at the el il lo em a à as às o de del di du des den der dem w dnia r roku godz uhr h hs hrs "
    "horas ore heures hours hour heure stunden stunde godzin godziny godzina min mins minutes minute minuten minutos "
    "minuti minut minuty pm am p m gmt utc cet cest bst edt est pst cdt et mez mesz wet west y il a ago vor hace fa ha há "
    "temu hier yesterday gestern ayer ieri ontem wczoraj today aujourd hui heute hoy oggi hoje dzisiaj et and und "
    "e i y publie publiee actualise mis a jour modifie published updated posted veroffentlicht aktualisiert stand "
    "publicado actualizado pubblicato aggiornato atualizado opublikowano zaktualizowano aktualizacja aktualizowano "
    "th st nd rd aest aedt acst awst nzst nzdt pdt pt edt mdt cst mst ist "
    "om uur gepubliceerd bijgewerkt laatst laatste update kl publicerad uppdaterad publiceret opdateret publisert oppdatert sist alle alla las"
)
_MONTH_WORDS = _word_set(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil okt mrt "
    "sept oct nov déc january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep oct nov dec januar februar märz april mai juni juli august september oktober "
    "november dezember jän jänner feber enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre ene abr ago dic gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
    "ottobre novembre dicembre genn febbr magg giu lug ott janeiro fevereiro março abril maio junho julho agosto "
    "setembro outubro novembro dezembro fev mai out dez stycznia lutego marca kwietnia maja czerwca lipca "
    "sierpnia września października listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień "
    "wrzesień październik listopad grudzień sty lut kwi cze lip sie wrz paź lis gru januari februari maart mei "
    "juni juli augustus oktober januar februar marts maj augusti oktober desember dezember maj sty lut kwi cze lip sie wrz paź lis gru"
)
_WEEKDAY_WORDS = _word_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday "
    "mon tue wed thu fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes "
    "miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda "
    "terça quarta quinta sexta feira poniedziałek wtorek środa czwartek piątek sobota niedziela maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag "
    "onsdag torsdag fredag lørdag søndag ma wo vr za zo pon wt śr czw pt sob niedz"
)


def is_date_line(line: str) -> bool:
    """A line holding a full date and nothing else but weekdays and times ("Lundi 21 décembre 2015", "21.12.2015")."""
    return _is_timestamp(line) and bool(re.search(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}\b", line))


def is_day_header(line: str) -> bool:
    """A date line that opens on the date itself ("Tuesday 1 June 2027", "18.11.2026, 14:05"), not on a stamp's word
    ("Posted: 31 May 2027, 4:15 pm"): what may head a day's entries."""
    first = re.match(r"\W*([^\W_]+)", strip_accents(fold(line)))
    head = first.group(1) if first else ""
    return is_date_line(line) and (head.isdigit() or head in _WEEKDAY_WORDS or head in _MONTH_WORDS)


def _over_an_update(page: _Page, n: int) -> bool:
    """Whether the line after line ``n`` is an update's time ("06.12"), or the next update begins after it (the page
    is cut at its times): a day header heads them, a page's date among its stamps does not."""
    after = [t for m, t in page.content if m > n][:1]
    return not after or bool(cues.TIME_HEADER.match(after[0].strip()))


def stamp_lines(decisions: Sequence[LineDecision]) -> list[str]:
    """The lines of an item that date it: its timestamps, a byline giving its date ("Von Martina Gruber | 10.11.2027,
    16:48 Uhr") above the report's last line, and a live page's day headers kept as headings."""
    last_news = max((k for k, d in enumerate(decisions) if d.reason == "news"), default=-1)
    return [
        d.text
        for k, d in enumerate(decisions)
        if d.reason == "timestamp"
        or (d.reason == "heading" and is_live_day_header(d.text))
        # (a byline further down heads another page's report: "Meistgelesen ... Von X | 3. März 2027")
        or (d.reason == "byline" and k < last_news and any(m.kind == "absolute" for m in find_mentions(d.text)))
    ]


def is_live_day_header(line: str) -> bool:
    """A day alone, maybe with its weekday and year, as a live page prints it over that day's updates ("Tirsdag 9.
    februar", "Środa, 26 maja 2027"): no clock, no stamp's word."""
    first = re.match(r"\W*([^\W_]+)", strip_accents(fold(line)))
    head = first.group(1) if first else ""
    opens = head.isdigit() or head in _WEEKDAY_WORDS
    return opens and len(line.split()) <= 6 and _is_timestamp(line) and not re.search(r"\b\d{1,2}[:.h]\d{2}\b", line)


def _is_timestamp(line: str) -> bool:
    """A line holding only a date or time with the words that go with them ("3 aprile 2025 | 08:14", "Hier à 18:32")."""
    tokens = re.findall(r"[^\W\d_]+|\d+", strip_accents(fold(line)))
    if not tokens or not any(t.isdigit() for t in tokens):
        return False
    has_date = bool(re.search(r"\b\d{1,2}[./·-]\d{1,2}[./·-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", line))
    for token in tokens:
        if token.isdigit() or token in _TIMESTAMP_WORDS or token in _WEEKDAY_WORDS:
            continue
        if token in _MONTH_WORDS:
            has_date = True
            continue
        return False
    return has_date or bool(_TIME.search(line)) or any(m.kind == "absolute" for m in find_mentions(line))


def _row_parts(line: str) -> list[str]:
    """The parts of a row of page items set apart by " | ", " · ", " • ", " / " or a run of spaces ("Akkoord  Instellingen
    aanpassen")."""
    # A bracketed button ("[Subscribe]", "[Accetta]") is read without its brackets.
    parts = re.split(r"\s+[|·•/]\s+|\s{2,}", line.strip())
    return [p.strip(" []→←▸►") for p in parts if p.strip(" []→←▸►")]


# A count, a score, a share or a change in a table's cell: "13", "133,5", "2 412", "31,4 %", "+7,9".
# (a Swiss count's thousands apart with an apostrophe: "9'842")
_COUNT = re.compile(r"^[+−-]?\d{1,3}(?:[  '’]\d{3})*(?:[.,]\d{1,2})?\s?%?$")


def table_row(line: str) -> bool:
    """A score table's row, ruled with bars, with two counts or scores or more ("Holmstrup HK | 13 | 15 | 28"), or set
    in columns of spaces with three whole counts or more ("Kilbarran   3   3   1   24"). A lottery's numbers come set
    apart by dots, a ticker's prices with their decimals."""
    if "|" in line:
        # Two plain counts, or three of any kind: a comment's votes ("odpowiedz | +112 | -3") are signed.
        counts = [p for p in _row_parts(line) if _COUNT.match(p)]
        return len(counts) >= 3 or sum(p[:1].isdigit() for p in counts) >= 2
    columns = re.split(r"\s{2,}", line.strip())
    return "·" not in line and len(columns) >= 4 and sum(bool(re.fullmatch(r"\d{1,3}", c)) for c in columns) >= 3


def _live_headline(page: _Page, n: int, text: str, title: int) -> bool:
    """Whether a kicked line ("LIVE: Ekstremværet «Hedda» slår inn over kysten") is the page's own headline: it shares
    two longer words with the title and the paragraph right under it opens the report."""
    kicker = _LIVE_KICKER.match(text.strip())
    if kicker is None:
        return False
    numbers = [m for m, _ in page.content]
    at = numbers.index(n)
    below = page.content[at + 1][1] if at + 1 < len(numbers) else ""
    head = page.repairs[title][0]
    if _repeat_key(text[kicker.end() :]) == _repeat_key(head):
        return False  # the title's headline again, word for word: a repeat
    shared = _content_words(text[kicker.end() :]) & _content_words(head)
    return len(shared) >= 2 and _is_paragraph(below)


def _rewords_title(page: _Page, text: str) -> bool:
    """Whether a headline-shaped line rewords the page's title: three of its longer words at least, and most of those
    of the shorter of the two."""
    title = next((t for m, t in page.content if page.reasons.get(m) == "title"), "")
    shared, mine, theirs = _title_overlap(text, title)
    return shared >= 3 and shared >= 0.6 * min(mine, theirs)


def _title_overlap(text: str, title: str) -> tuple[int, int, int]:
    """For a headline-shaped line: the longer words it shares with ``title``, and how many each holds (all 0 for a
    line of another shape)."""
    if not 4 <= len(text.split()) <= 25 or ends_sentence(text):
        return 0, 0, 0
    words, wanted = _content_words(text), _content_words(title)
    return len(words & wanted), len(words), len(wanted)


def _furniture_row(line: str) -> str | None:
    """The reason of a row of page links set apart by " · " or " | ", when at least half of its parts are furniture on
    their own ("Comments (87) · Join the conversation", "Logga in | Bli prenumerant – första månaden för 1 kr")."""
    parts = _row_parts(line)
    if len(parts) < 2 or _is_statement(line):
        return None
    if table_row(line):
        return None
    reasons = [cue_reason(p) for p in parts]
    found = [r for r in reasons if r]
    if 2 * len(found) >= len(parts):
        return found[0]
    # A menu: five or more short capitalised links ("País / Sociedade / Mar / Economia / Desporto"), one of them
    # perhaps of four words among six or more ("Nachbarn: Polen & Tschechien").
    longer = sum(len(p.split()) == 4 for p in parts)
    short = all(len(p.split()) <= 4 for p in parts) and (longer == 0 or (longer == 1 and len(parts) >= 6))
    if len(parts) >= 5 and short and all(p[:1].isupper() for p in parts) and not ends_sentence(line):
        return "navigation"
    return None


def _is_dateline_row(line: str) -> bool:
    """The page's date in a row with a place, a byline or the reading time: "Santa Olaya de Mar | 12/03/2025 - 19:40
    h", "París - 12 mar 2026 - 21:17 CET", "Von Jörg Weiland | 19.11.2024, 14:05 Uhr | Lesedauer: 2 Min.", "21 novembre 2024 - 09:15 · Lettura 3 min"."""
    parts = _row_parts(line)
    if len(parts) < 2:
        parts = re.split(r"\s+[-–—]\s+", line.strip())  # "París - 12 mar 2026 - 21:17 CET"
    if len(parts) < 2:
        return False
    stamps = [p for p in parts if _is_timestamp(p)]

    def belongs(part: str) -> bool:
        return (
            part in stamps
            or (len(part.split()) <= 4 and part[:1].isupper() and not ends_sentence(part))
            or bool(cues.BYLINE.match(part))
            or _READING_TIME.match(fold(part)) is not None
        )

    return bool(stamps) and all(belongs(p) for p in parts)


# "Lesedauer: 2 Min.", "Lettura 3 min", "3 min read": the reading time inside a row.
_READING_TIME = re.compile(
    r"^(?:(?:lesedauer|lesezeit|lettura|lecture|lectura|leitura|reading time|read time|czas czytania|leestijd|lästid|"
    r"læsetid|lesetid|tempo di lettura|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*(?:min\.?|minuten|minutes?|"
    r"minuti|minutos|minut)?|\d+\s*(?:min\.?|minutes?)\s+(?:read|de lecture|lesezeit|di lettura|de lectura|de leitura))$"
)


def _mentions_outlet(line: str, outlet: str | None) -> bool:
    if not outlet or len(outlet) < 3:
        return False
    name, text = strip_accents(fold(outlet)), strip_accents(fold(line))
    # "Northfield Post" on a line also counts for the outlet "Northfield Post Media Company".
    return name in text or (len(text) >= 6 and len(text.split()) >= 2 and text in name)


def is_name_only(line: str) -> bool:
    """A line of one to four capitalised words (and name particles) and nothing else: a person's or a body's name."""
    tokens = line.strip().split()
    if not 1 <= len(tokens) <= 4 or ends_sentence(line) or any(ch.isdigit() for ch in line):
        return False
    return all(_CAPITALISED.match(t) for t in tokens) and any(t[0].isupper() for t in tokens)


def cut_credit(line: str) -> tuple[str, str] | None:
    """Split a caption glued to its credit ("...(EI).Vasily Maximov/AFP") into (caption, credit), or None."""
    match = cues.GLUED_CREDIT.search(line)
    if not match:
        return None
    start = match.start()
    # Keep the caption's closing punctuation, which the pattern consumed as the glue.
    while start < len(line) and line[start] in '.)»"” ':
        start += 1
    caption, credit = line[:start].rstrip(), line[start:].strip(" -[]()")
    if not caption or not credit:
        return None
    return caption, credit


def _repeat_key(line: str) -> str:
    """The line as letters and digits only (credit cut, case, accents and punctuation folded), for repetition."""
    cut = cut_credit(line)
    text = cut[0] if cut else line
    return _NON_ALNUM.sub("", strip_accents(fold(text)))


def _grams(key: str, n: int = 5) -> set[str]:
    return {key[i : i + n] for i in range(max(1, len(key) - n + 1))}


@dataclass
class _Page:
    """Working state while one item's lines are classified."""

    content: list[tuple[int, str]]
    reasons: dict[int, str] = field(default_factory=dict)
    repairs: dict[int, tuple[str, str]] = field(default_factory=dict)

    def free(self, n: int) -> bool:
        return n not in self.reasons


_LIVE_POINTER = re.compile(r"\b(live ?blog|liveticker|live-ticker|in our live|dans notre direct)\b")


def classify_lines(
    lines: Sequence[tuple[int, str]],
    *,
    outlet: str | None = None,
    stats: LineStats | None = None,
    title: str | None = None,
    near_duplicate_ratio: float = 0.85,
    outlet_recurrence: int = 3,
    live: bool = False,
) -> list[LineDecision]:
    """Decide, for each (number, text) line of one item, whether it is news, a heading, a title or furniture; ``live``
    for an update of a live page, whose time header ("18:42") heads it."""
    page = _Page([(n, t) for n, t in lines if t.strip()])
    page_title = None if title else _page_title(page, outlet)
    repeat: int | None = None  # the page's headline printed again under its title
    if page_title is not None:
        page.reasons[page_title] = "title"
        # The page's headline again, word for word, on the page: the title has it.
        key = _repeat_key(page.repairs[page_title][0])
        for n, text in page.content:
            if page.free(n) and _repeat_key(text) == key:
                page.reasons[n] = "repeated title"
                repeat = n if repeat is None else repeat
    header = next(((n, t) for n, t in page.content if cues.TIME_HEADER.match(t.strip())), None) if live else None
    if header is not None:
        page.reasons[header[0]] = "heading"  # the update's time, not a video's length or a counter
    for n, text in page.content:
        if n == page_title or (header is not None and n == header[0]):
            continue
        reason = cue_reason(text)
        if reason == "caption with credit":
            reason = _caption_or_paragraph(page, n, text)
        elif reason == "share widget" and (glued := _news_before_glued_tools(text)):
            reason = None  # a short news sentence with page tools glued after it: the sentence stays
            page.repairs[n] = (glued[0], f"{glued[1][1]} {glued[1][0]!r} cut")
        elif reason == "news ticker" and live and _LIVE_POINTER.search(fold(text)) and " | " not in text:
            reason = None  # on the live page itself, "... – alle Infos im Liveblog" is its headline, not a pointer
        elif reason == "news ticker" and page_title is not None and _live_headline(page, n, text, page_title):
            reason = None
        elif reason == "navigation" and strip_accents(fold(text)) == "ficha tecnica" and _over_a_score(page, n):
            reason = None  # a match's data under its result ("Atlético Vinalopó, 2 - Real Arnedo, 1"), no footer link
        elif reason == "score widget" and _under_a_fact_head(page, n):
            reason = None  # the match's result under "Le tableau d'affichage", at the foot of its live report
        elif reason == "site branding" and _heads_its_year(page, n, text):
            reason = None  # "Une tradition depuis 1946" over "La vente, créée en 1946, ...": a subheading
        elif reason == "timestamp" and live and is_live_day_header(text) and _over_an_update(page, n):
            reason = "heading"  # a live page's day over its updates ("Tirsdag 9. februar") is part of the page
        if reason is None and stats is not None:
            reason = _recurrence(text, outlet, stats, outlet_recurrence)
        if reason:
            page.reasons[n] = reason

    _mark_repeats(page, near_duplicate_ratio)
    _mark_sign_up_boxes(page)
    _mark_polls(page)
    _mark_ad_copy(page)
    _mark_comment_threads(page)
    _mark_captions_and_credits(page)
    _mark_breadcrumbs(page)
    _mark_link_lists(page)
    _mark_teasers(page)
    _mark_edges(page, outlet)
    _mark_site_names(page)
    _mark_footer_rows(page)
    _mark_masthead(page)
    # With a page title, a headline on the page still parts its header from the report; it stays as a heading.
    title_line = _find_title(page, title)
    short = title_line is not None and len(dict(page.content)[title_line].split()) < 5
    if (title_line in (None, page_title) or short) and page_title is not None and repeat is None:
        # No line repeats the page's title, and none before the first paragraph looked like a headline: a headline
        # rewording it may still come after a ticker's or a cookie notice's sentence.
        kept = [(n, t) for n, t in page.content if page.free(n) and n != page_title][:8]
        title_line = reworded_title(kept, page.repairs.get(page_title, ("", ""))[0]) or title_line
    if repeat is not None and not _below_report(page, repeat):
        title_line = repeat  # it parts the page's header from the report, as a headline does
    elif page_title is not None and (title_line is None or len(dict(page.content)[title_line].split()) < 5):
        title_line = page_title  # a short line is no headline beside the page's title: "ÚLTIMA HORA", "NYHETER"
        _mark_kickers(page, page_title)
    _mark_lone_bylines(page, title_line)
    # A live update's lines under its time are its own, whatever line reads as its headline: a table's rows there
    # ("Gianluca Ferrandi (centrodestra) 48,9%") are no page header.
    top = header[0] if header is not None and title_line is not None and header[0] < title_line else title_line
    _mark_header(page, top, repeated=repeat is not None and title_line == repeat)
    _mark_tail(page, title_line)
    _keep_fact_boxes(page)
    standfirst_line = _find_standfirst(page, title_line)

    decisions = []
    news_seen = False  # a title or news line is kept already: a title can only be glued to the first
    for n, text in page.content:
        repaired, repair = page.repairs.get(n, (None, ""))
        if n in page.reasons:
            decisions.append(LineDecision(n, text, page.reasons[n], repaired, repair))
            continue
        shown = repaired if repaired is not None else text
        for pattern, what in ((cues.LEADING_NAV, "navigation"), (cues.LEADING_STAMP, "timestamp and byline")):
            prefix = pattern.match(shown)
            if prefix and prefix.end() < len(shown):
                repaired = shown[prefix.end() :]
                repair = _noted(repair, f"{what} {prefix.group().strip()!r} cut")
                shown = repaired
        signoff = cues.TRAILING_SIGNOFF.search(shown)
        if signoff:
            repaired = shown[: signoff.start()].rstrip()
            repair = _noted(repair, f"sign-off {signoff.group().strip()!r} cut")
            shown = repaired
        widgets = cues.INLINE_WIDGET.findall(shown)
        if widgets:
            repaired = cues.INLINE_WIDGET.sub("", shown)
            repair = _noted(repair, "; ".join(f"link widget {w.strip()!r} cut" for w in widgets))
            shown = repaired
        glued = glued_furniture(shown)
        if glued:
            repaired, (cut, why) = glued
            repair = _noted(repair, f"{why} {cut!r} cut")
            shown = repaired
        head = _glued_title(shown, title) if n != title_line and not news_seen else None
        if head:
            repaired = shown[len(head) :].lstrip(" :|-–—")
            repair = _noted(repair, f"title {head!r} glued to the first line cut")
            shown = repaired
        if n == title_line and page_title is not None:
            # The page's headline under its title: a repeat is a heading; other words are the editor's summary.
            ours, theirs = _content_words(shown), _content_words(page.repairs[page_title][0])
            reason = "heading" if 2 * len(ours & theirs) >= min(len(ours), len(theirs)) else "standfirst"
        elif n == title_line:
            reason = "title"
        elif n == standfirst_line:
            reason = "standfirst"
        elif (_QUOTE_LINE.match(shown.strip()) and len(shown.split()) >= 3) or (
            ends_sentence(shown) and not _is_heading_shaped(shown)
        ):
            reason = "news"
        elif len(shown.split()) <= _HEADING_WORDS:
            reason = "heading"
        else:
            reason = "news"
        news_seen = news_seen or reason in ("news", "title")
        decisions.append(LineDecision(n, text, reason, repaired, repair))
    return decisions


# "2-1", or each side with its goals as Spanish papers print it: "Atlético Vinalopó, 2 - Real Arnedo, 1"
_SCORE = re.compile(r"\b\d{1,2}\s*[-–:]\s*\d{1,2}\b|,\s*\d{1,2}\s*[-–]\s*[A-ZÀ-Ý][^,]{2,40},\s*\d{1,2}\b")


def _position(page: _Page, n: int) -> int:
    """Where line ``n`` stands among the page's non-empty lines."""
    return next(i for i, (m, _) in enumerate(page.content) if m == n)


def _over_a_score(page: _Page, n: int) -> bool:
    """Whether the line under line ``n`` gives a match's score."""
    at = _position(page, n)
    return at + 1 < len(page.content) and _SCORE.search(page.content[at + 1][1]) is not None


def _under_a_fact_head(page: _Page, n: int) -> bool:
    """Whether the line over line ``n`` is a fact box's title."""
    at = _position(page, n)
    return at > 0 and _FACT_HEAD.match(page.content[at - 1][1].strip()) is not None


_FINAL_YEAR = re.compile(r"\b((?:18|19|20)\d\d)\.?$")


def _heads_its_year(page: _Page, n: int, text: str) -> bool:
    """Whether a line ending on a year ("Une tradition depuis 1946") stands over a paragraph naming that year: a
    subheading of the report, not the site's motto."""
    year = _FINAL_YEAR.search(text.strip())
    at = _position(page, n)
    below = page.content[at + 1][1] if at + 1 < len(page.content) else ""
    return year is not None and _is_paragraph(below) and re.search(rf"\b{year.group(1)}\b", below) is not None


def _is_heading_shaped(line: str) -> bool:
    """A short line ending with a colon or a question mark reads as a heading ("Why has it taken so long?")."""
    text = line.strip()
    return len(text.split()) <= 8 and text.endswith((":", "?"))


def _caption_or_paragraph(page: _Page, n: int, text: str) -> str | None:
    """A line ending with a credit is a caption, unless what precedes the credit is a paragraph of news."""
    cut = cut_credit(text)
    if cut is None:
        return "caption with credit"
    caption, credit = cut
    sentences = len(re.findall(r"[.!?…][\"»”’)]*\s+[A-ZÀ-Ý«\"“]", caption)) + 1
    if sentences >= 2 and len(caption.split()) >= 30:
        page.repairs[n] = (caption, f"credit {credit!r} cut")
        return None
    return f"caption with credit ({credit})"


def _recurrence(text: str, outlet: str | None, stats: LineStats, minimum: int) -> str | None:
    """A short line seen in many articles of one outlet, or in many unrelated articles, is furniture.

    A declarative sentence is never removed on this evidence alone: follow-up reports repeat background sentences.
    """
    if _is_statement(text) or len(text.split()) > _RECURRENCE_WORDS:
        return None
    count = stats.outlet_count(outlet, text)
    if count >= minimum:
        return f"recurs in {count} articles of {outlet}"
    if not ends_sentence(text):
        unrelated = stats.unrelated_count(text)
        if unrelated >= minimum:
            return f"recurs in {unrelated} unrelated articles"
    return None


def _mark_repeats(page: _Page, ratio: float) -> None:
    """Of two lines that say the same, the one with a credit (or else the later one) is furniture.

    Lines are compared as letters and digits only: short lines must be equal, longer ones share most character
    5-grams and hold the same numbers (two lines that differ in a figure state different facts). A line found three
    times or more is the page's own structure (an interview's recurring question, a recipe's list), not a repeat,
    unless it carries a credit or is cut off.
    """
    keyed = []
    for n, text in page.content:
        key = _repeat_key(text)
        if len(key) >= 25 and len(text.split()) >= 5:
            keyed.append((n, text, key, _grams(key), _NUMBERS.findall(key)))
    pairs: list[tuple[int, str, int, str]] = []
    copies: dict[int, int] = defaultdict(int)
    # Compare each line only with lines of about its length (in page order within a pair).
    by_length = sorted(range(len(keyed)), key=lambda i: len(keyed[i][2]))
    for a, i in enumerate(by_length):
        k1 = keyed[i][2]
        for j in by_length[a + 1 :]:
            k2 = keyed[j][2]
            if len(k2) > len(k1) / 0.8 and len(k2) - len(k1) > 15:
                break
            (n1, t1, k1, g1, d1), (n2, t2, k2, g2, d2) = sorted((keyed[i], keyed[j]))
            if k1 != k2 and not _glued_prefix(k1, k2):
                if min(len(k1), len(k2)) < 60 or len(k1) < 0.8 * len(k2) or len(k2) < 0.8 * len(k1) or d1 != d2:
                    continue
                if 2 * len(g1 & g2) < ratio * (len(g1) + len(g2)):
                    continue
            pairs.append((n1, t1, n2, t2))
            copies[n1] += 1
            copies[n2] += 1
    pairs.sort()
    for n1, t1, n2, t2 in pairs:
        credit1, credit2 = bool(cues.GLUED_CREDIT.search(t1)), bool(cues.GLUED_CREDIT.search(t2))
        if credit1 and not credit2:
            page.reasons[n1] = f"caption repeating line {n2}"
        elif credit2 and not credit1:
            page.reasons[n2] = f"caption repeating line {n1}"
        elif _ELLIPSIS_END.search(t2):
            page.reasons.setdefault(n2, f"teaser cut off (repeats line {n1})")
        elif copies[n1] < 2 and copies[n2] < 2:
            page.reasons.setdefault(n2, f"repeats line {n1}")


def _glued_prefix(a: str, b: str) -> bool:
    """One key is the other with a short word glued in front: a section name on a repeated title ("MondeEau: ...")."""
    shorter, longer = sorted((a, b), key=len)
    return longer.endswith(shorter) and len(longer) - len(shorter) <= 15


def _mark_teasers(page: _Page) -> None:
    """Lines cut off with an ellipsis that repeat the start of another line, or trail after the last news paragraph.

    An ellipsis inside the article ("He said something along the lines of …") is style, not a teaser.
    """
    folded = {n: fold(t) for n, t in page.content}
    last_news = max(_paragraphs(page), default=-1)
    for idx, (n, text) in enumerate(page.content):
        if not page.free(n) or not _ELLIPSIS_END.search(text) or len(text.split()) < 8:
            continue
        head = folded[n][:60]
        if any(m != n and folded[m].startswith(head) for m, _ in page.content):
            page.reasons[n] = "teaser cut off"
        elif idx > last_news and len(text.split()) >= 12 and idx > 0 and page.reasons.get(page.content[idx - 1][0]) not in (
            None,
            "heading",
        ):
            # After the last news paragraph and below other furniture (not a live update's time): a link to another
            # article, not an update's suspense ("Do piłki podchodzi Bronowicki...").
            page.reasons[n] = "teaser cut off"
    # The headline of a teaser goes with it.
    for idx, (n, _) in enumerate(page.content[1:], start=1):
        prev_n, prev_text = page.content[idx - 1]
        if (
            page.reasons.get(n, "").startswith("teaser cut off")
            and page.free(prev_n)
            and not ends_sentence(prev_text)
            and len(prev_text.split()) <= 20
        ):
            page.reasons[prev_n] = "teaser headline"


def _paragraphs(page: _Page) -> list[int]:
    """Positions of the news paragraphs not yet marked: they bound the page's header and footer zones."""
    return [i for i, (n, t) in enumerate(page.content) if page.free(n) and _is_paragraph(t)]


def _mark_comment_threads(page: _Page) -> None:
    """A commenter's "Name says:" opens a comment that runs to its "Reply" button: the name, its date and the
    comment's text are the thread's, not the report's ("Smell was awful on Mill Lane too.")."""
    content = page.content
    for idx, (_, text) in enumerate(content):
        if not cues.COMMENTER.match(text.strip()):
            continue
        end = next((j for j in range(idx + 1, min(idx + 8, len(content))) if cues.REPLY.match(content[j][1].strip())), None)
        if end is not None:
            for m, _ in content[idx : end + 1]:
                page.reasons[m] = "comment widget"
    for idx, (n, _) in enumerate(content):
        if page.reasons.get(n, "").startswith("comment"):
            _mark_reader_comments(page, idx + 1)


def _mark_reader_comments(page: _Page, start: int) -> None:
    """Under the comments' header, the readers' comments run on: "Randi_K: Takk til montørene!", or a commenter's
    "MarkoK · 48 minutes ago" or "cheminot_retraite" over the comment's text; the thread's own buttons between them
    are passed over, and anything else ends the thread."""
    content = page.content
    idx = start
    while idx < len(content):
        n, text = content[idx]
        if page.reasons.get(n, "").startswith(_IN_THREAD):
            idx += 1  # "Reply", "Load more comments", "Sort by: Newest | Oldest", "Je m'abonne": the thread goes on
        elif (
            cues.COMMENT_HEAD.match(text.strip())
            or cues.REPLY_HEAD.match(text.strip())
            or cues.COMMENTER_NAME.match(text.strip().lstrip("↳↪→ "))  # a reply's handle: "↳ mkellerman"
            or cues.COMMENTER.match(text.strip())
            or _dated_handle(page, idx)
            or _named_comment(page, idx)
        ):
            page.reasons[n] = "comment widget"
            idx += 1
            while idx < len(content) and (
                page.reasons.get(content[idx][0]) == "timestamp" or cues.COMMENT_AGE.match(content[idx][1].strip())
            ):
                page.reasons[content[idx][0]] = "comment widget"
                idx += 1  # "~kupiec", then "5 listopada 2026, 20:14" or "2 tim sedan", then the comment
            if idx < len(content) and page.free(content[idx][0]):
                page.reasons[content[idx][0]] = "reader comment"
            idx += 1
        elif page.free(n) and (cues.READER_COMMENT.match(text.strip()) or cues.INLINE_REPLY.match(text.strip())):
            page.reasons[n] = "reader comment"
            idx += 1
        elif page.free(n) and cues.COMMENT_AGE.match(text.strip()):
            page.reasons[n] = "comment widget"  # the age under a comment's text: "vor 13 Stunden"
            idx += 1
        elif idx > start and page.reasons.get(content[idx - 1][0]) == "reader comment" and (
            page.reasons.get(n) in ("timestamp", "counter") or _CLOCK_ALONE.match(text.strip())
        ):
            page.reasons[n] = "comment widget"  # the time under a comment's text: "17:12", "15.05.2027, 15:02"
            idx += 1
        else:
            return


_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.h]\d{2}$")
# What a comment thread holds besides comments: its buttons, its sort order, its sign-up prompt.
_IN_THREAD = ("comment", "navigation", "subscription prompt")


def _dated_handle(page: _Page, idx: int) -> bool:
    """A handle or a short name over the comment's date: "expatinthehague" over "December 11, 2026 at 9:41 am",
    "Hans-Peter K. aus Offenbach" over "18.11.2026 | 07:58 Uhr"."""
    text = page.content[idx][1].strip().lstrip("↳↪→ ")
    if idx + 1 >= len(page.content) or not (re.fullmatch(r"[\w.-]{3,25}", text) or _short_name(text)):
        return False
    below = page.content[idx + 1]
    return page.reasons.get(below[0]) == "timestamp" or bool(cues.COMMENT_AGE.match(below[1].strip()))


def _short_name(text: str) -> bool:
    """A name of up to five words, maybe with where the reader lives, ending no sentence ("Josiane Ferrandi",
    "Beat S., Mellingen", "Pierre D. – Tubize")."""
    return bool(_READER_NAME.fullmatch(text)) and not _is_paragraph(text)


_READER_NAME = re.compile(r"[A-ZÀ-Ý][\w.'’-]*(?: [\w.'’-]+){0,4}(?:(?:,| [–-]) [A-ZÀ-Ý][\w'’-]+(?: [\w'’-]+){0,2})?")


def _named_comment(page: _Page, idx: int) -> bool:
    """A reader's name over the comment and its buttons, its age or the next commenter's handle: "Josiane Ferrandi" /
    text / "J'aime · Répondre · 2 h", "Erika Hug" / text / "vor 12 Stunden"."""
    if idx + 2 >= len(page.content) or not _short_name(page.content[idx][1].strip()):
        return False
    n2, below = page.content[idx + 2]
    closed = page.reasons.get(n2, "").startswith(_IN_THREAD) or bool(cues.COMMENT_AGE.match(below.strip()))
    # or the next commenter's handle: "Manuel Peixoto" / text / "luisa_braga", "R. Landolt, Näfels" / text /
    # "Bergfreundin"; or the thread's end at the page's foot, its related links already marked
    closed = closed or bool(cues.COMMENTER_NAME.match(below.strip()) or _PSEUDONYM.fullmatch(below.strip()))
    closed = closed or page.reasons.get(n2, "").startswith(("related links", "copyright", "page footer", "timestamp"))
    # A list's header over its first entry is no reader: "Meistgelesen" / "Stadtfest Nordhorst: ..."
    header = (cue_reason(page.content[idx][1].strip()) or "").startswith("related links")
    return page.free(page.content[idx + 1][0]) and closed and not header


# A reader's pseudonym of one word: "Bergfreundin", "Pendler77".
_PSEUDONYM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,20}\d{0,4}")


# An advertiser's line: a name, a dash, and a call to act ("Autohaus Brinkmann – Jetzt Winterräder-Aktion sichern!").
_AD_COPY = re.compile(
    r"\s[–-]\s.*(?:!$|\b(?:call today|call now|book now|shop now|jetzt|buchen|sichern|bestellen|kaufen|réservez|"
    r"découvrez|profitez|descubre|reserva|scopri|prenota|descubra|reserve|bestel|boek|zamów|sprawdź)\b)",
    re.I,
)

# The advertiser's name and what it sells, under an ad's label: "Caseificio Sociale Alta Orna – Fontina d'alpeggio,
# spaccio aperto anche la domenica".
_ADVERTISER = re.compile(r"^[A-ZÀ-Ý][^.!?–]{2,40}\s[–-]\s[^.!?]{3,}$")

# An advertiser's name of two to six words, a dash, then its pitch, however long, under an ad's label: "Dalesway
# Funeral Care – Independent family funeral directors since 1952. Pre-paid plans available." A dateline ("Oslo –",
# "BERLIN (dpa) –") is one word or holds brackets.
_ADVERTISER_NAMED = re.compile(r"^[A-ZÀ-Ý][^.!?:()–\s]*(?:\s[^!?:()–\s]+){1,5}\s[–-]\s\S")

# The reader asked what they need, then told who has it, under an ad's label: "Trenger du sertifisert sjøpersonell på
# kort varsel? NordCrew Bemanning – ...", "Szukasz pracy jako kierowca C+E w Niemczech? ...".
_ASKS_READER = re.compile(
    r"^(?:¿\s?)?(?:trenger du|trænger du|har du brug for|behöver du|söker du|szukasz|potrzebujesz|looking for|need a|"
    r"vous cherchez|besoin d|suchen sie|brauchen sie|buscas|necesitas|cerchi|hai bisogno|precisa de|procura|zoek je|"
    r"op zoek naar)\b[^?]{3,80}\?\s+\S",
    re.I,
)

# An offer, in the line under an ad's label: a call to act ("Simule já", "Calcula tu precio", "Scopri la nuova"), a
# no-obligation quote, a discount, a monthly price. A price alone is no offer: news under a lone label gives figures.
_AD_OFFER = re.compile(
    r"\b(?:simule|simula|calcula|calcule|reserva ahora|download (?:the|our|your) (?:free )?(?:\d{4} )?(?:[\w-]+ ){1,3}(?:report|guide|"
    r"white ?paper|e-?book|checklist)|téléchargez (?:le|notre|votre) (?:guide|livre blanc|rapport)|réservez|book now|shop now|descubra|descubre|scopri|découvrez|"
    r"profitez|bestel nu|boek nu|zamów|sprawdź ofert\w*|kontakt|contacte-nos|contáctenos|contattaci|contact us|"
    r"book bord|boka|bestil|bestill|zapraszamy|compare|compara|vergleichen|\d+ halen|alleen t/m|nur bis|"
    r"prenota ora|reserva ya|book your|offre valable|offer valid|oferta válida|offerta valida|sichern|"
    r"maak (direct |nu )?een afspraak|termin vereinbaren|pide cita|"
    r"vrijblijvend\w*|offerte|fri frakt|rabatt?|sconto|descuento|desconto|korting|willkommen|benvenuti|bienvenidos|"
    r"welkom|early-bird|tickets now|sopralluogo gratuito|preventivo gratuito|presupuesto gratis|orçamento grátis|"
    r"devis gratuit|kostenlose beratung|free (?:initial )?consultation|consulta (?:inicial )?gratuita|"
    # a shop's orders and its invitation: "Encomendas: 271 000 555", "Visítanos este verano"
    r"encomendas|encargos|simulação|grátis|visítanos|jetzt [\w-]+ wechseln|bis zu \d+ ?(?:euro|€) sparen|"
    r"visite-nos|venez nous voir|besuchen sie uns|visit us|bezoek ons|passa a noi|prezzo bloccato|"
    r"consultation gratuite|kostenlose erstberatung|gratis (?:eerste )?adviesgesprek|"
    # free delivery, measuring or a first consultation: "consegna a domicilio gratuita", "Darmowy pomiar i wycena!"
    r"free first consultation|(?:consegna|entrega) (?:a domicilio )?gratuita|livraison (?:à domicile )?gratuite|"
    r"kostenlose lieferung|free (?:home )?delivery|darmow\w+ (?:pomiar|wycen\w+|dostaw\w+|konsultacj\w+)|"
    r"al mese|per month|pro monat|par mois|por mes|ao mês|per maand|i månaden|"
    # a job's offer: "Aplikuj w Spedycja Orłowski.", "Jetzt bewerben!", "Postulez dès maintenant"
    r"aplikuj|jetzt bewerben|bewirb dich|apply now|postulez|solliciteer (?:nu|direct)|candidati ora|sök jobbet|"
    r"per måned|miesięcznie|taeg|offerts?|devis|termin buchen|jetzt \w+ (?:buchen|sichern|bestellen|kaufen|testen)|"
    r"book nu|bestil nu|boka nu|bestill nå|fri entré|entrée libre|ingresso libero|entrada libre|eintritt frei|"
    r"gratis entree|wstęp wolny|free entry|free admission|sin compromiso|infórmate|pedidos (?:por|al)|ofertas da semana|"
    r"ofertas de la semana|offerte della settimana|angebote der woche|ugens tilbud|veckans erbjudanden|ordina (?:entro|ora|online)|"
    r"réservations?|reserve já|jetzt buchen|mehr erfahren|en savoir plus|équipez-vous|søk digitalt|søk nå|ansök nu|"
    r"bel of plan|plan online|se menuerne|book inden|dal produttore|spedizioni in tutta|kup online|kup teraz|zaoszczędź|"
    r"apr|if you do not meet the repayments|vendita diretta|venta directa|direktverkauf|vente directe|"
    # a thing given free or with a code, a sum to work out: "gratis dakscan", "met code DKB27", "Bereken nu"
    r"gratis|kostenlos anfragen|met code|mit (?:dem )?code|jetzt \w+ sparen|jetzt wechseln|tarif berechnen|"
    r"til salgs|till salu|til salg|get a free quote|free quote|ontdek de|jusqu'à \d+ ?€ offerts|offerts|aberta 24 horas|"
    r"showroom|dal \d{4}\.?$|"
    # a car dealer's monthly price and test drive, a coupon, an order line, a shop's offer: "Ny elbil fra 2.995
    # kr./md. · Book en prøvetur", "Entrée gratuite sur présentation de ce coupon", "Bestellungen unter 081 ..."
    r"kr\.?/md|kr\.?/mnd|kr\.?/mån|prøvetur|provtur|prøvekjøring|provkörning|probefahrt|test ?drive|essai routier|"
    r"coupon|gutschein|cupón|buono sconto|kupon|bestellungen? unter|\w*tilbud hos|\w*erbjudande hos|\w*angebot bei|"
    # a visit, a booking by phone, a question for the reader's employer: "visita nuestra bodega", "Reservas en el 980
    # 55 12 34", "fragen Sie Ihren Arbeitgeber! Alle Infos bei Ihrem Verkehrsverbund"
    r"visita nuestr[ao]|visite (?:a nossa|o nosso|notre)|visit our|besuchen sie unser\w*|reservas? (?:en el|al) \d|"
    r"fragen sie ihr\w*|alle infos (?:bei|unter|auf)|"
    r"sjekk hva|kolla vad|tjek hvad|check what you|jetzt \w+ wechseln|book a free [\w-]+(?: [\w-]+)?|"
    r"kostenlose[rn]? check|jetzt \w+ senken|se ledige|se lediga|0 ?% (?:financiering|finanzierung|financing)|"
    # a course's next session and its funding: "Prochaine session en janvier. Financement possible."
    r"financement possible|finanzierung möglich|financing available|financiación disponible|prochaine session|"
    r"nächster kursstart|next intake|inscriptions ouvertes|iscrizioni aperte|inscripciones abiertas|"
    # half price: "Havemøbler til halv pris hos Skovbølle Trælast"
    r"halv pris|halva priset|half price|halber preis|moitié prix|metà prezzo|mitad de precio|metade do preço|"
    r"pół ceny|halve prijs|"
    # more about the offer on the advertiser's site, a call, a sale's name, an order while stocks last, a trade on call
    # day and night: "Plus d'infos sur notre site", "Llámanos al 958 ...", "Black Week hos ...", "jetzt vorbestellen",
    # "24 uur per dag bereikbaar"
    r"plus d'infos?|más info(?:rmación)?|mais informações|mehr infos?|meer info|more info|"
    r"llámanos|llámenos|appelez-nous|rufen sie (?:uns )?an|call us|bel ons|chiamaci|ligue-nos|ring oss|ring til os|"
    r"zadzwoń|black (?:week|friday)|cyber monday|vorbestellen|solange der vorrat reicht|jusqu'à épuisement des stocks|"
    r"while stocks last|hasta agotar existencias|fino ad esaurimento scorte|zolang de voorraad strekt|"
    r"24 (?:uur|timer|timmar|stunden) (?:per|om|i) (?:dag|døgnet|dygnet|tag)|24/7|24h/24|24 ore su 24|"
    r"rund um die uhr (?:erreichbar|für sie da)|"
    r"aberta todos os dias|abierto todos los días|ouvert tous les jours|täglich geöffnet|open every day|"
    r"aperto tutti i giorni|"
    # a thing offered free, a call to book or compare: "revisión visual gratuita", "Marque já", "bespaar tot € 450"
    r"(?:consulta|revisión|revisão|visite|essai|diagnostic|devis|orçamento|presupuesto|avaliação|valoración)"
    r"(?: \w+)? gratuit[ao]s?|marque já|bespaar tot|vergelijk nu|"
    r"(?:bis zu|up to|jusqu'à|hasta|fino a|até|tot|op til|upp till) \d+[\d.,]*\s?(?:€|£|\$|kr|zł|%)\B[^.]{0,30}"
    r"\b(?:sparen|save|économiser|ahorrar|risparmiare|poupar|besparen|spare|spara)|"
    r"se (?:alla|over|över|alle|våre|vores|vårt)\b|drømmer du om|drömmer du om|"
    r"with code|avec le code|con el código|con il codice|com o código|"
    r"bereken (?:nu|direct|zelf)|berechnen sie|calculez|calcola)\b|€/m[eê]s|"
    r"\b(?:book|request|get) a (?:demo|quote|free trial)\b|→\s*$|"
    # "Open a bank account in English in 10 minutes – no German required."
    r"\bopen (?:a|an|your) (?:\w+ )?account\b|\bno [\w-]+ (?:required|needed)\b|"
    # a saving promised: "ahorra hasta un 20 %", "save up to 30%", "spar op til 25 %"
    r"\b(?:ahorra|ahorre|économisez|sparen sie|spare|save|risparmia|poupe|bespaar|spar|spara|oszczędź)\s+"
    r"(?:hasta|jusqu'à|bis zu|up to|fino al?|até|tot|op til|upp till|do)\s+(?:un |a |al |el )?\d|"
    # a comparison, a quote asked for, a discount, a call to look closer at the end: "Porównaj oferty", "Peça já o seu
    # orçamento", "-15 %", "... Découvrir", "... Sprawdź »"
    r"\b(?:porównaj|oszczędź|peça (?:já )?o seu orçamento|pida (?:ya )?su presupuesto|demandez votre devis|"
    r"richiedi un preventivo|effektiv ränta|effektiv rente|book din|boka din|bestill din|free for \d+ days|"
    r"gratis i \d+ dagar|kostenlos testen|essai gratuit|prueba gratis|sin intereses|zinsfrei|sans frais|"
    r"talk to [\w' ]{2,40} today|bespaart tot|spart bis zu|économisez jusqu'à|envíos a toda|envío gratis|"
    r"free delivery|livraison offerte|versandkostenfrei|spedizione gratuita|um nur|für nur|pour seulement|por solo|"
    r"a soli|for only|save \d+\s?%|book before|réservez avant|buchen sie bis|call [\w' ]{2,40} today)\b|"
    # a share off: "Spar 25 procent på terrassebrædder"
    r"\b(?:spar|spare|spara|sparen sie|save|économisez|ahorra|risparmia|poupe|bespaar|oszczędź)\s+\d+\s?(?:%|procent|"
    r"prosent|percent|pour ?cent|por ?ciento|per ?cento|por ?cento|prozent)|"
    r"^(?:ontdek|découvrez|entdecken sie|descubre|scopri|discover)\b|(?<![\w,.])-\d{1,2}\s?%|"
    r"\b(?:sprawdź|zobacz|découvrir|descubre|descubra|scopri|entdecken|mehr erfahren|learn more|ontdek|upptäck|oppdag|"
    r"opdag)\s*[»›→]?\s*$|"
    # a call to ring a number: "Bel 0223 44 55 66", "Call 01632 960 118", "Appelez le 02 33 51 20 14"
    r"\b(?:bel|ring|call|rufen sie|appelez(?: le)?|llame al|chiami(?: il)?|ligue(?: para)?|zadzwoń)\s+\+?\d|"
    r"\d\s?%\s(?:på|off|sur|auf|en|su|em|op|na|rabatu)\b|"
    # a share off, a comparison, a shop's "everything for": "jusqu'à 25 % de réduction ... Comparez en 2 minutes !",
    # "Todo para tu casa y tu huerto"
    r"\d\s?%\s(?:de réduction|de remise|de descuento|de desconto|di sconto|korting|rabatt)\b|\bcomparez\b|"
    r"\b(?:todo para (?:tu|su|el|la)|tout pour (?:votre|vos|la|le)|alles für (?:ihr|ihre|den|die|das)|"
    r"tutto per (?:la|il|tua|tuo)|tudo para (?:a|o|sua|seu)|alles voor (?:uw|je)|allt för|alt til (?:dit|din|hjem))\b|"
    # a set menu and a booking, a price from, discounts up to: "Menú del día 14 euros. Reserve en nuestra web.",
    # "Vinterdæk monteret ... fra 2.499 kr.", "sconti fino al 30%"
    r"\bmen[uú] del d[ií]a\b|\breserv[ea] en nuestra web\b|\bfra \d[\d.]* kr\b|\bfrån \d[\d ]* kr\b|"
    r"\b(?:sconti|descuentos|rabatte?|réductions?|remises?|kortingen) (?:fino al|fino a|hasta el|hasta un|bis zu|"
    r"jusqu'à|tot) \d+ ?%"
    # a business's name before a colon, then a price: "Sport Cimes Saint-Jean : pack DVA + pelle + sonde à 249 €"
    r"|^[A-ZÀ-Ý][^.:!?]{2,50}\s?:\s.*(?:\d\s?(?:€|kr\.?|zł|chf|franchi|franken|francs)|(?:€|£|\$|r\$|chf)\s?\d)"
    # a price from which it sells: "desde 499 €", "ab 499 €", "à partir de 499 €", "from £499"
    r"|\b(?:desde|ab|à partir de|a partir de) \d[\d.,]* ?€|\bfrom [£$€]\d|\bvanaf € ?\d"
    # a loan's legal cost line, a shop's invitation and its help, a switch offered, a third item free: "RRSO 10,94%",
    # "Besök Rönnfjälls Värme & Spis ... – vi hjälper dig", "Jetzt umsteigen: ... Beratung bei Radhaus Ostenburg",
    # "drie krentenbollen halen, twee betalen!"
    r"|\brrso\b|\breprezentatywny przykład\b|\bbesök (?:oss|vår|vårt|våra)\b|\bvi hjälper dig\b|\bvi hjælper dig\b|"
    r"\bvi hjelper deg\b|\bwir helfen ihnen\b|\bjetzt umsteigen\b|\bberatung (?:bei|im|in der)\b|"
    r"\bhalen, (?:één|een|twee|drie|vier|\d+) betalen\b",
    re.I,
)

# Words in quotes: 'Te vrijblijvend', "heel ambitieus", «trop timide».
_QUOTED_WORDS = re.compile(r"(?<!\w)'[^']{1,60}'(?!\w)|\"[^\"]{1,60}\"|[“„«‘][^”“»’]{1,60}[”“»’]")


# A quotation's speaker over its words, as Nordic subheadings give them: "Ordfører: – Krevende for øya".
_SUBHEADING_AFTER_AD = re.compile(r"^[^\s:]{2,30}:\s[–—-]\s[^.!?]{3,60}$")


def _mark_ad_copy(page: _Page) -> None:
    """The advertiser's line under an ad's label ("Anzeige", "Advertisement") is the ad's text."""
    content = page.content
    for idx, (n, text) in enumerate(content[:-1]):
        nxt, line = content[idx + 1]
        # the label's words only: "- - - Advertentie - - -" is one; so is the note "Artiklen fortsætter efter annoncen"
        label = len(_WORD.findall(text)) <= 2 or cues.AD_CONTINUES.match(fold(text.strip())) is not None
        labelled = page.reasons.get(n) == "advertising" and label and page.free(nxt)
        if not labelled or len(line.split()) > 30:
            continue
        short_copy = len(line.split()) <= 18 and not line.rstrip().endswith(".")
        named = _ADVERTISER_NAMED.match(line) is not None
        # An offer's word in quotes is someone's verdict: "natuur: 'Te vrijblijvend'" is a subheading.
        offer = _AD_OFFER.search(_QUOTED_WORDS.sub(" ", line)) or _ASKS_READER.match(line)
        if _SUBHEADING_AFTER_AD.match(line) and not offer:
            continue  # an empty ad slot over the report's subheading: "Ordfører: – Krevende for øya"
        if (short_copy and (_AD_COPY.search(line) or _ADVERTISER.match(line))) or named or offer:
            page.reasons[nxt] = "advertising"
            # more advertisers under the same label, each named before its pitch: "Costa & Reid Advogados – ..."
            for m, more in content[idx + 2 :]:
                if not page.free(m) or len(more.split()) > 30:
                    break
                if len(more.split()) <= 6 and not more.rstrip().endswith((".", "!")) and _AD_OFFER.search(more):
                    page.reasons[m] = "advertising"  # the ad's button under its text: "Jetzt Termin buchen"
                    continue
                if not _ADVERTISER_NAMED.match(more):
                    break
                if len(more.split()) <= 6 and not more.rstrip().endswith((".", "!")) and not _AD_OFFER.search(more):
                    break  # a subheading of the report: "Ursache unklar – Weiche im Blick"
                page.reasons[m] = "advertising"


_POLL_LABEL = re.compile(
    r"^(?:sondaggio|umfrage|sondage|encuesta|poll|enquête|peiling|omröstning|avstemning|afstemning|ankieta|sondagem)$",
    re.I,
)


def _mark_polls(page: _Page) -> None:
    """A poll's label alone on its line and the question under it ("Sondaggio" / "Lo sciopero di oggi le ha causato
    disagi?") are the poll's, not a subheading and the report's own question."""
    content = page.content
    for idx, (n, text) in enumerate(content[:-1]):
        below_n, below = content[idx + 1]
        if _POLL_LABEL.match(text.strip()) and below.rstrip().endswith("?") and len(below.split()) <= 20:
            page.reasons[n] = "poll"
            if page.free(below_n):
                page.reasons[below_n] = "poll"


_SIGN_UP = ("subscription prompt", "newsletter")
# What a sign-up box promises, which a sentence of the report never says: "every Friday", "no seu e-mail".
_DELIVERY = re.compile(
    r"\b(?:e-?mail|inbox|postfach|boîte (?:mail|de réception)|bandeja de entrada|casella|caixa de correio|skrzynk\w*|"
    r"every (?:day|morning|evening|week|friday|monday)|weekly|daily|todos os dias|chaque (?:jour|semaine|matin|soir)|"
    r"jeden (?:tag|morgen|abend)|cada (?:día|semana|mañana)|ogni (?:giorno|mattina|settimana)|codziennie|"
    r"elke (?:dag|week|ochtend)|varje (?:dag|morgon|vecka)|hver (?:dag|morgen|uke|uge))\b",
    re.I,
)


def _mark_sign_up_boxes(page: _Page) -> None:
    """Up to two short lines between a sign-up box's label and its button are the box's text: "Newsletter" /
    "« Politique »" / "Chaque soir, les informations ... de la rédaction" / "S'inscrire"."""
    content = page.content
    for idx, (n, _) in enumerate(content):
        if page.reasons.get(n) not in _SIGN_UP:
            continue
        for gap in (1, 2):
            end = idx + gap + 1
            if end >= len(content) or page.reasons.get(content[end][0]) not in _SIGN_UP:
                continue
            inner = content[idx + 1 : end]
            if all(
                page.free(m) and len(t.split()) <= 15 and (not _is_paragraph(t) or _DELIVERY.search(t)) for m, t in inner
            ):
                for m, _ in inner:
                    page.reasons[m] = page.reasons[n]
            break


# "... durante la reapertura. / N. C.", "... peu avant l'ouverture. – J.-M. D."
_INITIALS_CREDIT = re.compile(r"[.]\s[/–-]\s(?:[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?\s?){1,3}$")
_AGENCY_CLOSE = re.compile(r"\.\s\([A-Z]{2,6}\)$")
# A photographer's name under a copyright sign: "© Bart Lemmens" (not "© Riproduzione riservata").
_CREDIT_SIGN = re.compile(
    r"^©\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: (?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|de|da|do|dos|das|del|di|van|von|la|le)){1,6}"
    r"(?:\s*/\s*[A-ZÀ-Ý][\w'’-]+)?$"
    # or an agency, then its photographer: "© picture alliance/dpa | Tobias Hülsmann"
    r"|^©\s*[\w .-]{2,30}(?:/[\w.-]{2,20})?\s*\|\s*[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,3}$"
)


_BRACKET_CREDIT = re.compile(r"^\((?:foto|photo|bild|fot\.|zdjęcie|imagen|imagem|image)\b[^)]{0,40}\)$", re.I)


def _is_credit(page: _Page, idx: int) -> bool:
    """Whether the removed line at ``idx`` credits a photo: a photo credit, or a copyright line naming a photographer
    with the report going on below it (at the page's foot, "© Tirol Heute Online" is the site's)."""
    n, text = page.content[idx]
    if page.reasons.get(n) == "photo credit":
        return True
    if page.reasons.get(n, "").startswith("caption with credit") and _BRACKET_CREDIT.match(text.strip()):
        return True  # "(foto archivio)" alone under its caption
    if page.reasons.get(n) != "copyright" or not _CREDIT_SIGN.match(text.strip()):
        return False
    return any(page.free(m) and _is_paragraph(t) for m, t in page.content[idx + 1 :])


def _mark_captions_and_credits(page: _Page) -> None:
    """A line right before a credit is a caption; a lone name beside removed furniture is a credit."""
    content, reasons = page.content, page.reasons
    for idx, (n, text) in enumerate(content):
        nxt = content[idx + 1] if idx + 1 < len(content) else None
        # Not when the "credit" line is itself a caption ("Bild: Färjan ligger på grund. Foto: H. Sjölund / STB").
        bare = nxt is not None and len(nxt[1].split()) <= 8
        # Not the headline over a credit line ("ANP/Noorderkrant"): it rewords the page's title, or the article's date
        # follows the credit ("Mittbladet/TT" / "12 nov 2027 09:02"), which is then its byline.
        dated = idx + 2 < len(content) and page.reasons.get(content[idx + 2][0]) == "timestamp"
        credited = page.free(n) and nxt and _is_credit(page, idx + 1) and bare and len(text.split()) <= 25
        if credited and not _rewords_title(page, text) and not dated:
            reasons[n] = "photo caption"
    # A short line closed by an agency's initials with the report going on below it is a caption with its credit
    # ("Los marineros rescatados, atendidos en el muelle de Vilarmar. (AIN)"); a sign-off closes the report instead.
    for idx, (n, text) in enumerate(content[:-1]):
        short = page.free(n) and len(text.split()) <= 15 and _AGENCY_CLOSE.search(text)
        if short and any(page.free(m) and _is_paragraph(t) for m, t in content[idx + 1 :]):
            reasons[n] = "photo caption"
    # A lone person's name after a short sentence, with furniture (or nothing) after it, is a photographer's credit
    # and that sentence its caption. A name followed by news is a subheading.
    for idx, (n, text) in enumerate(content):
        if not page.free(n) or not is_name_only(text) or len(text.split()) < 2 or idx == 0:
            continue
        prev_n, prev_text = content[idx - 1]
        nxt = content[idx + 1] if idx + 1 < len(content) else None
        if nxt is not None and (page.free(nxt[0]) or reasons.get(nxt[0], "").startswith(_BYLINE_NEIGHBOURS)):
            continue  # a name followed by news is a subheading; followed by the page's date, a byline
        # Not a live page's update under its time, and its writer: "12.05" / "Alle avganger ..." / "Maren Vik".
        timed = idx >= 2 and bool(cues.TIME_HEADER.match(content[idx - 2][1].strip()))
        if page.free(prev_n) and len(prev_text.split()) <= 20 and ends_sentence(prev_text) and not timed:
            reasons[n] = "photo credit"
            reasons[prev_n] = "photo caption"
    # Between paragraphs, a short sentence right under a lone credit is its caption: "Fot. Anna Zielińska" /
    # "Odnowiona polichromia z 1934 roku w prezbiterium." (a subheading ends on no full stop).
    for idx in range(1, len(content) - 2):
        n, text = content[idx + 1]
        credit, above, below = content[idx][0], content[idx - 1], content[idx + 2]
        if (
            reasons.get(credit) == "photo credit"
            and page.free(n)
            and (len(text.split()) <= 12 or (len(text.split()) <= 25 and _PICTURED.search(text) is not None))
            and text.rstrip().endswith(".")
            and not _QUOTE_MARK.search(text)
            and page.free(above[0])
            and _is_paragraph(above[1])
            and page.free(below[0])
            and _is_paragraph(below[1])
        ):
            reasons[n] = "photo caption"
    changed = True
    while changed:
        changed = False
        for idx, (n, text) in enumerate(content):
            if not page.free(n) or not is_name_only(text):
                continue
            neighbours = [content[j][0] for j in (idx - 1, idx + 1) if 0 <= j < len(content)]
            if idx + 1 < len(content) and _LIST_MARK.match(content[idx + 1][1]):
                continue  # the label over a list of points: "Resumen" / "• Unión Aragonesa gana ..."
            if any(reasons.get(m, "").startswith(("gallery", "caption", "photo", "counter")) for m in neighbours):
                reasons[n] = "photo credit"
                changed = True


_LIST_MARK = re.compile(r"^\s*(?:[»›•▸►→·*–-]|\d{1,2}[.)])\s")
# What a picture shows, in a caption's words: "W tle ekipy PKP PLK.", "Im Hintergrund die Brücke."
_PICTURED = re.compile(
    r"\b(?:w tle|na zdjęciu|im hintergrund|auf dem bild|in the background|pictured|op de foto|op de achtergrond|"
    r"sur la photo|à l'arrière-plan|en la imagen|al fondo|nella foto|sullo sfondo|na foto|ao fundo|på bildet|på bilden|"
    r"på billedet|i bakgrunden|i bakgrunnen|i baggrunden)\b",
    re.I,
)
_QUOTE_MARK = re.compile(r"[\"«»“”„]")


_LIST_NUMBER = re.compile(r"^(\d{1,2})\.\s")


def _next_number(above: str, line: str) -> bool:
    """Whether ``line`` carries on the numbered list of the line above it ("2. ..." then "3. ...")."""
    a, b = _LIST_NUMBER.match(above), _LIST_NUMBER.match(line)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


def _mark_link_lists(page: _Page) -> None:
    """Headline-shaped lines under a "most read" or "tags" header are that list's items.

    The list ends at the first line that is not headline-shaped; a last item followed by news is a subheading.
    """
    content = page.content
    content_of = dict(content)
    title_words = _content_words(next((t for m, t in content if page.reasons.get(m) == "title"), ""))
    first_paragraph = min(_paragraphs(page), default=len(content))  # above it, the page's head
    idx = 0
    while idx < len(content):
        n, text = content[idx]
        reason = page.reasons.get(n)
        sponsored = reason == "advertising" and bool(_SPONSORED.search(fold(text)))
        # A summary box's label may be long ("Sintesi generata con l'intelligenza artificiale e verificata ...").
        boxed = reason == "summary box"
        # A jobs box lists its offers under its header ("Ofertas de empleo"); a death notices' header lists no teasers.
        jobs = reason in ("job ad", "classifieds") and bool(_JOBS.search(fold(text)))
        if (
            (
                reason
                not in ("related links", "navigation", "table of contents", "service box", "obituary", "news ticker")
                and not (reason == "live page tools" and cues.KEY_EVENTS.match(fold(text)))
                and not jobs
                and not sponsored
                and not boxed
            )
            or (len(text.rstrip(" :").split()) > 6 and not boxed)
            or ":" in text.rstrip(" :")
        ):
            idx += 1
            continue
        items: list[int] = []
        j = idx + 1
        while j < len(content):
            m, item = content[j]
            if page.reasons.get(m) == "related links" and len(item.split()) <= 6:
                break  # the next list's own header ("Lee también" under the tags): its list is its own
            # A badge inside the list ("Reservado para suscriptores"), the page's own title, or an item another cue
            # named ("Calcio, Promozione: ..."), does not end it.
            teaser = not ends_sentence(item) and len(item.split()) <= 20 and page.reasons.get(m) in _TEASER_LIKE
            # a ticker's timed entry read as a dated caption ("10.12 Ny förskola ..." is 10:12, not 10 December), after
            # or before another timed entry
            nearby = [content_of[k] for k in items] + [t for _, t in content[j + 1 : j + 2]]
            teaser = teaser or (
                page.reasons.get(m) == "gallery caption"
                and bool(_TIMED.match(item))
                and any(_TIMED.match(t) for t in nearby)
            )
            if not page.free(m) and (
                len(item.split()) <= 6 or page.reasons[m].startswith(("repeats line", "repeated title", "service box", "advertising")) or teaser
            ):
                j += 1
                continue
            if cues.TIME_HEADER.match(item.strip()):
                break  # a live update's time heads news, not a teaser
            if len(items) >= 2 and all(_TIMED.match(content_of[k]) for k in items) and not _TIMED.match(item):
                break  # a ticker's entries each open on their time: the first line without one is past it
            # a teaser's title may ask ("Who's next?"), maybe in quotes ("... naar hack: 'Hoe kon dit gebeuren?'")
            question = item.rstrip().rstrip("'\"”’»").endswith("?")
            # or end on a quotation: 'Experten: "Myndigheterna måste ställa hårdare krav på leverantörerna"'
            quoted = item.rstrip()[-1:] in "\"”»" and item.rstrip()[-2:-1] not in ".!?"
            # or carry on a numbered list: "3. Kacper Wierzbicki wygrywa w Grońcu!" under "1. ..." and "2. ..."
            numbered = _next_number(content[j - 1][1], item)
            if not page.free(m) or (ends_sentence(item) and not (question or quoted or numbered)) or len(item.split()) > 20:
                break
            if len(item.split()) >= 8 and items and all(len(content_of[k].split()) <= 3 for k in items):
                break  # a menu's words, then the page's title: "Latest", "Finance", ..., "Corvell shares plunge ..."
            # (a ticker's item under its time, "11:40 Cyberaanval legt gemeente Leemhorst lam", is still a teaser)
            if j < first_paragraph and _rewords_title(page, item) and not _TIMED.match(item):
                break  # the page's own headline under a kicker that labels lists elsewhere ("ULTIM'ORA")
            if not items and j + 1 == first_paragraph and len(_content_words(item) & title_words) >= 2:
                break  # the only line over the first paragraph, naming the title's subject: "AO MINUTO" over the headline
            items.append(m)
            j += 1
        # Under a sponsored label whose ad copy is marked already, a lone headline over a paragraph is the report's
        # subheading: "Conteúdo patrocinado" / "Poupe até 40% ..." / "Mestre entre os desaparecidos" / a paragraph.
        if (
            sponsored
            and len(items) == 1
            and any(page.reasons.get(k) == "advertising" for k, _ in content[idx + 1 : j] if k < items[0])
            and j < len(content)
            and page.free(content[j][0])
            and _is_paragraph(content[j][1])
        ):
            items = []
        listed = len(items) > 1 and reason not in ("table of contents", "summary box")  # those list the article's own
        if listed and j < len(content) and page.free(content[j][0]) and _is_paragraph(content[j][1]):
            # The last of several may be a subheading ("Why it matters"), shorter than the teasers' titles; the only
            # line under the header is its link.
            last_item = content_of[items[-1]]
            last = len(last_item.split())
            # or it announces the paragraph under it: "140 Liter Regen pro Quadratmeter" / "... rund 140 Liter Regen"
            words = _content_words(last_item)
            announces = len(_WORD.findall(last_item)) <= 8 and bool(words) and words <= _content_words(content[j][1])
            # or the teasers carry a list's mark that it lacks: "» Pesca: ..." / "Câmara disponibiliza apoio à família"
            unmarked = all(_LIST_MARK.match(content_of[k]) for k in items[:-1]) and not _LIST_MARK.match(last_item)
            # or it rewords the page's title over the report: "Siste nytt" / "NTB – Innenriks" / the headline
            titled = len(words & title_words) >= max(3, 0.5 * len(words))
            shorter = last <= 0.6 * min(len(content_of[k].split()) for k in items[:-1])
            # or a blank line parts it from teasers that run on line after line
            spaced = items[-1] - items[-2] > 1 and all(b - a == 1 for a, b in itertools.pairwise(items[:-1]))
            if last <= 4 or shorter or announces or unmarked or titled or spaced:
                items.pop()
        if page.reasons[n] == "navigation" and not _is_tags_header(text):
            items = []
        for m in items:
            page.reasons[m] = {
                "related links": "related links",
                "advertising": "sponsored content",
                "table of contents": "table of contents",
                "summary box": "summary box",
                "service box": "service box",
                "obituary": "obituary",
                "news ticker": "news ticker",
                "job ad": "job ad",
                "classifieds": "job ad",
            }.get(page.reasons[n], "tags")
        idx = j if items else idx + 1


# What another cue may call an item of a list of teasers ("Calcio, Promozione: la Valsorbese vince il derby").
# A ticker's entry under its time: "11:40 Cyberaanval legt gemeente Leemhorst lam".
_TIMED = re.compile(r"\d{1,2}[:.h]\d{2}\s")
_TEASER_LIKE = frozenset(
    {"score widget", "video prompt", "obituary", "news ticker", "podcast promo", "classifieds", "lottery", "weather widget"}
)
_JOBS = re.compile(r"stellen|\bjobs?\b|jobb|emploi|empleo|emprego|lavoro|stilling|vacature|pracy|praca")
# A header over partners' teasers ("Contenuto sponsorizzato"), unlike an ad label alone ("Publicité").
_SPONSORED = re.compile(r"sponsor|partner|patrocinado|gesponsert|promoted|advertorial|publi-?reportage|annonsør|annonsör|bezahlte")


def _is_tags_header(text: str) -> bool:
    return bool(
        re.match(
            r"^(tags?|mots-clés|thèmes|sujets|keywords|topics|schlagwörter|schlagworte|stichworte|themen|etiquetas|temas|"
            r"argomenti|assuntos|tematy|tagi|emner|emneord|ämnen|trefwoorden|onderwerpen|słowa kluczowe)\s*:?$",
            fold(text),
        )
    )


def _mark_breadcrumbs(page: _Page) -> None:
    """Short section paths before the first news sentence ("Monde - Syrie", "Home › Cronaca › Cremona")."""
    for n, text in page.content:
        if not page.free(n):
            continue
        if _is_paragraph(text) and len(text.split()) > 12:
            break
        parts = _BREADCRUMB_SEP.split(text.strip())
        if len(parts) >= 2 and len(text.split()) <= 8 and len(parts[-1].split()) <= 3 and not ends_sentence(text):
            page.reasons[n] = "navigation"
            continue
        # Dashes part a title too ("Brand i Göteborg – 300 evakuerade"): a path only with three short parts or more.
        dashed = re.split(r"\s+[—–]\s+", text.strip())
        short_dashed = len(dashed) >= 3 and all(len(p.split()) <= 2 for p in dashed) and not ends_sentence(text)
        # From the home page down to the report's own headline: "Início / País / Greve dos ferroviários: ...".
        from_home = len(parts) >= 3 and bool(_HOME.match(parts[0])) and all(len(p.split()) <= 2 for p in parts[:-1])
        if short_dashed or from_home:
            page.reasons[n] = "navigation"


_HOME = re.compile(
    r"^(home|início|inicio|portada|accueil|startseite|start|prima pagina|strona główna|forside|hjem|hem|startsida|"
    r"voorpagina)$",
    re.I,
)


def _mark_edges(page: _Page, outlet: str | None) -> None:
    """Above the first news paragraph and below the last one, a line naming the outlet is the site's branding."""
    paragraphs = _paragraphs(page)
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (len(page.content), -1)
    for idx, (n, text) in enumerate(page.content):
        if not page.free(n) or ends_sentence(text) or len(text.split()) > 15 or not _mentions_outlet(text, outlet):
            continue
        if idx < first or idx > last or _outlet_share(text, outlet) >= 0.6:
            page.reasons[n] = "site branding"
        elif _WITH_AGENCY.match(strip_accents(fold(text)).removeprefix(strip_accents(fold(outlet or ""))).strip()):
            page.reasons[n] = "byline"  # "Correio Atlântico com ALN": the outlet with its agency


# What follows the outlet's name in a credit line: "com ALN", "avec AFP", "with agencies".
_WITH_AGENCY = re.compile(r"^(?:com|with|avec|con|mit|met|med|z|und|and|et|e|y)\s+[\w.&-]+(?:\s+[\w.&-]+)?$")


# What a site calls itself under its name: "News from the shore since 1894", "Die Zeitung für das Saarland".
_PRESS_WORDS = re.compile(
    r"\b(news|nachrichten|zeitung|info|infos|informations?|actualités?|l'actu|journal|quotidien|diario|periódico|"
    r"noticias|notizie|giornale|quotidiano|jornal|notícias|nieuws|krant|gazeta|wiadomości|tidning|avis|nyheter|"
    r"nyheder)\b",
    re.I,
)
# What else a motto says: whom the paper serves, and since when ("Serving ... since 1872").
_MOTTO_WORDS = re.compile(
    r"zeitung\b|\b(serving|au service d|im dienst|al servicio d|al servizio d|ao servico d|in dienst van)|"
    r"\b(since|seit|depuis|desde|dal|sinds|sedan|siden|od) (18|19|20)\d\d\b"
)
# A paper's name ends on what it is: "Mittelrhein-Bote", "Fjordabladet", "The European Ledger", "Norrhamns-Posten";
# "News" or "Post" alone is a section.
_SITE_NAME_END = re.compile(
    r"[\s-](?:bote|kurier|courier|courrier|corriere|correio|correo|anzeiger|blatt|tagblatt|rundschau|zeitung|post|"
    r"posten|tribune|tribuna|gazette|gazzetta|gazeta|herald|courant|dagblad|tidende|tidning|tidningen|avisen|journal|"
    r"diario|giornale|jornal|echo|mercury|observer|chronicle|ledger|times|express|presse|nieuws|news|nachrichten|"
    r"dziennik|kurjer|quotidien|quotidiano|bladet|blad|wire|tidningen|posten|anzeiger|avis|bygden|bugle|clarion|"
    r"sentinel|advertiser|examiner|enquirer|telegraph|guardian|argus)$"
    r"|\w(?:bladet|posten|avisen|zeitung|blatt|kurier|bote|bode|anzeiger|tidende|tidningen|dagblad|courant)$"
    # "Dagbladet Vestegnen", "Głos Doliny"
    r"|^(?:dagbladet|avisen|tidningen|dziennik|gazeta|kurier|jornal|diario|giornale|g[lł]os|tygodnik|nowiny) [^\W\d]"
)


def site_name_line(line: str) -> bool:
    """True for a line that is a paper's name alone, its last word saying it is one: "Mittelrhein-Bote", "EUROPE
    WIRE", "Storsjöviks Tidning"."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and not ends_sentence(line)
        and not any(ch.isdigit() for ch in line)
        and all(w[:1].isupper() or w.lower() in _SITE_CONNECTORS for w in words)
        and bool(_SITE_NAME_END.search(strip_accents(fold(line.strip()))))
    )


def _mark_site_names(page: _Page) -> None:
    """Above the first news paragraph, a paper's name alone (``site_name_line``) is the site's branding, whether or
    not the outlet is known ("Alpenrhein Anzeiger" over a page signed "© Alpenrhein Medien AG")."""
    paragraphs = _paragraphs(page)
    first = paragraphs[0] if paragraphs else len(page.content)
    for n, text in page.content[:first]:
        if page.free(n) and site_name_line(text):
            page.reasons[n] = "site branding"


_MASTHEAD = re.compile(r"^(?P<name>[^|–—-]{2,40}?)\s+[|–—-]\s+(?P<motto>[^|–—-]{3,80})$")
_LOGIN_WORDS = {"anmelden", "abo", "login", "log", "in", "sign", "connexion", "entrar", "accedi", "zaloguj", "inloggen"}


def _mark_masthead(page: _Page) -> None:
    """The first lines of a page: the site's name with its motto ("Saarbote – Die Zeitung für das Saarland"), and a
    menu whose links run together, ending on the login ("Saarland Saarbrücken ... Sport Kultur Anmelden Abo").

    Only the first three lines are looked at (five for a motto right under the name), and a motto only when a
    headline follows before the first paragraph: "Name – words" is also a headline's shape.
    """
    first = next(iter(_paragraphs(page)), len(page.content))
    for idx, (n, text) in enumerate(page.content[:5]):
        if not page.free(n) or _is_paragraph(text):
            continue
        masthead = _MASTHEAD.match(text.strip())
        tokens = text.split()
        if (
            idx < 3
            and masthead
            and len(masthead.group("name").split()) <= 4
            and masthead.group("name")[:1].isupper()
            and _PRESS_WORDS.search(masthead.group("motto"))
            and not ends_sentence(text)
            and any(
                page.free(m) and len(t.split()) >= 5 and not ends_sentence(t) for m, t in page.content[idx + 1 : first]
            )
        ):
            page.reasons[n] = "site branding"
        elif (
            idx < 3
            and len(tokens) >= 6
            and all(t[:1].isupper() for t in tokens[:-2])
            and tokens[-1].lower() in _LOGIN_WORDS
        ):
            page.reasons[n] = "navigation"
        elif (
            idx >= 1
            and (
                (idx == 1 and not page.free(page.content[0][0]))
                or page.reasons.get(page.content[idx - 1][0]) == "site branding"
                or site_name_line(page.content[idx - 1][1])  # under a skip link: "Naar hoofdinhoud" / name / motto
            )
            and not ends_sentence(text)
            and len(tokens) <= 14
            and (_PRESS_WORDS.search(text) or _MOTTO_WORDS.search(strip_accents(fold(text))))
            and any(
                page.free(m) and len(t.split()) >= 5 and not ends_sentence(t) for m, t in page.content[idx + 1 : first]
            )
        ):
            # Under the paper's name, its motto: "Heimatzeitung für die Grafschaft und das südliche Emsland".
            page.reasons[n] = "site branding"


def _columns(line: str) -> int:
    """How many cells a table's row holds, ruled with bars or set in columns of spaces."""
    return len(_row_parts(line)) if "|" in line else len(re.split(r"\s{2,}", line.strip()))


def _table_rows(page: _Page) -> set[int]:
    """The rows of a table ruled with bars, anywhere on the page, with its header (as many columns over its first
    row), freed of the navigation reason a cue gave them ("1 | Eirik Solbakken | Lierdal IL | 133,5 | 136,0 | 281,4",
    "Plass | Navn | Klubb | 1. omgang | 2. omgang | Poeng")."""
    content = page.content
    rows = {k for k, (_, text) in enumerate(content) if table_row(text)}
    rows |= {
        k
        for k in range(len(content) - 1)
        if k + 1 in rows and _columns(content[k][1]) == _columns(content[k + 1][1]) > 2
    }
    for k in rows:
        if page.reasons.get(content[k][0]) == "navigation":
            del page.reasons[content[k][0]]
    return {content[k][0] for k in rows}


def _mark_footer_rows(page: _Page) -> None:
    """Below the last news paragraph, a row of three or more short links ("Estatuto editorial | Contactos |
    Publicidade") is the footer's navigation; above it such a row could be a title's parts. A row of figures is a
    fact box's ("Magnitud: 7,1 · Hora: 03:17 · Profundidad: 46 km"), not a ticker's ("C25   1.712,45   -0,8 %")."""
    table = _table_rows(page)
    paragraphs = _paragraphs(page)
    if not paragraphs:
        return
    for n, text in page.content[paragraphs[-1] + 1 :]:
        parts = _row_parts(text)
        facts = sum(bool(_FACT_ROW.match(p)) and any(c.isdigit() for c in p) for p in parts)
        links = len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and facts < 2 and n not in table
        if page.free(n) and links and not ends_sentence(text):
            page.reasons[n] = "navigation"


# A fact box's row: "Lugar: teleférico Pianvalle–Monte Cresta (Italia)".
_FACT_ROW = re.compile(r"^[^\W\d][\w'’ –-]{1,28}:\s+\S")
# A fact box's title: "Fakta: Granbo kyrka", "Key facts".
_FACT_HEAD = re.compile(
    r"^(fakta|faktaboks|faktaruta|key facts|fact ?box|fact ?file|the facts|les faits|en chiffres|feiten|datos clave|"
    r"dados|i fatti|fakty|auf einen blick|steckbrief|"
    # what is known, and the practical details: "O QUE SE SABE", "En pratique", "Ficha técnica" over a match's data
    r"o que se sabe|lo que se sabe|what we know|ce que l'on sait|ce que l'on sait|was wir wissen|wat we weten|"
    r"cosa sappiamo|det här vet vi|dette vet vi|det ved vi|en pratique|infos? pratiques?|informations pratiques|"
    r"in pratica|na prática|en la práctica|praktisch|praktische informatie|praktisk info\w*|ficha técnica|"
    # a match's scoreboard under its live report: "Le tableau d'affichage" over "SA Castelvieil 16 - 15 RC ..."
    r"(?:le )?tableau d'affichage|the scoreboard|el marcador|il tabellino)\b",
    re.I,
)
# An agency's mark closing a report's last sentence: "/ritzau/", "(dpa)".
_AGENCY_MARK_END = re.compile(
    r"\s*(?:/\s*[a-z]{2,8}\s*/|\((?:dpa|afp|apa|anp|belga|ansa|efe|lusa|pap|tt|ntb|ritzau|sda|ats|reuters|ap)\))\s*$",
    re.I,
)
# A writer's initials closing a brief: "(mk)".
_INITIALS = re.compile(r"\([^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?\)")


def _mark_tail(page: _Page, title_line: int | None) -> None:
    """Below the last news paragraph, a short line without figures that ends no sentence heads nothing: no paragraph
    follows it, so it is no subheading but one of the page's footer links ("Careers", "Privacy Notice", "Our sites")."""
    paragraphs = _paragraphs(page)
    if not paragraphs:
        return
    tail = page.content[paragraphs[-1] + 1 :]
    for k, (n, text) in enumerate(tail):
        # Not a table's rows or a list's entries at the end of a report, which hold figures or run longer.
        short = len(text.split()) <= 5 and not any(c.isdigit() for c in text) and not _INITIALS.fullmatch(text.strip())
        # Nor the heading of such a table: "Le classement de l'étape" over "1. Lucas Véranne ... 4h12'05''".
        # or of a fact box's "Label: value" rows: "LAS CLAVES" over "Lugar: teleférico ...".
        below = tail[k + 1][1] if k + 1 < len(tail) else ""
        heads_rows = (
            k + 1 < len(tail)
            # (a fact box's first row may read as a date or a service line until the box is kept: "Alerta: 23:41 ...")
            and (page.free(tail[k + 1][0]) or (page.reasons.get(tail[k + 1][0]) in _FACT_BOX_SLIPS and bool(_FACT_HEAD.match(text))))
            and (
                any(c.isdigit() for c in below)
                or bool(_FACT_ROW.match(below))
                or bool(_FACT_HEAD.match(text))
                or ("|" in below and _columns(below) > 2)  # a table's header row: "Bezirk | Ja | Nein | Ja-Anteil"
            )
        )
        # Nor a point of a list whose points went before: "- Oorzaak wordt onderzocht" under "Wat we weten",
        # "Injuries: none" under "Firefighters deployed: about 55".
        above = tail[k - 1][1] if k > 0 else ""
        listed = (
            k > 0
            and page.free(tail[k - 1][0])
            and any(bool(form.match(text)) and bool(form.match(above)) for form in (_LIST_MARK, _FACT_ROW))
        )
        # A sentence may close on its agency's mark: "Arbejdstilsynet er underrettet. /ritzau/"
        ended = ends_sentence(_AGENCY_MARK_END.sub("", text))
        if n != title_line and page.free(n) and not ended and short and not heads_rows and not listed:
            page.reasons[n] = "page footer"


# What a cue may wrongly call one row of a fact box: "Jornadas: 2, 3 y 9 de julio", "Trafik: ca. 30 godstog ...".
_FACT_BOX_SLIPS = frozenset({"page footer", "timestamp", "service box"})


def _keep_fact_boxes(page: _Page) -> None:
    """Rows of a fact box ("Label: value", three or more on lines in a row, half of them kept) are all the box's: one
    row that looks like a date, a service line or a footer link is still a row."""
    content = page.content
    k = 0
    while k < len(content):
        end = k
        while (
            end < len(content)
            and _FACT_ROW.match(content[end][1])
            and len(content[end][1].split()) <= 14
            and (end == k or content[end][0] == content[end - 1][0] + 1)  # a blank line ends the box
        ):
            end += 1
        run = content[k:end]
        if len(run) >= 3 and 2 * sum(page.free(n) for n, _ in run) >= len(run):
            # the box's last line may hold no label: "I rute Sandvåg–Kærsholm siden 2019", read as a motto
            if end < len(content) and content[end][0] == run[-1][0] + 1:
                n, text = content[end]
                if len(text.split()) <= 8 and not ends_sentence(text) and page.reasons.get(n) == "site branding":
                    del page.reasons[n]
            for n, _ in run:
                if page.reasons.get(n) in _FACT_BOX_SLIPS:
                    del page.reasons[n]
        k = max(end, k + 1)


def _mark_lone_bylines(page: _Page, title_line: int | None) -> None:
    """A person's name alone on the line beside the page's date, reading time or an audio prompt is the author's
    byline ("Anna Nowicka" over "13.05.2025 12:40"); a short title in title case stays. A photographer's credit
    stands beside a caption, not beside the date."""
    for idx, (n, text) in enumerate(page.content):
        if n == title_line or not page.free(n):
            continue
        if _place_in_byline(page, idx):
            page.reasons[n] = "byline"  # "Agencia EFE" / "Huesca" / "15 de junio de 2027, 14:25"
            continue
        if not _is_byline_shape(text):
            _mark_byline_part(page, idx)
            continue
        # The reporter's role or desk may stand between the name and the date: "Tom Gallagher" / "Consumer Affairs
        # Reporter", "Lars Holmgren" / "Oslo".
        after = page.content[idx + 1] if idx + 1 < len(page.content) else None
        place = after is not None and is_name_only(after[1]) and len(after[1].split()) <= 2
        role = after is not None and (bool(_ROLE_LINE.match(after[1].strip())) or place)
        steps = (idx - 1, idx + 1, idx + 2) if role else (idx - 1, idx + 1)
        neighbours = [page.content[j][0] for j in steps if 0 <= j < len(page.content)]
        # Or the outlet and the place, which the branding rule took: "Ruth Abernethy" / "EBC News, Essex".
        desk = after is not None and page.reasons.get(after[0]) == "site branding" and "," in after[1]
        if desk or any(page.reasons.get(m, "").startswith(_BYLINE_NEIGHBOURS) for m in neighbours):
            page.reasons[n] = "byline"
            if role and page.free(page.content[idx + 1][0]):
                page.reasons[page.content[idx + 1][0]] = "byline"


def _place_in_byline(page: _Page, idx: int) -> bool:
    """Whether the line at ``idx`` is a lone place name between the byline and the date, where the report was filed."""
    text = page.content[idx][1].strip()
    if idx == 0 or idx + 1 >= len(page.content) or len(text.split()) != 1 or not is_name_only(text):
        return False
    above, below = page.content[idx - 1][0], page.content[idx + 1][0]
    return page.reasons.get(above, "") in ("byline", "agency sign-off") and page.reasons.get(below) == "timestamp"


def _mark_byline_part(page: _Page, idx: int) -> None:
    """An agency's code beside the date ("APC" over "Mis en ligne le ..."), or a place alone between the byline and
    the date ("Redacción Diario del Turia" / "València" / "17/09/2025 - 09:45h"), belongs to the byline."""
    n, text = page.content[idx]
    words = text.split()
    if not words or len(words) > 3 or ends_sentence(text) or not all(w[:1].isupper() for w in words):
        return
    around = [page.content[j][0] for j in (idx - 1, idx + 1) if 0 <= j < len(page.content)]
    flagged = [m for m in around if page.reasons.get(m, "").startswith(_BYLINE_NEIGHBOURS)]
    if (re.fullmatch(r"[A-Z]{2,6}", text.strip()) and flagged) or len(flagged) == 2:
        page.reasons[n] = "byline"


# A reporter's role on its own line: "Consumer Affairs Reporter", "Chefredakteurin", "Political Editor".
_ROLE_LINE = re.compile(
    # "dziennikarz działu regionalnego": a role, then its desk
    r"^(?:dziennikarz|dziennikarka|reporterka|redaktor|redaktorka|journalistin|journalist)\s+[^.!?\d]{3,40}$|"
    r"^(?:[A-ZÀ-Ý][\w&'’-]*\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|redakteur(?:in)?|"
    r"korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|corresponsal|giornalista|"
    r"redattore|redattrice|jornalista|repórter|dziennikarz|dziennikarka|verslaggever|redacteur)(?:,\s*[\w& ]{2,30})?$",
    re.I,
)


# What may follow a reporter's name on a byline: a colleague ("avec Hélène Roth") and the place ("à Grenzweiler",
# "| Zaragoza").
_BYLINE_TAIL = re.compile(
    r"^(?:\s*,?\s*(?:(?:avec|with|mit|und|and|con|com|et|y|e|en|og|och|i)\s+)?"
    # (the colleague's name may hold a particle: "Sanne Wijnbergen en Joost van Olst")
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|von|de|der|den|ten|ter|da|di|du|dos|das))?(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})?"
    r"(?:\s*(?:\||·|/|–|-|\bà\b|\bin\b|\ben\b|\ba\b|\bem\b|\bte\b|\bdesde\b|\bda\b)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)?$"
)


def _is_byline_shape(text: str) -> bool:
    """A person's name alone (two to four words), maybe with a colleague and the place it was written from:
    "Anna Nowicka", "Thomas Schaller, avec Hélène Roth à Grenzweiler", "Elena Marín | Zaragoza"."""
    m = re.match(
        r"^[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?:\s+(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]+|de|von|van|den|der|ter|da|del|di|le|la|dos|das|du)(?![\w'’])){1,4}",
        text.strip(),
    )
    if m is None or not is_name_only(m.group(0)) or not 2 <= len(m.group(0).split()) <= 4:
        return False
    return m.end() == len(text.strip()) or bool(_BYLINE_TAIL.match(text.strip()[m.end() :]))


def _outlet_share(text: str, outlet: str | None) -> float:
    words = strip_accents(fold(text)).split()
    name = set(strip_accents(fold(outlet or "")).split())
    return sum(1 for w in words if w in name) / len(words) if words else 0.0


# A page's title as a scraper saves it on the first line: the headline, then the site's name after a bar or a
# dash ("Fire at German chemical plant forces 1,200 residents from their homes | The European Ledger").
# The site's name holds no bar, no dash and no spaced hyphen: "... stenger flyplasser – 380 avganger innstilt -
# Tindebladet" is cut at its last separator.
# A bullet parts the name as a bar does: "... after ransomware attack • ByteWire".
_SITE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+(?P<sep>[|•·–—-])\s+(?P<site>(?:(?!\s-\s)[^|•·–—])+)$")
_DOMAIN_NAME = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[a-zA-Z]{2,6}$")
_SITE_CONNECTORS = {
    *("de", "del", "do", "da", "di", "du", "des", "of", "the", "la", "le", "el", "il", "van", "der"),
    *("della", "dello", "delle", "degli", "dei", "dos", "das", "dla"),  # "La Voce della Valle", "Jornal das Beiras"
    *("las", "los", "les"),  # "El Faro de las Rías"
    *("znad", "nad", "spod", "pod", "przy", "za", "am", "an", "im"),  # "Echo znad Odry", "Bote am Rhein", "Kierowca za Odrą"
}


_LIVE_KICKER = re.compile(
    r"^(?:live|liveblog|live-?ticker|direct|en direct|en vivo|en directo|diretta|ao vivo|em direto|direto|na żywo|direkte?"
    r"|ao minuto|minuto a minuto|minuto per minuto|al minuto)"
    r"\s*[|:–-]\s+(?=\S)",
    re.I,
)


def site_suffix(line: str) -> tuple[str, str, str] | None:
    """(headline, site name, separator) when ``line`` has a page title's shape: a headline of four to 25 words, then
    after a bar or a dash a name of one to five words, each capitalised but for short connectors, with figures only
    inside a word after a bar ("DK24")."""
    # "LIVE | Stormvloed aan de kust: ... - De Kustkoerier": a live page's title, its kicker left out
    match = _SITE_SUFFIX.match(_LIVE_KICKER.sub("", line.strip()))
    if match is None or ends_sentence(line):
        return None
    head, site = match.group("head").strip(), match.group("site").strip()
    sep = "|" if match.group("sep") in "•·" else match.group("sep")
    reason = cue_reason(head)
    if reason is not None and (reason != "news ticker" or sep != "|"):
        return None  # a cookie banner's text before its buttons, a menu; "LIVE: ... | DK24" is a live page's title
    words = site.split()
    short_lower = sep == "|"  # after a bar, a short lowercase word may be part of the name: "L'Écho national"
    # a name ending on a number of its own: "Quotidiano Levante 24"
    numbered = len(words) >= 2 and bool(re.fullmatch(r"\d{1,3}", words[-1])) and all(w[:1].isupper() for w in words[:-1])
    if 4 <= len(head.split()) <= 25 and "|" not in head and _DOMAIN_NAME.match(site):
        return head, site, sep  # the site's address as its name: "... | rdm24.pl", "... - Wierzbów24.pl"
    if (
        not 4 <= len(head.split()) <= 25
        or "|" in head
        or not 1 <= len(words) <= 5
        # Figures only inside a name after a bar ("| DK24") or glued to a name's end ("- Nieuwsplein24"), not as a
        # score or a count after a dash
        or (any(w.isdigit() for w in words) and not numbered)
        or (
            any(ch.isdigit() for ch in site)
            and sep != "|"
            and not numbered
            and not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:[A-ZÀ-Ý][a-zà-ÿ]+)?\d{1,3}", site)  # "Nieuwsplein24", "NieuwsNet24"
        )
        or not words[0][:1].isupper()
        or not all(
            w[:1].isupper() or w.lower() in _SITE_CONNECTORS or (short_lower and len(w) <= 8)
            for w in (words[:-1] if numbered else words)
        )
    ):
        return None
    return head, site, sep


def _page_title(page: _Page, outlet: str | None) -> int | None:
    """The first line when it is a page title ending with the site's name (``site_suffix``): the name is cut and the
    headline kept. After a dash, which also parts a headline's clauses, the name must be the outlet's, hold a word
    such as "Diario" or "Kurier", or stand on another line of the page."""
    if not page.content:
        return None
    n, text = page.content[0]
    found = site_suffix(text) or _named_site_suffix(page)
    if found is None:
        return _site_first_title(page)
    head, site, sep = found
    if sep != "|":
        shared = {w for w in _content_words(site) if len(w) >= 5} & _content_words(outlet or "")
        named = bool(shared) or bool(_PRESS_WORDS.search(site)) or _mentions_outlet(site, outlet)
        named = named or bool(_SITE_NAME_END.search(strip_accents(fold(site))))
        folded = strip_accents(fold(site))
        if not named and not any(folded in strip_accents(fold(t)) for _, t in page.content[1:]):
            return None
    page.repairs[n] = (head, f"site name {site!r} cut")
    return n


def _named_site_suffix(page: _Page) -> tuple[str, str, str] | None:
    """(headline, site, separator) for a first line "Headline | Site" (or after a dash) whose site's name stands alone
    on another line of the page, whatever its shape: "... | Crónica 360", "... - L'Écho romand"."""
    parts = re.split(r"\s+([|–—-])\s+(?=[^|–—-]+$)", page.content[0][1].strip())
    if len(parts) != 3 or not 4 <= len(parts[0].split()) <= 25 or not 1 <= len(parts[2].split()) <= 5:
        return None
    if not any(t.strip() == parts[2] for _, t in page.content[1:6]):
        return None
    return parts[0], parts[2], parts[1]


def _site_first_title(page: _Page) -> int | None:
    """The first line when it is a page title that opens with the site's name, which stands alone on another line of
    the page: "Gazeta de Coimbra – Greve dos ferroviários: CP suprime 61% dos comboios"."""
    n, text = page.content[0]
    parts = re.split(r"\s+[|–—]\s+", text.strip(), maxsplit=1)
    if len(parts) != 2 or not 4 <= len(parts[1].split()) <= 25 or ends_sentence(text):
        return None
    site, head = parts
    if not 1 <= len(site.split()) <= 5 or not any(t.strip() == site for _, t in page.content[1:]):
        return None
    page.repairs[n] = (head, f"site name {site!r} cut")
    return n


def _find_title(page: _Page, title: str | None) -> int | None:
    """The line that is the article's title: the known title, or else a headline-shaped line above the first news.

    Of the candidates, the first of five words or more wins (site names and sections are shorter); failing that,
    the longest, the later one on a tie.
    """
    kept = [(n, t) for n, t in page.content if page.free(n)]
    if title:
        key = _repeat_key(title)
        for n, text in kept[:8]:
            other = _repeat_key(text)
            if other == key or (
                other and 2 * len(_grams(other) & _grams(key)) >= 0.85 * (len(_grams(other)) + len(_grams(key)))
            ):
                return n
        first = page.content[0][0] if page.content else None
        return reworded_title([(n, t) for n, t in kept[:8] if n != first], title)
    candidates = []
    for n, line in kept:
        text = page.repairs[n][0] if n in page.repairs else line
        if _is_paragraph(text) or len(text.split()) > 25:
            break
        if not ends_sentence(text) or text.rstrip().endswith(("?", "!")):
            candidates.append((n, text))
    if not candidates:
        return None
    headlines = [(n, text) for n, text in candidates if len(text.split()) >= 5 and not text.isupper()]
    # A site's motto ("Le notizie di oggi, in tempo reale") also comes first: the title follows the section path
    # ("Home › Cronaca"), and it shares names and words with the report under it.
    path = [
        n
        for n, text in page.content
        if n < candidates[-1][0]
        and (
            page.reasons.get(n) == "navigation"
            or (not page.free(n) and bool(_BREADCRUMB_SEP.search(text)) and len(text.split()) <= 8)
        )
    ]
    headlines = [c for c in headlines if c[0] > path[-1]] or headlines if path else headlines
    if headlines:
        after = [t for n, t in kept if n > headlines[0][0] and _is_paragraph(t)][:3]
        body = _content_words(" ".join(after))
        # The first that does, since a standfirst under the title shares even more.
        return next((n for n, text in headlines if _content_words(text) & body), headlines[0][0])
    return max(candidates, key=lambda c: (len(c[1].split()), c[0]))[0]


def reworded_title(kept: Sequence[tuple[int, str]], title: str) -> int | None:
    """The headline over the report that rewords the page's title ("Afera w ratuszu. Były skarbnik Kamionogrodu
    skazany ..." under "Były skarbnik miasta skazany. Cztery lata więzienia ..."): the first headline-shaped line
    holding most of the title's longer words, with one paragraph at most above it (a cookie notice's or a ticker's)."""
    paragraphs = 0
    for n, text in kept:
        if _is_paragraph(text):
            paragraphs += 1
            if paragraphs > 1:  # a subheading rewording the title, below the report's first paragraphs
                return None
            continue
        shared, mine, theirs = _title_overlap(text, title)
        if mine and theirs >= 3 and shared >= 0.6 * max(mine, theirs):
            return n
    return None


def _content_words(text: str) -> set[str]:
    """Words of five letters or more, folded, cut to their first five: what a title and its report share."""
    return {w[:5] for w in _WORD.findall(fold(text)) if len(w) >= 5 and not w.isdigit()}


def _find_standfirst(page: _Page, title_line: int | None) -> int | None:
    """The line right under the title that the page's byline, date or tools then part from the report: the editor's
    summary ("Quattordici feriti, due restano in prognosi riservata."), whose sentences are marked as a standfirst."""
    numbers = [n for n, _ in page.content]
    if title_line is None or title_line not in numbers:
        return None
    at = numbers.index(title_line)
    if at + 2 >= len(numbers):
        return None
    line, after = numbers[at + 1], numbers[at + 2]
    # (not the writer's name over the date: a byline, "Łukasz Pietras")
    named = is_name_only(dict(page.content)[line])
    if not named and page.free(line) and not page.free(after) and page.reasons[after].startswith(_STANDFIRST_BELOW):
        return line
    # Or the first line past the header's byline and tools, when the report under it opens on its wire dateline
    # ("ROCCAVERDE MONFERRATO (ANSA) - Sono stati ..."): the report starts there, the line above sums it up.
    free = [n for n in numbers[at + 1 : at + 8] if page.free(n)]

    if len(free) >= 2 and numbers.index(free[1]) - numbers.index(free[0]) <= 3:
        text = dict(page.content)
        if _WIRE_DATELINE.match(text[free[1]]) and not _WIRE_DATELINE.match(text[free[0]]) and ends_sentence(text[free[0]]):
            return free[0]
    return None


# A wire dateline opening a report: a place in capitals, its agency, a dash ("ROCCAVERDE MONFERRATO (ANSA) - ").
_WIRE_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,40}\s\([\w/.-]{2,15}\)\s?[-–—]\s")


# What stands between a standfirst and the report under it: the article's header (a photo and its caption may
# follow the report's first paragraph).
_STANDFIRST_BELOW = ("byline", "timestamp", "share", "reading time", "notification", "site branding")


def _mark_kickers(page: _Page, page_title: int) -> None:
    """Under a page title with no headline on the page, the short unpunctuated lines before the report (section,
    place, "ÚLTIMA HORA") are the page's header, as they would be above a headline."""
    paragraphs = _paragraphs(page)
    first = paragraphs[0] if paragraphs else len(page.content)
    for n, text in page.content[:first]:
        if n != page_title and page.free(n) and not ends_sentence(text) and len(text.split()) <= 3:
            page.reasons[n] = "page header"


def _mark_header(page: _Page, title_line: int | None, repeated: bool = False) -> None:
    """Short unpunctuated lines above the title (site name, section, kicker) are the page's header; above the page
    title's repeat, which is the headline for sure, so is a longer motto ("Het nieuws uit de Betuwe, de ...")."""
    if title_line is None:
        return
    longest = 20 if repeated else 8
    for n, text in page.content:
        if n == title_line:
            return
        # A motto of three words or fewer, full stop and all, is no sentence of the report: "Europe, explained."
        slogan = (repeated and _staccato(text)) or (len(text.split()) <= 3 and text.rstrip().endswith("."))
        if page.free(n) and (not ends_sentence(text) or slogan) and len(text.split()) <= longest:
            page.reasons[n] = "page header"


def _below_report(page: _Page, n: int) -> bool:
    """Whether line ``n`` stands below the report's first paragraph: the title's repeat in a share box or a list of
    links there is no headline, and the lines above it are no header."""
    at = _position(page, n)
    paragraphs = _paragraphs(page)
    return bool(paragraphs) and paragraphs[0] < at


def _staccato(text: str) -> bool:
    """A slogan of one- or two-word sentences: "Snel. Helder. Onafhankelijk."."""
    parts = [p for p in re.split(r"[.!]\s*", text.strip()) if p]
    return 2 <= len(parts) <= 4 and all(len(p.split()) <= 2 for p in parts)
