"""Text normalisation for matching only: the text shown to users is never changed by it."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‚": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‹": '"',
        "›": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase, fold typographic quotes, dashes and spaces, and collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The folded word tokens of a text (hyphenated words and elisions kept whole)."""
    return _WORD.findall(fold(text))


def strip_accents(text: str) -> str:
    """Remove diacritics, for matching spellings such as Choïgou and Choigou."""
    if text.isascii():  # nothing to strip, and most lines of English text are ASCII
        return text
    return unicodedata.normalize("NFD", text).translate(_combining_marks())


@cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (category Mn), mapped to nothing: one table lookup a character, built once."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Mn"}
