"""Quotation marks as each language nests them, and which language a quote is in.

Russian quotes with «ёлочки» outside and „лапки“ inside («…„…“…»); English
with double quotes outside and single ones inside (“…‘…’…”). `quoted(text,
language)` wraps `text` in the outer marks and turns the quotation marks
already inside it (straight, «», “”, „“) into the inner pair, so a title that
itself quotes something reads right. Apostrophes (it's, Prime Minister's) are
left alone.

`quote_language(quote, declared)` is the language a quote is written in: the
source's declared language when the fact base gives one, else the quote's
alphabet (Cyrillic or Latin letters, whichever dominate).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MARKS", "quote_language", "quoted"]

# language -> (outer open, outer close, inner open, inner close)
MARKS: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"),
    "ru": ("«", "»", "„", "“"),
}
# A quotation mark that opens: at the start or after a space or an opening bracket.
_OPENING_RE = re.compile(r'(^|[\s(\[])["“«„]')
_CLOSING_RE = re.compile(r'["”»“]')
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")
_LATIN_RE = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=4096)  # (the same titles and quotes, reply after reply)
def quoted(text: str, language: str = "en") -> str:
    """`text` in the language's outer quotation marks, quotes inside it nested one level down."""
    outer_open, outer_close, inner_open, inner_close = MARKS.get(language, MARKS["en"])
    inner = _OPENING_RE.sub(lambda m: m.group(1) + inner_open, text.strip())
    inner = _CLOSING_RE.sub(inner_close, inner)
    return f"{outer_open}{inner}{outer_close}"


def quote_language(quote: str, declared: str | None = None) -> str:
    """"ru" or "en": the source's declared language if given, else the quote's dominant alphabet."""
    return declared or _alphabet_of(quote)


@lru_cache(maxsize=4096)  # (the same quotes, reply after reply)
def _alphabet_of(quote: str) -> str:
    cyrillic, latin = len(_CYRILLIC_RE.findall(quote)), len(_LATIN_RE.findall(quote))
    return "ru" if cyrillic > latin else "en"
