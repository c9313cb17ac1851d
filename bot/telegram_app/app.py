"""Application wiring: `build_application(settings)` for the command line and the tests.

The builder (`bot.telegram_app.builder`) plus the handlers, python-telegram-bot's
`Defaults` (HTML, no link previews) and the services: `bot_data` is a typed
`Services` object (bot.telegram_app.services) whose answerer, storage, digest
service and watcher are created in `post_init`; handlers read
`services_of(context).answerer` on every update, so a reloaded fact base is
swapped in by replacing that one attribute.

The only module of the shell that imports `handlers` (with `runner`, which runs it).
"""

from __future__ import annotations

import logging
from typing import Literal

from telegram.ext import Application, BaseRateLimiter, ContextTypes
from telegram.request import BaseRequest

import handlers
from bot.answering import Answerer
from bot.settings import Settings
from bot.storage import Storage
from bot.telegram_app.builder import CONCURRENT_UPDATES, DEFAULT_LIMITER, application_builder
from bot.telegram_app.jobs import setup_digests
from bot.telegram_app.services import Services, services_of
from handlers.menu import publish_commands

__all__ = ["build_application"]

logger = logging.getLogger(__name__)

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
        .context_types(ContextTypes(bot_data=Services))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    services_of(application).settings = settings
    handlers.register(application)
    return application


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    services = services_of(application)
    settings = services.settings
    services.answerer = Answerer.from_directory(settings.knowledge_dir, cache_dir=settings.build_cache_dir)
    services.storage = Storage.open(services.settings.database_path)
    await setup_digests(application)  # fact registry, digest + reload jobs (bot/telegram_app/jobs.py)
    await publish_commands(application.bot)  # the command menu, English and Russian


async def _post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    services = services_of(application)
    if services.has("storage"):
        services.storage.close()
