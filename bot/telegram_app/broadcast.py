"""`python -m bot digest`: one delivery run outside the running bot (cron, operators).

Loads the fact base from KNOWLEDGE_DIR and registers its new facts (as the
running bot does on reload), composes the digest of every active subscriber
with news (or, with `--due`, only those due today by DIGEST_WEEKDAY), delivers
everything pending in the outbox, including what an earlier run left, and
returns the `DeliveryReport` whose `summary()` the command prints.

An invalid fact base does not stop the run: digests already composed are still
delivered, nothing new is composed, and the caller reports the errors.
The same delivery lock as the bot's is taken, so a cron run and the bot's own
job never send at the same time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from telegram.error import InvalidToken, TelegramError
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.deliverylock import lock_path_for
from bot.errors import BotError, FactBaseError
from bot.facts import FactBase
from bot.loader import load_factbase
from bot.schedule import due_frequencies
from bot.settings import Settings
from bot.storage import Storage, utcnow
from bot.subscriptions import Subscriptions
from bot.telegram_app.builder import application_builder
from bot.telegram_app.delivery import DEFAULT_CONCURRENCY, SEND_TIMEOUT, DeliveryReport, DigestService
from bot.telegram_app.ratelimit import broadcast_rate_limiter

__all__ = ["BroadcastError", "DigestRun", "build_broadcast_bot", "send_pending_digests"]

logger = logging.getLogger(__name__)

LOCK_TIMEOUT = 120.0


class BroadcastError(BotError):
    """The Bot API cannot be used (bad token, unreachable server)."""


@dataclass(frozen=True)
class DigestRun:
    report: DeliveryReport
    factbase_error: FactBaseError | None = None


def build_broadcast_bot(settings: Settings,
                        concurrency: int = DEFAULT_CONCURRENCY) -> ExtBot:  # type: ignore[type-arg]
    """A Bot for fan-outs: the running bot's token and Bot API server (`bot.telegram_app.builder.application_builder`),
    paced by `broadcast_rate_limiter()`, with a connection per sender."""
    builder = application_builder(
        settings,
        request=HTTPXRequest(connection_pool_size=concurrency + 4, read_timeout=SEND_TIMEOUT,
                             write_timeout=SEND_TIMEOUT, pool_timeout=SEND_TIMEOUT),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
        rate_limiter=broadcast_rate_limiter(),
    )
    bot: ExtBot = builder.build().bot  # type: ignore[type-arg]
    return bot


async def send_pending_digests(settings: Settings, *, due_only: bool = False, now: datetime | None = None,
                               concurrency: int = DEFAULT_CONCURRENCY) -> DigestRun:
    """Compose and deliver every pending digest now; see the module docstring."""
    bot = build_broadcast_bot(settings, concurrency)  # checks the token first
    storage = Storage.open(settings.database_path)
    try:
        factbase: FactBase | None = None
        error: FactBaseError | None = None
        try:
            factbase = load_factbase(settings.knowledge_dir)
        except FactBaseError as exc:
            error = exc
            logger.error("fact base invalid (%d error(s)): delivering only digests already composed",
                         len(exc.problems))
        else:
            new = Subscriptions(storage).record_facts(factbase)
            if new:
                logger.info("%d fact(s) seen for the first time", len(new))
        frequencies = due_frequencies(now or utcnow(), settings) if due_only else None
        service = DigestService(storage, lock_path=lock_path_for(settings.database_path),
                                concurrency=concurrency)
        try:
            await bot.initialize()
        except InvalidToken as exc:
            raise BroadcastError(f"TELEGRAM_BOT_TOKEN was rejected by the Bot API: {exc.message}") from None
        except TelegramError as exc:
            raise BroadcastError(
                f"cannot reach the Bot API at {settings.telegram_api_base_url}: {exc.message}") from None
        try:
            report = await service.run(bot, factbase, frequencies, origin="command", lock_timeout=LOCK_TIMEOUT)
        finally:
            await bot.shutdown()
        return DigestRun(report, error)
    finally:
        storage.close()
