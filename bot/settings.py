"""Settings, read once from the environment and an optional `.env` file.

Every variable is listed in `.env.example` and the README. Values already in
the environment win over the `.env` file. Secrets (the bot token, the webhook
secret) are kept out of `repr` so they never reach a log line by accident.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from bot.errors import SettingsError
from knowledge import DEFAULT_DIR

__all__ = ["DEFAULT_API_BASE_URL", "Settings", "load_settings"]

DEFAULT_API_BASE_URL = "https://api.telegram.org"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment, validated."""

    telegram_bot_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    admin_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    database_path: Path = Path("data/bot.sqlite3")
    knowledge_dir: Path = DEFAULT_DIR
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_port: int = 8443
    webhook_listen: str = "127.0.0.1"  # behind a reverse proxy on the same host
    digest_time: time = time(9, 0)
    digest_timezone: str = "UTC"
    digest_weekday: int = 0  # Monday, as in datetime.weekday()
    reload_interval: float = 30.0
    # where a built fact base is kept for the next start (bot.buildcache); None: build every time.
    # From the environment the default is ~/.cache/cis-meeting-bot (BUILD_CACHE_DIR=off: none)
    build_cache_dir: Path | None = None

    @property
    def has_token(self) -> bool:
        return bool(self.telegram_bot_token)

    def require_token(self) -> str:
        """Return the bot token or explain how to get one (and how to do without)."""
        if not self.telegram_bot_token:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and put it in "
                "the environment or in .env (see .env.example). To try the bot without "
                "Telegram, run: python -m bot chat"
            )
        return self.telegram_bot_token

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.digest_timezone)


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
) -> Settings:
    """Read settings from `environ` (default `os.environ`) over the `.env` file."""
    values: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        value = values.get(name)
        if value is None or not value.strip():
            return None
        return value.strip()

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and not _TOKEN_RE.match(token):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon and "
            "letters, as @BotFather gives it)"
        )
    base_url = (get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL).rstrip("/")
    if not re.match(r"^https?://[^\s/]+", base_url):
        raise SettingsError(f"TELEGRAM_API_BASE_URL: {base_url!r} is not an http(s) URL")
    if base_url.endswith("/bot"):
        base_url = base_url[: -len("/bot")]

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in _LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL: {log_level!r} is not one of {', '.join(_LOG_LEVELS)}")

    knowledge_dir = Path(get("KNOWLEDGE_DIR") or DEFAULT_DIR).expanduser()

    webhook_url = get("WEBHOOK_URL")
    if webhook_url is not None and not webhook_url.startswith(("https://", "http://")):
        raise SettingsError(f"WEBHOOK_URL: {webhook_url!r} is not an http(s) URL")
    webhook_secret = get("WEBHOOK_SECRET")
    if webhook_secret is not None and not re.match(r"^[A-Za-z0-9_-]{1,256}$", webhook_secret):
        raise SettingsError(
            "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)"
        )

    timezone = get("DIGEST_TIMEZONE") or "UTC"
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"DIGEST_TIMEZONE: {timezone!r} is not a known time zone (e.g. Asia/Bishkek)"
        ) from None

    return Settings(
        telegram_bot_token=token,
        telegram_api_base_url=base_url,
        admin_ids=_parse_admin_ids(get("ADMIN_IDS")),
        log_level=log_level,
        database_path=Path(get("DATABASE_PATH") or "data/bot.sqlite3").expanduser(),
        knowledge_dir=knowledge_dir,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        webhook_port=_parse_int("WEBHOOK_PORT", get("WEBHOOK_PORT"), 8443, 1, 65535),
        webhook_listen=get("WEBHOOK_LISTEN") or "127.0.0.1",
        digest_time=_parse_time(get("DIGEST_TIME")),
        digest_timezone=timezone,
        digest_weekday=_parse_weekday(get("DIGEST_WEEKDAY")),
        reload_interval=_parse_float("RELOAD_INTERVAL", get("RELOAD_INTERVAL"), 30.0),
        build_cache_dir=_parse_cache_dir(get("BUILD_CACHE_DIR"), values),
    )


def _parse_cache_dir(raw: str | None, values: Mapping[str, str]) -> Path | None:
    """BUILD_CACHE_DIR: a folder, `off`, or unset for the user's cache folder (XDG_CACHE_HOME)."""
    if raw is not None and raw.lower() in ("off", "none", "no", "0", "false"):
        return None
    if raw is not None:
        return Path(raw).expanduser()
    base = values.get("XDG_CACHE_HOME", "").strip()
    if base and not Path(base).is_absolute():
        base = ""  # the XDG spec: a relative path is invalid and ignored
    try:
        return (Path(base) if base else Path.home() / ".cache") / "cis-meeting-bot"
    except RuntimeError:  # no home folder (a bare service account): build every time
        return None


def _parse_admin_ids(raw: str | None) -> frozenset[int]:
    if raw is None:
        return frozenset()
    ids: set[int] = set()
    for part in re.split(r"[,\s]+", raw):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise SettingsError(
                f"ADMIN_IDS: {part!r} is not a numeric Telegram user id "
                "(expected a comma-separated list such as 12345,67890)"
            )
        ids.add(int(part))
    return frozenset(ids)


def _parse_int(name: str, raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}: {value} is outside {low}..{high}")
    return value


def _parse_float(name: str, raw: str | None, default: float) -> float:
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a number of seconds") from None
    if not 0 < value <= 86400:
        raise SettingsError(f"{name}: {raw!r} must be more than 0 and at most 86400 seconds")
    return value


def _parse_time(raw: str | None) -> time:
    if raw is None:
        return time(9, 0)
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise SettingsError(f"DIGEST_TIME: {raw!r} is not a time of day as HH:MM (e.g. 09:00)")
    return time(int(match[1]), int(match[2]))


def _parse_weekday(raw: str | None) -> int:
    if raw is None:
        return 0
    key = raw.strip().lower()[:3]
    if key in _WEEKDAYS:
        return _WEEKDAYS.index(key)
    if raw.isdigit() and 0 <= int(raw) <= 6:
        return int(raw)
    raise SettingsError(
        f"DIGEST_WEEKDAY: {raw!r} is not a weekday (mon..sun, or 0..6 with 0 = Monday)"
    )
