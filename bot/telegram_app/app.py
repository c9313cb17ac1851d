"""Application wiring: `build_application(settings)` for the command line and the tests.

Services are created in `post_init` and kept in `bot_data` (as python-telegram-bot's
rules-bot does): handlers read `context.bot_data["answerer"]` on every update,
so a reloaded fact base is swapped in by replacing that one object.

    bot_data["settings"]  Settings   the frozen settings
    bot_data["answerer"]  Answerer   the fact base and its matcher (replaced on reload)
    bot_data["storage"]   Storage    the SQLite database
    bot_data["chats_seen"]     dict         chats recorded lately (handlers.common.remember_chat)

Transport: python-telegram-bot's HTTPXRequest (or the `request=` a test
passes), an AIORateLimiter paced so that no burst (a digest fan-out) exceeds
Telegram's 30 messages a second and a RetryAfter pauses every sender, and
`CONCURRENT_UPDATES` updates handled at once so that one slow reply does not
hold up the next user. `application_builder()` holds these settings alone, so
the throughput benchmark can build its echo bot on exactly the same ones.
"""

from __future__ import annotations

import logging
from typing import Final, Literal

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter
from telegram.request import BaseRequest

import handlers
from bot.answering import Answerer
from bot.delivery import broadcast_rate_limiter
from bot.jobs import setup_digests
from bot.settings import Settings
from bot.storage import Storage
from bot.transport import ResilientApplicationBuilder, quiet_library_logs
from handlers.menu import publish_commands

__all__ = [
    "ALLOWED_UPDATES", "CONCURRENT_UPDATES", "DEFAULT_LIMITER", "application_builder",
    "build_application",
]

logger = logging.getLogger(__name__)

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
    limiting off; the default is `bot.delivery.broadcast_rate_limiter()`: PTB's
    AIORateLimiter paced to 29 messages a second without bursts, retrying RetryAfter.
    """
    root = settings.telegram_api_base_url
    quiet_library_logs()
    builder = (
        ResilientApplicationBuilder()
        .token(settings.require_token())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(concurrent_updates)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    if rate_limiter == DEFAULT_LIMITER:  # the sentinel, not a limiter
        rate_limiter = broadcast_rate_limiter()
    if rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    return builder


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter | Literal["default"] | None = DEFAULT_LIMITER,  # type: ignore[type-arg]
    concurrent_updates: int = CONCURRENT_UPDATES,
) -> Application:  # type: ignore[type-arg]
    """Build the bot's Application: one place for the command line and the tests.

    The keyword arguments are for tests and benchmarks (see `application_builder`).
    """
    application = (
        application_builder(
            settings, request=request, get_updates_request=get_updates_request,
            rate_limiter=rate_limiter, concurrent_updates=concurrent_updates,
        )
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    handlers.register(application)
    return application


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    settings: Settings = application.bot_data["settings"]
    application.bot_data["answerer"] = Answerer.from_directory(settings.knowledge_dir)
    application.bot_data["storage"] = Storage.open(settings.database_path)
    await setup_digests(application)  # fact registry, digest + reload jobs (bot/jobs.py)
    await publish_commands(application.bot)  # the command menu, English and Russian


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    storage: Storage | None = application.bot_data.get("storage")
    if storage is not None:
        storage.close()
