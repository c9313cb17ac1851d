"""Commands: /start, /help, /speakers, /agreements, /topics, /about and /source.

Each reads the user's Telegram language, takes its page from the core
(`bot.pages`, `bot.replies.capabilities`) and replies; in groups the reply
quotes the command so everyone sees whom it answers. /speakers, /topics and
/agreements come with a tappable list (`handlers.keyboards.list_keyboard`):
one tap shows the fact. /start reads a deep link's payload
(`handlers.deeplinks`): a fact, a person, a language, or inline mode's "show all".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.facts import FactBase
from bot.pages import (
    about_page,
    agreement_entries,
    agreements_page,
    sources_page,
    speaker_entries,
    speakers_page,
    topic_entries,
    topics_page,
)
from bot.replies import capabilities, label, meeting_description
from handlers.common import get_answerer, get_storage, send_fact, send_html, user_language
from handlers.deeplinks import parse_payload, resolve
from handlers.keyboards import examples_keyboard, list_keyboard
from handlers.menu import COMMANDS
from handlers.texts import text

__all__ = ["LISTS", "about", "agreements", "help_command", "register", "source", "speakers", "start", "topics"]

# The tappable lists: name (in callback data) -> (page text, button entries).
LISTS: dict[str, tuple[Callable[[FactBase, str], str], Callable[[FactBase, str], list[tuple[str, str]]]]] = {
    "speakers": (speakers_page, speaker_entries),
    "topics": (topics_page, topic_entries),
    "agreements": (agreements_page, agreement_entries),
}


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the fact or list a deep link names, or greet the user with three example questions."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = user_language(update.effective_user)
    payload = parse_payload(context.args[0]) if context.args else None
    if payload is not None and payload.kind in ("fact", "speaker"):
        answerer = get_answerer(context)
        fact_id = resolve(payload, (doc.id for doc in answerer.matcher.docs))
        if fact_id is not None and await send_fact(message, context, fact_id, lang):
            get_storage(context).touch_chat(chat.id, chat.type, lang)
            return
        await send_html(message, escape(text(lang, "link_gone")))
    if payload is not None and payload.kind == "language":
        lang = payload.value
    if payload is not None and payload.kind == "inline":  # inline mode's "show all": what can be asked
        await _send_list(update, context, "topics", lang)
        return
    how = "greeting_private" if chat.type == ChatType.PRIVATE else "greeting_group"
    meeting = meeting_description(get_answerer(context).factbase.meeting, lang)
    greeting = text(lang, "greeting", meeting=meeting)
    body = f"{escape(greeting)}\n\n{escape(text(lang, how, username=context.bot.username))}"
    get_storage(context).touch_chat(chat.id, chat.type, lang)
    await send_html(message, body, examples_keyboard(lang))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask, what the bot knows and its commands."""
    message = update.effective_message
    if message is None:
        return
    lang = user_language(update.effective_user)
    username = context.bot.username
    lines = [f"<b>{escape(text(lang, 'help_title'))}</b>"]
    lines += [f"• {escape(text(lang, key, username=username))}"
              for key in ("help_private", "help_group", "help_inline", "help_votes")]
    lines += ["", escape(label(lang, "can_answer"))]
    lines += [f"• {escape(hint)}" for hint in capabilities(get_answerer(context).factbase, lang)]
    lines += ["", escape(text(lang, "commands"))]
    lines += [f"/{name} — {escape(ru if lang == 'ru' else en)}" for name, en, ru in COMMANDS]
    await send_html(message, "\n".join(lines))


async def _send_page(update: Update, context: ContextTypes.DEFAULT_TYPE,
                     page: Callable[[FactBase, str], str]) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = user_language(update.effective_user)
    await send_html(message, page(get_answerer(context).factbase, lang))


async def _send_list(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, lang: str | None = None) -> None:
    """Send one of LISTS: its page, and under it the first page of buttons."""
    message = update.effective_message
    if message is None:
        return
    lang = lang or user_language(update.effective_user)
    factbase = get_answerer(context).factbase
    page, entries = LISTS[name]
    await send_html(message, page(factbase, lang), list_keyboard(name, lang, entries(factbase, lang)))


async def speakers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List everyone named in the reports, with role and country, each a button."""
    await _send_list(update, context, "speakers")


async def agreements(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the documents signed and decisions adopted, with quotes, each a button."""
    await _send_list(update, context, "agreements")


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what the meeting covered, by speaker, each a button."""
    await _send_list(update, context, "topics")


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Describe the meeting: body, date and place."""
    await _send_page(update, context, about_page)


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the sources with links."""
    await _send_page(update, context, sources_page)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the commands; only new messages run them, never an edited one."""
    new = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("start", start, filters=new))
    application.add_handler(CommandHandler("help", help_command, filters=new))
    application.add_handler(CommandHandler("speakers", speakers, filters=new))
    application.add_handler(CommandHandler("agreements", agreements, filters=new))
    application.add_handler(CommandHandler("topics", topics, filters=new))
    application.add_handler(CommandHandler("about", about, filters=new))
    application.add_handler(CommandHandler(["source", "sources"], source, filters=new))
