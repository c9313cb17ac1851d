"""The bot's rate limiter: broadcast pacing, claim-on-send for digests, retries for replies.

`broadcast_rate_limiter()` is python-telegram-bot's AIORateLimiter paced to 29
messages a second without bursts (Telegram allows about 30), retrying RetryAfter.
A digest part passes a `ClaimOnSend` as `rate_limit_args`: the outbox part is
claimed (`pending` -> `sending`) only when its request actually leaves. Any other
request (a reply, a button or inline answer) is retried after a 5xx or a network
error that proves it never left, and never when it may have arrived
(`may_have_arrived`), so no reply is sent twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import AIORateLimiter

__all__ = [
    "BROADCAST_PER_SECOND", "INTERACTIVE_RETRY_DELAYS", "BroadcastRateLimiter", "ClaimOnSend",
    "NotClaimedError", "broadcast_rate_limiter", "may_have_arrived",
]

logger = logging.getLogger(__name__)

# Telegram allows about 30 messages a second to different chats. The limiter lets
# one request through every 1/29 s without bursts, which stays under any sliding
# one-second window of 30 even with network jitter.
BROADCAST_PER_SECOND = 29.0
GROUP_PER_MINUTE = 20
MAX_RETRIES = 3
INTERACTIVE_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)  # seconds before each retry of a reply (15.5 s in all)
# Transport errors that prove a request never reached Telegram: it is safe to send it again.
# Any other one (ReadTimeout, RemoteProtocolError, ReadError ...) may come after Telegram got it.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout)


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
                if delay is None or isinstance(exc, BadRequest) or may_have_arrived(exc):
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


def may_have_arrived(exc: TelegramError) -> bool:
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
