"""Content units: the clauses and quotations a sentence is made of, and the words that carry their content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsfuse.copies.shingles import tokens as words
from newsfuse.textnorm import fold, strip_accents

# Function words of four letters or more (shorter words never count as content), and the speech verbs of news
# attributions: "a déclaré le ministre", "said the spokesman" are generic and must not make two clauses match.
_STOP_WORDS = """
    avec dans pour sont elle elles leur leurs nous vous mais plus etre avoir cette aussi entre apres avant depuis selon
    sans sous tout tous toute toutes tres meme encore deux trois contre lors dont quand comme alors ainsi donc ceux celle
    celui cela ceci quelque quelques autre autres chez vers dejà deja etait etaient avait avaient sera seront aurait
    puis lequel laquelle lesquels notamment toutefois egalement ailleurs part ont fait faire peut doit
    veux veut voulons voulez veulent voulait voudrait pouvons pouvez peuvent pouvait pourrait pourra devons devez
    doivent devait devrait devra want wants wanted need needs must might
    declare declaree declarent declarait affirme affirmee indique indiquee precise precisee ajoute ajoutee poursuivi
    souligne explique expliquee annonce assure estime estimee rappele releve note dit raconte confie lance
    that this with from have were their there which would about after before other into they been also more than
    what when where while will could should some such only over then them these those said says told added stated
    according very just even being does most much many well because
    dass eine einer eines einem einen sich nicht auch noch nach oder aber sind wird wurde wurden werden hatte haben
    beim sagte sagt erklarte
    para como pero esta este estos estas sobre entre tras desde tambien segun dijo afirmo explico
    della delle degli dalla dalle nella nelle sono anche come dopo ancora questo questa detto
"""
_STOP = frozenset(_STOP_WORDS.split())
_ELISION = re.compile(r"^(?:[ldsnmtjc]|qu|jusqu|lorsqu|puisqu|quoiqu)'")
# Opening quotation mark -> its closing mark.
_QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()\[\]]|\s[–—-]\s)\s*")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*")
_EDGE = " \t,;:"
_QUOTE_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")


@lru_cache(maxsize=1 << 16)
def _content_form(token: str) -> str:
    """A folded token without accents or elided article, or '' when it carries no content."""
    w = _ELISION.sub("", strip_accents(token))
    return w if (len(w) >= 4 or w.isdigit()) and w not in _STOP else ""


def content_words(text: str) -> list[str]:
    """Accent-free folded words that carry content: four letters or more, or numbers, minus function words."""
    return [w for w in map(_content_form, words(text)) if w]


def is_figure(word: str) -> bool:
    """A number that singles out a fact: 10 or more and not a year, or with a fraction ("212", "62000", "2.15", not
    "3" or "2026")."""
    if not word[:1].isdigit():
        return False
    if "." in word:
        return True  # a time or a fraction ("2.15", "51.3") is as particular as a large number
    return int(word) >= 10 and not (len(word) == 4 and 1900 <= int(word) <= 2100)


# A number as written in any of our languages: "62,000", "62.000" and "62 000" are one; "21.05", "21:05" and "51,3"
# keep their fraction or minutes.
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d,.]\d)|\d+(?:[.,:]\d+)?)(?!\d)")


def _number_form(written: str) -> str:
    """One form for a number however its language writes it."""
    if re.fullmatch(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+", written):
        return re.sub(r"\D", "", written)  # thousands
    return re.sub(r"[,:]", ".", written)


def anchors(text: str) -> frozenset[str]:
    """The words of a sentence that survive its translation: names written with a capital (not the opening word,
    which every sentence capitalises) in their content form, and numbers in one form across languages."""
    names = [m.group() for m in _CAPITALISED.finditer(text) if m.start() > 0]
    numbers = {_number_form(m.group()) for m in _NUMBER.finditer(text)}
    return frozenset(w for w in content_words(" ".join(names)) if not w.isdigit()) | frozenset(numbers)


def related(a: str, b: str) -> bool:
    """Two words of one family: equal, or sharing a prefix of four letters and half the shorter word (allier, alliance)."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    shorter = min(len(a), len(b))
    need = max(4, (shorter + 1) // 2)
    return shorter >= need and a[:need] == b[:need]


@dataclass(frozen=True)
class Unit:
    """One clause or quotation of one sentence."""

    sentence: int  # position of the sentence in the story's sentence list
    start: int  # character span in the sentence text
    end: int
    text: str
    quote: bool
    folded: str  # folded words, space-joined, for exact comparison
    content: frozenset[str]
    names: frozenset[str]  # the content words written with a capital: who and where, rather than what


def _make(sentence: int, text: str, start: int, end: int, quote: bool) -> Unit:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    span = text[start:end]
    content = frozenset(content_words(span))
    names = frozenset(content_words(" ".join(_CAPITALISED.findall(span)))) & content
    return Unit(sentence, start, end, span, quote, " ".join(words(span)), content, names)


def _segments(text: str) -> list[tuple[int, int, bool]]:
    """Spans of the sentence: quotations (inside their marks) and the clauses of the text around them."""
    raw: list[tuple[int, int, bool]] = []
    i, n, plain_start = 0, len(text), 0
    while i < n:
        close = _QUOTE_CLOSE.get(text[i])
        end = text.find(close, i + 1) if close else -1
        if close and end > i + 1:
            raw.append((plain_start, i, False))
            raw.append((i + 1, end, True))
            i = plain_start = end + 1
            continue
        i += 1
    raw.append((plain_start, n, False))
    spans: list[tuple[int, int, bool]] = []
    for start, end, quote in raw:
        breaker = _QUOTE_SENTENCE_BREAK if quote else _CLAUSE_BREAK
        pos = start
        for m in breaker.finditer(text, start, end):
            spans.append((pos, m.start(), quote))
            pos = m.end()
        spans.append((pos, end, quote))
    return [(s, e, q) for s, e, q in spans if text[s:e].strip(" .,;:!?")]


def split_units(sentence: int, text: str, min_content: int = 3) -> list[Unit]:
    """The content units of one sentence: quotations (two content words or more) and clauses, small pieces merged."""
    pieces: list[list[int | bool]] = []  # [start, end, quote]
    for start, end, quote in _segments(text):
        size = len(content_words(text[start:end]))
        is_quote = quote and size >= 2
        if (
            pieces
            and not is_quote
            and not pieces[-1][2]
            and (size < min_content or _small(text, pieces[-1], min_content))
        ):
            pieces[-1][1] = end  # a small clause joins the clause before it
        else:
            pieces.append([start, end, is_quote])
    # A small first clause joins the next clause ("La Russie, qui ... , a tiré").
    if len(pieces) > 1 and not pieces[0][2] and not pieces[1][2] and _small(text, pieces[0], min_content):
        pieces[1][0] = pieces[0][0]
        pieces.pop(0)
    return [_make(sentence, text, int(s), int(e), bool(q)) for s, e, q in pieces]


def _small(text: str, piece: list[int | bool], min_content: int) -> bool:
    return len(content_words(text[int(piece[0]) : int(piece[1])])) < min_content


def quote_text(unit: Unit) -> str:
    """The folded words of a quotation, for recognising it under other quote marks and attributions."""
    return " ".join(words(fold(unit.text)))
