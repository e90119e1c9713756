"""Language identification with py3langid, normalised to probabilities, for articles and their lines."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from newsfuse.clean.furniture import LineDecision
from newsfuse.settings import Settings


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per process, on first use.
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of ``text`` and its probability."""
    lang, prob = _identifier().classify(text[:5000])
    return _WRITTEN_STANDARDS.get(str(lang), str(lang)), float(prob)


# Nynorsk and Bokmål are the two written standards of Norwegian: both are "no" here.
_WRITTEN_STANDARDS = {"nn": "no", "nb": "no"}


def other_language_lines(
    decisions: tuple[LineDecision, ...], language: str, settings: Settings
) -> tuple[LineDecision, ...]:
    """Remove the news lines written in another language than the article's (a translation on a bilingual page).

    When under a quarter of the article's words read as its language, the stated language is what is wrong (an
    English page given as Norwegian), and the text stays whole.
    """
    found: dict[int, str] = {}
    total = foreign = 0
    for k, d in enumerate(decisions):
        if d.reason != "news":
            continue
        words = _letter_words(d.shown)
        total += words
        if words < settings.other_language_min_words:
            continue
        lang, prob = identify_language(d.shown)
        if lang != language and prob >= settings.other_language_confidence:
            found[k] = lang
            foreign += words
    if not found or 4 * (total - foreign) < total:
        return decisions
    return tuple(
        replace(d, reason=f"in another language ({found[k]})") if k in found else d for k, d in enumerate(decisions)
    )


def _letter_words(text: str) -> int:
    return sum(any(ch.isalpha() for ch in w) for w in text.split())
