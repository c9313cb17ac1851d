"""Inline keyboards and the callback data their buttons carry.

Callback data (Telegram allows at most 64 bytes) is plain text:

    f:<lang>:<ref>     show a fact ("did you mean" buttons, tappable lists)
    v:<+|->:<ref>      a 👍/👎 vote on a fact
    ex:<lang>:<n>      ask /start's example question n
    pg:<list>:<lang>:<n>  page n of a tappable list (speakers, topics, agreements)

Beside the votes, every answer has a "Share" button: it opens the chat picker
with `@bot <the fact's title>` typed, and inline mode puts the fact whose
title that is first. Tappable lists show `LIST_PAGE` entries a page with
"‹ ›" buttons, far inside Telegram's 100 buttons per keyboard.

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
    "EXAMPLE_PATTERN", "FACT_PATTERN", "LIST_PAGE", "MAX_CALLBACK_BYTES", "MAX_LABEL_CHARS", "PAGE_PATTERN",
    "VOTE_PATTERN", "answer_keyboard", "examples_keyboard", "fact_keyboard", "fact_ref",
    "list_keyboard", "resolve_fact_ref", "with_tally",
]

MAX_CALLBACK_BYTES = 64
MAX_LABEL_CHARS = 64  # a "did you mean" button shows at most this much of the fact's title
FACT_PATTERN = re.compile(r"^f:(en|ru):(.+)\Z", re.DOTALL)
VOTE_PATTERN = re.compile(r"^v:([+-]):(.+)\Z", re.DOTALL)
EXAMPLE_PATTERN = re.compile(r"^ex:(en|ru):(\d{1,2})$")
PAGE_PATTERN = re.compile(r"^pg:(speakers|topics|agreements):(en|ru):(\d{1,3})$")
LIST_PAGE = 10
_HASHED = "#"
_MAX_REF_BYTES = MAX_CALLBACK_BYTES - len("f:en:")  # the longest prefix
_UP, _DOWN = "👍", "👎"
_SHARE = {"en": "↗️ Share", "ru": "↗️ Поделиться"}
_PREVIOUS, _NEXT = "‹", "›"


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


def _share_button(share: str, language: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(_SHARE.get(language, _SHARE["en"]), switch_inline_query=share[:256])


def fact_keyboard(fact_id: str, language: str = "en", share: str | None = None,
                  more: tuple[Suggestion, ...] = ()) -> InlineKeyboardMarkup | None:
    """The 👍/👎 (and Share) buttons under a fact, then a button for each of `more`."""
    return _answer_keyboard(fact_id, language, more, share)


def answer_keyboard(reply: Reply, share: str | None = None) -> InlineKeyboardMarkup | None:
    """Votes and Share under an answer, then one button per listed fact and per "did you mean".

    `share` is what the Share button types after @bot: the fact's title. A list gets no votes.
    """
    fact_id = reply.fact_id if reply.answered and not reply.items else None
    listed = tuple(Suggestion(item.fact_id, item.title) for item in reply.items)  # each list entry opens
    return _answer_keyboard(fact_id, reply.language, listed + reply.suggestions, share if fact_id else None)


@lru_cache(maxsize=2048)  # keyboards are immutable; the same answers come back often
def _answer_keyboard(
    fact_id: str | None, language: str, suggestions: tuple[Suggestion, ...], share: str | None = None
) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if fact_id:
        rows.append(_vote_row(fact_id) + ([_share_button(share, language)] if share else []))
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


def list_keyboard(name: str, language: str, entries: list[tuple[str, str]], page: int = 0
                  ) -> InlineKeyboardMarkup | None:
    """Page `page` of a tappable list: one button per (fact id, label), then ‹ › when there are more."""
    if not entries:
        return None
    pages = (len(entries) + LIST_PAGE - 1) // LIST_PAGE
    page = min(max(page, 0), pages - 1)
    rows = [[InlineKeyboardButton(_label(title), callback_data=f"f:{language}:{fact_ref(fact_id)}")]
            for fact_id, title in entries[page * LIST_PAGE:(page + 1) * LIST_PAGE]]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton(f"{_PREVIOUS} {page}/{pages}", callback_data=f"pg:{name}:{language}:{page - 1}"))
    if page < pages - 1:
        nav.append(InlineKeyboardButton(f"{page + 2}/{pages} {_NEXT}", callback_data=f"pg:{name}:{language}:{page + 1}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows)


def with_tally(markup: InlineKeyboardMarkup | None, fact_id: str, tally: VoteTally) -> InlineKeyboardMarkup:
    """`markup` with the vote buttons of `fact_id` showing the counts; other rows and buttons kept."""
    rows: list[list[InlineKeyboardButton]] = []
    replaced = False
    for row in markup.inline_keyboard if markup else ():
        if any(VOTE_PATTERN.match(str(b.callback_data or "")) for b in row):
            others = [b for b in row if not VOTE_PATTERN.match(str(b.callback_data or ""))]
            rows.append(_vote_row(fact_id, tally) + others)
            replaced = True
        else:
            rows.append(list(row))
    if not replaced:
        rows.insert(0, _vote_row(fact_id, tally))
    return InlineKeyboardMarkup(rows)
