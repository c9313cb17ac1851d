"""What the handler modules share: the services (`Services` in bot_data), the reply language,
and sending HTML that may be longer than one Telegram message.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from html import escape

from telegram import InlineKeyboardMarkup, Message, User
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.answering import Answerer
from bot.errors import StorageError
from bot.htmlsplit import split_html
from bot.replies import Reply, Suggestion, fact_title, render_html, suggestions_label
from bot.storage import Storage
from bot.telegram_app.services import services_of
from bot.text import detect_language
from handlers.keyboards import answer_keyboard, fact_keyboard

__all__ = [
    "TOUCH_INTERVAL", "answer_html", "answer_question", "get_answerer", "get_storage", "reply_plain",
    "remember_chat", "reply_language", "send_fact", "send_html", "user_language",
]

logger = logging.getLogger(__name__)

TOUCH_INTERVAL = 600.0  # seconds
# From this many facts one question can take milliseconds (bench/scale.py: p99 about 1 ms at
# 10,000), so it is answered in a worker thread and never holds up other chats' updates.
OFF_LOOP_FACTS = 2_000
_MAX_SEEN = 100_000
_LETTER_RE = re.compile(r"[a-zа-яё]", re.IGNORECASE)


def get_answerer(context: ContextTypes.DEFAULT_TYPE) -> Answerer:
    """The current fact base and matcher (replaced as a whole on reload)."""
    return services_of(context).answerer


def get_storage(context: ContextTypes.DEFAULT_TYPE) -> Storage:
    """The SQLite storage opened at start."""
    return services_of(context).storage


def remember_chat(context: ContextTypes.DEFAULT_TYPE, chat_id: int, chat_type: str, language: str) -> None:
    """Record the chat and its language (`Storage.touch_chat`), at most every few minutes.

    A write per message would cost more than the answer; `last_seen` is kept
    to within TOUCH_INTERVAL seconds, and a change of language is written at once.
    """
    seen = services_of(context).chats_seen
    now = time.monotonic()
    last = seen.get(chat_id)
    if last is not None and last[0] == language and now - last[1] < TOUCH_INTERVAL:
        return
    if len(seen) >= _MAX_SEEN:
        seen.clear()
    get_storage(context).touch_chat(chat_id, chat_type, language)
    seen[chat_id] = (language, now)


def user_language(user: User | None) -> str:
    """Russian for users whose Telegram is in Russian, English for everyone else.

    The one mapping from a Telegram user to a reply language: use it, don't repeat it.
    """
    code = (user.language_code or "") if user else ""
    return "ru" if code.lower().startswith("ru") else "en"


def reply_language(question: str, user: User | None) -> str:
    """The question's alphabet decides; a question without letters follows the user's Telegram."""
    if _LETTER_RE.search(question):
        return detect_language(question)
    return user_language(user)


def answer_html(reply: Reply) -> str:
    """A reply as Telegram HTML, with the label for the suggestion buttons under it."""
    body = render_html(reply)
    if reply.suggestions:
        body += "\n\n" + escape(suggestions_label(reply))
    return body


async def reply_plain(message: Message, text_: str) -> Message:
    """Reply with plain text (escaped: the bot's default parse mode is HTML)."""
    return await message.reply_text(escape(text_, quote=False))


async def send_html(
    message: Message, html: str, keyboard: InlineKeyboardMarkup | None = None, *, quote: bool | None = None
) -> Message:
    """Send `html` to the message's chat (and topic), split at 4,096 characters.

    The keyboard goes under the last part. In groups the first part replies to
    `message` (unless `quote` says otherwise), so everyone sees whom it answers.
    """
    if quote is None:
        quote = message.chat.type != ChatType.PRIVATE
    parts = split_html(html)
    sent = message
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        sent = await message.reply_text(
            part,
            reply_markup=keyboard if last else None,
            do_quote=quote and index == 0,
        )
    return sent


async def answer_question(
    message: Message, context: ContextTypes.DEFAULT_TYPE, question: str, user: User | None,
    *, quote: bool | None = None,
) -> None:
    """Ask the core (as a follow-up of this chat and user's last answer), send the answer with
    its buttons, then record the question (best effort)."""
    answerer = get_answerer(context)
    language = answerer.language_of(question, user_language(user))
    conversations = services_of(context).conversations
    key = (message.chat.id, user.id if user else 0)
    if answerer.size >= OFF_LOOP_FACTS:  # a large fact base: answer in a worker thread, not on the loop
        reply, state = await asyncio.to_thread(answerer.converse, question, language, conversations.get(key))
    else:  # a fraction of a millisecond: a thread hop would cost more than it saves
        reply, state = answerer.converse(question, language, conversations.get(key))
    conversations.put(key, state)
    share = fact_title(get_answerer(context).factbase, reply.fact_id, reply.language) if reply.fact_id else None
    await send_html(message, answer_html(reply), answer_keyboard(reply, share), quote=quote)
    try:  # the user has the answer; a full disk or a damaged database costs only the statistics
        if reply.intent != "smalltalk":  # "hi" and "thanks" are not questions a curator should see
            get_storage(context).record_question(question, reply.language, reply.answered, reply.score,
                                                 reply.fact_id)
        remember_chat(context, message.chat.id, message.chat.type, reply.language)
    except (sqlite3.Error, StorageError) as exc:
        logger.warning("Question answered but not recorded: %s", exc)


async def send_fact(message: Message, context: ContextTypes.DEFAULT_TYPE, fact_id: str, language: str,
                    *, quote: bool | None = None) -> bool:
    """Send one fact with its vote and Share buttons (a person also gets a button per statement).

    False when the fact is not in the current fact base (nothing is sent).
    """
    answerer = get_answerer(context)
    reply = answerer.fact(fact_id, language)
    if reply is None:
        return False
    factbase = answerer.factbase
    said = tuple(Suggestion(s.id, fact_title(factbase, s.id, language))
                 for s in factbase.statements.values() if s.speaker == fact_id)
    keyboard = fact_keyboard(fact_id, language, fact_title(factbase, fact_id, language), said)
    await send_html(message, render_html(reply), keyboard, quote=quote)
    return True
