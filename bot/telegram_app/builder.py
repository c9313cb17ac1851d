"""The ApplicationBuilder with the bot's token, Bot API server and transport settings.

No handlers here: `python -m bot digest` (bot.telegram_app.broadcast) and the
throughput benchmark's echo bot build on these settings without loading any
handler module; `bot.telegram_app.app` adds the handlers and services.

Transport: python-telegram-bot's HTTPXRequest (or the `request=` a test
passes), an AIORateLimiter paced so that no burst (a digest fan-out) exceeds
Telegram's 30 messages a second and a RetryAfter pauses every sender, and
`CONCURRENT_UPDATES` updates handled at once so that one slow reply does not
hold up the next user. The Bot is a `ResilientBot` (bot.telegram_app.transport).
"""

from __future__ import annotations

from typing import Final, Literal

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, BaseRateLimiter, Defaults
from telegram.request import BaseRequest

from bot.settings import Settings
from bot.telegram_app.ratelimit import broadcast_rate_limiter
from bot.telegram_app.transport import ResilientApplicationBuilder, quiet_library_logs

__all__ = ["ALLOWED_UPDATES", "BOT_DEFAULTS", "CONCURRENT_UPDATES", "DEFAULT_LIMITER", "application_builder"]

# Every message the bot sends is Telegram HTML without link previews (the source link
# would otherwise unfold under every answer); plain texts are escaped where they are sent.
BOT_DEFAULTS = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))

CONCURRENT_UPDATES = 16
# The update types the bot asks Telegram for (getUpdates and setWebhook): only
# those a handler reacts to. Edited messages and channel posts are not asked
# for (an edited question must not be answered twice); add a type here when a
# handler starts using it.
ALLOWED_UPDATES: list[str] = [
    Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.MY_CHAT_MEMBER,
]

DEFAULT_LIMITER: Final = "default"
"""Stands for "AIORateLimiter with the bot's settings" in `rate_limiter=` arguments (a plain
sentinel, so signatures read `rate_limiter='default'`)."""


def application_builder(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter | Literal["default"] | None = DEFAULT_LIMITER,  # type: ignore[type-arg]
    concurrent_updates: int = CONCURRENT_UPDATES,
) -> ApplicationBuilder:  # type: ignore[type-arg]
    """An ApplicationBuilder with the bot's token, Bot API server and transport settings.

    `request`/`get_updates_request` replace the HTTP client (tests pass an
    offline one; `request` alone serves both). `rate_limiter=None` turns rate
    limiting off; the default is `bot.telegram_app.ratelimit.broadcast_rate_limiter()`: PTB's
    AIORateLimiter paced to 29 messages a second without bursts, retrying RetryAfter.
    """
    root = settings.telegram_api_base_url
    quiet_library_logs()
    builder: ApplicationBuilder = (  # type: ignore[type-arg]
        ResilientApplicationBuilder()
        .token(settings.require_token())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(concurrent_updates)
        .defaults(BOT_DEFAULTS)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    if rate_limiter == DEFAULT_LIMITER:  # the sentinel, not a limiter
        rate_limiter = broadcast_rate_limiter()
    if rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    return builder
