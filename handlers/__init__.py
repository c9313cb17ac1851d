"""Telegram update handlers, kept thin: read the update, call the core, reply.

`register(application)` adds every handler module's handlers in one place,
in an order that matters (see the comments there). The core they call lives
in `bot/` and needs no Telegram.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers import (
    admin,
    buttons,
    commands,
    errors,
    fallbacks,
    inline,
    questions,
    subscriptions,
)

__all__ = ["register"]


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add all handlers to `application`, commands before free text."""
    # Handler modules are added here as they are written; each exposes
    # `register(application)`. Commands come first so that "/ask" and friends
    # are never taken for free-text questions; the catch-all handlers last.
    # All in handler group 0, where the first matching handler wins.
    errors.register(application)  # the error handler: log, apologise, never a traceback
    commands.register(application)  # /start /help /speakers /agreements /topics /about /source
    questions.register(application)  # /ask, then free text (private; groups when addressed)
    buttons.register(application)  # "did you mean", examples, votes: by callback-data prefix
    inline.register(application)  # @botname quote lookup
    # Feature modules (subscriptions, admin) register here, above the catch-alls.
    subscriptions.register(application)  # /subscribe /unsubscribe /subscription /digest
    admin.register(application)  # /reload /unanswered /stats (ADMIN_IDS only)

    fallbacks.register(application)  # LAST: unknown buttons/commands, stickers, my_chat_member
