"""Digest schedule maths: when digests are due, in DIGEST_TIMEZONE (no Telegram, no I/O).

    due_frequencies(now)            the frequencies a run at `now` serves: daily, plus weekly
                                    on DIGEST_WEEKDAY
    next_digest_time(now, freq)     the next scheduled run for a subscription
    last_digest_date(now)           the date of the latest run due at or before `now`
    missed_frequencies(last, now)   what a catch-up run after downtime must serve
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.settings import Settings
from bot.subscriptions import FREQUENCIES

__all__ = ["due_frequencies", "last_digest_date", "missed_frequencies", "next_digest_time"]


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
