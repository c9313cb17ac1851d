"""The command menu Telegram shows next to the message field, in English and Russian.

`COMMANDS` is the one list: add a line here when you add a command, and
`publish_commands` (called from post_init) sends both languages at start.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand
from telegram.error import TelegramError

__all__ = ["COMMANDS", "publish_commands"]

logger = logging.getLogger(__name__)

# (command, English description, Russian description), in menu order.
COMMANDS: list[tuple[str, str, str]] = [
    ("start", "Start, with example questions", "Начать, с примерами вопросов"),
    ("help", "How to ask", "Как задать вопрос"),
    ("ask", "Ask a question (in groups)", "Задать вопрос (в группах)"),
    ("speakers", "Who is named, with role and country", "Кто упоминается: должность и страна"),
    ("agreements", "Documents signed, decisions adopted", "Подписанные документы и решения"),
    ("topics", "What the meeting covered", "О чём говорили на заседании"),
    ("about", "The meeting: body, date, place", "О заседании: орган, дата, место"),
    ("source", "The sources, with links", "Источники со ссылками"),
    ("subscribe", "Digest of new facts: daily or weekly", "Сводка новых фактов: ежедневно или еженедельно"),
    ("digest", "What is new since your last digest", "Что нового с прошлой сводки"),
    ("subscription", "Your subscription", "Ваша подписка"),
    ("unsubscribe", "Stop the digests", "Отписаться от сводок"),
]


async def publish_commands(bot: Bot) -> None:
    """Set the menu for every user (English) and for Russian-language users.

    A failure is logged, not raised: the bot works without a menu.
    """
    english = [BotCommand(name, en) for name, en, _ in COMMANDS]
    russian = [BotCommand(name, ru) for name, _, ru in COMMANDS]
    try:
        await bot.set_my_commands(english)
        await bot.set_my_commands(russian, language_code="ru")
    except TelegramError as exc:
        logger.warning("Could not set the command menu: %s", exc)
