"""Inline keyboards and the callback data their buttons carry.

Callback data (Telegram allows at most 64 bytes) is plain text:

    f:<lang>:<ref>     show a fact ("did you mean" buttons)
    v:<+|->:<ref>      a 👍/👎 vote on a fact
    ex:<lang>:<n>      ask /start's example question n

`<ref>` is the fact id itself (any text: spaces, Cyrillic, colons), or, when
the id would not fit in 64 bytes (or starts with "#"), "#" and the SHA-1 of
the id, which `resolve_fact_ref` finds again among the fact base's ids. So
every fact gets its buttons, whatever its id. Other handler modules use their
own prefixes; the patterns below match only these, so a button of theirs
never reaches these handlers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.replies import Reply, Suggestion
from bot.storage import VoteTally
from handlers.texts import EXAMPLES

__all__ = [
    "EXAMPLE_PATTERN", "FACT_PATTERN", "MAX_CALLBACK_BYTES", "MAX_LABEL_CHARS", "VOTE_PATTERN",
    "answer_keyboard", "examples_keyboard", "fact_keyboard", "fact_ref", "resolve_fact_ref", "with_tally",
]

MAX_CALLBACK_BYTES = 64
MAX_LABEL_CHARS = 64  # a "did you mean" button shows at most this much of the fact's title
FACT_PATTERN = re.compile(r"^f:(en|ru):(.+)\Z", re.DOTALL)
VOTE_PATTERN = re.compile(r"^v:([+-]):(.+)\Z", re.DOTALL)
EXAMPLE_PATTERN = re.compile(r"^ex:(en|ru):(\d{1,2})$")
_HASHED = "#"
_MAX_REF_BYTES = MAX_CALLBACK_BYTES - len("f:en:")  # the longest prefix
_UP, _DOWN = "👍", "👎"


def _digest(fact_id: str) -> str:
    return _HASHED + hashlib.sha1(fact_id.encode("utf-8")).hexdigest()


def fact_ref(fact_id: str) -> str:
    """The fact id as callback data carries it: the id, or "#" and its hash when too long."""
    if not fact_id or fact_id.startswith(_HASHED) or len(fact_id.encode("utf-8")) > _MAX_REF_BYTES:
        return _digest(fact_id)
    return fact_id


def resolve_fact_ref(ref: str, fact_ids: Iterable[str]) -> str | None:
    """The fact id a button's `ref` stands for; None when a hashed ref matches no id in `fact_ids`."""
    if not ref.startswith(_HASHED):
        return ref
    return next((fact_id for fact_id in fact_ids if _digest(fact_id) == ref), None)


def _label(title: str) -> str:
    if len(title) <= MAX_LABEL_CHARS:
        return title
    return title[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def _vote_row(fact_id: str, tally: VoteTally | None = None) -> list[InlineKeyboardButton]:
    up, down = f"v:+:{fact_ref(fact_id)}", f"v:-:{fact_ref(fact_id)}"
    up_text = f"{_UP} {tally.up}" if tally else _UP
    down_text = f"{_DOWN} {tally.down}" if tally else _DOWN
    return [InlineKeyboardButton(up_text, callback_data=up), InlineKeyboardButton(down_text, callback_data=down)]


def fact_keyboard(fact_id: str) -> InlineKeyboardMarkup | None:
    """The 👍/👎 buttons under a fact."""
    return _answer_keyboard(fact_id, "en", ())


def answer_keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """Votes under an answer, then one "did you mean" button per suggestion."""
    fact_id = reply.fact_id if reply.answered and not reply.items else None  # a list gets no votes
    listed = tuple(Suggestion(item.fact_id, item.title) for item in reply.items)  # each list entry opens
    return _answer_keyboard(fact_id, reply.language, listed + reply.suggestions)


@lru_cache(maxsize=2048)  # keyboards are immutable; the same answers come back often
def _answer_keyboard(
    fact_id: str | None, language: str, suggestions: tuple[Suggestion, ...]
) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if fact_id:
        rows.append(_vote_row(fact_id))
    for suggestion in suggestions:
        data = f"f:{language}:{fact_ref(suggestion.fact_id)}"
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
