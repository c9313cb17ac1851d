"""Inline mode: `@botname belt and road` in any chat offers matching quotes.

One article per matching fact, best first (`Matcher.rank` via
`bot.search.QuoteSearch`):

* title: what was said — the statement's or document's title; for a person,
  "Country: Name, role";
* description: who said it and the opening of the quote;
* the message posted: the full reply with its source link, and a button that
  opens the bot on that fact (a deep link, `handlers.deeplinks`).

Ten results a page, with `next_offset` for as long as results last. An empty
query shows a useful first page: the meeting, who took part, the facts asked
most lately, then everything else. A button above the results ("All topics")
opens the bot's list of what can be asked (`/start inline`). A query that is a
fact's title — what the Share button under every answer types — shows that
fact first.
"""

from __future__ import annotations

import hashlib
import time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit
from telegram.ext import Application, ContextTypes, InlineQueryHandler

from bot.facts import FactBase, Speaker, Statement
from bot.htmlsplit import split_html
from bot.insights import most_asked
from bot.replies import (
    Reply,
    fact_title,
    render_html,
    speaker_country,
    speaker_name,
    speaker_role,
    speaker_surname,
)
from bot.search import QuoteSearch
from handlers.common import get_answerer, get_storage, reply_language
from handlers.deeplinks import INLINE_PAYLOAD, deep_link, fact_payload
from handlers.texts import text

__all__ = ["CACHE_SECONDS", "PAGE_SIZE", "inline_quotes", "register"]

MAX_RESULT_ID_BYTES = 64
PAGE_SIZE = 10  # results per answer; Telegram allows up to InlineQueryLimit.RESULTS (50)
MAX_OFFSET_CHARS = 6  # an offset is a result index: anything longer is not ours
# Results change only when the fact base does; five minutes keeps Telegram's
# cache fresh enough after a reload without asking the bot on every keystroke.
CACHE_SECONDS = 300
POPULAR_SECONDS = 300.0  # how long the "most asked" list is reused before asking the database again
_DESCRIPTION_CHARS = 120
assert PAGE_SIZE <= InlineQueryLimit.RESULTS


def _offset(raw: str) -> int:
    """The result index an offset names; 0 for anything we did not send (`²`, 5,000 digits, text)."""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= MAX_OFFSET_CHARS else 0


def _result_id(fact_id: str) -> str:
    if len(fact_id.encode("utf-8")) <= MAX_RESULT_ID_BYTES:
        return fact_id
    return hashlib.sha1(fact_id.encode("utf-8")).hexdigest()


def _title(factbase: FactBase, reply: Reply) -> str:
    """What was said; for a person, "Country: Name, role"."""
    entry = factbase.entry(reply.fact_id or "")
    if isinstance(entry, Speaker):
        lang = reply.language
        return f"{speaker_country(entry, lang)}: {speaker_name(entry, lang)}, {speaker_role(entry, lang)}"
    if isinstance(entry, Statement):
        return fact_title(factbase, entry.id, reply.language).split(": ", 1)[-1]
    return fact_title(factbase, reply.fact_id, reply.language) if reply.fact_id else reply.headline


def _description(factbase: FactBase, reply: Reply) -> str:
    """Who said it, then the opening of the quote."""
    start = (reply.excerpt or reply.quote or (reply.details[0] if reply.details else reply.headline)).strip()
    entry = factbase.entry(reply.fact_id or "")
    if isinstance(entry, Statement):
        start = f"{speaker_surname(factbase.speaker_of(entry), reply.language)}: {start}"
    if len(start) <= _DESCRIPTION_CHARS:
        return start
    return start[: _DESCRIPTION_CHARS - 1].rstrip() + "…"


def _article(factbase: FactBase, reply: Reply, username: str) -> InlineQueryResultArticle:
    message = split_html(render_html(reply))[0]  # an inline message cannot be split
    open_in_bot = InlineKeyboardMarkup([[InlineKeyboardButton(
        text(reply.language, "inline_open"), url=deep_link(username, fact_payload(reply.fact_id or "")))]])
    return InlineQueryResultArticle(
        id=_result_id(reply.fact_id or reply.headline),
        title=_title(factbase, reply),
        description=_description(factbase, reply),
        input_message_content=InputTextMessageContent(
            message  # HTML without a link preview: the bot's Defaults
        ),
        reply_markup=open_in_bot if reply.fact_id else None,
    )


def _popular(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The facts asked most lately, read from the database at most every POPULAR_SECONDS."""
    cached: tuple[float, list[str]] | None = context.bot_data.get("inline_popular")
    now = time.monotonic()
    if cached is None or now - cached[0] > POPULAR_SECONDS:
        cached = (now, most_asked(get_storage(context)))
        context.bot_data["inline_popular"] = cached
    return cached[1]


async def inline_quotes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the quotes matching the inline query, ten at a time."""
    query = update.inline_query
    if query is None:
        return
    answerer = get_answerer(context)
    language = reply_language(query.query, query.from_user)
    popular = _popular(context) if not query.query.strip() else None
    fact_ids = QuoteSearch(answerer.matcher).search(query.query, language, popular=popular)
    start = _offset(query.offset)
    page = fact_ids[start:start + PAGE_SIZE]
    replies = [r for r in (answerer.fact(fact_id, language) for fact_id in page) if r is not None]
    more = start + PAGE_SIZE < len(fact_ids)
    key = "inline_all" if fact_ids else "inline_nothing"
    await query.answer(
        [_article(answerer.factbase, reply, context.bot.username) for reply in replies],
        cache_time=CACHE_SECONDS,
        is_personal=True,  # the language can come from the user's Telegram settings
        next_offset=str(start + PAGE_SIZE) if more else None,  # None: no more pages
        button=InlineQueryResultsButton(text=text(language, key), start_parameter=INLINE_PAYLOAD),
    )


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the inline-mode handler."""
    application.add_handler(InlineQueryHandler(inline_quotes))
