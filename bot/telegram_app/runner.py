"""`python -m bot run`: run the Telegram bot until SIGTERM or SIGINT.

Long polling by default; with `--webhook`, python-telegram-bot's built-in
webhook server listens on WEBHOOK_LISTEN:WEBHOOK_PORT at the path of
WEBHOOK_URL, registers WEBHOOK_URL with Telegram together with WEBHOOK_SECRET,
and refuses (403) every request whose `X-Telegram-Bot-Api-Secret-Token`
header is missing or wrong. Either way SIGTERM and SIGINT stop the bot
cleanly (pending updates finished, database closed) and `run` returns 0.
"""

from __future__ import annotations

import logging
import signal
from types import FrameType
from urllib.parse import urlsplit

from telegram.error import Conflict, InvalidToken, NetworkError
from tornado.httpserver import HTTPServer

from bot.errors import BotError, SettingsError
from bot.logs import redact
from bot.settings import Settings
from bot.telegram_app.app import build_application
from bot.telegram_app.builder import ALLOWED_UPDATES
from bot.telegram_app.transport import ResilientBot

__all__ = ["MAX_WEBHOOK_BODY", "limit_webhook_bodies", "run", "webhook_path"]

logger = logging.getLogger(__name__)

MAX_WEBHOOK_BODY = 1024 * 1024  # bytes; Telegram's updates are a few KB


def webhook_path(url: str) -> str:
    """The path the webhook server listens on: WEBHOOK_URL's, without slashes."""
    return urlsplit(url).path.strip("/")


def run(settings: Settings, *, webhook: bool = False) -> int:
    """Run the bot until a stop signal; return the exit status (0 after a clean stop)."""
    settings.require_token()
    if webhook:
        _require_webhook_settings(settings)
    # Until python-telegram-bot installs its own handlers, a SIGTERM still means a clean stop.
    signal.signal(signal.SIGTERM, _stop_before_start)
    application = build_application(settings)
    logger.debug("Built %r", application)  # the log filter redacts the token PTB's repr shows
    bot = application.bot
    if isinstance(bot, ResilientBot):
        bot.set_on_fatal(application.stop_running)
    try:
        if webhook:
            limit_webhook_bodies()
            assert settings.webhook_url is not None
            logger.info(
                "Webhook server on %s:%s/%s for %s", settings.webhook_listen, settings.webhook_port,
                webhook_path(settings.webhook_url), settings.webhook_url,
            )
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=webhook_path(settings.webhook_url),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            logger.info("Long polling %s", settings.telegram_api_base_url)
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        raise _rejected(settings) from None
    except NetworkError as exc:
        raise BotError(
            f"cannot reach the Bot API server at {settings.telegram_api_base_url} "
            f"(TELEGRAM_API_BASE_URL): {redact(str(exc))}"
        ) from None
    fatal = bot.fatal if isinstance(bot, ResilientBot) else None
    if isinstance(fatal, InvalidToken):
        raise _rejected(settings)
    if isinstance(fatal, Conflict):
        raise BotError(
            "another instance of the bot is polling with this TELEGRAM_BOT_TOKEN (Telegram answered "
            "409 Conflict): only one instance may run per token; stop the other one, or give each a token"
        )
    logger.info("Stopped")
    return 0


def _rejected(settings: Settings) -> SettingsError:
    return SettingsError(
        f"TELEGRAM_BOT_TOKEN was rejected by the Bot API server at "
        f"{settings.telegram_api_base_url}; check the token with @BotFather"
    )


def limit_webhook_bodies(limit: int = MAX_WEBHOOK_BODY) -> None:
    """Make the webhook server refuse bodies over `limit` bytes from the Content-Length header,
    before reading them (tornado's `max_body_size`; python-telegram-bot builds the server)."""
    HTTPServer.configure(None, max_body_size=limit)


def _stop_before_start(signum: int, frame: FrameType | None) -> None:
    logger.info("Stopped before start-up finished (signal %d)", signum)
    raise SystemExit(0)


def _require_webhook_settings(settings: Settings) -> None:
    if not settings.webhook_url:
        raise SettingsError(
            "WEBHOOK_URL is not set: `python -m bot run --webhook` needs the public HTTPS URL "
            "Telegram posts updates to (see .env.example), or run without --webhook to poll"
        )
    if not settings.webhook_secret:
        raise SettingsError(
            "WEBHOOK_SECRET is not set: `python -m bot run --webhook` needs a secret so that only "
            "Telegram can post updates (1-256 characters of A-Z, a-z, 0-9, _ and -)"
        )
