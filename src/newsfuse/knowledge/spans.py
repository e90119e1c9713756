"""Mention spans as a model gives them, mended: names cut in two, datelines glued on, descriptions in front."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.knowledge.recognizer import NAME_CONNECTORS, ROLE_WORD_END, RawMention

# A preposition a name cannot end with: "Syndicat des dockers et portuaires de" lacks its "Marseille".
_DANGLING = re.compile(r"\s(?:de|du|des|d'|d’|de la|de l'|of|of the|del|de los|di|della|dei|von|vom|der|des)$", re.I)
_JOIN_PLACE = re.compile(r"^\s(?:de|du|des|de la|de l'|de l’|d'|d’)\s?$", re.I)
_CAPITALISED_RUN = re.compile(r"^\s?[A-ZÀ-Ý][\w’'-]*(?:\s[A-ZÀ-Ý][\w’'-]*)*")
# A dateline run into the sentence: "MARSEILLE - Les dockers" is "MARSEILLE".
_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý' -]*[A-ZÀ-Ý])\s+[-–—]\s+\S")
# Lowercase words before the name proper: "institut MétéoLéman", "lac Léman", "marché de Vevey", "autoroute A55".
_LEADING_COMMON = re.compile(
    r"^(?:[a-zà-ÿ][\w’'-]*\s+)+(?:(?:de la|de l'|de l’|du|des|de|d'|d’)\s*)?(?=[\"“«„]?[A-ZÀ-Ý0-9])"
)
_OPENING_MARKS = '"“«„'
_CLOSING_MARKS = '"”»“'
_QUOTE_MARKS = _OPENING_MARKS + _CLOSING_MARKS

# An elided article or preposition in lower case: "l'Espagne", "d'Albertville", "dell'Italia" ("L'Oréal" keeps it).
_LEADING_ELISION = re.compile(r"^(?:l|d|dell|all|nell|dall|sull|qu)['’](?=[A-ZÀ-Ý])")
# A sentence's opening "The" before a name of several words ("The Delta Environmental Agency said"): not part of the
# name, which the sources write "the Delta Environmental Agency" inside a sentence; "The Hague" and "The Guardian" keep
# theirs.
_OPENING_THE = re.compile(r"^The\s+(?=[A-Z][\w'’-]*\s+[A-Z])")
# An article a sentence capitalises before a code or an acronym: "La RN90 a été fermée", "Die SPD", "El PSOE". Before a
# word ("La Paz", "Le Havre", "Der Spiegel") the article is part of the name.
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:La|Le|Les|Der|Die|Das|El|Los|Las|Il|Lo|Gli|The|De|Het|O|A|Os|As)\s+|L['’])(?=[A-Z0-9]{2,}\b)"
)


# A possessive cut at its apostrophe: "IHS Jane'" of "IHS Jane's".
_CUT_POSSESSIVE = re.compile(r"^s\b")
# What an apposition says the name is: "Hamadaniyah, un quartier d'Alep", "the town of Brisk".
_PLACE_NOUNS = (
    r"quartier|ville|village|localité|commune|région|province|district|town|city|suburb|neighbou?rhood|region"
    r"|stadt|dorf|stadtteil|bezirk|gemeinde|ciudad|pueblo|barrio|localidad|città|paese|quartiere|comune|cidade"
    r"|bairro|aldeia|vila|miasto|wieś|dzielnica"
)
_PLACE_AFTER = re.compile(
    rf"^\s*,\s+(?:un|une|a|an|ein|eine|uno|una|um|uma)\s+(?:petite?\s+|small\s+)?(?:{_PLACE_NOUNS})\b", re.I
)
_PLACE_BEFORE = re.compile(rf"\b(?:{_PLACE_NOUNS})\s+(?:de|d'|d’|of|von|di|da|do)\s*$", re.I)
# Where people live or come from, and the places around a site: "Residents of Rozenburg", "die Bewohner von
# Rozenburg", "a 34-year-old man from Monza", "un 34enne di Monza", "le terminal de Mourepiane", "im Hafengebiet Botlek".
_PLACE_CONTEXT_BEFORE = re.compile(
    r"\b(?:(?:residents?|inhabitants?|habitants?|bewohner(?:innen)?|einwohner|residentes|habitantes|abitanti|moradores"
    r"|terminal(?:\s+(?:à|a)\s+conteneurs)?|bassin|estuaire)\s+(?:de|d'|d’|of|von|di|da|do)"
    r"|(?:man|woman|boy|girl|native|driver|skier|climber|tourist|student|teenager|homme|femme|\d+enne|originaire)"
    r"\s+(?:from|de|d'|d’|di|aus)"
    r"|(?:hafengebiet|industriegebiet|gewerbegebiet|stadtteil|ortsteil|gemeinde)"
    # Where a body sits: "taken to hospital in Koblenz", "the state environment ministry in Mainz".
    r"|(?:hospital|clinic|ministry|court|prosecutors?|police|headquarters|plant|factory|airport|krankenhaus|klinik"
    r"|ministerium|gericht|staatsanwaltschaft|hôpital|ministère|tribunal|parquet|ospedale|ministero|tribunale|procura"
    r"|ministerio|juzgado|fiscalía)\s+(?:in|near|outside|en|à|in der|im|bei|a|di|nahe))\s*$",
    re.I,
)
# "the Botlek industrial area", "the Maas estuary": a place's head noun after its name.
_PLACE_HEAD_AFTER = re.compile(
    r"^\s+(?:(?:industrial|port|harbou?r|residential|business)\s+)?(?:area|estuary|district|suburb|basin|waterfront)\b",
    re.I,
)
# What an organisation is called before its name: "l'institut privé MétéoLéman", "the campaign group Leeds Library
# Friends", "la société Autocars Bellevaux" (an adjective or a noun may come between).
_ORG_CONTEXT_BEFORE = re.compile(
    r"\b(?:institut|institute|société|company|firm|entreprise|groupe|group|association|syndicat|union|verein|firma"
    r"|empresa|asociación|sindicato|azienda|associazione|società"
    r"|rederiet|bolaget|företaget|selskapet|selskabet|firmaet|koncernen|konsernet|förbundet|forbundet)"
    # not a preposition between: "a ceramics company in South Salt Lake" names a place
    r"(?:\s+(?!(?:in|at|of|on|from|near|based|de|du|des|à|au|aux|en|von|im|am|aus|bei|da|di|del|della|dei|do|dos)\b)"
    r"[a-zà-ÿ]+)?\s+$",
    re.I,
)
_AGENCY_BEFORE = re.compile(
    r"\b(?:agence|agency|agentur|agencia|agenzia|agência|agencja)(?:\s+(?:officielle|official|de presse|d'information|"
    r"de noticias|di stampa|de notícias|prasowa))*\s+$",
    re.I,
)
# A ship's name is not a person's: "le porte-avions Charles-de-Gaulle", maybe with an adjective or two between.
_VESSEL_BEFORE = re.compile(
    r"\b(?:porte-avions?|navire|frégate|sous-marin|paquebot|aircraft carrier|carrier|warship|ship|vessel|frigate"
    r"|submarine|flugzeugträger|schiff|fregatte|portaaviones|buque|fragata|portaerei|nave|porta-aviões|navio)"
    r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+$",  # "son porte-avions nucléaire Charles de Gaulle"
    re.I,
)

# A ministry's portfolio is not an organisation of its own: "le ministre de la Défense français", "Minister for Health".
# Nor is a plan's or an operation's, named right after the word: "le plan Horizon Quais", "Operation Sea Shield" (not
# "program director in Canoga Park").
_PLAN_BEFORE = re.compile(
    r"\b(?:plan|projet|programme|opération|project|program|operation|projekt|programm|plano|proyecto|programa|operación"
    r"|progetto|programma|operazione|projeto|operação)\s+$",
    re.I,
)
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministre|ministère|minister|ministry|ministro|ministerio|ministero|ministério|minister(?:in|ium))"
    r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+(?:de la|de l'|de l’|du|des|of|of the|for|for the|de|del|della|dell'|da|do|für)\s*$",
    re.I,
)


# Words no name starts with, and abbreviations that are not names: a song title the model took for a place ("They
# Know It's Christmas", "And Tonight Thank God"), a time zone taken for an organisation ("GMT").
_NOT_A_NAME = re.compile(
    r"^(?:(?:they|them|he|she|we|you|it|and|or|but|do|does|did|is|are|was|were|if|when|ils|elles|et|ou|mais|sie|und|"
    r"oder|aber|ellos|y|pero)\s|(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MEZ|MESZ)$)",
    re.I,
)


def label_from_context(text: str, start: int, end: int, label: str) -> str:
    """The label a noun beside the name gives it ("le quartier de X", "X, un quartier", "l'agence officielle X");
    MISC, which the entities leave out, for a ship ("le porte-avions X"), a plan ("le plan X"), a minister's
    portfolio, or a span no name could be (one opening on a pronoun or a conjunction, a time zone)."""
    before = text[max(0, start - 40) : start]
    if _NOT_A_NAME.match(text[start:end]):
        return "MISC"
    if _VESSEL_BEFORE.search(before) or _PLAN_BEFORE.search(before):
        return "MISC"
    if label in ("ORG", "MISC") and _PORTFOLIO_BEFORE.search(before):
        return "MISC"
    if _AGENCY_BEFORE.search(before) or _ORG_CONTEXT_BEFORE.search(before):
        return "ORG"
    if _PLACE_AFTER.match(text[end:]) or _PLACE_BEFORE.search(before) or _PLACE_CONTEXT_BEFORE.search(before):
        return "LOC"
    if _PLACE_HEAD_AFTER.match(text[end:]):
        return "LOC"
    return label


def _merge(text: str, a: RawMention, b: RawMention, label: str) -> RawMention:
    return RawMention(a.start, b.end, text[a.start : b.end], label, a.source)


def tidy(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Mend a model's mentions of one sentence.

    Two mentions separated by a single space are one name ("Autocars" "Bellevaux"), unless one is a person or the
    first an acronym; a name ending in a preposition
    takes the capitalised words after it; an organisation "de" a place is one organisation ("Office intercantonal
    d'alerte" "du Léman"); a dateline is cut from the words run into it; lowercase words before a name are
    dropped; a possessive cut at its apostrophe is made whole; a noun in apposition sets the label.
    """
    out: list[RawMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        dateline = _DATELINE.match(m.text)
        if dateline:
            m = RawMention(m.start, m.start + len(dateline.group("place")), dateline.group("place"), m.label, m.source)
        if out:
            prev = out[-1]
            gap = text[prev.end : m.start]
            # A person after an organisation is another name ("a raconté à RFN Maxime Durieux").
            split_name = gap == " " and (prev.label == "PER") == (m.label == "PER") and not prev.text.isupper()
            if split_name or (prev.label == "ORG" and m.label == "LOC" and _JOIN_PLACE.match(gap)):
                out[-1] = _merge(text, prev, m, "ORG" if "ORG" in (prev.label, m.label) else prev.label)
                continue
            if _DANGLING.search(prev.text) and gap.strip() == "":
                out[-1] = _merge(text, prev, m, prev.label)
                continue
        out.append(m)
    mended = []
    for m in out:
        start, end = m.start, m.end
        if _DANGLING.search(text[start:end]):
            run = _CAPITALISED_RUN.match(text[end:])
            if run:
                end += len(run.group(0))
        span = text[start:end]
        lead = _LEADING_COMMON.match(span) or _LEADING_ARTICLE.match(span) or _LEADING_ELISION.match(span)
        if lead is None and start == 0:
            lead = _OPENING_THE.match(span)
        if lead:
            start += len(lead.group(0))
        if text[start:end].endswith(("'", "’")) and _CUT_POSSESSIVE.match(text[end:]):
            end += 1
        # A role inside the span, a person's name after it: "Ostermoors Trainer Sven Kallweit" is Sven Kallweit,
        # "Molenbouwer Stijn Vermeersch" is Stijn Vermeersch.
        words = list(re.finditer(r"\S+", text[start:end]))
        role = next((k for k in range(len(words) - 3, -1, -1) if ROLE_WORD_END.search(words[k].group(0).lower())), None)
        name = [w.group(0) for w in words[role + 1 :]] if role is not None else []
        # a name's particle may stand inside it: "Initiatiefnemer Marloes ten Have"
        if role is not None and name[0][:1].isupper() and all(w[:1].isupper() or w in NAME_CONNECTORS for w in name[1:]):
            start, m = start + words[role + 1].start(), replace(m, label="PER")
        # Quotation marks taken in with the name, one or both: 'the "Black Death' and '"Le Monde"' are names.
        span = text[start:end]
        inner = span[1:-1]
        if span[:1] in _OPENING_MARKS and span[-1:] in _CLOSING_MARKS and not any(c in _QUOTE_MARKS for c in inner):
            start, end = start + 1, end - 1
        elif span[:1] in _OPENING_MARKS and not any(c in _CLOSING_MARKS for c in span[1:]):
            start += 1
        elif span[-1:] in _CLOSING_MARKS and not any(c in _OPENING_MARKS for c in span[:-1]):
            end -= 1
        if end > start:
            label = label_from_context(text, start, end, m.label)
            mended.append(RawMention(start, end, text[start:end], label, m.source))
    return mended


_ACRONYM_AFTER = re.compile(r"^\s*\((?P<a>[A-ZÀ-Ý]{2,8})\)")


def with_acronyms(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions plus the acronyms the sentence defines for them: "Compagnie des remontées de l'Aiguille (CRA)"."""
    from newsfuse.knowledge.entities import initials

    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        found = _ACRONYM_AFTER.match(text[m.end :])
        if found is None or initials(m.text) != found.group("a"):
            continue
        start, end = m.end + found.start("a"), m.end + found.end("a")
        if all(end <= a or start >= b for a, b in taken):
            out.append(RawMention(start, end, found.group("a"), m.label, m.source))
    return sorted(out, key=lambda m: m.start)
