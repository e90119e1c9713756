"""Bytes to text: size and binary checks, encoding detection, mojibake repair."""

from __future__ import annotations

import re

import charset_normalizer
import ftfy

from newsfuse.errors import InputError

# Keep typographic quotes and full-width forms: we show the text as published.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# Wire copy typed for TeX marks a quotation ``like this'': the sentence splitter and the quote finder know “ ”.
# Also ''so'', with both marks alike; a closing mark is never followed by a letter.
_TEX_QUOTE = re.compile(r"(?:``|(?<!\w)'')(?=\S)([^`'\n]+(?:'(?!')[^`'\n]*)*)''(?!\w)")


def repair_text(text: str) -> str:
    """Undo mojibake and stray Windows-1252 control characters ("\\x97" for a dash) in decoded text; TeX quotation
    marks (``so'', ''so'') and doubled single ones (‘‘so’’) become typographic ones."""
    text = ftfy.fix_text(text, _FTFY).replace("‘‘", "“").replace("’’", "”")  # doubled single marks: the same
    return _TEX_QUOTE.sub(r"“\1”", text)


def decode_bytes(data: bytes, source: str, max_bytes: int) -> str:
    """Decode raw bytes into repaired text, or raise an InputError that says what to do."""
    if len(data) > max_bytes:
        raise InputError(
            source,
            f"input is {len(data) / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB limit",
            "Split it into smaller files, or raise the limit with --max-input-mb.",
        )
    if not data.strip():
        raise InputError(source, "input is empty", "Give a file that holds an article's text or HTML.")
    if b"\x00" in data[:8192]:
        raise InputError(
            source, "input looks binary (it holds NUL bytes)", "Give text, HTML or JSON Lines, not a binary file."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise InputError(
                source, "its text encoding could not be detected", "Convert it to UTF-8 (for example with iconv)."
            ) from None
        text = str(best)
    text = repair_text(text)
    if sum(1 for c in text[:4000] if not c.isprintable() and c not in "\n\r\t") > 40:
        raise InputError(source, "input looks binary (many control characters)", "Give text, HTML or JSON Lines.")
    return text.replace("\r\n", "\n").replace("\r", "\n")
