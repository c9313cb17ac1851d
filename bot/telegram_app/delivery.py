"""Digest fan-out: compose every due digest into the outbox, then send it, exactly once.

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
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import AIORateLimiter

from bot.errors import BotError
from bot.facts import FactBase
from bot.outbox import Outbox, OutboxPart
from bot.settings import Settings
from bot.storage import Storage
from bot.subscriptions import FREQUENCIES, Subscriptions

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: in-process locking only
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "BROADCAST_PER_SECOND",
    "BroadcastRateLimiter",
    "ClaimOnSend",
    "DeliveryBusyError",
    "DeliveryReport",
    "DigestService",
    "broadcast_rate_limiter",
    "due_frequencies",
    "last_digest_date",
    "lock_path_for",
    "missed_frequencies",
    "next_digest_time",
]

logger = logging.getLogger(__name__)

# Telegram allows about 30 messages a second to different chats. The limiter lets
# one request through every 1/29 s without bursts, which stays under any sliding
# one-second window of 30 even with network jitter.
BROADCAST_PER_SECOND = 29.0
GROUP_PER_MINUTE = 20
MAX_RETRIES = 3
DEFAULT_CONCURRENCY = 16
SEND_TIMEOUT = 30.0
INTERACTIVE_RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before each retry of a reply
_LOCK_POLL = 0.2
# Transport errors that prove a request never reached Telegram: it is safe to send it again.
# Any other one (ReadTimeout, RemoteProtocolError, ReadError ...) may come after Telegram got it.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout)


class DeliveryBusyError(BotError):
    """Another delivery run holds the lock for longer than we were willing to wait."""


class ClaimOnSend:
    """`rate_limit_args` for `BroadcastRateLimiter`: claim an outbox part at the moment its
    request leaves, after every rate-limit wait (and only once, even when RetryAfter retries)."""

    def __init__(self, claim: Callable[[], bool], max_retries: int | None = None) -> None:
        self._claim = claim
        self.max_retries = max_retries
        self.claimed = False

    def __call__(self) -> bool:
        if not self.claimed:
            self.claimed = self._claim()
        return self.claimed


class NotClaimedError(Exception):
    """The part was no longer pending when its turn came (settled by someone else)."""


class BroadcastRateLimiter(AIORateLimiter):
    """AIORateLimiter that, given a `ClaimOnSend` as `rate_limit_args`, claims the part right
    before the HTTP request, so a part waiting for its turn is never counted as in flight."""

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: Any) -> Any:
        if not isinstance(rate_limit_args, ClaimOnSend):
            return await self._interactive(callback, args, kwargs, endpoint, data, rate_limit_args)
        hook = rate_limit_args

        async def claimed_callback(*call_args: Any, **call_kwargs: Any) -> Any:
            if not hook():
                raise NotClaimedError(endpoint)
            return await callback(*call_args, **call_kwargs)

        return await super().process_request(claimed_callback, args, kwargs, endpoint, data, hook.max_retries)


    async def _interactive(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                           data: dict[str, Any], rate_limit_args: Any) -> Any:
        """A reply, a button answer, an inline answer: retried after a 5xx or a network error
        that proves the request never left (INTERACTIVE_RETRY_DELAYS), never when it may have
        arrived, so no reply is sent twice. Digest parts are not retried here: the outbox does."""
        for delay in (*INTERACTIVE_RETRY_DELAYS, None):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as exc:  # 5xx answers and transport errors (TimedOut included)
                if delay is None or isinstance(exc, BadRequest) or _may_have_arrived(exc):
                    raise
                logger.info("%s failed (%s); retrying in %.1f s", endpoint, exc.message, delay)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the last round either returned or raised


def broadcast_rate_limiter(per_second: float = BROADCAST_PER_SECOND,
                           max_retries: int = MAX_RETRIES) -> BroadcastRateLimiter:
    """python-telegram-bot's AIORateLimiter paced for broadcasts (one request every 1/29 s, no
    bursts), retrying RetryAfter up to `max_retries` times; usable as the bot's only limiter."""
    return BroadcastRateLimiter(
        overall_max_rate=1,
        overall_time_period=1 / per_second,
        group_max_rate=GROUP_PER_MINUTE,
        group_time_period=60,
        max_retries=max_retries,
    )


def due_frequencies(now: datetime, settings: Settings) -> tuple[str, ...]:
    """Which subscriptions a scheduled run at `now` serves: daily always, weekly on DIGEST_WEEKDAY."""
    local = now.astimezone(settings.tzinfo)
    return FREQUENCIES if local.weekday() == settings.digest_weekday else ("daily",)


def next_digest_time(now: datetime, settings: Settings, frequency: str) -> datetime:
    """The next scheduled digest run for a subscription of `frequency`, in DIGEST_TIMEZONE."""
    local = now.astimezone(settings.tzinfo)
    candidate = datetime.combine(local.date(), settings.digest_time, tzinfo=settings.tzinfo)
    if candidate <= local:
        candidate += timedelta(days=1)
    if frequency == "weekly":
        candidate += timedelta(days=(settings.digest_weekday - candidate.weekday()) % 7)
    return candidate


def last_digest_date(now: datetime, settings: Settings) -> date:
    """The DIGEST_TIMEZONE date of the latest scheduled run due at or before `now`."""
    local = now.astimezone(settings.tzinfo)
    return local.date() - timedelta(days=1 if local.time() < settings.digest_time else 0)


def missed_frequencies(last_run: date | None, now: datetime, settings: Settings) -> tuple[str, ...]:
    """The subscriptions whose scheduled run is missing since `last_run` (the date of the last
    completed one; None if never): () when none was missed, else daily, plus weekly when
    DIGEST_WEEKDAY is among the missed days."""
    due = last_digest_date(now, settings)
    if last_run is not None and last_run >= due:
        return ()
    first = due if last_run is None else max(last_run + timedelta(days=1), due - timedelta(days=6))
    days = ((first + timedelta(days=n)).weekday() for n in range((due - first).days + 1))
    return FREQUENCIES if settings.digest_weekday in days else ("daily",)


def lock_path_for(database_path: Path) -> Path | None:
    """The delivery lock file next to the database (None for an in-memory database)."""
    if str(database_path) == ":memory:":
        return None
    return database_path.with_name(database_path.name + ".digest-lock")


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


class DeliveryLock:
    """One delivery run at a time: an asyncio lock in the process, an flock across processes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._local = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def hold(self, timeout: float | None = None) -> AsyncIterator[None]:
        """Wait (up to `timeout` seconds, None = forever) for the lock; raise DeliveryBusyError."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        try:
            await asyncio.wait_for(self._local.acquire(), timeout)
        except TimeoutError:
            raise DeliveryBusyError("another digest delivery is running in this process") from None
        handle = None
        try:
            if self.path is not None and fcntl is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                handle = open(self.path, "a+")  # noqa: SIM115 - held for the whole run
                while True:
                    try:
                        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if deadline is not None and loop.time() >= deadline:
                            raise DeliveryBusyError(
                                f"another digest delivery is running (lock {self.path} is held)") from None
                        await asyncio.sleep(_LOCK_POLL)
            yield
        finally:
            if handle is not None:
                with contextlib.suppress(OSError):
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                handle.close()
            self._local.release()


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
            if _may_have_arrived(exc):
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


def _may_have_arrived(exc: TelegramError) -> bool:
    """Whether a failed request may have reached Telegram anyway.

    No transport error behind `exc` means Telegram answered (a 5xx): it did not take the
    message. A transport error proves the request never left only if it is one of
    `_NEVER_SENT`; after any other (a read timeout, a connection closed once the request
    was written) Telegram may have delivered it.
    """
    causes: list[BaseException] = []
    seen: set[int] = set()
    link = exc.__cause__ or exc.__context__
    while link is not None and id(link) not in seen:  # PTB wraps the httpx error it got
        seen.add(id(link))
        if not isinstance(link, TelegramError):
            causes.append(link)
        link = link.__cause__ or link.__context__
    if not causes:
        return False
    return not any(isinstance(cause, _NEVER_SENT) for cause in causes)
