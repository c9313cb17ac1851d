"""The error handler: log the failure with its context; the user gets a short apology.

Never a traceback in a chat. Failures with no update (the network dropping
under long polling) and users who blocked the bot are logged briefly, without
a stack; everything else is logged at ERROR with the update that caused it.
The log filter (`bot.logs`) keeps the token out of all of it.
"""

from __future__ import annotations

import json
import logging
from html import escape

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import Application, ContextTypes

from handlers.common import user_language
from handlers.texts import text

__all__ = ["on_error", "register"]

logger = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with the update that caused it, and apologise to the user."""
    error = context.error
    if not isinstance(update, Update):
        if isinstance(error, NetworkError):
            logger.warning("Network problem talking to the Bot API: %s", error)
        else:
            logger.error("Error outside any update", exc_info=error)
        return
    if isinstance(error, Forbidden):  # blocked by the user or removed from the group
        logger.info("Cannot write to chat %s: %s", update.effective_chat and update.effective_chat.id, error)
        return
    logger.error(
        "Error while handling update %s", json.dumps(update.to_dict(), ensure_ascii=False), exc_info=error
    )
    apology = text(user_language(update.effective_user), "apology")
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(apology)
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0)
        elif update.effective_message is not None and update.effective_chat is not None \
                and update.channel_post is None:
            await update.effective_message.reply_text(escape(apology))
    except TelegramError as exc:  # the apology failed too: nothing more to do
        logger.warning("Could not apologise for the error: %s", exc)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the error handler."""
    application.add_error_handler(on_error)
