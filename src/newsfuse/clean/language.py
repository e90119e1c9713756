"""Language identification with py3langid, normalised to probabilities."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded once per process, on first use.
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of ``text`` and its probability."""
    lang, prob = _identifier().classify(text[:5000])
    return str(lang), float(prob)
