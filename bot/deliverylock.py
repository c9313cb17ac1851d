"""One digest delivery at a time, across processes: an asyncio lock plus an `flock`.

The lock file sits next to the database (`DATABASE_PATH` + ".digest-lock"), so a
cron run of `python -m bot digest` and the running bot's job share one database
safely; the OS releases an `flock` even after SIGKILL. No Telegram here.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from bot.errors import BotError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: in-process locking only
    fcntl = None  # type: ignore[assignment]

__all__ = ["DeliveryBusyError", "DeliveryLock", "lock_path_for"]

_LOCK_POLL = 0.2


class DeliveryBusyError(BotError):
    """Another delivery run holds the lock for longer than we were willing to wait."""


def lock_path_for(database_path: Path) -> Path | None:
    """The delivery lock file next to the database (None for an in-memory database)."""
    if str(database_path) == ":memory:":
        return None
    return database_path.with_name(database_path.name + ".digest-lock")


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
