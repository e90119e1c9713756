"""Line-level furniture detection: every line is kept or removed, and every removal has a reason."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsfuse.clean import cues
from newsfuse.temporal import find_mentions
from newsfuse.textnorm import fold, strip_accents, words

_COMPILED = tuple((reason, re.compile(pattern)) for reason, pattern in cues.PROMPT_CUES)
_SENTENCE_END = re.compile(r"[.!?…:;。！？]['\"»”’)\]」]*$")
_TEASER_END = re.compile(r"(?<!\()(\.\.\.|…)\s*$")
_BREADCRUMB_SEP = re.compile(r"\s+(?:-|>|»|\||/|›)\s+")
_TIME = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b")
_CAPITALISED = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$|^(de|von|van|da|del|di|al|el|le|la)$")

# Decisions that keep a line.
KEPT = ("news", "heading", "title")
# Cue reasons that are safe on a line of any length; others need a short line.
_ANY_LENGTH = {"cookie prompt", "notification prompt", "subscription prompt"}
_SHORT_LINE_WORDS = 25


@dataclass(frozen=True)
class LineDecision:
    """The fate of one raw line: kept as news, heading or title, or removed as furniture with a reason."""

    number: int
    text: str
    reason: str

    @property
    def kept(self) -> bool:
        """True when the line stays in the article."""
        return self.reason in KEPT


@dataclass
class LineStats:
    """Evidence across documents: which articles (of which outlet) carry each short line."""

    by_outlet: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    by_line: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    sentences: dict[str, set[str]] = field(default_factory=dict)

    def add(self, article_id: str, outlet: str | None, lines: Iterable[str]) -> None:
        """Record the short lines of one article, and its long sentence lines for telling copies apart."""
        long_lines = set()
        for line in lines:
            key = fold(line)
            if not key:
                continue
            if len(key.split()) <= 15:
                self.by_line[key].add(article_id)
                if outlet:
                    self.by_outlet[(outlet, key)].add(article_id)
            elif ends_sentence(line):
                long_lines.add(key)
        self.sentences[article_id] = long_lines

    def unrelated_count(self, line: str) -> int:
        """In how many articles that share no sentence with each other (so not copies) ``line`` recurs."""
        groups: list[set[str]] = []
        for article_id in sorted(self.by_line.get(fold(line), ())):
            mine = self.sentences.get(article_id, set())
            if not any(mine & g for g in groups):
                groups.append(set(mine))
        return len(groups)

    def outlet_count(self, outlet: str | None, line: str) -> int:
        """How many articles of ``outlet`` carry ``line``."""
        if not outlet:
            return 0
        return len(self.by_outlet.get((outlet, fold(line)), ()))


def cue_reason(line: str) -> str | None:
    """The furniture reason a line's wording or shape gives, or None."""
    stripped = line.strip()
    if cues.SIGNOFF_LINE.match(stripped):
        return "agency sign-off"
    if cues.COUNTER_LINE.match(stripped):
        return "counter"
    if cues.GALLERY_LINE.match(stripped):
        return "gallery caption"
    if cues.AGENCY_NAME.match(stripped):
        return "photo credit"
    folded = fold(stripped)
    n_words = len(folded.split())
    for reason, pattern in _COMPILED:
        if pattern.search(folded) and (
            n_words <= _SHORT_LINE_WORDS or reason in _ANY_LENGTH or pattern.pattern.startswith("^")
        ):
            return reason
    if cues.GLUED_CREDIT.search(stripped):
        return "caption with credit"
    if n_words <= 15 and not ends_sentence(stripped) and cues.BYLINE.match(stripped):
        return "byline"
    if n_words <= 30 and cues.AUTHOR_BIO.match(stripped):
        return "author bio"
    if n_words <= 12 and _TIME.search(stripped) and any(m.kind == "absolute" for m in find_mentions(stripped)):
        return "timestamp"
    return None


def _mentions_outlet(line: str, outlet: str | None) -> bool:
    if not outlet or len(outlet) < 3:
        return False
    name, text = strip_accents(fold(outlet)), strip_accents(fold(line))
    # "Northfield Post" on a line also counts for the outlet "Northfield Post Media Company".
    return name in text or (len(text) >= 6 and len(text.split()) >= 2 and text in name)


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (punctuation, maybe a closing quote)."""
    return bool(_SENTENCE_END.search(line.strip()))


def _is_name_only(line: str) -> bool:
    tokens = line.strip().split()
    if not 1 <= len(tokens) <= 4 or ends_sentence(line) or any(ch.isdigit() for ch in line):
        return False
    return all(_CAPITALISED.match(t) for t in tokens) and any(t[0].isupper() for t in tokens)


def _similar(a: str, b: str, ratio: float) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < 20 or len(shorter) < 0.6 * len(longer):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= ratio


def _without_credit(line: str) -> str:
    return fold(cues.GLUED_CREDIT.sub("", line))


def classify_lines(
    lines: Sequence[tuple[int, str]],
    *,
    outlet: str | None = None,
    stats: LineStats | None = None,
    title: str | None = None,
    near_duplicate_ratio: float = 0.85,
    outlet_recurrence: int = 3,
) -> list[LineDecision]:
    """Decide, for each (number, text) line of one item, whether it is news, a heading, a title or furniture."""
    reasons: dict[int, str] = {}
    texts = {n: t for n, t in lines}
    content = [(n, t) for n, t in lines if t.strip()]

    for n, text in content:
        reason = cue_reason(text)
        if reason is None and _TEASER_END.search(text) and len(text.split()) >= 12:
            reason = "teaser cut off"
        if reason is None and len(text.split()) <= 15 and not ends_sentence(text) and _mentions_outlet(text, outlet):
            reason = "site branding"
        if reason is None and stats is not None and (not ends_sentence(text) or len(text.split()) <= 12):
            if stats.outlet_count(outlet, text) >= outlet_recurrence:
                reason = f"recurs in {stats.outlet_count(outlet, text)} articles of {outlet}"
            elif not ends_sentence(text) and stats.unrelated_count(text) >= outlet_recurrence:
                reason = f"recurs in {stats.unrelated_count(text)} unrelated articles"
        if reason:
            reasons[n] = reason

    _mark_repeats(content, reasons, near_duplicate_ratio)
    _mark_captions_and_credits(content, reasons)
    _mark_breadcrumbs(content, reasons)
    _mark_link_lists(content, reasons)

    title_line = _find_title(content, reasons, title)
    decisions = []
    for n, text in lines:
        if not text.strip():
            continue
        if n in reasons:
            decisions.append(LineDecision(n, text, reasons[n]))
        elif n == title_line:
            decisions.append(LineDecision(n, text, "title"))
        elif not ends_sentence(text) and len(text.split()) <= 12:
            decisions.append(LineDecision(n, text, "heading"))
        else:
            decisions.append(LineDecision(n, texts[n], "news"))
    return decisions


def _mark_repeats(content: Sequence[tuple[int, str]], reasons: dict[int, str], ratio: float) -> None:
    """Of two lines that say the same, the one with a credit (or else the later one) is furniture."""
    keys = {n: _without_credit(t) for n, t in content}
    for i, (n1, t1) in enumerate(content):
        for n2, t2 in content[i + 1 :]:
            if not _similar(keys[n1], keys[n2], ratio):
                continue
            credit1 = bool(cues.GLUED_CREDIT.search(t1))
            credit2 = bool(cues.GLUED_CREDIT.search(t2))
            if credit1 and credit2:
                reasons.setdefault(n1, "caption with credit")
                reasons.setdefault(n2, "caption with credit")
            elif credit1:
                reasons.setdefault(n1, f"caption repeating line {n2}")
            elif credit2:
                reasons.setdefault(n2, f"caption repeating line {n1}")
            else:
                reasons.setdefault(n2, f"repeats line {n1}")
    # A teaser repeats the start of the article: a long line cut off with "..." whose beginning appears earlier.
    for n, text in content:
        if n in reasons or not _TEASER_END.search(text):
            continue
        head = fold(text)[:60]
        if any(fold(t).startswith(head) for m, t in content if m != n):
            reasons[n] = "teaser cut off"
    # The headline of a teaser goes with it.
    for idx, (n, _) in enumerate(content[1:], start=1):
        prev_n, prev_text = content[idx - 1]
        if reasons.get(n) == "teaser cut off" and prev_n not in reasons and not ends_sentence(prev_text):
            reasons[prev_n] = "teaser headline"


def _mark_captions_and_credits(content: Sequence[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A line right before a credit is a caption; a lone name beside removed furniture is a credit."""
    for idx, (n, text) in enumerate(content):
        nxt = content[idx + 1] if idx + 1 < len(content) else None
        if n not in reasons and nxt and reasons.get(nxt[0]) == "photo credit" and len(text.split()) <= 25:
            reasons[n] = "photo caption"
    # A lone person's name after a short line is a photographer's credit, and that line its caption.
    for idx, (n, text) in enumerate(content):
        if n in reasons or not _is_name_only(text) or len(text.split()) < 2 or idx == 0:
            continue
        prev_n, prev_text = content[idx - 1]
        if prev_n not in reasons and len(prev_text.split()) <= 20 and ends_sentence(prev_text):
            reasons[n] = "photo credit"
            reasons[prev_n] = "photo caption"
    changed = True
    while changed:
        changed = False
        for idx, (n, text) in enumerate(content):
            if n in reasons or not _is_name_only(text):
                continue
            neighbours = [content[j][0] for j in (idx - 1, idx + 1) if 0 <= j < len(content)]
            if any(reasons.get(m, "").startswith(("gallery", "caption", "photo")) for m in neighbours):
                reasons[n] = "photo credit"
                changed = True


def _mark_link_lists(content: Sequence[tuple[int, str]], reasons: dict[int, str]) -> None:
    """Headline-shaped lines right after a "read also" or "most read" line are that list's items."""
    in_list = False
    for n, text in content:
        if reasons.get(n) == "related links":
            in_list = True
        elif in_list and n not in reasons and not ends_sentence(text) and len(text.split()) <= 20:
            reasons[n] = "related links"
        elif n not in reasons:
            in_list = False


def _mark_breadcrumbs(content: Sequence[tuple[int, str]], reasons: dict[int, str]) -> None:
    """Short section paths before the first news sentence ("Monde - Syrie") are navigation."""
    for n, text in content:
        if n in reasons:
            continue
        if ends_sentence(text) and len(text.split()) > 12:
            break
        parts = _BREADCRUMB_SEP.split(text.strip())
        if len(parts) >= 2 and len(text.split()) <= 8 and len(parts[-1].split()) <= 3 and not ends_sentence(text):
            reasons[n] = "navigation"


def _find_title(content: Sequence[tuple[int, str]], reasons: dict[int, str], title: str | None) -> int | None:
    """The line that is the article's title: the known title, or the first short unpunctuated line at the top."""
    kept = [(n, t) for n, t in content if n not in reasons]
    if title:
        key = fold(title)
        for n, text in kept[:6]:
            if _similar(fold(text), key, 0.85) or fold(text) == key:
                return n
        return None
    for n, text in kept[:3]:
        if len(text.split()) <= 25 and (not ends_sentence(text) or text.rstrip().endswith(("?", "!"))):
            return n
        if ends_sentence(text) and len(words(text)) > 6:
            return None
    return None
