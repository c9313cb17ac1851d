"""Which part of a quote to show, and a link that lands on it.

* `clause_naming(quote, names)`: the clause of a long quote that names one of
  `names` (e.g. "Deputy Prime Minister of Armenia Mher Grigoryan" out of the
  nine-name participants sentence). Always a verbatim substring of the quote,
  so what the bot shows between quotation marks stays the source's words.
* `fragment_url(source, quote)`: the source's URL with a text fragment
  (`#:~:text=start,end`, WICG "URL Fragment Text Directives") that makes a
  browser scroll to and highlight the quote. Only when the source's local copy
  (`sources[].text`) contains the quote verbatim; otherwise the plain URL,
  because a fragment that matches nothing is worse than none.
* `text_fragment(quote)`: the directive alone, built from the quote's first and
  last words. Words holding a quotation mark or apostrophe are left out of it
  (the local copy may use typographic marks where the page uses others).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote as percent_encode

from bot.facts import Source
from bot.loader import normalise_quote

__all__ = ["FRAGMENT_WORDS", "clause_naming", "fragment_url", "source_text", "text_fragment"]

FRAGMENT_WORDS = 4  # words in textStart and in textEnd
_MIN_LONG = 160  # quotes shorter than this are shown whole
_QUOTE_MARKS = frozenset("\"'“”„‟«»″‘’‚‛′`")
_CLAUSE_RE = re.compile(r",\s+|;\s+")


def clause_naming(quote: str, names: tuple[str, ...]) -> str | None:
    """The comma-separated clause of a long `quote` naming one of `names`, or None.

    None when the quote is short, names nobody, or the clause is most of it.
    """
    text = quote.strip()
    if len(text) < _MIN_LONG:
        return None
    position = 0
    for match in [*_CLAUSE_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        clause = text[position:end].strip()
        if clause and any(name and name.lower() in clause.lower() for name in names):
            return clause if len(clause) < len(text) * 0.6 else None
        position = match.end() if match else len(text)
    return None


def _encode(term: str) -> str:
    # The spec reserves '-', ',' and '&' in a directive: all three must be percent-encoded.
    return percent_encode(term, safe="").replace("-", "%2D")


def text_fragment(quote: str) -> str | None:
    """`text=start,end` for `quote` (the part after `#:~:`), or None when no usable words remain.

    Built from runs of words without quotation marks; runs of three words or
    more are preferred (a lone "Russia" before a quoted phrase would match too
    early in a long article).
    """
    words = quote.split()
    runs: list[list[str]] = [[]]
    for word in words:
        if _QUOTE_MARKS.intersection(word):
            runs.append([])
        else:
            runs[-1].append(word)
    runs = [run for run in runs if run]
    if not runs:
        return None
    strong = [run for run in runs if len(run) >= 3] or runs
    head, tail = strong[0], strong[-1]
    if head is tail and len(head) <= 2 * FRAGMENT_WORDS:  # one short run: all of it
        return "text=" + _encode(" ".join(head))
    start, end = head[:FRAGMENT_WORDS], tail[-FRAGMENT_WORDS:]
    return f"text={_encode(' '.join(start))},{_encode(' '.join(end))}"


@lru_cache(maxsize=32)
def _read(path: str, mtime_ns: int) -> str | None:
    try:
        return normalise_quote(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def source_text(source: Source) -> str | None:
    """The source's local copy (quotes and white space folded), or None without one."""
    if not source.text or not source.file:
        return None
    path = Path(source.file).parent / source.text
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    return _read(str(path), mtime)


@lru_cache(maxsize=4096)  # every reply renders a link: the same few hundred (source, quote) pairs
def fragment_url(source: Source, quote: str | None) -> str:
    """`source.url`, with a text fragment landing on `quote` when the source holds it verbatim."""
    if not quote:
        return source.url
    text = source_text(source)
    if text is None or normalise_quote(quote) not in text:
        return source.url
    directive = text_fragment(quote)
    if directive is None:
        return source.url
    return f"{source.url}{':~:' if '#' in source.url else '#:~:'}{directive}"
