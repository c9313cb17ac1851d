"""Everything else a chat can send, answered politely or ignored, never raised on.

Registered LAST (see `handlers.register`): within a handler group the first
matching handler wins, so these catch-alls only see what no other handler
took.

    unknown buttons          "this button has expired" (old keyboards, removed features)
    unknown /commands        a pointer to /help, in private chats only
    stickers, photos, ...    "I read text only", in private chats only
    the bot added to a group a short hello explaining how to ask there
    the bot blocked/removed  logged; the chat's subscription ends, its queued digests dropped
    edited messages, channel posts and group chatter: no handler, ignored
"""

from __future__ import annotations

import logging
from html import escape

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.outbox import Outbox
from handlers.common import get_storage, send_html, user_language
from handlers.texts import EXAMPLES, text

__all__ = ["bot_membership", "non_text_message", "register", "unknown_button", "unknown_command"]

logger = logging.getLogger(__name__)

_PRESENT = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the user a button no handler knows has expired."""
    query = update.callback_query
    if query is None:
        return
    await query.answer(text(user_language(query.from_user), "button_expired"))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point a private chat's unknown /command at /help."""
    message = update.effective_message
    if message is None:
        return
    await send_html(message, escape(text(user_language(update.effective_user), "unknown_command")))


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a sticker, photo or other non-text message in a private chat."""
    message = update.effective_message
    if message is None:
        return
    lang = user_language(update.effective_user)
    await send_html(message, escape(text(lang, "text_only", example=EXAMPLES[lang][0])))


async def bot_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say hello when added to a group; stop digests to a chat that removed or blocked the bot."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None:
        return
    chat = change.chat
    was_in = change.old_chat_member.status in _PRESENT
    is_in = change.new_chat_member.status in _PRESENT
    if was_in and not is_in:
        logger.info("Removed from or blocked in chat %s (%s)", chat.id, chat.type)
        # One transaction: the subscription ends and its queued digest messages are dropped.
        Outbox(get_storage(context)).drop_chat(chat.id, f"bot {change.new_chat_member.status}")
        return
    if is_in and not was_in and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        lang = user_language(change.from_user)
        get_storage(context).touch_chat(chat.id, chat.type, lang)
        try:
            await context.bot.send_message(chat.id, escape(text(lang, "group_hello", username=context.bot.username), quote=False))
        except TelegramError as exc:  # e.g. a group where the bot may not write
            logger.info("Could not greet chat %s: %s", chat.id, exc)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """The catch-alls: call after every other module's register()."""
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    application.add_handler(CallbackQueryHandler(unknown_button))
    application.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(private & filters.ATTACHMENT, non_text_message))
    application.add_handler(ChatMemberHandler(bot_membership, ChatMemberHandler.MY_CHAT_MEMBER))
