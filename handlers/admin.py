"""Admin commands (users in ADMIN_IDS): /reload, /unanswered [DAYS], /stats.

Everyone else gets a polite refusal; nothing about the bot's data is shown to them.
Asked in a group, the output goes to the admin privately (a short note in the group
says so), so the group's members never see statistics or curators' questions.
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.htmlsplit import split_html
from bot.insights import QuestionGroup, collect_stats, unanswered_groups
from bot.plural import count_phrase
from bot.settings import Settings
from bot.telegram_app.jobs import rejected_edit_messages, reload_fact_base
from bot.telegram_app.services import services_of
from bot.typography import quoted
from handlers.common import get_storage, reply_plain, send_html, user_language
from handlers.subscription_texts import NOUNS, say

__all__ = ["register", "reload", "stats", "unanswered"]

logger = logging.getLogger(__name__)

UNANSWERED_SHOWN = 15
VARIANTS_SHOWN = 3
QUESTION_CHARS = 200  # a user's text in admin views is cut here (a 3,000-character paste is not a question)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the admin commands (before any free-text handler)."""
    only_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("reload", reload, filters=only_messages))
    application.add_handler(CommandHandler("unanswered", unanswered, filters=only_messages))
    application.add_handler(CommandHandler("stats", stats, filters=only_messages))


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the fact base now and report the outcome (admins only)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await _admin(update, context, "/reload"):
        return
    language = user_language(user)
    result = await reload_fact_base(context.application, force=True, requested_by=user.id)
    counts = _counts(result.counts, language)
    if result.status == "failed":
        texts = rejected_edit_messages(result, language)
    elif result.status == "reloaded":
        texts = [html.escape(say(language, "reload_reloaded", counts=counts, new=len(result.new_facts)))]
    else:
        texts = [html.escape(say(language, "reload_unchanged", counts=counts))]
    await _send_admin_output(update, context, "/reload", texts)


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the most frequent unanswered and low-confidence questions, similar ones grouped (admins only)."""
    message = update.effective_message
    if message is None or not await _admin(update, context, "/unanswered"):
        return
    language = user_language(update.effective_user)
    args = list(context.args or [])
    days: int | None = None
    if args:
        if len(args) > 1 or not args[0].isdigit() or not 0 < int(args[0]) <= 3650:
            await reply_plain(message, say(language, "unanswered_usage"))
            return
        days = int(args[0])
    period = ""
    if days:
        period = say(language, "unanswered_period_one" if days == 1 else "unanswered_period", days=days)
    groups = unanswered_groups(get_storage(context), days=days)
    if not groups:
        await _send_admin_output(update, context, "/unanswered",
                                 [html.escape(say(language, "unanswered_none", period=period))])
        return
    lines = [f"<b>{html.escape(say(language, 'unanswered_title', period=period))}</b>"]
    for number, group in enumerate(groups[:UNANSWERED_SHOWN], 1):
        lines.append(f"{number}. " + _group_line(group, language))
    await _send_admin_output(update, context, "/unanswered", ["\n".join(lines)])


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show users, subscribers, questions and the answer rate (admins only)."""
    message = update.effective_message
    if message is None or not await _admin(update, context, "/stats"):
        return
    language = user_language(update.effective_user)
    figures = collect_stats(get_storage(context))

    def rate(value: float | None) -> str:
        return f"{value:.0%}" if value is not None else say(language, "no_rate")

    await _send_admin_output(update, context, "/stats", [html.escape(say(
        language, "stats",
        chats=figures.chats, private=count_phrase(figures.private_chats, NOUNS[language]["private"], language),
        groups=count_phrase(figures.group_chats, NOUNS[language]["group"], language),
        subscribers=figures.subscribers, daily=figures.subscribers_daily, weekly=figures.subscribers_weekly,
        inactive=figures.subscribers_inactive, questions=figures.questions, answered=figures.answered,
        rate=rate(figures.answer_rate),
        questions_week=count_phrase(figures.questions_week, NOUNS[language]["question"], language),
        answered_week=figures.answered_week, rate_week=rate(figures.answer_rate_week),
        digests=figures.digests_sent, facts=figures.facts_registered,
    ))])


# -- helpers ---------------------------------------------------------------------


async def _send_admin_output(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str,
                             texts: list[str]) -> None:
    """Send admin output (HTML) where only the admin reads it: in the private chat as a reply,
    from a group to the admin privately, with a short note in the group."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    if message.chat.type == ChatType.PRIVATE:
        for text in texts:
            await send_html(message, text)
        return
    language = user_language(user)
    try:
        for text in texts:
            for part in split_html(text):
                await context.bot.send_message(user.id, part)
    except Forbidden:  # the admin never started a private chat with the bot
        await reply_plain(message, say(language, "admin_start_private", command=command))
        return
    await reply_plain(message, say(language, "admin_sent_privately", command=command))


async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> bool:
    """True for users in ADMIN_IDS; everyone else gets a polite refusal."""
    settings: Settings = services_of(context).settings
    user, message = update.effective_user, update.effective_message
    if user is not None and user.id in settings.admin_ids:
        return True
    logger.info("admin command %s refused for user %s", command, user.id if user else None)
    if message is not None:
        await reply_plain(message, say(user_language(user), "admin_only", command=command))
    return False


def _group_line(group: QuestionGroup, language: str) -> str:
    languages = ", ".join(f"{code} {count}" for code, count in group.languages.most_common())
    detail = say(language, "unanswered_detail", unanswered=group.unanswered, low=group.low_confidence,
                 languages=languages)
    line = html.escape(say(language, "unanswered_line", count=group.count, text=quoted(_shorten(group.text), language),
                           detail=detail))
    if group.variants:
        shown = ", ".join(quoted(_shorten(variant), language) for variant in group.variants[:VARIANTS_SHOWN])
        if len(group.variants) > VARIANTS_SHOWN:
            shown += f" (+{len(group.variants) - VARIANTS_SHOWN})"
        line += "\n   <i>" + html.escape(say(language, "unanswered_also", variants=shown)) + "</i>"
    return line


def _shorten(question: str) -> str:
    """A user's text on one line, cut at QUESTION_CHARS with "…"."""
    flat = " ".join(question.split())
    return flat if len(flat) <= QUESTION_CHARS else flat[: QUESTION_CHARS - 1].rstrip() + "…"


def _counts(counts: dict[str, int], language: str) -> str:
    names = {
        "en": {"sources": "sources", "speakers": "people", "statements": "statements",
               "agreements": "documents"},
        "ru": {"sources": "источников", "speakers": "людей", "statements": "заявлений",
               "agreements": "документов"},
    }[language if language == "ru" else "en"]
    return ", ".join(f"{names[key]}: {counts[key]}" for key in names)

