"""Inline mode: `@botname belt and road` in any chat offers matching quotes.

One article per matching fact, best first: the title names the speaker (or
the kind of fact), the description starts the quote, and choosing it posts
the formatted quote with its source link. At most 50 results per answer
(Telegram's limit), with `next_offset` for the rest; an empty query shows the
featured quotes. Ranking is the core's: a `bot.search.QuoteSearch` made per
query around the current answerer's matcher (cheap: the matcher is built once
per fact base, and a reload brings a new one with the new answerer).
"""

from __future__ import annotations

import hashlib

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import InlineQueryLimit, ParseMode
from telegram.ext import Application, ContextTypes, InlineQueryHandler

from bot.facts import FactBase
from bot.htmlsplit import split_html
from bot.replies import Reply, fact_title, render_html
from bot.search import QuoteSearch
from handlers.common import get_answerer, reply_language
from handlers.texts import text

__all__ = ["CACHE_SECONDS", "PAGE_SIZE", "inline_quotes", "register"]

PAGE_SIZE = InlineQueryLimit.RESULTS  # 50
# Results change only when the fact base does; five minutes keeps Telegram's
# cache fresh enough after a reload without asking the bot on every keystroke.
CACHE_SECONDS = 300
_DESCRIPTION_CHARS = 120
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _offset(raw: str) -> int:
    return int(raw) if raw.isdigit() else 0


def _result_id(fact_id: str) -> str:
    if len(fact_id.encode("utf-8")) <= 64:
        return fact_id
    return hashlib.sha1(fact_id.encode("utf-8")).hexdigest()


def _title(factbase: FactBase, reply: Reply) -> str:
    """The speaker for a statement or a person, the kind of fact otherwise."""
    if reply.kind == "statement" and reply.speaker:
        return reply.speaker
    if reply.kind == "speaker" and reply.fact_id:
        return fact_title(factbase, reply.fact_id, reply.language)
    return text(reply.language, f"inline_{reply.kind}") if reply.kind else reply.headline


def _description(reply: Reply) -> str:
    start = (reply.quote or (reply.details[0] if reply.details else reply.headline)).strip()
    if len(start) <= _DESCRIPTION_CHARS:
        return start
    return start[: _DESCRIPTION_CHARS - 1].rstrip() + "…"


def _article(factbase: FactBase, reply: Reply) -> InlineQueryResultArticle:
    message = split_html(render_html(reply))[0]  # an inline message cannot be split
    return InlineQueryResultArticle(
        id=_result_id(reply.fact_id or reply.headline),
        title=_title(factbase, reply),
        description=_description(reply),
        input_message_content=InputTextMessageContent(
            message, parse_mode=ParseMode.HTML, link_preview_options=_NO_PREVIEW
        ),
    )


async def inline_quotes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the quotes matching the inline query, a page at a time."""
    query = update.inline_query
    if query is None:
        return
    answerer = get_answerer(context)
    language = reply_language(query.query, query.from_user)
    fact_ids = QuoteSearch(answerer.matcher).search(query.query, language)
    start = _offset(query.offset)
    page = fact_ids[start:start + PAGE_SIZE]
    replies = [r for r in (answerer.fact(fact_id, language) for fact_id in page) if r is not None]
    more = start + PAGE_SIZE < len(fact_ids)
    button = None
    if not fact_ids:
        button = InlineQueryResultsButton(text=text(language, "inline_nothing"), start_parameter="inline")
    await query.answer(
        [_article(answerer.factbase, reply) for reply in replies],
        cache_time=CACHE_SECONDS,
        is_personal=True,  # the language can come from the user's Telegram settings
        next_offset=str(start + PAGE_SIZE) if more else "",
        button=button,
    )


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the inline-mode handler."""
    application.add_handler(InlineQueryHandler(inline_quotes))
