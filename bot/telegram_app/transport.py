"""The bot's Bot API client, hardened against what the network and Telegram send back.

`ResilientBot` is python-telegram-bot's `ExtBot` with three changes to long polling:

    an update PTB cannot parse   (a new or old Bot API server's shape) is skipped: it is
                                 replaced by a bare `Update(update_id)` that no handler
                                 matches, so the offset advances and polling goes on; one
                                 WARNING line per SKIP_LOG_INTERVAL, counting the skipped
    401 Unauthorized             (the token was revoked while running) and
    409 Conflict                 (another process polls with the same token) stop the
                                 application instead of retrying for ever; `fatal` holds
                                 the error for the runner's one clear line and exit 1

`ResilientApplicationBuilder` builds the Application around a `ResilientBot` (it
overrides PTB's `_build_ext_bot`, so every builder setting still applies).

`quiet_library_logs()` stops python-telegram-bot from logging what the bot reports
itself (a rejected token, a conflict, a parse failure, with tracebacks) and what must
not be logged at all (webhook bodies, whole updates, a wrong webhook secret) at any level.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import ApplicationBuilder, ExtBot

__all__ = ["SKIP_LOG_INTERVAL", "ResilientApplicationBuilder", "ResilientBot", "quiet_library_logs"]

logger = logging.getLogger(__name__)

SKIP_LOG_INTERVAL = 60.0  # seconds between two "skipped an update" lines


class ResilientBot(ExtBot):  # type: ignore[type-arg]
    """ExtBot whose long polling survives unparseable updates and stops on 401/409."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._raw_updates: list[Any] = []
        self._fatal: TelegramError | None = None
        self._on_fatal: Callable[[], None] | None = None
        self._skipped = 0
        self._skip_logged_at: float | None = None

    @property
    def fatal(self) -> TelegramError | None:
        """The error that ended polling (InvalidToken or Conflict), if any."""
        return self._fatal

    def set_on_fatal(self, callback: Callable[[], None]) -> None:
        """Call `callback` (e.g. `Application.stop_running`) when polling cannot go on."""
        self._on_fatal = callback

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, *args, **kwargs)
        if endpoint == "getUpdates":
            self._raw_updates = result if isinstance(result, list) else []
        return result

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """Fetch updates; never raise for an update PTB cannot parse, stop on 401 and 409."""
        if self._fatal is not None:  # stopping: don't ask the server again
            await asyncio.sleep(0.1)
            return ()
        try:
            return await super().get_updates(*args, **kwargs)
        except (InvalidToken, Conflict) as exc:
            self._fatal = exc
            if self._on_fatal is not None:
                self._on_fatal()
            return ()
        except TelegramError:
            raise
        except Exception as exc:  # the answer arrived but an update in it does not parse
            return self._salvage(self._raw_updates, exc)

    def _salvage(self, raw: Sequence[Any], error: Exception) -> tuple[Update, ...]:
        updates: list[Update] = []
        for data in raw:
            try:
                update = Update.de_json(data, self)
            except Exception as exc:
                update_id = data.get("update_id") if isinstance(data, dict) else None
                if not isinstance(update_id, int):
                    continue
                self._note_skipped(update_id, exc)
                update = Update(update_id=update_id)  # no handler matches it; the offset moves on
            else:
                self.insert_callback_data(update)
            updates.append(update)
        if not updates:
            raise TypeError(f"no update in the answer could be parsed: {error}") from error
        return tuple(updates)

    def _note_skipped(self, update_id: int, exc: Exception) -> None:
        self._skipped += 1
        now = time.monotonic()
        if self._skip_logged_at is not None and now - self._skip_logged_at < SKIP_LOG_INTERVAL:
            return
        self._skip_logged_at = now
        logger.warning("Skipped update %d that python-telegram-bot cannot parse (%s: %.100s); "
                       "%d skipped so far", update_id, type(exc).__name__, str(exc), self._skipped)


class ResilientApplicationBuilder(ApplicationBuilder):  # type: ignore[type-arg]
    """ApplicationBuilder whose Application talks through a `ResilientBot`."""

    def _build_ext_bot(self) -> ExtBot:  # type: ignore[type-arg]
        bot = super()._build_ext_bot()
        return ResilientBot(
            token=bot.token,
            base_url=bot.base_url.removesuffix(bot.token),
            base_file_url=bot.base_file_url.removesuffix(bot.token),
            private_key=None,
            defaults=bot.defaults,
            arbitrary_callback_data=bot.callback_data_cache is not None,
            request=bot._request[1],
            get_updates_request=bot._request[0],
            rate_limiter=bot.rate_limiter,
            local_mode=bot.local_mode,
        )


class _DropFilter(logging.Filter):
    """Drop (or shorten) python-telegram-bot records the bot replaces with its own line."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, (InvalidToken, Conflict)):
            return False  # the runner says it in one line and exits 1
        message = str(record.msg)
        if message.startswith("Error while parsing updates!"):
            return False  # ResilientBot logs the skip, without the raw data
        first = record.args[0] if isinstance(record.args, tuple) and record.args else None
        if message.startswith("Webhook received data"):
            record.msg, record.args = "Webhook received data (%d characters)", (len(str(first)),)
        elif message.startswith("Processing update") and first is not None:
            record.msg, record.args = "Processing update %s", (getattr(first, "update_id", "?"),)
        elif message.startswith("Request had the wrong secret token"):
            record.msg, record.args = "Request had the wrong secret token", ()
        elif message.startswith("Something went wrong processing the data received from Telegram"):
            record.msg, record.args = "An update python-telegram-bot cannot parse was not processed", ()
            record.exc_info, record.exc_text = None, None
        return True


_FILTER = _DropFilter()
_LIBRARY_LOGGERS = ("telegram.ext", "telegram.ext.Updater", "telegram.Bot", "telegram.ext.ExtBot",
                    "telegram.ext.Application")


def quiet_library_logs() -> None:
    """Install the filter on python-telegram-bot's loggers (idempotent)."""
    for name in _LIBRARY_LOGGERS:
        library_logger = logging.getLogger(name)
        if _FILTER not in library_logger.filters:
            library_logger.addFilter(_FILTER)
