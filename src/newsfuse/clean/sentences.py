"""Sentence splitting that keeps quotes whole and knows common abbreviations in our languages."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    # titles
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "mr",
    "mrs",
    "ms",
    "prof",
    "gen",
    "gén",
    "col",
    "lt",
    "sgt",
    # ranks in English reports ("Spc. Erin Robicheaux", "Maj. Alan Kabakoff")
    "maj",
    "capt",
    "cpl",
    "pvt",
    "pfc",
    "spc",
    "adm",
    "cmdr",
    "brig",
    "supt",
    "insp",
    # places: "Ft. Benning", "Mt. Kenya"
    "ft",
    "mt",
    "det",
    "sen",
    "rep",
    "gov",
    "jr",
    "sr",
    "sra",
    "srta",
    "dña",
    "hr",
    "fr",
    "frau",
    "sig",
    "dott",
    "ing",
    "dipl",
    "mag",
    # months and others
    "janv",
    "févr",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "dec",
    "ene",
    "abr",
    "ago",
    "dic",
    "etc",
    "cf",
    "env",
    "vol",
    "no",
    "nr",
    "n°",
    "art",
    "abs",
    "bzw",
    "ca",
    "vgl",
    "inkl",
    "ggf",
    "usw",
    "z",
    "b",
    "d",
    "h",
    "u",
    "vs",
    "approx",
    "av",
    "ap",
    "j.-c",
    # Polish: "około godz. 7.15", "podkom. Agnieszka Rutkowska", "ul. Warszawska", "woj. warmińsko-mazurskie"
    "godz",
    "ul",
    "al",
    "pl",
    "woj",
    "pow",
    "gm",
    "im",
    "św",
    "tel",
    "inż",
    "podkom",
    "prok",
    "oprac",
    "kom",
    "nadkom",
    "asp",
    "sierż",
    "mł",
    "kpt",
    "ppłk",
    "płk",
    "bryg",
    "mjr",
    # a priest, a bishop, a director, an advocate: "proboszcz ks. Tadeusz Mazur"
    "ks",
    "prał",
    "podinsp",
    "nadinsp",
    "bp",
    "abp",
    "dyr",
    "mec",
    "tzw",
    "tj",
    "m.in",
    "wg",
    "r",
}
_OPEN = {"«": "»", "“": "”", "„": "“"}
# German sets quotes »like this« and opens a sentence with them too.
# A link list's marker ("... Stockholm. > Alla artiklar • ...") opens no sentence but ends the one before it.
# A dash opening a quotation starts a sentence too: "zatrzymali kierowcę. – Mężczyzna był trzeźwy".
# Capitals past Latin-1 open sentences too: Polish "Świadek", "Łuna", Czech "Šest".
_CAPITALS = "A-ZÀ-ÝĄĆĘŁŃŚŹŻČŠŽŘĎŤŇŐŰĞİŞ"
# French sets a space inside its guillemets: "... Rouvière. « Tous les moyens ... »" opens a sentence too, and
# "... l'ont aidé. » Un juge ..." closes one; German closes „ with “: "... eine Insel.“ Die Straße ...".
_BOUNDARY = re.compile(
    rf"([.!?…]+)((?:[\s\u00a0\u202f]?»)?['\"»”“’«)\]]*)(\s+)(?=[\"«“„»(\[]?[{_CAPITALS}0-9¿¡]|«[\s\u00a0\u202f][{_CAPITALS}0-9]|"
    rf"[>•]\s|[–—]\s+[{_CAPITALS}])"
)
# "bis 30. Mai": a German ordinal day before a month name ends no sentence.
_ORDINAL_DAY = re.compile(r"(?:^|\s)\d{1,2}$")
_MONTH_AFTER = re.compile(
    r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b", re.I
)


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (one line) into sentences, never inside a quotation."""
    text = paragraph.strip()
    if not text:
        return []
    spans: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        candidate = text[start:end]
        if _no_end(text[start : match.start(1)], match.group(1), text[match.end(3) :]):
            continue
        if _inside_quote(candidate):
            continue
        spans.append(candidate.strip())
        start = match.end(3)
    spans.append(text[start:].strip())
    if len(spans) == 1 and _inside_quote(text):
        # An unbalanced quote would swallow the paragraph: split ignoring quotes instead.
        return _split_ignoring_quotes(text)
    return [part for s in spans if s for part in _unglue(s)]


# "fundado em 1996.Beira-Mar venceu", "it should be fasting."Radio emission", 'promote peace.""Peace on earth': scraping
# lost the space after a full stop (or the quote it closes, or before the quote opening the next sentence). Two
# lower-case letters or digits, the stop, then a capitalised word (perhaps after an opening quote); a web address
# ("www.Site.com") or an abbreviation ("approx.Ten") is left alone.
_GLUED = re.compile(r"(?<=[a-zà-ÿ0-9]{2})[.!?][\"”»]?(?=[\"“«]?[A-ZÀ-Ý][a-zà-ÿ]+\b)(?![\w-]+\.[a-z]{2,})")

_CAMEL = re.compile(r"[a-z][A-Z]")


def _unglue(sentence: str) -> list[str]:
    """Split a sentence where a full stop is glued to the next sentence's first word, outside quotes."""
    out, start = [], 0
    for match in _GLUED.finditer(sentence):
        before = sentence[start : match.start()]
        token = before.rsplit(None, 1)[-1] if before.split() else ""
        if any(mark in token.lower() for mark in ("www", "http", "@", "/")):
            continue
        if _CAMEL.search(token):
            # "SciDev.Net", "eBay.Com": a name written in camel case carries its own dots.
            continue
        if _ends_with_abbreviation(before, "."):
            continue
        end = match.end()
        if _inside_quote(sentence[:end]):
            # 'the hot gas."Until now we had no idea': a mark after the stop that leaves a quote open opens the next.
            if len(match.group(0)) == 2 and match.group(0)[1] == '"' and not _inside_quote(sentence[: end - 1]):
                end -= 1
            else:
                continue
        out.append(sentence[start:end].strip())
        start = end
    out.append(sentence[start:].strip())
    return [s for s in out if s]


def _split_ignoring_quotes(text: str) -> list[str]:
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if _no_end(text[start : match.start(1)], match.group(1), text[match.end(3) :]):
            continue
        out.append(text[start : match.end(2)].strip())
        start = match.end(3)
    out.append(text[start:].strip())
    return [s for s in out if s]


def _ends_with_abbreviation(before: str, punct: str) -> bool:
    if punct != ".":
        return False
    token = before.rsplit(None, 1)[-1] if before.split() else ""
    token = token.lstrip('(«"“').lower()
    if not token:
        return False
    if token in ABBREVIATIONS:
        return True
    # A short title's second word, after the first's abbreviation: "ks. kan. Stanisław Mrugała", "asp. szt. Iwona
    # Pyrek" (a canon, a staff aspirant); alone, "kan." ends a Nordic sentence ("Vi gör vad vi kan.").
    words_before = before.split()
    if len(words_before) >= 2 and token.isalpha() and token.islower() and len(token) <= 4:
        previous = words_before[-2].lower()
        if previous.endswith(".") and previous[:-1] in ABBREVIATIONS:
            return True
    # Initials ("J. Smith") and dotted abbreviations ("z.B.", "U.S.").
    return (len(token) == 1 and token.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", token))


def _ordinal_date(before: str, punct: str, after: str) -> bool:
    if punct == "." and _ARTICLE_ORDINAL.search(before):
        return True  # "Nach Auffassung der 3. Kammer", "beim 2. Versuch": a German ordinal after its article
    if punct == "." and _ORDINAL_DAY.search(before) and _ORDINAL_NOUN.match(after):
        return True  # "12. Minute: Erste Gelbe Karte", "In der 3. Liga": a match's minute, a round, a league
    return punct == "." and bool(_ORDINAL_DAY.search(before)) and bool(_MONTH_AFTER.match(after))


# Nouns a German ordinal counts: minutes, rounds, stages, leagues, places, centuries.
_ORDINAL_NOUN = re.compile(
    r"(?:Minute|Spielminute|Runde|Spieltag|Etappe|Liga|Bundesliga|Platz|Halbzeit|Satz|Durchgang|Stock|Stockwerk|"
    r"Jahrhundert|Klasse|Kammer|Sitzung)\b"
)
_ARTICLE_ORDINAL = re.compile(
    r"(?:^|\s)(?:der|die|das|dem|den|des|im|am|zum|zur|vom|beim|ein|eine|einer|eines|einem|einen)\s\d{1,3}$", re.I
)


# "Staff Sgt. Jason Escoyne, Co. C, 199th FSB": a military company's letter follows "Co."; a firm's "Co." may end one.
_COMPANY_LETTER = re.compile(r"[A-Z](?=[,)]|\s+(?:of|and)\b|\s+\d)")


def _no_end(before: str, punct: str, after: str) -> bool:
    """True where a full stop ends no sentence: an abbreviation, a German ordinal day, a company letter."""
    if _ends_with_abbreviation(before, punct) or _ordinal_date(before, punct, after):
        return True
    token = before.rsplit(None, 1)[-1] if before.split() else ""
    if punct == "." and token.lower() in _BEFORE_NUMBER and after.lstrip()[:1].isdigit():
        return True  # "o powierzchni ok. 2800 mkw.": "ok." ends a sentence elsewhere, never before a number
    if punct == "." and _LIST_NUMBER.search(before) and (_LIST_PLACE.search(before) or _LIST_PLACE.search(after)):
        return True  # "el podio: 1. Tsehay Alemu, 2:21:40; 2. Ruth Chepkoech": a ranking's places, two or more
    return punct == "." and token == "Co" and bool(_COMPANY_LETTER.match(after))


# A place in a list after a colon or a semicolon, or opening the line: "podio femenino: 1.", "2:21:40; 2.".
_LIST_NUMBER = re.compile(r"(?:^|(?<!\d):|;)\s*\d{1,2}$")
_LIST_PLACE = re.compile(r"(?:^|(?<!\d):|;)\s*\d{1,2}\.\s")

# Abbreviations that stand before a number: Polish "ok." (about), "nr", "tys." (thousand), "ca." (circa), and the Nordic
# clock's "kl." ("fra fredag kl. 20 til mandag kl. 05").
_BEFORE_NUMBER = {"ok", "nr", "tys", "ca", "approx", "kl"}


def _inside_quote(text: str) -> bool:
    # A stack of expected closing marks: „ closes with “ (German), “ with ”, « with »; where the first guillemet is
    # », the text quotes German-style (»...«).
    guillemets = [c for c in text if c in "«»"]
    opens = dict(_OPEN)
    if guillemets and guillemets[0] == "»":
        opens.pop("«")
        opens["»"] = "«"
    stack: list[str] = []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1]:
            # "’" is also the apostrophe: it closes a quotation only where no letter follows ("is’, zei ...").
            if ch != "’" or not text[i + 1 : i + 2].isalpha():
                stack.pop()
        elif stack and stack[-1] == "“" and ch == "”":
            stack.pop()  # „...” is also seen
        elif ch in opens:
            stack.append(opens[ch])
        elif ch == "‘" and not text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalpha():
            stack.append("’")  # Dutch and English single quotation marks: ‘We staken niet. Onze mensen ...’
    straight = text.count('"') % 2 == 1
    return bool(stack) or straight
