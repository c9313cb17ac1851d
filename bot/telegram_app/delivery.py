"""Digest fan-out: compose every due digest into the outbox, then send it, exactly once.

(The schedule maths is `bot.schedule`, the cross-process lock `bot.deliverylock`, the
pacing and claim-on-send `bot.telegram_app.ratelimit`; this module is the service.)

`DigestService.run()` is what the daily JobQueue job, `/digest` and
`python -m bot digest` all call:

1. take the delivery lock (one run at a time, across processes: an `flock`
   on `DATABASE_PATH` + ".digest-lock", released by the OS even after SIGKILL);
2. `Outbox.recover_interrupted()`: parts an earlier, killed run left in flight
   are marked unconfirmed and never resent;
3. compose and store the digest of every due subscriber with news;
4. send every pending part, several chats at a time (bounded by `concurrency`),
   one chat's parts in order. The pace is the bot's rate limiter's job
   (`broadcast_rate_limiter()`: ~29 messages a second, no bursts, RetryAfter
   honoured and retried), and it claims each part (`pending` -> `sending`)
   only when its request actually leaves, so parts merely waiting for their
   turn are not lost as "in flight" if the process dies. With any other
   limiter (the bot's own), the service paces itself at the same rate and
   claims just before handing the request over.

Outcomes per message: sent; 403 Forbidden (or "chat not found") -> the chat's
remaining parts are dropped and its subscription marked inactive; RetryAfter
beyond the limiter's retries, 5xx answers and network errors that prove the
request never left (no connection, connect/pool/write timeout) -> put back and
retried by a later run (the chat's later parts wait, to keep their order); any
other network error (a read timeout, the server closing the connection after
reading the request) -> unconfirmed: Telegram may have delivered it, so it is
never resent; "group upgraded to a supergroup" (ChatMigrated) -> the
subscription and its digests move to the new chat id (`Outbox.migrate_chat`)
and this and the remaining parts go there; any other 400 -> that message is
dropped and logged (a bug: retrying would not help).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from aiolimiter import AsyncLimiter
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.deliverylock import DeliveryLock
from bot.facts import FactBase
from bot.outbox import Outbox, OutboxPart
from bot.storage import Storage
from bot.subscriptions import Subscriptions
from bot.telegram_app.ratelimit import (
    BROADCAST_PER_SECOND,
    BroadcastRateLimiter,
    ClaimOnSend,
    NotClaimedError,
    may_have_arrived,
)

__all__ = ["DEFAULT_CONCURRENCY", "DeliveryReport", "DigestService"]

logger = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 16
SEND_TIMEOUT = 30.0


@dataclass
class DeliveryReport:
    """What one run did, counted in digests (one per chat and run) except `unconfirmed` and `messages`.

    sent         digests completely delivered
    failed       digests with messages left for a later run (network errors, 5xx, rate limits)
    dropped      digests abandoned: the chat blocked the bot or is gone (now inactive)
    unconfirmed  messages that may or may not have arrived (in flight when a run died, or a
                 read timeout); never resent, so never duplicated
    messages     messages Telegram accepted in this run
    composed     digests composed in this run
    """

    sent: int = 0
    failed: int = 0
    dropped: int = 0
    unconfirmed: int = 0
    messages: int = 0
    composed: int = 0

    def summary(self) -> str:
        return (f"digest: sent {self.sent}, failed {self.failed}, dropped {self.dropped}, "
                f"unconfirmed {self.unconfirmed}")


class _Outcome(Enum):
    SKIPPED = "skipped"
    SENT = "sent"
    RETRY = "retry"
    DROP_CHAT = "drop-chat"
    DROP_PART = "drop-part"
    UNCONFIRMED = "unconfirmed"
    MIGRATED = "migrated"


class DigestService:
    """Composes and delivers digests for the bot, the job queue and the command line."""

    def __init__(self, storage: Storage, *, lock_path: Path | None = None,
                 concurrency: int = DEFAULT_CONCURRENCY) -> None:
        self.storage = storage
        self.subscriptions = Subscriptions(storage)
        self.outbox = Outbox(storage)
        self.lock = DeliveryLock(lock_path)
        self.concurrency = max(1, concurrency)
        # Paces sends when the bot's own limiter is not a BroadcastRateLimiter.
        self._pacer = AsyncLimiter(1, 1 / BROADCAST_PER_SECOND)

    async def run(self, bot: Bot, factbase: FactBase | None, frequencies: Iterable[str] | None = None,
                  *, origin: str = "scheduled", lock_timeout: float | None = None) -> DeliveryReport:
        """Compose the digests of active subscribers of `frequencies` (all when None; none when
        `factbase` is None) and deliver everything pending in the outbox."""
        report = DeliveryReport()
        async with self.lock.hold(lock_timeout):
            report.unconfirmed += self._recover()
            if factbase is not None:
                for number, subscription in enumerate(self.subscriptions.active(frequencies), 1):
                    if self.outbox.compose(subscription.chat_id, factbase, origin) is not None:
                        report.composed += 1
                    if number % 50 == 0:
                        await asyncio.sleep(0)  # let the bot answer its users meanwhile
            await self._deliver(bot, self.outbox.pending_chats(), report)
        logger.info("%s (%d composed, %d messages)", report.summary(), report.composed, report.messages)
        return report

    async def run_for_chat(self, bot: Bot, factbase: FactBase, chat_id: int, *,
                           lock_timeout: float | None = None) -> DeliveryReport:
        """`/digest`: compose this chat's digest now and deliver whatever it has pending."""
        report = DeliveryReport()
        async with self.lock.hold(lock_timeout):
            report.unconfirmed += self._recover()
            if self.outbox.compose(chat_id, factbase, "on-demand") is not None:
                report.composed += 1
            if self.outbox.pending_parts(chat_id):
                await self._deliver(bot, [chat_id], report)
        return report

    def _recover(self) -> int:
        count = self.outbox.recover_interrupted()
        if count:
            logger.warning("%d digest message(s) were in flight when an earlier run stopped; "
                           "not resending them (unconfirmed)", count)
        return count

    async def _deliver(self, bot: Bot, chat_ids: list[int], report: DeliveryReport) -> None:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for chat_id in chat_ids:
            queue.put_nowait(chat_id)

        async def worker() -> None:
            while True:
                try:
                    chat_id = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                try:
                    await self._deliver_chat(bot, chat_id, report)
                except Exception:  # never let one chat stop the others
                    logger.exception("digest delivery to chat %s failed unexpectedly", chat_id)
                    report.failed += 1

        workers = min(self.concurrency, len(chat_ids))
        await asyncio.gather(*(worker() for _ in range(workers)))

    async def _deliver_chat(self, bot: Bot, chat_id: int, report: DeliveryReport) -> None:
        parts = self.outbox.pending_parts(chat_id)
        digest_ids = list(dict.fromkeys(part.digest_id for part in parts))
        for _move in range(3):  # a group that became a supergroup: go on under its new id
            moved_to = await self._send_parts(bot, parts, report)
            if moved_to is None:
                break
            parts = [part for part in self.outbox.pending_parts(moved_to) if part.digest_id in digest_ids]
        for status in self.outbox.digest_statuses(digest_ids).values():
            if status == "sent":
                report.sent += 1
            elif status == "dropped":
                report.dropped += 1
            elif status == "pending":
                report.failed += 1

    async def _send_parts(self, bot: Bot, parts: list[OutboxPart], report: DeliveryReport) -> int | None:
        """Send one chat's parts in order until one fails; return the new chat id if the chat moved."""
        for part in parts:
            chat_id = part.chat_id
            outcome, detail = await self._send(bot, part)
            if outcome is _Outcome.SKIPPED:
                continue  # settled meanwhile (e.g. the chat unsubscribed)
            if outcome is _Outcome.SENT:
                report.messages += 1
                continue
            if outcome is _Outcome.UNCONFIRMED:
                logger.warning("digest %s part %s to chat %s unconfirmed: %s",
                               part.digest_id, part.part, chat_id, detail)
                report.unconfirmed += 1
                continue
            if outcome is _Outcome.DROP_PART:
                logger.error("digest %s part %s to chat %s refused by Telegram, skipped: %s",
                             part.digest_id, part.part, chat_id, detail)
                continue
            if outcome is _Outcome.MIGRATED:
                logger.info("chat %s became supergroup %s: its digests continue there", chat_id, detail)
                return int(detail)
            if outcome is _Outcome.DROP_CHAT:
                logger.info("chat %s cannot be reached (%s): subscription marked inactive", chat_id, detail)
                return None
            logger.warning("digest %s part %s to chat %s failed, will retry on a later run: %s",
                           part.digest_id, part.part, chat_id, detail)
            return None  # RETRY: keep this chat's later parts in order for the next run
        return None

    async def _send(self, bot: Bot, part: OutboxPart) -> tuple[_Outcome, str]:
        """Claim and send one part and record its outcome in the outbox.

        With a `BroadcastRateLimiter` the claim happens inside the limiter, just before the
        request; with any other limiter we pace ourselves and claim just before calling it.
        """
        hook = ClaimOnSend(lambda: self.outbox.claim(part))
        extra: dict[str, Any] = {}
        if isinstance(getattr(bot, "rate_limiter", None), BroadcastRateLimiter):
            extra["rate_limit_args"] = hook
        else:
            await self._pacer.acquire()
            if not hook():
                return _Outcome.SKIPPED, "no longer pending"
        try:
            message = await bot.send_message(
                part.chat_id, part.text, parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=SEND_TIMEOUT, write_timeout=SEND_TIMEOUT, pool_timeout=SEND_TIMEOUT,
                **extra,
            )
        except NotClaimedError:
            return _Outcome.SKIPPED, "no longer pending"
        except ChatMigrated as exc:  # Telegram refused it: not delivered, so it may go to the new id
            self.outbox.release(part, f"the group became supergroup {exc.new_chat_id}")
            self.outbox.migrate_chat(part.chat_id, exc.new_chat_id)
            return _Outcome.MIGRATED, str(exc.new_chat_id)
        except Forbidden as exc:
            return self._drop_chat(part.chat_id, f"403 Forbidden: {exc.message}")
        except BadRequest as exc:
            text = exc.message.lower()
            if "chat not found" in text or "deactivated" in text or "not a member" in text:
                return self._drop_chat(part.chat_id, f"400 Bad Request: {exc.message}")
            self.outbox.drop_part(part, f"400 Bad Request: {exc.message}")
            return _Outcome.DROP_PART, exc.message
        except RetryAfter as exc:
            self.outbox.release(part, f"rate limited: {exc.message}")
            return _Outcome.RETRY, f"rate limited: {exc.message}"
        except TelegramError as exc:  # NetworkError, TimedOut, 5xx answers, ...
            error = f"{type(exc).__name__}: {exc.message}"
            if may_have_arrived(exc):
                self.outbox.mark_unconfirmed(part, error)
                return _Outcome.UNCONFIRMED, f"{error}; Telegram may have delivered it"
            self.outbox.release(part, error)
            return _Outcome.RETRY, error
        except Exception as exc:
            self.outbox.release(part, repr(exc))
            raise
        self.outbox.mark_sent(part, message.message_id)
        return _Outcome.SENT, ""

    def _drop_chat(self, chat_id: int, reason: str) -> tuple[_Outcome, str]:
        """The chat can't be reached: drop its unsent parts (this one too), mark it inactive."""
        self.outbox.drop_chat(chat_id, reason)
        return _Outcome.DROP_CHAT, reason


