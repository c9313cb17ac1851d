"""Logging for every entry point: one format, quiet httpx, and secrets redacted.

`configure_logging(level, secrets=(...))` sets up the root logger once, in the
format of python-telegram-bot's examples, and puts a `RedactingFilter` on every
root handler. The filter rewrites each record before any handler formats it:
the message with its arguments, the formatted traceback (`exc_text`) and the
stack, so the bot token (and the webhook secret) never reach a log line at any
level, exception text included. This matters because python-telegram-bot
logs its API URL (which contains the token) at DEBUG, `repr(Application)`
shows the token, and `InvalidToken` messages quote it.

httpx logs every request URL (token included) at INFO, so it is set to WARNING.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from urllib.parse import quote

__all__ = ["LOG_FORMAT", "REDACTED", "RedactingFilter", "configure_logging", "redact"]

LOG_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
REDACTED = "[REDACTED]"
# Anything shaped like a real bot token (digits, a colon, 30+ token characters),
# even one this process was not told about (a second bot's, a mistyped one).
_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")
_MIN_SECRET_PART = 8  # shorter fragments would redact ordinary words
_HANDLER_MARK = "_cis_bot_handler"
_traceback_formatter = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Replace secrets in a log record's message, arguments, traceback and stack."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self._pattern: re.Pattern[str] | None = None
        self.set_secrets(secrets)

    def set_secrets(self, secrets: Iterable[str | None]) -> None:
        """Redact these strings (None and empty ones are skipped) from now on."""
        variants: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            variants.update({secret, quote(secret, safe="")})
            # The part after a token's colon is the secret half; it can appear alone.
            _, _, tail = secret.partition(":")
            if len(tail) >= _MIN_SECRET_PART:
                variants.update({tail, quote(tail, safe="")})
        ordered = sorted(variants, key=len, reverse=True)  # longest first
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def redact(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(REDACTED, text)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad format arguments: keep what we can, redacted
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _traceback_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_filter = RedactingFilter()


def redact(text: str) -> str:
    """Redact the configured secrets (and token-shaped strings) from `text`.

    For messages printed outside logging, such as the command line's `error: ...`.
    """
    return _filter.redact(text)


def configure_logging(level: str = "INFO", secrets: Iterable[str | None] = ()) -> None:
    """Log to standard error in PTB's example format; redact `secrets` everywhere.

    Safe to call more than once (the command line and tests do): the handler
    installed by an earlier call is replaced, and the secrets are updated.
    """
    _filter.set_secrets(secrets)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    setattr(handler, _HANDLER_MARK, True)
    root.addHandler(handler)
    # Every handler on the root logger (ours, and any another module or a test
    # framework added) gets the filter: records propagate to handlers, and
    # handler filters see records from every logger, unlike logger filters.
    for existing in root.handlers:
        if _filter not in existing.filters:
            existing.addFilter(_filter)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # APScheduler logs every run of the reload job at INFO: noise, not news.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.captureWarnings(True)  # warnings go through the filter too
