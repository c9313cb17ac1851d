"""Subscription commands: /subscribe [daily|weekly], /unsubscribe, /digest, /subscription.

Work in private chats and groups; in a group only its administrators (or the
group itself posting anonymously) may change the subscription, while anyone
may ask for its status or its digest. The digest language is the subscriber's:
their Telegram language when they subscribed, or "en"/"ru" given after the
frequency (`/subscribe weekly ru`).

When a group becomes a supergroup (a new chat id), Telegram posts a service
message in both; `chat_migrated` moves the subscription and its digests to the
new id (`Outbox.migrate_chat`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.deliverylock import DeliveryBusyError
from bot.outbox import Outbox
from bot.replies import format_date
from bot.schedule import next_digest_time
from bot.settings import Settings
from bot.storage import utcnow
from bot.subscriptions import Subscription, Subscriptions
from bot.telegram_app.delivery import DigestService
from bot.telegram_app.services import services_of
from handlers.common import get_answerer, get_storage, reply_plain, user_language
from handlers.subscription_texts import (
    FREQUENCY_WORDS,
    LANGUAGE_WORDS,
    say,
    weekday_name,
)

__all__ = [
    "chat_migrated", "digest", "parse_subscribe_args", "register", "subscribe", "subscription", "unsubscribe",
]

logger = logging.getLogger(__name__)

_ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
DIGEST_LOCK_TIMEOUT = 20.0


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the subscription commands (before any free-text handler)."""
    only_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("subscribe", subscribe, filters=only_messages))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe, filters=only_messages))
    application.add_handler(CommandHandler("subscription", subscription, filters=only_messages))
    # /digest may wait for a running fan-out: don't hold up other updates meanwhile.
    application.add_handler(CommandHandler("digest", digest, filters=only_messages, block=False))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))


def parse_subscribe_args(args: list[str]) -> tuple[str, str | None] | None:
    """`/subscribe` arguments -> (frequency, language or None); None if they make no sense."""
    frequency: str | None = None
    language: str | None = None
    for raw in args:
        word = raw.strip().lower()
        if word in FREQUENCY_WORDS and frequency is None:
            frequency = FREQUENCY_WORDS[word]
        elif word in LANGUAGE_WORDS and language is None:
            language = LANGUAGE_WORDS[word]
        else:
            return None
    return frequency or "daily", language


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Subscribe this chat to digests of new facts (daily or weekly)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    parsed = parse_subscribe_args(list(context.args or []))
    if parsed is None:
        await reply_plain(message, say(user_language(update.effective_user), "usage"))
        return
    frequency, chosen = parsed
    language = chosen or _chat_language(context, chat.id, update)
    if not await _allowed_to_manage(update, context, language):
        return
    get_storage(context).touch_chat(chat.id, chat.type)
    result = Subscriptions(get_storage(context)).subscribe(chat.id, chat.type, frequency, language)
    key = {"new": "subscribed_new", "resumed": "subscribed_new", "changed": "subscribed_changed"}.get(
        result.change, "subscribed_same")
    logger.info("chat %s subscription: %s (%s, %s)", chat.id, result.change, frequency, language)
    await reply_plain(message, say(language, key, **_describe(result.subscription, _settings(context), language)))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop this chat's digests."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    language = _chat_language(context, chat.id, update)
    if not await _allowed_to_manage(update, context, language):
        return
    stopped = Subscriptions(get_storage(context)).unsubscribe(chat.id)
    logger.info("chat %s unsubscribed: %s", chat.id, stopped)
    await reply_plain(message, say(language, "unsubscribed" if stopped else "not_subscribed"))


async def subscription(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show this chat's subscription: frequency, language, next digest, facts waiting."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    subscriptions = Subscriptions(get_storage(context))
    current = subscriptions.get(chat.id)
    language = current.language if current is not None else user_language(update.effective_user)
    if current is None:
        await reply_plain(message, say(language, "not_subscribed"))
        return
    if current.status == "unsubscribed":
        await reply_plain(message, say(language, "status_unsubscribed"))
        return
    if current.status == "inactive":
        await reply_plain(message, say(language, "status_inactive", reason=current.inactive_reason or "?"))
        return
    settings = _settings(context)
    waiting = subscriptions.pending_count(chat.id, get_answerer(context).factbase)
    await reply_plain(message, say(
        language, "status_active", **_describe(current, settings, language),
        since=_date(current.subscribed_at, language),
        next=_when(next_digest_time(utcnow(), settings, current.frequency), language, settings.digest_timezone),
        waiting=waiting,
        last=say(language, "status_last", date=_date(current.last_digest_at, language))
        if current.last_digest_at else say(language, "status_none_yet"),
    ))


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send this chat what is new since its last digest, now."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    current = Subscriptions(get_storage(context)).get(chat.id)
    language = current.language if current is not None else user_language(update.effective_user)
    if current is None or not current.active:
        await reply_plain(message, say(language, "digest_not_subscribed"))
        return
    service: DigestService = services_of(context).digests
    try:
        report = await service.run_for_chat(
            context.bot, get_answerer(context).factbase, chat.id, lock_timeout=DIGEST_LOCK_TIMEOUT)
    except DeliveryBusyError:
        await reply_plain(message, say(language, "digest_busy"))
        return
    if report.failed:
        await reply_plain(message, say(language, "digest_failed"))
    elif not report.composed and not report.messages:
        if current.last_digest_at is None:
            await reply_plain(message, say(language, "digest_nothing_first"))
        else:
            await reply_plain(message, say(language, "digest_nothing", last=_date(current.last_digest_at, language)))


async def chat_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Move a group's subscription and digests to the supergroup it became."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:  # posted in the old group
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:  # posted in the new supergroup
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    logger.info("group %s became supergroup %s: moving its subscription", old, new)
    Outbox(get_storage(context)).migrate_chat(old, new)


# -- helpers ---------------------------------------------------------------------


async def _allowed_to_manage(update: Update, context: ContextTypes.DEFAULT_TYPE, language: str) -> bool:
    """True in private chats and for group administrators; otherwise reply with a refusal."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None
    if chat.type == ChatType.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator posting as the group
    if user is not None:
        try:
            member = await context.bot.get_chat_member(chat.id, user.id)
        except TelegramError as exc:
            logger.warning("getChatMember(%s, %s) failed: %s", chat.id, user.id, exc)
            await reply_plain(message, say(language, "admin_check_failed"))
            return False
        if member.status in _ADMIN_STATUSES:
            return True
    await reply_plain(message, say(language, "not_admin_group"))
    return False


def _chat_language(context: ContextTypes.DEFAULT_TYPE, chat_id: int, update: Update) -> str:
    """The language this chat chose for its digests, else the user's Telegram language."""
    current = Subscriptions(get_storage(context)).get(chat_id)
    return current.language if current is not None else user_language(update.effective_user)


def _settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return services_of(context).settings


def _describe(current: Subscription, settings: Settings, language: str) -> dict[str, str]:
    time = settings.digest_time.strftime("%H:%M")
    if current.frequency == "weekly":
        schedule = say(language, "schedule_weekly", weekday=weekday_name(language, settings.digest_weekday),
                       time=time, zone=settings.digest_timezone)
    else:
        schedule = say(language, "schedule_daily", time=time, zone=settings.digest_timezone)
    return {
        "frequency": say(language, current.frequency),
        "language": say(language, f"lang_{current.language}"),
        "schedule": schedule,
    }


def _date(value: datetime, language: str) -> str:
    return format_date(value.date(), language)


def _when(value: datetime, language: str, zone: str) -> str:
    day = format_date(value.date(), language)
    time = value.strftime("%H:%M")
    if language == "ru":
        return f"{day}, {time} ({zone})"
    return f"{weekday_name('en', value.weekday())}, {day} at {time} ({zone})"
