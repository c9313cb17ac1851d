"""Digests and the curation loop inside the running bot: start-up, JobQueue jobs, admin notices.

`setup_digests(application)` is called from the application's `post_init`, once
`bot_data` holds the answerer, the storage and the settings. It

* registers the loaded fact base's facts as seen (so they are never news);
* puts a `DigestService` in `bot_data.digests` and a `FactBaseWatcher` in
  `bot_data.watcher`;
* schedules the jobs:
    "digest"           daily at DIGEST_TIME in DIGEST_TIMEZONE: daily subscribers,
                       and weekly ones on DIGEST_WEEKDAY
    "fact-base-reload" every RELOAD_INTERVAL seconds: reload edited YAML files
    "digest-resume"    once, right after start: `catch_up_digests`
  and, after a run that failed or could not get the delivery lock, "digest-retry"
  (1, 2, 4 ... up to 60 minutes later): `catch_up_digests` again.

A scheduled run that completed (its digests composed) stores its date
(`bot_state` "last_scheduled_digest"); `catch_up_digests` compares it with the
latest run due, so a run missed while the bot was down, or one that could not
get the lock, is composed late rather than never. Composing is idempotent per
chat and fact, so running it twice sends nothing twice.

The functions the jobs call take the `Application` and are what the tests call:
`run_scheduled_digests`, `catch_up_digests`, `reload_fact_base`, `resume_deliveries`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.answering import Answerer
from bot.curation import FactBaseWatcher, ReloadResult, problems_messages
from bot.deliverylock import DeliveryBusyError, lock_path_for
from bot.facts import FactBase
from bot.plural import count_phrase
from bot.schedule import due_frequencies, last_digest_date, missed_frequencies
from bot.settings import Settings
from bot.storage import Storage, utcnow
from bot.telegram_app.delivery import DeliveryReport, DigestService
from bot.telegram_app.services import services_of

__all__ = [
    "LAST_RUN_KEY",
    "catch_up_digests",
    "last_scheduled_run",
    "notify_admins",
    "reload_fact_base",
    "resume_deliveries",
    "run_scheduled_digests",
    "setup_digests",
]

logger = logging.getLogger(__name__)

SCHEDULED_LOCK_TIMEOUT = 15 * 60.0
RETRY_FIRST_DELAY = 60.0
RETRY_MAX_DELAY = 60 * 60.0
RESUME_DELAY = 1.0
LAST_RUN_KEY = "last_scheduled_digest"

_AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def setup_digests(application: _AnyApplication) -> None:
    """Register the current facts, create the digest services and schedule the jobs."""
    data = services_of(application)
    settings: Settings = data.settings
    storage: Storage = data.storage
    answerer: Answerer = data.answerer
    service = DigestService(storage, lock_path=lock_path_for(settings.database_path))
    new = service.subscriptions.record_facts(answerer.factbase)
    if new:
        logger.info("%d fact(s) seen for the first time at start-up", len(new))
    data.digests = service
    data.watcher = FactBaseWatcher(settings.knowledge_dir, answerer, cache_dir=settings.build_cache_dir)
    data.digest_failures = 0

    jobs = application.job_queue
    if jobs is None:
        logger.warning("no JobQueue (install python-telegram-bot[job-queue]): digests and reloads "
                       "are not scheduled; use `python -m bot digest` from cron and /reload")
        return
    jobs.run_daily(_digest_job, time=settings.digest_time.replace(tzinfo=settings.tzinfo), name="digest")
    jobs.run_repeating(_reload_job, interval=settings.reload_interval, first=settings.reload_interval,
                       name="fact-base-reload")
    jobs.run_once(_catch_up_job, when=RESUME_DELAY, name="digest-resume")


# -- the work ---------------------------------------------------------------------


async def run_scheduled_digests(application: _AnyApplication, now: datetime | None = None, *,
                                frequencies: Iterable[str] | None = None) -> DeliveryReport:
    """The scheduled digest run due at `now`: compose for its subscribers (those due then, or of
    `frequencies`), deliver everything pending, and remember that the run is done."""
    settings: Settings = services_of(application).settings
    moment = now or utcnow()
    wanted = tuple(frequencies) if frequencies is not None else due_frequencies(moment, settings)
    report = await _run(application, services_of(application).answerer.factbase, wanted)
    if report is None:
        return DeliveryReport(failed=1)
    _remember_run(services_of(application).storage, last_digest_date(moment, settings))
    return report


async def catch_up_digests(application: _AnyApplication, now: datetime | None = None) -> DeliveryReport:
    """Run the latest scheduled digest if it was missed (the bot was down, or the run could not
    get the lock); otherwise deliver what the outbox still holds."""
    settings: Settings = services_of(application).settings
    moment = now or utcnow()
    missed = missed_frequencies(last_scheduled_run(services_of(application).storage), moment, settings)
    if missed:
        logger.info("the scheduled digest run of %s was missed: running it now (%s)",
                    last_digest_date(moment, settings), ", ".join(missed))
        return await run_scheduled_digests(application, moment, frequencies=missed)
    return await resume_deliveries(application)


async def resume_deliveries(application: _AnyApplication) -> DeliveryReport:
    """Deliver what the outbox still holds (after a crash or failures); compose nothing new."""
    report = await _run(application, None, None)
    return DeliveryReport(failed=1) if report is None else report


def last_scheduled_run(storage: Storage) -> date | None:
    """The date (in DIGEST_TIMEZONE) of the last scheduled run that composed its digests."""
    value = storage.get_state(LAST_RUN_KEY)
    return date.fromisoformat(value) if value else None


def _remember_run(storage: Storage, day: date) -> None:
    last = last_scheduled_run(storage)
    if last is None or day > last:
        storage.set_state(LAST_RUN_KEY, day.isoformat())


async def _run(application: _AnyApplication, factbase: FactBase | None,
               frequencies: Iterable[str] | None) -> DeliveryReport | None:
    """One delivery run; None (and a retry scheduled) if it could not get the lock in time."""
    service: DigestService = services_of(application).digests
    try:
        report = await service.run(application.bot, factbase, frequencies, lock_timeout=SCHEDULED_LOCK_TIMEOUT)
    except DeliveryBusyError as exc:
        logger.warning("digest run postponed: %s", exc)
        _schedule_retry(application)
        return None
    if report.failed:
        _schedule_retry(application)
    else:
        services_of(application).digest_failures = 0
    return report


def _schedule_retry(application: _AnyApplication) -> None:
    jobs = application.job_queue
    if jobs is None or jobs.get_jobs_by_name("digest-retry"):
        return
    failures = int(services_of(application).digest_failures)
    services_of(application).digest_failures = failures + 1
    delay = min(RETRY_FIRST_DELAY * 2**failures, RETRY_MAX_DELAY)
    jobs.run_once(_catch_up_job, when=delay, name="digest-retry")
    logger.info("the digest run will be retried in %.0f seconds", delay)


async def reload_fact_base(application: _AnyApplication, *, force: bool = False,
                           requested_by: int | None = None) -> ReloadResult:
    """Reload the fact base if its files changed (always when `force`); never raises.

    On success the new answerer replaces `bot_data.answerer` in one assignment and
    its new facts are registered (they will be news to current subscribers). On errors
    the current fact base stays and the admins are told once per broken version
    (`requested_by`, who asked with /reload, gets the errors as the command's reply).
    """
    data = services_of(application)
    watcher: FactBaseWatcher = data.watcher
    result = await watcher.check(force=force)
    if result.status == "reloaded":
        service: DigestService = data.digests
        new = service.subscriptions.record_facts(result.answerer.factbase)
        data.answerer = result.answerer
        logger.info("fact base swapped in: %s; %d new fact(s) for the next digests",
                    result.answerer.factbase.counts(), len(new))
        result = replace(result, new_facts=tuple(new))
    elif result.status == "failed" and result.notify:
        settings: Settings = data.settings
        skip = {requested_by} if requested_by is not None else set()
        await notify_admins(application.bot, data.storage, settings.admin_ids - skip,
                            lambda language: rejected_edit_messages(result, language))
    return result


def rejected_edit_messages(result: ReloadResult, language: str) -> list[str]:
    """The admins' notice about a rejected edit: what is still served, then every file:line error."""
    counts = result.counts
    facts = counts["speakers"] + counts["statements"] + counts["agreements"]
    if language == "ru":
        intro = (f"⚠️ <b>Правка базы фактов отклонена</b> — ошибок: {len(result.problems)}. Бот "
                 f"по-прежнему отвечает по прежней версии (фактов: {facts}). Исправьте файлы и "
                 "сохраните снова; проверить можно командой <code>python -m bot check</code>.")
    else:
        errors = count_phrase(len(result.problems), ("error", "errors"))
        intro = (f"⚠️ <b>Fact base edit rejected</b> — {errors}. The bot keeps "
                 f"answering from the previous version ({count_phrase(facts, ('fact', 'facts'))}). Fix the files and save again; "
                 "<code>python -m bot check</code> shows the same errors.")
    return problems_messages(result.problems, intro)


async def notify_admins(bot: Bot, storage: Storage | None, admin_ids: Iterable[int],
                        messages: Callable[[str], list[str]]) -> int:
    """Send each admin the messages (`messages(language)` -> list of HTML texts); return how many got them.

    An admin who never started a chat with the bot cannot be messaged: logged, not raised.
    """
    delivered = 0
    for admin_id in sorted(admin_ids):
        language = (storage.chat_language(admin_id) if storage is not None else None) or "en"
        try:
            for text in messages(language):
                await bot.send_message(admin_id, text)  # HTML, no preview: the bot's Defaults
            delivered += 1
        except TelegramError as exc:
            logger.warning("could not notify admin %s: %s", admin_id, exc)
    return delivered


# -- JobQueue callbacks -------------------------------------------------------------


async def _digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the scheduled digests."""
    try:
        await run_scheduled_digests(context.application)
    except Exception:  # a job must never die: log and try again tomorrow (or at the retry)
        logger.exception("the scheduled digest run failed")


async def _catch_up_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Run a missed scheduled digest, or deliver what the outbox still holds."""
    try:
        await catch_up_digests(context.application)
    except Exception:
        logger.exception("catching up on digests failed")


async def _reload_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the fact base if its files changed."""
    try:
        await reload_fact_base(context.application)
    except Exception:
        logger.exception("the fact base reload check failed")
