"""Questions: free text in private chats; in groups only messages meant for the bot.

A group message is meant for the bot when it mentions @botname, replies to
one of the bot's messages, or is `/ask QUESTION`. With BotFather's group
privacy on (the default) Telegram delivers exactly those messages anyway;
the filter keeps the bot quiet in groups where privacy was turned off.
"""

from __future__ import annotations

import re
from html import escape

from telegram import Message, MessageEntity, Update
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import answer_question, send_html, user_language
from handlers.texts import text

__all__ = ["ADDRESSED_TO_BOT", "ask", "group_question", "private_question", "register"]


class _AddressedToBot(filters.MessageFilter):
    """Messages that mention the bot or reply to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        username = f"@{bot.username}".lower()
        for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if entity.type == MessageEntity.MENTION and value.lower() == username:
                return True
            if entity.user is not None and entity.user.id == bot.id:
                return True
        return False


ADDRESSED_TO_BOT = _AddressedToBot(name="ADDRESSED_TO_BOT")


def _without_mention(text_: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", text_, flags=re.IGNORECASE).strip()


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question typed in a private chat."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await answer_question(message, context, message.text, update.effective_user)


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message that mentions the bot or replies to it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = _without_mention(message.text, context.bot.username)
    await answer_question(message, context, question, update.effective_user)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question after /ask, or explain how to use it."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or ())
    if not question.strip():
        await send_html(message, escape(text(user_language(update.effective_user), "ask_usage")))
        return
    await answer_question(message, context, question, update.effective_user)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add /ask, then free text: private chats, and group messages meant for the bot.

    Only new messages count: an edited question is not answered (or recorded) again.
    """
    question_text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    application.add_handler(CommandHandler("ask", ask, filters=filters.UpdateType.MESSAGE))
    application.add_handler(MessageHandler(question_text & filters.ChatType.PRIVATE, private_question))
    application.add_handler(
        MessageHandler(question_text & filters.ChatType.GROUPS & ADDRESSED_TO_BOT, group_question)
    )
