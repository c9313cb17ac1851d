"""Faults a test can inject into the fake Bot API: queued errors (any status,
429 with `retry_after`, a dropped connection), blocked chats (403), a group
upgraded to a supergroup (400 with `migrate_to_chat_id`), a sliding-window
rate limit, and responses held back after the call was processed.

`FakeFailures` is a mixin of `tests.fakeapi.server.FakeBotAPI`;
`_injected_failure` runs with the fake's lock held.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["FakeFailures", "Failure"]


@dataclass(frozen=True)
class Failure:
    """One injected failure; `status == 0` drops the connection without an answer."""

    status: int
    description: str
    parameters: dict[str, int] | None = None  # retry_after or migrate_to_chat_id

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        return body if self.parameters is None else {**body, "parameters": self.parameters}


class FakeFailures:
    """Failure injection (see the module docstring)."""

    _lock: threading.RLock

    def _init_failures(self) -> None:
        self._failures: dict[str, deque[Failure]] = {}
        self._every: dict[str, tuple[int, Failure, Iterator[int]]] = {}
        self._chat_failures: dict[int, tuple[Failure, frozenset[str] | None]] = {}  # None: every method
        self._rate_limits: dict[str, tuple[int, deque[float]]] = {}
        self._hold: tuple[str, int] | None = None
        self._release = threading.Event()
        self.held_count = 0
        self.rate_limited_count = 0

    def fail_next(self, method: str, *, status: int = 500, count: int = 1,
                  description: str = "Internal Server Error") -> None:
        """The next `count` calls of `method` answer `status` with `description`."""
        self._queue(method, Failure(status, description), count)

    def retry_after_next(self, method: str, *, seconds: int = 1, count: int = 1) -> None:
        """The next `count` calls of `method` answer 429 with `retry_after`."""
        self._queue(method, Failure(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}), count)

    def drop_connection_next(self, method: str, count: int = 1) -> None:
        """The next `count` calls of `method` get their socket closed, no response."""
        self._queue(method, Failure(0, "connection dropped"), count)

    def _queue(self, method: str, failure: Failure, count: int) -> None:
        with self._lock:
            self._failures.setdefault(method, deque()).extend([failure] * count)

    def fail_every(self, method: str, every: int, *, status: int = 500,
                   description: str = "Internal Server Error") -> None:
        """From now on every `every`-th call of `method` (the 7th, 14th, ...) answers `status`."""
        with self._lock:
            self._every[method] = (every, Failure(status, description), itertools.count(1))

    def block_chat(self, chat_id: int, *, methods: Iterable[str] = ("sendMessage",)) -> None:
        """Calls of `methods` (default: sendMessage) to `chat_id` answer 403."""
        where = "bot was blocked by the user" if chat_id > 0 else "bot was kicked from the supergroup chat"
        with self._lock:
            self._chat_failures[chat_id] = (Failure(403, f"Forbidden: {where}"), frozenset(methods))

    def upgrade_group(self, chat_id: int, new_chat_id: int) -> None:
        """`chat_id` became supergroup `new_chat_id`: calls to it answer 400 "migrated"."""
        failure = Failure(400, "Bad Request: group chat was upgraded to a supergroup chat",
                          {"migrate_to_chat_id": new_chat_id})
        with self._lock:
            self._chat_failures[chat_id] = (failure, None)

    def set_rate_limit(self, method: str = "sendMessage", per_second: int = 30) -> None:
        """Calls of `method` beyond `per_second` in any 1 s window answer 429."""
        with self._lock:
            self._rate_limits[method] = (per_second, deque())

    def hold_responses(self, method: str = "sendMessage", *, after: int = 0) -> None:
        """Answer the next `after` successful calls of `method`; process and record later ones
        but hold their answers until `release_responses` (`held_count` counts them)."""
        with self._lock:
            self._release.clear()
            self._hold, self.held_count = (method, after), 0

    def release_responses(self) -> None:
        """Send the held answers (to clients still listening) and stop holding."""
        with self._lock:
            self._hold = None
        self._release.set()

    def _hold_if_due(self, method: str) -> bool:
        """Count this answer as held when it is (called with the call recorded, under the same
        lock: whoever sees the call also sees it counted)."""
        with self._lock:
            if self._hold is None or self._hold[0] != method:
                return False
            if self._hold[1] > 0:
                self._hold = (method, self._hold[1] - 1)
                return False
            self.held_count += 1
            return True

    def _injected_failure(self, method: str, params: dict[str, Any], now: float) -> Failure | None:
        every, failure, counter = self._every.get(method, (0, None, itertools.count(1)))
        if every and next(counter) % every == 0:  # fail_every()
            return failure
        if queued := self._failures.get(method):
            return queued.popleft()
        if isinstance(chat_id := params.get("chat_id"), int) and chat_id in self._chat_failures:
            failure, methods = self._chat_failures[chat_id]
            if methods is None or method in methods:
                return failure
        if method in self._rate_limits:
            limit, window = self._rate_limits[method]
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                self.rate_limited_count += 1
                return Failure(429, "Too Many Requests: retry after 1", {"retry_after": 1})
            window.append(now)
        return None
