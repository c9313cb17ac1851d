"""Inline keyboards and the callback data their buttons carry.

Callback data (Telegram allows at most 64 bytes) is plain text:

    f:<lang>:<fact_id>     show a fact ("did you mean" buttons)
    v:<+|->:<fact_id>      a 👍/👎 vote on a fact
    ex:<lang>:<n>          ask /start's example question n

Other handler modules use their own prefixes; the patterns below match only
these, so a button of theirs never reaches these handlers. A button whose
data would be too long (a fact id over ~58 bytes) is left out, never sent.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.replies import Reply, Suggestion
from bot.storage import VoteTally
from handlers.texts import EXAMPLES

__all__ = [
    "EXAMPLE_PATTERN", "FACT_PATTERN", "MAX_CALLBACK_BYTES", "VOTE_PATTERN", "answer_keyboard",
    "examples_keyboard", "fact_keyboard", "with_tally",
]

logger = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64
FACT_PATTERN = re.compile(r"^f:(en|ru):(\S+)$")
VOTE_PATTERN = re.compile(r"^v:([+-]):(\S+)$")
EXAMPLE_PATTERN = re.compile(r"^ex:(en|ru):(\d{1,2})$")
_MAX_LABEL = 64
_UP, _DOWN = "👍", "👎"


def _data(value: str) -> str | None:
    if len(value.encode("utf-8")) > MAX_CALLBACK_BYTES:
        logger.warning("Callback data %r is over %d bytes; button left out", value, MAX_CALLBACK_BYTES)
        return None
    return value


def _label(title: str) -> str:
    return title if len(title) <= _MAX_LABEL else title[: _MAX_LABEL - 1].rstrip() + "…"


def _vote_row(fact_id: str, tally: VoteTally | None = None) -> list[InlineKeyboardButton]:
    up, down = _data(f"v:+:{fact_id}"), _data(f"v:-:{fact_id}")
    if up is None or down is None:
        return []
    up_text = f"{_UP} {tally.up}" if tally else _UP
    down_text = f"{_DOWN} {tally.down}" if tally else _DOWN
    return [InlineKeyboardButton(up_text, callback_data=up), InlineKeyboardButton(down_text, callback_data=down)]


def fact_keyboard(fact_id: str) -> InlineKeyboardMarkup | None:
    """The 👍/👎 buttons under a fact."""
    return _answer_keyboard(fact_id, "en", ())


def answer_keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """Votes under an answer, then one "did you mean" button per suggestion."""
    fact_id = reply.fact_id if reply.answered else None
    return _answer_keyboard(fact_id, reply.language, reply.suggestions)


@lru_cache(maxsize=2048)  # keyboards are immutable; the same answers come back often
def _answer_keyboard(
    fact_id: str | None, language: str, suggestions: tuple[Suggestion, ...]
) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if fact_id:
        row = _vote_row(fact_id)
        if row:
            rows.append(row)
    for suggestion in suggestions:
        data = _data(f"f:{language}:{suggestion.fact_id}")
        if data is not None:
            rows.append([InlineKeyboardButton(_label(suggestion.title), callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def examples_keyboard(language: str) -> InlineKeyboardMarkup:
    """/start's example questions, one button each."""
    lang = language if language in EXAMPLES else "en"
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(q, callback_data=f"ex:{lang}:{i}")] for i, q in enumerate(EXAMPLES[lang])]
    )


def with_tally(markup: InlineKeyboardMarkup | None, fact_id: str, tally: VoteTally) -> InlineKeyboardMarkup:
    """`markup` with the vote buttons of `fact_id` showing the counts; other rows kept."""
    rows: list[list[InlineKeyboardButton]] = []
    replaced = False
    for row in markup.inline_keyboard if markup else ():
        if any(VOTE_PATTERN.match(str(b.callback_data or "")) for b in row):
            rows.append(_vote_row(fact_id, tally))
            replaced = True
        else:
            rows.append(list(row))
    if not replaced:
        rows.insert(0, _vote_row(fact_id, tally))
    return InlineKeyboardMarkup(rows)
