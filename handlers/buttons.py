"""Button taps: "did you mean" facts, tappable lists and their pages, /start's examples, 👍/👎 votes.

Every tap is answered (Telegram shows a spinner until it is); a fact or
example tap also sends the answer as a new message in the chat, so the
conversation reads top to bottom. The callback data formats are in
`handlers.keyboards`.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from bot.answering import Answerer
from handlers.commands import LISTS
from handlers.common import (
    answer_question,
    get_answerer,
    get_storage,
    send_fact,
    user_language,
)
from handlers.keyboards import (
    EXAMPLE_PATTERN,
    FACT_PATTERN,
    PAGE_PATTERN,
    VOTE_PATTERN,
    list_keyboard,
    resolve_fact_ref,
    with_tally,
)
from handlers.texts import EXAMPLES, text

__all__ = ["register", "show_example", "show_fact", "show_page", "vote"]

logger = logging.getLogger(__name__)


def _fact_id(answerer: Answerer, ref: str) -> str | None:
    """The fact id a button's reference stands for (None: a hashed id no longer in the fact base)."""
    return resolve_fact_ref(ref, (doc.id for doc in answerer.matcher.docs))


async def show_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the fact a "did you mean" or list button stands for, with its vote and Share buttons."""
    query = update.callback_query
    match = FACT_PATTERN.match(query.data or "") if query else None
    if query is None or match is None:
        return
    language, ref = match.groups()
    answerer = get_answerer(context)
    fact_id = _fact_id(answerer, ref)
    known = fact_id is not None and answerer.fact(fact_id, language) is not None
    if fact_id is None or not known or not isinstance(query.message, Message):
        await query.answer(text(language, "button_expired" if known else "fact_gone"))
        return
    await query.answer()
    await send_fact(query.message, context, fact_id, language, quote=False)


async def show_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a tappable list to the page its ‹ › button names."""
    query = update.callback_query
    match = PAGE_PATTERN.match(query.data or "") if query else None
    if query is None or match is None:
        return
    name, language, page = match.group(1), match.group(2), int(match.group(3))
    await query.answer()
    if not isinstance(query.message, Message):
        return
    factbase = get_answerer(context).factbase
    try:
        await query.edit_message_reply_markup(list_keyboard(name, language, LISTS[name][1](factbase, language), page))
    except BadRequest as exc:  # "message is not modified": a double tap
        logger.debug("List page not turned: %s", exc)


async def show_example(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the example question a /start button stands for."""
    query = update.callback_query
    match = EXAMPLE_PATTERN.match(query.data or "") if query else None
    if query is None or match is None:
        return
    language, number = match.group(1), int(match.group(2))
    if number >= len(EXAMPLES[language]) or not isinstance(query.message, Message):
        await query.answer(text(language, "button_expired"))
        return
    await query.answer()
    await answer_question(query.message, context, EXAMPLES[language][number], query.from_user, quote=False)


async def vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store the user's 👍/👎 for a fact and show the counts on the buttons."""
    query = update.callback_query
    match = VOTE_PATTERN.match(query.data or "") if query else None
    if query is None or match is None:
        return
    sign, ref = match.groups()
    language = user_language(query.from_user)
    answerer = get_answerer(context)
    fact_id = _fact_id(answerer, ref)
    if fact_id is None or answerer.fact(fact_id, language) is None:
        await query.answer(text(language, "fact_gone"))
        return
    tally = get_storage(context).record_vote(fact_id, query.from_user.id, 1 if sign == "+" else -1)
    await query.answer(text(language, "vote_thanks"))
    if isinstance(query.message, Message):
        try:
            await query.edit_message_reply_markup(with_tally(query.message.reply_markup, fact_id, tally))
        except BadRequest as exc:  # "message is not modified": the counts did not change
            logger.debug("Vote counts not updated: %s", exc)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the button handlers, each for its callback-data prefix."""
    application.add_handler(CallbackQueryHandler(show_fact, pattern=FACT_PATTERN))
    application.add_handler(CallbackQueryHandler(show_page, pattern=PAGE_PATTERN))
    application.add_handler(CallbackQueryHandler(show_example, pattern=EXAMPLE_PATTERN))
    application.add_handler(CallbackQueryHandler(vote, pattern=VOTE_PATTERN))
