"""Metadata inferred from a page's own text when no one gave it: outlet and publication time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlparse

from newsfuse.temporal import find_mentions

AGENCIES = {"afp", "ap", "reuters", "ats", "dpa", "efe", "ansa", "cp", "aep", "apa", "belga", "anp", "sda", "lusa", "pap"}
_OUTLET_PATTERNS = (
    re.compile(r"^©\s*(?:\d{4}\s+)?(?P<o>[^©\d|,–-][^|,–]{1,40}?)(?:\s+\d{4})?\s*(?:[-–|,.].*)?$"),
    re.compile(r"^(?:copyright)\s+(?:\d{4}\s+)?(?P<o>[^|,–]{2,40}?)(?:\s+\d{4})?\s*(?:[-–|,.].*)?$", re.I),
    re.compile(r"^(?:bienvenue sur|welcome to|willkommen (?:bei|auf)|bienvenido a|benvenuto su)\s+(?P<o>[^,.!]{2,40})", re.I),
    re.compile(r"^(?:rejoignez la communauté|join the)\s+(?P<o>[^,.!]{2,40}?)(?:,| et | and |$)", re.I),
    re.compile(r"^(?:abonnez-vous à|subscribe to|abonnieren sie|suscríbete a)\s+(?P<o>[A-ZÀ-Ý][^,.!:]{1,40})", re.I),
    re.compile(r"^\((?P<o>[A-Z][\w .&'-]{1,29})\)$"),
)
_TIME = re.compile(r"\b(\d{1,2})\s*[h:]\s*(\d{2})\b")


def infer_outlet(lines: Sequence[str], url: str | None = None) -> tuple[str, str] | None:
    """The outlet's name and the evidence for it, from furniture such as "© Name" or "Bienvenue sur Name"."""
    for line in lines:
        text = line.strip()
        for pattern in _OUTLET_PATTERNS:
            match = pattern.match(text)
            if match:
                name = match.group("o").strip(" .:-–«»\"")
                name = re.sub(r"^(?:la communauté|the)\s+", "", name, flags=re.I)
                if name and name.lower() not in AGENCIES and len(name) > 1 and not name.lower().startswith(("tous", "all ")):
                    return name, f"inferred from the line {text!r}"
    if url:
        host = urlparse(url).hostname
        if host:
            return host.removeprefix("www."), "inferred from the URL"
    return None


def infer_published(lines: Sequence[str]) -> tuple[datetime, str] | None:
    """The publication time from a timestamp line ("Publié le 04/03/2025 à 07h12"), with its evidence."""
    for line in lines:
        for mention in find_mentions(line):
            if mention.kind == "absolute" and mention.value is not None:
                hour, minute = 0, 0
                time = _TIME.search(line)
                if time and int(time.group(1)) < 24 and int(time.group(2)) < 60:
                    hour, minute = int(time.group(1)), int(time.group(2))
                day = mention.value
                return datetime(day.year, day.month, day.day, hour, minute), f"inferred from the line {line.strip()!r}"
    return None
