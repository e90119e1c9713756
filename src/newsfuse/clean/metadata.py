"""Metadata inferred from a page's own text when no one gave it: outlet and publication time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlparse

from newsfuse.clean.cues import LIVE_START
from newsfuse.temporal import find_mentions

AGENCIES = {
    "afp",
    "ap",
    "reuters",
    "ats",
    "dpa",
    "efe",
    "ansa",
    "cp",
    "aep",
    "apa",
    "belga",
    "anp",
    "sda",
    "lusa",
    "pap",
    "ntb",
    "tt",
    "ritzau",
}
# A proper name of a few words: "Le Courrier du Val", "Gazzetta dei Laghi", "Diario del Litoral".
_PROPER = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|del|du|des|dei|degli|della|di|da|do|dos|das|la|le|les|der|die|of|the|y|et|and|e|z|w|na)\b){0,5}(?<=[\w.])"
_OUTLET_PATTERNS = (
    re.compile(
        rf"^(?:tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati)\s*[-–|:,]\s*(?P<o>{_PROPER})",
        re.I,
    ),
    re.compile(rf"(?:abonnez-vous|inscrivez-vous)\s+(?:à|au|aux)\s+(?:l'|la\s+|le\s+)?(?P<o>{_PROPER})"),
    re.compile(rf"(?:suscríbete|hazte socio|regístrate)\s+(?:a|al|de|en)\s+(?P<o>{_PROPER})", re.I),
    re.compile(rf"(?:abbonati|iscriviti)\s+(?:a|al|alla|allo)\s+(?P<o>{_PROPER})", re.I),
    re.compile(rf"(?:subscribe to|sign up to|sign up for)\s+(?:the\s+)?(?P<o>{_PROPER})"),
    re.compile(rf"(?:abonnieren sie|jetzt)\s+(?:die\s+|den\s+|das\s+)?(?P<o>{_PROPER})\s+abonnieren"),
    re.compile(r"^©\s*(?:\d{4}\s+)?(?P<o>[^©\d|,–-][^|,–·]{1,40}?)(?:\s+\d{4})?\s*(?:\s[-–|·]\s.*|[,.].*)?$"),
    re.compile(
        r"^(?:copyright)\s*(?:©\s*)?(?:\d{4}\s+)?(?P<o>[^|,–©]{2,40}?)(?:\s+\d{4})?\s*(?:\s[-–|]\s.*|[,.].*)?$", re.I
    ),
    re.compile(
        r"^(?:bienvenue sur|welcome to|willkommen (?:bei|auf)|bienvenido a|benvenuto su|bem-vindo ao?|witamy (?:na|w))\s+(?P<o>[^,.!]{2,40})[^.]*$",
        re.I
    ),
    re.compile(r"^(?:rejoignez la communauté|join the)\s+(?P<o>[^,.!]{2,40}?)(?:,| et | and |$)", re.I),
    re.compile(r"^(?:abonnez-vous à|subscribe to|abonnieren sie|suscríbete a)\s+(?P<o>[A-ZÀ-Ý][^,.!:]{1,40})", re.I),
    re.compile(r"^\((?P<o>[A-Z][\w .&'-]{1,29})\)$"),
    # "Jornal do Cerrado © 2025. Todos os direitos reservados."
    re.compile(rf"^(?P<o>{_PROPER})\s*(?:©|\(c\)|(?i:copyright))\s*\d{{4}}"),
)
# Copyright phrases that follow a "©" but name no one: "© RIPRODUZIONE RISERVATA".
_NOT_A_NAME = re.compile(
    r"^(?:riproduzione riservata|tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos "
    r"reservados|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|copyright)\b",
    re.I,
)
# A company's legal form after its name, cut where the name's pattern stops: "Limburgse Mediagroep B.V." gives
# "Limburgse Mediagroep B", "Oggi24 Media srl", "Pleinmedia NV".
_LEGAL_FORM = re.compile(
    r"\s+(?:B\.?(?:V\.?)?|N\.?V\.?|S\.?A\.?|S\.p\.A\.?|s\.?r\.?l\.?|S\.L\.?|Ltd\.?|Limited|GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|"
    r"Inc\.?|LLC|plc|Lda\.?|SARL|SAS|L\.?P\.?|LLP|ApS|A/S|AS|AB|Oy|nv|bv|d\.o\.o\.|[Ss]p\.\s*z\s*o\.\s*o\.|"
    # a lone "S", "L", "d" or "Sp" is what is left of "S.L.", "S.A.", "L.P.", "d.o.o." or "Sp. z o.o." cut at its
    # first full stop
    r"S|L|d|[Ss]p)$"
)
# The name before the sign, with nothing after the year but the rights reserved.
_NAME_BEFORE_SIGN = re.compile(
    r"^(?P<o>[^©|]{3,60}?)[\s,]*©\s*(?:19|20)\d\d\.?\s*(?:(?:all rights|tous droits|todos los derechos|tutti i diritti|"
    r"alle rechte|todos os direitos|wszelkie prawa|alle rettigheder|alle rettigheter|alla rättigheter|alle rechten)"
    r"[^|©]*)?$",
    re.I,
)
# A timestamp with a two-digit year: "22-10-25, 16:40" (day, month, year), maybe after the place or a stamp's word
# ("Madrid | 18·03·27 | 15:31", "Publisert: 08.09.27 kl. 21:41").
_SHORT_YEAR = re.compile(r"^(?:\w{2,3}\.?\s+|[^\d|:]{2,30}[|:]\s*)?(\d{1,2})[-./·](\d{1,2})[-./·](\d{2})\b(?![-./·]\d)")
# A page header "Name | Section | Section" names the site first.
_HEADER = re.compile(r"^(?P<o>[^|]{3,40}?)\s*\|\s*[^|]{2,30}\|\s*[^|]{2,30}$")
_TIME = re.compile(r"\b(\d{1,2})\s*[h:]\s*(\d{2})(?!\d)")  # "09:45h" too
# "kl. 14.22", "om 09.14": the Nordic and Dutch clock, with a full stop between hours and minutes.
_NORDIC_CLOCK = re.compile(r"\b(?:kl|klo|om)\.?\s*(\d{1,2})[.:](\d{2})\b", re.I)
# "03.52 GMT": the British clock, with a full stop, before its time zone.
_ZONED_CLOCK = re.compile(r"\b(\d{1,2})\.(\d{2})\s*(?:gmt|bst|utc|cet|cest)\b", re.I)


def infer_outlet(lines: Sequence[str], url: str | None = None) -> tuple[str, str] | None:
    """The outlet's name and its evidence, from furniture such as "© Name" (``lines`` run from the page's end)."""
    joined = "\n".join(lines)
    for line in lines:
        text = line.strip()
        # "Diario del Turia, S.L. © 2026. Todos los derechos reservados.": the name before the sign and its year.
        before = _NAME_BEFORE_SIGN.match(text)
        name = _LEGAL_FORM.sub("", before.group("o").rstrip(" ,.")).rstrip(" ,.") if before else ""
        # ("Todos los derechos reservados © 2027" puts the rights, not a name, before the sign)
        if name[:1].isupper() and len(name.split()) <= 6 and name.lower() not in AGENCIES and not _NOT_A_NAME.match(name):
            return name, f"inferred from the line {text!r}"
        if "©" in text[1:] and not text.startswith(("©", "Copyright", "copyright")):
            text = text[text.index("©") :]  # "All quotes delayed ... © 2026 Europe Wire. All rights reserved."
        for pattern in _OUTLET_PATTERNS:
            match = pattern.match(text)
            if match:
                name = _LEGAL_FORM.sub("", match.group("o").strip(' .:-–«»"()')).strip(' .:-–«»"()')  # "(©NTB)"
                name = re.sub(
                    r"^(?:la communauté|the|(?:canale|channel|canal|kanal|kanaal)\s+\w+(?:\s+(?:della|del|di|de|du|of|von|do|da|van))?"  # a channel of
                    r"|(?:la |a |al )?(?:newsletter|lettre d'information|boletín|boletim)"
                    r"(?:\s+(?:del|de la|du|des|de|of the|of|dei|della|del|do|da|dos|das))?)\s+",
                    "",
                    name,
                    flags=re.I,
                )
                # "(AC)" after a dateline ("VALENCIA (AC).") names the agency, not the outlet.
                if re.search(rf"[A-ZÀ-Ý]{{3,}} \({re.escape(name)}\)", joined):
                    continue
                # "© picture alliance/dpa | Tobias Hülsmann" credits a photo: an agency over its photographer, or the
                # paper over its own ("© Weser-Anzeiger/Jan Meier"), which then names the paper.
                # A photographer over the agency ("© Maxime Dutour / AFP") names no outlet either.
                if "/" in name:
                    first, *rest = (part.strip() for part in name.split("/"))
                    if not first[:1].isupper() or first.lower() in AGENCIES or any(r.lower() in AGENCIES for r in rest):
                        continue
                    name = first
                if (
                    name
                    and not _NOT_A_NAME.match(name)
                    and name.lower() not in AGENCIES
                    and len(name) > 1
                    and any(c.isalpha() for c in name)  # "© 2027" alone names no one
                    and not name.lower().startswith(("tous", "all "))
                ):
                    return name, f"inferred from the line {text!r}"
    for line in [t for t in lines if t.strip()][-3:]:
        match = _HEADER.match(line.strip())
        if match:
            return match.group("o").strip(), f"inferred from the page header {line.strip()!r}"
    if url:
        host = urlparse(url).hostname
        if host:
            return host.removeprefix("www."), "inferred from the URL"
    return None


_PM = re.compile(r"\s*p\.?\s?m\b", re.I)


_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d{2})")


def latest_stamp(lines: Sequence[str]) -> datetime | None:
    """The latest day and time the timestamp lines give, a line's last clock with its day ("Publisert 10.11.2026 kl.
    22.05" / "Sist oppdatert 11.11.2026 kl. 08.12" gives 11 November, 08:12): where a live page stands."""
    latest: datetime | None = None
    day = None  # a line giving only a time ("Opdateret 16.45") is on the day of the line above it
    for line in lines:
        line = _GLUED_TIME.sub(r"\1 \2", line)
        days = [m.value for m in find_mentions(line) if m.kind == "absolute" and m.value is not None]
        day = days[-1] if days else day
        clocks = [c for c in [
                *_NORDIC_CLOCK.finditer(line), *_TIME.finditer(line), *_BARE_CLOCK.finditer(line),
                *_ZONED_CLOCK.finditer(line),
            ]]
        clocks = [c for c in clocks if int(c.group(1)) < 24 and int(c.group(2)) < 60]
        if day is not None and clocks:
            clock = max(clocks, key=lambda c: c.start())
            when = datetime(day.year, day.month, day.day, int(clock.group(1)), int(clock.group(2)))
            latest = max(latest, when) if latest else when
    return latest


# A time alone after an update's word: "Opdateret 16.45", "Aktualisiert 14.30".
_BARE_CLOCK = re.compile(
    r"^(?:opdateret|oppdatert|uppdaterad|aktualisiert|updated|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|"
    r"zaktualizowano)\s+(\d{1,2})[.:](\d{2})$",
    re.I,
)


_STAMP_WORD = re.compile(
    r"^\W*(?:posted|published|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|gepubliceerd|publicerad|"
    r"publiceret|publisert|opublikowano|dodano)\b.*\d{1,2}[:.h]\d{2}",
    re.I,
)


def infer_published(lines: Sequence[str]) -> tuple[datetime, str] | None:
    """The publication time from a timestamp line ("Publié le 04/03/2025 à 07h12"), with its evidence. A page's date
    without a time ("Martes, 19 de agosto de 2025" over the page) gives way to a line giving that day with its time."""
    dated: tuple[datetime, str] | None = None
    for line in lines:
        line = _GLUED_TIME.sub(r"\1 \2", line)  # "April 14, 20266:42 PM": the year and the time run together
        for mention in find_mentions(line):
            if mention.kind == "absolute" and mention.value is not None:
                day = mention.value
                # A stamp ("Posted: 31 May 2027, 4:15 pm") beats the page's date over the site ("Tuesday 1 June
                # 2027"), which is the day the page was read; another bare date does not.
                if dated is not None and dated[0].date() != day and not _STAMP_WORD.match(line):
                    continue
                time = _NORDIC_CLOCK.search(line) or _TIME.search(line)
                if time and LIVE_START.search(line):
                    # A live page's start and its last update: the page stands at the last ("Direct commencé le
                    # 10/11/2026 à 07h05 · Dernière mise à jour à 18h47"), which its updates are not after.
                    time = list(_TIME.finditer(line))[-1]
                if time and int(time.group(1)) < 24 and int(time.group(2)) < 60:
                    hour, minute = int(time.group(1)), int(time.group(2))
                    if hour < 12 and _PM.match(line, time.end()):
                        hour += 12  # "9:15 PM UTC"
                    return datetime(day.year, day.month, day.day, hour, minute), f"inferred from the line {line.strip()!r}"
                if dated is None:
                    dated = datetime(day.year, day.month, day.day), f"inferred from the line {line.strip()!r}"
                break
    if dated is not None:
        return dated
    for line in lines:
        short = _SHORT_YEAR.match(line.strip())
        time = _TIME.search(line, short.end()) if short else None
        if short and 1 <= int(short.group(2)) <= 12 and 1 <= int(short.group(1)) <= 31:
            hour, minute = (int(time.group(1)), int(time.group(2))) if time and int(time.group(1)) < 24 else (0, 0)
            try:
                when = datetime(2000 + int(short.group(3)), int(short.group(2)), int(short.group(1)), hour, minute)
            except ValueError:
                continue
            return when, f"inferred from the line {line.strip()!r}"
    return None
