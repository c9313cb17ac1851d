"""What the bot says in Telegram besides the facts: greetings, help, apologies, labels.

`text(language, key, **values)` returns one string in English or Russian
(plain text; the caller escapes it for HTML). Fact wording lives in the core
(`bot.replies`, `bot.pages`, labels shared with replies via `bot.replies.label`);
this module holds only the chat around it. The greeting names the meeting of
whatever fact base is loaded (`bot.replies.meeting_description`), never a fixed one.
"""

from __future__ import annotations

__all__ = ["EXAMPLES", "lookup", "text"]

# The three questions /start offers as buttons (index = button number).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "en": ("Who represented Armenia?", "What did Mishustin say?", "Which documents were signed?"),
    "ru": ("Кто представлял Армению?", "Что сказал Мишустин?", "Какие документы подписали?"),
}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "greeting": "Hello! I answer questions about {meeting} with the exact quote from the "
                    "reports and a link to the source.",
        "greeting_private": "Ask me in English or Russian, or tap an example:",
        "greeting_group": "In this group, mention me (@{username} and your question), reply to "
                          "one of my messages, or use /ask and your question. Or tap an example:",
        "help_title": "How to ask",
        "help_private": "Type a question, e.g. “Who represented Armenia?”, in English or Russian.",
        "help_group": "In groups: mention me (@{username}), reply to my message, or /ask QUESTION.",
        "help_inline": "In any chat: type @{username} and a few words (e.g. belt and road) to "
                       "drop a quote into the conversation.",
        "help_votes": "Tap 👍 or 👎 under an answer to tell the curators whether it helped.",
        "commands": "Commands:",
        "ask_usage": "Write the question after the command, e.g. /ask Who represented Armenia?",
        "vote_thanks": "Thanks for the feedback!",
        "button_expired": "This button has expired. Please ask again.",
        "fact_gone": "That fact is no longer in the fact base. Please ask again.",
        "link_gone": "That link points to a fact that is no longer in the fact base.",
        "text_only": "I can only read text messages. Ask me a question, e.g. “{example}”",
        "apology": "Sorry, something went wrong on my side. Please try again in a moment.",
        "unknown_command": "I don't know that command. /help lists what I can do.",
        "group_hello": "Hello! Mention me (@{username}) or use /ask to ask about the meeting "
                       "in my fact base; /about says which one.",
        "inline_nothing": "No quote found: ask the bot",
        "inline_all": "All topics: open the bot",
        "inline_open": "Open in the bot",
    },
    "ru": {
        "greeting": "Здравствуйте! Я отвечаю на вопросы о {meeting} — точной цитатой из "
                    "публикаций и ссылкой на источник.",
        "greeting_private": "Спрашивайте по-русски или по-английски или нажмите на пример:",
        "greeting_group": "В этой группе упомяните меня (@{username} и вопрос), ответьте на моё "
                          "сообщение или напишите /ask и вопрос. Или нажмите на пример:",
        "help_title": "Как задать вопрос",
        "help_private": "Напишите вопрос, например «Кто представлял Армению?», по-русски или "
                        "по-английски.",
        "help_group": "В группах: упомяните меня (@{username}), ответьте на моё сообщение или "
                      "напишите /ask ВОПРОС.",
        "help_inline": "В любом чате: наберите @{username} и несколько слов (например, пояс и "
                       "путь), чтобы вставить цитату в разговор.",
        "help_votes": "Нажмите 👍 или 👎 под ответом, чтобы сообщить кураторам, помог ли он.",
        "commands": "Команды:",
        "ask_usage": "Напишите вопрос после команды, например: /ask Кто представлял Армению?",
        "vote_thanks": "Спасибо за отзыв!",
        "button_expired": "Эта кнопка устарела. Спросите ещё раз.",
        "fact_gone": "Этого факта больше нет в базе. Спросите ещё раз.",
        "link_gone": "Эта ссылка ведёт на факт, которого больше нет в базе.",
        "text_only": "Я понимаю только текстовые сообщения. Задайте вопрос, например: «{example}»",
        "apology": "Извините, у меня что-то пошло не так. Попробуйте ещё раз чуть позже.",
        "unknown_command": "Я не знаю такой команды. /help — что я умею.",
        "group_hello": "Здравствуйте! Упомяните меня (@{username}) или напишите /ask, чтобы "
                       "спросить о заседании из моей базы фактов; о каком — см. /about.",
        "inline_nothing": "Цитат не найдено: спросить бота",
        "inline_all": "Все темы: открыть бота",
        "inline_open": "Открыть в боте",
    },
}


def lookup(tables: dict[str, dict[str, str]], language: str, key: str, /, **values: object) -> str:
    """One string from per-language `tables` ("en" or "ru"; anything else falls back to English)."""
    table = tables.get(language, tables["en"])
    return table[key].format(**values) if values else table[key]


def text(language: str, key: str, **values: str) -> str:
    """One UI string in `language` ("en" or "ru"; anything else falls back to English)."""
    return lookup(_TEXTS, language, key, **values)
