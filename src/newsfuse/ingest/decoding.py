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


# Formats people save articles in that are not text, by their first bytes: what the file is and what to do instead.
_SIGNATURES = (
    (b"%PDF-", "a PDF document", "Extract its text first (for example with pdftotext), or give the page's HTML."),
    (b"\x1f\x8b", "gzip-compressed", "Decompress it first (gunzip FILE) and give the file inside."),
    (b"BZh", "bzip2-compressed", "Decompress it first (bunzip2 FILE) and give the file inside."),
    (b"\xfd7zXZ\x00", "xz-compressed", "Decompress it first (unxz FILE) and give the file inside."),
    (
        b"PK\x03\x04",
        "a ZIP archive (a .docx, .odt or .epub file is one too)",
        "Unpack it, or save the document as text or HTML, and give those files.",
    ),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "Save it as text or HTML and give that file."),
    (b"{\\rtf", "an RTF document", "Save it as text or HTML and give that file."),
    (b"\x89PNG", "a PNG image", "Give the article's text or HTML, not a picture of it."),
    (b"\xff\xd8\xff", "a JPEG image", "Give the article's text or HTML, not a picture of it."),
    (b"GIF8", "a GIF image", "Give the article's text or HTML, not a picture of it."),
)
# Byte order marks of the UTF-16 and UTF-32 text that Windows tools save, longest first (UTF-32 LE starts like 16 LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


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
    for signature, what, hint in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(source, f"input is {what}, which newsfuse does not read", hint)
    unicode = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if unicode is not None:
        try:
            text = data.decode(unicode)
        except UnicodeDecodeError:
            raise InputError(
                source,
                f"input starts with a {unicode.upper()} byte order mark but does not decode as {unicode.upper()}",
                "Convert it to UTF-8 (for example with iconv).",
            ) from None
    else:
        text = _decode_8bit(data, source)
    text = repair_text(text)
    if sum(1 for c in text[:4000] if not c.isprintable() and c not in "\n\r\t") > 40:
        raise InputError(source, "input looks binary (many control characters)", "Give text, HTML or JSON Lines.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_8bit(data: bytes, source: str) -> str:
    """UTF-8, or the encoding detected; NUL bytes mean a binary file (UTF-16 without its mark is rejected here)."""
    if b"\x00" in data[:8192]:
        raise InputError(
            source, "input looks binary (it holds NUL bytes)", "Give text, HTML or JSON Lines, not a binary file."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise InputError(
                source, "its text encoding could not be detected", "Convert it to UTF-8 (for example with iconv)."
            ) from None
        return str(best)
