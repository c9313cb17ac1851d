"""Split Telegram HTML into messages of at most 4,096 characters.

Telegram refuses longer texts, so a long reply goes out as several messages.
`split_html` cuts at line boundaries; only a single line longer than the
limit is cut at a space (or, for one enormous word, anywhere between
characters). Tags open at a cut are closed at the end of one part and
reopened at the start of the next, so every part is valid HTML on its own;
tags and entities (`&amp;`) are never cut in half. Lengths are counted in
UTF-16 code units on the HTML source, as Telegram counts, which is never less
than the visible text, so every part is within the limit however Telegram
measures it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

__all__ = ["MAX_MESSAGE_LENGTH", "split_html", "utf16_len"]

MAX_MESSAGE_LENGTH = 4096
_TOKEN_RE = re.compile(r"<[^<>]*>|&#?\w+;|\s+|[^<&\s]+|[<&]")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w-]*)")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (characters outside the BMP count twice)."""
    return len(text.encode("utf-16-le")) // 2


def split_html(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split `text` into parts of at most `limit` UTF-16 units, each valid HTML.

    Text within the limit comes back unchanged as the only part. Empty parts
    (a run of blank lines at a cut) are dropped.
    """
    if limit < 64:
        raise ValueError(f"limit {limit} is too small to hold reopened tags")
    if len(text) * 2 <= limit or utf16_len(text) <= limit:  # a character is at most 2 units
        return [text]
    parts: list[str] = []
    splitter = _Splitter(limit)
    for index, line in enumerate(text.split("\n")):
        splitter.add_line(line, first=index == 0, out=parts)
    splitter.finish(parts)
    return [part for part in parts if _visible(part).strip()]


def _visible(part: str) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", "", part))


class _Splitter:
    """Greedy packing of lines (and, for overlong lines, of words) into parts."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.stack: list[tuple[str, str]] = []  # (tag name, opening tag as written)
        self.current = ""  # the part being built, opening tags included
        self.current_len = 0

    # -- tag bookkeeping ---------------------------------------------------------

    def _closers(self, stack: list[tuple[str, str]]) -> str:
        return "".join(f"</{name}>" for name, _ in reversed(stack))

    def _openers(self) -> str:
        return "".join(opening for _, opening in self.stack)

    def _after(self, fragment: str, stack: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The open-tag stack after `fragment` (which holds whole tags only)."""
        stack = list(stack)
        for token in _TOKEN_RE.findall(fragment):
            match = _TAG_RE.match(token)
            if match is None:
                continue
            closing, name = match.group(1) == "/", match.group(2).lower()
            if not closing:
                stack.append((name, token))
            elif stack and stack[-1][0] == name:
                stack.pop()
        return stack

    # -- packing -----------------------------------------------------------------

    def _fits(self, addition: str, stack_after: list[tuple[str, str]]) -> bool:
        closing = utf16_len(self._closers(stack_after))
        return self.current_len + utf16_len(addition) + closing <= self.limit

    def _cut(self, out: list[str]) -> None:
        """Close the current part and start the next one with the open tags reopened."""
        out.append(self.current + self._closers(self.stack))
        self.current = self._openers()
        self.current_len = utf16_len(self.current)

    def _append(self, fragment: str, stack_after: list[tuple[str, str]]) -> None:
        self.current += fragment
        self.current_len += utf16_len(fragment)
        self.stack = stack_after

    def _at_part_start(self) -> bool:
        return self.current == self._openers()

    def add_line(self, line: str, *, first: bool, out: list[str]) -> None:
        separator = "" if first else "\n"
        stack_after = self._after(line, self.stack)
        if self._fits(separator + line, stack_after):
            self._append(separator + line, stack_after)
            return
        if not self._at_part_start():
            self._cut(out)
        if self._fits(line, stack_after):
            self._append(line, stack_after)
            return
        self._add_long_line(line, out)

    def _add_long_line(self, line: str, out: list[str]) -> None:
        """Pack a line longer than a whole part word by word."""
        for token in self._tokens(line):
            stack_after = self._after(token, self.stack)
            if self._fits(token, stack_after):
                self._append(token, stack_after)
                continue
            if not self._at_part_start():
                self._cut(out)
            if token.isspace():
                continue  # a cut replaces the space
            self._append(token, stack_after)

    def _tokens(self, line: str) -> Iterator[str]:
        """Tags, entities, spaces and words; words too long for any part come in pieces."""
        room = max(1, (self.limit - 2 * utf16_len(self._openers()) - 64) // 2)
        for token in _TOKEN_RE.findall(line):
            if token.startswith(("<", "&")) or utf16_len(token) <= room:
                yield token
            else:
                for start in range(0, len(token), room):
                    yield token[start:start + room]

    def finish(self, out: list[str]) -> None:
        if self.current and not self._at_part_start():
            out.append(self.current + self._closers(self.stack))
